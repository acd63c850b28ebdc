//! The types many areas need (feature `core`, which every area enables).

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.userIdentity", complex)]
pub struct UserIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: crate::graph::Identity,
    pub user_principal_name: Option<String>,
}
