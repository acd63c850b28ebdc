//! The types of the area `other`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.accessPackageSuggestionFilterByCurrentUserOptions",
    flags
)]
pub enum AccessPackageSuggestionFilterByCurrentUserOptions {
    None,
    RelatedPeopleAssignments,
    AssignmentHistory,
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.attestationEnforcement")]
pub enum AttestationEnforcement {
    Disabled,
    RegistrationOnly,
    UnknownFutureValue,
}

/// The enum type `microsoft.graph.auditLogRecordType`, which the CSDL declares without members: its values are kept as strings.
#[cfg(feature = "other")]
pub type AuditLogRecordType = String;

/// The enum type `microsoft.graph.auditLogUserType`, which the CSDL declares without members: its values are kept as strings.
#[cfg(feature = "other")]
pub type AuditLogUserType = String;

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callEventType")]
pub enum CallEventType {
    CallStarted,
    CallEnded,
    UnknownFutureValue,
    RosterUpdated,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.certificateStatus")]
pub enum CertificateStatus {
    NotProvisioned,
    Provisioned,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.changeType")]
pub enum ChangeType {
    Created,
    Updated,
    Deleted,
}

/// Enum for the template type used for collecting logs
#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceLogCollectionTemplateType")]
pub enum DeviceLogCollectionTemplateType {
    /// Predefined template for what will be collected
    Predefined,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// Types of reactions to conversation messages.
#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.engagementConversationMessageReactionType")]
pub enum EngagementConversationMessageReactionType {
    /// Like reaction, represented as a thumbs-up hand. A positive sentiment.
    Like,
    /// Love reaction, represented as a solid heart shape. A very positive sentiment.
    Love,
    /// Celebrate reaction, represented as a party hat. A positive sentiment.
    Celebrate,
    /// Thank reaction, represented as applauding hands. A positive sentiment.
    Thank,
    /// Laugh reaction, represented as a grinning face. A positive sentiment.
    Laugh,
    /// Sad reaction, represented as a frowning face. A sympathetic sentiment.
    Sad,
    /// Happy reaction, represented as an open mouth smile face. A very positive sentiment.
    Happy,
    /// Excited reaction, represented as a face with closed eyes and a big smile. A very positive
    /// sentiment.
    Excited,
    /// Smiling reaction, represented as a face with a small smile. A positive sentiment.
    Smile,
    /// Silly reaction, represented as an upside down smiling face. A positive sentiment.
    Silly,
    /// Intense laughter reaction, represented as a crying laughing face. A very positive sentiment.
    IntenseLaugh,
    /// Star struck reaction, represented as a face with stars for eyes. A very positive sentiment.
    StarStruck,
    /// Goofy reaction, represented as a face with tongue sticking out of mouth. A positive
    /// sentiment.
    Goofy,
    /// Thinking reaction, represented as a face with a hand on the chin. A neutral sentiment.
    Thinking,
    /// Surprised reaction, represented as a face with its mouth open. A neutral sentiment.
    Surprised,
    /// Mind blown reaction, represented as a face with its head covered in an exploding cloud. A
    /// positive sentiment.
    MindBlown,
    /// Scared reaction, represented as a face with fearful look. A negative sentiment.
    Scared,
    /// Crying reaction, represented as a face with tears streaming down. A negative sentiment.
    Crying,
    /// Shocked reaction, represented as a face with two hands against cheeks and mouth open. A
    /// negative sentiment.
    Shocked,
    /// Angry reaction, represented as a face with furrowed eyebrows and sad mouth. A very negative
    /// sentiment.
    Angry,
    /// Agree reaction, represented as a hand pointing upward. A positive sentiment.
    Agree,
    /// Praise reaction, represented as two hands facing outward. A positive sentiment.
    Praise,
    /// Taking notes reaction, represented as a hand holding a pen. A neutral sentiment.
    TakingNotes,
    /// Heart broken reaction, represented as a broken heart. A negative sentiment.
    HeartBroken,
    /// Support reaction, represented as red numbers showing 100. A positive sentiment.
    Support,
    /// Confirmed reaction, represented as a green check mark. A neutral sentiment.
    Confirmed,
    /// Watching reaction, represented as two eyeballs. A neutral sentiment.
    Watching,
    /// Brain reaction, represented as a brain. A neutral sentiment.
    Brain,
    /// Medal reaction, represented as a medal hanging from a sash. A positive sentiment.
    Medal,
    /// Bullseye reaction, represented as a target with an arrow in the middle. A positive
    /// sentiment.
    Bullseye,
    /// A marker value for members added after the release of this API.
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.entryExportStatus")]
pub enum EntryExportStatus {
    #[graph(rename = "Noop")]
    Noop,
    #[graph(rename = "Success")]
    Success,
    #[graph(rename = "RetryableError")]
    RetryableError,
    #[graph(rename = "PermanentError")]
    PermanentError,
    #[graph(rename = "Error")]
    Error,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.entrySyncOperation")]
pub enum EntrySyncOperation {
    #[graph(rename = "None")]
    None,
    #[graph(rename = "Add")]
    Add,
    #[graph(rename = "Delete")]
    Delete,
    #[graph(rename = "Update")]
    Update,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.escrowBehavior")]
pub enum EscrowBehavior {
    #[graph(rename = "Default")]
    Default,
    #[graph(rename = "IgnoreLookupReferenceResolutionFailure")]
    IgnoreLookupReferenceResolutionFailure,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.featureType")]
pub enum FeatureType {
    Registration,
    Reset,
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.importedWindowsAutopilotDeviceIdentityUploadStatus")]
pub enum ImportedWindowsAutopilotDeviceIdentityUploadStatus {
    /// No upload status.
    NoUpload,
    /// Pending status.
    Pending,
    /// Complete status.
    Complete,
    /// Error status.
    Error,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.labelActionSource")]
pub enum LabelActionSource {
    Manual,
    Automatic,
    Recommended,
    None,
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.lifecycleEventType")]
pub enum LifecycleEventType {
    Missed,
    SubscriptionRemoved,
    ReauthorizationRequired,
}

/// In macOS 12 and later, this command uses Erase All Content and Settings (EACS) on Mac computers
/// with the Apple M1 chip or the Apple T2 Security Chip. On those devices, if EACS can’t run, the
/// device can use obliteration (macOS 11.x behavior). This key has no effect on machines prior to
/// the T2 chip. Upon receiving this command, the device performs preflight checks to determine if
/// the device is in a state that allows EACS. The ObliterationBehavior value defines the device's
/// fallback behavior.
#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.obliterationBehavior")]
pub enum ObliterationBehavior {
    /// Default. If Erase All Content and Settings (EACS) preflight fails, the device responds to
    /// the server with an Error status and then attempts to erase itself. If EACS preflight
    /// succeeds but EACS fails, then the device attempts to erase itself.
    Default,
    /// If Erase All Content and Settings (EACS) preflight fails, the device responds to the server
    /// with an Error status and doesn’t attempt to erase itself. If EACS preflight succeeds but
    /// EACS fails, then the device doesn’t attempt to erase itself.
    DoNotObliterate,
    /// If Erase All Content and Settings (EACS) preflight fails, the device responds with an
    /// Acknowledged status and then attempts to erase itself. If EACS preflight succeeds but EACS
    /// fails, then the device attempts to erase itself.
    ObliterateWithWarning,
    /// The system doesn’t attempt Erase All Content and Settings (EACS). T2 and later devices
    /// always obliterate.
    Always,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.passkeyTypes", flags)]
pub enum PasskeyTypes {
    DeviceBound,
    Synced,
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.physicalAddressType")]
pub enum PhysicalAddressType {
    Unknown,
    Home,
    Business,
    Other,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.printJobStateDetail")]
pub enum PrintJobStateDetail {
    UploadPending,
    Transforming,
    CompletedSuccessfully,
    CompletedWithWarnings,
    CompletedWithErrors,
    ReleaseWait,
    Interpreting,
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.synchronizationDisposition")]
pub enum SynchronizationDisposition {
    #[graph(rename = "Normal")]
    Normal,
    #[graph(rename = "Discard")]
    Discard,
    #[graph(rename = "Escrow")]
    Escrow,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.usageRights", flags)]
pub enum UsageRights {
    Unknown,
    DocEdit,
    Edit,
    Comment,
    Export,
    Forward,
    Owner,
    Print,
    Reply,
    ReplyAll,
    View,
    Extract,
    ViewRightsData,
    EditRightsData,
    ObjModel,
    AccessDenied,
    UserDefinedProtectionTypeNotSupportedException,
    EncryptedProtectionTypeNotSupportedException,
    PurviewClaimsChallengeNotSupportedException,
    Exception,
    LabelNotFoundException,
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.userScopeType")]
pub enum UserScopeType {
    User,
    Group,
    Tenant,
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.virtualEventRegistrationPredefinedQuestionLabel")]
pub enum VirtualEventRegistrationPredefinedQuestionLabel {
    Street,
    City,
    State,
    PostalCode,
    CountryOrRegion,
    Industry,
    JobTitle,
    Organization,
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.virtualEventRegistrationQuestionAnswerInputType")]
pub enum VirtualEventRegistrationQuestionAnswerInputType {
    Text,
    MultilineText,
    SingleChoice,
    MultiChoice,
    Boolean,
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsAutopilotDeviceType")]
pub enum WindowsAutopilotDeviceType {
    /// Default. Indicates that the device type is a Windows PC.
    WindowsPc,
    /// Indicates that the device type is a HoloLens.
    HoloLens,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsDeviceUsageType")]
pub enum WindowsDeviceUsageType {
    /// Default. Indicates that a device is a single-user device.
    SingleUser,
    /// Indicates that a device is a multi-user device.
    Shared,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.windowsUserType")]
pub enum WindowsUserType {
    /// Indicates that the user has administrator privileges.
    Administrator,
    /// Indicates that the user is a low-rights user without administrator privileges.
    Standard,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.acceptJoinResponse", complex)]
pub struct AcceptJoinResponse {
    /// The inherited properties of `participantJoiningResponse`.
    #[graph(base)]
    pub base: ParticipantJoiningResponse,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attendanceInterval")]
pub struct AttendanceInterval {
    pub duration_in_seconds: Option<i32>,
    pub join_date_time: Option<edm::DateTimeOffset>,
    pub leave_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.changeNotification")]
pub struct ChangeNotification {
    /// Not nullable.
    #[graph(non_nullable)]
    pub change_type: Option<ChangeType>,
    pub client_state: Option<String>,
    pub encrypted_content: Option<ChangeNotificationEncryptedContent>,
    pub id: Option<String>,
    pub lifecycle_event: Option<LifecycleEventType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource: Option<String>,
    pub resource_data: Option<ResourceData>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub subscription_expiration_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub subscription_id: Option<edm::Guid>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub tenant_id: Option<edm::Guid>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.changeNotificationCollection")]
pub struct ChangeNotificationCollection {
    pub validation_tokens: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub value: Option<Vec<ChangeNotification>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.changeNotificationEncryptedContent")]
pub struct ChangeNotificationEncryptedContent {
    /// Not nullable.
    #[graph(non_nullable)]
    pub data: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub data_key: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub data_signature: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub encryption_certificate_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub encryption_certificate_thumbprint: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.commentAction")]
pub struct CommentAction {
    pub is_reply: Option<bool>,
    pub parent_author: Option<AnyIdentitySet>,
    pub participants: Option<Vec<AnyIdentitySet>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.commsNotification")]
pub struct CommsNotification {
    /// Not nullable.
    #[graph(non_nullable)]
    pub change_type: Option<ChangeType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.commsNotifications")]
pub struct CommsNotifications {
    pub value: Option<Vec<CommsNotification>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.ComplexExtensionValue")]
pub struct ComplexExtensionValue {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.computeRightsAndInheritanceResult")]
pub struct ComputeRightsAndInheritanceResult {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub content_rights: Option<Vec<LabelContentRight>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub inherited_label: Option<SensitivityLabel>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sensitivity_labels: Option<Vec<SensitivityLabel>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.createAction")]
pub struct CreateAction {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.customDataProvidedResourceUploadSessionRequest")]
pub struct CustomDataProvidedResourceUploadSessionRequest {
    /// Not nullable.
    #[graph(non_nullable)]
    pub data: Option<crate::custom_data_provided_resource_payloads::AnyData>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.customExtensionCalloutRequest")]
pub struct CustomExtensionCalloutRequest {
    pub data: Option<AnyCustomExtensionData>,
    pub source: Option<String>,
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.customExtensionCalloutResponse")]
pub struct CustomExtensionCalloutResponse {
    pub data: Option<AnyCustomExtensionData>,
    pub source: Option<String>,
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deleteAction")]
pub struct DeleteAction {
    pub name: Option<String>,
    pub object_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Device Exchange Access State summary
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceExchangeAccessStateSummary")]
pub struct DeviceExchangeAccessStateSummary {
    /// Total count of devices with Exchange Access State: Allowed. Not nullable.
    #[graph(non_nullable)]
    pub allowed_device_count: Option<i32>,
    /// Total count of devices with Exchange Access State: Blocked. Not nullable.
    #[graph(non_nullable)]
    pub blocked_device_count: Option<i32>,
    /// Total count of devices with Exchange Access State: Quarantined. Not nullable.
    #[graph(non_nullable)]
    pub quarantined_device_count: Option<i32>,
    /// Total count of devices for which no Exchange Access State could be found. Not nullable.
    #[graph(non_nullable)]
    pub unavailable_device_count: Option<i32>,
    /// Total count of devices with Exchange Access State: Unknown. Not nullable.
    #[graph(non_nullable)]
    pub unknown_device_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Device operating system summary.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceOperatingSystemSummary")]
pub struct DeviceOperatingSystemSummary {
    /// The count of Corporate work profile Android devices. Also known as Corporate Owned
    /// Personally Enabled (COPE). Valid values -1 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub android_corporate_work_profile_count: Option<i32>,
    /// Number of android device count. Not nullable.
    #[graph(non_nullable)]
    pub android_count: Option<i32>,
    /// Number of dedicated Android devices. Not nullable.
    #[graph(non_nullable)]
    pub android_dedicated_count: Option<i32>,
    /// Number of device admin Android devices. Not nullable.
    #[graph(non_nullable)]
    pub android_device_admin_count: Option<i32>,
    /// Number of fully managed Android devices. Not nullable.
    #[graph(non_nullable)]
    pub android_fully_managed_count: Option<i32>,
    /// Number of work profile Android devices. Not nullable.
    #[graph(non_nullable)]
    pub android_work_profile_count: Option<i32>,
    /// Number of ConfigMgr managed devices. Not nullable.
    #[graph(non_nullable)]
    pub config_mgr_device_count: Option<i32>,
    /// Number of iOS device count. Not nullable.
    #[graph(non_nullable)]
    pub ios_count: Option<i32>,
    /// Number of Mac OS X device count. Not nullable.
    #[graph(non_nullable, rename = "macOSCount")]
    pub mac_os_count: Option<i32>,
    /// Number of unknown device count. Not nullable.
    #[graph(non_nullable)]
    pub unknown_count: Option<i32>,
    /// Number of Windows device count. Not nullable.
    #[graph(non_nullable)]
    pub windows_count: Option<i32>,
    /// Number of Windows mobile device count. Not nullable.
    #[graph(non_nullable)]
    pub windows_mobile_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.diagnostic")]
pub struct Diagnostic {
    pub message: Option<String>,
    pub url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.editAction")]
pub struct EditAction {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.emergencyCallerInfo")]
pub struct EmergencyCallerInfo {
    pub display_name: Option<String>,
    pub location: Option<AnyLocation>,
    pub phone_number: Option<String>,
    pub tenant_id: Option<String>,
    pub upn: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fileStorageContainerCustomPropertyValue")]
pub struct FileStorageContainerCustomPropertyValue {
    pub is_searchable: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.insightIdentity")]
pub struct InsightIdentity {
    pub address: Option<String>,
    pub display_name: Option<String>,
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.instanceResourceAccess")]
pub struct InstanceResourceAccess {
    /// Not nullable.
    #[graph(non_nullable)]
    pub permissions: Option<Vec<ResourcePermission>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_app_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.inviteNewBotResponse", complex)]
pub struct InviteNewBotResponse {
    /// The inherited properties of `participantJoiningResponse`.
    #[graph(base)]
    pub base: ParticipantJoiningResponse,
    pub invite_uri: Option<String>,
}

/// Standard way to represent a Json blob on Graph.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.Json")]
pub struct Json {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mentionAction")]
pub struct MentionAction {
    pub mentionees: Option<Vec<AnyIdentitySet>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.metaDataKeyValuePair")]
pub struct MetaDataKeyValuePair {
    pub key: Option<String>,
    pub value: Option<serde_json::Value>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.moveAction")]
pub struct MoveAction {
    pub from: Option<String>,
    pub to: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The Windows Autopilot Deployment Profile settings used by the device for the out-of-box
/// experience. Supports: $select, $top, $skip. $Search, $orderBy and $filter are not supported.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.outOfBoxExperienceSetting")]
pub struct OutOfBoxExperienceSetting {
    /// The Entra join authentication type. Possible values are singleUser and shared. The default
    /// is singleUser. Not nullable.
    #[graph(non_nullable)]
    pub device_usage_type: Option<WindowsDeviceUsageType>,
    /// When TRUE, the link that allows user to start over with a different account on company
    /// sign-in is hidden. When false, the link that allows user to start over with a different
    /// account on company sign-in is available. Default value is FALSE. Not nullable.
    #[graph(non_nullable)]
    pub escape_link_hidden: Option<bool>,
    /// When TRUE, EULA is hidden to the end user during OOBE. When FALSE, EULA is shown to the end
    /// user during OOBE. Default value is FALSE. Not nullable.
    #[graph(non_nullable)]
    pub eula_hidden: Option<bool>,
    /// When TRUE, the keyboard selection page is hidden to the end user during OOBE if Language and
    /// Region are set. When FALSE, the keyboard selection page is skipped during OOBE. Not
    /// nullable.
    #[graph(non_nullable)]
    pub keyboard_selection_page_skipped: Option<bool>,
    /// When TRUE, privacy settings is hidden to the end user during OOBE. When FALSE, privacy
    /// settings is shown to the end user during OOBE. Default value is FALSE. Not nullable.
    #[graph(non_nullable)]
    pub privacy_settings_hidden: Option<bool>,
    /// The type of user. Possible values are administrator and standard. Default value is
    /// administrator. Yes No. Not nullable.
    #[graph(non_nullable)]
    pub user_type: Option<WindowsUserType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.participantJoiningResponse", abstract)]
pub struct ParticipantJoiningResponse {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.participantJoiningResponse`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `ParticipantJoiningResponse`, keeping its `@odata.type` and properties.
#[cfg(feature = "other")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyParticipantJoiningResponse {
    /// `microsoft.graph.acceptJoinResponse`.
    AcceptJoinResponse(AcceptJoinResponse),
    /// `microsoft.graph.inviteNewBotResponse`.
    InviteNewBotResponse(InviteNewBotResponse),
    /// `microsoft.graph.rejectJoinResponse`.
    RejectJoinResponse(RejectJoinResponse),
    /// `microsoft.graph.participantJoiningResponse` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ParticipantJoiningResponse),
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.plannerAssignment")]
pub struct PlannerAssignment {
    pub assigned_by: Option<AnyIdentitySet>,
    pub assigned_date_time: Option<edm::DateTimeOffset>,
    pub order_hint: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.plannerChecklistItem")]
pub struct PlannerChecklistItem {
    pub is_checked: Option<bool>,
    pub last_modified_by: Option<AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub order_hint: Option<String>,
    pub title: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.plannerExternalReference")]
pub struct PlannerExternalReference {
    pub alias: Option<String>,
    pub last_modified_by: Option<AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub preview_priority: Option<String>,
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printDocumentUploadProperties")]
pub struct PrintDocumentUploadProperties {
    /// Not nullable.
    #[graph(non_nullable)]
    pub content_type: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub document_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub size: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printJobConfiguration")]
pub struct PrintJobConfiguration {
    pub collate: Option<bool>,
    pub color_mode: Option<PrintColorMode>,
    pub copies: Option<i32>,
    pub dpi: Option<i32>,
    pub duplex_mode: Option<PrintDuplexMode>,
    pub feed_orientation: Option<PrinterFeedOrientation>,
    pub finishings: Option<Vec<PrintFinishing>>,
    pub fit_pdf_to_page: Option<bool>,
    pub input_bin: Option<String>,
    pub margin: Option<PrintMargin>,
    pub media_size: Option<String>,
    pub media_type: Option<String>,
    pub multipage_layout: Option<PrintMultipageLayout>,
    pub orientation: Option<PrintOrientation>,
    pub output_bin: Option<String>,
    pub page_ranges: Option<Vec<IntegerRange>>,
    pub pages_per_sheet: Option<i32>,
    pub quality: Option<PrintQuality>,
    pub scaling: Option<PrintScaling>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printJobStatus")]
pub struct PrintJobStatus {
    /// Not nullable.
    #[graph(non_nullable)]
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub details: Option<Vec<PrintJobStateDetail>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_acquired_by_printer: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<PrintJobProcessingState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printMargin")]
pub struct PrintMargin {
    pub bottom: Option<i32>,
    pub left: Option<i32>,
    pub right: Option<i32>,
    pub top: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.protectedContent")]
pub struct ProtectedContent {
    pub cid: Option<String>,
    pub format: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub label_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.publicErrorResponse")]
pub struct PublicErrorResponse {
    pub error: Option<PublicError>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.rejectJoinResponse", complex)]
pub struct RejectJoinResponse {
    /// The inherited properties of `participantJoiningResponse`.
    #[graph(base)]
    pub base: ParticipantJoiningResponse,
    /// Not nullable.
    #[graph(non_nullable)]
    pub reason: Option<RejectReason>,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.renameAction")]
pub struct RenameAction {
    pub new_name: Option<String>,
    pub old_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resourceData")]
pub struct ResourceData {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resourcePermission")]
pub struct ResourcePermission {
    /// Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resourceReference")]
pub struct ResourceReference {
    pub id: Option<String>,
    pub r#type: Option<String>,
    pub web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resourceVisualization")]
pub struct ResourceVisualization {
    pub container_display_name: Option<String>,
    pub container_type: Option<String>,
    pub container_web_url: Option<String>,
    pub media_type: Option<String>,
    pub preview_image_url: Option<String>,
    pub preview_text: Option<String>,
    pub title: Option<String>,
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.restoreAction")]
pub struct RestoreAction {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resultTemplate")]
pub struct ResultTemplate {
    pub body: Option<serde_json::Value>,
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.shareAction")]
pub struct ShareAction {
    pub recipients: Option<Vec<AnyIdentitySet>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharingDetail")]
pub struct SharingDetail {
    pub shared_by: Option<InsightIdentity>,
    pub shared_date_time: Option<edm::DateTimeOffset>,
    #[graph(read_only)]
    pub sharing_reference: Option<ResourceReference>,
    pub sharing_subject: Option<String>,
    pub sharing_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamClassSettings")]
pub struct TeamClassSettings {
    pub notify_guardians_about_assignments: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.usageDetails")]
pub struct UsageDetails {
    pub last_accessed_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.versionAction")]
pub struct VersionAction {
    pub new_version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.workbookFilterDatetime")]
pub struct WorkbookFilterDatetime {
    pub date: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub specificity: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.workbookRangeReference")]
pub struct WorkbookRangeReference {
    pub address: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "agreements", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.agreementFileProperties"
)]
pub struct AgreementFileProperties {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub display_name: Option<String>,
    pub file_data: Option<AgreementFileData>,
    pub file_name: Option<String>,
    pub is_default: Option<bool>,
    pub is_major_version: Option<bool>,
    pub language: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.agreementFileProperties`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `AgreementFileProperties`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "agreements", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAgreementFileProperties {
    /// `microsoft.graph.agreementFile`.
    #[cfg(feature = "agreements")]
    AgreementFile(AgreementFile),
    /// `microsoft.graph.agreementFileLocalization`.
    #[cfg(feature = "agreements")]
    AgreementFileLocalization(AgreementFileLocalization),
    /// `microsoft.graph.agreementFileVersion`.
    #[cfg(feature = "agreements")]
    AgreementFileVersion(AgreementFileVersion),
    /// `microsoft.graph.agreementFileProperties` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AgreementFileProperties),
}

#[cfg(any(feature = "copilot", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.aiInteraction")]
pub struct AiInteraction {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub app_class: Option<String>,
    pub attachments: Option<Vec<AiInteractionAttachment>>,
    pub body: Option<ItemBody>,
    pub contexts: Option<Vec<AiInteractionContext>>,
    pub conversation_type: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub etag: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub from: Option<AnyIdentitySet>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub interaction_type: Option<AiInteractionType>,
    pub links: Option<Vec<AiInteractionLink>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub locale: Option<String>,
    pub mentions: Option<Vec<AiInteractionMention>>,
    pub request_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub session_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.attendanceRecord")]
pub struct AttendanceRecord {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub attendance_intervals: Option<Vec<AttendanceInterval>>,
    pub email_address: Option<String>,
    pub external_registration_information: Option<VirtualEventExternalRegistrationInformation>,
    pub identity: Option<AnyIdentity>,
    pub registration_id: Option<String>,
    pub role: Option<String>,
    pub total_attendance_in_seconds: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authenticationConditionApplication")]
pub struct AuthenticationConditionApplication {
    /// Not nullable.
    #[graph(key, non_nullable)]
    pub app_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "drives",
    feature = "shares",
    feature = "sites",
    feature = "storage",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.baseItem", abstract)]
pub struct BaseItem {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<AnyIdentitySet>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub e_tag: Option<String>,
    pub last_modified_by: Option<AnyIdentitySet>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub name: Option<String>,
    pub parent_reference: Option<ItemReference>,
    pub web_url: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `users`, `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    #[graph(read_only)]
    pub created_by_user: Option<Box<User>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `users`, `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    #[graph(read_only)]
    pub last_modified_by_user: Option<Box<User>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.baseItem`: the type itself or any of its derived types this build declares (a
/// value without `@odata.type` is the type itself); a value of another derived type reads as
/// `BaseItem`, keeping its `@odata.type` and properties.
#[cfg(any(
    feature = "drives",
    feature = "shares",
    feature = "sites",
    feature = "storage",
    feature = "other"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyBaseItem {
    /// `microsoft.graph.baseSitePage`.
    #[cfg(feature = "sites")]
    BaseSitePage(BaseSitePage),
    /// `microsoft.graph.sitePage`.
    #[cfg(feature = "sites")]
    SitePage(SitePage),
    /// `microsoft.graph.drive`.
    #[cfg(feature = "drives")]
    Drive(Drive),
    /// `microsoft.graph.driveItem`.
    #[cfg(feature = "drives")]
    DriveItem(DriveItem),
    /// `microsoft.graph.list`.
    #[cfg(feature = "drives")]
    List(List),
    /// `microsoft.graph.listItem`.
    #[cfg(feature = "drives")]
    ListItem(ListItem),
    /// `microsoft.graph.recycleBin`.
    #[cfg(feature = "storage")]
    RecycleBin(RecycleBin),
    /// `microsoft.graph.recycleBinItem`.
    #[cfg(feature = "storage")]
    RecycleBinItem(RecycleBinItem),
    /// `microsoft.graph.sharedDriveItem`.
    #[cfg(feature = "shares")]
    SharedDriveItem(SharedDriveItem),
    /// `microsoft.graph.site`.
    #[cfg(feature = "sites")]
    Site(Site),
    /// `microsoft.graph.baseItem` itself, or a type this build does not declare.
    #[graph(other)]
    Other(BaseItem),
}

#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.baseItemVersion",
    abstract
)]
pub struct BaseItemVersion {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub last_modified_by: Option<AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub publication: Option<PublicationFacet>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.baseItemVersion`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `BaseItemVersion`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyBaseItemVersion {
    /// `microsoft.graph.driveItemVersion`.
    #[cfg(feature = "drives")]
    DriveItemVersion(DriveItemVersion),
    /// `microsoft.graph.listItemVersion`.
    #[cfg(feature = "drives")]
    ListItemVersion(ListItemVersion),
    /// `microsoft.graph.documentSetVersion`.
    #[cfg(feature = "drives")]
    DocumentSetVersion(DocumentSetVersion),
    /// `microsoft.graph.baseItemVersion` itself, or a type this build does not declare.
    #[graph(other)]
    Other(BaseItemVersion),
}

#[cfg(any(feature = "places", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.baseMapFeature",
    abstract
)]
pub struct BaseMapFeature {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub properties: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.baseMapFeature`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `BaseMapFeature`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "places", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyBaseMapFeature {
    /// `microsoft.graph.buildingMap`.
    #[cfg(feature = "places")]
    BuildingMap(BuildingMap),
    /// `microsoft.graph.fixtureMap`.
    #[cfg(feature = "places")]
    FixtureMap(FixtureMap),
    /// `microsoft.graph.footprintMap`.
    #[cfg(feature = "places")]
    FootprintMap(FootprintMap),
    /// `microsoft.graph.levelMap`.
    #[cfg(feature = "places")]
    LevelMap(LevelMap),
    /// `microsoft.graph.sectionMap`.
    #[cfg(feature = "places")]
    SectionMap(SectionMap),
    /// `microsoft.graph.unitMap`.
    #[cfg(feature = "places")]
    UnitMap(UnitMap),
    /// `microsoft.graph.baseMapFeature` itself, or a type this build does not declare.
    #[graph(other)]
    Other(BaseMapFeature),
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.callEvent")]
pub struct CallEvent {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub call_event_type: Option<CallEventType>,
    pub event_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `communications`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "communications")]
    #[graph(read_only)]
    pub participants: Option<Vec<Participant>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.callEvent`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `CallEvent`, keeping its `@odata.type` and properties.
#[cfg(feature = "other")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCallEvent {
    /// `microsoft.graph.emergencyCallEvent`.
    EmergencyCallEvent(EmergencyCallEvent),
    /// `microsoft.graph.callEvent` itself, or a type this build does not declare.
    #[graph(other)]
    Other(CallEvent),
}

#[cfg(any(
    feature = "teams",
    feature = "users",
    feature = "teamwork",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.changeTrackedEntity",
    abstract,
    action = "stageForDeletion"
)]
pub struct ChangeTrackedEntity {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    #[graph(read_only)]
    pub last_modified_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.changeTrackedEntity`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ChangeTrackedEntity`, keeping its `@odata.type` and properties.
#[cfg(any(
    feature = "teams",
    feature = "users",
    feature = "teamwork",
    feature = "other"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyChangeTrackedEntity {
    /// `microsoft.graph.dayNote`.
    #[cfg(feature = "teams")]
    DayNote(DayNote),
    /// `microsoft.graph.openShift`.
    #[cfg(feature = "teams")]
    OpenShift(OpenShift),
    /// `microsoft.graph.offerShiftRequest`.
    #[cfg(feature = "teams")]
    OfferShiftRequest(OfferShiftRequest),
    /// `microsoft.graph.swapShiftsChangeRequest`.
    #[cfg(feature = "teams")]
    SwapShiftsChangeRequest(SwapShiftsChangeRequest),
    /// `microsoft.graph.openShiftChangeRequest`.
    #[cfg(feature = "teams")]
    OpenShiftChangeRequest(OpenShiftChangeRequest),
    /// `microsoft.graph.timeOffRequest`.
    #[cfg(feature = "teams")]
    TimeOffRequest(TimeOffRequest),
    /// `microsoft.graph.schedulingGroup`.
    #[cfg(feature = "teams")]
    SchedulingGroup(SchedulingGroup),
    /// `microsoft.graph.shift`.
    #[cfg(feature = "teams")]
    Shift(Shift),
    /// `microsoft.graph.shiftPreferences`.
    #[cfg(feature = "users")]
    ShiftPreferences(ShiftPreferences),
    /// `microsoft.graph.timeCard`.
    #[cfg(feature = "teams")]
    TimeCard(TimeCard),
    /// `microsoft.graph.timeOff`.
    #[cfg(feature = "teams")]
    TimeOff(TimeOff),
    /// `microsoft.graph.timeOffReason`.
    #[cfg(feature = "teams")]
    TimeOffReason(TimeOffReason),
    /// `microsoft.graph.workforceIntegration`.
    #[cfg(feature = "teamwork")]
    WorkforceIntegration(WorkforceIntegration),
    /// `microsoft.graph.changeTrackedEntity` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ChangeTrackedEntity),
}

#[cfg(any(feature = "copilot", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.copilotPackage")]
pub struct CopilotPackage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub app_id: Option<String>,
    pub asset_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub available_to: Option<PackageStatus>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub deployed_to: Option<PackageStatus>,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub element_types: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_blocked: Option<bool>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub manifest_id: Option<String>,
    pub manifest_version: Option<String>,
    pub owner_id: Option<String>,
    pub platform: Option<String>,
    pub publisher: Option<String>,
    pub short_description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub supported_hosts: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<PackageType>,
    pub version: Option<String>,
    pub zip_file: Option<edm::Stream>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.copilotPackage`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `CopilotPackage`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "copilot", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCopilotPackage {
    /// `microsoft.graph.copilotPackageDetail`.
    #[cfg(feature = "copilot")]
    CopilotPackageDetail(CopilotPackageDetail),
    /// `microsoft.graph.copilotPackage` itself, or a type this build does not declare.
    #[graph(other)]
    Other(CopilotPackage),
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.customDataProvidedResourceFile"
)]
pub struct CustomDataProvidedResourceFile {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub size: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub uploaded_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "security", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.dataSecurityAndGovernance",
    abstract
)]
#[cfg_attr(feature = "other", graph(contains(name = "sensitivityLabels", target = SensitivityLabel)))]
pub struct DataSecurityAndGovernance {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `other`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub sensitivity_labels: Option<Vec<SensitivityLabel>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.dataSecurityAndGovernance`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `DataSecurityAndGovernance`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "users", feature = "security", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDataSecurityAndGovernance {
    /// `microsoft.graph.tenantDataSecurityAndGovernance`.
    #[cfg(feature = "security")]
    TenantDataSecurityAndGovernance(TenantDataSecurityAndGovernance),
    /// `microsoft.graph.userDataSecurityAndGovernance`.
    #[cfg(feature = "users")]
    UserDataSecurityAndGovernance(UserDataSecurityAndGovernance),
    /// `microsoft.graph.dataSecurityAndGovernance` itself, or a type this build does not declare.
    #[graph(other)]
    Other(DataSecurityAndGovernance),
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.deltaParticipants")]
#[cfg_attr(feature = "communications", graph(contains(name = "participants", target = Participant)))]
pub struct DeltaParticipants {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub sequence_number: Option<edm::Int64>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `communications`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "communications")]
    #[graph(read_only)]
    pub participants: Option<Vec<Participant>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Entity representing the configuration of a cached report.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceManagementCachedReportConfiguration"
)]
pub struct DeviceManagementCachedReportConfiguration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "education", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.educationOrganization",
    abstract
)]
pub struct EducationOrganization {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub external_source: Option<EducationExternalSource>,
    pub external_source_detail: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.educationOrganization`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `EducationOrganization`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "education", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyEducationOrganization {
    /// `microsoft.graph.educationSchool`.
    #[cfg(feature = "education")]
    EducationSchool(EducationSchool),
    /// `microsoft.graph.educationOrganization` itself, or a type this build does not declare.
    #[graph(other)]
    Other(EducationOrganization),
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.emergencyCallEvent")]
pub struct EmergencyCallEvent {
    /// The inherited properties of `callEvent`.
    #[graph(base)]
    pub base: CallEvent,
    pub caller_info: Option<EmergencyCallerInfo>,
    pub emergency_number_dialed: Option<String>,
    pub policy_name: Option<String>,
}

/// Represents a conversation in Viva Engage.
#[cfg(any(feature = "communications", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.engagementConversation",
    abstract,
    contains(name = "messages", target = EngagementConversationMessage),
    contains(name = "starter", target = EngagementConversationMessage, single)
)]
pub struct EngagementConversation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Indicates that the conversation is in migration state and is currently being used for
    /// migration purposes. Not nullable.
    #[graph(non_nullable)]
    pub creation_mode: Option<EngagementCreationMode>,
    /// The id of the first message in this conversation. Not nullable.
    #[graph(non_nullable)]
    pub starter_id: Option<String>,
    /// The messages in the conversation. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub messages: Option<Vec<AnyEngagementConversationMessage>>,
    /// The first message in this conversation. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub starter: Option<Box<AnyEngagementConversationMessage>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.engagementConversation`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `EngagementConversation`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "communications", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyEngagementConversation {
    /// `microsoft.graph.onlineMeetingEngagementConversation`.
    #[cfg(feature = "communications")]
    OnlineMeetingEngagementConversation(OnlineMeetingEngagementConversation),
    /// `microsoft.graph.engagementConversation` itself, or a type this build does not declare.
    #[graph(other)]
    Other(EngagementConversation),
}

/// A Viva Engage conversation discussion message.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.engagementConversationDiscussionMessage")]
pub struct EngagementConversationDiscussionMessage {
    /// The inherited properties of `engagementConversationMessage`.
    #[graph(base)]
    pub base: EngagementConversationMessage,
}

/// A Viva Engage conversation message.
#[cfg(any(feature = "communications", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.engagementConversationMessage",
    contains(name = "replies", target = EngagementConversationMessage)
)]
#[cfg_attr(feature = "other", graph(contains(name = "reactions", target = EngagementConversationMessageReaction)))]
pub struct EngagementConversationMessage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The body of the message. Not nullable.
    #[graph(non_nullable)]
    pub body: Option<ItemBody>,
    /// The UTC date the message was created. Can only be set during migration. Not nullable.
    #[graph(read_only, non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Indicates that the conversation is in migration state and is currently being used for
    /// migration purposes. Not nullable.
    #[graph(non_nullable)]
    pub creation_mode: Option<EngagementCreationMode>,
    /// Details of the sender of the conversation. Can only be set during migration and/or
    /// delegation.
    pub from: Option<EngagementIdentitySet>,
    /// The UTC date this message was last edited. Not nullable.
    #[graph(read_only, non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// The id of the message that this message is a reply to.
    pub reply_to_id: Option<String>,
    /// The Engage conversation this message is associated with. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub conversation: Option<Box<AnyEngagementConversation>>,
    /// The reactions in the message. Navigation property: read when `$expand`ed, never written.
    /// Declared with the feature `other`; without, an `$expand`ed value is kept in
    /// `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub reactions: Option<Vec<EngagementConversationMessageReaction>>,
    /// The replies to the message. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub replies: Option<Vec<AnyEngagementConversationMessage>>,
    /// The message that this message is a reply to. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub reply_to: Option<Box<AnyEngagementConversationMessage>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.engagementConversationMessage`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `EngagementConversationMessage`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "communications", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyEngagementConversationMessage {
    /// `microsoft.graph.engagementConversationDiscussionMessage`.
    #[cfg(feature = "other")]
    EngagementConversationDiscussionMessage(EngagementConversationDiscussionMessage),
    /// `microsoft.graph.engagementConversationQuestionMessage`.
    #[cfg(feature = "other")]
    EngagementConversationQuestionMessage(EngagementConversationQuestionMessage),
    /// `microsoft.graph.engagementConversationSystemMessage`.
    #[cfg(feature = "other")]
    EngagementConversationSystemMessage(EngagementConversationSystemMessage),
    /// `microsoft.graph.engagementConversationMessage` itself, or a type this build does not declare.
    #[graph(other)]
    Other(EngagementConversationMessage),
}

/// A reaction to a conversation message.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.engagementConversationMessageReaction"
)]
pub struct EngagementConversationMessageReaction {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The UTC date the message was created. Can only be set during migration. Not nullable.
    #[graph(read_only, non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// The identity who reacted to the message. Not nullable.
    #[graph(read_only, non_nullable)]
    pub reaction_by: Option<EngagementIdentitySet>,
    /// The type of reaction. Not nullable.
    #[graph(read_only, non_nullable)]
    pub reaction_type: Option<EngagementConversationMessageReactionType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A Viva Engage conversation question message.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.engagementConversationQuestionMessage")]
pub struct EngagementConversationQuestionMessage {
    /// The inherited properties of `engagementConversationMessage`.
    #[graph(base)]
    pub base: EngagementConversationMessage,
    /// The title of the question. Not nullable.
    #[graph(non_nullable)]
    pub title: Option<String>,
}

/// A Viva Engage conversation system message.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.engagementConversationSystemMessage")]
pub struct EngagementConversationSystemMessage {
    /// The inherited properties of `engagementConversationMessage`.
    #[graph(base)]
    pub base: EngagementConversationMessage,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.enterpriseCodeSigningCertificate"
)]
pub struct EnterpriseCodeSigningCertificate {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The Windows Enterprise Code-Signing Certificate in the raw data format. Set to null once
    /// certificate has been uploaded and other properties have been populated.
    pub content: Option<edm::Binary>,
    /// The cert expiration date and time (using ISO 8601 format, in UTC time). Uploading a valid
    /// cert file through the Intune admin console will automatically populate this value in the
    /// HTTP response. Supports: $filter, $select, $top, $OrderBy, $skip. $Search is not supported.
    /// Not nullable.
    #[graph(non_nullable)]
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    /// The issuer value for the cert. This might contain information such as country (C), state or
    /// province (S), locality (L), common name of the cert (CN), organization (O), and
    /// organizational unit (OU). Uploading a valid cert file through the Intune admin console will
    /// automatically populate this value in the HTTP response. Supports: $filter, $select, $top,
    /// $OrderBy, $skip. $Search is not supported.
    pub issuer: Option<String>,
    /// The issuer name for the cert. This might contain information such as country (C), state or
    /// province (S), locality (L), common name of the cert (CN), organization (O), and
    /// organizational unit (OU). Uploading a valid cert file through the Intune admin console will
    /// automatically populate this value in the HTTP response. Supports: $filter, $select, $top,
    /// $OrderBy, $skip. $Search is not supported.
    pub issuer_name: Option<String>,
    /// Whether the Certificate Status Provisioned or not Provisioned. Possible values are:
    /// notProvisioned, provisioned. Default is notProvisioned. Uploading a valid cert file through
    /// the Intune admin console will automatically populate this value in the HTTP response.
    /// Supports: $filter, $select, $top, $OrderBy, $skip. $Search is not supported. Not nullable.
    #[graph(non_nullable)]
    pub status: Option<CertificateStatus>,
    /// The subject value for the cert. This might contain information such as country (C), state or
    /// province (S), locality (L), common name of the cert (CN), organization (O), and
    /// organizational unit (OU). Uploading a valid cert file through the Intune admin console will
    /// automatically populate this value in the HTTP response. Supports: $filter, $select, $top,
    /// $OrderBy, $skip. $Search is not supported.
    pub subject: Option<String>,
    /// The subject name for the cert. This might contain information such as country (C), state or
    /// province (S), locality (L), common name of the cert (CN), organization (O), and
    /// organizational unit (OU). Uploading a valid cert file through the Intune admin console will
    /// automatically populate this value in the HTTP response. Supports: $filter, $select, $top,
    /// $OrderBy, $skip. $Search is not supported.
    pub subject_name: Option<String>,
    /// The date time of CodeSigning Cert when it is uploaded (using ISO 8601 format, in UTC time).
    /// Uploading a valid cert file through the Intune admin console will automatically populate
    /// this value in the HTTP response. Supports: $filter, $select, $top, $OrderBy, $skip. $Search
    /// is not supported. Not nullable.
    #[graph(non_nullable)]
    pub upload_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "admin", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.exchangeMessageTraceDetail"
)]
pub struct ExchangeMessageTraceDetail {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub action: Option<String>,
    pub data: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub event: Option<String>,
    pub message_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.granularRestoreArtifactBase"
)]
pub struct GranularRestoreArtifactBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub browse_session_id: Option<String>,
    pub completion_date_time: Option<edm::DateTimeOffset>,
    pub restored_item_key: Option<String>,
    pub restored_item_path: Option<String>,
    pub restored_item_web_url: Option<String>,
    pub restore_point_date_time: Option<edm::DateTimeOffset>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<ArtifactRestoreStatus>,
    pub web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.granularRestoreArtifactBase`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `GranularRestoreArtifactBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyGranularRestoreArtifactBase {
    /// `microsoft.graph.granularDriveRestoreArtifact`.
    #[cfg(feature = "solutions")]
    GranularDriveRestoreArtifact(GranularDriveRestoreArtifact),
    /// `microsoft.graph.granularSiteRestoreArtifact`.
    #[cfg(feature = "solutions")]
    GranularSiteRestoreArtifact(GranularSiteRestoreArtifact),
    /// `microsoft.graph.granularRestoreArtifactBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(GranularRestoreArtifactBase),
}

#[cfg(any(feature = "identity", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.identityUserFlow")]
pub struct IdentityUserFlow {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_flow_type: Option<UserFlowType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_flow_type_version: Option<f32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.identityUserFlow`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `IdentityUserFlow`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "identity", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyIdentityUserFlow {
    /// `microsoft.graph.b2xIdentityUserFlow`.
    #[cfg(feature = "identity")]
    B2xIdentityUserFlow(B2xIdentityUserFlow),
    /// `microsoft.graph.identityUserFlow` itself, or a type this build does not declare.
    #[graph(other)]
    Other(IdentityUserFlow),
}

/// Import windows autopilot devices using upload.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload"
)]
#[cfg_attr(feature = "deviceManagement", graph(contains(name = "deviceIdentities", target = ImportedWindowsAutopilotDeviceIdentity)))]
pub struct ImportedWindowsAutopilotDeviceIdentityUpload {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// DateTime when the entity is created. Not nullable.
    #[graph(non_nullable)]
    pub created_date_time_utc: Option<edm::DateTimeOffset>,
    /// Upload status. Not nullable.
    #[graph(non_nullable)]
    pub status: Option<ImportedWindowsAutopilotDeviceIdentityUploadStatus>,
    /// Collection of all Autopilot devices as a part of this upload. Navigation property: read when
    /// `$expand`ed, never written. Declared with the feature `deviceManagement`; without, an
    /// `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "deviceManagement")]
    #[graph(read_only)]
    pub device_identities: Option<Vec<ImportedWindowsAutopilotDeviceIdentity>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A class containing the properties used for Group Assignment of an iOS LOB App Provisioning and
/// Configuration.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.iosLobAppProvisioningConfigurationAssignment"
)]
pub struct IosLobAppProvisioningConfigurationAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The target group assignment defined by the admin.
    pub target: Option<AnyDeviceAndAppManagementAssignmentTarget>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.labelContentRight")]
pub struct LabelContentRight {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub cid: Option<String>,
    pub format: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub rights: Option<Flags<UsageRights>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub label: Option<SensitivityLabel>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Summary data for managed devices
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.managedDeviceOverview")]
pub struct ManagedDeviceOverview {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Distribution of Exchange Access State in Intune
    pub device_exchange_access_state_summary: Option<DeviceExchangeAccessStateSummary>,
    /// Device operating system summary.
    pub device_operating_system_summary: Option<DeviceOperatingSystemSummary>,
    /// The number of devices enrolled in both MDM and EAS. Not nullable.
    #[graph(non_nullable)]
    pub dual_enrolled_device_count: Option<i32>,
    /// Total enrolled device count. Does not include PC devices managed via Intune PC Agent. Not
    /// nullable.
    #[graph(non_nullable)]
    pub enrolled_device_count: Option<i32>,
    /// The number of devices enrolled in MDM. Not nullable.
    #[graph(non_nullable)]
    pub mdm_enrolled_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.meetingAttendanceReport",
    contains(name = "attendanceRecords", target = AttendanceRecord)
)]
pub struct MeetingAttendanceReport {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub external_event_information: Option<Vec<VirtualEventExternalInformation>>,
    pub meeting_end_date_time: Option<edm::DateTimeOffset>,
    pub meeting_start_date_time: Option<edm::DateTimeOffset>,
    pub total_participant_count: Option<i32>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub attendance_records: Option<Vec<AttendanceRecord>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "users", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.officeGraphInsights",
    also_reads = "microsoft.graph.itemInsights"
)]
#[cfg_attr(feature = "other", graph(contains(name = "shared", target = SharedInsight)))]
#[cfg_attr(feature = "other", graph(contains(name = "trending", target = Trending)))]
#[cfg_attr(feature = "other", graph(contains(name = "used", target = UsedInsight)))]
pub struct OfficeGraphInsights {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `other`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub shared: Option<Vec<SharedInsight>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `other`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub trending: Option<Vec<Trending>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `other`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub used: Option<Vec<UsedInsight>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "groups", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.onenoteEntityBaseModel",
    abstract
)]
pub struct OnenoteEntityBaseModel {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub self_: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.onenoteEntityBaseModel`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `OnenoteEntityBaseModel`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "groups", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOnenoteEntityBaseModel {
    /// `microsoft.graph.notebook`.
    #[cfg(feature = "groups")]
    Notebook(Notebook),
    /// `microsoft.graph.onenoteSection`.
    #[cfg(feature = "groups")]
    OnenoteSection(OnenoteSection),
    /// `microsoft.graph.sectionGroup`.
    #[cfg(feature = "groups")]
    SectionGroup(SectionGroup),
    /// `microsoft.graph.onenotePage`.
    #[cfg(feature = "groups")]
    OnenotePage(OnenotePage),
    /// `microsoft.graph.onenoteResource`.
    #[cfg(feature = "groups")]
    OnenoteResource(OnenoteResource),
    /// `microsoft.graph.onenoteEntityBaseModel` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OnenoteEntityBaseModel),
}

#[cfg(any(feature = "groups", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onenoteEntityHierarchyModel", abstract)]
pub struct OnenoteEntityHierarchyModel {
    /// The inherited properties of `onenoteEntitySchemaObjectModel`.
    #[graph(base)]
    pub base: OnenoteEntitySchemaObjectModel,
    pub created_by: Option<AnyIdentitySet>,
    pub display_name: Option<String>,
    pub last_modified_by: Option<AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
}

/// A `microsoft.graph.onenoteEntityHierarchyModel`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `OnenoteEntityHierarchyModel`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "groups", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOnenoteEntityHierarchyModel {
    /// `microsoft.graph.notebook`.
    #[cfg(feature = "groups")]
    Notebook(Notebook),
    /// `microsoft.graph.onenoteSection`.
    #[cfg(feature = "groups")]
    OnenoteSection(OnenoteSection),
    /// `microsoft.graph.sectionGroup`.
    #[cfg(feature = "groups")]
    SectionGroup(SectionGroup),
    /// `microsoft.graph.onenoteEntityHierarchyModel` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OnenoteEntityHierarchyModel),
}

#[cfg(any(feature = "groups", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onenoteEntitySchemaObjectModel",
    abstract
)]
pub struct OnenoteEntitySchemaObjectModel {
    /// The inherited properties of `onenoteEntityBaseModel`.
    #[graph(base)]
    pub base: OnenoteEntityBaseModel,
    pub created_date_time: Option<edm::DateTimeOffset>,
}

/// A `microsoft.graph.onenoteEntitySchemaObjectModel`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `OnenoteEntitySchemaObjectModel`, keeping its `@odata.type` and
/// properties.
#[cfg(any(feature = "groups", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOnenoteEntitySchemaObjectModel {
    /// `microsoft.graph.notebook`.
    #[cfg(feature = "groups")]
    Notebook(Notebook),
    /// `microsoft.graph.onenoteSection`.
    #[cfg(feature = "groups")]
    OnenoteSection(OnenoteSection),
    /// `microsoft.graph.sectionGroup`.
    #[cfg(feature = "groups")]
    SectionGroup(SectionGroup),
    /// `microsoft.graph.onenotePage`.
    #[cfg(feature = "groups")]
    OnenotePage(OnenotePage),
    /// `microsoft.graph.onenoteEntitySchemaObjectModel` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OnenoteEntitySchemaObjectModel),
}

#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.onlineMeetingBase",
    abstract
)]
#[cfg_attr(feature = "other", graph(contains(name = "attendanceReports", target = MeetingAttendanceReport)))]
pub struct OnlineMeetingBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub allow_attendee_to_enable_camera: Option<bool>,
    pub allow_attendee_to_enable_mic: Option<bool>,
    pub allow_breakout_rooms: Option<bool>,
    pub allow_copying_and_sharing_meeting_content: Option<bool>,
    pub allowed_lobby_admitters: Option<AllowedLobbyAdmitterRoles>,
    pub allowed_presenters: Option<OnlineMeetingPresenters>,
    pub allow_live_share: Option<MeetingLiveShareOptions>,
    pub allow_meeting_chat: Option<MeetingChatMode>,
    pub allow_participants_to_change_name: Option<bool>,
    pub allow_power_point_sharing: Option<bool>,
    pub allow_recording: Option<bool>,
    pub allow_teamwork_reactions: Option<bool>,
    pub allow_transcription: Option<bool>,
    pub allow_whiteboard: Option<bool>,
    pub audio_conferencing: Option<AudioConferencing>,
    pub chat_info: Option<ChatInfo>,
    pub chat_restrictions: Option<ChatRestrictions>,
    pub cloud_video_interop_info: Option<CloudVideoInteropInfo>,
    pub expiry_date_time: Option<edm::DateTimeOffset>,
    pub is_end_to_end_encryption_enabled: Option<bool>,
    pub is_entry_exit_announced: Option<bool>,
    pub join_information: Option<ItemBody>,
    pub join_meeting_id_settings: Option<JoinMeetingIdSettings>,
    pub join_web_url: Option<String>,
    pub lobby_bypass_settings: Option<LobbyBypassSettings>,
    pub meeting_options_web_url: Option<String>,
    pub meeting_spoken_language_tag: Option<String>,
    pub meeting_type: Option<OnlineMeetingType>,
    pub record_automatically: Option<bool>,
    pub sensitivity_label_assignment: Option<OnlineMeetingSensitivityLabelAssignment>,
    pub share_meeting_chat_history_default: Option<MeetingChatHistoryDefaultMode>,
    pub subject: Option<String>,
    pub video_teleconference_id: Option<String>,
    pub watermark_protection: Option<WatermarkProtectionValues>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `other`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub attendance_reports: Option<Vec<MeetingAttendanceReport>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.onlineMeetingBase`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `OnlineMeetingBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "users", feature = "solutions", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOnlineMeetingBase {
    /// `microsoft.graph.onlineMeeting`.
    #[cfg(feature = "users")]
    OnlineMeeting(OnlineMeeting),
    /// `microsoft.graph.virtualEventSession`.
    #[cfg(feature = "solutions")]
    VirtualEventSession(VirtualEventSession),
    /// `microsoft.graph.onlineMeetingBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OnlineMeetingBase),
}

#[cfg(any(feature = "groups", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.operation")]
pub struct Operation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub last_action_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<OperationStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.operation`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `Operation`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "groups", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOperation {
    /// `microsoft.graph.onenoteOperation`.
    #[cfg(feature = "groups")]
    OnenoteOperation(OnenoteOperation),
    /// `microsoft.graph.operation` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Operation),
}

#[cfg(any(feature = "organization", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.organizationalBrandingProperties",
    abstract
)]
pub struct OrganizationalBrandingProperties {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub background_color: Option<String>,
    pub background_image: Option<edm::Stream>,
    pub background_image_relative_url: Option<String>,
    pub banner_logo: Option<edm::Stream>,
    pub banner_logo_relative_url: Option<String>,
    pub cdn_list: Option<Vec<String>>,
    pub content_customization: Option<ContentCustomization>,
    pub custom_account_reset_credentials_url: Option<String>,
    pub custom_cannot_access_your_account_text: Option<String>,
    pub custom_cannot_access_your_account_url: Option<String>,
    #[graph(rename = "customCSS")]
    pub custom_css: Option<edm::Stream>,
    #[graph(rename = "customCSSRelativeUrl")]
    pub custom_css_relative_url: Option<String>,
    pub custom_forgot_my_password_text: Option<String>,
    pub custom_privacy_and_cookies_text: Option<String>,
    pub custom_privacy_and_cookies_url: Option<String>,
    pub custom_reset_it_now_text: Option<String>,
    pub custom_terms_of_use_text: Option<String>,
    pub custom_terms_of_use_url: Option<String>,
    pub favicon: Option<edm::Stream>,
    pub favicon_relative_url: Option<String>,
    pub header_background_color: Option<String>,
    pub header_logo: Option<edm::Stream>,
    pub header_logo_relative_url: Option<String>,
    pub login_page_layout_configuration: Option<LoginPageLayoutConfiguration>,
    pub login_page_text_visibility_settings: Option<LoginPageTextVisibilitySettings>,
    pub sign_in_page_text: Option<String>,
    pub square_logo: Option<edm::Stream>,
    pub square_logo_dark: Option<edm::Stream>,
    pub square_logo_dark_relative_url: Option<String>,
    pub square_logo_relative_url: Option<String>,
    pub username_hint_text: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.organizationalBrandingProperties`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `OrganizationalBrandingProperties`, keeping its `@odata.type` and
/// properties.
#[cfg(any(feature = "organization", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOrganizationalBrandingProperties {
    /// `microsoft.graph.organizationalBranding`.
    #[cfg(feature = "organization")]
    OrganizationalBranding(OrganizationalBranding),
    /// `microsoft.graph.organizationalBrandingLocalization`.
    #[cfg(feature = "organization")]
    OrganizationalBrandingLocalization(OrganizationalBrandingLocalization),
    /// `microsoft.graph.organizationalBrandingProperties` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OrganizationalBrandingProperties),
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.participantJoiningNotification"
)]
#[cfg_attr(feature = "communications", graph(contains(name = "call", target = Call, single)))]
pub struct ParticipantJoiningNotification {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `communications`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "communications")]
    #[graph(read_only)]
    pub call: Option<Call>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.participantLeftNotification"
)]
#[cfg_attr(feature = "communications", graph(contains(name = "call", target = Call, single)))]
pub struct ParticipantLeftNotification {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub participant_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `communications`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "communications")]
    #[graph(read_only)]
    pub call: Option<Call>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.passkeyProfile")]
pub struct PasskeyProfile {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub attestation_enforcement: Option<AttestationEnforcement>,
    pub key_restrictions: Option<Fido2KeyRestrictions>,
    pub name: Option<String>,
    pub passkey_types: Option<Flags<PasskeyTypes>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identity", feature = "policies", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.policyDeletableItem", keyless, abstract)]
pub struct PolicyDeletableItem {
    pub deleted_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.printDocument",
    action(
        name = "createUploadSession",
        parameters = PrintDocumentCreateUploadSessionParameters,
        returns = UploadSession
    )
)]
pub struct PrintDocument {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub content_type: Option<String>,
    pub display_name: Option<String>,
    pub downloaded_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub size: Option<edm::Int64>,
    pub uploaded_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `createUploadSession`, bound to `printDocument`.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct PrintDocumentCreateUploadSessionParameters {
    pub properties: PrintDocumentUploadProperties,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.printerBase", abstract)]
#[cfg_attr(feature = "other", graph(contains(name = "jobs", target = PrintJob)))]
pub struct PrinterBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub capabilities: Option<PrinterCapabilities>,
    pub defaults: Option<PrinterDefaults>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub is_accepting_jobs: Option<bool>,
    pub location: Option<PrinterLocation>,
    pub manufacturer: Option<String>,
    pub model: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<PrinterStatus>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `other`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub jobs: Option<Vec<PrintJob>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.printerBase`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `PrinterBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyPrinterBase {
    /// `microsoft.graph.printer`.
    #[cfg(feature = "print")]
    Printer(Printer),
    /// `microsoft.graph.printerShare`.
    #[cfg(feature = "print")]
    PrinterShare(PrinterShare),
    /// `microsoft.graph.printerBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(PrinterBase),
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.printJob",
    contains(name = "documents", target = PrintDocument),
    action(name = "abort", parameters = PrintJobAbortParameters),
    action = "cancel",
    action(name = "redirect", parameters = PrintJobRedirectParameters, returns = PrintJob),
    action(name = "start", returns = PrintJobStatus)
)]
#[cfg_attr(feature = "print", graph(contains(name = "tasks", target = PrintTask)))]
pub struct PrintJob {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub acknowledged_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub configuration: Option<PrintJobConfiguration>,
    pub created_by: Option<UserIdentity>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub error_code: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_fetchable: Option<bool>,
    pub redirected_from: Option<String>,
    pub redirected_to: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<PrintJobStatus>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub documents: Option<Vec<PrintDocument>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `print`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "print")]
    #[graph(read_only)]
    pub tasks: Option<Vec<PrintTask>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `abort`, bound to `printJob`.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct PrintJobAbortParameters {
    pub reason: Option<String>,
}

/// The body of the action `redirect`, bound to `printJob`.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct PrintJobRedirectParameters {
    pub destination_printer_id: String,
    pub configuration: Option<PrintJobConfiguration>,
}

#[cfg(any(feature = "reports", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.printUsage", abstract)]
pub struct PrintUsage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub black_and_white_page_count: Option<edm::Int64>,
    pub color_page_count: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub completed_black_and_white_job_count: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub completed_color_job_count: Option<edm::Int64>,
    pub completed_job_count: Option<edm::Int64>,
    pub double_sided_sheet_count: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub incomplete_job_count: Option<edm::Int64>,
    pub media_sheet_count: Option<edm::Int64>,
    pub page_count: Option<edm::Int64>,
    pub single_sided_sheet_count: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub usage_date: Option<edm::Date>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.printUsage`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `PrintUsage`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "reports", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyPrintUsage {
    /// `microsoft.graph.printUsageByPrinter`.
    #[cfg(feature = "reports")]
    PrintUsageByPrinter(PrintUsageByPrinter),
    /// `microsoft.graph.printUsageByUser`.
    #[cfg(feature = "reports")]
    PrintUsageByUser(PrintUsageByUser),
    /// `microsoft.graph.printUsage` itself, or a type this build does not declare.
    #[graph(other)]
    Other(PrintUsage),
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.privilegedAccessSchedule",
    abstract
)]
pub struct PrivilegedAccessSchedule {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub created_using: Option<String>,
    pub modified_date_time: Option<edm::DateTimeOffset>,
    pub schedule_info: Option<RequestSchedule>,
    pub status: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.privilegedAccessSchedule`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `PrivilegedAccessSchedule`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyPrivilegedAccessSchedule {
    /// `microsoft.graph.privilegedAccessGroupAssignmentSchedule`.
    #[cfg(feature = "identityGovernance")]
    PrivilegedAccessGroupAssignmentSchedule(PrivilegedAccessGroupAssignmentSchedule),
    /// `microsoft.graph.privilegedAccessGroupEligibilitySchedule`.
    #[cfg(feature = "identityGovernance")]
    PrivilegedAccessGroupEligibilitySchedule(PrivilegedAccessGroupEligibilitySchedule),
    /// `microsoft.graph.privilegedAccessSchedule` itself, or a type this build does not declare.
    #[graph(other)]
    Other(PrivilegedAccessSchedule),
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.privilegedAccessScheduleInstance",
    abstract
)]
pub struct PrivilegedAccessScheduleInstance {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.privilegedAccessScheduleInstance`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `PrivilegedAccessScheduleInstance`, keeping its `@odata.type` and
/// properties.
#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyPrivilegedAccessScheduleInstance {
    /// `microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance`.
    #[cfg(feature = "identityGovernance")]
    PrivilegedAccessGroupAssignmentScheduleInstance(
        PrivilegedAccessGroupAssignmentScheduleInstance,
    ),
    /// `microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance`.
    #[cfg(feature = "identityGovernance")]
    PrivilegedAccessGroupEligibilityScheduleInstance(
        PrivilegedAccessGroupEligibilityScheduleInstance,
    ),
    /// `microsoft.graph.privilegedAccessScheduleInstance` itself, or a type this build does not declare.
    #[graph(other)]
    Other(PrivilegedAccessScheduleInstance),
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.privilegedAccessScheduleRequest",
    abstract
)]
pub struct PrivilegedAccessScheduleRequest {
    /// The inherited properties of `request`.
    #[graph(base)]
    pub base: Request,
    pub action: Option<ScheduleRequestActions>,
    pub is_validation_only: Option<bool>,
    pub justification: Option<String>,
    pub schedule_info: Option<RequestSchedule>,
    pub ticket_info: Option<TicketInfo>,
}

/// A `microsoft.graph.privilegedAccessScheduleRequest`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `PrivilegedAccessScheduleRequest`, keeping its `@odata.type` and
/// properties.
#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyPrivilegedAccessScheduleRequest {
    /// `microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest`.
    #[cfg(feature = "identityGovernance")]
    PrivilegedAccessGroupAssignmentScheduleRequest(PrivilegedAccessGroupAssignmentScheduleRequest),
    /// `microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest`.
    #[cfg(feature = "identityGovernance")]
    PrivilegedAccessGroupEligibilityScheduleRequest(
        PrivilegedAccessGroupEligibilityScheduleRequest,
    ),
    /// `microsoft.graph.privilegedAccessScheduleRequest` itself, or a type this build does not declare.
    #[graph(other)]
    Other(PrivilegedAccessScheduleRequest),
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.protectionRuleBase",
    abstract,
    action(name = "deleteAndUnprotect", returns = AnyProtectionRuleBase),
    action(name = "run", returns = AnyProtectionRuleBase)
)]
pub struct ProtectionRuleBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub error: Option<PublicError>,
    pub is_auto_apply_enabled: Option<bool>,
    pub last_modified_by: Option<AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<ProtectionRuleStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.protectionRuleBase`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ProtectionRuleBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyProtectionRuleBase {
    /// `microsoft.graph.driveProtectionRule`.
    #[cfg(feature = "solutions")]
    DriveProtectionRule(DriveProtectionRule),
    /// `microsoft.graph.mailboxProtectionRule`.
    #[cfg(feature = "solutions")]
    MailboxProtectionRule(MailboxProtectionRule),
    /// `microsoft.graph.siteProtectionRule`.
    #[cfg(feature = "solutions")]
    SiteProtectionRule(SiteProtectionRule),
    /// `microsoft.graph.protectionRuleBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ProtectionRuleBase),
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.protectionUnitBase",
    abstract,
    action(name = "cancelOffboard", returns = AnyProtectionUnitBase),
    action(name = "offboard", returns = AnyProtectionUnitBase)
)]
pub struct ProtectionUnitBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub error: Option<PublicError>,
    pub last_modified_by: Option<AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub offboard_requested_date_time: Option<edm::DateTimeOffset>,
    pub policy_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub protection_sources: Option<Flags<ProtectionSource>>,
    pub status: Option<ProtectionUnitStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.protectionUnitBase`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ProtectionUnitBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyProtectionUnitBase {
    /// `microsoft.graph.driveProtectionUnit`.
    #[cfg(feature = "solutions")]
    DriveProtectionUnit(DriveProtectionUnit),
    /// `microsoft.graph.mailboxProtectionUnit`.
    #[cfg(feature = "solutions")]
    MailboxProtectionUnit(MailboxProtectionUnit),
    /// `microsoft.graph.siteProtectionUnit`.
    #[cfg(feature = "solutions")]
    SiteProtectionUnit(SiteProtectionUnit),
    /// `microsoft.graph.protectionUnitBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ProtectionUnitBase),
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.protectionUnitsBulkJobBase",
    abstract
)]
pub struct ProtectionUnitsBulkJobBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub display_name: Option<String>,
    pub error: Option<PublicError>,
    pub last_modified_by: Option<AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<ProtectionUnitsBulkJobStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.protectionUnitsBulkJobBase`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `ProtectionUnitsBulkJobBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyProtectionUnitsBulkJobBase {
    /// `microsoft.graph.driveProtectionUnitsBulkAdditionJob`.
    #[cfg(feature = "solutions")]
    DriveProtectionUnitsBulkAdditionJob(DriveProtectionUnitsBulkAdditionJob),
    /// `microsoft.graph.mailboxProtectionUnitsBulkAdditionJob`.
    #[cfg(feature = "solutions")]
    MailboxProtectionUnitsBulkAdditionJob(MailboxProtectionUnitsBulkAdditionJob),
    /// `microsoft.graph.siteProtectionUnitsBulkAdditionJob`.
    #[cfg(feature = "solutions")]
    SiteProtectionUnitsBulkAdditionJob(SiteProtectionUnitsBulkAdditionJob),
    /// `microsoft.graph.protectionUnitsBulkJobBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ProtectionUnitsBulkJobBase),
}

#[cfg(any(feature = "reports", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.relyingPartyDetailedSummary"
)]
pub struct RelyingPartyDetailedSummary {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_sign_in_count: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub migration_status: Option<MigrationStatus>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub migration_validation_details: Option<Vec<KeyValuePair>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub relying_party_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub relying_party_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub reply_urls: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub service_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub sign_in_success_rate: Option<edm::Double>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_sign_in_count: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_sign_in_count: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub unique_user_count: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "identityGovernance",
    feature = "roleManagement",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.request")]
pub struct Request {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub approval_id: Option<String>,
    pub completed_date_time: Option<edm::DateTimeOffset>,
    pub created_by: Option<AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub custom_data: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.request`: the type itself or any of its derived types this build declares (a
/// value without `@odata.type` is the type itself); a value of another derived type reads as
/// `Request`, keeping its `@odata.type` and properties.
#[cfg(any(
    feature = "identityGovernance",
    feature = "roleManagement",
    feature = "other"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyRequest {
    /// `microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest`.
    #[cfg(feature = "identityGovernance")]
    PrivilegedAccessGroupAssignmentScheduleRequest(PrivilegedAccessGroupAssignmentScheduleRequest),
    /// `microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest`.
    #[cfg(feature = "identityGovernance")]
    PrivilegedAccessGroupEligibilityScheduleRequest(
        PrivilegedAccessGroupEligibilityScheduleRequest,
    ),
    /// `microsoft.graph.unifiedRoleAssignmentScheduleRequest`.
    #[cfg(feature = "roleManagement")]
    UnifiedRoleAssignmentScheduleRequest(UnifiedRoleAssignmentScheduleRequest),
    /// `microsoft.graph.unifiedRoleEligibilityScheduleRequest`.
    #[cfg(feature = "roleManagement")]
    UnifiedRoleEligibilityScheduleRequest(UnifiedRoleEligibilityScheduleRequest),
    /// `microsoft.graph.userConsentRequest`.
    #[cfg(feature = "identityGovernance")]
    UserConsentRequest(UserConsentRequest),
    /// `microsoft.graph.request` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Request),
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.restoreArtifactBase")]
pub struct RestoreArtifactBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub completion_date_time: Option<edm::DateTimeOffset>,
    pub destination_type: Option<DestinationType>,
    pub error: Option<PublicError>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<ArtifactRestoreStatus>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `solutions`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "solutions")]
    #[graph(read_only)]
    pub restore_point: Option<RestorePoint>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.restoreArtifactBase`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `RestoreArtifactBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyRestoreArtifactBase {
    /// `microsoft.graph.driveRestoreArtifact`.
    #[cfg(feature = "solutions")]
    DriveRestoreArtifact(DriveRestoreArtifact),
    /// `microsoft.graph.mailboxRestoreArtifact`.
    #[cfg(feature = "solutions")]
    MailboxRestoreArtifact(MailboxRestoreArtifact),
    /// `microsoft.graph.granularMailboxRestoreArtifact`.
    #[cfg(feature = "solutions")]
    GranularMailboxRestoreArtifact(GranularMailboxRestoreArtifact),
    /// `microsoft.graph.siteRestoreArtifact`.
    #[cfg(feature = "solutions")]
    SiteRestoreArtifact(SiteRestoreArtifact),
    /// `microsoft.graph.restoreArtifactBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(RestoreArtifactBase),
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.restoreArtifactsBulkRequestBase"
)]
pub struct RestoreArtifactsBulkRequestBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub destination_type: Option<DestinationType>,
    pub display_name: Option<String>,
    pub error: Option<PublicError>,
    pub last_modified_by: Option<AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub protection_time_period: Option<TimePeriod>,
    pub protection_unit_ids: Option<Vec<String>>,
    pub restore_point_preference: Option<RestorePointPreference>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<RestoreArtifactsBulkRequestStatus>,
    pub tags: Option<Flags<RestorePointTags>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.restoreArtifactsBulkRequestBase`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `RestoreArtifactsBulkRequestBase`, keeping its `@odata.type` and
/// properties.
#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyRestoreArtifactsBulkRequestBase {
    /// `microsoft.graph.driveRestoreArtifactsBulkAdditionRequest`.
    #[cfg(feature = "solutions")]
    DriveRestoreArtifactsBulkAdditionRequest(DriveRestoreArtifactsBulkAdditionRequest),
    /// `microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest`.
    #[cfg(feature = "solutions")]
    MailboxRestoreArtifactsBulkAdditionRequest(MailboxRestoreArtifactsBulkAdditionRequest),
    /// `microsoft.graph.siteRestoreArtifactsBulkAdditionRequest`.
    #[cfg(feature = "solutions")]
    SiteRestoreArtifactsBulkAdditionRequest(SiteRestoreArtifactsBulkAdditionRequest),
    /// `microsoft.graph.restoreArtifactsBulkRequestBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(RestoreArtifactsBulkRequestBase),
}

#[cfg(any(feature = "teams", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.scheduleChangeRequest",
    abstract,
    action(name = "approve", parameters = ScheduleChangeRequestApproveParameters),
    action(name = "decline", parameters = ScheduleChangeRequestDeclineParameters)
)]
pub struct ScheduleChangeRequest {
    /// The inherited properties of `changeTrackedEntity`.
    #[graph(base)]
    pub base: ChangeTrackedEntity,
    pub assigned_to: Option<ScheduleChangeRequestActor>,
    #[graph(read_only)]
    pub manager_action_date_time: Option<edm::DateTimeOffset>,
    pub manager_action_message: Option<String>,
    #[graph(read_only)]
    pub manager_user_id: Option<String>,
    #[graph(read_only)]
    pub sender_date_time: Option<edm::DateTimeOffset>,
    pub sender_message: Option<String>,
    #[graph(read_only)]
    pub sender_user_id: Option<String>,
    pub state: Option<ScheduleChangeState>,
}

/// A `microsoft.graph.scheduleChangeRequest`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `ScheduleChangeRequest`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "teams", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyScheduleChangeRequest {
    /// `microsoft.graph.offerShiftRequest`.
    #[cfg(feature = "teams")]
    OfferShiftRequest(OfferShiftRequest),
    /// `microsoft.graph.swapShiftsChangeRequest`.
    #[cfg(feature = "teams")]
    SwapShiftsChangeRequest(SwapShiftsChangeRequest),
    /// `microsoft.graph.openShiftChangeRequest`.
    #[cfg(feature = "teams")]
    OpenShiftChangeRequest(OpenShiftChangeRequest),
    /// `microsoft.graph.timeOffRequest`.
    #[cfg(feature = "teams")]
    TimeOffRequest(TimeOffRequest),
    /// `microsoft.graph.scheduleChangeRequest` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ScheduleChangeRequest),
}

/// The body of the action `approve`, bound to `scheduleChangeRequest`.
#[cfg(any(feature = "teams", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ScheduleChangeRequestApproveParameters {
    pub message: Option<String>,
}

/// The body of the action `decline`, bound to `scheduleChangeRequest`.
#[cfg(any(feature = "teams", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ScheduleChangeRequestDeclineParameters {
    pub message: Option<String>,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.sensitivityLabel",
    contains(name = "sublabels", target = SensitivityLabel),
    action(
        name = "computeRightsAndInheritance",
        collection,
        parameters = SensitivityLabelCollectionComputeRightsAndInheritanceParameters,
        returns = ComputeRightsAndInheritanceResult
    )
)]
pub struct SensitivityLabel {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub action_source: Option<LabelActionSource>,
    pub auto_tooltip: Option<String>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub has_protection: Option<bool>,
    pub is_default: Option<bool>,
    pub is_endpoint_protection_enabled: Option<bool>,
    pub is_scoped_to_user: Option<bool>,
    pub locale: Option<String>,
    pub name: Option<String>,
    pub priority: Option<i32>,
    pub tool_tip: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub rights: Option<UsageRightsIncluded>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sublabels: Option<Vec<SensitivityLabel>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `computeRightsAndInheritance`, bound to a collection of
/// `sensitivityLabel`.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct SensitivityLabelCollectionComputeRightsAndInheritanceParameters {
    pub delegated_user_email: Option<String>,
    pub locale: Option<String>,
    pub protected_contents: Vec<ProtectedContent>,
    pub supported_content_formats: Vec<String>,
}

#[cfg(any(feature = "admin", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.serviceAnnouncementBase",
    abstract
)]
pub struct ServiceAnnouncementBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub details: Option<Vec<KeyValuePair>>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub title: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.serviceAnnouncementBase`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `ServiceAnnouncementBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "admin", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyServiceAnnouncementBase {
    /// `microsoft.graph.serviceHealthIssue`.
    #[cfg(feature = "admin")]
    ServiceHealthIssue(ServiceHealthIssue),
    /// `microsoft.graph.serviceUpdateMessage`.
    #[cfg(feature = "admin")]
    ServiceUpdateMessage(ServiceUpdateMessage),
    /// `microsoft.graph.serviceAnnouncementBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ServiceAnnouncementBase),
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.sharedInsight")]
pub struct SharedInsight {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub last_shared: Option<SharingDetail>,
    #[graph(read_only)]
    pub resource_reference: Option<ResourceReference>,
    #[graph(read_only)]
    pub resource_visualization: Option<ResourceVisualization>,
    pub sharing_history: Option<Vec<SharingDetail>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub last_shared_method: Option<serde_json::Value>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource: Option<serde_json::Value>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.softwareUpdateStatusSummary"
)]
pub struct SoftwareUpdateStatusSummary {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Number of compliant devices. Not nullable.
    #[graph(non_nullable)]
    pub compliant_device_count: Option<i32>,
    /// Number of compliant users. Not nullable.
    #[graph(non_nullable)]
    pub compliant_user_count: Option<i32>,
    /// Number of conflict devices. Not nullable.
    #[graph(non_nullable)]
    pub conflict_device_count: Option<i32>,
    /// Number of conflict users. Not nullable.
    #[graph(non_nullable)]
    pub conflict_user_count: Option<i32>,
    /// The name of the policy.
    pub display_name: Option<String>,
    /// Number of devices had error. Not nullable.
    #[graph(non_nullable)]
    pub error_device_count: Option<i32>,
    /// Number of users had error. Not nullable.
    #[graph(non_nullable)]
    pub error_user_count: Option<i32>,
    /// Number of non compliant devices. Not nullable.
    #[graph(non_nullable)]
    pub non_compliant_device_count: Option<i32>,
    /// Number of non compliant users. Not nullable.
    #[graph(non_nullable)]
    pub non_compliant_user_count: Option<i32>,
    /// Number of not applicable devices. Not nullable.
    #[graph(non_nullable)]
    pub not_applicable_device_count: Option<i32>,
    /// Number of not applicable users. Not nullable.
    #[graph(non_nullable)]
    pub not_applicable_user_count: Option<i32>,
    /// Number of remediated devices. Not nullable.
    #[graph(non_nullable)]
    pub remediated_device_count: Option<i32>,
    /// Number of remediated users. Not nullable.
    #[graph(non_nullable)]
    pub remediated_user_count: Option<i32>,
    /// Number of unknown devices. Not nullable.
    #[graph(non_nullable)]
    pub unknown_device_count: Option<i32>,
    /// Number of unknown users. Not nullable.
    #[graph(non_nullable)]
    pub unknown_user_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "storage", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.storageQuotaBreakdown",
    also_reads = "microsoft.graph.serviceStorageQuotaBreakdown"
)]
pub struct StorageQuotaBreakdown {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub manage_web_url: Option<String>,
    pub used: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "teams", feature = "users", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.teamInfo")]
pub struct TeamInfo {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub tenant_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `teams`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "teams")]
    #[graph(read_only)]
    pub team: Option<Team>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.teamInfo`: the type itself or any of its derived types this build declares (a
/// value without `@odata.type` is the type itself); a value of another derived type reads as
/// `TeamInfo`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "teams", feature = "users", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyTeamInfo {
    /// `microsoft.graph.associatedTeamInfo`.
    #[cfg(feature = "users")]
    AssociatedTeamInfo(AssociatedTeamInfo),
    /// `microsoft.graph.sharedWithChannelTeamInfo`.
    #[cfg(feature = "teams")]
    SharedWithChannelTeamInfo(SharedWithChannelTeamInfo),
    /// `microsoft.graph.teamInfo` itself, or a type this build does not declare.
    #[graph(other)]
    Other(TeamInfo),
}

#[cfg(any(feature = "chats", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.teamworkHostedContent",
    also_reads = "microsoft.graph.chatMessageHostedContent"
)]
pub struct TeamworkHostedContent {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub content_bytes: Option<edm::Binary>,
    pub content_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.trending")]
pub struct Trending {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    #[graph(read_only)]
    pub resource_reference: Option<ResourceReference>,
    #[graph(read_only)]
    pub resource_visualization: Option<ResourceVisualization>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub weight: Option<edm::Double>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource: Option<serde_json::Value>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "roleManagement", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.unifiedRoleScheduleBase"
)]
pub struct UnifiedRoleScheduleBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub app_scope_id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub created_using: Option<String>,
    pub directory_scope_id: Option<String>,
    pub modified_date_time: Option<edm::DateTimeOffset>,
    pub principal_id: Option<String>,
    pub role_definition_id: Option<String>,
    pub status: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `roleManagement`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "roleManagement")]
    #[graph(read_only)]
    pub app_scope: Option<AppScope>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub directory_scope: Option<AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub principal: Option<AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `roleManagement`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "roleManagement")]
    #[graph(read_only)]
    pub role_definition: Option<UnifiedRoleDefinition>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.unifiedRoleScheduleBase`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `UnifiedRoleScheduleBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "roleManagement", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyUnifiedRoleScheduleBase {
    /// `microsoft.graph.unifiedRoleAssignmentSchedule`.
    #[cfg(feature = "roleManagement")]
    UnifiedRoleAssignmentSchedule(UnifiedRoleAssignmentSchedule),
    /// `microsoft.graph.unifiedRoleEligibilitySchedule`.
    #[cfg(feature = "roleManagement")]
    UnifiedRoleEligibilitySchedule(UnifiedRoleEligibilitySchedule),
    /// `microsoft.graph.unifiedRoleScheduleBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(UnifiedRoleScheduleBase),
}

#[cfg(any(feature = "roleManagement", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.unifiedRoleScheduleInstanceBase"
)]
pub struct UnifiedRoleScheduleInstanceBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub app_scope_id: Option<String>,
    pub directory_scope_id: Option<String>,
    pub principal_id: Option<String>,
    pub role_definition_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `roleManagement`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "roleManagement")]
    #[graph(read_only)]
    pub app_scope: Option<AppScope>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub directory_scope: Option<AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub principal: Option<AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `roleManagement`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "roleManagement")]
    #[graph(read_only)]
    pub role_definition: Option<UnifiedRoleDefinition>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.unifiedRoleScheduleInstanceBase`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `UnifiedRoleScheduleInstanceBase`, keeping its `@odata.type` and
/// properties.
#[cfg(any(feature = "roleManagement", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyUnifiedRoleScheduleInstanceBase {
    /// `microsoft.graph.unifiedRoleAssignmentScheduleInstance`.
    #[cfg(feature = "roleManagement")]
    UnifiedRoleAssignmentScheduleInstance(UnifiedRoleAssignmentScheduleInstance),
    /// `microsoft.graph.unifiedRoleEligibilityScheduleInstance`.
    #[cfg(feature = "roleManagement")]
    UnifiedRoleEligibilityScheduleInstance(UnifiedRoleEligibilityScheduleInstance),
    /// `microsoft.graph.unifiedRoleScheduleInstanceBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(UnifiedRoleScheduleInstanceBase),
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.usageRightsIncluded")]
pub struct UsageRightsIncluded {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub owner_email: Option<String>,
    pub user_email: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub value: Option<Flags<UsageRights>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.usedInsight")]
pub struct UsedInsight {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub last_used: Option<UsageDetails>,
    #[graph(read_only)]
    pub resource_reference: Option<ResourceReference>,
    #[graph(read_only)]
    pub resource_visualization: Option<ResourceVisualization>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource: Option<serde_json::Value>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.virtualEventRegistrationConfiguration",
    also_reads = "microsoft.graph.virtualEventTownhallRegistrationConfiguration",
    also_reads = "microsoft.graph.virtualEventWebinarRegistrationConfiguration"
)]
#[cfg_attr(feature = "other", graph(contains(name = "questions", target = VirtualEventRegistrationQuestionBase)))]
pub struct VirtualEventRegistrationConfiguration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub capacity: Option<i32>,
    pub is_manual_approval_enabled: Option<bool>,
    pub is_waitlist_enabled: Option<bool>,
    pub registration_web_url: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `other`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub questions: Option<Vec<AnyVirtualEventRegistrationQuestionBase>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.virtualEventRegistrationCustomQuestion")]
pub struct VirtualEventRegistrationCustomQuestion {
    /// The inherited properties of `virtualEventRegistrationQuestionBase`.
    #[graph(base)]
    pub base: VirtualEventRegistrationQuestionBase,
    pub answer_choices: Option<Vec<String>>,
    pub answer_input_type: Option<VirtualEventRegistrationQuestionAnswerInputType>,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.virtualEventRegistrationPredefinedQuestion")]
pub struct VirtualEventRegistrationPredefinedQuestion {
    /// The inherited properties of `virtualEventRegistrationQuestionBase`.
    #[graph(base)]
    pub base: VirtualEventRegistrationQuestionBase,
    pub label: Option<VirtualEventRegistrationPredefinedQuestionLabel>,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.virtualEventRegistrationQuestionBase",
    abstract
)]
pub struct VirtualEventRegistrationQuestionBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub is_required: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.virtualEventRegistrationQuestionBase`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `VirtualEventRegistrationQuestionBase`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "other")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyVirtualEventRegistrationQuestionBase {
    /// `microsoft.graph.virtualEventRegistrationCustomQuestion`.
    VirtualEventRegistrationCustomQuestion(VirtualEventRegistrationCustomQuestion),
    /// `microsoft.graph.virtualEventRegistrationPredefinedQuestion`.
    VirtualEventRegistrationPredefinedQuestion(VirtualEventRegistrationPredefinedQuestion),
    /// `microsoft.graph.virtualEventRegistrationQuestionBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(VirtualEventRegistrationQuestionBase),
}

/// Windows Autopilot Deployment Profile
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.windowsAutopilotDeploymentProfile",
    abstract
)]
#[cfg_attr(feature = "deviceManagement", graph(contains(name = "assignedDevices", target = WindowsAutopilotDeviceIdentity)))]
pub struct WindowsAutopilotDeploymentProfile {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The date and time of when the deployment profile was created. The value cannot be modified
    /// and is automatically populated when the profile was created. The timestamp type represents
    /// date and time information using ISO 8601 format and is always in UTC time. For example,
    /// midnight UTC on Jan 1, 2014 would look like this: '2014-01-01T00:00:00Z'. Supports: $select,
    /// $top, $skip. $Search, $orderBy and $filter are not supported. Read-Only. Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// A description of the deployment profile. Max allowed length is 1500 chars. Supports:
    /// $select, $top, $skip, $orderBy. $Search and $filter are not supported.
    pub description: Option<String>,
    /// The template used to name the Autopilot device. This can be a custom text and can also
    /// contain either the serial number of the device, or a randomly generated number. The total
    /// length of the text generated by the template can be no more than 15 characters. Supports:
    /// $select, $top, $skip. $Search, $orderBy and $filter are not supported.
    pub device_name_template: Option<String>,
    /// The Windows device type that this profile is applicable to. Possible values include
    /// windowsPc, holoLens, and virtualMachine. The default is windowsPc. Supports: $select, $top,
    /// $skip. $Search, $orderBy and $filter are not supported. Not nullable.
    #[graph(non_nullable)]
    pub device_type: Option<WindowsAutopilotDeviceType>,
    /// The display name of the deployment profile. Max allowed length is 200 chars. Returned by
    /// default. Supports: $select, $top, $skip, $orderby. $Search and $filter are not supported.
    pub display_name: Option<String>,
    /// Indicates whether the profile supports the extraction of hardware hash values and
    /// registration of the device into Windows Autopilot. When TRUE, indicates if hardware
    /// extraction and Windows Autopilot registration will happen on the next successful check-in.
    /// When FALSE, hardware hash extraction and Windows Autopilot registration will not happen.
    /// Default value is FALSE. Supports: $select, $top, $skip. $Search, $orderBy and $filter are
    /// not supported.
    pub hardware_hash_extraction_enabled: Option<bool>,
    /// The date and time of when the deployment profile was last modified. The value cannot be
    /// updated manually and is automatically populated when any changes are made to the profile.
    /// The Timestamp type represents date and time information using ISO 8601 format and is always
    /// in UTC time. For example, midnight UTC on Jan 1, 2014 would look like this:
    /// '2014-01-01T00:00:00Z'. Supports: $select, $top, $skip. $Search, $orderBy and $filter are
    /// not supported Read-Only. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// The locale (language) to be used when configuring the device. E.g. en-US. The default value
    /// is os-default. Supports: $select, $top, $skip. $Search, $orderBy and $filter are not
    /// supported.
    pub locale: Option<String>,
    /// The Entra management service App ID which gets used during client device-based enrollment
    /// discovery. Supports: $select, $top, $skip. $Search, $orderBy and $filter are not supported.
    pub management_service_app_id: Option<String>,
    /// The Windows Autopilot Deployment Profile settings used by the device for the out-of-box
    /// experience. Supports: $select, $top, $skip. $Search, $orderBy and $filter are not supported.
    pub out_of_box_experience_setting: Option<OutOfBoxExperienceSetting>,
    /// Indicates whether the user is allowed to use Windows Autopilot for pre-provisioned
    /// deployment mode during Out of Box experience (OOBE). When TRUE, indicates that Windows
    /// Autopilot for pre-provisioned deployment mode for OOBE is allowed to be used. When false,
    /// Windows Autopilot for pre-provisioned deployment mode for OOBE is not allowed. The default
    /// is FALSE.
    pub preprovisioning_allowed: Option<bool>,
    /// List of role scope tags for the deployment profile.
    pub role_scope_tag_ids: Option<Vec<String>>,
    /// The list of assigned devices for the profile. Navigation property: read when `$expand`ed,
    /// never written. Declared with the feature `deviceManagement`; without, an `$expand`ed value
    /// is kept in `additional_data`.
    #[cfg(feature = "deviceManagement")]
    #[graph(read_only)]
    pub assigned_devices: Option<Vec<WindowsAutopilotDeviceIdentity>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// An assignment of a Windows Autopilot deployment profile to an AAD group.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.windowsAutopilotDeploymentProfileAssignment"
)]
pub struct WindowsAutopilotDeploymentProfileAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookFormatProtection"
)]
pub struct WorkbookFormatProtection {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub formula_hidden: Option<bool>,
    pub locked: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookFunctionResult")]
pub struct WorkbookFunctionResult {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub error: Option<String>,
    pub value: Option<serde_json::Value>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookRange",
    action(name = "clear", parameters = WorkbookRangeClearParameters),
    action(
        name = "delete",
        method = "delete_action",
        parameters = WorkbookRangeDeleteActionParameters
    ),
    action(name = "insert", parameters = WorkbookRangeInsertParameters, returns = WorkbookRange),
    action(name = "merge", parameters = WorkbookRangeMergeParameters),
    action = "unmerge",
    function(
        name = "boundingRect",
        parameters = WorkbookRangeBoundingRectParameters,
        returns = WorkbookRange
    ),
    function(name = "cell", parameters = WorkbookRangeCellParameters, returns = WorkbookRange),
    function(name = "column", parameters = WorkbookRangeColumnParameters, returns = WorkbookRange),
    function(name = "columnsAfter", returns = WorkbookRange),
    function(
        name = "columnsAfter",
        method = "columns_after_with_count",
        parameters = WorkbookRangeColumnsAfterWithCountParameters,
        returns = WorkbookRange
    ),
    function(name = "columnsBefore", returns = WorkbookRange),
    function(
        name = "columnsBefore",
        method = "columns_before_with_count",
        parameters = WorkbookRangeColumnsBeforeWithCountParameters,
        returns = WorkbookRange
    ),
    function(name = "entireColumn", returns = WorkbookRange),
    function(name = "entireRow", returns = WorkbookRange),
    function(
        name = "intersection",
        parameters = WorkbookRangeIntersectionParameters,
        returns = WorkbookRange
    ),
    function(name = "lastCell", returns = WorkbookRange),
    function(name = "lastColumn", returns = WorkbookRange),
    function(name = "lastRow", returns = WorkbookRange),
    function(
        name = "offsetRange",
        parameters = WorkbookRangeOffsetRangeParameters,
        returns = WorkbookRange
    ),
    function(
        name = "resizedRange",
        parameters = WorkbookRangeResizedRangeParameters,
        returns = WorkbookRange
    ),
    function(name = "row", parameters = WorkbookRangeRowParameters, returns = WorkbookRange),
    function(name = "rowsAbove", returns = WorkbookRange),
    function(
        name = "rowsAbove",
        method = "rows_above_with_count",
        parameters = WorkbookRangeRowsAboveWithCountParameters,
        returns = WorkbookRange
    ),
    function(name = "rowsBelow", returns = WorkbookRange),
    function(
        name = "rowsBelow",
        method = "rows_below_with_count",
        parameters = WorkbookRangeRowsBelowWithCountParameters,
        returns = WorkbookRange
    ),
    function(name = "usedRange", returns = WorkbookRange),
    function(
        name = "usedRange",
        method = "used_range_with_values_only",
        parameters = WorkbookRangeUsedRangeWithValuesOnlyParameters,
        returns = WorkbookRange
    ),
    function(name = "visibleView", returns = WorkbookRangeView)
)]
#[cfg_attr(feature = "other", graph(contains(name = "format", target = WorkbookRangeFormat, single)))]
#[cfg_attr(feature = "other", graph(contains(name = "sort", target = WorkbookRangeSort, single)))]
pub struct WorkbookRange {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub address: Option<String>,
    pub address_local: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub cell_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub column_count: Option<i32>,
    pub column_hidden: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub column_index: Option<i32>,
    pub formulas: Option<serde_json::Value>,
    pub formulas_local: Option<serde_json::Value>,
    pub formulas_r1_c1: Option<serde_json::Value>,
    pub hidden: Option<bool>,
    pub number_format: Option<serde_json::Value>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub row_count: Option<i32>,
    pub row_hidden: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub row_index: Option<i32>,
    pub text: Option<serde_json::Value>,
    pub values: Option<serde_json::Value>,
    pub value_types: Option<serde_json::Value>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `other`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub format: Option<WorkbookRangeFormat>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `other`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub sort: Option<WorkbookRangeSort>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub worksheet: Option<WorkbookWorksheet>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `clear`, bound to `workbookRange`.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeClearParameters {
    pub apply_to: String,
}

/// The body of the action `delete`, bound to `workbookRange`.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeDeleteActionParameters {
    pub shift: String,
}

