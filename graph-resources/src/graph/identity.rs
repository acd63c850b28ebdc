//! The types of the area `identity`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.authenticationAttributeCollectionInputType")]
pub enum AuthenticationAttributeCollectionInputType {
    Text,
    RadioSingleSelect,
    CheckboxMultiSelect,
    Boolean,
    UnknownFutureValue,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.authenticationMethodModes", flags)]
pub enum AuthenticationMethodModes {
    Password,
    Voice,
    HardwareOath,
    SoftwareOath,
    Sms,
    Fido2,
    WindowsHelloForBusiness,
    MicrosoftAuthenticatorPush,
    DeviceBasedPush,
    TemporaryAccessPassOneTime,
    TemporaryAccessPassMultiUse,
    Email,
    X509CertificateSingleFactor,
    X509CertificateMultiFactor,
    FederatedSingleFactor,
    FederatedMultiFactor,
    UnknownFutureValue,
    QrCodePin,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.baseAuthenticationMethod")]
pub enum BaseAuthenticationMethod {
    Password,
    Voice,
    HardwareOath,
    SoftwareOath,
    Sms,
    Fido2,
    WindowsHelloForBusiness,
    MicrosoftAuthenticator,
    TemporaryAccessPass,
    Email,
    X509Certificate,
    Federation,
    UnknownFutureValue,
    QrCodePin,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.claimBindingSource")]
pub enum ClaimBindingSource {
    Directory,
    UnknownFutureValue,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudAppSecuritySessionControlType")]
pub enum CloudAppSecuritySessionControlType {
    McasConfigured,
    MonitorOnly,
    BlockDownloads,
    UnknownFutureValue,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.conditionalAccessClientApp")]
pub enum ConditionalAccessClientApp {
    All,
    Browser,
    MobileAppsAndDesktopClients,
    ExchangeActiveSync,
    EasSupported,
    Other,
    UnknownFutureValue,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.conditionalAccessDevicePlatform")]
pub enum ConditionalAccessDevicePlatform {
    Android,
    IOS,
    Windows,
    WindowsPhone,
    MacOS,
    All,
    UnknownFutureValue,
    Linux,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.conditionalAccessExternalTenantsMembershipKind")]
pub enum ConditionalAccessExternalTenantsMembershipKind {
    All,
    Enumerated,
    UnknownFutureValue,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.conditionalAccessGrantControl")]
pub enum ConditionalAccessGrantControl {
    Block,
    Mfa,
    CompliantDevice,
    DomainJoinedDevice,
    ApprovedApplication,
    CompliantApplication,
    PasswordChange,
    UnknownFutureValue,
    RiskRemediation,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.conditionalAccessGuestOrExternalUserTypes",
    flags
)]
pub enum ConditionalAccessGuestOrExternalUserTypes {
    None,
    InternalGuest,
    B2bCollaborationGuest,
    B2bCollaborationMember,
    B2bDirectConnectUser,
    OtherExternalUser,
    ServiceProvider,
    UnknownFutureValue,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.conditionalAccessInsiderRiskLevels",
    flags
)]
pub enum ConditionalAccessInsiderRiskLevels {
    Minor,
    Moderate,
    Elevated,
    UnknownFutureValue,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.conditionalAccessPolicyState")]
pub enum ConditionalAccessPolicyState {
    Enabled,
    Disabled,
    EnabledForReportingButNotEnforced,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.conditionalAccessTransferMethods", flags)]
pub enum ConditionalAccessTransferMethods {
    None,
    DeviceCodeFlow,
    AuthenticationTransfer,
    UnknownFutureValue,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.countryLookupMethodType")]
pub enum CountryLookupMethodType {
    ClientIpAddress,
    AuthenticatorAppGps,
    UnknownFutureValue,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.filterMode")]
pub enum FilterMode {
    Include,
    Exclude,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.identityUserFlowAttributeDataType")]
pub enum IdentityUserFlowAttributeDataType {
    String,
    Boolean,
    Int64,
    StringCollection,
    DateTime,
    UnknownFutureValue,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.identityUserFlowAttributeInputType")]
pub enum IdentityUserFlowAttributeInputType {
    TextBox,
    DateTimeDropdown,
    RadioSingleSelect,
    DropdownSingleSelect,
    EmailBox,
    CheckboxMultiSelect,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.identityUserFlowAttributeType")]
pub enum IdentityUserFlowAttributeType {
    BuiltIn,
    Custom,
    Required,
    UnknownFutureValue,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.insiderRiskLevel")]
pub enum InsiderRiskLevel {
    None,
    Minor,
    Moderate,
    Elevated,
    UnknownFutureValue,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.matchConfidenceLevel")]
pub enum MatchConfidenceLevel {
    Exact,
    Relaxed,
    UnknownFutureValue,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.persistentBrowserSessionMode")]
pub enum PersistentBrowserSessionMode {
    Always,
    Never,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.signInFrequencyAuthenticationType")]
pub enum SignInFrequencyAuthenticationType {
    PrimaryAndSecondaryAuthentication,
    SecondaryAuthentication,
    UnknownFutureValue,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.signInFrequencyInterval")]
pub enum SignInFrequencyInterval {
    TimeBased,
    EveryTime,
    UnknownFutureValue,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.signinFrequencyType")]
pub enum SigninFrequencyType {
    Days,
    Hours,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.templateScenarios", flags)]
pub enum TemplateScenarios {
    New,
    SecureFoundation,
    ZeroTrust,
    RemoteWork,
    ProtectAdmins,
    EmergingThreats,
    UnknownFutureValue,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.userAction")]
pub enum UserAction {
    RegisterSecurityInformation,
    RegisterOrJoinDevices,
    UnknownFutureValue,
}

#[cfg(any(feature = "identity", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.userFlowType")]
pub enum UserFlowType {
    SignUp,
    SignIn,
    SignUpOrSignIn,
    PasswordReset,
    ProfileUpdate,
    ResourceOwner,
    UnknownFutureValue,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.userType")]
pub enum UserType {
    Member,
    Guest,
    UnknownFutureValue,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.verifiedIdProfileState")]
pub enum VerifiedIdProfileState {
    Enabled,
    Disabled,
    UnknownFutureValue,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.verifiedIdUsageConfigurationPurpose")]
pub enum VerifiedIdUsageConfigurationPurpose {
    Recovery,
    Onboarding,
    All,
    UnknownFutureValue,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.webApplicationFirewallDnsRecordType")]
pub enum WebApplicationFirewallDnsRecordType {
    Cname,
    UnknownFutureValue,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.webApplicationFirewallProviderType")]
pub enum WebApplicationFirewallProviderType {
    Akamai,
    Cloudflare,
    UnknownFutureValue,
}

#[cfg(feature = "identity")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.webApplicationFirewallVerificationStatus")]
pub enum WebApplicationFirewallVerificationStatus {
    Success,
    Warning,
    Failure,
    UnknownFutureValue,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.whatIfAnalysisReasons", flags)]
pub enum WhatIfAnalysisReasons {
    NotSet,
    NotEnoughInformation,
    InvalidCondition,
    Users,
    WorkloadIdentities,
    Application,
    UserActions,
    AuthenticationContext,
    DevicePlatform,
    Devices,
    ClientApps,
    Location,
    SignInRisk,
    EmptyPolicy,
    InvalidPolicy,
    PolicyNotEnabled,
    UserRisk,
    Time,
    InsiderRisk,
    AuthenticationFlow,
    UnknownFutureValue,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.akamaiAttackGroupActionModel")]
pub struct AkamaiAttackGroupActionModel {
    pub action: Option<String>,
    pub group: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.akamaiCustomRuleModel")]
pub struct AkamaiCustomRuleModel {
    pub action: Option<String>,
    pub name: Option<String>,
    pub rule_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.akamaiRapidRulesModel")]
pub struct AkamaiRapidRulesModel {
    pub default_action: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.akamaiVerifiedDetailsModel", complex)]
pub struct AkamaiVerifiedDetailsModel {
    /// The inherited properties of `webApplicationFirewallVerifiedDetails`.
    #[graph(base)]
    pub base: WebApplicationFirewallVerifiedDetails,
    /// Not nullable.
    #[graph(non_nullable)]
    pub active_attack_groups: Option<Vec<AkamaiAttackGroupActionModel>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub active_custom_rules: Option<Vec<AkamaiCustomRuleModel>>,
    pub rapid_rules: Option<AkamaiRapidRulesModel>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.apiAuthenticationConfigurationBase",
    abstract
)]
pub struct ApiAuthenticationConfigurationBase {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.apiAuthenticationConfigurationBase`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `ApiAuthenticationConfigurationBase`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyApiAuthenticationConfigurationBase {
    /// `microsoft.graph.basicAuthentication`.
    BasicAuthentication(BasicAuthentication),
    /// `microsoft.graph.clientCertificateAuthentication`.
    ClientCertificateAuthentication(ClientCertificateAuthentication),
    /// `microsoft.graph.pkcs12Certificate`.
    Pkcs12Certificate(Pkcs12Certificate),
    /// `microsoft.graph.apiAuthenticationConfigurationBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ApiAuthenticationConfigurationBase),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.applicationContext", complex)]
pub struct ApplicationContext {
    /// The inherited properties of `signInContext`.
    #[graph(base)]
    pub base: SignInContext,
    /// Not nullable.
    #[graph(non_nullable)]
    pub include_applications: Option<Vec<String>>,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.applicationEnforcedRestrictionsSessionControl",
    complex
)]
pub struct ApplicationEnforcedRestrictionsSessionControl {
    /// The inherited properties of `conditionalAccessSessionControl`.
    #[graph(base)]
    pub base: ConditionalAccessSessionControl,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.assignmentOrder")]
pub struct AssignmentOrder {
    pub order: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authContext", complex)]
pub struct AuthContext {
    /// The inherited properties of `signInContext`.
    #[graph(base)]
    pub base: SignInContext,
    pub authentication_context_value: Option<String>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authenticationAttributeCollectionInputConfiguration")]
pub struct AuthenticationAttributeCollectionInputConfiguration {
    /// Not nullable.
    #[graph(non_nullable)]
    pub attribute: Option<String>,
    pub default_value: Option<String>,
    pub editable: Option<bool>,
    pub hidden: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub input_type: Option<AuthenticationAttributeCollectionInputType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub label: Option<String>,
    pub options: Option<Vec<AuthenticationAttributeCollectionOptionConfiguration>>,
    pub required: Option<bool>,
    pub validation_reg_ex: Option<String>,
    pub write_to_directory: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authenticationAttributeCollectionOptionConfiguration")]
pub struct AuthenticationAttributeCollectionOptionConfiguration {
    /// Not nullable.
    #[graph(non_nullable)]
    pub label: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authenticationAttributeCollectionPage")]
pub struct AuthenticationAttributeCollectionPage {
    pub views: Option<Vec<AuthenticationAttributeCollectionPageViewConfiguration>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authenticationAttributeCollectionPageViewConfiguration")]
pub struct AuthenticationAttributeCollectionPageViewConfiguration {
    pub description: Option<String>,
    pub inputs: Option<Vec<AuthenticationAttributeCollectionInputConfiguration>>,
    pub title: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authenticationConditions")]
pub struct AuthenticationConditions {
    pub applications: Option<AuthenticationConditionsApplications>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authenticationConditionsApplications")]
pub struct AuthenticationConditionsApplications {
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `other`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub include_applications: Option<Vec<AuthenticationConditionApplication>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authenticationConfigurationValidation")]
pub struct AuthenticationConfigurationValidation {
    pub errors: Option<Vec<GenericError>>,
    pub warnings: Option<Vec<GenericError>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authenticationFlow")]
pub struct AuthenticationFlow {
    pub transfer_method: Option<Flags<ConditionalAccessTransferMethods>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.azureAdPopTokenAuthentication", complex)]
pub struct AzureAdPopTokenAuthentication {
    /// The inherited properties of `customExtensionAuthenticationConfiguration`.
    #[graph(base)]
    pub base: CustomExtensionAuthenticationConfiguration,
}

#[cfg(any(feature = "identity", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.azureAdTokenAuthentication", complex)]
pub struct AzureAdTokenAuthentication {
    /// The inherited properties of `customExtensionAuthenticationConfiguration`.
    #[graph(base)]
    pub base: CustomExtensionAuthenticationConfiguration,
    pub resource_id: Option<String>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.basicAuthentication", complex)]
pub struct BasicAuthentication {
    /// The inherited properties of `apiAuthenticationConfigurationBase`.
    #[graph(base)]
    pub base: ApiAuthenticationConfigurationBase,
    pub password: Option<String>,
    pub username: Option<String>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.claimBinding")]
pub struct ClaimBinding {
    /// Not nullable.
    #[graph(non_nullable)]
    pub match_confidence_level: Option<MatchConfidenceLevel>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub source_attribute: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub verified_id_claim: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.claimValidation")]
pub struct ClaimValidation {
    /// Not nullable.
    #[graph(non_nullable)]
    pub custom_extension_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.clientCertificateAuthentication",
    complex
)]
pub struct ClientCertificateAuthentication {
    /// The inherited properties of `apiAuthenticationConfigurationBase`.
    #[graph(base)]
    pub base: ApiAuthenticationConfigurationBase,
    pub certificate_list: Option<Vec<Pkcs12CertificateInformation>>,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudAppSecuritySessionControl", complex)]
pub struct CloudAppSecuritySessionControl {
    /// The inherited properties of `conditionalAccessSessionControl`.
    #[graph(base)]
    pub base: ConditionalAccessSessionControl,
    pub cloud_app_security_type: Option<CloudAppSecuritySessionControlType>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudFlareRuleModel")]
pub struct CloudFlareRuleModel {
    pub action: Option<String>,
    pub name: Option<String>,
    pub rule_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudFlareRulesetModel")]
pub struct CloudFlareRulesetModel {
    pub name: Option<String>,
    pub phase_name: Option<String>,
    pub ruleset_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudFlareVerifiedDetailsModel", complex)]
pub struct CloudFlareVerifiedDetailsModel {
    /// The inherited properties of `webApplicationFirewallVerifiedDetails`.
    #[graph(base)]
    pub base: WebApplicationFirewallVerifiedDetails,
    /// Not nullable.
    #[graph(non_nullable)]
    pub enabled_custom_rules: Option<Vec<CloudFlareRuleModel>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub enabled_recommended_rulesets: Option<Vec<CloudFlareRulesetModel>>,
    pub zone_id: Option<String>,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.conditionalAccessAllExternalTenants",
    complex
)]
pub struct ConditionalAccessAllExternalTenants {
    /// The inherited properties of `conditionalAccessExternalTenants`.
    #[graph(base)]
    pub base: ConditionalAccessExternalTenants,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.conditionalAccessApplications")]
pub struct ConditionalAccessApplications {
    pub application_filter: Option<ConditionalAccessFilter>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub exclude_applications: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub include_applications: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub include_authentication_context_class_references: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub include_user_actions: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.conditionalAccessAuthenticationFlows")]
pub struct ConditionalAccessAuthenticationFlows {
    /// Not nullable.
    #[graph(non_nullable)]
    pub transfer_methods: Option<Flags<ConditionalAccessTransferMethods>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.conditionalAccessClientApplications")]
pub struct ConditionalAccessClientApplications {
    /// Not nullable.
    #[graph(non_nullable)]
    pub exclude_service_principals: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub include_service_principals: Option<Vec<String>>,
    pub service_principal_filter: Option<ConditionalAccessFilter>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.conditionalAccessConditionSet")]
pub struct ConditionalAccessConditionSet {
    pub applications: Option<ConditionalAccessApplications>,
    pub authentication_flows: Option<ConditionalAccessAuthenticationFlows>,
    pub client_applications: Option<ConditionalAccessClientApplications>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub client_app_types: Option<Vec<ConditionalAccessClientApp>>,
    pub devices: Option<ConditionalAccessDevices>,
    pub insider_risk_levels: Option<Flags<ConditionalAccessInsiderRiskLevels>>,
    pub locations: Option<ConditionalAccessLocations>,
    pub platforms: Option<ConditionalAccessPlatforms>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub service_principal_risk_levels: Option<Vec<RiskLevel>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub sign_in_risk_levels: Option<Vec<RiskLevel>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_risk_levels: Option<Vec<RiskLevel>>,
    pub users: Option<ConditionalAccessUsers>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.conditionalAccessDevices")]
pub struct ConditionalAccessDevices {
    pub device_filter: Option<ConditionalAccessFilter>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.conditionalAccessEnumeratedExternalTenants",
    complex
)]
pub struct ConditionalAccessEnumeratedExternalTenants {
    /// The inherited properties of `conditionalAccessExternalTenants`.
    #[graph(base)]
    pub base: ConditionalAccessExternalTenants,
    /// Not nullable.
    #[graph(non_nullable)]
    pub members: Option<Vec<String>>,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.conditionalAccessExternalTenants",
    abstract
)]
pub struct ConditionalAccessExternalTenants {
    pub membership_kind: Option<ConditionalAccessExternalTenantsMembershipKind>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.conditionalAccessExternalTenants`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `ConditionalAccessExternalTenants`, keeping its `@odata.type` and
/// properties.
#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyConditionalAccessExternalTenants {
    /// `microsoft.graph.conditionalAccessAllExternalTenants`.
    ConditionalAccessAllExternalTenants(ConditionalAccessAllExternalTenants),
    /// `microsoft.graph.conditionalAccessEnumeratedExternalTenants`.
    ConditionalAccessEnumeratedExternalTenants(ConditionalAccessEnumeratedExternalTenants),
    /// `microsoft.graph.conditionalAccessExternalTenants` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ConditionalAccessExternalTenants),
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.conditionalAccessFilter")]
pub struct ConditionalAccessFilter {
    /// Not nullable.
    #[graph(non_nullable)]
    pub mode: Option<FilterMode>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub rule: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.conditionalAccessGrantControls")]
pub struct ConditionalAccessGrantControls {
    /// Not nullable.
    #[graph(non_nullable)]
    pub built_in_controls: Option<Vec<ConditionalAccessGrantControl>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub custom_authentication_factors: Option<Vec<String>>,
    pub operator: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub terms_of_use: Option<Vec<String>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `policies`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "policies")]
    #[graph(read_only)]
    pub authentication_strength: Option<AuthenticationStrengthPolicy>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.conditionalAccessGuestsOrExternalUsers")]
pub struct ConditionalAccessGuestsOrExternalUsers {
    pub external_tenants: Option<AnyConditionalAccessExternalTenants>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub guest_or_external_user_types: Option<Flags<ConditionalAccessGuestOrExternalUserTypes>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.conditionalAccessLocations")]
pub struct ConditionalAccessLocations {
    /// Not nullable.
    #[graph(non_nullable)]
    pub exclude_locations: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub include_locations: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.conditionalAccessPlatforms")]
pub struct ConditionalAccessPlatforms {
    /// Not nullable.
    #[graph(non_nullable)]
    pub exclude_platforms: Option<Vec<ConditionalAccessDevicePlatform>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub include_platforms: Option<Vec<ConditionalAccessDevicePlatform>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.conditionalAccessPolicyDetail")]
pub struct ConditionalAccessPolicyDetail {
    /// Not nullable.
    #[graph(non_nullable)]
    pub conditions: Option<ConditionalAccessConditionSet>,
    pub grant_controls: Option<ConditionalAccessGrantControls>,
    pub session_controls: Option<ConditionalAccessSessionControls>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.conditionalAccessSessionControl",
    abstract
)]
pub struct ConditionalAccessSessionControl {
    pub is_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.conditionalAccessSessionControl`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `ConditionalAccessSessionControl`, keeping its `@odata.type` and
/// properties.
#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyConditionalAccessSessionControl {
    /// `microsoft.graph.applicationEnforcedRestrictionsSessionControl`.
    ApplicationEnforcedRestrictionsSessionControl(ApplicationEnforcedRestrictionsSessionControl),
    /// `microsoft.graph.cloudAppSecuritySessionControl`.
    CloudAppSecuritySessionControl(CloudAppSecuritySessionControl),
    /// `microsoft.graph.persistentBrowserSessionControl`.
    PersistentBrowserSessionControl(PersistentBrowserSessionControl),
    /// `microsoft.graph.secureSignInSessionControl`.
    SecureSignInSessionControl(SecureSignInSessionControl),
    /// `microsoft.graph.signInFrequencySessionControl`.
    SignInFrequencySessionControl(SignInFrequencySessionControl),
    /// `microsoft.graph.conditionalAccessSessionControl` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ConditionalAccessSessionControl),
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.conditionalAccessSessionControls")]
pub struct ConditionalAccessSessionControls {
    pub application_enforced_restrictions: Option<ApplicationEnforcedRestrictionsSessionControl>,
    pub cloud_app_security: Option<CloudAppSecuritySessionControl>,
    pub disable_resilience_defaults: Option<bool>,
    pub persistent_browser: Option<PersistentBrowserSessionControl>,
    pub secure_sign_in_session: Option<SecureSignInSessionControl>,
    pub sign_in_frequency: Option<SignInFrequencySessionControl>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.conditionalAccessUsers")]
pub struct ConditionalAccessUsers {
    /// Not nullable.
    #[graph(non_nullable)]
    pub exclude_groups: Option<Vec<String>>,
    pub exclude_guests_or_external_users: Option<ConditionalAccessGuestsOrExternalUsers>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub exclude_roles: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub exclude_users: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub include_groups: Option<Vec<String>>,
    pub include_guests_or_external_users: Option<ConditionalAccessGuestsOrExternalUsers>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub include_roles: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub include_users: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.customExtensionAuthenticationConfiguration",
    abstract
)]
pub struct CustomExtensionAuthenticationConfiguration {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.customExtensionAuthenticationConfiguration`: the type itself or any of its
/// derived types this build declares (a value without `@odata.type` is the type itself); a value of
/// another derived type reads as `CustomExtensionAuthenticationConfiguration`, keeping its
/// `@odata.type` and properties.
#[cfg(any(feature = "identity", feature = "identityGovernance"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCustomExtensionAuthenticationConfiguration {
    /// `microsoft.graph.azureAdPopTokenAuthentication`.
    AzureAdPopTokenAuthentication(AzureAdPopTokenAuthentication),
    /// `microsoft.graph.azureAdTokenAuthentication`.
    AzureAdTokenAuthentication(AzureAdTokenAuthentication),
    /// `microsoft.graph.customExtensionAuthenticationConfiguration` itself, or a type this build does not declare.
    #[graph(other)]
    Other(CustomExtensionAuthenticationConfiguration),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.customExtensionBehaviorOnError",
    abstract
)]
pub struct CustomExtensionBehaviorOnError {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.customExtensionClientConfiguration")]
pub struct CustomExtensionClientConfiguration {
    pub maximum_retries: Option<i32>,
    pub timeout_in_milliseconds: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.customExtensionEndpointConfiguration",
    abstract
)]
pub struct CustomExtensionEndpointConfiguration {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.customExtensionEndpointConfiguration`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `CustomExtensionEndpointConfiguration`, keeping its `@odata.type` and
/// properties.
#[cfg(any(feature = "identity", feature = "identityGovernance"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCustomExtensionEndpointConfiguration {
    /// `microsoft.graph.httpRequestEndpoint`.
    HttpRequestEndpoint(HttpRequestEndpoint),
    /// `microsoft.graph.logicAppTriggerEndpointConfiguration`.
    LogicAppTriggerEndpointConfiguration(LogicAppTriggerEndpointConfiguration),
    /// `microsoft.graph.customExtensionEndpointConfiguration` itself, or a type this build does not declare.
    #[graph(other)]
    Other(CustomExtensionEndpointConfiguration),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.customExtensionOverwriteConfiguration")]
pub struct CustomExtensionOverwriteConfiguration {
    pub behavior_on_error: Option<CustomExtensionBehaviorOnError>,
    pub client_configuration: Option<CustomExtensionClientConfiguration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceInfo")]
pub struct DeviceInfo {
    pub device_id: Option<String>,
    pub display_name: Option<String>,
    pub enrollment_profile_name: Option<String>,
    pub extension_attribute1: Option<String>,
    pub extension_attribute10: Option<String>,
    pub extension_attribute11: Option<String>,
    pub extension_attribute12: Option<String>,
    pub extension_attribute13: Option<String>,
    pub extension_attribute14: Option<String>,
    pub extension_attribute15: Option<String>,
    pub extension_attribute2: Option<String>,
    pub extension_attribute3: Option<String>,
    pub extension_attribute4: Option<String>,
    pub extension_attribute5: Option<String>,
    pub extension_attribute6: Option<String>,
    pub extension_attribute7: Option<String>,
    pub extension_attribute8: Option<String>,
    pub extension_attribute9: Option<String>,
    pub is_compliant: Option<bool>,
    pub manufacturer: Option<String>,
    pub mdm_app_id: Option<String>,
    pub model: Option<String>,
    pub operating_system: Option<String>,
    pub operating_system_version: Option<String>,
    pub ownership: Option<String>,
    pub physical_ids: Option<Vec<String>>,
    pub profile_type: Option<String>,
    pub system_labels: Option<Vec<String>>,
    pub trust_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.faceCheckConfiguration")]
pub struct FaceCheckConfiguration {
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub source_photo_claim_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.fallbackToMicrosoftProviderOnError",
    complex
)]
pub struct FallbackToMicrosoftProviderOnError {
    /// The inherited properties of `customExtensionBehaviorOnError`.
    #[graph(base)]
    pub base: CustomExtensionBehaviorOnError,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fraudProtectionConfiguration", abstract)]
pub struct FraudProtectionConfiguration {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.fraudProtectionConfiguration`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `FraudProtectionConfiguration`, keeping its `@odata.type` and properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyFraudProtectionConfiguration {
    /// `microsoft.graph.fraudProtectionProviderConfiguration`.
    FraudProtectionProviderConfiguration(FraudProtectionProviderConfiguration),
    /// `microsoft.graph.fraudProtectionConfiguration` itself, or a type this build does not declare.
    #[graph(other)]
    Other(FraudProtectionConfiguration),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.fraudProtectionProviderConfiguration",
    complex
)]
pub struct FraudProtectionProviderConfiguration {
    /// The inherited properties of `fraudProtectionConfiguration`.
    #[graph(base)]
    pub base: FraudProtectionConfiguration,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub fraud_protection_provider: Option<AnyFraudProtectionProvider>,
}

#[cfg(any(feature = "identity", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.httpRequestEndpoint", complex)]
pub struct HttpRequestEndpoint {
    /// The inherited properties of `customExtensionEndpointConfiguration`.
    #[graph(base)]
    pub base: CustomExtensionEndpointConfiguration,
    pub target_url: Option<String>,
}

#[cfg(any(feature = "identity", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.logicAppTriggerEndpointConfiguration",
    complex
)]
pub struct LogicAppTriggerEndpointConfiguration {
    /// The inherited properties of `customExtensionEndpointConfiguration`.
    #[graph(base)]
    pub base: CustomExtensionEndpointConfiguration,
    pub logic_app_workflow_name: Option<String>,
    pub resource_group_name: Option<String>,
    pub subscription_id: Option<String>,
    pub url: Option<String>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onAttributeCollectionExternalUsersSelfServiceSignUp",
    complex
)]
pub struct OnAttributeCollectionExternalUsersSelfServiceSignUp {
    /// The inherited properties of `onAttributeCollectionHandler`.
    #[graph(base)]
    pub base: OnAttributeCollectionHandler,
    pub attribute_collection_page: Option<AuthenticationAttributeCollectionPage>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub attributes: Option<Vec<IdentityUserFlowAttribute>>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onAttributeCollectionHandler", abstract)]
pub struct OnAttributeCollectionHandler {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.onAttributeCollectionHandler`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `OnAttributeCollectionHandler`, keeping its `@odata.type` and properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOnAttributeCollectionHandler {
    /// `microsoft.graph.onAttributeCollectionExternalUsersSelfServiceSignUp`.
    OnAttributeCollectionExternalUsersSelfServiceSignUp(
        OnAttributeCollectionExternalUsersSelfServiceSignUp,
    ),
    /// `microsoft.graph.onAttributeCollectionHandler` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OnAttributeCollectionHandler),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onAttributeCollectionStartCustomExtensionHandler",
    complex
)]
pub struct OnAttributeCollectionStartCustomExtensionHandler {
    /// The inherited properties of `onAttributeCollectionStartHandler`.
    #[graph(base)]
    pub base: OnAttributeCollectionStartHandler,
    pub configuration: Option<CustomExtensionOverwriteConfiguration>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub custom_extension: Option<OnAttributeCollectionStartCustomExtension>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onAttributeCollectionStartHandler",
    abstract
)]
pub struct OnAttributeCollectionStartHandler {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.onAttributeCollectionStartHandler`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `OnAttributeCollectionStartHandler`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOnAttributeCollectionStartHandler {
    /// `microsoft.graph.onAttributeCollectionStartCustomExtensionHandler`.
    OnAttributeCollectionStartCustomExtensionHandler(
        OnAttributeCollectionStartCustomExtensionHandler,
    ),
    /// `microsoft.graph.onAttributeCollectionStartHandler` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OnAttributeCollectionStartHandler),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onAttributeCollectionSubmitCustomExtensionHandler",
    complex
)]
pub struct OnAttributeCollectionSubmitCustomExtensionHandler {
    /// The inherited properties of `onAttributeCollectionSubmitHandler`.
    #[graph(base)]
    pub base: OnAttributeCollectionSubmitHandler,
    pub configuration: Option<CustomExtensionOverwriteConfiguration>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub custom_extension: Option<OnAttributeCollectionSubmitCustomExtension>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onAttributeCollectionSubmitHandler",
    abstract
)]
pub struct OnAttributeCollectionSubmitHandler {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.onAttributeCollectionSubmitHandler`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `OnAttributeCollectionSubmitHandler`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOnAttributeCollectionSubmitHandler {
    /// `microsoft.graph.onAttributeCollectionSubmitCustomExtensionHandler`.
    OnAttributeCollectionSubmitCustomExtensionHandler(
        OnAttributeCollectionSubmitCustomExtensionHandler,
    ),
    /// `microsoft.graph.onAttributeCollectionSubmitHandler` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OnAttributeCollectionSubmitHandler),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp",
    complex
)]
pub struct OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp {
    /// The inherited properties of `onAuthenticationMethodLoadStartHandler`.
    #[graph(base)]
    pub base: OnAuthenticationMethodLoadStartHandler,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `domains`, `directory`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "domains", feature = "directory"))]
    #[graph(read_only)]
    pub identity_providers: Option<Vec<AnyIdentityProviderBase>>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onAuthenticationMethodLoadStartHandler",
    abstract
)]
pub struct OnAuthenticationMethodLoadStartHandler {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.onAuthenticationMethodLoadStartHandler`: the type itself or any of its
/// derived types this build declares (a value without `@odata.type` is the type itself); a value of
/// another derived type reads as `OnAuthenticationMethodLoadStartHandler`, keeping its
/// `@odata.type` and properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOnAuthenticationMethodLoadStartHandler {
    /// `microsoft.graph.onAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp`.
    OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp(
        OnAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp,
    ),
    /// `microsoft.graph.onAuthenticationMethodLoadStartHandler` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OnAuthenticationMethodLoadStartHandler),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onFraudProtectionLoadStartExternalUsersAuthHandler",
    complex
)]
pub struct OnFraudProtectionLoadStartExternalUsersAuthHandler {
    /// The inherited properties of `onFraudProtectionLoadStartHandler`.
    #[graph(base)]
    pub base: OnFraudProtectionLoadStartHandler,
    pub sign_up: Option<AnyFraudProtectionConfiguration>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onFraudProtectionLoadStartHandler",
    abstract
)]
pub struct OnFraudProtectionLoadStartHandler {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.onFraudProtectionLoadStartHandler`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `OnFraudProtectionLoadStartHandler`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOnFraudProtectionLoadStartHandler {
    /// `microsoft.graph.onFraudProtectionLoadStartExternalUsersAuthHandler`.
    OnFraudProtectionLoadStartExternalUsersAuthHandler(
        OnFraudProtectionLoadStartExternalUsersAuthHandler,
    ),
    /// `microsoft.graph.onFraudProtectionLoadStartHandler` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OnFraudProtectionLoadStartHandler),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onInteractiveAuthFlowStartExternalUsersSelfServiceSignUp",
    complex
)]
pub struct OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp {
    /// The inherited properties of `onInteractiveAuthFlowStartHandler`.
    #[graph(base)]
    pub base: OnInteractiveAuthFlowStartHandler,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_sign_up_allowed: Option<bool>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onInteractiveAuthFlowStartHandler",
    abstract
)]
pub struct OnInteractiveAuthFlowStartHandler {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.onInteractiveAuthFlowStartHandler`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `OnInteractiveAuthFlowStartHandler`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOnInteractiveAuthFlowStartHandler {
    /// `microsoft.graph.onInteractiveAuthFlowStartExternalUsersSelfServiceSignUp`.
    OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp(
        OnInteractiveAuthFlowStartExternalUsersSelfServiceSignUp,
    ),
    /// `microsoft.graph.onInteractiveAuthFlowStartHandler` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OnInteractiveAuthFlowStartHandler),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onOtpSendCustomExtensionHandler",
    complex
)]
pub struct OnOtpSendCustomExtensionHandler {
    /// The inherited properties of `onOtpSendHandler`.
    #[graph(base)]
    pub base: OnOtpSendHandler,
    pub configuration: Option<CustomExtensionOverwriteConfiguration>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub custom_extension: Option<OnOtpSendCustomExtension>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onOtpSendHandler", abstract)]
pub struct OnOtpSendHandler {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.onOtpSendHandler`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `OnOtpSendHandler`, keeping its `@odata.type` and properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOnOtpSendHandler {
    /// `microsoft.graph.onOtpSendCustomExtensionHandler`.
    OnOtpSendCustomExtensionHandler(OnOtpSendCustomExtensionHandler),
    /// `microsoft.graph.onOtpSendHandler` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OnOtpSendHandler),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onPasswordMigrationCustomExtensionHandler",
    complex
)]
pub struct OnPasswordMigrationCustomExtensionHandler {
    /// The inherited properties of `onPasswordSubmitHandler`.
    #[graph(base)]
    pub base: OnPasswordSubmitHandler,
    pub configuration: Option<CustomExtensionOverwriteConfiguration>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub migration_property_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub custom_extension: Option<OnPasswordSubmitCustomExtension>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onPasswordSubmitHandler", abstract)]
pub struct OnPasswordSubmitHandler {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.onPasswordSubmitHandler`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `OnPasswordSubmitHandler`, keeping its `@odata.type` and properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOnPasswordSubmitHandler {
    /// `microsoft.graph.onPasswordMigrationCustomExtensionHandler`.
    OnPasswordMigrationCustomExtensionHandler(OnPasswordMigrationCustomExtensionHandler),
    /// `microsoft.graph.onPasswordSubmitHandler` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OnPasswordSubmitHandler),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onTokenIssuanceStartCustomExtensionHandler",
    complex
)]
pub struct OnTokenIssuanceStartCustomExtensionHandler {
    /// The inherited properties of `onTokenIssuanceStartHandler`.
    #[graph(base)]
    pub base: OnTokenIssuanceStartHandler,
    pub configuration: Option<CustomExtensionOverwriteConfiguration>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub custom_extension: Option<OnTokenIssuanceStartCustomExtension>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onTokenIssuanceStartHandler", abstract)]
pub struct OnTokenIssuanceStartHandler {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.onTokenIssuanceStartHandler`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `OnTokenIssuanceStartHandler`, keeping its `@odata.type` and properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOnTokenIssuanceStartHandler {
    /// `microsoft.graph.onTokenIssuanceStartCustomExtensionHandler`.
    OnTokenIssuanceStartCustomExtensionHandler(OnTokenIssuanceStartCustomExtensionHandler),
    /// `microsoft.graph.onTokenIssuanceStartHandler` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OnTokenIssuanceStartHandler),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onTokenIssuanceStartReturnClaim")]
pub struct OnTokenIssuanceStartReturnClaim {
    pub claim_id_in_api_response: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onUserCreateStartExternalUsersSelfServiceSignUp",
    complex
)]
pub struct OnUserCreateStartExternalUsersSelfServiceSignUp {
    /// The inherited properties of `onUserCreateStartHandler`.
    #[graph(base)]
    pub base: OnUserCreateStartHandler,
    pub user_type_to_create: Option<UserType>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onUserCreateStartHandler", abstract)]
pub struct OnUserCreateStartHandler {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.onUserCreateStartHandler`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `OnUserCreateStartHandler`, keeping its `@odata.type` and properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOnUserCreateStartHandler {
    /// `microsoft.graph.onUserCreateStartExternalUsersSelfServiceSignUp`.
    OnUserCreateStartExternalUsersSelfServiceSignUp(
        OnUserCreateStartExternalUsersSelfServiceSignUp,
    ),
    /// `microsoft.graph.onUserCreateStartHandler` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OnUserCreateStartHandler),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onVerifiedIdClaimValidationCustomExtensionHandler",
    complex
)]
pub struct OnVerifiedIdClaimValidationCustomExtensionHandler {
    /// The inherited properties of `onVerifiedIdClaimValidationHandler`.
    #[graph(base)]
    pub base: OnVerifiedIdClaimValidationHandler,
    pub configuration: Option<CustomExtensionOverwriteConfiguration>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub custom_extension: Option<OnVerifiedIdClaimValidationCustomExtension>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onVerifiedIdClaimValidationHandler",
    abstract
)]
pub struct OnVerifiedIdClaimValidationHandler {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.onVerifiedIdClaimValidationHandler`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `OnVerifiedIdClaimValidationHandler`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOnVerifiedIdClaimValidationHandler {
    /// `microsoft.graph.onVerifiedIdClaimValidationCustomExtensionHandler`.
    OnVerifiedIdClaimValidationCustomExtensionHandler(
        OnVerifiedIdClaimValidationCustomExtensionHandler,
    ),
    /// `microsoft.graph.onVerifiedIdClaimValidationHandler` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OnVerifiedIdClaimValidationHandler),
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.persistentBrowserSessionControl",
    complex
)]
pub struct PersistentBrowserSessionControl {
    /// The inherited properties of `conditionalAccessSessionControl`.
    #[graph(base)]
    pub base: ConditionalAccessSessionControl,
    pub mode: Option<PersistentBrowserSessionMode>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.pkcs12Certificate", complex)]
pub struct Pkcs12Certificate {
    /// The inherited properties of `apiAuthenticationConfigurationBase`.
    #[graph(base)]
    pub base: ApiAuthenticationConfigurationBase,
    pub password: Option<String>,
    pub pkcs12_value: Option<String>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.pkcs12CertificateInformation")]
pub struct Pkcs12CertificateInformation {
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_active: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub not_after: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub not_before: Option<edm::Int64>,
    pub thumbprint: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.secureSignInSessionControl", complex)]
pub struct SecureSignInSessionControl {
    /// The inherited properties of `conditionalAccessSessionControl`.
    #[graph(base)]
    pub base: ConditionalAccessSessionControl,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.servicePrincipalSignIn", complex)]
pub struct ServicePrincipalSignIn {
    /// The inherited properties of `signInIdentity`.
    #[graph(base)]
    pub base: SignInIdentity,
    pub service_principal_id: Option<String>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.signInConditions")]
pub struct SignInConditions {
    pub authentication_flow: Option<AuthenticationFlow>,
    pub client_app_type: Option<ConditionalAccessClientApp>,
    pub country: Option<String>,
    pub device_info: Option<DeviceInfo>,
    pub device_platform: Option<ConditionalAccessDevicePlatform>,
    pub insider_risk_level: Option<InsiderRiskLevel>,
    pub ip_address: Option<String>,
    pub service_principal_risk_level: Option<RiskLevel>,
    pub sign_in_risk_level: Option<RiskLevel>,
    pub user_risk_level: Option<RiskLevel>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.signInContext", abstract)]
pub struct SignInContext {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.signInContext`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `SignInContext`, keeping its `@odata.type` and properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnySignInContext {
    /// `microsoft.graph.applicationContext`.
    ApplicationContext(ApplicationContext),
    /// `microsoft.graph.authContext`.
    AuthContext(AuthContext),
    /// `microsoft.graph.userActionContext`.
    UserActionContext(UserActionContext),
    /// `microsoft.graph.signInContext` itself, or a type this build does not declare.
    #[graph(other)]
    Other(SignInContext),
}

#[cfg(any(feature = "identity", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.signInFrequencySessionControl", complex)]
pub struct SignInFrequencySessionControl {
    /// The inherited properties of `conditionalAccessSessionControl`.
    #[graph(base)]
    pub base: ConditionalAccessSessionControl,
    pub authentication_type: Option<SignInFrequencyAuthenticationType>,
    pub frequency_interval: Option<SignInFrequencyInterval>,
    pub r#type: Option<SigninFrequencyType>,
    pub value: Option<i32>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.signInIdentity", abstract)]
pub struct SignInIdentity {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.signInIdentity`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `SignInIdentity`, keeping its `@odata.type` and properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnySignInIdentity {
    /// `microsoft.graph.servicePrincipalSignIn`.
    ServicePrincipalSignIn(ServicePrincipalSignIn),
    /// `microsoft.graph.userSignIn`.
    UserSignIn(UserSignIn),
    /// `microsoft.graph.signInIdentity` itself, or a type this build does not declare.
    #[graph(other)]
    Other(SignInIdentity),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userActionContext", complex)]
pub struct UserActionContext {
    /// The inherited properties of `signInContext`.
    #[graph(base)]
    pub base: SignInContext,
    pub user_action: Option<UserAction>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userAttributeValuesItem")]
pub struct UserAttributeValuesItem {
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_default: Option<bool>,
    pub name: Option<String>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userFlowApiConnectorConfiguration")]
pub struct UserFlowApiConnectorConfiguration {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub post_attribute_collection: Option<IdentityApiConnector>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub post_federation_signup: Option<IdentityApiConnector>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userSignIn", complex)]
pub struct UserSignIn {
    /// The inherited properties of `signInIdentity`.
    #[graph(base)]
    pub base: SignInIdentity,
    pub external_tenant_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub external_user_type: Option<Flags<ConditionalAccessGuestOrExternalUserTypes>>,
    pub user_id: Option<String>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.verifiedIdProfileConfiguration")]
pub struct VerifiedIdProfileConfiguration {
    /// Not nullable.
    #[graph(non_nullable)]
    pub accepted_issuer: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub claim_bindings: Option<Vec<ClaimBinding>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub claim_binding_source: Option<ClaimBindingSource>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub claim_validation: Option<ClaimValidation>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.verifiedIdUsageConfiguration")]
pub struct VerifiedIdUsageConfiguration {
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled_for_test_only: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub purpose: Option<VerifiedIdUsageConfigurationPurpose>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webApplicationFirewallDnsConfiguration")]
pub struct WebApplicationFirewallDnsConfiguration {
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_domain_verified: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_proxied: Option<bool>,
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub record_type: Option<WebApplicationFirewallDnsRecordType>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webApplicationFirewallVerificationResult")]
pub struct WebApplicationFirewallVerificationResult {
    /// Not nullable.
    #[graph(non_nullable)]
    pub errors: Option<Vec<GenericError>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<WebApplicationFirewallVerificationStatus>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub verified_on_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub warnings: Option<Vec<GenericError>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.webApplicationFirewallVerifiedDetails",
    abstract
)]
pub struct WebApplicationFirewallVerifiedDetails {
    pub dns_configuration: Option<WebApplicationFirewallDnsConfiguration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.webApplicationFirewallVerifiedDetails`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `WebApplicationFirewallVerifiedDetails`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyWebApplicationFirewallVerifiedDetails {
    /// `microsoft.graph.akamaiVerifiedDetailsModel`.
    AkamaiVerifiedDetailsModel(AkamaiVerifiedDetailsModel),
    /// `microsoft.graph.cloudFlareVerifiedDetailsModel`.
    CloudFlareVerifiedDetailsModel(CloudFlareVerifiedDetailsModel),
    /// `microsoft.graph.webApplicationFirewallVerifiedDetails` itself, or a type this build does not declare.
    #[graph(other)]
    Other(WebApplicationFirewallVerifiedDetails),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.akamaiWebApplicationFirewallProvider")]
pub struct AkamaiWebApplicationFirewallProvider {
    /// The inherited properties of `webApplicationFirewallProvider`.
    #[graph(base)]
    pub base: WebApplicationFirewallProvider,
    pub access_token: Option<String>,
    pub client_secret: Option<String>,
    pub client_token: Option<String>,
    pub host_prefix: Option<String>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.arkoseFraudProtectionProvider")]
pub struct ArkoseFraudProtectionProvider {
    /// The inherited properties of `fraudProtectionProvider`.
    #[graph(base)]
    pub base: FraudProtectionProvider,
    /// Not nullable.
    #[graph(non_nullable)]
    pub client_sub_domain: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub private_key: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub public_key: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub verify_sub_domain: Option<String>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.authenticationContextClassReference"
)]
pub struct AuthenticationContextClassReference {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub is_available: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.authenticationEventListener",
    path = "/identity/authenticationEventListeners",
    abstract
)]
pub struct AuthenticationEventListener {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub authentication_events_flow_id: Option<String>,
    pub conditions: Option<AuthenticationConditions>,
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.authenticationEventListener`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `AuthenticationEventListener`, keeping its `@odata.type` and properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAuthenticationEventListener {
    /// `microsoft.graph.onAttributeCollectionListener`.
    OnAttributeCollectionListener(OnAttributeCollectionListener),
    /// `microsoft.graph.onAttributeCollectionStartListener`.
    OnAttributeCollectionStartListener(OnAttributeCollectionStartListener),
    /// `microsoft.graph.onAttributeCollectionSubmitListener`.
    OnAttributeCollectionSubmitListener(OnAttributeCollectionSubmitListener),
    /// `microsoft.graph.onAuthenticationMethodLoadStartListener`.
    OnAuthenticationMethodLoadStartListener(OnAuthenticationMethodLoadStartListener),
    /// `microsoft.graph.onEmailOtpSendListener`.
    OnEmailOtpSendListener(OnEmailOtpSendListener),
    /// `microsoft.graph.onFraudProtectionLoadStartListener`.
    OnFraudProtectionLoadStartListener(OnFraudProtectionLoadStartListener),
    /// `microsoft.graph.onInteractiveAuthFlowStartListener`.
    OnInteractiveAuthFlowStartListener(OnInteractiveAuthFlowStartListener),
    /// `microsoft.graph.onPasswordSubmitListener`.
    OnPasswordSubmitListener(OnPasswordSubmitListener),
    /// `microsoft.graph.onTokenIssuanceStartListener`.
    OnTokenIssuanceStartListener(OnTokenIssuanceStartListener),
    /// `microsoft.graph.onUserCreateStartListener`.
    OnUserCreateStartListener(OnUserCreateStartListener),
    /// `microsoft.graph.onVerifiedIdClaimValidationListener`.
    OnVerifiedIdClaimValidationListener(OnVerifiedIdClaimValidationListener),
    /// `microsoft.graph.authenticationEventListener` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AuthenticationEventListener),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.authenticationEventsFlow",
    path = "/identity/authenticationEventsFlows",
    abstract
)]
pub struct AuthenticationEventsFlow {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub conditions: Option<AuthenticationConditions>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.authenticationEventsFlow`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `AuthenticationEventsFlow`, keeping its `@odata.type` and properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAuthenticationEventsFlow {
    /// `microsoft.graph.externalUsersSelfServiceSignUpEventsFlow`.
    ExternalUsersSelfServiceSignUpEventsFlow(ExternalUsersSelfServiceSignUpEventsFlow),
    /// `microsoft.graph.authenticationEventsFlow` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AuthenticationEventsFlow),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.authenticationMethodModeDetail"
)]
pub struct AuthenticationMethodModeDetail {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub authentication_method: Option<BaseAuthenticationMethod>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.authenticationStrengthRoot",
    contains(name = "authenticationMethodModes", target = AuthenticationMethodModeDetail)
)]
#[cfg_attr(feature = "policies", graph(contains(name = "policies", target = AuthenticationStrengthPolicy)))]
pub struct AuthenticationStrengthRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub combinations: Option<Vec<Flags<AuthenticationMethodModes>>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub authentication_method_modes: Option<Vec<AuthenticationMethodModeDetail>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `policies`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "policies")]
    #[graph(read_only)]
    pub policies: Option<Vec<AuthenticationStrengthPolicy>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.b2xIdentityUserFlow",
    path = "/identity/b2xUserFlows",
    contains(name = "languages", target = UserFlowLanguageConfiguration),
    contains(name = "userAttributeAssignments", target = IdentityUserFlowAttributeAssignment)
)]
pub struct B2xIdentityUserFlow {
    /// The inherited properties of `identityUserFlow`.
    #[graph(base)]
    pub base: IdentityUserFlow,
    pub api_connector_configuration: Option<UserFlowApiConnectorConfiguration>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `identityProviders`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "identityProviders")]
    #[graph(read_only)]
    pub identity_providers: Option<Vec<IdentityProvider>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub languages: Option<Vec<UserFlowLanguageConfiguration>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_attribute_assignments: Option<Vec<IdentityUserFlowAttributeAssignment>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `domains`, `directory`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "domains", feature = "directory"))]
    #[graph(read_only)]
    pub user_flow_identity_providers: Option<Vec<AnyIdentityProviderBase>>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.caPoliciesDeletableRoot",
    contains(name = "namedLocations", target = NamedLocation),
    contains(name = "policies", target = ConditionalAccessPolicy)
)]
pub struct CaPoliciesDeletableRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub named_locations: Option<Vec<AnyNamedLocation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub policies: Option<Vec<AnyConditionalAccessPolicy>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudFlareWebApplicationFirewallProvider")]
pub struct CloudFlareWebApplicationFirewallProvider {
    /// The inherited properties of `webApplicationFirewallProvider`.
    #[graph(base)]
    pub base: WebApplicationFirewallProvider,
    pub api_token: Option<String>,
    pub zone_id: Option<String>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.conditionalAccessRoot",
    contains(
        name = "authenticationContextClassReferences",
        target = AuthenticationContextClassReference
    ),
    contains(name = "authenticationStrength", target = AuthenticationStrengthRoot, single),
    contains(name = "deletedItems", target = CaPoliciesDeletableRoot, single),
    contains(name = "namedLocations", target = NamedLocation),
    contains(name = "policies", target = ConditionalAccessPolicy),
    contains(name = "templates", target = ConditionalAccessTemplate),
    action(
        name = "evaluate",
        parameters = ConditionalAccessRootEvaluateParameters,
        returns = Vec<WhatIfAnalysisResult>
    )
)]
pub struct ConditionalAccessRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub authentication_context_class_references: Option<Vec<AuthenticationContextClassReference>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub authentication_strength: Option<AuthenticationStrengthRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub deleted_items: Option<CaPoliciesDeletableRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub named_locations: Option<Vec<AnyNamedLocation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub policies: Option<Vec<AnyConditionalAccessPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub templates: Option<Vec<ConditionalAccessTemplate>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `evaluate`, bound to `conditionalAccessRoot`.
#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ConditionalAccessRootEvaluateParameters {
    pub sign_in_identity: Option<AnySignInIdentity>,
    pub sign_in_context: Option<AnySignInContext>,
    pub sign_in_conditions: Option<SignInConditions>,
    pub applied_policies_only: Option<bool>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.conditionalAccessTemplate"
)]
pub struct ConditionalAccessTemplate {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub details: Option<ConditionalAccessPolicyDetail>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub scenarios: Option<Flags<TemplateScenarios>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.countryNamedLocation")]
pub struct CountryNamedLocation {
    /// The inherited properties of `namedLocation`.
    #[graph(base)]
    pub base: NamedLocation,
    /// Not nullable.
    #[graph(non_nullable)]
    pub countries_and_regions: Option<Vec<String>>,
    pub country_lookup_method: Option<CountryLookupMethodType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub include_unknown_countries_and_regions: Option<bool>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.customAuthenticationExtension",
    path = "/identity/customAuthenticationExtensions",
    abstract,
    action(
        name = "validateAuthenticationConfiguration",
        collection,
        parameters = CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParameters,
        returns = AuthenticationConfigurationValidation
    ),
    action(
        name = "validateAuthenticationConfiguration",
        returns = AuthenticationConfigurationValidation
    )
)]
pub struct CustomAuthenticationExtension {
    /// The inherited properties of `customCalloutExtension`.
    #[graph(base)]
    pub base: CustomCalloutExtension,
    pub behavior_on_error: Option<CustomExtensionBehaviorOnError>,
}

/// A `microsoft.graph.customAuthenticationExtension`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `CustomAuthenticationExtension`, keeping its `@odata.type` and properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCustomAuthenticationExtension {
    /// `microsoft.graph.onAttributeCollectionStartCustomExtension`.
    OnAttributeCollectionStartCustomExtension(OnAttributeCollectionStartCustomExtension),
    /// `microsoft.graph.onAttributeCollectionSubmitCustomExtension`.
    OnAttributeCollectionSubmitCustomExtension(OnAttributeCollectionSubmitCustomExtension),
    /// `microsoft.graph.onOtpSendCustomExtension`.
    OnOtpSendCustomExtension(OnOtpSendCustomExtension),
    /// `microsoft.graph.onPasswordSubmitCustomExtension`.
    OnPasswordSubmitCustomExtension(OnPasswordSubmitCustomExtension),
    /// `microsoft.graph.onTokenIssuanceStartCustomExtension`.
    OnTokenIssuanceStartCustomExtension(OnTokenIssuanceStartCustomExtension),
    /// `microsoft.graph.onVerifiedIdClaimValidationCustomExtension`.
    OnVerifiedIdClaimValidationCustomExtension(OnVerifiedIdClaimValidationCustomExtension),
    /// `microsoft.graph.customAuthenticationExtension` itself, or a type this build does not declare.
    #[graph(other)]
    Other(CustomAuthenticationExtension),
}

/// The body of the action `validateAuthenticationConfiguration`, bound to a collection of
/// `customAuthenticationExtension`.
#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParameters {
    pub endpoint_configuration: Option<AnyCustomExtensionEndpointConfiguration>,
    pub authentication_configuration: Option<AnyCustomExtensionAuthenticationConfiguration>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalUsersSelfServiceSignUpEventsFlow")]
pub struct ExternalUsersSelfServiceSignUpEventsFlow {
    /// The inherited properties of `authenticationEventsFlow`.
    #[graph(base)]
    pub base: AuthenticationEventsFlow,
    pub on_attribute_collection: Option<AnyOnAttributeCollectionHandler>,
    pub on_attribute_collection_start: Option<AnyOnAttributeCollectionStartHandler>,
    pub on_attribute_collection_submit: Option<AnyOnAttributeCollectionSubmitHandler>,
    pub on_authentication_method_load_start: Option<AnyOnAuthenticationMethodLoadStartHandler>,
    pub on_interactive_auth_flow_start: Option<AnyOnInteractiveAuthFlowStartHandler>,
    pub on_user_create_start: Option<AnyOnUserCreateStartHandler>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.fraudProtectionProvider",
    abstract
)]
pub struct FraudProtectionProvider {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.fraudProtectionProvider`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `FraudProtectionProvider`, keeping its `@odata.type` and properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyFraudProtectionProvider {
    /// `microsoft.graph.arkoseFraudProtectionProvider`.
    ArkoseFraudProtectionProvider(ArkoseFraudProtectionProvider),
    /// `microsoft.graph.humanSecurityFraudProtectionProvider`.
    HumanSecurityFraudProtectionProvider(HumanSecurityFraudProtectionProvider),
    /// `microsoft.graph.fraudProtectionProvider` itself, or a type this build does not declare.
    #[graph(other)]
    Other(FraudProtectionProvider),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.humanSecurityFraudProtectionProvider")]
pub struct HumanSecurityFraudProtectionProvider {
    /// The inherited properties of `fraudProtectionProvider`.
    #[graph(base)]
    pub base: FraudProtectionProvider,
    /// Not nullable.
    #[graph(non_nullable)]
    pub app_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub server_token: Option<String>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.identityApiConnector",
    path = "/identity/apiConnectors",
    action(
        name = "uploadClientCertificate",
        parameters = IdentityApiConnectorUploadClientCertificateParameters,
        returns = IdentityApiConnector
    )
)]
pub struct IdentityApiConnector {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub authentication_configuration: Option<AnyApiAuthenticationConfigurationBase>,
    pub display_name: Option<String>,
    pub target_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `uploadClientCertificate`, bound to `identityApiConnector`.
#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct IdentityApiConnectorUploadClientCertificateParameters {
    pub pkcs12_value: Option<String>,
    pub password: Option<String>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityBuiltInUserFlowAttribute")]
pub struct IdentityBuiltInUserFlowAttribute {
    /// The inherited properties of `identityUserFlowAttribute`.
    #[graph(base)]
    pub base: IdentityUserFlowAttribute,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.identityContainer",
    singleton = "/identity",
    contains(name = "apiConnectors", target = IdentityApiConnector),
    contains(name = "authenticationEventListeners", target = AuthenticationEventListener),
    contains(name = "authenticationEventsFlows", target = AuthenticationEventsFlow),
    contains(name = "b2xUserFlows", target = B2xIdentityUserFlow),
    contains(name = "conditionalAccess", target = ConditionalAccessRoot, single),
    contains(name = "customAuthenticationExtensions", target = CustomAuthenticationExtension),
    contains(name = "riskPrevention", target = RiskPreventionContainer, single),
    contains(name = "userFlowAttributes", target = IdentityUserFlowAttribute),
    contains(name = "verifiedId", target = IdentityVerifiedIdRoot, single)
)]
#[cfg_attr(any(feature = "domains", feature = "directory"), graph(contains(name = "identityProviders", target = IdentityProviderBase)))]
pub struct IdentityContainer {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub api_connectors: Option<Vec<IdentityApiConnector>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub authentication_event_listeners: Option<Vec<AnyAuthenticationEventListener>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub authentication_events_flows: Option<Vec<AnyAuthenticationEventsFlow>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub b2x_user_flows: Option<Vec<B2xIdentityUserFlow>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub conditional_access: Option<ConditionalAccessRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub custom_authentication_extensions: Option<Vec<AnyCustomAuthenticationExtension>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `domains`, `directory`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "domains", feature = "directory"))]
    #[graph(read_only)]
    pub identity_providers: Option<Vec<AnyIdentityProviderBase>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub risk_prevention: Option<RiskPreventionContainer>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_flow_attributes: Option<Vec<IdentityUserFlowAttribute>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub verified_id: Option<IdentityVerifiedIdRoot>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityCustomUserFlowAttribute")]
pub struct IdentityCustomUserFlowAttribute {
    /// The inherited properties of `identityUserFlowAttribute`.
    #[graph(base)]
    pub base: IdentityUserFlowAttribute,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.identityUserFlowAttribute",
    path = "/identity/userFlowAttributes",
    also_reads = "microsoft.graph.identityBuiltInUserFlowAttribute",
    also_reads = "microsoft.graph.identityCustomUserFlowAttribute"
)]
pub struct IdentityUserFlowAttribute {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub data_type: Option<IdentityUserFlowAttributeDataType>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_flow_attribute_type: Option<IdentityUserFlowAttributeType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.identityUserFlowAttributeAssignment",
    action(
        name = "setOrder",
        collection,
        parameters = IdentityUserFlowAttributeAssignmentCollectionSetOrderParameters
    ),
    function(name = "getOrder", collection, returns = AssignmentOrder)
)]
pub struct IdentityUserFlowAttributeAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_optional: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub requires_verification: Option<bool>,
    pub user_attribute_values: Option<Vec<UserAttributeValuesItem>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_input_type: Option<IdentityUserFlowAttributeInputType>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_attribute: Option<IdentityUserFlowAttribute>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `setOrder`, bound to a collection of
/// `identityUserFlowAttributeAssignment`.
#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct IdentityUserFlowAttributeAssignmentCollectionSetOrderParameters {
    pub new_assignment_order: Option<AssignmentOrder>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.identityVerifiedIdRoot",
    contains(name = "profiles", target = VerifiedIdProfile)
)]
pub struct IdentityVerifiedIdRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub profiles: Option<Vec<VerifiedIdProfile>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.ipNamedLocation")]
pub struct IpNamedLocation {
    /// The inherited properties of `namedLocation`.
    #[graph(base)]
    pub base: NamedLocation,
    /// Not nullable.
    #[graph(non_nullable)]
    pub ip_ranges: Option<Vec<AnyIpRange>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_trusted: Option<bool>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "policyDeletableItem",
    odata_type = "microsoft.graph.namedLocation",
    action(name = "restore", returns = AnyNamedLocation)
)]
pub struct NamedLocation {
    /// Inherited from `policyDeletableItem`.
    pub deleted_date_time: Option<edm::DateTimeOffset>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub modified_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.namedLocation`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `NamedLocation`, keeping its `@odata.type` and properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyNamedLocation {
    /// `microsoft.graph.countryNamedLocation`.
    CountryNamedLocation(CountryNamedLocation),
    /// `microsoft.graph.ipNamedLocation`.
    IpNamedLocation(IpNamedLocation),
    /// `microsoft.graph.namedLocation` itself, or a type this build does not declare.
    #[graph(other)]
    Other(NamedLocation),
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onAttributeCollectionListener")]
pub struct OnAttributeCollectionListener {
    /// The inherited properties of `authenticationEventListener`.
    #[graph(base)]
    pub base: AuthenticationEventListener,
    pub handler: Option<AnyOnAttributeCollectionHandler>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onAttributeCollectionStartCustomExtension")]
pub struct OnAttributeCollectionStartCustomExtension {
    /// The inherited properties of `customAuthenticationExtension`.
    #[graph(base)]
    pub base: CustomAuthenticationExtension,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onAttributeCollectionStartListener")]
pub struct OnAttributeCollectionStartListener {
    /// The inherited properties of `authenticationEventListener`.
    #[graph(base)]
    pub base: AuthenticationEventListener,
    pub handler: Option<AnyOnAttributeCollectionStartHandler>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onAttributeCollectionSubmitCustomExtension")]
pub struct OnAttributeCollectionSubmitCustomExtension {
    /// The inherited properties of `customAuthenticationExtension`.
    #[graph(base)]
    pub base: CustomAuthenticationExtension,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onAttributeCollectionSubmitListener")]
pub struct OnAttributeCollectionSubmitListener {
    /// The inherited properties of `authenticationEventListener`.
    #[graph(base)]
    pub base: AuthenticationEventListener,
    pub handler: Option<AnyOnAttributeCollectionSubmitHandler>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onAuthenticationMethodLoadStartListener")]
pub struct OnAuthenticationMethodLoadStartListener {
    /// The inherited properties of `authenticationEventListener`.
    #[graph(base)]
    pub base: AuthenticationEventListener,
    pub handler: Option<AnyOnAuthenticationMethodLoadStartHandler>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onEmailOtpSendListener")]
pub struct OnEmailOtpSendListener {
    /// The inherited properties of `authenticationEventListener`.
    #[graph(base)]
    pub base: AuthenticationEventListener,
    pub handler: Option<AnyOnOtpSendHandler>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onFraudProtectionLoadStartListener")]
pub struct OnFraudProtectionLoadStartListener {
    /// The inherited properties of `authenticationEventListener`.
    #[graph(base)]
    pub base: AuthenticationEventListener,
    pub handler: Option<AnyOnFraudProtectionLoadStartHandler>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onInteractiveAuthFlowStartListener")]
pub struct OnInteractiveAuthFlowStartListener {
    /// The inherited properties of `authenticationEventListener`.
    #[graph(base)]
    pub base: AuthenticationEventListener,
    pub handler: Option<AnyOnInteractiveAuthFlowStartHandler>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onOtpSendCustomExtension")]
pub struct OnOtpSendCustomExtension {
    /// The inherited properties of `customAuthenticationExtension`.
    #[graph(base)]
    pub base: CustomAuthenticationExtension,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onPasswordSubmitCustomExtension")]
pub struct OnPasswordSubmitCustomExtension {
    /// The inherited properties of `customAuthenticationExtension`.
    #[graph(base)]
    pub base: CustomAuthenticationExtension,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onPasswordSubmitListener")]
pub struct OnPasswordSubmitListener {
    /// The inherited properties of `authenticationEventListener`.
    #[graph(base)]
    pub base: AuthenticationEventListener,
    pub handler: Option<AnyOnPasswordSubmitHandler>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onTokenIssuanceStartCustomExtension")]
pub struct OnTokenIssuanceStartCustomExtension {
    /// The inherited properties of `customAuthenticationExtension`.
    #[graph(base)]
    pub base: CustomAuthenticationExtension,
    pub claims_for_token_configuration: Option<Vec<OnTokenIssuanceStartReturnClaim>>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onTokenIssuanceStartListener")]
pub struct OnTokenIssuanceStartListener {
    /// The inherited properties of `authenticationEventListener`.
    #[graph(base)]
    pub base: AuthenticationEventListener,
    pub handler: Option<AnyOnTokenIssuanceStartHandler>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onUserCreateStartListener")]
pub struct OnUserCreateStartListener {
    /// The inherited properties of `authenticationEventListener`.
    #[graph(base)]
    pub base: AuthenticationEventListener,
    pub handler: Option<AnyOnUserCreateStartHandler>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onVerifiedIdClaimValidationCustomExtension")]
pub struct OnVerifiedIdClaimValidationCustomExtension {
    /// The inherited properties of `customAuthenticationExtension`.
    #[graph(base)]
    pub base: CustomAuthenticationExtension,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onVerifiedIdClaimValidationListener")]
pub struct OnVerifiedIdClaimValidationListener {
    /// The inherited properties of `authenticationEventListener`.
    #[graph(base)]
    pub base: AuthenticationEventListener,
    pub handler: Option<AnyOnVerifiedIdClaimValidationHandler>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.riskPreventionContainer",
    keyless,
    contains(name = "fraudProtectionProviders", target = FraudProtectionProvider),
    contains(name = "webApplicationFirewallProviders", target = WebApplicationFirewallProvider),
    contains(
        name = "webApplicationFirewallVerifications",
        target = WebApplicationFirewallVerificationModel
    )
)]
pub struct RiskPreventionContainer {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub fraud_protection_providers: Option<Vec<AnyFraudProtectionProvider>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub web_application_firewall_providers: Option<Vec<AnyWebApplicationFirewallProvider>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub web_application_firewall_verifications:
        Option<Vec<WebApplicationFirewallVerificationModel>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userFlowLanguageConfiguration",
    contains(name = "defaultPages", target = UserFlowLanguagePage),
    contains(name = "overridesPages", target = UserFlowLanguagePage)
)]
pub struct UserFlowLanguageConfiguration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub default_pages: Option<Vec<UserFlowLanguagePage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub overrides_pages: Option<Vec<UserFlowLanguagePage>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.userFlowLanguagePage")]
pub struct UserFlowLanguagePage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.verifiedIdProfile")]
pub struct VerifiedIdProfile {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub face_check_configuration: Option<FaceCheckConfiguration>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    pub priority: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<VerifiedIdProfileState>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub verified_id_profile_configuration: Option<VerifiedIdProfileConfiguration>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub verified_id_usage_configurations: Option<Vec<VerifiedIdUsageConfiguration>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub verifier_did: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.webApplicationFirewallProvider",
    abstract,
    action(
        name = "verify",
        parameters = WebApplicationFirewallProviderVerifyParameters,
        returns = WebApplicationFirewallVerificationModel
    )
)]
pub struct WebApplicationFirewallProvider {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.webApplicationFirewallProvider`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `WebApplicationFirewallProvider`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "identity")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyWebApplicationFirewallProvider {
    /// `microsoft.graph.akamaiWebApplicationFirewallProvider`.
    AkamaiWebApplicationFirewallProvider(AkamaiWebApplicationFirewallProvider),
    /// `microsoft.graph.cloudFlareWebApplicationFirewallProvider`.
    CloudFlareWebApplicationFirewallProvider(CloudFlareWebApplicationFirewallProvider),
    /// `microsoft.graph.webApplicationFirewallProvider` itself, or a type this build does not declare.
    #[graph(other)]
    Other(WebApplicationFirewallProvider),
}

/// The body of the action `verify`, bound to `webApplicationFirewallProvider`.
#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WebApplicationFirewallProviderVerifyParameters {
    pub host_name: Option<String>,
}

#[cfg(feature = "identity")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.webApplicationFirewallVerificationModel"
)]
pub struct WebApplicationFirewallVerificationModel {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub provider_type: Option<WebApplicationFirewallProviderType>,
    pub verification_result: Option<WebApplicationFirewallVerificationResult>,
    pub verified_details: Option<AnyWebApplicationFirewallVerifiedDetails>,
    pub verified_host: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub provider: Option<AnyWebApplicationFirewallProvider>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
