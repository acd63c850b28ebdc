//! The types of the area `sites`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "sites")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.columnTypes")]
pub enum ColumnTypes {
    Note,
    Text,
    Choice,
    Multichoice,
    Number,
    Currency,
    DateTime,
    Lookup,
    Boolean,
    User,
    Url,
    Calculated,
    Location,
    Geolocation,
    Term,
    Multiterm,
    Thumbnail,
    ApprovalStatus,
    UnknownFutureValue,
}

#[cfg(feature = "sites")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.horizontalSectionLayoutType")]
pub enum HorizontalSectionLayoutType {
    None,
    OneColumn,
    TwoColumns,
    ThreeColumns,
    OneThirdLeftColumn,
    OneThirdRightColumn,
    FullWidth,
    UnknownFutureValue,
}

#[cfg(feature = "sites")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.pageLayoutType")]
pub enum PageLayoutType {
    MicrosoftReserved,
    Article,
    Home,
    UnknownFutureValue,
}

#[cfg(feature = "sites")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.pagePromotionType")]
pub enum PagePromotionType {
    MicrosoftReserved,
    Page,
    NewsPost,
    UnknownFutureValue,
}

#[cfg(feature = "sites")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.sectionEmphasisType")]
pub enum SectionEmphasisType {
    None,
    Neutral,
    Soft,
    Strong,
    UnknownFutureValue,
}

#[cfg(feature = "sites")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.siteArchiveStatus")]
pub enum SiteArchiveStatus {
    RecentlyArchived,
    FullyArchived,
    Reactivating,
    UnknownFutureValue,
}

#[cfg(feature = "sites")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.titleAreaLayoutType")]
pub enum TitleAreaLayoutType {
    ImageAndTitle,
    Plain,
    ColorBlock,
    Overlap,
    UnknownFutureValue,
}

