//! The types of the area `external`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "external")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.externalConnectors.external",
    keyless,
    singleton = "/external"
)]
#[cfg_attr(feature = "connections", graph(contains(name = "connections", target = ExternalConnection)))]
pub struct External {
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `connections`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "connections")]
    #[graph(read_only)]
    pub connections: Option<Vec<ExternalConnection>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
