//! The types of the area `directory`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "directory")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.oidcResponseType", flags)]
pub enum OidcResponseType {
    Code,
    #[graph(rename = "id_token")]
    IdToken,
    Token,
    UnknownFutureValue,
}

#[cfg(feature = "directory")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.onPremisesDirectorySynchronizationDeletionPreventionType")]
pub enum OnPremisesDirectorySynchronizationDeletionPreventionType {
    Disabled,
    EnabledForCount,
    EnabledForPercentage,
    UnknownFutureValue,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceLocalCredential")]
pub struct DeviceLocalCredential {
    /// Not nullable.
    #[graph(non_nullable)]
    pub account_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub account_sid: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub backup_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub password_base64: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.oidcAddressInboundClaims")]
pub struct OidcAddressInboundClaims {
    pub country: Option<String>,
    pub locality: Option<String>,
    #[graph(rename = "postal_code")]
    pub postal_code: Option<String>,
    pub region: Option<String>,
    #[graph(rename = "street_address")]
    pub street_address: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.oidcClientAuthentication", abstract)]
pub struct OidcClientAuthentication {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.oidcClientAuthentication`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `OidcClientAuthentication`, keeping its `@odata.type` and properties.
#[cfg(feature = "directory")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOidcClientAuthentication {
    /// `microsoft.graph.oidcClientSecretAuthentication`.
    OidcClientSecretAuthentication(OidcClientSecretAuthentication),
    /// `microsoft.graph.oidcPrivateJwtKeyClientAuthentication`.
    OidcPrivateJwtKeyClientAuthentication(OidcPrivateJwtKeyClientAuthentication),
    /// `microsoft.graph.oidcClientAuthentication` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OidcClientAuthentication),
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.oidcClientSecretAuthentication", complex)]
pub struct OidcClientSecretAuthentication {
    /// The inherited properties of `oidcClientAuthentication`.
    #[graph(base)]
    pub base: OidcClientAuthentication,
    /// Not nullable.
    #[graph(non_nullable)]
    pub client_secret: Option<String>,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.oidcInboundClaimMappingOverride")]
pub struct OidcInboundClaimMappingOverride {
    pub address: Option<OidcAddressInboundClaims>,
    pub email: Option<String>,
    #[graph(rename = "email_verified")]
    pub email_verified: Option<String>,
    #[graph(rename = "family_name")]
    pub family_name: Option<String>,
    #[graph(rename = "given_name")]
    pub given_name: Option<String>,
    pub name: Option<String>,
    #[graph(rename = "phone_number")]
    pub phone_number: Option<String>,
    #[graph(rename = "phone_number_verified")]
    pub phone_number_verified: Option<String>,
    pub sub: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.oidcPrivateJwtKeyClientAuthentication",
    complex
)]
pub struct OidcPrivateJwtKeyClientAuthentication {
    /// The inherited properties of `oidcClientAuthentication`.
    #[graph(base)]
    pub base: OidcClientAuthentication,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onPremisesAccidentalDeletionPrevention")]
pub struct OnPremisesAccidentalDeletionPrevention {
    pub alert_threshold: Option<i32>,
    pub synchronization_prevention_type:
        Option<OnPremisesDirectorySynchronizationDeletionPreventionType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onPremisesDirectorySynchronizationConfiguration")]
pub struct OnPremisesDirectorySynchronizationConfiguration {
    pub accidental_deletion_prevention: Option<OnPremisesAccidentalDeletionPrevention>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onPremisesDirectorySynchronizationFeature")]
pub struct OnPremisesDirectorySynchronizationFeature {
    pub allow_on_prem_update_of_on_premises_object_identifier_enabled: Option<bool>,
    pub block_cloud_object_takeover_through_hard_match_enabled: Option<bool>,
    pub block_soft_match_enabled: Option<bool>,
    pub bypass_dir_sync_overrides_enabled: Option<bool>,
    pub cloud_password_policy_for_password_synced_users_enabled: Option<bool>,
    pub concurrent_credential_update_enabled: Option<bool>,
    pub concurrent_org_id_provisioning_enabled: Option<bool>,
    pub device_writeback_enabled: Option<bool>,
    pub directory_extensions_enabled: Option<bool>,
    pub fope_conflict_resolution_enabled: Option<bool>,
    pub group_write_back_enabled: Option<bool>,
    pub password_sync_enabled: Option<bool>,
    pub password_writeback_enabled: Option<bool>,
    pub quarantine_upon_proxy_addresses_conflict_enabled: Option<bool>,
    pub quarantine_upon_upn_conflict_enabled: Option<bool>,
    pub soft_match_on_upn_enabled: Option<bool>,
    pub synchronize_upn_for_managed_users_enabled: Option<bool>,
    pub unified_group_writeback_enabled: Option<bool>,
    pub user_force_password_change_on_logon_enabled: Option<bool>,
    pub user_writeback_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.allowedValue")]
pub struct AllowedValue {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub is_active: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.appleManagedIdentityProvider")]
pub struct AppleManagedIdentityProvider {
    /// The inherited properties of `identityProviderBase`.
    #[graph(base)]
    pub base: IdentityProviderBase,
    pub certificate_data: Option<String>,
    pub developer_id: Option<String>,
    pub key_id: Option<String>,
    pub service_id: Option<String>,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.attributeSet",
    path = "/directory/attributeSets"
)]
pub struct AttributeSet {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub description: Option<String>,
    pub max_attributes_per_set: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.builtInIdentityProvider")]
pub struct BuiltInIdentityProvider {
    /// The inherited properties of `identityProviderBase`.
    #[graph(base)]
    pub base: IdentityProviderBase,
    pub identity_provider_type: Option<String>,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.companySubscription",
    path = "/directory/subscriptions"
)]
pub struct CompanySubscription {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub commerce_subscription_id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub is_trial: Option<bool>,
    pub next_lifecycle_date_time: Option<edm::DateTimeOffset>,
    pub owner_id: Option<String>,
    pub owner_tenant_id: Option<String>,
    pub owner_type: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub service_status: Option<Vec<ServicePlanInfo>>,
    pub sku_id: Option<String>,
    pub sku_part_number: Option<String>,
    pub status: Option<String>,
    pub total_licenses: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.customSecurityAttributeDefinition",
    path = "/directory/customSecurityAttributeDefinitions",
    contains(name = "allowedValues", target = AllowedValue)
)]
pub struct CustomSecurityAttributeDefinition {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub attribute_set: Option<String>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_collection: Option<bool>,
    pub is_searchable: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<String>,
    pub use_pre_defined_values_only: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub allowed_values: Option<Vec<AllowedValue>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceLocalCredentialInfo",
    path = "/directory/deviceLocalCredentials"
)]
pub struct DeviceLocalCredentialInfo {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub credentials: Option<Vec<DeviceLocalCredential>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub device_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_backup_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub refresh_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.directory",
    singleton = "/directory",
    contains(name = "attributeSets", target = AttributeSet),
    contains(
        name = "customSecurityAttributeDefinitions",
        target = CustomSecurityAttributeDefinition
    ),
    contains(name = "deviceLocalCredentials", target = DeviceLocalCredentialInfo),
    contains(name = "federationConfigurations", target = IdentityProviderBase),
    contains(name = "onPremisesSynchronization", target = OnPremisesDirectorySynchronization),
    contains(name = "publicKeyInfrastructure", target = PublicKeyInfrastructureRoot, single),
    contains(name = "recovery", target = crate::entra_recovery_services::Recovery, single),
    contains(name = "subscriptions", target = CompanySubscription)
)]
#[cfg_attr(feature = "directoryObjects", graph(contains(name = "administrativeUnits", target = AdministrativeUnit)))]
#[cfg_attr(feature = "directoryObjects", graph(contains(name = "remoteTenantGroups", target = RemoteTenantGroup)))]
pub struct Directory {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `directoryObjects`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "directoryObjects")]
    #[graph(read_only)]
    pub administrative_units: Option<Vec<AdministrativeUnit>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub attribute_sets: Option<Vec<AttributeSet>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub custom_security_attribute_definitions: Option<Vec<CustomSecurityAttributeDefinition>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub deleted_items: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub device_local_credentials: Option<Vec<DeviceLocalCredentialInfo>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub federation_configurations: Option<Vec<AnyIdentityProviderBase>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub on_premises_synchronization: Option<Vec<OnPremisesDirectorySynchronization>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub public_key_infrastructure: Option<PublicKeyInfrastructureRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub recovery: Option<crate::entra_recovery_services::Recovery>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `directoryObjects`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "directoryObjects")]
    #[graph(read_only)]
    pub remote_tenant_groups: Option<Vec<RemoteTenantGroup>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub subscriptions: Option<Vec<CompanySubscription>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.externalDomainName")]
pub struct ExternalDomainName {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "domains", feature = "directory"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.identityProviderBase",
    path = "/directory/federationConfigurations",
    abstract,
    function(name = "availableProviderTypes", collection, returns = Vec<String>)
)]
pub struct IdentityProviderBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.identityProviderBase`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `IdentityProviderBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "domains", feature = "directory"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyIdentityProviderBase {
    /// `microsoft.graph.appleManagedIdentityProvider`.
    #[cfg(feature = "directory")]
    AppleManagedIdentityProvider(AppleManagedIdentityProvider),
    /// `microsoft.graph.builtInIdentityProvider`.
    #[cfg(feature = "directory")]
    BuiltInIdentityProvider(BuiltInIdentityProvider),
    /// `microsoft.graph.oidcIdentityProvider`.
    #[cfg(feature = "directory")]
    OidcIdentityProvider(OidcIdentityProvider),
    /// `microsoft.graph.internalDomainFederation`.
    #[cfg(feature = "domains")]
    InternalDomainFederation(InternalDomainFederation),
    /// `microsoft.graph.samlOrWsFedExternalDomainFederation`.
    #[cfg(feature = "directory")]
    SamlOrWsFedExternalDomainFederation(SamlOrWsFedExternalDomainFederation),
    /// `microsoft.graph.socialIdentityProvider`.
    #[cfg(feature = "directory")]
    SocialIdentityProvider(SocialIdentityProvider),
    /// `microsoft.graph.identityProviderBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(IdentityProviderBase),
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.oidcIdentityProvider")]
pub struct OidcIdentityProvider {
    /// The inherited properties of `identityProviderBase`.
    #[graph(base)]
    pub base: IdentityProviderBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub client_authentication: Option<AnyOidcClientAuthentication>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub client_id: Option<String>,
    pub inbound_claim_mapping: Option<OidcInboundClaimMappingOverride>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub issuer: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub response_type: Option<Flags<OidcResponseType>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub scope: Option<String>,
    pub well_known_endpoint: Option<String>,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.onPremisesDirectorySynchronization",
    path = "/directory/onPremisesSynchronization"
)]
pub struct OnPremisesDirectorySynchronization {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub configuration: Option<OnPremisesDirectorySynchronizationConfiguration>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub features: Option<OnPremisesDirectorySynchronizationFeature>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.publicKeyInfrastructureRoot"
)]
#[cfg_attr(feature = "directoryObjects", graph(contains(name = "certificateBasedAuthConfigurations", target = CertificateBasedAuthPki)))]
pub struct PublicKeyInfrastructureRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `directoryObjects`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "directoryObjects")]
    #[graph(read_only)]
    pub certificate_based_auth_configurations: Option<Vec<CertificateBasedAuthPki>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.samlOrWsFedExternalDomainFederation",
    contains(name = "domains", target = ExternalDomainName)
)]
pub struct SamlOrWsFedExternalDomainFederation {
    /// The inherited properties of `samlOrWsFedProvider`.
    #[graph(base)]
    pub base: SamlOrWsFedProvider,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub domains: Option<Vec<ExternalDomainName>>,
}

