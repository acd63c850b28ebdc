//! The types of the area `permissionGrants`'s feature file: those it owns, and those only it and a few other areas need.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "permissionGrants")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resourceSpecificPermissionGrant")]
pub struct ResourceSpecificPermissionGrant {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub client_app_id: Option<String>,
    pub client_id: Option<String>,
    pub permission: Option<String>,
    pub permission_type: Option<String>,
    pub resource_app_id: Option<String>,
}
