//! The types of the area `deviceManagement`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

/// Android required password type.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.androidRequiredPasswordType")]
pub enum AndroidRequiredPasswordType {
    /// Device default value, no intent.
    DeviceDefault,
    /// Alphabetic password required.
    Alphabetic,
    /// Alphanumeric password required.
    Alphanumeric,
    /// Alphanumeric with symbols password required.
    AlphanumericWithSymbols,
    /// Low security biometrics based password required.
    LowSecurityBiometric,
    /// Numeric password required.
    Numeric,
    /// Numeric complex password required.
    NumericComplex,
    /// A password or pattern is required, and any is acceptable.
    Any,
}

/// Android Work Profile cross profile data sharing type.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.androidWorkProfileCrossProfileDataSharingType")]
pub enum AndroidWorkProfileCrossProfileDataSharingType {
    /// Device default value, no intent.
    DeviceDefault,
    /// Prevent any sharing.
    PreventAny,
    /// Allow data sharing request from personal profile to work profile.
    AllowPersonalToWork,
    /// No restrictions on sharing.
    NoRestrictions,
}

/// Android Work Profile default app permission policy type.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.androidWorkProfileDefaultAppPermissionPolicyType")]
pub enum AndroidWorkProfileDefaultAppPermissionPolicyType {
    /// Device default value, no intent.
    DeviceDefault,
    /// Prompt.
    Prompt,
    /// Auto grant.
    AutoGrant,
    /// Auto deny.
    AutoDeny,
}

/// Android Work Profile required password type.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.androidWorkProfileRequiredPasswordType")]
pub enum AndroidWorkProfileRequiredPasswordType {
    /// Device default value, no intent.
    DeviceDefault,
    /// Low security biometrics based password required.
    LowSecurityBiometric,
    /// Required.
    Required,
    /// At least numeric password required.
    AtLeastNumeric,
    /// Numeric complex password required.
    NumericComplex,
    /// At least alphabetic password required.
    AtLeastAlphabetic,
    /// At least alphanumeric password required.
    AtLeastAlphanumeric,
    /// At least alphanumeric with symbols password required.
    AlphanumericWithSymbols,
}

/// Possible values for applicationGuardBlockClipboardSharingType
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.applicationGuardBlockClipboardSharingType")]
pub enum ApplicationGuardBlockClipboardSharingType {
    /// Not Configured
    NotConfigured,
    /// Block clipboard to share data both from Host to Container and from Container to Host
    BlockBoth,
    /// Block clipboard to share data from Host to Container
    BlockHostToContainer,
    /// Block clipboard to share data from Container to Host
    BlockContainerToHost,
    /// Block clipboard to share data neither from Host to Container nor from Container to Host
    BlockNone,
}

/// Possible values for applicationGuardBlockFileTransfer
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.applicationGuardBlockFileTransferType")]
pub enum ApplicationGuardBlockFileTransferType {
    /// Not Configured
    NotConfigured,
    /// Block clipboard to transfer Image and Text file
    BlockImageAndTextFile,
    /// Block clipboard to transfer Image file
    BlockImageFile,
    /// Neither of text file or image file is blocked from transferring
    BlockNone,
    /// Block clipboard to transfer Text file
    BlockTextFile,
}

/// Possible types of Application
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.applicationType")]
pub enum ApplicationType {
    /// The windows universal application
    Universal,
    /// The windows desktop application
    Desktop,
}

/// Possible values of the compliance app list.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.appListType")]
pub enum AppListType {
    /// Default value, no intent.
    None,
    /// The list represents the apps that will be considered compliant (only apps on the list are
    /// compliant).
    AppsInListCompliant,
    /// The list represents the apps that will be considered non compliant (all apps are compliant
    /// except apps on the list).
    AppsNotInListCompliant,
}

/// Possible values of AppLocker Application Control Types
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.appLockerApplicationControlType")]
pub enum AppLockerApplicationControlType {
    /// Device default value, no Application Control type selected.
    NotConfigured,
    /// Enforce Windows component and store apps.
    EnforceComponentsAndStoreApps,
    /// Audit Windows component and store apps.
    AuditComponentsAndStoreApps,
    /// Enforce Windows components, store apps and smart locker.
    EnforceComponentsStoreAppsAndSmartlocker,
    /// Audit Windows components, store apps and smart locker​.
    AuditComponentsStoreAppsAndSmartlocker,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.appLogDecryptionAlgorithm")]
pub enum AppLogDecryptionAlgorithm {
    /// decrypting using Aes256.
    Aes256,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Possible values for automatic update mode.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.automaticUpdateMode")]
pub enum AutomaticUpdateMode {
    /// User Defined, default value, no intent.
    UserDefined,
    /// Notify on download.
    NotifyDownload,
    /// Auto-install at maintenance time.
    AutoInstallAtMaintenanceTime,
    /// Auto-install and reboot at maintenance time.
    AutoInstallAndRebootAtMaintenanceTime,
    /// Auto-install and reboot at scheduled time.
    AutoInstallAndRebootAtScheduledTime,
    /// Auto-install and restart without end-user control
    AutoInstallAndRebootWithoutEndUserControl,
}

/// Auto restart required notification dismissal method
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.autoRestartNotificationDismissalMethod")]
pub enum AutoRestartNotificationDismissalMethod {
    /// Not configured
    NotConfigured,
    /// Auto dismissal Indicates that the notification is automatically dismissed without user
    /// intervention
    Automatic,
    /// User dismissal. Allows the user to dismiss the notification
    User,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// BitLockerEncryptionMethod types
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.bitLockerEncryptionMethod")]
pub enum BitLockerEncryptionMethod {
    /// AES-CBC 128-bit.
    AesCbc128,
    /// AES-CBC 256-bit.
    AesCbc256,
    /// XTS-AES 128-bit.
    XtsAes128,
    /// XTS-AES 256-bit.
    XtsAes256,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcAuditActivityOperationType")]
pub enum CloudPcAuditActivityOperationType {
    Create,
    Delete,
    Patch,
    UnknownFutureValue,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcAuditActivityResult")]
pub enum CloudPcAuditActivityResult {
    Success,
    ClientError,
    Failure,
    Timeout,
    UnknownFutureValue,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcAuditCategory")]
pub enum CloudPcAuditCategory {
    CloudPC,
    UnknownFutureValue,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcDeviceImageErrorCode")]
pub enum CloudPcDeviceImageErrorCode {
    InternalServerError,
    SourceImageNotFound,
    OsVersionNotSupported,
    SourceImageInvalid,
    SourceImageNotGeneralized,
    UnknownFutureValue,
    VmAlreadyAzureAdjoined,
    PaidSourceImageNotSupport,
    SourceImageNotSupportCustomizeVMName,
    SourceImageSizeExceedsLimitation,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcDeviceImageOsStatus")]
pub enum CloudPcDeviceImageOsStatus {
    Supported,
    SupportedWithWarning,
    Unknown,
    UnknownFutureValue,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcDeviceImageStatus")]
pub enum CloudPcDeviceImageStatus {
    Pending,
    Ready,
    Failed,
    UnknownFutureValue,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcDomainJoinType")]
pub enum CloudPcDomainJoinType {
    AzureADJoin,
    HybridAzureADJoin,
    UnknownFutureValue,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcGalleryImageStatus")]
pub enum CloudPcGalleryImageStatus {
    Supported,
    SupportedWithWarning,
    NotSupported,
    UnknownFutureValue,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcOnPremisesConnectionHealthCheckErrorType")]
pub enum CloudPcOnPremisesConnectionHealthCheckErrorType {
    DnsCheckFqdnNotFound,
    DnsCheckNameWithInvalidCharacter,
    DnsCheckUnknownError,
    AdJoinCheckFqdnNotFound,
    AdJoinCheckIncorrectCredentials,
    AdJoinCheckOrganizationalUnitNotFound,
    AdJoinCheckOrganizationalUnitIncorrectFormat,
    AdJoinCheckComputerObjectAlreadyExists,
    AdJoinCheckAccessDenied,
    AdJoinCheckCredentialsExpired,
    AdJoinCheckAccountLockedOrDisabled,
    AdJoinCheckAccountQuotaExceeded,
    AdJoinCheckServerNotOperational,
    AdJoinCheckUnknownError,
    EndpointConnectivityCheckCloudPcUrlNotAllowListed,
    EndpointConnectivityCheckWVDUrlNotAllowListed,
    EndpointConnectivityCheckIntuneUrlNotAllowListed,
    EndpointConnectivityCheckAzureADUrlNotAllowListed,
    EndpointConnectivityCheckLocaleUrlNotAllowListed,
    EndpointConnectivityCheckUnknownError,
    AzureAdDeviceSyncCheckDeviceNotFound,
    AzureAdDeviceSyncCheckLongSyncCircle,
    AzureAdDeviceSyncCheckConnectDisabled,
    AzureAdDeviceSyncCheckDurationExceeded,
    AzureAdDeviceSyncCheckScpNotConfigured,
    AzureAdDeviceSyncCheckTransientServiceError,
    AzureAdDeviceSyncCheckUnknownError,
    ResourceAvailabilityCheckNoSubnetIP,
    ResourceAvailabilityCheckSubscriptionDisabled,
    ResourceAvailabilityCheckAzurePolicyViolation,
    ResourceAvailabilityCheckSubscriptionNotFound,
    ResourceAvailabilityCheckSubscriptionTransferred,
    ResourceAvailabilityCheckGeneralSubscriptionError,
    ResourceAvailabilityCheckUnsupportedVNetRegion,
    ResourceAvailabilityCheckResourceGroupInvalid,
    ResourceAvailabilityCheckVNetInvalid,
    ResourceAvailabilityCheckSubnetInvalid,
    ResourceAvailabilityCheckResourceGroupBeingDeleted,
    ResourceAvailabilityCheckVNetBeingMoved,
    ResourceAvailabilityCheckSubnetDelegationFailed,
    ResourceAvailabilityCheckSubnetWithExternalResources,
    ResourceAvailabilityCheckResourceGroupLockedForReadonly,
    ResourceAvailabilityCheckResourceGroupLockedForDelete,
    ResourceAvailabilityCheckNoIntuneReaderRoleError,
    ResourceAvailabilityCheckIntuneDefaultWindowsRestrictionViolation,
    ResourceAvailabilityCheckIntuneCustomWindowsRestrictionViolation,
    ResourceAvailabilityCheckDeploymentQuotaLimitReached,
    ResourceAvailabilityCheckTransientServiceError,
    ResourceAvailabilityCheckUnknownError,
    PermissionCheckNoSubscriptionReaderRole,
    PermissionCheckNoResourceGroupOwnerRole,
    PermissionCheckNoVNetContributorRole,
    PermissionCheckNoResourceGroupNetworkContributorRole,
    PermissionCheckNoWindows365NetworkUserRole,
    PermissionCheckNoWindows365NetworkInterfaceContributorRole,
    PermissionCheckTransientServiceError,
    PermissionCheckUnknownError,
    UdpConnectivityCheckStunUrlNotAllowListed,
    UdpConnectivityCheckTurnUrlNotAllowListed,
    UdpConnectivityCheckUrlsNotAllowListed,
    UdpConnectivityCheckUnknownError,
    InternalServerErrorDeploymentCanceled,
    InternalServerErrorAllocateResourceFailed,
    InternalServerErrorVMDeploymentTimeout,
    InternalServerErrorUnableToRunDscScript,
    SsoCheckKerberosConfigurationError,
    InternalServerUnknownError,
    UnknownFutureValue,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcOnPremisesConnectionStatus")]
pub enum CloudPcOnPremisesConnectionStatus {
    Pending,
    Running,
    Passed,
    Failed,
    Warning,
    Informational,
    UnknownFutureValue,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcOnPremisesConnectionType")]
pub enum CloudPcOnPremisesConnectionType {
    HybridAzureADJoin,
    AzureADJoin,
    UnknownFutureValue,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcProvisioningPolicyImageType")]
pub enum CloudPcProvisioningPolicyImageType {
    Gallery,
    Custom,
    UnknownFutureValue,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcRecommendationReportType")]
pub enum CloudPcRecommendationReportType {
    CloudPcUsageCategoryReport,
    UnknownFutureValue,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcRegionGroup")]
pub enum CloudPcRegionGroup {
    Default,
    Australia,
    Canada,
    UsCentral,
    UsEast,
    UsWest,
    France,
    Germany,
    EuropeUnion,
    UnitedKingdom,
    Japan,
    Asia,
    India,
    SouthAmerica,
    Euap,
    UsGovernment,
    UsGovernmentDOD,
    Norway,
    Switzerland,
    SouthKorea,
    UnknownFutureValue,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.cloudPcRestorePointFrequencyType")]
pub enum CloudPcRestorePointFrequencyType {
    Default,
    FourHours,
    SixHours,
    TwelveHours,
    SixteenHours,
    TwentyFourHours,
    UnknownFutureValue,
}

/// Possible values of Cloud Block Level
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.defenderCloudBlockLevelType")]
pub enum DefenderCloudBlockLevelType {
    /// Default value, uses the default Windows Defender Antivirus blocking level and provides
    /// strong detection without increasing the risk of detecting legitimate files
    NotConfigured,
    /// High applies a strong level of detection.
    High,
    /// High + uses the High level and applies addition protection measures
    HighPlus,
    /// Zero tolerance blocks all unknown executables
    ZeroTolerance,
}

/// Possible values for monitoring file activity.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.defenderMonitorFileActivity")]
pub enum DefenderMonitorFileActivity {
    /// User Defined, default value, no intent.
    UserDefined,
    /// Disable monitoring file activity.
    Disable,
    /// Monitor all files.
    MonitorAllFiles,
    /// Monitor incoming files only.
    MonitorIncomingFilesOnly,
    /// Monitor outgoing files only.
    MonitorOutgoingFilesOnly,
}

/// Possible values for prompting user for samples submission.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.defenderPromptForSampleSubmission")]
pub enum DefenderPromptForSampleSubmission {
    /// User Defined, default value, no intent.
    UserDefined,
    /// Always prompt.
    AlwaysPrompt,
    /// Send safe samples automatically.
    PromptBeforeSendingPersonalData,
    /// Never send data.
    NeverSendData,
    /// Send all data without prompting.
    SendAllDataWithoutPrompting,
}

/// Possible values for system scan type.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.defenderScanType")]
pub enum DefenderScanType {
    /// User Defined, default value, no intent.
    UserDefined,
    /// System scan disabled.
    Disabled,
    /// Quick system scan.
    Quick,
    /// Full system scan.
    Full,
}

/// Defender’s default action to take on detected Malware threats.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.defenderThreatAction")]
pub enum DefenderThreatAction {
    /// Apply action based on the update definition.
    DeviceDefault,
    /// Clean the detected threat.
    Clean,
    /// Quarantine the detected threat.
    Quarantine,
    /// Remove the detected threat.
    Remove,
    /// Allow the detected threat.
    Allow,
    /// Allow the user to determine the action to take with the detected threat.
    UserDefined,
    /// Block the detected threat.
    Block,
}

/// Indicates the operating system / platform of the discovered application. Some possible values
/// are Windows, iOS, macOS. The default value is unknown (0).
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.detectedAppPlatformType")]
pub enum DetectedAppPlatformType {
    /// Default. Set to unknown when platform cannot be determined.
    Unknown,
    /// Indicates that the platform of the detected application is Windows.
    Windows,
    /// Indicates that the platform of the detected application is Windows Mobile.
    WindowsMobile,
    /// Indicates that the platform of the detected application is Windows Holographic.
    WindowsHolographic,
    /// Indicates that the platform of the detected application is iOS.
    Ios,
    /// Indicates that the platform of the detected application is macOS.
    MacOS,
    /// Indicates that the platform of the detected application is ChromeOS.
    ChromeOS,
    /// Indicates that the platform of the detected application is Android open source project.
    AndroidOSP,
    /// Indicates that the platform of the detected application is Android device administrator.
    AndroidDeviceAdministrator,
    /// Indicates that the platform of the detected application is Android work profile.
    AndroidWorkProfile,
    /// Indicates that the platform of the detected application is Android dedicated and fully
    /// managed.
    AndroidDedicatedAndFullyManaged,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Scheduled Action Type Enum
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceComplianceActionType")]
pub enum DeviceComplianceActionType {
    /// No Action
    NoAction,
    /// Send Notification
    Notification,
    /// Block the device in AAD
    Block,
    /// Retire the device
    Retire,
    /// Wipe the device
    Wipe,
    /// Remove Resource Access Profiles from the device
    RemoveResourceAccessProfiles,
    /// Send push notification to device
    PushNotification,
}

/// The current status of the Exchange Connector.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementExchangeConnectorStatus")]
pub enum DeviceManagementExchangeConnectorStatus {
    /// No Connector exists.
    None,
    /// Pending Connection to the Exchange Environment.
    ConnectionPending,
    /// Connected to the Exchange Environment
    Connected,
    /// Disconnected from the Exchange Environment
    Disconnected,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// The type of Exchange Connector sync requested.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementExchangeConnectorSyncType")]
pub enum DeviceManagementExchangeConnectorSyncType {
    /// Discover all the device in Exchange.
    FullSync,
    /// Discover only the device in Exchange which have updated during the delta sync window.
    DeltaSync,
}

/// The type of Exchange Connector.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementExchangeConnectorType")]
pub enum DeviceManagementExchangeConnectorType {
    /// Connects to on-premises Exchange Environment.
    OnPremises,
    /// Connects to O365 multi-tenant Exchange environment
    Hosted,
    /// Intune Service connects directly to O365 multi-tenant Exchange environment
    ServiceToService,
    /// Connects to O365 Dedicated Exchange environment.
    Dedicated,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Configures how the requested export job is localized.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementExportJobLocalizationType")]
pub enum DeviceManagementExportJobLocalizationType {
    /// Configures the export job to expose localized values as an additional column.
    LocalizedValuesAsAdditionalColumn,
    /// Configures the export job to replace enumerable values with their localized values.
    ReplaceLocalizableValues,
}

/// Partner App Type.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementPartnerAppType")]
pub enum DeviceManagementPartnerAppType {
    /// Partner App type is unknown.
    Unknown,
    /// Partner App is Single tenant in AAD.
    SingleTenantApp,
    /// Partner App is Multi tenant in AAD.
    MultiTenantApp,
}

/// Partner state of this tenant.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementPartnerTenantState")]
pub enum DeviceManagementPartnerTenantState {
    /// Partner state is unknown.
    Unknown,
    /// Partner is unavailable.
    Unavailable,
    /// Partner is enabled.
    Enabled,
    /// Partner connection is terminated.
    Terminated,
    /// Partner messages are rejected.
    Rejected,
    /// Partner is unresponsive.
    Unresponsive,
}

/// Possible values for the file format of a report to be exported.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementReportFileFormat")]
pub enum DeviceManagementReportFileFormat {
    /// CSV Format.
    Csv,
    /// PDF Format (Deprecate later).
    Pdf,
    /// JSON Format.
    Json,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Possible statuses associated with a generated report.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementReportStatus")]
pub enum DeviceManagementReportStatus {
    /// Report generation status is unknown.
    Unknown,
    /// Report generation has not started.
    NotStarted,
    /// Report generation is in progress.
    InProgress,
    /// Report generation is completed.
    Completed,
    /// Report generation has failed.
    Failed,
}

/// Tenant mobile device management subscription state.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementSubscriptionState")]
pub enum DeviceManagementSubscriptionState {
    /// Pending
    Pending,
    /// Active
    Active,
    /// Warning
    Warning,
    /// Disabled
    Disabled,
    /// Deleted
    Deleted,
    /// Blocked
    Blocked,
    /// LockedOut
    LockedOut,
}

/// Device threat protection levels for the Device Threat Protection API.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceThreatProtectionLevel")]
pub enum DeviceThreatProtectionLevel {
    /// Default Value. Do not use.
    Unavailable,
    /// Device Threat Level requirement: Secured. This is the most secure level, and represents that
    /// no threats were found on the device.
    Secured,
    /// Device Threat Protection level requirement: Low. Low represents a severity of threat that
    /// poses minimal risk to the device or device data.
    Low,
    /// Device Threat Protection level requirement: Medium. Medium represents a severity of threat
    /// that poses moderate risk to the device or device data.
    Medium,
    /// Device Threat Protection level requirement: High. High represents a severity of threat that
    /// poses severe risk to the device or device data.
    High,
    /// Device Threat Protection level requirement: Not Set. Not set represents that there is no
    /// requirement for the device to meet a Threat Protection level.
    NotSet,
}

/// Allow the device to send diagnostic and usage telemetry data, such as Watson.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.diagnosticDataSubmissionMode")]
pub enum DiagnosticDataSubmissionMode {
    /// Allow the user to set.
    UserDefined,
    /// No telemetry data is sent from OS components. Note: This value is only applicable to
    /// enterprise and server devices. Using this setting on other devices is equivalent to setting
    /// the value of 1.
    None,
    /// Sends basic telemetry data.
    Basic,
    /// Sends enhanced telemetry data including usage and insights data.
    Enhanced,
    /// Sends full telemetry data including diagnostic data, such as system state.
    Full,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.diskType")]
pub enum DiskType {
    /// Enum member for unknown or default diskType.
    Unknown,
    /// Enum member for HDD devices.
    Hdd,
    /// Enum member for SSD devices.
    Ssd,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Possible values to specify which cookies are allowed in Microsoft Edge.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.edgeCookiePolicy")]
pub enum EdgeCookiePolicy {
    /// Allow the user to set.
    UserDefined,
    /// Allow.
    Allow,
    /// Block only third party cookies.
    BlockThirdParty,
    /// Block all cookies.
    BlockAll,
}

/// Allows IT admind to set a predefined default search engine for MDM-Controlled devices
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.edgeSearchEngineType")]
pub enum EdgeSearchEngineType {
    /// Uses factory settings of Edge to assign the default search engine as per the user market
    Default,
    /// Sets Bing as the default search engine
    Bing,
}

/// Edition Upgrade License type
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.editionUpgradeLicenseType")]
pub enum EditionUpgradeLicenseType {
    /// Product Key Type
    ProductKey,
    /// License File Type
    LicenseFile,
}

/// Possible values of a property
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.enablement")]
pub enum Enablement {
    /// Device default value, no intent.
    NotConfigured,
    /// Enables the setting on the device.
    Enabled,
    /// Disables the setting on the device.
    Disabled,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.enrollmentState")]
pub enum EnrollmentState {
    /// Device enrollment state is unknown
    Unknown,
    /// Device is Enrolled.
    Enrolled,
    /// Enrolled but it's enrolled via enrollment profile and the enrolled profile is different from
    /// the assigned profile.
    PendingReset,
    /// Not enrolled and there is enrollment failure record.
    Failed,
    /// Device is imported but not enrolled.
    NotContacted,
}

/// Possible values for firewallCertificateRevocationListCheckMethod
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.firewallCertificateRevocationListCheckMethodType")]
pub enum FirewallCertificateRevocationListCheckMethodType {
    /// No value configured by Intune, do not override the user-configured device default value
    DeviceDefault,
    /// Do not check certificate revocation list
    None,
    /// Attempt CRL check and allow a certificate only if the certificate is confirmed by the check
    Attempt,
    /// Require a successful CRL check before allowing a certificate
    Require,
}

/// Possible values for firewallPacketQueueingMethod
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.firewallPacketQueueingMethodType")]
pub enum FirewallPacketQueueingMethodType {
    /// No value configured by Intune, do not override the user-configured device default value
    DeviceDefault,
    /// Disable packet queuing
    Disabled,
    /// Queue inbound encrypted packets
    QueueInbound,
    /// Queue decrypted outbound packets for forwarding
    QueueOutbound,
    /// Queue both inbound and outbound packets
    QueueBoth,
}

/// Possible values for firewallPreSharedKeyEncodingMethod
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.firewallPreSharedKeyEncodingMethodType")]
pub enum FirewallPreSharedKeyEncodingMethodType {
    /// No value configured by Intune, do not override the user-configured device default value
    DeviceDefault,
    /// Preshared key is not encoded. Instead, it is kept in its wide-character format
    None,
    /// Encode the preshared key using UTF-8
    UtF8,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.importedWindowsAutopilotDeviceIdentityImportStatus")]
pub enum ImportedWindowsAutopilotDeviceIdentityImportStatus {
    /// Unknown status.
    Unknown,
    /// Pending status.
    Pending,
    /// Partial status.
    Partial,
    /// Complete status.
    Complete,
    /// Error status.
    Error,
}

/// Possible values for internet site security level.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.internetSiteSecurityLevel")]
pub enum InternetSiteSecurityLevel {
    /// User Defined, default value, no intent.
    UserDefined,
    /// Medium.
    Medium,
    /// Medium-High.
    MediumHigh,
    /// High.
    High,
}

/// Notification Settings Alert Type.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.iosNotificationAlertType")]
pub enum IosNotificationAlertType {
    /// Device default value, no intent.
    DeviceDefault,
    /// Banner.
    Banner,
    /// Modal.
    Modal,
    /// None.
    None,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.iosUpdatesInstallStatus")]
pub enum IosUpdatesInstallStatus {
    DeviceOsHigherThanDesiredOsVersion,
    SharedDeviceUserLoggedInError,
    NotSupportedOperation,
    InstallFailed,
    InstallPhoneCallInProgress,
    InstallInsufficientPower,
    InstallInsufficientSpace,
    Installing,
    DownloadInsufficientNetwork,
    DownloadInsufficientPower,
    DownloadInsufficientSpace,
    DownloadRequiresComputer,
    DownloadFailed,
    Downloading,
    Success,
    Available,
    Idle,
    Unknown,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.microsoftManagedDesktopType")]
pub enum MicrosoftManagedDesktopType {
    NotManaged,
    PremiumManaged,
    StandardManaged,
    StarterManaged,
    UnknownFutureValue,
}

/// Possible values for Miracast channel.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.miracastChannel")]
pub enum MiracastChannel {
    /// User Defined, default value, no intent.
    UserDefined,
    /// One.
    One,
    /// Two.
    Two,
    /// Three.
    Three,
    /// Four.
    Four,
    /// Five.
    Five,
    /// Six.
    Six,
    /// Seven.
    Seven,
    /// Eight.
    Eight,
    /// Nine.
    Nine,
    /// Ten.
    Ten,
    /// Eleven.
    Eleven,
    /// Thirty-Six.
    ThirtySix,
    /// Forty.
    Forty,
    /// Forty-Four.
    FortyFour,
    /// Forty-Eight.
    FortyEight,
    /// OneHundredForty-Nine.
    OneHundredFortyNine,
    /// OneHundredFifty-Three.
    OneHundredFiftyThree,
    /// OneHundredFifty-Seven.
    OneHundredFiftySeven,
    /// OneHundredSixty-One.
    OneHundredSixtyOne,
    /// OneHundredSixty-Five.
    OneHundredSixtyFive,
}

/// Partner state of this tenant.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.mobileThreatPartnerTenantState")]
pub enum MobileThreatPartnerTenantState {
    /// Partner is unavailable.
    Unavailable,
    /// Partner is available.
    Available,
    /// Partner is enabled.
    Enabled,
    /// Partner is unresponsive.
    Unresponsive,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Branding Options for the Message Template. Branding is defined in the Intune Admin Console.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.notificationTemplateBrandingOptions",
    flags
)]
pub enum NotificationTemplateBrandingOptions {
    /// Indicates that no branding options are set in the message template.
    None,
    /// Indicates to include company logo in the message template.
    IncludeCompanyLogo,
    /// Indicates to include company name in the message template.
    IncludeCompanyName,
    /// Indicates to include contact information in the message template.
    IncludeContactInformation,
    /// Indicates to include company portal website link in the message template.
    IncludeCompanyPortalLink,
    /// Indicates to include device details in the message template.
    IncludeDeviceDetails,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Work From Anywhere windows device upgrade eligibility status.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.operatingSystemUpgradeEligibility")]
pub enum OperatingSystemUpgradeEligibility {
    /// The device is upgraded to latest version of windows.
    Upgraded,
    /// Not enough data available to compute the eligibility of device for windows upgrade.
    Unknown,
    /// The device is not capable for windows upgrade.
    NotCapable,
    /// The device is capable for windows upgrade.
    Capable,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Possible values for pre-release features.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.prereleaseFeatures")]
pub enum PrereleaseFeatures {
    /// User Defined, default value, no intent.
    UserDefined,
    /// Settings only pre-release features.
    SettingsOnly,
    /// Settings and experimentations pre-release features.
    SettingsAndExperimentations,
    /// Pre-release features not allowed.
    NotAllowed,
}

/// Apps rating as in media content
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingAppsType")]
pub enum RatingAppsType {
    /// Default value, allow all apps content
    AllAllowed,
    /// Do not allow any apps content
    AllBlocked,
    /// 4+, age 4 and above
    AgesAbove4,
    /// 9+, age 9 and above
    AgesAbove9,
    /// 12+, age 12 and above
    AgesAbove12,
    /// 17+, age 17 and above
    AgesAbove17,
}

/// Movies rating labels in Australia
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingAustraliaMoviesType")]
pub enum RatingAustraliaMoviesType {
    /// Default value, allow all movies content
    AllAllowed,
    /// Do not allow any movies content
    AllBlocked,
    /// The G classification is suitable for everyone
    General,
    /// The PG recommends viewers under 15 with guidance from parents or guardians
    ParentalGuidance,
    /// The M classification is not recommended for viewers under 15
    Mature,
    /// The MA15+ classification is not suitable for viewers under 15
    AgesAbove15,
    /// The R18+ classification is not suitable for viewers under 18
    AgesAbove18,
}

/// TV content rating labels in Australia
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingAustraliaTelevisionType")]
pub enum RatingAustraliaTelevisionType {
    /// Default value, allow all TV shows content
    AllAllowed,
    /// Do not allow any TV shows content
    AllBlocked,
    /// The P classification is intended for preschoolers
    Preschoolers,
    /// The C classification is intended for children under 14
    Children,
    /// The G classification is suitable for all ages
    General,
    /// The PG classification is recommended for young viewers
    ParentalGuidance,
    /// The M classification is recommended for viewers over 15
    Mature,
    /// The MA15+ classification is not suitable for viewers under 15
    AgesAbove15,
    /// The AV15+ classification is not suitable for viewers under 15, adult violence-specific
    AgesAbove15AdultViolence,
}

/// Movies rating labels in Canada
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingCanadaMoviesType")]
pub enum RatingCanadaMoviesType {
    /// Default value, allow all movies content
    AllAllowed,
    /// Do not allow any movies content
    AllBlocked,
    /// The G classification is suitable for all ages
    General,
    /// The PG classification advises parental guidance
    ParentalGuidance,
    /// The 14A classification is suitable for viewers above 14 or older
    AgesAbove14,
    /// The 18A classification is suitable for viewers above 18 or older
    AgesAbove18,
    /// The R classification is restricted to 18 years and older
    Restricted,
}

/// TV content rating labels in Canada
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingCanadaTelevisionType")]
pub enum RatingCanadaTelevisionType {
    /// Default value, allow all TV shows content
    AllAllowed,
    /// Do not allow any TV shows content
    AllBlocked,
    /// The C classification is suitable for children ages of 2 to 7 years
    Children,
    /// The C8 classification is suitable for children ages 8+
    ChildrenAbove8,
    /// The G classification is suitable for general audience
    General,
    /// PG, Parental Guidance
    ParentalGuidance,
    /// The 14+ classification is intended for viewers ages 14 and older
    AgesAbove14,
    /// The 18+ classification is intended for viewers ages 18 and older
    AgesAbove18,
}

/// Movies rating labels in France
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingFranceMoviesType")]
pub enum RatingFranceMoviesType {
    /// Default value, allow all movies content
    AllAllowed,
    /// Do not allow any movies content
    AllBlocked,
    /// The 10 classification prohibits the screening of the film to minors under 10
    AgesAbove10,
    /// The 12 classification prohibits the screening of the film to minors under 12
    AgesAbove12,
    /// The 16 classification prohibits the screening of the film to minors under 16
    AgesAbove16,
    /// The 18 classification prohibits the screening to minors under 18
    AgesAbove18,
}

/// TV content rating labels in France
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingFranceTelevisionType")]
pub enum RatingFranceTelevisionType {
    /// Default value, allow all TV shows content
    AllAllowed,
    /// Do not allow any TV shows content
    AllBlocked,
    /// The -10 classification is not recommended for children under 10
    AgesAbove10,
    /// The -12 classification is not recommended for children under 12
    AgesAbove12,
    /// The -16 classification is not recommended for children under 16
    AgesAbove16,
    /// The -18 classification is not recommended for persons under 18
    AgesAbove18,
}

/// Movies rating labels in Germany
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingGermanyMoviesType")]
pub enum RatingGermanyMoviesType {
    /// Default value, allow all movies content
    AllAllowed,
    /// Do not allow any movies content
    AllBlocked,
    /// Ab 0 Jahren, no age restrictions
    General,
    /// Ab 6 Jahren, ages 6 and older
    AgesAbove6,
    /// Ab 12 Jahren, ages 12 and older
    AgesAbove12,
    /// Ab 16 Jahren, ages 16 and older
    AgesAbove16,
    /// Ab 18 Jahren, adults only
    Adults,
}

/// TV content rating labels in Germany
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingGermanyTelevisionType")]
pub enum RatingGermanyTelevisionType {
    /// Default value, allow all TV shows content
    AllAllowed,
    /// Do not allow any TV shows content
    AllBlocked,
    /// Ab 0 Jahren, no age restrictions
    General,
    /// Ab 6 Jahren, ages 6 and older
    AgesAbove6,
    /// Ab 12 Jahren, ages 12 and older
    AgesAbove12,
    /// Ab 16 Jahren, ages 16 and older
    AgesAbove16,
    /// Ab 18 Jahren, adults only
    Adults,
}

/// Movies rating labels in Ireland
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingIrelandMoviesType")]
pub enum RatingIrelandMoviesType {
    /// Default value, allow all movies content
    AllAllowed,
    /// Do not allow any movies content
    AllBlocked,
    /// Suitable for children of school going age
    General,
    /// The PG classification advises parental guidance
    ParentalGuidance,
    /// The 12A classification is suitable for viewers of 12 or older
    AgesAbove12,
    /// The 15A classification is suitable for viewers of 15 or older
    AgesAbove15,
    /// The 16 classification is suitable for viewers of 16 or older
    AgesAbove16,
    /// The 18 classification, suitable only for adults
    Adults,
}

/// TV content rating labels in Ireland
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingIrelandTelevisionType")]
pub enum RatingIrelandTelevisionType {
    /// Default value, allow all TV shows content
    AllAllowed,
    /// Do not allow any TV shows content
    AllBlocked,
    /// The GA classification is suitable for all audiences
    General,
    /// The CH classification is suitable for children
    Children,
    /// The YA classification is suitable for teenage audience
    YoungAdults,
    /// The PS classification invites parents and guardians to consider restriction children’s
    /// access
    ParentalSupervision,
    /// The MA classification is suitable for adults
    Mature,
}

/// Movies rating labels in Japan
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingJapanMoviesType")]
pub enum RatingJapanMoviesType {
    /// Default value, allow all movies content
    AllAllowed,
    /// Do not allow any movies content
    AllBlocked,
    /// Suitable for all ages
    General,
    /// The PG-12 classification requests parental guidance for young people under 12
    ParentalGuidance,
    /// The R15+ classification is suitable for viewers of 15 or older
    AgesAbove15,
    /// The R18+ classification is suitable for viewers of 18 or older
    AgesAbove18,
}

/// TV content rating labels in Japan
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingJapanTelevisionType")]
pub enum RatingJapanTelevisionType {
    /// Default value, allow all TV shows content
    AllAllowed,
    /// Do not allow any TV shows content
    AllBlocked,
    /// All TV content is explicitly allowed
    ExplicitAllowed,
}

/// Movies rating labels in New Zealand
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingNewZealandMoviesType")]
pub enum RatingNewZealandMoviesType {
    /// Default value, allow all movies content
    AllAllowed,
    /// Do not allow any movies content
    AllBlocked,
    /// Suitable for general audience
    General,
    /// The PG classification recommends parental guidance
    ParentalGuidance,
    /// The M classification is suitable for mature audience
    Mature,
    /// The R13 classification is restricted to persons 13 years and over
    AgesAbove13,
    /// The R15 classification is restricted to persons 15 years and over
    AgesAbove15,
    /// The R16 classification is restricted to persons 16 years and over
    AgesAbove16,
    /// The R18 classification is restricted to persons 18 years and over
    AgesAbove18,
    /// The R classification is restricted to a certain audience
    Restricted,
    /// The RP16 classification requires viewers under 16 accompanied by a parent or an adult
    AgesAbove16Restricted,
}

/// TV content rating labels in New Zealand
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingNewZealandTelevisionType")]
pub enum RatingNewZealandTelevisionType {
    /// Default value, allow all TV shows content
    AllAllowed,
    /// Do not allow any TV shows content
    AllBlocked,
    /// The G classification excludes materials likely to harm children under 14
    General,
    /// The PGR classification encourages parents and guardians to supervise younger viewers
    ParentalGuidance,
    /// The AO classification is not suitable for children
    Adults,
}

/// Movies rating labels in United Kingdom
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingUnitedKingdomMoviesType")]
pub enum RatingUnitedKingdomMoviesType {
    /// Default value, allow all movies content
    AllAllowed,
    /// Do not allow any movies content
    AllBlocked,
    /// The U classification is suitable for all ages
    General,
    /// The UC classification is suitable for pre-school children, an old rating label
    UniversalChildren,
    /// The PG classification is suitable for mature
    ParentalGuidance,
    /// 12, video release suitable for 12 years and over
    AgesAbove12Video,
    /// 12A, cinema release suitable for 12 years and over
    AgesAbove12Cinema,
    /// 15, suitable only for 15 years and older
    AgesAbove15,
    /// Suitable only for adults
    Adults,
}

/// TV content rating labels in United Kingdom
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingUnitedKingdomTelevisionType")]
pub enum RatingUnitedKingdomTelevisionType {
    /// Default value, allow all TV shows content
    AllAllowed,
    /// Do not allow any TV shows content
    AllBlocked,
    /// Allowing TV contents with a warning message
    Caution,
}

/// Movies rating labels in United States
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingUnitedStatesMoviesType")]
pub enum RatingUnitedStatesMoviesType {
    /// Default value, allow all movies content
    AllAllowed,
    /// Do not allow any movies content
    AllBlocked,
    /// G, all ages admitted
    General,
    /// PG, some material may not be suitable for children
    ParentalGuidance,
    /// PG13, some material may be inappropriate for children under 13
    ParentalGuidance13,
    /// R, viewers under 17 require accompanying parent or adult guardian
    Restricted,
    /// NC17, adults only
    Adults,
}

/// TV content rating labels in United States
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.ratingUnitedStatesTelevisionType")]
pub enum RatingUnitedStatesTelevisionType {
    /// Default value, allow all TV shows content
    AllAllowed,
    /// Do not allow any TV shows content
    AllBlocked,
    /// TV-Y, all children
    ChildrenAll,
    /// TV-Y7, children age 7 and above
    ChildrenAbove7,
    /// TV-G, suitable for all ages
    General,
    /// TV-PG, parental guidance
    ParentalGuidance,
    /// TV-14, children age 14 and above
    ChildrenAbove14,
    /// TV-MA, adults only
    Adults,
}

/// The current TeamViewer connector status
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.remoteAssistanceOnboardingStatus")]
pub enum RemoteAssistanceOnboardingStatus {
    /// The status reported when there is no active TeamViewer connector configured or active
    NotOnboarded,
    /// The status reported when the system has initiated a TeamViewer connection, but the service
    /// has not yet completed the confirmation of a connector
    Onboarding,
    /// The status reported when the system has successfully exchanged account information with
    /// TeamViewer and can now initiate remote assistance sessions with clients
    Onboarded,
}

/// Possible values of required passwords.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.requiredPasswordType")]
pub enum RequiredPasswordType {
    /// Device default value, no intent.
    DeviceDefault,
    /// Alphanumeric password required.
    Alphanumeric,
    /// Numeric password required.
    Numeric,
}

/// Specifies what level of safe search (filtering adult content) is required
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.safeSearchFilterType")]
pub enum SafeSearchFilterType {
    /// User Defined, default value, no intent.
    UserDefined,
    /// Strict, highest filtering against adult content.
    Strict,
    /// Moderate filtering against adult content (valid search results will not be filtered).
    Moderate,
}

/// Possible values for when accounts are deleted on a shared PC.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.sharedPCAccountDeletionPolicyType")]
pub enum SharedPCAccountDeletionPolicyType {
    /// Delete immediately.
    Immediate,
    /// Delete at disk space threshold.
    DiskSpaceThreshold,
    /// Delete at disk space threshold or inactive threshold.
    DiskSpaceThresholdOrInactiveThreshold,
}

/// Type of accounts that are allowed to share the PC.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.sharedPCAllowedAccountType", flags)]
pub enum SharedPCAllowedAccountType {
    /// Only guest accounts.
    Guest,
    /// Only domain-joined accounts.
    Domain,
}

/// Possible values for site security level.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.siteSecurityLevel")]
pub enum SiteSecurityLevel {
    /// User Defined, default value, no intent.
    UserDefined,
    /// Low.
    Low,
    /// Medium-low.
    MediumLow,
    /// Medium.
    Medium,
    /// Medium-high.
    MediumHigh,
    /// High.
    High,
}

/// State Management Setting.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.stateManagementSetting")]
pub enum StateManagementSetting {
    /// Not configured.
    NotConfigured,
    /// Blocked.
    Blocked,
    /// Allowed.
    Allowed,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.userExperienceAnalyticsHealthState")]
pub enum UserExperienceAnalyticsHealthState {
    /// Indicates that the health state is unknown.
    Unknown,
    /// Indicates that the health state is insufficient data.
    InsufficientData,
    /// Indicates that the health state needs attention.
    NeedsAttention,
    /// Indicates that the health state is meeting goals.
    MeetingGoals,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Indicates severity of insights. Possible values are: None, Informational, Warning, Error.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.userExperienceAnalyticsInsightSeverity")]
pub enum UserExperienceAnalyticsInsightSeverity {
    /// Indicates that the insight severity is none.
    None,
    /// Indicates that the insight severity is informational.
    Informational,
    /// Indicates that the insight severity is warning.
    Warning,
    /// Indicates that the insight severity is error.
    Error,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Operating System restart category.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.userExperienceAnalyticsOperatingSystemRestartCategory")]
pub enum UserExperienceAnalyticsOperatingSystemRestartCategory {
    /// Default. Set to unknown if device operating system restart category has not yet been
    /// calculated.
    Unknown,
    /// Indicates that the device operating system restart is along with an update.
    RestartWithUpdate,
    /// Indicates that the device operating system restart is without update.
    RestartWithoutUpdate,
    /// Indicates that the device operating system restart is due to a specific stop error.
    BlueScreen,
    /// Indicates that the device operating system restart is due to shutdown with update.
    ShutdownWithUpdate,
    /// Indicates that the device operating system restart is due to shutdown without update.
    ShutdownWithoutUpdate,
    /// Indicates that the device operating system restart is due to update long power-button press.
    LongPowerButtonPress,
    /// Indicates that the device operating system restart is due to boot error.
    BootError,
    /// Indicates that the device operating system restarted after an update.
    Update,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Indicates type of summarization. Possible values are: None, Model, AllRegressions,
/// ModelRegression, ManufacturerRegression, OperatingSystemVersionRegression.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.userExperienceAnalyticsSummarizedBy")]
pub enum UserExperienceAnalyticsSummarizedBy {
    /// Indicates that the summarization is none.
    None,
    /// Indicates that the summarization is by model.
    Model,
    /// Indicates that the summarization is by all regressions.
    AllRegressions,
    /// Indicates that the summarization is by model regression.
    ModelRegression,
    /// Indicates that the summarization is by manufacturer regression.
    ManufacturerRegression,
    /// Indicates that the summarization is by operating system version regression.
    OperatingSystemVersionRegression,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Generic visibility state.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.visibilitySetting")]
pub enum VisibilitySetting {
    /// Not configured.
    NotConfigured,
    /// Hide.
    Hide,
    /// Show.
    Show,
}

/// Web Browser Cookie Settings.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.webBrowserCookieSettings")]
pub enum WebBrowserCookieSettings {
    /// Browser default value, no intent.
    BrowserDefault,
    /// Always block cookies.
    BlockAlways,
    /// Allow cookies from current Web site.
    AllowCurrentWebSite,
    /// Allow Cookies from websites visited.
    AllowFromWebsitesVisited,
    /// Always allow cookies.
    AllowAlways,
}

/// Possible values for a weekly schedule.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.weeklySchedule")]
pub enum WeeklySchedule {
    /// User Defined, default value, no intent.
    UserDefined,
    /// Everyday.
    Everyday,
    /// Sunday.
    Sunday,
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
}

/// Possible values for welcome screen meeting information.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.welcomeScreenMeetingInformation")]
pub enum WelcomeScreenMeetingInformation {
    /// User Defined, default value, no intent.
    UserDefined,
    /// Show organizer and time only.
    ShowOrganizerAndTimeOnly,
    /// Show organizer, time and subject (subject is hidden for private meetings).
    ShowOrganizerAndTimeAndSubject,
}

/// Windows 10 Edition type.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windows10EditionType")]
pub enum Windows10EditionType {
    /// Windows 10 Enterprise
    Windows10Enterprise,
    /// Windows 10 EnterpriseN
    Windows10EnterpriseN,
    /// Windows 10 Education
    Windows10Education,
    /// Windows 10 EducationN
    Windows10EducationN,
    /// Windows 10 Mobile Enterprise
    Windows10MobileEnterprise,
    /// Windows 10 Holographic Enterprise
    Windows10HolographicEnterprise,
    /// Windows 10 Professional
    Windows10Professional,
    /// Windows 10 ProfessionalN
    Windows10ProfessionalN,
    /// Windows 10 Professional Education
    Windows10ProfessionalEducation,
    /// Windows 10 Professional EducationN
    Windows10ProfessionalEducationN,
    /// Windows 10 Professional for Workstations
    Windows10ProfessionalWorkstation,
    /// Windows 10 Professional for Workstations N
    Windows10ProfessionalWorkstationN,
}

/// Delivery optimization mode for peer distribution
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsDeliveryOptimizationMode")]
pub enum WindowsDeliveryOptimizationMode {
    /// Allow the user to set.
    UserDefined,
    /// HTTP only, no peering
    HttpOnly,
    /// OS default – Http blended with peering behind the same network address translator
    HttpWithPeeringNat,
    /// HTTP blended with peering across a private group
    HttpWithPeeringPrivateGroup,
    /// HTTP blended with Internet peering
    HttpWithInternetPeering,
    /// Simple download mode with no peering
    SimpleDownload,
    /// Bypass mode. Do not use Delivery Optimization and use BITS instead
    BypassMode,
}

/// Windows Hello for Business pin usage options
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsHelloForBusinessPinUsage")]
pub enum WindowsHelloForBusinessPinUsage {
    /// Allowed the usage of certain pin rule
    Allowed,
    /// Enforce the usage of certain pin rule
    Required,
    /// Forbit the usage of certain pin rule
    Disallowed,
}

/// Allows IT admind to set a predefined default search engine for MDM-Controlled devices
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsSpotlightEnablementSettings")]
pub enum WindowsSpotlightEnablementSettings {
    /// Spotlight on lock screen is not configured
    NotConfigured,
    /// Disable Windows Spotlight on lock screen
    Disabled,
    /// Enable Windows Spotlight on lock screen
    Enabled,
}

/// Type of start menu app list visibility.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.windowsStartMenuAppListVisibilityType",
    flags
)]
pub enum WindowsStartMenuAppListVisibilityType {
    /// User defined. Default value.
    UserDefined,
    /// Collapse the app list on the start menu.
    Collapse,
    /// Removes the app list entirely from the start menu.
    Remove,
    /// Disables the corresponding toggle (Collapse or Remove) in the Settings app.
    DisableSettingsApp,
}

/// Type of display modes for the start menu.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsStartMenuModeType")]
pub enum WindowsStartMenuModeType {
    /// User defined. Default value.
    UserDefined,
    /// Full screen.
    FullScreen,
    /// Non-full screen.
    NonFullScreen,
}

/// Scheduled the update installation on the weeks of the month
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.windowsUpdateForBusinessUpdateWeeks",
    flags
)]
pub enum WindowsUpdateForBusinessUpdateWeeks {
    /// Allow the user to set.
    UserDefined,
    /// Scheduled the update installation on the first week of the month
    FirstWeek,
    /// Scheduled the update installation on the second week of the month
    SecondWeek,
    /// Scheduled the update installation on the third week of the month
    ThirdWeek,
    /// Scheduled the update installation on the fourth week of the month
    FourthWeek,
    /// Scheduled the update installation on every week of the month
    EveryWeek,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Windows Update Notification Display Options
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsUpdateNotificationDisplayOption")]
pub enum WindowsUpdateNotificationDisplayOption {
    /// Not configured
    NotConfigured,
    /// Use the default Windows Update notifications.
    DefaultNotifications,
    /// Turn off all notifications, excluding restart warnings.
    RestartWarningsOnly,
    /// Turn off all notifications, including restart warnings.
    DisableAllNotifications,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Which branch devices will receive their updates from
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsUpdateType")]
pub enum WindowsUpdateType {
    /// Allow the user to set.
    UserDefined,
    /// Semi-annual Channel (Targeted). Device gets all applicable feature updates from Semi-annual
    /// Channel (Targeted).
    All,
    /// Semi-annual Channel. Device gets feature updates from Semi-annual Channel.
    BusinessReadyOnly,
    /// Windows Insider build - Fast
    WindowsInsiderBuildFast,
    /// Windows Insider build - Slow
    WindowsInsiderBuildSlow,
    /// Release Windows Insider build
    WindowsInsiderBuildRelease,
}

/// Possible values for Windows user account control settings.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsUserAccountControlSettings")]
pub enum WindowsUserAccountControlSettings {
    /// User Defined, default value, no intent.
    UserDefined,
    /// Always notify.
    AlwaysNotify,
    /// Notify on app changes.
    NotifyOnAppChanges,
    /// Notify on app changes without dimming desktop.
    NotifyOnAppChangesWithoutDimming,
    /// Never notify.
    NeverNotify,
}

/// Represents an app in the list of managed applications
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.appListItem")]
pub struct AppListItem {
    /// The application or bundle identifier of the application
    pub app_id: Option<String>,
    /// The Store URL of the application
    pub app_store_url: Option<String>,
    /// The application name. Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// The publisher of the application
    pub publisher: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.appLogCollectionDownloadDetails")]
pub struct AppLogCollectionDownloadDetails {
    /// Decryption algorithm for Content. Default is ASE256. Not nullable.
    #[graph(non_nullable)]
    pub app_log_decryption_algorithm: Option<AppLogDecryptionAlgorithm>,
    /// Decryption key that used to decrypt the log.
    pub decryption_key: Option<String>,
    /// Download SAS (Shared Access Signature) Url for completed app log request.
    pub download_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A class containing the properties for Audit Actor.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.auditActor")]
pub struct AuditActor {
    /// Name of the Application.
    pub application_display_name: Option<String>,
    /// AAD Application Id.
    pub application_id: Option<String>,
    /// Actor Type.
    pub audit_actor_type: Option<String>,
    /// IPAddress.
    pub ip_address: Option<String>,
    /// Service Principal Name (SPN).
    pub service_principal_name: Option<String>,
    /// User Id.
    pub user_id: Option<String>,
    /// List of user permissions when the audit was performed.
    pub user_permissions: Option<Vec<String>>,
    /// User Principal Name (UPN).
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A class containing the properties for Audit Property.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.auditProperty")]
pub struct AuditProperty {
    /// Display name.
    pub display_name: Option<String>,
    /// New value.
    pub new_value: Option<String>,
    /// Old value.
    pub old_value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A class containing the properties for Audit Resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.auditResource")]
pub struct AuditResource {
    /// Audit resource's type.
    pub audit_resource_type: Option<String>,
    /// Display name.
    pub display_name: Option<String>,
    /// List of modified properties.
    pub modified_properties: Option<Vec<AuditProperty>>,
    /// Audit resource's Id.
    pub resource_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// BitLocker Removable Drive Policies.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bitLockerRemovableDrivePolicy")]
pub struct BitLockerRemovableDrivePolicy {
    /// This policy setting determines whether BitLocker protection is required for removable data
    /// drives to be writable on a computer. Not nullable.
    #[graph(non_nullable)]
    pub block_cross_organization_write_access: Option<bool>,
    /// Select the encryption method for removable drives.
    pub encryption_method: Option<BitLockerEncryptionMethod>,
    /// Indicates whether to block write access to devices configured in another organization. If
    /// requireEncryptionForWriteAccess is false, this value does not affect. Not nullable.
    #[graph(non_nullable)]
    pub require_encryption_for_write_access: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudPcAuditActor")]
pub struct CloudPcAuditActor {
    pub application_display_name: Option<String>,
    pub application_id: Option<String>,
    pub ip_address: Option<String>,
    pub remote_tenant_id: Option<String>,
    pub remote_user_id: Option<String>,
    pub service_principal_name: Option<String>,
    pub user_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_permissions: Option<Vec<String>>,
    pub user_principal_name: Option<String>,
    pub user_role_scope_tags: Option<Vec<CloudPcUserRoleScopeTagInfo>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudPcAuditProperty")]
pub struct CloudPcAuditProperty {
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub new_value: Option<String>,
    pub old_value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudPcAuditResource")]
pub struct CloudPcAuditResource {
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub modified_properties: Option<Vec<CloudPcAuditProperty>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudPcDomainJoinConfiguration")]
pub struct CloudPcDomainJoinConfiguration {
    pub domain_join_type: Option<CloudPcDomainJoinType>,
    pub on_premises_connection_id: Option<String>,
    pub region_group: Option<CloudPcRegionGroup>,
    pub region_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.cloudPcManagementAssignmentTarget",
    abstract
)]
pub struct CloudPcManagementAssignmentTarget {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.cloudPcManagementAssignmentTarget`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `CloudPcManagementAssignmentTarget`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "deviceManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCloudPcManagementAssignmentTarget {
    /// `microsoft.graph.cloudPcManagementGroupAssignmentTarget`.
    CloudPcManagementGroupAssignmentTarget(CloudPcManagementGroupAssignmentTarget),
    /// `microsoft.graph.cloudPcManagementAssignmentTarget` itself, or a type this build does not declare.
    #[graph(other)]
    Other(CloudPcManagementAssignmentTarget),
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.cloudPcManagementGroupAssignmentTarget",
    complex
)]
pub struct CloudPcManagementGroupAssignmentTarget {
    /// The inherited properties of `cloudPcManagementAssignmentTarget`.
    #[graph(base)]
    pub base: CloudPcManagementAssignmentTarget,
    pub group_id: Option<String>,
    pub service_plan_id: Option<String>,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudPcOnPremisesConnectionHealthCheck")]
pub struct CloudPcOnPremisesConnectionHealthCheck {
    pub additional_detail: Option<String>,
    pub correlation_id: Option<String>,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub error_type: Option<CloudPcOnPremisesConnectionHealthCheckErrorType>,
    pub recommended_action: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<CloudPcOnPremisesConnectionStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudPcOnPremisesConnectionStatusDetail")]
pub struct CloudPcOnPremisesConnectionStatusDetail {
    /// Not nullable.
    #[graph(non_nullable)]
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub health_checks: Option<Vec<CloudPcOnPremisesConnectionHealthCheck>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudPcProvisioningPolicyAutopatch")]
pub struct CloudPcProvisioningPolicyAutopatch {
    pub autopatch_group_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudPcRestorePointSetting")]
pub struct CloudPcRestorePointSetting {
    pub frequency_type: Option<CloudPcRestorePointFrequencyType>,
    pub user_restore_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudPcSourceDeviceImage")]
pub struct CloudPcSourceDeviceImage {
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_id: Option<String>,
    pub subscription_display_name: Option<String>,
    pub subscription_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudPcUserRoleScopeTagInfo")]
pub struct CloudPcUserRoleScopeTagInfo {
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub role_scope_tag_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudPcWindowsSetting")]
pub struct CloudPcWindowsSetting {
    pub locale: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// User group targeting for Compliance Management Partner
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.complianceManagementPartnerAssignment")]
pub struct ComplianceManagementPartnerAssignment {
    /// Group assignment target.
    pub target: Option<AnyDeviceAndAppManagementAssignmentTarget>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Specify Defender’s actions to take on detected Malware per threat level.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.defenderDetectedMalwareActions")]
pub struct DefenderDetectedMalwareActions {
    /// Indicates a Defender action to take for high severity Malware threat detected. Not nullable.
    #[graph(non_nullable)]
    pub high_severity: Option<DefenderThreatAction>,
    /// Indicates a Defender action to take for low severity Malware threat detected. Not nullable.
    #[graph(non_nullable)]
    pub low_severity: Option<DefenderThreatAction>,
    /// Indicates a Defender action to take for moderate severity Malware threat detected. Not
    /// nullable.
    #[graph(non_nullable)]
    pub moderate_severity: Option<DefenderThreatAction>,
    /// Indicates a Defender action to take for severe severity Malware threat detected. Not
    /// nullable.
    #[graph(non_nullable)]
    pub severe_severity: Option<DefenderThreatAction>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Platform specific enrollment restrictions
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceEnrollmentPlatformRestriction")]
pub struct DeviceEnrollmentPlatformRestriction {
    /// Max OS version supported
    pub os_maximum_version: Option<String>,
    /// Min OS version supported
    pub os_minimum_version: Option<String>,
    /// Block personally owned devices from enrolling. Not nullable.
    #[graph(non_nullable)]
    pub personal_device_enrollment_blocked: Option<bool>,
    /// Block the platform from enrolling. Not nullable.
    #[graph(non_nullable)]
    pub platform_blocked: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// User group targeting for Device Management Partner
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceManagementPartnerAssignment")]
pub struct DeviceManagementPartnerAssignment {
    /// User groups targeting for devices to be enrolled through partner.
    pub target: Option<AnyDeviceAndAppManagementAssignmentTarget>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceManagementSettings")]
pub struct DeviceManagementSettings {
    /// The number of days a device is allowed to go without checking in to remain compliant. Not
    /// nullable.
    #[graph(non_nullable)]
    pub device_compliance_checkin_threshold_days: Option<i32>,
    /// Is feature enabled or not for scheduled action for rule. Not nullable.
    #[graph(non_nullable)]
    pub is_scheduled_action_enabled: Option<bool>,
    /// Device should be noncompliant when there is no compliance policy targeted when this is true.
    /// Not nullable.
    #[graph(non_nullable)]
    pub secure_by_default: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Hardware information of a given device.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceProtectionOverview")]
pub struct DeviceProtectionOverview {
    /// Indicates number of devices reporting as clean. Not nullable.
    #[graph(non_nullable)]
    pub clean_device_count: Option<i32>,
    /// Indicates number of devices with critical failures. Not nullable.
    #[graph(non_nullable)]
    pub critical_failures_device_count: Option<i32>,
    /// Indicates number of devices with inactive threat agent. Not nullable.
    #[graph(non_nullable)]
    pub inactive_threat_agent_device_count: Option<i32>,
    /// Indicates number of devices pending full scan. Not nullable.
    #[graph(non_nullable)]
    pub pending_full_scan_device_count: Option<i32>,
    /// Indicates number of devices with pending manual steps. Not nullable.
    #[graph(non_nullable)]
    pub pending_manual_steps_device_count: Option<i32>,
    /// Indicates number of pending offline scan devices. Not nullable.
    #[graph(non_nullable)]
    pub pending_offline_scan_device_count: Option<i32>,
    /// Indicates the number of devices that have a pending full scan. Valid values -2147483648 to
    /// \2147483647. Not nullable.
    #[graph(non_nullable)]
    pub pending_quick_scan_device_count: Option<i32>,
    /// Indicates number of devices pending restart. Not nullable.
    #[graph(non_nullable)]
    pub pending_restart_device_count: Option<i32>,
    /// Indicates number of devices with an old signature. Not nullable.
    #[graph(non_nullable)]
    pub pending_signature_update_device_count: Option<i32>,
    /// Total device count. Not nullable.
    #[graph(non_nullable)]
    pub total_reported_device_count: Option<i32>,
    /// Indicates number of devices with threat agent state as unknown. Not nullable.
    #[graph(non_nullable)]
    pub unknown_state_threat_agent_device_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Allows IT admins to set a predefined default search engine for MDM-Controlled devices.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.edgeSearchEngine", complex)]
pub struct EdgeSearchEngine {
    /// The inherited properties of `edgeSearchEngineBase`.
    #[graph(base)]
    pub base: EdgeSearchEngineBase,
    /// Allows IT admins to set a predefined default search engine for MDM-Controlled devices. Not
    /// nullable.
    #[graph(non_nullable)]
    pub edge_search_engine_type: Option<EdgeSearchEngineType>,
}

/// Allows IT admins to set a default search engine for MDM-Controlled devices. Users can override
/// this and change their default search engine provided the AllowSearchEngineCustomization policy
/// is not set.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.edgeSearchEngineBase", abstract)]
pub struct EdgeSearchEngineBase {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.edgeSearchEngineBase`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `EdgeSearchEngineBase`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyEdgeSearchEngineBase {
    /// `microsoft.graph.edgeSearchEngine`.
    EdgeSearchEngine(EdgeSearchEngine),
    /// `microsoft.graph.edgeSearchEngineCustom`.
    EdgeSearchEngineCustom(EdgeSearchEngineCustom),
    /// `microsoft.graph.edgeSearchEngineBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(EdgeSearchEngineBase),
}

/// Allows IT admins to set a custom default search engine for MDM-Controlled devices.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.edgeSearchEngineCustom", complex)]
pub struct EdgeSearchEngineCustom {
    /// The inherited properties of `edgeSearchEngineBase`.
    #[graph(base)]
    pub base: EdgeSearchEngineBase,
    /// Points to a https link containing the OpenSearch xml file that contains, at minimum, the
    /// short name and the URL to the search Engine. Not nullable.
    #[graph(non_nullable)]
    pub edge_search_engine_open_search_xml_url: Option<String>,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.importedWindowsAutopilotDeviceIdentityState")]
pub struct ImportedWindowsAutopilotDeviceIdentityState {
    /// Device error code reported by Device Directory Service(DDS). Not nullable.
    #[graph(non_nullable)]
    pub device_error_code: Option<i32>,
    /// Device error name reported by Device Directory Service(DDS).
    pub device_error_name: Option<String>,
    /// Device status reported by Device Directory Service(DDS). Not nullable.
    #[graph(non_nullable)]
    pub device_import_status: Option<ImportedWindowsAutopilotDeviceIdentityImportStatus>,
    /// Device Registration ID for successfully added device reported by Device Directory
    /// Service(DDS).
    pub device_registration_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The value in an user experience analytics insight.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.insightValueDouble", complex)]
pub struct InsightValueDouble {
    /// The inherited properties of `userExperienceAnalyticsInsightValue`.
    #[graph(base)]
    pub base: UserExperienceAnalyticsInsightValue,
    /// The double value of the user experience analytics insight. Not nullable.
    #[graph(non_nullable)]
    pub value: Option<edm::Double>,
}

/// The value in an user experience analytics insight.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.insightValueInt", complex)]
pub struct InsightValueInt {
    /// The inherited properties of `userExperienceAnalyticsInsightValue`.
    #[graph(base)]
    pub base: UserExperienceAnalyticsInsightValue,
    /// The int value of the user experience analytics insight. Not nullable.
    #[graph(non_nullable)]
    pub value: Option<i32>,
}

/// intuneBrand contains data which is used in customizing the appearance of the Company Portal
/// applications as well as the end user web portal.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.intuneBrand")]
pub struct IntuneBrand {
    /// Email address of the person/organization responsible for IT support.
    #[graph(rename = "contactITEmailAddress")]
    pub contact_it_email_address: Option<String>,
    /// Name of the person/organization responsible for IT support.
    #[graph(rename = "contactITName")]
    pub contact_it_name: Option<String>,
    /// Text comments regarding the person/organization responsible for IT support.
    #[graph(rename = "contactITNotes")]
    pub contact_it_notes: Option<String>,
    /// Phone number of the person/organization responsible for IT support.
    #[graph(rename = "contactITPhoneNumber")]
    pub contact_it_phone_number: Option<String>,
    /// Logo image displayed in Company Portal apps which have a dark background behind the logo.
    pub dark_background_logo: Option<MimeContent>,
    /// Company/organization name that is displayed to end users.
    pub display_name: Option<String>,
    /// Logo image displayed in Company Portal apps which have a light background behind the logo.
    pub light_background_logo: Option<MimeContent>,
    /// Display name of the company/organization’s IT helpdesk site.
    pub online_support_site_name: Option<String>,
    /// URL to the company/organization’s IT helpdesk site.
    pub online_support_site_url: Option<String>,
    /// URL to the company/organization’s privacy policy.
    pub privacy_url: Option<String>,
    /// Boolean that represents whether the administrator-supplied display name will be shown next
    /// to the logo image. Not nullable.
    #[graph(non_nullable)]
    pub show_display_name_next_to_logo: Option<bool>,
    /// Boolean that represents whether the administrator-supplied logo images are shown or not
    /// shown. Not nullable.
    #[graph(non_nullable)]
    pub show_logo: Option<bool>,
    /// Boolean that represents whether the administrator-supplied display name will be shown next
    /// to the logo image. Not nullable.
    #[graph(non_nullable)]
    pub show_name_next_to_logo: Option<bool>,
    /// Primary theme color used in the Company Portal applications and web portal.
    pub theme_color: Option<RgbColor>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Represents an icon for an app on the Home Screen
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosHomeScreenApp", complex)]
pub struct IosHomeScreenApp {
    /// The inherited properties of `iosHomeScreenItem`.
    #[graph(base)]
    pub base: IosHomeScreenItem,
    /// BundleID of the app if isWebClip is false or the URL of a web clip if isWebClip is true. Not
    /// nullable.
    #[graph(non_nullable, rename = "bundleID")]
    pub bundle_id: Option<String>,
}

/// A folder containing pages of apps and web clips on the Home Screen.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosHomeScreenFolder", complex)]
pub struct IosHomeScreenFolder {
    /// The inherited properties of `iosHomeScreenItem`.
    #[graph(base)]
    pub base: IosHomeScreenItem,
    /// Pages of Home Screen Layout Icons which must be applications or web clips. This collection
    /// can contain a maximum of 500 elements. Not nullable.
    #[graph(non_nullable)]
    pub pages: Option<Vec<IosHomeScreenFolderPage>>,
}

/// A page for a folder containing apps and web clips on the Home Screen.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosHomeScreenFolderPage")]
pub struct IosHomeScreenFolderPage {
    /// A list of apps and web clips to appear on a page within a folder. This collection can
    /// contain a maximum of 500 elements. Not nullable.
    #[graph(non_nullable)]
    pub apps: Option<Vec<IosHomeScreenApp>>,
    /// Name of the folder page
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Represents an item on the iOS Home Screen
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosHomeScreenItem", abstract)]
pub struct IosHomeScreenItem {
    /// Name of the app
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.iosHomeScreenItem`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `IosHomeScreenItem`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyIosHomeScreenItem {
    /// `microsoft.graph.iosHomeScreenApp`.
    IosHomeScreenApp(IosHomeScreenApp),
    /// `microsoft.graph.iosHomeScreenFolder`.
    IosHomeScreenFolder(IosHomeScreenFolder),
    /// `microsoft.graph.iosHomeScreenItem` itself, or a type this build does not declare.
    #[graph(other)]
    Other(IosHomeScreenItem),
}

/// A page containing apps, folders, and web clips on the Home Screen.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosHomeScreenPage")]
pub struct IosHomeScreenPage {
    /// Name of the page
    pub display_name: Option<String>,
    /// A list of apps, folders, and web clips to appear on a page. This collection can contain a
    /// maximum of 500 elements. Not nullable.
    #[graph(non_nullable)]
    pub icons: Option<Vec<AnyIosHomeScreenItem>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Network Usage Rules allow enterprises to specify how managed apps use networks, such as cellular
/// data networks.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosNetworkUsageRule")]
pub struct IosNetworkUsageRule {
    /// If set to true, corresponding managed apps will not be allowed to use cellular data at any
    /// time. Not nullable.
    #[graph(non_nullable)]
    pub cellular_data_blocked: Option<bool>,
    /// If set to true, corresponding managed apps will not be allowed to use cellular data when
    /// roaming. Not nullable.
    #[graph(non_nullable)]
    pub cellular_data_block_when_roaming: Option<bool>,
    /// Information about the managed apps that this rule is going to apply to. This collection can
    /// contain a maximum of 500 elements.
    pub managed_apps: Option<Vec<AppListItem>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// An item describing notification setting.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosNotificationSettings")]
pub struct IosNotificationSettings {
    /// Indicates the type of alert for notifications for this app. Not nullable.
    #[graph(non_nullable)]
    pub alert_type: Option<IosNotificationAlertType>,
    /// Application name to be associated with the bundleID.
    pub app_name: Option<String>,
    /// Indicates whether badges are allowed for this app.
    pub badges_enabled: Option<bool>,
    /// Bundle id of app to which to apply these notification settings. Not nullable.
    #[graph(non_nullable, rename = "bundleID")]
    pub bundle_id: Option<String>,
    /// Indicates whether notifications are allowed for this app.
    pub enabled: Option<bool>,
    /// Publisher to be associated with the bundleID.
    pub publisher: Option<String>,
    /// Indicates whether notifications can be shown in notification center.
    pub show_in_notification_center: Option<bool>,
    /// Indicates whether notifications can be shown on the lock screen.
    pub show_on_lock_screen: Option<bool>,
    /// Indicates whether sounds are allowed for this app.
    pub sounds_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mediaContentRatingAustralia")]
pub struct MediaContentRatingAustralia {
    /// Movies rating selected for Australia. Not nullable.
    #[graph(non_nullable)]
    pub movie_rating: Option<RatingAustraliaMoviesType>,
    /// TV rating selected for Australia. Not nullable.
    #[graph(non_nullable)]
    pub tv_rating: Option<RatingAustraliaTelevisionType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mediaContentRatingCanada")]
pub struct MediaContentRatingCanada {
    /// Movies rating selected for Canada. Not nullable.
    #[graph(non_nullable)]
    pub movie_rating: Option<RatingCanadaMoviesType>,
    /// TV rating selected for Canada. Not nullable.
    #[graph(non_nullable)]
    pub tv_rating: Option<RatingCanadaTelevisionType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mediaContentRatingFrance")]
pub struct MediaContentRatingFrance {
    /// Movies rating selected for France. Not nullable.
    #[graph(non_nullable)]
    pub movie_rating: Option<RatingFranceMoviesType>,
    /// TV rating selected for France. Not nullable.
    #[graph(non_nullable)]
    pub tv_rating: Option<RatingFranceTelevisionType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mediaContentRatingGermany")]
pub struct MediaContentRatingGermany {
    /// Movies rating selected for Germany. Not nullable.
    #[graph(non_nullable)]
    pub movie_rating: Option<RatingGermanyMoviesType>,
    /// TV rating selected for Germany. Not nullable.
    #[graph(non_nullable)]
    pub tv_rating: Option<RatingGermanyTelevisionType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mediaContentRatingIreland")]
pub struct MediaContentRatingIreland {
    /// Movies rating selected for Ireland. Not nullable.
    #[graph(non_nullable)]
    pub movie_rating: Option<RatingIrelandMoviesType>,
    /// TV rating selected for Ireland. Not nullable.
    #[graph(non_nullable)]
    pub tv_rating: Option<RatingIrelandTelevisionType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mediaContentRatingJapan")]
pub struct MediaContentRatingJapan {
    /// Movies rating selected for Japan. Not nullable.
    #[graph(non_nullable)]
    pub movie_rating: Option<RatingJapanMoviesType>,
    /// TV rating selected for Japan. Not nullable.
    #[graph(non_nullable)]
    pub tv_rating: Option<RatingJapanTelevisionType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mediaContentRatingNewZealand")]
pub struct MediaContentRatingNewZealand {
    /// Movies rating selected for New Zealand. Not nullable.
    #[graph(non_nullable)]
    pub movie_rating: Option<RatingNewZealandMoviesType>,
    /// TV rating selected for New Zealand. Not nullable.
    #[graph(non_nullable)]
    pub tv_rating: Option<RatingNewZealandTelevisionType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mediaContentRatingUnitedKingdom")]
pub struct MediaContentRatingUnitedKingdom {
    /// Movies rating selected for United Kingdom. Not nullable.
    #[graph(non_nullable)]
    pub movie_rating: Option<RatingUnitedKingdomMoviesType>,
    /// TV rating selected for United Kingdom. Not nullable.
    #[graph(non_nullable)]
    pub tv_rating: Option<RatingUnitedKingdomTelevisionType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mediaContentRatingUnitedStates")]
pub struct MediaContentRatingUnitedStates {
    /// Movies rating selected for United States. Not nullable.
    #[graph(non_nullable)]
    pub movie_rating: Option<RatingUnitedStatesMoviesType>,
    /// TV rating selected for United States. Not nullable.
    #[graph(non_nullable)]
    pub tv_rating: Option<RatingUnitedStatesTelevisionType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.microsoftManagedDesktop")]
pub struct MicrosoftManagedDesktop {
    pub managed_type: Option<MicrosoftManagedDesktopType>,
    pub profile: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// OMA Settings definition.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.omaSetting", abstract)]
pub struct OmaSetting {
    /// Description.
    pub description: Option<String>,
    /// Display Name. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// OMA. Not nullable.
    #[graph(non_nullable)]
    pub oma_uri: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.omaSetting`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `OmaSetting`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOmaSetting {
    /// `microsoft.graph.omaSettingBase64`.
    OmaSettingBase64(OmaSettingBase64),
    /// `microsoft.graph.omaSettingBoolean`.
    OmaSettingBoolean(OmaSettingBoolean),
    /// `microsoft.graph.omaSettingDateTime`.
    OmaSettingDateTime(OmaSettingDateTime),
    /// `microsoft.graph.omaSettingFloatingPoint`.
    OmaSettingFloatingPoint(OmaSettingFloatingPoint),
    /// `microsoft.graph.omaSettingInteger`.
    OmaSettingInteger(OmaSettingInteger),
    /// `microsoft.graph.omaSettingString`.
    OmaSettingString(OmaSettingString),
    /// `microsoft.graph.omaSettingStringXml`.
    OmaSettingStringXml(OmaSettingStringXml),
    /// `microsoft.graph.omaSetting` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OmaSetting),
}

/// OMA Settings Base64 definition.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.omaSettingBase64", complex)]
pub struct OmaSettingBase64 {
    /// The inherited properties of `omaSetting`.
    #[graph(base)]
    pub base: OmaSetting,
    /// File name associated with the Value property (\*.cer \| \*.crt \| \*.p7b \| \*.bin).
    pub file_name: Option<String>,
    /// Value. (Base64 encoded string). Not nullable.
    #[graph(non_nullable)]
    pub value: Option<String>,
}

/// OMA Settings Boolean definition.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.omaSettingBoolean", complex)]
pub struct OmaSettingBoolean {
    /// The inherited properties of `omaSetting`.
    #[graph(base)]
    pub base: OmaSetting,
    /// Value. Not nullable.
    #[graph(non_nullable)]
    pub value: Option<bool>,
}

/// OMA Settings DateTime definition.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.omaSettingDateTime", complex)]
pub struct OmaSettingDateTime {
    /// The inherited properties of `omaSetting`.
    #[graph(base)]
    pub base: OmaSetting,
    /// Value. Not nullable.
    #[graph(non_nullable)]
    pub value: Option<edm::DateTimeOffset>,
}

/// OMA Settings Floating Point definition.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.omaSettingFloatingPoint", complex)]
pub struct OmaSettingFloatingPoint {
    /// The inherited properties of `omaSetting`.
    #[graph(base)]
    pub base: OmaSetting,
    /// Value. Not nullable.
    #[graph(non_nullable)]
    pub value: Option<f32>,
}

/// OMA Settings Integer definition.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.omaSettingInteger", complex)]
pub struct OmaSettingInteger {
    /// The inherited properties of `omaSetting`.
    #[graph(base)]
    pub base: OmaSetting,
    /// Value. Not nullable.
    #[graph(non_nullable)]
    pub value: Option<i32>,
}

/// OMA Settings String definition.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.omaSettingString", complex)]
pub struct OmaSettingString {
    /// The inherited properties of `omaSetting`.
    #[graph(base)]
    pub base: OmaSetting,
    /// Value. Not nullable.
    #[graph(non_nullable)]
    pub value: Option<String>,
}

/// OMA Settings StringXML definition.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.omaSettingStringXml", complex)]
pub struct OmaSettingStringXml {
    /// The inherited properties of `omaSetting`.
    #[graph(base)]
    pub base: OmaSetting,
    /// File name associated with the Value property (\*.xml).
    pub file_name: Option<String>,
    /// Value. (UTF8 encoded byte array). Not nullable.
    #[graph(non_nullable)]
    pub value: Option<edm::Binary>,
}

/// Count of devices with malware for each OS version
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.osVersionCount")]
pub struct OsVersionCount {
    /// Count of devices with malware for the OS version. Not nullable.
    #[graph(non_nullable)]
    pub device_count: Option<i32>,
    /// The Timestamp of the last update for the device count in UTC. Not nullable.
    #[graph(non_nullable)]
    pub last_update_date_time: Option<edm::DateTimeOffset>,
    /// OS version
    pub os_version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Set of allowed and not allowed actions for a resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resourceAction")]
pub struct ResourceAction {
    /// Allowed Actions
    pub allowed_resource_actions: Option<Vec<String>>,
    /// Not Allowed Actions.
    pub not_allowed_resource_actions: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Color in RGB.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.rgbColor")]
pub struct RgbColor {
    /// Blue value. Not nullable.
    #[graph(non_nullable)]
    pub b: Option<u8>,
    /// Green value. Not nullable.
    #[graph(non_nullable)]
    pub g: Option<u8>,
    /// Red value. Not nullable.
    #[graph(non_nullable)]
    pub r: Option<u8>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains the set of ResourceActions determining the allowed and not allowed permissions for each
/// role.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.rolePermission")]
pub struct RolePermission {
    /// Resource Actions each containing a set of allowed and not allowed permissions.
    pub resource_actions: Option<Vec<ResourceAction>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// SharedPC Account Manager Policy. Only applies when the account manager is enabled.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharedPCAccountManagerPolicy")]
pub struct SharedPCAccountManagerPolicy {
    /// Configures when accounts are deleted. Not nullable.
    #[graph(non_nullable)]
    pub account_deletion_policy: Option<SharedPCAccountDeletionPolicyType>,
    /// Sets the percentage of available disk space a PC should have before it stops deleting cached
    /// shared PC accounts. Only applies when AccountDeletionPolicy is DiskSpaceThreshold or
    /// DiskSpaceThresholdOrInactiveThreshold. Valid values 0 to 100
    pub cache_accounts_above_disk_free_percentage: Option<i32>,
    /// Specifies when the accounts will start being deleted when they have not been logged on
    /// during the specified period, given as number of days. Only applies when
    /// AccountDeletionPolicy is DiskSpaceThreshold or DiskSpaceThresholdOrInactiveThreshold.
    pub inactive_threshold_days: Option<i32>,
    /// Sets the percentage of disk space remaining on a PC before cached accounts will be deleted
    /// to free disk space. Accounts that have been inactive the longest will be deleted first. Only
    /// applies when AccountDeletionPolicy is DiskSpaceThresholdOrInactiveThreshold. Valid values 0
    /// to 100
    pub remove_accounts_below_disk_free_percentage: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics summary of Devices not windows autopilot ready.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userExperienceAnalyticsAutopilotDevicesSummary")]
pub struct UserExperienceAnalyticsAutopilotDevicesSummary {
    /// The count of intune devices that are not autopilot registerd. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub devices_not_autopilot_registered: Option<i32>,
    /// The count of intune devices not autopilot profile assigned. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub devices_without_autopilot_profile_assigned: Option<i32>,
    /// The count of windows 10 devices that are Intune and co-managed. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub total_windows10_devices_without_tenant_attached: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics work from anywhere cloud identity devices summary.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userExperienceAnalyticsCloudIdentityDevicesSummary")]
pub struct UserExperienceAnalyticsCloudIdentityDevicesSummary {
    /// The count of devices that are not cloud identity. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub device_without_cloud_identity_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience work from anywhere Cloud management devices summary.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userExperienceAnalyticsCloudManagementDevicesSummary")]
pub struct UserExperienceAnalyticsCloudManagementDevicesSummary {
    /// Total number of co-managed devices. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub co_managed_device_count: Option<i32>,
    /// The count of intune devices that are not autopilot registerd. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub intune_device_count: Option<i32>,
    /// Total count of tenant attach devices. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub tenant_attach_device_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics insight is the recomendation to improve the user experience
/// analytics score.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userExperienceAnalyticsInsight")]
pub struct UserExperienceAnalyticsInsight {
    /// The unique identifier of the user experience analytics insight.
    pub insight_id: Option<String>,
    /// The severity of the user experience analytics insight. Possible values are: none,
    /// informational, warning, error. None by default. Not nullable.
    #[graph(non_nullable)]
    pub severity: Option<UserExperienceAnalyticsInsightSeverity>,
    /// The unique identifier of the user experience analytics metric.
    pub user_experience_analytics_metric_id: Option<String>,
    /// The value of the user experience analytics insight.
    pub values: Option<Vec<AnyUserExperienceAnalyticsInsightValue>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The value in an user experience analytics insight.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.userExperienceAnalyticsInsightValue",
    abstract
)]
pub struct UserExperienceAnalyticsInsightValue {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.userExperienceAnalyticsInsightValue`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `UserExperienceAnalyticsInsightValue`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "deviceManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyUserExperienceAnalyticsInsightValue {
    /// `microsoft.graph.insightValueDouble`.
    InsightValueDouble(InsightValueDouble),
    /// `microsoft.graph.insightValueInt`.
    InsightValueInt(InsightValueInt),
    /// `microsoft.graph.userExperienceAnalyticsInsightValue` itself, or a type this build does not declare.
    #[graph(other)]
    Other(UserExperienceAnalyticsInsightValue),
}

/// The user experience analytics insight is the recomendation to improve the user experience
/// analytics score.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userExperienceAnalyticsSettings")]
pub struct UserExperienceAnalyticsSettings {
    /// When TRUE, indicates Tenant attach is configured properly and System Center Configuration
    /// Manager (SCCM) tenant attached devices will show up in endpoint analytics reporting. When
    /// FALSE, indicates Tenant attach is not configured. FALSE by default. Not nullable.
    #[graph(non_nullable)]
    pub configuration_manager_data_connector_configured: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics work from anywhere Windows 10 devices summary.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userExperienceAnalyticsWindows10DevicesSummary")]
pub struct UserExperienceAnalyticsWindows10DevicesSummary {
    /// The count of Windows 10 devices that have unsupported OS versions. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub unsupported_o_sversion_device_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics Work From Anywhere metrics devices summary.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevicesSummary")]
pub struct UserExperienceAnalyticsWorkFromAnywhereDevicesSummary {
    /// The user experience analytics work from anywhere Autopilot devices summary. Read-only.
    pub autopilot_devices_summary: Option<UserExperienceAnalyticsAutopilotDevicesSummary>,
    /// The user experience analytics work from anywhere Cloud Identity devices summary. Read-only.
    pub cloud_identity_devices_summary: Option<UserExperienceAnalyticsCloudIdentityDevicesSummary>,
    /// The user experience analytics work from anywhere Cloud management devices summary.
    /// Read-only.
    pub cloud_management_devices_summary:
        Option<UserExperienceAnalyticsCloudManagementDevicesSummary>,
    /// Total number of co-managed devices. Read-only. Valid values -2147483648 to 2147483647. Not
    /// nullable.
    #[graph(non_nullable)]
    pub co_managed_devices: Option<i32>,
    /// The count of intune devices that are not autopilot registerd. Read-only. Valid values
    /// -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub devices_not_autopilot_registered: Option<i32>,
    /// The count of intune devices not autopilot profile assigned. Read-only. Valid values
    /// -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub devices_without_autopilot_profile_assigned: Option<i32>,
    /// The count of devices that are not cloud identity. Read-only. Valid values -2147483648 to
    /// \2147483647. Not nullable.
    #[graph(non_nullable)]
    pub devices_without_cloud_identity: Option<i32>,
    /// The count of intune devices that are not autopilot registerd. Read-only. Valid values
    /// -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub intune_devices: Option<i32>,
    /// Total count of tenant attach devices. Read-only. Valid values -2147483648 to 2147483647. Not
    /// nullable.
    #[graph(non_nullable)]
    pub tenant_attach_devices: Option<i32>,
    /// The total count of devices. Read-only. Valid values -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub total_devices: Option<i32>,
    /// The count of Windows 10 devices that have unsupported OS versions. Read-only. Valid values
    /// -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub unsupported_o_sversion_devices: Option<i32>,
    /// The count of windows 10 devices. Read-only. Valid values -2147483648 to 2147483647. Not
    /// nullable.
    #[graph(non_nullable)]
    pub windows10_devices: Option<i32>,
    /// The user experience analytics work from anywhere Windows 10 devices summary. Read-only.
    pub windows10_devices_summary: Option<UserExperienceAnalyticsWindows10DevicesSummary>,
    /// The count of windows 10 devices that are Intune and co-managed. Read-only. Valid values
    /// -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub windows10_devices_without_tenant_attach: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Network Proxy Server Policy.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windows10NetworkProxyServer")]
pub struct Windows10NetworkProxyServer {
    /// Address to the proxy server. Specify an address in the format \<server\>\[“:”\<port\>\].
    /// Not nullable.
    #[graph(non_nullable)]
    pub address: Option<String>,
    /// Addresses that should not use the proxy server. The system will not use the proxy server for
    /// addresses beginning with what is specified in this node.
    pub exceptions: Option<Vec<String>>,
    /// Specifies whether the proxy server should be used for local (intranet) addresses. Not
    /// nullable.
    #[graph(non_nullable)]
    pub use_for_local_addresses: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Windows Firewall Profile Policies.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsFirewallNetworkProfile")]
pub struct WindowsFirewallNetworkProfile {
    /// Configures the firewall to merge authorized application rules from group policy with those
    /// from local store instead of ignoring the local store rules. When
    /// AuthorizedApplicationRulesFromGroupPolicyNotMerged and
    /// AuthorizedApplicationRulesFromGroupPolicyMerged are both true,
    /// AuthorizedApplicationRulesFromGroupPolicyMerged takes priority. Not nullable.
    #[graph(non_nullable)]
    pub authorized_application_rules_from_group_policy_merged: Option<bool>,
    /// Configures the firewall to merge connection security rules from group policy with those from
    /// local store instead of ignoring the local store rules. When
    /// ConnectionSecurityRulesFromGroupPolicyNotMerged and
    /// ConnectionSecurityRulesFromGroupPolicyMerged are both true,
    /// ConnectionSecurityRulesFromGroupPolicyMerged takes priority. Not nullable.
    #[graph(non_nullable)]
    pub connection_security_rules_from_group_policy_merged: Option<bool>,
    /// Configures the host device to allow or block the firewall and advanced security enforcement
    /// for the network profile. Not nullable.
    #[graph(non_nullable)]
    pub firewall_enabled: Option<StateManagementSetting>,
    /// Configures the firewall to merge global port rules from group policy with those from local
    /// store instead of ignoring the local store rules. When
    /// GlobalPortRulesFromGroupPolicyNotMerged and GlobalPortRulesFromGroupPolicyMerged are both
    /// true, GlobalPortRulesFromGroupPolicyMerged takes priority. Not nullable.
    #[graph(non_nullable)]
    pub global_port_rules_from_group_policy_merged: Option<bool>,
    /// Configures the firewall to block all incoming connections by default. When
    /// InboundConnectionsRequired and InboundConnectionsBlocked are both true,
    /// InboundConnectionsBlocked takes priority. Not nullable.
    #[graph(non_nullable)]
    pub inbound_connections_blocked: Option<bool>,
    /// Prevents the firewall from displaying notifications when an application is blocked from
    /// listening on a port. When InboundNotificationsRequired and InboundNotificationsBlocked are
    /// both true, InboundNotificationsBlocked takes priority. Not nullable.
    #[graph(non_nullable)]
    pub inbound_notifications_blocked: Option<bool>,
    /// Configures the firewall to block all incoming traffic regardless of other policy settings.
    /// When IncomingTrafficRequired and IncomingTrafficBlocked are both true,
    /// IncomingTrafficBlocked takes priority. Not nullable.
    #[graph(non_nullable)]
    pub incoming_traffic_blocked: Option<bool>,
    /// Configures the firewall to block all outgoing connections by default. When
    /// OutboundConnectionsRequired and OutboundConnectionsBlocked are both true,
    /// OutboundConnectionsBlocked takes priority. This setting will get applied to Windows releases
    /// version 1809 and above. Not nullable.
    #[graph(non_nullable)]
    pub outbound_connections_blocked: Option<bool>,
    /// Configures the firewall to merge Firewall Rule policies from group policy with those from
    /// local store instead of ignoring the local store rules. When
    /// PolicyRulesFromGroupPolicyNotMerged and PolicyRulesFromGroupPolicyMerged are both true,
    /// PolicyRulesFromGroupPolicyMerged takes priority. Not nullable.
    #[graph(non_nullable)]
    pub policy_rules_from_group_policy_merged: Option<bool>,
    /// Configures the firewall to allow the host computer to respond to unsolicited network traffic
    /// of that traffic is secured by IPSec even when stealthModeBlocked is set to true. When
    /// SecuredPacketExemptionBlocked and SecuredPacketExemptionAllowed are both true,
    /// SecuredPacketExemptionAllowed takes priority. Not nullable.
    #[graph(non_nullable)]
    pub secured_packet_exemption_allowed: Option<bool>,
    /// Prevent the server from operating in stealth mode. When StealthModeRequired and
    /// StealthModeBlocked are both true, StealthModeBlocked takes priority. Not nullable.
    #[graph(non_nullable)]
    pub stealth_mode_blocked: Option<bool>,
    /// Configures the firewall to block unicast responses to multicast broadcast traffic. When
    /// UnicastResponsesToMulticastBroadcastsRequired and
    /// UnicastResponsesToMulticastBroadcastsBlocked are both true,
    /// UnicastResponsesToMulticastBroadcastsBlocked takes priority. Not nullable.
    #[graph(non_nullable)]
    pub unicast_responses_to_multicast_broadcasts_blocked: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Malware category device count
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsMalwareCategoryCount")]
pub struct WindowsMalwareCategoryCount {
    /// Count of active malware detections for this malware category. Valid values -2147483648 to
    /// \2147483647. Not nullable.
    #[graph(non_nullable)]
    pub active_malware_detection_count: Option<i32>,
    /// Malware category. Possible values are: invalid, adware, spyware, passwordStealer,
    /// trojanDownloader, worm, backdoor, remoteAccessTrojan, trojan, emailFlooder, keylogger,
    /// dialer, monitoringSoftware, browserModifier, cookie, browserPlugin, aolExploit, nuker,
    /// securityDisabler, jokeProgram, hostileActiveXControl, softwareBundler, stealthNotifier,
    /// settingsModifier, toolBar, remoteControlSoftware, trojanFtp, potentialUnwantedSoftware,
    /// icqExploit, trojanTelnet, exploit, filesharingProgram, malwareCreationTool,
    /// remote\_Control\_Software, tool, trojanDenialOfService, trojanDropper, trojanMassMailer,
    /// trojanMonitoringSoftware, trojanProxyServer, virus, known, unknown, spp, behavior,
    /// vulnerability, policy, enterpriseUnwantedSoftware, ransom, hipsRule. Computed. Not nullable.
    #[graph(non_nullable)]
    pub category: Option<WindowsMalwareCategory>,
    /// Count of devices with malware detections for this malware category. Not nullable.
    #[graph(non_nullable)]
    pub device_count: Option<i32>,
    /// Count of distinct active malwares for this malware category. Valid values -2147483648 to
    /// \2147483647. Not nullable.
    #[graph(non_nullable)]
    pub distinct_active_malware_count: Option<i32>,
    /// The Timestamp of the last update for the device count in UTC. Not nullable.
    #[graph(non_nullable)]
    pub last_update_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Windows malware execution state summary.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsMalwareExecutionStateCount")]
pub struct WindowsMalwareExecutionStateCount {
    /// Count of devices with malware detections for this malware execution state. Not nullable.
    #[graph(non_nullable)]
    pub device_count: Option<i32>,
    /// Malware execution state. Possible values are: unknown, blocked, allowed, running,
    /// notRunning. Defaults to unkonwn. Computed. Not nullable.
    #[graph(non_nullable)]
    pub execution_state: Option<WindowsMalwareExecutionState>,
    /// The Timestamp of the last update for the device count in UTC. Not nullable.
    #[graph(non_nullable)]
    pub last_update_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Malware name device count
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsMalwareNameCount")]
pub struct WindowsMalwareNameCount {
    /// Count of devices with malware dectected for this malware. Not nullable.
    #[graph(non_nullable)]
    pub device_count: Option<i32>,
    /// The Timestamp of the last update for the device count in UTC. Not nullable.
    #[graph(non_nullable)]
    pub last_update_date_time: Option<edm::DateTimeOffset>,
    /// The unique identifier. This is malware identifier
    pub malware_identifier: Option<String>,
    /// Malware name
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Windows device malware overview.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsMalwareOverview")]
pub struct WindowsMalwareOverview {
    /// List of device counts per malware category
    pub malware_category_summary: Option<Vec<WindowsMalwareCategoryCount>>,
    /// Count of devices with malware detected in the last 30 days. Not nullable.
    #[graph(non_nullable)]
    pub malware_detected_device_count: Option<i32>,
    /// List of device counts per malware execution state
    pub malware_execution_state_summary: Option<Vec<WindowsMalwareExecutionStateCount>>,
    /// List of device counts per malware
    pub malware_name_summary: Option<Vec<WindowsMalwareNameCount>>,
    /// List of active malware counts per malware severity
    pub malware_severity_summary: Option<Vec<WindowsMalwareSeverityCount>>,
    /// List of device counts per malware state
    pub malware_state_summary: Option<Vec<WindowsMalwareStateCount>>,
    /// List of device counts with malware per windows OS version
    pub os_versions_summary: Option<Vec<OsVersionCount>>,
    /// Count of all distinct malwares detected across all devices. Valid values -2147483648 to
    /// \2147483647. Not nullable.
    #[graph(non_nullable)]
    pub total_distinct_malware_count: Option<i32>,
    /// Count of all malware detections across all devices. Valid values -2147483648 to 2147483647.
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_malware_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Windows Malware Severity Count Summary
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsMalwareSeverityCount")]
pub struct WindowsMalwareSeverityCount {
    /// Count of distinct malwares for this malware State. Valid values -2147483648 to 2147483647.
    /// Not nullable.
    #[graph(non_nullable)]
    pub distinct_malware_count: Option<i32>,
    /// The Timestamp of the last update for the WindowsMalwareSeverityCount in UTC. Not nullable.
    #[graph(non_nullable)]
    pub last_update_date_time: Option<edm::DateTimeOffset>,
    /// Count of threats detections for this malware severity. Valid values -2147483648 to
    /// \2147483647. Not nullable.
    #[graph(non_nullable)]
    pub malware_detection_count: Option<i32>,
    /// Malware Threat Severity. computed. Possible values are: unknown, low, moderate, high,
    /// severe. Not nullable.
    #[graph(non_nullable)]
    pub severity: Option<WindowsMalwareSeverity>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Windows Malware State Summary.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsMalwareStateCount")]
pub struct WindowsMalwareStateCount {
    /// Count of devices with malware detections for this malware State. Not nullable.
    #[graph(non_nullable)]
    pub device_count: Option<i32>,
    /// Count of distinct malwares for this malware State. Valid values -2147483648 to 2147483647.
    /// Not nullable.
    #[graph(non_nullable)]
    pub distinct_malware_count: Option<i32>,
    /// The Timestamp of the last update for the device count in UTC. Not nullable.
    #[graph(non_nullable)]
    pub last_update_date_time: Option<edm::DateTimeOffset>,
    /// Count of total malware detections for this malware State. Valid values -2147483648 to
    /// \2147483647. Not nullable.
    #[graph(non_nullable)]
    pub malware_detection_count: Option<i32>,
    /// Malware Threat State. Possible values are: active, actionFailed, manualStepsRequired,
    /// fullScanRequired, rebootRequired, remediatedWithNonCriticalFailures, quarantined, removed,
    /// cleaned, allowed, noStatusCleared. Defaults to noStatusCleared. Computed. Not nullable.
    #[graph(non_nullable)]
    pub state: Option<WindowsMalwareThreatState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.windowsUpdateActiveHoursInstall",
    complex
)]
pub struct WindowsUpdateActiveHoursInstall {
    /// The inherited properties of `windowsUpdateInstallScheduleType`.
    #[graph(base)]
    pub base: WindowsUpdateInstallScheduleType,
    /// Active Hours End. Not nullable.
    #[graph(non_nullable)]
    pub active_hours_end: Option<edm::TimeOfDay>,
    /// Active Hours Start. Not nullable.
    #[graph(non_nullable)]
    pub active_hours_start: Option<edm::TimeOfDay>,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.windowsUpdateInstallScheduleType",
    abstract
)]
pub struct WindowsUpdateInstallScheduleType {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.windowsUpdateInstallScheduleType`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `WindowsUpdateInstallScheduleType`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "deviceManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyWindowsUpdateInstallScheduleType {
    /// `microsoft.graph.windowsUpdateActiveHoursInstall`.
    WindowsUpdateActiveHoursInstall(WindowsUpdateActiveHoursInstall),
    /// `microsoft.graph.windowsUpdateScheduledInstall`.
    WindowsUpdateScheduledInstall(WindowsUpdateScheduledInstall),
    /// `microsoft.graph.windowsUpdateInstallScheduleType` itself, or a type this build does not declare.
    #[graph(other)]
    Other(WindowsUpdateInstallScheduleType),
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsUpdateScheduledInstall", complex)]
pub struct WindowsUpdateScheduledInstall {
    /// The inherited properties of `windowsUpdateInstallScheduleType`.
    #[graph(base)]
    pub base: WindowsUpdateInstallScheduleType,
    /// Scheduled Install Day in week. Not nullable.
    #[graph(non_nullable)]
    pub scheduled_install_day: Option<WeeklySchedule>,
    /// Scheduled Install Time during day. Not nullable.
    #[graph(non_nullable)]
    pub scheduled_install_time: Option<edm::TimeOfDay>,
}

/// This class contains compliance settings for Android.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.androidCompliancePolicy")]
pub struct AndroidCompliancePolicy {
    /// The inherited properties of `deviceCompliancePolicy`.
    #[graph(base)]
    pub base: DeviceCompliancePolicy,
    /// Require that devices have enabled device threat protection. Not nullable.
    #[graph(non_nullable)]
    pub device_threat_protection_enabled: Option<bool>,
    /// Require Mobile Threat Protection minimum risk level to report noncompliance. Not nullable.
    #[graph(non_nullable)]
    pub device_threat_protection_required_security_level: Option<DeviceThreatProtectionLevel>,
    /// Minimum Android security patch level.
    pub min_android_security_patch_level: Option<String>,
    /// Maximum Android version.
    pub os_maximum_version: Option<String>,
    /// Minimum Android version.
    pub os_minimum_version: Option<String>,
    /// Number of days before the password expires. Valid values 1 to 365
    pub password_expiration_days: Option<i32>,
    /// Minimum password length. Valid values 4 to 16
    pub password_minimum_length: Option<i32>,
    /// Minutes of inactivity before a password is required.
    pub password_minutes_of_inactivity_before_lock: Option<i32>,
    /// Number of previous passwords to block. Valid values 1 to 24
    pub password_previous_password_block_count: Option<i32>,
    /// Require a password to unlock device. Not nullable.
    #[graph(non_nullable)]
    pub password_required: Option<bool>,
    /// Type of characters in password. Not nullable.
    #[graph(non_nullable)]
    pub password_required_type: Option<AndroidRequiredPasswordType>,
    /// Indicates the device should not be rooted. When TRUE, if the device is detected as rooted it
    /// will be reported non-compliant. When FALSE, the device is not reported as non-compliant
    /// regardless of device rooted state. Default is FALSE. Not nullable.
    #[graph(non_nullable)]
    pub security_block_jailbroken_devices: Option<bool>,
    /// Disable USB debugging on Android devices. Not nullable.
    #[graph(non_nullable)]
    pub security_disable_usb_debugging: Option<bool>,
    /// Require that devices disallow installation of apps from unknown sources. Not nullable.
    #[graph(non_nullable)]
    pub security_prevent_install_apps_from_unknown_sources: Option<bool>,
    /// Require the device to pass the Company Portal client app runtime integrity check. Not
    /// nullable.
    #[graph(non_nullable)]
    pub security_require_company_portal_app_integrity: Option<bool>,
    /// Require Google Play Services to be installed and enabled on the device. Not nullable.
    #[graph(non_nullable)]
    pub security_require_google_play_services: Option<bool>,
    /// Require the device to pass the SafetyNet basic integrity check. Not nullable.
    #[graph(non_nullable)]
    pub security_require_safety_net_attestation_basic_integrity: Option<bool>,
    /// Require the device to pass the SafetyNet certified device check. Not nullable.
    #[graph(non_nullable)]
    pub security_require_safety_net_attestation_certified_device: Option<bool>,
    /// Require the device to have up to date security providers. The device will require Google
    /// Play Services to be enabled and up to date. Not nullable.
    #[graph(non_nullable)]
    pub security_require_up_to_date_security_providers: Option<bool>,
    /// Require the Android Verify apps feature is turned on. Not nullable.
    #[graph(non_nullable)]
    pub security_require_verify_apps: Option<bool>,
    /// Require encryption on Android devices. Not nullable.
    #[graph(non_nullable)]
    pub storage_require_encryption: Option<bool>,
}

/// This topic provides descriptions of the declared methods, properties and relationships exposed
/// by the androidCustomConfiguration resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.androidCustomConfiguration")]
pub struct AndroidCustomConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// OMA settings. This collection can contain a maximum of 1000 elements.
    pub oma_settings: Option<Vec<AnyOmaSetting>>,
}

/// This topic provides descriptions of the declared methods, properties and relationships exposed
/// by the androidGeneralDeviceConfiguration resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.androidGeneralDeviceConfiguration")]
pub struct AndroidGeneralDeviceConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Indicates whether or not to block clipboard sharing to copy and paste between applications.
    /// Not nullable.
    #[graph(non_nullable)]
    pub apps_block_clipboard_sharing: Option<bool>,
    /// Indicates whether or not to block copy and paste within applications. Not nullable.
    #[graph(non_nullable)]
    pub apps_block_copy_paste: Option<bool>,
    /// Indicates whether or not to block the YouTube app. Not nullable.
    #[graph(non_nullable)]
    pub apps_block_you_tube: Option<bool>,
    /// List of apps to be hidden on the KNOX device. This collection can contain a maximum of 500
    /// elements.
    pub apps_hide_list: Option<Vec<AppListItem>>,
    /// List of apps which can be installed on the KNOX device. This collection can contain a
    /// maximum of 500 elements.
    pub apps_install_allow_list: Option<Vec<AppListItem>>,
    /// List of apps which are blocked from being launched on the KNOX device. This collection can
    /// contain a maximum of 500 elements.
    pub apps_launch_block_list: Option<Vec<AppListItem>>,
    /// Indicates whether or not to block Bluetooth. Not nullable.
    #[graph(non_nullable)]
    pub bluetooth_blocked: Option<bool>,
    /// Indicates whether or not to block the use of the camera. Not nullable.
    #[graph(non_nullable)]
    pub camera_blocked: Option<bool>,
    /// Indicates whether or not to block data roaming. Not nullable.
    #[graph(non_nullable)]
    pub cellular_block_data_roaming: Option<bool>,
    /// Indicates whether or not to block SMS/MMS messaging. Not nullable.
    #[graph(non_nullable)]
    pub cellular_block_messaging: Option<bool>,
    /// Indicates whether or not to block voice roaming. Not nullable.
    #[graph(non_nullable)]
    pub cellular_block_voice_roaming: Option<bool>,
    /// Indicates whether or not to block syncing Wi-Fi tethering. Not nullable.
    #[graph(non_nullable)]
    pub cellular_block_wi_fi_tethering: Option<bool>,
    /// Type of list that is in the CompliantAppsList. Not nullable.
    #[graph(non_nullable)]
    pub compliant_app_list_type: Option<AppListType>,
    /// List of apps in the compliance (either allow list or block list, controlled by
    /// CompliantAppListType). This collection can contain a maximum of 10000 elements.
    pub compliant_apps_list: Option<Vec<AppListItem>>,
    /// Indicates whether or not to allow device sharing mode. Not nullable.
    #[graph(non_nullable)]
    pub device_sharing_allowed: Option<bool>,
    /// Indicates whether or not to block diagnostic data submission. Not nullable.
    #[graph(non_nullable)]
    pub diagnostic_data_block_submission: Option<bool>,
    /// Indicates whether or not to block user performing a factory reset. Not nullable.
    #[graph(non_nullable)]
    pub factory_reset_blocked: Option<bool>,
    /// Indicates whether or not to block Google account auto sync. Not nullable.
    #[graph(non_nullable)]
    pub google_account_block_auto_sync: Option<bool>,
    /// Indicates whether or not to block the Google Play store. Not nullable.
    #[graph(non_nullable)]
    pub google_play_store_blocked: Option<bool>,
    /// A list of apps that will be allowed to run when the device is in Kiosk Mode. This collection
    /// can contain a maximum of 500 elements.
    pub kiosk_mode_apps: Option<Vec<AppListItem>>,
    /// Indicates whether or not to block the screen sleep button while in Kiosk Mode. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_block_sleep_button: Option<bool>,
    /// Indicates whether or not to block the volume buttons while in Kiosk Mode. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_block_volume_buttons: Option<bool>,
    /// Indicates whether or not to block location services. Not nullable.
    #[graph(non_nullable)]
    pub location_services_blocked: Option<bool>,
    /// Indicates whether or not to block Near-Field Communication. Not nullable.
    #[graph(non_nullable)]
    pub nfc_blocked: Option<bool>,
    /// Indicates whether or not to block fingerprint unlock. Not nullable.
    #[graph(non_nullable)]
    pub password_block_fingerprint_unlock: Option<bool>,
    /// Indicates whether or not to block Smart Lock and other trust agents. Not nullable.
    #[graph(non_nullable)]
    pub password_block_trust_agents: Option<bool>,
    /// Number of days before the password expires. Valid values 1 to 365
    pub password_expiration_days: Option<i32>,
    /// Minimum length of passwords. Valid values 4 to 16
    pub password_minimum_length: Option<i32>,
    /// Minutes of inactivity before the screen times out.
    pub password_minutes_of_inactivity_before_screen_timeout: Option<i32>,
    /// Number of previous passwords to block. Valid values 0 to 24
    pub password_previous_password_block_count: Option<i32>,
    /// Indicates whether or not to require a password. Not nullable.
    #[graph(non_nullable)]
    pub password_required: Option<bool>,
    /// Type of password that is required. Not nullable.
    #[graph(non_nullable)]
    pub password_required_type: Option<AndroidRequiredPasswordType>,
    /// Number of sign in failures allowed before factory reset. Valid values 1 to 16
    pub password_sign_in_failure_count_before_factory_reset: Option<i32>,
    /// Indicates whether or not to block powering off the device. Not nullable.
    #[graph(non_nullable)]
    pub power_off_blocked: Option<bool>,
    /// Indicates whether or not to block screenshots. Not nullable.
    #[graph(non_nullable)]
    pub screen_capture_blocked: Option<bool>,
    /// Require the Android Verify apps feature is turned on. Not nullable.
    #[graph(non_nullable)]
    pub security_require_verify_apps: Option<bool>,
    /// Indicates whether or not to block Google Backup. Not nullable.
    #[graph(non_nullable)]
    pub storage_block_google_backup: Option<bool>,
    /// Indicates whether or not to block removable storage usage. Not nullable.
    #[graph(non_nullable)]
    pub storage_block_removable_storage: Option<bool>,
    /// Indicates whether or not to require device encryption. Not nullable.
    #[graph(non_nullable)]
    pub storage_require_device_encryption: Option<bool>,
    /// Indicates whether or not to require removable storage encryption. Not nullable.
    #[graph(non_nullable)]
    pub storage_require_removable_storage_encryption: Option<bool>,
    /// Indicates whether or not to block the use of the Voice Assistant. Not nullable.
    #[graph(non_nullable)]
    pub voice_assistant_blocked: Option<bool>,
    /// Indicates whether or not to block voice dialing. Not nullable.
    #[graph(non_nullable)]
    pub voice_dialing_blocked: Option<bool>,
    /// Indicates whether or not to block the web browser's auto fill feature. Not nullable.
    #[graph(non_nullable)]
    pub web_browser_block_autofill: Option<bool>,
    /// Indicates whether or not to block the web browser. Not nullable.
    #[graph(non_nullable)]
    pub web_browser_blocked: Option<bool>,
    /// Indicates whether or not to block JavaScript within the web browser. Not nullable.
    #[graph(non_nullable)]
    pub web_browser_block_java_script: Option<bool>,
    /// Indicates whether or not to block popups within the web browser. Not nullable.
    #[graph(non_nullable)]
    pub web_browser_block_popups: Option<bool>,
    /// Cookie settings within the web browser. Not nullable.
    #[graph(non_nullable)]
    pub web_browser_cookie_settings: Option<WebBrowserCookieSettings>,
    /// Indicates whether or not to block syncing Wi-Fi. Not nullable.
    #[graph(non_nullable)]
    pub wi_fi_blocked: Option<bool>,
}

/// This class contains compliance settings for Android Work Profile.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.androidWorkProfileCompliancePolicy")]
pub struct AndroidWorkProfileCompliancePolicy {
    /// The inherited properties of `deviceCompliancePolicy`.
    #[graph(base)]
    pub base: DeviceCompliancePolicy,
    /// Require that devices have enabled device threat protection. Not nullable.
    #[graph(non_nullable)]
    pub device_threat_protection_enabled: Option<bool>,
    /// Require Mobile Threat Protection minimum risk level to report noncompliance. Not nullable.
    #[graph(non_nullable)]
    pub device_threat_protection_required_security_level: Option<DeviceThreatProtectionLevel>,
    /// Minimum Android security patch level.
    pub min_android_security_patch_level: Option<String>,
    /// Maximum Android version.
    pub os_maximum_version: Option<String>,
    /// Minimum Android version.
    pub os_minimum_version: Option<String>,
    /// Number of days before the password expires. Valid values 1 to 365
    pub password_expiration_days: Option<i32>,
    /// Minimum password length. Valid values 4 to 16
    pub password_minimum_length: Option<i32>,
    /// Minutes of inactivity before a password is required.
    pub password_minutes_of_inactivity_before_lock: Option<i32>,
    /// Number of previous passwords to block. Valid values 1 to 24
    pub password_previous_password_block_count: Option<i32>,
    /// Require a password to unlock device. Not nullable.
    #[graph(non_nullable)]
    pub password_required: Option<bool>,
    /// Type of characters in password. Not nullable.
    #[graph(non_nullable)]
    pub password_required_type: Option<AndroidRequiredPasswordType>,
    /// Indicates the device should not be rooted. When TRUE, if the device is detected as rooted it
    /// will be reported non-compliant. When FALSE, the device is not reported as non-compliant
    /// regardless of device rooted state. Default is FALSE. Not nullable.
    #[graph(non_nullable)]
    pub security_block_jailbroken_devices: Option<bool>,
    /// Disable USB debugging on Android devices. Not nullable.
    #[graph(non_nullable)]
    pub security_disable_usb_debugging: Option<bool>,
    /// Require that devices disallow installation of apps from unknown sources. Not nullable.
    #[graph(non_nullable)]
    pub security_prevent_install_apps_from_unknown_sources: Option<bool>,
    /// Require the device to pass the Company Portal client app runtime integrity check. Not
    /// nullable.
    #[graph(non_nullable)]
    pub security_require_company_portal_app_integrity: Option<bool>,
    /// Require Google Play Services to be installed and enabled on the device. Not nullable.
    #[graph(non_nullable)]
    pub security_require_google_play_services: Option<bool>,
    /// Require the device to pass the Play Integrity basic integrity check. Not nullable.
    #[graph(non_nullable)]
    pub security_require_safety_net_attestation_basic_integrity: Option<bool>,
    /// Require the device to pass the Play Integrity device integrity check. Not nullable.
    #[graph(non_nullable)]
    pub security_require_safety_net_attestation_certified_device: Option<bool>,
    /// Require the device to have up to date security providers. The device will require Google
    /// Play Services to be enabled and up to date. Not nullable.
    #[graph(non_nullable)]
    pub security_require_up_to_date_security_providers: Option<bool>,
    /// Require the Android Verify apps feature is turned on. Not nullable.
    #[graph(non_nullable)]
    pub security_require_verify_apps: Option<bool>,
    /// Require encryption on Android devices. Not nullable.
    #[graph(non_nullable)]
    pub storage_require_encryption: Option<bool>,
}

/// Android Work Profile custom configuration
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.androidWorkProfileCustomConfiguration")]
pub struct AndroidWorkProfileCustomConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// OMA settings. This collection can contain a maximum of 500 elements.
    pub oma_settings: Option<Vec<AnyOmaSetting>>,
}

/// Android Work Profile general device configuration.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.androidWorkProfileGeneralDeviceConfiguration")]
pub struct AndroidWorkProfileGeneralDeviceConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Indicates whether or not to block fingerprint unlock. Not nullable.
    #[graph(non_nullable)]
    pub password_block_fingerprint_unlock: Option<bool>,
    /// Indicates whether or not to block Smart Lock and other trust agents. Not nullable.
    #[graph(non_nullable)]
    pub password_block_trust_agents: Option<bool>,
    /// Number of days before the password expires. Valid values 1 to 365
    pub password_expiration_days: Option<i32>,
    /// Minimum length of passwords. Valid values 4 to 16
    pub password_minimum_length: Option<i32>,
    /// Minutes of inactivity before the screen times out.
    pub password_minutes_of_inactivity_before_screen_timeout: Option<i32>,
    /// Number of previous passwords to block. Valid values 0 to 24
    pub password_previous_password_block_count: Option<i32>,
    /// Type of password that is required. Not nullable.
    #[graph(non_nullable)]
    pub password_required_type: Option<AndroidWorkProfileRequiredPasswordType>,
    /// Number of sign in failures allowed before factory reset. Valid values 1 to 16
    pub password_sign_in_failure_count_before_factory_reset: Option<i32>,
    /// Require the Android Verify apps feature is turned on. Not nullable.
    #[graph(non_nullable)]
    pub security_require_verify_apps: Option<bool>,
    /// Block users from adding/removing accounts in work profile. Not nullable.
    #[graph(non_nullable)]
    pub work_profile_block_adding_accounts: Option<bool>,
    /// Block work profile camera. Not nullable.
    #[graph(non_nullable)]
    pub work_profile_block_camera: Option<bool>,
    /// Block display work profile caller ID in personal profile. Not nullable.
    #[graph(non_nullable)]
    pub work_profile_block_cross_profile_caller_id: Option<bool>,
    /// Block work profile contacts availability in personal profile. Not nullable.
    #[graph(non_nullable)]
    pub work_profile_block_cross_profile_contacts_search: Option<bool>,
    /// Boolean that indicates if the setting disallow cross profile copy/paste is enabled. Not
    /// nullable.
    #[graph(non_nullable)]
    pub work_profile_block_cross_profile_copy_paste: Option<bool>,
    /// Indicates whether or not to block notifications while device locked. Not nullable.
    #[graph(non_nullable)]
    pub work_profile_block_notifications_while_device_locked: Option<bool>,
    /// Block screen capture in work profile. Not nullable.
    #[graph(non_nullable)]
    pub work_profile_block_screen_capture: Option<bool>,
    /// Allow bluetooth devices to access enterprise contacts. Not nullable.
    #[graph(non_nullable)]
    pub work_profile_bluetooth_enable_contact_sharing: Option<bool>,
    /// Type of data sharing that is allowed. Not nullable.
    #[graph(non_nullable)]
    pub work_profile_data_sharing_type: Option<AndroidWorkProfileCrossProfileDataSharingType>,
    /// Type of password that is required. Not nullable.
    #[graph(non_nullable)]
    pub work_profile_default_app_permission_policy:
        Option<AndroidWorkProfileDefaultAppPermissionPolicyType>,
    /// Indicates whether or not to block fingerprint unlock for work profile. Not nullable.
    #[graph(non_nullable)]
    pub work_profile_password_block_fingerprint_unlock: Option<bool>,
    /// Indicates whether or not to block Smart Lock and other trust agents for work profile. Not
    /// nullable.
    #[graph(non_nullable)]
    pub work_profile_password_block_trust_agents: Option<bool>,
    /// Number of days before the work profile password expires. Valid values 1 to 365
    pub work_profile_password_expiration_days: Option<i32>,
    /// Minimum length of work profile password. Valid values 4 to 16
    pub work_profile_password_minimum_length: Option<i32>,
    /// Minimum # of letter characters required in work profile password. Valid values 1 to 10
    pub work_profile_password_min_letter_characters: Option<i32>,
    /// Minimum # of lower-case characters required in work profile password. Valid values 1 to 10
    pub work_profile_password_min_lower_case_characters: Option<i32>,
    /// Minimum # of non-letter characters required in work profile password. Valid values 1 to 10
    pub work_profile_password_min_non_letter_characters: Option<i32>,
    /// Minimum # of numeric characters required in work profile password. Valid values 1 to 10
    pub work_profile_password_min_numeric_characters: Option<i32>,
    /// Minimum # of symbols required in work profile password. Valid values 1 to 10
    pub work_profile_password_min_symbol_characters: Option<i32>,
    /// Minimum # of upper-case characters required in work profile password. Valid values 1 to 10
    pub work_profile_password_min_upper_case_characters: Option<i32>,
    /// Minutes of inactivity before the screen times out.
    pub work_profile_password_minutes_of_inactivity_before_screen_timeout: Option<i32>,
    /// Number of previous work profile passwords to block. Valid values 0 to 24
    pub work_profile_password_previous_password_block_count: Option<i32>,
    /// Type of work profile password that is required. Not nullable.
    #[graph(non_nullable)]
    pub work_profile_password_required_type: Option<AndroidWorkProfileRequiredPasswordType>,
    /// Number of sign in failures allowed before work profile is removed and all corporate data
    /// deleted. Valid values 1 to 16
    pub work_profile_password_sign_in_failure_count_before_factory_reset: Option<i32>,
    /// Password is required or not for work profile. Not nullable.
    #[graph(non_nullable)]
    pub work_profile_require_password: Option<bool>,
}

/// Apple device features configuration profile.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.appleDeviceFeaturesConfigurationBase",
    abstract
)]
pub struct AppleDeviceFeaturesConfigurationBase {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
}

/// A `microsoft.graph.appleDeviceFeaturesConfigurationBase`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `AppleDeviceFeaturesConfigurationBase`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "deviceManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAppleDeviceFeaturesConfigurationBase {
    /// `microsoft.graph.iosDeviceFeaturesConfiguration`.
    IosDeviceFeaturesConfiguration(IosDeviceFeaturesConfiguration),
    /// `microsoft.graph.macOSDeviceFeaturesConfiguration`.
    MacOSDeviceFeaturesConfiguration(MacOSDeviceFeaturesConfiguration),
    /// `microsoft.graph.appleDeviceFeaturesConfigurationBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AppleDeviceFeaturesConfigurationBase),
}

/// Apple push notification certificate.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.applePushNotificationCertificate",
    function(name = "downloadApplePushNotificationCertificateSigningRequest", returns = String)
)]
pub struct ApplePushNotificationCertificate {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Apple Id of the account used to create the MDM push certificate.
    pub apple_identifier: Option<String>,
    pub certificate: Option<String>,
    /// Certificate serial number. This property is read-only.
    #[graph(read_only)]
    pub certificate_serial_number: Option<String>,
    /// The reason the certificate upload failed.
    pub certificate_upload_failure_reason: Option<String>,
    /// The certificate upload status.
    pub certificate_upload_status: Option<String>,
    /// The expiration date and time for Apple push notification certificate. Not nullable.
    #[graph(non_nullable)]
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    /// Last modified date and time for Apple push notification certificate. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Topic Id.
    pub topic_identifier: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Entity for AppLogCollectionRequest contains all logs values.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.appLogCollectionRequest",
    action(name = "createDownloadUrl", returns = AppLogCollectionDownloadDetails)
)]
pub struct AppLogCollectionRequest {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Time at which the upload log request reached a completed state if not completed yet NULL
    /// will be returned.
    pub completed_date_time: Option<edm::DateTimeOffset>,
    /// List of log folders.
    pub custom_log_folders: Option<Vec<String>>,
    /// Indicates error message if any during the upload process.
    pub error_message: Option<String>,
    /// Indicates the status for the app log collection request if it is pending, completed or
    /// failed, Default is pending. Not nullable.
    #[graph(non_nullable)]
    pub status: Option<AppLogUploadState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A class containing the properties for Audit Event.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.auditEvent",
    path = "/deviceManagement/auditEvents",
    function(
        name = "getAuditActivityTypes",
        collection,
        parameters = AuditEventCollectionGetAuditActivityTypesParameters,
        returns = Vec<String>
    ),
    function(name = "getAuditCategories", collection, returns = Vec<String>)
)]
pub struct AuditEvent {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Friendly name of the activity.
    pub activity: Option<String>,
    /// The date time in UTC when the activity was performed. Not nullable.
    #[graph(non_nullable)]
    pub activity_date_time: Option<edm::DateTimeOffset>,
    /// The HTTP operation type of the activity.
    pub activity_operation_type: Option<String>,
    /// The result of the activity.
    pub activity_result: Option<String>,
    /// The type of activity that was being performed.
    pub activity_type: Option<String>,
    /// AAD user and application that are associated with the audit event.
    pub actor: Option<AuditActor>,
    /// Audit category.
    pub category: Option<String>,
    /// Component name.
    pub component_name: Option<String>,
    /// The client request Id that is used to correlate activity within the system. Not nullable.
    #[graph(non_nullable)]
    pub correlation_id: Option<edm::Guid>,
    /// Event display name.
    pub display_name: Option<String>,
    /// Resources being modified.
    pub resources: Option<Vec<AuditResource>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `getAuditActivityTypes`, bound to a collection of `auditEvent`,
/// written in its URL.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct AuditEventCollectionGetAuditActivityTypesParameters {
    pub category: Option<String>,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.cloudPcAuditEvent",
    function(name = "getAuditActivityTypes", collection, returns = Vec<String>)
)]
pub struct CloudPcAuditEvent {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub activity: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub activity_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub activity_operation_type: Option<CloudPcAuditActivityOperationType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub activity_result: Option<CloudPcAuditActivityResult>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub activity_type: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub actor: Option<CloudPcAuditActor>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub category: Option<CloudPcAuditCategory>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub component_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub correlation_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resources: Option<Vec<CloudPcAuditResource>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.cloudPcDeviceImage",
    function(name = "getSourceImages", collection, returns = Vec<CloudPcSourceDeviceImage>)
)]
pub struct CloudPcDeviceImage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub error_code: Option<CloudPcDeviceImageErrorCode>,
    pub expiration_date: Option<edm::Date>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub operating_system: Option<String>,
    pub os_build_number: Option<String>,
    pub os_status: Option<CloudPcDeviceImageOsStatus>,
    pub os_version_number: Option<String>,
    #[graph(rename = "sizeInGB")]
    pub size_in_gb: Option<i32>,
    pub source_image_resource_id: Option<String>,
    pub status: Option<CloudPcDeviceImageStatus>,
    pub version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.cloudPcGalleryImage")]
pub struct CloudPcGalleryImage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub end_date: Option<edm::Date>,
    pub expiration_date: Option<edm::Date>,
    pub offer_name: Option<String>,
    pub os_version_number: Option<String>,
    pub publisher_name: Option<String>,
    #[graph(rename = "sizeInGB")]
    pub size_in_gb: Option<i32>,
    pub sku_name: Option<String>,
    pub start_date: Option<edm::Date>,
    pub status: Option<CloudPcGalleryImageStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.cloudPcOnPremisesConnection",
    action = "runHealthChecks",
    action(
        name = "updateAdDomainPassword",
        parameters = CloudPcOnPremisesConnectionUpdateAdDomainPasswordParameters
    )
)]
pub struct CloudPcOnPremisesConnection {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub ad_domain_name: Option<String>,
    pub ad_domain_password: Option<String>,
    pub ad_domain_username: Option<String>,
    pub alternate_resource_url: Option<String>,
    pub connection_type: Option<CloudPcOnPremisesConnectionType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub health_check_paused: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub health_check_status: Option<CloudPcOnPremisesConnectionStatus>,
    pub health_check_status_detail: Option<CloudPcOnPremisesConnectionStatusDetail>,
    pub in_use: Option<bool>,
    pub in_use_by_cloud_pc: Option<bool>,
    pub organizational_unit: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_group_id: Option<String>,
    pub scope_ids: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub subnet_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub subscription_id: Option<String>,
    pub subscription_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub virtual_network_id: Option<String>,
    pub virtual_network_location: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `updateAdDomainPassword`, bound to `cloudPcOnPremisesConnection`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct CloudPcOnPremisesConnectionUpdateAdDomainPasswordParameters {
    pub ad_domain_password: Option<String>,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.cloudPcProvisioningPolicy",
    contains(name = "assignments", target = CloudPcProvisioningPolicyAssignment),
    action(name = "assign", parameters = CloudPcProvisioningPolicyAssignParameters)
)]
pub struct CloudPcProvisioningPolicy {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub alternate_resource_url: Option<String>,
    pub autopatch: Option<CloudPcProvisioningPolicyAutopatch>,
    pub cloud_pc_group_display_name: Option<String>,
    pub cloud_pc_naming_template: Option<String>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub domain_join_configurations: Option<Vec<CloudPcDomainJoinConfiguration>>,
    pub enable_single_sign_on: Option<bool>,
    pub grace_period_in_hours: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub image_display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub image_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub image_type: Option<CloudPcProvisioningPolicyImageType>,
    pub local_admin_enabled: Option<bool>,
    pub microsoft_managed_desktop: Option<MicrosoftManagedDesktop>,
    pub provisioning_type: Option<CloudPcProvisioningType>,
    pub windows_setting: Option<CloudPcWindowsSetting>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignments: Option<Vec<CloudPcProvisioningPolicyAssignment>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `assign`, bound to `cloudPcProvisioningPolicy`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct CloudPcProvisioningPolicyAssignParameters {
    pub assignments: Option<Vec<CloudPcProvisioningPolicyAssignment>>,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.cloudPcProvisioningPolicyAssignment"
)]
pub struct CloudPcProvisioningPolicyAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub target: Option<AnyCloudPcManagementAssignmentTarget>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `users`, `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    #[graph(read_only)]
    pub assigned_users: Option<Vec<User>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.cloudPcReport",
    action(
        name = "retrieveCloudPcRecommendationReports",
        parameters = CloudPcReportRetrieveCloudPcRecommendationReportsParameters,
        returns = response::Media
    )
)]
pub struct CloudPcReport {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `retrieveCloudPcRecommendationReports`, bound to `cloudPcReport`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct CloudPcReportRetrieveCloudPcRecommendationReportsParameters {
    pub report_type: Option<CloudPcRecommendationReportType>,
    pub filter: Option<String>,
    pub select: Option<Vec<String>>,
    pub search: Option<String>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.cloudPcServicePlan")]
pub struct CloudPcServicePlan {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable, rename = "ramInGB")]
    pub ram_in_gb: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable, rename = "storageInGB")]
    pub storage_in_gb: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub v_cpu_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.cloudPcUserSetting",
    contains(name = "assignments", target = CloudPcUserSettingAssignment),
    action(name = "assign", parameters = CloudPcUserSettingAssignParameters)
)]
pub struct CloudPcUserSetting {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub display_name: Option<String>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub local_admin_enabled: Option<bool>,
    pub reset_enabled: Option<bool>,
    pub restore_point_setting: Option<CloudPcRestorePointSetting>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignments: Option<Vec<CloudPcUserSettingAssignment>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `assign`, bound to `cloudPcUserSetting`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct CloudPcUserSettingAssignParameters {
    pub assignments: Option<Vec<CloudPcUserSettingAssignment>>,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.cloudPcUserSettingAssignment"
)]
pub struct CloudPcUserSettingAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub target: Option<AnyCloudPcManagementAssignmentTarget>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Compliance management partner for all platforms
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.complianceManagementPartner",
    path = "/deviceManagement/complianceManagementPartners"
)]
pub struct ComplianceManagementPartner {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// User groups which enroll Android devices through partner.
    pub android_enrollment_assignments: Option<Vec<ComplianceManagementPartnerAssignment>>,
    /// Partner onboarded for Android devices. Not nullable.
    #[graph(non_nullable)]
    pub android_onboarded: Option<bool>,
    /// Partner display name
    pub display_name: Option<String>,
    /// User groups which enroll ios devices through partner.
    pub ios_enrollment_assignments: Option<Vec<ComplianceManagementPartnerAssignment>>,
    /// Partner onboarded for ios devices. Not nullable.
    #[graph(non_nullable)]
    pub ios_onboarded: Option<bool>,
    /// Timestamp of last heartbeat after admin onboarded to the compliance management partner. Not
    /// nullable.
    #[graph(non_nullable)]
    pub last_heartbeat_date_time: Option<edm::DateTimeOffset>,
    /// User groups which enroll Mac devices through partner.
    pub mac_os_enrollment_assignments: Option<Vec<ComplianceManagementPartnerAssignment>>,
    /// Partner onboarded for Mac devices. Not nullable.
    #[graph(non_nullable)]
    pub mac_os_onboarded: Option<bool>,
    /// Partner state of this tenant. Not nullable.
    #[graph(non_nullable)]
    pub partner_state: Option<DeviceManagementPartnerTenantState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A managed or unmanaged app that is installed on a managed device. Unmanaged apps will only
/// appear for devices marked as corporate owned.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.detectedApp",
    path = "/deviceManagement/detectedApps"
)]
pub struct DetectedApp {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The number of devices that have installed this application. Not nullable.
    #[graph(non_nullable)]
    pub device_count: Option<i32>,
    /// Name of the discovered application. Read-only
    pub display_name: Option<String>,
    /// Indicates the operating system / platform of the discovered application. Some possible
    /// values are Windows, iOS, macOS. The default value is unknown (0). Not nullable.
    #[graph(non_nullable)]
    pub platform: Option<DetectedAppPlatformType>,
    /// Indicates the publisher of the discovered application. For example: 'Microsoft'. The default
    /// value is an empty string.
    pub publisher: Option<String>,
    /// Discovered application size in bytes. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub size_in_byte: Option<edm::Int64>,
    /// Version of the discovered application. Read-only
    pub version: Option<String>,
    /// The devices that have the discovered application installed Navigation property: read when
    /// `$expand`ed, never written. Declared with the feature `users`; without, an `$expand`ed value
    /// is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub managed_devices: Option<Vec<ManagedDevice>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The Role Assignment resource. Role assignments tie together a role definition with members and
/// scopes. There can be one or more role assignments per role. This applies to custom and built-in
/// roles.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.deviceAndAppManagementRoleAssignment",
    path = "/deviceManagement/roleAssignments"
)]
pub struct DeviceAndAppManagementRoleAssignment {
    /// The inherited properties of `roleAssignment`.
    #[graph(base)]
    pub base: RoleAssignment,
    /// Indicates the list of role member security group Entra IDs. For example:
    /// {dec942f4-6777-4998-96b4-522e383b08e2}.
    pub members: Option<Vec<String>>,
}

/// The Role Definition resource. The role definition is the foundation of role based access in
/// Intune. The role combines an Intune resource such as a Mobile App and associated role
/// permissions such as Create or Read for the resource. There are two types of roles, built-in and
/// custom. Built-in roles cannot be modified. Both built-in roles and custom roles must have
/// assignments to be enforced. Create custom roles if you want to define a role that allows any of
/// the available resources and role permissions to be combined into a single role.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceAndAppManagementRoleDefinition")]
pub struct DeviceAndAppManagementRoleDefinition {
    /// The inherited properties of `roleDefinition`.
    #[graph(base)]
    pub base: RoleDefinition,
}

/// Device categories provides a way to organize your devices. Using device categories, company
/// administrators can define their own categories that make sense to their company. These
/// categories can then be applied to a device in the Intune Azure console or selected by a user
/// during device enrollment. You can filter reports and create dynamic Azure Active Directory
/// device groups based on device categories.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceCategory",
    path = "/deviceManagement/deviceCategories"
)]
pub struct DeviceCategory {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Optional description for the device category.
    pub description: Option<String>,
    /// Display name for the device category.
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Scheduled Action Configuration
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceComplianceActionItem"
)]
pub struct DeviceComplianceActionItem {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// What action to take. Not nullable.
    #[graph(non_nullable)]
    pub action_type: Option<DeviceComplianceActionType>,
    /// Number of hours to wait till the action will be enforced. Valid values 0 to 8760. Not
    /// nullable.
    #[graph(non_nullable)]
    pub grace_period_hours: Option<i32>,
    /// A list of group IDs to speicify who to CC this notification message to.
    #[graph(rename = "notificationMessageCCList")]
    pub notification_message_cc_list: Option<Vec<String>>,
    /// What notification Message template to use
    pub notification_template_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceComplianceDeviceOverview"
)]
pub struct DeviceComplianceDeviceOverview {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Version of the policy for that overview. Not nullable.
    #[graph(non_nullable)]
    pub configuration_version: Option<i32>,
    /// Number of error devices. Not nullable.
    #[graph(non_nullable)]
    pub error_count: Option<i32>,
    /// Number of failed devices. Not nullable.
    #[graph(non_nullable)]
    pub failed_count: Option<i32>,
    /// Last update time. Not nullable.
    #[graph(non_nullable)]
    pub last_update_date_time: Option<edm::DateTimeOffset>,
    /// Number of not applicable devices. Not nullable.
    #[graph(non_nullable)]
    pub not_applicable_count: Option<i32>,
    /// Number of pending devices. Not nullable.
    #[graph(non_nullable)]
    pub pending_count: Option<i32>,
    /// Number of succeeded devices. Not nullable.
    #[graph(non_nullable)]
    pub success_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceComplianceDeviceStatus"
)]
pub struct DeviceComplianceDeviceStatus {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The DateTime when device compliance grace period expires. Not nullable.
    #[graph(non_nullable)]
    pub compliance_grace_period_expiration_date_time: Option<edm::DateTimeOffset>,
    /// Device name of the DevicePolicyStatus.
    pub device_display_name: Option<String>,
    /// The device model that is being reported
    pub device_model: Option<String>,
    /// Last modified date time of the policy report. Not nullable.
    #[graph(non_nullable)]
    pub last_reported_date_time: Option<edm::DateTimeOffset>,
    /// Compliance status of the policy report. Not nullable.
    #[graph(non_nullable)]
    pub status: Option<ComplianceStatus>,
    /// The User Name that is being reported
    pub user_name: Option<String>,
    /// UserPrincipalName.
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// This is the base class for Compliance policy. Compliance policies are platform specific and
/// individual per-platform compliance policies inherit from here.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceCompliancePolicy",
    path = "/deviceManagement/deviceCompliancePolicies",
    abstract,
    contains(name = "assignments", target = DeviceCompliancePolicyAssignment),
    contains(name = "deviceSettingStateSummaries", target = SettingStateDeviceSummary),
    contains(name = "deviceStatuses", target = DeviceComplianceDeviceStatus),
    contains(name = "deviceStatusOverview", target = DeviceComplianceDeviceOverview, single),
    contains(name = "scheduledActionsForRule", target = DeviceComplianceScheduledActionForRule),
    contains(name = "userStatuses", target = DeviceComplianceUserStatus),
    contains(name = "userStatusOverview", target = DeviceComplianceUserOverview, single),
    action(
        name = "assign",
        parameters = DeviceCompliancePolicyAssignParameters,
        returns = Vec<DeviceCompliancePolicyAssignment>
    ),
    action(
        name = "scheduleActionsForRules",
        parameters = DeviceCompliancePolicyScheduleActionsForRulesParameters
    )
)]
pub struct DeviceCompliancePolicy {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// DateTime the object was created. Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Admin provided description of the Device Configuration.
    pub description: Option<String>,
    /// Admin provided name of the device configuration. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// DateTime the object was last modified. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Version of the device configuration. Not nullable.
    #[graph(non_nullable)]
    pub version: Option<i32>,
    /// The collection of assignments for this compliance policy. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub assignments: Option<Vec<DeviceCompliancePolicyAssignment>>,
    /// Compliance Setting State Device Summary Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub device_setting_state_summaries: Option<Vec<SettingStateDeviceSummary>>,
    /// List of DeviceComplianceDeviceStatus. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub device_statuses: Option<Vec<DeviceComplianceDeviceStatus>>,
    /// Device compliance devices status overview Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub device_status_overview: Option<DeviceComplianceDeviceOverview>,
    /// The list of scheduled action per rule for this compliance policy. This is a required
    /// property when creating any individual per-platform compliance policies. Navigation property:
    /// read when `$expand`ed, never written.
    #[graph(read_only)]
    pub scheduled_actions_for_rule: Option<Vec<DeviceComplianceScheduledActionForRule>>,
    /// List of DeviceComplianceUserStatus. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub user_statuses: Option<Vec<DeviceComplianceUserStatus>>,
    /// Device compliance users status overview Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub user_status_overview: Option<DeviceComplianceUserOverview>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.deviceCompliancePolicy`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `DeviceCompliancePolicy`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDeviceCompliancePolicy {
    /// `microsoft.graph.androidCompliancePolicy`.
    AndroidCompliancePolicy(AndroidCompliancePolicy),
    /// `microsoft.graph.androidWorkProfileCompliancePolicy`.
    AndroidWorkProfileCompliancePolicy(AndroidWorkProfileCompliancePolicy),
    /// `microsoft.graph.iosCompliancePolicy`.
    IosCompliancePolicy(IosCompliancePolicy),
    /// `microsoft.graph.macOSCompliancePolicy`.
    MacOSCompliancePolicy(MacOSCompliancePolicy),
    /// `microsoft.graph.windows10CompliancePolicy`.
    Windows10CompliancePolicy(Windows10CompliancePolicy),
    /// `microsoft.graph.windows10MobileCompliancePolicy`.
    Windows10MobileCompliancePolicy(Windows10MobileCompliancePolicy),
    /// `microsoft.graph.windows81CompliancePolicy`.
    Windows81CompliancePolicy(Windows81CompliancePolicy),
    /// `microsoft.graph.windowsPhone81CompliancePolicy`.
    WindowsPhone81CompliancePolicy(WindowsPhone81CompliancePolicy),
    /// `microsoft.graph.deviceCompliancePolicy` itself, or a type this build does not declare.
    #[graph(other)]
    Other(DeviceCompliancePolicy),
}

/// The body of the action `assign`, bound to `deviceCompliancePolicy`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct DeviceCompliancePolicyAssignParameters {
    pub assignments: Option<Vec<DeviceCompliancePolicyAssignment>>,
}

/// The body of the action `scheduleActionsForRules`, bound to `deviceCompliancePolicy`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct DeviceCompliancePolicyScheduleActionsForRulesParameters {
    pub device_compliance_scheduled_action_for_rules:
        Option<Vec<DeviceComplianceScheduledActionForRule>>,
}

/// Device compliance policy assignment.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceCompliancePolicyAssignment"
)]
pub struct DeviceCompliancePolicyAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Target for the compliance policy assignment.
    pub target: Option<AnyDeviceAndAppManagementAssignmentTarget>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceCompliancePolicyDeviceStateSummary"
)]
pub struct DeviceCompliancePolicyDeviceStateSummary {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Number of compliant devices. Not nullable.
    #[graph(non_nullable)]
    pub compliant_device_count: Option<i32>,
    /// Number of devices that have compliance managed by System Center Configuration Manager. Not
    /// nullable.
    #[graph(non_nullable)]
    pub config_manager_count: Option<i32>,
    /// Number of conflict devices. Not nullable.
    #[graph(non_nullable)]
    pub conflict_device_count: Option<i32>,
    /// Number of error devices. Not nullable.
    #[graph(non_nullable)]
    pub error_device_count: Option<i32>,
    /// Number of devices that are in grace period. Not nullable.
    #[graph(non_nullable)]
    pub in_grace_period_count: Option<i32>,
    /// Number of NonCompliant devices. Not nullable.
    #[graph(non_nullable)]
    pub non_compliant_device_count: Option<i32>,
    /// Number of not applicable devices. Not nullable.
    #[graph(non_nullable)]
    pub not_applicable_device_count: Option<i32>,
    /// Number of remediated devices. Not nullable.
    #[graph(non_nullable)]
    pub remediated_device_count: Option<i32>,
    /// Number of unknown devices. Not nullable.
    #[graph(non_nullable)]
    pub unknown_device_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Device Compilance Policy Setting State summary across the account.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceCompliancePolicySettingStateSummary",
    path = "/deviceManagement/deviceCompliancePolicySettingStateSummaries",
    contains(name = "deviceComplianceSettingStates", target = DeviceComplianceSettingState)
)]
pub struct DeviceCompliancePolicySettingStateSummary {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Number of compliant devices. Not nullable.
    #[graph(non_nullable)]
    pub compliant_device_count: Option<i32>,
    /// Number of conflict devices. Not nullable.
    #[graph(non_nullable)]
    pub conflict_device_count: Option<i32>,
    /// Number of error devices. Not nullable.
    #[graph(non_nullable)]
    pub error_device_count: Option<i32>,
    /// Number of NonCompliant devices. Not nullable.
    #[graph(non_nullable)]
    pub non_compliant_device_count: Option<i32>,
    /// Number of not applicable devices. Not nullable.
    #[graph(non_nullable)]
    pub not_applicable_device_count: Option<i32>,
    /// Setting platform. Not nullable.
    #[graph(non_nullable)]
    pub platform_type: Option<PolicyPlatformType>,
    /// Number of remediated devices. Not nullable.
    #[graph(non_nullable)]
    pub remediated_device_count: Option<i32>,
    /// The setting class name and property name.
    pub setting: Option<String>,
    /// Name of the setting.
    pub setting_name: Option<String>,
    /// Number of unknown devices. Not nullable.
    #[graph(non_nullable)]
    pub unknown_device_count: Option<i32>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub device_compliance_setting_states: Option<Vec<DeviceComplianceSettingState>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Scheduled Action for Rule
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceComplianceScheduledActionForRule",
    contains(name = "scheduledActionConfigurations", target = DeviceComplianceActionItem)
)]
pub struct DeviceComplianceScheduledActionForRule {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Name of the rule which this scheduled action applies to. Currently scheduled actions are
    /// created per policy instead of per rule, thus RuleName is always set to default value
    /// PasswordRequired.
    pub rule_name: Option<String>,
    /// The list of scheduled action configurations for this compliance policy. Compliance policy
    /// must have one and only one block scheduled action. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub scheduled_action_configurations: Option<Vec<DeviceComplianceActionItem>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Device compliance setting State for a given device.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceComplianceSettingState"
)]
pub struct DeviceComplianceSettingState {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The DateTime when device compliance grace period expires. Not nullable.
    #[graph(non_nullable)]
    pub compliance_grace_period_expiration_date_time: Option<edm::DateTimeOffset>,
    /// The Device Id that is being reported
    pub device_id: Option<String>,
    /// The device model that is being reported
    pub device_model: Option<String>,
    /// The Device Name that is being reported
    pub device_name: Option<String>,
    /// The setting class name and property name.
    pub setting: Option<String>,
    /// The Setting Name that is being reported
    pub setting_name: Option<String>,
    /// The compliance state of the setting. Not nullable.
    #[graph(non_nullable)]
    pub state: Option<ComplianceStatus>,
    /// The User email address that is being reported
    pub user_email: Option<String>,
    /// The user Id that is being reported
    pub user_id: Option<String>,
    /// The User Name that is being reported
    pub user_name: Option<String>,
    /// The User PrincipalName that is being reported
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceComplianceUserOverview"
)]
pub struct DeviceComplianceUserOverview {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Version of the policy for that overview. Not nullable.
    #[graph(non_nullable)]
    pub configuration_version: Option<i32>,
    /// Number of error Users. Not nullable.
    #[graph(non_nullable)]
    pub error_count: Option<i32>,
    /// Number of failed Users. Not nullable.
    #[graph(non_nullable)]
    pub failed_count: Option<i32>,
    /// Last update time. Not nullable.
    #[graph(non_nullable)]
    pub last_update_date_time: Option<edm::DateTimeOffset>,
    /// Number of not applicable users. Not nullable.
    #[graph(non_nullable)]
    pub not_applicable_count: Option<i32>,
    /// Number of pending Users. Not nullable.
    #[graph(non_nullable)]
    pub pending_count: Option<i32>,
    /// Number of succeeded Users. Not nullable.
    #[graph(non_nullable)]
    pub success_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceComplianceUserStatus"
)]
pub struct DeviceComplianceUserStatus {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Devices count for that user. Not nullable.
    #[graph(non_nullable)]
    pub devices_count: Option<i32>,
    /// Last modified date time of the policy report. Not nullable.
    #[graph(non_nullable)]
    pub last_reported_date_time: Option<edm::DateTimeOffset>,
    /// Compliance status of the policy report. Not nullable.
    #[graph(non_nullable)]
    pub status: Option<ComplianceStatus>,
    /// User name of the DevicePolicyStatus.
    pub user_display_name: Option<String>,
    /// UserPrincipalName.
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Device Configuration.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations",
    abstract,
    contains(name = "assignments", target = DeviceConfigurationAssignment),
    contains(name = "deviceSettingStateSummaries", target = SettingStateDeviceSummary),
    contains(name = "deviceStatuses", target = DeviceConfigurationDeviceStatus),
    contains(name = "deviceStatusOverview", target = DeviceConfigurationDeviceOverview, single),
    contains(name = "userStatuses", target = DeviceConfigurationUserStatus),
    contains(name = "userStatusOverview", target = DeviceConfigurationUserOverview, single),
    action(
        name = "assign",
        parameters = DeviceConfigurationAssignParameters,
        returns = Vec<DeviceConfigurationAssignment>
    ),
    function(
        name = "getOmaSettingPlainTextValue",
        parameters = DeviceConfigurationGetOmaSettingPlainTextValueParameters,
        returns = String
    )
)]
pub struct DeviceConfiguration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// DateTime the object was created. Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Admin provided description of the Device Configuration.
    pub description: Option<String>,
    /// Admin provided name of the device configuration. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// DateTime the object was last modified. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Version of the device configuration. Not nullable.
    #[graph(non_nullable)]
    pub version: Option<i32>,
    /// The list of assignments for the device configuration profile. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub assignments: Option<Vec<DeviceConfigurationAssignment>>,
    /// Device Configuration Setting State Device Summary Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub device_setting_state_summaries: Option<Vec<SettingStateDeviceSummary>>,
    /// Device configuration installation status by device. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub device_statuses: Option<Vec<DeviceConfigurationDeviceStatus>>,
    /// Device Configuration devices status overview Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub device_status_overview: Option<DeviceConfigurationDeviceOverview>,
    /// Device configuration installation status by user. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub user_statuses: Option<Vec<DeviceConfigurationUserStatus>>,
    /// Device Configuration users status overview Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub user_status_overview: Option<DeviceConfigurationUserOverview>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.deviceConfiguration`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `DeviceConfiguration`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDeviceConfiguration {
    /// `microsoft.graph.androidCustomConfiguration`.
    AndroidCustomConfiguration(AndroidCustomConfiguration),
    /// `microsoft.graph.androidGeneralDeviceConfiguration`.
    AndroidGeneralDeviceConfiguration(AndroidGeneralDeviceConfiguration),
    /// `microsoft.graph.androidWorkProfileCustomConfiguration`.
    AndroidWorkProfileCustomConfiguration(AndroidWorkProfileCustomConfiguration),
    /// `microsoft.graph.androidWorkProfileGeneralDeviceConfiguration`.
    AndroidWorkProfileGeneralDeviceConfiguration(AndroidWorkProfileGeneralDeviceConfiguration),
    /// `microsoft.graph.iosDeviceFeaturesConfiguration`.
    IosDeviceFeaturesConfiguration(IosDeviceFeaturesConfiguration),
    /// `microsoft.graph.macOSDeviceFeaturesConfiguration`.
    MacOSDeviceFeaturesConfiguration(MacOSDeviceFeaturesConfiguration),
    /// `microsoft.graph.editionUpgradeConfiguration`.
    EditionUpgradeConfiguration(EditionUpgradeConfiguration),
    /// `microsoft.graph.iosCustomConfiguration`.
    IosCustomConfiguration(IosCustomConfiguration),
    /// `microsoft.graph.iosGeneralDeviceConfiguration`.
    IosGeneralDeviceConfiguration(IosGeneralDeviceConfiguration),
    /// `microsoft.graph.iosUpdateConfiguration`.
    IosUpdateConfiguration(IosUpdateConfiguration),
    /// `microsoft.graph.macOSCustomConfiguration`.
    MacOSCustomConfiguration(MacOSCustomConfiguration),
    /// `microsoft.graph.macOSGeneralDeviceConfiguration`.
    MacOSGeneralDeviceConfiguration(MacOSGeneralDeviceConfiguration),
    /// `microsoft.graph.sharedPCConfiguration`.
    SharedPCConfiguration(SharedPCConfiguration),
    /// `microsoft.graph.windows10CustomConfiguration`.
    Windows10CustomConfiguration(Windows10CustomConfiguration),
    /// `microsoft.graph.windows10EndpointProtectionConfiguration`.
    Windows10EndpointProtectionConfiguration(Windows10EndpointProtectionConfiguration),
    /// `microsoft.graph.windows10EnterpriseModernAppManagementConfiguration`.
    Windows10EnterpriseModernAppManagementConfiguration(
        Windows10EnterpriseModernAppManagementConfiguration,
    ),
    /// `microsoft.graph.windows10GeneralConfiguration`.
    Windows10GeneralConfiguration(Windows10GeneralConfiguration),
    /// `microsoft.graph.windows10SecureAssessmentConfiguration`.
    Windows10SecureAssessmentConfiguration(Windows10SecureAssessmentConfiguration),
    /// `microsoft.graph.windows10TeamGeneralConfiguration`.
    Windows10TeamGeneralConfiguration(Windows10TeamGeneralConfiguration),
    /// `microsoft.graph.windows81GeneralConfiguration`.
    Windows81GeneralConfiguration(Windows81GeneralConfiguration),
    /// `microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration`.
    WindowsDefenderAdvancedThreatProtectionConfiguration(
        WindowsDefenderAdvancedThreatProtectionConfiguration,
    ),
    /// `microsoft.graph.windowsPhone81CustomConfiguration`.
    WindowsPhone81CustomConfiguration(WindowsPhone81CustomConfiguration),
    /// `microsoft.graph.windowsPhone81GeneralConfiguration`.
    WindowsPhone81GeneralConfiguration(WindowsPhone81GeneralConfiguration),
    /// `microsoft.graph.windowsUpdateForBusinessConfiguration`.
    WindowsUpdateForBusinessConfiguration(WindowsUpdateForBusinessConfiguration),
    /// `microsoft.graph.deviceConfiguration` itself, or a type this build does not declare.
    #[graph(other)]
    Other(DeviceConfiguration),
}

/// The body of the action `assign`, bound to `deviceConfiguration`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct DeviceConfigurationAssignParameters {
    pub assignments: Option<Vec<DeviceConfigurationAssignment>>,
}

/// The arguments of the function `getOmaSettingPlainTextValue`, bound to `deviceConfiguration`,
/// written in its URL.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceConfigurationGetOmaSettingPlainTextValueParameters {
    pub secret_reference_value_id: Option<String>,
}

/// The device configuration assignment entity assigns an AAD group to a specific device
/// configuration.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceConfigurationAssignment"
)]
pub struct DeviceConfigurationAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The assignment target for the device configuration.
    pub target: Option<AnyDeviceAndAppManagementAssignmentTarget>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceConfigurationDeviceOverview"
)]
pub struct DeviceConfigurationDeviceOverview {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Version of the policy for that overview. Not nullable.
    #[graph(non_nullable)]
    pub configuration_version: Option<i32>,
    /// Number of error devices. Not nullable.
    #[graph(non_nullable)]
    pub error_count: Option<i32>,
    /// Number of failed devices. Not nullable.
    #[graph(non_nullable)]
    pub failed_count: Option<i32>,
    /// Last update time. Not nullable.
    #[graph(non_nullable)]
    pub last_update_date_time: Option<edm::DateTimeOffset>,
    /// Number of not applicable devices. Not nullable.
    #[graph(non_nullable)]
    pub not_applicable_count: Option<i32>,
    /// Number of pending devices. Not nullable.
    #[graph(non_nullable)]
    pub pending_count: Option<i32>,
    /// Number of succeeded devices. Not nullable.
    #[graph(non_nullable)]
    pub success_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceConfigurationDeviceStateSummary"
)]
pub struct DeviceConfigurationDeviceStateSummary {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Number of compliant devices. Not nullable.
    #[graph(non_nullable)]
    pub compliant_device_count: Option<i32>,
    /// Number of conflict devices. Not nullable.
    #[graph(non_nullable)]
    pub conflict_device_count: Option<i32>,
    /// Number of error devices. Not nullable.
    #[graph(non_nullable)]
    pub error_device_count: Option<i32>,
    /// Number of NonCompliant devices. Not nullable.
    #[graph(non_nullable)]
    pub non_compliant_device_count: Option<i32>,
    /// Number of not applicable devices. Not nullable.
    #[graph(non_nullable)]
    pub not_applicable_device_count: Option<i32>,
    /// Number of remediated devices. Not nullable.
    #[graph(non_nullable)]
    pub remediated_device_count: Option<i32>,
    /// Number of unknown devices. Not nullable.
    #[graph(non_nullable)]
    pub unknown_device_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Support for this Entity is being deprecated starting May 2026 & will no longer be supported.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceConfigurationDeviceStatus"
)]
pub struct DeviceConfigurationDeviceStatus {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The DateTime when device compliance grace period expires. Not nullable.
    #[graph(non_nullable)]
    pub compliance_grace_period_expiration_date_time: Option<edm::DateTimeOffset>,
    /// Device name of the DevicePolicyStatus.
    pub device_display_name: Option<String>,
    /// The device model that is being reported
    pub device_model: Option<String>,
    /// Last modified date time of the policy report. Not nullable.
    #[graph(non_nullable)]
    pub last_reported_date_time: Option<edm::DateTimeOffset>,
    /// Compliance status of the policy report. Not nullable.
    #[graph(non_nullable)]
    pub status: Option<ComplianceStatus>,
    /// The User Name that is being reported
    pub user_name: Option<String>,
    /// UserPrincipalName.
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceConfigurationUserOverview"
)]
pub struct DeviceConfigurationUserOverview {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Version of the policy for that overview. Not nullable.
    #[graph(non_nullable)]
    pub configuration_version: Option<i32>,
    /// Number of error Users. Not nullable.
    #[graph(non_nullable)]
    pub error_count: Option<i32>,
    /// Number of failed Users. Not nullable.
    #[graph(non_nullable)]
    pub failed_count: Option<i32>,
    /// Last update time. Not nullable.
    #[graph(non_nullable)]
    pub last_update_date_time: Option<edm::DateTimeOffset>,
    /// Number of not applicable users. Not nullable.
    #[graph(non_nullable)]
    pub not_applicable_count: Option<i32>,
    /// Number of pending Users. Not nullable.
    #[graph(non_nullable)]
    pub pending_count: Option<i32>,
    /// Number of succeeded Users. Not nullable.
    #[graph(non_nullable)]
    pub success_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceConfigurationUserStatus"
)]
pub struct DeviceConfigurationUserStatus {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Devices count for that user. Not nullable.
    #[graph(non_nullable)]
    pub devices_count: Option<i32>,
    /// Last modified date time of the policy report. Not nullable.
    #[graph(non_nullable)]
    pub last_reported_date_time: Option<edm::DateTimeOffset>,
    /// Compliance status of the policy report. Not nullable.
    #[graph(non_nullable)]
    pub status: Option<ComplianceStatus>,
    /// User name of the DevicePolicyStatus.
    pub user_display_name: Option<String>,
    /// UserPrincipalName.
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The Base Class of Device Enrollment Configuration
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceEnrollmentConfiguration",
    path = "/deviceManagement/deviceEnrollmentConfigurations",
    abstract,
    contains(name = "assignments", target = EnrollmentConfigurationAssignment),
    action(name = "assign", parameters = DeviceEnrollmentConfigurationAssignParameters),
    action(name = "setPriority", parameters = DeviceEnrollmentConfigurationSetPriorityParameters)
)]
pub struct DeviceEnrollmentConfiguration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Created date time in UTC of the device enrollment configuration. Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// The description of the device enrollment configuration
    pub description: Option<String>,
    /// The display name of the device enrollment configuration
    pub display_name: Option<String>,
    /// Last modified date time in UTC of the device enrollment configuration. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Priority is used when a user exists in multiple groups that are assigned enrollment
    /// configuration. Users are subject only to the configuration with the lowest priority value.
    /// Not nullable.
    #[graph(non_nullable)]
    pub priority: Option<i32>,
    /// The version of the device enrollment configuration. Not nullable.
    #[graph(non_nullable)]
    pub version: Option<i32>,
    /// The list of group assignments for the device configuration profile Navigation property: read
    /// when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignments: Option<Vec<EnrollmentConfigurationAssignment>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.deviceEnrollmentConfiguration`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `DeviceEnrollmentConfiguration`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDeviceEnrollmentConfiguration {
    /// `microsoft.graph.deviceEnrollmentLimitConfiguration`.
    DeviceEnrollmentLimitConfiguration(DeviceEnrollmentLimitConfiguration),
    /// `microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration`.
    DeviceEnrollmentPlatformRestrictionsConfiguration(
        DeviceEnrollmentPlatformRestrictionsConfiguration,
    ),
    /// `microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration`.
    DeviceEnrollmentWindowsHelloForBusinessConfiguration(
        DeviceEnrollmentWindowsHelloForBusinessConfiguration,
    ),
    /// `microsoft.graph.windows10EnrollmentCompletionPageConfiguration`.
    Windows10EnrollmentCompletionPageConfiguration(Windows10EnrollmentCompletionPageConfiguration),
    /// `microsoft.graph.deviceEnrollmentConfiguration` itself, or a type this build does not declare.
    #[graph(other)]
    Other(DeviceEnrollmentConfiguration),
}

/// The body of the action `assign`, bound to `deviceEnrollmentConfiguration`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct DeviceEnrollmentConfigurationAssignParameters {
    pub enrollment_configuration_assignments: Option<Vec<EnrollmentConfigurationAssignment>>,
}

/// The body of the action `setPriority`, bound to `deviceEnrollmentConfiguration`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceEnrollmentConfigurationSetPriorityParameters {
    pub priority: i32,
}

/// Device Enrollment Configuration that restricts the number of devices a user can enroll
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceEnrollmentLimitConfiguration")]
pub struct DeviceEnrollmentLimitConfiguration {
    /// The inherited properties of `deviceEnrollmentConfiguration`.
    #[graph(base)]
    pub base: DeviceEnrollmentConfiguration,
    /// The maximum number of devices that a user can enroll. Not nullable.
    #[graph(non_nullable)]
    pub limit: Option<i32>,
}

/// Default Device Enrollment Platform Restrictions Configuration that restricts the types of
/// devices a user can enroll
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration")]
pub struct DeviceEnrollmentPlatformRestrictionsConfiguration {
    /// The inherited properties of `deviceEnrollmentConfiguration`.
    #[graph(base)]
    pub base: DeviceEnrollmentConfiguration,
    /// Indicates restrictions for Android platform.
    pub android_restriction: Option<DeviceEnrollmentPlatformRestriction>,
    /// Indicates restrictions for IOS platform.
    pub ios_restriction: Option<DeviceEnrollmentPlatformRestriction>,
    /// Indicates restrictions for MacOS platform.
    #[graph(rename = "macOSRestriction")]
    pub mac_os_restriction: Option<DeviceEnrollmentPlatformRestriction>,
    /// Indicates restrictions for Windows Mobile platform.
    pub windows_mobile_restriction: Option<DeviceEnrollmentPlatformRestriction>,
    /// Indicates restrictions for Windows platform.
    pub windows_restriction: Option<DeviceEnrollmentPlatformRestriction>,
}

/// Windows Hello for Business settings lets users access their devices using a gesture, such as
/// biometric authentication, or a PIN. Configure settings for enrolled Windows 10, Windows 10
/// Mobile and later.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration")]
pub struct DeviceEnrollmentWindowsHelloForBusinessConfiguration {
    /// The inherited properties of `deviceEnrollmentConfiguration`.
    #[graph(base)]
    pub base: DeviceEnrollmentConfiguration,
    /// Controls the ability to use the anti-spoofing features for facial recognition on devices
    /// which support it. If set to disabled, anti-spoofing features are not allowed. If set to Not
    /// Configured, the user can choose whether they want to use anti-spoofing. Not nullable.
    #[graph(non_nullable)]
    pub enhanced_biometrics_state: Option<Enablement>,
    /// Controls the period of time (in days) that a PIN can be used before the system requires the
    /// user to change it. This must be set between 0 and 730, inclusive. If set to 0, the user's
    /// PIN will never expire. Not nullable.
    #[graph(non_nullable)]
    pub pin_expiration_in_days: Option<i32>,
    /// Controls the ability to use lowercase letters in the Windows Hello for Business PIN. Allowed
    /// permits the use of lowercase letter(s), whereas Required ensures they are present. If set to
    /// Not Allowed, lowercase letters will not be permitted. Not nullable.
    #[graph(non_nullable)]
    pub pin_lowercase_characters_usage: Option<WindowsHelloForBusinessPinUsage>,
    /// Controls the maximum number of characters allowed for the Windows Hello for Business PIN.
    /// This value must be between 4 and 127, inclusive. This value must be greater than or equal to
    /// the value set for the minimum PIN. Not nullable.
    #[graph(non_nullable)]
    pub pin_maximum_length: Option<i32>,
    /// Controls the minimum number of characters required for the Windows Hello for Business PIN.
    /// This value must be between 4 and 127, inclusive, and less than or equal to the value set for
    /// the maximum PIN. Not nullable.
    #[graph(non_nullable)]
    pub pin_minimum_length: Option<i32>,
    /// Controls the ability to prevent users from using past PINs. This must be set between 0 and
    /// 50, inclusive, and the current PIN of the user is included in that count. If set to 0,
    /// previous PINs are not stored. PIN history is not preserved through a PIN reset. Not
    /// nullable.
    #[graph(non_nullable)]
    pub pin_previous_block_count: Option<i32>,
    /// Controls the ability to use special characters in the Windows Hello for Business PIN.
    /// Allowed permits the use of special character(s), whereas Required ensures they are present.
    /// If set to Not Allowed, special character(s) will not be permitted. Not nullable.
    #[graph(non_nullable)]
    pub pin_special_characters_usage: Option<WindowsHelloForBusinessPinUsage>,
    /// Controls the ability to use uppercase letters in the Windows Hello for Business PIN. Allowed
    /// permits the use of uppercase letter(s), whereas Required ensures they are present. If set to
    /// Not Allowed, uppercase letters will not be permitted. Not nullable.
    #[graph(non_nullable)]
    pub pin_uppercase_characters_usage: Option<WindowsHelloForBusinessPinUsage>,
    /// Controls the use of Remote Windows Hello for Business. Remote Windows Hello for Business
    /// provides the ability for a portable, registered device to be usable as a companion for
    /// desktop authentication. The desktop must be Azure AD joined and the companion device must
    /// have a Windows Hello for Business PIN. Not nullable.
    #[graph(non_nullable)]
    pub remote_passport_enabled: Option<bool>,
    /// Controls whether to require a Trusted Platform Module (TPM) for provisioning Windows Hello
    /// for Business. A TPM provides an additional security benefit in that data stored on it cannot
    /// be used on other devices. If set to False, all devices can provision Windows Hello for
    /// Business even if there is not a usable TPM. Not nullable.
    #[graph(non_nullable)]
    pub security_device_required: Option<bool>,
    /// Controls whether to allow the device to be configured for Windows Hello for Business. If set
    /// to disabled, the user cannot provision Windows Hello for Business except on Azure Active
    /// Directory joined mobile phones if otherwise required. If set to Not Configured, Intune will
    /// not override client defaults. Not nullable.
    #[graph(non_nullable)]
    pub state: Option<Enablement>,
    /// Controls the use of biometric gestures, such as face and fingerprint, as an alternative to
    /// the Windows Hello for Business PIN. If set to False, biometric gestures are not allowed.
    /// Users must still configure a PIN as a backup in case of failures. Not nullable.
    #[graph(non_nullable)]
    pub unlock_with_biometrics_enabled: Option<bool>,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceManagement",
    singleton = "/deviceManagement",
    contains(
        name = "applePushNotificationCertificate",
        target = ApplePushNotificationCertificate,
        single
    ),
    contains(name = "auditEvents", target = AuditEvent),
    contains(name = "complianceManagementPartners", target = ComplianceManagementPartner),
    contains(
        name = "conditionalAccessSettings",
        target = OnPremisesConditionalAccessSettings,
        single
    ),
    contains(name = "detectedApps", target = DetectedApp),
    contains(name = "deviceCategories", target = DeviceCategory),
    contains(name = "deviceCompliancePolicies", target = DeviceCompliancePolicy),
    contains(
        name = "deviceCompliancePolicyDeviceStateSummary",
        target = DeviceCompliancePolicyDeviceStateSummary,
        single
    ),
    contains(
        name = "deviceCompliancePolicySettingStateSummaries",
        target = DeviceCompliancePolicySettingStateSummary
    ),
    contains(
        name = "deviceConfigurationDeviceStateSummaries",
        target = DeviceConfigurationDeviceStateSummary,
        single
    ),
    contains(name = "deviceConfigurations", target = DeviceConfiguration),
    contains(name = "deviceEnrollmentConfigurations", target = DeviceEnrollmentConfiguration),
    contains(name = "deviceManagementPartners", target = DeviceManagementPartner),
    contains(name = "exchangeConnectors", target = DeviceManagementExchangeConnector),
    contains(
        name = "importedWindowsAutopilotDeviceIdentities",
        target = ImportedWindowsAutopilotDeviceIdentity
    ),
    contains(name = "iosUpdateStatuses", target = IosUpdateDeviceStatus),
    contains(name = "mobileAppTroubleshootingEvents", target = MobileAppTroubleshootingEvent),
    contains(name = "mobileThreatDefenseConnectors", target = MobileThreatDefenseConnector),
    contains(name = "notificationMessageTemplates", target = NotificationMessageTemplate),
    contains(name = "remoteAssistancePartners", target = RemoteAssistancePartner),
    contains(name = "reports", target = DeviceManagementReports, single),
    contains(name = "resourceOperations", target = ResourceOperation),
    contains(name = "roleAssignments", target = DeviceAndAppManagementRoleAssignment),
    contains(name = "roleDefinitions", target = RoleDefinition),
    contains(name = "termsAndConditions", target = TermsAndConditions),
    contains(
        name = "userExperienceAnalyticsAppHealthApplicationPerformance",
        target = UserExperienceAnalyticsAppHealthApplicationPerformance
    ),
    contains(
        name = "userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersionDetails",
        target = UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails
    ),
    contains(
        name = "userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersionDeviceId",
        target = UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId
    ),
    contains(
        name = "userExperienceAnalyticsAppHealthApplicationPerformanceByOSVersion",
        target = UserExperienceAnalyticsAppHealthAppPerformanceByOSVersion
    ),
    contains(
        name = "userExperienceAnalyticsAppHealthDeviceModelPerformance",
        target = UserExperienceAnalyticsAppHealthDeviceModelPerformance
    ),
    contains(
        name = "userExperienceAnalyticsAppHealthDevicePerformance",
        target = UserExperienceAnalyticsAppHealthDevicePerformance
    ),
    contains(
        name = "userExperienceAnalyticsAppHealthDevicePerformanceDetails",
        target = UserExperienceAnalyticsAppHealthDevicePerformanceDetails
    ),
    contains(
        name = "userExperienceAnalyticsAppHealthOSVersionPerformance",
        target = UserExperienceAnalyticsAppHealthOSVersionPerformance
    ),
    contains(
        name = "userExperienceAnalyticsAppHealthOverview",
        target = UserExperienceAnalyticsCategory,
        single
    ),
    contains(name = "userExperienceAnalyticsBaselines", target = UserExperienceAnalyticsBaseline),
    contains(name = "userExperienceAnalyticsCategories", target = UserExperienceAnalyticsCategory),
    contains(
        name = "userExperienceAnalyticsDevicePerformance",
        target = UserExperienceAnalyticsDevicePerformance
    ),
    contains(
        name = "userExperienceAnalyticsDeviceScores",
        target = UserExperienceAnalyticsDeviceScores
    ),
    contains(
        name = "userExperienceAnalyticsDeviceStartupHistory",
        target = UserExperienceAnalyticsDeviceStartupHistory
    ),
    contains(
        name = "userExperienceAnalyticsDeviceStartupProcesses",
        target = UserExperienceAnalyticsDeviceStartupProcess
    ),
    contains(
        name = "userExperienceAnalyticsDeviceStartupProcessPerformance",
        target = UserExperienceAnalyticsDeviceStartupProcessPerformance
    ),
    contains(
        name = "userExperienceAnalyticsMetricHistory",
        target = UserExperienceAnalyticsMetricHistory
    ),
    contains(
        name = "userExperienceAnalyticsModelScores",
        target = UserExperienceAnalyticsModelScores
    ),
    contains(
        name = "userExperienceAnalyticsOverview",
        target = UserExperienceAnalyticsOverview,
        single
    ),
    contains(
        name = "userExperienceAnalyticsScoreHistory",
        target = UserExperienceAnalyticsScoreHistory
    ),
    contains(
        name = "userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric",
        target = UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric,
        single
    ),
    contains(
        name = "userExperienceAnalyticsWorkFromAnywhereMetrics",
        target = UserExperienceAnalyticsWorkFromAnywhereMetric
    ),
    contains(
        name = "userExperienceAnalyticsWorkFromAnywhereModelPerformance",
        target = UserExperienceAnalyticsWorkFromAnywhereModelPerformance
    ),
    contains(name = "virtualEndpoint", target = VirtualEndpoint, single),
    contains(name = "windowsAutopilotDeviceIdentities", target = WindowsAutopilotDeviceIdentity),
    contains(
        name = "windowsInformationProtectionAppLearningSummaries",
        target = WindowsInformationProtectionAppLearningSummary
    ),
    contains(
        name = "windowsInformationProtectionNetworkLearningSummaries",
        target = WindowsInformationProtectionNetworkLearningSummary
    ),
    contains(name = "windowsMalwareInformation", target = WindowsMalwareInformation),
    function(
        name = "getEffectivePermissions",
        parameters = DeviceManagementGetEffectivePermissionsParameters,
        returns = Vec<RolePermission>
    ),
    function(
        name = "userExperienceAnalyticsSummarizeWorkFromAnywhereDevices",
        returns = UserExperienceAnalyticsWorkFromAnywhereDevicesSummary
    ),
    function(
        name = "verifyWindowsEnrollmentAutoDiscovery",
        parameters = DeviceManagementVerifyWindowsEnrollmentAutoDiscoveryParameters,
        returns = bool
    )
)]
#[cfg_attr(feature = "users", graph(contains(name = "managedDevices", target = ManagedDevice)))]
#[cfg_attr(feature = "users", graph(contains(name = "troubleshootingEvents", target = DeviceManagementTroubleshootingEvent)))]
pub struct DeviceManagement {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Device protection overview.
    pub device_protection_overview: Option<DeviceProtectionOverview>,
    /// Intune Account Id for given tenant. Not nullable.
    #[graph(non_nullable)]
    pub intune_account_id: Option<edm::Guid>,
    /// intuneBrand contains data which is used in customizing the appearance of the Company Portal
    /// applications as well as the end user web portal.
    pub intune_brand: Option<IntuneBrand>,
    /// Account level settings.
    pub settings: Option<DeviceManagementSettings>,
    /// Tenant mobile device management subscription state. Not nullable.
    #[graph(non_nullable)]
    pub subscription_state: Option<DeviceManagementSubscriptionState>,
    /// User experience analytics device settings
    pub user_experience_analytics_settings: Option<UserExperienceAnalyticsSettings>,
    /// Malware overview for windows devices.
    pub windows_malware_overview: Option<WindowsMalwareOverview>,
    /// Apple push notification certificate. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub apple_push_notification_certificate: Option<ApplePushNotificationCertificate>,
    /// The Audit Events Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub audit_events: Option<Vec<AuditEvent>>,
    /// The list of Compliance Management Partners configured by the tenant. Navigation property:
    /// read when `$expand`ed, never written.
    #[graph(read_only)]
    pub compliance_management_partners: Option<Vec<ComplianceManagementPartner>>,
    /// The Exchange on premises conditional access settings. On premises conditional access will
    /// require devices to be both enrolled and compliant for mail access Navigation property: read
    /// when `$expand`ed, never written.
    #[graph(read_only)]
    pub conditional_access_settings: Option<OnPremisesConditionalAccessSettings>,
    /// The list of detected apps associated with a device. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub detected_apps: Option<Vec<DetectedApp>>,
    /// The list of device categories with the tenant. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub device_categories: Option<Vec<DeviceCategory>>,
    /// The device compliance policies. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub device_compliance_policies: Option<Vec<AnyDeviceCompliancePolicy>>,
    /// The device compliance state summary for this account. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub device_compliance_policy_device_state_summary:
        Option<DeviceCompliancePolicyDeviceStateSummary>,
    /// The summary states of compliance policy settings for this account. Navigation property: read
    /// when `$expand`ed, never written.
    #[graph(read_only)]
    pub device_compliance_policy_setting_state_summaries:
        Option<Vec<DeviceCompliancePolicySettingStateSummary>>,
    /// The device configuration device state summary for this account. Navigation property: read
    /// when `$expand`ed, never written.
    #[graph(read_only)]
    pub device_configuration_device_state_summaries: Option<DeviceConfigurationDeviceStateSummary>,
    /// The device configurations. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub device_configurations: Option<Vec<AnyDeviceConfiguration>>,
    /// The list of device enrollment configurations Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub device_enrollment_configurations: Option<Vec<AnyDeviceEnrollmentConfiguration>>,
    /// The list of Device Management Partners configured by the tenant. Navigation property: read
    /// when `$expand`ed, never written.
    #[graph(read_only)]
    pub device_management_partners: Option<Vec<DeviceManagementPartner>>,
    /// The list of Exchange Connectors configured by the tenant. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub exchange_connectors: Option<Vec<DeviceManagementExchangeConnector>>,
    /// Collection of imported Windows autopilot devices. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub imported_windows_autopilot_device_identities:
        Option<Vec<ImportedWindowsAutopilotDeviceIdentity>>,
    /// The IOS software update installation statuses for this account. Navigation property: read
    /// when `$expand`ed, never written.
    #[graph(read_only)]
    pub ios_update_statuses: Option<Vec<IosUpdateDeviceStatus>>,
    /// Device overview Navigation property: read when `$expand`ed, never written. Declared with the
    /// feature `other`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub managed_device_overview: Option<ManagedDeviceOverview>,
    /// The list of managed devices. Navigation property: read when `$expand`ed, never written.
    /// Declared with the feature `users`; without, an `$expand`ed value is kept in
    /// `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub managed_devices: Option<Vec<ManagedDevice>>,
    /// The collection property of MobileAppTroubleshootingEvent. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub mobile_app_troubleshooting_events: Option<Vec<MobileAppTroubleshootingEvent>>,
    /// The list of Mobile threat Defense connectors configured by the tenant. Navigation property:
    /// read when `$expand`ed, never written.
    #[graph(read_only)]
    pub mobile_threat_defense_connectors: Option<Vec<MobileThreatDefenseConnector>>,
    /// The Notification Message Templates. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub notification_message_templates: Option<Vec<NotificationMessageTemplate>>,
    /// The remote assist partners. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub remote_assistance_partners: Option<Vec<RemoteAssistancePartner>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub reports: Option<DeviceManagementReports>,
    /// The Resource Operations. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource_operations: Option<Vec<ResourceOperation>>,
    /// The Role Assignments. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role_assignments: Option<Vec<DeviceAndAppManagementRoleAssignment>>,
    /// The Role Definitions. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role_definitions: Option<Vec<RoleDefinition>>,
    /// The software update status summary. Navigation property: read when `$expand`ed, never
    /// written. Declared with the feature `other`; without, an `$expand`ed value is kept in
    /// `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub software_update_status_summary: Option<SoftwareUpdateStatusSummary>,
    /// The terms and conditions associated with device management of the company. Navigation
    /// property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub terms_and_conditions: Option<Vec<TermsAndConditions>>,
    /// The list of troubleshooting events for the tenant. Navigation property: read when
    /// `$expand`ed, never written. Declared with the feature `users`; without, an `$expand`ed value
    /// is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub troubleshooting_events: Option<Vec<AnyDeviceManagementTroubleshootingEvent>>,
    /// User experience analytics appHealth Application Performance Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub user_experience_analytics_app_health_application_performance:
        Option<Vec<UserExperienceAnalyticsAppHealthApplicationPerformance>>,
    /// User experience analytics appHealth Application Performance by App Version details
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_experience_analytics_app_health_application_performance_by_app_version_details:
        Option<Vec<UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails>>,
    /// User experience analytics appHealth Application Performance by App Version Device Id
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_experience_analytics_app_health_application_performance_by_app_version_device_id:
        Option<Vec<UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId>>,
    /// User experience analytics appHealth Application Performance by OS Version Navigation
    /// property: read when `$expand`ed, never written.
    #[graph(
        read_only,
        rename = "userExperienceAnalyticsAppHealthApplicationPerformanceByOSVersion"
    )]
    pub user_experience_analytics_app_health_application_performance_by_os_version:
        Option<Vec<UserExperienceAnalyticsAppHealthAppPerformanceByOSVersion>>,
    /// User experience analytics appHealth Model Performance Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub user_experience_analytics_app_health_device_model_performance:
        Option<Vec<UserExperienceAnalyticsAppHealthDeviceModelPerformance>>,
    /// User experience analytics appHealth Device Performance Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub user_experience_analytics_app_health_device_performance:
        Option<Vec<UserExperienceAnalyticsAppHealthDevicePerformance>>,
    /// User experience analytics device performance details Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub user_experience_analytics_app_health_device_performance_details:
        Option<Vec<UserExperienceAnalyticsAppHealthDevicePerformanceDetails>>,
    /// User experience analytics appHealth OS version Performance Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(
        read_only,
        rename = "userExperienceAnalyticsAppHealthOSVersionPerformance"
    )]
    pub user_experience_analytics_app_health_os_version_performance:
        Option<Vec<UserExperienceAnalyticsAppHealthOSVersionPerformance>>,
    /// User experience analytics appHealth overview Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub user_experience_analytics_app_health_overview: Option<UserExperienceAnalyticsCategory>,
    /// User experience analytics baselines Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub user_experience_analytics_baselines: Option<Vec<UserExperienceAnalyticsBaseline>>,
    /// User experience analytics categories Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub user_experience_analytics_categories: Option<Vec<UserExperienceAnalyticsCategory>>,
    /// User experience analytics device performance Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub user_experience_analytics_device_performance:
        Option<Vec<UserExperienceAnalyticsDevicePerformance>>,
    /// User experience analytics device scores Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub user_experience_analytics_device_scores: Option<Vec<UserExperienceAnalyticsDeviceScores>>,
    /// User experience analytics device Startup History Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub user_experience_analytics_device_startup_history:
        Option<Vec<UserExperienceAnalyticsDeviceStartupHistory>>,
    /// User experience analytics device Startup Processes Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub user_experience_analytics_device_startup_processes:
        Option<Vec<UserExperienceAnalyticsDeviceStartupProcess>>,
    /// User experience analytics device Startup Process Performance Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub user_experience_analytics_device_startup_process_performance:
        Option<Vec<UserExperienceAnalyticsDeviceStartupProcessPerformance>>,
    /// User experience analytics metric history Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub user_experience_analytics_metric_history: Option<Vec<UserExperienceAnalyticsMetricHistory>>,
    /// User experience analytics model scores Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub user_experience_analytics_model_scores: Option<Vec<UserExperienceAnalyticsModelScores>>,
    /// User experience analytics overview Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub user_experience_analytics_overview: Option<UserExperienceAnalyticsOverview>,
    /// User experience analytics device Startup Score History Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub user_experience_analytics_score_history: Option<Vec<UserExperienceAnalyticsScoreHistory>>,
    /// User experience analytics work from anywhere hardware readiness metrics. Navigation
    /// property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_experience_analytics_work_from_anywhere_hardware_readiness_metric:
        Option<UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric>,
    /// User experience analytics work from anywhere metrics. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub user_experience_analytics_work_from_anywhere_metrics:
        Option<Vec<UserExperienceAnalyticsWorkFromAnywhereMetric>>,
    /// The user experience analytics work from anywhere model performance Navigation property: read
    /// when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_experience_analytics_work_from_anywhere_model_performance:
        Option<Vec<UserExperienceAnalyticsWorkFromAnywhereModelPerformance>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub virtual_endpoint: Option<VirtualEndpoint>,
    /// The Windows autopilot device identities contained collection. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub windows_autopilot_device_identities: Option<Vec<WindowsAutopilotDeviceIdentity>>,
    /// The windows information protection app learning summaries. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub windows_information_protection_app_learning_summaries:
        Option<Vec<WindowsInformationProtectionAppLearningSummary>>,
    /// The windows information protection network learning summaries. Navigation property: read
    /// when `$expand`ed, never written.
    #[graph(read_only)]
    pub windows_information_protection_network_learning_summaries:
        Option<Vec<WindowsInformationProtectionNetworkLearningSummary>>,
    /// The list of affected malware in the tenant. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub windows_malware_information: Option<Vec<WindowsMalwareInformation>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `getEffectivePermissions`, bound to `deviceManagement`, written in
/// its URL.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementGetEffectivePermissionsParameters {
    pub scope: Option<String>,
}

/// The arguments of the function `verifyWindowsEnrollmentAutoDiscovery`, bound to
/// `deviceManagement`, written in its URL.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementVerifyWindowsEnrollmentAutoDiscoveryParameters {
    pub domain_name: Option<String>,
}

/// Entity which represents a connection to an Exchange environment.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceManagementExchangeConnector",
    path = "/deviceManagement/exchangeConnectors",
    action(name = "sync", parameters = DeviceManagementExchangeConnectorSyncParameters)
)]
pub struct DeviceManagementExchangeConnector {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The name of the server hosting the Exchange Connector.
    pub connector_server_name: Option<String>,
    /// An alias assigned to the Exchange server
    pub exchange_alias: Option<String>,
    /// The type of Exchange Connector Configured. Not nullable.
    #[graph(non_nullable)]
    pub exchange_connector_type: Option<DeviceManagementExchangeConnectorType>,
    /// Exchange Organization to the Exchange server
    pub exchange_organization: Option<String>,
    /// Last sync time for the Exchange Connector. Not nullable.
    #[graph(non_nullable)]
    pub last_sync_date_time: Option<edm::DateTimeOffset>,
    /// Email address used to configure the Service To Service Exchange Connector.
    pub primary_smtp_address: Option<String>,
    /// The name of the Exchange server.
    pub server_name: Option<String>,
    /// Exchange Connector Status. Not nullable.
    #[graph(non_nullable)]
    pub status: Option<DeviceManagementExchangeConnectorStatus>,
    /// The version of the ExchangeConnectorAgent
    pub version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `sync`, bound to `deviceManagementExchangeConnector`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementExchangeConnectorSyncParameters {
    pub sync_type: DeviceManagementExchangeConnectorSyncType,
}

/// Entity representing a job to export a report.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceManagementExportJob"
)]
pub struct DeviceManagementExportJob {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Time that the exported report expires. Not nullable.
    #[graph(non_nullable)]
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    /// Filters applied on the report. The maximum length allowed for this property is 2000
    /// characters.
    pub filter: Option<String>,
    /// Format of the exported report. Possible values are \`csv\` and \`json\`. Not nullable.
    #[graph(non_nullable)]
    pub format: Option<DeviceManagementReportFileFormat>,
    /// Configures how the requested export job is localized. Possible values are
    /// \`replaceLocalizableValues\` and \`localizedValuesAsAdditionalColumn\`. Not nullable.
    #[graph(non_nullable)]
    pub localization_type: Option<DeviceManagementExportJobLocalizationType>,
    /// Name of the report. The maximum length allowed for this property is 2000 characters. Not
    /// nullable.
    #[graph(non_nullable)]
    pub report_name: Option<String>,
    /// Time that the exported report was requested. Not nullable.
    #[graph(non_nullable)]
    pub request_date_time: Option<edm::DateTimeOffset>,
    /// Columns selected from the report. The maximum number of allowed columns names is 256. The
    /// maximum length allowed for each column name in this property is 1000 characters.
    pub select: Option<Vec<String>>,
    /// A snapshot is an identifiable subset of the dataset represented by the ReportName. A
    /// sessionId or CachedReportConfiguration id can be used here. If a sessionId is specified,
    /// Filter, Select, and OrderBy are applied to the data represented by the sessionId. Filter,
    /// Select, and OrderBy cannot be specified together with a CachedReportConfiguration id. The
    /// maximum length allowed for this property is 128 characters.
    pub snapshot_id: Option<String>,
    /// Status of the export job. Possible values are \`unknown\`, \`notStarted\`, \`inProgress\`,
    /// \`completed\` and \`failed\`. Not nullable.
    #[graph(non_nullable)]
    pub status: Option<DeviceManagementReportStatus>,
    /// Temporary location of the exported report.
    pub url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Entity which represents a connection to device management partner.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceManagementPartner",
    path = "/deviceManagement/deviceManagementPartners",
    action = "terminate"
)]
pub struct DeviceManagementPartner {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Partner display name
    pub display_name: Option<String>,
    /// User groups that specifies whether enrollment is through partner.
    pub groups_requiring_partner_enrollment: Option<Vec<DeviceManagementPartnerAssignment>>,
    /// Whether device management partner is configured or not. Not nullable.
    #[graph(non_nullable)]
    pub is_configured: Option<bool>,
    /// Timestamp of last heartbeat after admin enabled option Connect to Device management Partner.
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_heartbeat_date_time: Option<edm::DateTimeOffset>,
    /// Partner App type. Not nullable.
    #[graph(non_nullable)]
    pub partner_app_type: Option<DeviceManagementPartnerAppType>,
    /// Partner state of this tenant. Not nullable.
    #[graph(non_nullable)]
    pub partner_state: Option<DeviceManagementPartnerTenantState>,
    /// Partner Single tenant App id
    pub single_tenant_app_id: Option<String>,
    /// DateTime in UTC when PartnerDevices will be marked as NonCompliant
    pub when_partner_devices_will_be_marked_as_non_compliant_date_time: Option<edm::DateTimeOffset>,
    /// DateTime in UTC when PartnerDevices will be removed
    pub when_partner_devices_will_be_removed_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceManagementReports",
    contains(name = "exportJobs", target = DeviceManagementExportJob),
    action(
        name = "getCachedReport",
        parameters = DeviceManagementReportsGetCachedReportParameters,
        returns = response::Media
    ),
    action(
        name = "getCompliancePolicyNonComplianceReport",
        parameters = DeviceManagementReportsGetCompliancePolicyNonComplianceReportParameters,
        returns = response::Media
    ),
    action(
        name = "getCompliancePolicyNonComplianceSummaryReport",
        parameters = DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParameters,
        returns = response::Media
    ),
    action(
        name = "getComplianceSettingNonComplianceReport",
        parameters = DeviceManagementReportsGetComplianceSettingNonComplianceReportParameters,
        returns = response::Media
    ),
    action(
        name = "getConfigurationPolicyNonComplianceReport",
        parameters = DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParameters,
        returns = response::Media
    ),
    action(
        name = "getConfigurationPolicyNonComplianceSummaryReport",
        parameters = DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParameters,
        returns = response::Media
    ),
    action(
        name = "getConfigurationSettingNonComplianceReport",
        parameters = DeviceManagementReportsGetConfigurationSettingNonComplianceReportParameters,
        returns = response::Media
    ),
    action(
        name = "getDeviceManagementIntentPerSettingContributingProfiles",
        parameters = DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParameters,
        returns = response::Media
    ),
    action(
        name = "getDeviceManagementIntentSettingsReport",
        parameters = DeviceManagementReportsGetDeviceManagementIntentSettingsReportParameters,
        returns = response::Media
    ),
    action(
        name = "getDeviceNonComplianceReport",
        parameters = DeviceManagementReportsGetDeviceNonComplianceReportParameters,
        returns = response::Media
    ),
    action(
        name = "getDevicesWithoutCompliancePolicyReport",
        parameters = DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParameters,
        returns = response::Media
    ),
    action(
        name = "getHistoricalReport",
        parameters = DeviceManagementReportsGetHistoricalReportParameters,
        returns = response::Media
    ),
    action(
        name = "getNoncompliantDevicesAndSettingsReport",
        parameters = DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParameters,
        returns = response::Media
    ),
    action(
        name = "getPolicyNonComplianceMetadata",
        parameters = DeviceManagementReportsGetPolicyNonComplianceMetadataParameters,
        returns = response::Media
    ),
    action(
        name = "getPolicyNonComplianceReport",
        parameters = DeviceManagementReportsGetPolicyNonComplianceReportParameters,
        returns = response::Media
    ),
    action(
        name = "getPolicyNonComplianceSummaryReport",
        parameters = DeviceManagementReportsGetPolicyNonComplianceSummaryReportParameters,
        returns = response::Media
    ),
    action(
        name = "getReportFilters",
        parameters = DeviceManagementReportsGetReportFiltersParameters,
        returns = response::Media
    ),
    action(
        name = "getSettingNonComplianceReport",
        parameters = DeviceManagementReportsGetSettingNonComplianceReportParameters,
        returns = response::Media
    ),
    action(
        name = "retrieveDeviceAppInstallationStatusReport",
        parameters = DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParameters,
        returns = response::Media
    )
)]
pub struct DeviceManagementReports {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Entity representing a job to export a report. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub export_jobs: Option<Vec<DeviceManagementExportJob>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `getCachedReport`, bound to `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetCachedReportParameters {
    pub id: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
}

/// The body of the action `getCompliancePolicyNonComplianceReport`, bound to
/// `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetCompliancePolicyNonComplianceReportParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `getCompliancePolicyNonComplianceSummaryReport`, bound to
/// `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `getComplianceSettingNonComplianceReport`, bound to
/// `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetComplianceSettingNonComplianceReportParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `getConfigurationPolicyNonComplianceReport`, bound to
/// `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `getConfigurationPolicyNonComplianceSummaryReport`, bound to
/// `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `getConfigurationSettingNonComplianceReport`, bound to
/// `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetConfigurationSettingNonComplianceReportParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `getDeviceManagementIntentPerSettingContributingProfiles`, bound to
/// `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParameters
{
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `getDeviceManagementIntentSettingsReport`, bound to
/// `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetDeviceManagementIntentSettingsReportParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `getDeviceNonComplianceReport`, bound to `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetDeviceNonComplianceReportParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `getDevicesWithoutCompliancePolicyReport`, bound to
/// `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `getHistoricalReport`, bound to `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetHistoricalReportParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub filter: Option<String>,
}

/// The body of the action `getNoncompliantDevicesAndSettingsReport`, bound to
/// `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `getPolicyNonComplianceMetadata`, bound to `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetPolicyNonComplianceMetadataParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `getPolicyNonComplianceReport`, bound to `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetPolicyNonComplianceReportParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `getPolicyNonComplianceSummaryReport`, bound to
/// `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetPolicyNonComplianceSummaryReportParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `getReportFilters`, bound to `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetReportFiltersParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `getSettingNonComplianceReport`, bound to `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsGetSettingNonComplianceReportParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub search: Option<String>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// The body of the action `retrieveDeviceAppInstallationStatusReport`, bound to
/// `deviceManagementReports`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParameters {
    pub name: Option<String>,
    pub select: Option<Vec<String>>,
    pub search: Option<String>,
    pub group_by: Option<Vec<String>>,
    pub order_by: Option<Vec<String>>,
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub session_id: Option<String>,
    pub filter: Option<String>,
}

/// Windows 10 Edition Upgrade configuration.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.editionUpgradeConfiguration")]
pub struct EditionUpgradeConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Edition Upgrade License File Content.
    pub license: Option<String>,
    /// Edition Upgrade License Type. Not nullable.
    #[graph(non_nullable)]
    pub license_type: Option<EditionUpgradeLicenseType>,
    /// Edition Upgrade Product Key.
    pub product_key: Option<String>,
    /// Edition Upgrade Target Edition. Not nullable.
    #[graph(non_nullable)]
    pub target_edition: Option<Windows10EditionType>,
}

/// Enrollment Configuration Assignment
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.enrollmentConfigurationAssignment"
)]
pub struct EnrollmentConfigurationAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Represents an assignment to managed devices in the tenant
    pub target: Option<AnyDeviceAndAppManagementAssignmentTarget>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Imported windows autopilot devices.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.importedWindowsAutopilotDeviceIdentity",
    path = "/deviceManagement/importedWindowsAutopilotDeviceIdentities",
    action(
        name = "import",
        collection,
        parameters = ImportedWindowsAutopilotDeviceIdentityCollectionImportParameters,
        returns = Vec<ImportedWindowsAutopilotDeviceIdentity>
    )
)]
pub struct ImportedWindowsAutopilotDeviceIdentity {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// UPN of the user the device will be assigned
    pub assigned_user_principal_name: Option<String>,
    /// Group Tag of the Windows autopilot device.
    pub group_tag: Option<String>,
    /// Hardware Blob of the Windows autopilot device.
    pub hardware_identifier: Option<edm::Binary>,
    /// The Import Id of the Windows autopilot device.
    pub import_id: Option<String>,
    /// Product Key of the Windows autopilot device.
    pub product_key: Option<String>,
    /// Serial number of the Windows autopilot device.
    pub serial_number: Option<String>,
    /// Current state of the imported device.
    pub state: Option<ImportedWindowsAutopilotDeviceIdentityState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `import`, bound to a collection of
/// `importedWindowsAutopilotDeviceIdentity`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ImportedWindowsAutopilotDeviceIdentityCollectionImportParameters {
    pub imported_windows_autopilot_device_identities:
        Option<Vec<ImportedWindowsAutopilotDeviceIdentity>>,
}

/// Device Configuration.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosCertificateProfile", abstract)]
pub struct IosCertificateProfile {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
}

/// This class contains compliance settings for IOS.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosCompliancePolicy")]
pub struct IosCompliancePolicy {
    /// The inherited properties of `deviceCompliancePolicy`.
    #[graph(base)]
    pub base: DeviceCompliancePolicy,
    /// Require that devices have enabled device threat protection . Not nullable.
    #[graph(non_nullable)]
    pub device_threat_protection_enabled: Option<bool>,
    /// Require Mobile Threat Protection minimum risk level to report noncompliance. Not nullable.
    #[graph(non_nullable)]
    pub device_threat_protection_required_security_level: Option<DeviceThreatProtectionLevel>,
    /// Indicates whether or not to require a managed email profile. Not nullable.
    #[graph(non_nullable)]
    pub managed_email_profile_required: Option<bool>,
    /// Maximum IOS version.
    pub os_maximum_version: Option<String>,
    /// Minimum IOS version.
    pub os_minimum_version: Option<String>,
    /// Indicates whether or not to block simple passcodes. Not nullable.
    #[graph(non_nullable)]
    pub passcode_block_simple: Option<bool>,
    /// Number of days before the passcode expires. Starting January 2026 (Intune release version:
    /// 2601), the maximum expiration days will be limited to 730 days. Any setting above 730 days
    /// will be default to 730 days. Valid values 1 to 65535
    pub passcode_expiration_days: Option<i32>,
    /// The number of character sets required in the password.
    pub passcode_minimum_character_set_count: Option<i32>,
    /// Minimum length of passcode. Valid values 4 to 14
    pub passcode_minimum_length: Option<i32>,
    /// Minutes of inactivity before a passcode is required.
    pub passcode_minutes_of_inactivity_before_lock: Option<i32>,
    /// Number of previous passcodes to block. Valid values 1 to 24
    pub passcode_previous_passcode_block_count: Option<i32>,
    /// Indicates whether or not to require a passcode. Not nullable.
    #[graph(non_nullable)]
    pub passcode_required: Option<bool>,
    /// The required passcode type. Not nullable.
    #[graph(non_nullable)]
    pub passcode_required_type: Option<RequiredPasswordType>,
    /// Indicates the device should not be jailbroken. When TRUE, if the device is detected as
    /// jailbroken it will be reported non-compliant. When FALSE, the device is not reported as
    /// non-compliant regardless of device jailbroken state. Default is FALSE. Not nullable.
    #[graph(non_nullable)]
    pub security_block_jailbroken_devices: Option<bool>,
}

/// This topic provides descriptions of the declared methods, properties and relationships exposed
/// by the iosCustomConfiguration resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosCustomConfiguration")]
pub struct IosCustomConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Payload. (UTF8 encoded byte array). Not nullable.
    #[graph(non_nullable)]
    pub payload: Option<edm::Binary>,
    /// Payload file name (\*.mobileconfig \| \*.xml).
    pub payload_file_name: Option<String>,
    /// Name that is displayed to the user. Not nullable.
    #[graph(non_nullable)]
    pub payload_name: Option<String>,
}

/// iOS Device Features Configuration Profile.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosDeviceFeaturesConfiguration")]
pub struct IosDeviceFeaturesConfiguration {
    /// The inherited properties of `appleDeviceFeaturesConfigurationBase`.
    #[graph(base)]
    pub base: AppleDeviceFeaturesConfigurationBase,
    /// Asset tag information for the device, displayed on the login window and lock screen.
    pub asset_tag_template: Option<String>,
    /// A list of app and folders to appear on the Home Screen Dock. This collection can contain a
    /// maximum of 500 elements.
    pub home_screen_dock_icons: Option<Vec<AnyIosHomeScreenItem>>,
    /// A list of pages on the Home Screen. This collection can contain a maximum of 500 elements.
    pub home_screen_pages: Option<Vec<IosHomeScreenPage>>,
    /// A footnote displayed on the login window and lock screen. Available in iOS 9.3.1 and later.
    pub lock_screen_footnote: Option<String>,
    /// Notification settings for each bundle id. Applicable to devices in supervised mode only (iOS
    /// 9.3 and later). This collection can contain a maximum of 500 elements.
    pub notification_settings: Option<Vec<IosNotificationSettings>>,
}

/// This topic provides descriptions of the declared methods, properties and relationships exposed
/// by the iosGeneralDeviceConfiguration resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosGeneralDeviceConfiguration")]
pub struct IosGeneralDeviceConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Indicates whether or not to allow account modification when the device is in supervised
    /// mode. Not nullable.
    #[graph(non_nullable)]
    pub account_block_modification: Option<bool>,
    /// Indicates whether or not to allow activation lock when the device is in the supervised mode.
    /// Not nullable.
    #[graph(non_nullable)]
    pub activation_lock_allow_when_supervised: Option<bool>,
    /// Indicates whether or not to allow AirDrop when the device is in supervised mode. Not
    /// nullable.
    #[graph(non_nullable)]
    pub air_drop_blocked: Option<bool>,
    /// Indicates whether or not to cause AirDrop to be considered an unmanaged drop target (iOS 9.0
    /// and later). Not nullable.
    #[graph(non_nullable)]
    pub air_drop_force_unmanaged_drop_target: Option<bool>,
    /// Indicates whether or not to enforce all devices receiving AirPlay requests from this device
    /// to use a pairing password. Not nullable.
    #[graph(non_nullable)]
    pub air_play_force_pairing_password_for_outgoing_requests: Option<bool>,
    /// Indicates whether or not to block the user from using News when the device is in supervised
    /// mode (iOS 9.0 and later). Not nullable.
    #[graph(non_nullable)]
    pub apple_news_blocked: Option<bool>,
    /// Indicates whether or not to allow Apple Watch pairing when the device is in supervised mode
    /// (iOS 9.0 and later). Not nullable.
    #[graph(non_nullable)]
    pub apple_watch_block_pairing: Option<bool>,
    /// Indicates whether or not to force a paired Apple Watch to use Wrist Detection (iOS 8.2 and
    /// later). Not nullable.
    #[graph(non_nullable)]
    pub apple_watch_force_wrist_detection: Option<bool>,
    /// Gets or sets the list of iOS apps allowed to autonomously enter Single App Mode. Supervised
    /// only. iOS 7.0 and later. This collection can contain a maximum of 500 elements.
    pub apps_single_app_mode_list: Option<Vec<AppListItem>>,
    /// Indicates whether or not to block the automatic downloading of apps purchased on other
    /// devices when the device is in supervised mode (iOS 9.0 and later). Not nullable.
    #[graph(non_nullable)]
    pub app_store_block_automatic_downloads: Option<bool>,
    /// Indicates whether or not to block the user from using the App Store. Requires a supervised
    /// device for iOS 13 and later. Not nullable.
    #[graph(non_nullable)]
    pub app_store_blocked: Option<bool>,
    /// Indicates whether or not to block the user from making in app purchases. Not nullable.
    #[graph(non_nullable)]
    pub app_store_block_in_app_purchases: Option<bool>,
    /// Indicates whether or not to block the App Store app, not restricting installation through
    /// Host apps. Applies to supervised mode only (iOS 9.0 and later). Not nullable.
    #[graph(non_nullable, rename = "appStoreBlockUIAppInstallation")]
    pub app_store_block_ui_app_installation: Option<bool>,
    /// Indicates whether or not to require a password when using the app store. Not nullable.
    #[graph(non_nullable)]
    pub app_store_require_password: Option<bool>,
    /// List of apps in the visibility list (either visible/launchable apps list or
    /// hidden/unlaunchable apps list, controlled by AppsVisibilityListType) (iOS 9.3 and later).
    /// This collection can contain a maximum of 10000 elements.
    pub apps_visibility_list: Option<Vec<AppListItem>>,
    /// Type of list that is in the AppsVisibilityList. Not nullable.
    #[graph(non_nullable)]
    pub apps_visibility_list_type: Option<AppListType>,
    /// Indicates whether or not to allow modification of Bluetooth settings when the device is in
    /// supervised mode (iOS 10.0 and later). Not nullable.
    #[graph(non_nullable)]
    pub bluetooth_block_modification: Option<bool>,
    /// Indicates whether or not to block the user from accessing the camera of the device. Requires
    /// a supervised device for iOS 13 and later. Not nullable.
    #[graph(non_nullable)]
    pub camera_blocked: Option<bool>,
    /// Indicates whether or not to block data roaming. Not nullable.
    #[graph(non_nullable)]
    pub cellular_block_data_roaming: Option<bool>,
    /// Indicates whether or not to block global background fetch while roaming. Not nullable.
    #[graph(non_nullable)]
    pub cellular_block_global_background_fetch_while_roaming: Option<bool>,
    /// Indicates whether or not to allow changes to cellular app data usage settings when the
    /// device is in supervised mode. Not nullable.
    #[graph(non_nullable)]
    pub cellular_block_per_app_data_modification: Option<bool>,
    /// Indicates whether or not to block Personal Hotspot. Not nullable.
    #[graph(non_nullable)]
    pub cellular_block_personal_hotspot: Option<bool>,
    /// Indicates whether or not to block voice roaming. Not nullable.
    #[graph(non_nullable)]
    pub cellular_block_voice_roaming: Option<bool>,
    /// Indicates whether or not to block untrusted TLS certificates. Not nullable.
    #[graph(non_nullable)]
    pub certificates_block_untrusted_tls_certificates: Option<bool>,
    /// Indicates whether or not to allow remote screen observation by Classroom app when the device
    /// is in supervised mode (iOS 9.3 and later). Not nullable.
    #[graph(non_nullable)]
    pub classroom_app_block_remote_screen_observation: Option<bool>,
    /// Indicates whether or not to automatically give permission to the teacher of a managed course
    /// on the Classroom app to view a student's screen without prompting when the device is in
    /// supervised mode. Not nullable.
    #[graph(non_nullable)]
    pub classroom_app_force_unprompted_screen_observation: Option<bool>,
    /// List that is in the AppComplianceList. Not nullable.
    #[graph(non_nullable)]
    pub compliant_app_list_type: Option<AppListType>,
    /// List of apps in the compliance (either allow list or block list, controlled by
    /// CompliantAppListType). This collection can contain a maximum of 10000 elements.
    pub compliant_apps_list: Option<Vec<AppListItem>>,
    /// Indicates whether or not to block the user from installing configuration profiles and
    /// certificates interactively when the device is in supervised mode. Not nullable.
    #[graph(non_nullable)]
    pub configuration_profile_block_changes: Option<bool>,
    /// Indicates whether or not to block definition lookup when the device is in supervised mode
    /// (iOS 8.1.3 and later ). Not nullable.
    #[graph(non_nullable)]
    pub definition_lookup_blocked: Option<bool>,
    /// Indicates whether or not to allow the user to enables restrictions in the device settings
    /// when the device is in supervised mode. Not nullable.
    #[graph(non_nullable)]
    pub device_block_enable_restrictions: Option<bool>,
    /// Indicates whether or not to allow the use of the 'Erase all content and settings' option on
    /// the device when the device is in supervised mode. Not nullable.
    #[graph(non_nullable)]
    pub device_block_erase_content_and_settings: Option<bool>,
    /// Indicates whether or not to allow device name modification when the device is in supervised
    /// mode (iOS 9.0 and later). Not nullable.
    #[graph(non_nullable)]
    pub device_block_name_modification: Option<bool>,
    /// Indicates whether or not to block diagnostic data submission. Not nullable.
    #[graph(non_nullable)]
    pub diagnostic_data_block_submission: Option<bool>,
    /// Indicates whether or not to allow diagnostics submission settings modification when the
    /// device is in supervised mode (iOS 9.3.2 and later). Not nullable.
    #[graph(non_nullable)]
    pub diagnostic_data_block_submission_modification: Option<bool>,
    /// Indicates whether or not to block the user from viewing managed documents in unmanaged apps.
    /// Not nullable.
    #[graph(non_nullable)]
    pub documents_block_managed_documents_in_unmanaged_apps: Option<bool>,
    /// Indicates whether or not to block the user from viewing unmanaged documents in managed apps.
    /// Not nullable.
    #[graph(non_nullable)]
    pub documents_block_unmanaged_documents_in_managed_apps: Option<bool>,
    /// An email address lacking a suffix that matches any of these strings will be considered
    /// out-of-domain.
    pub email_in_domain_suffixes: Option<Vec<String>>,
    /// Indicates whether or not to block the user from trusting an enterprise app. Not nullable.
    #[graph(non_nullable)]
    pub enterprise_app_block_trust: Option<bool>,
    /// \[Deprecated\] Configuring this setting and setting the value to 'true' has no effect on the
    /// device. Not nullable.
    #[graph(non_nullable)]
    pub enterprise_app_block_trust_modification: Option<bool>,
    /// Indicates whether or not to block the user from using FaceTime. Requires a supervised device
    /// for iOS 13 and later. Not nullable.
    #[graph(non_nullable)]
    pub face_time_blocked: Option<bool>,
    /// Indicates whether or not to block changes to Find My Friends when the device is in
    /// supervised mode. Not nullable.
    #[graph(non_nullable)]
    pub find_my_friends_blocked: Option<bool>,
    /// Indicates whether or not to block the user from using Game Center when the device is in
    /// supervised mode. Not nullable.
    #[graph(non_nullable)]
    pub game_center_blocked: Option<bool>,
    /// Indicates whether or not to block the user from having friends in Game Center. Requires a
    /// supervised device for iOS 13 and later. Not nullable.
    #[graph(non_nullable)]
    pub gaming_block_game_center_friends: Option<bool>,
    /// Indicates whether or not to block the user from using multiplayer gaming. Requires a
    /// supervised device for iOS 13 and later. Not nullable.
    #[graph(non_nullable)]
    pub gaming_block_multiplayer: Option<bool>,
    /// indicates whether or not to allow host pairing to control the devices an iOS device can pair
    /// with when the iOS device is in supervised mode. Not nullable.
    #[graph(non_nullable)]
    pub host_pairing_blocked: Option<bool>,
    /// Indicates whether or not to block the user from using the iBooks Store when the device is in
    /// supervised mode. Not nullable.
    #[graph(non_nullable)]
    pub i_books_store_blocked: Option<bool>,
    /// Indicates whether or not to block the user from downloading media from the iBookstore that
    /// has been tagged as erotica. Not nullable.
    #[graph(non_nullable)]
    pub i_books_store_block_erotica: Option<bool>,
    /// Indicates whether or not to block the user from continuing work they started on iOS device
    /// to another iOS or macOS device. Not nullable.
    #[graph(non_nullable)]
    pub i_cloud_block_activity_continuation: Option<bool>,
    /// Indicates whether or not to block iCloud backup. Requires a supervised device for iOS 13 and
    /// later. Not nullable.
    #[graph(non_nullable)]
    pub i_cloud_block_backup: Option<bool>,
    /// Indicates whether or not to block iCloud document sync. Requires a supervised device for iOS
    /// 13 and later. Not nullable.
    #[graph(non_nullable)]
    pub i_cloud_block_document_sync: Option<bool>,
    /// Indicates whether or not to block Managed Apps Cloud Sync. Not nullable.
    #[graph(non_nullable)]
    pub i_cloud_block_managed_apps_sync: Option<bool>,
    /// Indicates whether or not to block iCloud Photo Library. Not nullable.
    #[graph(non_nullable)]
    pub i_cloud_block_photo_library: Option<bool>,
    /// Indicates whether or not to block iCloud Photo Stream Sync. Not nullable.
    #[graph(non_nullable)]
    pub i_cloud_block_photo_stream_sync: Option<bool>,
    /// Indicates whether or not to block Shared Photo Stream. Not nullable.
    #[graph(non_nullable)]
    pub i_cloud_block_shared_photo_stream: Option<bool>,
    /// Indicates whether or not to require backups to iCloud be encrypted. Not nullable.
    #[graph(non_nullable)]
    pub i_cloud_require_encrypted_backup: Option<bool>,
    /// Indicates whether or not to block the user from accessing explicit content in iTunes and the
    /// App Store. Requires a supervised device for iOS 13 and later. Not nullable.
    #[graph(non_nullable)]
    pub i_tunes_block_explicit_content: Option<bool>,
    /// Indicates whether or not to block Music service and revert Music app to classic mode when
    /// the device is in supervised mode (iOS 9.3 and later and macOS 10.12 and later). Not
    /// nullable.
    #[graph(non_nullable)]
    pub i_tunes_block_music_service: Option<bool>,
    /// Indicates whether or not to block the user from using iTunes Radio when the device is in
    /// supervised mode (iOS 9.3 and later). Not nullable.
    #[graph(non_nullable)]
    pub i_tunes_block_radio: Option<bool>,
    /// Indicates whether or not to block keyboard auto-correction when the device is in supervised
    /// mode (iOS 8.1.3 and later). Not nullable.
    #[graph(non_nullable)]
    pub keyboard_block_auto_correct: Option<bool>,
    /// Indicates whether or not to block the user from using dictation input when the device is in
    /// supervised mode. Not nullable.
    #[graph(non_nullable)]
    pub keyboard_block_dictation: Option<bool>,
    /// Indicates whether or not to block predictive keyboards when device is in supervised mode
    /// (iOS 8.1.3 and later). Not nullable.
    #[graph(non_nullable)]
    pub keyboard_block_predictive: Option<bool>,
    /// Indicates whether or not to block keyboard shortcuts when the device is in supervised mode
    /// (iOS 9.0 and later). Not nullable.
    #[graph(non_nullable)]
    pub keyboard_block_shortcuts: Option<bool>,
    /// Indicates whether or not to block keyboard spell-checking when the device is in supervised
    /// mode (iOS 8.1.3 and later). Not nullable.
    #[graph(non_nullable)]
    pub keyboard_block_spell_check: Option<bool>,
    /// Indicates whether or not to allow assistive speak while in kiosk mode. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_allow_assistive_speak: Option<bool>,
    /// Indicates whether or not to allow access to the Assistive Touch Settings while in kiosk
    /// mode. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_allow_assistive_touch_settings: Option<bool>,
    /// Indicates whether or not to allow device auto lock while in kiosk mode. This property's
    /// functionality is redundant with the OS default and is deprecated. Use KioskModeBlockAutoLock
    /// instead. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_allow_auto_lock: Option<bool>,
    /// Indicates whether or not to allow access to the Color Inversion Settings while in kiosk
    /// mode. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_allow_color_inversion_settings: Option<bool>,
    /// Indicates whether or not to allow use of the ringer switch while in kiosk mode. This
    /// property's functionality is redundant with the OS default and is deprecated. Use
    /// KioskModeBlockRingerSwitch instead. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_allow_ringer_switch: Option<bool>,
    /// Indicates whether or not to allow screen rotation while in kiosk mode. This property's
    /// functionality is redundant with the OS default and is deprecated. Use
    /// KioskModeBlockScreenRotation instead. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_allow_screen_rotation: Option<bool>,
    /// Indicates whether or not to allow use of the sleep button while in kiosk mode. This
    /// property's functionality is redundant with the OS default and is deprecated. Use
    /// KioskModeBlockSleepButton instead. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_allow_sleep_button: Option<bool>,
    /// Indicates whether or not to allow use of the touchscreen while in kiosk mode. This
    /// property's functionality is redundant with the OS default and is deprecated. Use
    /// KioskModeBlockTouchscreen instead. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_allow_touchscreen: Option<bool>,
    /// Indicates whether or not to allow access to the voice over settings while in kiosk mode. Not
    /// nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_allow_voice_over_settings: Option<bool>,
    /// Indicates whether or not to allow use of the volume buttons while in kiosk mode. This
    /// property's functionality is redundant with the OS default and is deprecated. Use
    /// KioskModeBlockVolumeButtons instead. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_allow_volume_buttons: Option<bool>,
    /// Indicates whether or not to allow access to the zoom settings while in kiosk mode. Not
    /// nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_allow_zoom_settings: Option<bool>,
    /// URL in the app store to the app to use for kiosk mode. Use if KioskModeManagedAppId is not
    /// known.
    pub kiosk_mode_app_store_url: Option<String>,
    /// ID for built-in apps to use for kiosk mode. Used when KioskModeManagedAppId and
    /// KioskModeAppStoreUrl are not set.
    pub kiosk_mode_built_in_app_id: Option<String>,
    /// Managed app id of the app to use for kiosk mode. If KioskModeManagedAppId is specified then
    /// KioskModeAppStoreUrl will be ignored.
    pub kiosk_mode_managed_app_id: Option<String>,
    /// Indicates whether or not to require assistive touch while in kiosk mode. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_require_assistive_touch: Option<bool>,
    /// Indicates whether or not to require color inversion while in kiosk mode. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_require_color_inversion: Option<bool>,
    /// Indicates whether or not to require mono audio while in kiosk mode. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_require_mono_audio: Option<bool>,
    /// Indicates whether or not to require voice over while in kiosk mode. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_require_voice_over: Option<bool>,
    /// Indicates whether or not to require zoom while in kiosk mode. Not nullable.
    #[graph(non_nullable)]
    pub kiosk_mode_require_zoom: Option<bool>,
    /// Indicates whether or not to block the user from using control center on the lock screen. Not
    /// nullable.
    #[graph(non_nullable)]
    pub lock_screen_block_control_center: Option<bool>,
    /// Indicates whether or not to block the user from using the notification view on the lock
    /// screen. Not nullable.
    #[graph(non_nullable)]
    pub lock_screen_block_notification_view: Option<bool>,
    /// Indicates whether or not to block the user from using passbook when the device is locked.
    /// Not nullable.
    #[graph(non_nullable)]
    pub lock_screen_block_passbook: Option<bool>,
    /// Indicates whether or not to block the user from using the Today View on the lock screen. Not
    /// nullable.
    #[graph(non_nullable)]
    pub lock_screen_block_today_view: Option<bool>,
    /// Media content rating settings for Apps. Not nullable.
    #[graph(non_nullable)]
    pub media_content_rating_apps: Option<RatingAppsType>,
    /// Media content rating settings for Australia
    pub media_content_rating_australia: Option<MediaContentRatingAustralia>,
    /// Media content rating settings for Canada
    pub media_content_rating_canada: Option<MediaContentRatingCanada>,
    /// Media content rating settings for France
    pub media_content_rating_france: Option<MediaContentRatingFrance>,
    /// Media content rating settings for Germany
    pub media_content_rating_germany: Option<MediaContentRatingGermany>,
    /// Media content rating settings for Ireland
    pub media_content_rating_ireland: Option<MediaContentRatingIreland>,
    /// Media content rating settings for Japan
    pub media_content_rating_japan: Option<MediaContentRatingJapan>,
    /// Media content rating settings for New Zealand
    pub media_content_rating_new_zealand: Option<MediaContentRatingNewZealand>,
    /// Media content rating settings for United Kingdom
    pub media_content_rating_united_kingdom: Option<MediaContentRatingUnitedKingdom>,
    /// Media content rating settings for United States
    pub media_content_rating_united_states: Option<MediaContentRatingUnitedStates>,
    /// Indicates whether or not to block the user from using the Messages app on the supervised
    /// device. Not nullable.
    #[graph(non_nullable)]
    pub messages_blocked: Option<bool>,
    /// List of managed apps and the network rules that applies to them. This collection can contain
    /// a maximum of 1000 elements.
    pub network_usage_rules: Option<Vec<IosNetworkUsageRule>>,
    /// Indicates whether or not to allow notifications settings modification (iOS 9.3 and later).
    /// Not nullable.
    #[graph(non_nullable)]
    pub notifications_block_settings_modification: Option<bool>,
    /// Block modification of registered Touch ID fingerprints when in supervised mode. Not
    /// nullable.
    #[graph(non_nullable)]
    pub passcode_block_fingerprint_modification: Option<bool>,
    /// Indicates whether or not to block fingerprint unlock. Not nullable.
    #[graph(non_nullable)]
    pub passcode_block_fingerprint_unlock: Option<bool>,
    /// Indicates whether or not to allow passcode modification on the supervised device (iOS 9.0
    /// and later). Not nullable.
    #[graph(non_nullable)]
    pub passcode_block_modification: Option<bool>,
    /// Indicates whether or not to block simple passcodes. Not nullable.
    #[graph(non_nullable)]
    pub passcode_block_simple: Option<bool>,
    /// Number of days before the passcode expires. Valid values 1 to 65535
    pub passcode_expiration_days: Option<i32>,
    /// Number of character sets a passcode must contain. Valid values 0 to 4
    pub passcode_minimum_character_set_count: Option<i32>,
    /// Minimum length of passcode. Valid values 4 to 14
    pub passcode_minimum_length: Option<i32>,
    /// Minutes of inactivity before a passcode is required.
    pub passcode_minutes_of_inactivity_before_lock: Option<i32>,
    /// Minutes of inactivity before the screen times out.
    pub passcode_minutes_of_inactivity_before_screen_timeout: Option<i32>,
    /// Number of previous passcodes to block. Valid values 1 to 24
    pub passcode_previous_passcode_block_count: Option<i32>,
    /// Indicates whether or not to require a passcode. Not nullable.
    #[graph(non_nullable)]
    pub passcode_required: Option<bool>,
    /// Type of passcode that is required. Not nullable.
    #[graph(non_nullable)]
    pub passcode_required_type: Option<RequiredPasswordType>,
    /// Number of sign in failures allowed before wiping the device. Valid values 2 to 11
    pub passcode_sign_in_failure_count_before_wipe: Option<i32>,
    /// Indicates whether or not to block the user from using podcasts on the supervised device (iOS
    /// 8.0 and later). Not nullable.
    #[graph(non_nullable)]
    pub podcasts_blocked: Option<bool>,
    /// Indicates whether or not to block the user from using Auto fill in Safari. Requires a
    /// supervised device for iOS 13 and later. Not nullable.
    #[graph(non_nullable)]
    pub safari_block_autofill: Option<bool>,
    /// Indicates whether or not to block the user from using Safari. Requires a supervised device
    /// for iOS 13 and later. Not nullable.
    #[graph(non_nullable)]
    pub safari_blocked: Option<bool>,
    /// Indicates whether or not to block JavaScript in Safari. Not nullable.
    #[graph(non_nullable)]
    pub safari_block_java_script: Option<bool>,
    /// Indicates whether or not to block popups in Safari. Not nullable.
    #[graph(non_nullable)]
    pub safari_block_popups: Option<bool>,
    /// Cookie settings for Safari. Not nullable.
    #[graph(non_nullable)]
    pub safari_cookie_settings: Option<WebBrowserCookieSettings>,
    /// URLs matching the patterns listed here will be considered managed.
    pub safari_managed_domains: Option<Vec<String>>,
    /// Users can save passwords in Safari only from URLs matching the patterns listed here. Applies
    /// to devices in supervised mode (iOS 9.3 and later).
    pub safari_password_auto_fill_domains: Option<Vec<String>>,
    /// Indicates whether or not to require fraud warning in Safari. Not nullable.
    #[graph(non_nullable)]
    pub safari_require_fraud_warning: Option<bool>,
    /// Indicates whether or not to block the user from taking Screenshots. Not nullable.
    #[graph(non_nullable)]
    pub screen_capture_blocked: Option<bool>,
    /// Indicates whether or not to block the user from using Siri. Not nullable.
    #[graph(non_nullable)]
    pub siri_blocked: Option<bool>,
    /// Indicates whether or not to block the user from using Siri when locked. Not nullable.
    #[graph(non_nullable)]
    pub siri_blocked_when_locked: Option<bool>,
    /// Indicates whether or not to block Siri from querying user-generated content when used on a
    /// supervised device. Not nullable.
    #[graph(non_nullable)]
    pub siri_block_user_generated_content: Option<bool>,
    /// Indicates whether or not to prevent Siri from dictating, or speaking profane language on
    /// supervised device. Not nullable.
    #[graph(non_nullable)]
    pub siri_require_profanity_filter: Option<bool>,
    /// Indicates whether or not to block Spotlight search from returning internet results on
    /// supervised device. Not nullable.
    #[graph(non_nullable)]
    pub spotlight_block_internet_results: Option<bool>,
    /// Indicates whether or not to block voice dialing. Not nullable.
    #[graph(non_nullable)]
    pub voice_dialing_blocked: Option<bool>,
    /// Indicates whether or not to allow wallpaper modification on supervised device (iOS 9.0 and
    /// later) . Not nullable.
    #[graph(non_nullable)]
    pub wallpaper_block_modification: Option<bool>,
    /// Indicates whether or not to force the device to use only Wi-Fi networks from configuration
    /// profiles when the device is in supervised mode. Available for devices running iOS and iPadOS
    /// versions 14.4 and earlier. Devices running 14.5+ should use the setting,
    /// “WiFiConnectToAllowedNetworksOnlyForced. Not nullable.
    #[graph(non_nullable)]
    pub wi_fi_connect_only_to_configured_networks: Option<bool>,
}

/// IOS Update Configuration, allows you to configure time window within week to install iOS updates
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosUpdateConfiguration")]
pub struct IosUpdateConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Active Hours End (active hours mean the time window when updates install should not happen).
    /// Not nullable.
    #[graph(non_nullable)]
    pub active_hours_end: Option<edm::TimeOfDay>,
    /// Active Hours Start (active hours mean the time window when updates install should not
    /// happen). Not nullable.
    #[graph(non_nullable)]
    pub active_hours_start: Option<edm::TimeOfDay>,
    /// Days in week for which active hours are configured. This collection can contain a maximum of
    /// 7 elements. Not nullable.
    #[graph(non_nullable)]
    pub scheduled_install_days: Option<Vec<DayOfWeek>>,
    /// UTC Time Offset indicated in minutes
    pub utc_time_offset_in_minutes: Option<i32>,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.iosUpdateDeviceStatus",
    path = "/deviceManagement/iosUpdateStatuses"
)]
pub struct IosUpdateDeviceStatus {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The DateTime when device compliance grace period expires. Not nullable.
    #[graph(non_nullable)]
    pub compliance_grace_period_expiration_date_time: Option<edm::DateTimeOffset>,
    /// Device name of the DevicePolicyStatus.
    pub device_display_name: Option<String>,
    /// The device id that is being reported.
    pub device_id: Option<String>,
    /// The device model that is being reported
    pub device_model: Option<String>,
    /// The installation status of the policy report. Not nullable.
    #[graph(non_nullable)]
    pub install_status: Option<IosUpdatesInstallStatus>,
    /// Last modified date time of the policy report. Not nullable.
    #[graph(non_nullable)]
    pub last_reported_date_time: Option<edm::DateTimeOffset>,
    /// The device version that is being reported.
    pub os_version: Option<String>,
    /// Compliance status of the policy report. Not nullable.
    #[graph(non_nullable)]
    pub status: Option<ComplianceStatus>,
    /// The User id that is being reported.
    pub user_id: Option<String>,
    /// The User Name that is being reported
    pub user_name: Option<String>,
    /// UserPrincipalName.
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The text content of a Notification Message Template for the specified locale.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.localizedNotificationMessage"
)]
pub struct LocalizedNotificationMessage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Flag to indicate whether or not this is the default locale for language fallback. This flag
    /// can only be set. To unset, set this property to true on another Localized Notification
    /// Message. Not nullable.
    #[graph(non_nullable)]
    pub is_default: Option<bool>,
    /// DateTime the object was last modified. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// The Locale for which this message is destined. Not nullable.
    #[graph(non_nullable)]
    pub locale: Option<String>,
    /// The Message Template content. Not nullable.
    #[graph(non_nullable)]
    pub message_template: Option<String>,
    /// The Message Template Subject. Not nullable.
    #[graph(non_nullable)]
    pub subject: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// This class contains compliance settings for Mac OS.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.macOSCompliancePolicy")]
pub struct MacOSCompliancePolicy {
    /// The inherited properties of `deviceCompliancePolicy`.
    #[graph(base)]
    pub base: DeviceCompliancePolicy,
    /// Specifies whether Mobile Threat Defense (MTD) must be enabled. When set to true, the device
    /// is marked noncompliant if MTD isn't enabled or doesn't report a threat level. When false,
    /// threat protection level requirements aren't enforced. Default is false. Not nullable.
    #[graph(non_nullable)]
    pub device_threat_protection_enabled: Option<bool>,
    /// Specifies the Mobile Threat Defense risk level threshold used to report noncompliance (for
    /// example, secured, medium, or high). When set to a value other than unavailable, the device
    /// is marked noncompliant if the reported risk level doesn't meet the configured requirement.
    /// Default is unavailable. Not nullable.
    #[graph(non_nullable)]
    pub device_threat_protection_required_security_level: Option<DeviceThreatProtectionLevel>,
    /// Specifies whether Block all incoming connections must be enabled. When set to true, the
    /// device is marked noncompliant if the setting is disabled. Default is false. Not nullable.
    #[graph(non_nullable)]
    pub firewall_block_all_incoming: Option<bool>,
    /// Specifies whether the macOS application firewall must be enabled. When set to true, the
    /// device is marked noncompliant if the firewall is disabled. Default is false. Not nullable.
    #[graph(non_nullable)]
    pub firewall_enabled: Option<bool>,
    /// Specifies whether Enable stealth mode must be enabled. When set to true, the device is
    /// marked noncompliant if the setting is disabled. Default is false. Not nullable.
    #[graph(non_nullable)]
    pub firewall_enable_stealth_mode: Option<bool>,
    /// Specifies the maximum allowed macOS version. When set, the device is marked noncompliant if
    /// its OS version is higher than this value. Default is null, when set to default it is not
    /// evaluated.
    pub os_maximum_version: Option<String>,
    /// Specifies the minimum allowed macOS version. When set, the device is marked noncompliant if
    /// its OS version is lower than this value. Default is null, when set to default it is not
    /// evaluated.
    pub os_minimum_version: Option<String>,
    /// Specifies whether simple passwords such as 1111 or 1234 are allowed. When set to true, the
    /// device is marked noncompliant if it allows simple passwords. Default is false. Not nullable.
    #[graph(non_nullable)]
    pub password_block_simple: Option<bool>,
    /// Specifies the maximum password age in days. When set, the device is marked noncompliant if
    /// the password age exceeds this value. Valid values are 1 to 65535. Default is null, when set
    /// to default it is not evaluated. Valid values 1 to 65535
    pub password_expiration_days: Option<i32>,
    /// Specifies the minimum number of character sets required in the password. When set, the
    /// device is marked noncompliant if the password doesn't meet this requirement. Default is
    /// null, when set to default it is not evaluated.
    pub password_minimum_character_set_count: Option<i32>,
    /// Specifies the minimum password length. When set, the device is marked noncompliant if the
    /// password length is less than this value. Valid values are 4 to 14. Default is null, when set
    /// to default it is not evaluated. Valid values 4 to 14
    pub password_minimum_length: Option<i32>,
    /// Specifies the maximum minutes of inactivity before a password is required to unlock the
    /// device. When set, the device is marked noncompliant if it allows a longer inactivity period.
    /// Default is null, when set to default it is not evaluated.
    pub password_minutes_of_inactivity_before_lock: Option<i32>,
    /// Specifies the number of previous passwords that can't be reused. When set, the device is
    /// marked noncompliant if it doesn't enforce this history count. Valid values are 1 to 24.
    /// Default is null, when set to default it is not evaluated. Valid values 1 to 24
    pub password_previous_password_block_count: Option<i32>,
    /// Specifies whether a device password is required. When set to true, the device is marked
    /// noncompliant if a password isn't configured. Default is false. Not nullable.
    #[graph(non_nullable)]
    pub password_required: Option<bool>,
    /// Specifies the required password type (for example, deviceDefault or alphanumeric). When set
    /// to a value other than deviceDefault, the device is marked noncompliant if the password type
    /// doesn't match. Default is deviceDefault. Not nullable.
    #[graph(non_nullable)]
    pub password_required_type: Option<RequiredPasswordType>,
    /// Specifies whether storage encryption is required on macOS devices. When set to true, the
    /// device is marked noncompliant if storage isn't encrypted. Default is false. Not nullable.
    #[graph(non_nullable)]
    pub storage_require_encryption: Option<bool>,
    /// Specifies whether System Integrity Protection must be enabled. When set to true, the device
    /// is marked noncompliant if System Integrity Protection is disabled. Default is false. Not
    /// nullable.
    #[graph(non_nullable)]
    pub system_integrity_protection_enabled: Option<bool>,
}

/// This topic provides descriptions of the declared methods, properties and relationships exposed
/// by the macOSCustomConfiguration resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.macOSCustomConfiguration")]
pub struct MacOSCustomConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Payload. (UTF8 encoded byte array). Not nullable.
    #[graph(non_nullable)]
    pub payload: Option<edm::Binary>,
    /// Payload file name (\*.mobileconfig \| \*.xml).
    pub payload_file_name: Option<String>,
    /// Name that is displayed to the user. Not nullable.
    #[graph(non_nullable)]
    pub payload_name: Option<String>,
}

/// MacOS device features configuration profile.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.macOSDeviceFeaturesConfiguration")]
pub struct MacOSDeviceFeaturesConfiguration {
    /// The inherited properties of `appleDeviceFeaturesConfigurationBase`.
    #[graph(base)]
    pub base: AppleDeviceFeaturesConfigurationBase,
}

/// This topic provides descriptions of the declared methods, properties and relationships exposed
/// by the macOSGeneralDeviceConfiguration resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.macOSGeneralDeviceConfiguration")]
pub struct MacOSGeneralDeviceConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// List that is in the CompliantAppsList. Not nullable.
    #[graph(non_nullable)]
    pub compliant_app_list_type: Option<AppListType>,
    /// List of apps in the compliance (either allow list or block list, controlled by
    /// CompliantAppListType). This collection can contain a maximum of 10000 elements.
    pub compliant_apps_list: Option<Vec<AppListItem>>,
    /// An email address lacking a suffix that matches any of these strings will be considered
    /// out-of-domain.
    pub email_in_domain_suffixes: Option<Vec<String>>,
    /// Block simple passwords. Not nullable.
    #[graph(non_nullable)]
    pub password_block_simple: Option<bool>,
    /// Number of days before the password expires.
    pub password_expiration_days: Option<i32>,
    /// Number of character sets a password must contain. Valid values 0 to 4
    pub password_minimum_character_set_count: Option<i32>,
    /// Minimum length of passwords.
    pub password_minimum_length: Option<i32>,
    /// Minutes of inactivity required before a password is required.
    pub password_minutes_of_inactivity_before_lock: Option<i32>,
    /// Minutes of inactivity required before the screen times out.
    pub password_minutes_of_inactivity_before_screen_timeout: Option<i32>,
    /// Number of previous passwords to block.
    pub password_previous_password_block_count: Option<i32>,
    /// Whether or not to require a password. Not nullable.
    #[graph(non_nullable)]
    pub password_required: Option<bool>,
    /// Type of password that is required. Not nullable.
    #[graph(non_nullable)]
    pub password_required_type: Option<RequiredPasswordType>,
}

/// Malware state for a windows device
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.malwareStateForWindowsDevice"
)]
pub struct MalwareStateForWindowsDevice {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Indicates the number of times the malware is detected
    pub detection_count: Option<i32>,
    /// Indicates the name of the device being evaluated for malware state
    pub device_name: Option<String>,
    /// Indicates execution status of the malware. Possible values are: unknown, blocked, allowed,
    /// running, notRunning. Defaults to unknown
    pub execution_state: Option<WindowsMalwareExecutionState>,
    /// Initial detection datetime of the malware
    pub initial_detection_date_time: Option<edm::DateTimeOffset>,
    /// The last time this particular threat was changed
    pub last_state_change_date_time: Option<edm::DateTimeOffset>,
    /// Indicates threat status of the malware. Possible values are: active, actionFailed,
    /// manualStepsRequired, fullScanRequired, rebootRequired, remediatedWithNonCriticalFailures,
    /// quarantined, removed, cleaned, allowed, noStatusCleared. defaults to noStatusCleared
    pub threat_state: Option<WindowsMalwareThreatState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.mobileAppTroubleshootingEvent",
    path = "/deviceManagement/mobileAppTroubleshootingEvents",
    contains(name = "appLogCollectionRequests", target = AppLogCollectionRequest)
)]
pub struct MobileAppTroubleshootingEvent {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Indicates collection of App Log Upload Request. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub app_log_collection_requests: Option<Vec<AppLogCollectionRequest>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Entity which represents a connection to Mobile Threat Defense partner.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.mobileThreatDefenseConnector",
    path = "/deviceManagement/mobileThreatDefenseConnectors"
)]
pub struct MobileThreatDefenseConnector {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// When TRUE, indicates the Mobile Threat Defense partner may collect metadata about installed
    /// applications from Intune for iOS devices. When FALSE, indicates the Mobile Threat Defense
    /// partner may not collect metadata about installed applications from Intune for iOS devices.
    /// Default value is FALSE. Not nullable.
    #[graph(non_nullable, rename = "allowPartnerToCollectIOSApplicationMetadata")]
    pub allow_partner_to_collect_ios_application_metadata: Option<bool>,
    /// When TRUE, indicates the Mobile Threat Defense partner may collect metadata about personally
    /// installed applications from Intune for iOS devices. When FALSE, indicates the Mobile Threat
    /// Defense partner may not collect metadata about personally installed applications from Intune
    /// for iOS devices. Default value is FALSE. Not nullable.
    #[graph(
        non_nullable,
        rename = "allowPartnerToCollectIOSPersonalApplicationMetadata"
    )]
    pub allow_partner_to_collect_ios_personal_application_metadata: Option<bool>,
    /// When TRUE, indicates that Intune must receive data from the Mobile Threat Defense partner
    /// prior to marking an Android device compliant. When FALSE, indicates that Intune may mark an
    /// Android device compliant before receiving data from the Mobile Threat Defense partner. Not
    /// nullable.
    #[graph(non_nullable)]
    pub android_device_blocked_on_missing_partner_data: Option<bool>,
    /// When TRUE, indicates that data from the Mobile Threat Defense partner will be used during
    /// compliance evaluations for Android devices. When FALSE, indicates that data from the Mobile
    /// Threat Defense partner will not be used during compliance evaluations for Android devices.
    /// Default value is FALSE. Not nullable.
    #[graph(non_nullable)]
    pub android_enabled: Option<bool>,
    /// When TRUE, indicates that data from the Mobile Threat Defense partner can be used during
    /// Mobile Application Management (MAM) evaluations for Android devices. When FALSE, indicates
    /// that data from the Mobile Threat Defense partner should not be used during Mobile
    /// Application Management (MAM) evaluations for Android devices. Only one partner per platform
    /// may be enabled for Mobile Application Management (MAM) evaluation. Default value is FALSE.
    /// Not nullable.
    #[graph(non_nullable)]
    pub android_mobile_application_management_enabled: Option<bool>,
    /// When TRUE, indicates that Intune must receive data from the Mobile Threat Defense partner
    /// prior to marking a device compliant. When FALSE, indicates that Intune may not recieve data
    /// from Mobile Threat Defense partner prior to making device compliant. Default value is FALSE.
    /// Not nullable.
    #[graph(non_nullable)]
    pub ios_device_blocked_on_missing_partner_data: Option<bool>,
    /// When TRUE, indicates that data from the Mobile Threat Defense partner will be used during
    /// compliance evaluations for iOS devices. When FALSE, indicates that data from the Mobile
    /// Threat Defense partner will not be used during compliance evaluations for iOS devices.
    /// Default value is FALSE. Not nullable.
    #[graph(non_nullable)]
    pub ios_enabled: Option<bool>,
    /// When TRUE, indicates that data from the Mobile Threat Defense partner can be used during
    /// Mobile Application Management (MAM) evaluations for iOS devices. When FALSE, indicates that
    /// data from the Mobile Threat Defense partner should not be used during Mobile Application
    /// Management (MAM) evaluations for iOS devices. Only one partner per platform may be enabled
    /// for Mobile Application Management (MAM) evaluation. Default value is FALSE. Not nullable.
    #[graph(non_nullable)]
    pub ios_mobile_application_management_enabled: Option<bool>,
    /// DateTime of last Heartbeat recieved from the Mobile Threat Defense partner. Not nullable.
    #[graph(non_nullable)]
    pub last_heartbeat_date_time: Option<edm::DateTimeOffset>,
    /// When TRUE, indicates that configuration profile management via Microsoft Defender for
    /// Endpoint is enabled. When FALSE, indicates that configuration profile management via
    /// Microsoft Defender for Endpoint is disabled. Default value is FALSE. Not nullable.
    #[graph(non_nullable)]
    pub microsoft_defender_for_endpoint_attach_enabled: Option<bool>,
    /// Mobile Threat Defense partner state for this account. Not nullable.
    #[graph(non_nullable)]
    pub partner_state: Option<MobileThreatPartnerTenantState>,
    /// Indicates the number of days without receiving a heartbeat from a Mobile Threat Defense
    /// partner before the partner is marked as unresponsive. Intune will the ignore the data from
    /// this Mobile Threat Defense Partner for next compliance calculation. Not nullable.
    #[graph(non_nullable)]
    pub partner_unresponsiveness_threshold_in_days: Option<i32>,
    /// When TRUE, indicates that Intune will mark devices noncompliant on enabled platforms that do
    /// not meet the minimum version requirements of the Mobile Threat Defense partner. When FALSE,
    /// indicates that Intune will not mark devices noncompliant on enabled platforms that do not
    /// meet the minimum version requirements of the Mobile Threat Defense partner. Default value is
    /// FALSE. Not nullable.
    #[graph(non_nullable)]
    pub partner_unsupported_os_version_blocked: Option<bool>,
    /// When TRUE, indicates that Intune must receive data from the data sync partner prior to
    /// marking a device compliant for Windows. When FALSE, indicates that Intune may mark a device
    /// compliant without receiving data from the data sync partner for Windows. Default value is
    /// FALSE. Not nullable.
    #[graph(non_nullable)]
    pub windows_device_blocked_on_missing_partner_data: Option<bool>,
    /// When TRUE, indicates that data from the Mobile Threat Defense partner will be used during
    /// compliance evaluations for Windows. When FALSE, indicates that data from the Mobile Threat
    /// Defense partner will not be used during compliance evaluations for Windows. Default value is
    /// FALSE. Not nullable.
    #[graph(non_nullable)]
    pub windows_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Notification messages are messages that are sent to end users who are determined to be
/// not-compliant with the compliance policies defined by the administrator. Administrators choose
/// notifications and configure them in the Intune Admin Console using the compliance policy
/// creation page under the “Actions for non-compliance” section. Use the
/// notificationMessageTemplate object to create your own custom notifications for administrators to
/// choose while configuring actions for non-compliance.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.notificationMessageTemplate",
    path = "/deviceManagement/notificationMessageTemplates",
    contains(name = "localizedNotificationMessages", target = LocalizedNotificationMessage),
    action = "sendTestMessage"
)]
pub struct NotificationMessageTemplate {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The Message Template Branding Options. Branding is defined in the Intune Admin Console. Not
    /// nullable.
    #[graph(non_nullable)]
    pub branding_options: Option<Flags<NotificationTemplateBrandingOptions>>,
    /// The default locale to fallback onto when the requested locale is not available.
    pub default_locale: Option<String>,
    /// Display name for the Notification Message Template. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// DateTime the object was last modified. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    pub role_scope_tag_ids: Option<Vec<String>>,
    /// The list of localized messages for this Notification Message Template. Navigation property:
    /// read when `$expand`ed, never written.
    #[graph(read_only)]
    pub localized_notification_messages: Option<Vec<LocalizedNotificationMessage>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Singleton entity which represents the Exchange OnPremises Conditional Access Settings for a
/// tenant.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.onPremisesConditionalAccessSettings"
)]
pub struct OnPremisesConditionalAccessSettings {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Indicates if on premises conditional access is enabled for this organization. Not nullable.
    #[graph(non_nullable)]
    pub enabled: Option<bool>,
    /// User groups that will be exempt by on premises conditional access. All users in these groups
    /// will be exempt from the conditional access policy. Not nullable.
    #[graph(non_nullable)]
    pub excluded_groups: Option<Vec<edm::Guid>>,
    /// User groups that will be targeted by on premises conditional access. All users in these
    /// groups will be required to have mobile device managed and compliant for mail access. Not
    /// nullable.
    #[graph(non_nullable)]
    pub included_groups: Option<Vec<edm::Guid>>,
    /// Override the default access rule when allowing a device to ensure access is granted. Not
    /// nullable.
    #[graph(non_nullable)]
    pub override_default_rule: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// RemoteAssistPartner resources represent the metadata and status of a given Remote Assistance
/// partner service.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.remoteAssistancePartner",
    path = "/deviceManagement/remoteAssistancePartners",
    action = "beginOnboarding",
    action = "disconnect"
)]
pub struct RemoteAssistancePartner {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Display name of the partner.
    pub display_name: Option<String>,
    /// Timestamp of the last request sent to Intune by the TEM partner. Not nullable.
    #[graph(non_nullable)]
    pub last_connection_date_time: Option<edm::DateTimeOffset>,
    /// A friendly description of the current TeamViewer connector status. Not nullable.
    #[graph(non_nullable)]
    pub onboarding_status: Option<RemoteAssistanceOnboardingStatus>,
    /// URL of the partner's onboarding portal, where an administrator can configure their Remote
    /// Assistance service.
    pub onboarding_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Describes the resourceOperation resource (entity) of the Microsoft Graph API (REST), which
/// supports Intune workflows related to role-based access control (RBAC).
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.resourceOperation",
    path = "/deviceManagement/resourceOperations"
)]
pub struct ResourceOperation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Type of action this operation is going to perform. The actionName should be concise and
    /// limited to as few words as possible.
    pub action_name: Option<String>,
    /// Description of the resource operation. The description is used in mouse-over text for the
    /// operation when shown in the Azure Portal.
    pub description: Option<String>,
    /// Name of the Resource this operation is performed on.
    pub resource_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The Role Assignment resource. Role assignments tie together a role definition with members and
/// scopes. There can be one or more role assignments per role. This applies to custom and built-in
/// roles.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.roleAssignment")]
pub struct RoleAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Indicates the description of the role assignment. For example: 'All administrators,
    /// employees and scope tags associated with the Houston office.' Max length is 1024 characters.
    pub description: Option<String>,
    /// Indicates the display name of the role assignment. For example: 'Houston administrators and
    /// users'. Max length is 128 characters.
    pub display_name: Option<String>,
    /// Indicates the list of resource scope security group Entra IDs. For example:
    /// {dec942f4-6777-4998-96b4-522e383b08e2}.
    pub resource_scopes: Option<Vec<String>>,
    /// Indicates the role definition for this role assignment. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub role_definition: Option<RoleDefinition>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.roleAssignment`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `RoleAssignment`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyRoleAssignment {
    /// `microsoft.graph.deviceAndAppManagementRoleAssignment`.
    DeviceAndAppManagementRoleAssignment(DeviceAndAppManagementRoleAssignment),
    /// `microsoft.graph.roleAssignment` itself, or a type this build does not declare.
    #[graph(other)]
    Other(RoleAssignment),
}

/// The Role Definition resource. The role definition is the foundation of role based access in
/// Intune. The role combines an Intune resource such as a Mobile App and associated role
/// permissions such as Create or Read for the resource. There are two types of roles, built-in and
/// custom. Built-in roles cannot be modified. Both built-in roles and custom roles must have
/// assignments to be enforced. Create custom roles if you want to define a role that allows any of
/// the available resources and role permissions to be combined into a single role.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.roleDefinition",
    path = "/deviceManagement/roleDefinitions",
    also_reads = "microsoft.graph.deviceAndAppManagementRoleDefinition",
    contains(name = "roleAssignments", target = RoleAssignment)
)]
pub struct RoleDefinition {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Description of the Role definition.
    pub description: Option<String>,
    /// Display Name of the Role definition.
    pub display_name: Option<String>,
    /// Type of Role. Set to True if it is built-in, or set to False if it is a custom role
    /// definition. Not nullable.
    #[graph(non_nullable)]
    pub is_built_in: Option<bool>,
    /// List of Role Permissions this role is allowed to perform. These must match the actionName
    /// that is defined as part of the rolePermission.
    pub role_permissions: Option<Vec<RolePermission>>,
    /// List of Role assignments for this role definition. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub role_assignments: Option<Vec<AnyRoleAssignment>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Device Compilance Policy and Configuration for a Setting State summary
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.settingStateDeviceSummary"
)]
pub struct SettingStateDeviceSummary {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Device Compliant count for the setting. Not nullable.
    #[graph(non_nullable)]
    pub compliant_device_count: Option<i32>,
    /// Device conflict error count for the setting. Not nullable.
    #[graph(non_nullable)]
    pub conflict_device_count: Option<i32>,
    /// Device error count for the setting. Not nullable.
    #[graph(non_nullable)]
    pub error_device_count: Option<i32>,
    /// Name of the InstancePath for the setting
    pub instance_path: Option<String>,
    /// Device NonCompliant count for the setting. Not nullable.
    #[graph(non_nullable)]
    pub non_compliant_device_count: Option<i32>,
    /// Device Not Applicable count for the setting. Not nullable.
    #[graph(non_nullable)]
    pub not_applicable_device_count: Option<i32>,
    /// Device Compliant count for the setting. Not nullable.
    #[graph(non_nullable)]
    pub remediated_device_count: Option<i32>,
    /// Name of the setting
    pub setting_name: Option<String>,
    /// Device Unkown count for the setting. Not nullable.
    #[graph(non_nullable)]
    pub unknown_device_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// This topic provides descriptions of the declared methods, properties and relationships exposed
/// by the sharedPCConfiguration resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharedPCConfiguration")]
pub struct SharedPCConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Specifies how accounts are managed on a shared PC. Only applies when disableAccountManager
    /// is false.
    pub account_manager_policy: Option<SharedPCAccountManagerPolicy>,
    /// Indicates which type of accounts are allowed to use on a shared PC. Not nullable.
    #[graph(non_nullable)]
    pub allowed_accounts: Option<Flags<SharedPCAllowedAccountType>>,
    /// Specifies whether local storage is allowed on a shared PC. Not nullable.
    #[graph(non_nullable)]
    pub allow_local_storage: Option<bool>,
    /// Disables the account manager for shared PC mode. Not nullable.
    #[graph(non_nullable)]
    pub disable_account_manager: Option<bool>,
    /// Specifies whether the default shared PC education environment policies should be disabled.
    /// For Windows 10 RS2 and later, this policy will be applied without setting Enabled to true.
    /// Not nullable.
    #[graph(non_nullable)]
    pub disable_edu_policies: Option<bool>,
    /// Specifies whether the default shared PC power policies should be disabled. Not nullable.
    #[graph(non_nullable)]
    pub disable_power_policies: Option<bool>,
    /// Disables the requirement to sign in whenever the device wakes up from sleep mode. Not
    /// nullable.
    #[graph(non_nullable)]
    pub disable_sign_in_on_resume: Option<bool>,
    /// Enables shared PC mode and applies the shared pc policies. Not nullable.
    #[graph(non_nullable)]
    pub enabled: Option<bool>,
    /// Specifies the time in seconds that a device must sit idle before the PC goes to sleep.
    /// Setting this value to 0 prevents the sleep timeout from occurring.
    pub idle_time_before_sleep_in_seconds: Option<i32>,
    /// Specifies the display text for the account shown on the sign-in screen which launches the
    /// app specified by SetKioskAppUserModelId. Only applies when KioskAppUserModelId is set.
    pub kiosk_app_display_name: Option<String>,
    /// Specifies the application user model ID of the app to use with assigned access.
    pub kiosk_app_user_model_id: Option<String>,
    /// Specifies the daily start time of maintenance hour.
    pub maintenance_start_time: Option<edm::TimeOfDay>,
}

/// A termsAndConditions entity represents the metadata and contents of a given Terms and Conditions
/// (T&C) policy. T&C policies’ contents are presented to users upon their first attempt to enroll
/// into Intune and subsequently upon edits where an administrator has required re-acceptance. They
/// enable administrators to communicate the provisions to which a user must agree in order to have
/// devices enrolled into Intune.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.termsAndConditions",
    path = "/deviceManagement/termsAndConditions",
    contains(name = "acceptanceStatuses", target = TermsAndConditionsAcceptanceStatus),
    contains(name = "assignments", target = TermsAndConditionsAssignment)
)]
pub struct TermsAndConditions {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Administrator-supplied explanation of the terms and conditions, typically describing what it
    /// means to accept the terms and conditions set out in the T&C policy. This is shown to the
    /// user on prompts to accept the T&C policy.
    pub acceptance_statement: Option<String>,
    /// Administrator-supplied body text of the terms and conditions, typically the terms
    /// themselves. This is shown to the user on prompts to accept the T&C policy.
    pub body_text: Option<String>,
    /// DateTime the object was created. Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Administrator-supplied description of the T&C policy.
    pub description: Option<String>,
    /// Administrator-supplied name for the T&C policy. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// DateTime the object was last modified. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Administrator-supplied title of the terms and conditions. This is shown to the user on
    /// prompts to accept the T&C policy.
    pub title: Option<String>,
    /// Integer indicating the current version of the terms. Incremented when an administrator makes
    /// a change to the terms and wishes to require users to re-accept the modified T&C policy. Not
    /// nullable.
    #[graph(non_nullable)]
    pub version: Option<i32>,
    /// The list of acceptance statuses for this T&C policy. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub acceptance_statuses: Option<Vec<TermsAndConditionsAcceptanceStatus>>,
    /// The list of assignments for this T&C policy. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub assignments: Option<Vec<TermsAndConditionsAssignment>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A termsAndConditionsAcceptanceStatus entity represents the acceptance status of a given Terms
/// and Conditions (T&C) policy by a given user. Users must accept the most up-to-date version of
/// the terms in order to retain access to the Company Portal.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.termsAndConditionsAcceptanceStatus"
)]
pub struct TermsAndConditionsAcceptanceStatus {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// DateTime when the terms were last accepted by the user. Not nullable.
    #[graph(non_nullable)]
    pub accepted_date_time: Option<edm::DateTimeOffset>,
    /// Most recent version number of the T&C accepted by the user. Not nullable.
    #[graph(non_nullable)]
    pub accepted_version: Option<i32>,
    /// Display name of the user whose acceptance the entity represents.
    pub user_display_name: Option<String>,
    /// The userPrincipalName of the User that accepted the term.
    pub user_principal_name: Option<String>,
    /// Navigation link to the terms and conditions that are assigned. Navigation property: read
    /// when `$expand`ed, never written.
    #[graph(read_only)]
    pub terms_and_conditions: Option<TermsAndConditions>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A termsAndConditionsAssignment entity represents the assignment of a given Terms and Conditions
/// (T&C) policy to a given group. Users in the group will be required to accept the terms in order
/// to have devices enrolled into Intune.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.termsAndConditionsAssignment"
)]
pub struct TermsAndConditionsAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Assignment target that the T&C policy is assigned to.
    pub target: Option<AnyDeviceAndAppManagementAssignmentTarget>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics application performance entity contains application performance
/// details.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance",
    path = "/deviceManagement/userExperienceAnalyticsAppHealthApplicationPerformance"
)]
pub struct UserExperienceAnalyticsAppHealthApplicationPerformance {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The health score of the application. Valid values 0 to 100. Supports: $filter, $select,
    /// $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub active_device_count: Option<i32>,
    /// The number of crashes for the application. Valid values 0 to 2147483647. Supports: $select,
    /// $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub app_crash_count: Option<i32>,
    /// The friendly name of the application. Possible values are: Outlook, Excel. Supports:
    /// $select, $OrderBy. Read-only.
    pub app_display_name: Option<String>,
    /// The number of hangs for the application. Supports: $select, $OrderBy. Read-only. Valid
    /// values -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub app_hang_count: Option<i32>,
    /// The health score of the application. Valid values 0 to 100. Supports: $filter, $select,
    /// $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308. Not
    /// nullable.
    #[graph(non_nullable)]
    pub app_health_score: Option<edm::Double>,
    /// The name of the application. Possible values are: outlook.exe, excel.exe. Supports: $select,
    /// $OrderBy. Read-only.
    pub app_name: Option<String>,
    /// The publisher of the application. Supports: $select, $OrderBy. Read-only.
    pub app_publisher: Option<String>,
    /// The total usage time of the application in minutes. Valid values 0 to 2147483647. Supports:
    /// $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub app_usage_duration: Option<i32>,
    /// The mean time to failure for the application in minutes. Valid values 0 to 2147483647.
    /// Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not
    /// nullable.
    #[graph(non_nullable)]
    pub mean_time_to_failure_in_minutes: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics application performance entity contains application performance by
/// application version details.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails",
    path = "/deviceManagement/userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersionDetails"
)]
pub struct UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The number of crashes for the app. Valid values -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub app_crash_count: Option<i32>,
    /// The friendly name of the application.
    pub app_display_name: Option<String>,
    /// The name of the application.
    pub app_name: Option<String>,
    /// The publisher of the application.
    pub app_publisher: Option<String>,
    /// The version of the application.
    pub app_version: Option<String>,
    /// The total number of devices that have reported one or more application crashes for this
    /// application and version. Valid values 0 to 2147483647. Supports: $select, $OrderBy.
    /// Read-only. Valid values -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub device_count_with_crashes: Option<i32>,
    /// When TRUE, indicates the version of application is the latest version for that application
    /// that is in use. When FALSE, indicates the version is not the latest version. FALSE by
    /// default. Supports: $select, $OrderBy. Not nullable.
    #[graph(non_nullable)]
    pub is_latest_used_version: Option<bool>,
    /// When TRUE, indicates the version of application is the most used version for that
    /// application. When FALSE, indicates the version is not the most used version. FALSE by
    /// default. Supports: $select, $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub is_most_used_version: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics application performance entity contains application performance by
/// application version device id.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId",
    path = "/deviceManagement/userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersionDeviceId"
)]
pub struct UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The number of crashes for the app. Valid values -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub app_crash_count: Option<i32>,
    /// The friendly name of the application.
    pub app_display_name: Option<String>,
    /// The name of the application.
    pub app_name: Option<String>,
    /// The publisher of the application.
    pub app_publisher: Option<String>,
    /// The version of the application.
    pub app_version: Option<String>,
    /// The name of the device. Supports: $select, $OrderBy. Read-only.
    pub device_display_name: Option<String>,
    /// The Intune device id of the device. Supports: $select, $OrderBy. Read-only.
    pub device_id: Option<String>,
    /// The date and time when the statistics were last computed. The value cannot be modified and
    /// is automatically populated when the statistics are computed. The Timestamp type represents
    /// date and time information using ISO 8601 format and is always in UTC time. For example,
    /// midnight UTC on Jan 1, 2022 would look like this: '2022-01-01T00:00:00Z'. Returned by
    /// default. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub processed_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics application performance entity contains app performance details by
/// OS version.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion",
    path = "/deviceManagement/userExperienceAnalyticsAppHealthApplicationPerformanceByOSVersion"
)]
pub struct UserExperienceAnalyticsAppHealthAppPerformanceByOSVersion {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The number of devices where the application has been active. Valid values 0 to 2147483647.
    /// Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not
    /// nullable.
    #[graph(non_nullable)]
    pub active_device_count: Option<i32>,
    /// The number of crashes for the application. Valid values 0 to 2147483647. Supports: $select,
    /// $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub app_crash_count: Option<i32>,
    /// The friendly name of the application. Possible values are: Outlook, Excel. Supports:
    /// $select, $OrderBy. Read-only.
    pub app_display_name: Option<String>,
    /// The name of the application. Possible values are: outlook.exe, excel.exe. Supports: $select,
    /// $OrderBy. Read-only.
    pub app_name: Option<String>,
    /// The publisher of the application. Supports: $select, $OrderBy. Read-only.
    pub app_publisher: Option<String>,
    /// The total usage time of the application in minutes. Valid values 0 to 2147483647. Supports:
    /// $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub app_usage_duration: Option<i32>,
    /// The mean time to failure for the application in minutes. Valid values 0 to 2147483647.
    /// Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not
    /// nullable.
    #[graph(non_nullable)]
    pub mean_time_to_failure_in_minutes: Option<i32>,
    /// The OS build number of the application. Supports: $select, $OrderBy. Read-only.
    pub os_build_number: Option<String>,
    /// The OS version of the application. Supports: $select, $OrderBy. Read-only.
    pub os_version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics device model performance entity contains device model performance
/// details.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance",
    path = "/deviceManagement/userExperienceAnalyticsAppHealthDeviceModelPerformance"
)]
pub struct UserExperienceAnalyticsAppHealthDeviceModelPerformance {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The number of active devices for the model. Valid values 0 to 2147483647. Supports: $filter,
    /// $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub active_device_count: Option<i32>,
    /// The manufacturer name of the device. Supports: $select, $OrderBy. Read-only.
    pub device_manufacturer: Option<String>,
    /// The model name of the device. Supports: $select, $OrderBy. Read-only.
    pub device_model: Option<String>,
    /// The health state of the user experience analytics model. Possible values are: unknown,
    /// insufficientData, needsAttention, meetingGoals. Unknown by default. Supports: $filter,
    /// $select, $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub health_status: Option<UserExperienceAnalyticsHealthState>,
    /// The mean time to failure for the application in minutes. Valid values 0 to 2147483647.
    /// Supports: $filter, $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not
    /// nullable.
    #[graph(non_nullable)]
    pub mean_time_to_failure_in_minutes: Option<i32>,
    /// The application health score of the device model. Valid values 0 to 100. Supports: $filter,
    /// $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308.
    /// Not nullable.
    #[graph(non_nullable)]
    pub model_app_health_score: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics device performance entity contains device performance details.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance",
    path = "/deviceManagement/userExperienceAnalyticsAppHealthDevicePerformance"
)]
pub struct UserExperienceAnalyticsAppHealthDevicePerformance {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The number of application crashes for the device. Valid values 0 to 2147483647. Supports:
    /// $filter, $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub app_crash_count: Option<i32>,
    /// The number of application hangs for the device. Valid values 0 to 2147483647. Supports:
    /// $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub app_hang_count: Option<i32>,
    /// The number of distinct application crashes for the device. Valid values 0 to 2147483647.
    /// Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not
    /// nullable.
    #[graph(non_nullable)]
    pub crashed_app_count: Option<i32>,
    /// The application health score of the device. Valid values 0 to 100. Supports: $filter,
    /// $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308.
    /// Not nullable.
    #[graph(non_nullable)]
    pub device_app_health_score: Option<edm::Double>,
    /// The name of the device. Supports: $select, $OrderBy. Read-only.
    pub device_display_name: Option<String>,
    /// The Intune device id of the device. Supports: $select, $OrderBy. Read-only.
    pub device_id: Option<String>,
    /// The manufacturer name of the device. Supports: $select, $OrderBy. Read-only.
    pub device_manufacturer: Option<String>,
    /// The model name of the device. Supports: $select, $OrderBy. Read-only.
    pub device_model: Option<String>,
    /// The health state of the user experience analytics device. Possible values are: unknown,
    /// insufficientData, needsAttention, meetingGoals. Unknown by default. Supports: $filter,
    /// $select, $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub health_status: Option<UserExperienceAnalyticsHealthState>,
    /// The mean time to failure for the application in minutes. Valid values 0 to 2147483647.
    /// Supports: $filter, $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not
    /// nullable.
    #[graph(non_nullable)]
    pub mean_time_to_failure_in_minutes: Option<i32>,
    /// The date and time when the statistics were last computed. The value cannot be modified and
    /// is automatically populated when the statistics are computed. The Timestamp type represents
    /// date and time information using ISO 8601 format and is always in UTC time. For example,
    /// midnight UTC on Jan 1, 2022 would look like this: '2022-01-01T00:00:00Z'. Returned by
    /// default. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub processed_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics device performance entity contains device performance details.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails",
    path = "/deviceManagement/userExperienceAnalyticsAppHealthDevicePerformanceDetails"
)]
pub struct UserExperienceAnalyticsAppHealthDevicePerformanceDetails {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The friendly name of the application for which the event occurred. Possible values are:
    /// outlook.exe, excel.exe. Supports: $select, $OrderBy. Read-only.
    pub app_display_name: Option<String>,
    /// The publisher of the application. Supports: $select, $OrderBy. Read-only.
    pub app_publisher: Option<String>,
    /// The version of the application. Possible values are: 1.0.0.1, 75.65.23.9. Supports: $select,
    /// $OrderBy. Read-only.
    pub app_version: Option<String>,
    /// The name of the device. Supports: $select, $OrderBy. Read-only.
    pub device_display_name: Option<String>,
    /// The Intune device id of the device. Supports: $select, $OrderBy. Read-only.
    pub device_id: Option<String>,
    /// The time the event occurred. The value cannot be modified and is automatically populated
    /// when the statistics are computed. The Timestamp type represents date and time information
    /// using ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2022
    /// would look like this: '2022-01-01T00:00:00Z'. Returned by default. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub event_date_time: Option<edm::DateTimeOffset>,
    /// The type of the event. Supports: $select, $OrderBy. Read-only.
    pub event_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics device OS version performance entity contains OS version
/// performance details.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance",
    path = "/deviceManagement/userExperienceAnalyticsAppHealthOSVersionPerformance"
)]
pub struct UserExperienceAnalyticsAppHealthOSVersionPerformance {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The number of active devices for the OS version. Valid values 0 to 2147483647. Supports:
    /// $filter, $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub active_device_count: Option<i32>,
    /// The mean time to failure for the application in minutes. Valid values 0 to 2147483647.
    /// Supports: $filter, $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not
    /// nullable.
    #[graph(non_nullable)]
    pub mean_time_to_failure_in_minutes: Option<i32>,
    /// The OS build number installed on the device. Supports: $select, $OrderBy. Read-only.
    pub os_build_number: Option<String>,
    /// The OS version installed on the device. Supports: $select, $OrderBy. Read-only.
    pub os_version: Option<String>,
    /// The application health score of the OS version. Valid values 0 to 100. Supports: $filter,
    /// $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308.
    /// Not nullable.
    #[graph(non_nullable)]
    pub os_version_app_health_score: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics baseline entity contains baseline values against which to compare
/// the user experience analytics scores.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsBaseline",
    path = "/deviceManagement/userExperienceAnalyticsBaselines"
)]
pub struct UserExperienceAnalyticsBaseline {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The date the custom baseline was created. The value cannot be modified and is automatically
    /// populated when the baseline is created. The Timestamp type represents date and time
    /// information using ISO 8601 format and is always in UTC time. For example, midnight UTC on
    /// Jan 1, 2014 would look like this: '2014-01-01T00:00:00Z'. Returned by default. Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// The name of the baseline.
    pub display_name: Option<String>,
    /// When TRUE, indicates the current baseline is the commercial median baseline. When FALSE,
    /// indicates it is a custom baseline. FALSE by default. Not nullable.
    #[graph(non_nullable)]
    pub is_built_in: Option<bool>,
    /// The scores and insights for the application health metrics. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub app_health_metrics: Option<UserExperienceAnalyticsCategory>,
    /// The scores and insights for the battery health metrics. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub battery_health_metrics: Option<UserExperienceAnalyticsCategory>,
    /// The scores and insights for the best practices metrics. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub best_practices_metrics: Option<UserExperienceAnalyticsCategory>,
    /// The scores and insights for the device boot performance metrics. Navigation property: read
    /// when `$expand`ed, never written.
    #[graph(read_only)]
    pub device_boot_performance_metrics: Option<UserExperienceAnalyticsCategory>,
    /// The scores and insights for the reboot analytics metrics. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub reboot_analytics_metrics: Option<UserExperienceAnalyticsCategory>,
    /// The scores and insights for the resource performance metrics. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub resource_performance_metrics: Option<UserExperienceAnalyticsCategory>,
    /// The scores and insights for the work from anywhere metrics. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub work_from_anywhere_metrics: Option<UserExperienceAnalyticsCategory>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics category entity contains the scores and insights for the various
/// metrics of a category.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsCategory",
    path = "/deviceManagement/userExperienceAnalyticsCategories",
    contains(name = "metricValues", target = UserExperienceAnalyticsMetric)
)]
pub struct UserExperienceAnalyticsCategory {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The insights for the category. Read-only.
    pub insights: Option<Vec<UserExperienceAnalyticsInsight>>,
    /// The metric values for the user experience analytics category. Read-only. Navigation
    /// property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub metric_values: Option<Vec<UserExperienceAnalyticsMetric>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics device performance entity contains device boot performance
/// details.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsDevicePerformance",
    path = "/deviceManagement/userExperienceAnalyticsDevicePerformance",
    function(
        name = "summarizeDevicePerformanceDevices",
        collection,
        parameters = UserExperienceAnalyticsDevicePerformanceCollectionSummarizeDevicePerformanceDevicesParameters,
        returns = Page<UserExperienceAnalyticsDevicePerformance>
    )
)]
pub struct UserExperienceAnalyticsDevicePerformance {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Average (mean) number of Blue Screens per device in the last 30 days. Valid values 0 to
    /// \9999999. Not nullable.
    #[graph(non_nullable)]
    pub average_blue_screens: Option<edm::Double>,
    /// Average (mean) number of Restarts per device in the last 30 days. Valid values 0 to 9999999.
    /// Not nullable.
    #[graph(non_nullable)]
    pub average_restarts: Option<edm::Double>,
    /// Number of Blue Screens in the last 30 days. Valid values 0 to 9999999. Not nullable.
    #[graph(non_nullable)]
    pub blue_screen_count: Option<i32>,
    /// The user experience analytics device boot score. Not nullable.
    #[graph(non_nullable)]
    pub boot_score: Option<i32>,
    /// The user experience analytics device core boot time in milliseconds. Not nullable.
    #[graph(non_nullable)]
    pub core_boot_time_in_ms: Option<i32>,
    /// The user experience analytics device core login time in milliseconds. Not nullable.
    #[graph(non_nullable)]
    pub core_login_time_in_ms: Option<i32>,
    /// User experience analytics summarized device count. Not nullable.
    #[graph(non_nullable)]
    pub device_count: Option<edm::Int64>,
    /// The user experience analytics device name.
    pub device_name: Option<String>,
    /// The user experience analytics device disk type. Not nullable.
    #[graph(non_nullable)]
    pub disk_type: Option<DiskType>,
    /// The user experience analytics device group policy boot time in milliseconds. Not nullable.
    #[graph(non_nullable)]
    pub group_policy_boot_time_in_ms: Option<i32>,
    /// The user experience analytics device group policy login time in milliseconds. Not nullable.
    #[graph(non_nullable)]
    pub group_policy_login_time_in_ms: Option<i32>,
    /// The health state of the user experience analytics device. Not nullable.
    #[graph(non_nullable)]
    pub health_status: Option<UserExperienceAnalyticsHealthState>,
    /// The user experience analytics device login score. Not nullable.
    #[graph(non_nullable)]
    pub login_score: Option<i32>,
    /// The user experience analytics device manufacturer.
    pub manufacturer: Option<String>,
    /// The user experience analytics device model.
    pub model: Option<String>,
    /// The user experience analytics model level startup performance score. Valid values
    /// -1.79769313486232E+308 to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub model_startup_performance_score: Option<edm::Double>,
    /// The user experience analytics device Operating System version.
    pub operating_system_version: Option<String>,
    /// The user experience analytics responsive desktop time in milliseconds. Not nullable.
    #[graph(non_nullable)]
    pub responsive_desktop_time_in_ms: Option<i32>,
    /// Number of Restarts in the last 30 days. Valid values 0 to 9999999. Not nullable.
    #[graph(non_nullable)]
    pub restart_count: Option<i32>,
    /// The user experience analytics device startup performance score. Valid values
    /// -1.79769313486232E+308 to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub startup_performance_score: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `summarizeDevicePerformanceDevices`, bound to a collection of
/// `userExperienceAnalyticsDevicePerformance`, written in its URL.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct UserExperienceAnalyticsDevicePerformanceCollectionSummarizeDevicePerformanceDevicesParameters
{
    pub summarize_by: UserExperienceAnalyticsSummarizedBy,
}

/// The user experience analytics device scores entity consolidates the various Endpoint Analytics
/// scores.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsDeviceScores",
    path = "/deviceManagement/userExperienceAnalyticsDeviceScores"
)]
pub struct UserExperienceAnalyticsDeviceScores {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Indicates a score calculated from application health data to indicate when a device is
    /// having problems running one or more applications. Valid values range from 0-100. Value -1
    /// means associated score is unavailable. A higher score indicates a healthier device.
    /// Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub app_reliability_score: Option<edm::Double>,
    /// Indicates a calulated score indicating the health of the device's battery. Valid values
    /// range from 0-100. Value -1 means associated score is unavailable. A higher score indicates a
    /// healthier device. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308.
    /// Not nullable.
    #[graph(non_nullable)]
    pub battery_health_score: Option<edm::Double>,
    /// The name of the device. Supports: $select, $OrderBy. Read-only.
    pub device_name: Option<String>,
    /// Indicates a weighted average of the various scores. Valid values range from 0-100. Value -1
    /// means associated score is unavailable. A higher score indicates a healthier device.
    /// Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub endpoint_analytics_score: Option<edm::Double>,
    /// The health status of the device. Possible values are: unknown, insufficientData,
    /// needsAttention, meetingGoals. Unknown by default. Supports: $filter, $select, $OrderBy.
    /// Read-only. Not nullable.
    #[graph(non_nullable)]
    pub health_status: Option<UserExperienceAnalyticsHealthState>,
    /// The manufacturer name of the device. Examples: Microsoft Corporation, HP, Lenovo. Supports:
    /// $select, $OrderBy. Read-only.
    pub manufacturer: Option<String>,
    /// The model name of the device. Supports: $select, $OrderBy. Read-only.
    pub model: Option<String>,
    /// Indicates a weighted average of boot score and logon score used for measuring startup
    /// performance. Valid values range from 0-100. Value -1 means associated score is unavailable.
    /// A higher score indicates a healthier device. Read-only. Valid values -1.79769313486232E+308
    /// to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub startup_performance_score: Option<edm::Double>,
    /// Indicates a weighted score of the work from anywhere on a device level. Valid values range
    /// from 0-100. Value -1 means associated score is unavailable. A higher score indicates a
    /// healthier device. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308.
    /// Not nullable.
    #[graph(non_nullable)]
    pub work_from_anywhere_score: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics device startup history entity contains device boot performance
/// history details.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsDeviceStartupHistory",
    path = "/deviceManagement/userExperienceAnalyticsDeviceStartupHistory"
)]
pub struct UserExperienceAnalyticsDeviceStartupHistory {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The device core boot time in milliseconds. Supports: $select, $OrderBy. Read-only. Not
    /// nullable.
    #[graph(non_nullable)]
    pub core_boot_time_in_ms: Option<i32>,
    /// The device core login time in milliseconds. Supports: $select, $OrderBy. Read-only. Not
    /// nullable.
    #[graph(non_nullable)]
    pub core_login_time_in_ms: Option<i32>,
    /// The Intune device id of the device. Supports: $select, $OrderBy. Read-only.
    pub device_id: Option<String>,
    /// The impact of device feature updates on boot time in milliseconds. Supports: $select,
    /// $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub feature_update_boot_time_in_ms: Option<i32>,
    /// The impact of device group policy client on boot time in milliseconds. Supports: $select,
    /// $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub group_policy_boot_time_in_ms: Option<i32>,
    /// The impact of device group policy client on login time in milliseconds. Supports: $select,
    /// $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub group_policy_login_time_in_ms: Option<i32>,
    /// When TRUE, indicates the device boot record is associated with feature updates. When FALSE,
    /// indicates the device boot record is not associated with feature updates. Supports: $select,
    /// $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub is_feature_update: Option<bool>,
    /// When TRUE, indicates the device login is the first login after a reboot. When FALSE,
    /// indicates the device login is not the first login after a reboot. Supports: $select,
    /// $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub is_first_login: Option<bool>,
    /// The user experience analytics device boot record's operating system version. Supports:
    /// $select, $OrderBy. Read-only.
    pub operating_system_version: Option<String>,
    /// The time for desktop to become responsive during login process in milliseconds. Supports:
    /// $select, $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub responsive_desktop_time_in_ms: Option<i32>,
    /// OS restart category. Possible values are: unknown, restartWithUpdate, restartWithoutUpdate,
    /// blueScreen, shutdownWithUpdate, shutdownWithoutUpdate, longPowerButtonPress, bootError,
    /// update. Unknown by default. Supports: $select, $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub restart_category: Option<UserExperienceAnalyticsOperatingSystemRestartCategory>,
    /// OS restart fault bucket. The fault bucket is used to find additional information about a
    /// system crash. Supports: $select, $OrderBy. Read-only.
    pub restart_fault_bucket: Option<String>,
    /// OS restart stop code. This shows the bug check code which can be used to look up the blue
    /// screen reason. Supports: $select, $OrderBy. Read-only.
    pub restart_stop_code: Option<String>,
    /// The device boot start time. The value cannot be modified and is automatically populated when
    /// the device performs a reboot. The Timestamp type represents date and time information using
    /// ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2022 would
    /// look like this: '2022-01-01T00:00:00Z'. Returned by default. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub start_time: Option<edm::DateTimeOffset>,
    /// The device total boot time in milliseconds. Supports: $select, $OrderBy. Read-only. Not
    /// nullable.
    #[graph(non_nullable)]
    pub total_boot_time_in_ms: Option<i32>,
    /// The device total login time in milliseconds. Supports: $select, $OrderBy. Read-only. Not
    /// nullable.
    #[graph(non_nullable)]
    pub total_login_time_in_ms: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics device startup process details.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsDeviceStartupProcess",
    path = "/deviceManagement/userExperienceAnalyticsDeviceStartupProcesses"
)]
pub struct UserExperienceAnalyticsDeviceStartupProcess {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The Intune device id of the device. Supports: $select, $OrderBy. Read-only.
    pub managed_device_id: Option<String>,
    /// The name of the process. Examples: outlook, excel. Supports: $select, $OrderBy. Read-only.
    pub process_name: Option<String>,
    /// The product name of the process. Examples: Microsoft Outlook, Microsoft Excel. Supports:
    /// $select, $OrderBy. Read-only.
    pub product_name: Option<String>,
    /// The publisher of the process. Examples: Microsoft Corporation, Contoso Corp. Supports:
    /// $select, $OrderBy. Read-only.
    pub publisher: Option<String>,
    /// The impact of startup process on device boot time in milliseconds. Supports: $select,
    /// $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub startup_impact_in_ms: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics device startup process performance.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance",
    path = "/deviceManagement/userExperienceAnalyticsDeviceStartupProcessPerformance"
)]
pub struct UserExperienceAnalyticsDeviceStartupProcessPerformance {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The count of devices which initiated this process on startup. Supports: $filter, $select,
    /// $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub device_count: Option<edm::Int64>,
    /// The median impact of startup process on device boot time in milliseconds. Supports: $filter,
    /// $select, $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub median_impact_in_ms: Option<edm::Int64>,
    /// The name of the startup process. Examples: outlook, excel. Supports: $select, $OrderBy.
    /// Read-only.
    pub process_name: Option<String>,
    /// The product name of the startup process. Examples: Microsoft Outlook, Microsoft Excel.
    /// Supports: $select, $OrderBy. Read-only.
    pub product_name: Option<String>,
    /// The publisher of the startup process. Examples: Microsoft Corporation, Contoso Corp.
    /// Supports: $select, $OrderBy. Read-only.
    pub publisher: Option<String>,
    /// The total impact of startup process on device boot time in milliseconds. Supports: $filter,
    /// $select, $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub total_impact_in_ms: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics metric contains the score and units of a metric of a user
/// experience anlaytics category.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsMetric"
)]
pub struct UserExperienceAnalyticsMetric {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The unit of the user experience analytics metric. Examples: none, percentage, count,
    /// seconds, score.
    pub unit: Option<String>,
    /// The value of the user experience analytics metric. Not nullable.
    #[graph(non_nullable)]
    pub value: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics metric history.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsMetricHistory",
    path = "/deviceManagement/userExperienceAnalyticsMetricHistory"
)]
pub struct UserExperienceAnalyticsMetricHistory {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The Intune device id of the device.
    pub device_id: Option<String>,
    /// The metric date time. The value cannot be modified and is automatically populated when the
    /// metric is created. The Timestamp type represents date and time information using ISO 8601
    /// format and is always in UTC time. For example, midnight UTC on Jan 1, 2014 would look like
    /// this: '2014-01-01T00:00:00Z'. Returned by default. Not nullable.
    #[graph(non_nullable)]
    pub metric_date_time: Option<edm::DateTimeOffset>,
    /// The user experience analytics metric type.
    pub metric_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics model scores entity consolidates the various Endpoint Analytics
/// scores.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsModelScores",
    path = "/deviceManagement/userExperienceAnalyticsModelScores"
)]
pub struct UserExperienceAnalyticsModelScores {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Indicates a score calculated from application health data to indicate when a device is
    /// having problems running one or more applications. Valid values range from 0-100. Value -1
    /// means associated score is unavailable. A higher score indicates a healthier device.
    /// Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub app_reliability_score: Option<edm::Double>,
    /// Indicates a calulated score indicating the health of the device's battery. Valid values
    /// range from 0-100. Value -1 means associated score is unavailable. A higher score indicates a
    /// healthier device. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308.
    /// Not nullable.
    #[graph(non_nullable)]
    pub battery_health_score: Option<edm::Double>,
    /// Indicates a weighted average of the various scores. Valid values range from 0-100. Value -1
    /// means associated score is unavailable. A higher score indicates a healthier device.
    /// Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub endpoint_analytics_score: Option<edm::Double>,
    /// The health status of the device. Possible values are: unknown, insufficientData,
    /// needsAttention, meetingGoals. Unknown by default. Supports: $filter, $select, $OrderBy.
    /// Read-only. Not nullable.
    #[graph(non_nullable)]
    pub health_status: Option<UserExperienceAnalyticsHealthState>,
    /// The manufacturer name of the device. Examples: Microsoft Corporation, HP, Lenovo. Supports:
    /// $select, $OrderBy. Read-only.
    pub manufacturer: Option<String>,
    /// The model name of the device. Supports: $select, $OrderBy. Read-only.
    pub model: Option<String>,
    /// Indicates unique devices count of given model in a consolidated report. Supports: $select,
    /// $OrderBy. Read-only. Valid values -9.22337203685478E+18 to 9.22337203685478E+18. Not
    /// nullable.
    #[graph(non_nullable)]
    pub model_device_count: Option<edm::Int64>,
    /// Indicates a weighted average of boot score and logon score used for measuring startup
    /// performance. Valid values range from 0-100. Value -1 means associated score is unavailable.
    /// A higher score indicates a healthier device. Read-only. Valid values -1.79769313486232E+308
    /// to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub startup_performance_score: Option<edm::Double>,
    /// Indicates a weighted score of the work from anywhere on a device level. Valid values range
    /// from 0-100. Value -1 means associated score is unavailable. A higher score indicates a
    /// healthier device. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308.
    /// Not nullable.
    #[graph(non_nullable)]
    pub work_from_anywhere_score: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics overview entity contains the overall score and the scores and
/// insights of every metric of all categories.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsOverview"
)]
pub struct UserExperienceAnalyticsOverview {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The user experience analytics insights. Read-only.
    pub insights: Option<Vec<UserExperienceAnalyticsInsight>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics device startup score history.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsScoreHistory",
    path = "/deviceManagement/userExperienceAnalyticsScoreHistory"
)]
pub struct UserExperienceAnalyticsScoreHistory {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The device startup date time. The value cannot be modified and is automatically populated.
    /// The Timestamp type represents date and time information using ISO 8601 format and is always
    /// in UTC time. For example, midnight UTC on Jan 1, 2014 would look like this:
    /// '2014-01-01T00:00:00Z'. Returned by default. Not nullable.
    #[graph(non_nullable)]
    pub startup_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics device for work from anywhere report.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice"
)]
pub struct UserExperienceAnalyticsWorkFromAnywhereDevice {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// When TRUE, indicates the intune device's autopilot profile is assigned. When FALSE,
    /// indicates it's not Assigned. Supports: $select, $OrderBy. Read-only.
    pub auto_pilot_profile_assigned: Option<bool>,
    /// When TRUE, indicates the intune device's autopilot is registered. When FALSE, indicates it's
    /// not registered. Supports: $select, $OrderBy. Read-only.
    pub auto_pilot_registered: Option<bool>,
    /// The Azure Active Directory (Azure AD) device Id. Supports: $select, $OrderBy. Read-only.
    pub azure_ad_device_id: Option<String>,
    /// The work from anywhere device's Azure Active Directory (Azure AD) join type. Supports:
    /// $select, $OrderBy. Read-only.
    pub azure_ad_join_type: Option<String>,
    /// When TRUE, indicates the device's Azure Active Directory (Azure AD) is registered. When
    /// False, indicates it's not registered. Supports: $select, $OrderBy. Read-only.
    pub azure_ad_registered: Option<bool>,
    /// Indicates per device cloud identity score. Valid values 0 to 100. Value -1 means associated
    /// score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values
    /// -1.79769313486232E+308 to 1.79769313486232E+308
    pub cloud_identity_score: Option<edm::Double>,
    /// Indicates per device cloud management score. Valid values 0 to 100. Value -1 means
    /// associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values
    /// -1.79769313486232E+308 to 1.79769313486232E+308
    pub cloud_management_score: Option<edm::Double>,
    /// Indicates per device cloud provisioning score. Valid values 0 to 100. Value -1 means
    /// associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values
    /// -1.79769313486232E+308 to 1.79769313486232E+308
    pub cloud_provisioning_score: Option<edm::Double>,
    /// When TRUE, indicates the device's compliance policy is set to intune. When FALSE, indicates
    /// it's not set to intune. Supports: $select, $OrderBy. Read-only.
    pub compliance_policy_set_to_intune: Option<bool>,
    /// The Intune device id of the device. Supports: $select, $OrderBy. Read-only.
    pub device_id: Option<String>,
    /// The name of the device. Supports: $select, $OrderBy. Read-only.
    pub device_name: Option<String>,
    /// The health state of the user experience analytics work from anywhere device. Possible values
    /// are: unknown, insufficientData, needsAttention, meetingGoals. Unknown by default. Supports:
    /// $select, $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub health_status: Option<UserExperienceAnalyticsHealthState>,
    /// When TRUE, indicates the device's Cloud Management Gateway for Configuration Manager is
    /// enabled. When FALSE, indicates it's not enabled. Supports: $select, $OrderBy. Read-only.
    pub is_cloud_managed_gateway_enabled: Option<bool>,
    /// The management agent of the device. Supports: $select, $OrderBy. Read-only.
    pub managed_by: Option<String>,
    /// The manufacturer name of the device. Supports: $select, $OrderBy. Read-only.
    pub manufacturer: Option<String>,
    /// The model name of the device. Supports: $select, $OrderBy. Read-only.
    pub model: Option<String>,
    /// When TRUE, indicates OS check failed for device to upgrade to the latest version of windows.
    /// When FALSE, indicates the check succeeded. Supports: $select, $OrderBy. Read-only.
    pub os_check_failed: Option<bool>,
    /// The OS description of the device. Supports: $select, $OrderBy. Read-only.
    pub os_description: Option<String>,
    /// The OS version of the device. Supports: $select, $OrderBy. Read-only.
    pub os_version: Option<String>,
    /// When TRUE, indicates the device's other workloads is set to intune. When FALSE, indicates
    /// it's not set to intune. Supports: $select, $OrderBy. Read-only.
    pub other_workloads_set_to_intune: Option<bool>,
    /// Ownership of the device. Supports: $select, $OrderBy. Read-only.
    pub ownership: Option<String>,
    /// When TRUE, indicates processor hardware 64-bit architecture check failed for device to
    /// upgrade to the latest version of windows. When FALSE, indicates the check succeeded.
    /// Supports: $select, $OrderBy. Read-only.
    pub processor64_bit_check_failed: Option<bool>,
    /// When TRUE, indicates processor hardware core count check failed for device to upgrade to the
    /// latest version of windows. When FALSE, indicates the check succeeded. Supports: $select,
    /// $OrderBy. Read-only.
    pub processor_core_count_check_failed: Option<bool>,
    /// When TRUE, indicates processor hardware family check failed for device to upgrade to the
    /// latest version of windows. When FALSE, indicates the check succeeded. Supports: $select,
    /// $OrderBy. Read-only.
    pub processor_family_check_failed: Option<bool>,
    /// When TRUE, indicates processor hardware speed check failed for device to upgrade to the
    /// latest version of windows. When FALSE, indicates the check succeeded. Supports: $select,
    /// $OrderBy. Read-only.
    pub processor_speed_check_failed: Option<bool>,
    /// When TRUE, indicates RAM hardware check failed for device to upgrade to the latest version
    /// of windows. When FALSE, indicates the check succeeded. Supports: $select, $OrderBy.
    /// Read-only.
    pub ram_check_failed: Option<bool>,
    /// When TRUE, indicates secure boot hardware check failed for device to upgrade to the latest
    /// version of windows. When FALSE, indicates the check succeeded. Supports: $select, $OrderBy.
    /// Read-only.
    pub secure_boot_check_failed: Option<bool>,
    /// The serial number of the device. Supports: $select, $OrderBy. Read-only.
    pub serial_number: Option<String>,
    /// When TRUE, indicates storage hardware check failed for device to upgrade to the latest
    /// version of windows. When FALSE, indicates the check succeeded. Supports: $select, $OrderBy.
    /// Read-only.
    pub storage_check_failed: Option<bool>,
    /// When TRUE, indicates the device is Tenant Attached. When FALSE, indicates it's not Tenant
    /// Attached. Supports: $select, $OrderBy. Read-only.
    pub tenant_attached: Option<bool>,
    /// When TRUE, indicates Trusted Platform Module (TPM) hardware check failed for device to the
    /// latest version of upgrade to windows. When FALSE, indicates the check succeeded. Supports:
    /// $select, $OrderBy. Read-only.
    pub tpm_check_failed: Option<bool>,
    /// The windows upgrade eligibility status of device. Possible values are: upgraded, unknown,
    /// notCapable, capable. Unknown by default. Supports: $select, $OrderBy. Read-only. Not
    /// nullable.
    #[graph(non_nullable)]
    pub upgrade_eligibility: Option<OperatingSystemUpgradeEligibility>,
    /// Indicates per device windows score. Valid values 0 to 100. Value -1 means associated score
    /// is unavailable. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308
    /// to 1.79769313486232E+308
    pub windows_score: Option<edm::Double>,
    /// Indicates work from anywhere per device overall score. Valid values 0 to 100. Value -1 means
    /// associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values
    /// -1.79769313486232E+308 to 1.79769313486232E+308
    pub work_from_anywhere_score: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics hardware readiness entity contains account level information about
/// hardware blockers for windows upgrade.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric"
)]
pub struct UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The percentage of devices for which OS check has failed. Valid values 0 to 100. Supports:
    /// $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308.
    /// Not nullable.
    #[graph(non_nullable)]
    pub os_check_failed_percentage: Option<edm::Double>,
    /// The percentage of devices for which processor hardware 64-bit architecture check has failed.
    /// Valid values 0 to 100. Supports: $select, $OrderBy. Read-only. Valid values
    /// -1.79769313486232E+308 to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub processor64_bit_check_failed_percentage: Option<edm::Double>,
    /// The percentage of devices for which processor hardware core count check has failed. Valid
    /// values 0 to 100. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308
    /// to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub processor_core_count_check_failed_percentage: Option<edm::Double>,
    /// The percentage of devices for which processor hardware family check has failed. Valid values
    /// 0 to 100. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to
    /// 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub processor_family_check_failed_percentage: Option<edm::Double>,
    /// The percentage of devices for which processor hardware speed check has failed. Valid values
    /// 0 to 100. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to
    /// 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub processor_speed_check_failed_percentage: Option<edm::Double>,
    /// The percentage of devices for which RAM hardware check has failed. Valid values 0 to 100.
    /// Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to
    /// 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub ram_check_failed_percentage: Option<edm::Double>,
    /// The percentage of devices for which secure boot hardware check has failed. Valid values 0 to
    /// \100. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to
    /// 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub secure_boot_check_failed_percentage: Option<edm::Double>,
    /// The percentage of devices for which storage hardware check has failed. Valid values 0 to
    /// \100. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to
    /// 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub storage_check_failed_percentage: Option<edm::Double>,
    /// The count of total devices in an organization. Valid values 0 to 2147483647. Supports:
    /// $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub total_device_count: Option<i32>,
    /// The percentage of devices for which Trusted Platform Module (TPM) hardware check has failed.
    /// Valid values 0 to 100. Supports: $select, $OrderBy. Read-only. Valid values
    /// -1.79769313486232E+308 to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub tpm_check_failed_percentage: Option<edm::Double>,
    /// The count of devices in an organization eligible for windows upgrade. Valid values 0 to
    /// \2147483647. Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647.
    /// Not nullable.
    #[graph(non_nullable)]
    pub upgrade_eligible_device_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics metric for work from anywhere report.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric",
    path = "/deviceManagement/userExperienceAnalyticsWorkFromAnywhereMetrics",
    contains(name = "metricDevices", target = UserExperienceAnalyticsWorkFromAnywhereDevice)
)]
pub struct UserExperienceAnalyticsWorkFromAnywhereMetric {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The work from anywhere metric devices. Read-only. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub metric_devices: Option<Vec<UserExperienceAnalyticsWorkFromAnywhereDevice>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The user experience analytics work from anywhere model performance.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereModelPerformance",
    path = "/deviceManagement/userExperienceAnalyticsWorkFromAnywhereModelPerformance"
)]
pub struct UserExperienceAnalyticsWorkFromAnywhereModelPerformance {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The cloud identity score of the device model. Valid values 0 to 100. Value -1 means
    /// associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values
    /// -1.79769313486232E+308 to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub cloud_identity_score: Option<edm::Double>,
    /// The cloud management score of the device model. Valid values 0 to 100. Value -1 means
    /// associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values
    /// -1.79769313486232E+308 to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub cloud_management_score: Option<edm::Double>,
    /// The cloud provisioning score of the device model. Valid values 0 to 100. Value -1 means
    /// associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values
    /// -1.79769313486232E+308 to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub cloud_provisioning_score: Option<edm::Double>,
    /// The health state of the user experience analytics work from anywhere device model. Possible
    /// values are: unknown, insufficientData, needsAttention, meetingGoals. Unknown by default.
    /// Supports: $select, $OrderBy. Read-only. Not nullable.
    #[graph(non_nullable)]
    pub health_status: Option<UserExperienceAnalyticsHealthState>,
    /// The manufacturer name of the device. Supports: $select, $OrderBy. Read-only.
    pub manufacturer: Option<String>,
    /// The model name of the device. Supports: $select, $OrderBy. Read-only.
    pub model: Option<String>,
    /// The devices count for the model. Supports: $select, $OrderBy. Read-only. Valid values
    /// -2147483648 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub model_device_count: Option<i32>,
    /// The window score of the device model. Valid values 0 to 100. Value -1 means associated score
    /// is unavailable. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308
    /// to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub windows_score: Option<edm::Double>,
    /// The work from anywhere score of the device model. Valid values 0 to 100. Value -1 means
    /// associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values
    /// -1.79769313486232E+308 to 1.79769313486232E+308. Not nullable.
    #[graph(non_nullable)]
    pub work_from_anywhere_score: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.virtualEndpoint",
    contains(name = "auditEvents", target = CloudPcAuditEvent),
    contains(name = "deviceImages", target = CloudPcDeviceImage),
    contains(name = "galleryImages", target = CloudPcGalleryImage),
    contains(name = "onPremisesConnections", target = CloudPcOnPremisesConnection),
    contains(name = "provisioningPolicies", target = CloudPcProvisioningPolicy),
    contains(name = "report", target = CloudPcReport, single),
    contains(name = "servicePlans", target = CloudPcServicePlan),
    contains(name = "userSettings", target = CloudPcUserSetting)
)]
#[cfg_attr(feature = "users", graph(contains(name = "cloudPCs", target = CloudPC)))]
pub struct VirtualEndpoint {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub audit_events: Option<Vec<CloudPcAuditEvent>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub cloud_p_cs: Option<Vec<CloudPC>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub device_images: Option<Vec<CloudPcDeviceImage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub gallery_images: Option<Vec<CloudPcGalleryImage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub on_premises_connections: Option<Vec<CloudPcOnPremisesConnection>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub provisioning_policies: Option<Vec<CloudPcProvisioningPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub report: Option<CloudPcReport>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub service_plans: Option<Vec<CloudPcServicePlan>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_settings: Option<Vec<CloudPcUserSetting>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// This class contains compliance settings for Windows 10.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windows10CompliancePolicy")]
pub struct Windows10CompliancePolicy {
    /// The inherited properties of `deviceCompliancePolicy`.
    #[graph(base)]
    pub base: DeviceCompliancePolicy,
    /// Require devices to be reported healthy by Windows Device Health Attestation - bit locker is
    /// enabled. Not nullable.
    #[graph(non_nullable)]
    pub bit_locker_enabled: Option<bool>,
    /// Require devices to be reported as healthy by Windows Device Health Attestation. Not
    /// nullable.
    #[graph(non_nullable)]
    pub code_integrity_enabled: Option<bool>,
    /// Require devices to be reported as healthy by Windows Device Health Attestation - early
    /// launch antimalware driver is enabled. Not nullable.
    #[graph(non_nullable)]
    pub early_launch_anti_malware_driver_enabled: Option<bool>,
    /// Maximum Windows Phone version.
    pub mobile_os_maximum_version: Option<String>,
    /// Minimum Windows Phone version.
    pub mobile_os_minimum_version: Option<String>,
    /// Maximum Windows 10 version.
    pub os_maximum_version: Option<String>,
    /// Minimum Windows 10 version.
    pub os_minimum_version: Option<String>,
    /// Indicates whether or not to block simple password. Not nullable.
    #[graph(non_nullable)]
    pub password_block_simple: Option<bool>,
    /// The password expiration in days.
    pub password_expiration_days: Option<i32>,
    /// The number of character sets required in the password.
    pub password_minimum_character_set_count: Option<i32>,
    /// The minimum password length.
    pub password_minimum_length: Option<i32>,
    /// Minutes of inactivity before a password is required.
    pub password_minutes_of_inactivity_before_lock: Option<i32>,
    /// The number of previous passwords to prevent re-use of.
    pub password_previous_password_block_count: Option<i32>,
    /// Require a password to unlock Windows device. Not nullable.
    #[graph(non_nullable)]
    pub password_required: Option<bool>,
    /// Require a password to unlock an idle device. Not nullable.
    #[graph(non_nullable)]
    pub password_required_to_unlock_from_idle: Option<bool>,
    /// The required password type. Not nullable.
    #[graph(non_nullable)]
    pub password_required_type: Option<RequiredPasswordType>,
    /// Require devices to be reported as healthy by Windows Device Health Attestation. Not
    /// nullable.
    #[graph(non_nullable)]
    pub require_healthy_device_report: Option<bool>,
    /// Require devices to be reported as healthy by Windows Device Health Attestation - secure boot
    /// is enabled. Not nullable.
    #[graph(non_nullable)]
    pub secure_boot_enabled: Option<bool>,
    /// Require encryption on windows devices. Not nullable.
    #[graph(non_nullable)]
    pub storage_require_encryption: Option<bool>,
}

/// This topic provides descriptions of the declared methods, properties and relationships exposed
/// by the windows10CustomConfiguration resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windows10CustomConfiguration")]
pub struct Windows10CustomConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// OMA settings. This collection can contain a maximum of 1000 elements.
    pub oma_settings: Option<Vec<AnyOmaSetting>>,
}

/// This topic provides descriptions of the declared methods, properties and relationships exposed
/// by the Windows10EndpointProtectionConfiguration resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windows10EndpointProtectionConfiguration")]
pub struct Windows10EndpointProtectionConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Allow persisting user generated data inside the App Guard Containter (favorites, cookies,
    /// web passwords, etc.). Not nullable.
    #[graph(non_nullable)]
    pub application_guard_allow_persistence: Option<bool>,
    /// Allow printing to Local Printers from Container. Not nullable.
    #[graph(non_nullable)]
    pub application_guard_allow_print_to_local_printers: Option<bool>,
    /// Allow printing to Network Printers from Container. Not nullable.
    #[graph(non_nullable)]
    pub application_guard_allow_print_to_network_printers: Option<bool>,
    /// Allow printing to PDF from Container. Not nullable.
    #[graph(non_nullable, rename = "applicationGuardAllowPrintToPDF")]
    pub application_guard_allow_print_to_pdf: Option<bool>,
    /// Allow printing to XPS from Container. Not nullable.
    #[graph(non_nullable, rename = "applicationGuardAllowPrintToXPS")]
    pub application_guard_allow_print_to_xps: Option<bool>,
    /// Block clipboard to share data from Host to Container, or from Container to Host, or both
    /// ways, or neither ways. Not nullable.
    #[graph(non_nullable)]
    pub application_guard_block_clipboard_sharing:
        Option<ApplicationGuardBlockClipboardSharingType>,
    /// Block clipboard to transfer image file, text file or neither of them. Not nullable.
    #[graph(non_nullable)]
    pub application_guard_block_file_transfer: Option<ApplicationGuardBlockFileTransferType>,
    /// Block enterprise sites to load non-enterprise content, such as third party plug-ins. Not
    /// nullable.
    #[graph(non_nullable)]
    pub application_guard_block_non_enterprise_content: Option<bool>,
    /// Enable Windows Defender Application Guard. Not nullable.
    #[graph(non_nullable)]
    pub application_guard_enabled: Option<bool>,
    /// Force auditing will persist Windows logs and events to meet security/compliance criteria
    /// (sample events are user login-logoff, use of privilege rights, software installation, system
    /// changes, etc.). Not nullable.
    #[graph(non_nullable)]
    pub application_guard_force_auditing: Option<bool>,
    /// Enables the Admin to choose what types of app to allow on devices. Not nullable.
    #[graph(non_nullable)]
    pub app_locker_application_control: Option<AppLockerApplicationControlType>,
    /// Allows the Admin to disable the warning prompt for other disk encryption on the user
    /// machines. Not nullable.
    #[graph(non_nullable)]
    pub bit_locker_disable_warning_for_other_disk_encryption: Option<bool>,
    /// Allows the admin to require encryption to be turned on using BitLocker. This policy is valid
    /// only for a mobile SKU. Not nullable.
    #[graph(non_nullable)]
    pub bit_locker_enable_storage_card_encryption_on_mobile: Option<bool>,
    /// Allows the admin to require encryption to be turned on using BitLocker. Not nullable.
    #[graph(non_nullable)]
    pub bit_locker_encrypt_device: Option<bool>,
    /// BitLocker Removable Drive Policy.
    pub bit_locker_removable_drive_policy: Option<BitLockerRemovableDrivePolicy>,
    /// List of folder paths to be added to the list of protected folders
    pub defender_additional_guarded_folders: Option<Vec<String>>,
    /// List of exe files and folders to be excluded from attack surface reduction rules
    pub defender_attack_surface_reduction_excluded_paths: Option<Vec<String>>,
    /// Xml content containing information regarding exploit protection details.
    pub defender_exploit_protection_xml: Option<edm::Binary>,
    /// Name of the file from which DefenderExploitProtectionXml was obtained.
    pub defender_exploit_protection_xml_file_name: Option<String>,
    /// List of paths to exe that are allowed to access protected folders
    pub defender_guarded_folders_allowed_app_paths: Option<Vec<String>>,
    /// Indicates whether or not to block user from overriding Exploit Protection settings. Not
    /// nullable.
    #[graph(non_nullable)]
    pub defender_security_center_block_exploit_protection_override: Option<bool>,
    /// Blocks stateful FTP connections to the device
    #[graph(rename = "firewallBlockStatefulFTP")]
    pub firewall_block_stateful_ftp: Option<bool>,
    /// Specify how the certificate revocation list is to be enforced. Not nullable.
    #[graph(non_nullable)]
    pub firewall_certificate_revocation_list_check_method:
        Option<FirewallCertificateRevocationListCheckMethodType>,
    /// Configures the idle timeout for security associations, in seconds, from 300 to 3600
    /// inclusive. This is the period after which security associations will expire and be deleted.
    /// Valid values 300 to 3600
    pub firewall_idle_timeout_for_security_association_in_seconds: Option<i32>,
    /// Configures IPSec exemptions to allow both IPv4 and IPv6 DHCP traffic. Not nullable.
    #[graph(non_nullable, rename = "firewallIPSecExemptionsAllowDHCP")]
    pub firewall_ip_sec_exemptions_allow_dhcp: Option<bool>,
    /// Configures IPSec exemptions to allow ICMP. Not nullable.
    #[graph(non_nullable, rename = "firewallIPSecExemptionsAllowICMP")]
    pub firewall_ip_sec_exemptions_allow_icmp: Option<bool>,
    /// Configures IPSec exemptions to allow neighbor discovery IPv6 ICMP type-codes. Not nullable.
    #[graph(non_nullable, rename = "firewallIPSecExemptionsAllowNeighborDiscovery")]
    pub firewall_ip_sec_exemptions_allow_neighbor_discovery: Option<bool>,
    /// Configures IPSec exemptions to allow router discovery IPv6 ICMP type-codes. Not nullable.
    #[graph(non_nullable, rename = "firewallIPSecExemptionsAllowRouterDiscovery")]
    pub firewall_ip_sec_exemptions_allow_router_discovery: Option<bool>,
    /// If an authentication set is not fully supported by a keying module, direct the module to
    /// ignore only unsupported authentication suites rather than the entire set
    pub firewall_merge_keying_module_settings: Option<bool>,
    /// Configures how packet queueing should be applied in the tunnel gateway scenario. Not
    /// nullable.
    #[graph(non_nullable)]
    pub firewall_packet_queueing_method: Option<FirewallPacketQueueingMethodType>,
    /// Select the preshared key encoding to be used. Not nullable.
    #[graph(non_nullable)]
    pub firewall_pre_shared_key_encoding_method: Option<FirewallPreSharedKeyEncodingMethodType>,
    /// Configures the firewall profile settings for domain networks
    pub firewall_profile_domain: Option<WindowsFirewallNetworkProfile>,
    /// Configures the firewall profile settings for private networks
    pub firewall_profile_private: Option<WindowsFirewallNetworkProfile>,
    /// Configures the firewall profile settings for public networks
    pub firewall_profile_public: Option<WindowsFirewallNetworkProfile>,
    /// Allows IT Admins to control whether users can can ignore SmartScreen warnings and run
    /// malicious files. Not nullable.
    #[graph(non_nullable)]
    pub smart_screen_block_override_for_files: Option<bool>,
    /// Allows IT Admins to configure SmartScreen for Windows. Not nullable.
    #[graph(non_nullable)]
    pub smart_screen_enable_in_shell: Option<bool>,
}

/// Windows 10 Enrollment Status Page Configuration
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windows10EnrollmentCompletionPageConfiguration")]
pub struct Windows10EnrollmentCompletionPageConfiguration {
    /// The inherited properties of `deviceEnrollmentConfiguration`.
    #[graph(base)]
    pub base: DeviceEnrollmentConfiguration,
    /// When TRUE, ESP (Enrollment Status Page) installs all required apps targeted during
    /// technician phase and ignores any failures for non-blocking apps. When FALSE, ESP fails on
    /// any error during app install. The default is false. Not nullable.
    #[graph(non_nullable)]
    pub allow_non_blocking_app_installation: Option<bool>,
}

/// Windows10 Enterprise Modern App Management Configuration.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration")]
pub struct Windows10EnterpriseModernAppManagementConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Indicates whether or not to uninstall a fixed list of built-in Windows apps. Not nullable.
    #[graph(non_nullable)]
    pub uninstall_built_in_apps: Option<bool>,
}

/// This topic provides descriptions of the declared methods, properties and relationships exposed
/// by the windows10GeneralConfiguration resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windows10GeneralConfiguration")]
pub struct Windows10GeneralConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Indicates whether or not to Block the user from adding email accounts to the device that are
    /// not associated with a Microsoft account. Not nullable.
    #[graph(non_nullable)]
    pub accounts_block_adding_non_microsoft_account_email: Option<bool>,
    /// Indicates whether or not to block the user from selecting an AntiTheft mode preference
    /// (Windows 10 Mobile only). Not nullable.
    #[graph(non_nullable)]
    pub anti_theft_mode_blocked: Option<bool>,
    /// Indicates whether apps from AppX packages signed with a trusted certificate can be side
    /// loaded. Not nullable.
    #[graph(non_nullable)]
    pub apps_allow_trusted_apps_sideloading: Option<StateManagementSetting>,
    /// Indicates whether or not to disable the launch of all apps from Windows Store that came
    /// pre-installed or were downloaded. Not nullable.
    #[graph(non_nullable)]
    pub apps_block_windows_store_originated_apps: Option<bool>,
    /// Specify a list of allowed Bluetooth services and profiles in hex formatted strings.
    pub bluetooth_allowed_services: Option<Vec<String>>,
    /// Whether or not to Block the user from using bluetooth advertising. Not nullable.
    #[graph(non_nullable)]
    pub bluetooth_block_advertising: Option<bool>,
    /// Whether or not to Block the user from using bluetooth discoverable mode. Not nullable.
    #[graph(non_nullable)]
    pub bluetooth_block_discoverable_mode: Option<bool>,
    /// Whether or not to Block the user from using bluetooth. Not nullable.
    #[graph(non_nullable)]
    pub bluetooth_blocked: Option<bool>,
    /// Whether or not to block specific bundled Bluetooth peripherals to automatically pair with
    /// the host device. Not nullable.
    #[graph(non_nullable)]
    pub bluetooth_block_pre_pairing: Option<bool>,
    /// Whether or not to Block the user from accessing the camera of the device. Not nullable.
    #[graph(non_nullable)]
    pub camera_blocked: Option<bool>,
    /// Whether or not to Block the user from using data over cellular while roaming. Not nullable.
    #[graph(non_nullable)]
    pub cellular_block_data_when_roaming: Option<bool>,
    /// Whether or not to Block the user from using VPN over cellular. Not nullable.
    #[graph(non_nullable)]
    pub cellular_block_vpn: Option<bool>,
    /// Whether or not to Block the user from using VPN when roaming over cellular. Not nullable.
    #[graph(non_nullable)]
    pub cellular_block_vpn_when_roaming: Option<bool>,
    /// Whether or not to Block the user from doing manual root certificate installation. Not
    /// nullable.
    #[graph(non_nullable)]
    pub certificates_block_manual_root_certificate_installation: Option<bool>,
    /// Whether or not to block Connected Devices Service which enables discovery and connection to
    /// other devices, remote messaging, remote app sessions and other cross-device experiences. Not
    /// nullable.
    #[graph(non_nullable)]
    pub connected_devices_service_blocked: Option<bool>,
    /// Whether or not to Block the user from using copy paste. Not nullable.
    #[graph(non_nullable)]
    pub copy_paste_blocked: Option<bool>,
    /// Whether or not to Block the user from using Cortana. Not nullable.
    #[graph(non_nullable)]
    pub cortana_blocked: Option<bool>,
    /// Whether or not to block end user access to Defender. Not nullable.
    #[graph(non_nullable)]
    pub defender_block_end_user_access: Option<bool>,
    /// Specifies the level of cloud-delivered protection. Not nullable.
    #[graph(non_nullable)]
    pub defender_cloud_block_level: Option<DefenderCloudBlockLevelType>,
    /// Number of days before deleting quarantined malware. Valid values 0 to 90
    pub defender_days_before_deleting_quarantined_malware: Option<i32>,
    /// Gets or sets Defender’s actions to take on detected Malware per threat level.
    pub defender_detected_malware_actions: Option<DefenderDetectedMalwareActions>,
    /// File extensions to exclude from scans and real time protection.
    pub defender_file_extensions_to_exclude: Option<Vec<String>>,
    /// Files and folder to exclude from scans and real time protection.
    pub defender_files_and_folders_to_exclude: Option<Vec<String>>,
    /// Value for monitoring file activity. Not nullable.
    #[graph(non_nullable)]
    pub defender_monitor_file_activity: Option<DefenderMonitorFileActivity>,
    /// Processes to exclude from scans and real time protection.
    pub defender_processes_to_exclude: Option<Vec<String>>,
    /// The configuration for how to prompt user for sample submission. Not nullable.
    #[graph(non_nullable)]
    pub defender_prompt_for_sample_submission: Option<DefenderPromptForSampleSubmission>,
    /// Indicates whether or not to require behavior monitoring. Not nullable.
    #[graph(non_nullable)]
    pub defender_require_behavior_monitoring: Option<bool>,
    /// Indicates whether or not to require cloud protection. Not nullable.
    #[graph(non_nullable)]
    pub defender_require_cloud_protection: Option<bool>,
    /// Indicates whether or not to require network inspection system. Not nullable.
    #[graph(non_nullable)]
    pub defender_require_network_inspection_system: Option<bool>,
    /// Indicates whether or not to require real time monitoring. Not nullable.
    #[graph(non_nullable)]
    pub defender_require_real_time_monitoring: Option<bool>,
    /// Indicates whether or not to scan archive files. Not nullable.
    #[graph(non_nullable)]
    pub defender_scan_archive_files: Option<bool>,
    /// Indicates whether or not to scan downloads. Not nullable.
    #[graph(non_nullable)]
    pub defender_scan_downloads: Option<bool>,
    /// Indicates whether or not to scan incoming mail messages. Not nullable.
    #[graph(non_nullable)]
    pub defender_scan_incoming_mail: Option<bool>,
    /// Indicates whether or not to scan mapped network drives during full scan. Not nullable.
    #[graph(non_nullable)]
    pub defender_scan_mapped_network_drives_during_full_scan: Option<bool>,
    /// Max CPU usage percentage during scan. Valid values 0 to 100
    pub defender_scan_max_cpu: Option<i32>,
    /// Indicates whether or not to scan files opened from a network folder. Not nullable.
    #[graph(non_nullable)]
    pub defender_scan_network_files: Option<bool>,
    /// Indicates whether or not to scan removable drives during full scan. Not nullable.
    #[graph(non_nullable)]
    pub defender_scan_removable_drives_during_full_scan: Option<bool>,
    /// Indicates whether or not to scan scripts loaded in Internet Explorer browser. Not nullable.
    #[graph(non_nullable)]
    pub defender_scan_scripts_loaded_in_internet_explorer: Option<bool>,
    /// The defender system scan type. Not nullable.
    #[graph(non_nullable)]
    pub defender_scan_type: Option<DefenderScanType>,
    /// The time to perform a daily quick scan.
    pub defender_scheduled_quick_scan_time: Option<edm::TimeOfDay>,
    /// The defender time for the system scan.
    pub defender_scheduled_scan_time: Option<edm::TimeOfDay>,
    /// The signature update interval in hours. Specify 0 not to check. Valid values 0 to 24
    pub defender_signature_update_interval_in_hours: Option<i32>,
    /// Defender day of the week for the system scan. Not nullable.
    #[graph(non_nullable)]
    pub defender_system_scan_schedule: Option<WeeklySchedule>,
    /// Indicates whether or not to allow developer unlock. Not nullable.
    #[graph(non_nullable)]
    pub developer_unlock_setting: Option<StateManagementSetting>,
    /// Indicates whether or not to Block the user from resetting their phone. Not nullable.
    #[graph(non_nullable)]
    pub device_management_block_factory_reset_on_mobile: Option<bool>,
    /// Indicates whether or not to Block the user from doing manual un-enrollment from device
    /// management. Not nullable.
    #[graph(non_nullable)]
    pub device_management_block_manual_unenroll: Option<bool>,
    /// Gets or sets a value allowing the device to send diagnostic and usage telemetry data, such
    /// as Watson. Not nullable.
    #[graph(non_nullable)]
    pub diagnostics_data_submission_mode: Option<DiagnosticDataSubmissionMode>,
    /// Allow users to change Start pages on Edge. Use the EdgeHomepageUrls to specify the Start
    /// pages that the user would see by default when they open Edge. Not nullable.
    #[graph(non_nullable)]
    pub edge_allow_start_pages_modification: Option<bool>,
    /// Indicates whether or not to prevent access to about flags on Edge browser. Not nullable.
    #[graph(non_nullable)]
    pub edge_block_access_to_about_flags: Option<bool>,
    /// Block the address bar dropdown functionality in Microsoft Edge. Disable this settings to
    /// minimize network connections from Microsoft Edge to Microsoft services. Not nullable.
    #[graph(non_nullable)]
    pub edge_block_address_bar_dropdown: Option<bool>,
    /// Indicates whether or not to block auto fill. Not nullable.
    #[graph(non_nullable)]
    pub edge_block_autofill: Option<bool>,
    /// Block Microsoft compatibility list in Microsoft Edge. This list from Microsoft helps Edge
    /// properly display sites with known compatibility issues. Not nullable.
    #[graph(non_nullable)]
    pub edge_block_compatibility_list: Option<bool>,
    /// Indicates whether or not to block developer tools in the Edge browser. Not nullable.
    #[graph(non_nullable)]
    pub edge_block_developer_tools: Option<bool>,
    /// Indicates whether or not to Block the user from using the Edge browser. Not nullable.
    #[graph(non_nullable)]
    pub edge_blocked: Option<bool>,
    /// Indicates whether or not to block extensions in the Edge browser. Not nullable.
    #[graph(non_nullable)]
    pub edge_block_extensions: Option<bool>,
    /// Indicates whether or not to block InPrivate browsing on corporate networks, in the Edge
    /// browser. Not nullable.
    #[graph(non_nullable)]
    pub edge_block_in_private_browsing: Option<bool>,
    /// Indicates whether or not to Block the user from using JavaScript. Not nullable.
    #[graph(non_nullable)]
    pub edge_block_java_script: Option<bool>,
    /// Block the collection of information by Microsoft for live tile creation when users pin a
    /// site to Start from Microsoft Edge. Not nullable.
    #[graph(non_nullable)]
    pub edge_block_live_tile_data_collection: Option<bool>,
    /// Indicates whether or not to Block password manager. Not nullable.
    #[graph(non_nullable)]
    pub edge_block_password_manager: Option<bool>,
    /// Indicates whether or not to block popups. Not nullable.
    #[graph(non_nullable)]
    pub edge_block_popups: Option<bool>,
    /// Indicates whether or not to block the user from using the search suggestions in the address
    /// bar. Not nullable.
    #[graph(non_nullable)]
    pub edge_block_search_suggestions: Option<bool>,
    /// Indicates whether or not to Block the user from sending the do not track header. Not
    /// nullable.
    #[graph(non_nullable)]
    pub edge_block_sending_do_not_track_header: Option<bool>,
    /// Indicates whether or not to switch the intranet traffic from Edge to Internet Explorer.
    /// Note: the name of this property is misleading; the property is obsolete, use
    /// EdgeSendIntranetTrafficToInternetExplorer instead. Not nullable.
    #[graph(non_nullable)]
    pub edge_block_sending_intranet_traffic_to_internet_explorer: Option<bool>,
    /// Clear browsing data on exiting Microsoft Edge. Not nullable.
    #[graph(non_nullable)]
    pub edge_clear_browsing_data_on_exit: Option<bool>,
    /// Indicates which cookies to block in the Edge browser. Not nullable.
    #[graph(non_nullable)]
    pub edge_cookie_policy: Option<EdgeCookiePolicy>,
    /// Block the Microsoft web page that opens on the first use of Microsoft Edge. This policy
    /// allows enterprises, like those enrolled in zero emissions configurations, to block this
    /// page. Not nullable.
    #[graph(non_nullable)]
    pub edge_disable_first_run_page: Option<bool>,
    /// Indicates the enterprise mode site list location. Could be a local file, local network or
    /// http location.
    pub edge_enterprise_mode_site_list_location: Option<String>,
    /// The first run URL for when Edge browser is opened for the first time.
    pub edge_first_run_url: Option<String>,
    /// The list of URLs for homepages shodwn on MDM-enrolled devices on Edge browser.
    pub edge_homepage_urls: Option<Vec<String>>,
    /// Indicates whether or not to Require the user to use the smart screen filter. Not nullable.
    #[graph(non_nullable)]
    pub edge_require_smart_screen: Option<bool>,
    /// Allows IT admins to set a default search engine for MDM-Controlled devices. Users can
    /// override this and change their default search engine provided the
    /// AllowSearchEngineCustomization policy is not set.
    pub edge_search_engine: Option<AnyEdgeSearchEngineBase>,
    /// Indicates whether or not to switch the intranet traffic from Edge to Internet Explorer. Not
    /// nullable.
    #[graph(non_nullable)]
    pub edge_send_intranet_traffic_to_internet_explorer: Option<bool>,
    /// Enable favorites sync between Internet Explorer and Microsoft Edge. Additions, deletions,
    /// modifications and order changes to favorites are shared between browsers. Not nullable.
    #[graph(non_nullable)]
    pub edge_sync_favorites_with_internet_explorer: Option<bool>,
    /// Endpoint for discovering cloud printers.
    pub enterprise_cloud_print_discovery_end_point: Option<String>,
    /// Maximum number of printers that should be queried from a discovery endpoint. This is a
    /// mobile only setting. Valid values 1 to 65535
    pub enterprise_cloud_print_discovery_max_limit: Option<i32>,
    /// OAuth resource URI for printer discovery service as configured in Azure portal.
    pub enterprise_cloud_print_mopria_discovery_resource_identifier: Option<String>,
    /// Authentication endpoint for acquiring OAuth tokens.
    pub enterprise_cloud_print_o_auth_authority: Option<String>,
    /// GUID of a client application authorized to retrieve OAuth tokens from the OAuth Authority.
    pub enterprise_cloud_print_o_auth_client_identifier: Option<String>,
    /// OAuth resource URI for print service as configured in the Azure portal.
    pub enterprise_cloud_print_resource_identifier: Option<String>,
    /// Indicates whether or not to enable device discovery UX. Not nullable.
    #[graph(non_nullable)]
    pub experience_block_device_discovery: Option<bool>,
    /// Indicates whether or not to allow the error dialog from displaying if no SIM card is
    /// detected. Not nullable.
    #[graph(non_nullable, rename = "experienceBlockErrorDialogWhenNoSIM")]
    pub experience_block_error_dialog_when_no_sim: Option<bool>,
    /// Indicates whether or not to enable task switching on the device. Not nullable.
    #[graph(non_nullable)]
    pub experience_block_task_switcher: Option<bool>,
    /// Indicates whether or not to block DVR and broadcasting. Not nullable.
    #[graph(non_nullable)]
    pub game_dvr_blocked: Option<bool>,
    /// Indicates whether or not to Block the user from using internet sharing. Not nullable.
    #[graph(non_nullable)]
    pub internet_sharing_blocked: Option<bool>,
    /// Indicates whether or not to Block the user from location services. Not nullable.
    #[graph(non_nullable)]
    pub location_services_blocked: Option<bool>,
    /// Specify whether to show a user-configurable setting to control the screen timeout while on
    /// the lock screen of Windows 10 Mobile devices. If this policy is set to Allow, the value set
    /// by lockScreenTimeoutInSeconds is ignored. Not nullable.
    #[graph(non_nullable)]
    pub lock_screen_allow_timeout_configuration: Option<bool>,
    /// Indicates whether or not to block action center notifications over lock screen. Not
    /// nullable.
    #[graph(non_nullable)]
    pub lock_screen_block_action_center_notifications: Option<bool>,
    /// Indicates whether or not the user can interact with Cortana using speech while the system is
    /// locked. Not nullable.
    #[graph(non_nullable)]
    pub lock_screen_block_cortana: Option<bool>,
    /// Indicates whether to allow toast notifications above the device lock screen. Not nullable.
    #[graph(non_nullable)]
    pub lock_screen_block_toast_notifications: Option<bool>,
    /// Set the duration (in seconds) from the screen locking to the screen turning off for Windows
    /// 10 Mobile devices. Supported values are 11-1800. Valid values 11 to 1800
    pub lock_screen_timeout_in_seconds: Option<i32>,
    /// Disables the ability to quickly switch between users that are logged on simultaneously
    /// without logging off. Not nullable.
    #[graph(non_nullable)]
    pub logon_block_fast_user_switching: Option<bool>,
    /// Indicates whether or not to Block a Microsoft account. Not nullable.
    #[graph(non_nullable)]
    pub microsoft_account_blocked: Option<bool>,
    /// Indicates whether or not to Block Microsoft account settings sync. Not nullable.
    #[graph(non_nullable)]
    pub microsoft_account_block_settings_sync: Option<bool>,
    /// If set, proxy settings will be applied to all processes and accounts in the device.
    /// Otherwise, it will be applied to the user account that’s enrolled into MDM. Not nullable.
    #[graph(non_nullable)]
    pub network_proxy_apply_settings_device_wide: Option<bool>,
    /// Address to the proxy auto-config (PAC) script you want to use.
    pub network_proxy_automatic_configuration_url: Option<String>,
    /// Disable automatic detection of settings. If enabled, the system will try to find the path to
    /// a proxy auto-config (PAC) script. Not nullable.
    #[graph(non_nullable)]
    pub network_proxy_disable_auto_detect: Option<bool>,
    /// Specifies manual proxy server settings.
    pub network_proxy_server: Option<Windows10NetworkProxyServer>,
    /// Indicates whether or not to Block the user from using near field communication. Not
    /// nullable.
    #[graph(non_nullable)]
    pub nfc_blocked: Option<bool>,
    /// Gets or sets a value allowing IT admins to prevent apps and features from working with files
    /// on OneDrive. Not nullable.
    #[graph(non_nullable)]
    pub one_drive_disable_file_sync: Option<bool>,
    /// Specify whether PINs or passwords such as "1111" or "1234" are allowed. For Windows 10
    /// desktops, it also controls the use of picture passwords. Not nullable.
    #[graph(non_nullable)]
    pub password_block_simple: Option<bool>,
    /// The password expiration in days. Valid values 0 to 730
    pub password_expiration_days: Option<i32>,
    /// The number of character sets required in the password.
    pub password_minimum_character_set_count: Option<i32>,
    /// The minimum password length. Valid values 4 to 16
    pub password_minimum_length: Option<i32>,
    /// The minutes of inactivity before the screen times out.
    pub password_minutes_of_inactivity_before_screen_timeout: Option<i32>,
    /// The number of previous passwords to prevent reuse of. Valid values 0 to 50
    pub password_previous_password_block_count: Option<i32>,
    /// Indicates whether or not to require the user to have a password. Not nullable.
    #[graph(non_nullable)]
    pub password_required: Option<bool>,
    /// The required password type. Not nullable.
    #[graph(non_nullable)]
    pub password_required_type: Option<RequiredPasswordType>,
    /// Indicates whether or not to require a password upon resuming from an idle state. Not
    /// nullable.
    #[graph(non_nullable)]
    pub password_require_when_resume_from_idle_state: Option<bool>,
    /// The number of sign in failures before factory reset. Valid values 0 to 999
    pub password_sign_in_failure_count_before_factory_reset: Option<i32>,
    /// A http or https Url to a jpg, jpeg or png image that needs to be downloaded and used as the
    /// Desktop Image or a file Url to a local image on the file system that needs to used as the
    /// Desktop Image.
    pub personalization_desktop_image_url: Option<String>,
    /// A http or https Url to a jpg, jpeg or png image that neeeds to be downloaded and used as the
    /// Lock Screen Image or a file Url to a local image on the file system that needs to be used as
    /// the Lock Screen Image.
    pub personalization_lock_screen_image_url: Option<String>,
    /// Enables or disables the use of advertising ID. Added in Windows 10, version 1607. Not
    /// nullable.
    #[graph(non_nullable)]
    pub privacy_advertising_id: Option<StateManagementSetting>,
    /// Indicates whether or not to allow the automatic acceptance of the pairing and privacy user
    /// consent dialog when launching apps. Not nullable.
    #[graph(non_nullable)]
    pub privacy_auto_accept_pairing_and_consent_prompts: Option<bool>,
    /// Indicates whether or not to block the usage of cloud based speech services for Cortana,
    /// Dictation, or Store applications. Not nullable.
    #[graph(non_nullable)]
    pub privacy_block_input_personalization: Option<bool>,
    /// Indicates whether or not to Block the user from reset protection mode. Not nullable.
    #[graph(non_nullable)]
    pub reset_protection_mode_blocked: Option<bool>,
    /// Specifies what filter level of safe search is required. Not nullable.
    #[graph(non_nullable)]
    pub safe_search_filter: Option<SafeSearchFilterType>,
    /// Indicates whether or not to Block the user from taking Screenshots. Not nullable.
    #[graph(non_nullable)]
    pub screen_capture_blocked: Option<bool>,
    /// Specifies if search can use diacritics. Not nullable.
    #[graph(non_nullable)]
    pub search_block_diacritics: Option<bool>,
    /// Specifies whether to use automatic language detection when indexing content and properties.
    /// Not nullable.
    #[graph(non_nullable)]
    pub search_disable_auto_language_detection: Option<bool>,
    /// Indicates whether or not to disable the search indexer backoff feature. Not nullable.
    #[graph(non_nullable)]
    pub search_disable_indexer_backoff: Option<bool>,
    /// Indicates whether or not to block indexing of WIP-protected items to prevent them from
    /// appearing in search results for Cortana or Explorer. Not nullable.
    #[graph(non_nullable)]
    pub search_disable_indexing_encrypted_items: Option<bool>,
    /// Indicates whether or not to allow users to add locations on removable drives to libraries
    /// and to be indexed. Not nullable.
    #[graph(non_nullable)]
    pub search_disable_indexing_removable_drive: Option<bool>,
    /// Specifies minimum amount of hard drive space on the same drive as the index location before
    /// indexing stops. Not nullable.
    #[graph(non_nullable)]
    pub search_enable_automatic_index_size_manangement: Option<bool>,
    /// Indicates whether or not to block remote queries of this computer’s index. Not nullable.
    #[graph(non_nullable)]
    pub search_enable_remote_queries: Option<bool>,
    /// Indicates whether or not to block access to Accounts in Settings app. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_accounts_page: Option<bool>,
    /// Indicates whether or not to block the user from installing provisioning packages. Not
    /// nullable.
    #[graph(non_nullable)]
    pub settings_block_add_provisioning_package: Option<bool>,
    /// Indicates whether or not to block access to Apps in Settings app. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_apps_page: Option<bool>,
    /// Indicates whether or not to block the user from changing the language settings. Not
    /// nullable.
    #[graph(non_nullable)]
    pub settings_block_change_language: Option<bool>,
    /// Indicates whether or not to block the user from changing power and sleep settings. Not
    /// nullable.
    #[graph(non_nullable)]
    pub settings_block_change_power_sleep: Option<bool>,
    /// Indicates whether or not to block the user from changing the region settings. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_change_region: Option<bool>,
    /// Indicates whether or not to block the user from changing date and time settings. Not
    /// nullable.
    #[graph(non_nullable)]
    pub settings_block_change_system_time: Option<bool>,
    /// Indicates whether or not to block access to Devices in Settings app. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_devices_page: Option<bool>,
    /// Indicates whether or not to block access to Ease of Access in Settings app. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_ease_of_access_page: Option<bool>,
    /// Indicates whether or not to block the user from editing the device name. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_edit_device_name: Option<bool>,
    /// Indicates whether or not to block access to Gaming in Settings app. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_gaming_page: Option<bool>,
    /// Indicates whether or not to block access to Network & Internet in Settings app. Not
    /// nullable.
    #[graph(non_nullable)]
    pub settings_block_network_internet_page: Option<bool>,
    /// Indicates whether or not to block access to Personalization in Settings app. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_personalization_page: Option<bool>,
    /// Indicates whether or not to block access to Privacy in Settings app. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_privacy_page: Option<bool>,
    /// Indicates whether or not to block the runtime configuration agent from removing provisioning
    /// packages. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_remove_provisioning_package: Option<bool>,
    /// Indicates whether or not to block access to Settings app. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_settings_app: Option<bool>,
    /// Indicates whether or not to block access to System in Settings app. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_system_page: Option<bool>,
    /// Indicates whether or not to block access to Time & Language in Settings app. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_time_language_page: Option<bool>,
    /// Indicates whether or not to block access to Update & Security in Settings app. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_update_security_page: Option<bool>,
    /// Indicates whether or not to block multiple users of the same app to share data. Not
    /// nullable.
    #[graph(non_nullable)]
    pub shared_user_app_data_allowed: Option<bool>,
    /// Indicates whether or not users can override SmartScreen Filter warnings about potentially
    /// malicious websites. Not nullable.
    #[graph(non_nullable)]
    pub smart_screen_block_prompt_override: Option<bool>,
    /// Indicates whether or not users can override the SmartScreen Filter warnings about
    /// downloading unverified files. Not nullable.
    #[graph(non_nullable)]
    pub smart_screen_block_prompt_override_for_files: Option<bool>,
    /// This property will be deprecated in July 2019 and will be replaced by property
    /// SmartScreenAppInstallControl. Allows IT Admins to control whether users are allowed to
    /// install apps from places other than the Store. Not nullable.
    #[graph(non_nullable)]
    pub smart_screen_enable_app_install_control: Option<bool>,
    /// Indicates whether or not to block the user from unpinning apps from taskbar. Not nullable.
    #[graph(non_nullable)]
    pub start_block_unpinning_apps_from_taskbar: Option<bool>,
    /// Setting the value of this collapses the app list, removes the app list entirely, or disables
    /// the corresponding toggle in the Settings app. Not nullable.
    #[graph(non_nullable)]
    pub start_menu_app_list_visibility: Option<Flags<WindowsStartMenuAppListVisibilityType>>,
    /// Enabling this policy hides the change account setting from appearing in the user tile in the
    /// start menu. Not nullable.
    #[graph(non_nullable)]
    pub start_menu_hide_change_account_settings: Option<bool>,
    /// Enabling this policy hides the most used apps from appearing on the start menu and disables
    /// the corresponding toggle in the Settings app. Not nullable.
    #[graph(non_nullable)]
    pub start_menu_hide_frequently_used_apps: Option<bool>,
    /// Enabling this policy hides hibernate from appearing in the power button in the start menu.
    /// Not nullable.
    #[graph(non_nullable)]
    pub start_menu_hide_hibernate: Option<bool>,
    /// Enabling this policy hides lock from appearing in the user tile in the start menu. Not
    /// nullable.
    #[graph(non_nullable)]
    pub start_menu_hide_lock: Option<bool>,
    /// Enabling this policy hides the power button from appearing in the start menu. Not nullable.
    #[graph(non_nullable)]
    pub start_menu_hide_power_button: Option<bool>,
    /// Enabling this policy hides recent jump lists from appearing on the start menu/taskbar and
    /// disables the corresponding toggle in the Settings app. Not nullable.
    #[graph(non_nullable)]
    pub start_menu_hide_recent_jump_lists: Option<bool>,
    /// Enabling this policy hides recently added apps from appearing on the start menu and disables
    /// the corresponding toggle in the Settings app. Not nullable.
    #[graph(non_nullable)]
    pub start_menu_hide_recently_added_apps: Option<bool>,
    /// Enabling this policy hides “Restart/Update and Restart” from appearing in the power
    /// button in the start menu. Not nullable.
    #[graph(non_nullable)]
    pub start_menu_hide_restart_options: Option<bool>,
    /// Enabling this policy hides shut down/update and shut down from appearing in the power button
    /// in the start menu. Not nullable.
    #[graph(non_nullable)]
    pub start_menu_hide_shut_down: Option<bool>,
    /// Enabling this policy hides sign out from appearing in the user tile in the start menu. Not
    /// nullable.
    #[graph(non_nullable)]
    pub start_menu_hide_sign_out: Option<bool>,
    /// Enabling this policy hides sleep from appearing in the power button in the start menu. Not
    /// nullable.
    #[graph(non_nullable)]
    pub start_menu_hide_sleep: Option<bool>,
    /// Enabling this policy hides switch account from appearing in the user tile in the start menu.
    /// Not nullable.
    #[graph(non_nullable)]
    pub start_menu_hide_switch_account: Option<bool>,
    /// Enabling this policy hides the user tile from appearing in the start menu. Not nullable.
    #[graph(non_nullable)]
    pub start_menu_hide_user_tile: Option<bool>,
    /// This policy setting allows you to import Edge assets to be used with startMenuLayoutXml
    /// policy. Start layout can contain secondary tile from Edge app which looks for Edge local
    /// asset file. Edge local asset would not exist and cause Edge secondary tile to appear empty
    /// in this case. This policy only gets applied when startMenuLayoutXml policy is modified. The
    /// value should be a UTF-8 Base64 encoded byte array.
    pub start_menu_layout_edge_assets_xml: Option<edm::Binary>,
    /// Allows admins to override the default Start menu layout and prevents the user from changing
    /// it. The layout is modified by specifying an XML file based on a layout modification schema.
    /// XML needs to be in a UTF8 encoded byte array format.
    pub start_menu_layout_xml: Option<edm::Binary>,
    /// Allows admins to decide how the Start menu is displayed. Not nullable.
    #[graph(non_nullable)]
    pub start_menu_mode: Option<WindowsStartMenuModeType>,
    /// Enforces the visibility (Show/Hide) of the Documents folder shortcut on the Start menu. Not
    /// nullable.
    #[graph(non_nullable)]
    pub start_menu_pinned_folder_documents: Option<VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Downloads folder shortcut on the Start menu. Not
    /// nullable.
    #[graph(non_nullable)]
    pub start_menu_pinned_folder_downloads: Option<VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the FileExplorer shortcut on the Start menu. Not
    /// nullable.
    #[graph(non_nullable)]
    pub start_menu_pinned_folder_file_explorer: Option<VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the HomeGroup folder shortcut on the Start menu. Not
    /// nullable.
    #[graph(non_nullable)]
    pub start_menu_pinned_folder_home_group: Option<VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Music folder shortcut on the Start menu. Not
    /// nullable.
    #[graph(non_nullable)]
    pub start_menu_pinned_folder_music: Option<VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Network folder shortcut on the Start menu. Not
    /// nullable.
    #[graph(non_nullable)]
    pub start_menu_pinned_folder_network: Option<VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the PersonalFolder shortcut on the Start menu. Not
    /// nullable.
    #[graph(non_nullable)]
    pub start_menu_pinned_folder_personal_folder: Option<VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Pictures folder shortcut on the Start menu. Not
    /// nullable.
    #[graph(non_nullable)]
    pub start_menu_pinned_folder_pictures: Option<VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Settings folder shortcut on the Start menu. Not
    /// nullable.
    #[graph(non_nullable)]
    pub start_menu_pinned_folder_settings: Option<VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Videos folder shortcut on the Start menu. Not
    /// nullable.
    #[graph(non_nullable)]
    pub start_menu_pinned_folder_videos: Option<VisibilitySetting>,
    /// Indicates whether or not to Block the user from using removable storage. Not nullable.
    #[graph(non_nullable)]
    pub storage_block_removable_storage: Option<bool>,
    /// Indicating whether or not to require encryption on a mobile device. Not nullable.
    #[graph(non_nullable)]
    pub storage_require_mobile_device_encryption: Option<bool>,
    /// Indicates whether application data is restricted to the system drive. Not nullable.
    #[graph(non_nullable)]
    pub storage_restrict_app_data_to_system_volume: Option<bool>,
    /// Indicates whether the installation of applications is restricted to the system drive. Not
    /// nullable.
    #[graph(non_nullable)]
    pub storage_restrict_app_install_to_system_volume: Option<bool>,
    /// Whether the device is required to connect to the network. Not nullable.
    #[graph(non_nullable)]
    pub tenant_lockdown_require_network_during_out_of_box_experience: Option<bool>,
    /// Indicates whether or not to Block the user from USB connection. Not nullable.
    #[graph(non_nullable)]
    pub usb_blocked: Option<bool>,
    /// Indicates whether or not to Block the user from voice recording. Not nullable.
    #[graph(non_nullable)]
    pub voice_recording_blocked: Option<bool>,
    /// Indicates whether or not user's localhost IP address is displayed while making phone calls
    /// using the WebRTC. Not nullable.
    #[graph(non_nullable)]
    pub web_rtc_block_localhost_ip_address: Option<bool>,
    /// Indicating whether or not to block automatically connecting to Wi-Fi hotspots. Has no impact
    /// if Wi-Fi is blocked. Not nullable.
    #[graph(non_nullable)]
    pub wi_fi_block_automatic_connect_hotspots: Option<bool>,
    /// Indicates whether or not to Block the user from using Wi-Fi. Not nullable.
    #[graph(non_nullable)]
    pub wi_fi_blocked: Option<bool>,
    /// Indicates whether or not to Block the user from using Wi-Fi manual configuration. Not
    /// nullable.
    #[graph(non_nullable)]
    pub wi_fi_block_manual_configuration: Option<bool>,
    /// Specify how often devices scan for Wi-Fi networks. Supported values are 1-500, where 100 =
    /// default, and 500 = low frequency. Valid values 1 to 500
    pub wi_fi_scan_interval: Option<i32>,
    /// Allows IT admins to block experiences that are typically for consumers only, such as Start
    /// suggestions, Membership notifications, Post-OOBE app install and redirect tiles. Not
    /// nullable.
    #[graph(non_nullable)]
    pub windows_spotlight_block_consumer_specific_features: Option<bool>,
    /// Allows IT admins to turn off all Windows Spotlight features. Not nullable.
    #[graph(non_nullable)]
    pub windows_spotlight_blocked: Option<bool>,
    /// Block suggestions from Microsoft that show after each OS clean install, upgrade or in an
    /// on-going basis to introduce users to what is new or changed. Not nullable.
    #[graph(non_nullable)]
    pub windows_spotlight_block_on_action_center: Option<bool>,
    /// Block personalized content in Windows spotlight based on user’s device usage. Not
    /// nullable.
    #[graph(non_nullable)]
    pub windows_spotlight_block_tailored_experiences: Option<bool>,
    /// Block third party content delivered via Windows Spotlight. Not nullable.
    #[graph(non_nullable)]
    pub windows_spotlight_block_third_party_notifications: Option<bool>,
    /// Block Windows Spotlight Windows welcome experience. Not nullable.
    #[graph(non_nullable)]
    pub windows_spotlight_block_welcome_experience: Option<bool>,
    /// Allows IT admins to turn off the popup of Windows Tips. Not nullable.
    #[graph(non_nullable)]
    pub windows_spotlight_block_windows_tips: Option<bool>,
    /// Specifies the type of Spotlight. Not nullable.
    #[graph(non_nullable)]
    pub windows_spotlight_configure_on_lock_screen: Option<WindowsSpotlightEnablementSettings>,
    /// Indicates whether or not to block automatic update of apps from Windows Store. Not nullable.
    #[graph(non_nullable)]
    pub windows_store_block_auto_update: Option<bool>,
    /// Indicates whether or not to Block the user from using the Windows store. Not nullable.
    #[graph(non_nullable)]
    pub windows_store_blocked: Option<bool>,
    /// Indicates whether or not to enable Private Store Only. Not nullable.
    #[graph(non_nullable)]
    pub windows_store_enable_private_store_only: Option<bool>,
    /// Indicates whether or not to allow other devices from discovering this PC for projection. Not
    /// nullable.
    #[graph(non_nullable)]
    pub wireless_display_block_projection_to_this_device: Option<bool>,
    /// Indicates whether or not to allow user input from wireless display receiver. Not nullable.
    #[graph(non_nullable)]
    pub wireless_display_block_user_input_from_receiver: Option<bool>,
    /// Indicates whether or not to require a PIN for new devices to initiate pairing. Not nullable.
    #[graph(non_nullable)]
    pub wireless_display_require_pin_for_pairing: Option<bool>,
}

/// This class contains compliance settings for Windows 10 Mobile.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windows10MobileCompliancePolicy")]
pub struct Windows10MobileCompliancePolicy {
    /// The inherited properties of `deviceCompliancePolicy`.
    #[graph(base)]
    pub base: DeviceCompliancePolicy,
    /// Require devices to be reported healthy by Windows Device Health Attestation - bit locker is
    /// enabled. Not nullable.
    #[graph(non_nullable)]
    pub bit_locker_enabled: Option<bool>,
    /// Require devices to be reported as healthy by Windows Device Health Attestation. Not
    /// nullable.
    #[graph(non_nullable)]
    pub code_integrity_enabled: Option<bool>,
    /// Require devices to be reported as healthy by Windows Device Health Attestation - early
    /// launch antimalware driver is enabled. Not nullable.
    #[graph(non_nullable)]
    pub early_launch_anti_malware_driver_enabled: Option<bool>,
    /// Maximum Windows Phone version.
    pub os_maximum_version: Option<String>,
    /// Minimum Windows Phone version.
    pub os_minimum_version: Option<String>,
    /// Whether or not to block syncing the calendar. Not nullable.
    #[graph(non_nullable)]
    pub password_block_simple: Option<bool>,
    /// Number of days before password expiration. Valid values 1 to 255
    pub password_expiration_days: Option<i32>,
    /// The number of character sets required in the password.
    pub password_minimum_character_set_count: Option<i32>,
    /// Minimum password length. Valid values 4 to 16
    pub password_minimum_length: Option<i32>,
    /// Minutes of inactivity before a password is required.
    pub password_minutes_of_inactivity_before_lock: Option<i32>,
    /// The number of previous passwords to prevent re-use of.
    pub password_previous_password_block_count: Option<i32>,
    /// Require a password to unlock Windows Phone device. Not nullable.
    #[graph(non_nullable)]
    pub password_required: Option<bool>,
    /// The required password type. Not nullable.
    #[graph(non_nullable)]
    pub password_required_type: Option<RequiredPasswordType>,
    /// Require a password to unlock an idle device. Not nullable.
    #[graph(non_nullable)]
    pub password_require_to_unlock_from_idle: Option<bool>,
    /// Require devices to be reported as healthy by Windows Device Health Attestation - secure boot
    /// is enabled. Not nullable.
    #[graph(non_nullable)]
    pub secure_boot_enabled: Option<bool>,
    /// Require encryption on windows devices. Not nullable.
    #[graph(non_nullable)]
    pub storage_require_encryption: Option<bool>,
}

/// This topic provides descriptions of the declared methods, properties and relationships exposed
/// by the secureAssessment resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windows10SecureAssessmentConfiguration")]
pub struct Windows10SecureAssessmentConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Indicates whether or not to allow the app from printing during the test. Not nullable.
    #[graph(non_nullable)]
    pub allow_printing: Option<bool>,
    /// Indicates whether or not to allow screen capture capability during a test. Not nullable.
    #[graph(non_nullable)]
    pub allow_screen_capture: Option<bool>,
    /// Indicates whether or not to allow text suggestions during the test. Not nullable.
    #[graph(non_nullable)]
    pub allow_text_suggestion: Option<bool>,
    /// The account used to configure the Windows device for taking the test. The user can be a
    /// domain account (domain\\user), an AAD account (username@tenant.com) or a local account
    /// (username).
    pub configuration_account: Option<String>,
    /// Url link to an assessment that's automatically loaded when the secure assessment browser is
    /// launched. It has to be a valid Url (http\[s\]://msdn.microsoft.com/).
    pub launch_uri: Option<String>,
}

/// This topic provides descriptions of the declared methods, properties and relationships exposed
/// by the windows10TeamGeneralConfiguration resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windows10TeamGeneralConfiguration")]
pub struct Windows10TeamGeneralConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Indicates whether or not to Block Azure Operational Insights. Not nullable.
    #[graph(non_nullable)]
    pub azure_operational_insights_block_telemetry: Option<bool>,
    /// The Azure Operational Insights workspace id.
    pub azure_operational_insights_workspace_id: Option<String>,
    /// The Azure Operational Insights Workspace key.
    pub azure_operational_insights_workspace_key: Option<String>,
    /// Specifies whether to automatically launch the Connect app whenever a projection is
    /// initiated. Not nullable.
    #[graph(non_nullable)]
    pub connect_app_block_auto_launch: Option<bool>,
    /// Indicates whether or not to Block setting a maintenance window for device updates. Not
    /// nullable.
    #[graph(non_nullable)]
    pub maintenance_window_blocked: Option<bool>,
    /// Maintenance window duration for device updates. Valid values 0 to 5
    pub maintenance_window_duration_in_hours: Option<i32>,
    /// Maintenance window start time for device updates.
    pub maintenance_window_start_time: Option<edm::TimeOfDay>,
    /// Indicates whether or not to Block wireless projection. Not nullable.
    #[graph(non_nullable)]
    pub miracast_blocked: Option<bool>,
    /// The channel. Not nullable.
    #[graph(non_nullable)]
    pub miracast_channel: Option<MiracastChannel>,
    /// Indicates whether or not to require a pin for wireless projection. Not nullable.
    #[graph(non_nullable)]
    pub miracast_require_pin: Option<bool>,
    /// Specifies whether to disable the "My meetings and files" feature in the Start menu, which
    /// shows the signed-in user's meetings and files from Office 365. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_my_meetings_and_files: Option<bool>,
    /// Specifies whether to allow the ability to resume a session when the session times out. Not
    /// nullable.
    #[graph(non_nullable)]
    pub settings_block_session_resume: Option<bool>,
    /// Specifies whether to disable auto-populating of the sign-in dialog with invitees from
    /// scheduled meetings. Not nullable.
    #[graph(non_nullable)]
    pub settings_block_signin_suggestions: Option<bool>,
    /// Specifies the default volume value for a new session. Permitted values are 0-100. The
    /// default is 45. Valid values 0 to 100
    pub settings_default_volume: Option<i32>,
    /// Specifies the number of minutes until the Hub screen turns off.
    pub settings_screen_timeout_in_minutes: Option<i32>,
    /// Specifies the number of minutes until the session times out.
    pub settings_session_timeout_in_minutes: Option<i32>,
    /// Specifies the number of minutes until the Hub enters sleep mode.
    pub settings_sleep_timeout_in_minutes: Option<i32>,
    /// The welcome screen background image URL. The URL must use the HTTPS protocol and return a
    /// PNG image.
    pub welcome_screen_background_image_url: Option<String>,
    /// Indicates whether or not to Block the welcome screen from waking up automatically when
    /// someone enters the room. Not nullable.
    #[graph(non_nullable)]
    pub welcome_screen_block_automatic_wake_up: Option<bool>,
    /// The welcome screen meeting information shown. Not nullable.
    #[graph(non_nullable)]
    pub welcome_screen_meeting_information: Option<WelcomeScreenMeetingInformation>,
}

/// This class contains compliance settings for Windows 8.1.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windows81CompliancePolicy")]
pub struct Windows81CompliancePolicy {
    /// The inherited properties of `deviceCompliancePolicy`.
    #[graph(base)]
    pub base: DeviceCompliancePolicy,
    /// Maximum Windows 8.1 version.
    pub os_maximum_version: Option<String>,
    /// Minimum Windows 8.1 version.
    pub os_minimum_version: Option<String>,
    /// Indicates whether or not to block simple password. Not nullable.
    #[graph(non_nullable)]
    pub password_block_simple: Option<bool>,
    /// Password expiration in days.
    pub password_expiration_days: Option<i32>,
    /// The number of character sets required in the password.
    pub password_minimum_character_set_count: Option<i32>,
    /// The minimum password length.
    pub password_minimum_length: Option<i32>,
    /// Minutes of inactivity before a password is required.
    pub password_minutes_of_inactivity_before_lock: Option<i32>,
    /// The number of previous passwords to prevent re-use of. Valid values 0 to 24
    pub password_previous_password_block_count: Option<i32>,
    /// Require a password to unlock Windows device. Not nullable.
    #[graph(non_nullable)]
    pub password_required: Option<bool>,
    /// The required password type. Not nullable.
    #[graph(non_nullable)]
    pub password_required_type: Option<RequiredPasswordType>,
    /// Indicates whether or not to require encryption on a windows 8.1 device. Not nullable.
    #[graph(non_nullable)]
    pub storage_require_encryption: Option<bool>,
}

/// This topic provides descriptions of the declared methods, properties and relationships exposed
/// by the windows81GeneralConfiguration resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windows81GeneralConfiguration")]
pub struct Windows81GeneralConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Indicates whether or not to Block the user from adding email accounts to the device that are
    /// not associated with a Microsoft account. Not nullable.
    #[graph(non_nullable)]
    pub accounts_block_adding_non_microsoft_account_email: Option<bool>,
    /// Value indicating whether this policy only applies to Windows 8.1. This property is
    /// read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub apply_only_to_windows81: Option<bool>,
    /// Indicates whether or not to block auto fill. Not nullable.
    #[graph(non_nullable)]
    pub browser_block_autofill: Option<bool>,
    /// Indicates whether or not to block automatic detection of Intranet sites. Not nullable.
    #[graph(non_nullable)]
    pub browser_block_automatic_detection_of_intranet_sites: Option<bool>,
    /// Indicates whether or not to block enterprise mode access. Not nullable.
    #[graph(non_nullable)]
    pub browser_block_enterprise_mode_access: Option<bool>,
    /// Indicates whether or not to Block the user from using JavaScript. Not nullable.
    #[graph(non_nullable)]
    pub browser_block_java_script: Option<bool>,
    /// Indicates whether or not to block plug-ins. Not nullable.
    #[graph(non_nullable)]
    pub browser_block_plugins: Option<bool>,
    /// Indicates whether or not to block popups. Not nullable.
    #[graph(non_nullable)]
    pub browser_block_popups: Option<bool>,
    /// Indicates whether or not to Block the user from sending the do not track header. Not
    /// nullable.
    #[graph(non_nullable)]
    pub browser_block_sending_do_not_track_header: Option<bool>,
    /// Indicates whether or not to block a single word entry on Intranet sites. Not nullable.
    #[graph(non_nullable)]
    pub browser_block_single_word_entry_on_intranet_sites: Option<bool>,
    /// The enterprise mode site list location. Could be a local file, local network or http
    /// location.
    pub browser_enterprise_mode_site_list_location: Option<String>,
    /// The internet security level. Not nullable.
    #[graph(non_nullable)]
    pub browser_internet_security_level: Option<InternetSiteSecurityLevel>,
    /// The Intranet security level. Not nullable.
    #[graph(non_nullable)]
    pub browser_intranet_security_level: Option<SiteSecurityLevel>,
    /// The logging report location.
    pub browser_logging_report_location: Option<String>,
    /// Indicates whether or not to require a firewall. Not nullable.
    #[graph(non_nullable)]
    pub browser_require_firewall: Option<bool>,
    /// Indicates whether or not to require fraud warning. Not nullable.
    #[graph(non_nullable)]
    pub browser_require_fraud_warning: Option<bool>,
    /// Indicates whether or not to require high security for restricted sites. Not nullable.
    #[graph(non_nullable)]
    pub browser_require_high_security_for_restricted_sites: Option<bool>,
    /// Indicates whether or not to require the user to use the smart screen filter. Not nullable.
    #[graph(non_nullable)]
    pub browser_require_smart_screen: Option<bool>,
    /// The trusted sites security level. Not nullable.
    #[graph(non_nullable)]
    pub browser_trusted_sites_security_level: Option<SiteSecurityLevel>,
    /// Indicates whether or not to block data roaming. Not nullable.
    #[graph(non_nullable)]
    pub cellular_block_data_roaming: Option<bool>,
    /// Indicates whether or not to block diagnostic data submission. Not nullable.
    #[graph(non_nullable)]
    pub diagnostics_block_data_submission: Option<bool>,
    /// Indicates whether or not to Block the user from using a pictures password and pin. Not
    /// nullable.
    #[graph(non_nullable)]
    pub password_block_picture_password_and_pin: Option<bool>,
    /// Password expiration in days.
    pub password_expiration_days: Option<i32>,
    /// The number of character sets required in the password.
    pub password_minimum_character_set_count: Option<i32>,
    /// The minimum password length.
    pub password_minimum_length: Option<i32>,
    /// The minutes of inactivity before the screen times out.
    pub password_minutes_of_inactivity_before_screen_timeout: Option<i32>,
    /// The number of previous passwords to prevent re-use of. Valid values 0 to 24
    pub password_previous_password_block_count: Option<i32>,
    /// The required password type. Not nullable.
    #[graph(non_nullable)]
    pub password_required_type: Option<RequiredPasswordType>,
    /// The number of sign in failures before factory reset.
    pub password_sign_in_failure_count_before_factory_reset: Option<i32>,
    /// Indicates whether or not to require encryption on a mobile device. Not nullable.
    #[graph(non_nullable)]
    pub storage_require_device_encryption: Option<bool>,
    /// Indicates whether or not to require automatic updates. Not nullable.
    #[graph(non_nullable)]
    pub updates_require_automatic_updates: Option<bool>,
    /// The user account control settings. Not nullable.
    #[graph(non_nullable)]
    pub user_account_control_settings: Option<WindowsUserAccountControlSettings>,
    /// The work folders url.
    pub work_folders_url: Option<String>,
}

/// The windowsAutopilotDeviceIdentity resource represents a Windows Autopilot Device.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.windowsAutopilotDeviceIdentity",
    path = "/deviceManagement/windowsAutopilotDeviceIdentities",
    action(
        name = "assignUserToDevice",
        parameters = WindowsAutopilotDeviceIdentityAssignUserToDeviceParameters
    ),
    action = "unassignUserFromDevice",
    action(
        name = "updateDeviceProperties",
        parameters = WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParameters
    )
)]
pub struct WindowsAutopilotDeviceIdentity {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Addressable user name.
    pub addressable_user_name: Option<String>,
    /// AAD Device ID - to be deprecated
    pub azure_active_directory_device_id: Option<String>,
    /// Display Name
    pub display_name: Option<String>,
    /// Intune enrollment state of the Windows autopilot device. Not nullable.
    #[graph(non_nullable)]
    pub enrollment_state: Option<EnrollmentState>,
    /// Group Tag of the Windows autopilot device.
    pub group_tag: Option<String>,
    /// Intune Last Contacted Date Time of the Windows autopilot device. Not nullable.
    #[graph(non_nullable)]
    pub last_contacted_date_time: Option<edm::DateTimeOffset>,
    /// Managed Device ID
    pub managed_device_id: Option<String>,
    /// Oem manufacturer of the Windows autopilot device.
    pub manufacturer: Option<String>,
    /// Model name of the Windows autopilot device.
    pub model: Option<String>,
    /// Product Key of the Windows autopilot device.
    pub product_key: Option<String>,
    /// Purchase Order Identifier of the Windows autopilot device.
    pub purchase_order_identifier: Option<String>,
    /// Resource Name.
    pub resource_name: Option<String>,
    /// Serial number of the Windows autopilot device.
    pub serial_number: Option<String>,
    /// SKU Number
    pub sku_number: Option<String>,
    /// System Family
    pub system_family: Option<String>,
    /// User Principal Name.
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `assignUserToDevice`, bound to `windowsAutopilotDeviceIdentity`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WindowsAutopilotDeviceIdentityAssignUserToDeviceParameters {
    pub user_principal_name: Option<String>,
    pub addressable_user_name: Option<String>,
}

/// The body of the action `updateDeviceProperties`, bound to `windowsAutopilotDeviceIdentity`.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParameters {
    pub user_principal_name: Option<String>,
    pub addressable_user_name: Option<String>,
    pub group_tag: Option<String>,
    pub display_name: Option<String>,
}

/// Windows Defender AdvancedThreatProtection Configuration.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration")]
pub struct WindowsDefenderAdvancedThreatProtectionConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Windows Defender AdvancedThreatProtection "Allow Sample Sharing" Rule. Not nullable.
    #[graph(non_nullable)]
    pub allow_sample_sharing: Option<bool>,
    /// Expedite Windows Defender Advanced Threat Protection telemetry reporting frequency. Not
    /// nullable.
    #[graph(non_nullable)]
    pub enable_expedited_telemetry_reporting: Option<bool>,
}

/// Windows Information Protection AppLearning Summary entity.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.windowsInformationProtectionAppLearningSummary",
    path = "/deviceManagement/windowsInformationProtectionAppLearningSummaries"
)]
pub struct WindowsInformationProtectionAppLearningSummary {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Application Name
    pub application_name: Option<String>,
    /// Application Type. Not nullable.
    #[graph(non_nullable)]
    pub application_type: Option<ApplicationType>,
    /// Device Count. Not nullable.
    #[graph(non_nullable)]
    pub device_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Windows Information Protection Network learning Summary entity.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.windowsInformationProtectionNetworkLearningSummary",
    path = "/deviceManagement/windowsInformationProtectionNetworkLearningSummaries"
)]
pub struct WindowsInformationProtectionNetworkLearningSummary {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Device Count. Not nullable.
    #[graph(non_nullable)]
    pub device_count: Option<i32>,
    /// Website url
    pub url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Malware information entity.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.windowsMalwareInformation",
    path = "/deviceManagement/windowsMalwareInformation",
    contains(name = "deviceMalwareStates", target = MalwareStateForWindowsDevice)
)]
pub struct WindowsMalwareInformation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Indicates an informational URL to learn more about the malware
    pub additional_information_url: Option<String>,
    /// Category of the malware. Possible values are: invalid, adware, spyware, passwordStealer,
    /// trojanDownloader, worm, backdoor, remoteAccessTrojan, trojan, emailFlooder, keylogger,
    /// dialer, monitoringSoftware, browserModifier, cookie, browserPlugin, aolExploit, nuker,
    /// securityDisabler, jokeProgram, hostileActiveXControl, softwareBundler, stealthNotifier,
    /// settingsModifier, toolBar, remoteControlSoftware, trojanFtp, potentialUnwantedSoftware,
    /// icqExploit, trojanTelnet, exploit, filesharingProgram, malwareCreationTool,
    /// remote\_Control\_Software, tool, trojanDenialOfService, trojanDropper, trojanMassMailer,
    /// trojanMonitoringSoftware, trojanProxyServer, virus, known, unknown, spp, behavior,
    /// vulnerability, policy, enterpriseUnwantedSoftware, ransom, hipsRule. default value is
    /// invalid.
    pub category: Option<WindowsMalwareCategory>,
    /// Indicates the name of the malware
    pub display_name: Option<String>,
    /// Indicates the last time the malware was detected in UTC
    pub last_detection_date_time: Option<edm::DateTimeOffset>,
    /// Severity of the malware. Possible values are: unknown, low, moderate, high, severe. default
    /// is unknown
    pub severity: Option<WindowsMalwareSeverity>,
    /// List of devices affected by current malware with the malware state on each device Navigation
    /// property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub device_malware_states: Option<Vec<MalwareStateForWindowsDevice>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// This class contains compliance settings for Windows 8.1 Mobile.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsPhone81CompliancePolicy")]
pub struct WindowsPhone81CompliancePolicy {
    /// The inherited properties of `deviceCompliancePolicy`.
    #[graph(base)]
    pub base: DeviceCompliancePolicy,
    /// Maximum Windows Phone version.
    pub os_maximum_version: Option<String>,
    /// Minimum Windows Phone version.
    pub os_minimum_version: Option<String>,
    /// Whether or not to block syncing the calendar. Not nullable.
    #[graph(non_nullable)]
    pub password_block_simple: Option<bool>,
    /// Number of days before the password expires.
    pub password_expiration_days: Option<i32>,
    /// The number of character sets required in the password.
    pub password_minimum_character_set_count: Option<i32>,
    /// Minimum length of passwords.
    pub password_minimum_length: Option<i32>,
    /// Minutes of inactivity before a password is required.
    pub password_minutes_of_inactivity_before_lock: Option<i32>,
    /// Number of previous passwords to block. Valid values 0 to 24
    pub password_previous_password_block_count: Option<i32>,
    /// Whether or not to require a password. Not nullable.
    #[graph(non_nullable)]
    pub password_required: Option<bool>,
    /// The required password type. Not nullable.
    #[graph(non_nullable)]
    pub password_required_type: Option<RequiredPasswordType>,
    /// Require encryption on windows phone devices. Not nullable.
    #[graph(non_nullable)]
    pub storage_require_encryption: Option<bool>,
}

/// This topic provides descriptions of the declared methods, properties and relationships exposed
/// by the windowsPhone81CustomConfiguration resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsPhone81CustomConfiguration")]
pub struct WindowsPhone81CustomConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// OMA settings. This collection can contain a maximum of 1000 elements.
    pub oma_settings: Option<Vec<AnyOmaSetting>>,
}

/// This topic provides descriptions of the declared methods, properties and relationships exposed
/// by the windowsPhone81GeneralConfiguration resource.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsPhone81GeneralConfiguration")]
pub struct WindowsPhone81GeneralConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// Value indicating whether this policy only applies to Windows Phone 8.1. This property is
    /// read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub apply_only_to_windows_phone81: Option<bool>,
    /// Indicates whether or not to block copy paste. Not nullable.
    #[graph(non_nullable)]
    pub apps_block_copy_paste: Option<bool>,
    /// Indicates whether or not to block bluetooth. Not nullable.
    #[graph(non_nullable)]
    pub bluetooth_blocked: Option<bool>,
    /// Indicates whether or not to block camera. Not nullable.
    #[graph(non_nullable)]
    pub camera_blocked: Option<bool>,
    /// Indicates whether or not to block Wi-Fi tethering. Has no impact if Wi-Fi is blocked. Not
    /// nullable.
    #[graph(non_nullable)]
    pub cellular_block_wifi_tethering: Option<bool>,
    /// List that is in the AppComplianceList. Not nullable.
    #[graph(non_nullable)]
    pub compliant_app_list_type: Option<AppListType>,
    /// List of apps in the compliance (either allow list or block list, controlled by
    /// CompliantAppListType). This collection can contain a maximum of 10000 elements.
    pub compliant_apps_list: Option<Vec<AppListItem>>,
    /// Indicates whether or not to block diagnostic data submission. Not nullable.
    #[graph(non_nullable)]
    pub diagnostic_data_block_submission: Option<bool>,
    /// Indicates whether or not to block custom email accounts. Not nullable.
    #[graph(non_nullable)]
    pub email_block_adding_accounts: Option<bool>,
    /// Indicates whether or not to block location services. Not nullable.
    #[graph(non_nullable)]
    pub location_services_blocked: Option<bool>,
    /// Indicates whether or not to block using a Microsoft Account. Not nullable.
    #[graph(non_nullable)]
    pub microsoft_account_blocked: Option<bool>,
    /// Indicates whether or not to block Near-Field Communication. Not nullable.
    #[graph(non_nullable)]
    pub nfc_blocked: Option<bool>,
    /// Indicates whether or not to block syncing the calendar. Not nullable.
    #[graph(non_nullable)]
    pub password_block_simple: Option<bool>,
    /// Number of days before the password expires.
    pub password_expiration_days: Option<i32>,
    /// Number of character sets a password must contain.
    pub password_minimum_character_set_count: Option<i32>,
    /// Minimum length of passwords.
    pub password_minimum_length: Option<i32>,
    /// Minutes of inactivity before screen timeout.
    pub password_minutes_of_inactivity_before_screen_timeout: Option<i32>,
    /// Number of previous passwords to block. Valid values 0 to 24
    pub password_previous_password_block_count: Option<i32>,
    /// Indicates whether or not to require a password. Not nullable.
    #[graph(non_nullable)]
    pub password_required: Option<bool>,
    /// Password type that is required. Not nullable.
    #[graph(non_nullable)]
    pub password_required_type: Option<RequiredPasswordType>,
    /// Number of sign in failures allowed before factory reset.
    pub password_sign_in_failure_count_before_factory_reset: Option<i32>,
    /// Indicates whether or not to block screenshots. Not nullable.
    #[graph(non_nullable)]
    pub screen_capture_blocked: Option<bool>,
    /// Indicates whether or not to block removable storage. Not nullable.
    #[graph(non_nullable)]
    pub storage_block_removable_storage: Option<bool>,
    /// Indicates whether or not to require encryption. Not nullable.
    #[graph(non_nullable)]
    pub storage_require_encryption: Option<bool>,
    /// Indicates whether or not to block the web browser. Not nullable.
    #[graph(non_nullable)]
    pub web_browser_blocked: Option<bool>,
    /// Indicates whether or not to block automatically connecting to Wi-Fi hotspots. Has no impact
    /// if Wi-Fi is blocked. Not nullable.
    #[graph(non_nullable)]
    pub wifi_block_automatic_connect_hotspots: Option<bool>,
    /// Indicates whether or not to block Wi-Fi. Not nullable.
    #[graph(non_nullable)]
    pub wifi_blocked: Option<bool>,
    /// Indicates whether or not to block Wi-Fi hotspot reporting. Has no impact if Wi-Fi is
    /// blocked. Not nullable.
    #[graph(non_nullable)]
    pub wifi_block_hotspot_reporting: Option<bool>,
    /// Indicates whether or not to block the Windows Store. Not nullable.
    #[graph(non_nullable)]
    pub windows_store_blocked: Option<bool>,
}

/// Windows Update for business configuration, allows you to specify how and when Windows as a
/// Service updates your Windows 10/11 devices with feature and quality updates. Supports ODATA
/// clauses that DeviceConfiguration entity supports: $filter by types of DeviceConfiguration, $top,
/// $select only DeviceConfiguration base properties, $orderby only DeviceConfiguration base
/// properties, and $skip. The query parameter '$search' is not supported.
#[cfg(feature = "deviceManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsUpdateForBusinessConfiguration")]
pub struct WindowsUpdateForBusinessConfiguration {
    /// The inherited properties of `deviceConfiguration`.
    #[graph(base)]
    pub base: DeviceConfiguration,
    /// When TRUE, allows eligible Windows 10 devices to upgrade to Windows 11. When FALSE, implies
    /// the device stays on the existing operating system. Returned by default. Query parameters are
    /// not supported. Not nullable.
    #[graph(non_nullable)]
    pub allow_windows11_upgrade: Option<bool>,
    /// The Automatic Update Mode. Possible values are: UserDefined, NotifyDownload,
    /// AutoInstallAtMaintenanceTime, AutoInstallAndRebootAtMaintenanceTime,
    /// AutoInstallAndRebootAtScheduledTime, AutoInstallAndRebootWithoutEndUserControl,
    /// WindowsDefault. UserDefined is the default value, no intent. Returned by default. Query
    /// parameters are not supported. Not nullable.
    #[graph(non_nullable)]
    pub automatic_update_mode: Option<AutomaticUpdateMode>,
    /// Specify the method by which the auto-restart required notification is dismissed. Possible
    /// values are: NotConfigured, Automatic, User. Returned by default. Query parameters are not
    /// supported. Not nullable.
    #[graph(non_nullable)]
    pub auto_restart_notification_dismissal: Option<AutoRestartNotificationDismissalMethod>,
    /// Determines which branch devices will receive their updates from. Possible values are:
    /// UserDefined, All, BusinessReadyOnly, WindowsInsiderBuildFast, WindowsInsiderBuildSlow,
    /// WindowsInsiderBuildRelease. Returned by default. Query parameters are not supported. Not
    /// nullable.
    #[graph(non_nullable)]
    pub business_ready_updates_only: Option<WindowsUpdateType>,
    /// Number of days before feature updates are installed automatically with valid range from 0 to
    /// 30 days. Returned by default. Query parameters are not supported.
    pub deadline_for_feature_updates_in_days: Option<i32>,
    /// Number of days before quality updates are installed automatically with valid range from 0 to
    /// 30 days. Returned by default. Query parameters are not supported.
    pub deadline_for_quality_updates_in_days: Option<i32>,
    /// Number of days after deadline until restarts occur automatically with valid range from 0 to
    /// 7 days. Returned by default. Query parameters are not supported.
    pub deadline_grace_period_in_days: Option<i32>,
    /// The Delivery Optimization Mode. Possible values are: UserDefined, HttpOnly,
    /// HttpWithPeeringNat, HttpWithPeeringPrivateGroup, HttpWithInternetPeering, SimpleDownload,
    /// BypassMode. UserDefined allows the user to set. Returned by default. Query parameters are
    /// not supported. Not nullable.
    #[graph(non_nullable)]
    pub delivery_optimization_mode: Option<WindowsDeliveryOptimizationMode>,
    /// When TRUE, excludes Windows update Drivers. When FALSE, does not exclude Windows update
    /// Drivers. Returned by default. Query parameters are not supported. Not nullable.
    #[graph(non_nullable)]
    pub drivers_excluded: Option<bool>,
    /// Deadline in days before automatically scheduling and executing a pending restart outside of
    /// active hours, with valid range from 2 to 30 days. Returned by default. Query parameters are
    /// not supported.
    pub engaged_restart_deadline_in_days: Option<i32>,
    /// Number of days a user can snooze Engaged Restart reminder notifications with valid range
    /// from 1 to 3 days. Returned by default. Query parameters are not supported.
    pub engaged_restart_snooze_schedule_in_days: Option<i32>,
    /// Number of days before transitioning from Auto Restarts scheduled outside of active hours to
    /// Engaged Restart, which requires the user to schedule, with valid range from 0 to 30 days.
    /// Returned by default. Query parameters are not supported.
    pub engaged_restart_transition_schedule_in_days: Option<i32>,
    /// Defer Feature Updates by these many days with valid range from 0 to 30 days. Returned by
    /// default. Query parameters are not supported. Not nullable.
    #[graph(non_nullable)]
    pub feature_updates_deferral_period_in_days: Option<i32>,
    /// When TRUE, assigned devices are paused from receiving feature updates for up to 35 days from
    /// the time you pause the ring. When FALSE, does not pause Feature Updates. Returned by
    /// default. Query parameters are not supported.s. Not nullable.
    #[graph(non_nullable)]
    pub feature_updates_paused: Option<bool>,
    /// The Feature Updates Pause Expiry datetime. This value is 35 days from the time admin paused
    /// or extended the pause for the ring. Returned by default. Query parameters are not supported.
    /// Not nullable.
    #[graph(non_nullable)]
    pub feature_updates_pause_expiry_date_time: Option<edm::DateTimeOffset>,
    /// The Feature Updates Pause start date. This value is the time when the admin paused or
    /// extended the pause for the ring. Returned by default. Query parameters are not supported.
    /// This property is read-only.
    #[graph(read_only)]
    pub feature_updates_pause_start_date: Option<edm::Date>,
    /// The Feature Updates Rollback Start datetime.This value is the time when the admin rolled
    /// back the Feature update for the ring.Returned by default.Query parameters are not supported.
    /// Not nullable.
    #[graph(non_nullable)]
    pub feature_updates_rollback_start_date_time: Option<edm::DateTimeOffset>,
    /// The number of days after a Feature Update for which a rollback is valid with valid range
    /// from 2 to 60 days. Returned by default. Query parameters are not supported.
    pub feature_updates_rollback_window_in_days: Option<i32>,
    /// When TRUE, rollback Feature Updates on the next device check in. When FALSE, do not rollback
    /// Feature Updates on the next device check in. Returned by default.Query parameters are not
    /// supported.
    pub feature_updates_will_be_rolled_back: Option<bool>,
    /// The Installation Schedule. Possible values are: ActiveHoursStart, ActiveHoursEnd,
    /// ScheduledInstallDay, ScheduledInstallTime. Returned by default. Query parameters are not
    /// supported.
    pub installation_schedule: Option<AnyWindowsUpdateInstallScheduleType>,
    /// When TRUE, allows Microsoft Update Service. When FALSE, does not allow Microsoft Update
    /// Service. Returned by default. Query parameters are not supported. Not nullable.
    #[graph(non_nullable)]
    pub microsoft_update_service_allowed: Option<bool>,
    /// When TRUE the device should wait until deadline for rebooting outside of active hours. When
    /// FALSE the device should not wait until deadline for rebooting outside of active hours.
    /// Returned by default. Query parameters are not supported.
    pub postpone_reboot_until_after_deadline: Option<bool>,
    /// The Pre-Release Features. Possible values are: UserDefined, SettingsOnly,
    /// SettingsAndExperimentations, NotAllowed. UserDefined is the default value, no intent.
    /// Returned by default. Query parameters are not supported. Not nullable.
    #[graph(non_nullable)]
    pub prerelease_features: Option<PrereleaseFeatures>,
    /// Defer Quality Updates by these many days with valid range from 0 to 30 days. Returned by
    /// default. Query parameters are not supported. Not nullable.
    #[graph(non_nullable)]
    pub quality_updates_deferral_period_in_days: Option<i32>,
    /// When TRUE, assigned devices are paused from receiving quality updates for up to 35 days from
    /// the time you pause the ring. When FALSE, does not pause Quality Updates. Returned by
    /// default. Query parameters are not supported. Not nullable.
    #[graph(non_nullable)]
    pub quality_updates_paused: Option<bool>,
    /// The Quality Updates Pause Expiry datetime. This value is 35 days from the time admin paused
    /// or extended the pause for the ring. Returned by default. Query parameters are not supported.
    /// Not nullable.
    #[graph(non_nullable)]
    pub quality_updates_pause_expiry_date_time: Option<edm::DateTimeOffset>,
    /// The Quality Updates Pause start date. This value is the time when the admin paused or
    /// extended the pause for the ring. Returned by default. Query parameters are not supported.
    /// This property is read-only.
    #[graph(read_only)]
    pub quality_updates_pause_start_date: Option<edm::Date>,
    /// The Quality Updates Rollback Start datetime. This value is the time when the admin rolled
    /// back the Quality update for the ring. Returned by default. Query parameters are not
    /// supported. Not nullable.
    #[graph(non_nullable)]
    pub quality_updates_rollback_start_date_time: Option<edm::DateTimeOffset>,
    /// When TRUE, rollback Quality Updates on the next device check in. When FALSE, do not rollback
    /// Quality Updates on the next device check in. Returned by default. Query parameters are not
    /// supported.
    pub quality_updates_will_be_rolled_back: Option<bool>,
    /// Specify the period for auto-restart imminent warning notifications. Supported values: 15, 30
    /// or 60 (minutes). Returned by default. Query parameters are not supported.
    pub schedule_imminent_restart_warning_in_minutes: Option<i32>,
    /// Specify the period for auto-restart warning reminder notifications. Supported values: 2, 4,
    /// 8, 12 or 24 (hours). Returned by default. Query parameters are not supported.
    pub schedule_restart_warning_in_hours: Option<i32>,
    /// When TRUE, skips all checks before restart: Battery level = 40%, User presence, Display
    /// Needed, Presentation mode, Full screen mode, phone call state, game mode etc. When FALSE,
    /// does not skip all checks before restart. Returned by default. Query parameters are not
    /// supported. Not nullable.
    #[graph(non_nullable)]
    pub skip_checks_before_restart: Option<bool>,
    /// Specifies what Windows Update notifications users see. Possible values are: NotConfigured,
    /// DefaultNotifications, RestartWarningsOnly, DisableAllNotifications. Returned by default.
    /// Query parameters are not supported. Not nullable.
    #[graph(non_nullable)]
    pub update_notification_level: Option<WindowsUpdateNotificationDisplayOption>,
    /// Schedule the update installation on the weeks of the month. Possible values are:
    /// UserDefined, FirstWeek, SecondWeek, ThirdWeek, FourthWeek, EveryWeek. Returned by default.
    /// Query parameters are not supported.
    pub update_weeks: Option<Flags<WindowsUpdateForBusinessUpdateWeeks>>,
    /// Specifies whether to enable end user’s access to pause software updates. Possible values
    /// are: NotConfigured, Enabled, Disabled. Returned by default. Query parameters are not
    /// supported. Not nullable.
    #[graph(non_nullable)]
    pub user_pause_access: Option<Enablement>,
    /// Specifies whether to disable user’s access to scan Windows Update. Possible values are:
    /// NotConfigured, Enabled, Disabled. Returned by default. Query parameters are not supported.
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_windows_update_scan_access: Option<Enablement>,
}