#[cfg(any(feature = "domains", feature = "directory"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.samlOrWsFedProvider", abstract)]
pub struct SamlOrWsFedProvider {
    /// The inherited properties of `identityProviderBase`.
    #[graph(base)]
    pub base: IdentityProviderBase,
    pub issuer_uri: Option<String>,
    pub metadata_exchange_uri: Option<String>,
    pub passive_sign_in_uri: Option<String>,
    pub preferred_authentication_protocol: Option<AuthenticationProtocol>,
    pub signing_certificate: Option<String>,
}

/// A `microsoft.graph.samlOrWsFedProvider`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `SamlOrWsFedProvider`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "domains", feature = "directory"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnySamlOrWsFedProvider {
    /// `microsoft.graph.internalDomainFederation`.
    #[cfg(feature = "domains")]
    InternalDomainFederation(InternalDomainFederation),
    /// `microsoft.graph.samlOrWsFedExternalDomainFederation`.
    #[cfg(feature = "directory")]
    SamlOrWsFedExternalDomainFederation(SamlOrWsFedExternalDomainFederation),
    /// `microsoft.graph.samlOrWsFedProvider` itself, or a type this build does not declare.
    #[graph(other)]
    Other(SamlOrWsFedProvider),
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.socialIdentityProvider")]
pub struct SocialIdentityProvider {
    /// The inherited properties of `identityProviderBase`.
    #[graph(base)]
    pub base: IdentityProviderBase,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    pub identity_provider_type: Option<String>,
}
