//! The types of the area `directoryRoleTemplates`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "directoryRoleTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.directoryRoleTemplate",
    path = "/directoryRoleTemplates"
)]
pub struct DirectoryRoleTemplate {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub description: Option<String>,
    pub display_name: Option<String>,
}
