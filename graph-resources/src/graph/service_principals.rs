//! The types of the area `servicePrincipals`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "servicePrincipals")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.permissionClassificationType")]
pub enum PermissionClassificationType {
    Low,
    Medium,
    High,
    UnknownFutureValue,
}

#[cfg(any(
    feature = "servicePrincipals",
    feature = "users",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.customSecurityAttributeValue")]
pub struct CustomSecurityAttributeValue {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "servicePrincipals")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resourceSpecificPermission")]
pub struct ResourceSpecificPermission {
    pub description: Option<String>,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub id: Option<edm::Guid>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "servicePrincipals")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.samlSingleSignOnSettings")]
pub struct SamlSingleSignOnSettings {
    pub relay_state: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "servicePrincipals")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.selfSignedCertificate")]
pub struct SelfSignedCertificate {
    pub custom_key_identifier: Option<edm::Binary>,
    pub display_name: Option<String>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub key: Option<edm::Binary>,
    pub key_id: Option<edm::Guid>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub thumbprint: Option<String>,
    pub r#type: Option<String>,
    pub usage: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "servicePrincipals")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.agentIdentity")]
pub struct AgentIdentity {
    /// The inherited properties of `servicePrincipal`.
    #[graph(base)]
    pub base: ServicePrincipal,
    /// Not nullable.
    #[graph(non_nullable)]
    pub agent_identity_blueprint_id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sponsors: Option<Vec<AnyDirectoryObject>>,
}

#[cfg(feature = "servicePrincipals")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.agentIdentityBlueprintPrincipal")]
pub struct AgentIdentityBlueprintPrincipal {
    /// The inherited properties of `servicePrincipal`.
    #[graph(base)]
    pub base: ServicePrincipal,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sponsors: Option<Vec<AnyDirectoryObject>>,
}

#[cfg(feature = "servicePrincipals")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.approvedClientApp")]
pub struct ApprovedClientApp {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "servicePrincipals")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.delegatedPermissionClassification"
)]
pub struct DelegatedPermissionClassification {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub classification: Option<PermissionClassificationType>,
    pub permission_id: Option<String>,
    pub permission_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "servicePrincipals")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.remoteDesktopSecurityConfiguration",
    contains(name = "approvedClientApps", target = ApprovedClientApp),
    contains(name = "targetDeviceGroups", target = TargetDeviceGroup)
)]
pub struct RemoteDesktopSecurityConfiguration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_remote_desktop_protocol_enabled: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub approved_client_apps: Option<Vec<ApprovedClientApp>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub target_device_groups: Option<Vec<TargetDeviceGroup>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "servicePrincipals")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.servicePrincipal",
    path = "/servicePrincipals",
    contains(
        name = "delegatedPermissionClassifications",
        target = DelegatedPermissionClassification
    ),
    contains(
        name = "remoteDesktopSecurityConfiguration",
        target = RemoteDesktopSecurityConfiguration,
        single
    ),
    action(name = "addKey", parameters = ServicePrincipalAddKeyParameters, returns = KeyCredential),
    action(
        name = "addPassword",
        parameters = ServicePrincipalAddPasswordParameters,
        returns = PasswordCredential
    ),
    action(
        name = "addTokenSigningCertificate",
        parameters = ServicePrincipalAddTokenSigningCertificateParameters,
        returns = SelfSignedCertificate
    ),
    action(name = "removeKey", parameters = ServicePrincipalRemoveKeyParameters),
    action(name = "removePassword", parameters = ServicePrincipalRemovePasswordParameters),
    function(name = "delta", collection, returns = Page<DeltaItem<AnyServicePrincipal>>)
)]
#[cfg_attr(feature = "directoryObjects", graph(contains(name = "appRoleAssignedTo", target = AppRoleAssignment)))]
#[cfg_attr(feature = "directoryObjects", graph(contains(name = "appRoleAssignments", target = AppRoleAssignment)))]
#[cfg_attr(feature = "directoryObjects", graph(contains(name = "endpoints", target = Endpoint)))]
#[cfg_attr(feature = "applications", graph(contains(name = "federatedIdentityCredentials", target = FederatedIdentityCredential)))]
#[cfg_attr(feature = "applications", graph(contains(name = "synchronization", target = Synchronization, single)))]
pub struct ServicePrincipal {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub account_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub add_ins: Option<Vec<AddIn>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub alternative_names: Option<Vec<String>>,
    pub app_description: Option<String>,
    pub app_display_name: Option<String>,
    pub app_id: Option<String>,
    pub application_template_id: Option<String>,
    pub app_owner_organization_id: Option<edm::Guid>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub app_role_assignment_required: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub app_roles: Option<Vec<AppRole>>,
    pub created_by_app_id: Option<String>,
    pub custom_security_attributes: Option<CustomSecurityAttributeValue>,
    pub description: Option<String>,
    pub disabled_by_microsoft_status: Option<String>,
    pub display_name: Option<String>,
    pub homepage: Option<String>,
    pub info: Option<InformationalUrl>,
    pub is_disabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub key_credentials: Option<Vec<KeyCredential>>,
    pub login_url: Option<String>,
    pub logout_url: Option<String>,
    pub notes: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub notification_email_addresses: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub oauth2_permission_scopes: Option<Vec<PermissionScope>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub password_credentials: Option<Vec<PasswordCredential>>,
    pub preferred_single_sign_on_mode: Option<String>,
    pub preferred_token_signing_key_thumbprint: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub reply_urls: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_specific_application_permissions: Option<Vec<ResourceSpecificPermission>>,
    pub saml_single_sign_on_settings: Option<SamlSingleSignOnSettings>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub service_principal_names: Option<Vec<String>>,
    pub service_principal_type: Option<String>,
    pub sign_in_audience: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub tags: Option<Vec<String>>,
    pub token_encryption_key_id: Option<edm::Guid>,
    pub verified_publisher: Option<VerifiedPublisher>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `policies`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "policies")]
    #[graph(read_only)]
    pub app_management_policies: Option<Vec<AppManagementPolicy>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `directoryObjects`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "directoryObjects")]
    #[graph(read_only)]
    pub app_role_assigned_to: Option<Vec<AppRoleAssignment>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `directoryObjects`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "directoryObjects")]
    #[graph(read_only)]
    pub app_role_assignments: Option<Vec<AppRoleAssignment>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `policies`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "policies")]
    #[graph(read_only)]
    pub claims_mapping_policies: Option<Vec<ClaimsMappingPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub created_objects: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub delegated_permission_classifications: Option<Vec<DelegatedPermissionClassification>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `directoryObjects`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "directoryObjects")]
    #[graph(read_only)]
    pub endpoints: Option<Vec<Endpoint>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `applications`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "applications")]
    #[graph(read_only)]
    pub federated_identity_credentials: Option<Vec<FederatedIdentityCredential>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `policies`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "policies")]
    #[graph(read_only)]
    pub home_realm_discovery_policies: Option<Vec<HomeRealmDiscoveryPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub member_of: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `oauth2PermissionGrants`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "oauth2PermissionGrants")]
    #[graph(read_only)]
    pub oauth2_permission_grants: Option<Vec<OAuth2PermissionGrant>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub owned_objects: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub owners: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub remote_desktop_security_configuration: Option<RemoteDesktopSecurityConfiguration>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `applications`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "applications")]
    #[graph(read_only)]
    pub synchronization: Option<Synchronization>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `policies`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "policies")]
    #[graph(read_only)]
    pub token_issuance_policies: Option<Vec<TokenIssuancePolicy>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `policies`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "policies")]
    #[graph(read_only)]
    pub token_lifetime_policies: Option<Vec<TokenLifetimePolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub transitive_member_of: Option<Vec<AnyDirectoryObject>>,
}