/// The body of the action `insert`, bound to `workbookRange`.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeInsertParameters {
    pub shift: String,
}

/// The body of the action `merge`, bound to `workbookRange`.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeMergeParameters {
    pub across: bool,
}

/// The arguments of the function `boundingRect`, bound to `workbookRange`, written in its URL.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeBoundingRectParameters {
    pub another_range: Option<String>,
}

/// The arguments of the function `cell`, bound to `workbookRange`, written in its URL.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeCellParameters {
    pub row: i32,
    pub column: i32,
}

/// The arguments of the function `column`, bound to `workbookRange`, written in its URL.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeColumnParameters {
    pub column: i32,
}

/// The arguments of the function `columnsAfter`, bound to `workbookRange`, written in its URL.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeColumnsAfterWithCountParameters {
    pub count: Option<i32>,
}

/// The arguments of the function `columnsBefore`, bound to `workbookRange`, written in its URL.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeColumnsBeforeWithCountParameters {
    pub count: Option<i32>,
}

/// The arguments of the function `intersection`, bound to `workbookRange`, written in its URL.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeIntersectionParameters {
    pub another_range: Option<String>,
}

/// The arguments of the function `offsetRange`, bound to `workbookRange`, written in its URL.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeOffsetRangeParameters {
    pub row_offset: i32,
    pub column_offset: i32,
}

