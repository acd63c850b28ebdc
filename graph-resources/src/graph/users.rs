//! The types of the area `users`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

/// State of the action on the device
#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.actionState")]
pub enum ActionState {
    /// Not a valid action state
    None,
    /// Action is pending
    Pending,
    /// Action has been cancelled.
    Canceled,
    /// Action is active.
    Active,
    /// Action completed without errors.
    Done,
    /// Action failed
    Failed,
    /// Action is not supported.
    NotSupported,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.activityDomain")]
pub enum ActivityDomain {
    Unknown,
    Work,
    Personal,
    Unrestricted,
}

#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.allowedLobbyAdmitterRoles")]
pub enum AllowedLobbyAdmitterRoles {
    OrganizerAndCoOrganizersAndPresenters,
    OrganizerAndCoOrganizers,
    UnknownFutureValue,
}

/// AppLogUploadStatus
#[cfg(any(feature = "users", feature = "deviceManagement"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.appLogUploadState")]
pub enum AppLogUploadState {
    /// Default. Indicates that request is waiting to be processed or under processing.
    Pending,
    /// Indicates that request is completed with file uploaded to Azure blob for download.
    Completed,
    /// Indicates that request is completed with file uploaded to Azure blob for download.
    Failed,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.attestationLevel")]
pub enum AttestationLevel {
    Attested,
    NotAttested,
    UnknownFutureValue,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.authenticationMethodKeyStrength")]
pub enum AuthenticationMethodKeyStrength {
    Normal,
    Weak,
    Unknown,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.authenticationMethodPlatform")]
pub enum AuthenticationMethodPlatform {
    Unknown,
    Windows,
    MacOS,
    IOS,
    Android,
    Linux,
    UnknownFutureValue,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.authenticationMethodSignInState")]
pub enum AuthenticationMethodSignInState {
    NotSupported,
    NotAllowedByPolicy,
    NotEnabled,
    PhoneNumberNotUnique,
    Ready,
    NotConfigured,
    UnknownFutureValue,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.authenticationPhoneType")]
pub enum AuthenticationPhoneType {
    Mobile,
    AlternateMobile,
    Office,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.automaticRepliesStatus")]
pub enum AutomaticRepliesStatus {
    Disabled,
    AlwaysEnabled,
    Scheduled,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.broadcastMeetingAudience")]
pub enum BroadcastMeetingAudience {
    RoleIsAttendee,
    Organization,
    Everyone,
    UnknownFutureValue,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.calendarSharingAction")]
pub enum CalendarSharingAction {
    Accept,
    AcceptAndViewCalendar,
    ViewCalendar,
    AddThisCalendar,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.calendarSharingActionImportance")]
pub enum CalendarSharingActionImportance {
    Primary,
    Secondary,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.calendarSharingActionType")]
pub enum CalendarSharingActionType {
    Accept,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.categoryColor")]
pub enum CategoryColor {
    None,
    Preset0,
    Preset1,
    Preset2,
    Preset3,
    Preset4,
    Preset5,
    Preset6,
    Preset7,
    Preset8,
    Preset9,
    Preset10,
    Preset11,
    Preset12,
    Preset13,
    Preset14,
    Preset15,
    Preset16,
    Preset17,
    Preset18,
    Preset19,
    Preset20,
    Preset21,
    Preset22,
    Preset23,
    Preset24,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcOperatingSystem")]
pub enum CloudPcOperatingSystem {
    Windows10,
    Windows11,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "deviceManagement"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcProvisioningType")]
pub enum CloudPcProvisioningType {
    Dedicated,
    Shared,
    UnknownFutureValue,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcUserAccountType")]
pub enum CloudPcUserAccountType {
    StandardUser,
    Administrator,
    UnknownFutureValue,
}

/// Compliance state.
#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.complianceState")]
pub enum ComplianceState {
    /// Unknown.
    Unknown,
    /// Compliant.
    Compliant,
    /// Device is non-compliant and is blocked from corporate resources.
    Noncompliant,
    /// Conflict with other rules.
    Conflict,
    /// Error.
    Error,
    /// Device is non-compliant but still has access to corporate resources
    InGracePeriod,
    /// Managed by Config Manager
    ConfigManager,
}

#[cfg(any(
    feature = "users",
    feature = "deviceAppManagement",
    feature = "deviceManagement"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.complianceStatus")]
pub enum ComplianceStatus {
    Unknown,
    NotApplicable,
    Compliant,
    Remediated,
    NonCompliant,
    Error,
    Conflict,
    NotAssigned,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.contentCategory")]
pub enum ContentCategory {
    None,
    Ai,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.contentProcessingErrorType")]
pub enum ContentProcessingErrorType {
    Transient,
    Permanent,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.delegateMeetingMessageDeliveryOptions")]
pub enum DelegateMeetingMessageDeliveryOptions {
    SendToDelegateAndInformationToPrincipal,
    SendToDelegateAndPrincipal,
    SendToDelegateOnly,
}

/// Top level failure categories for enrollment.
#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceEnrollmentFailureReason")]
pub enum DeviceEnrollmentFailureReason {
    /// Default value, failure reason is unknown.
    Unknown,
    /// Authentication failed
    Authentication,
    /// Call was authenticated, but not authorized to enroll.
    Authorization,
    /// Failed to validate the account for enrollment. (Account blocked, enrollment not enabled)
    AccountValidation,
    /// User could not be validated. (User does not exist, missing license)
    UserValidation,
    /// Device is not supported for mobile device management.
    DeviceNotSupported,
    /// Account is in maintenance.
    InMaintenance,
    /// Client sent a request that is not understood/supported by the service.
    BadRequest,
    /// Feature(s) used by this enrollment are not supported for this account.
    FeatureNotSupported,
    /// Enrollment restrictions configured by admin blocked this enrollment.
    EnrollmentRestrictionsEnforced,
    /// Client timed out or enrollment was aborted by enduser.
    ClientDisconnected,
    /// Enrollment was abandoned by enduser. (Enduser started onboarding but failed to complete it
    /// in timely manner)
    UserAbandonment,
}

/// Possible ways of adding a mobile device to management.
#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceEnrollmentType")]
pub enum DeviceEnrollmentType {
    /// Default value, enrollment type was not collected.
    Unknown,
    /// User driven enrollment through BYOD channel.
    UserEnrollment,
    /// User enrollment with a device enrollment manager account.
    DeviceEnrollmentManager,
    /// Apple bulk enrollment with user challenge. (DEP, Apple Configurator)
    AppleBulkWithUser,
    /// Apple bulk enrollment without user challenge. (DEP, Apple Configurator, Mobile Config)
    AppleBulkWithoutUser,
    /// Windows 10 Entra ID (Azure AD) Join.
    WindowsAzureADJoin,
    /// Windows 10 Bulk enrollment through ICD with certificate.
    WindowsBulkUserless,
    /// Windows 10 automatic enrollment. (Add work account)
    WindowsAutoEnrollment,
    /// Windows 10 bulk Entra ID (Azure AD) Join.
    WindowsBulkAzureDomainJoin,
    /// Windows 10 Co-Management triggered by AutoPilot or Group Policy.
    WindowsCoManagement,
    /// Windows 10 Entra ID (Azure AD) Join using Device Auth.
    WindowsAzureADJoinUsingDeviceAuth,
    /// Indicates the device is enrolled via Apple User Enrollment with Company Portal. It results
    /// in an enrollment with a new partition for managed apps and data and which supports a limited
    /// set of management capabilities
    AppleUserEnrollment,
    /// Indicates the device is enrolled via Apple User Enrollment with Company Portal using a
    /// device enrollment manager user. It results in an enrollment with a new partition for managed
    /// apps and data and which supports a limited set of management capabilities
    AppleUserEnrollmentWithServiceAccount,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Device Exchange Access State.
#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementExchangeAccessState")]
pub enum DeviceManagementExchangeAccessState {
    /// No access state discovered from Exchange
    None,
    /// Device access state to Exchange is unknown
    Unknown,
    /// Device has access to Exchange
    Allowed,
    /// Device is Blocked in Exchange
    Blocked,
    /// Device is Quarantined in Exchange
    Quarantined,
}

/// Device Exchange Access State Reason.
#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementExchangeAccessStateReason")]
pub enum DeviceManagementExchangeAccessStateReason {
    /// No access state reason discovered from Exchange
    None,
    /// Unknown access state reason
    Unknown,
    /// Access state determined by Exchange Global rule
    ExchangeGlobalRule,
    /// Access state determined by Exchange Individual rule
    ExchangeIndividualRule,
    /// Access state determined by Exchange Device rule
    ExchangeDeviceRule,
    /// Access state due to Exchange upgrade
    ExchangeUpgrade,
    /// Access state determined by Exchange Mailbox Policy
    ExchangeMailboxPolicy,
    /// Access state determined by Exchange
    Other,
    /// Access state granted by compliance challenge
    Compliant,
    /// Access state revoked by compliance challenge
    NotCompliant,
    /// Access state revoked by management challenge
    NotEnrolled,
    /// Access state due to unknown location
    UnknownLocation,
    /// Access state due to MFA challenge
    MfaRequired,
    /// Access State revoked by AAD Access Policy
    AzureADBlockDueToAccessPolicy,
    /// Access State revoked by compromised password
    CompromisedPassword,
    /// Access state revoked by managed application challenge
    DeviceNotKnownWithManagedApp,
}

/// Device registration status.
#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceRegistrationState")]
pub enum DeviceRegistrationState {
    /// The device is not registered.
    NotRegistered,
    /// The device is registered.
    Registered,
    /// The device has been blocked, wiped or retired.
    Revoked,
    /// The device has a key conflict.
    KeyConflict,
    /// The device is pending approval.
    ApprovalPending,
    /// The device certificate has been reset.
    CertificateReset,
    /// The device is not registered and pending enrollment.
    NotRegisteredPendingEnrollment,
    /// The device registration status is unknown.
    Unknown,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.dlpAction")]
pub enum DlpAction {
    NotifyUser,
    BlockAccess,
    DeviceRestriction,
    BrowserRestriction,
    UnknownFutureValue,
    RestrictAccess,
    GenerateAlert,
    GenerateIncidentReportAction,
    SPBlockAnonymousAccess,
    SPRuntimeAccessControl,
    SPSharingNotifyUser,
    SPSharingGenerateIncidentReport,
    RestrictWebGrounding,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.errorCorrectionLevel")]
pub enum ErrorCorrectionLevel {
    L,
    M,
    Q,
    H,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.exchangeIdFormat")]
pub enum ExchangeIdFormat {
    EntryId,
    EwsId,
    ImmutableEntryId,
    RestId,
    RestImmutableEntryId,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.executionMode")]
pub enum ExecutionMode {
    EvaluateInline,
    EvaluateOffline,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.externalAudienceScope")]
pub enum ExternalAudienceScope {
    None,
    ContactsOnly,
    All,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.followupFlagStatus")]
pub enum FollowupFlagStatus {
    NotFlagged,
    Complete,
    Flagged,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.inferenceClassificationType")]
pub enum InferenceClassificationType {
    Focused,
    Other,
}

#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.lobbyBypassScope")]
pub enum LobbyBypassScope {
    Organizer,
    Organization,
    OrganizationAndFederated,
    Everyone,
    UnknownFutureValue,
    Invited,
    OrganizationExcludingGuests,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.mailTipsType", flags)]
pub enum MailTipsType {
    AutomaticReplies,
    MailboxFullStatus,
    CustomMailTip,
    ExternalMemberCount,
    TotalMemberCount,
    MaxMessageSize,
    DeliveryRestriction,
    ModerationStatus,
    RecipientScope,
    RecipientSuggestions,
}

/// Owner type of device.
#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.managedDeviceOwnerType")]
pub enum ManagedDeviceOwnerType {
    /// Unknown device owner type.
    Unknown,
    /// Corporate device owner type.
    Company,
    /// Personal device owner type.
    Personal,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Available health states for the Device Health API
#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.managedDevicePartnerReportedHealthState")]
pub enum ManagedDevicePartnerReportedHealthState {
    /// Device health state is not yet reported
    Unknown,
    /// Device has been activated by a mobile threat defense partner, but has not yet reported
    /// health.
    Activated,
    /// Device has been deactivated by a mobile threat defense partner. The device health is not
    /// known.
    Deactivated,
    /// Device is considered secured by the mobile threat defense partner.
    Secured,
    /// Device is considered low threat by the mobile threat defense partner.
    LowSeverity,
    /// Device is considered medium threat by the mobile threat defense partner.
    MediumSeverity,
    /// Device is considered high threat by the mobile threat defense partner.
    HighSeverity,
    /// Device is considered unresponsive by the mobile threat defense partner. The device health is
    /// not known.
    Unresponsive,
    /// Device is considered compromised by the Threat Defense partner. This means the device has an
    /// active Threat or Risk which cannot be easily remediated by the end user and the user should
    /// contact their IT Admin.
    Compromised,
    /// Device is considered misconfigured with the Threat Defense partner. This means the device is
    /// missing a required profile or configuration for the Threat Defense Partner to function
    /// properly and is thus threat or risk analysis is not able to complete.
    Misconfigured,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.managementAgentType")]
pub enum ManagementAgentType {
    /// The device is managed by Exchange server.
    Eas,
    /// The device is managed by Intune MDM.
    Mdm,
    /// The device is managed by both Exchange server and Intune MDM.
    EasMdm,
    /// Intune client managed.
    IntuneClient,
    /// The device is EAS and Intune client dual managed.
    EasIntuneClient,
    /// The device is managed by Configuration Manager.
    ConfigurationManagerClient,
    /// The device is managed by Configuration Manager and MDM.
    ConfigurationManagerClientMdm,
    /// The device is managed by Configuration Manager, MDM and Eas.
    ConfigurationManagerClientMdmEas,
    /// Unknown management agent type.
    Unknown,
    /// The device attributes are fetched from Jamf.
    Jamf,
    /// The device is managed by Google's CloudDPC.
    GoogleCloudDevicePolicyController,
    /// This device is managed by Microsoft 365 through Intune.
    Microsoft365ManagedMdm,
    MsSense,
}

/// Management state of device in Microsoft Intune.
#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.managementState")]
pub enum ManagementState {
    /// The device is under management
    Managed,
    /// A retire command is occuring on the device and in the process of unenrolling from management
    RetirePending,
    /// Retire command failed on the device
    RetireFailed,
    /// A wipe command is occuring on the device and in the process of unenrolling from management
    WipePending,
    /// Wipe command failed on the device
    WipeFailed,
    /// The device is unhealthy.
    Unhealthy,
    /// A delete command is occuring on the device
    DeletePending,
    /// A retire command was issued for the device
    RetireIssued,
    /// A wipe command was issued for the device
    WipeIssued,
    /// A wipe command for this device has been canceled
    WipeCanceled,
    /// A retire command for this device has been canceled
    RetireCanceled,
    /// The device is discovered but not fully enrolled.
    Discovered,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.maxWorkLocationDetails")]
pub enum MaxWorkLocationDetails {
    Unknown,
    None,
    Approximate,
    Specific,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.meetingChatHistoryDefaultMode")]
pub enum MeetingChatHistoryDefaultMode {
    None,
    All,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.meetingChatMode")]
pub enum MeetingChatMode {
    Enabled,
    Disabled,
    Limited,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.meetingLiveShareOptions")]
pub enum MeetingLiveShareOptions {
    Enabled,
    Disabled,
    UnknownFutureValue,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.meetingMessageType")]
pub enum MeetingMessageType {
    None,
    MeetingRequest,
    MeetingCancelled,
    MeetingAccepted,
    MeetingTenativelyAccepted,
    MeetingDeclined,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.meetingRequestType")]
pub enum MeetingRequestType {
    None,
    NewMeetingRequest,
    FullUpdate,
    InformationalUpdate,
    SilentUpdate,
    Outdated,
    PrincipalWantsCopy,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.messageActionFlag")]
pub enum MessageActionFlag {
    Any,
    Call,
    DoNotForward,
    FollowUp,
    Fyi,
    Forward,
    NoResponseNecessary,
    Read,
    Reply,
    ReplyToAll,
    Review,
}

#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.onlineMeetingPresenters")]
pub enum OnlineMeetingPresenters {
    Everyone,
    Organization,
    RoleIsPresenter,
    Organizer,
    UnknownFutureValue,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.onlineMeetingRole")]
pub enum OnlineMeetingRole {
    Attendee,
    Presenter,
    UnknownFutureValue,
    Producer,
    Coorganizer,
}

#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.onlineMeetingType")]
pub enum OnlineMeetingType {
    Adhoc,
    Scheduled,
    Recurring,
    Broadcast,
    Meetnow,
    UnknownFutureValue,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.passkeyType")]
pub enum PasskeyType {
    DeviceBound,
    Synced,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.policyPivotProperty")]
pub enum PolicyPivotProperty {
    None,
    Activity,
    Location,
    UnknownFutureValue,
}

/// Supported platform types for policies.
#[cfg(any(feature = "users", feature = "deviceManagement"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.policyPlatformType")]
pub enum PolicyPlatformType {
    /// Android.
    Android,
    /// AndroidForWork.
    AndroidForWork,
    /// iOS.
    IOS,
    /// MacOS.
    MacOS,
    /// WindowsPhone 8.1.
    WindowsPhone81,
    /// Windows 8.1 and later
    Windows81AndLater,
    /// Windows 10 and later.
    Windows10AndLater,
    /// All platforms.
    All,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.protectionScopeState")]
pub enum ProtectionScopeState {
    NotModified,
    Modified,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.recipientScopeType", flags)]
pub enum RecipientScopeType {
    None,
    Internal,
    External,
    ExternalPartner,
    ExternalNonPartner,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.remindBeforeTimeInMinutesType")]
pub enum RemindBeforeTimeInMinutesType {
    Mins15,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.resourceAccessStatus")]
pub enum ResourceAccessStatus {
    None,
    Failure,
    Success,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.resourceAccessType", flags)]
pub enum ResourceAccessType {
    None,
    Read,
    Write,
    Create,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.restrictionAction")]
pub enum RestrictionAction {
    Warn,
    Audit,
    Block,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.selectionLikelihoodInfo")]
pub enum SelectionLikelihoodInfo {
    NotSpecified,
    High,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.settingSourceType")]
pub enum SettingSourceType {
    DeviceConfiguration,
    DeviceIntent,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.status")]
pub enum Status {
    Active,
    Updated,
    Deleted,
    Ignored,
    UnknownFutureValue,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.taskStatus")]
pub enum TaskStatus {
    NotStarted,
    InProgress,
    Completed,
    WaitingOnOthers,
    Deferred,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.timeZoneStandard")]
pub enum TimeZoneStandard {
    Windows,
    Iana,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.userActivityType")]
pub enum UserActivityType {
    UploadText,
    UploadFile,
    DownloadText,
    DownloadFile,
    UnknownFutureValue,
    CopyToClipboard,
    PasteFromClipboard,
    Print,
    AccessDebugTools,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.userActivityTypes", flags)]
pub enum UserActivityTypes {
    None,
    UploadText,
    UploadFile,
    DownloadText,
    DownloadFile,
    UnknownFutureValue,
    CopyToClipboard,
    PasteFromClipboard,
    Print,
    AccessDebugTools,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.userPurpose")]
pub enum UserPurpose {
    User,
    Linked,
    Shared,
    Room,
    Equipment,
    Others,
    UnknownFutureValue,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.virtualAppointmentMessageType")]
pub enum VirtualAppointmentMessageType {
    Confirmation,
    Reschedule,
    Cancellation,
    UnknownFutureValue,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.websiteType")]
pub enum WebsiteType {
    Other,
    Home,
    Work,
    Blog,
    Profile,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.wellknownListName")]
pub enum WellknownListName {
    None,
    DefaultList,
    FlaggedEmails,
    UnknownFutureValue,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windows365SwitchCompatibilityFailureReasonType")]
pub enum Windows365SwitchCompatibilityFailureReasonType {
    OsVersionNotSupported,
    HardwareNotSupported,
    UnknownFutureValue,
}

/// Product Status of Windows Defender
#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsDefenderProductStatus", flags)]
pub enum WindowsDefenderProductStatus {
    /// No status
    NoStatus,
    /// Service not running
    ServiceNotRunning,
    /// Service started without any malware protection engine
    ServiceStartedWithoutMalwareProtection,
    /// Pending full scan due to threat action
    PendingFullScanDueToThreatAction,
    /// Pending reboot due to threat action
    PendingRebootDueToThreatAction,
    /// Pending manual steps due to threat action
    PendingManualStepsDueToThreatAction,
    /// Antivirus (AV) signatures out of date
    AvSignaturesOutOfDate,
    /// Antisypware (AS) signatures out of date
    AsSignaturesOutOfDate,
    /// No quick scan has happened for a specified period
    NoQuickScanHappenedForSpecifiedPeriod,
    /// No full scan has happened for a specified period
    NoFullScanHappenedForSpecifiedPeriod,
    /// System initiated scan in progress
    SystemInitiatedScanInProgress,
    /// System initiated clean in progress
    SystemInitiatedCleanInProgress,
    /// There are samples pending submission
    SamplesPendingSubmission,
    /// Product running in evaluation mode
    ProductRunningInEvaluationMode,
    /// Product running in non-genuine Windows mode
    ProductRunningInNonGenuineMode,
    /// Product expired
    ProductExpired,
    /// Off-line scan required
    OfflineScanRequired,
    /// Service is shutting down as part of system shutdown
    ServiceShutdownAsPartOfSystemShutdown,
    /// Threat remediation failed critically
    ThreatRemediationFailedCritically,
    /// Threat remediation failed non-critically
    ThreatRemediationFailedNonCritically,
    /// No status flags set (well initialized state)
    NoStatusFlagsSet,
    /// Platform is out of date
    PlatformOutOfDate,
    /// Platform update is in progress
    PlatformUpdateInProgress,
    /// Platform is about to be outdated
    PlatformAboutToBeOutdated,
    /// Signature or platform end of life is past or is impending
    SignatureOrPlatformEndOfLifeIsPastOrIsImpending,
    /// Windows SMode signatures still in use on non-Win10S install
    WindowsSModeSignaturesInUseOnNonWin10SInstall,
}

/// Computer endpoint protection state
#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsDeviceHealthState", flags)]
pub enum WindowsDeviceHealthState {
    /// Computer is clean and no action is required
    Clean,
    /// Computer is in pending full scan state
    FullScanPending,
    /// Computer is in pending reboot state
    RebootPending,
    /// Computer is in pending manual steps state
    ManualStepsPending,
    /// Computer is in pending offline scan state
    OfflineScanPending,
    /// Computer is in critical failure state
    Critical,
}

/// Malware category id
#[cfg(any(feature = "users", feature = "deviceManagement"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsMalwareCategory")]
pub enum WindowsMalwareCategory {
    /// Invalid
    Invalid,
    /// Adware
    Adware,
    /// Spyware
    Spyware,
    /// Password stealer
    PasswordStealer,
    /// Trojan downloader
    TrojanDownloader,
    /// Worm
    Worm,
    /// Backdoor
    Backdoor,
    /// Remote access Trojan
    RemoteAccessTrojan,
    /// Trojan
    Trojan,
    /// Email flooder
    EmailFlooder,
    /// Keylogger
    Keylogger,
    /// Dialer
    Dialer,
    /// Monitoring software
    MonitoringSoftware,
    /// Browser modifier
    BrowserModifier,
    /// Cookie
    Cookie,
    /// Browser plugin
    BrowserPlugin,
    /// AOL exploit
    AolExploit,
    /// Nuker
    Nuker,
    /// Security disabler
    SecurityDisabler,
    /// Joke program
    JokeProgram,
    /// Hostile ActiveX control
    HostileActiveXControl,
    /// Software bundler
    SoftwareBundler,
    /// Stealth modifier
    StealthNotifier,
    /// Settings modifier
    SettingsModifier,
    /// Toolbar
    ToolBar,
    /// Remote control software
    RemoteControlSoftware,
    /// Trojan FTP
    TrojanFtp,
    /// Potential unwanted software
    PotentialUnwantedSoftware,
    /// ICQ exploit
    IcqExploit,
    /// Trojan telnet
    TrojanTelnet,
    /// Exploit
    Exploit,
    /// File sharing program
    FilesharingProgram,
    /// Malware creation tool
    MalwareCreationTool,
    /// Remote control software
    #[graph(rename = "remote_Control_Software")]
    RemoteControlSoftware2,
    /// Tool
    Tool,
    /// Trojan denial of service
    TrojanDenialOfService,
    /// Trojan dropper
    TrojanDropper,
    /// Trojan mass mailer
    TrojanMassMailer,
    /// Trojan monitoring software
    TrojanMonitoringSoftware,
    /// Trojan proxy server
    TrojanProxyServer,
    /// Virus
    Virus,
    /// Known
    Known,
    /// Unknown
    Unknown,
    /// SPP
    Spp,
    /// Behavior
    Behavior,
    /// Vulnerability
    Vulnerability,
    /// Policy
    Policy,
    /// Enterprise Unwanted Software
    EnterpriseUnwantedSoftware,
    /// Ransom
    Ransom,
    /// HIPS Rule
    HipsRule,
}

/// Malware execution status
#[cfg(any(feature = "users", feature = "deviceManagement"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsMalwareExecutionState")]
pub enum WindowsMalwareExecutionState {
    /// Unknown
    Unknown,
    /// Blocked
    Blocked,
    /// Allowed
    Allowed,
    /// Running
    Running,
    /// Not running
    NotRunning,
}

/// Malware severity
#[cfg(any(feature = "users", feature = "deviceManagement"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsMalwareSeverity")]
pub enum WindowsMalwareSeverity {
    /// Unknown
    Unknown,
    /// Low
    Low,
    /// Moderate
    Moderate,
    /// High
    High,
    /// Severe
    Severe,
}

/// Malware current status
#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsMalwareState")]
pub enum WindowsMalwareState {
    /// Unknown
    Unknown,
    /// Detected
    Detected,
    /// Cleaned
    Cleaned,
    /// Quarantined
    Quarantined,
    /// Removed
    Removed,
    /// Allowed
    Allowed,
    /// Blocked
    Blocked,
    /// Clean failed
    CleanFailed,
    /// Quarantine failed
    QuarantineFailed,
    /// Remove failed
    RemoveFailed,
    /// Allow failed
    AllowFailed,
    /// Abandoned
    Abandoned,
    /// Block failed
    BlockFailed,
}

/// Malware threat status
#[cfg(any(feature = "users", feature = "deviceManagement"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsMalwareThreatState")]
pub enum WindowsMalwareThreatState {
    /// Active
    Active,
    /// Action failed
    ActionFailed,
    /// Manual steps required
    ManualStepsRequired,
    /// Full scan required
    FullScanRequired,
    /// Reboot required
    RebootRequired,
    /// Remediated with non critical failures
    RemediatedWithNonCriticalFailures,
    /// Quarantined
    Quarantined,
    /// Removed
    Removed,
    /// Cleaned
    Cleaned,
    /// Allowed
    Allowed,
    /// No status cleared
    NoStatusCleared,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsSettingType")]
pub enum WindowsSettingType {
    Roaming,
    Backup,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "communications"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.workLocationSource")]
pub enum WorkLocationSource {
    None,
    Manual,
    Scheduled,
    Automatic,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "communications"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.workLocationType")]
pub enum WorkLocationType {
    Unspecified,
    Office,
    Remote,
    TimeOff,
    UnknownFutureValue,
}

#[cfg(feature = "users")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.workLocationUpdateScope")]
pub enum WorkLocationUpdateScope {
    CurrentSegment,
    CurrentDay,
    UnknownFutureValue,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.activityMetadata")]
pub struct ActivityMetadata {
    /// Not nullable.
    #[graph(non_nullable)]
    pub activity: Option<UserActivityType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.aiAgentInfo", complex)]
pub struct AiAgentInfo {
    /// The inherited properties of `aiInteractionEntity`.
    #[graph(base)]
    pub base: AiInteractionEntity,
    pub blueprint_id: Option<String>,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.aiInteractionEntity")]
pub struct AiInteractionEntity {
    pub identifier: Option<String>,
    pub name: Option<String>,
    pub version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.aiInteractionEntity`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `AiInteractionEntity`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAiInteractionEntity {
    /// `microsoft.graph.aiAgentInfo`.
    AiAgentInfo(AiAgentInfo),
    /// `microsoft.graph.aiInteractionPlugin`.
    AiInteractionPlugin(AiInteractionPlugin),
    /// `microsoft.graph.aiInteractionEntity` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AiInteractionEntity),
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.aiInteractionPlugin", complex)]
pub struct AiInteractionPlugin {
    /// The inherited properties of `aiInteractionEntity`.
    #[graph(base)]
    pub base: AiInteractionEntity,
}

/// The identifier for an Android app.
#[cfg(any(
    feature = "users",
    feature = "deviceAppManagement",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.androidMobileAppIdentifier", complex)]
pub struct AndroidMobileAppIdentifier {
    /// The inherited properties of `mobileAppIdentifier`.
    #[graph(base)]
    pub base: MobileAppIdentifier,
    /// The identifier for an app, as specified in the play store. Not nullable.
    #[graph(non_nullable)]
    pub package_id: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attachmentInfo")]
pub struct AttachmentInfo {
    pub attachment_type: Option<AttachmentType>,
    pub content_type: Option<String>,
    pub name: Option<String>,
    pub size: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attendeeAvailability")]
pub struct AttendeeAvailability {
    pub attendee: Option<AnyAttendeeBase>,
    pub availability: Option<FreeBusyStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attendeeNotificationInfo")]
pub struct AttendeeNotificationInfo {
    pub phone_number: Option<String>,
    pub time_zone: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.audioConferencing")]
pub struct AudioConferencing {
    pub conference_id: Option<String>,
    pub dialin_url: Option<String>,
    pub toll_free_number: Option<String>,
    pub toll_free_numbers: Option<Vec<String>>,
    pub toll_number: Option<String>,
    pub toll_numbers: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authorizationInfo")]
pub struct AuthorizationInfo {
    pub certificate_user_ids: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.automaticRepliesMailTips")]
pub struct AutomaticRepliesMailTips {
    pub message: Option<String>,
    pub message_language: Option<LocaleInfo>,
    pub scheduled_end_time: Option<DateTimeTimeZone>,
    pub scheduled_start_time: Option<DateTimeTimeZone>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.automaticRepliesSetting")]
pub struct AutomaticRepliesSetting {
    pub external_audience: Option<ExternalAudienceScope>,
    pub external_reply_message: Option<String>,
    pub internal_reply_message: Option<String>,
    pub scheduled_end_date_time: Option<DateTimeTimeZone>,
    pub scheduled_start_date_time: Option<DateTimeTimeZone>,
    pub status: Option<AutomaticRepliesStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.binaryContent", complex)]
pub struct BinaryContent {
    /// The inherited properties of `contentBase`.
    #[graph(base)]
    pub base: ContentBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub data: Option<edm::Binary>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.broadcastMeetingCaptionSettings")]
pub struct BroadcastMeetingCaptionSettings {
    pub is_caption_enabled: Option<bool>,
    pub spoken_language: Option<String>,
    pub translation_languages: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.broadcastMeetingSettings")]
pub struct BroadcastMeetingSettings {
    pub allowed_audience: Option<BroadcastMeetingAudience>,
    pub captions: Option<BroadcastMeetingCaptionSettings>,
    pub is_attendee_report_enabled: Option<bool>,
    pub is_question_and_answer_enabled: Option<bool>,
    pub is_recording_enabled: Option<bool>,
    pub is_video_on_demand_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.calendarSharingMessageAction")]
pub struct CalendarSharingMessageAction {
    pub action: Option<CalendarSharingAction>,
    pub action_type: Option<CalendarSharingActionType>,
    pub importance: Option<CalendarSharingActionImportance>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "users",
    feature = "communications",
    feature = "solutions",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.chatInfo")]
pub struct ChatInfo {
    pub message_id: Option<String>,
    pub reply_chain_message_id: Option<String>,
    pub thread_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.chatRestrictions")]
pub struct ChatRestrictions {
    pub allow_text_only: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.classifcationErrorBase")]
pub struct ClassifcationErrorBase {
    pub code: Option<String>,
    pub inner_error: Option<ClassificationInnerError>,
    pub message: Option<String>,
    pub target: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.classifcationErrorBase`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `ClassifcationErrorBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyClassifcationErrorBase {
    /// `microsoft.graph.classificationError`.
    ClassificationError(ClassificationError),
    /// `microsoft.graph.processingError`.
    ProcessingError(ProcessingError),
    /// `microsoft.graph.classifcationErrorBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ClassifcationErrorBase),
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.classificationError", complex)]
pub struct ClassificationError {
    /// The inherited properties of `classifcationErrorBase`.
    #[graph(base)]
    pub base: ClassifcationErrorBase,
    pub details: Option<Vec<AnyClassifcationErrorBase>>,
}

/// A `microsoft.graph.classificationError`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ClassificationError`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyClassificationError {
    /// `microsoft.graph.processingError`.
    ProcessingError(ProcessingError),
    /// `microsoft.graph.classificationError` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ClassificationError),
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.classificationInnerError")]
pub struct ClassificationInnerError {
    pub activity_id: Option<String>,
    pub client_request_id: Option<String>,
    pub code: Option<String>,
    pub error_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudClipboardItemPayload")]
pub struct CloudClipboardItemPayload {
    /// Not nullable.
    #[graph(non_nullable)]
    pub content: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub format_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudPcLaunchDetail")]
pub struct CloudPcLaunchDetail {
    /// Not nullable.
    #[graph(non_nullable)]
    pub cloud_pc_id: Option<String>,
    pub cloud_pc_launch_url: Option<String>,
    pub windows365_switch_compatibility_failure_reason_type:
        Option<Windows365SwitchCompatibilityFailureReasonType>,
    pub windows365_switch_compatible: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudVideoInteropInfo")]
pub struct CloudVideoInteropInfo {
    pub more_info_web_url: Option<String>,
    pub tenant_key: Option<String>,
    pub video_teleconference_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// configuration Manager client enabled features
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.configurationManagerClientEnabledFeatures")]
pub struct ConfigurationManagerClientEnabledFeatures {
    /// Whether compliance policy is managed by Intune. Not nullable.
    #[graph(non_nullable)]
    pub compliance_policy: Option<bool>,
    /// Whether device configuration is managed by Intune. Not nullable.
    #[graph(non_nullable)]
    pub device_configuration: Option<bool>,
    /// Whether inventory is managed by Intune. Not nullable.
    #[graph(non_nullable)]
    pub inventory: Option<bool>,
    /// Whether modern application is managed by Intune. Not nullable.
    #[graph(non_nullable)]
    pub modern_apps: Option<bool>,
    /// Whether resource access is managed by Intune. Not nullable.
    #[graph(non_nullable)]
    pub resource_access: Option<bool>,
    /// Whether Windows Update for Business is managed by Intune. Not nullable.
    #[graph(non_nullable)]
    pub windows_update_for_business: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.contentBase", abstract)]
pub struct ContentBase {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.contentBase`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `ContentBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyContentBase {
    /// `microsoft.graph.binaryContent`.
    BinaryContent(BinaryContent),
    /// `microsoft.graph.textContent`.
    TextContent(TextContent),
    /// `microsoft.graph.contentBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ContentBase),
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.convertIdResult")]
pub struct ConvertIdResult {
    pub error_details: Option<GenericError>,
    pub source_id: Option<String>,
    pub target_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "users",
    feature = "admin",
    feature = "search",
    feature = "security",
    feature = "storage"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.customMetadataDictionary", complex)]
pub struct CustomMetadataDictionary {
    /// The inherited properties of `Dictionary`.
    #[graph(base)]
    pub base: Dictionary,
}

/// Delete user from shared apple device action result
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.deleteUserFromSharedAppleDeviceActionResult",
    complex
)]
pub struct DeleteUserFromSharedAppleDeviceActionResult {
    /// The inherited properties of `deviceActionResult`.
    #[graph(base)]
    pub base: DeviceActionResult,
    /// User principal name of the user to be deleted
    pub user_principal_name: Option<String>,
}

/// Device action result
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceActionResult")]
pub struct DeviceActionResult {
    /// Action name
    pub action_name: Option<String>,
    /// State of the action. Not nullable.
    #[graph(non_nullable)]
    pub action_state: Option<ActionState>,
    /// Time the action state was last updated. Not nullable.
    #[graph(non_nullable)]
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    /// Time the action was initiated. Not nullable.
    #[graph(non_nullable)]
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.deviceActionResult`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `DeviceActionResult`, keeping its `@odata.type` and properties.
#[cfg(feature = "users")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDeviceActionResult {
    /// `microsoft.graph.deleteUserFromSharedAppleDeviceActionResult`.
    DeleteUserFromSharedAppleDeviceActionResult(DeleteUserFromSharedAppleDeviceActionResult),
    /// `microsoft.graph.locateDeviceActionResult`.
    LocateDeviceActionResult(LocateDeviceActionResult),
    /// `microsoft.graph.remoteLockActionResult`.
    RemoteLockActionResult(RemoteLockActionResult),
    /// `microsoft.graph.resetPasscodeActionResult`.
    ResetPasscodeActionResult(ResetPasscodeActionResult),
    /// `microsoft.graph.rotateBitLockerKeysDeviceActionResult`.
    RotateBitLockerKeysDeviceActionResult(RotateBitLockerKeysDeviceActionResult),
    /// `microsoft.graph.windowsDefenderScanActionResult`.
    WindowsDefenderScanActionResult(WindowsDefenderScanActionResult),
    /// `microsoft.graph.deviceActionResult` itself, or a type this build does not declare.
    #[graph(other)]
    Other(DeviceActionResult),
}

/// Exported Data
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceAndAppManagementData")]
pub struct DeviceAndAppManagementData {
    pub content: Option<edm::Stream>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Device Compilance Policy Setting State for a given device.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceCompliancePolicySettingState")]
pub struct DeviceCompliancePolicySettingState {
    /// Current value of setting on device
    pub current_value: Option<String>,
    /// Error code for the setting. Not nullable.
    #[graph(non_nullable)]
    pub error_code: Option<edm::Int64>,
    /// Error description
    pub error_description: Option<String>,
    /// Name of setting instance that is being reported.
    pub instance_display_name: Option<String>,
    /// The setting that is being reported
    pub setting: Option<String>,
    /// Localized/user friendly setting name that is being reported
    pub setting_name: Option<String>,
    /// Contributing policies
    pub sources: Option<Vec<SettingSource>>,
    /// The compliance state of the setting. Not nullable.
    #[graph(non_nullable)]
    pub state: Option<ComplianceStatus>,
    /// UserEmail
    pub user_email: Option<String>,
    /// UserId
    pub user_id: Option<String>,
    /// UserName
    pub user_name: Option<String>,
    /// UserPrincipalName.
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Device Configuration Setting State for a given device.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceConfigurationSettingState")]
pub struct DeviceConfigurationSettingState {
    /// Current value of setting on device
    pub current_value: Option<String>,
    /// Error code for the setting. Not nullable.
    #[graph(non_nullable)]
    pub error_code: Option<edm::Int64>,
    /// Error description
    pub error_description: Option<String>,
    /// Name of setting instance that is being reported.
    pub instance_display_name: Option<String>,
    /// The setting that is being reported
    pub setting: Option<String>,
    /// Localized/user friendly setting name that is being reported
    pub setting_name: Option<String>,
    /// Contributing policies
    pub sources: Option<Vec<SettingSource>>,
    /// The compliance state of the setting. Not nullable.
    #[graph(non_nullable)]
    pub state: Option<ComplianceStatus>,
    /// UserEmail
    pub user_email: Option<String>,
    /// UserId
    pub user_id: Option<String>,
    /// UserName
    pub user_name: Option<String>,
    /// UserPrincipalName.
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Device location
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceGeoLocation")]
pub struct DeviceGeoLocation {
    /// Altitude, given in meters above sea level. Not nullable.
    #[graph(non_nullable)]
    pub altitude: Option<edm::Double>,
    /// Heading in degrees from true north. Not nullable.
    #[graph(non_nullable)]
    pub heading: Option<edm::Double>,
    /// Accuracy of longitude and latitude in meters. Not nullable.
    #[graph(non_nullable)]
    pub horizontal_accuracy: Option<edm::Double>,
    /// Time at which location was recorded, relative to UTC. Not nullable.
    #[graph(non_nullable)]
    pub last_collected_date_time: Option<edm::DateTimeOffset>,
    /// Latitude coordinate of the device's location. Not nullable.
    #[graph(non_nullable)]
    pub latitude: Option<edm::Double>,
    /// Longitude coordinate of the device's location. Not nullable.
    #[graph(non_nullable)]
    pub longitude: Option<edm::Double>,
    /// Speed the device is traveling in meters per second. Not nullable.
    #[graph(non_nullable)]
    pub speed: Option<edm::Double>,
    /// Accuracy of altitude in meters. Not nullable.
    #[graph(non_nullable)]
    pub vertical_accuracy: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceHealthAttestationState")]
pub struct DeviceHealthAttestationState {
    /// TWhen an Attestation Identity Key (AIK) is present on a device, it indicates that the device
    /// has an endorsement key (EK) certificate.
    pub attestation_identity_key: Option<String>,
    /// On or Off of BitLocker Drive Encryption
    pub bit_locker_status: Option<String>,
    /// The security version number of the Boot Application
    pub boot_app_security_version: Option<String>,
    /// When bootDebugging is enabled, the device is used in development and testing
    pub boot_debugging: Option<String>,
    /// The security version number of the Boot Application
    pub boot_manager_security_version: Option<String>,
    /// The version of the Boot Manager
    pub boot_manager_version: Option<String>,
    /// The Boot Revision List that was loaded during initial boot on the attested device
    pub boot_revision_list_info: Option<String>,
    /// When code integrity is enabled, code execution is restricted to integrity verified code
    pub code_integrity: Option<String>,
    /// The version of the Boot Manager
    pub code_integrity_check_version: Option<String>,
    /// The Code Integrity policy that is controlling the security of the boot environment
    pub code_integrity_policy: Option<String>,
    /// The DHA report version. (Namespace version)
    pub content_namespace_url: Option<String>,
    /// The HealthAttestation state schema version
    pub content_version: Option<String>,
    /// DEP Policy defines a set of hardware and software technologies that perform additional
    /// checks on memory
    pub data_excution_policy: Option<String>,
    /// The DHA report version. (Namespace version)
    pub device_health_attestation_status: Option<String>,
    /// ELAM provides protection for the computers in your network when they start up
    pub early_launch_anti_malware_driver_protection: Option<String>,
    /// This attribute indicates if DHA is supported for the device
    pub health_attestation_supported_status: Option<String>,
    /// This attribute appears if DHA-Service detects an integrity issue
    pub health_status_mismatch_info: Option<String>,
    /// The DateTime when device was evaluated or issued to MDM. Not nullable.
    #[graph(non_nullable)]
    pub issued_date_time: Option<edm::DateTimeOffset>,
    /// The Timestamp of the last update.
    pub last_update_date_time: Option<String>,
    /// When operatingSystemKernelDebugging is enabled, the device is used in development and
    /// testing
    pub operating_system_kernel_debugging: Option<String>,
    /// The Operating System Revision List that was loaded during initial boot on the attested
    /// device
    pub operating_system_rev_list_info: Option<String>,
    /// The measurement that is captured in PCR\[0\]
    pub pcr0: Option<String>,
    /// Informational attribute that identifies the HASH algorithm that was used by TPM
    pub pcr_hash_algorithm: Option<String>,
    /// The number of times a PC device has hibernated or resumed. Not nullable.
    #[graph(non_nullable)]
    pub reset_count: Option<edm::Int64>,
    /// The number of times a PC device has rebooted. Not nullable.
    #[graph(non_nullable)]
    pub restart_count: Option<edm::Int64>,
    /// Safe mode is a troubleshooting option for Windows that starts your computer in a limited
    /// state
    pub safe_mode: Option<String>,
    /// When Secure Boot is enabled, the core components must have the correct cryptographic
    /// signatures
    pub secure_boot: Option<String>,
    /// Fingerprint of the Custom Secure Boot Configuration Policy
    pub secure_boot_configuration_policy_finger_print: Option<String>,
    /// When test signing is allowed, the device does not enforce signature validation during boot
    pub test_signing: Option<String>,
    /// The security version number of the Boot Application
    pub tpm_version: Option<String>,
    /// Indicates whether the device has Virtual Secure Mode (VSM) enabled. Virtual Secure Mode
    /// (VSM) is a container that protects high value assets from a compromised kernel. This
    /// property will be deprecated in beta from August 2023. Support for this property will end in
    /// August 2025 for v1.0 API. A new property virtualizationBasedSecurity is added and used
    /// instead. The value used for virtualSecureMode will be passed by virtualizationBasedSecurity
    /// during the deprecation process. Possible values are "enabled", "disabled" and
    /// "notApplicable". "enabled" indicates Virtual Secure Mode (VSM) is enabled. "disabled"
    /// indicates Virtual Secure Mode (VSM) is disabled. "notApplicable" indicates the device is not
    /// a Windows 11 device. Default value is "notApplicable".
    pub virtual_secure_mode: Option<String>,
    /// Operating system running with limited services that is used to prepare a computer for
    /// Windows
    #[graph(rename = "windowsPE")]
    pub windows_pe: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceMetadata")]
pub struct DeviceMetadata {
    pub device_type: Option<String>,
    pub ip_address: Option<String>,
    pub operating_system_specifications: Option<OperatingSystemSpecifications>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "users",
    feature = "admin",
    feature = "search",
    feature = "security",
    feature = "storage"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.Dictionary")]
pub struct Dictionary {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.dlpActionInfo")]
pub struct DlpActionInfo {
    pub action: Option<DlpAction>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.dlpActionInfo`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `DlpActionInfo`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDlpActionInfo {
    /// `microsoft.graph.restrictAccessAction`.
    RestrictAccessAction(RestrictAccessAction),
    /// `microsoft.graph.dlpActionInfo` itself, or a type this build does not declare.
    #[graph(other)]
    Other(DlpActionInfo),
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.employeeOrgData")]
pub struct EmployeeOrgData {
    pub cost_center: Option<String>,
    pub division: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.followupFlag")]
pub struct FollowupFlag {
    pub completed_date_time: Option<DateTimeTimeZone>,
    pub due_date_time: Option<DateTimeTimeZone>,
    pub flag_status: Option<FollowupFlagStatus>,
    pub start_date_time: Option<DateTimeTimeZone>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "users",
    feature = "identity",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.genericError")]
pub struct GenericError {
    pub code: Option<String>,
    pub message: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.imageInfo")]
pub struct ImageInfo {
    pub add_image_query: Option<bool>,
    pub alternate_text: Option<String>,
    pub alternative_text: Option<String>,
    pub icon_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.integratedApplicationMetadata")]
pub struct IntegratedApplicationMetadata {
    pub name: Option<String>,
    pub version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.integratedApplicationMetadata`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `IntegratedApplicationMetadata`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyIntegratedApplicationMetadata {
    /// `microsoft.graph.protectedApplicationMetadata`.
    ProtectedApplicationMetadata(ProtectedApplicationMetadata),
    /// `microsoft.graph.integratedApplicationMetadata` itself, or a type this build does not declare.
    #[graph(other)]
    Other(IntegratedApplicationMetadata),
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.internetMessageHeader")]
pub struct InternetMessageHeader {
    pub name: Option<String>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The identifier for an iOS app.
#[cfg(any(
    feature = "users",
    feature = "deviceAppManagement",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosMobileAppIdentifier", complex)]
pub struct IosMobileAppIdentifier {
    /// The inherited properties of `mobileAppIdentifier`.
    #[graph(base)]
    pub base: MobileAppIdentifier,
    /// The identifier for an app, as specified in the app store. Not nullable.
    #[graph(non_nullable)]
    pub bundle_id: Option<String>,
}

#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.joinMeetingIdSettings")]
pub struct JoinMeetingIdSettings {
    pub is_passcode_required: Option<bool>,
    pub join_meeting_id: Option<String>,
    pub passcode: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.licenseAssignmentState")]
pub struct LicenseAssignmentState {
    pub assigned_by_group: Option<String>,
    pub disabled_plans: Option<Vec<edm::Guid>>,
    pub error: Option<String>,
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    pub sku_id: Option<edm::Guid>,
    pub state: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.lobbyBypassSettings")]
pub struct LobbyBypassSettings {
    pub is_dial_in_bypass_enabled: Option<bool>,
    pub scope: Option<LobbyBypassScope>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.localeInfo")]
pub struct LocaleInfo {
    pub display_name: Option<String>,
    pub locale: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Locate device action result
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.locateDeviceActionResult", complex)]
pub struct LocateDeviceActionResult {
    /// The inherited properties of `deviceActionResult`.
    #[graph(base)]
    pub base: DeviceActionResult,
    /// device location
    pub device_location: Option<DeviceGeoLocation>,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.locationConstraint")]
pub struct LocationConstraint {
    pub is_required: Option<bool>,
    pub locations: Option<Vec<LocationConstraintItem>>,
    pub suggest_location: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.locationConstraintItem", complex)]
pub struct LocationConstraintItem {
    /// The inherited properties of `location`.
    #[graph(base)]
    pub base: Location,
    pub resolve_availability: Option<bool>,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mailboxSettings")]
pub struct MailboxSettings {
    pub archive_folder: Option<String>,
    pub automatic_replies_setting: Option<AutomaticRepliesSetting>,
    pub date_format: Option<String>,
    pub delegate_meeting_message_delivery_options: Option<DelegateMeetingMessageDeliveryOptions>,
    pub language: Option<LocaleInfo>,
    pub time_format: Option<String>,
    pub time_zone: Option<String>,
    pub user_purpose: Option<UserPurpose>,
    pub working_hours: Option<WorkingHours>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mailTips")]
pub struct MailTips {
    pub automatic_replies: Option<AutomaticRepliesMailTips>,
    pub custom_mail_tip: Option<String>,
    pub delivery_restricted: Option<bool>,
    pub email_address: Option<EmailAddress>,
    pub error: Option<MailTipsError>,
    pub external_member_count: Option<i32>,
    pub is_moderated: Option<bool>,
    pub mailbox_full: Option<bool>,
    pub max_message_size: Option<i32>,
    pub recipient_scope: Option<Flags<RecipientScopeType>>,
    pub recipient_suggestions: Option<Vec<AnyRecipient>>,
    pub total_member_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Represents diagnostics status.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.managedAppDiagnosticStatus")]
pub struct ManagedAppDiagnosticStatus {
    /// Instruction on how to mitigate a failed validation
    pub mitigation_instruction: Option<String>,
    /// The state of the operation
    pub state: Option<String>,
    /// The validation friendly name
    pub validation_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.meetingParticipantInfo")]
pub struct MeetingParticipantInfo {
    pub identity: Option<AnyIdentitySet>,
    pub role: Option<OnlineMeetingRole>,
    pub upn: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.meetingParticipantInfo`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `MeetingParticipantInfo`, keeping its `@odata.type` and properties.
#[cfg(feature = "users")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyMeetingParticipantInfo {
    /// `microsoft.graph.virtualEventPresenterInfo`.
    VirtualEventPresenterInfo(VirtualEventPresenterInfo),
    /// `microsoft.graph.meetingParticipantInfo` itself, or a type this build does not declare.
    #[graph(other)]
    Other(MeetingParticipantInfo),
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.meetingParticipants")]
pub struct MeetingParticipants {
    pub attendees: Option<Vec<AnyMeetingParticipantInfo>>,
    pub organizer: Option<AnyMeetingParticipantInfo>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.meetingTimeSuggestion")]
pub struct MeetingTimeSuggestion {
    pub attendee_availability: Option<Vec<AttendeeAvailability>>,
    pub confidence: Option<edm::Double>,
    pub locations: Option<Vec<AnyLocation>>,
    pub meeting_time_slot: Option<TimeSlot>,
    pub order: Option<i32>,
    pub organizer_availability: Option<FreeBusyStatus>,
    pub suggestion_reason: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.meetingTimeSuggestionsResult")]
pub struct MeetingTimeSuggestionsResult {
    pub empty_suggestions_reason: Option<String>,
    pub meeting_time_suggestions: Option<Vec<MeetingTimeSuggestion>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.messageRuleActions")]
pub struct MessageRuleActions {
    pub assign_categories: Option<Vec<String>>,
    pub copy_to_folder: Option<String>,
    pub delete: Option<bool>,
    pub forward_as_attachment_to: Option<Vec<AnyRecipient>>,
    pub forward_to: Option<Vec<AnyRecipient>>,
    pub mark_as_read: Option<bool>,
    pub mark_importance: Option<Importance>,
    pub move_to_folder: Option<String>,
    pub permanent_delete: Option<bool>,
    pub redirect_to: Option<Vec<AnyRecipient>>,
    pub stop_processing_rules: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.messageRulePredicates")]
pub struct MessageRulePredicates {
    pub body_contains: Option<Vec<String>>,
    pub body_or_subject_contains: Option<Vec<String>>,
    pub categories: Option<Vec<String>>,
    pub from_addresses: Option<Vec<AnyRecipient>>,
    pub has_attachments: Option<bool>,
    pub header_contains: Option<Vec<String>>,
    pub importance: Option<Importance>,
    pub is_approval_request: Option<bool>,
    pub is_automatic_forward: Option<bool>,
    pub is_automatic_reply: Option<bool>,
    pub is_encrypted: Option<bool>,
    pub is_meeting_request: Option<bool>,
    pub is_meeting_response: Option<bool>,
    pub is_non_delivery_report: Option<bool>,
    pub is_permission_controlled: Option<bool>,
    pub is_read_receipt: Option<bool>,
    pub is_signed: Option<bool>,
    pub is_voicemail: Option<bool>,
    pub message_action_flag: Option<MessageActionFlag>,
    pub not_sent_to_me: Option<bool>,
    pub recipient_contains: Option<Vec<String>>,
    pub sender_contains: Option<Vec<String>>,
    pub sensitivity: Option<Sensitivity>,
    pub sent_cc_me: Option<bool>,
    pub sent_only_to_me: Option<bool>,
    pub sent_to_addresses: Option<Vec<AnyRecipient>>,
    pub sent_to_me: Option<bool>,
    pub sent_to_or_cc_me: Option<bool>,
    pub subject_contains: Option<Vec<String>>,
    pub within_size_range: Option<SizeRange>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The identifier for a mobile app.
#[cfg(any(
    feature = "users",
    feature = "deviceAppManagement",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mobileAppIdentifier", abstract)]
pub struct MobileAppIdentifier {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.mobileAppIdentifier`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `MobileAppIdentifier`, keeping its `@odata.type` and properties.
#[cfg(any(
    feature = "users",
    feature = "deviceAppManagement",
    feature = "identityGovernance"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyMobileAppIdentifier {
    /// `microsoft.graph.androidMobileAppIdentifier`.
    AndroidMobileAppIdentifier(AndroidMobileAppIdentifier),
    /// `microsoft.graph.iosMobileAppIdentifier`.
    IosMobileAppIdentifier(IosMobileAppIdentifier),
    /// `microsoft.graph.mobileAppIdentifier` itself, or a type this build does not declare.
    #[graph(other)]
    Other(MobileAppIdentifier),
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.objectIdentity")]
pub struct ObjectIdentity {
    pub issuer: Option<String>,
    pub issuer_assigned_id: Option<String>,
    pub sign_in_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onlineMeetingSensitivityLabelAssignment")]
pub struct OnlineMeetingSensitivityLabelAssignment {
    pub sensitivity_label_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.operatingSystemSpecifications")]
pub struct OperatingSystemSpecifications {
    /// Not nullable.
    #[graph(non_nullable)]
    pub operating_system_platform: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub operating_system_version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "communications"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.outOfOfficeSettings")]
pub struct OutOfOfficeSettings {
    pub is_out_of_office: Option<bool>,
    pub message: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "users",
    feature = "education",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.passwordProfile")]
pub struct PasswordProfile {
    pub force_change_password_next_sign_in: Option<bool>,
    pub force_change_password_next_sign_in_with_mfa: Option<bool>,
    pub password: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.passwordResetResponse")]
pub struct PasswordResetResponse {
    pub new_password: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.personType")]
pub struct PersonType {
    pub class: Option<String>,
    pub subclass: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.policyLocation", abstract)]
pub struct PolicyLocation {
    /// Not nullable.
    #[graph(non_nullable)]
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.policyLocationApplication", complex)]
pub struct PolicyLocationApplication {
    /// The inherited properties of `policyLocation`.
    #[graph(base)]
    pub base: PolicyLocation,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.policyLocationDomain", complex)]
pub struct PolicyLocationDomain {
    /// The inherited properties of `policyLocation`.
    #[graph(base)]
    pub base: PolicyLocation,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.policyLocationUrl", complex)]
pub struct PolicyLocationUrl {
    /// The inherited properties of `policyLocation`.
    #[graph(base)]
    pub base: PolicyLocation,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.policyScopeBase", abstract)]
pub struct PolicyScopeBase {
    /// Not nullable.
    #[graph(non_nullable)]
    pub activities: Option<Flags<UserActivityTypes>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub execution_mode: Option<ExecutionMode>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub locations: Option<Vec<PolicyLocation>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub policy_actions: Option<Vec<AnyDlpActionInfo>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.policyScopeBase`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `PolicyScopeBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyPolicyScopeBase {
    /// `microsoft.graph.policyTenantScope`.
    #[cfg(feature = "security")]
    PolicyTenantScope(PolicyTenantScope),
    /// `microsoft.graph.policyUserScope`.
    #[cfg(feature = "users")]
    PolicyUserScope(PolicyUserScope),
    /// `microsoft.graph.policyScopeBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(PolicyScopeBase),
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.policyUserScope", complex)]
pub struct PolicyUserScope {
    /// The inherited properties of `policyScopeBase`.
    #[graph(base)]
    pub base: PolicyScopeBase,
}

#[cfg(any(feature = "users", feature = "communications"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.presenceStatusMessage")]
pub struct PresenceStatusMessage {
    pub expiry_date_time: Option<DateTimeTimeZone>,
    pub message: Option<ItemBody>,
    pub published_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.processContentMetadataBase", abstract)]
pub struct ProcessContentMetadataBase {
    pub content: Option<AnyContentBase>,
    pub content_category: Option<ContentCategory>,
    pub correlation_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub identifier: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_truncated: Option<bool>,
    pub length: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    pub sequence_number: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.processContentMetadataBase`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `ProcessContentMetadataBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyProcessContentMetadataBase {
    /// `microsoft.graph.processConversationMetadata`.
    ProcessConversationMetadata(ProcessConversationMetadata),
    /// `microsoft.graph.processFileMetadata`.
    ProcessFileMetadata(ProcessFileMetadata),
    /// `microsoft.graph.processContentMetadataBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ProcessContentMetadataBase),
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.processContentRequest")]
pub struct ProcessContentRequest {
    /// Not nullable.
    #[graph(non_nullable)]
    pub activity_metadata: Option<ActivityMetadata>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub content_entries: Option<Vec<AnyProcessContentMetadataBase>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub device_metadata: Option<DeviceMetadata>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub integrated_app_metadata: Option<AnyIntegratedApplicationMetadata>,
    pub protected_app_metadata: Option<ProtectedApplicationMetadata>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.processContentResponse")]
pub struct ProcessContentResponse {
    /// Not nullable.
    #[graph(non_nullable)]
    pub policy_actions: Option<Vec<AnyDlpActionInfo>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub processing_errors: Option<Vec<ProcessingError>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub protection_scope_state: Option<ProtectionScopeState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.processConversationMetadata", complex)]
pub struct ProcessConversationMetadata {
    /// The inherited properties of `processContentMetadataBase`.
    #[graph(base)]
    pub base: ProcessContentMetadataBase,
    pub accessed_resources: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable, rename = "accessedResources_v2")]
    pub accessed_resources_v2: Option<Vec<ResourceAccessDetail>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub agents: Option<Vec<AiAgentInfo>>,
    pub parent_message_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub plugins: Option<Vec<AiInteractionPlugin>>,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.processFileMetadata", complex)]
pub struct ProcessFileMetadata {
    /// The inherited properties of `processContentMetadataBase`.
    #[graph(base)]
    pub base: ProcessContentMetadataBase,
    pub custom_properties: Option<CustomMetadataDictionary>,
    pub owner_id: Option<String>,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.processingError", complex)]
pub struct ProcessingError {
    /// The inherited properties of `classificationError`.
    #[graph(base)]
    pub base: ClassificationError,
    /// Not nullable.
    #[graph(non_nullable)]
    pub error_type: Option<ContentProcessingErrorType>,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.protectedApplicationMetadata", complex)]
pub struct ProtectedApplicationMetadata {
    /// The inherited properties of `integratedApplicationMetadata`.
    #[graph(base)]
    pub base: IntegratedApplicationMetadata,
    pub application_location: Option<PolicyLocation>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.qrCodeImageDetails")]
pub struct QrCodeImageDetails {
    pub binary_value: Option<edm::Binary>,
    pub error_correction_level: Option<ErrorCorrectionLevel>,
    pub raw_content: Option<edm::Binary>,
    pub version: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.reminder")]
pub struct Reminder {
    pub change_key: Option<String>,
    pub event_end_time: Option<DateTimeTimeZone>,
    pub event_id: Option<String>,
    pub event_location: Option<AnyLocation>,
    pub event_start_time: Option<DateTimeTimeZone>,
    pub event_subject: Option<String>,
    pub event_web_link: Option<String>,
    pub reminder_fire_time: Option<DateTimeTimeZone>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Lock action result with a pin to unlock
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.remoteLockActionResult", complex)]
pub struct RemoteLockActionResult {
    /// The inherited properties of `deviceActionResult`.
    #[graph(base)]
    pub base: DeviceActionResult,
    /// Pin to unlock the client
    pub unlock_pin: Option<String>,
}

/// Reset passcode action result
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resetPasscodeActionResult", complex)]
pub struct ResetPasscodeActionResult {
    /// The inherited properties of `deviceActionResult`.
    #[graph(base)]
    pub base: DeviceActionResult,
    /// RotateBitLockerKeys action error code. Valid values 0 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub error_code: Option<i32>,
    /// Newly generated passcode for the device
    pub passcode: Option<String>,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resourceAccessDetail")]
pub struct ResourceAccessDetail {
    /// Not nullable.
    #[graph(non_nullable)]
    pub access_type: Option<Flags<ResourceAccessType>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub identifier: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_cross_prompt_injection_detected: Option<bool>,
    pub label_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<ResourceAccessStatus>,
    pub storage_id: Option<String>,
    pub url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.restrictAccessAction", complex)]
pub struct RestrictAccessAction {
    /// The inherited properties of `restrictAccessActionBase`.
    #[graph(base)]
    pub base: RestrictAccessActionBase,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.restrictAccessActionBase",
    complex,
    abstract
)]
pub struct RestrictAccessActionBase {
    /// The inherited properties of `dlpActionInfo`.
    #[graph(base)]
    pub base: DlpActionInfo,
    pub restriction_action: Option<RestrictionAction>,
}

/// RotateBitLockerKeys device action result
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.rotateBitLockerKeysDeviceActionResult",
    complex
)]
pub struct RotateBitLockerKeysDeviceActionResult {
    /// The inherited properties of `deviceActionResult`.
    #[graph(base)]
    pub base: DeviceActionResult,
    /// RotateBitLockerKeys action error code. Not nullable.
    #[graph(non_nullable)]
    pub error_code: Option<i32>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.scoredEmailAddress")]
pub struct ScoredEmailAddress {
    pub address: Option<String>,
    pub item_id: Option<String>,
    pub relevance_score: Option<edm::Double>,
    pub selection_likelihood: Option<SelectionLikelihoodInfo>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.settingSource")]
pub struct SettingSource {
    pub display_name: Option<String>,
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub source_type: Option<SettingSourceType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.shiftAvailability")]
pub struct ShiftAvailability {
    pub recurrence: Option<PatternedRecurrence>,
    pub time_slots: Option<Vec<TimeRange>>,
    pub time_zone: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.signInActivity")]
pub struct SignInActivity {
    pub last_non_interactive_sign_in_date_time: Option<edm::DateTimeOffset>,
    pub last_non_interactive_sign_in_request_id: Option<String>,
    pub last_sign_in_date_time: Option<edm::DateTimeOffset>,
    pub last_sign_in_request_id: Option<String>,
    pub last_successful_sign_in_date_time: Option<edm::DateTimeOffset>,
    pub last_successful_sign_in_request_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sizeRange")]
pub struct SizeRange {
    pub maximum_size: Option<i32>,
    pub minimum_size: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamsLicensingDetails")]
pub struct TeamsLicensingDetails {
    pub has_teams_license: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.textContent", complex)]
pub struct TextContent {
    /// The inherited properties of `contentBase`.
    #[graph(base)]
    pub base: ContentBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub data: Option<String>,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timeConstraint")]
pub struct TimeConstraint {
    pub activity_domain: Option<ActivityDomain>,
    pub time_slots: Option<Vec<TimeSlot>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timeOffDetails")]
pub struct TimeOffDetails {
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_all_day: Option<bool>,
    pub subject: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timeRange")]
pub struct TimeRange {
    pub end_time: Option<edm::TimeOfDay>,
    pub start_time: Option<edm::TimeOfDay>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timeZoneInformation")]
pub struct TimeZoneInformation {
    pub alias: Option<String>,
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.updateWindowsDeviceAccountActionParameter")]
pub struct UpdateWindowsDeviceAccountActionParameter {
    pub calendar_sync_enabled: Option<bool>,
    pub device_account: Option<AnyWindowsDeviceAccount>,
    pub device_account_email: Option<String>,
    pub exchange_server: Option<String>,
    pub password_rotation_enabled: Option<bool>,
    pub session_initiation_protocal_address: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userPrint")]
pub struct UserPrint {
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `print`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "print")]
    #[graph(read_only)]
    pub recent_printer_shares: Option<Vec<PrinterShare>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "communications"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userWorkLocation")]
pub struct UserWorkLocation {
    pub place_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub source: Option<WorkLocationSource>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub work_location_type: Option<WorkLocationType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "solutions"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.virtualEventPresenterDetails")]
pub struct VirtualEventPresenterDetails {
    pub bio: Option<ItemBody>,
    pub company: Option<String>,
    pub job_title: Option<String>,
    pub linked_in_profile_web_url: Option<String>,
    pub personal_site_web_url: Option<String>,
    pub photo: Option<edm::Stream>,
    pub twitter_profile_web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.virtualEventPresenterInfo", complex)]
pub struct VirtualEventPresenterInfo {
    /// The inherited properties of `meetingParticipantInfo`.
    #[graph(base)]
    pub base: MeetingParticipantInfo,
    pub presenter_details: Option<VirtualEventPresenterDetails>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.visualInfo")]
pub struct VisualInfo {
    pub attribution: Option<ImageInfo>,
    pub background_color: Option<String>,
    pub content: Option<serde_json::Value>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_text: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.watermarkProtectionValues")]
pub struct WatermarkProtectionValues {
    pub is_enabled_for_content_sharing: Option<bool>,
    pub is_enabled_for_video: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webauthnAuthenticationExtensionsClientInputs")]
pub struct WebauthnAuthenticationExtensionsClientInputs {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webauthnAuthenticationExtensionsClientOutputs")]
pub struct WebauthnAuthenticationExtensionsClientOutputs {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webauthnAuthenticatorAttestationResponse")]
pub struct WebauthnAuthenticatorAttestationResponse {
    pub attestation_object: Option<String>,
    #[graph(rename = "clientDataJSON")]
    pub client_data_json: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webauthnAuthenticatorSelectionCriteria")]
pub struct WebauthnAuthenticatorSelectionCriteria {
    pub authenticator_attachment: Option<String>,
    pub require_resident_key: Option<bool>,
    pub user_verification: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webauthnCredentialCreationOptions")]
pub struct WebauthnCredentialCreationOptions {
    pub challenge_timeout_date_time: Option<edm::DateTimeOffset>,
    pub public_key: Option<WebauthnPublicKeyCredentialCreationOptions>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webauthnPublicKeyCredential")]
pub struct WebauthnPublicKeyCredential {
    pub client_extension_results: Option<WebauthnAuthenticationExtensionsClientOutputs>,
    pub id: Option<String>,
    pub response: Option<WebauthnAuthenticatorAttestationResponse>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webauthnPublicKeyCredentialCreationOptions")]
pub struct WebauthnPublicKeyCredentialCreationOptions {
    pub attestation: Option<String>,
    pub authenticator_selection: Option<WebauthnAuthenticatorSelectionCriteria>,
    pub challenge: Option<String>,
    pub exclude_credentials: Option<Vec<WebauthnPublicKeyCredentialDescriptor>>,
    pub extensions: Option<WebauthnAuthenticationExtensionsClientInputs>,
    pub pub_key_cred_params: Option<Vec<WebauthnPublicKeyCredentialParameters>>,
    pub rp: Option<WebauthnPublicKeyCredentialRpEntity>,
    pub timeout: Option<i32>,
    pub user: Option<WebauthnPublicKeyCredentialUserEntity>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webauthnPublicKeyCredentialDescriptor")]
pub struct WebauthnPublicKeyCredentialDescriptor {
    pub id: Option<String>,
    pub transports: Option<Vec<String>>,
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webauthnPublicKeyCredentialParameters")]
pub struct WebauthnPublicKeyCredentialParameters {
    pub alg: Option<i32>,
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webauthnPublicKeyCredentialRpEntity")]
pub struct WebauthnPublicKeyCredentialRpEntity {
    pub id: Option<String>,
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webauthnPublicKeyCredentialUserEntity")]
pub struct WebauthnPublicKeyCredentialUserEntity {
    pub display_name: Option<String>,
    pub id: Option<String>,
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.website")]
pub struct Website {
    pub address: Option<String>,
    pub display_name: Option<String>,
    pub r#type: Option<WebsiteType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Windows Defender last scan result
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.windowsDefenderScanActionResult",
    complex
)]
pub struct WindowsDefenderScanActionResult {
    /// The inherited properties of `deviceActionResult`.
    #[graph(base)]
    pub base: DeviceActionResult,
    /// Scan type either full scan or quick scan
    pub scan_type: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsDeviceAccount")]
pub struct WindowsDeviceAccount {
    pub password: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.windowsDeviceAccount`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `WindowsDeviceAccount`, keeping its `@odata.type` and properties.
#[cfg(feature = "users")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyWindowsDeviceAccount {
    /// `microsoft.graph.windowsDeviceADAccount`.
    WindowsDeviceADAccount(WindowsDeviceADAccount),
    /// `microsoft.graph.windowsDeviceAzureADAccount`.
    WindowsDeviceAzureADAccount(WindowsDeviceAzureADAccount),
    /// `microsoft.graph.windowsDeviceAccount` itself, or a type this build does not declare.
    #[graph(other)]
    Other(WindowsDeviceAccount),
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsDeviceADAccount", complex)]
pub struct WindowsDeviceADAccount {
    /// The inherited properties of `windowsDeviceAccount`.
    #[graph(base)]
    pub base: WindowsDeviceAccount,
    pub domain_name: Option<String>,
    pub user_name: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsDeviceAzureADAccount", complex)]
pub struct WindowsDeviceAzureADAccount {
    /// The inherited properties of `windowsDeviceAccount`.
    #[graph(base)]
    pub base: WindowsDeviceAccount,
    pub user_principal_name: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.activitiesContainer",
    contains(name = "contentActivities", target = ContentActivity)
)]
pub struct ActivitiesContainer {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub content_activities: Option<Vec<ContentActivity>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.activityHistoryItem")]
pub struct ActivityHistoryItem {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub active_duration_seconds: Option<i32>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub last_active_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub started_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<Status>,
    pub user_timezone: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub activity: Option<UserActivity>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.adhocCall",
    path = "/communications/adhocCalls",
    contains(name = "recordings", target = CallRecording),
    contains(name = "transcripts", target = CallTranscript),
    function(
        name = "getAllRecordings",
        collection,
        parameters = AdhocCallCollectionGetAllRecordingsParameters,
        returns = Page<CallRecording>
    ),
    function(
        name = "getAllTranscripts",
        collection,
        parameters = AdhocCallCollectionGetAllTranscriptsParameters,
        returns = Page<CallTranscript>
    )
)]
pub struct AdhocCall {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub recordings: Option<Vec<CallRecording>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub transcripts: Option<Vec<CallTranscript>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `getAllRecordings`, bound to a collection of `adhocCall`, written
/// in its URL.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct AdhocCallCollectionGetAllRecordingsParameters {
    pub user_id: Option<String>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub end_date_time: Option<edm::DateTimeOffset>,
}

/// The arguments of the function `getAllTranscripts`, bound to a collection of `adhocCall`, written
/// in its URL.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct AdhocCallCollectionGetAllTranscriptsParameters {
    pub user_id: Option<String>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub end_date_time: Option<edm::DateTimeOffset>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.agentUser")]
pub struct AgentUser {
    /// The inherited properties of `user`.
    #[graph(base)]
    pub base: User,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.associatedTeamInfo")]
pub struct AssociatedTeamInfo {
    /// The inherited properties of `teamInfo`.
    #[graph(base)]
    pub base: TeamInfo,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.attachmentBase",
    abstract,
    action(
        name = "createUploadSession",
        collection,
        parameters = AttachmentBaseCollectionCreateUploadSessionParameters,
        returns = UploadSession
    )
)]
pub struct AttachmentBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub content_type: Option<String>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub size: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.attachmentBase`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `AttachmentBase`, keeping its `@odata.type` and properties.
#[cfg(feature = "users")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAttachmentBase {
    /// `microsoft.graph.taskFileAttachment`.
    TaskFileAttachment(TaskFileAttachment),
    /// `microsoft.graph.attachmentBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AttachmentBase),
}

/// The body of the action `createUploadSession`, bound to a collection of `attachmentBase`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct AttachmentBaseCollectionCreateUploadSessionParameters {
    pub attachment_info: AttachmentInfo,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.attachmentSession")]
pub struct AttachmentSession {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub content: Option<edm::Stream>,
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub next_expected_ranges: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.authentication",
    contains(name = "emailMethods", target = EmailAuthenticationMethod),
    contains(name = "externalAuthenticationMethods", target = ExternalAuthenticationMethod),
    contains(name = "fido2Methods", target = Fido2AuthenticationMethod),
    contains(name = "methods", target = AuthenticationMethod),
    contains(
        name = "microsoftAuthenticatorMethods",
        target = MicrosoftAuthenticatorAuthenticationMethod
    ),
    contains(name = "operations", target = LongRunningOperation),
    contains(name = "passwordMethods", target = PasswordAuthenticationMethod),
    contains(name = "phoneMethods", target = PhoneAuthenticationMethod),
    contains(name = "platformCredentialMethods", target = PlatformCredentialAuthenticationMethod),
    contains(name = "softwareOathMethods", target = SoftwareOathAuthenticationMethod),
    contains(name = "temporaryAccessPassMethods", target = TemporaryAccessPassAuthenticationMethod),
    contains(
        name = "windowsHelloForBusinessMethods",
        target = WindowsHelloForBusinessAuthenticationMethod
    )
)]
pub struct Authentication {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub email_methods: Option<Vec<EmailAuthenticationMethod>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub external_authentication_methods: Option<Vec<ExternalAuthenticationMethod>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub fido2_methods: Option<Vec<Fido2AuthenticationMethod>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub methods: Option<Vec<AnyAuthenticationMethod>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub microsoft_authenticator_methods: Option<Vec<MicrosoftAuthenticatorAuthenticationMethod>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub operations: Option<Vec<AnyLongRunningOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub password_methods: Option<Vec<PasswordAuthenticationMethod>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub phone_methods: Option<Vec<PhoneAuthenticationMethod>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub platform_credential_methods: Option<Vec<PlatformCredentialAuthenticationMethod>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub software_oath_methods: Option<Vec<SoftwareOathAuthenticationMethod>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub temporary_access_pass_methods: Option<Vec<TemporaryAccessPassAuthenticationMethod>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub windows_hello_for_business_methods:
        Option<Vec<WindowsHelloForBusinessAuthenticationMethod>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.authenticationMethod",
    abstract,
    action(
        name = "resetPassword",
        parameters = AuthenticationMethodResetPasswordParameters,
        returns = PasswordResetResponse
    )
)]
pub struct AuthenticationMethod {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.authenticationMethod`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `AuthenticationMethod`, keeping its `@odata.type` and properties.
#[cfg(feature = "users")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAuthenticationMethod {
    /// `microsoft.graph.emailAuthenticationMethod`.
    EmailAuthenticationMethod(EmailAuthenticationMethod),
    /// `microsoft.graph.externalAuthenticationMethod`.
    ExternalAuthenticationMethod(ExternalAuthenticationMethod),
    /// `microsoft.graph.fido2AuthenticationMethod`.
    Fido2AuthenticationMethod(Fido2AuthenticationMethod),
    /// `microsoft.graph.microsoftAuthenticatorAuthenticationMethod`.
    MicrosoftAuthenticatorAuthenticationMethod(MicrosoftAuthenticatorAuthenticationMethod),
    /// `microsoft.graph.passwordAuthenticationMethod`.
    PasswordAuthenticationMethod(PasswordAuthenticationMethod),
    /// `microsoft.graph.phoneAuthenticationMethod`.
    PhoneAuthenticationMethod(PhoneAuthenticationMethod),
    /// `microsoft.graph.platformCredentialAuthenticationMethod`.
    PlatformCredentialAuthenticationMethod(PlatformCredentialAuthenticationMethod),
    /// `microsoft.graph.qrCodePinAuthenticationMethod`.
    QrCodePinAuthenticationMethod(QrCodePinAuthenticationMethod),
    /// `microsoft.graph.softwareOathAuthenticationMethod`.
    SoftwareOathAuthenticationMethod(SoftwareOathAuthenticationMethod),
    /// `microsoft.graph.temporaryAccessPassAuthenticationMethod`.
    TemporaryAccessPassAuthenticationMethod(TemporaryAccessPassAuthenticationMethod),
    /// `microsoft.graph.windowsHelloForBusinessAuthenticationMethod`.
    WindowsHelloForBusinessAuthenticationMethod(WindowsHelloForBusinessAuthenticationMethod),
    /// `microsoft.graph.authenticationMethod` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AuthenticationMethod),
}

/// The body of the action `resetPassword`, bound to `authenticationMethod`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct AuthenticationMethodResetPasswordParameters {
    pub new_password: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.calendarGroup",
    path = "/me/calendarGroups",
    contains(name = "calendars", target = Calendar)
)]
pub struct CalendarGroup {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub change_key: Option<String>,
    pub class_id: Option<edm::Guid>,
    pub name: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub calendars: Option<Vec<Calendar>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.calendarSharingMessage",
    action(name = "accept", returns = Calendar)
)]
pub struct CalendarSharingMessage {
    /// The inherited properties of `message`.
    #[graph(base)]
    pub base: Message,
    pub can_accept: Option<bool>,
    pub sharing_message_action: Option<CalendarSharingMessageAction>,
    pub sharing_message_actions: Option<Vec<CalendarSharingMessageAction>>,
    pub suggested_calendar_name: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.callRecording",
    function(name = "delta", collection, returns = Page<DeltaItem<CallRecording>>)
)]
pub struct CallRecording {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub call_id: Option<String>,
    pub content: Option<edm::Stream>,
    pub content_correlation_id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub meeting_id: Option<String>,
    pub meeting_organizer: Option<AnyIdentitySet>,
    pub recording_content_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.callTranscript",
    function(name = "delta", collection, returns = Page<DeltaItem<CallTranscript>>)
)]
pub struct CallTranscript {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub call_id: Option<String>,
    pub content: Option<edm::Stream>,
    pub content_correlation_id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub meeting_id: Option<String>,
    pub meeting_organizer: Option<AnyIdentitySet>,
    pub metadata_content: Option<edm::Stream>,
    pub transcript_content_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.checklistItem")]
pub struct ChecklistItem {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub checked_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub display_name: Option<String>,
    pub is_checked: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.cloudClipboardItem")]
pub struct CloudClipboardItem {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub payloads: Option<Vec<CloudClipboardItemPayload>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.cloudClipboardRoot",
    contains(name = "items", target = CloudClipboardItem)
)]
pub struct CloudClipboardRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub items: Option<Vec<CloudClipboardItem>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.cloudPC",
    path = "/me/cloudPCs",
    action = "endGracePeriod",
    action = "reboot",
    action(name = "rename", parameters = CloudPCRenameParameters),
    action(name = "reprovision", parameters = CloudPCReprovisionParameters),
    action(name = "resize", parameters = CloudPCResizeParameters),
    action(name = "restore", parameters = CloudPCRestoreParameters),
    action = "troubleshoot",
    function(name = "retrieveCloudPcLaunchDetail", returns = CloudPcLaunchDetail)
)]
pub struct CloudPC {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub aad_device_id: Option<String>,
    pub display_name: Option<String>,
    pub grace_period_end_date_time: Option<edm::DateTimeOffset>,
    pub image_display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub managed_device_id: Option<String>,
    pub managed_device_name: Option<String>,
    pub on_premises_connection_name: Option<String>,
    pub provisioning_policy_id: Option<String>,
    pub provisioning_policy_name: Option<String>,
    pub provisioning_type: Option<CloudPcProvisioningType>,
    pub service_plan_id: Option<String>,
    pub service_plan_name: Option<String>,
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `rename`, bound to `cloudPC`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct CloudPCRenameParameters {
    pub display_name: Option<String>,
}

/// The body of the action `reprovision`, bound to `cloudPC`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct CloudPCReprovisionParameters {
    pub user_account_type: Option<CloudPcUserAccountType>,
    pub os_version: Option<CloudPcOperatingSystem>,
}

/// The body of the action `resize`, bound to `cloudPC`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct CloudPCResizeParameters {
    pub target_service_plan_id: Option<String>,
}

/// The body of the action `restore`, bound to `cloudPC`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct CloudPCRestoreParameters {
    pub cloud_pc_snapshot_id: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.contact",
    path = "/me/contacts",
    action = "permanentDelete",
    function(name = "delta", collection, returns = Page<DeltaItem<Contact>>)
)]
#[cfg_attr(feature = "devices", graph(contains(name = "extensions", target = Extension)))]
#[cfg_attr(feature = "groups", graph(contains(name = "multiValueExtendedProperties", target = MultiValueLegacyExtendedProperty)))]
#[cfg_attr(feature = "groups", graph(contains(name = "photo", target = ProfilePhoto, single)))]
#[cfg_attr(feature = "groups", graph(contains(name = "singleValueExtendedProperties", target = SingleValueLegacyExtendedProperty)))]
pub struct Contact {
    /// The inherited properties of `outlookItem`.
    #[graph(base)]
    pub base: OutlookItem,
    pub assistant_name: Option<String>,
    pub birthday: Option<edm::DateTimeOffset>,
    pub business_address: Option<PhysicalAddress>,
    pub business_home_page: Option<String>,
    pub business_phones: Option<Vec<String>>,
    pub children: Option<Vec<String>>,
    pub company_name: Option<String>,
    pub department: Option<String>,
    pub display_name: Option<String>,
    pub email_addresses: Option<Vec<EmailAddress>>,
    pub file_as: Option<String>,
    pub generation: Option<String>,
    pub given_name: Option<String>,
    pub home_address: Option<PhysicalAddress>,
    pub home_phones: Option<Vec<String>>,
    pub im_addresses: Option<Vec<String>>,
    pub initials: Option<String>,
    pub job_title: Option<String>,
    pub manager: Option<String>,
    pub middle_name: Option<String>,
    pub mobile_phone: Option<String>,
    pub nick_name: Option<String>,
    pub office_location: Option<String>,
    pub other_address: Option<PhysicalAddress>,
    pub parent_folder_id: Option<String>,
    pub personal_notes: Option<String>,
    pub primary_email_address: Option<EmailAddress>,
    pub profession: Option<String>,
    pub secondary_email_address: Option<EmailAddress>,
    pub spouse_name: Option<String>,
    pub surname: Option<String>,
    pub tertiary_email_address: Option<EmailAddress>,
    pub title: Option<String>,
    pub yomi_company_name: Option<String>,
    pub yomi_given_name: Option<String>,
    pub yomi_surname: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `devices`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "devices")]
    #[graph(read_only)]
    pub extensions: Option<Vec<AnyExtension>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub multi_value_extended_properties: Option<Vec<MultiValueLegacyExtendedProperty>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub photo: Option<ProfilePhoto>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub single_value_extended_properties: Option<Vec<SingleValueLegacyExtendedProperty>>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.contactFolder",
    path = "/me/contactFolders",
    contains(name = "childFolders", target = ContactFolder),
    contains(name = "contacts", target = Contact),
    action = "permanentDelete",
    function(name = "delta", collection, returns = Page<DeltaItem<ContactFolder>>)
)]
#[cfg_attr(feature = "groups", graph(contains(name = "multiValueExtendedProperties", target = MultiValueLegacyExtendedProperty)))]
#[cfg_attr(feature = "groups", graph(contains(name = "singleValueExtendedProperties", target = SingleValueLegacyExtendedProperty)))]
pub struct ContactFolder {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub parent_folder_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub child_folders: Option<Vec<ContactFolder>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub contacts: Option<Vec<Contact>>,
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

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.contentActivity")]
pub struct ContentActivity {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub content_metadata: Option<ProcessContentRequest>,
    pub scope_identifier: Option<String>,
    pub user_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Device Compliance Policy State for a given device.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceCompliancePolicyState"
)]
pub struct DeviceCompliancePolicyState {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The name of the policy for this policyBase
    pub display_name: Option<String>,
    /// Platform type that the policy applies to. Not nullable.
    #[graph(non_nullable)]
    pub platform_type: Option<PolicyPlatformType>,
    /// Count of how many setting a policy holds. Not nullable.
    #[graph(non_nullable)]
    pub setting_count: Option<i32>,
    pub setting_states: Option<Vec<DeviceCompliancePolicySettingState>>,
    /// The compliance state of the policy. Not nullable.
    #[graph(non_nullable)]
    pub state: Option<ComplianceStatus>,
    /// The version of the policy. Not nullable.
    #[graph(non_nullable)]
    pub version: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Support for this Entity is being deprecated starting May 2026 & will no longer be supported.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceConfigurationState"
)]
pub struct DeviceConfigurationState {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The name of the policy for this policyBase
    pub display_name: Option<String>,
    /// Platform type that the policy applies to. Not nullable.
    #[graph(non_nullable)]
    pub platform_type: Option<PolicyPlatformType>,
    /// Count of how many setting a policy holds. Not nullable.
    #[graph(non_nullable)]
    pub setting_count: Option<i32>,
    pub setting_states: Option<Vec<DeviceConfigurationSettingState>>,
    /// The compliance state of the policy. Not nullable.
    #[graph(non_nullable)]
    pub state: Option<ComplianceStatus>,
    /// The version of the policy. Not nullable.
    #[graph(non_nullable)]
    pub version: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Windows Log Collection request entity.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceLogCollectionResponse",
    action(name = "createDownloadUrl", returns = String)
)]
pub struct DeviceLogCollectionResponse {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The User Principal Name (UPN) of the user that enrolled the device.
    pub enrolled_by_user: Option<String>,
    /// The DateTime of the expiration of the logs.
    #[graph(rename = "expirationDateTimeUTC")]
    pub expiration_date_time_utc: Option<edm::DateTimeOffset>,
    /// The UPN for who initiated the request.
    pub initiated_by_user_principal_name: Option<String>,
    /// Indicates Intune device unique identifier. Not nullable.
    #[graph(non_nullable)]
    pub managed_device_id: Option<edm::Guid>,
    /// The DateTime the request was received.
    #[graph(rename = "receivedDateTimeUTC")]
    pub received_date_time_utc: Option<edm::DateTimeOffset>,
    /// The DateTime of the request.
    #[graph(rename = "requestedDateTimeUTC")]
    pub requested_date_time_utc: Option<edm::DateTimeOffset>,
    /// The size of the logs in KB. Valid values -1.79769313486232E+308 to 1.79769313486232E+308.
    /// Not nullable.
    #[graph(non_nullable, rename = "sizeInKB")]
    pub size_in_kb: Option<edm::Double>,
    /// Indicates the status for the app log collection request if it is pending, completed or
    /// failed, Default is pending. Not nullable.
    #[graph(non_nullable)]
    pub status: Option<AppLogUploadState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Event representing an general failure.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceManagementTroubleshootingEvent",
    path = "/deviceManagement/troubleshootingEvents"
)]
pub struct DeviceManagementTroubleshootingEvent {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Id used for tracing the failure in the service.
    pub correlation_id: Option<String>,
    /// Time when the event occurred . Not nullable.
    #[graph(non_nullable)]
    pub event_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.deviceManagementTroubleshootingEvent`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `DeviceManagementTroubleshootingEvent`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "users")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDeviceManagementTroubleshootingEvent {
    /// `microsoft.graph.enrollmentTroubleshootingEvent`.
    EnrollmentTroubleshootingEvent(EnrollmentTroubleshootingEvent),
    /// `microsoft.graph.deviceManagementTroubleshootingEvent` itself, or a type this build does not declare.
    #[graph(other)]
    Other(DeviceManagementTroubleshootingEvent),
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.emailAuthenticationMethod")]
pub struct EmailAuthenticationMethod {
    /// The inherited properties of `authenticationMethod`.
    #[graph(base)]
    pub base: AuthenticationMethod,
    pub email_address: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.employeeExperienceUser")]
#[cfg_attr(feature = "employeeExperience", graph(contains(name = "assignedRoles", target = EngagementRole)))]
pub struct EmployeeExperienceUser {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Viva Engage roles assigned to the user. Navigation property: read when `$expand`ed, never
    /// written. Declared with the feature `employeeExperience`; without, an `$expand`ed value is
    /// kept in `additional_data`.
    #[cfg(feature = "employeeExperience")]
    #[graph(read_only)]
    pub assigned_roles: Option<Vec<EngagementRole>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `employeeExperience`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "employeeExperience")]
    #[graph(read_only)]
    pub learning_course_activities: Option<Vec<AnyLearningCourseActivity>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Event representing an enrollment failure.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.enrollmentTroubleshootingEvent")]
pub struct EnrollmentTroubleshootingEvent {
    /// The inherited properties of `deviceManagementTroubleshootingEvent`.
    #[graph(base)]
    pub base: DeviceManagementTroubleshootingEvent,
    /// Azure AD device identifier.
    pub device_id: Option<String>,
    /// Type of the enrollment. Not nullable.
    #[graph(non_nullable)]
    pub enrollment_type: Option<DeviceEnrollmentType>,
    /// Highlevel failure category. Not nullable.
    #[graph(non_nullable)]
    pub failure_category: Option<DeviceEnrollmentFailureReason>,
    /// Detailed failure reason.
    pub failure_reason: Option<String>,
    /// Device identifier created or collected by Intune.
    pub managed_device_identifier: Option<String>,
    /// Operating System.
    pub operating_system: Option<String>,
    /// OS Version.
    pub os_version: Option<String>,
    /// Identifier for the user that tried to enroll the device.
    pub user_id: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.eventMessage")]
#[cfg_attr(feature = "groups", graph(contains(name = "event", target = Event, single)))]
pub struct EventMessage {
    /// The inherited properties of `message`.
    #[graph(base)]
    pub base: Message,
    pub end_date_time: Option<DateTimeTimeZone>,
    pub is_all_day: Option<bool>,
    pub is_delegated: Option<bool>,
    pub is_out_of_date: Option<bool>,
    pub location: Option<AnyLocation>,
    pub meeting_message_type: Option<MeetingMessageType>,
    pub recurrence: Option<PatternedRecurrence>,
    pub start_date_time: Option<DateTimeTimeZone>,
    pub r#type: Option<EventType>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub event: Option<Event>,
}

/// A `microsoft.graph.eventMessage`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `EventMessage`, keeping its `@odata.type` and properties.
#[cfg(feature = "users")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyEventMessage {
    /// `microsoft.graph.eventMessageRequest`.
    EventMessageRequest(EventMessageRequest),
    /// `microsoft.graph.eventMessageResponse`.
    EventMessageResponse(EventMessageResponse),
    /// `microsoft.graph.eventMessage` itself, or a type this build does not declare.
    #[graph(other)]
    Other(EventMessage),
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.eventMessageRequest")]
pub struct EventMessageRequest {
    /// The inherited properties of `eventMessage`.
    #[graph(base)]
    pub base: EventMessage,
    pub allow_new_time_proposals: Option<bool>,
    pub meeting_request_type: Option<MeetingRequestType>,
    pub previous_end_date_time: Option<DateTimeTimeZone>,
    pub previous_location: Option<AnyLocation>,
    pub previous_start_date_time: Option<DateTimeTimeZone>,
    pub response_requested: Option<bool>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.eventMessageResponse")]
pub struct EventMessageResponse {
    /// The inherited properties of `eventMessage`.
    #[graph(base)]
    pub base: EventMessage,
    pub proposed_new_time: Option<TimeSlot>,
    pub response_type: Option<ResponseType>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.exchangeSettings")]
pub struct ExchangeSettings {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub primary_mailbox_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalAuthenticationMethod")]
pub struct ExternalAuthenticationMethod {
    /// The inherited properties of `authenticationMethod`.
    #[graph(base)]
    pub base: AuthenticationMethod,
    /// Not nullable.
    #[graph(non_nullable)]
    pub configuration_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.fido2AuthenticationMethod",
    function(name = "creationOptions", collection, returns = WebauthnCredentialCreationOptions)
)]
pub struct Fido2AuthenticationMethod {
    /// The inherited properties of `authenticationMethod`.
    #[graph(base)]
    pub base: AuthenticationMethod,
    pub aa_guid: Option<String>,
    pub attestation_certificates: Option<Vec<String>>,
    pub attestation_level: Option<AttestationLevel>,
    pub display_name: Option<String>,
    pub model: Option<String>,
    pub passkey_type: Option<PasskeyType>,
    pub public_key_credential: Option<WebauthnPublicKeyCredential>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.inferenceClassification",
    contains(name = "overrides", target = InferenceClassificationOverride)
)]
pub struct InferenceClassification {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub overrides: Option<Vec<InferenceClassificationOverride>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.inferenceClassificationOverride"
)]
pub struct InferenceClassificationOverride {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub classify_as: Option<InferenceClassificationType>,
    pub sender_email_address: Option<EmailAddress>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.itemInsights")]
pub struct ItemInsights {
    /// The inherited properties of `officeGraphInsights`.
    #[graph(base)]
    pub base: OfficeGraphInsights,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.licenseDetails",
    path = "/me/licenseDetails",
    function(name = "getTeamsLicensingDetails", collection, returns = TeamsLicensingDetails)
)]
pub struct LicenseDetails {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub service_plans: Option<Vec<ServicePlanInfo>>,
    pub sku_id: Option<edm::Guid>,
    pub sku_part_number: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.linkedResource")]
pub struct LinkedResource {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub application_name: Option<String>,
    pub display_name: Option<String>,
    pub external_id: Option<String>,
    pub web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The status of a long-running operation.
#[cfg(any(
    feature = "sites",
    feature = "users",
    feature = "employeeExperience",
    feature = "security"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.longRunningOperation")]
pub struct LongRunningOperation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub last_action_date_time: Option<edm::DateTimeOffset>,
    pub resource_location: Option<String>,
    pub status: Option<LongRunningOperationStatus>,
    pub status_detail: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.longRunningOperation`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `LongRunningOperation`, keeping its `@odata.type` and properties.
#[cfg(any(
    feature = "sites",
    feature = "users",
    feature = "employeeExperience",
    feature = "security"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyLongRunningOperation {
    /// `microsoft.graph.attackSimulationOperation`.
    #[cfg(feature = "security")]
    AttackSimulationOperation(AttackSimulationOperation),
    /// `microsoft.graph.engagementAsyncOperation`.
    #[cfg(feature = "employeeExperience")]
    EngagementAsyncOperation(EngagementAsyncOperation),
    /// `microsoft.graph.richLongRunningOperation`.
    #[cfg(feature = "sites")]
    RichLongRunningOperation(RichLongRunningOperation),
    /// `microsoft.graph.longRunningOperation` itself, or a type this build does not declare.
    #[graph(other)]
    Other(LongRunningOperation),
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.mailFolder",
    path = "/me/mailFolders",
    contains(name = "childFolders", target = MailFolder),
    contains(name = "messageRules", target = MessageRule),
    contains(name = "messages", target = Message),
    action(name = "copy", parameters = MailFolderCopyParameters, returns = AnyMailFolder),
    action(name = "move", parameters = MailFolderMoveParameters, returns = AnyMailFolder),
    action = "permanentDelete",
    function(name = "delta", collection, returns = Page<DeltaItem<AnyMailFolder>>)
)]
#[cfg_attr(feature = "groups", graph(contains(name = "multiValueExtendedProperties", target = MultiValueLegacyExtendedProperty)))]
#[cfg_attr(feature = "groups", graph(contains(name = "singleValueExtendedProperties", target = SingleValueLegacyExtendedProperty)))]
pub struct MailFolder {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub child_folder_count: Option<i32>,
    pub display_name: Option<String>,
    pub is_hidden: Option<bool>,
    pub parent_folder_id: Option<String>,
    pub total_item_count: Option<i32>,
    pub unread_item_count: Option<i32>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub child_folders: Option<Vec<AnyMailFolder>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub message_rules: Option<Vec<MessageRule>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub messages: Option<Vec<AnyMessage>>,
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

/// A `microsoft.graph.mailFolder`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `MailFolder`, keeping its `@odata.type` and properties.
#[cfg(feature = "users")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyMailFolder {
    /// `microsoft.graph.mailSearchFolder`.
    MailSearchFolder(MailSearchFolder),
    /// `microsoft.graph.mailFolder` itself, or a type this build does not declare.
    #[graph(other)]
    Other(MailFolder),
}

/// The body of the action `copy`, bound to `mailFolder`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct MailFolderCopyParameters {
    #[graph(rename = "DestinationId")]
    pub destination_id: String,
}

/// The body of the action `move`, bound to `mailFolder`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct MailFolderMoveParameters {
    #[graph(rename = "DestinationId")]
    pub destination_id: String,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mailSearchFolder")]
pub struct MailSearchFolder {
    /// The inherited properties of `mailFolder`.
    #[graph(base)]
    pub base: MailFolder,
    pub filter_query: Option<String>,
    pub include_nested_folders: Option<bool>,
    pub is_supported: Option<bool>,
    pub source_folder_ids: Option<Vec<String>>,
}

/// Devices that are managed or pre-enrolled through Intune. Limited support for $filter: Only
/// properties whose descriptions mention support for $filter may be used, and combinations of those
/// filtered properties must use 'and', not 'or'.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedDevice",
    path = "/deviceManagement/managedDevices",
    contains(name = "deviceCompliancePolicyStates", target = DeviceCompliancePolicyState),
    contains(name = "deviceConfigurationStates", target = DeviceConfigurationState),
    contains(name = "logCollectionRequests", target = DeviceLogCollectionResponse),
    contains(name = "windowsProtectionState", target = WindowsProtectionState, single),
    action = "bypassActivationLock",
    action(name = "cleanWindowsDevice", parameters = ManagedDeviceCleanWindowsDeviceParameters),
    action(
        name = "deleteUserFromSharedAppleDevice",
        parameters = ManagedDeviceDeleteUserFromSharedAppleDeviceParameters
    ),
    action = "disableLostMode",
    action = "locateDevice",
    action = "logoutSharedAppleDeviceActiveUser",
    action = "rebootNow",
    action = "recoverPasscode",
    action = "remoteLock",
    action = "requestRemoteAssistance",
    action = "resetPasscode",
    action = "retire",
    action = "shutDown",
    action = "syncDevice",
    action(
        name = "updateWindowsDeviceAccount",
        parameters = ManagedDeviceUpdateWindowsDeviceAccountParameters
    ),
    action(name = "windowsDefenderScan", parameters = ManagedDeviceWindowsDefenderScanParameters),
    action = "windowsDefenderUpdateSignatures",
    action(name = "wipe", parameters = ManagedDeviceWipeParameters)
)]
#[cfg_attr(feature = "deviceManagement", graph(contains(name = "deviceCategory", target = DeviceCategory, single)))]
pub struct ManagedDevice {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The code that allows the Activation Lock on managed device to be bypassed. Default, is Null
    /// (Non-Default property) for this property when returned as part of managedDevice entity in
    /// LIST call. To retrieve actual values GET call needs to be made, with device id and included
    /// in select parameter. Supports: $select. $Search is not supported. Read-only. This property
    /// is read-only.
    #[graph(read_only)]
    pub activation_lock_bypass_code: Option<String>,
    /// Android security patch level. This property is read-only.
    #[graph(read_only)]
    pub android_security_patch_level: Option<String>,
    /// The unique identifier for the Azure Active Directory device. Supports $filter operator 'eq',
    /// not combine with count. Read only. This property is read-only.
    #[graph(read_only, rename = "azureADDeviceId")]
    pub azure_ad_device_id: Option<String>,
    /// Whether the device is Azure Active Directory registered. This property is read-only.
    #[graph(read_only, rename = "azureADRegistered")]
    pub azure_ad_registered: Option<bool>,
    /// The DateTime when device compliance grace period expires. Supports $filter operator 'lt' and
    /// 'gt'. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub compliance_grace_period_expiration_date_time: Option<edm::DateTimeOffset>,
    /// Compliance state of the device. Examples: Compliant, Conflict, Error, etc. Default is
    /// unknown. Supports $filter operator 'eq' and 'or'. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub compliance_state: Option<ComplianceState>,
    /// ConfigrMgr client enabled features. This property is read-only.
    #[graph(read_only)]
    pub configuration_manager_client_enabled_features:
        Option<ConfigurationManagerClientEnabledFeatures>,
    /// List of ComplexType deviceActionResult objects. This property is read-only.
    #[graph(read_only)]
    pub device_action_results: Option<Vec<AnyDeviceActionResult>>,
    /// Device category display name. Default is an empty string. Supports $filter operator 'eq' and
    /// 'or'. This property is read-only.
    #[graph(read_only)]
    pub device_category_display_name: Option<String>,
    /// Enrollment type of the device. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub device_enrollment_type: Option<DeviceEnrollmentType>,
    /// The device health attestation state. This property is read-only.
    #[graph(read_only)]
    pub device_health_attestation_state: Option<DeviceHealthAttestationState>,
    /// Name of the device. Supports $filter operator 'eq' and 'contains'. This property is
    /// read-only.
    #[graph(read_only)]
    pub device_name: Option<String>,
    /// Device registration state. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub device_registration_state: Option<DeviceRegistrationState>,
    /// Whether the device is Exchange ActiveSync activated. This property is read-only. Not
    /// nullable.
    #[graph(read_only, non_nullable)]
    pub eas_activated: Option<bool>,
    /// Exchange ActivationSync activation time of the device. This property is read-only. Not
    /// nullable.
    #[graph(read_only, non_nullable)]
    pub eas_activation_date_time: Option<edm::DateTimeOffset>,
    /// Exchange ActiveSync Id of the device. This property is read-only.
    #[graph(read_only)]
    pub eas_device_id: Option<String>,
    /// Email(s) for the user associated with the device. Supports $filter operator 'contains'. This
    /// property is read-only.
    #[graph(read_only)]
    pub email_address: Option<String>,
    /// Enrollment time of the device. Supports $filter operator 'lt' and 'gt'. This property is
    /// read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub enrolled_date_time: Option<edm::DateTimeOffset>,
    /// Name of the enrollment profile assigned to the device. Default value is empty string,
    /// indicating no enrollment profile was assgined. This property is read-only.
    #[graph(read_only)]
    pub enrollment_profile_name: Option<String>,
    /// Indicates Ethernet MAC Address of the device. Default, is Null (Non-Default property) for
    /// this property when returned as part of managedDevice entity. Individual get call with select
    /// query options is needed to retrieve actual values. Example:
    /// deviceManagement/managedDevices({managedDeviceId})?$select=ethernetMacAddress Supports:
    /// $select. $Search is not supported. Read-only. This property is read-only.
    #[graph(read_only)]
    pub ethernet_mac_address: Option<String>,
    /// The Access State of the device in Exchange. Supports $filter operator 'eq' and 'or'. This
    /// property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub exchange_access_state: Option<DeviceManagementExchangeAccessState>,
    /// The reason for the device's access state in Exchange. This property is read-only. Not
    /// nullable.
    #[graph(read_only, non_nullable)]
    pub exchange_access_state_reason: Option<DeviceManagementExchangeAccessStateReason>,
    /// Last time the device contacted Exchange. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub exchange_last_successful_sync_date_time: Option<edm::DateTimeOffset>,
    /// Free Storage in Bytes. Default value is 0. Read-only. This property is read-only. Not
    /// nullable.
    #[graph(read_only, non_nullable)]
    pub free_storage_space_in_bytes: Option<edm::Int64>,
    /// Integrated Circuit Card Identifier, it is A SIM card's unique identification number. Default
    /// is an empty string. To retrieve actual values GET call needs to be made, with device id and
    /// included in select parameter. Supports: $select. $Search is not supported. Read-only. This
    /// property is read-only.
    #[graph(read_only)]
    pub iccid: Option<String>,
    /// IMEI of the device. Supports $filter operator 'eq' and 'or'. This property is read-only.
    #[graph(read_only)]
    pub imei: Option<String>,
    /// Device encryption status. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub is_encrypted: Option<bool>,
    /// Device supervised status. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub is_supervised: Option<bool>,
    /// Whether the device is jail broken or rooted. Default is an empty string. Supports $filter
    /// operator 'eq' and 'or'. This property is read-only.
    #[graph(read_only)]
    pub jail_broken: Option<String>,
    /// The date and time that the device last completed a successful sync with Intune. Supports
    /// $filter operator 'lt' and 'gt'. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub last_sync_date_time: Option<edm::DateTimeOffset>,
    /// Automatically generated name to identify a device. Can be overwritten to a user friendly
    /// name.
    pub managed_device_name: Option<String>,
    /// Ownership of the device. Can be 'company' or 'personal'. Not nullable.
    #[graph(non_nullable)]
    pub managed_device_owner_type: Option<ManagedDeviceOwnerType>,
    /// Management channel of the device. Examples: Intune, EAS, etc. Default is unknown. Supports
    /// $filter operator 'eq' and 'or'. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub management_agent: Option<ManagementAgentType>,
    /// Reports device management certificate expiration date. This property is read-only. Not
    /// nullable.
    #[graph(read_only, non_nullable)]
    pub management_certificate_expiration_date: Option<edm::DateTimeOffset>,
    /// Management state of the device. Examples: Managed, RetirePending, etc. Default is managed.
    /// Supports $filter operator 'eq' and 'or'. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub management_state: Option<ManagementState>,
    /// Manufacturer of the device. Supports $filter operator 'eq' and 'or'. This property is
    /// read-only.
    #[graph(read_only)]
    pub manufacturer: Option<String>,
    /// MEID. This property is read-only.
    #[graph(read_only)]
    pub meid: Option<String>,
    /// Model of the device. Supports $filter operator 'eq' and 'contains'. This property is
    /// read-only.
    #[graph(read_only)]
    pub model: Option<String>,
    /// Notes on the device created by IT Admin. Default is null. To retrieve actual values GET call
    /// needs to be made, with device id and included in select parameter. Supports: $select.
    /// $Search is not supported.
    pub notes: Option<String>,
    /// Operating system of the device. Windows, iOS, etc. Supports $filter operator 'eq' and 'or'.
    /// This property is read-only.
    #[graph(read_only)]
    pub operating_system: Option<String>,
    /// Operating system version of the device. Supports $filter operator 'contains'. This property
    /// is read-only.
    #[graph(read_only)]
    pub os_version: Option<String>,
    /// Indicates the threat state of a device when a Mobile Threat Defense partner is in use by the
    /// account and device. Read Only. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub partner_reported_threat_state: Option<ManagedDevicePartnerReportedHealthState>,
    /// Phone number of the device. Supports $filter operator 'contains'. This property is
    /// read-only.
    #[graph(read_only)]
    pub phone_number: Option<String>,
    /// Total Memory in Bytes. Default is 0. To retrieve actual values GET call needs to be made,
    /// with device id and included in select parameter. Supports: $select. Read-only. This property
    /// is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub physical_memory_in_bytes: Option<edm::Int64>,
    /// An error string that identifies issues when creating Remote Assistance session objects. This
    /// property is read-only.
    #[graph(read_only)]
    pub remote_assistance_session_error_details: Option<String>,
    /// Url that allows a Remote Assistance session to be established with the device. Default is an
    /// empty string. To retrieve actual values GET call needs to be made, with device id and
    /// included in select parameter. This property is read-only.
    #[graph(read_only)]
    pub remote_assistance_session_url: Option<String>,
    /// Reports if the managed iOS device is user approval enrollment. This property is read-only.
    #[graph(read_only)]
    pub require_user_enrollment_approval: Option<bool>,
    /// SerialNumber of the device. Supports $filter operator 'eq' and 'or'. This property is
    /// read-only.
    #[graph(read_only)]
    pub serial_number: Option<String>,
    /// Subscriber Carrier. This property is read-only.
    #[graph(read_only)]
    pub subscriber_carrier: Option<String>,
    /// Total Storage in Bytes. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub total_storage_space_in_bytes: Option<edm::Int64>,
    /// Unique Device Identifier for iOS and macOS devices. Default is an empty string. To retrieve
    /// actual values GET call needs to be made, with device id and included in select parameter.
    /// Supports: $select. $Search is not supported. Read-only. This property is read-only.
    #[graph(read_only)]
    pub udid: Option<String>,
    /// User display name. This property is read-only.
    #[graph(read_only)]
    pub user_display_name: Option<String>,
    /// Unique Identifier for the user associated with the device. This property is read-only.
    #[graph(read_only)]
    pub user_id: Option<String>,
    /// Device user principal name. Supports $filter operator 'eq' and 'ne'. This property is
    /// read-only.
    #[graph(read_only)]
    pub user_principal_name: Option<String>,
    /// Wi-Fi MAC. This property is read-only.
    #[graph(read_only)]
    pub wi_fi_mac_address: Option<String>,
    /// Device category Navigation property: read when `$expand`ed, never written. Declared with the
    /// feature `deviceManagement`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "deviceManagement")]
    #[graph(read_only)]
    pub device_category: Option<DeviceCategory>,
    /// Device compliance policy states for this device. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub device_compliance_policy_states: Option<Vec<DeviceCompliancePolicyState>>,
    /// Device configuration states for this device. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub device_configuration_states: Option<Vec<DeviceConfigurationState>>,
    /// List of log collection requests Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub log_collection_requests: Option<Vec<DeviceLogCollectionResponse>>,
    /// The primary users associated with the managed device. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub users: Option<Vec<User>>,
    /// The device protection status. This property is read-only. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub windows_protection_state: Option<WindowsProtectionState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `cleanWindowsDevice`, bound to `managedDevice`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ManagedDeviceCleanWindowsDeviceParameters {
    pub keep_user_data: bool,
}

/// The body of the action `deleteUserFromSharedAppleDevice`, bound to `managedDevice`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ManagedDeviceDeleteUserFromSharedAppleDeviceParameters {
    pub user_principal_name: Option<String>,
}

/// The body of the action `updateWindowsDeviceAccount`, bound to `managedDevice`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ManagedDeviceUpdateWindowsDeviceAccountParameters {
    pub update_windows_device_account_action_parameter:
        Option<UpdateWindowsDeviceAccountActionParameter>,
}

/// The body of the action `windowsDefenderScan`, bound to `managedDevice`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ManagedDeviceWindowsDefenderScanParameters {
    pub quick_scan: bool,
}

/// The body of the action `wipe`, bound to `managedDevice`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ManagedDeviceWipeParameters {
    pub keep_enrollment_data: Option<bool>,
    pub keep_user_data: Option<bool>,
    pub mac_os_unlock_code: Option<String>,
    pub persist_esim_data_plan: Option<bool>,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.message",
    path = "/me/messages",
    action(name = "copy", parameters = MessageCopyParameters, returns = AnyMessage),
    action(
        name = "createForward",
        parameters = MessageCreateForwardParameters,
        returns = AnyMessage
    ),
    action(name = "createReply", parameters = MessageCreateReplyParameters, returns = AnyMessage),
    action(
        name = "createReplyAll",
        parameters = MessageCreateReplyAllParameters,
        returns = AnyMessage
    ),
    action(name = "forward", parameters = MessageForwardParameters),
    action(name = "move", parameters = MessageMoveParameters, returns = AnyMessage),
    action = "permanentDelete",
    action(name = "reply", parameters = MessageReplyParameters),
    action(name = "replyAll", parameters = MessageReplyAllParameters),
    action = "send",
    function(name = "delta", collection, returns = Page<DeltaItem<AnyMessage>>)
)]
#[cfg_attr(feature = "groups", graph(contains(name = "attachments", target = Attachment)))]
#[cfg_attr(feature = "devices", graph(contains(name = "extensions", target = Extension)))]
#[cfg_attr(feature = "groups", graph(contains(name = "multiValueExtendedProperties", target = MultiValueLegacyExtendedProperty)))]
#[cfg_attr(feature = "groups", graph(contains(name = "singleValueExtendedProperties", target = SingleValueLegacyExtendedProperty)))]
pub struct Message {
    /// The inherited properties of `outlookItem`.
    #[graph(base)]
    pub base: OutlookItem,
    pub bcc_recipients: Option<Vec<AnyRecipient>>,
    pub body: Option<ItemBody>,
    pub body_preview: Option<String>,
    pub cc_recipients: Option<Vec<AnyRecipient>>,
    pub conversation_id: Option<String>,
    pub conversation_index: Option<edm::Binary>,
    pub flag: Option<FollowupFlag>,
    pub from: Option<AnyRecipient>,
    pub has_attachments: Option<bool>,
    pub importance: Option<Importance>,
    pub inference_classification: Option<InferenceClassificationType>,
    pub internet_message_headers: Option<Vec<InternetMessageHeader>>,
    pub internet_message_id: Option<String>,
    pub is_delivery_receipt_requested: Option<bool>,
    pub is_draft: Option<bool>,
    pub is_read: Option<bool>,
    pub is_read_receipt_requested: Option<bool>,
    pub parent_folder_id: Option<String>,
    pub received_date_time: Option<edm::DateTimeOffset>,
    pub reply_to: Option<Vec<AnyRecipient>>,
    pub sender: Option<AnyRecipient>,
    pub sent_date_time: Option<edm::DateTimeOffset>,
    pub subject: Option<String>,
    pub to_recipients: Option<Vec<AnyRecipient>>,
    pub unique_body: Option<ItemBody>,
    pub web_link: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub attachments: Option<Vec<AnyAttachment>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `devices`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "devices")]
    #[graph(read_only)]
    pub extensions: Option<Vec<AnyExtension>>,
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

/// A `microsoft.graph.message`: the type itself or any of its derived types this build declares (a
/// value without `@odata.type` is the type itself); a value of another derived type reads as
/// `Message`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyMessage {
    /// `microsoft.graph.calendarSharingMessage`.
    #[cfg(feature = "users")]
    CalendarSharingMessage(CalendarSharingMessage),
    /// `microsoft.graph.eventMessage`.
    #[cfg(feature = "users")]
    EventMessage(EventMessage),
    /// `microsoft.graph.eventMessageRequest`.
    #[cfg(feature = "users")]
    EventMessageRequest(EventMessageRequest),
    /// `microsoft.graph.eventMessageResponse`.
    #[cfg(feature = "users")]
    EventMessageResponse(EventMessageResponse),
    /// `microsoft.graph.message` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Message),
}

/// The body of the action `copy`, bound to `message`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct MessageCopyParameters {
    #[graph(rename = "DestinationId")]
    pub destination_id: String,
}

/// The body of the action `createForward`, bound to `message`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct MessageCreateForwardParameters {
    #[graph(rename = "ToRecipients")]
    pub to_recipients: Option<Vec<AnyRecipient>>,
    #[graph(rename = "Message")]
    pub message: Option<AnyMessage>,
    #[graph(rename = "Comment")]
    pub comment: Option<String>,
}

/// The body of the action `createReply`, bound to `message`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct MessageCreateReplyParameters {
    #[graph(rename = "Message")]
    pub message: Option<AnyMessage>,
    #[graph(rename = "Comment")]
    pub comment: Option<String>,
}

/// The body of the action `createReplyAll`, bound to `message`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct MessageCreateReplyAllParameters {
    #[graph(rename = "Message")]
    pub message: Option<AnyMessage>,
    #[graph(rename = "Comment")]
    pub comment: Option<String>,
}

/// The body of the action `forward`, bound to `message`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct MessageForwardParameters {
    #[graph(rename = "ToRecipients")]
    pub to_recipients: Option<Vec<AnyRecipient>>,
    #[graph(rename = "Message")]
    pub message: Option<AnyMessage>,
    #[graph(rename = "Comment")]
    pub comment: Option<String>,
}

/// The body of the action `move`, bound to `message`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct MessageMoveParameters {
    #[graph(rename = "DestinationId")]
    pub destination_id: String,
}

/// The body of the action `reply`, bound to `message`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct MessageReplyParameters {
    #[graph(rename = "Message")]
    pub message: Option<AnyMessage>,
    #[graph(rename = "Comment")]
    pub comment: Option<String>,
}

/// The body of the action `replyAll`, bound to `message`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct MessageReplyAllParameters {
    #[graph(rename = "Message")]
    pub message: Option<AnyMessage>,
    #[graph(rename = "Comment")]
    pub comment: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.messageRule")]
pub struct MessageRule {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub actions: Option<MessageRuleActions>,
    pub conditions: Option<MessageRulePredicates>,
    pub display_name: Option<String>,
    pub exceptions: Option<MessageRulePredicates>,
    pub has_error: Option<bool>,
    pub is_enabled: Option<bool>,
    pub is_read_only: Option<bool>,
    pub sequence: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.microsoftAuthenticatorAuthenticationMethod")]
pub struct MicrosoftAuthenticatorAuthenticationMethod {
    /// The inherited properties of `authenticationMethod`.
    #[graph(base)]
    pub base: AuthenticationMethod,
    pub device_tag: Option<String>,
    pub display_name: Option<String>,
    pub phone_app_version: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `devices`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "devices")]
    #[graph(read_only)]
    pub device: Option<Device>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onlineMeeting",
    path = "/communications/onlineMeetings",
    contains(name = "recordings", target = CallRecording),
    contains(name = "transcripts", target = CallTranscript),
    action(
        name = "createOrGet",
        collection,
        parameters = OnlineMeetingCollectionCreateOrGetParameters,
        returns = OnlineMeeting
    ),
    action(
        name = "sendVirtualAppointmentReminderSms",
        parameters = OnlineMeetingSendVirtualAppointmentReminderSmsParameters
    ),
    action(
        name = "sendVirtualAppointmentSms",
        parameters = OnlineMeetingSendVirtualAppointmentSmsParameters
    ),
    function(
        name = "getAllRecordings",
        collection,
        parameters = OnlineMeetingCollectionGetAllRecordingsParameters,
        returns = Page<CallRecording>
    ),
    function(
        name = "getAllTranscripts",
        collection,
        parameters = OnlineMeetingCollectionGetAllTranscriptsParameters,
        returns = Page<CallTranscript>
    ),
    function(name = "getVirtualAppointmentJoinWebUrl", returns = String)
)]
pub struct OnlineMeeting {
    /// The inherited properties of `onlineMeetingBase`.
    #[graph(base)]
    pub base: OnlineMeetingBase,
    pub attendee_report: Option<edm::Stream>,
    pub broadcast_settings: Option<BroadcastMeetingSettings>,
    pub creation_date_time: Option<edm::DateTimeOffset>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub external_id: Option<String>,
    pub is_broadcast: Option<bool>,
    pub meeting_template_id: Option<String>,
    pub participants: Option<MeetingParticipants>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub recordings: Option<Vec<CallRecording>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub transcripts: Option<Vec<CallTranscript>>,
}

/// The body of the action `createOrGet`, bound to a collection of `onlineMeeting`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct OnlineMeetingCollectionCreateOrGetParameters {
    pub chat_info: Option<ChatInfo>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub external_id: String,
    pub participants: Option<MeetingParticipants>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub subject: Option<String>,
}

/// The body of the action `sendVirtualAppointmentReminderSms`, bound to `onlineMeeting`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct OnlineMeetingSendVirtualAppointmentReminderSmsParameters {
    pub remind_before_time_in_minutes_type: Option<RemindBeforeTimeInMinutesType>,
    pub attendees: Option<Vec<AttendeeNotificationInfo>>,
}

/// The body of the action `sendVirtualAppointmentSms`, bound to `onlineMeeting`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct OnlineMeetingSendVirtualAppointmentSmsParameters {
    pub message_type: Option<VirtualAppointmentMessageType>,
    pub attendees: Option<Vec<AttendeeNotificationInfo>>,
}

/// The arguments of the function `getAllRecordings`, bound to a collection of `onlineMeeting`,
/// written in its URL.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct OnlineMeetingCollectionGetAllRecordingsParameters {
    pub meeting_organizer_user_id: Option<String>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub end_date_time: Option<edm::DateTimeOffset>,
}

/// The arguments of the function `getAllTranscripts`, bound to a collection of `onlineMeeting`,
/// written in its URL.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct OnlineMeetingCollectionGetAllTranscriptsParameters {
    pub meeting_organizer_user_id: Option<String>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub end_date_time: Option<edm::DateTimeOffset>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.outlookCategory")]
pub struct OutlookCategory {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub color: Option<CategoryColor>,
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.outlookUser",
    contains(name = "masterCategories", target = OutlookCategory),
    function(name = "supportedLanguages", returns = Vec<LocaleInfo>),
    function(name = "supportedTimeZones", returns = Vec<TimeZoneInformation>),
    function(
        name = "supportedTimeZones",
        method = "supported_time_zones_with_time_zone_standard",
        parameters = OutlookUserSupportedTimeZonesWithTimeZoneStandardParameters,
        returns = Vec<TimeZoneInformation>
    )
)]
pub struct OutlookUser {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub master_categories: Option<Vec<OutlookCategory>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `supportedTimeZones`, bound to `outlookUser`, written in its URL.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct OutlookUserSupportedTimeZonesWithTimeZoneStandardParameters {
    #[graph(rename = "TimeZoneStandard")]
    pub time_zone_standard: TimeZoneStandard,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.passwordAuthenticationMethod")]
pub struct PasswordAuthenticationMethod {
    /// The inherited properties of `authenticationMethod`.
    #[graph(base)]
    pub base: AuthenticationMethod,
    pub password: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.person",
    path = "/me/people"
)]
pub struct Person {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub birthday: Option<String>,
    pub company_name: Option<String>,
    pub department: Option<String>,
    pub display_name: Option<String>,
    pub given_name: Option<String>,
    pub im_address: Option<String>,
    pub is_favorite: Option<bool>,
    pub job_title: Option<String>,
    pub office_location: Option<String>,
    pub person_notes: Option<String>,
    pub person_type: Option<PersonType>,
    pub phones: Option<Vec<Phone>>,
    pub postal_addresses: Option<Vec<AnyLocation>>,
    pub profession: Option<String>,
    pub scored_email_addresses: Option<Vec<ScoredEmailAddress>>,
    pub surname: Option<String>,
    pub user_principal_name: Option<String>,
    pub websites: Option<Vec<Website>>,
    pub yomi_company: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.phoneAuthenticationMethod",
    action = "disableSmsSignIn",
    action = "enableSmsSignIn"
)]
pub struct PhoneAuthenticationMethod {
    /// The inherited properties of `authenticationMethod`.
    #[graph(base)]
    pub base: AuthenticationMethod,
    pub phone_number: Option<String>,
    pub phone_type: Option<AuthenticationPhoneType>,
    pub sms_sign_in_state: Option<AuthenticationMethodSignInState>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.plannerUser")]
#[cfg_attr(feature = "planner", graph(contains(name = "plans", target = PlannerPlan)))]
#[cfg_attr(feature = "planner", graph(contains(name = "tasks", target = PlannerTask)))]
pub struct PlannerUser {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `planner`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "planner")]
    #[graph(read_only)]
    pub plans: Option<Vec<PlannerPlan>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `planner`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "planner")]
    #[graph(read_only)]
    pub tasks: Option<Vec<PlannerTask>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.platformCredentialAuthenticationMethod")]
pub struct PlatformCredentialAuthenticationMethod {
    /// The inherited properties of `authenticationMethod`.
    #[graph(base)]
    pub base: AuthenticationMethod,
    pub display_name: Option<String>,
    pub key_strength: Option<AuthenticationMethodKeyStrength>,
    pub platform: Option<AuthenticationMethodPlatform>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `devices`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "devices")]
    #[graph(read_only)]
    pub device: Option<Device>,
}

#[cfg(any(feature = "users", feature = "communications"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.presence",
    path = "/communications/presences",
    action = "clearAutomaticLocation",
    action = "clearLocation",
    action(name = "clearPresence", parameters = PresenceClearPresenceParameters),
    action = "clearUserPreferredPresence",
    action(name = "setAutomaticLocation", parameters = PresenceSetAutomaticLocationParameters),
    action(name = "setManualLocation", parameters = PresenceSetManualLocationParameters),
    action(name = "setPresence", parameters = PresenceSetPresenceParameters),
    action(name = "setStatusMessage", parameters = PresenceSetStatusMessageParameters),
    action(
        name = "setUserPreferredPresence",
        parameters = PresenceSetUserPreferredPresenceParameters
    )
)]
pub struct Presence {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub activity: Option<String>,
    pub availability: Option<String>,
    pub out_of_office_settings: Option<OutOfOfficeSettings>,
    #[graph(read_only)]
    pub sequence_number: Option<String>,
    pub status_message: Option<PresenceStatusMessage>,
    pub work_location: Option<UserWorkLocation>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `clearPresence`, bound to `presence`.
#[cfg(any(feature = "users", feature = "communications"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct PresenceClearPresenceParameters {
    pub session_id: Option<String>,
}

/// The body of the action `setAutomaticLocation`, bound to `presence`.
#[cfg(any(feature = "users", feature = "communications"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct PresenceSetAutomaticLocationParameters {
    pub work_location_type: WorkLocationType,
    pub place_id: Option<String>,
}

/// The body of the action `setManualLocation`, bound to `presence`.
#[cfg(any(feature = "users", feature = "communications"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct PresenceSetManualLocationParameters {
    pub work_location_type: WorkLocationType,
    pub place_id: Option<String>,
}

/// The body of the action `setPresence`, bound to `presence`.
#[cfg(any(feature = "users", feature = "communications"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct PresenceSetPresenceParameters {
    pub session_id: Option<String>,
    pub availability: String,
    pub activity: String,
    pub expiration_duration: Option<edm::Duration>,
}

/// The body of the action `setStatusMessage`, bound to `presence`.
#[cfg(any(feature = "users", feature = "communications"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct PresenceSetStatusMessageParameters {
    pub status_message: Option<PresenceStatusMessage>,
}

/// The body of the action `setUserPreferredPresence`, bound to `presence`.
#[cfg(any(feature = "users", feature = "communications"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct PresenceSetUserPreferredPresenceParameters {
    pub availability: String,
    pub activity: String,
    pub expiration_duration: Option<edm::Duration>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.qrCode")]
pub struct QrCode {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub expire_date_time: Option<edm::DateTimeOffset>,
    pub image: Option<QrCodeImageDetails>,
    pub last_used_date_time: Option<edm::DateTimeOffset>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.qrCodePinAuthenticationMethod",
    contains(name = "pin", target = QrPin, single),
    contains(name = "standardQRCode", target = QrCode, single),
    contains(name = "temporaryQRCode", target = QrCode, single)
)]
pub struct QrCodePinAuthenticationMethod {
    /// The inherited properties of `authenticationMethod`.
    #[graph(base)]
    pub base: AuthenticationMethod,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub pin: Option<QrPin>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only, rename = "standardQRCode")]
    pub standard_qr_code: Option<QrCode>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only, rename = "temporaryQRCode")]
    pub temporary_qr_code: Option<QrCode>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.qrPin")]
pub struct QrPin {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub code: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub force_change_pin_next_sign_in: Option<bool>,
    pub updated_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.shiftPreferences")]
pub struct ShiftPreferences {
    /// The inherited properties of `changeTrackedEntity`.
    #[graph(base)]
    pub base: ChangeTrackedEntity,
    pub availability: Option<Vec<ShiftAvailability>>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.softwareOathAuthenticationMethod")]
pub struct SoftwareOathAuthenticationMethod {
    /// The inherited properties of `authenticationMethod`.
    #[graph(base)]
    pub base: AuthenticationMethod,
    pub secret_key: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.taskFileAttachment")]
pub struct TaskFileAttachment {
    /// The inherited properties of `attachmentBase`.
    #[graph(base)]
    pub base: AttachmentBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub content_bytes: Option<edm::Binary>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.temporaryAccessPassAuthenticationMethod")]
pub struct TemporaryAccessPassAuthenticationMethod {
    /// The inherited properties of `authenticationMethod`.
    #[graph(base)]
    pub base: AuthenticationMethod,
    pub is_usable: Option<bool>,
    pub is_usable_once: Option<bool>,
    pub lifetime_in_minutes: Option<i32>,
    pub method_usability_reason: Option<String>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub temporary_access_pass: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.todo",
    contains(name = "lists", target = TodoTaskList)
)]
pub struct Todo {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub lists: Option<Vec<TodoTaskList>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.todoTask",
    contains(name = "attachments", target = AttachmentBase),
    contains(name = "attachmentSessions", target = AttachmentSession),
    contains(name = "checklistItems", target = ChecklistItem),
    contains(name = "linkedResources", target = LinkedResource),
    function(name = "delta", collection, returns = Page<DeltaItem<TodoTask>>)
)]
#[cfg_attr(feature = "devices", graph(contains(name = "extensions", target = Extension)))]
pub struct TodoTask {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub body: Option<ItemBody>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub body_last_modified_date_time: Option<edm::DateTimeOffset>,
    pub categories: Option<Vec<String>>,
    pub completed_date_time: Option<DateTimeTimeZone>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub due_date_time: Option<DateTimeTimeZone>,
    pub has_attachments: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub importance: Option<Importance>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_reminder_on: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub recurrence: Option<PatternedRecurrence>,
    pub reminder_date_time: Option<DateTimeTimeZone>,
    pub start_date_time: Option<DateTimeTimeZone>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<TaskStatus>,
    pub title: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub attachments: Option<Vec<AnyAttachmentBase>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub attachment_sessions: Option<Vec<AttachmentSession>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub checklist_items: Option<Vec<ChecklistItem>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `devices`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "devices")]
    #[graph(read_only)]
    pub extensions: Option<Vec<AnyExtension>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub linked_resources: Option<Vec<LinkedResource>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.todoTaskList",
    contains(name = "tasks", target = TodoTask),
    function(name = "delta", collection, returns = Page<DeltaItem<TodoTaskList>>)
)]
#[cfg_attr(feature = "devices", graph(contains(name = "extensions", target = Extension)))]
pub struct TodoTaskList {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_owner: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_shared: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub wellknown_list_name: Option<WellknownListName>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `devices`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "devices")]
    #[graph(read_only)]
    pub extensions: Option<Vec<AnyExtension>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub tasks: Option<Vec<TodoTask>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.user",
    path = "/users",
    singleton = "/me",
    also_reads = "microsoft.graph.agentUser",
    contains(name = "messages", target = Message),
    action(name = "assignLicense", parameters = UserAssignLicenseParameters, returns = User),
    action(name = "changePassword", parameters = UserChangePasswordParameters),
    action(name = "exportPersonalData", parameters = UserExportPersonalDataParameters),
    action(
        name = "findMeetingTimes",
        parameters = UserFindMeetingTimesParameters,
        returns = MeetingTimeSuggestionsResult
    ),
    action(name = "getMailTips", parameters = UserGetMailTipsParameters, returns = Vec<MailTips>),
    action = "removeAllDevicesFromManagement",
    action(name = "reprocessLicenseAssignment", returns = User),
    action = "retryServiceProvisioning",
    action(name = "revokeSignInSessions", returns = bool),
    action(name = "sendMail", parameters = UserSendMailParameters),
    action(
        name = "translateExchangeIds",
        parameters = UserTranslateExchangeIdsParameters,
        returns = Vec<ConvertIdResult>
    ),
    action(
        name = "wipeManagedAppRegistrationsByDeviceTag",
        parameters = UserWipeManagedAppRegistrationsByDeviceTagParameters
    ),
    function(name = "delta", collection, returns = Page<DeltaItem<User>>),
    function(name = "exportDeviceAndAppManagementData", returns = DeviceAndAppManagementData),
    function(
        name = "exportDeviceAndAppManagementData",
        method = "export_device_and_app_management_data_with_skip_top",
        parameters = UserExportDeviceAndAppManagementDataWithSkipTopParameters,
        returns = DeviceAndAppManagementData
    ),
    function(name = "getManagedAppDiagnosticStatuses", returns = Vec<ManagedAppDiagnosticStatus>),
    function(name = "getManagedAppPolicies", returns = Page<AnyManagedAppPolicy>),
    function(name = "getManagedDevicesWithAppFailures", returns = Vec<String>),
    function(
        name = "reminderView",
        parameters = UserReminderViewParameters,
        returns = Vec<Reminder>
    )
)]
#[cfg_attr(feature = "users", graph(contains(name = "activities", target = UserActivity)))]
#[cfg_attr(feature = "users", graph(contains(name = "adhocCalls", target = AdhocCall)))]
#[cfg_attr(feature = "directoryObjects", graph(contains(name = "appRoleAssignments", target = AppRoleAssignment)))]
#[cfg_attr(feature = "users", graph(contains(name = "authentication", target = Authentication, single)))]
#[cfg_attr(any(feature = "groups", feature = "users"), graph(contains(name = "calendar", target = Calendar, single)))]
#[cfg_attr(feature = "users", graph(contains(name = "calendarGroups", target = CalendarGroup)))]
#[cfg_attr(any(feature = "groups", feature = "users"), graph(contains(name = "calendars", target = Calendar)))]
#[cfg_attr(feature = "groups", graph(contains(name = "calendarView", target = Event)))]
#[cfg_attr(feature = "chats", graph(contains(name = "chats", target = Chat)))]
#[cfg_attr(feature = "users", graph(contains(name = "cloudClipboard", target = CloudClipboardRoot, single)))]
#[cfg_attr(feature = "users", graph(contains(name = "cloudPCs", target = CloudPC)))]
#[cfg_attr(feature = "users", graph(contains(name = "contactFolders", target = ContactFolder)))]
#[cfg_attr(feature = "users", graph(contains(name = "contacts", target = Contact)))]
#[cfg_attr(feature = "users", graph(contains(name = "dataSecurityAndGovernance", target = UserDataSecurityAndGovernance, single)))]
#[cfg_attr(feature = "users", graph(contains(name = "deviceManagementTroubleshootingEvents", target = DeviceManagementTroubleshootingEvent)))]
#[cfg_attr(feature = "users", graph(contains(name = "employeeExperience", target = EmployeeExperienceUser, single)))]
#[cfg_attr(feature = "groups", graph(contains(name = "events", target = Event)))]
#[cfg_attr(feature = "devices", graph(contains(name = "extensions", target = Extension)))]
#[cfg_attr(feature = "users", graph(contains(name = "inferenceClassification", target = InferenceClassification, single)))]
#[cfg_attr(feature = "users", graph(contains(name = "insights", target = ItemInsights, single)))]
#[cfg_attr(feature = "teams", graph(contains(name = "joinedTeams", target = Team)))]
#[cfg_attr(feature = "users", graph(contains(name = "licenseDetails", target = LicenseDetails)))]
#[cfg_attr(feature = "users", graph(contains(name = "mailFolders", target = MailFolder)))]
#[cfg_attr(feature = "users", graph(contains(name = "managedDevices", target = ManagedDevice)))]
#[cfg_attr(feature = "groups", graph(contains(name = "onenote", target = Onenote, single)))]
#[cfg_attr(feature = "users", graph(contains(name = "onlineMeetings", target = OnlineMeeting)))]
#[cfg_attr(feature = "contacts", graph(contains(name = "onPremisesSyncBehavior", target = OnPremisesSyncBehavior, single)))]
#[cfg_attr(feature = "users", graph(contains(name = "outlook", target = OutlookUser, single)))]
#[cfg_attr(feature = "users", graph(contains(name = "people", target = Person)))]
#[cfg_attr(any(feature = "groups", feature = "permissionGrants"), graph(contains(name = "permissionGrants", target = ResourceSpecificPermissionGrant)))]
#[cfg_attr(feature = "groups", graph(contains(name = "photo", target = ProfilePhoto, single)))]
#[cfg_attr(feature = "groups", graph(contains(name = "photos", target = ProfilePhoto)))]
#[cfg_attr(feature = "users", graph(contains(name = "planner", target = PlannerUser, single)))]
#[cfg_attr(any(feature = "users", feature = "communications"), graph(contains(name = "presence", target = Presence, single)))]
#[cfg_attr(feature = "scopedRoleMemberships", graph(contains(name = "scopedRoleMemberOf", target = ScopedRoleMembership)))]
#[cfg_attr(feature = "users", graph(contains(name = "settings", target = UserSettings, single)))]
#[cfg_attr(feature = "users", graph(contains(name = "solutions", target = UserSolutionRoot, single)))]
#[cfg_attr(feature = "users", graph(contains(name = "teamwork", target = UserTeamwork, single)))]
#[cfg_attr(feature = "users", graph(contains(name = "todo", target = Todo, single)))]
pub struct User {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub about_me: Option<String>,
    pub account_enabled: Option<bool>,
    pub age_group: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub assigned_licenses: Option<Vec<AssignedLicense>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub assigned_plans: Option<Vec<AssignedPlan>>,
    pub authorization_info: Option<AuthorizationInfo>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub birthday: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub business_phones: Option<Vec<String>>,
    pub city: Option<String>,
    pub company_name: Option<String>,
    pub consent_provided_for_minor: Option<String>,
    pub country: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub creation_type: Option<String>,
    pub custom_security_attributes: Option<CustomSecurityAttributeValue>,
    pub department: Option<String>,
    /// The limit on the maximum number of devices that the user is permitted to enroll. Allowed
    /// values are 5 or 1000. Not nullable.
    #[graph(non_nullable)]
    pub device_enrollment_limit: Option<i32>,
    pub display_name: Option<String>,
    pub employee_hire_date: Option<edm::DateTimeOffset>,
    pub employee_id: Option<String>,
    pub employee_leave_date_time: Option<edm::DateTimeOffset>,
    pub employee_org_data: Option<EmployeeOrgData>,
    pub employee_type: Option<String>,
    pub external_user_state: Option<String>,
    pub external_user_state_change_date_time: Option<edm::DateTimeOffset>,
    pub fax_number: Option<String>,
    pub given_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub hire_date: Option<edm::DateTimeOffset>,
    pub identities: Option<Vec<ObjectIdentity>>,
    pub identity_parent_id: Option<String>,
    pub im_addresses: Option<Vec<String>>,
    pub interests: Option<Vec<String>>,
    pub is_management_restricted: Option<bool>,
    pub is_resource_account: Option<bool>,
    pub job_title: Option<String>,
    pub last_password_change_date_time: Option<edm::DateTimeOffset>,
    pub legal_age_group_classification: Option<String>,
    pub license_assignment_states: Option<Vec<LicenseAssignmentState>>,
    pub mail: Option<String>,
    pub mailbox_settings: Option<MailboxSettings>,
    pub mail_nickname: Option<String>,
    pub mobile_phone: Option<String>,
    pub my_site: Option<String>,
    pub office_location: Option<String>,
    pub on_premises_distinguished_name: Option<String>,
    pub on_premises_domain_name: Option<String>,
    pub on_premises_extension_attributes: Option<OnPremisesExtensionAttributes>,
    pub on_premises_immutable_id: Option<String>,
    pub on_premises_last_sync_date_time: Option<edm::DateTimeOffset>,
    pub on_premises_provisioning_errors: Option<Vec<OnPremisesProvisioningError>>,
    pub on_premises_sam_account_name: Option<String>,
    pub on_premises_security_identifier: Option<String>,
    pub on_premises_sync_enabled: Option<bool>,
    pub on_premises_user_principal_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub other_mails: Option<Vec<String>>,
    pub password_policies: Option<String>,
    pub password_profile: Option<PasswordProfile>,
    pub past_projects: Option<Vec<String>>,
    pub postal_code: Option<String>,
    pub preferred_data_location: Option<String>,
    pub preferred_language: Option<String>,
    pub preferred_name: Option<String>,
    pub print: Option<UserPrint>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub provisioned_plans: Option<Vec<ProvisionedPlan>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub proxy_addresses: Option<Vec<String>>,
    pub responsibilities: Option<Vec<String>>,
    pub schools: Option<Vec<String>>,
    pub security_identifier: Option<String>,
    pub service_provisioning_errors: Option<Vec<AnyServiceProvisioningError>>,
    pub show_in_address_list: Option<bool>,
    pub sign_in_activity: Option<SignInActivity>,
    pub sign_in_sessions_valid_from_date_time: Option<edm::DateTimeOffset>,
    pub skills: Option<Vec<String>>,
    pub state: Option<String>,
    pub street_address: Option<String>,
    pub surname: Option<String>,
    pub usage_location: Option<String>,
    pub user_principal_name: Option<String>,
    pub user_type: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub activities: Option<Vec<UserActivity>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub adhoc_calls: Option<Vec<AdhocCall>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `agreementAcceptances`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "agreementAcceptances")]
    #[graph(read_only)]
    pub agreement_acceptances: Option<Vec<AgreementAcceptance>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `directoryObjects`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "directoryObjects")]
    #[graph(read_only)]
    pub app_role_assignments: Option<Vec<AppRoleAssignment>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub authentication: Option<Authentication>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `groups`, `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "groups", feature = "users"))]
    #[graph(read_only)]
    pub calendar: Option<Calendar>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub calendar_groups: Option<Vec<CalendarGroup>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `groups`, `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "groups", feature = "users"))]
    #[graph(read_only)]
    pub calendars: Option<Vec<Calendar>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub calendar_view: Option<Vec<Event>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `chats`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "chats")]
    #[graph(read_only)]
    pub chats: Option<Vec<Chat>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub cloud_clipboard: Option<CloudClipboardRoot>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub cloud_p_cs: Option<Vec<CloudPC>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub contact_folders: Option<Vec<ContactFolder>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub contacts: Option<Vec<Contact>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub created_objects: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub data_security_and_governance: Option<UserDataSecurityAndGovernance>,
    /// The list of troubleshooting events for this user. Navigation property: read when
    /// `$expand`ed, never written. Declared with the feature `users`; without, an `$expand`ed value
    /// is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub device_management_troubleshooting_events:
        Option<Vec<AnyDeviceManagementTroubleshootingEvent>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub direct_reports: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub drive: Option<Box<Drive>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub drives: Option<Vec<Drive>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub employee_experience: Option<EmployeeExperienceUser>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub events: Option<Vec<Event>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `devices`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "devices")]
    #[graph(read_only)]
    pub extensions: Option<Vec<AnyExtension>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `sites`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "sites")]
    #[graph(read_only)]
    pub followed_sites: Option<Vec<Site>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub inference_classification: Option<InferenceClassification>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub insights: Option<ItemInsights>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `teams`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "teams")]
    #[graph(read_only)]
    pub joined_teams: Option<Vec<Team>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub license_details: Option<Vec<LicenseDetails>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub mail_folders: Option<Vec<AnyMailFolder>>,
    /// Zero or more managed app registrations that belong to the user. Navigation property: read
    /// when `$expand`ed, never written. Declared with the feature `deviceAppManagement`; without,
    /// an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "deviceAppManagement")]
    #[graph(read_only)]
    pub managed_app_registrations: Option<Vec<ManagedAppRegistration>>,
    /// The managed devices associated with the user. Navigation property: read when `$expand`ed,
    /// never written. Declared with the feature `users`; without, an `$expand`ed value is kept in
    /// `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub managed_devices: Option<Vec<ManagedDevice>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub manager: Option<Box<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub member_of: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub messages: Option<Vec<AnyMessage>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `oauth2PermissionGrants`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "oauth2PermissionGrants")]
    #[graph(read_only)]
    pub oauth2_permission_grants: Option<Vec<OAuth2PermissionGrant>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub onenote: Option<Onenote>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub online_meetings: Option<Vec<OnlineMeeting>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `contacts`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "contacts")]
    #[graph(read_only)]
    pub on_premises_sync_behavior: Option<OnPremisesSyncBehavior>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub outlook: Option<OutlookUser>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub owned_devices: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub owned_objects: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub people: Option<Vec<Person>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `groups`, `permissionGrants`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "groups", feature = "permissionGrants"))]
    #[graph(read_only)]
    pub permission_grants: Option<Vec<ResourceSpecificPermissionGrant>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub photo: Option<ProfilePhoto>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub photos: Option<Vec<ProfilePhoto>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub planner: Option<PlannerUser>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `users`, `communications`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "users", feature = "communications"))]
    #[graph(read_only)]
    pub presence: Option<Presence>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub registered_devices: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `scopedRoleMemberships`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "scopedRoleMemberships")]
    #[graph(read_only)]
    pub scoped_role_member_of: Option<Vec<ScopedRoleMembership>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub settings: Option<UserSettings>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub solutions: Option<UserSolutionRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sponsor_of: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sponsors: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub teamwork: Option<UserTeamwork>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub todo: Option<Todo>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub transitive_member_of: Option<Vec<AnyDirectoryObject>>,
}

/// The body of the action `assignLicense`, bound to `user`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct UserAssignLicenseParameters {
    pub add_licenses: Vec<AssignedLicense>,
    pub remove_licenses: Vec<edm::Guid>,
}

/// The body of the action `changePassword`, bound to `user`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct UserChangePasswordParameters {
    pub current_password: Option<String>,
    pub new_password: Option<String>,
}

/// The body of the action `exportPersonalData`, bound to `user`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct UserExportPersonalDataParameters {
    pub storage_location: Option<String>,
}

/// The body of the action `findMeetingTimes`, bound to `user`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct UserFindMeetingTimesParameters {
    pub attendees: Option<Vec<AnyAttendeeBase>>,
    pub location_constraint: Option<LocationConstraint>,
    pub time_constraint: Option<TimeConstraint>,
    pub meeting_duration: Option<edm::Duration>,
    pub max_candidates: Option<i32>,
    pub is_organizer_optional: Option<bool>,
    pub return_suggestion_reasons: Option<bool>,
    pub minimum_attendee_percentage: Option<edm::Double>,
}

/// The body of the action `getMailTips`, bound to `user`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct UserGetMailTipsParameters {
    #[graph(rename = "EmailAddresses")]
    pub email_addresses: Vec<String>,
    #[graph(rename = "MailTipsOptions")]
    pub mail_tips_options: Option<Flags<MailTipsType>>,
}

/// The body of the action `sendMail`, bound to `user`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct UserSendMailParameters {
    #[graph(rename = "Message")]
    pub message: AnyMessage,
    #[graph(rename = "SaveToSentItems")]
    pub save_to_sent_items: Option<bool>,
}

/// The body of the action `translateExchangeIds`, bound to `user`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct UserTranslateExchangeIdsParameters {
    #[graph(rename = "InputIds")]
    pub input_ids: Vec<String>,
    #[graph(rename = "TargetIdType")]
    pub target_id_type: ExchangeIdFormat,
    #[graph(rename = "SourceIdType")]
    pub source_id_type: ExchangeIdFormat,
}

/// The body of the action `wipeManagedAppRegistrationsByDeviceTag`, bound to `user`.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct UserWipeManagedAppRegistrationsByDeviceTagParameters {
    pub device_tag: Option<String>,
}

/// The arguments of the function `exportDeviceAndAppManagementData`, bound to `user`, written in
/// its URL.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct UserExportDeviceAndAppManagementDataWithSkipTopParameters {
    pub skip: i32,
    pub top: i32,
}

/// The arguments of the function `reminderView`, bound to `user`, written in its URL.
#[cfg(any(feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct UserReminderViewParameters {
    #[graph(rename = "StartDateTime")]
    pub start_date_time: String,
    #[graph(rename = "EndDateTime")]
    pub end_date_time: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userActivity",
    path = "/me/activities",
    contains(name = "historyItems", target = ActivityHistoryItem),
    function(name = "recent", collection, returns = Page<UserActivity>)
)]
pub struct UserActivity {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub activation_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub activity_source_host: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub app_activity_id: Option<String>,
    pub app_display_name: Option<String>,
    pub content_info: Option<serde_json::Value>,
    pub content_url: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub fallback_url: Option<String>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<Status>,
    pub user_timezone: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub visual_elements: Option<VisualInfo>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub history_items: Option<Vec<ActivityHistoryItem>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.userDataSecurityAndGovernance",
    contains(name = "activities", target = ActivitiesContainer, single),
    contains(name = "protectionScopes", target = UserProtectionScopeContainer, single),
    action(
        name = "processContent",
        parameters = UserDataSecurityAndGovernanceProcessContentParameters,
        returns = ProcessContentResponse
    )
)]
pub struct UserDataSecurityAndGovernance {
    /// The inherited properties of `dataSecurityAndGovernance`.
    #[graph(base)]
    pub base: DataSecurityAndGovernance,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub activities: Option<ActivitiesContainer>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub protection_scopes: Option<UserProtectionScopeContainer>,
}

/// The body of the action `processContent`, bound to `userDataSecurityAndGovernance`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct UserDataSecurityAndGovernanceProcessContentParameters {
    pub content_to_process: Option<ProcessContentRequest>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.userInsightsSettings")]
pub struct UserInsightsSettings {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userProtectionScopeContainer",
    action(
        name = "compute",
        parameters = UserProtectionScopeContainerComputeParameters,
        returns = Vec<PolicyUserScope>
    )
)]
pub struct UserProtectionScopeContainer {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `compute`, bound to `userProtectionScopeContainer`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct UserProtectionScopeContainerComputeParameters {
    pub activities: Option<Flags<UserActivityTypes>>,
    pub locations: Option<Vec<PolicyLocation>>,
    pub pivot_on: Option<PolicyPivotProperty>,
    pub device_metadata: Option<DeviceMetadata>,
    pub integrated_app_metadata: Option<AnyIntegratedApplicationMetadata>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userSettings",
    contains(name = "exchange", target = ExchangeSettings, single),
    contains(name = "itemInsights", target = UserInsightsSettings, single),
    contains(name = "shiftPreferences", target = ShiftPreferences, single),
    contains(name = "storage", target = UserStorage, single),
    contains(name = "windows", target = WindowsSetting),
    contains(name = "workHoursAndLocations", target = WorkHoursAndLocationsSetting, single)
)]
pub struct UserSettings {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub contribution_to_content_discovery_as_organization_disabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub contribution_to_content_discovery_disabled: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub exchange: Option<ExchangeSettings>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub item_insights: Option<UserInsightsSettings>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub shift_preferences: Option<ShiftPreferences>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub storage: Option<UserStorage>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub windows: Option<Vec<WindowsSetting>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub work_hours_and_locations: Option<WorkHoursAndLocationsSetting>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userSolutionRoot",
    contains(name = "workingTimeSchedule", target = WorkingTimeSchedule, single)
)]
pub struct UserSolutionRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub working_time_schedule: Option<WorkingTimeSchedule>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.userStorage")]
#[cfg_attr(feature = "storage", graph(contains(name = "quota", target = UnifiedStorageQuota, single)))]
pub struct UserStorage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `storage`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "storage")]
    #[graph(read_only)]
    pub quota: Option<UnifiedStorageQuota>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userTeamwork",
    contains(name = "associatedTeams", target = AssociatedTeamInfo),
    action(
        name = "deleteTargetedMessage",
        parameters = UserTeamworkDeleteTargetedMessageParameters
    ),
    action(
        name = "sendActivityNotification",
        parameters = UserTeamworkSendActivityNotificationParameters
    ),
    function(name = "getAllRetainedTargetedMessages", returns = Page<TargetedChatMessage>),
    function(name = "getAllTargetedMessages", returns = Page<TargetedChatMessage>)
)]
#[cfg_attr(feature = "chats", graph(contains(name = "installedApps", target = UserScopeTeamsAppInstallation)))]
pub struct UserTeamwork {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub locale: Option<String>,
    pub region: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub associated_teams: Option<Vec<AssociatedTeamInfo>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `chats`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "chats")]
    #[graph(read_only)]
    pub installed_apps: Option<Vec<UserScopeTeamsAppInstallation>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `deleteTargetedMessage`, bound to `userTeamwork`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct UserTeamworkDeleteTargetedMessageParameters {
    pub team_id: String,
    pub channel_id: String,
    pub message_id: String,
}

/// The body of the action `sendActivityNotification`, bound to `userTeamwork`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct UserTeamworkSendActivityNotificationParameters {
    pub topic: Option<TeamworkActivityTopic>,
    pub activity_type: Option<String>,
    pub chain_id: Option<edm::Int64>,
    pub preview_text: Option<ItemBody>,
    pub teams_app_id: Option<String>,
    pub template_parameters: Option<Vec<KeyValuePair>>,
    pub icon_id: Option<String>,
}

/// Malware detection entity.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.windowsDeviceMalwareState"
)]
pub struct WindowsDeviceMalwareState {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Information URL to learn more about the malware
    pub additional_information_url: Option<String>,
    /// Category of the malware
    pub category: Option<WindowsMalwareCategory>,
    /// Number of times the malware is detected
    pub detection_count: Option<i32>,
    /// Malware name
    pub display_name: Option<String>,
    /// Execution status of the malware like blocked/executing etc
    pub execution_state: Option<WindowsMalwareExecutionState>,
    /// Initial detection datetime of the malware
    pub initial_detection_date_time: Option<edm::DateTimeOffset>,
    /// The last time this particular threat was changed
    pub last_state_change_date_time: Option<edm::DateTimeOffset>,
    /// Severity of the malware
    pub severity: Option<WindowsMalwareSeverity>,
    /// Current status of the malware like cleaned/quarantined/allowed etc
    pub state: Option<WindowsMalwareState>,
    /// Current status of the malware like cleaned/quarantined/allowed etc
    pub threat_state: Option<WindowsMalwareThreatState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsHelloForBusinessAuthenticationMethod")]
pub struct WindowsHelloForBusinessAuthenticationMethod {
    /// The inherited properties of `authenticationMethod`.
    #[graph(base)]
    pub base: AuthenticationMethod,
    pub display_name: Option<String>,
    pub key_strength: Option<AuthenticationMethodKeyStrength>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `devices`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "devices")]
    #[graph(read_only)]
    pub device: Option<Device>,
}

/// Device protection status entity.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.windowsProtectionState",
    contains(name = "detectedMalwareState", target = WindowsDeviceMalwareState)
)]
pub struct WindowsProtectionState {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Current anti malware version
    pub anti_malware_version: Option<String>,
    /// When TRUE indicates the Windows Defender controlled configuration feature is enabled, when
    /// FALSE indicates the Windows Defender controlled configuration feature is not enabled.
    /// Defaults to setting on client device.
    pub controlled_configuration_enabled: Option<bool>,
    /// Indicates device's health state. Possible values are: clean, fullScanPending, rebootPending,
    /// manualStepsPending, offlineScanPending, critical.
    pub device_state: Option<Flags<WindowsDeviceHealthState>>,
    /// Current endpoint protection engine's version
    pub engine_version: Option<String>,
    /// When TRUE indicates full scan is overdue, when FALSE indicates full scan is not overdue.
    /// Defaults to setting on client device.
    pub full_scan_overdue: Option<bool>,
    /// When TRUE indicates full scan is required, when FALSE indicates full scan is not required.
    /// Defaults to setting on client device.
    pub full_scan_required: Option<bool>,
    /// When TRUE indicates the device is a virtual machine, when FALSE indicates the device is not
    /// a virtual machine. Defaults to setting on client device.
    pub is_virtual_machine: Option<bool>,
    /// Last quick scan datetime
    pub last_full_scan_date_time: Option<edm::DateTimeOffset>,
    /// Last full scan signature version
    pub last_full_scan_signature_version: Option<String>,
    /// Last quick scan datetime
    pub last_quick_scan_date_time: Option<edm::DateTimeOffset>,
    /// Last quick scan signature version
    pub last_quick_scan_signature_version: Option<String>,
    /// Last device health status reported time
    pub last_reported_date_time: Option<edm::DateTimeOffset>,
    /// When TRUE indicates anti malware is enabled when FALSE indicates anti malware is not
    /// enabled.
    pub malware_protection_enabled: Option<bool>,
    /// When TRUE indicates network inspection system enabled, when FALSE indicates network
    /// inspection system is not enabled. Defaults to setting on client device.
    pub network_inspection_system_enabled: Option<bool>,
    /// Product Status of Windows Defender Antivirus. Possible values are: noStatus,
    /// serviceNotRunning, serviceStartedWithoutMalwareProtection, pendingFullScanDueToThreatAction,
    /// pendingRebootDueToThreatAction, pendingManualStepsDueToThreatAction, avSignaturesOutOfDate,
    /// asSignaturesOutOfDate, noQuickScanHappenedForSpecifiedPeriod,
    /// noFullScanHappenedForSpecifiedPeriod, systemInitiatedScanInProgress,
    /// systemInitiatedCleanInProgress, samplesPendingSubmission, productRunningInEvaluationMode,
    /// productRunningInNonGenuineMode, productExpired, offlineScanRequired,
    /// serviceShutdownAsPartOfSystemShutdown, threatRemediationFailedCritically,
    /// threatRemediationFailedNonCritically, noStatusFlagsSet, platformOutOfDate,
    /// platformUpdateInProgress, platformAboutToBeOutdated,
    /// signatureOrPlatformEndOfLifeIsPastOrIsImpending,
    /// windowsSModeSignaturesInUseOnNonWin10SInstall.
    pub product_status: Option<Flags<WindowsDefenderProductStatus>>,
    /// When TRUE indicates quick scan is overdue, when FALSE indicates quick scan is not overdue.
    /// Defaults to setting on client device.
    pub quick_scan_overdue: Option<bool>,
    /// When TRUE indicates real time protection is enabled, when FALSE indicates real time
    /// protection is not enabled. Defaults to setting on client device.
    pub real_time_protection_enabled: Option<bool>,
    /// When TRUE indicates reboot is required, when FALSE indicates when TRUE indicates reboot is
    /// not required. Defaults to setting on client device.
    pub reboot_required: Option<bool>,
    /// When TRUE indicates signature is out of date, when FALSE indicates signature is not out of
    /// date. Defaults to setting on client device.
    pub signature_update_overdue: Option<bool>,
    /// Current malware definitions version
    pub signature_version: Option<String>,
    /// When TRUE indicates the Windows Defender tamper protection feature is enabled, when FALSE
    /// indicates the Windows Defender tamper protection feature is not enabled. Defaults to setting
    /// on client device.
    pub tamper_protection_enabled: Option<bool>,
    /// Device malware list Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub detected_malware_state: Option<Vec<WindowsDeviceMalwareState>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.windowsSetting",
    contains(name = "instances", target = WindowsSettingInstance)
)]
pub struct WindowsSetting {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub payload_type: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub setting_type: Option<WindowsSettingType>,
    pub windows_device_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub instances: Option<Vec<WindowsSettingInstance>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.windowsSettingInstance")]
pub struct WindowsSettingInstance {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub payload: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workHoursAndLocationsSetting",
    contains(name = "occurrences", target = WorkPlanOccurrence),
    contains(name = "recurrences", target = WorkPlanRecurrence),
    function(
        name = "occurrencesView",
        parameters = WorkHoursAndLocationsSettingOccurrencesViewParameters,
        returns = Page<WorkPlanOccurrence>
    )
)]
pub struct WorkHoursAndLocationsSetting {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub max_shared_work_location_details: Option<MaxWorkLocationDetails>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub occurrences: Option<Vec<WorkPlanOccurrence>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub recurrences: Option<Vec<WorkPlanRecurrence>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `occurrencesView`, bound to `workHoursAndLocationsSetting`,
/// written in its URL.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkHoursAndLocationsSettingOccurrencesViewParameters {
    pub start_date_time: String,
    pub end_date_time: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workingTimeSchedule",
    action = "endWorkingTime",
    action = "startWorkingTime"
)]
pub struct WorkingTimeSchedule {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workPlanOccurrence",
    action(
        name = "setCurrentLocation",
        collection,
        parameters = WorkPlanOccurrenceCollectionSetCurrentLocationParameters
    )
)]
pub struct WorkPlanOccurrence {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub end: Option<DateTimeTimeZone>,
    pub place_id: Option<String>,
    pub recurrence_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub start: Option<DateTimeTimeZone>,
    pub time_off_details: Option<TimeOffDetails>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub work_location_type: Option<WorkLocationType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `setCurrentLocation`, bound to a collection of `workPlanOccurrence`.
#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkPlanOccurrenceCollectionSetCurrentLocationParameters {
    pub update_scope: Option<WorkLocationUpdateScope>,
    pub work_location_type: Option<WorkLocationType>,
    pub place_id: Option<String>,
}

#[cfg(feature = "users")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workPlanRecurrence")]
pub struct WorkPlanRecurrence {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub end: Option<DateTimeTimeZone>,
    pub place_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub recurrence: Option<PatternedRecurrence>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub start: Option<DateTimeTimeZone>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub work_location_type: Option<WorkLocationType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
