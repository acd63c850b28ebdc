//! The types of the area `contracts`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "contracts")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.contract", path = "/contracts")]
pub struct Contract {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub contract_type: Option<String>,
    pub customer_id: Option<edm::Guid>,
    pub default_domain_name: Option<String>,
    pub display_name: Option<String>,
}
