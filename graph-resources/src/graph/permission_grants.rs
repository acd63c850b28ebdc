//! The types of the area `permissionGrants`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(any(feature = "groups", feature = "permissionGrants"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.resourceSpecificPermissionGrant",
    path = "/permissionGrants"
)]
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
