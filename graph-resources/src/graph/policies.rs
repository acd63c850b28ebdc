//! The types of the area `policies`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.allowInvitesFrom")]
pub enum AllowInvitesFrom {
    None,
    AdminsAndGuestInviters,
    AdminsGuestInvitersAndAllMembers,
    Everyone,
    UnknownFutureValue,
}

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.appCredentialRestrictionType")]
pub enum AppCredentialRestrictionType {
    PasswordAddition,
    PasswordLifetime,
    SymmetricKeyAddition,
    SymmetricKeyLifetime,
    CustomPasswordAddition,
    UnknownFutureValue,
}

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.appKeyCredentialRestrictionType")]
pub enum AppKeyCredentialRestrictionType {
    AsymmetricKeyLifetime,
    UnknownFutureValue,
}

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.appManagementRestrictionState")]
pub enum AppManagementRestrictionState {
    Enabled,
    Disabled,
    UnknownFutureValue,
}

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.authenticationStrengthPolicyType")]
pub enum AuthenticationStrengthPolicyType {
    BuiltIn,
    Custom,
    UnknownFutureValue,
}

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.authenticationStrengthRequirements",
    flags
)]
pub enum AuthenticationStrengthRequirements {
    None,
    Mfa,
    UnknownFutureValue,
}

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.b2bIdentityProvidersType")]
pub enum B2bIdentityProvidersType {
    AzureActiveDirectory,
    ExternalFederation,
    SocialIdentityProviders,
    EmailOneTimePasscode,
    MicrosoftAccount,
    DefaultConfiguredIdp,
    UnknownFutureValue,
}

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.crossTenantAccessPolicyTargetConfigurationAccessType")]
pub enum CrossTenantAccessPolicyTargetConfigurationAccessType {
    Allowed,
    Blocked,
    UnknownFutureValue,
}

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.crossTenantAccessPolicyTargetType")]
pub enum CrossTenantAccessPolicyTargetType {
    User,
    Group,
    Application,
    UnknownFutureValue,
}

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.customSecurityAttributeComparisonOperator")]
pub enum CustomSecurityAttributeComparisonOperator {
    Equals,
    UnknownFutureValue,
}

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.multiFactorAuthConfiguration")]
pub enum MultiFactorAuthConfiguration {
    NotRequired,
    Required,
    UnknownFutureValue,
}

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.notifyMembers")]
pub enum NotifyMembers {
    All,
    AllowSelected,
    BlockSelected,
    UnknownFutureValue,
}

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.permissionType")]
pub enum PermissionType {
    DelegatedUserConsentable,
    Delegated,
    Application,
}

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.stagedFeatureName")]
pub enum StagedFeatureName {
    PassthroughAuthentication,
    SeamlessSso,
    PasswordHashSync,
    EmailAsAlternateId,
    UnknownFutureValue,
    CertificateBasedAuthentication,
    MultiFactorAuthentication,
}

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.templateApplicationLevel", flags)]
pub enum TemplateApplicationLevel {
    None,
    NewPartners,
    ExistingPartners,
    UnknownFutureValue,
}

