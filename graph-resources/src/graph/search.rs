//! The types of the area `search`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "search")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.bucketAggregationSortProperty")]
pub enum BucketAggregationSortProperty {
    Count,
    KeyAsString,
    KeyAsNumber,
    UnknownFutureValue,
}

/// Supported platform types.
#[cfg(feature = "search")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.devicePlatformType")]
pub enum DevicePlatformType {
    /// Android.
    Android,
    /// AndroidForWork.
    AndroidForWork,
    /// iOS.
    IOS,
    /// MacOS.
    MacOS,
    /// WindowsPhone 8.1.
    WindowsPhone81,
    /// Windows 8.1 and later
    Windows81AndLater,
    /// Windows 10 and later.
    Windows10AndLater,
    /// Android Work Profile.
    AndroidWorkProfile,
    /// Unknown.
    Unknown,
    /// Android AOSP.
    AndroidAOSP,
    /// Indicates Mobile Application Management (MAM) for android devices.
    AndroidMobileApplicationManagement,
    /// Indicates Mobile Application Management (MAM) for iOS devices
    IOSMobileApplicationManagement,
    /// Evolvable enumeration sentinel value. Do not use
    UnknownFutureValue,
}

#[cfg(feature = "search")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.entityType")]
pub enum EntityType {
    Event,
    Message,
    DriveItem,
    ExternalItem,
    Site,
    List,
    ListItem,
    Drive,
    UnknownFutureValue,
    ChatMessage,
    Person,
    Acronym,
    Bookmark,
}

#[cfg(feature = "search")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.searchAlterationType")]
pub enum SearchAlterationType {
    Suggestion,
    Modification,
    UnknownFutureValue,
}

#[cfg(feature = "search")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.searchContent", flags)]
pub enum SearchContent {
    SharedContent,
    PrivateContent,
    UnknownFutureValue,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.aggregationOption")]
pub struct AggregationOption {
    /// Not nullable.
    #[graph(non_nullable)]
    pub bucket_definition: Option<BucketAggregationDefinition>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub field: Option<String>,
    pub size: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.alterationResponse")]
pub struct AlterationResponse {
    pub original_query_string: Option<String>,
    pub query_alteration: Option<SearchAlteration>,
    pub query_alteration_type: Option<SearchAlterationType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.alteredQueryToken")]
pub struct AlteredQueryToken {
    pub length: Option<i32>,
    pub offset: Option<i32>,
    pub suggestion: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bucketAggregationDefinition")]
pub struct BucketAggregationDefinition {
    pub is_descending: Option<bool>,
    pub minimum_count: Option<i32>,
    pub prefix_filter: Option<String>,
    pub ranges: Option<Vec<BucketAggregationRange>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub sort_by: Option<BucketAggregationSortProperty>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bucketAggregationRange")]
pub struct BucketAggregationRange {
    /// Not nullable.
    #[graph(non_nullable)]
    pub from: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub to: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.collapseProperty")]
pub struct CollapseProperty {
    /// Not nullable.
    #[graph(non_nullable)]
    pub fields: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub limit: Option<i16>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resultTemplateDictionary", complex)]
pub struct ResultTemplateDictionary {
    /// The inherited properties of `Dictionary`.
    #[graph(base)]
    pub base: Dictionary,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resultTemplateOption")]
pub struct ResultTemplateOption {
    pub enable_result_template: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.searchAggregation")]
pub struct SearchAggregation {
    pub buckets: Option<Vec<SearchBucket>>,
    pub field: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.searchAlteration")]
pub struct SearchAlteration {
    pub altered_highlighted_query_string: Option<String>,
    pub altered_query_string: Option<String>,
    pub altered_query_tokens: Option<Vec<AlteredQueryToken>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.searchAlterationOptions")]
pub struct SearchAlterationOptions {
    pub enable_modification: Option<bool>,
    pub enable_suggestion: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.searchBucket")]
pub struct SearchBucket {
    pub aggregation_filter_token: Option<String>,
    pub count: Option<i32>,
    pub key: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.searchHit")]
pub struct SearchHit {
    pub content_source: Option<String>,
    pub hit_id: Option<String>,
    pub is_collapsed: Option<bool>,
    pub rank: Option<i32>,
    pub result_template_id: Option<String>,
    pub summary: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource: Option<serde_json::Value>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.searchHitsContainer")]
pub struct SearchHitsContainer {
    pub aggregations: Option<Vec<SearchAggregation>>,
    pub hits: Option<Vec<SearchHit>>,
    pub more_results_available: Option<bool>,
    pub total: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.searchQuery")]
pub struct SearchQuery {
    /// Not nullable.
    #[graph(non_nullable)]
    pub query_string: Option<String>,
    pub query_template: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.searchRequest")]
pub struct SearchRequest {
    pub aggregation_filters: Option<Vec<String>>,
    pub aggregations: Option<Vec<AggregationOption>>,
    pub collapse_properties: Option<Vec<CollapseProperty>>,
    pub content_sources: Option<Vec<String>>,
    pub enable_top_results: Option<bool>,
    pub entity_types: Option<Vec<EntityType>>,
    pub fields: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub from: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub query: Option<SearchQuery>,
    pub query_alteration_options: Option<SearchAlterationOptions>,
    pub region: Option<String>,
    pub result_template_options: Option<ResultTemplateOption>,
    pub share_point_one_drive_options: Option<SharePointOneDriveOptions>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub size: Option<i32>,
    pub sort_properties: Option<Vec<SortProperty>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.searchResponse")]
pub struct SearchResponse {
    pub hits_containers: Option<Vec<SearchHitsContainer>>,
    pub query_alteration_response: Option<AlterationResponse>,
    pub result_templates: Option<ResultTemplateDictionary>,
    pub search_terms: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointOneDriveOptions")]
pub struct SharePointOneDriveOptions {
    pub include_content: Option<Flags<SearchContent>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sortProperty")]
pub struct SortProperty {
    pub is_descending: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.searchEntity",
    singleton = "/search",
    contains(name = "acronyms", target = crate::search::Acronym),
    contains(name = "bookmarks", target = crate::search::Bookmark),
    contains(name = "qnas", target = crate::search::Qna),
    action(name = "query", parameters = SearchEntityQueryParameters, returns = Vec<SearchResponse>)
)]
pub struct SearchEntity {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub acronyms: Option<Vec<crate::search::Acronym>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub bookmarks: Option<Vec<crate::search::Bookmark>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub qnas: Option<Vec<crate::search::Qna>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `query`, bound to `searchEntity`.
#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct SearchEntityQueryParameters {
    pub requests: Vec<SearchRequest>,
}