/// The arguments of the function `resizedRange`, bound to `workbookRange`, written in its URL.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeResizedRangeParameters {
    pub delta_rows: i32,
    pub delta_columns: i32,
}

/// The arguments of the function `row`, bound to `workbookRange`, written in its URL.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeRowParameters {
    pub row: i32,
}

/// The arguments of the function `rowsAbove`, bound to `workbookRange`, written in its URL.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeRowsAboveWithCountParameters {
    pub count: Option<i32>,
}

/// The arguments of the function `rowsBelow`, bound to `workbookRange`, written in its URL.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeRowsBelowWithCountParameters {
    pub count: Option<i32>,
}

/// The arguments of the function `usedRange`, bound to `workbookRange`, written in its URL.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeUsedRangeWithValuesOnlyParameters {
    pub values_only: bool,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookRangeBorder",
    function(name = "count", collection, returns = i32),
    function(
        name = "itemAt",
        collection,
        parameters = WorkbookRangeBorderCollectionItemAtParameters,
        returns = WorkbookRangeBorder
    )
)]
pub struct WorkbookRangeBorder {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub color: Option<String>,
    pub side_index: Option<String>,
    pub style: Option<String>,
    pub weight: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `itemAt`, bound to a collection of `workbookRangeBorder`, written
/// in its URL.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeBorderCollectionItemAtParameters {
    pub index: i32,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookRangeFill",
    action = "clear"
)]
pub struct WorkbookRangeFill {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub color: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookRangeFont")]
pub struct WorkbookRangeFont {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub bold: Option<bool>,
    pub color: Option<String>,
    pub italic: Option<bool>,
    pub name: Option<String>,
    pub size: Option<edm::Double>,
    pub underline: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookRangeFormat",
    contains(name = "borders", target = WorkbookRangeBorder),
    contains(name = "fill", target = WorkbookRangeFill, single),
    contains(name = "font", target = WorkbookRangeFont, single),
    contains(name = "protection", target = WorkbookFormatProtection, single),
    action = "autofitColumns",
    action = "autofitRows"
)]
pub struct WorkbookRangeFormat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub column_width: Option<edm::Double>,
    pub horizontal_alignment: Option<String>,
    pub row_height: Option<edm::Double>,
    pub vertical_alignment: Option<String>,
    pub wrap_text: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub borders: Option<Vec<WorkbookRangeBorder>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub fill: Option<WorkbookRangeFill>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub font: Option<WorkbookRangeFont>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub protection: Option<WorkbookFormatProtection>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookRangeSort",
    action(name = "apply", parameters = WorkbookRangeSortApplyParameters)
)]
pub struct WorkbookRangeSort {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `apply`, bound to `workbookRangeSort`.
#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct WorkbookRangeSortApplyParameters {
    pub fields: Option<Vec<WorkbookSortField>>,
    pub match_case: bool,
    pub has_headers: bool,
    pub orientation: String,
    pub method: String,
}

