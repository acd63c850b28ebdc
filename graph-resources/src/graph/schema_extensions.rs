//! The types of the area `schemaExtensions`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "schemaExtensions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.extensionSchemaProperty")]
pub struct ExtensionSchemaProperty {
    pub name: Option<String>,
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "schemaExtensions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.schemaExtension",
    path = "/schemaExtensions"
)]
pub struct SchemaExtension {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub owner: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub properties: Option<Vec<ExtensionSchemaProperty>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub target_types: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