#[cfg(feature = "policies")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.unifiedRoleManagementPolicyRuleTargetOperations")]
pub enum UnifiedRoleManagementPolicyRuleTargetOperations {
    All,
    Activate,
    Deactivate,
    Assign,
    Update,
    Remove,
    Extend,
    Renew,
    UnknownFutureValue,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.allDeviceRegistrationMembership",
    complex
)]
pub struct AllDeviceRegistrationMembership {
    /// The inherited properties of `deviceRegistrationMembership`.
    #[graph(base)]
    pub base: DeviceRegistrationMembership,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.appManagementApplicationConfiguration",
    complex
)]
pub struct AppManagementApplicationConfiguration {
    /// The inherited properties of `appManagementConfiguration`.
    #[graph(base)]
    pub base: AppManagementConfiguration,
    pub identifier_uris: Option<IdentifierUriConfiguration>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.appManagementConfiguration", abstract)]
pub struct AppManagementConfiguration {
    pub key_credentials: Option<Vec<KeyCredentialConfiguration>>,
    pub password_credentials: Option<Vec<PasswordCredentialConfiguration>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.appManagementConfiguration`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `AppManagementConfiguration`, keeping its `@odata.type` and properties.
#[cfg(feature = "policies")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAppManagementConfiguration {
    /// `microsoft.graph.appManagementApplicationConfiguration`.
    AppManagementApplicationConfiguration(AppManagementApplicationConfiguration),
    /// `microsoft.graph.appManagementServicePrincipalConfiguration`.
    AppManagementServicePrincipalConfiguration(AppManagementServicePrincipalConfiguration),
    /// `microsoft.graph.customAppManagementConfiguration`.
    CustomAppManagementConfiguration(CustomAppManagementConfiguration),
    /// `microsoft.graph.appManagementConfiguration` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AppManagementConfiguration),
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.appManagementPolicyActorExemptions")]
pub struct AppManagementPolicyActorExemptions {
    pub custom_security_attributes: Option<Vec<AnyCustomSecurityAttributeExemption>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.appManagementServicePrincipalConfiguration",
    complex
)]
pub struct AppManagementServicePrincipalConfiguration {
    /// The inherited properties of `appManagementConfiguration`.
    #[graph(base)]
    pub base: AppManagementConfiguration,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.approvalSettings")]
pub struct ApprovalSettings {
    pub approval_mode: Option<String>,
    pub approval_stages: Option<Vec<UnifiedApprovalStage>>,
    pub is_approval_required: Option<bool>,
    pub is_approval_required_for_extension: Option<bool>,
    pub is_requestor_justification_required: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authenticationStrengthUsage")]
pub struct AuthenticationStrengthUsage {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub mfa: Option<Vec<AnyConditionalAccessPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub none: Option<Vec<AnyConditionalAccessPolicy>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.azureADJoinPolicy")]
pub struct AzureADJoinPolicy {
    pub allowed_to_join: Option<AnyDeviceRegistrationMembership>,
    pub is_admin_configurable: Option<bool>,
    pub local_admins: Option<LocalAdminSettings>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.azureADRegistrationPolicy")]
pub struct AzureADRegistrationPolicy {
    pub allowed_to_register: Option<AnyDeviceRegistrationMembership>,
    pub is_admin_configurable: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.crossTenantAccessPolicyAppServiceConnectSetting")]
pub struct CrossTenantAccessPolicyAppServiceConnectSetting {
    pub applications: Option<CrossTenantAccessPolicyTargetConfiguration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.crossTenantAccessPolicyB2BSetting")]
pub struct CrossTenantAccessPolicyB2BSetting {
    pub applications: Option<CrossTenantAccessPolicyTargetConfiguration>,
    pub users_and_groups: Option<CrossTenantAccessPolicyTargetConfiguration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.crossTenantAccessPolicyB2BSetting`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `CrossTenantAccessPolicyB2BSetting`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "policies")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCrossTenantAccessPolicyB2BSetting {
    /// `microsoft.graph.crossTenantAccessPolicyTenantRestrictions`.
    CrossTenantAccessPolicyTenantRestrictions(CrossTenantAccessPolicyTenantRestrictions),
    /// `microsoft.graph.crossTenantAccessPolicyB2BSetting` itself, or a type this build does not declare.
    #[graph(other)]
    Other(CrossTenantAccessPolicyB2BSetting),
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.crossTenantAccessPolicyInboundTrust")]
pub struct CrossTenantAccessPolicyInboundTrust {
    pub is_compliant_device_accepted: Option<bool>,
    #[graph(rename = "isHybridAzureADJoinedDeviceAccepted")]
    pub is_hybrid_azure_ad_joined_device_accepted: Option<bool>,
    pub is_mfa_accepted: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.crossTenantAccessPolicyM365CollaborationInboundSetting")]
pub struct CrossTenantAccessPolicyM365CollaborationInboundSetting {
    pub users: Option<CrossTenantAccessPolicyTargetConfiguration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.crossTenantAccessPolicyM365CollaborationOutboundSetting")]
pub struct CrossTenantAccessPolicyM365CollaborationOutboundSetting {
    pub users_and_groups: Option<CrossTenantAccessPolicyTargetConfiguration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.crossTenantAccessPolicyTarget")]
pub struct CrossTenantAccessPolicyTarget {
    pub target: Option<String>,
    pub target_type: Option<CrossTenantAccessPolicyTargetType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.crossTenantAccessPolicyTargetConfiguration")]
pub struct CrossTenantAccessPolicyTargetConfiguration {
    pub access_type: Option<CrossTenantAccessPolicyTargetConfigurationAccessType>,
    pub targets: Option<Vec<CrossTenantAccessPolicyTarget>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.crossTenantAccessPolicyTenantRestrictions",
    complex
)]
pub struct CrossTenantAccessPolicyTenantRestrictions {
    /// The inherited properties of `crossTenantAccessPolicyB2BSetting`.
    #[graph(base)]
    pub base: CrossTenantAccessPolicyB2BSetting,
    pub devices: Option<DevicesFilter>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.crossTenantUserSyncInbound")]
pub struct CrossTenantUserSyncInbound {
    pub is_sync_allowed: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.customAppManagementApplicationConfiguration")]
pub struct CustomAppManagementApplicationConfiguration {
    pub identifier_uris: Option<IdentifierUriConfiguration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.customAppManagementConfiguration",
    complex
)]
pub struct CustomAppManagementConfiguration {
    /// The inherited properties of `appManagementConfiguration`.
    #[graph(base)]
    pub base: AppManagementConfiguration,
    pub application_restrictions: Option<CustomAppManagementApplicationConfiguration>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.customSecurityAttributeExemption",
    abstract
)]
pub struct CustomSecurityAttributeExemption {
    /// Not nullable.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub operator: Option<CustomSecurityAttributeComparisonOperator>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.customSecurityAttributeExemption`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `CustomSecurityAttributeExemption`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "policies")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCustomSecurityAttributeExemption {
    /// `microsoft.graph.customSecurityAttributeStringValueExemption`.
    CustomSecurityAttributeStringValueExemption(CustomSecurityAttributeStringValueExemption),
    /// `microsoft.graph.customSecurityAttributeExemption` itself, or a type this build does not declare.
    #[graph(other)]
    Other(CustomSecurityAttributeExemption),
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.customSecurityAttributeStringValueExemption",
    complex
)]
pub struct CustomSecurityAttributeStringValueExemption {
    /// The inherited properties of `customSecurityAttributeExemption`.
    #[graph(base)]
    pub base: CustomSecurityAttributeExemption,
    pub value: Option<String>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.defaultInvitationRedemptionIdentityProviderConfiguration",
    complex
)]
pub struct DefaultInvitationRedemptionIdentityProviderConfiguration {
    /// The inherited properties of `invitationRedemptionIdentityProviderConfiguration`.
    #[graph(base)]
    pub base: InvitationRedemptionIdentityProviderConfiguration,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.defaultUserRolePermissions")]
pub struct DefaultUserRolePermissions {
    /// Not nullable.
    #[graph(non_nullable)]
    pub allowed_to_create_apps: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allowed_to_create_security_groups: Option<bool>,
    pub allowed_to_create_tenants: Option<bool>,
    pub allowed_to_read_bitlocker_keys_for_owned_device: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allowed_to_read_other_users: Option<bool>,
    pub permission_grant_policies_assigned: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceRegistrationMembership")]
pub struct DeviceRegistrationMembership {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.deviceRegistrationMembership`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `DeviceRegistrationMembership`, keeping its `@odata.type` and properties.
#[cfg(feature = "policies")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDeviceRegistrationMembership {
    /// `microsoft.graph.allDeviceRegistrationMembership`.
    AllDeviceRegistrationMembership(AllDeviceRegistrationMembership),
    /// `microsoft.graph.enumeratedDeviceRegistrationMembership`.
    EnumeratedDeviceRegistrationMembership(EnumeratedDeviceRegistrationMembership),
    /// `microsoft.graph.noDeviceRegistrationMembership`.
    NoDeviceRegistrationMembership(NoDeviceRegistrationMembership),
    /// `microsoft.graph.deviceRegistrationMembership` itself, or a type this build does not declare.
    #[graph(other)]
    Other(DeviceRegistrationMembership),
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.devicesFilter")]
pub struct DevicesFilter {
    pub mode: Option<CrossTenantAccessPolicyTargetConfigurationAccessType>,
    pub rule: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.emailDetails")]
pub struct EmailDetails {
    /// Not nullable.
    #[graph(non_nullable)]
    pub body: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub sender_email_address: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub subject: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.enumeratedDeviceRegistrationMembership",
    complex
)]
pub struct EnumeratedDeviceRegistrationMembership {
    /// The inherited properties of `deviceRegistrationMembership`.
    #[graph(base)]
    pub base: DeviceRegistrationMembership,
    pub groups: Option<Vec<String>>,
    pub users: Option<Vec<String>>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identifierUriConfiguration")]
pub struct IdentifierUriConfiguration {
    pub non_default_uri_addition: Option<IdentifierUriRestriction>,
    pub uri_addition_without_unique_tenant_identifier: Option<IdentifierUriRestriction>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identifierUriRestriction")]
pub struct IdentifierUriRestriction {
    pub exclude_actors: Option<AppManagementPolicyActorExemptions>,
    pub exclude_apps_receiving_v2_tokens: Option<bool>,
    pub exclude_saml: Option<bool>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub is_state_set_by_microsoft: Option<bool>,
    pub restrict_for_apps_created_after_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<AppManagementRestrictionState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.inboundOutboundPolicyConfiguration")]
pub struct InboundOutboundPolicyConfiguration {
    pub inbound_allowed: Option<bool>,
    pub outbound_allowed: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.invitationRedemptionIdentityProviderConfiguration")]
pub struct InvitationRedemptionIdentityProviderConfiguration {
    pub fallback_identity_provider: Option<B2bIdentityProvidersType>,
    pub primary_identity_provider_precedence_order: Option<Vec<B2bIdentityProvidersType>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.keyCredentialConfiguration")]
pub struct KeyCredentialConfiguration {
    pub exclude_actors: Option<AppManagementPolicyActorExemptions>,
    pub max_lifetime: Option<edm::Duration>,
    pub restrict_for_apps_created_after_date_time: Option<edm::DateTimeOffset>,
    pub restriction_type: Option<AppKeyCredentialRestrictionType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<AppManagementRestrictionState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.localAdminPasswordSettings")]
pub struct LocalAdminPasswordSettings {
    pub is_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.localAdminSettings")]
pub struct LocalAdminSettings {
    pub enable_global_admins: Option<bool>,
    pub registering_users: Option<AnyDeviceRegistrationMembership>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.noDeviceRegistrationMembership", complex)]
pub struct NoDeviceRegistrationMembership {
    /// The inherited properties of `deviceRegistrationMembership`.
    #[graph(base)]
    pub base: DeviceRegistrationMembership,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.passwordCredentialConfiguration")]
pub struct PasswordCredentialConfiguration {
    pub exclude_actors: Option<AppManagementPolicyActorExemptions>,
    pub max_lifetime: Option<edm::Duration>,
    pub restrict_for_apps_created_after_date_time: Option<edm::DateTimeOffset>,
    pub restriction_type: Option<AppCredentialRestrictionType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<AppManagementRestrictionState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.selfServiceSignUpAuthenticationFlowConfiguration")]
pub struct SelfServiceSignUpAuthenticationFlowConfiguration {
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.targetOwners")]
pub struct TargetOwners {
    /// Not nullable.
    #[graph(non_nullable)]
    pub notify_members: Option<NotifyMembers>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub security_groups: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.unifiedApprovalStage")]
pub struct UnifiedApprovalStage {
    pub approval_stage_time_out_in_days: Option<i32>,
    pub escalation_approvers: Option<Vec<AnySubjectSet>>,
    pub escalation_time_in_minutes: Option<i32>,
    pub is_approver_justification_required: Option<bool>,
    pub is_escalation_enabled: Option<bool>,
    pub primary_approvers: Option<Vec<AnySubjectSet>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.unifiedRoleManagementPolicyRuleTarget")]
pub struct UnifiedRoleManagementPolicyRuleTarget {
    pub caller: Option<String>,
    pub enforced_settings: Option<Vec<String>>,
    pub inheritable_settings: Option<Vec<String>>,
    pub level: Option<String>,
    pub operations: Option<Vec<UnifiedRoleManagementPolicyRuleTargetOperations>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub target_objects: Option<Vec<AnyDirectoryObject>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.updateAllowedCombinationsResult")]
pub struct UpdateAllowedCombinationsResult {
    pub additional_information: Option<String>,
    pub conditional_access_references: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub current_combinations: Option<Vec<Flags<AuthenticationMethodModes>>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub previous_combinations: Option<Vec<Flags<AuthenticationMethodModes>>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.activityBasedTimeoutPolicy",
    path = "/policies/activityBasedTimeoutPolicies"
)]
pub struct ActivityBasedTimeoutPolicy {
    /// The inherited properties of `stsPolicy`.
    #[graph(base)]
    pub base: StsPolicy,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.adminConsentRequestPolicy"
)]
pub struct AdminConsentRequestPolicy {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub notify_reviewers: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub reminders_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub request_duration_in_days: Option<i32>,
    pub reviewers: Option<Vec<AccessReviewReviewerScope>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub version: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.appManagementPolicy",
    path = "/policies/appManagementPolicies"
)]
pub struct AppManagementPolicy {
    /// The inherited properties of `policyBase`.
    #[graph(base)]
    pub base: PolicyBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    pub restrictions: Option<CustomAppManagementConfiguration>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub applies_to: Option<Vec<AnyDirectoryObject>>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.authenticationCombinationConfiguration",
    abstract
)]
pub struct AuthenticationCombinationConfiguration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub applies_to_combinations: Option<Vec<Flags<AuthenticationMethodModes>>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.authenticationCombinationConfiguration`: the type itself or any of its
/// derived types this build declares (a value without `@odata.type` is the type itself); a value of
/// another derived type reads as `AuthenticationCombinationConfiguration`, keeping its
/// `@odata.type` and properties.
#[cfg(feature = "policies")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAuthenticationCombinationConfiguration {
    /// `microsoft.graph.fido2CombinationConfiguration`.
    Fido2CombinationConfiguration(Fido2CombinationConfiguration),
    /// `microsoft.graph.x509CertificateCombinationConfiguration`.
    X509CertificateCombinationConfiguration(X509CertificateCombinationConfiguration),
    /// `microsoft.graph.authenticationCombinationConfiguration` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AuthenticationCombinationConfiguration),
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.authenticationFlowsPolicy"
)]
pub struct AuthenticationFlowsPolicy {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub self_service_sign_up: Option<SelfServiceSignUpAuthenticationFlowConfiguration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.authenticationStrengthPolicy",
    path = "/policies/authenticationStrengthPolicies",
    contains(name = "combinationConfigurations", target = AuthenticationCombinationConfiguration),
    action(
        name = "updateAllowedCombinations",
        parameters = AuthenticationStrengthPolicyUpdateAllowedCombinationsParameters,
        returns = UpdateAllowedCombinationsResult
    ),
    function(name = "usage", returns = AuthenticationStrengthUsage)
)]
pub struct AuthenticationStrengthPolicy {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allowed_combinations: Option<Vec<Flags<AuthenticationMethodModes>>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub policy_type: Option<AuthenticationStrengthPolicyType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub requirements_satisfied: Option<Flags<AuthenticationStrengthRequirements>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub combination_configurations: Option<Vec<AnyAuthenticationCombinationConfiguration>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `updateAllowedCombinations`, bound to `authenticationStrengthPolicy`.
#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct AuthenticationStrengthPolicyUpdateAllowedCombinationsParameters {
    pub allowed_combinations: Option<Vec<Flags<AuthenticationMethodModes>>>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authorizationPolicy")]
pub struct AuthorizationPolicy {
    /// The inherited properties of `policyBase`.
    #[graph(base)]
    pub base: PolicyBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allowed_to_sign_up_email_based_subscriptions: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable, rename = "allowedToUseSSPR")]
    pub allowed_to_use_sspr: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allow_email_verified_users_to_join_organization: Option<bool>,
    pub allow_invites_from: Option<AllowInvitesFrom>,
    pub allow_user_consent_for_risky_apps: Option<bool>,
    pub block_msol_power_shell: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub default_user_role_permissions: Option<DefaultUserRolePermissions>,
    pub guest_user_role_id: Option<edm::Guid>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.claimsMappingPolicy",
    path = "/policies/claimsMappingPolicies"
)]
pub struct ClaimsMappingPolicy {
    /// The inherited properties of `stsPolicy`.
    #[graph(base)]
    pub base: StsPolicy,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "policyDeletableItem",
    odata_type = "microsoft.graph.conditionalAccessPolicy",
    path = "/policies/conditionalAccessPolicies",
    action(name = "restore", returns = AnyConditionalAccessPolicy)
)]
pub struct ConditionalAccessPolicy {
    /// Inherited from `policyDeletableItem`.
    pub deleted_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub conditions: Option<ConditionalAccessConditionSet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub grant_controls: Option<ConditionalAccessGrantControls>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub modified_date_time: Option<edm::DateTimeOffset>,
    pub session_controls: Option<ConditionalAccessSessionControls>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<ConditionalAccessPolicyState>,
    pub template_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.conditionalAccessPolicy`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `ConditionalAccessPolicy`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyConditionalAccessPolicy {
    /// `microsoft.graph.whatIfAnalysisResult`.
    WhatIfAnalysisResult(WhatIfAnalysisResult),
    /// `microsoft.graph.conditionalAccessPolicy` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ConditionalAccessPolicy),
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.crossTenantAccessPolicy",
    contains(name = "default", target = CrossTenantAccessPolicyConfigurationDefault, single),
    contains(name = "partners", target = CrossTenantAccessPolicyConfigurationPartner),
    contains(name = "templates", target = PolicyTemplate, single)
)]
pub struct CrossTenantAccessPolicy {
    /// The inherited properties of `policyBase`.
    #[graph(base)]
    pub base: PolicyBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allowed_cloud_endpoints: Option<Vec<String>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub default: Option<CrossTenantAccessPolicyConfigurationDefault>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub partners: Option<Vec<CrossTenantAccessPolicyConfigurationPartner>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub templates: Option<PolicyTemplate>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.crossTenantAccessPolicyConfigurationDefault",
    action = "resetToSystemDefault"
)]
pub struct CrossTenantAccessPolicyConfigurationDefault {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub app_service_connect_inbound: Option<CrossTenantAccessPolicyAppServiceConnectSetting>,
    pub automatic_user_consent_settings: Option<InboundOutboundPolicyConfiguration>,
    pub b2b_collaboration_inbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    pub b2b_collaboration_outbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    pub b2b_direct_connect_inbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    pub b2b_direct_connect_outbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    pub inbound_trust: Option<CrossTenantAccessPolicyInboundTrust>,
    pub invitation_redemption_identity_provider_configuration:
        Option<DefaultInvitationRedemptionIdentityProviderConfiguration>,
    pub is_service_default: Option<bool>,
    pub m365_collaboration_inbound: Option<CrossTenantAccessPolicyM365CollaborationInboundSetting>,
    pub m365_collaboration_outbound:
        Option<CrossTenantAccessPolicyM365CollaborationOutboundSetting>,
    pub tenant_restrictions: Option<CrossTenantAccessPolicyTenantRestrictions>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.crossTenantAccessPolicyConfigurationPartner",
    contains(
        name = "identitySynchronization",
        target = CrossTenantIdentitySyncPolicyPartner,
        single
    ),
    contains(name = "serviceProviderConstraints", target = ServiceProviderConstraints, single)
)]
pub struct CrossTenantAccessPolicyConfigurationPartner {
    pub app_service_connect_inbound: Option<CrossTenantAccessPolicyAppServiceConnectSetting>,
    pub automatic_user_consent_settings: Option<InboundOutboundPolicyConfiguration>,
    pub b2b_collaboration_inbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    pub b2b_collaboration_outbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    pub b2b_direct_connect_inbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    pub b2b_direct_connect_outbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    pub inbound_trust: Option<CrossTenantAccessPolicyInboundTrust>,
    pub is_in_multi_tenant_organization: Option<bool>,
    pub is_service_provider: Option<bool>,
    pub m365_collaboration_inbound: Option<CrossTenantAccessPolicyM365CollaborationInboundSetting>,
    pub m365_collaboration_outbound:
        Option<CrossTenantAccessPolicyM365CollaborationOutboundSetting>,
    /// Not nullable.
    #[graph(key, non_nullable)]
    pub tenant_id: Option<String>,
    pub tenant_restrictions: Option<CrossTenantAccessPolicyTenantRestrictions>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub identity_synchronization: Option<CrossTenantIdentitySyncPolicyPartner>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub service_provider_constraints: Option<AnyServiceProviderConstraints>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.crossTenantIdentitySyncPolicyPartner")]
pub struct CrossTenantIdentitySyncPolicyPartner {
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(key, non_nullable)]
    pub tenant_id: Option<String>,
    pub user_sync_inbound: Option<CrossTenantUserSyncInbound>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.delegatedAdminServiceProviderConstraints")]
pub struct DelegatedAdminServiceProviderConstraints {
    /// The inherited properties of `serviceProviderConstraints`.
    #[graph(base)]
    pub base: ServiceProviderConstraints,
    pub allowed_role_template_ids: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceRegistrationPolicy"
)]
pub struct DeviceRegistrationPolicy {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    #[graph(rename = "azureADJoin")]
    pub azure_ad_join: Option<AzureADJoinPolicy>,
    #[graph(rename = "azureADRegistration")]
    pub azure_ad_registration: Option<AzureADRegistrationPolicy>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub local_admin_password: Option<LocalAdminPasswordSettings>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub multi_factor_auth_configuration: Option<MultiFactorAuthConfiguration>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_device_quota: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.featureRolloutPolicy",
    path = "/policies/featureRolloutPolicies",
    contains(name = "appliesTo", target = DirectoryObject)
)]
pub struct FeatureRolloutPolicy {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub feature: Option<StagedFeatureName>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_applied_to_organization: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub applies_to: Option<Vec<AnyDirectoryObject>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fido2CombinationConfiguration")]
pub struct Fido2CombinationConfiguration {
    /// The inherited properties of `authenticationCombinationConfiguration`.
    #[graph(base)]
    pub base: AuthenticationCombinationConfiguration,
    /// Not nullable.
    #[graph(non_nullable, rename = "allowedAAGUIDs")]
    pub allowed_aagui_ds: Option<Vec<String>>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.homeRealmDiscoveryPolicy",
    path = "/policies/homeRealmDiscoveryPolicies"
)]
pub struct HomeRealmDiscoveryPolicy {
    /// The inherited properties of `stsPolicy`.
    #[graph(base)]
    pub base: StsPolicy,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identitySecurityDefaultsEnforcementPolicy")]
pub struct IdentitySecurityDefaultsEnforcementPolicy {
    /// The inherited properties of `policyBase`.
    #[graph(base)]
    pub base: PolicyBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate",
    action = "resetToDefaultSettings"
)]
pub struct MultiTenantOrganizationIdentitySyncPolicyTemplate {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub template_application_level: Option<Flags<TemplateApplicationLevel>>,
    pub user_sync_inbound: Option<CrossTenantUserSyncInbound>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate",
    action = "resetToDefaultSettings"
)]
pub struct MultiTenantOrganizationPartnerConfigurationTemplate {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub automatic_user_consent_settings: Option<InboundOutboundPolicyConfiguration>,
    pub b2b_collaboration_inbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    pub b2b_collaboration_outbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    pub b2b_direct_connect_inbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    pub b2b_direct_connect_outbound: Option<AnyCrossTenantAccessPolicyB2BSetting>,
    pub inbound_trust: Option<CrossTenantAccessPolicyInboundTrust>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub template_application_level: Option<Flags<TemplateApplicationLevel>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.ownerlessGroupPolicy")]
pub struct OwnerlessGroupPolicy {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub email_info: Option<EmailDetails>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub enabled_group_ids: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub max_members_to_notify: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub notification_duration_in_weeks: Option<edm::Int64>,
    pub policy_web_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub target_owners: Option<TargetOwners>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.permissionGrantConditionSet"
)]
pub struct PermissionGrantConditionSet {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub client_application_ids: Option<Vec<String>>,
    pub client_application_publisher_ids: Option<Vec<String>>,
    pub client_applications_from_verified_publisher_only: Option<bool>,
    pub client_application_tenant_ids: Option<Vec<String>>,
    pub permission_classification: Option<String>,
    pub permissions: Option<Vec<String>>,
    pub permission_type: Option<PermissionType>,
    pub resource_application: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.permissionGrantPolicy",
    path = "/policies/permissionGrantPolicies",
    contains(name = "excludes", target = PermissionGrantConditionSet),
    contains(name = "includes", target = PermissionGrantConditionSet)
)]
pub struct PermissionGrantPolicy {
    /// The inherited properties of `policyBase`.
    #[graph(base)]
    pub base: PolicyBase,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub excludes: Option<Vec<PermissionGrantConditionSet>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub includes: Option<Vec<PermissionGrantConditionSet>>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.policyRoot",
    singleton = "/policies",
    contains(name = "activityBasedTimeoutPolicies", target = ActivityBasedTimeoutPolicy),
    contains(name = "adminConsentRequestPolicy", target = AdminConsentRequestPolicy, single),
    contains(name = "appManagementPolicies", target = AppManagementPolicy),
    contains(name = "authenticationFlowsPolicy", target = AuthenticationFlowsPolicy, single),
    contains(name = "authenticationStrengthPolicies", target = AuthenticationStrengthPolicy),
    contains(name = "authorizationPolicy", target = AuthorizationPolicy, single),
    contains(name = "claimsMappingPolicies", target = ClaimsMappingPolicy),
    contains(name = "conditionalAccessPolicies", target = ConditionalAccessPolicy),
    contains(name = "crossTenantAccessPolicy", target = CrossTenantAccessPolicy, single),
    contains(name = "defaultAppManagementPolicy", target = TenantAppManagementPolicy, single),
    contains(name = "deviceRegistrationPolicy", target = DeviceRegistrationPolicy, single),
    contains(name = "featureRolloutPolicies", target = FeatureRolloutPolicy),
    contains(name = "homeRealmDiscoveryPolicies", target = HomeRealmDiscoveryPolicy),
    contains(
        name = "identitySecurityDefaultsEnforcementPolicy",
        target = IdentitySecurityDefaultsEnforcementPolicy,
        single
    ),
    contains(name = "ownerlessGroupPolicy", target = OwnerlessGroupPolicy, single),
    contains(name = "permissionGrantPolicies", target = PermissionGrantPolicy),
    contains(name = "roleManagementPolicies", target = UnifiedRoleManagementPolicy),
    contains(
        name = "roleManagementPolicyAssignments",
        target = UnifiedRoleManagementPolicyAssignment
    ),
    contains(name = "tokenIssuancePolicies", target = TokenIssuancePolicy),
    contains(name = "tokenLifetimePolicies", target = TokenLifetimePolicy)
)]
#[cfg_attr(feature = "authenticationMethodsPolicy", graph(contains(name = "authenticationMethodsPolicy", target = AuthenticationMethodsPolicy, single)))]
#[cfg_attr(feature = "directoryObjects", graph(contains(name = "federatedTokenValidationPolicy", target = FederatedTokenValidationPolicy, single)))]
pub struct PolicyRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub activity_based_timeout_policies: Option<Vec<ActivityBasedTimeoutPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub admin_consent_request_policy: Option<AdminConsentRequestPolicy>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub app_management_policies: Option<Vec<AppManagementPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub authentication_flows_policy: Option<AuthenticationFlowsPolicy>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `authenticationMethodsPolicy`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "authenticationMethodsPolicy")]
    #[graph(read_only)]
    pub authentication_methods_policy: Option<AuthenticationMethodsPolicy>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub authentication_strength_policies: Option<Vec<AuthenticationStrengthPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub authorization_policy: Option<AuthorizationPolicy>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub claims_mapping_policies: Option<Vec<ClaimsMappingPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub conditional_access_policies: Option<Vec<AnyConditionalAccessPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub cross_tenant_access_policy: Option<CrossTenantAccessPolicy>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub default_app_management_policy: Option<TenantAppManagementPolicy>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub device_registration_policy: Option<DeviceRegistrationPolicy>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub feature_rollout_policies: Option<Vec<FeatureRolloutPolicy>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `directoryObjects`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "directoryObjects")]
    #[graph(read_only)]
    pub federated_token_validation_policy: Option<FederatedTokenValidationPolicy>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub home_realm_discovery_policies: Option<Vec<HomeRealmDiscoveryPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub identity_security_defaults_enforcement_policy:
        Option<IdentitySecurityDefaultsEnforcementPolicy>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub ownerless_group_policy: Option<OwnerlessGroupPolicy>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub permission_grant_policies: Option<Vec<PermissionGrantPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role_management_policies: Option<Vec<UnifiedRoleManagementPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role_management_policy_assignments: Option<Vec<UnifiedRoleManagementPolicyAssignment>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub token_issuance_policies: Option<Vec<TokenIssuancePolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub token_lifetime_policies: Option<Vec<TokenLifetimePolicy>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.policyTemplate",
    contains(
        name = "multiTenantOrganizationIdentitySynchronization",
        target = MultiTenantOrganizationIdentitySyncPolicyTemplate,
        single
    ),
    contains(
        name = "multiTenantOrganizationPartnerConfiguration",
        target = MultiTenantOrganizationPartnerConfigurationTemplate,
        single
    )
)]
pub struct PolicyTemplate {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub multi_tenant_organization_identity_synchronization:
        Option<MultiTenantOrganizationIdentitySyncPolicyTemplate>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub multi_tenant_organization_partner_configuration:
        Option<MultiTenantOrganizationPartnerConfigurationTemplate>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.serviceProviderConstraints"
)]
pub struct ServiceProviderConstraints {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.serviceProviderConstraints`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `ServiceProviderConstraints`, keeping its `@odata.type` and properties.
#[cfg(feature = "policies")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyServiceProviderConstraints {
    /// `microsoft.graph.delegatedAdminServiceProviderConstraints`.
    DelegatedAdminServiceProviderConstraints(DelegatedAdminServiceProviderConstraints),
    /// `microsoft.graph.serviceProviderConstraints` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ServiceProviderConstraints),
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.tenantAppManagementPolicy")]
pub struct TenantAppManagementPolicy {
    /// The inherited properties of `policyBase`.
    #[graph(base)]
    pub base: PolicyBase,
    pub application_restrictions: Option<AppManagementApplicationConfiguration>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    pub service_principal_restrictions: Option<AppManagementServicePrincipalConfiguration>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.tokenIssuancePolicy",
    path = "/policies/tokenIssuancePolicies"
)]
pub struct TokenIssuancePolicy {
    /// The inherited properties of `stsPolicy`.
    #[graph(base)]
    pub base: StsPolicy,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.tokenLifetimePolicy",
    path = "/policies/tokenLifetimePolicies"
)]
pub struct TokenLifetimePolicy {
    /// The inherited properties of `stsPolicy`.
    #[graph(base)]
    pub base: StsPolicy,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.unifiedRoleManagementPolicy",
    path = "/policies/roleManagementPolicies",
    contains(name = "effectiveRules", target = UnifiedRoleManagementPolicyRule),
    contains(name = "rules", target = UnifiedRoleManagementPolicyRule)
)]
pub struct UnifiedRoleManagementPolicy {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub is_organization_default: Option<bool>,
    pub last_modified_by: Option<AnyIdentity>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub scope_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub scope_type: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub effective_rules: Option<Vec<AnyUnifiedRoleManagementPolicyRule>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub rules: Option<Vec<AnyUnifiedRoleManagementPolicyRule>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.unifiedRoleManagementPolicyApprovalRule")]
pub struct UnifiedRoleManagementPolicyApprovalRule {
    /// The inherited properties of `unifiedRoleManagementPolicyRule`.
    #[graph(base)]
    pub base: UnifiedRoleManagementPolicyRule,
    pub setting: Option<ApprovalSettings>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.unifiedRoleManagementPolicyAssignment",
    path = "/policies/roleManagementPolicyAssignments"
)]
pub struct UnifiedRoleManagementPolicyAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub policy_id: Option<String>,
    pub role_definition_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub scope_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub scope_type: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub policy: Option<UnifiedRoleManagementPolicy>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule")]
