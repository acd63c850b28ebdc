//! The types of the area `other`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.whoisDomainStatus")]
pub enum WhoisDomainStatus {
    ClientDeleteProhibited,
    ClientHold,
    ClientRenewProhibited,
    ClientTransferProhibited,
    ClientUpdateProhibited,
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.dynamicColumnValue")]
pub struct DynamicColumnValue {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.stringValueDictionary")]
pub struct StringValueDictionary {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.artifact",
    abstract
)]
pub struct Artifact {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.security.artifact`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `Artifact`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyArtifact {
    /// `microsoft.graph.security.hostname`.
    #[cfg(feature = "security")]
    Hostname(Hostname),
    /// `microsoft.graph.security.ipAddress`.
    #[cfg(feature = "security")]
    IpAddress(IpAddress),
    /// `microsoft.graph.security.hostComponent`.
    #[cfg(feature = "security")]
    HostComponent(HostComponent),
    /// `microsoft.graph.security.hostCookie`.
    #[cfg(feature = "security")]
    HostCookie(HostCookie),
    /// `microsoft.graph.security.hostSslCertificate`.
    #[cfg(feature = "security")]
    HostSslCertificate(HostSslCertificate),
    /// `microsoft.graph.security.hostTracker`.
    #[cfg(feature = "security")]
    HostTracker(HostTracker),
    /// `microsoft.graph.security.passiveDnsRecord`.
    #[cfg(feature = "security")]
    PassiveDnsRecord(PassiveDnsRecord),
    /// `microsoft.graph.security.sslCertificate`.
    #[cfg(feature = "security")]
    SslCertificate(SslCertificate),
    /// `microsoft.graph.security.unclassifiedArtifact`.
    #[cfg(feature = "other")]
    UnclassifiedArtifact(UnclassifiedArtifact),
    /// `microsoft.graph.security.artifact` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Artifact),
}

#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.case",
    abstract
)]
pub struct Case {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub last_modified_by: Option<crate::graph::AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<CaseStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.security.case`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `Case`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCase {
    /// `microsoft.graph.security.ediscoveryCase`.
    #[cfg(feature = "security")]
    EdiscoveryCase(EdiscoveryCase),
    /// `microsoft.graph.security.case` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Case),
}

#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.dataSet",
    abstract
)]
pub struct DataSet {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<crate::graph::AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.security.dataSet`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `DataSet`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDataSet {
    /// `microsoft.graph.security.ediscoveryReviewSet`.
    #[cfg(feature = "security")]
    EdiscoveryReviewSet(EdiscoveryReviewSet),
    /// `microsoft.graph.security.dataSet` itself, or a type this build does not declare.
    #[graph(other)]
    Other(DataSet),
}

#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.dataSourceContainer",
    abstract
)]
pub struct DataSourceContainer {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub display_name: Option<String>,
    pub hold_status: Option<DataSourceHoldStatus>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub released_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<DataSourceContainerStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.security.dataSourceContainer`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `DataSourceContainer`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDataSourceContainer {
    /// `microsoft.graph.security.ediscoveryCustodian`.
    #[cfg(feature = "security")]
    EdiscoveryCustodian(EdiscoveryCustodian),
    /// `microsoft.graph.security.ediscoveryNoncustodialDataSource`.
    #[cfg(feature = "security")]
    EdiscoveryNoncustodialDataSource(EdiscoveryNoncustodialDataSource),
    /// `microsoft.graph.security.dataSourceContainer` itself, or a type this build does not declare.
    #[graph(other)]
    Other(DataSourceContainer),
}

#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.filePlanDescriptorTemplate"
)]
pub struct FilePlanDescriptorTemplate {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<crate::graph::AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.security.filePlanDescriptorTemplate`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `FilePlanDescriptorTemplate`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyFilePlanDescriptorTemplate {
    /// `microsoft.graph.security.authorityTemplate`.
    #[cfg(feature = "security")]
    AuthorityTemplate(AuthorityTemplate),
    /// `microsoft.graph.security.categoryTemplate`.
    #[cfg(feature = "security")]
    CategoryTemplate(CategoryTemplate),
    /// `microsoft.graph.security.citationTemplate`.
    #[cfg(feature = "security")]
    CitationTemplate(CitationTemplate),
    /// `microsoft.graph.security.departmentTemplate`.
    #[cfg(feature = "security")]
    DepartmentTemplate(DepartmentTemplate),
    /// `microsoft.graph.security.filePlanReferenceTemplate`.
    #[cfg(feature = "security")]
    FilePlanReferenceTemplate(FilePlanReferenceTemplate),
    /// `microsoft.graph.security.subcategoryTemplate`.
    #[cfg(feature = "security")]
    SubcategoryTemplate(SubcategoryTemplate),
    /// `microsoft.graph.security.filePlanDescriptorTemplate` itself, or a type this build does not declare.
    #[graph(other)]
    Other(FilePlanDescriptorTemplate),
}

#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.indicator",
    abstract
)]
pub struct Indicator {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub source: Option<IndicatorSource>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub artifact: Option<AnyArtifact>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.security.indicator`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `Indicator`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyIndicator {
    /// `microsoft.graph.security.articleIndicator`.
    #[cfg(feature = "security")]
    ArticleIndicator(ArticleIndicator),
    /// `microsoft.graph.security.intelligenceProfileIndicator`.
    #[cfg(feature = "security")]
    IntelligenceProfileIndicator(IntelligenceProfileIndicator),
    /// `microsoft.graph.security.indicator` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Indicator),
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.networkAdapter"
)]
pub struct NetworkAdapter {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub is_enabled: Option<bool>,
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.search",
    abstract
)]
pub struct Search {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub content_query: Option<String>,
    pub created_by: Option<crate::graph::AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub last_modified_by: Option<crate::graph::AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.security.search`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `Search`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnySearch {
    /// `microsoft.graph.security.ediscoveryReviewSetQuery`.
    #[cfg(feature = "security")]
    EdiscoveryReviewSetQuery(EdiscoveryReviewSetQuery),
    /// `microsoft.graph.security.ediscoverySearch`.
    #[cfg(feature = "security")]
    EdiscoverySearch(EdiscoverySearch),
    /// `microsoft.graph.security.search` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Search),
}

#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.tag",
    abstract
)]
pub struct Tag {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<crate::graph::AnyIdentitySet>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.security.tag`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `Tag`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyTag {
    /// `microsoft.graph.security.ediscoveryReviewTag`.
    #[cfg(feature = "security")]
    EdiscoveryReviewTag(EdiscoveryReviewTag),
    /// `microsoft.graph.security.tag` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Tag),
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.unclassifiedArtifact")]
pub struct UnclassifiedArtifact {
    /// The inherited properties of `artifact`.
    #[graph(base)]
    pub base: Artifact,
    /// Not nullable.
    #[graph(non_nullable)]
    pub kind: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub value: Option<String>,
}

#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.whoisBaseRecord",
    abstract
)]
pub struct WhoisBaseRecord {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub abuse: Option<WhoisContact>,
    pub admin: Option<WhoisContact>,
    pub billing: Option<WhoisContact>,
    pub domain_status: Option<String>,
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    pub last_update_date_time: Option<edm::DateTimeOffset>,
    pub nameservers: Option<Vec<WhoisNameserver>>,
    pub noc: Option<WhoisContact>,
    pub raw_whois_text: Option<String>,
    pub registrant: Option<WhoisContact>,
    pub registrar: Option<WhoisContact>,
    pub registration_date_time: Option<edm::DateTimeOffset>,
    pub technical: Option<WhoisContact>,
    pub whois_server: Option<String>,
    pub zone: Option<WhoisContact>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `security`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "security")]
    #[graph(read_only)]
    pub host: Option<Box<AnyHost>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.security.whoisBaseRecord`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `WhoisBaseRecord`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyWhoisBaseRecord {
    /// `microsoft.graph.security.whoisHistoryRecord`.
    #[cfg(feature = "security")]
    WhoisHistoryRecord(WhoisHistoryRecord),
    /// `microsoft.graph.security.whoisRecord`.
    #[cfg(feature = "security")]
    WhoisRecord(WhoisRecord),
    /// `microsoft.graph.security.whoisBaseRecord` itself, or a type this build does not declare.
    #[graph(other)]
    Other(WhoisBaseRecord),
}
