//! The types of the area `connections`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "connections")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.externalConnectors.accessType")]
pub enum AccessType {
    Grant,
    Deny,
    UnknownFutureValue,
}

#[cfg(feature = "connections")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.externalConnectors.aclType")]
pub enum AclType {
    User,
    Group,
    Everyone,
    EveryoneExceptGuests,
    ExternalGroup,
    UnknownFutureValue,
}

#[cfg(feature = "connections")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.externalConnectors.connectionOperationStatus")]
pub enum ConnectionOperationStatus {
    Unspecified,
    Inprogress,
    Completed,
    Failed,
    UnknownFutureValue,
}

#[cfg(feature = "connections")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.externalConnectors.connectionState")]
pub enum ConnectionState {
    Draft,
    Ready,
    Obsolete,
    LimitExceeded,
    UnknownFutureValue,
}

#[cfg(feature = "connections")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.externalConnectors.contentCategory")]
pub enum ContentCategory {
    Uncategorized,
    KnowledgeBase,
    Wikis,
    FileRepository,
    Qna,
    Crm,
    Dashboard,
    People,
    Media,
    Email,
    Messaging,
    MeetingTranscripts,
    TaskManagement,
    LearningManagement,
    UnknownFutureValue,
}

#[cfg(feature = "connections")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.externalConnectors.externalActivityType")]
pub enum ExternalActivityType {
    Viewed,
    Modified,
    Created,
    Commented,
    UnknownFutureValue,
}

#[cfg(feature = "connections")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.externalConnectors.externalItemContentType")]
pub enum ExternalItemContentType {
    Text,
    Html,
    UnknownFutureValue,
}

#[cfg(feature = "connections")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.externalConnectors.identityType")]
pub enum IdentityType {
    User,
    Group,
    ExternalGroup,
    UnknownFutureValue,
}

#[cfg(feature = "connections")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.externalConnectors.label")]
pub enum Label {
    Title,
    Url,
    CreatedBy,
    LastModifiedBy,
    Authors,
    CreatedDateTime,
    LastModifiedDateTime,
    FileName,
    FileExtension,
    UnknownFutureValue,
    ContainerName,
    ContainerUrl,
    IconUrl,
    AssignedToPeople,
    ClosedBy,
    ClosedDate,
    Priority,
    SprintName,
    Tags,
    Severity,
    State,
    DueDate,
    ItemParentId,
    ItemPath,
    ItemType,
    NumberOfReactions,
    ParentUrl,
    PriorityNormalized,
    ReportedBy,
    SecondaryId,
    PersonEmails,
    PersonAddresses,
    PersonAnniversaries,
    PersonName,
    PersonNote,
    PersonPhones,
    PersonCurrentPosition,
    PersonWebAccounts,
    PersonWebSite,
    PersonSkills,
    PersonProjects,
    PersonAccount,
    PersonAwards,
    PersonCertifications,
    PersonAssistants,
    PersonColleagues,
    PersonManager,
    PersonAlternateContacts,
    PersonEmergencyContacts,
    PersonEducationalActivities,
    PersonInterests,
    PersonLanguages,
    PersonPublications,
    PersonPatents,
    PersonWorkPositions,
}

#[cfg(feature = "connections")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.externalConnectors.propertyType")]
pub enum PropertyType {
    String,
    Int64,
    Double,
    DateTime,
    Boolean,
    StringCollection,
    Int64Collection,
    DoubleCollection,
    DateTimeCollection,
    UnknownFutureValue,
    Principal,
    PrincipalCollection,
}

