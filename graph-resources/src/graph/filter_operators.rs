//! The types of the area `filterOperators`'s feature file: those it owns, and those only it and a few other areas need.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "filterOperators")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.scopeOperatorMultiValuedComparisonType")]
pub enum ScopeOperatorMultiValuedComparisonType {
    #[graph(rename = "All")]
    All,
    #[graph(rename = "Any")]
    Any,
}

#[cfg(feature = "filterOperators")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.scopeOperatorType")]
pub enum ScopeOperatorType {
    #[graph(rename = "Binary")]
    Binary,
    #[graph(rename = "Unary")]
    Unary,
}

#[cfg(feature = "filterOperators")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.filterOperatorSchema")]
pub struct FilterOperatorSchema {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Not nullable.
    pub arity: Option<ScopeOperatorType>,
    /// Not nullable.
    pub multivalued_comparison_type: Option<ScopeOperatorMultiValuedComparisonType>,
    /// Not nullable.
    pub supported_attribute_types: Option<Vec<AttributeType>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
