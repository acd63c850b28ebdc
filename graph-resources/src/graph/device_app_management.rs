//! The types of the area `deviceAppManagement`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

/// Possible values for the install intent chosen by the admin.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.installIntent")]
pub enum InstallIntent {
    /// Available install intent.
    Available,
    /// Required install intent.
    Required,
    /// Uninstall install intent.
    Uninstall,
    /// Available without enrollment install intent.
    AvailableWithoutEnrollment,
}

/// Possible values for install state.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.installState")]
pub enum InstallState {
    /// Not Applicable.
    NotApplicable,
    /// Installed.
    Installed,
    /// Failed.
    Failed,
    /// Not Installed.
    NotInstalled,
    /// Uninstall Failed.
    UninstallFailed,
    /// Unknown.
    Unknown,
}

/// A managed (MAM) application's availability.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.managedAppAvailability")]
pub enum ManagedAppAvailability {
    /// A globally available app to all tenants.
    Global,
    /// A line-of-business apps private to an organization.
    LineOfBusiness,
}

/// Represents the level to which the device's clipboard may be shared between apps
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.managedAppClipboardSharingLevel")]
pub enum ManagedAppClipboardSharingLevel {
    /// Sharing is allowed between all apps, managed or not
    AllApps,
    /// Sharing is allowed between all managed apps with paste in enabled
    ManagedAppsWithPasteIn,
    /// Sharing is allowed between all managed apps
    ManagedApps,
    /// Sharing between apps is disabled
    Blocked,
}

/// Represents the level to which app data is encrypted for managed apps
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.managedAppDataEncryptionType")]
pub enum ManagedAppDataEncryptionType {
    /// App data is encrypted based on the default settings on the device.
    UseDeviceSettings,
    /// App data is encrypted when the device is restarted.
    AfterDeviceRestart,
    /// App data associated with this policy is encrypted when the device is locked, except data in
    /// files that are open
    WhenDeviceLockedExceptOpenFiles,
    /// App data associated with this policy is encrypted when the device is locked
    WhenDeviceLocked,
}

/// The storage locations where managed apps can potentially store their data.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.managedAppDataStorageLocation")]
pub enum ManagedAppDataStorageLocation {
    /// Indicates allowed storage location for the managed app to save files is 'OneDrive for
    /// Business'.
    OneDriveForBusiness,
    /// Indicates allowed storage location for the managed app to save files is 'Sharepoint'.
    SharePoint,
    /// Indicates that the allowed storage location for a managed app to save files is to 'Box'. Box
    /// is a non-Microsoft solution that enables cloud-based file storage capabilities.
    Box,
    /// Indicates allowed storage location for the managed app to save files is local storage on the
    /// device.
    LocalStorage,
}

/// Data can be transferred from/to these classes of apps
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.managedAppDataTransferLevel")]
pub enum ManagedAppDataTransferLevel {
    /// All apps.
    AllApps,
    /// Managed apps.
    ManagedApps,
    /// No apps.
    None,
}

/// The reason for which a user has been flagged
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.managedAppFlaggedReason")]
pub enum ManagedAppFlaggedReason {
    /// No issue.
    None,
    /// The app registration is running on a rooted/unlocked device.
    RootedDevice,
}

/// Character set which is to be used for a user's app PIN
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.managedAppPinCharacterSet")]
pub enum ManagedAppPinCharacterSet {
    /// Numeric characters
    Numeric,
    /// Alphanumeric and symbolic characters
    AlphanumericAndSymbol,
}

/// Type of managed browser
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.managedBrowserType", flags)]
pub enum ManagedBrowserType {
    /// Not configured
    NotConfigured,
    /// Microsoft Edge
    MicrosoftEdge,
}

/// App configuration key types.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.mdmAppConfigKeyType")]
pub enum MdmAppConfigKeyType {
    StringType,
    IntegerType,
    RealType,
    BooleanType,
    TokenType,
}

