//! The types of the area `teamwork`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "teamwork")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.eligibilityFilteringEnabledEntities",
    flags
)]
pub enum EligibilityFilteringEnabledEntities {
    None,
    SwapRequest,
    OfferShiftRequest,
    UnknownFutureValue,
    TimeOffReason,
}

#[cfg(feature = "teamwork")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.workforceIntegrationEncryptionProtocol")]
pub enum WorkforceIntegrationEncryptionProtocol {
    SharedSecret,
    UnknownFutureValue,
}

#[cfg(feature = "teamwork")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.workforceIntegrationSupportedEntities",
    flags
)]
pub enum WorkforceIntegrationSupportedEntities {
    None,
    Shift,
    SwapRequest,
    UserShiftPreferences,
    OpenShift,
    OpenShiftRequest,
    OfferShiftRequest,
    UnknownFutureValue,
    TimeCard,
    TimeOffReason,
    TimeOff,
    TimeOffRequest,
}

#[cfg(feature = "teamwork")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.workforceIntegrationEncryption")]
pub struct WorkforceIntegrationEncryption {
    pub protocol: Option<WorkforceIntegrationEncryptionProtocol>,
    pub secret: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teamwork")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deletedChat",
    path = "/teamwork/deletedChats",
    action = "undoDelete"
)]
pub struct DeletedChat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teamwork")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deletedTeam",
    path = "/teamwork/deletedTeams",
    function(name = "getAllMessages", collection, returns = Page<AnyChatMessage>)
)]
#[cfg_attr(feature = "teams", graph(contains(name = "channels", target = Channel)))]
pub struct DeletedTeam {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `teams`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "teams")]
    #[graph(read_only)]
    pub channels: Option<Vec<Channel>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teamwork")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.teamsAppSettings")]
pub struct TeamsAppSettings {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub allow_user_requests_for_app_access: Option<bool>,
    pub is_user_personal_scope_resource_specific_consent_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teamwork")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.teamwork",
    singleton = "/teamwork",
    contains(name = "deletedChats", target = DeletedChat),
    contains(name = "deletedTeams", target = DeletedTeam),
    contains(name = "teamsAppSettings", target = TeamsAppSettings, single),
    contains(name = "workforceIntegrations", target = WorkforceIntegration),
    action(
        name = "sendActivityNotificationToRecipients",
        parameters = TeamworkSendActivityNotificationToRecipientsParameters
    )
)]
pub struct Teamwork {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_teams_enabled: Option<bool>,
    pub region: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub deleted_chats: Option<Vec<DeletedChat>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub deleted_teams: Option<Vec<DeletedTeam>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub teams_app_settings: Option<TeamsAppSettings>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub workforce_integrations: Option<Vec<WorkforceIntegration>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `sendActivityNotificationToRecipients`, bound to `teamwork`.
#[cfg(feature = "teamwork")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct TeamworkSendActivityNotificationToRecipientsParameters {
    pub topic: Option<TeamworkActivityTopic>,
    pub activity_type: Option<String>,
    pub chain_id: Option<edm::Int64>,
    pub preview_text: Option<ItemBody>,
    pub teams_app_id: Option<String>,
    pub template_parameters: Option<Vec<KeyValuePair>>,
    pub recipients: Option<Vec<AnyTeamworkNotificationRecipient>>,
    pub icon_id: Option<String>,
}

#[cfg(feature = "teamwork")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.workforceIntegration",
    path = "/teamwork/workforceIntegrations"
)]
pub struct WorkforceIntegration {
    /// The inherited properties of `changeTrackedEntity`.
    #[graph(base)]
    pub base: ChangeTrackedEntity,
    pub api_version: Option<i32>,
    pub display_name: Option<String>,
    pub eligibility_filtering_enabled_entities: Option<Flags<EligibilityFilteringEnabledEntities>>,
    pub encryption: Option<WorkforceIntegrationEncryption>,
    pub is_active: Option<bool>,
    pub supported_entities: Option<Flags<WorkforceIntegrationSupportedEntities>>,
    pub url: Option<String>,
}
