//! The types of the area `copilot`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "copilot")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessEntityType")]
pub enum AccessEntityType {
    User,
    Group,
    UnknownFutureValue,
}

#[cfg(any(feature = "copilot", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.aiInteractionType")]
pub enum AiInteractionType {
    UserPrompt,
    AiResponse,
    UnknownFutureValue,
}

#[cfg(any(feature = "copilot", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.packageStatus")]
pub enum PackageStatus {
    None,
    Some,
    All,
    UnknownFutureValue,
}

#[cfg(any(feature = "copilot", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.packageType")]
pub enum PackageType {
    Microsoft,
    External,
    Shared,
    Custom,
    UnknownFutureValue,
}

#[cfg(feature = "copilot")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.retrievalDataSource")]
pub enum RetrievalDataSource {
    SharePoint,
    OneDriveBusiness,
    ExternalItem,
    UnknownFutureValue,
}

#[cfg(feature = "copilot")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.retrievalEntityType")]
pub enum RetrievalEntityType {
    Site,
    List,
    ListItem,
    Drive,
    DriveItem,
    ExternalItem,
    UnknownFutureValue,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.actionItem")]
pub struct ActionItem {
    pub owner_display_name: Option<String>,
    pub text: Option<String>,
    pub title: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "copilot", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.aiInteractionAttachment")]
pub struct AiInteractionAttachment {
    pub attachment_id: Option<String>,
    pub content: Option<String>,
    pub content_type: Option<String>,
    pub content_url: Option<String>,
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "copilot", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.aiInteractionContext")]
pub struct AiInteractionContext {
    pub context_reference: Option<String>,
    pub context_type: Option<String>,
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "copilot", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.aiInteractionLink")]
pub struct AiInteractionLink {
    pub display_name: Option<String>,
    pub link_type: Option<String>,
    pub link_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "copilot", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.aiInteractionMention")]
pub struct AiInteractionMention {
    pub mentioned: Option<AiInteractionMentionedIdentitySet>,
    pub mention_id: Option<i32>,
    pub mention_text: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "copilot", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.aiInteractionMentionedIdentitySet",
    complex
)]
pub struct AiInteractionMentionedIdentitySet {
    /// The inherited properties of `identitySet`.
    #[graph(base)]
    pub base: IdentitySet,
    pub conversation: Option<TeamworkConversationIdentity>,
    pub tag: Option<TeamworkTagIdentity>,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callAiInsightViewPoint")]
pub struct CallAiInsightViewPoint {
    pub mention_events: Option<Vec<MentionEvent>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.connectionItem")]
pub struct ConnectionItem {
    /// Not nullable.
    #[graph(non_nullable)]
    pub connection_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.dataSourceConfiguration")]
pub struct DataSourceConfiguration {
    pub external_item: Option<ExternalItemConfiguration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.dictionaries")]
pub struct Dictionaries {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalItemConfiguration")]
pub struct ExternalItemConfiguration {
    /// Not nullable.
    #[graph(non_nullable)]
    pub connections: Option<Vec<ConnectionItem>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.meetingNote")]
pub struct MeetingNote {
    pub subpoints: Option<Vec<MeetingNoteSubpoint>>,
    pub text: Option<String>,
    pub title: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.meetingNoteSubpoint")]
pub struct MeetingNoteSubpoint {
    pub text: Option<String>,
    pub title: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mentionEvent")]
pub struct MentionEvent {
    pub event_date_time: Option<edm::DateTimeOffset>,
    pub speaker: Option<AnyIdentitySet>,
    pub transcript_utterance: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.packageAccessEntity")]
pub struct PackageAccessEntity {
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_type: Option<AccessEntityType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.packageElement")]
pub struct PackageElement {
    pub definition: Option<serde_json::Value>,
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.packageElementDetail")]
pub struct PackageElementDetail {
    /// Not nullable.
    #[graph(non_nullable)]
    pub elements: Option<Vec<PackageElement>>,
    pub element_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.retrievalExtract")]
pub struct RetrievalExtract {
    pub relevance_score: Option<edm::Double>,
    pub text: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.retrievalHit")]
pub struct RetrievalHit {
    /// Not nullable.
    #[graph(non_nullable)]
    pub extracts: Option<Vec<RetrievalExtract>>,
    pub resource_metadata: Option<SearchResourceMetadataDictionary>,
    pub resource_type: Option<RetrievalEntityType>,
    pub sensitivity_label: Option<SensitivityLabelInfo>,
    pub web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.retrievalResponse")]
pub struct RetrievalResponse {
    /// Not nullable.
    #[graph(non_nullable)]
    pub retrieval_hits: Option<Vec<RetrievalHit>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.searchResourceMetadataDictionary",
    complex
)]
pub struct SearchResourceMetadataDictionary {
    /// The inherited properties of `dictionaries`.
    #[graph(base)]
    pub base: Dictionaries,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sensitivityLabelInfo")]
pub struct SensitivityLabelInfo {
    pub color: Option<String>,
    pub display_name: Option<String>,
    pub priority: Option<i32>,
    pub sensitivity_label_id: Option<String>,
    pub tooltip: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "copilot", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamworkTagIdentity", complex)]
pub struct TeamworkTagIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.aiInteractionHistory",
    function(name = "getAllEnterpriseInteractions", returns = Page<AiInteraction>)
)]
pub struct AiInteractionHistory {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.aiOnlineMeeting",
    contains(name = "aiInsights", target = CallAiInsight)
)]
pub struct AiOnlineMeeting {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub ai_insights: Option<Vec<CallAiInsight>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.aiUser",
    path = "/copilot/users",
    contains(name = "interactionHistory", target = AiInteractionHistory, single),
    contains(name = "onlineMeetings", target = AiOnlineMeeting)
)]
pub struct AiUser {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub interaction_history: Option<AiInteractionHistory>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub online_meetings: Option<Vec<AiOnlineMeeting>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.callAiInsight")]
pub struct CallAiInsight {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub action_items: Option<Vec<ActionItem>>,
    pub call_id: Option<String>,
    pub content_correlation_id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub meeting_notes: Option<Vec<MeetingNote>>,
    pub viewpoint: Option<CallAiInsightViewPoint>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.copilotAdmin",
    contains(name = "catalog", target = CopilotAdminCatalog, single),
    contains(name = "settings", target = CopilotAdminSetting, single)
)]
pub struct CopilotAdmin {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub catalog: Option<CopilotAdminCatalog>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub settings: Option<CopilotAdminSetting>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.copilotAdminCatalog",
    contains(name = "packages", target = CopilotPackageDetail)
)]
pub struct CopilotAdminCatalog {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub packages: Option<Vec<CopilotPackageDetail>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.copilotAdminLimitedMode"
)]
pub struct CopilotAdminLimitedMode {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub group_id: Option<String>,
    pub is_enabled_for_group: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.copilotAdminSetting",
    contains(name = "limitedMode", target = CopilotAdminLimitedMode, single)
)]
pub struct CopilotAdminSetting {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub limited_mode: Option<CopilotAdminLimitedMode>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.copilotPackageDetail")]
pub struct CopilotPackageDetail {
    /// The inherited properties of `copilotPackage`.
    #[graph(base)]
    pub base: CopilotPackage,
    /// Not nullable.
    #[graph(non_nullable)]
    pub acquire_users_and_groups: Option<Vec<PackageAccessEntity>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allowed_users_and_groups: Option<Vec<PackageAccessEntity>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub categories: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub element_details: Option<Vec<PackageElementDetail>>,
    pub long_description: Option<String>,
    pub sensitivity: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub shared_with_users_and_groups: Option<Vec<PackageAccessEntity>>,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.copilotReportRoot",
    function(
        name = "getMicrosoft365CopilotUsageUserDetail",
        parameters = CopilotReportRootGetMicrosoft365CopilotUsageUserDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getMicrosoft365CopilotUserCountSummary",
        parameters = CopilotReportRootGetMicrosoft365CopilotUserCountSummaryParameters,
        returns = response::Media
    ),
    function(
        name = "getMicrosoft365CopilotUserCountTrend",
        parameters = CopilotReportRootGetMicrosoft365CopilotUserCountTrendParameters,
        returns = response::Media
    )
)]
pub struct CopilotReportRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `getMicrosoft365CopilotUsageUserDetail`, bound to
/// `copilotReportRoot`, written in its URL.
#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct CopilotReportRootGetMicrosoft365CopilotUsageUserDetailParameters {
    pub period: String,
}

/// The arguments of the function `getMicrosoft365CopilotUserCountSummary`, bound to
/// `copilotReportRoot`, written in its URL.
#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct CopilotReportRootGetMicrosoft365CopilotUserCountSummaryParameters {
    pub period: String,
}

/// The arguments of the function `getMicrosoft365CopilotUserCountTrend`, bound to
/// `copilotReportRoot`, written in its URL.
#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct CopilotReportRootGetMicrosoft365CopilotUserCountTrendParameters {
    pub period: String,
}

#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.copilotRoot",
    keyless,
    singleton = "/copilot",
    contains(name = "admin", target = CopilotAdmin, single),
    contains(name = "interactionHistory", target = AiInteractionHistory, single),
    contains(name = "reports", target = CopilotReportRoot, single),
    contains(name = "users", target = AiUser),
    action(
        name = "retrieval",
        parameters = CopilotRootRetrievalParameters,
        returns = RetrievalResponse
    )
)]
pub struct CopilotRoot {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub admin: Option<CopilotAdmin>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub interaction_history: Option<AiInteractionHistory>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub reports: Option<CopilotReportRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub users: Option<Vec<AiUser>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `retrieval`, bound to `copilotRoot`.
#[cfg(feature = "copilot")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct CopilotRootRetrievalParameters {
    pub query_string: String,
    pub data_source: Option<RetrievalDataSource>,
    pub filter_expression: Option<String>,
    pub resource_metadata: Option<Vec<String>>,
    pub maximum_number_of_results: Option<i32>,
    pub data_source_configuration: Option<DataSourceConfiguration>,
}
