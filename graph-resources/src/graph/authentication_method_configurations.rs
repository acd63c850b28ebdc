//! The types of the area `authenticationMethodConfigurations`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(any(
    feature = "authenticationMethodConfigurations",
    feature = "authenticationMethodsPolicy"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.advancedConfigState")]
pub enum AdvancedConfigState {
    Default,
    Enabled,
    Disabled,
    UnknownFutureValue,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.authenticationMethodState")]
pub enum AuthenticationMethodState {
    Enabled,
    Disabled,
}

#[cfg(any(
    feature = "authenticationMethodConfigurations",
    feature = "authenticationMethodsPolicy"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.authenticationMethodTargetType")]
pub enum AuthenticationMethodTargetType {
    User,
    Group,
    UnknownFutureValue,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.externalEmailOtpState")]
pub enum ExternalEmailOtpState {
    Default,
    Enabled,
    Disabled,
    UnknownFutureValue,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.featureTargetType")]
pub enum FeatureTargetType {
    Group,
    AdministrativeUnit,
    Role,
    UnknownFutureValue,
}

#[cfg(any(feature = "authenticationMethodConfigurations", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.fido2RestrictionEnforcementType")]
pub enum Fido2RestrictionEnforcementType {
    Allow,
    Block,
    UnknownFutureValue,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.microsoftAuthenticatorAuthenticationMode")]
pub enum MicrosoftAuthenticatorAuthenticationMode {
    DeviceBasedPush,
    Push,
    Any,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.x509CertificateAffinityLevel")]
pub enum X509CertificateAffinityLevel {
    Low,
    High,
    UnknownFutureValue,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.x509CertificateAuthenticationMode")]
pub enum X509CertificateAuthenticationMode {
    X509CertificateSingleFactor,
    X509CertificateMultiFactor,
    UnknownFutureValue,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.x509CertificateCRLValidationConfigurationState")]
pub enum X509CertificateCRLValidationConfigurationState {
    Disabled,
    Enabled,
    UnknownFutureValue,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.x509CertificateIssuerHintsState")]
pub enum X509CertificateIssuerHintsState {
    Disabled,
    Enabled,
    UnknownFutureValue,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.x509CertificateRuleType")]
pub enum X509CertificateRuleType {
    IssuerSubject,
    PolicyOID,
    UnknownFutureValue,
    IssuerSubjectAndPolicyOID,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authenticationMethodFeatureConfiguration")]
pub struct AuthenticationMethodFeatureConfiguration {
    pub exclude_target: Option<FeatureTarget>,
    pub include_target: Option<FeatureTarget>,
    pub state: Option<AdvancedConfigState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "authenticationMethodConfigurations",
    feature = "authenticationMethodsPolicy"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.excludeTarget")]
pub struct ExcludeTarget {
    /// Not nullable.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub target_type: Option<AuthenticationMethodTargetType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.featureTarget")]
pub struct FeatureTarget {
    pub id: Option<String>,
    pub target_type: Option<FeatureTargetType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "authenticationMethodConfigurations", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fido2KeyRestrictions")]
pub struct Fido2KeyRestrictions {
    pub aa_guids: Option<Vec<String>>,
    pub enforcement_type: Option<Fido2RestrictionEnforcementType>,
    pub is_enforced: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.includeTarget")]
pub struct IncludeTarget {
    /// Not nullable.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub target_type: Option<AuthenticationMethodTargetType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.microsoftAuthenticatorFeatureSettings")]
pub struct MicrosoftAuthenticatorFeatureSettings {
    pub display_app_information_required_state: Option<AuthenticationMethodFeatureConfiguration>,
    pub display_location_information_required_state:
        Option<AuthenticationMethodFeatureConfiguration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.openIdConnectSetting")]
pub struct OpenIdConnectSetting {
    /// Not nullable.
    #[graph(non_nullable)]
    pub client_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub discovery_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.x509CertificateAuthenticationModeConfiguration")]
pub struct X509CertificateAuthenticationModeConfiguration {
    pub rules: Option<Vec<X509CertificateRule>>,
    pub x509_certificate_authentication_default_mode: Option<X509CertificateAuthenticationMode>,
    pub x509_certificate_default_required_affinity_level: Option<X509CertificateAffinityLevel>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.x509CertificateAuthorityScope")]
pub struct X509CertificateAuthorityScope {
    pub include_targets: Option<Vec<IncludeTarget>>,
    pub public_key_infrastructure_identifier: Option<String>,
    pub subject_key_identifier: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.x509CertificateCRLValidationConfiguration")]
pub struct X509CertificateCRLValidationConfiguration {
    pub exempted_certificate_authorities_subject_key_identifiers: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<X509CertificateCRLValidationConfigurationState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.x509CertificateIssuerHintsConfiguration")]
pub struct X509CertificateIssuerHintsConfiguration {
    pub state: Option<X509CertificateIssuerHintsState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.x509CertificateRule")]
pub struct X509CertificateRule {
    pub identifier: Option<String>,
    pub issuer_subject_identifier: Option<String>,
    pub policy_oid_identifier: Option<String>,
    pub x509_certificate_authentication_mode: Option<X509CertificateAuthenticationMode>,
    pub x509_certificate_required_affinity_level: Option<X509CertificateAffinityLevel>,
    pub x509_certificate_rule_type: Option<X509CertificateRuleType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.x509CertificateUserBinding")]
pub struct X509CertificateUserBinding {
    /// Not nullable.
    #[graph(non_nullable)]
    pub priority: Option<i32>,
    pub trust_affinity_level: Option<X509CertificateAffinityLevel>,
    pub user_property: Option<String>,
    pub x509_certificate_field: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.authenticationMethodConfiguration",
    path = "/authenticationMethodConfigurations",
    abstract
)]
pub struct AuthenticationMethodConfiguration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub exclude_targets: Option<Vec<ExcludeTarget>>,
    pub state: Option<AuthenticationMethodState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.authenticationMethodConfiguration`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `AuthenticationMethodConfiguration`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAuthenticationMethodConfiguration {
    /// `microsoft.graph.emailAuthenticationMethodConfiguration`.
    EmailAuthenticationMethodConfiguration(EmailAuthenticationMethodConfiguration),
    /// `microsoft.graph.externalAuthenticationMethodConfiguration`.
    ExternalAuthenticationMethodConfiguration(ExternalAuthenticationMethodConfiguration),
    /// `microsoft.graph.fido2AuthenticationMethodConfiguration`.
    Fido2AuthenticationMethodConfiguration(Fido2AuthenticationMethodConfiguration),
    /// `microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration`.
    MicrosoftAuthenticatorAuthenticationMethodConfiguration(
        MicrosoftAuthenticatorAuthenticationMethodConfiguration,
    ),
    /// `microsoft.graph.qrCodePinAuthenticationMethodConfiguration`.
    QrCodePinAuthenticationMethodConfiguration(QrCodePinAuthenticationMethodConfiguration),
    /// `microsoft.graph.smsAuthenticationMethodConfiguration`.
    SmsAuthenticationMethodConfiguration(SmsAuthenticationMethodConfiguration),
    /// `microsoft.graph.softwareOathAuthenticationMethodConfiguration`.
    SoftwareOathAuthenticationMethodConfiguration(SoftwareOathAuthenticationMethodConfiguration),
    /// `microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration`.
    TemporaryAccessPassAuthenticationMethodConfiguration(
        TemporaryAccessPassAuthenticationMethodConfiguration,
    ),
    /// `microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration`.
    VerifiableCredentialsAuthenticationMethodConfiguration(
        VerifiableCredentialsAuthenticationMethodConfiguration,
    ),
    /// `microsoft.graph.voiceAuthenticationMethodConfiguration`.
    VoiceAuthenticationMethodConfiguration(VoiceAuthenticationMethodConfiguration),
    /// `microsoft.graph.x509CertificateAuthenticationMethodConfiguration`.
    X509CertificateAuthenticationMethodConfiguration(
        X509CertificateAuthenticationMethodConfiguration,
    ),
    /// `microsoft.graph.authenticationMethodConfiguration` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AuthenticationMethodConfiguration),
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.authenticationMethodTarget"
)]
pub struct AuthenticationMethodTarget {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_registration_required: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub target_type: Option<AuthenticationMethodTargetType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.authenticationMethodTarget`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `AuthenticationMethodTarget`, keeping its `@odata.type` and properties.
#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAuthenticationMethodTarget {
    /// `microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget`.
    MicrosoftAuthenticatorAuthenticationMethodTarget(
        MicrosoftAuthenticatorAuthenticationMethodTarget,
    ),
    /// `microsoft.graph.passkeyAuthenticationMethodTarget`.
    PasskeyAuthenticationMethodTarget(PasskeyAuthenticationMethodTarget),
    /// `microsoft.graph.smsAuthenticationMethodTarget`.
    SmsAuthenticationMethodTarget(SmsAuthenticationMethodTarget),
    /// `microsoft.graph.verifiableCredentialAuthenticationMethodTarget`.
    VerifiableCredentialAuthenticationMethodTarget(VerifiableCredentialAuthenticationMethodTarget),
    /// `microsoft.graph.authenticationMethodTarget` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AuthenticationMethodTarget),
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.emailAuthenticationMethodConfiguration",
    contains(name = "includeTargets", target = AuthenticationMethodTarget)
)]
pub struct EmailAuthenticationMethodConfiguration {
    /// The inherited properties of `authenticationMethodConfiguration`.
    #[graph(base)]
    pub base: AuthenticationMethodConfiguration,
    pub allow_external_id_to_use_email_otp: Option<ExternalEmailOtpState>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub include_targets: Option<Vec<AnyAuthenticationMethodTarget>>,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.externalAuthenticationMethodConfiguration",
    contains(name = "includeTargets", target = AuthenticationMethodTarget)
)]
pub struct ExternalAuthenticationMethodConfiguration {
    /// The inherited properties of `authenticationMethodConfiguration`.
    #[graph(base)]
    pub base: AuthenticationMethodConfiguration,
    /// Not nullable.
    #[graph(non_nullable)]
    pub app_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub open_id_connect_setting: Option<OpenIdConnectSetting>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub include_targets: Option<Vec<AnyAuthenticationMethodTarget>>,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.fido2AuthenticationMethodConfiguration",
    contains(name = "includeTargets", target = PasskeyAuthenticationMethodTarget)
)]
pub struct Fido2AuthenticationMethodConfiguration {
    /// The inherited properties of `authenticationMethodConfiguration`.
    #[graph(base)]
    pub base: AuthenticationMethodConfiguration,
    pub default_passkey_profile: Option<String>,
    pub is_attestation_enforced: Option<bool>,
    pub is_self_service_registration_allowed: Option<bool>,
    pub key_restrictions: Option<Fido2KeyRestrictions>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub include_targets: Option<Vec<PasskeyAuthenticationMethodTarget>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `other`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub passkey_profiles: Option<Vec<PasskeyProfile>>,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration",
    contains(name = "includeTargets", target = MicrosoftAuthenticatorAuthenticationMethodTarget)
)]
pub struct MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    /// The inherited properties of `authenticationMethodConfiguration`.
    #[graph(base)]
    pub base: AuthenticationMethodConfiguration,
    pub feature_settings: Option<MicrosoftAuthenticatorFeatureSettings>,
    pub is_software_oath_enabled: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub include_targets: Option<Vec<MicrosoftAuthenticatorAuthenticationMethodTarget>>,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget")]
pub struct MicrosoftAuthenticatorAuthenticationMethodTarget {
    /// The inherited properties of `authenticationMethodTarget`.
    #[graph(base)]
    pub base: AuthenticationMethodTarget,
    /// Not nullable.
    #[graph(non_nullable)]
    pub authentication_mode: Option<MicrosoftAuthenticatorAuthenticationMode>,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.passkeyAuthenticationMethodTarget")]
pub struct PasskeyAuthenticationMethodTarget {
    /// The inherited properties of `authenticationMethodTarget`.
    #[graph(base)]
    pub base: AuthenticationMethodTarget,
    pub allowed_passkey_profiles: Option<Vec<edm::Guid>>,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.qrCodePinAuthenticationMethodConfiguration",
    contains(name = "includeTargets", target = AuthenticationMethodTarget)
)]
pub struct QrCodePinAuthenticationMethodConfiguration {
    /// The inherited properties of `authenticationMethodConfiguration`.
    #[graph(base)]
    pub base: AuthenticationMethodConfiguration,
    pub pin_length: Option<i32>,
    #[graph(rename = "standardQRCodeLifetimeInDays")]
    pub standard_qr_code_lifetime_in_days: Option<i32>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub include_targets: Option<Vec<AnyAuthenticationMethodTarget>>,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.smsAuthenticationMethodConfiguration",
    contains(name = "includeTargets", target = SmsAuthenticationMethodTarget)
)]
pub struct SmsAuthenticationMethodConfiguration {
    /// The inherited properties of `authenticationMethodConfiguration`.
    #[graph(base)]
    pub base: AuthenticationMethodConfiguration,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub include_targets: Option<Vec<SmsAuthenticationMethodTarget>>,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.smsAuthenticationMethodTarget")]
pub struct SmsAuthenticationMethodTarget {
    /// The inherited properties of `authenticationMethodTarget`.
    #[graph(base)]
    pub base: AuthenticationMethodTarget,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_usable_for_sign_in: Option<bool>,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.softwareOathAuthenticationMethodConfiguration",
    contains(name = "includeTargets", target = AuthenticationMethodTarget)
)]
pub struct SoftwareOathAuthenticationMethodConfiguration {
    /// The inherited properties of `authenticationMethodConfiguration`.
    #[graph(base)]
    pub base: AuthenticationMethodConfiguration,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub include_targets: Option<Vec<AnyAuthenticationMethodTarget>>,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration",
    contains(name = "includeTargets", target = AuthenticationMethodTarget)
)]
pub struct TemporaryAccessPassAuthenticationMethodConfiguration {
    /// The inherited properties of `authenticationMethodConfiguration`.
    #[graph(base)]
    pub base: AuthenticationMethodConfiguration,
    pub default_length: Option<i32>,
    pub default_lifetime_in_minutes: Option<i32>,
    pub is_usable_once: Option<bool>,
    pub maximum_lifetime_in_minutes: Option<i32>,
    pub minimum_lifetime_in_minutes: Option<i32>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub include_targets: Option<Vec<AnyAuthenticationMethodTarget>>,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.verifiableCredentialAuthenticationMethodTarget")]
pub struct VerifiableCredentialAuthenticationMethodTarget {
    /// The inherited properties of `authenticationMethodTarget`.
    #[graph(base)]
    pub base: AuthenticationMethodTarget,
    /// Not nullable.
    #[graph(non_nullable)]
    pub verified_id_profiles: Option<Vec<edm::Guid>>,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration",
    contains(name = "includeTargets", target = VerifiableCredentialAuthenticationMethodTarget)
)]
pub struct VerifiableCredentialsAuthenticationMethodConfiguration {
    /// The inherited properties of `authenticationMethodConfiguration`.
    #[graph(base)]
    pub base: AuthenticationMethodConfiguration,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub include_targets: Option<Vec<VerifiableCredentialAuthenticationMethodTarget>>,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.voiceAuthenticationMethodConfiguration",
    contains(name = "includeTargets", target = AuthenticationMethodTarget)
)]
pub struct VoiceAuthenticationMethodConfiguration {
    /// The inherited properties of `authenticationMethodConfiguration`.
    #[graph(base)]
    pub base: AuthenticationMethodConfiguration,
    pub is_office_phone_allowed: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub include_targets: Option<Vec<AnyAuthenticationMethodTarget>>,
}

#[cfg(feature = "authenticationMethodConfigurations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.x509CertificateAuthenticationMethodConfiguration",
    contains(name = "includeTargets", target = AuthenticationMethodTarget)
)]
pub struct X509CertificateAuthenticationMethodConfiguration {
    /// The inherited properties of `authenticationMethodConfiguration`.
    #[graph(base)]
    pub base: AuthenticationMethodConfiguration,
    pub authentication_mode_configuration: Option<X509CertificateAuthenticationModeConfiguration>,
    pub certificate_authority_scopes: Option<Vec<X509CertificateAuthorityScope>>,
    pub certificate_user_bindings: Option<Vec<X509CertificateUserBinding>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub crl_validation_configuration: Option<X509CertificateCRLValidationConfiguration>,
    pub issuer_hints_configuration: Option<X509CertificateIssuerHintsConfiguration>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub include_targets: Option<Vec<AnyAuthenticationMethodTarget>>,
}