/// The enum to specify the channels for Microsoft Edge apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.microsoftEdgeChannel")]
pub enum MicrosoftEdgeChannel {
    /// The Dev Channel is intended to help you plan and develop with the latest capabilities of
    /// Microsoft Edge.
    Dev,
    /// The Beta Channel is intended for production deployment to a representative sample set of
    /// users. New features ship about every 4 weeks. Security and quality updates ship as needed.
    Beta,
    /// The Stable Channel is intended for broad deployment within organizations, and it's the
    /// channel that most users should be on. New features ship about every 4 weeks. Security and
    /// quality updates ship as needed.
    Stable,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.microsoftStoreForBusinessLicenseType")]
pub enum MicrosoftStoreForBusinessLicenseType {
    Offline,
    Online,
}

/// Contains properties for upload request states.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.mobileAppContentFileUploadState")]
pub enum MobileAppContentFileUploadState {
    Success,
    TransientError,
    Error,
    Unknown,
    AzureStorageUriRequestSuccess,
    AzureStorageUriRequestPending,
    AzureStorageUriRequestFailed,
    AzureStorageUriRequestTimedOut,
    AzureStorageUriRenewalSuccess,
    AzureStorageUriRenewalPending,
    AzureStorageUriRenewalFailed,
    AzureStorageUriRenewalTimedOut,
    CommitFileSuccess,
    CommitFilePending,
    CommitFileFailed,
    CommitFileTimedOut,
}

/// Indicates the publishing state of an app.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.mobileAppPublishingState")]
pub enum MobileAppPublishingState {
    /// The app is not yet published.
    NotPublished,
    /// The app is pending service-side processing.
    Processing,
    /// The app is published.
    Published,
}

/// Indicates the type of execution context the app runs in.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.runAsAccountType")]
pub enum RunAsAccountType {
    /// System context
    System,
    /// User context
    User,
}

/// Indicates a collection of apps to target which can be one of several pre-defined lists of apps
/// or a manually selected list of apps
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.targetedManagedAppGroupType")]
pub enum TargetedManagedAppGroupType {
    /// Target the collection of apps manually selected by the admin.
    SelectedPublicApps,
    /// Target the core set of Microsoft apps (Office, Edge, etc).
    AllCoreMicrosoftApps,
    /// Target all apps with Microsoft as publisher.
    AllMicrosoftApps,
    /// Target all apps with an available assignment.
    AllApps,
}

/// Possible types of an Apple Volume Purchase Program token.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.vppTokenAccountType")]
pub enum VppTokenAccountType {
    /// Apple Volume Purchase Program token associated with an business program.
    Business,
    /// Apple Volume Purchase Program token associated with an education program.
    Education,
}

/// Possible states associated with an Apple Volume Purchase Program token.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.vppTokenState")]
pub enum VppTokenState {
    /// Default state.
    Unknown,
    /// Token is valid.
    Valid,
    /// Token is expired.
    Expired,
    /// Token is invalid.
    Invalid,
    /// Token is managed by another MDM Service.
    AssignedToExternalMDM,
}

/// Possible sync statuses associated with an Apple Volume Purchase Program token.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.vppTokenSyncStatus")]
pub enum VppTokenSyncStatus {
    /// Default status.
    None,
    /// Last Sync in progress.
    InProgress,
    /// Last Sync completed successfully.
    Completed,
    /// Last Sync failed.
    Failed,
}

/// Contains value for delivery optimization priority.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppDeliveryOptimizationPriority")]
pub enum Win32LobAppDeliveryOptimizationPriority {
    /// Not configured or background normal delivery optimization priority.
    NotConfigured,
    /// Foreground delivery optimization priority.
    Foreground,
}

/// A list of possible operations for rules used to make determinations about an application based
/// on files or folders. Unless noted, can be used with either detection or requirement rules.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppFileSystemOperationType")]
pub enum Win32LobAppFileSystemOperationType {
    /// Default. Indicates that the rule does not have the operation type configured.
    NotConfigured,
    /// Indicates that the rule evaluates whether the specified file or folder exists.
    Exists,
    /// Indicates that the rule compares the modified date of the specified file against a provided
    /// comparison value by DateTime comparison.
    ModifiedDate,
    /// Indicates that the rule compares the created date of the specified file against a provided
    /// comparison value by DateTime comparison.
    CreatedDate,
    /// Indicates that the rule compares the detected version of the specified file against a
    /// provided comparison value via version semantics (both operand values will be parsed as
    /// versions and directly compared). If the value read at the given registry value is not
    /// discovered to be in version-compatible format, a string comparison will be used instead.
    Version,
    /// Indicates that the rule compares the size of the file in MiB (rounded down) against a
    /// provided comparison value by integer comparison.
    SizeInMB,
}

/// Indicates the package type of an MSI Win32LobApp.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppMsiPackageType")]
pub enum Win32LobAppMsiPackageType {
    /// Indicates a per-machine app package.
    PerMachine,
    /// Indicates a per-user app package.
    PerUser,
    /// Indicates a dual-purpose app package.
    DualPurpose,
}

/// Contains value for notification status.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppNotification")]
pub enum Win32LobAppNotification {
    /// Show all notifications.
    ShowAll,
    /// Only show restart notification and suppress other notifications.
    ShowReboot,
    /// Hide all notifications.
    HideAll,
}

/// Contains all supported Powershell Script output detection type.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppPowerShellScriptRuleOperationType")]
pub enum Win32LobAppPowerShellScriptRuleOperationType {
    /// Not configured.
    NotConfigured,
    /// Output data type is string.
    String,
    /// Output data type is date time.
    DateTime,
    /// Output data type is integer.
    Integer,
    /// Output data type is float.
    Float,
    /// Output data type is version.
    Version,
    /// Output data type is boolean.
    Boolean,
}

/// A list of possible operations for rules used to make determinations about an application based
/// on registry keys or values. Unless noted, the values can be used with either detection or
/// requirement rules.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppRegistryRuleOperationType")]
pub enum Win32LobAppRegistryRuleOperationType {
    /// Default. Indicates that the rule does not have the operation type configured.
    NotConfigured,
    /// Indicates that the rule evaluates whether the specified registry key or value exists.
    Exists,
    /// Indicates that the rule evaluates whether the specified registry key or value does not
    /// exist. It is the functional inverse of an equivalent rule that uses operation type
    /// \`exists\`.
    DoesNotExist,
    /// Indicates that the rule compares the value read at the given registry value against a
    /// provided comparison value by string comparison.
    String,
    /// Indicates that the rule compares the value read at the given registry value against a
    /// provided comparison value by integer comparison.
    Integer,
    /// Indicates that the rule compares the value read at the given registry value against a
    /// provided comparison value via version semantics (both operand values will be parsed as
    /// versions and directly compared). If the value read at the given registry value is not
    /// discovered to be in version-compatible format, a string comparison will be used instead.
    Version,
}

/// Indicates the type of restart action.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppRestartBehavior")]
pub enum Win32LobAppRestartBehavior {
    /// Intune will restart the device after running the app installation if the operation returns a
    /// reboot code.
    BasedOnReturnCode,
    /// Intune will not take any specific action on reboot codes resulting from app installations.
    /// Intune will not attempt to suppress restarts for MSI apps.
    Allow,
    /// Intune will attempt to suppress restarts for MSI apps.
    Suppress,
    /// Intune will force the device to restart immediately after the app installation operation.
    Force,
}

/// Indicates the type of return code.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppReturnCodeType")]
pub enum Win32LobAppReturnCodeType {
    /// Failed.
    Failed,
    /// Success.
    Success,
    /// Soft-reboot is required.
    SoftReboot,
    /// Hard-reboot is required.
    HardReboot,
    /// Retry.
    Retry,
}

/// Contains properties for detection operator.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppRuleOperator")]
pub enum Win32LobAppRuleOperator {
    /// Not configured.
    NotConfigured,
    /// Equal operator.
    Equal,
    /// Not equal operator.
    NotEqual,
    /// Greater than operator.
    GreaterThan,
    /// Greater than or equal operator.
    GreaterThanOrEqual,
    /// Less than operator.
    LessThan,
    /// Less than or equal operator.
    LessThanOrEqual,
}

/// Contains rule types for Win32 LOB apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppRuleType")]
pub enum Win32LobAppRuleType {
    /// Detection rule.
    Detection,
    /// Requirement rule.
    Requirement,
}

/// Contains value for auto-update superseded apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAutoUpdateSupersededAppsState")]
pub enum Win32LobAutoUpdateSupersededAppsState {
    /// Indicates that the auto-update superseded apps state is not configured and the app will not
    /// auto-update the superseded apps.
    NotConfigured,
    /// Indicates that the auto-update superseded apps state is enabled and the app will auto-update
    /// the superseded apps if the superseded apps are installed on the device.
    Enabled,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Contains properties for Windows architecture.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsArchitecture", flags)]
pub enum WindowsArchitecture {
    /// No flags set.
    None,
    /// Whether or not the X86 Windows architecture type is supported.
    X86,
    /// Whether or not the X64 Windows architecture type is supported.
    X64,
    /// Whether or not the Arm Windows architecture type is supported.
    Arm,
    /// Whether or not the Neutral Windows architecture type is supported.
    Neutral,
}

/// Contains properties for Windows device type. Multiple values can be selected. Default value is
/// \`none\`.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsDeviceType", flags)]
pub enum WindowsDeviceType {
    /// No device types supported. Default value.
    None,
    /// Indicates support for Desktop Windows device type.
    Desktop,
    /// Indicates support for Mobile Windows device type.
    Mobile,
    /// Indicates support for Holographic Windows device type.
    Holographic,
    /// Indicates support for Team Windows device type.
    Team,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Possible values for WIP Protection enforcement levels
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsInformationProtectionEnforcementLevel")]
pub enum WindowsInformationProtectionEnforcementLevel {
    /// No protection enforcement
    NoProtection,
    /// Encrypt and Audit only
    EncryptAndAuditOnly,
    /// Encrypt, Audit and Prompt
    EncryptAuditAndPrompt,
    /// Encrypt, Audit and Block
    EncryptAuditAndBlock,
}

/// Pin Character Requirements
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsInformationProtectionPinCharacterRequirements")]
pub enum WindowsInformationProtectionPinCharacterRequirements {
    /// Not allow
    NotAllow,
    /// Require atleast one
    RequireAtLeastOne,
    /// Allow any number
    Allow,
}

/// Represents an assignment to all managed devices in the tenant.
#[cfg(any(
    feature = "deviceAppManagement",
    feature = "deviceManagement",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.allDevicesAssignmentTarget", complex)]
pub struct AllDevicesAssignmentTarget {
    /// The inherited properties of `deviceAndAppManagementAssignmentTarget`.
    #[graph(base)]
    pub base: DeviceAndAppManagementAssignmentTarget,
}

/// Represents an assignment to all licensed users in the tenant.
#[cfg(any(
    feature = "deviceAppManagement",
    feature = "deviceManagement",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.allLicensedUsersAssignmentTarget",
    complex
)]
pub struct AllLicensedUsersAssignmentTarget {
    /// The inherited properties of `deviceAndAppManagementAssignmentTarget`.
    #[graph(base)]
    pub base: DeviceAndAppManagementAssignmentTarget,
}

/// Contains properties for the minimum operating system required for an Android mobile app.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.androidMinimumOperatingSystem")]
pub struct AndroidMinimumOperatingSystem {
    /// When TRUE, only Version 10.0 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v10_0")]
    pub v10_0: Option<bool>,
    /// When TRUE, only Version 11.0 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v11_0")]
    pub v11_0: Option<bool>,
    /// When TRUE, only Version 4.0 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v4_0")]
    pub v4_0: Option<bool>,
    /// When TRUE, only Version 4.0.3 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v4_0_3")]
    pub v4_0_3: Option<bool>,
    /// When TRUE, only Version 4.1 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v4_1")]
    pub v4_1: Option<bool>,
    /// When TRUE, only Version 4.2 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v4_2")]
    pub v4_2: Option<bool>,
    /// When TRUE, only Version 4.3 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v4_3")]
    pub v4_3: Option<bool>,
    /// When TRUE, only Version 4.4 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v4_4")]
    pub v4_4: Option<bool>,
    /// When TRUE, only Version 5.0 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v5_0")]
    pub v5_0: Option<bool>,
    /// When TRUE, only Version 5.1 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v5_1")]
    pub v5_1: Option<bool>,
    /// When TRUE, only Version 6.0 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v6_0")]
    pub v6_0: Option<bool>,
    /// When TRUE, only Version 7.0 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v7_0")]
    pub v7_0: Option<bool>,
    /// When TRUE, only Version 7.1 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v7_1")]
    pub v7_1: Option<bool>,
    /// When TRUE, only Version 8.0 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v8_0")]
    pub v8_0: Option<bool>,
    /// When TRUE, only Version 8.1 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v8_1")]
    pub v8_1: Option<bool>,
    /// When TRUE, only Version 9.0 or later is supported. Default value is FALSE. Exactly one of
    /// the minimum operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v9_0")]
    pub v9_0: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains properties for App configuration setting item.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.appConfigurationSettingItem")]
pub struct AppConfigurationSettingItem {
    /// app configuration key. Not nullable.
    #[graph(non_nullable)]
    pub app_config_key: Option<String>,
    /// app configuration key type. Not nullable.
    #[graph(non_nullable)]
    pub app_config_key_type: Option<MdmAppConfigKeyType>,
    /// app configuration key value. Not nullable.
    #[graph(non_nullable)]
    pub app_config_key_value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Represents an assignment to a Configuration Manager Collection.
#[cfg(any(
    feature = "deviceAppManagement",
    feature = "deviceManagement",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.configurationManagerCollectionAssignmentTarget",
    complex
)]
pub struct ConfigurationManagerCollectionAssignmentTarget {
    /// The inherited properties of `deviceAndAppManagementAssignmentTarget`.
    #[graph(base)]
    pub base: DeviceAndAppManagementAssignmentTarget,
    /// The collection Id that is the target of the assignment.
    pub collection_id: Option<String>,
}

/// Base type for assignment targets.
#[cfg(any(
    feature = "deviceAppManagement",
    feature = "deviceManagement",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.deviceAndAppManagementAssignmentTarget",
    abstract
)]
pub struct DeviceAndAppManagementAssignmentTarget {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.deviceAndAppManagementAssignmentTarget`: the type itself or any of its
/// derived types this build declares (a value without `@odata.type` is the type itself); a value of
/// another derived type reads as `DeviceAndAppManagementAssignmentTarget`, keeping its
/// `@odata.type` and properties.
#[cfg(any(
    feature = "deviceAppManagement",
    feature = "deviceManagement",
    feature = "other"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDeviceAndAppManagementAssignmentTarget {
    /// `microsoft.graph.allDevicesAssignmentTarget`.
    AllDevicesAssignmentTarget(AllDevicesAssignmentTarget),
    /// `microsoft.graph.allLicensedUsersAssignmentTarget`.
    AllLicensedUsersAssignmentTarget(AllLicensedUsersAssignmentTarget),
    /// `microsoft.graph.configurationManagerCollectionAssignmentTarget`.
    ConfigurationManagerCollectionAssignmentTarget(ConfigurationManagerCollectionAssignmentTarget),
    /// `microsoft.graph.groupAssignmentTarget`.
    GroupAssignmentTarget(GroupAssignmentTarget),
    /// `microsoft.graph.exclusionGroupAssignmentTarget`.
    ExclusionGroupAssignmentTarget(ExclusionGroupAssignmentTarget),
    /// `microsoft.graph.deviceAndAppManagementAssignmentTarget` itself, or a type this build does not declare.
    #[graph(other)]
    Other(DeviceAndAppManagementAssignmentTarget),
}

/// Represents a group that should be excluded from an assignment.
#[cfg(any(
    feature = "deviceAppManagement",
    feature = "deviceManagement",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.exclusionGroupAssignmentTarget", complex)]
pub struct ExclusionGroupAssignmentTarget {
    /// The inherited properties of `groupAssignmentTarget`.
    #[graph(base)]
    pub base: GroupAssignmentTarget,
}

/// Contains properties for file encryption information for the content version of a
/// line-of-business app.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fileEncryptionInfo")]
pub struct FileEncryptionInfo {
    /// The key used to encrypt the file content.
    pub encryption_key: Option<edm::Binary>,
    /// The file digest prior to encryption. ProfileVersion1 requires a non-null FileDigest.
    pub file_digest: Option<edm::Binary>,
    /// The file digest algorithm. ProfileVersion1 currently only supports SHA256 for the
    /// FileDigestAlgorithm.
    pub file_digest_algorithm: Option<String>,
    /// The initialization vector (IV) used for the encryption algorithm. Must be 16 bytes.
    pub initialization_vector: Option<edm::Binary>,
    /// The hash of the concatenation of the IV and encrypted file content. Must be 32 bytes.
    pub mac: Option<edm::Binary>,
    /// The key used to compute the message authentication code of the concatenation of the IV and
    /// encrypted file content. Must be 32 bytes.
    pub mac_key: Option<edm::Binary>,
    /// The profile identifier. Maps to the strategy used to encrypt the file. Currently, only
    /// ProfileVersion1 is supported.
    pub profile_identifier: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Represents an assignment to a group.
#[cfg(any(
    feature = "deviceAppManagement",
    feature = "deviceManagement",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.groupAssignmentTarget", complex)]
pub struct GroupAssignmentTarget {
    /// The inherited properties of `deviceAndAppManagementAssignmentTarget`.
    #[graph(base)]
    pub base: DeviceAndAppManagementAssignmentTarget,
    /// The group Id that is the target of the assignment.
    pub group_id: Option<String>,
}

/// Contains properties of the possible iOS device types the mobile app can run on.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosDeviceType")]
pub struct IosDeviceType {
    /// Whether the app should run on iPads. Not nullable.
    #[graph(non_nullable)]
    pub i_pad: Option<bool>,
    /// Whether the app should run on iPhones and iPods. Not nullable.
    #[graph(non_nullable)]
    pub i_phone_and_i_pod: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains properties used to assign an iOS LOB mobile app to a group.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosLobAppAssignmentSettings", complex)]
pub struct IosLobAppAssignmentSettings {
    /// The inherited properties of `mobileAppAssignmentSettings`.
    #[graph(base)]
    pub base: MobileAppAssignmentSettings,
    /// When TRUE, indicates that the app can be uninstalled by the user. When FALSE, indicates that
    /// the app cannot be uninstalled by the user. By default, this property is set to null which
    /// internally is treated as TRUE.
    pub is_removable: Option<bool>,
    /// When TRUE, indicates that the app should be uninstalled when the device is removed from
    /// Intune. When FALSE, indicates that the app will not be uninstalled when the device is
    /// removed from Intune. By default, property is set to null which internally is treated as
    /// TRUE.
    pub uninstall_on_device_removal: Option<bool>,
    /// This is the unique identifier (Id) of the VPN Configuration to apply to the app.
    pub vpn_configuration_id: Option<String>,
}

/// Contains properties of the minimum operating system required for an iOS mobile app.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosMinimumOperatingSystem")]
pub struct IosMinimumOperatingSystem {
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS
    /// with OS Version 10.0 or later is required to install the app. If 'False', iOS Version 10.0
    /// is not the minimum version. Default value is False. Exactly one of the minimum operating
    /// system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v10_0")]
    pub v10_0: Option<bool>,
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS
    /// with OS Version 11.0 or later is required to install the app. If 'False', iOS Version 11.0
    /// is not the minimum version. Default value is False. Exactly one of the minimum operating
    /// system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v11_0")]
    pub v11_0: Option<bool>,
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS
    /// with OS Version 12.0 or later is required to install the app. If 'False', iOS Version 12.0
    /// is not the minimum version. Default value is False. Exactly one of the minimum operating
    /// system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v12_0")]
    pub v12_0: Option<bool>,
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS
    /// with OS Version 13.0 or later is required to install the app. If 'False', iOS Version 13.0
    /// is not the minimum version. Default value is False. Exactly one of the minimum operating
    /// system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v13_0")]
    pub v13_0: Option<bool>,
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS
    /// with OS Version 14.0 or later is required to install the app. If 'False', iOS Version 14.0
    /// is not the minimum version. Default value is False. Exactly one of the minimum operating
    /// system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v14_0")]
    pub v14_0: Option<bool>,
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS
    /// with OS Version 15.0 or later is required to install the app. If 'False', iOS Version 15.0
    /// is not the minimum version. Default value is False. Exactly one of the minimum operating
    /// system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v15_0")]
    pub v15_0: Option<bool>,
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS
    /// with OS Version 8.0 or later is required to install the app. If 'False', iOS Version 8.0 is
    /// not the minimum version. Default value is False. Exactly one of the minimum operating system
    /// boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v8_0")]
    pub v8_0: Option<bool>,
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS
    /// with OS Version 9.0 or later is required to install the app. If 'False', iOS Version 9.0 is
    /// not the minimum version. Default value is False. Exactly one of the minimum operating system
    /// boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v9_0")]
    pub v9_0: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains properties used to assign an iOS Store mobile app to a group.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosStoreAppAssignmentSettings", complex)]
pub struct IosStoreAppAssignmentSettings {
    /// The inherited properties of `mobileAppAssignmentSettings`.
    #[graph(base)]
    pub base: MobileAppAssignmentSettings,
    /// When TRUE, indicates that the app can be uninstalled by the user. When FALSE, indicates that
    /// the app cannot be uninstalled by the user. By default, this property is set to null which
    /// internally is treated as TRUE.
    pub is_removable: Option<bool>,
    /// When TRUE, indicates that the app should be uninstalled when the device is removed from
    /// Intune. When FALSE, indicates that the app will not be uninstalled when the device is
    /// removed from Intune. By default, property is set to null which internally is treated as
    /// TRUE.
    pub uninstall_on_device_removal: Option<bool>,
    /// This is the unique identifier (Id) of the VPN Configuration to apply to the app.
    pub vpn_configuration_id: Option<String>,
}

/// Contains properties used to assign an iOS VPP mobile app to a group.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosVppAppAssignmentSettings", complex)]
pub struct IosVppAppAssignmentSettings {
    /// The inherited properties of `mobileAppAssignmentSettings`.
    #[graph(base)]
    pub base: MobileAppAssignmentSettings,
    /// Whether or not to use device licensing. Not nullable.
    #[graph(non_nullable)]
    pub use_device_licensing: Option<bool>,
    /// The VPN Configuration Id to apply for this app.
    pub vpn_configuration_id: Option<String>,
}

#[cfg(any(feature = "deviceAppManagement", feature = "identity"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.ipRange", abstract)]
pub struct IpRange {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.ipRange`: the type itself or any of its derived types this build declares (a
/// value without `@odata.type` is the type itself); a value of another derived type reads as
/// `IpRange`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "deviceAppManagement", feature = "identity"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyIpRange {
    /// `microsoft.graph.iPv4CidrRange`.
    IPv4CidrRange(IPv4CidrRange),
    /// `microsoft.graph.iPv4Range`.
    IPv4Range(IPv4Range),
    /// `microsoft.graph.iPv6CidrRange`.
    IPv6CidrRange(IPv6CidrRange),
    /// `microsoft.graph.iPv6Range`.
    IPv6Range(IPv6Range),
    /// `microsoft.graph.ipRange` itself, or a type this build does not declare.
    #[graph(other)]
    Other(IpRange),
}

#[cfg(any(feature = "deviceAppManagement", feature = "identity"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iPv4CidrRange", complex)]
pub struct IPv4CidrRange {
    /// The inherited properties of `ipRange`.
    #[graph(base)]
    pub base: IpRange,
    /// Not nullable.
    #[graph(non_nullable)]
    pub cidr_address: Option<String>,
}

/// IPv4 Range definition.
#[cfg(any(feature = "deviceAppManagement", feature = "identity"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iPv4Range", complex)]
pub struct IPv4Range {
    /// The inherited properties of `ipRange`.
    #[graph(base)]
    pub base: IpRange,
    /// Lower address. Not nullable.
    #[graph(non_nullable)]
    pub lower_address: Option<String>,
    /// Upper address. Not nullable.
    #[graph(non_nullable)]
    pub upper_address: Option<String>,
}

#[cfg(any(feature = "deviceAppManagement", feature = "identity"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iPv6CidrRange", complex)]
pub struct IPv6CidrRange {
    /// The inherited properties of `ipRange`.
    #[graph(base)]
    pub base: IpRange,
    /// Not nullable.
    #[graph(non_nullable)]
    pub cidr_address: Option<String>,
}

/// IPv6 Range definition.
#[cfg(any(feature = "deviceAppManagement", feature = "identity"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iPv6Range", complex)]
pub struct IPv6Range {
    /// The inherited properties of `ipRange`.
    #[graph(base)]
    pub base: IpRange,
    /// Lower address. Not nullable.
    #[graph(non_nullable)]
    pub lower_address: Option<String>,
    /// Upper address. Not nullable.
    #[graph(non_nullable)]
    pub upper_address: Option<String>,
}

/// Contains properties of an included .app in a MacOS app.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.macOSIncludedApp")]
pub struct MacOSIncludedApp {
    /// The bundleId of the app. This maps to the CFBundleIdentifier in the app's bundle
    /// configuration. Not nullable.
    #[graph(non_nullable)]
    pub bundle_id: Option<String>,
    /// The version of the app. This maps to the CFBundleShortVersion in the app's bundle
    /// configuration. Not nullable.
    #[graph(non_nullable)]
    pub bundle_version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains properties used to assign a macOS LOB app to a group.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.macOsLobAppAssignmentSettings", complex)]
pub struct MacOsLobAppAssignmentSettings {
    /// The inherited properties of `mobileAppAssignmentSettings`.
    #[graph(base)]
    pub base: MobileAppAssignmentSettings,
    /// When TRUE, indicates that the app should be uninstalled when the device is removed from
    /// Intune. When FALSE, indicates that the app will not be uninstalled when the device is
    /// removed from Intune.
    pub uninstall_on_device_removal: Option<bool>,
}

/// Contains properties of a macOS .app in the package
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.macOSLobChildApp")]
pub struct MacOSLobChildApp {
    /// The build number of the app.
    pub build_number: Option<String>,
    /// The bundleId of the app.
    pub bundle_id: Option<String>,
    /// The version number of the app.
    pub version_number: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The minimum operating system required for a macOS app.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.macOSMinimumOperatingSystem")]
pub struct MacOSMinimumOperatingSystem {
    /// Indicates the minimum OS X version support required for the managed device. When 'True',
    /// macOS with OS X 10.10 or later is required to install the app. If 'False', OS X Version
    /// 10.10 is not the minimum version. Default value is False. Exactly one of the minimum
    /// operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v10_10")]
    pub v10_10: Option<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True',
    /// macOS with OS X 10.11 or later is required to install the app. If 'False', OS X Version
    /// 10.11 is not the minimum version. Default value is False. Exactly one of the minimum
    /// operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v10_11")]
    pub v10_11: Option<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True',
    /// macOS with OS X 10.12 or later is required to install the app. If 'False', OS X Version
    /// 10.12 is not the minimum version. Default value is False. Exactly one of the minimum
    /// operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v10_12")]
    pub v10_12: Option<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True',
    /// macOS with OS X 10.13 or later is required to install the app. If 'False', OS X Version
    /// 10.13 is not the minimum version. Default value is False. Exactly one of the minimum
    /// operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v10_13")]
    pub v10_13: Option<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True',
    /// macOS with OS X 10.14 or later is required to install the app. If 'False', OS X Version
    /// 10.14 is not the minimum version. Default value is False. Exactly one of the minimum
    /// operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v10_14")]
    pub v10_14: Option<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True',
    /// macOS with OS X 10.15 or later is required to install the app. If 'False', OS X Version
    /// 10.15 is not the minimum version. Default value is False. Exactly one of the minimum
    /// operating system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v10_15")]
    pub v10_15: Option<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True',
    /// macOS with OS X 10.7 or later is required to install the app. If 'False', OS X Version 10.7
    /// is not the minimum version. Default value is False. Exactly one of the minimum operating
    /// system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v10_7")]
    pub v10_7: Option<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True',
    /// macOS with OS X 10.8 or later is required to install the app. If 'False', OS X Version 10.8
    /// is not the minimum version. Default value is False. Exactly one of the minimum operating
    /// system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v10_8")]
    pub v10_8: Option<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True',
    /// macOS with OS X 10.9 or later is required to install the app. If 'False', OS X Version 10.9
    /// is not the minimum version. Default value is False. Exactly one of the minimum operating
    /// system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v10_9")]
    pub v10_9: Option<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True',
    /// macOS with OS X 11.0 or later is required to install the app. If 'False', OS X Version 11.0
    /// is not the minimum version. Default value is False. Exactly one of the minimum operating
    /// system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v11_0")]
    pub v11_0: Option<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True',
    /// macOS with OS X 12.0 or later is required to install the app. If 'False', OS X Version 12.0
    /// is not the minimum version. Default value is False. Exactly one of the minimum operating
    /// system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v12_0")]
    pub v12_0: Option<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True',
    /// macOS with OS X 13.0 or later is required to install the app. If 'False', OS X Version 13.0
    /// is not the minimum version. Default value is False. Exactly one of the minimum operating
    /// system boolean values will be TRUE. Not nullable.
    #[graph(non_nullable, rename = "v13_0")]
    pub v13_0: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Represents policy deployment summary per app.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.managedAppPolicyDeploymentSummaryPerApp")]
pub struct ManagedAppPolicyDeploymentSummaryPerApp {
    /// Number of users the policy is applied. Not nullable.
    #[graph(non_nullable)]
    pub configuration_applied_user_count: Option<i32>,
    /// Deployment of an app.
    pub mobile_app_identifier: Option<AnyMobileAppIdentifier>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains properties used to assign an Microsoft Store for Business mobile app to a group.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.microsoftStoreForBusinessAppAssignmentSettings",
    complex
)]
pub struct MicrosoftStoreForBusinessAppAssignmentSettings {
    /// The inherited properties of `mobileAppAssignmentSettings`.
    #[graph(base)]
    pub base: MobileAppAssignmentSettings,
    /// Whether or not to use device execution context for Microsoft Store for Business mobile app.
    /// Not nullable.
    #[graph(non_nullable)]
    pub use_device_context: Option<bool>,
}

/// Contains properties for a generic mime content.
#[cfg(any(feature = "deviceAppManagement", feature = "deviceManagement"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mimeContent")]
pub struct MimeContent {
    /// Indicates the content mime type.
    pub r#type: Option<String>,
    /// The byte array that contains the actual content.
    pub value: Option<edm::Binary>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Abstract class to contain properties used to assign a mobile app to a group.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mobileAppAssignmentSettings", abstract)]
pub struct MobileAppAssignmentSettings {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.mobileAppAssignmentSettings`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `MobileAppAssignmentSettings`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyMobileAppAssignmentSettings {
    /// `microsoft.graph.iosLobAppAssignmentSettings`.
    IosLobAppAssignmentSettings(IosLobAppAssignmentSettings),
    /// `microsoft.graph.iosStoreAppAssignmentSettings`.
    IosStoreAppAssignmentSettings(IosStoreAppAssignmentSettings),
    /// `microsoft.graph.iosVppAppAssignmentSettings`.
    IosVppAppAssignmentSettings(IosVppAppAssignmentSettings),
    /// `microsoft.graph.macOsLobAppAssignmentSettings`.
    MacOsLobAppAssignmentSettings(MacOsLobAppAssignmentSettings),
    /// `microsoft.graph.microsoftStoreForBusinessAppAssignmentSettings`.
    MicrosoftStoreForBusinessAppAssignmentSettings(MicrosoftStoreForBusinessAppAssignmentSettings),
    /// `microsoft.graph.win32LobAppAssignmentSettings`.
    Win32LobAppAssignmentSettings(Win32LobAppAssignmentSettings),
    /// `microsoft.graph.windowsAppXAppAssignmentSettings`.
    WindowsAppXAppAssignmentSettings(WindowsAppXAppAssignmentSettings),
    /// `microsoft.graph.windowsUniversalAppXAppAssignmentSettings`.
    WindowsUniversalAppXAppAssignmentSettings(WindowsUniversalAppXAppAssignmentSettings),
    /// `microsoft.graph.mobileAppAssignmentSettings` itself, or a type this build does not declare.
    #[graph(other)]
    Other(MobileAppAssignmentSettings),
}

/// Contains properties used to determine when to offer an app to devices and when to install the
/// app on devices.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mobileAppInstallTimeSettings")]
pub struct MobileAppInstallTimeSettings {
    /// The time at which the app should be installed.
    pub deadline_date_time: Option<edm::DateTimeOffset>,
    /// The time at which the app should be available for installation.
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Whether the local device time or UTC time should be used when determining the available and
    /// deadline times. Not nullable.
    #[graph(non_nullable)]
    pub use_local_time: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Proxied Domain
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.proxiedDomain")]
pub struct ProxiedDomain {
    /// The IP address or FQDN. Not nullable.
    #[graph(non_nullable, rename = "ipAddressOrFQDN")]
    pub ip_address_or_fqdn: Option<String>,
    /// Proxy IP or FQDN
    pub proxy: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains properties for iOS Volume-Purchased Program (Vpp) Licensing Type.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.vppLicensingType")]
pub struct VppLicensingType {
    /// Whether the program supports the device licensing type. Not nullable.
    #[graph(non_nullable)]
    pub supports_device_licensing: Option<bool>,
    /// Whether the program supports the user licensing type. Not nullable.
    #[graph(non_nullable)]
    pub supports_user_licensing: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains properties used to assign an Win32 LOB mobile app to a group.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.win32LobAppAssignmentSettings", complex)]
pub struct Win32LobAppAssignmentSettings {
    /// The inherited properties of `mobileAppAssignmentSettings`.
    #[graph(base)]
    pub base: MobileAppAssignmentSettings,
    /// The auto-update settings to apply for this app assignment.
    pub auto_update_settings: Option<Win32LobAppAutoUpdateSettings>,
    /// The delivery optimization priority for this app assignment. This setting is not supported in
    /// National Cloud environments. Not nullable.
    #[graph(non_nullable)]
    pub delivery_optimization_priority: Option<Win32LobAppDeliveryOptimizationPriority>,
    /// The install time settings to apply for this app assignment.
    pub install_time_settings: Option<MobileAppInstallTimeSettings>,
    /// The notification status for this app assignment. Not nullable.
    #[graph(non_nullable)]
    pub notifications: Option<Win32LobAppNotification>,
    /// The reboot settings to apply for this app assignment.
    pub restart_settings: Option<Win32LobAppRestartSettings>,
}

/// Contains properties used to perform the auto-update of an application.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.win32LobAppAutoUpdateSettings")]
pub struct Win32LobAppAutoUpdateSettings {
    /// The auto-update superseded apps state setting for the app assignment. Possible values are
    /// notConfigured and enabled. Default value is notConfigured. Not nullable.
    #[graph(non_nullable)]
    pub auto_update_superseded_apps_state: Option<Win32LobAutoUpdateSupersededAppsState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A complex type to store file or folder rule data for a Win32 LOB app.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.win32LobAppFileSystemRule", complex)]
pub struct Win32LobAppFileSystemRule {
    /// The inherited properties of `win32LobAppRule`.
    #[graph(base)]
    pub base: Win32LobAppRule,
    /// A value indicating whether to expand environment variables in the 32-bit context on 64-bit
    /// systems. Not nullable.
    #[graph(non_nullable)]
    pub check32_bit_on64_system: Option<bool>,
    /// The file or folder comparison value.
    pub comparison_value: Option<String>,
    /// The file or folder name to look up.
    pub file_or_folder_name: Option<String>,
    /// The file system operation type. Not nullable.
    #[graph(non_nullable)]
    pub operation_type: Option<Win32LobAppFileSystemOperationType>,
    /// The operator for file or folder detection. Not nullable.
    #[graph(non_nullable)]
    pub operator: Option<Win32LobAppRuleOperator>,
    /// The file or folder path to look up.
    pub path: Option<String>,
}

/// Contains installation experience properties for a Win32 App
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.win32LobAppInstallExperience")]
pub struct Win32LobAppInstallExperience {
    /// Device restart behavior. Not nullable.
    #[graph(non_nullable)]
    pub device_restart_behavior: Option<Win32LobAppRestartBehavior>,
    /// Indicates the type of execution context the app runs in. Not nullable.
    #[graph(non_nullable)]
    pub run_as_account: Option<RunAsAccountType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains MSI app properties for a Win32 App.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.win32LobAppMsiInformation")]
pub struct Win32LobAppMsiInformation {
    /// The MSI package type. Not nullable.
    #[graph(non_nullable)]
    pub package_type: Option<Win32LobAppMsiPackageType>,
    /// The MSI product code.
    pub product_code: Option<String>,
    /// The MSI product name.
    pub product_name: Option<String>,
    /// The MSI product version.
    pub product_version: Option<String>,
    /// The MSI publisher.
    pub publisher: Option<String>,
    /// Whether the MSI app requires the machine to reboot to complete installation. Not nullable.
    #[graph(non_nullable)]
    pub requires_reboot: Option<bool>,
    /// The MSI upgrade code.
    pub upgrade_code: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A complex type to store the PowerShell script rule data for a Win32 LOB app.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.win32LobAppPowerShellScriptRule",
    complex
)]
pub struct Win32LobAppPowerShellScriptRule {
    /// The inherited properties of `win32LobAppRule`.
    #[graph(base)]
    pub base: Win32LobAppRule,
    /// The script output comparison value. Do not specify a value if the rule is used for
    /// detection.
    pub comparison_value: Option<String>,
    /// The display name for the rule. Do not specify this value if the rule is used for detection.
    pub display_name: Option<String>,
    /// A value indicating whether a signature check is enforced. Not nullable.
    #[graph(non_nullable)]
    pub enforce_signature_check: Option<bool>,
    /// The script output comparison operation type. Use NotConfigured (the default value) if the
    /// rule is used for detection. Not nullable.
    #[graph(non_nullable)]
    pub operation_type: Option<Win32LobAppPowerShellScriptRuleOperationType>,
    /// The script output operator. Use NotConfigured (the default value) if the rule is used for
    /// detection. Not nullable.
    #[graph(non_nullable)]
    pub operator: Option<Win32LobAppRuleOperator>,
    /// A value indicating whether the script should run as 32-bit. Not nullable.
    #[graph(non_nullable)]
    pub run_as32_bit: Option<bool>,
    /// The execution context of the script. Do not specify this value if the rule is used for
    /// detection. Script detection rules will run in the same context as the associated app install
    /// context.
    pub run_as_account: Option<RunAsAccountType>,
    /// The base64-encoded script content.
    pub script_content: Option<String>,
}

/// A complex type to store the product code and version rule data for a Win32 LOB app. This rule is
/// not supported as a requirement rule.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.win32LobAppProductCodeRule", complex)]
pub struct Win32LobAppProductCodeRule {
    /// The inherited properties of `win32LobAppRule`.
    #[graph(base)]
    pub base: Win32LobAppRule,
    /// The product code of the app.
    pub product_code: Option<String>,
    /// The product version comparison value.
    pub product_version: Option<String>,
    /// The product version comparison operator. Not nullable.
    #[graph(non_nullable)]
    pub product_version_operator: Option<Win32LobAppRuleOperator>,
}

/// A complex type to store registry rule data for a Win32 LOB app.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.win32LobAppRegistryRule", complex)]
pub struct Win32LobAppRegistryRule {
    /// The inherited properties of `win32LobAppRule`.
    #[graph(base)]
    pub base: Win32LobAppRule,
    /// A value indicating whether to search the 32-bit registry on 64-bit systems. Not nullable.
    #[graph(non_nullable)]
    pub check32_bit_on64_system: Option<bool>,
    /// The registry comparison value.
    pub comparison_value: Option<String>,
    /// The full path of the registry entry containing the value to detect.
    pub key_path: Option<String>,
    /// The registry operation type. Not nullable.
    #[graph(non_nullable)]
    pub operation_type: Option<Win32LobAppRegistryRuleOperationType>,
    /// The operator for registry detection. Not nullable.
    #[graph(non_nullable)]
    pub operator: Option<Win32LobAppRuleOperator>,
    /// The name of the registry value to detect.
    pub value_name: Option<String>,
}

/// Contains properties describing restart coordination following an app installation.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.win32LobAppRestartSettings")]
pub struct Win32LobAppRestartSettings {
    /// The number of minutes before the restart time to display the countdown dialog for pending
    /// restarts. Not nullable.
    #[graph(non_nullable)]
    pub countdown_display_before_restart_in_minutes: Option<i32>,
    /// The number of minutes to wait before restarting the device after an app installation. Not
    /// nullable.
    #[graph(non_nullable)]
    pub grace_period_in_minutes: Option<i32>,
    /// The number of minutes to snooze the restart notification dialog when the snooze button is
    /// selected.
    pub restart_notification_snooze_duration_in_minutes: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains return code properties for a Win32 App
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.win32LobAppReturnCode")]
pub struct Win32LobAppReturnCode {
    /// Return code. Not nullable.
    #[graph(non_nullable)]
    pub return_code: Option<i32>,
    /// The type of return code. Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<Win32LobAppReturnCodeType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A base complex type to store the detection or requirement rule data for a Win32 LOB app.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.win32LobAppRule", abstract)]
pub struct Win32LobAppRule {
    /// The rule type indicating the purpose of the rule. Not nullable.
    #[graph(non_nullable)]
    pub rule_type: Option<Win32LobAppRuleType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.win32LobAppRule`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `Win32LobAppRule`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyWin32LobAppRule {
    /// `microsoft.graph.win32LobAppFileSystemRule`.
    Win32LobAppFileSystemRule(Win32LobAppFileSystemRule),
    /// `microsoft.graph.win32LobAppPowerShellScriptRule`.
    Win32LobAppPowerShellScriptRule(Win32LobAppPowerShellScriptRule),
    /// `microsoft.graph.win32LobAppProductCodeRule`.
    Win32LobAppProductCodeRule(Win32LobAppProductCodeRule),
    /// `microsoft.graph.win32LobAppRegistryRule`.
    Win32LobAppRegistryRule(Win32LobAppRegistryRule),
    /// `microsoft.graph.win32LobAppRule` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Win32LobAppRule),
}

/// Contains properties used when assigning a Windows AppX mobile app to a group.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.windowsAppXAppAssignmentSettings",
    complex
)]
pub struct WindowsAppXAppAssignmentSettings {
    /// The inherited properties of `mobileAppAssignmentSettings`.
    #[graph(base)]
    pub base: MobileAppAssignmentSettings,
    /// When TRUE, indicates that device execution context will be used for the AppX mobile app.
    /// When FALSE, indicates that user context will be used for the AppX mobile app. By default,
    /// this property is set to FALSE. Once this property has been set to TRUE it cannot be changed.
    /// Not nullable.
    #[graph(non_nullable)]
    pub use_device_context: Option<bool>,
}

/// App for Windows information protection
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.windowsInformationProtectionApp",
    abstract
)]
pub struct WindowsInformationProtectionApp {
    /// If true, app is denied protection or exemption. Not nullable.
    #[graph(non_nullable)]
    pub denied: Option<bool>,
    /// The app's description.
    pub description: Option<String>,
    /// App display name. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// The product name.
    pub product_name: Option<String>,
    /// The publisher name
    pub publisher_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.windowsInformationProtectionApp`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `WindowsInformationProtectionApp`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyWindowsInformationProtectionApp {
    /// `microsoft.graph.windowsInformationProtectionDesktopApp`.
    WindowsInformationProtectionDesktopApp(WindowsInformationProtectionDesktopApp),
    /// `microsoft.graph.windowsInformationProtectionStoreApp`.
    WindowsInformationProtectionStoreApp(WindowsInformationProtectionStoreApp),
    /// `microsoft.graph.windowsInformationProtectionApp` itself, or a type this build does not declare.
    #[graph(other)]
    Other(WindowsInformationProtectionApp),
}

/// Windows Information Protection DataRecoveryCertificate
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsInformationProtectionDataRecoveryCertificate")]
pub struct WindowsInformationProtectionDataRecoveryCertificate {
    /// Data recovery Certificate
    pub certificate: Option<edm::Binary>,
    /// Data recovery Certificate description
    pub description: Option<String>,
    /// Data recovery Certificate expiration datetime. Not nullable.
    #[graph(non_nullable)]
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    /// Data recovery Certificate subject name
    pub subject_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Desktop App for Windows information protection
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.windowsInformationProtectionDesktopApp",
    complex
)]
pub struct WindowsInformationProtectionDesktopApp {
    /// The inherited properties of `windowsInformationProtectionApp`.
    #[graph(base)]
    pub base: WindowsInformationProtectionApp,
    /// The binary name. Not nullable.
    #[graph(non_nullable)]
    pub binary_name: Option<String>,
    /// The high binary version.
    pub binary_version_high: Option<String>,
    /// The lower binary version.
    pub binary_version_low: Option<String>,
}

/// Windows Information Protection IP Range Collection
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsInformationProtectionIPRangeCollection")]
pub struct WindowsInformationProtectionIPRangeCollection {
    /// Display name. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Collection of ip ranges. Not nullable.
    #[graph(non_nullable)]
    pub ranges: Option<Vec<AnyIpRange>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Windows Information Protection Proxied Domain Collection
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsInformationProtectionProxiedDomainCollection")]
pub struct WindowsInformationProtectionProxiedDomainCollection {
    /// Display name. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Collection of proxied domains. Not nullable.
    #[graph(non_nullable)]
    pub proxied_domains: Option<Vec<ProxiedDomain>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Windows Information Protection Resource Collection
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsInformationProtectionResourceCollection")]
pub struct WindowsInformationProtectionResourceCollection {
    /// Display name. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Collection of resources
    pub resources: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Store App for Windows information protection
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.windowsInformationProtectionStoreApp",
    complex
)]
pub struct WindowsInformationProtectionStoreApp {
    /// The inherited properties of `windowsInformationProtectionApp`.
    #[graph(base)]
    pub base: WindowsInformationProtectionApp,
}

/// The minimum operating system required for a Windows mobile app.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsMinimumOperatingSystem")]
pub struct WindowsMinimumOperatingSystem {
    /// Windows version 10.0 or later. Not nullable.
    #[graph(non_nullable, rename = "v10_0")]
    pub v10_0: Option<bool>,
    /// Windows version 8.0 or later. Not nullable.
    #[graph(non_nullable, rename = "v8_0")]
    pub v8_0: Option<bool>,
    /// Windows version 8.1 or later. Not nullable.
    #[graph(non_nullable, rename = "v8_1")]
    pub v8_1: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains properties used when assigning a Windows Universal AppX mobile app to a group.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.windowsUniversalAppXAppAssignmentSettings",
    complex
)]
pub struct WindowsUniversalAppXAppAssignmentSettings {
    /// The inherited properties of `mobileAppAssignmentSettings`.
    #[graph(base)]
    pub base: MobileAppAssignmentSettings,
    /// If true, uses device execution context for Windows Universal AppX mobile app. Device-context
    /// install is not allowed when this type of app is targeted with Available intent. Defaults to
    /// false. Not nullable.
    #[graph(non_nullable)]
    pub use_device_context: Option<bool>,
}

/// Contains properties and inherited properties for Android Line Of Business apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.androidLobApp")]
pub struct AndroidLobApp {
    /// The inherited properties of `mobileLobApp`.
    #[graph(base)]
    pub base: MobileLobApp,
    /// The value for the minimum applicable operating system.
    pub minimum_supported_operating_system: Option<AndroidMinimumOperatingSystem>,
    /// The package identifier.
    pub package_id: Option<String>,
    /// The version code of Android Line of Business (LoB) app.
    pub version_code: Option<String>,
    /// The version name of Android Line of Business (LoB) app.
    pub version_name: Option<String>,
}

/// Policy used to configure detailed management settings targeted to specific security groups and
/// for a specified set of apps on an Android device
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.androidManagedAppProtection",
    path = "/deviceAppManagement/androidManagedAppProtections",
    contains(name = "apps", target = ManagedMobileApp),
    contains(name = "deploymentSummary", target = ManagedAppPolicyDeploymentSummary, single)
)]
pub struct AndroidManagedAppProtection {
    /// The inherited properties of `targetedManagedAppProtection`.
    #[graph(base)]
    pub base: TargetedManagedAppProtection,
    /// Friendly name of the preferred custom browser to open weblink on Android. When this property
    /// is configured, ManagedBrowserToOpenLinksRequired should be true.
    pub custom_browser_display_name: Option<String>,
    /// Unique identifier of the preferred custom browser to open weblink on Android. When this
    /// property is configured, ManagedBrowserToOpenLinksRequired should be true.
    pub custom_browser_package_id: Option<String>,
    /// Count of apps to which the current policy is deployed. Not nullable.
    #[graph(non_nullable)]
    pub deployed_app_count: Option<i32>,
    /// When this setting is enabled, app level encryption is disabled if device level encryption is
    /// enabled. Not nullable.
    #[graph(non_nullable)]
    pub disable_app_encryption_if_device_encryption_is_enabled: Option<bool>,
    /// Indicates whether application data for managed apps should be encrypted. Not nullable.
    #[graph(non_nullable)]
    pub encrypt_app_data: Option<bool>,
    /// Define the oldest required Android security patch level a user can have to gain secure
    /// access to the app.
    pub minimum_required_patch_version: Option<String>,
    /// Define the oldest recommended Android security patch level a user can have for secure access
    /// to the app.
    pub minimum_warning_patch_version: Option<String>,
    /// Indicates whether a managed user can take screen captures of managed apps. Not nullable.
    #[graph(non_nullable)]
    pub screen_capture_blocked: Option<bool>,
    /// List of apps to which the policy is deployed. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub apps: Option<Vec<ManagedMobileApp>>,
    /// Navigation property to deployment summary of the configuration. Navigation property: read
    /// when `$expand`ed, never written.
    #[graph(read_only)]
    pub deployment_summary: Option<ManagedAppPolicyDeploymentSummary>,
}

/// Represents the synchronization details of an android app, with management capabilities, for a
/// specific user.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.androidManagedAppRegistration")]
pub struct AndroidManagedAppRegistration {
    /// The inherited properties of `managedAppRegistration`.
    #[graph(base)]
    pub base: ManagedAppRegistration,
}

/// Contains properties and inherited properties for Android store apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.androidStoreApp")]
pub struct AndroidStoreApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
    /// The Android app store URL.
    pub app_store_url: Option<String>,
    /// The value for the minimum applicable operating system.
    pub minimum_supported_operating_system: Option<AndroidMinimumOperatingSystem>,
    /// The package identifier. This property is read-only.
    #[graph(read_only)]
    pub package_id: Option<String>,
}

/// Policy used to configure detailed management settings for a specified set of apps for all users
/// not targeted by a TargetedManagedAppProtection Policy
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.defaultManagedAppProtection",
    path = "/deviceAppManagement/defaultManagedAppProtections",
    contains(name = "apps", target = ManagedMobileApp),
    contains(name = "deploymentSummary", target = ManagedAppPolicyDeploymentSummary, single)
)]
pub struct DefaultManagedAppProtection {
    /// The inherited properties of `managedAppProtection`.
    #[graph(base)]
    pub base: ManagedAppProtection,
    /// Type of encryption which should be used for data in a managed app. (iOS Only). Not nullable.
    #[graph(non_nullable)]
    pub app_data_encryption_type: Option<ManagedAppDataEncryptionType>,
    /// A set of string key and string value pairs to be sent to the affected users, unalterned by
    /// this service. Not nullable.
    #[graph(non_nullable)]
    pub custom_settings: Option<Vec<KeyValuePair>>,
    /// Count of apps to which the current policy is deployed. Not nullable.
    #[graph(non_nullable)]
    pub deployed_app_count: Option<i32>,
    /// When this setting is enabled, app level encryption is disabled if device level encryption is
    /// enabled. (Android only). Not nullable.
    #[graph(non_nullable)]
    pub disable_app_encryption_if_device_encryption_is_enabled: Option<bool>,
    /// Indicates whether managed-app data should be encrypted. (Android only). Not nullable.
    #[graph(non_nullable)]
    pub encrypt_app_data: Option<bool>,
    /// Indicates whether use of the FaceID is allowed in place of a pin if PinRequired is set to
    /// True. (iOS Only). Not nullable.
    #[graph(non_nullable)]
    pub face_id_blocked: Option<bool>,
    /// Define the oldest required Android security patch level a user can have to gain secure
    /// access to the app. (Android only)
    pub minimum_required_patch_version: Option<String>,
    /// Versions less than the specified version will block the managed app from accessing company
    /// data. (iOS Only)
    pub minimum_required_sdk_version: Option<String>,
    /// Define the oldest recommended Android security patch level a user can have for secure access
    /// to the app. (Android only)
    pub minimum_warning_patch_version: Option<String>,
    /// Indicates whether screen capture is blocked. (Android only). Not nullable.
    #[graph(non_nullable)]
    pub screen_capture_blocked: Option<bool>,
    /// List of apps to which the policy is deployed. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub apps: Option<Vec<ManagedMobileApp>>,
    /// Navigation property to deployment summary of the configuration. Navigation property: read
    /// when `$expand`ed, never written.
    #[graph(read_only)]
    pub deployment_summary: Option<ManagedAppPolicyDeploymentSummary>,
}

/// Singleton entity that acts as a container for all device app management functionality.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceAppManagement",
    singleton = "/deviceAppManagement",
    contains(name = "androidManagedAppProtections", target = AndroidManagedAppProtection),
    contains(name = "defaultManagedAppProtections", target = DefaultManagedAppProtection),
    contains(name = "iosManagedAppProtections", target = IosManagedAppProtection),
    contains(name = "managedAppPolicies", target = ManagedAppPolicy),
    contains(name = "managedAppRegistrations", target = ManagedAppRegistration),
    contains(name = "managedAppStatuses", target = ManagedAppStatus),
    contains(name = "managedEBooks", target = ManagedEBook),
    contains(
        name = "mdmWindowsInformationProtectionPolicies",
        target = MdmWindowsInformationProtectionPolicy
    ),
    contains(name = "mobileAppCategories", target = MobileAppCategory),
    contains(name = "mobileAppConfigurations", target = ManagedDeviceMobileAppConfiguration),
    contains(name = "mobileAppRelationships", target = MobileAppRelationship),
    contains(name = "mobileApps", target = MobileApp),
    contains(name = "targetedManagedAppConfigurations", target = TargetedManagedAppConfiguration),
    contains(name = "vppTokens", target = VppToken),
    contains(
        name = "windowsInformationProtectionPolicies",
        target = WindowsInformationProtectionPolicy
    ),
    action = "syncMicrosoftStoreForBusinessApps"
)]
pub struct DeviceAppManagement {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Whether the account is enabled for syncing applications from the Microsoft Store for
    /// Business. Not nullable.
    #[graph(non_nullable)]
    pub is_enabled_for_microsoft_store_for_business: Option<bool>,
    /// The locale information used to sync applications from the Microsoft Store for Business.
    /// Cultures that are specific to a country/region. The names of these cultures follow RFC 4646
    /// (Windows Vista and later). The format is \<languagecode2\>-\<country/regioncode2\>, where
    /// \<languagecode2\> is a lowercase two-letter code derived from ISO 639-1 and
    /// \<country/regioncode2\> is an uppercase two-letter code derived from ISO 3166. For example,
    /// en-US for English (United States) is a specific culture.
    pub microsoft_store_for_business_language: Option<String>,
    /// The last time an application sync from the Microsoft Store for Business was completed. Not
    /// nullable.
    #[graph(non_nullable)]
    pub microsoft_store_for_business_last_completed_application_sync_time:
        Option<edm::DateTimeOffset>,
    /// The last time the apps from the Microsoft Store for Business were synced successfully for
    /// the account. Not nullable.
    #[graph(non_nullable)]
    pub microsoft_store_for_business_last_successful_sync_date_time: Option<edm::DateTimeOffset>,
    /// Android managed app policies. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub android_managed_app_protections: Option<Vec<AndroidManagedAppProtection>>,
    /// Default managed app policies. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub default_managed_app_protections: Option<Vec<DefaultManagedAppProtection>>,
    /// iOS managed app policies. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub ios_managed_app_protections: Option<Vec<IosManagedAppProtection>>,
    /// Managed app policies. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub managed_app_policies: Option<Vec<AnyManagedAppPolicy>>,
    /// The managed app registrations. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub managed_app_registrations: Option<Vec<ManagedAppRegistration>>,
    /// The managed app statuses. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub managed_app_statuses: Option<Vec<AnyManagedAppStatus>>,
    /// The Managed eBook. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub managed_e_books: Option<Vec<AnyManagedEBook>>,
    /// Windows information protection for apps running on devices which are MDM enrolled.
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub mdm_windows_information_protection_policies:
        Option<Vec<MdmWindowsInformationProtectionPolicy>>,
    /// The mobile app categories. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub mobile_app_categories: Option<Vec<MobileAppCategory>>,
    /// The Managed Device Mobile Application Configurations. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub mobile_app_configurations: Option<Vec<AnyManagedDeviceMobileAppConfiguration>>,
    /// The mobile app relationship represents the dependency or supersedence relationship between
    /// two Intune mobile LOB applications. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub mobile_app_relationships: Option<Vec<MobileAppRelationship>>,
    /// The mobile apps. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub mobile_apps: Option<Vec<AnyMobileApp>>,
    /// Targeted managed app configurations. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub targeted_managed_app_configurations: Option<Vec<TargetedManagedAppConfiguration>>,
    /// List of Vpp tokens for this organization. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub vpp_tokens: Option<Vec<VppToken>>,
    /// Windows information protection for apps running on devices which are not MDM enrolled.
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub windows_information_protection_policies: Option<Vec<WindowsInformationProtectionPolicy>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains properties for the installation state for a device.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.deviceInstallState")]
pub struct DeviceInstallState {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Device Id.
    pub device_id: Option<String>,
    /// Device name.
    pub device_name: Option<String>,
    /// The error code for install failures.
    pub error_code: Option<String>,
    /// The install state of the eBook. Not nullable.
    #[graph(non_nullable)]
    pub install_state: Option<InstallState>,
    /// Last sync date and time. Not nullable.
    #[graph(non_nullable)]
    pub last_sync_date_time: Option<edm::DateTimeOffset>,
    /// OS Description.
    pub os_description: Option<String>,
    /// OS Version.
    pub os_version: Option<String>,
    /// Device User Name.
    pub user_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains properties for the installation summary of a book for a device.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.eBookInstallSummary")]
pub struct EBookInstallSummary {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Number of Devices that have failed to install this book. Not nullable.
    #[graph(non_nullable)]
    pub failed_device_count: Option<i32>,
    /// Number of Users that have 1 or more device that failed to install this book. Not nullable.
    #[graph(non_nullable)]
    pub failed_user_count: Option<i32>,
    /// Number of Devices that have successfully installed this book. Not nullable.
    #[graph(non_nullable)]
    pub installed_device_count: Option<i32>,
    /// Number of Users whose devices have all succeeded to install this book. Not nullable.
    #[graph(non_nullable)]
    pub installed_user_count: Option<i32>,
    /// Number of Devices that does not have this book installed. Not nullable.
    #[graph(non_nullable)]
    pub not_installed_device_count: Option<i32>,
    /// Number of Users that did not install this book. Not nullable.
    #[graph(non_nullable)]
    pub not_installed_user_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains properties and inherited properties for iOS web apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosiPadOSWebClip")]
pub struct IosiPadOSWebClip {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
    /// Indicates iOS/iPadOS web clip app URL. Example: "<https://www.contoso.com>"
    pub app_url: Option<String>,
    /// Whether or not to use managed browser. When TRUE, the app will be required to be opened in
    /// Microsoft Edge. When FALSE, the app will not be required to be opened in Microsoft Edge. By
    /// default, this property is set to FALSE. Not nullable.
    #[graph(non_nullable)]
    pub use_managed_browser: Option<bool>,
}

/// Contains properties and inherited properties for iOS Line Of Business apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosLobApp")]
pub struct IosLobApp {
    /// The inherited properties of `mobileLobApp`.
    #[graph(base)]
    pub base: MobileLobApp,
    /// The iOS architecture for which this app can run on. Not nullable.
    #[graph(non_nullable)]
    pub applicable_device_type: Option<IosDeviceType>,
    /// The build number of iOS Line of Business (LoB) app.
    pub build_number: Option<String>,
    /// The Identity Name.
    pub bundle_id: Option<String>,
    /// The expiration time.
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    /// The value for the minimum applicable operating system.
    pub minimum_supported_operating_system: Option<IosMinimumOperatingSystem>,
    /// The version number of iOS Line of Business (LoB) app.
    pub version_number: Option<String>,
}

/// Policy used to configure detailed management settings targeted to specific security groups and
/// for a specified set of apps on an iOS device
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.iosManagedAppProtection",
    path = "/deviceAppManagement/iosManagedAppProtections",
    contains(name = "apps", target = ManagedMobileApp),
    contains(name = "deploymentSummary", target = ManagedAppPolicyDeploymentSummary, single)
)]
pub struct IosManagedAppProtection {
    /// The inherited properties of `targetedManagedAppProtection`.
    #[graph(base)]
    pub base: TargetedManagedAppProtection,
    /// Type of encryption which should be used for data in a managed app. Not nullable.
    #[graph(non_nullable)]
    pub app_data_encryption_type: Option<ManagedAppDataEncryptionType>,
    /// A custom browser protocol to open weblink on iOS. When this property is configured,
    /// ManagedBrowserToOpenLinksRequired should be true.
    pub custom_browser_protocol: Option<String>,
    /// Count of apps to which the current policy is deployed. Not nullable.
    #[graph(non_nullable)]
    pub deployed_app_count: Option<i32>,
    /// Indicates whether use of the FaceID is allowed in place of a pin if PinRequired is set to
    /// True. Not nullable.
    #[graph(non_nullable)]
    pub face_id_blocked: Option<bool>,
    /// Versions less than the specified version will block the managed app from accessing company
    /// data.
    pub minimum_required_sdk_version: Option<String>,
    /// List of apps to which the policy is deployed. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub apps: Option<Vec<ManagedMobileApp>>,
    /// Navigation property to deployment summary of the configuration. Navigation property: read
    /// when `$expand`ed, never written.
    #[graph(read_only)]
    pub deployment_summary: Option<ManagedAppPolicyDeploymentSummary>,
}

/// Represents the synchronization details of an ios app, with management capabilities, for a
/// specific user.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosManagedAppRegistration")]
pub struct IosManagedAppRegistration {
    /// The inherited properties of `managedAppRegistration`.
    #[graph(base)]
    pub base: ManagedAppRegistration,
}

/// Contains properties, inherited properties and actions for iOS mobile app configurations.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosMobileAppConfiguration")]
pub struct IosMobileAppConfiguration {
    /// The inherited properties of `managedDeviceMobileAppConfiguration`.
    #[graph(base)]
    pub base: ManagedDeviceMobileAppConfiguration,
    /// mdm app configuration Base64 binary.
    pub encoded_setting_xml: Option<edm::Binary>,
    /// app configuration setting items.
    pub settings: Option<Vec<AppConfigurationSettingItem>>,
}

/// Contains properties and inherited properties for iOS store apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosStoreApp")]
pub struct IosStoreApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
    /// The iOS architecture for which this app can run on. Not nullable.
    #[graph(non_nullable)]
    pub applicable_device_type: Option<IosDeviceType>,
    /// The Apple App Store URL
    pub app_store_url: Option<String>,
    /// The Identity Name.
    pub bundle_id: Option<String>,
    /// The value for the minimum applicable operating system.
    pub minimum_supported_operating_system: Option<IosMinimumOperatingSystem>,
}

/// Contains properties and inherited properties for iOS Volume-Purchased Program (VPP) Apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosVppApp")]
pub struct IosVppApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
    /// The applicable iOS Device Type.
    pub applicable_device_type: Option<IosDeviceType>,
    /// The store URL.
    pub app_store_url: Option<String>,
    /// The Identity Name.
    pub bundle_id: Option<String>,
    /// The supported License Type.
    pub licensing_type: Option<VppLicensingType>,
    /// The VPP application release date and time.
    pub release_date_time: Option<edm::DateTimeOffset>,
    /// The total number of VPP licenses. Not nullable.
    #[graph(non_nullable)]
    pub total_license_count: Option<i32>,
    /// The number of VPP licenses in use. Not nullable.
    #[graph(non_nullable)]
    pub used_license_count: Option<i32>,
    /// The type of volume purchase program which the given Apple Volume Purchase Program Token is
    /// associated with. Possible values are: \`business\`, \`education\`. Not nullable.
    #[graph(non_nullable)]
    pub vpp_token_account_type: Option<VppTokenAccountType>,
    /// The Apple Id associated with the given Apple Volume Purchase Program Token.
    pub vpp_token_apple_id: Option<String>,
    /// The organization associated with the Apple Volume Purchase Program Token
    pub vpp_token_organization_name: Option<String>,
}

/// A class containing the properties for iOS Vpp eBook.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosVppEBook")]
pub struct IosVppEBook {
    /// The inherited properties of `managedEBook`.
    #[graph(base)]
    pub base: ManagedEBook,
    /// The Apple ID associated with Vpp token.
    pub apple_id: Option<String>,
    /// Genres.
    pub genres: Option<Vec<String>>,
    /// Language.
    pub language: Option<String>,
    /// Seller.
    pub seller: Option<String>,
    /// Total license count. Not nullable.
    #[graph(non_nullable)]
    pub total_license_count: Option<i32>,
    /// Used license count. Not nullable.
    #[graph(non_nullable)]
    pub used_license_count: Option<i32>,
    /// The Vpp token's organization name.
    pub vpp_organization_name: Option<String>,
    /// The Vpp token ID. Not nullable.
    #[graph(non_nullable)]
    pub vpp_token_id: Option<edm::Guid>,
}

/// Contains properties used to assign an iOS VPP EBook to a group.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosVppEBookAssignment")]
pub struct IosVppEBookAssignment {
    /// The inherited properties of `managedEBookAssignment`.
    #[graph(base)]
    pub base: ManagedEBookAssignment,
}

/// Contains properties and inherited properties for the MacOS DMG (Apple Disk Image) App.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.macOSDmgApp")]
pub struct MacOSDmgApp {
    /// The inherited properties of `mobileLobApp`.
    #[graph(base)]
    pub base: MobileLobApp,
    /// When TRUE, indicates that the app's version will NOT be used to detect if the app is
    /// installed on a device. When FALSE, indicates that the app's version will be used to detect
    /// if the app is installed on a device. Set this to true for apps that use a self update
    /// feature. The default value is FALSE. Not nullable.
    #[graph(non_nullable)]
    pub ignore_version_detection: Option<bool>,
    /// The list of .apps expected to be installed by the DMG (Apple Disk Image). This collection
    /// can contain a maximum of 500 elements. Not nullable.
    #[graph(non_nullable)]
    pub included_apps: Option<Vec<MacOSIncludedApp>>,
    /// ComplexType macOSMinimumOperatingSystem that indicates the minimum operating system
    /// applicable for the application.
    pub minimum_supported_operating_system: Option<MacOSMinimumOperatingSystem>,
    /// The bundleId of the primary .app in the DMG (Apple Disk Image). This maps to the
    /// CFBundleIdentifier in the app's bundle configuration. Not nullable.
    #[graph(non_nullable)]
    pub primary_bundle_id: Option<String>,
    /// The version of the primary .app in the DMG (Apple Disk Image). This maps to the
    /// CFBundleShortVersion in the app's bundle configuration. Not nullable.
    #[graph(non_nullable)]
    pub primary_bundle_version: Option<String>,
}

/// Contains properties and inherited properties for the macOS LOB App.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.macOSLobApp")]
pub struct MacOSLobApp {
    /// The inherited properties of `mobileLobApp`.
    #[graph(base)]
    pub base: MobileLobApp,
    /// The build number of the package. This should match the package CFBundleShortVersionString of
    /// the .pkg file.
    pub build_number: Option<String>,
    /// The primary bundleId of the package.
    pub bundle_id: Option<String>,
    /// List of ComplexType macOSLobChildApp objects. Represents the apps expected to be installed
    /// by the package.
    pub child_apps: Option<Vec<MacOSLobChildApp>>,
    /// When TRUE, indicates that the app's version will NOT be used to detect if the app is
    /// installed on a device. When FALSE, indicates that the app's version will be used to detect
    /// if the app is installed on a device. Set this to true for apps that use a self update
    /// feature. The default value is FALSE. Not nullable.
    #[graph(non_nullable)]
    pub ignore_version_detection: Option<bool>,
    /// When TRUE, indicates that the app will be installed as managed (requires macOS 11.0 and
    /// other managed package restrictions). When FALSE, indicates that the app will be installed as
    /// unmanaged. The default value is FALSE. Not nullable.
    #[graph(non_nullable)]
    pub install_as_managed: Option<bool>,
    /// The MD5 hash codes. This is empty if the package was uploaded directly. If the Intune App
    /// Wrapping Tool is used to create a .intunemac, this value can be found inside the
    /// Detection.xml file.
    pub md5_hash: Option<Vec<String>>,
    /// The chunk size for MD5 hash. This is '0' or empty if the package was uploaded directly. If
    /// the Intune App Wrapping Tool is used to create a .intunemac, this value can be found inside
    /// the Detection.xml file. Not nullable.
    #[graph(non_nullable)]
    pub md5_hash_chunk_size: Option<i32>,
    /// ComplexType macOSMinimumOperatingSystem that indicates the minimum operating system
    /// applicable for the application.
    pub minimum_supported_operating_system: Option<MacOSMinimumOperatingSystem>,
    /// The version number of the package. This should match the package CFBundleVersion in the
    /// packageinfo file.
    pub version_number: Option<String>,
}

/// Contains properties and inherited properties for the macOS Microsoft Defender App.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.macOSMicrosoftDefenderApp")]
pub struct MacOSMicrosoftDefenderApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
}

/// Contains properties and inherited properties for the macOS Microsoft Edge App.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.macOSMicrosoftEdgeApp")]
pub struct MacOSMicrosoftEdgeApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
    /// The channel to install on target devices. Not nullable.
    #[graph(non_nullable)]
    pub channel: Option<MicrosoftEdgeChannel>,
}

/// Contains properties and inherited properties for the MacOS Office Suite App.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.macOSOfficeSuiteApp")]
pub struct MacOSOfficeSuiteApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
}

/// Contains properties and inherited properties for Managed Android Line Of Business apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.managedAndroidLobApp")]
pub struct ManagedAndroidLobApp {
    /// The inherited properties of `managedMobileLobApp`.
    #[graph(base)]
    pub base: ManagedMobileLobApp,
    /// The value for the minimum applicable operating system.
    pub minimum_supported_operating_system: Option<AndroidMinimumOperatingSystem>,
    /// The package identifier.
    pub package_id: Option<String>,
    /// The version code of managed Android Line of Business (LoB) app.
    pub version_code: Option<String>,
    /// The version name of managed Android Line of Business (LoB) app.
    pub version_name: Option<String>,
}

/// Contains properties and inherited properties for Android store apps that you can manage with an
/// Intune app protection policy.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.managedAndroidStoreApp")]
pub struct ManagedAndroidStoreApp {
    /// The inherited properties of `managedApp`.
    #[graph(base)]
    pub base: ManagedApp,
    /// The Android AppStoreUrl. Not nullable.
    #[graph(non_nullable)]
    pub app_store_url: Option<String>,
    /// The value for the minimum supported operating system. Not nullable.
    #[graph(non_nullable)]
    pub minimum_supported_operating_system: Option<AndroidMinimumOperatingSystem>,
    /// The app's package ID.
    pub package_id: Option<String>,
}

/// Abstract class that contains properties and inherited properties for apps that you can manage
/// with an Intune app protection policy.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.managedApp", abstract)]
pub struct ManagedApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
    /// The Application's availability. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub app_availability: Option<ManagedAppAvailability>,
    /// The Application's version.
    pub version: Option<String>,
}

/// A `microsoft.graph.managedApp`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `ManagedApp`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyManagedApp {
    /// `microsoft.graph.managedAndroidStoreApp`.
    ManagedAndroidStoreApp(ManagedAndroidStoreApp),
    /// `microsoft.graph.managedIOSStoreApp`.
    ManagedIOSStoreApp(ManagedIOSStoreApp),
    /// `microsoft.graph.managedAndroidLobApp`.
    ManagedAndroidLobApp(ManagedAndroidLobApp),
    /// `microsoft.graph.managedIOSLobApp`.
    ManagedIOSLobApp(ManagedIOSLobApp),
    /// `microsoft.graph.managedApp` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ManagedApp),
}

/// Configuration used to deliver a set of custom settings as-is to apps for users to whom the
/// configuration is scoped
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.managedAppConfiguration", abstract)]
pub struct ManagedAppConfiguration {
    /// The inherited properties of `managedAppPolicy`.
    #[graph(base)]
    pub base: ManagedAppPolicy,
    /// A set of string key and string value pairs to be sent to apps for users to whom the
    /// configuration is scoped, unalterned by this service. Not nullable.
    #[graph(non_nullable)]
    pub custom_settings: Option<Vec<KeyValuePair>>,
}

/// A `microsoft.graph.managedAppConfiguration`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `ManagedAppConfiguration`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyManagedAppConfiguration {
    /// `microsoft.graph.targetedManagedAppConfiguration`.
    TargetedManagedAppConfiguration(TargetedManagedAppConfiguration),
    /// `microsoft.graph.managedAppConfiguration` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ManagedAppConfiguration),
}

/// Represents an operation applied against an app registration.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.managedAppOperation")]
pub struct ManagedAppOperation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The operation name.
    pub display_name: Option<String>,
    /// The last time the app operation was modified. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// The current state of the operation
    pub state: Option<String>,
    /// Version of the entity.
    pub version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The ManagedAppPolicy resource represents a base type for platform specific policies.
#[cfg(any(
    feature = "users",
    feature = "deviceAppManagement",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedAppPolicy",
    path = "/deviceAppManagement/managedAppPolicies",
    abstract,
    action(name = "targetApps", parameters = ManagedAppPolicyTargetAppsParameters)
)]
pub struct ManagedAppPolicy {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The date and time the policy was created. Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// The policy's description.
    pub description: Option<String>,
    /// Policy display name. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Last time the policy was modified. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Version of the entity.
    pub version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.managedAppPolicy`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ManagedAppPolicy`, keeping its `@odata.type` and properties.
#[cfg(any(
    feature = "users",
    feature = "deviceAppManagement",
    feature = "identityGovernance"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyManagedAppPolicy {
    /// `microsoft.graph.targetedManagedAppConfiguration`.
    #[cfg(feature = "deviceAppManagement")]
    TargetedManagedAppConfiguration(TargetedManagedAppConfiguration),
    /// `microsoft.graph.defaultManagedAppProtection`.
    #[cfg(feature = "deviceAppManagement")]
    DefaultManagedAppProtection(DefaultManagedAppProtection),
    /// `microsoft.graph.androidManagedAppProtection`.
    #[cfg(feature = "deviceAppManagement")]
    AndroidManagedAppProtection(AndroidManagedAppProtection),
    /// `microsoft.graph.iosManagedAppProtection`.
    #[cfg(feature = "deviceAppManagement")]
    IosManagedAppProtection(IosManagedAppProtection),
    /// `microsoft.graph.mdmWindowsInformationProtectionPolicy`.
    #[cfg(feature = "deviceAppManagement")]
    MdmWindowsInformationProtectionPolicy(MdmWindowsInformationProtectionPolicy),
    /// `microsoft.graph.windowsInformationProtectionPolicy`.
    #[cfg(feature = "deviceAppManagement")]
    WindowsInformationProtectionPolicy(WindowsInformationProtectionPolicy),
    /// `microsoft.graph.managedAppPolicy` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ManagedAppPolicy),
}

/// The body of the action `targetApps`, bound to `managedAppPolicy`.
#[cfg(any(
    feature = "users",
    feature = "deviceAppManagement",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ManagedAppPolicyTargetAppsParameters {
    pub apps: Option<Vec<ManagedMobileApp>>,
}

/// The ManagedAppEntity is the base entity type for all other entity types under app management
/// workflow.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedAppPolicyDeploymentSummary"
)]
pub struct ManagedAppPolicyDeploymentSummary {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub configuration_deployed_user_count: Option<i32>,
    pub configuration_deployment_summary_per_app:
        Option<Vec<ManagedAppPolicyDeploymentSummaryPerApp>>,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_refresh_time: Option<edm::DateTimeOffset>,
    /// Version of the entity.
    pub version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Policy used to configure detailed management settings for a specified set of apps
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.managedAppProtection",
    abstract,
    action(name = "targetApps", parameters = ManagedAppProtectionTargetAppsParameters)
)]
pub struct ManagedAppProtection {
    /// The inherited properties of `managedAppPolicy`.
    #[graph(base)]
    pub base: ManagedAppPolicy,
    /// Data storage locations where a user may store managed data. Not nullable.
    #[graph(non_nullable)]
    pub allowed_data_storage_locations: Option<Vec<ManagedAppDataStorageLocation>>,
    /// Sources from which data is allowed to be transferred. Not nullable.
    #[graph(non_nullable)]
    pub allowed_inbound_data_transfer_sources: Option<ManagedAppDataTransferLevel>,
    /// The level to which the clipboard may be shared between apps on the managed device. Not
    /// nullable.
    #[graph(non_nullable)]
    pub allowed_outbound_clipboard_sharing_level: Option<ManagedAppClipboardSharingLevel>,
    /// Destinations to which data is allowed to be transferred. Not nullable.
    #[graph(non_nullable)]
    pub allowed_outbound_data_transfer_destinations: Option<ManagedAppDataTransferLevel>,
    /// Indicates whether contacts can be synced to the user's device. Not nullable.
    #[graph(non_nullable)]
    pub contact_sync_blocked: Option<bool>,
    /// Indicates whether the backup of a managed app's data is blocked. Not nullable.
    #[graph(non_nullable)]
    pub data_backup_blocked: Option<bool>,
    /// Indicates whether device compliance is required. Not nullable.
    #[graph(non_nullable)]
    pub device_compliance_required: Option<bool>,
    /// Indicates whether use of the app pin is required if the device pin is set. Not nullable.
    #[graph(non_nullable)]
    pub disable_app_pin_if_device_pin_is_set: Option<bool>,
    /// Indicates whether use of the fingerprint reader is allowed in place of a pin if PinRequired
    /// is set to True. Not nullable.
    #[graph(non_nullable)]
    pub fingerprint_blocked: Option<bool>,
    /// Indicates in which managed browser(s) that internet links should be opened. When this
    /// property is configured, ManagedBrowserToOpenLinksRequired should be true. Not nullable.
    #[graph(non_nullable)]
    pub managed_browser: Option<Flags<ManagedBrowserType>>,
    /// Indicates whether internet links should be opened in the managed browser app, or any custom
    /// browser specified by CustomBrowserProtocol (for iOS) or
    /// CustomBrowserPackageId/CustomBrowserDisplayName (for Android). Not nullable.
    #[graph(non_nullable)]
    pub managed_browser_to_open_links_required: Option<bool>,
    /// Maximum number of incorrect pin retry attempts before the managed app is either blocked or
    /// wiped. Valid values 1 to 65535. Not nullable.
    #[graph(non_nullable)]
    pub maximum_pin_retries: Option<i32>,
    /// Minimum pin length required for an app-level pin if PinRequired is set to True. Not
    /// nullable.
    #[graph(non_nullable)]
    pub minimum_pin_length: Option<i32>,
    /// Versions less than the specified version will block the managed app from accessing company
    /// data.
    pub minimum_required_app_version: Option<String>,
    /// Versions less than the specified version will block the managed app from accessing company
    /// data.
    pub minimum_required_os_version: Option<String>,
    /// Versions less than the specified version will result in warning message on the managed app.
    pub minimum_warning_app_version: Option<String>,
    /// Versions less than the specified version will result in warning message on the managed app
    /// from accessing company data.
    pub minimum_warning_os_version: Option<String>,
    /// Indicates whether organizational credentials are required for app use. Not nullable.
    #[graph(non_nullable)]
    pub organizational_credentials_required: Option<bool>,
    /// TimePeriod before the all-level pin must be reset if PinRequired is set to True. Not
    /// nullable.
    #[graph(non_nullable)]
    pub period_before_pin_reset: Option<edm::Duration>,
    /// The period after which access is checked when the device is not connected to the internet.
    /// Not nullable.
    #[graph(non_nullable)]
    pub period_offline_before_access_check: Option<edm::Duration>,
    /// The amount of time an app is allowed to remain disconnected from the internet before all
    /// managed data it is wiped. Not nullable.
    #[graph(non_nullable)]
    pub period_offline_before_wipe_is_enforced: Option<edm::Duration>,
    /// The period after which access is checked when the device is connected to the internet. Not
    /// nullable.
    #[graph(non_nullable)]
    pub period_online_before_access_check: Option<edm::Duration>,
    /// Character set which may be used for an app-level pin if PinRequired is set to True. Not
    /// nullable.
    #[graph(non_nullable)]
    pub pin_character_set: Option<ManagedAppPinCharacterSet>,
    /// Indicates whether an app-level pin is required. Not nullable.
    #[graph(non_nullable)]
    pub pin_required: Option<bool>,
    /// Indicates whether printing is allowed from managed apps. Not nullable.
    #[graph(non_nullable)]
    pub print_blocked: Option<bool>,
    /// Indicates whether users may use the "Save As" menu item to save a copy of protected files.
    /// Not nullable.
    #[graph(non_nullable)]
    pub save_as_blocked: Option<bool>,
    /// Indicates whether simplePin is blocked. Not nullable.
    #[graph(non_nullable)]
    pub simple_pin_blocked: Option<bool>,
}

/// A `microsoft.graph.managedAppProtection`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ManagedAppProtection`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyManagedAppProtection {
    /// `microsoft.graph.defaultManagedAppProtection`.
    DefaultManagedAppProtection(DefaultManagedAppProtection),
    /// `microsoft.graph.androidManagedAppProtection`.
    AndroidManagedAppProtection(AndroidManagedAppProtection),
    /// `microsoft.graph.iosManagedAppProtection`.
    IosManagedAppProtection(IosManagedAppProtection),
    /// `microsoft.graph.managedAppProtection` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ManagedAppProtection),
}

/// The body of the action `targetApps`, bound to `managedAppProtection`.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ManagedAppProtectionTargetAppsParameters {
    pub apps: Option<Vec<ManagedMobileApp>>,
}

/// The ManagedAppEntity is the base entity type for all other entity types under app management
/// workflow.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedAppRegistration",
    path = "/deviceAppManagement/managedAppRegistrations",
    abstract,
    also_reads = "microsoft.graph.androidManagedAppRegistration",
    also_reads = "microsoft.graph.iosManagedAppRegistration",
    contains(name = "appliedPolicies", target = ManagedAppPolicy),
    contains(name = "intendedPolicies", target = ManagedAppPolicy),
    contains(name = "operations", target = ManagedAppOperation),
    function(name = "getUserIdsWithFlaggedAppRegistration", collection, returns = Vec<String>)
)]
pub struct ManagedAppRegistration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The app package Identifier
    pub app_identifier: Option<AnyMobileAppIdentifier>,
    /// App version
    pub application_version: Option<String>,
    /// Date and time of creation. Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Host device name
    pub device_name: Option<String>,
    /// App management SDK generated tag, which helps relate apps hosted on the same device. Not
    /// guaranteed to relate apps in all conditions.
    pub device_tag: Option<String>,
    /// Host device type
    pub device_type: Option<String>,
    /// Zero or more reasons an app registration is flagged. E.g. app running on rooted device. Not
    /// nullable.
    #[graph(non_nullable)]
    pub flagged_reasons: Option<Vec<ManagedAppFlaggedReason>>,
    /// Date and time of last the app synced with management service. Not nullable.
    #[graph(non_nullable)]
    pub last_sync_date_time: Option<edm::DateTimeOffset>,
    /// App management SDK version
    pub management_sdk_version: Option<String>,
    /// Operating System version
    pub platform_version: Option<String>,
    /// The user Id to who this app registration belongs.
    pub user_id: Option<String>,
    /// Version of the entity.
    pub version: Option<String>,
    /// Zero or more policys already applied on the registered app when it last synchronized with
    /// managment service. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub applied_policies: Option<Vec<AnyManagedAppPolicy>>,
    /// Zero or more policies admin intended for the app as of now. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub intended_policies: Option<Vec<AnyManagedAppPolicy>>,
    /// Zero or more long running operations triggered on the app registration. Navigation property:
    /// read when `$expand`ed, never written.
    #[graph(read_only)]
    pub operations: Option<Vec<ManagedAppOperation>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Represents app protection and configuration status for the organization.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedAppStatus",
    path = "/deviceAppManagement/managedAppStatuses",
    abstract
)]
pub struct ManagedAppStatus {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Friendly name of the status report.
    pub display_name: Option<String>,
    /// Version of the entity.
    pub version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.managedAppStatus`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ManagedAppStatus`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyManagedAppStatus {
    /// `microsoft.graph.managedAppStatusRaw`.
    ManagedAppStatusRaw(ManagedAppStatusRaw),
    /// `microsoft.graph.managedAppStatus` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ManagedAppStatus),
}

/// Represents an un-typed status report about organizations app protection and configuration.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.managedAppStatusRaw")]
pub struct ManagedAppStatusRaw {
    /// The inherited properties of `managedAppStatus`.
    #[graph(base)]
    pub base: ManagedAppStatus,
    /// Status report content.
    pub content: Option<serde_json::Value>,
}

/// An abstract class for Mobile app configuration for enrolled devices.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedDeviceMobileAppConfiguration",
    path = "/deviceAppManagement/mobileAppConfigurations",
    abstract,
    contains(name = "assignments", target = ManagedDeviceMobileAppConfigurationAssignment),
    contains(name = "deviceStatuses", target = ManagedDeviceMobileAppConfigurationDeviceStatus),
    contains(
        name = "deviceStatusSummary",
        target = ManagedDeviceMobileAppConfigurationDeviceSummary,
        single
    ),
    contains(name = "userStatuses", target = ManagedDeviceMobileAppConfigurationUserStatus),
    contains(
        name = "userStatusSummary",
        target = ManagedDeviceMobileAppConfigurationUserSummary,
        single
    ),
    action(name = "assign", parameters = ManagedDeviceMobileAppConfigurationAssignParameters)
)]
pub struct ManagedDeviceMobileAppConfiguration {
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
    /// the associated app.
    pub targeted_mobile_apps: Option<Vec<String>>,
    /// Version of the device configuration. Not nullable.
    #[graph(non_nullable)]
    pub version: Option<i32>,
    /// The list of group assignemenets for app configration. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub assignments: Option<Vec<ManagedDeviceMobileAppConfigurationAssignment>>,
    /// List of ManagedDeviceMobileAppConfigurationDeviceStatus. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub device_statuses: Option<Vec<ManagedDeviceMobileAppConfigurationDeviceStatus>>,
    /// App configuration device status summary. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub device_status_summary: Option<ManagedDeviceMobileAppConfigurationDeviceSummary>,
    /// List of ManagedDeviceMobileAppConfigurationUserStatus. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub user_statuses: Option<Vec<ManagedDeviceMobileAppConfigurationUserStatus>>,
    /// App configuration user status summary. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub user_status_summary: Option<ManagedDeviceMobileAppConfigurationUserSummary>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.managedDeviceMobileAppConfiguration`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `ManagedDeviceMobileAppConfiguration`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyManagedDeviceMobileAppConfiguration {
    /// `microsoft.graph.iosMobileAppConfiguration`.
    IosMobileAppConfiguration(IosMobileAppConfiguration),
    /// `microsoft.graph.managedDeviceMobileAppConfiguration` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ManagedDeviceMobileAppConfiguration),
}

