//! The types of the area `search`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "search")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.search.answerState")]
pub enum AnswerState {
    Published,
    Draft,
    Excluded,
    UnknownFutureValue,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.search.answerKeyword")]
pub struct AnswerKeyword {
    pub keywords: Option<Vec<String>>,
    pub match_similar_keywords: Option<bool>,
    pub reserved_keywords: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.search.answerVariant")]
pub struct AnswerVariant {
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub language_tag: Option<String>,
    pub platform: Option<crate::graph::DevicePlatformType>,
    pub web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "search", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.search.identity")]
pub struct Identity {
    pub display_name: Option<String>,
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "search", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.search.identitySet")]
pub struct IdentitySet {
    pub application: Option<Identity>,
    pub device: Option<Identity>,
    pub user: Option<Identity>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.search.acronym",
    path = "/search/acronyms"
)]
pub struct Acronym {
    /// The inherited properties of `searchAnswer`.
    #[graph(base)]
    pub base: SearchAnswer,
    pub stands_for: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<AnswerState>,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.search.bookmark",
    path = "/search/bookmarks"
)]
pub struct Bookmark {
    /// The inherited properties of `searchAnswer`.
    #[graph(base)]
    pub base: SearchAnswer,
    pub availability_end_date_time: Option<edm::DateTimeOffset>,
    pub availability_start_date_time: Option<edm::DateTimeOffset>,
    pub categories: Option<Vec<String>>,
    pub group_ids: Option<Vec<String>>,
    pub is_suggested: Option<bool>,
    pub keywords: Option<AnswerKeyword>,
    pub language_tags: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub platforms: Option<Vec<crate::graph::DevicePlatformType>>,
    pub power_app_ids: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<AnswerState>,
    pub targeted_variations: Option<Vec<AnswerVariant>>,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.search.qna", path = "/search/qnas")]
pub struct Qna {
    /// The inherited properties of `searchAnswer`.
    #[graph(base)]
    pub base: SearchAnswer,
    pub availability_end_date_time: Option<edm::DateTimeOffset>,
    pub availability_start_date_time: Option<edm::DateTimeOffset>,
    pub group_ids: Option<Vec<String>>,
    pub is_suggested: Option<bool>,
    pub keywords: Option<AnswerKeyword>,
    pub language_tags: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub platforms: Option<Vec<crate::graph::DevicePlatformType>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<AnswerState>,
    pub targeted_variations: Option<Vec<AnswerVariant>>,
}
