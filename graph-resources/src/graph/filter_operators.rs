//! The types of the area `filterOperators`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(any(feature = "applications", feature = "filterOperators"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.filterOperatorSchema",
    path = "/filterOperators"
)]
pub struct FilterOperatorSchema {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub arity: Option<ScopeOperatorType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub multivalued_comparison_type: Option<ScopeOperatorMultiValuedComparisonType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub supported_attribute_types: Option<Vec<AttributeType>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
