//! The types of the area `tenantRelationships`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.delegatedAdminAccessAssignmentStatus")]
pub enum DelegatedAdminAccessAssignmentStatus {
    Pending,
    Active,
    Deleting,
    Deleted,
    Error,
    UnknownFutureValue,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.delegatedAdminAccessContainerType")]
pub enum DelegatedAdminAccessContainerType {
    SecurityGroup,
    UnknownFutureValue,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.delegatedAdminRelationshipOperationType")]
pub enum DelegatedAdminRelationshipOperationType {
    DelegatedAdminAccessAssignmentUpdate,
    UnknownFutureValue,
    DelegatedAdminRelationshipUpdate,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.delegatedAdminRelationshipRequestAction")]
pub enum DelegatedAdminRelationshipRequestAction {
    LockForApproval,
    Approve,
    Terminate,
    UnknownFutureValue,
    Reject,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.delegatedAdminRelationshipRequestStatus")]
pub enum DelegatedAdminRelationshipRequestStatus {
    Created,
    Pending,
    Succeeded,
    Failed,
    UnknownFutureValue,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.delegatedAdminRelationshipStatus")]
pub enum DelegatedAdminRelationshipStatus {
    Activating,
    Active,
    ApprovalPending,
    Approved,
    Created,
    Expired,
    Expiring,
    Terminated,
    Terminating,
    TerminationRequested,
    UnknownFutureValue,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.multiTenantOrganizationState")]
pub enum MultiTenantOrganizationState {
    Active,
    Inactive,
    UnknownFutureValue,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.delegatedAdminAccessContainer")]
pub struct DelegatedAdminAccessContainer {
    /// Not nullable.
    #[graph(non_nullable)]
    pub access_container_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub access_container_type: Option<DelegatedAdminAccessContainerType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.delegatedAdminAccessDetails")]
pub struct DelegatedAdminAccessDetails {
    /// Not nullable.
    #[graph(non_nullable)]
    pub unified_roles: Option<Vec<UnifiedRole>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.delegatedAdminRelationshipCustomerParticipant")]
pub struct DelegatedAdminRelationshipCustomerParticipant {
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub tenant_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.multiTenantOrganizationJoinRequestTransitionDetails")]
pub struct MultiTenantOrganizationJoinRequestTransitionDetails {
    pub desired_member_state: Option<MultiTenantOrganizationMemberState>,
    pub details: Option<String>,
    pub status: Option<MultiTenantOrganizationMemberProcessingStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.tenantInformation")]
pub struct TenantInformation {
    pub default_domain_name: Option<String>,
    pub display_name: Option<String>,
    pub federation_brand_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub tenant_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.unifiedRole")]
pub struct UnifiedRole {
    /// Not nullable.
    #[graph(non_nullable)]
    pub role_definition_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.delegatedAdminAccessAssignment"
)]
pub struct DelegatedAdminAccessAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub access_container: Option<DelegatedAdminAccessContainer>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub access_details: Option<DelegatedAdminAccessDetails>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<DelegatedAdminAccessAssignmentStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.delegatedAdminCustomer",
    path = "/tenantRelationships/delegatedAdminCustomers",
    contains(name = "serviceManagementDetails", target = DelegatedAdminServiceManagementDetail)
)]
pub struct DelegatedAdminCustomer {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub tenant_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub service_management_details: Option<Vec<DelegatedAdminServiceManagementDetail>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.delegatedAdminRelationship",
    path = "/tenantRelationships/delegatedAdminRelationships",
    contains(name = "accessAssignments", target = DelegatedAdminAccessAssignment),
    contains(name = "operations", target = DelegatedAdminRelationshipOperation),
    contains(name = "requests", target = DelegatedAdminRelationshipRequest)
)]
pub struct DelegatedAdminRelationship {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub access_details: Option<DelegatedAdminAccessDetails>,
    pub activated_date_time: Option<edm::DateTimeOffset>,
    pub auto_extend_duration: Option<edm::Duration>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub customer: Option<DelegatedAdminRelationshipCustomerParticipant>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub duration: Option<edm::Duration>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<DelegatedAdminRelationshipStatus>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub access_assignments: Option<Vec<DelegatedAdminAccessAssignment>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub operations: Option<Vec<DelegatedAdminRelationshipOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub requests: Option<Vec<DelegatedAdminRelationshipRequest>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.delegatedAdminRelationship`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `DelegatedAdminRelationship`, keeping its `@odata.type` and properties.
#[cfg(feature = "tenantRelationships")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDelegatedAdminRelationship {
    /// `microsoft.graph.resellerDelegatedAdminRelationship`.
    ResellerDelegatedAdminRelationship(ResellerDelegatedAdminRelationship),
    /// `microsoft.graph.delegatedAdminRelationship` itself, or a type this build does not declare.
    #[graph(other)]
    Other(DelegatedAdminRelationship),
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.delegatedAdminRelationshipOperation"
)]
pub struct DelegatedAdminRelationshipOperation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub data: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub operation_type: Option<DelegatedAdminRelationshipOperationType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<LongRunningOperationStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.delegatedAdminRelationshipRequest"
)]
pub struct DelegatedAdminRelationshipRequest {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub action: Option<DelegatedAdminRelationshipRequestAction>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<DelegatedAdminRelationshipRequestStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.delegatedAdminServiceManagementDetail"
)]
pub struct DelegatedAdminServiceManagementDetail {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub service_management_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub service_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.multiTenantOrganization",
    contains(name = "joinRequest", target = MultiTenantOrganizationJoinRequestRecord, single)
)]
#[cfg_attr(feature = "directoryObjects", graph(contains(name = "tenants", target = MultiTenantOrganizationMember)))]
pub struct MultiTenantOrganization {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub state: Option<MultiTenantOrganizationState>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub join_request: Option<MultiTenantOrganizationJoinRequestRecord>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `directoryObjects`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "directoryObjects")]
    #[graph(read_only)]
    pub tenants: Option<Vec<MultiTenantOrganizationMember>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.multiTenantOrganizationJoinRequestRecord"
)]
pub struct MultiTenantOrganizationJoinRequestRecord {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub added_by_tenant_id: Option<String>,
    pub member_state: Option<MultiTenantOrganizationMemberState>,
    pub role: Option<MultiTenantOrganizationMemberRole>,
    pub transition_details: Option<MultiTenantOrganizationJoinRequestTransitionDetails>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resellerDelegatedAdminRelationship")]
pub struct ResellerDelegatedAdminRelationship {
    /// The inherited properties of `delegatedAdminRelationship`.
    #[graph(base)]
    pub base: DelegatedAdminRelationship,
    /// Not nullable.
    #[graph(non_nullable)]
    pub indirect_provider_tenant_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_partner_consent_pending: Option<bool>,
}

#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.tenantRelationship",
    keyless,
    singleton = "/tenantRelationships",
    contains(name = "delegatedAdminCustomers", target = DelegatedAdminCustomer),
    contains(name = "delegatedAdminRelationships", target = DelegatedAdminRelationship),
    contains(name = "multiTenantOrganization", target = MultiTenantOrganization, single),
    function(
        name = "findTenantInformationByDomainName",
        parameters = TenantRelationshipFindTenantInformationByDomainNameParameters,
        returns = TenantInformation
    ),
    function(
        name = "findTenantInformationByTenantId",
        parameters = TenantRelationshipFindTenantInformationByTenantIdParameters,
        returns = TenantInformation
    )
)]
pub struct TenantRelationship {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub delegated_admin_customers: Option<Vec<DelegatedAdminCustomer>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub delegated_admin_relationships: Option<Vec<AnyDelegatedAdminRelationship>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub multi_tenant_organization: Option<MultiTenantOrganization>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `findTenantInformationByDomainName`, bound to
/// `tenantRelationship`, written in its URL.
#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct TenantRelationshipFindTenantInformationByDomainNameParameters {
    pub domain_name: Option<String>,
}

/// The arguments of the function `findTenantInformationByTenantId`, bound to `tenantRelationship`,
/// written in its URL.
#[cfg(feature = "tenantRelationships")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct TenantRelationshipFindTenantInformationByTenantIdParameters {
    pub tenant_id: Option<String>,
}