/// The body of the action `assign`, bound to `managedDeviceMobileAppConfiguration`.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ManagedDeviceMobileAppConfigurationAssignParameters {
    pub assignments: Option<Vec<ManagedDeviceMobileAppConfigurationAssignment>>,
}

/// Contains the properties used to assign an MDM app configuration to a group.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedDeviceMobileAppConfigurationAssignment"
)]
pub struct ManagedDeviceMobileAppConfigurationAssignment {
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

/// Contains properties, inherited properties and actions for an MDM mobile app configuration status
/// for a device.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus"
)]
pub struct ManagedDeviceMobileAppConfigurationDeviceStatus {
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

/// Contains properties, inherited properties and actions for an MDM mobile app configuration device
/// status summary.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary"
)]
pub struct ManagedDeviceMobileAppConfigurationDeviceSummary {
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

/// Contains properties, inherited properties and actions for an MDM mobile app configuration status
/// for a user.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedDeviceMobileAppConfigurationUserStatus"
)]
pub struct ManagedDeviceMobileAppConfigurationUserStatus {
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

/// Contains properties, inherited properties and actions for an MDM mobile app configuration user
/// status summary.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedDeviceMobileAppConfigurationUserSummary"
)]
pub struct ManagedDeviceMobileAppConfigurationUserSummary {
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

/// An abstract class containing the base properties for Managed eBook.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedEBook",
    path = "/deviceAppManagement/managedEBooks",
    abstract,
    contains(name = "assignments", target = ManagedEBookAssignment),
    contains(name = "deviceStates", target = DeviceInstallState),
    contains(name = "installSummary", target = EBookInstallSummary, single),
    contains(name = "userStateSummary", target = UserInstallStateSummary),
    action(name = "assign", parameters = ManagedEBookAssignParameters)
)]
pub struct ManagedEBook {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The date and time when the eBook file was created. Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Description.
    pub description: Option<String>,
    /// Name of the eBook. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// The more information Url.
    pub information_url: Option<String>,
    /// Book cover.
    pub large_cover: Option<MimeContent>,
    /// The date and time when the eBook was last modified. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// The privacy statement Url.
    pub privacy_information_url: Option<String>,
    /// The date and time when the eBook was published. Not nullable.
    #[graph(non_nullable)]
    pub published_date_time: Option<edm::DateTimeOffset>,
    /// Publisher.
    pub publisher: Option<String>,
    /// The list of assignments for this eBook. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub assignments: Option<Vec<ManagedEBookAssignment>>,
    /// The list of installation states for this eBook. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub device_states: Option<Vec<DeviceInstallState>>,
    /// Mobile App Install Summary. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub install_summary: Option<EBookInstallSummary>,
    /// The list of installation states for this eBook. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub user_state_summary: Option<Vec<UserInstallStateSummary>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.managedEBook`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ManagedEBook`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyManagedEBook {
    /// `microsoft.graph.iosVppEBook`.
    IosVppEBook(IosVppEBook),
    /// `microsoft.graph.managedEBook` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ManagedEBook),
}

