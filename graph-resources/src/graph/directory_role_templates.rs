//! The types of the area `directoryRoleTemplates`'s feature file: those it owns, and those only it and a few other areas need.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "directoryRoleTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.directoryRoleTemplate")]
pub struct DirectoryRoleTemplate {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub description: Option<String>,
    pub display_name: Option<String>,
}
