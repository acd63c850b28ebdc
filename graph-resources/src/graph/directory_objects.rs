//! The types of the area `directoryObjects`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "directoryObjects")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.certificateAuthorityType")]
pub enum CertificateAuthorityType {
    Root,
    Intermediate,
    UnknownFutureValue,
}

#[cfg(any(feature = "directoryObjects", feature = "tenantRelationships"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.multiTenantOrganizationMemberProcessingStatus")]
pub enum MultiTenantOrganizationMemberProcessingStatus {
    NotStarted,
    Running,
    Succeeded,
    Failed,
    UnknownFutureValue,
}

#[cfg(any(feature = "directoryObjects", feature = "tenantRelationships"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.multiTenantOrganizationMemberRole")]
pub enum MultiTenantOrganizationMemberRole {
    Owner,
    Member,
    UnknownFutureValue,
}

#[cfg(any(feature = "directoryObjects", feature = "tenantRelationships"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.multiTenantOrganizationMemberState")]
pub enum MultiTenantOrganizationMemberState {
    Pending,
    Active,
    Removed,
    UnknownFutureValue,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.rootDomains")]
pub enum RootDomains {
    None,
    All,
    AllFederated,
    AllManaged,
    Enumerated,
    AllManagedAndEnumeratedFederated,
    UnknownFutureValue,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.allDomains", complex)]
pub struct AllDomains {
    /// The inherited properties of `validatingDomains`.
    #[graph(base)]
    pub base: ValidatingDomains,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.enumeratedDomains", complex)]
pub struct EnumeratedDomains {
    /// The inherited properties of `validatingDomains`.
    #[graph(base)]
    pub base: ValidatingDomains,
    /// Not nullable.
    #[graph(non_nullable)]
    pub domain_names: Option<Vec<String>>,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.exportItemResponse")]
pub struct ExportItemResponse {
    pub change_key: Option<String>,
    pub data: Option<edm::Stream>,
    pub error: Option<MailTipsError>,
    pub item_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mailboxItemImportSession")]
pub struct MailboxItemImportSession {
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub import_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "directoryObjects",
    feature = "users",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mailTipsError")]
pub struct MailTipsError {
    pub code: Option<String>,
    pub message: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.multiTenantOrganizationMemberTransitionDetails")]
pub struct MultiTenantOrganizationMemberTransitionDetails {
    pub desired_role: Option<MultiTenantOrganizationMemberRole>,
    pub desired_state: Option<MultiTenantOrganizationMemberState>,
    pub details: Option<String>,
    pub status: Option<MultiTenantOrganizationMemberProcessingStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.validatingDomains", abstract)]
pub struct ValidatingDomains {
    /// Not nullable.
    #[graph(non_nullable)]
    pub root_domains: Option<RootDomains>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.validatingDomains`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ValidatingDomains`, keeping its `@odata.type` and properties.
#[cfg(feature = "directoryObjects")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyValidatingDomains {
    /// `microsoft.graph.allDomains`.
    AllDomains(AllDomains),
    /// `microsoft.graph.enumeratedDomains`.
    EnumeratedDomains(EnumeratedDomains),
    /// `microsoft.graph.validatingDomains` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ValidatingDomains),
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.administrativeUnit",
    path = "/directory/administrativeUnits",
    function(name = "delta", collection, returns = Page<DeltaItem<AdministrativeUnit>>)
)]
#[cfg_attr(feature = "devices", graph(contains(name = "extensions", target = Extension)))]
#[cfg_attr(feature = "scopedRoleMemberships", graph(contains(name = "scopedRoleMembers", target = ScopedRoleMembership)))]
pub struct AdministrativeUnit {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub is_member_management_restricted: Option<bool>,
    pub membership_rule: Option<String>,
    pub membership_rule_processing_state: Option<String>,
    pub membership_type: Option<String>,
    pub visibility: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `devices`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "devices")]
    #[graph(read_only)]
    pub extensions: Option<Vec<AnyExtension>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub members: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `scopedRoleMemberships`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "scopedRoleMemberships")]
    #[graph(read_only)]
    pub scoped_role_members: Option<Vec<ScopedRoleMembership>>,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.appRoleAssignment",
    path = "/me/appRoleAssignments"
)]
pub struct AppRoleAssignment {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    /// Not nullable.
    #[graph(non_nullable)]
    pub app_role_id: Option<edm::Guid>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub principal_display_name: Option<String>,
    pub principal_id: Option<edm::Guid>,
    pub principal_type: Option<String>,
    pub resource_display_name: Option<String>,
    pub resource_id: Option<edm::Guid>,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.certificateAuthorityDetail")]
pub struct CertificateAuthorityDetail {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    /// Not nullable.
    #[graph(non_nullable)]
    pub certificate: Option<edm::Binary>,
    pub certificate_authority_type: Option<CertificateAuthorityType>,
    pub certificate_revocation_list_url: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub delta_certificate_revocation_list_url: Option<String>,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub is_issuer_hint_enabled: Option<bool>,
    pub issuer: Option<String>,
    pub issuer_subject_key_identifier: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub thumbprint: Option<String>,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.certificateBasedAuthPki",
    contains(name = "certificateAuthorities", target = CertificateAuthorityDetail),
    action(name = "upload", parameters = CertificateBasedAuthPkiUploadParameters)
)]
pub struct CertificateBasedAuthPki {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<String>,
    pub status_details: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub certificate_authorities: Option<Vec<CertificateAuthorityDetail>>,
}

/// The body of the action `upload`, bound to `certificateBasedAuthPki`.
#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct CertificateBasedAuthPkiUploadParameters {
    pub upload_url: String,
    pub sha256_file_hash: String,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.directoryObjectPartnerReference")]
pub struct DirectoryObjectPartnerReference {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub external_partner_tenant_id: Option<edm::Guid>,
    pub object_type: Option<String>,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.endpoint")]
pub struct Endpoint {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    /// Not nullable.
    #[graph(non_nullable)]
    pub capability: Option<String>,
    pub provider_id: Option<String>,
    pub provider_name: Option<String>,
    pub provider_resource_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub uri: Option<String>,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.federatedTokenValidationPolicy")]
pub struct FederatedTokenValidationPolicy {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    /// Not nullable.
    #[graph(non_nullable)]
    pub validating_domains: Option<AnyValidatingDomains>,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.mailbox",
    contains(name = "folders", target = MailboxFolder),
    action(name = "createImportSession", returns = MailboxItemImportSession),
    action(
        name = "exportItems",
        parameters = MailboxExportItemsParameters,
        returns = Vec<ExportItemResponse>
    )
)]
pub struct Mailbox {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub folders: Option<Vec<MailboxFolder>>,
}

/// The body of the action `exportItems`, bound to `mailbox`.
#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct MailboxExportItemsParameters {
    #[graph(rename = "ItemIds")]
    pub item_ids: Vec<String>,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.mailboxFolder",
    contains(name = "childFolders", target = MailboxFolder),
    contains(name = "items", target = MailboxItem),
    function(name = "delta", collection, returns = Page<DeltaItem<MailboxFolder>>)
)]
#[cfg_attr(feature = "groups", graph(contains(name = "multiValueExtendedProperties", target = MultiValueLegacyExtendedProperty)))]
#[cfg_attr(feature = "groups", graph(contains(name = "singleValueExtendedProperties", target = SingleValueLegacyExtendedProperty)))]
pub struct MailboxFolder {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub child_folder_count: Option<i32>,
    pub display_name: Option<String>,
    pub parent_folder_id: Option<String>,
    pub total_item_count: Option<i32>,
    pub r#type: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub child_folders: Option<Vec<MailboxFolder>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub items: Option<Vec<MailboxItem>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub multi_value_extended_properties: Option<Vec<MultiValueLegacyExtendedProperty>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub single_value_extended_properties: Option<Vec<SingleValueLegacyExtendedProperty>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.mailboxItem",
    function(name = "delta", collection, returns = Page<DeltaItem<MailboxItem>>)
)]
#[cfg_attr(feature = "groups", graph(contains(name = "multiValueExtendedProperties", target = MultiValueLegacyExtendedProperty)))]
#[cfg_attr(feature = "groups", graph(contains(name = "singleValueExtendedProperties", target = SingleValueLegacyExtendedProperty)))]
pub struct MailboxItem {
    /// The inherited properties of `outlookItem`.
    #[graph(base)]
    pub base: OutlookItem,
    pub size: Option<edm::Int64>,
    pub r#type: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub multi_value_extended_properties: Option<Vec<MultiValueLegacyExtendedProperty>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub single_value_extended_properties: Option<Vec<SingleValueLegacyExtendedProperty>>,
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.multiTenantOrganizationMember")]
pub struct MultiTenantOrganizationMember {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub added_by_tenant_id: Option<edm::Guid>,
    pub added_date_time: Option<edm::DateTimeOffset>,
    pub display_name: Option<String>,
    pub joined_date_time: Option<edm::DateTimeOffset>,
    pub role: Option<MultiTenantOrganizationMemberRole>,
    pub state: Option<MultiTenantOrganizationMemberState>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub tenant_id: Option<String>,
    pub transition_details: Option<MultiTenantOrganizationMemberTransitionDetails>,
}

#[cfg(any(feature = "directoryObjects", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.policyBase", abstract)]
pub struct PolicyBase {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub description: Option<String>,
    pub display_name: Option<String>,
}

/// A `microsoft.graph.policyBase`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `PolicyBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "directoryObjects", feature = "policies"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyPolicyBase {
    /// `microsoft.graph.appManagementPolicy`.
    #[cfg(feature = "policies")]
    AppManagementPolicy(AppManagementPolicy),
    /// `microsoft.graph.authorizationPolicy`.
    #[cfg(feature = "policies")]
    AuthorizationPolicy(AuthorizationPolicy),
    /// `microsoft.graph.crossTenantAccessPolicy`.
    #[cfg(feature = "policies")]
    CrossTenantAccessPolicy(CrossTenantAccessPolicy),
    /// `microsoft.graph.identitySecurityDefaultsEnforcementPolicy`.
    #[cfg(feature = "policies")]
    IdentitySecurityDefaultsEnforcementPolicy(IdentitySecurityDefaultsEnforcementPolicy),
    /// `microsoft.graph.permissionGrantPolicy`.
    #[cfg(feature = "policies")]
    PermissionGrantPolicy(PermissionGrantPolicy),
    /// `microsoft.graph.activityBasedTimeoutPolicy`.
    #[cfg(feature = "policies")]
    ActivityBasedTimeoutPolicy(ActivityBasedTimeoutPolicy),
    /// `microsoft.graph.claimsMappingPolicy`.
    #[cfg(feature = "policies")]
    ClaimsMappingPolicy(ClaimsMappingPolicy),
    /// `microsoft.graph.homeRealmDiscoveryPolicy`.
    #[cfg(feature = "policies")]
    HomeRealmDiscoveryPolicy(HomeRealmDiscoveryPolicy),
    /// `microsoft.graph.tokenIssuancePolicy`.
    #[cfg(feature = "policies")]
    TokenIssuancePolicy(TokenIssuancePolicy),
    /// `microsoft.graph.tokenLifetimePolicy`.
    #[cfg(feature = "policies")]
    TokenLifetimePolicy(TokenLifetimePolicy),
    /// `microsoft.graph.tenantAppManagementPolicy`.
    #[cfg(feature = "policies")]
    TenantAppManagementPolicy(TenantAppManagementPolicy),
    /// `microsoft.graph.policyBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(PolicyBase),
}

#[cfg(feature = "directoryObjects")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.remoteTenantGroup",
    path = "/directory/remoteTenantGroups"
)]
pub struct RemoteTenantGroup {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub remote_group_display_name: Option<String>,
    pub remote_group_id: Option<edm::Guid>,
    pub remote_tenant_display_name: Option<String>,
    pub remote_tenant_id: Option<edm::Guid>,
    pub remote_tenant_primary_domain: Option<String>,
}

#[cfg(any(feature = "directoryObjects", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.stsPolicy",
    abstract,
    also_reads = "microsoft.graph.activityBasedTimeoutPolicy",
    also_reads = "microsoft.graph.claimsMappingPolicy",
    also_reads = "microsoft.graph.homeRealmDiscoveryPolicy",
    also_reads = "microsoft.graph.tokenIssuancePolicy",
    also_reads = "microsoft.graph.tokenLifetimePolicy"
)]
pub struct StsPolicy {
    /// The inherited properties of `policyBase`.
    #[graph(base)]
    pub base: PolicyBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub definition: Option<Vec<String>>,
    pub is_organization_default: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub applies_to: Option<Vec<AnyDirectoryObject>>,
}
