//! The types of the area `domainDnsRecords`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "domainDnsRecords")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.domainDnsCnameRecord")]
pub struct DomainDnsCnameRecord {
    /// The inherited properties of `domainDnsRecord`.
    #[graph(base)]
    pub base: DomainDnsRecord,
    pub canonical_name: Option<String>,
}

#[cfg(feature = "domainDnsRecords")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.domainDnsMxRecord")]
pub struct DomainDnsMxRecord {
    /// The inherited properties of `domainDnsRecord`.
    #[graph(base)]
    pub base: DomainDnsRecord,
    /// Not nullable.
    #[graph(non_nullable)]
    pub mail_exchange: Option<String>,
    pub preference: Option<i32>,
}

#[cfg(feature = "domainDnsRecords")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.domainDnsRecord",
    path = "/domainDnsRecords"
)]
pub struct DomainDnsRecord {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_optional: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub label: Option<String>,
    pub record_type: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub supported_service: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub ttl: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.domainDnsRecord`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `DomainDnsRecord`, keeping its `@odata.type` and properties.
#[cfg(feature = "domainDnsRecords")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDomainDnsRecord {
    /// `microsoft.graph.domainDnsCnameRecord`.
    DomainDnsCnameRecord(DomainDnsCnameRecord),
    /// `microsoft.graph.domainDnsMxRecord`.
    DomainDnsMxRecord(DomainDnsMxRecord),
    /// `microsoft.graph.domainDnsSrvRecord`.
    DomainDnsSrvRecord(DomainDnsSrvRecord),
    /// `microsoft.graph.domainDnsTxtRecord`.
    DomainDnsTxtRecord(DomainDnsTxtRecord),
    /// `microsoft.graph.domainDnsUnavailableRecord`.
    DomainDnsUnavailableRecord(DomainDnsUnavailableRecord),
    /// `microsoft.graph.domainDnsRecord` itself, or a type this build does not declare.
    #[graph(other)]
    Other(DomainDnsRecord),
}

#[cfg(feature = "domainDnsRecords")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.domainDnsSrvRecord")]
pub struct DomainDnsSrvRecord {
    /// The inherited properties of `domainDnsRecord`.
    #[graph(base)]
    pub base: DomainDnsRecord,
    pub name_target: Option<String>,
    pub port: Option<i32>,
    pub priority: Option<i32>,
    pub protocol: Option<String>,
    pub service: Option<String>,
    pub weight: Option<i32>,
}

#[cfg(feature = "domainDnsRecords")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.domainDnsTxtRecord")]
pub struct DomainDnsTxtRecord {
    /// The inherited properties of `domainDnsRecord`.
    #[graph(base)]
    pub base: DomainDnsRecord,
    /// Not nullable.
    #[graph(non_nullable)]
    pub text: Option<String>,
}

#[cfg(feature = "domainDnsRecords")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.domainDnsUnavailableRecord")]
pub struct DomainDnsUnavailableRecord {
    /// The inherited properties of `domainDnsRecord`.
    #[graph(base)]
    pub base: DomainDnsRecord,
    pub description: Option<String>,
}