/// A `microsoft.graph.servicePrincipal`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ServicePrincipal`, keeping its `@odata.type` and properties.
#[cfg(feature = "servicePrincipals")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyServicePrincipal {
    /// `microsoft.graph.agentIdentity`.
    AgentIdentity(AgentIdentity),
    /// `microsoft.graph.agentIdentityBlueprintPrincipal`.
    AgentIdentityBlueprintPrincipal(AgentIdentityBlueprintPrincipal),
    /// `microsoft.graph.servicePrincipal` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ServicePrincipal),
}

/// The body of the action `addKey`, bound to `servicePrincipal`.
#[cfg(feature = "servicePrincipals")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct ServicePrincipalAddKeyParameters {
    pub key_credential: KeyCredential,
    pub password_credential: Option<PasswordCredential>,
    pub proof: String,
}

/// The body of the action `addPassword`, bound to `servicePrincipal`.
#[cfg(feature = "servicePrincipals")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ServicePrincipalAddPasswordParameters {
    pub password_credential: Option<PasswordCredential>,
}

/// The body of the action `addTokenSigningCertificate`, bound to `servicePrincipal`.
#[cfg(feature = "servicePrincipals")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ServicePrincipalAddTokenSigningCertificateParameters {
    pub display_name: Option<String>,
    pub end_date_time: Option<edm::DateTimeOffset>,
}

/// The body of the action `removeKey`, bound to `servicePrincipal`.
#[cfg(feature = "servicePrincipals")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ServicePrincipalRemoveKeyParameters {
    pub key_id: edm::Guid,
    pub proof: String,
}

/// The body of the action `removePassword`, bound to `servicePrincipal`.
#[cfg(feature = "servicePrincipals")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ServicePrincipalRemovePasswordParameters {
    pub key_id: edm::Guid,
}

#[cfg(feature = "servicePrincipals")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.targetDeviceGroup")]
pub struct TargetDeviceGroup {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
