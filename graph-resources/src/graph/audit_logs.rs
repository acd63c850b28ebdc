//! The types of the area `auditLogs`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "auditLogs")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.appliedConditionalAccessPolicyResult")]
pub enum AppliedConditionalAccessPolicyResult {
    Success,
    Failure,
    NotApplied,
    NotEnabled,
    Unknown,
    UnknownFutureValue,
    ReportOnlySuccess,
    ReportOnlyFailure,
    ReportOnlyNotApplied,
    ReportOnlyInterrupted,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.conditionalAccessStatus")]
pub enum ConditionalAccessStatus {
    Success,
    Failure,
    NotApplied,
    UnknownFutureValue,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.groupType")]
pub enum GroupType {
    UnifiedGroups,
    AzureAD,
    UnknownFutureValue,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.initiatorType")]
pub enum InitiatorType {
    User,
    Application,
    System,
    UnknownFutureValue,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.operationResult")]
pub enum OperationResult {
    Success,
    Failure,
    Timeout,
    UnknownFutureValue,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.provisioningAction")]
pub enum ProvisioningAction {
    Other,
    Create,
    Delete,
    Disable,
    Update,
    StagedDelete,
    UnknownFutureValue,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.provisioningResult")]
pub enum ProvisioningResult {
    Success,
    Failure,
    Skipped,
    Warning,
    UnknownFutureValue,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.provisioningStatusErrorCategory")]
pub enum ProvisioningStatusErrorCategory {
    Failure,
    NonServiceFailure,
    Success,
    UnknownFutureValue,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.provisioningStepType")]
pub enum ProvisioningStepType {
    Import,
    Scoping,
    Matching,
    Processing,
    ReferenceResolution,
    Export,
    UnknownFutureValue,
}

#[cfg(any(feature = "auditLogs", feature = "identityProtection"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.riskDetail")]
pub enum RiskDetail {
    None,
    AdminGeneratedTemporaryPassword,
    UserPerformedSecuredPasswordChange,
    UserPerformedSecuredPasswordReset,
    AdminConfirmedSigninSafe,
    AiConfirmedSigninSafe,
    UserPassedMFADrivenByRiskBasedPolicy,
    AdminDismissedAllRiskForUser,
    AdminConfirmedSigninCompromised,
    Hidden,
    AdminConfirmedUserCompromised,
    UnknownFutureValue,
    M365DAdminDismissedDetection,
    AdminConfirmedServicePrincipalCompromised,
    AdminDismissedAllRiskForServicePrincipal,
    UserChangedPasswordOnPremises,
    AdminDismissedRiskForSignIn,
    AdminConfirmedAccountSafe,
    MicrosoftRevokedSessions,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.riskEventType")]
pub enum RiskEventType {
    UnlikelyTravel,
    AnonymizedIPAddress,
    MaliciousIPAddress,
    UnfamiliarFeatures,
    MalwareInfectedIPAddress,
    SuspiciousIPAddress,
    LeakedCredentials,
    InvestigationsThreatIntelligence,
    Generic,
    AdminConfirmedUserCompromised,
    McasImpossibleTravel,
    McasSuspiciousInboxManipulationRules,
    InvestigationsThreatIntelligenceSigninLinked,
    MaliciousIPAddressValidCredentialsBlockedIP,
    UnknownFutureValue,
}

#[cfg(any(
    feature = "auditLogs",
    feature = "identity",
    feature = "identityProtection",
    feature = "policies"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.riskLevel")]
pub enum RiskLevel {
    Low,
    Medium,
    High,
    Hidden,
    None,
    UnknownFutureValue,
}

#[cfg(any(feature = "auditLogs", feature = "identityProtection"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.riskState")]
pub enum RiskState {
    None,
    ConfirmedSafe,
    Remediated,
    Dismissed,
    AtRisk,
    ConfirmedCompromised,
    UnknownFutureValue,
}

#[cfg(any(feature = "auditLogs", feature = "print"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.appIdentity")]
pub struct AppIdentity {
    pub app_id: Option<String>,
    pub display_name: Option<String>,
    pub service_principal_id: Option<String>,
    pub service_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.appliedConditionalAccessPolicy")]
pub struct AppliedConditionalAccessPolicy {
    pub display_name: Option<String>,
    pub enforced_grant_controls: Option<Vec<String>>,
    pub enforced_session_controls: Option<Vec<String>>,
    pub id: Option<String>,
    pub result: Option<AppliedConditionalAccessPolicyResult>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.auditActivityInitiator")]
pub struct AuditActivityInitiator {
    pub app: Option<AppIdentity>,
    pub user: Option<UserIdentity>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authenticationAppDeviceDetails")]
pub struct AuthenticationAppDeviceDetails {
    pub app_version: Option<String>,
    pub client_app: Option<String>,
    pub device_id: Option<String>,
    pub operating_system: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.detailsInfo")]
pub struct DetailsInfo {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceDetail")]
pub struct DeviceDetail {
    pub browser: Option<String>,
    pub device_id: Option<String>,
    pub display_name: Option<String>,
    pub is_compliant: Option<bool>,
    pub is_managed: Option<bool>,
    pub operating_system: Option<String>,
    pub trust_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.initiator", complex)]
pub struct Initiator {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub initiator_type: Option<InitiatorType>,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.modifiedProperty")]
pub struct ModifiedProperty {
    pub display_name: Option<String>,
    pub new_value: Option<String>,
    pub old_value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.provisionedIdentity", complex)]
pub struct ProvisionedIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub details: Option<DetailsInfo>,
    pub identity_type: Option<String>,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.provisioningErrorInfo")]
pub struct ProvisioningErrorInfo {
    pub additional_details: Option<String>,
    pub error_category: Option<ProvisioningStatusErrorCategory>,
    pub error_code: Option<String>,
    pub reason: Option<String>,
    pub recommended_action: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.provisioningServicePrincipal", complex)]
pub struct ProvisioningServicePrincipal {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.provisioningStatusInfo")]
pub struct ProvisioningStatusInfo {
    pub error_information: Option<ProvisioningErrorInfo>,
    pub status: Option<ProvisioningResult>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.provisioningStep")]
pub struct ProvisioningStep {
    pub description: Option<String>,
    pub details: Option<DetailsInfo>,
    pub name: Option<String>,
    pub provisioning_step_type: Option<ProvisioningStepType>,
    pub status: Option<ProvisioningResult>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.provisioningSystem", complex)]
pub struct ProvisioningSystem {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub details: Option<DetailsInfo>,
}

#[cfg(any(feature = "auditLogs", feature = "identityProtection"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.signInLocation")]
pub struct SignInLocation {
    pub city: Option<String>,
    pub country_or_region: Option<String>,
    pub geo_coordinates: Option<GeoCoordinates>,
    pub state: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.signInStatus")]
pub struct SignInStatus {
    pub additional_details: Option<String>,
    pub error_code: Option<i32>,
    pub failure_reason: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.targetResource")]
pub struct TargetResource {
    pub display_name: Option<String>,
    pub group_type: Option<GroupType>,
    pub id: Option<String>,
    pub modified_properties: Option<Vec<ModifiedProperty>>,
    pub r#type: Option<String>,
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "auditLogs",
    feature = "identityGovernance",
    feature = "reports",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userIdentity", complex)]
pub struct UserIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub ip_address: Option<String>,
    pub user_principal_name: Option<String>,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.auditLogRoot",
    keyless,
    singleton = "/auditLogs",
    contains(name = "directoryAudits", target = DirectoryAudit),
    contains(name = "provisioning", target = ProvisioningObjectSummary),
    contains(name = "signIns", target = SignIn)
)]
pub struct AuditLogRoot {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub directory_audits: Option<Vec<DirectoryAudit>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub provisioning: Option<Vec<ProvisioningObjectSummary>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sign_ins: Option<Vec<SignIn>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.directoryAudit",
    path = "/auditLogs/directoryAudits"
)]
pub struct DirectoryAudit {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub activity_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub activity_display_name: Option<String>,
    pub additional_details: Option<Vec<KeyValue>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub category: Option<String>,
    pub correlation_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub initiated_by: Option<AuditActivityInitiator>,
    pub logged_by_service: Option<String>,
    pub operation_type: Option<String>,
    pub result: Option<OperationResult>,
    pub result_reason: Option<String>,
    pub target_resources: Option<Vec<TargetResource>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.provisioningObjectSummary",
    path = "/auditLogs/provisioning"
)]
pub struct ProvisioningObjectSummary {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub activity_date_time: Option<edm::DateTimeOffset>,
    pub change_id: Option<String>,
    pub cycle_id: Option<String>,
    pub duration_in_milliseconds: Option<i32>,
    pub initiated_by: Option<Initiator>,
    pub job_id: Option<String>,
    pub modified_properties: Option<Vec<ModifiedProperty>>,
    pub provisioning_action: Option<ProvisioningAction>,
    pub provisioning_status_info: Option<ProvisioningStatusInfo>,
    pub provisioning_steps: Option<Vec<ProvisioningStep>>,
    pub service_principal: Option<ProvisioningServicePrincipal>,
    pub source_identity: Option<ProvisionedIdentity>,
    pub source_system: Option<ProvisioningSystem>,
    pub target_identity: Option<ProvisionedIdentity>,
    pub target_system: Option<ProvisioningSystem>,
    pub tenant_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.signIn",
    path = "/auditLogs/signIns",
    action(
        name = "confirmCompromised",
        collection,
        parameters = SignInCollectionConfirmCompromisedParameters
    ),
    action(name = "confirmSafe", collection, parameters = SignInCollectionConfirmSafeParameters),
    action(name = "dismiss", collection, parameters = SignInCollectionDismissParameters)
)]
pub struct SignIn {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub app_display_name: Option<String>,
    pub app_id: Option<String>,
    pub applied_conditional_access_policies: Option<Vec<AppliedConditionalAccessPolicy>>,
    pub authentication_app_device_details: Option<AuthenticationAppDeviceDetails>,
    pub client_app_used: Option<String>,
    pub conditional_access_status: Option<ConditionalAccessStatus>,
    pub correlation_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub device_detail: Option<DeviceDetail>,
    pub home_tenant_id: Option<String>,
    pub ip_address: Option<String>,
    pub is_interactive: Option<bool>,
    pub location: Option<SignInLocation>,
    pub resource_display_name: Option<String>,
    pub resource_id: Option<String>,
    pub resource_tenant_id: Option<String>,
    pub risk_detail: Option<RiskDetail>,
    pub risk_event_types: Option<Vec<RiskEventType>>,
    #[graph(rename = "riskEventTypes_v2")]
    pub risk_event_types_v2: Option<Vec<String>>,
    pub risk_level_aggregated: Option<RiskLevel>,
    pub risk_level_during_sign_in: Option<RiskLevel>,
    pub risk_state: Option<RiskState>,
    pub service_principal_id: Option<String>,
    pub service_principal_name: Option<String>,
    pub status: Option<SignInStatus>,
    pub user_agent: Option<String>,
    pub user_display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_id: Option<String>,
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `confirmCompromised`, bound to a collection of `signIn`.
#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct SignInCollectionConfirmCompromisedParameters {
    pub request_ids: Option<Vec<String>>,
}

/// The body of the action `confirmSafe`, bound to a collection of `signIn`.
#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct SignInCollectionConfirmSafeParameters {
    pub request_ids: Option<Vec<String>>,
}

/// The body of the action `dismiss`, bound to a collection of `signIn`.
#[cfg(feature = "auditLogs")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct SignInCollectionDismissParameters {
    pub request_ids: Option<Vec<String>>,
}
