//! The types of the area `directoryRoles`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "directoryRoles")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.directoryRole",
    path = "/directoryRoles",
    function(name = "delta", collection, returns = Page<DeltaItem<DirectoryRole>>)
)]
#[cfg_attr(feature = "scopedRoleMemberships", graph(contains(name = "scopedMembers", target = ScopedRoleMembership)))]
pub struct DirectoryRole {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub role_template_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub members: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `scopedRoleMemberships`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "scopedRoleMemberships")]
    #[graph(read_only)]
    pub scoped_members: Option<Vec<ScopedRoleMembership>>,
}
