//! The types of the area `other`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalConnectors.principal")]
pub struct Principal {
    pub email: Option<String>,
    pub entra_display_name: Option<String>,
    pub entra_id: Option<String>,
    pub external_id: Option<String>,
    pub external_name: Option<String>,
    pub tenant_id: Option<String>,
    pub upn: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
