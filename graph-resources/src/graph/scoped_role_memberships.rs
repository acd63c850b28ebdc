//! The types of the area `scopedRoleMemberships`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "scopedRoleMemberships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.scopedRoleMembership",
    path = "/scopedRoleMemberships"
)]
pub struct ScopedRoleMembership {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub administrative_unit_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub role_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub role_member_info: Option<AnyIdentity>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
