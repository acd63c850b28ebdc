//! The types of the area `functions`'s feature file: those it owns, and those only it and a few other areas need.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "functions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attributeMappingParameterSchema")]
pub struct AttributeMappingParameterSchema {
    /// Not nullable.
    pub allow_multiple_occurrences: Option<bool>,
    pub name: Option<String>,
    /// Not nullable.
    pub required: Option<bool>,
    /// Not nullable.
    pub r#type: Option<AttributeType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "functions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.attributeMappingFunctionSchema"
)]
pub struct AttributeMappingFunctionSchema {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub parameters: Option<Vec<AttributeMappingParameterSchema>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