/// The body of the action `assign`, bound to `managedEBook`.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ManagedEBookAssignParameters {
    pub managed_e_book_assignments: Option<Vec<ManagedEBookAssignment>>,
}

/// Contains properties used to assign a eBook to a group.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedEBookAssignment",
    also_reads = "microsoft.graph.iosVppEBookAssignment"
)]
pub struct ManagedEBookAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The install intent for eBook. Not nullable.
    #[graph(non_nullable)]
    pub install_intent: Option<InstallIntent>,
    /// The assignment target for eBook.
    pub target: Option<AnyDeviceAndAppManagementAssignmentTarget>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains properties and inherited properties for Managed iOS Line Of Business apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.managedIOSLobApp")]
pub struct ManagedIOSLobApp {
    /// The inherited properties of `managedMobileLobApp`.
    #[graph(base)]
    pub base: ManagedMobileLobApp,
    /// The iOS architecture for which this app can run on. Not nullable.
    #[graph(non_nullable)]
    pub applicable_device_type: Option<IosDeviceType>,
    /// The build number of managed iOS Line of Business (LoB) app.
    pub build_number: Option<String>,
    /// The Identity Name.
    pub bundle_id: Option<String>,
    /// The expiration time.
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    /// The value for the minimum applicable operating system.
    pub minimum_supported_operating_system: Option<IosMinimumOperatingSystem>,
    /// The version number of managed iOS Line of Business (LoB) app.
    pub version_number: Option<String>,
}

