//! The types of the area `appCatalogs`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "appCatalogs")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAppDistributionMethod")]
pub enum TeamsAppDistributionMethod {
    Store,
    Organization,
    Sideloaded,
    UnknownFutureValue,
}

#[cfg(feature = "appCatalogs")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAppPublishingState")]
pub enum TeamsAppPublishingState {
    Submitted,
    Rejected,
    Published,
    UnknownFutureValue,
}

#[cfg(feature = "appCatalogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamsAppAuthorization")]
pub struct TeamsAppAuthorization {
    pub client_app_id: Option<String>,
    pub required_permission_set: Option<TeamsAppPermissionSet>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "appCatalogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.appCatalogs",
    singleton = "/appCatalogs",
    contains(name = "teamsApps", target = TeamsApp)
)]
pub struct AppCatalogs {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub teams_apps: Option<Vec<TeamsApp>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "appCatalogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.teamsApp",
    path = "/appCatalogs/teamsApps",
    contains(name = "appDefinitions", target = TeamsAppDefinition)
)]
pub struct TeamsApp {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub distribution_method: Option<TeamsAppDistributionMethod>,
    pub external_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub app_definitions: Option<Vec<TeamsAppDefinition>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "appCatalogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.teamsAppDefinition",
    contains(name = "bot", target = TeamworkBot, single)
)]
pub struct TeamsAppDefinition {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub authorization: Option<TeamsAppAuthorization>,
    pub created_by: Option<AnyIdentitySet>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub publishing_state: Option<TeamsAppPublishingState>,
    pub short_description: Option<String>,
    pub teams_app_id: Option<String>,
    pub version: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub bot: Option<TeamworkBot>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "appCatalogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.teamworkBot")]
pub struct TeamworkBot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
