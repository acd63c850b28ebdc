//! The types of the area `other`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(any(feature = "search", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.search.searchAnswer"
)]
pub struct SearchAnswer {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub last_modified_by: Option<IdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.search.searchAnswer`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `SearchAnswer`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "search", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnySearchAnswer {
    /// `microsoft.graph.search.acronym`.
    #[cfg(feature = "search")]
    Acronym(Acronym),
    /// `microsoft.graph.search.bookmark`.
    #[cfg(feature = "search")]
    Bookmark(Bookmark),
    /// `microsoft.graph.search.qna`.
    #[cfg(feature = "search")]
    Qna(Qna),
    /// `microsoft.graph.search.searchAnswer` itself, or a type this build does not declare.
    #[graph(other)]
    Other(SearchAnswer),
}