#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookRangeView",
    contains(name = "rows", target = WorkbookRangeView),
    function(
        name = "itemAt",
        collection,
        parameters = WorkbookRangeViewCollectionItemAtParameters,
        returns = WorkbookRangeView
    ),
    function(name = "range", returns = WorkbookRange)
)]
pub struct WorkbookRangeView {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub cell_addresses: Option<serde_json::Value>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub column_count: Option<i32>,
    pub formulas: Option<serde_json::Value>,
    pub formulas_local: Option<serde_json::Value>,
    pub formulas_r1_c1: Option<serde_json::Value>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub index: Option<i32>,
    pub number_format: Option<serde_json::Value>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub row_count: Option<i32>,
    pub text: Option<serde_json::Value>,
    pub values: Option<serde_json::Value>,
    pub value_types: Option<serde_json::Value>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub rows: Option<Vec<WorkbookRangeView>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `itemAt`, bound to a collection of `workbookRangeView`, written in
/// its URL.
#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookRangeViewCollectionItemAtParameters {
    pub index: i32,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.InnerError")]
pub struct InnerError {
    /// Request Id as tracked internally by the service
    #[graph(rename = "request-id")]
    pub request_id: Option<String>,
    /// Client request Id as sent by the client application.
    #[graph(rename = "client-request-id")]
    pub client_request_id: Option<String>,
    /// Date when the error occured.
    pub date: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
