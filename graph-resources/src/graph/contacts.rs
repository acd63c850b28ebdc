//! The types of the area `contacts`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(any(
    feature = "contacts",
    feature = "groups",
    feature = "users",
    feature = "solutions"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.phoneType")]
pub enum PhoneType {
    Home,
    Business,
    Mobile,
    Other,
    Assistant,
    HomeFax,
    BusinessFax,
    OtherFax,
    Pager,
    Radio,
}

#[cfg(any(
    feature = "contacts",
    feature = "groups",
    feature = "users",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onPremisesProvisioningError")]
pub struct OnPremisesProvisioningError {
    pub category: Option<String>,
    pub occurred_date_time: Option<edm::DateTimeOffset>,
    pub property_causing_error: Option<String>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "contacts",
    feature = "groups",
    feature = "users",
    feature = "solutions"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.phone")]
pub struct Phone {
    pub language: Option<String>,
    pub number: Option<String>,
    pub region: Option<String>,
    pub r#type: Option<PhoneType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "contacts")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.physicalOfficeAddress")]
pub struct PhysicalOfficeAddress {
    pub city: Option<String>,
    pub country_or_region: Option<String>,
    pub office_location: Option<String>,
    pub postal_code: Option<String>,
    pub state: Option<String>,
    pub street: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "contacts",
    feature = "groups",
    feature = "users",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.serviceProvisioningError", abstract)]
pub struct ServiceProvisioningError {
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub is_resolved: Option<bool>,
    pub service_instance: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.serviceProvisioningError`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `ServiceProvisioningError`, keeping its `@odata.type` and properties.
#[cfg(any(
    feature = "contacts",
    feature = "groups",
    feature = "users",
    feature = "identityGovernance"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyServiceProvisioningError {
    /// `microsoft.graph.serviceProvisioningXmlError`.
    ServiceProvisioningXmlError(ServiceProvisioningXmlError),
    /// `microsoft.graph.serviceProvisioningError` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ServiceProvisioningError),
}

#[cfg(any(
    feature = "contacts",
    feature = "groups",
    feature = "users",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.serviceProvisioningXmlError", complex)]
pub struct ServiceProvisioningXmlError {
    /// The inherited properties of `serviceProvisioningError`.
    #[graph(base)]
    pub base: ServiceProvisioningError,
    pub error_detail: Option<String>,
}

#[cfg(feature = "contacts")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.onPremisesSyncBehavior")]
pub struct OnPremisesSyncBehavior {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_cloud_managed: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "contacts")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.orgContact",
    path = "/contacts",
    contains(name = "onPremisesSyncBehavior", target = OnPremisesSyncBehavior, single),
    action = "retryServiceProvisioning",
    function(name = "delta", collection, returns = Page<DeltaItem<OrgContact>>)
)]
pub struct OrgContact {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub addresses: Option<Vec<PhysicalOfficeAddress>>,
    pub company_name: Option<String>,
    pub department: Option<String>,
    pub display_name: Option<String>,
    pub given_name: Option<String>,
    pub job_title: Option<String>,
    pub mail: Option<String>,
    pub mail_nickname: Option<String>,
    pub on_premises_last_sync_date_time: Option<edm::DateTimeOffset>,
    pub on_premises_provisioning_errors: Option<Vec<OnPremisesProvisioningError>>,
    pub on_premises_sync_enabled: Option<bool>,
    pub phones: Option<Vec<Phone>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub proxy_addresses: Option<Vec<String>>,
    pub service_provisioning_errors: Option<Vec<AnyServiceProvisioningError>>,
    pub surname: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub direct_reports: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub manager: Option<Box<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub member_of: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub on_premises_sync_behavior: Option<OnPremisesSyncBehavior>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub transitive_member_of: Option<Vec<AnyDirectoryObject>>,
}