/// Contains properties and inherited properties for an iOS store app that you can manage with an
/// Intune app protection policy.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.managedIOSStoreApp")]
pub struct ManagedIOSStoreApp {
    /// The inherited properties of `managedApp`.
    #[graph(base)]
    pub base: ManagedApp,
    /// The iOS architecture for which this app can run on. Not nullable.
    #[graph(non_nullable)]
    pub applicable_device_type: Option<IosDeviceType>,
    /// The Apple AppStoreUrl. Not nullable.
    #[graph(non_nullable)]
    pub app_store_url: Option<String>,
    /// The app's Bundle ID.
    pub bundle_id: Option<String>,
    /// The value for the minimum supported operating system. Not nullable.
    #[graph(non_nullable)]
    pub minimum_supported_operating_system: Option<IosMinimumOperatingSystem>,
}

/// The identifier for the deployment an app.
#[cfg(any(
    feature = "users",
    feature = "deviceAppManagement",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.managedMobileApp")]
pub struct ManagedMobileApp {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The identifier for an app with it's operating system type.
    pub mobile_app_identifier: Option<AnyMobileAppIdentifier>,
    /// Version of the entity.
    pub version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// An abstract base class containing properties for all managed mobile line-of-business apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.managedMobileLobApp",
    abstract,
    contains(name = "contentVersions", target = MobileAppContent)
)]
pub struct ManagedMobileLobApp {
    /// The inherited properties of `managedApp`.
    #[graph(base)]
    pub base: ManagedApp,
    /// The internal committed content version.
    pub committed_content_version: Option<String>,
    /// The name of the main LOB application file.
    pub file_name: Option<String>,
    /// The total size, including all uploaded files. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub size: Option<edm::Int64>,
    /// The list of content versions for this app. This property is read-only. Navigation property:
    /// read when `$expand`ed, never written.
    #[graph(read_only)]
    pub content_versions: Option<Vec<MobileAppContent>>,
}