#[cfg(feature = "sites")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.titleAreaTextAlignmentType")]
pub enum TitleAreaTextAlignmentType {
    Left,
    Center,
    UnknownFutureValue,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessAction")]
pub struct AccessAction {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.booleanColumn")]
pub struct BooleanColumn {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.calculatedColumn")]
pub struct CalculatedColumn {
    pub format: Option<String>,
    pub formula: Option<String>,
    pub output_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.choiceColumn")]
pub struct ChoiceColumn {
    pub allow_text_entry: Option<bool>,
    pub choices: Option<Vec<String>>,
    pub display_as: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.columnValidation")]
pub struct ColumnValidation {
    pub default_language: Option<String>,
    pub descriptions: Option<Vec<DisplayNameLocalization>>,
    pub formula: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.contentApprovalStatusColumn")]
pub struct ContentApprovalStatusColumn {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.contentTypeOrder")]
pub struct ContentTypeOrder {
    pub default: Option<bool>,
    pub position: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.currencyColumn")]
pub struct CurrencyColumn {
    pub locale: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.dateTimeColumn")]
pub struct DateTimeColumn {
    pub display_as: Option<String>,
    pub format: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.defaultColumnValue")]
pub struct DefaultColumnValue {
    pub formula: Option<String>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "sites", feature = "admin"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.displayNameLocalization")]
pub struct DisplayNameLocalization {
    pub display_name: Option<String>,
    pub language_tag: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.documentSet")]
pub struct DocumentSet {
    pub allowed_content_types: Option<Vec<ContentTypeInfo>>,
    pub default_contents: Option<Vec<DocumentSetContent>>,
    pub propagate_welcome_page_changes: Option<bool>,
    pub should_prefix_name_to_file: Option<bool>,
    pub welcome_page_url: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub shared_columns: Option<Vec<ColumnDefinition>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub welcome_page_columns: Option<Vec<ColumnDefinition>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.documentSetContent")]
pub struct DocumentSetContent {
    pub content_type: Option<ContentTypeInfo>,
    pub file_name: Option<String>,
    pub folder_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.geolocationColumn")]
pub struct GeolocationColumn {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.hyperlinkOrPictureColumn")]
pub struct HyperlinkOrPictureColumn {
    pub is_picture: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.lookupColumn")]
pub struct LookupColumn {
    pub allow_multiple_values: Option<bool>,
    pub allow_unlimited_length: Option<bool>,
    pub column_name: Option<String>,
    pub list_id: Option<String>,
    pub primary_lookup_column_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.metaDataKeyStringPair")]
pub struct MetaDataKeyStringPair {
    pub key: Option<String>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.numberColumn")]
pub struct NumberColumn {
    pub decimal_places: Option<String>,
    pub display_as: Option<String>,
    pub maximum: Option<edm::Double>,
    pub minimum: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.personOrGroupColumn")]
pub struct PersonOrGroupColumn {
    pub allow_multiple_selection: Option<bool>,
    pub choose_from_type: Option<String>,
    pub display_as: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.reactionsFacet")]
pub struct ReactionsFacet {
    pub comment_count: Option<i32>,
    pub like_count: Option<i32>,
    pub share_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.serverProcessedContent")]
pub struct ServerProcessedContent {
    pub html_strings: Option<Vec<MetaDataKeyStringPair>>,
    pub image_sources: Option<Vec<MetaDataKeyStringPair>>,
    pub links: Option<Vec<MetaDataKeyStringPair>>,
    pub searchable_plain_texts: Option<Vec<MetaDataKeyStringPair>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.siteArchivalDetails")]
pub struct SiteArchivalDetails {
    pub archive_status: Option<SiteArchiveStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.siteCollection")]
pub struct SiteCollection {
    pub archival_details: Option<SiteArchivalDetails>,
    pub data_location_code: Option<String>,
    pub hostname: Option<String>,
    pub root: Option<Root>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.termColumn")]
pub struct TermColumn {
    pub allow_multiple_values: Option<bool>,
    pub show_fully_qualified_name: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_term: Option<crate::term_store::Term>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub term_set: Option<crate::term_store::Set>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.textColumn")]
pub struct TextColumn {
    pub allow_multiple_lines: Option<bool>,
    pub append_changes_to_existing_text: Option<bool>,
    pub lines_for_editing: Option<i32>,
    pub max_length: Option<i32>,
    pub text_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.thumbnailColumn")]
pub struct ThumbnailColumn {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.titleArea")]
pub struct TitleArea {
    pub alternative_text: Option<String>,
    pub enable_gradient_effect: Option<bool>,
    pub image_web_url: Option<String>,
    pub layout: Option<TitleAreaLayoutType>,
    pub server_processed_content: Option<ServerProcessedContent>,
    pub show_author: Option<bool>,
    pub show_published_date: Option<bool>,
    pub show_text_block_above_title: Option<bool>,
    pub text_above_title: Option<String>,
    pub text_alignment: Option<TitleAreaTextAlignmentType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webPartData")]
pub struct WebPartData {
    pub data_version: Option<String>,
    pub description: Option<String>,
    pub properties: Option<serde_json::Value>,
    pub server_processed_content: Option<ServerProcessedContent>,
    pub title: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webPartPosition")]
pub struct WebPartPosition {
    pub column_id: Option<edm::Double>,
    pub horizontal_section_id: Option<edm::Double>,
    pub is_in_vertical_section: Option<bool>,
    pub web_part_index: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.baseSitePage")]
pub struct BaseSitePage {
    /// The inherited properties of `baseItem`.
    #[graph(base)]
    pub base: BaseItem,
    pub page_layout: Option<PageLayoutType>,
    pub publishing_state: Option<PublicationFacet>,
    pub title: Option<String>,
}

/// A `microsoft.graph.baseSitePage`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `BaseSitePage`, keeping its `@odata.type` and properties.
#[cfg(feature = "sites")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyBaseSitePage {
    /// `microsoft.graph.sitePage`.
    SitePage(SitePage),
    /// `microsoft.graph.baseSitePage` itself, or a type this build does not declare.
    #[graph(other)]
    Other(BaseSitePage),
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.canvasLayout",
    contains(name = "horizontalSections", target = HorizontalSection),
    contains(name = "verticalSection", target = VerticalSection, single)
)]
pub struct CanvasLayout {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub horizontal_sections: Option<Vec<HorizontalSection>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub vertical_section: Option<VerticalSection>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.columnDefinition")]
pub struct ColumnDefinition {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub boolean: Option<BooleanColumn>,
    pub calculated: Option<CalculatedColumn>,
    pub choice: Option<ChoiceColumn>,
    pub column_group: Option<String>,
    pub content_approval_status: Option<ContentApprovalStatusColumn>,
    pub currency: Option<CurrencyColumn>,
    pub date_time: Option<DateTimeColumn>,
    pub default_value: Option<DefaultColumnValue>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub enforce_unique_values: Option<bool>,
    pub geolocation: Option<GeolocationColumn>,
    pub hidden: Option<bool>,
    pub hyperlink_or_picture: Option<HyperlinkOrPictureColumn>,
    pub indexed: Option<bool>,
    pub is_deletable: Option<bool>,
    pub is_reorderable: Option<bool>,
    pub is_sealed: Option<bool>,
    pub lookup: Option<LookupColumn>,
    pub name: Option<String>,
    pub number: Option<NumberColumn>,
    pub person_or_group: Option<PersonOrGroupColumn>,
    pub propagate_changes: Option<bool>,
    pub read_only: Option<bool>,
    pub required: Option<bool>,
    pub source_content_type: Option<ContentTypeInfo>,
    pub term: Option<TermColumn>,
    pub text: Option<TextColumn>,
    pub thumbnail: Option<ThumbnailColumn>,
    pub r#type: Option<ColumnTypes>,
    pub validation: Option<ColumnValidation>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub source_column: Option<Box<ColumnDefinition>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.columnLink")]
pub struct ColumnLink {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.contentType",
    contains(name = "columnLinks", target = ColumnLink),
    contains(name = "columns", target = ColumnDefinition),
    action(
        name = "addCopy",
        collection,
        parameters = ContentTypeCollectionAddCopyParameters,
        returns = ContentType
    ),
    action(
        name = "addCopyFromContentTypeHub",
        collection,
        parameters = ContentTypeCollectionAddCopyFromContentTypeHubParameters,
        returns = ContentType
    ),
    action(name = "associateWithHubSites", parameters = ContentTypeAssociateWithHubSitesParameters),
    action(
        name = "copyToDefaultContentLocation",
        parameters = ContentTypeCopyToDefaultContentLocationParameters
    ),
    action = "publish",
    action = "unpublish",
    function(name = "getCompatibleHubContentTypes", collection, returns = Page<ContentType>),
    function(name = "isPublished", returns = bool)
)]
pub struct ContentType {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub associated_hubs_urls: Option<Vec<String>>,
    pub description: Option<String>,
    pub document_set: Option<DocumentSet>,
    pub document_template: Option<DocumentSetContent>,
    pub group: Option<String>,
    pub hidden: Option<bool>,
    pub inherited_from: Option<ItemReference>,
    pub is_built_in: Option<bool>,
    pub name: Option<String>,
    pub order: Option<ContentTypeOrder>,
    pub parent_id: Option<String>,
    pub propagate_changes: Option<bool>,
    pub read_only: Option<bool>,
    pub sealed: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub base: Option<Box<ContentType>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub base_types: Option<Vec<ContentType>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub column_links: Option<Vec<ColumnLink>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub column_positions: Option<Vec<ColumnDefinition>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub columns: Option<Vec<ColumnDefinition>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `addCopy`, bound to a collection of `contentType`.
#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ContentTypeCollectionAddCopyParameters {
    pub content_type: String,
}

/// The body of the action `addCopyFromContentTypeHub`, bound to a collection of `contentType`.
#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ContentTypeCollectionAddCopyFromContentTypeHubParameters {
    pub content_type_id: String,
}

/// The body of the action `associateWithHubSites`, bound to `contentType`.
#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ContentTypeAssociateWithHubSitesParameters {
    pub hub_site_urls: Vec<String>,
    pub propagate_to_existing_lists: Option<bool>,
}

/// The body of the action `copyToDefaultContentLocation`, bound to `contentType`.
#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct ContentTypeCopyToDefaultContentLocationParameters {
    pub source_file: ItemReference,
    pub destination_file_name: Option<String>,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.horizontalSection",
    contains(name = "columns", target = HorizontalSectionColumn)
)]
pub struct HorizontalSection {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub emphasis: Option<SectionEmphasisType>,
    pub layout: Option<HorizontalSectionLayoutType>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub columns: Option<Vec<HorizontalSectionColumn>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.horizontalSectionColumn",
    contains(name = "webparts", target = WebPart)
)]
pub struct HorizontalSectionColumn {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub width: Option<i32>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub webparts: Option<Vec<AnyWebPart>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.itemActivity")]
pub struct ItemActivity {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub access: Option<AccessAction>,
    pub activity_date_time: Option<edm::DateTimeOffset>,
    pub actor: Option<AnyIdentitySet>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub drive_item: Option<DriveItem>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "drives", feature = "sites"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.itemActivityStat")]
#[cfg_attr(feature = "sites", graph(contains(name = "activities", target = ItemActivity)))]
pub struct ItemActivityStat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub access: Option<ItemActionStat>,
    pub create: Option<ItemActionStat>,
    pub delete: Option<ItemActionStat>,
    pub edit: Option<ItemActionStat>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub incomplete_data: Option<IncompleteData>,
    pub is_trending: Option<bool>,
    pub r#move: Option<ItemActionStat>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `sites`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "sites")]
    #[graph(read_only)]
    pub activities: Option<Vec<ItemActivity>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.itemAnalytics",
    contains(name = "itemActivityStats", target = ItemActivityStat)
)]
pub struct ItemAnalytics {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub all_time: Option<ItemActivityStat>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub item_activity_stats: Option<Vec<ItemActivityStat>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub last_seven_days: Option<ItemActivityStat>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.richLongRunningOperation")]
pub struct RichLongRunningOperation {
    /// The inherited properties of `longRunningOperation`.
    #[graph(base)]
    pub base: LongRunningOperation,
    pub error: Option<PublicError>,
    pub percentage_complete: Option<i32>,
    pub resource_id: Option<String>,
    pub r#type: Option<String>,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.site",
    path = "/sites",
    contains(name = "analytics", target = ItemAnalytics, single),
    contains(name = "columns", target = ColumnDefinition),
    contains(name = "contentTypes", target = ContentType),
    contains(name = "operations", target = RichLongRunningOperation),
    contains(name = "pages", target = BaseSitePage),
    contains(name = "termStore", target = crate::term_store::Store, single),
    contains(name = "termStores", target = crate::term_store::Store),
    action(name = "add", collection, parameters = SiteCollectionAddParameters, returns = Vec<Site>),
    action(
        name = "remove",
        collection,
        parameters = SiteCollectionRemoveParameters,
        returns = Vec<Site>
    ),
    function(name = "delta", collection, returns = Page<DeltaItem<Site>>),
    function(name = "getActivitiesByInterval", returns = Page<ItemActivityStat>),
    function(
        name = "getActivitiesByInterval",
        method = "get_activities_by_interval_with_start_date_time_end_date_time_interval",
        parameters = SiteGetActivitiesByIntervalWithStartDateTimeEndDateTimeIntervalParameters,
        returns = Page<ItemActivityStat>
    ),
    function(name = "getAllSites", collection, returns = Page<Site>),
    function(
        name = "getApplicableContentTypesForList",
        parameters = SiteGetApplicableContentTypesForListParameters,
        returns = Page<ContentType>
    ),
    function(name = "getByPath", parameters = SiteGetByPathParameters, returns = Site)
)]
#[cfg_attr(feature = "drives", graph(contains(name = "lists", target = List)))]
#[cfg_attr(feature = "groups", graph(contains(name = "onenote", target = Onenote, single)))]
#[cfg_attr(any(feature = "drives", feature = "shares"), graph(contains(name = "permissions", target = Permission)))]
pub struct Site {
    /// The inherited properties of `baseItem`.
    #[graph(base)]
    pub base: BaseItem,
    pub display_name: Option<String>,
    pub error: Option<PublicError>,
    pub is_personal_site: Option<bool>,
    pub root: Option<Root>,
    pub sharepoint_ids: Option<SharepointIds>,
    pub site_collection: Option<SiteCollection>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub analytics: Option<ItemAnalytics>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub columns: Option<Vec<ColumnDefinition>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub content_types: Option<Vec<ContentType>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub drive: Option<Drive>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub drives: Option<Vec<Drive>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub external_columns: Option<Vec<ColumnDefinition>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub items: Option<Vec<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub lists: Option<Vec<List>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub onenote: Option<Onenote>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub operations: Option<Vec<RichLongRunningOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub pages: Option<Vec<AnyBaseSitePage>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `drives`, `shares`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "drives", feature = "shares"))]
    #[graph(read_only)]
    pub permissions: Option<Vec<Permission>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sites: Option<Vec<Site>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub term_store: Option<crate::term_store::Store>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub term_stores: Option<Vec<crate::term_store::Store>>,
}

/// The body of the action `add`, bound to a collection of `site`.
#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct SiteCollectionAddParameters {
    pub value: Option<Vec<Site>>,
}

/// The body of the action `remove`, bound to a collection of `site`.
#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct SiteCollectionRemoveParameters {
    pub value: Option<Vec<Site>>,
}

/// The arguments of the function `getActivitiesByInterval`, bound to `site`, written in its URL.
#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct SiteGetActivitiesByIntervalWithStartDateTimeEndDateTimeIntervalParameters {
    pub start_date_time: Option<String>,
    pub end_date_time: Option<String>,
    pub interval: Option<String>,
}

/// The arguments of the function `getApplicableContentTypesForList`, bound to `site`, written in
/// its URL.
#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct SiteGetApplicableContentTypesForListParameters {
    pub list_id: String,
}

/// The arguments of the function `getByPath`, bound to `site`, written in its URL.
#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct SiteGetByPathParameters {
    pub path: Option<String>,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.sitePage",
    contains(name = "canvasLayout", target = CanvasLayout, single),
    contains(name = "webParts", target = WebPart),
    action(
        name = "getWebPartsByPosition",
        parameters = SitePageGetWebPartsByPositionParameters,
        returns = Vec<AnyWebPart>
    ),
    action = "publish"
)]
pub struct SitePage {
    /// The inherited properties of `baseSitePage`.
    #[graph(base)]
    pub base: BaseSitePage,
    pub promotion_kind: Option<PagePromotionType>,
    pub reactions: Option<ReactionsFacet>,
    pub show_comments: Option<bool>,
    pub show_recommended_pages: Option<bool>,
    pub thumbnail_web_url: Option<String>,
    pub title_area: Option<TitleArea>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub canvas_layout: Option<CanvasLayout>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub web_parts: Option<Vec<AnyWebPart>>,
}

/// The body of the action `getWebPartsByPosition`, bound to `sitePage`.
#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct SitePageGetWebPartsByPositionParameters {
    pub web_part_index: Option<edm::Double>,
    pub horizontal_section_id: Option<edm::Double>,
    pub is_in_vertical_section: Option<bool>,
    pub column_id: Option<edm::Double>,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.standardWebPart")]
pub struct StandardWebPart {
    /// The inherited properties of `webPart`.
    #[graph(base)]
    pub base: WebPart,
    pub container_text_web_part_id: Option<String>,
    pub data: Option<WebPartData>,
    pub web_part_type: Option<String>,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.textWebPart")]
pub struct TextWebPart {
    /// The inherited properties of `webPart`.
    #[graph(base)]
    pub base: WebPart,
    pub inner_html: Option<String>,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.verticalSection",
    contains(name = "webparts", target = WebPart)
)]
pub struct VerticalSection {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub emphasis: Option<SectionEmphasisType>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub webparts: Option<Vec<AnyWebPart>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.webPart",
    abstract,
    action(name = "getPositionOfWebPart", returns = WebPartPosition)
)]
pub struct WebPart {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.webPart`: the type itself or any of its derived types this build declares (a
/// value without `@odata.type` is the type itself); a value of another derived type reads as
/// `WebPart`, keeping its `@odata.type` and properties.
#[cfg(feature = "sites")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyWebPart {
    /// `microsoft.graph.standardWebPart`.
    StandardWebPart(StandardWebPart),
    /// `microsoft.graph.textWebPart`.
    TextWebPart(TextWebPart),
    /// `microsoft.graph.webPart` itself, or a type this build does not declare.
    #[graph(other)]
    Other(WebPart),
}