pub struct UnifiedRoleManagementPolicyAuthenticationContextRule {
    /// The inherited properties of `unifiedRoleManagementPolicyRule`.
    #[graph(base)]
    pub base: UnifiedRoleManagementPolicyRule,
    pub claim_value: Option<String>,
    pub is_enabled: Option<bool>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.unifiedRoleManagementPolicyEnablementRule")]
pub struct UnifiedRoleManagementPolicyEnablementRule {
    /// The inherited properties of `unifiedRoleManagementPolicyRule`.
    #[graph(base)]
    pub base: UnifiedRoleManagementPolicyRule,
    pub enabled_rules: Option<Vec<String>>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.unifiedRoleManagementPolicyExpirationRule")]
pub struct UnifiedRoleManagementPolicyExpirationRule {
    /// The inherited properties of `unifiedRoleManagementPolicyRule`.
    #[graph(base)]
    pub base: UnifiedRoleManagementPolicyRule,
    pub is_expiration_required: Option<bool>,
    pub maximum_duration: Option<edm::Duration>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.unifiedRoleManagementPolicyNotificationRule")]
pub struct UnifiedRoleManagementPolicyNotificationRule {
    /// The inherited properties of `unifiedRoleManagementPolicyRule`.
    #[graph(base)]
    pub base: UnifiedRoleManagementPolicyRule,
    pub is_default_recipients_enabled: Option<bool>,
    pub notification_level: Option<String>,
    pub notification_recipients: Option<Vec<String>>,
    pub notification_type: Option<String>,
    pub recipient_type: Option<String>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.unifiedRoleManagementPolicyRule",
    abstract
)]
pub struct UnifiedRoleManagementPolicyRule {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub target: Option<UnifiedRoleManagementPolicyRuleTarget>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.unifiedRoleManagementPolicyRule`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `UnifiedRoleManagementPolicyRule`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "policies")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyUnifiedRoleManagementPolicyRule {
    /// `microsoft.graph.unifiedRoleManagementPolicyApprovalRule`.
    UnifiedRoleManagementPolicyApprovalRule(UnifiedRoleManagementPolicyApprovalRule),
    /// `microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule`.
    UnifiedRoleManagementPolicyAuthenticationContextRule(
        UnifiedRoleManagementPolicyAuthenticationContextRule,
    ),
    /// `microsoft.graph.unifiedRoleManagementPolicyEnablementRule`.
    UnifiedRoleManagementPolicyEnablementRule(UnifiedRoleManagementPolicyEnablementRule),
    /// `microsoft.graph.unifiedRoleManagementPolicyExpirationRule`.
    UnifiedRoleManagementPolicyExpirationRule(UnifiedRoleManagementPolicyExpirationRule),
    /// `microsoft.graph.unifiedRoleManagementPolicyNotificationRule`.
    UnifiedRoleManagementPolicyNotificationRule(UnifiedRoleManagementPolicyNotificationRule),
    /// `microsoft.graph.unifiedRoleManagementPolicyRule` itself, or a type this build does not declare.
    #[graph(other)]
    Other(UnifiedRoleManagementPolicyRule),
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.whatIfAnalysisResult")]
pub struct WhatIfAnalysisResult {
    /// The inherited properties of `conditionalAccessPolicy`.
    #[graph(base)]
    pub base: ConditionalAccessPolicy,
    /// Not nullable.
    #[graph(non_nullable)]
    pub analysis_reasons: Option<Flags<WhatIfAnalysisReasons>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub policy_applies: Option<bool>,
}

#[cfg(feature = "policies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.x509CertificateCombinationConfiguration")]
pub struct X509CertificateCombinationConfiguration {
    /// The inherited properties of `authenticationCombinationConfiguration`.
    #[graph(base)]
    pub base: AuthenticationCombinationConfiguration,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allowed_issuer_skis: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable, rename = "allowedPolicyOIDs")]
    pub allowed_policy_oi_ds: Option<Vec<String>>,
}