/// A `microsoft.graph.managedMobileLobApp`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ManagedMobileLobApp`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyManagedMobileLobApp {
    /// `microsoft.graph.managedAndroidLobApp`.
    ManagedAndroidLobApp(ManagedAndroidLobApp),
    /// `microsoft.graph.managedIOSLobApp`.
    ManagedIOSLobApp(ManagedIOSLobApp),
    /// `microsoft.graph.managedMobileLobApp` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ManagedMobileLobApp),
}

/// Policy for Windows information protection with MDM
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.mdmWindowsInformationProtectionPolicy",
    path = "/deviceAppManagement/mdmWindowsInformationProtectionPolicies"
)]
pub struct MdmWindowsInformationProtectionPolicy {
    /// The inherited properties of `windowsInformationProtection`.
    #[graph(base)]
    pub base: WindowsInformationProtection,
}

/// Microsoft Store for Business Apps. This class does not support Create, Delete, or Update.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.microsoftStoreForBusinessApp")]
pub struct MicrosoftStoreForBusinessApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
    /// The app license type. Not nullable.
    #[graph(non_nullable)]
    pub license_type: Option<MicrosoftStoreForBusinessLicenseType>,
    /// The app package identifier
    pub package_identity_name: Option<String>,
    /// The app product key
    pub product_key: Option<String>,
    /// The total number of Microsoft Store for Business licenses. Not nullable.
    #[graph(non_nullable)]
    pub total_license_count: Option<i32>,
    /// The number of Microsoft Store for Business licenses in use. Not nullable.
    #[graph(non_nullable)]
    pub used_license_count: Option<i32>,
}

/// An abstract class containing the base properties for Intune mobile apps. Note: Listing mobile
/// apps with \`$expand=assignments\` has been deprecated. Instead get the list of apps without the
/// \`$expand\` query on \`assignments\`. Then, perform the expansion on individual applications.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.mobileApp",
    path = "/deviceAppManagement/mobileApps",
    abstract,
    contains(name = "assignments", target = MobileAppAssignment),
    action(name = "assign", parameters = MobileAppAssignParameters)
)]
pub struct MobileApp {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The date and time the app was created. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// The description of the app.
    pub description: Option<String>,
    /// The developer of the app.
    pub developer: Option<String>,
    /// The admin provided or imported title of the app.
    pub display_name: Option<String>,
    /// The more information Url.
    pub information_url: Option<String>,
    /// The value indicating whether the app is marked as featured by the admin. Not nullable.
    #[graph(non_nullable)]
    pub is_featured: Option<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    pub large_icon: Option<MimeContent>,
    /// The date and time the app was last modified. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Notes for the app.
    pub notes: Option<String>,
    /// The owner of the app.
    pub owner: Option<String>,
    /// The privacy statement Url.
    pub privacy_information_url: Option<String>,
    /// The publisher of the app.
    pub publisher: Option<String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    /// This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub publishing_state: Option<MobileAppPublishingState>,
    /// The list of group assignments for this mobile app. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub assignments: Option<Vec<MobileAppAssignment>>,
    /// The list of categories for this app. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub categories: Option<Vec<MobileAppCategory>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.mobileApp`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `MobileApp`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyMobileApp {
    /// `microsoft.graph.androidStoreApp`.
    AndroidStoreApp(AndroidStoreApp),
    /// `microsoft.graph.iosiPadOSWebClip`.
    IosiPadOSWebClip(IosiPadOSWebClip),
    /// `microsoft.graph.iosStoreApp`.
    IosStoreApp(IosStoreApp),
    /// `microsoft.graph.iosVppApp`.
    IosVppApp(IosVppApp),
    /// `microsoft.graph.macOSMicrosoftDefenderApp`.
    MacOSMicrosoftDefenderApp(MacOSMicrosoftDefenderApp),
    /// `microsoft.graph.macOSMicrosoftEdgeApp`.
    MacOSMicrosoftEdgeApp(MacOSMicrosoftEdgeApp),
    /// `microsoft.graph.macOSOfficeSuiteApp`.
    MacOSOfficeSuiteApp(MacOSOfficeSuiteApp),
    /// `microsoft.graph.managedAndroidStoreApp`.
    ManagedAndroidStoreApp(ManagedAndroidStoreApp),
    /// `microsoft.graph.managedIOSStoreApp`.
    ManagedIOSStoreApp(ManagedIOSStoreApp),
    /// `microsoft.graph.managedAndroidLobApp`.
    ManagedAndroidLobApp(ManagedAndroidLobApp),
    /// `microsoft.graph.managedIOSLobApp`.
    ManagedIOSLobApp(ManagedIOSLobApp),
    /// `microsoft.graph.microsoftStoreForBusinessApp`.
    MicrosoftStoreForBusinessApp(MicrosoftStoreForBusinessApp),
    /// `microsoft.graph.androidLobApp`.
    AndroidLobApp(AndroidLobApp),
    /// `microsoft.graph.iosLobApp`.
    IosLobApp(IosLobApp),
    /// `microsoft.graph.macOSDmgApp`.
    MacOSDmgApp(MacOSDmgApp),
    /// `microsoft.graph.macOSLobApp`.
    MacOSLobApp(MacOSLobApp),
    /// `microsoft.graph.win32LobApp`.
    Win32LobApp(Win32LobApp),
    /// `microsoft.graph.windowsAppX`.
    WindowsAppX(WindowsAppX),
    /// `microsoft.graph.windowsMobileMSI`.
    WindowsMobileMSI(WindowsMobileMSI),
    /// `microsoft.graph.windowsUniversalAppX`.
    WindowsUniversalAppX(WindowsUniversalAppX),
    /// `microsoft.graph.webApp`.
    WebApp(WebApp),
    /// `microsoft.graph.windowsMicrosoftEdgeApp`.
    WindowsMicrosoftEdgeApp(WindowsMicrosoftEdgeApp),
    /// `microsoft.graph.windowsWebApp`.
    WindowsWebApp(WindowsWebApp),
    /// `microsoft.graph.mobileApp` itself, or a type this build does not declare.
    #[graph(other)]
    Other(MobileApp),
}

/// The body of the action `assign`, bound to `mobileApp`.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct MobileAppAssignParameters {
    pub mobile_app_assignments: Option<Vec<MobileAppAssignment>>,
}

/// A class containing the properties used for Group Assignment of a Mobile App.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.mobileAppAssignment")]
pub struct MobileAppAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The install intent defined by the admin. Not nullable.
    #[graph(non_nullable)]
    pub intent: Option<InstallIntent>,
    /// The settings for target assignment defined by the admin.
    pub settings: Option<AnyMobileAppAssignmentSettings>,
    /// The target group assignment defined by the admin.
    pub target: Option<AnyDeviceAndAppManagementAssignmentTarget>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains properties for a single Intune app category.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.mobileAppCategory",
    path = "/deviceAppManagement/mobileAppCategories"
)]
pub struct MobileAppCategory {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The name of the app category.
    pub display_name: Option<String>,
    /// The date and time the mobileAppCategory was last modified. This property is read-only. Not
    /// nullable.
    #[graph(read_only, non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains content properties for a specific app version. Each mobileAppContent can have multiple
/// mobileAppContentFile.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.mobileAppContent",
    contains(name = "containedApps", target = MobileContainedApp),
    contains(name = "files", target = MobileAppContentFile)
)]
pub struct MobileAppContent {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The collection of contained apps in a MobileLobApp acting as a package. Navigation property:
    /// read when `$expand`ed, never written.
    #[graph(read_only)]
    pub contained_apps: Option<Vec<AnyMobileContainedApp>>,
    /// The list of files for this app content version. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub files: Option<Vec<MobileAppContentFile>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains properties for a single installer file that is associated with a given mobileAppContent
/// version.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.mobileAppContentFile",
    action(name = "commit", parameters = MobileAppContentFileCommitParameters),
    action = "renewUpload"
)]
pub struct MobileAppContentFile {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Indicates the Azure Storage URI that the file is uploaded to. Created by the service upon
    /// receiving a valid mobileAppContentFile. Read-only. This property is read-only.
    #[graph(read_only)]
    pub azure_storage_uri: Option<String>,
    /// Indicates the date and time when the Azure storage URI expires, in ISO 8601 format. For
    /// example, midnight UTC on Jan 1, 2014 would look like this: '2014-01-01T00:00:00Z'.
    /// Read-only. This property is read-only.
    #[graph(read_only)]
    pub azure_storage_uri_expiration_date_time: Option<edm::DateTimeOffset>,
    /// Indicates created date and time associated with app content file, in ISO 8601 format. For
    /// example, midnight UTC on Jan 1, 2014 would look like this: '2014-01-01T00:00:00Z'.
    /// Read-only. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// A value indicating whether the file is committed. A committed app content file has been
    /// fully uploaded and validated by the Intune service. TRUE means that app content file is
    /// committed, FALSE means that app content file is not committed. Defaults to FALSE. Read-only.
    /// This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub is_committed: Option<bool>,
    /// Indicates whether this content file is a dependency for the main content file. TRUE means
    /// that the content file is a dependency, FALSE means that the content file is not a dependency
    /// and is the main content file. Defaults to FALSE. Not nullable.
    #[graph(non_nullable)]
    pub is_dependency: Option<bool>,
    /// Indicates the manifest information, containing file metadata.
    pub manifest: Option<edm::Binary>,
    /// Indicates the name of the file.
    pub name: Option<String>,
    /// Indicates the original size of the file, in bytes. Not nullable.
    #[graph(non_nullable)]
    pub size: Option<edm::Int64>,
    /// Indicates the size of the file after encryption, in bytes. Not nullable.
    #[graph(non_nullable)]
    pub size_encrypted: Option<edm::Int64>,
    /// Indicates the state of the current upload request. Possible values are: success,
    /// transientError, error, unknown, azureStorageUriRequestSuccess,
    /// azureStorageUriRequestPending, azureStorageUriRequestFailed, azureStorageUriRequestTimedOut,
    /// azureStorageUriRenewalSuccess, azureStorageUriRenewalPending, azureStorageUriRenewalFailed,
    /// azureStorageUriRenewalTimedOut, commitFileSuccess, commitFilePending, commitFileFailed,
    /// commitFileTimedOut. Default value is success. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub upload_state: Option<MobileAppContentFileUploadState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `commit`, bound to `mobileAppContentFile`.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct MobileAppContentFileCommitParameters {
    pub file_encryption_info: Option<FileEncryptionInfo>,
}