#[cfg(feature = "connections")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.externalConnectors.ruleOperation")]
pub enum RuleOperation {
    Null,
    Equals,
    NotEquals,
    Contains,
    NotContains,
    LessThan,
    GreaterThan,
    StartsWith,
    UnknownFutureValue,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalConnectors.acl")]
pub struct Acl {
    /// Not nullable.
    #[graph(non_nullable)]
    pub access_type: Option<AccessType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<AclType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalConnectors.activitySettings")]
pub struct ActivitySettings {
    pub url_to_item_resolvers: Option<Vec<AnyUrlToItemResolverBase>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalConnectors.configuration")]
pub struct Configuration {
    pub authorized_app_ids: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalConnectors.displayTemplate")]
pub struct DisplayTemplate {
    /// Not nullable.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub layout: Option<serde_json::Value>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub priority: Option<i32>,
    pub rules: Option<Vec<PropertyRule>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalConnectors.externalItemContent")]
pub struct ExternalItemContent {
    /// Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<ExternalItemContentType>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalConnectors.externalItemInformationProtectionLabel")]
pub struct ExternalItemInformationProtectionLabel {
    pub sensitivity_label_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.externalConnectors.itemIdResolver",
    complex
)]
pub struct ItemIdResolver {
    /// The inherited properties of `urlToItemResolverBase`.
    #[graph(base)]
    pub base: UrlToItemResolverBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub item_id: Option<String>,
    pub url_match_info: Option<UrlMatchInfo>,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalConnectors.properties")]
pub struct Properties {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalConnectors.property")]
pub struct Property {
    pub aliases: Option<Vec<String>>,
    pub description: Option<String>,
    pub is_queryable: Option<bool>,
    pub is_refinable: Option<bool>,
    pub is_retrievable: Option<bool>,
    pub is_searchable: Option<bool>,
    pub labels: Option<Vec<Label>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<PropertyType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalConnectors.propertyRule")]
pub struct PropertyRule {
    /// Not nullable.
    #[graph(non_nullable)]
    pub operation: Option<RuleOperation>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub property: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub values: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub values_joined_by: Option<crate::graph::BinaryOperator>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalConnectors.searchSettings")]
pub struct SearchSettings {
    pub search_result_templates: Option<Vec<DisplayTemplate>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalConnectors.urlMatchInfo")]
pub struct UrlMatchInfo {
    pub base_urls: Option<Vec<String>>,
    pub url_pattern: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.externalConnectors.urlToItemResolverBase",
    abstract
)]
pub struct UrlToItemResolverBase {
    pub priority: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.externalConnectors.urlToItemResolverBase`: the type itself or any of its
/// derived types this build declares (a value without `@odata.type` is the type itself); a value of
/// another derived type reads as `UrlToItemResolverBase`, keeping its `@odata.type` and properties.
#[cfg(feature = "connections")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyUrlToItemResolverBase {
    /// `microsoft.graph.externalConnectors.itemIdResolver`.
    ItemIdResolver(ItemIdResolver),
    /// `microsoft.graph.externalConnectors.urlToItemResolverBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(UrlToItemResolverBase),
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.externalConnectors.connectionOperation"
)]
pub struct ConnectionOperation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub error: Option<crate::graph::PublicError>,
    pub status: Option<ConnectionOperationStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.externalConnectors.externalActivity"
)]
pub struct ExternalActivity {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<ExternalActivityType>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub performed_by: Option<Identity>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.externalConnectors.externalActivity`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `ExternalActivity`, keeping its `@odata.type` and properties.
#[cfg(feature = "connections")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyExternalActivity {
    /// `microsoft.graph.externalConnectors.externalActivityResult`.
    ExternalActivityResult(ExternalActivityResult),
    /// `microsoft.graph.externalConnectors.externalActivity` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ExternalActivity),
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalConnectors.externalActivityResult")]
pub struct ExternalActivityResult {
    /// The inherited properties of `externalActivity`.
    #[graph(base)]
    pub base: ExternalActivity,
    pub error: Option<crate::graph::PublicError>,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.externalConnectors.externalConnection",
    path = "/connections",
    contains(name = "groups", target = ExternalGroup),
    contains(name = "items", target = ExternalItem),
    contains(name = "operations", target = ConnectionOperation),
    contains(name = "schema", target = Schema, single)
)]
pub struct ExternalConnection {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub activity_settings: Option<ActivitySettings>,
    pub configuration: Option<Configuration>,
    pub connector_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub content_category: Option<ContentCategory>,
    pub description: Option<String>,
    pub name: Option<String>,
    pub search_settings: Option<SearchSettings>,
    #[graph(read_only)]
    pub state: Option<ConnectionState>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub groups: Option<Vec<ExternalGroup>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub items: Option<Vec<ExternalItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub operations: Option<Vec<ConnectionOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub schema: Option<Schema>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.externalConnectors.externalGroup",
    contains(name = "members", target = Identity)
)]
pub struct ExternalGroup {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub members: Option<Vec<Identity>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.externalConnectors.externalItem",
    contains(name = "activities", target = ExternalActivity),
    action(
        name = "addActivities",
        parameters = ExternalItemAddActivitiesParameters,
        returns = Vec<ExternalActivityResult>
    )
)]
pub struct ExternalItem {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub acl: Option<Vec<Acl>>,
    pub content: Option<ExternalItemContent>,
    pub information_protection_label: Option<ExternalItemInformationProtectionLabel>,
    pub properties: Option<Properties>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub activities: Option<Vec<AnyExternalActivity>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `addActivities`, bound to `externalItem`.
#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct ExternalItemAddActivitiesParameters {
    pub activities: Vec<AnyExternalActivity>,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.externalConnectors.identity"
)]
pub struct Identity {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub r#type: Option<IdentityType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "connections")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.externalConnectors.schema"
)]
pub struct Schema {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub base_type: Option<String>,
    pub properties: Option<Vec<Property>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
