//! The types of the namespace `microsoft.graph.customDataProvidedResourcePayloads`.

// Features that leave a module's types out leave some of these unused.
#[allow(unused_imports)]
use graph_entity::{AdditionalData, GraphEntity, GraphPolymorphic};

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.customDataProvidedResourcePayloads.accessReviewContextData",
    complex
)]
pub struct AccessReviewContextData {
    /// The inherited properties of `accessReviewContextDataBase`.
    #[graph(base)]
    pub base: AccessReviewContextDataBase,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.customDataProvidedResourcePayloads.accessReviewContextDataBase",
    complex,
    abstract
)]
pub struct AccessReviewContextDataBase {
    /// The inherited properties of `data`.
    #[graph(base)]
    pub base: Data,
    /// Not nullable.
    #[graph(non_nullable)]
    pub review_definition_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub review_instance_id: Option<String>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.customDataProvidedResourcePayloads.applyDecisionContextData",
    complex
)]
pub struct ApplyDecisionContextData {
    /// The inherited properties of `accessReviewContextDataBase`.
    #[graph(base)]
    pub base: AccessReviewContextDataBase,
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.customDataProvidedResourcePayloads.data",
    abstract
)]
pub struct Data {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.customDataProvidedResourcePayloads.data`: the type itself or any of its
/// derived types this build declares (a value without `@odata.type` is the type itself); a value of
/// another derived type reads as `Data`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyData {
    /// `microsoft.graph.customDataProvidedResourcePayloads.accessReviewContextData`.
    #[cfg(feature = "identityGovernance")]
    AccessReviewContextData(AccessReviewContextData),
    /// `microsoft.graph.customDataProvidedResourcePayloads.applyDecisionContextData`.
    #[cfg(feature = "identityGovernance")]
    ApplyDecisionContextData(ApplyDecisionContextData),
    /// `microsoft.graph.customDataProvidedResourcePayloads.data` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Data),
}