/// The MobileAppRelationship describes the relationship between two mobile applications by
/// providing information that tells if an application is dependent on or superseded by another
/// application.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.mobileAppRelationship",
    path = "/deviceAppManagement/mobileAppRelationships",
    abstract
)]
pub struct MobileAppRelationship {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The display name of the app that is the source of the mobile app relationship entity. For
    /// example: Orca. Maximum length is 500 characters. Read-Only. Supports: $select. Does not
    /// support $search, $filter, $orderBy. This property is read-only.
    #[graph(read_only)]
    pub source_display_name: Option<String>,
    /// The display version of the app that is the source of the mobile app relationship entity. For
    /// example 1.0.12 or 1.2203.156 or 3. Read-Only. Supports: $select. Does not support $search,
    /// $filter, $orderBy. This property is read-only.
    #[graph(read_only)]
    pub source_display_version: Option<String>,
    /// The unique app identifier of the source of the mobile app relationship entity. For example:
    /// 2dbc75b9-e993-4e4d-a071-91ac5a218672. If null during relationship creation, then it will be
    /// populated with parent Id. Read-Only. Supports: $select. Does not support $search, $filter,
    /// $orderBy. This property is read-only.
    #[graph(read_only)]
    pub source_id: Option<String>,
    /// The publisher display name of the app that is the source of the mobile app relationship
    /// entity. For example: Fabrikam. Maximum length is 500 characters. Read-Only. Supports:
    /// $select. Does not support $search, $filter, $orderBy. This property is read-only.
    #[graph(read_only)]
    pub source_publisher_display_name: Option<String>,
    /// The display name of the app that is the target of the mobile app relationship entity. For
    /// example: Firefox Setup 52.0.2 32bit.intunewin. Maximum length is 500 characters. Read-Only.
    /// Returned by default. Supports: $select. Does not support $search, $filter, $orderBy. This
    /// property is read-only.
    #[graph(read_only)]
    pub target_display_name: Option<String>,
    /// The display version of the app that is the target of the mobile app relationship entity. For
    /// example 1.0 or 1.2203.156. Read-Only. Returned by default. Supports: $select. Does not
    /// support $search, $filter, $orderBy. This property is read-only.
    #[graph(read_only)]
    pub target_display_version: Option<String>,
    /// The unique app identifier of the target of the mobile app relationship entity. For example:
    /// 2dbc75b9-e993-4e4d-a071-91ac5a218672. Read-Only. Returned by default. Supports: $select.
    /// Does not support $search, $filter, $orderBy.
    pub target_id: Option<String>,
    /// The publisher display name of the app that is the target of the mobile app relationship
    /// entity. For example: Fabrikam. Maximum length is 500 characters. Read-Only. Supports:
    /// $select. Does not support $search, $filter, $orderBy. This property is read-only.
    #[graph(read_only)]
    pub target_publisher_display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// An abstract class that represents a contained app in a mobileApp acting as a package.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.mobileContainedApp",
    abstract
)]
pub struct MobileContainedApp {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.mobileContainedApp`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `MobileContainedApp`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyMobileContainedApp {
    /// `microsoft.graph.windowsUniversalAppXContainedApp`.
    WindowsUniversalAppXContainedApp(WindowsUniversalAppXContainedApp),
    /// `microsoft.graph.mobileContainedApp` itself, or a type this build does not declare.
    #[graph(other)]
    Other(MobileContainedApp),
}

/// An abstract base class containing properties for all mobile line-of-business apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.mobileLobApp",
    abstract,
    contains(name = "contentVersions", target = MobileAppContent)
)]
pub struct MobileLobApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
    /// The internal committed content version.
    pub committed_content_version: Option<String>,
    /// The name of the main LOB application file.
    pub file_name: Option<String>,
    /// The total size, including all uploaded files. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub size: Option<edm::Int64>,
    /// The list of content versions for this app. This property is read-only. Navigation property:
    /// read when `$expand`ed, never written.
    #[graph(read_only)]
    pub content_versions: Option<Vec<MobileAppContent>>,
}

/// A `microsoft.graph.mobileLobApp`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `MobileLobApp`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyMobileLobApp {
    /// `microsoft.graph.androidLobApp`.
    AndroidLobApp(AndroidLobApp),
    /// `microsoft.graph.iosLobApp`.
    IosLobApp(IosLobApp),
    /// `microsoft.graph.macOSDmgApp`.
    MacOSDmgApp(MacOSDmgApp),
    /// `microsoft.graph.macOSLobApp`.
    MacOSLobApp(MacOSLobApp),
    /// `microsoft.graph.win32LobApp`.
    Win32LobApp(Win32LobApp),
    /// `microsoft.graph.windowsAppX`.
    WindowsAppX(WindowsAppX),
    /// `microsoft.graph.windowsMobileMSI`.
    WindowsMobileMSI(WindowsMobileMSI),
    /// `microsoft.graph.windowsUniversalAppX`.
    WindowsUniversalAppX(WindowsUniversalAppX),
    /// `microsoft.graph.mobileLobApp` itself, or a type this build does not declare.
    #[graph(other)]
    Other(MobileLobApp),
}

/// Configuration used to deliver a set of custom settings as-is to all users in the targeted
/// security group
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.targetedManagedAppConfiguration",
    path = "/deviceAppManagement/targetedManagedAppConfigurations",
    contains(name = "apps", target = ManagedMobileApp),
    contains(name = "assignments", target = TargetedManagedAppPolicyAssignment),
    contains(name = "deploymentSummary", target = ManagedAppPolicyDeploymentSummary, single),
    action(name = "assign", parameters = TargetedManagedAppConfigurationAssignParameters),
    action(name = "targetApps", parameters = TargetedManagedAppConfigurationTargetAppsParameters)
)]
pub struct TargetedManagedAppConfiguration {
    /// The inherited properties of `managedAppConfiguration`.
    #[graph(base)]
    pub base: ManagedAppConfiguration,
    /// Count of apps to which the current policy is deployed. Not nullable.
    #[graph(non_nullable)]
    pub deployed_app_count: Option<i32>,
    /// Indicates if the policy is deployed to any inclusion groups or not. Not nullable.
    #[graph(non_nullable)]
    pub is_assigned: Option<bool>,
    /// List of apps to which the policy is deployed. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub apps: Option<Vec<ManagedMobileApp>>,
    /// Navigation property to list of inclusion and exclusion groups to which the policy is
    /// deployed. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignments: Option<Vec<TargetedManagedAppPolicyAssignment>>,
    /// Navigation property to deployment summary of the configuration. Navigation property: read
    /// when `$expand`ed, never written.
    #[graph(read_only)]
    pub deployment_summary: Option<ManagedAppPolicyDeploymentSummary>,
}

/// The body of the action `assign`, bound to `targetedManagedAppConfiguration`.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct TargetedManagedAppConfigurationAssignParameters {
    pub assignments: Option<Vec<TargetedManagedAppPolicyAssignment>>,
}

/// The body of the action `targetApps`, bound to `targetedManagedAppConfiguration`.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct TargetedManagedAppConfigurationTargetAppsParameters {
    pub apps: Option<Vec<ManagedMobileApp>>,
    pub app_group_type: Option<TargetedManagedAppGroupType>,
}

/// The type for deployment of groups or apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.targetedManagedAppPolicyAssignment"
)]
pub struct TargetedManagedAppPolicyAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Identifier for deployment to a group or app
    pub target: Option<AnyDeviceAndAppManagementAssignmentTarget>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Policy used to configure detailed management settings targeted to specific security groups
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.targetedManagedAppProtection",
    abstract,
    contains(name = "assignments", target = TargetedManagedAppPolicyAssignment),
    action(name = "assign", parameters = TargetedManagedAppProtectionAssignParameters),
    action(name = "targetApps", parameters = TargetedManagedAppProtectionTargetAppsParameters)
)]
pub struct TargetedManagedAppProtection {
    /// The inherited properties of `managedAppProtection`.
    #[graph(base)]
    pub base: ManagedAppProtection,
    /// Indicates if the policy is deployed to any inclusion groups or not. Not nullable.
    #[graph(non_nullable)]
    pub is_assigned: Option<bool>,
    /// Navigation property to list of inclusion and exclusion groups to which the policy is
    /// deployed. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignments: Option<Vec<TargetedManagedAppPolicyAssignment>>,
}

/// A `microsoft.graph.targetedManagedAppProtection`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `TargetedManagedAppProtection`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyTargetedManagedAppProtection {
    /// `microsoft.graph.androidManagedAppProtection`.
    AndroidManagedAppProtection(AndroidManagedAppProtection),
    /// `microsoft.graph.iosManagedAppProtection`.
    IosManagedAppProtection(IosManagedAppProtection),
    /// `microsoft.graph.targetedManagedAppProtection` itself, or a type this build does not declare.
    #[graph(other)]
    Other(TargetedManagedAppProtection),
}

/// The body of the action `assign`, bound to `targetedManagedAppProtection`.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct TargetedManagedAppProtectionAssignParameters {
    pub assignments: Option<Vec<TargetedManagedAppPolicyAssignment>>,
}

/// The body of the action `targetApps`, bound to `targetedManagedAppProtection`.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct TargetedManagedAppProtectionTargetAppsParameters {
    pub apps: Option<Vec<ManagedMobileApp>>,
    pub app_group_type: Option<TargetedManagedAppGroupType>,
}

/// Contains properties for the installation state summary for a user.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userInstallStateSummary",
    contains(name = "deviceStates", target = DeviceInstallState)
)]
pub struct UserInstallStateSummary {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Failed Device Count. Not nullable.
    #[graph(non_nullable)]
    pub failed_device_count: Option<i32>,
    /// Installed Device Count. Not nullable.
    #[graph(non_nullable)]
    pub installed_device_count: Option<i32>,
    /// Not installed device count. Not nullable.
    #[graph(non_nullable)]
    pub not_installed_device_count: Option<i32>,
    /// User name.
    pub user_name: Option<String>,
    /// The install state of the eBook. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub device_states: Option<Vec<DeviceInstallState>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// You purchase multiple licenses for iOS apps through the Apple Volume Purchase Program for
/// Business or Education. This involves setting up an Apple VPP account from the Apple website and
/// uploading the Apple VPP Business or Education token to Intune. You can then synchronize your
/// volume purchase information with Intune and track your volume-purchased app use. You can upload
/// multiple Apple VPP Business or Education tokens.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.vppToken",
    path = "/deviceAppManagement/vppTokens",
    action(name = "syncLicenses", returns = VppToken)
)]
pub struct VppToken {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The apple Id associated with the given Apple Volume Purchase Program Token.
    pub apple_id: Option<String>,
    /// Whether or not apps for the VPP token will be automatically updated. Not nullable.
    #[graph(non_nullable)]
    pub automatically_update_apps: Option<bool>,
    /// Whether or not apps for the VPP token will be automatically updated.
    pub country_or_region: Option<String>,
    /// The expiration date time of the Apple Volume Purchase Program Token. Not nullable.
    #[graph(non_nullable)]
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    /// Last modification date time associated with the Apple Volume Purchase Program Token. Not
    /// nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// The last time when an application sync was done with the Apple volume purchase program
    /// service using the the Apple Volume Purchase Program Token. Not nullable.
    #[graph(non_nullable)]
    pub last_sync_date_time: Option<edm::DateTimeOffset>,
    /// Current sync status of the last application sync which was triggered using the Apple Volume
    /// Purchase Program Token. Possible values are: \`none\`, \`inProgress\`, \`completed\`,
    /// \`failed\`. Not nullable.
    #[graph(non_nullable)]
    pub last_sync_status: Option<VppTokenSyncStatus>,
    /// The organization associated with the Apple Volume Purchase Program Token
    pub organization_name: Option<String>,
    /// Current state of the Apple Volume Purchase Program Token. Possible values are: \`unknown\`,
    /// \`valid\`, \`expired\`, \`invalid\`, \`assignedToExternalMDM\`. Not nullable.
    #[graph(non_nullable)]
    pub state: Option<VppTokenState>,
    /// The Apple Volume Purchase Program Token string downloaded from the Apple Volume Purchase
    /// Program.
    pub token: Option<String>,
    /// The type of volume purchase program which the given Apple Volume Purchase Program Token is
    /// associated with. Possible values are: \`business\`, \`education\`. Not nullable.
    #[graph(non_nullable)]
    pub vpp_token_account_type: Option<VppTokenAccountType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Contains properties and inherited properties for web apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webApp")]
pub struct WebApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
    /// The web app URL. This property cannot be PATCHed.
    pub app_url: Option<String>,
    /// Whether or not to use managed browser. This property is only applicable for Android and IOS.
    /// Not nullable.
    #[graph(non_nullable)]
    pub use_managed_browser: Option<bool>,
}

/// Contains properties and inherited properties for Win32 apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.win32LobApp",
    action(
        name = "enableApplicableArchitectures",
        parameters = Win32LobAppEnableApplicableArchitecturesParameters
    )
)]
pub struct Win32LobApp {
    /// The inherited properties of `mobileLobApp`.
    #[graph(base)]
    pub base: MobileLobApp,
    /// Indicates the Windows architecture(s) this app should be installed on. The app will be
    /// treated as not applicable for devices with architectures not matching the selected value.
    /// When a non-null value is provided for the \`allowedArchitectures\` property, the value of
    /// the \`applicableArchitectures\` property is set to \`none\`. Possible values are: \`null\`,
    /// \`x86\`, \`x64\`, \`arm64\`.
    pub allowed_architectures: Option<Flags<WindowsArchitecture>>,
    /// Indicates the Windows architecture(s) this app should be installed on. The app will be
    /// treated as not applicable for devices with architectures not matching the selected value.
    /// When a non-null value is provided for the \`allowedArchitectures\` property, the value of
    /// the \`applicableArchitectures\` property is set to \`none\`. Default value is \`none\`.
    /// Possible values are: \`none\`, \`x86\`, \`x64\`. Not nullable.
    #[graph(non_nullable)]
    pub applicable_architectures: Option<Flags<WindowsArchitecture>>,
    /// Indicates the command line to install this app. Used to install the Win32 app. Example:
    /// \`msiexec /i "Orca.Msi" /qn\`.
    pub install_command_line: Option<String>,
    /// Indicates the install experience for this app.
    pub install_experience: Option<Win32LobAppInstallExperience>,
    /// Indicates the value for the minimum CPU speed which is required to install this app. Allowed
    /// range from \`0\` to \`clock speed from WMI helper\`.
    pub minimum_cpu_speed_in_m_hz: Option<i32>,
    /// Indicates the value for the minimum free disk space which is required to install this app.
    /// Allowed range from \`0\` to \`driver's maximum available free space\`.
    #[graph(rename = "minimumFreeDiskSpaceInMB")]
    pub minimum_free_disk_space_in_mb: Option<i32>,
    /// Indicates the value for the minimum physical memory which is required to install this app.
    /// Allowed range from \`0\` to \`total physical memory from WMI helper\`.
    #[graph(rename = "minimumMemoryInMB")]
    pub minimum_memory_in_mb: Option<i32>,
    /// Indicates the value for the minimum number of processors which is required to install this
    /// app. Minimum value is \`0\`.
    pub minimum_number_of_processors: Option<i32>,
    /// Indicates the value for the minimum supported windows release. Example: \`Windows11\_23H2\`.
    pub minimum_supported_windows_release: Option<String>,
    /// Indicates the MSI details if this Win32 app is an MSI app.
    pub msi_information: Option<Win32LobAppMsiInformation>,
    /// Indicates the return codes for post installation behavior.
    pub return_codes: Option<Vec<Win32LobAppReturnCode>>,
    /// Indicates the detection and requirement rules for this app. Possible values are:
    /// \`Win32LobAppFileSystemRule, Win32LobAppPowerShellScriptRule, Win32LobAppProductCodeRule,
    /// Win32LobAppRegistryRule\`.
    pub rules: Option<Vec<AnyWin32LobAppRule>>,
    /// Indicates the relative path of the setup file in the encrypted Win32LobApp package. Example:
    /// \`Intel-SA-00075 Detection and Mitigation Tool.msi\`.
    pub setup_file_path: Option<String>,
    /// Indicates the command line to uninstall this app. Used to uninstall the app. Example:
    /// \`msiexec /x "{85F4CBCB-9BBC-4B50-A7D8-E1106771498D}" /qn\`.
    pub uninstall_command_line: Option<String>,
}

/// The body of the action `enableApplicableArchitectures`, bound to `win32LobApp`.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct Win32LobAppEnableApplicableArchitecturesParameters {
    pub applicable_architectures: Flags<WindowsArchitecture>,
}

/// Contains properties and inherited properties for Windows AppX Line Of Business apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsAppX")]
pub struct WindowsAppX {
    /// The inherited properties of `mobileLobApp`.
    #[graph(base)]
    pub base: MobileLobApp,
    /// The Windows architecture(s) on which this app can run. Possible values are: \`none\`,
    /// \`x86\`, \`x64\`, \`arm\`, \`neutral\`; default value is \`none\`. Not nullable.
    #[graph(non_nullable)]
    pub applicable_architectures: Option<Flags<WindowsArchitecture>>,
    /// The identity name of the uploaded app package. For example: "Contoso.DemoApp".
    pub identity_name: Option<String>,
    /// The identity publisher hash of the uploaded app package. This is the hash of the publisher
    /// from the manifest. For example: "AB82CD0XYZ". Not nullable.
    #[graph(non_nullable)]
    pub identity_publisher_hash: Option<String>,
    /// The identity resource identifier of the uploaded app package. For example: "TestResourceId".
    pub identity_resource_identifier: Option<String>,
    /// The identity version of the uploaded app package. For example: "1.0.0.0".
    pub identity_version: Option<String>,
    /// When TRUE, indicates that the app is a bundle. When FALSE, indicates that the app is not a
    /// bundle. By default, property is set to FALSE. Not nullable.
    #[graph(non_nullable)]
    pub is_bundle: Option<bool>,
    /// The value for the minimum applicable operating system. Valid values for a WindowsAppX app
    /// include \`v8\_0\`, \`v8\_1\` and \`v10\_0\`. If the app is a bundle, the minimum supported
    /// OS has to be at least \`v8\_1\`. Not nullable.
    #[graph(non_nullable)]
    pub minimum_supported_operating_system: Option<WindowsMinimumOperatingSystem>,
}

/// Policy for Windows information protection to configure detailed management settings
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.windowsInformationProtection",
    abstract,
    contains(name = "assignments", target = TargetedManagedAppPolicyAssignment),
    contains(name = "exemptAppLockerFiles", target = WindowsInformationProtectionAppLockerFile),
    contains(name = "protectedAppLockerFiles", target = WindowsInformationProtectionAppLockerFile),
    action(name = "assign", parameters = WindowsInformationProtectionAssignParameters)
)]
pub struct WindowsInformationProtection {
    /// The inherited properties of `managedAppPolicy`.
    #[graph(base)]
    pub base: ManagedAppPolicy,
    /// Specifies whether to allow Azure RMS encryption for WIP. Not nullable.
    #[graph(non_nullable)]
    pub azure_rights_management_services_allowed: Option<bool>,
    /// Specifies a recovery certificate that can be used for data recovery of encrypted files. This
    /// is the same as the data recovery agent(DRA) certificate for encrypting file system(EFS)
    pub data_recovery_certificate: Option<WindowsInformationProtectionDataRecoveryCertificate>,
    /// WIP enforcement level.See the Enum definition for supported values. Not nullable.
    #[graph(non_nullable)]
    pub enforcement_level: Option<WindowsInformationProtectionEnforcementLevel>,
    /// Primary enterprise domain
    pub enterprise_domain: Option<String>,
    /// This is the comma-separated list of internal proxy servers. For example, "157.54.14.28,
    /// 157.54.11.118, 10.202.14.167, 157.53.14.163, 157.69.210.59". These proxies have been
    /// configured by the admin to connect to specific resources on the Internet. They are
    /// considered to be enterprise network locations. The proxies are only leveraged in configuring
    /// the EnterpriseProxiedDomains policy to force traffic to the matched domains through these
    /// proxies
    pub enterprise_internal_proxy_servers:
        Option<Vec<WindowsInformationProtectionResourceCollection>>,
    /// Sets the enterprise IP ranges that define the computers in the enterprise network. Data that
    /// comes from those computers will be considered part of the enterprise and protected. These
    /// locations will be considered a safe destination for enterprise data to be shared to
    #[graph(rename = "enterpriseIPRanges")]
    pub enterprise_ip_ranges: Option<Vec<WindowsInformationProtectionIPRangeCollection>>,
    /// Boolean value that tells the client to accept the configured list and not to use heuristics
    /// to attempt to find other subnets. Default is false. Not nullable.
    #[graph(non_nullable, rename = "enterpriseIPRangesAreAuthoritative")]
    pub enterprise_ip_ranges_are_authoritative: Option<bool>,
    /// This is the list of domains that comprise the boundaries of the enterprise. Data from one of
    /// these domains that is sent to a device will be considered enterprise data and protected
    /// These locations will be considered a safe destination for enterprise data to be shared to
    pub enterprise_network_domain_names:
        Option<Vec<WindowsInformationProtectionResourceCollection>>,
    /// List of enterprise domains to be protected
    pub enterprise_protected_domain_names:
        Option<Vec<WindowsInformationProtectionResourceCollection>>,
    /// Contains a list of Enterprise resource domains hosted in the cloud that need to be
    /// protected. Connections to these resources are considered enterprise data. If a proxy is
    /// paired with a cloud resource, traffic to the cloud resource will be routed through the
    /// enterprise network via the denoted proxy server (on Port 80). A proxy server used for this
    /// purpose must also be configured using the EnterpriseInternalProxyServers policy
    pub enterprise_proxied_domains:
        Option<Vec<WindowsInformationProtectionProxiedDomainCollection>>,
    /// This is a list of proxy servers. Any server not on this list is considered non-enterprise
    pub enterprise_proxy_servers: Option<Vec<WindowsInformationProtectionResourceCollection>>,
    /// Boolean value that tells the client to accept the configured list of proxies and not try to
    /// detect other work proxies. Default is false. Not nullable.
    #[graph(non_nullable)]
    pub enterprise_proxy_servers_are_authoritative: Option<bool>,
    /// Exempt applications can also access enterprise data, but the data handled by those
    /// applications are not protected. This is because some critical enterprise applications may
    /// have compatibility problems with encrypted data.
    pub exempt_apps: Option<Vec<AnyWindowsInformationProtectionApp>>,
    /// Determines whether overlays are added to icons for WIP protected files in Explorer and
    /// enterprise only app tiles in the Start menu. Starting in Windows 10, version 1703 this
    /// setting also configures the visibility of the WIP icon in the title bar of a WIP-protected
    /// app. Not nullable.
    #[graph(non_nullable)]
    pub icons_visible: Option<bool>,
    /// This switch is for the Windows Search Indexer, to allow or disallow indexing of items. Not
    /// nullable.
    #[graph(non_nullable)]
    pub indexing_encrypted_stores_or_items_blocked: Option<bool>,
    /// Indicates if the policy is deployed to any inclusion groups or not. Not nullable.
    #[graph(non_nullable)]
    pub is_assigned: Option<bool>,
    /// List of domain names that can used for work or personal resource
    pub neutral_domain_resources: Option<Vec<WindowsInformationProtectionResourceCollection>>,
    /// Protected applications can access enterprise data and the data handled by those applications
    /// are protected with encryption
    pub protected_apps: Option<Vec<AnyWindowsInformationProtectionApp>>,
    /// Specifies whether the protection under lock feature (also known as encrypt under pin) should
    /// be configured. Not nullable.
    #[graph(non_nullable)]
    pub protection_under_lock_config_required: Option<bool>,
    /// This policy controls whether to revoke the WIP keys when a device unenrolls from the
    /// management service. If set to 1 (Don't revoke keys), the keys will not be revoked and the
    /// user will continue to have access to protected files after unenrollment. If the keys are not
    /// revoked, there will be no revoked file cleanup subsequently. Not nullable.
    #[graph(non_nullable)]
    pub revoke_on_unenroll_disabled: Option<bool>,
    /// TemplateID GUID to use for RMS encryption. The RMS template allows the IT admin to configure
    /// the details about who has access to RMS-protected file and how long they have access
    pub rights_management_services_template_id: Option<edm::Guid>,
    /// Specifies a list of file extensions, so that files with these extensions are encrypted when
    /// copying from an SMB share within the corporate boundary
    pub smb_auto_encrypted_file_extensions:
        Option<Vec<WindowsInformationProtectionResourceCollection>>,
    /// Navigation property to list of security groups targeted for policy. Navigation property:
    /// read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignments: Option<Vec<TargetedManagedAppPolicyAssignment>>,
    /// Another way to input exempt apps through xml files Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub exempt_app_locker_files: Option<Vec<WindowsInformationProtectionAppLockerFile>>,
    /// Another way to input protected apps through xml files Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub protected_app_locker_files: Option<Vec<WindowsInformationProtectionAppLockerFile>>,
}

/// A `microsoft.graph.windowsInformationProtection`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `WindowsInformationProtection`, keeping its `@odata.type` and properties.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyWindowsInformationProtection {
    /// `microsoft.graph.mdmWindowsInformationProtectionPolicy`.
    MdmWindowsInformationProtectionPolicy(MdmWindowsInformationProtectionPolicy),
    /// `microsoft.graph.windowsInformationProtectionPolicy`.
    WindowsInformationProtectionPolicy(WindowsInformationProtectionPolicy),
    /// `microsoft.graph.windowsInformationProtection` itself, or a type this build does not declare.
    #[graph(other)]
    Other(WindowsInformationProtection),
}

/// The body of the action `assign`, bound to `windowsInformationProtection`.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct WindowsInformationProtectionAssignParameters {
    pub assignments: Option<Vec<TargetedManagedAppPolicyAssignment>>,
}

/// Windows Information Protection AppLocker File
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.windowsInformationProtectionAppLockerFile"
)]
pub struct WindowsInformationProtectionAppLockerFile {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The friendly name
    pub display_name: Option<String>,
    /// File as a byte array
    pub file: Option<edm::Binary>,
    /// SHA256 hash of the file
    pub file_hash: Option<String>,
    /// Version of the entity.
    pub version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Policy for Windows information protection without MDM
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.windowsInformationProtectionPolicy",
    path = "/deviceAppManagement/windowsInformationProtectionPolicies"
)]
pub struct WindowsInformationProtectionPolicy {
    /// The inherited properties of `windowsInformationProtection`.
    #[graph(base)]
    pub base: WindowsInformationProtection,
    /// Offline interval before app data is wiped (days) . Valid values 0 to 999. Not nullable.
    #[graph(non_nullable)]
    pub days_without_contact_before_unenroll: Option<i32>,
    /// Enrollment url for the MDM
    pub mdm_enrollment_url: Option<String>,
    /// Specifies the maximum amount of time (in minutes) allowed after the device is idle that will
    /// cause the device to become PIN or password locked. Range is an integer X where 0 \<= X \<=
    /// \999. Valid values 0 to 999. Not nullable.
    #[graph(non_nullable)]
    pub minutes_of_inactivity_before_device_lock: Option<i32>,
    /// Integer value that specifies the number of past PINs that can be associated to a user
    /// account that can't be reused. The largest number you can configure for this policy setting
    /// is 50. The lowest number you can configure for this policy setting is 0. If this policy is
    /// set to 0, then storage of previous PINs is not required. This node was added in Windows 10,
    /// version 1511. Default is 0. Valid values 0 to 50. Not nullable.
    #[graph(non_nullable)]
    pub number_of_past_pins_remembered: Option<i32>,
    /// The number of authentication failures allowed before the device will be wiped. A value of 0
    /// disables device wipe functionality. Range is an integer X where 4 \<= X \<= 16 for desktop
    /// and 0 \<= X \<= 999 for mobile devices. Valid values 0 to 999. Not nullable.
    #[graph(non_nullable)]
    pub password_maximum_attempt_count: Option<i32>,
    /// Integer value specifies the period of time (in days) that a PIN can be used before the
    /// system requires the user to change it. The largest number you can configure for this policy
    /// setting is 730. The lowest number you can configure for this policy setting is 0. If this
    /// policy is set to 0, then the user's PIN will never expire. This node was added in Windows
    /// 10, version 1511. Default is 0. Valid values 0 to 730. Not nullable.
    #[graph(non_nullable)]
    pub pin_expiration_days: Option<i32>,
    /// Integer value that configures the use of lowercase letters in the Windows Hello for Business
    /// PIN. Default is NotAllow. Not nullable.
    #[graph(non_nullable)]
    pub pin_lowercase_letters: Option<WindowsInformationProtectionPinCharacterRequirements>,
    /// Integer value that sets the minimum number of characters required for the PIN. Default value
    /// is 4. The lowest number you can configure for this policy setting is 4. The largest number
    /// you can configure must be less than the number configured in the Maximum PIN length policy
    /// setting or the number 127, whichever is the lowest. Valid values 0 to 127. Not nullable.
    #[graph(non_nullable)]
    pub pin_minimum_length: Option<i32>,
    /// Integer value that configures the use of special characters in the Windows Hello for
    /// Business PIN. Valid special characters for Windows Hello for Business PIN gestures include:
    /// ! " # $ % & ' ( ) \* + , - . / : ; \< = \> ? @ \[ \\ \] ^ \_ \` { \| } ~. Default is
    /// NotAllow. Not nullable.
    #[graph(non_nullable)]
    pub pin_special_characters: Option<WindowsInformationProtectionPinCharacterRequirements>,
    /// Integer value that configures the use of uppercase letters in the Windows Hello for Business
    /// PIN. Default is NotAllow. Not nullable.
    #[graph(non_nullable)]
    pub pin_uppercase_letters: Option<WindowsInformationProtectionPinCharacterRequirements>,
    /// New property in RS2, pending documentation. Not nullable.
    #[graph(non_nullable)]
    pub revoke_on_mdm_handoff_disabled: Option<bool>,
    /// Boolean value that sets Windows Hello for Business as a method for signing into Windows. Not
    /// nullable.
    #[graph(non_nullable)]
    pub windows_hello_for_business_blocked: Option<bool>,
}

/// Contains properties and inherited properties for the Microsoft Edge app on Windows.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsMicrosoftEdgeApp")]
pub struct WindowsMicrosoftEdgeApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
    /// The channel to install on target devices. The possible values are dev, beta, and stable. By
    /// default, this property is set to dev. Not nullable.
    #[graph(non_nullable)]
    pub channel: Option<MicrosoftEdgeChannel>,
    /// The language locale to use when the Edge app displays text to the user.
    pub display_language_locale: Option<String>,
}

/// Contains properties and inherited properties for Windows Mobile MSI Line Of Business apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsMobileMSI")]
pub struct WindowsMobileMSI {
    /// The inherited properties of `mobileLobApp`.
    #[graph(base)]
    pub base: MobileLobApp,
    /// The command line.
    pub command_line: Option<String>,
    /// A boolean to control whether the app's version will be used to detect the app after it is
    /// installed on a device. Set this to true for Windows Mobile MSI Line of Business (LoB) apps
    /// that use a self update feature. Not nullable.
    #[graph(non_nullable)]
    pub ignore_version_detection: Option<bool>,
    /// The product code.
    pub product_code: Option<String>,
    /// The product version of Windows Mobile MSI Line of Business (LoB) app.
    pub product_version: Option<String>,
}

/// Contains properties and inherited properties for Windows Universal AppX Line Of Business apps.
/// Inherits from \`mobileLobApp\`.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.windowsUniversalAppX",
    contains(name = "committedContainedApps", target = MobileContainedApp)
)]
pub struct WindowsUniversalAppX {
    /// The inherited properties of `mobileLobApp`.
    #[graph(base)]
    pub base: MobileLobApp,
    /// The Windows architecture(s) for which this app can run on. Possible values are: \`none\`,
    /// \`x86\`, \`x64\`, \`arm\`, \`neutral\`; default value is \`none\`. Not nullable.
    #[graph(non_nullable)]
    pub applicable_architectures: Option<Flags<WindowsArchitecture>>,
    /// The Windows device type(s) for which this app can run on. Possible values are: \`none\`,
    /// \`desktop\`, \`mobile\`, \`holographic\`, \`team\`; default value is \`none\`. Not nullable.
    #[graph(non_nullable)]
    pub applicable_device_types: Option<Flags<WindowsDeviceType>>,
    /// The Identity Name of the app, parsed from the appx file when it is uploaded through the
    /// Intune MEM console. For example: "Contoso.DemoApp".
    pub identity_name: Option<String>,
    /// The Identity Publisher Hash of the app, parsed from the appx file when it is uploaded
    /// through the Intune MEM console. For example: "AB82CD0XYZ". Not nullable.
    #[graph(non_nullable)]
    pub identity_publisher_hash: Option<String>,
    /// The Identity Resource Identifier of the app, parsed from the appx file when it is uploaded
    /// through the Intune MEM console. For example: "TestResourceId".
    pub identity_resource_identifier: Option<String>,
    /// The Identity Version of the app, parsed from the appx file when it is uploaded through the
    /// Intune MEM console. For example: "1.0.0.0".
    pub identity_version: Option<String>,
    /// Whether or not the app is a bundle. If TRUE, app is a bundle; if FALSE, app is not a bundle.
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_bundle: Option<bool>,
    /// The value for the minimum applicable Windows operating system. Not nullable.
    #[graph(non_nullable)]
    pub minimum_supported_operating_system: Option<WindowsMinimumOperatingSystem>,
    /// The collection of contained apps in the committed mobileAppContent of a windowsUniversalAppX
    /// app. This property is read-only. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub committed_contained_apps: Option<Vec<AnyMobileContainedApp>>,
}

/// A class that represents a contained app of a WindowsUniversalAppX app.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsUniversalAppXContainedApp")]
pub struct WindowsUniversalAppXContainedApp {
    /// The inherited properties of `mobileContainedApp`.
    #[graph(base)]
    pub base: MobileContainedApp,
    /// The app user model ID of the contained app of a WindowsUniversalAppX app.
    pub app_user_model_id: Option<String>,
}

/// Contains properties and inherited properties for Windows web apps.
#[cfg(feature = "deviceAppManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windowsWebApp")]
pub struct WindowsWebApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
    /// Indicates the Windows web app URL. Example: "<https://www.contoso.com>"
    pub app_url: Option<String>,
}
