//! The types of the area `security`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accountTargetContentType")]
pub enum AccountTargetContentType {
    Unknown,
    IncludeAll,
    AddressBook,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.alertFeedback")]
pub enum AlertFeedback {
    Unknown,
    TruePositive,
    FalsePositive,
    BenignPositive,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.alertSeverity")]
pub enum AlertSeverity {
    Unknown,
    Informational,
    Low,
    Medium,
    High,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.alertStatus")]
pub enum AlertStatus {
    Unknown,
    NewAlert,
    InProgress,
    Resolved,
    Dismissed,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.attackSimulationOperationType")]
pub enum AttackSimulationOperationType {
    CreateSimualation,
    UpdateSimulation,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.clickSource")]
pub enum ClickSource {
    Unknown,
    QrCode,
    PhishingUrl,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.coachmarkLocationType")]
pub enum CoachmarkLocationType {
    Unknown,
    FromEmail,
    Subject,
    ExternalTag,
    DisplayName,
    MessageBody,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.connectionDirection")]
pub enum ConnectionDirection {
    Unknown,
    Inbound,
    Outbound,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.connectionStatus")]
pub enum ConnectionStatus {
    Unknown,
    Attempted,
    Succeeded,
    Blocked,
    Failed,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.emailRole")]
pub enum EmailRole {
    Unknown,
    Sender,
    Recipient,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.endUserNotificationPreference")]
pub enum EndUserNotificationPreference {
    Unknown,
    Microsoft,
    Custom,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.endUserNotificationSettingType")]
pub enum EndUserNotificationSettingType {
    Unknown,
    NoTraining,
    TrainingSelected,
    NoNotification,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.endUserNotificationType")]
pub enum EndUserNotificationType {
    Unknown,
    PositiveReinforcement,
    NoTraining,
    TrainingAssignment,
    TrainingReminder,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.fileHashType")]
pub enum FileHashType {
    Unknown,
    Sha1,
    Sha256,
    Md5,
    AuthenticodeHash256,
    LsHash,
    Ctph,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.logonType")]
pub enum LogonType {
    Unknown,
    Interactive,
    RemoteInteractive,
    Network,
    Batch,
    Service,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.notificationDeliveryFrequency")]
pub enum NotificationDeliveryFrequency {
    Unknown,
    Weekly,
    BiWeekly,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.notificationDeliveryPreference")]
pub enum NotificationDeliveryPreference {
    Unknown,
    DeliverImmedietly,
    DeliverAfterCampaignEnd,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.oAuthAppScope")]
pub enum OAuthAppScope {
    Unknown,
    ReadCalendar,
    ReadContact,
    ReadMail,
    ReadAllChat,
    ReadAllFile,
    ReadAndWriteMail,
    SendMail,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.payloadBrand")]
pub enum PayloadBrand {
    Unknown,
    Other,
    AmericanExpress,
    CapitalOne,
    Dhl,
    DocuSign,
    Dropbox,
    Facebook,
    FirstAmerican,
    Microsoft,
    Netflix,
    Scotiabank,
    SendGrid,
    StewartTitle,
    Tesco,
    WellsFargo,
    SyrinxCloud,
    Adobe,
    Teams,
    Zoom,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.payloadComplexity")]
pub enum PayloadComplexity {
    Unknown,
    Low,
    Medium,
    High,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.payloadDeliveryPlatform")]
pub enum PayloadDeliveryPlatform {
    Unknown,
    Sms,
    Email,
    Teams,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.payloadIndustry")]
pub enum PayloadIndustry {
    Unknown,
    Other,
    Banking,
    BusinessServices,
    ConsumerServices,
    Education,
    Energy,
    Construction,
    Consulting,
    FinancialServices,
    Government,
    Hospitality,
    Insurance,
    Legal,
    CourierServices,
    #[graph(rename = "IT")]
    IT,
    Healthcare,
    Manufacturing,
    Retail,
    Telecom,
    RealEstate,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.payloadTheme")]
pub enum PayloadTheme {
    Unknown,
    Other,
    AccountActivation,
    AccountVerification,
    Billing,
    CleanUpMail,
    Controversial,
    DocumentReceived,
    Expense,
    Fax,
    FinanceReport,
    IncomingMessages,
    Invoice,
    ItemReceived,
    LoginAlert,
    MailReceived,
    Password,
    Payment,
    Payroll,
    PersonalizedOffer,
    Quarantine,
    RemoteWork,
    ReviewMessage,
    SecurityUpdate,
    ServiceSuspended,
    SignatureRequired,
    UpgradeMailboxStorage,
    VerifyMailbox,
    Voicemail,
    Advertisement,
    EmployeeEngagement,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.processIntegrityLevel")]
pub enum ProcessIntegrityLevel {
    Unknown,
    Untrusted,
    Low,
    Medium,
    High,
    System,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.registryHive")]
pub enum RegistryHive {
    Unknown,
    CurrentConfig,
    CurrentUser,
    LocalMachineSam,
    LocalMachineSecurity,
    LocalMachineSoftware,
    LocalMachineSystem,
    UsersDefault,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.registryOperation")]
pub enum RegistryOperation {
    Unknown,
    Create,
    Modify,
    Delete,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.registryValueType")]
pub enum RegistryValueType {
    Unknown,
    Binary,
    Dword,
    DwordLittleEndian,
    DwordBigEndian,
    ExpandSz,
    Link,
    MultiSz,
    None,
    Qword,
    QwordlittleEndian,
    Sz,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.securityNetworkProtocol")]
pub enum SecurityNetworkProtocol {
    Unknown,
    Ip,
    Icmp,
    Igmp,
    Ggp,
    Ipv4,
    Tcp,
    Pup,
    Udp,
    Idp,
    Ipv6,
    Ipv6RoutingHeader,
    Ipv6FragmentHeader,
    IpSecEncapsulatingSecurityPayload,
    IpSecAuthenticationHeader,
    IcmpV6,
    Ipv6NoNextHeader,
    Ipv6DestinationOptions,
    Nd,
    Raw,
    Ipx,
    Spx,
    SpxII,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.securityResourceType")]
pub enum SecurityResourceType {
    Unknown,
    Attacked,
    Related,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.simulationAttackTechnique")]
pub enum SimulationAttackTechnique {
    Unknown,
    CredentialHarvesting,
    AttachmentMalware,
    DriveByUrl,
    LinkInAttachment,
    LinkToMalwareFile,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.simulationAttackType")]
pub enum SimulationAttackType {
    Unknown,
    Social,
    Cloud,
    Endpoint,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.simulationAutomationRunStatus")]
pub enum SimulationAutomationRunStatus {
    Unknown,
    Running,
    Succeeded,
    Failed,
    Skipped,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.simulationAutomationStatus")]
pub enum SimulationAutomationStatus {
    Unknown,
    Draft,
    NotRunning,
    Running,
    Completed,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.simulationContentSource")]
pub enum SimulationContentSource {
    Unknown,
    Global,
    Tenant,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.simulationContentStatus")]
pub enum SimulationContentStatus {
    Unknown,
    Draft,
    Ready,
    Archive,
    Delete,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.simulationStatus")]
pub enum SimulationStatus {
    Unknown,
    Draft,
    Running,
    Scheduled,
    Succeeded,
    Failed,
    Cancelled,
    Excluded,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.targettedUserType")]
pub enum TargettedUserType {
    Unknown,
    Clicked,
    Compromised,
    AllUsers,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.trainingAssignedTo")]
pub enum TrainingAssignedTo {
    None,
    AllUsers,
    ClickedPayload,
    Compromised,
    ReportedPhish,
    ReadButNotClicked,
    DidNothing,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.trainingAvailabilityStatus")]
pub enum TrainingAvailabilityStatus {
    Unknown,
    NotAvailable,
    Available,
    Archive,
    Delete,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.trainingCompletionDuration")]
pub enum TrainingCompletionDuration {
    Week,
    Fortnite,
    Month,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.trainingSettingType")]
pub enum TrainingSettingType {
    MicrosoftCustom,
    MicrosoftManaged,
    NoTraining,
    Custom,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.trainingType")]
pub enum TrainingType {
    Unknown,
    Phishing,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.userAccountSecurityType")]
pub enum UserAccountSecurityType {
    Unknown,
    Standard,
    Power,
    Administrator,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accountTargetContent", abstract)]
pub struct AccountTargetContent {
    pub r#type: Option<AccountTargetContentType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.accountTargetContent`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `AccountTargetContent`, keeping its `@odata.type` and properties.
#[cfg(feature = "security")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAccountTargetContent {
    /// `microsoft.graph.addressBookAccountTargetContent`.
    AddressBookAccountTargetContent(AddressBookAccountTargetContent),
    /// `microsoft.graph.includeAllAccountTargetContent`.
    IncludeAllAccountTargetContent(IncludeAllAccountTargetContent),
    /// `microsoft.graph.accountTargetContent` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AccountTargetContent),
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.addressBookAccountTargetContent",
    complex
)]
pub struct AddressBookAccountTargetContent {
    /// The inherited properties of `accountTargetContent`.
    #[graph(base)]
    pub base: AccountTargetContent,
    pub account_target_emails: Option<Vec<String>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.alertDetection")]
pub struct AlertDetection {
    pub detection_type: Option<String>,
    pub method: Option<String>,
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.alertHistoryState")]
pub struct AlertHistoryState {
    pub app_id: Option<String>,
    pub assigned_to: Option<String>,
    pub comments: Option<Vec<String>>,
    pub feedback: Option<AlertFeedback>,
    pub status: Option<AlertStatus>,
    pub updated_date_time: Option<edm::DateTimeOffset>,
    pub user: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.alertTrigger")]
pub struct AlertTrigger {
    pub name: Option<String>,
    pub r#type: Option<String>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.assignedTrainingInfo")]
pub struct AssignedTrainingInfo {
    pub assigned_user_count: Option<i32>,
    pub completed_user_count: Option<i32>,
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.averageComparativeScore")]
pub struct AverageComparativeScore {
    pub average_score: Option<edm::Double>,
    pub basis: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.baseEndUserNotification")]
pub struct BaseEndUserNotification {
    pub default_language: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub end_user_notification: Option<EndUserNotification>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.baseEndUserNotification`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `BaseEndUserNotification`, keeping its `@odata.type` and properties.
#[cfg(feature = "security")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyBaseEndUserNotification {
    /// `microsoft.graph.positiveReinforcementNotification`.
    PositiveReinforcementNotification(PositiveReinforcementNotification),
    /// `microsoft.graph.simulationNotification`.
    SimulationNotification(SimulationNotification),
    /// `microsoft.graph.trainingReminderNotification`.
    TrainingReminderNotification(TrainingReminderNotification),
    /// `microsoft.graph.baseEndUserNotification` itself, or a type this build does not declare.
    #[graph(other)]
    Other(BaseEndUserNotification),
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.certificationControl")]
pub struct CertificationControl {
    pub name: Option<String>,
    pub url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cloudAppSecurityState")]
pub struct CloudAppSecurityState {
    pub destination_service_ip: Option<String>,
    pub destination_service_name: Option<String>,
    pub risk_score: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.coachmarkLocation")]
pub struct CoachmarkLocation {
    pub length: Option<i32>,
    pub offset: Option<i32>,
    pub r#type: Option<CoachmarkLocationType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.complianceInformation")]
pub struct ComplianceInformation {
    pub certification_controls: Option<Vec<CertificationControl>>,
    pub certification_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.controlScore")]
pub struct ControlScore {
    pub control_category: Option<String>,
    pub control_name: Option<String>,
    pub description: Option<String>,
    pub score: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.customTrainingSetting", complex)]
pub struct CustomTrainingSetting {
    /// The inherited properties of `trainingSetting`.
    #[graph(base)]
    pub base: TrainingSetting,
    pub assigned_to: Option<Vec<TrainingAssignedTo>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub duration_in_minutes: Option<i32>,
    pub url: Option<String>,
}

#[cfg(any(feature = "security", feature = "solutions"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.emailIdentity", complex)]
pub struct EmailIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub email: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.emailPayloadDetail", complex)]
pub struct EmailPayloadDetail {
    /// The inherited properties of `payloadDetail`.
    #[graph(base)]
    pub base: PayloadDetail,
    pub from_email: Option<String>,
    pub from_name: Option<String>,
    pub is_external_sender: Option<bool>,
    pub subject: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.endUserNotificationSetting", abstract)]
pub struct EndUserNotificationSetting {
    pub notification_preference: Option<EndUserNotificationPreference>,
    pub positive_reinforcement: Option<PositiveReinforcementNotification>,
    pub setting_type: Option<EndUserNotificationSettingType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.endUserNotificationSetting`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `EndUserNotificationSetting`, keeping its `@odata.type` and properties.
#[cfg(feature = "security")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyEndUserNotificationSetting {
    /// `microsoft.graph.noTrainingNotificationSetting`.
    NoTrainingNotificationSetting(NoTrainingNotificationSetting),
    /// `microsoft.graph.trainingNotificationSetting`.
    TrainingNotificationSetting(TrainingNotificationSetting),
    /// `microsoft.graph.endUserNotificationSetting` itself, or a type this build does not declare.
    #[graph(other)]
    Other(EndUserNotificationSetting),
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fileHash")]
pub struct FileHash {
    pub hash_type: Option<FileHashType>,
    pub hash_value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fileSecurityState")]
pub struct FileSecurityState {
    pub file_hash: Option<FileHash>,
    pub name: Option<String>,
    pub path: Option<String>,
    pub risk_score: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.groupScope", complex)]
pub struct GroupScope {
    /// The inherited properties of `scopeBase`.
    #[graph(base)]
    pub base: ScopeBase,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.hostSecurityState")]
pub struct HostSecurityState {
    pub fqdn: Option<String>,
    pub is_azure_ad_joined: Option<bool>,
    pub is_azure_ad_registered: Option<bool>,
    pub is_hybrid_azure_domain_joined: Option<bool>,
    pub net_bios_name: Option<String>,
    pub os: Option<String>,
    pub private_ip_address: Option<String>,
    pub public_ip_address: Option<String>,
    pub risk_score: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.includeAllAccountTargetContent", complex)]
pub struct IncludeAllAccountTargetContent {
    /// The inherited properties of `accountTargetContent`.
    #[graph(base)]
    pub base: AccountTargetContent,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.investigationSecurityState")]
pub struct InvestigationSecurityState {
    pub name: Option<String>,
    pub status: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.malwareState")]
pub struct MalwareState {
    pub category: Option<String>,
    pub family: Option<String>,
    pub name: Option<String>,
    pub severity: Option<String>,
    pub was_running: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.messageSecurityState")]
pub struct MessageSecurityState {
    #[graph(rename = "connectingIP")]
    pub connecting_ip: Option<String>,
    pub delivery_action: Option<String>,
    pub delivery_location: Option<String>,
    pub directionality: Option<String>,
    pub internet_message_id: Option<String>,
    pub message_fingerprint: Option<String>,
    pub message_received_date_time: Option<edm::DateTimeOffset>,
    pub message_subject: Option<String>,
    pub network_message_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.microsoftCustomTrainingSetting", complex)]
pub struct MicrosoftCustomTrainingSetting {
    /// The inherited properties of `trainingSetting`.
    #[graph(base)]
    pub base: TrainingSetting,
    pub completion_date_time: Option<edm::DateTimeOffset>,
    pub training_assignment_mappings: Option<Vec<MicrosoftTrainingAssignmentMapping>>,
    pub training_completion_duration: Option<TrainingCompletionDuration>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.microsoftManagedTrainingSetting",
    complex
)]
pub struct MicrosoftManagedTrainingSetting {
    /// The inherited properties of `trainingSetting`.
    #[graph(base)]
    pub base: TrainingSetting,
    pub completion_date_time: Option<edm::DateTimeOffset>,
    pub training_completion_duration: Option<TrainingCompletionDuration>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.microsoftTrainingAssignmentMapping",
    complex
)]
pub struct MicrosoftTrainingAssignmentMapping {
    /// The inherited properties of `trainingSetting`.
    #[graph(base)]
    pub base: TrainingSetting,
    pub assigned_to: Option<Vec<TrainingAssignedTo>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub training: Option<Training>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.networkConnection")]
pub struct NetworkConnection {
    pub application_name: Option<String>,
    pub destination_address: Option<String>,
    pub destination_domain: Option<String>,
    pub destination_location: Option<String>,
    pub destination_port: Option<String>,
    pub destination_url: Option<String>,
    pub direction: Option<ConnectionDirection>,
    pub domain_registered_date_time: Option<edm::DateTimeOffset>,
    pub local_dns_name: Option<String>,
    pub nat_destination_address: Option<String>,
    pub nat_destination_port: Option<String>,
    pub nat_source_address: Option<String>,
    pub nat_source_port: Option<String>,
    pub protocol: Option<SecurityNetworkProtocol>,
    pub risk_score: Option<String>,
    pub source_address: Option<String>,
    pub source_location: Option<String>,
    pub source_port: Option<String>,
    pub status: Option<ConnectionStatus>,
    pub url_parameters: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.noTrainingNotificationSetting", complex)]
pub struct NoTrainingNotificationSetting {
    /// The inherited properties of `endUserNotificationSetting`.
    #[graph(base)]
    pub base: EndUserNotificationSetting,
    pub simulation_notification: Option<SimulationNotification>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.noTrainingSetting", complex)]
pub struct NoTrainingSetting {
    /// The inherited properties of `trainingSetting`.
    #[graph(base)]
    pub base: TrainingSetting,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.oAuthConsentAppDetail")]
pub struct OAuthConsentAppDetail {
    pub app_scope: Option<OAuthAppScope>,
    pub display_logo: Option<String>,
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.payloadCoachmark")]
pub struct PayloadCoachmark {
    pub coachmark_location: Option<CoachmarkLocation>,
    pub description: Option<String>,
    pub indicator: Option<String>,
    pub is_valid: Option<bool>,
    pub language: Option<String>,
    pub order: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.payloadDetail", abstract)]
pub struct PayloadDetail {
    pub coachmarks: Option<Vec<PayloadCoachmark>>,
    pub content: Option<String>,
    pub phishing_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.payloadDetail`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `PayloadDetail`, keeping its `@odata.type` and properties.
#[cfg(feature = "security")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyPayloadDetail {
    /// `microsoft.graph.emailPayloadDetail`.
    EmailPayloadDetail(EmailPayloadDetail),
    /// `microsoft.graph.payloadDetail` itself, or a type this build does not declare.
    #[graph(other)]
    Other(PayloadDetail),
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.policyBinding")]
pub struct PolicyBinding {
    pub exclusions: Option<Vec<ScopeBase>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub inclusions: Option<Vec<ScopeBase>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.policyTenantScope", complex)]
pub struct PolicyTenantScope {
    /// The inherited properties of `policyScopeBase`.
    #[graph(base)]
    pub base: PolicyScopeBase,
    pub policy_scope: Option<PolicyBinding>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.positiveReinforcementNotification",
    complex
)]
pub struct PositiveReinforcementNotification {
    /// The inherited properties of `baseEndUserNotification`.
    #[graph(base)]
    pub base: BaseEndUserNotification,
    pub delivery_preference: Option<NotificationDeliveryPreference>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.process")]
pub struct Process {
    pub account_name: Option<String>,
    pub command_line: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub file_hash: Option<FileHash>,
    pub integrity_level: Option<ProcessIntegrityLevel>,
    pub is_elevated: Option<bool>,
    pub name: Option<String>,
    pub parent_process_created_date_time: Option<edm::DateTimeOffset>,
    pub parent_process_id: Option<i32>,
    pub parent_process_name: Option<String>,
    pub path: Option<String>,
    pub process_id: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.processContentBatchRequest")]
pub struct ProcessContentBatchRequest {
    /// Not nullable.
    #[graph(non_nullable)]
    pub content_to_process: Option<ProcessContentRequest>,
    pub request_id: Option<String>,
    pub user_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.processContentResponses")]
pub struct ProcessContentResponses {
    pub request_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub results: Option<ProcessContentResponse>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.recommendedAction")]
pub struct RecommendedAction {
    pub action_web_url: Option<String>,
    pub potential_score_impact: Option<edm::Double>,
    pub title: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.registryKeyState")]
pub struct RegistryKeyState {
    pub hive: Option<RegistryHive>,
    pub key: Option<String>,
    pub old_key: Option<String>,
    pub old_value_data: Option<String>,
    pub old_value_name: Option<String>,
    pub operation: Option<RegistryOperation>,
    pub process_id: Option<i32>,
    pub value_data: Option<String>,
    pub value_name: Option<String>,
    pub value_type: Option<RegistryValueType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.scopeBase", abstract)]
pub struct ScopeBase {
    pub identity: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.secureScoreControlStateUpdate")]
pub struct SecureScoreControlStateUpdate {
    pub assigned_to: Option<String>,
    pub comment: Option<String>,
    pub state: Option<String>,
    pub updated_by: Option<String>,
    pub updated_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.securityResource")]
pub struct SecurityResource {
    pub resource: Option<String>,
    pub resource_type: Option<SecurityResourceType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.securityVendorInformation")]
pub struct SecurityVendorInformation {
    pub provider: Option<String>,
    pub provider_version: Option<String>,
    pub sub_provider: Option<String>,
    pub vendor: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.simulationEvent")]
pub struct SimulationEvent {
    pub count: Option<i32>,
    pub event_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.simulationEventsContent")]
pub struct SimulationEventsContent {
    pub compromised_rate: Option<edm::Double>,
    pub events: Option<Vec<SimulationEvent>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.simulationNotification", complex)]
pub struct SimulationNotification {
    /// The inherited properties of `baseEndUserNotification`.
    #[graph(base)]
    pub base: BaseEndUserNotification,
    pub targetted_user_type: Option<TargettedUserType>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.simulationReport")]
pub struct SimulationReport {
    pub overview: Option<SimulationReportOverview>,
    pub simulation_users: Option<Vec<UserSimulationDetails>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.simulationReportOverview")]
pub struct SimulationReportOverview {
    pub recommended_actions: Option<Vec<RecommendedAction>>,
    pub resolved_targets_count: Option<i32>,
    pub simulation_events_content: Option<SimulationEventsContent>,
    pub training_events_content: Option<TrainingEventsContent>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.tenantScope", complex)]
pub struct TenantScope {
    /// The inherited properties of `scopeBase`.
    #[graph(base)]
    pub base: ScopeBase,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.trainingEventsContent")]
pub struct TrainingEventsContent {
    pub assigned_trainings_infos: Option<Vec<AssignedTrainingInfo>>,
    pub trainings_assigned_user_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.trainingNotificationSetting", complex)]
pub struct TrainingNotificationSetting {
    /// The inherited properties of `endUserNotificationSetting`.
    #[graph(base)]
    pub base: EndUserNotificationSetting,
    pub training_assignment: Option<AnyBaseEndUserNotification>,
    pub training_reminder: Option<TrainingReminderNotification>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.trainingReminderNotification", complex)]
pub struct TrainingReminderNotification {
    /// The inherited properties of `baseEndUserNotification`.
    #[graph(base)]
    pub base: BaseEndUserNotification,
    pub delivery_frequency: Option<NotificationDeliveryFrequency>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.trainingSetting", abstract)]
pub struct TrainingSetting {
    pub setting_type: Option<TrainingSettingType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.trainingSetting`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `TrainingSetting`, keeping its `@odata.type` and properties.
#[cfg(feature = "security")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyTrainingSetting {
    /// `microsoft.graph.customTrainingSetting`.
    CustomTrainingSetting(CustomTrainingSetting),
    /// `microsoft.graph.microsoftCustomTrainingSetting`.
    MicrosoftCustomTrainingSetting(MicrosoftCustomTrainingSetting),
    /// `microsoft.graph.microsoftManagedTrainingSetting`.
    MicrosoftManagedTrainingSetting(MicrosoftManagedTrainingSetting),
    /// `microsoft.graph.microsoftTrainingAssignmentMapping`.
    MicrosoftTrainingAssignmentMapping(MicrosoftTrainingAssignmentMapping),
    /// `microsoft.graph.noTrainingSetting`.
    NoTrainingSetting(NoTrainingSetting),
    /// `microsoft.graph.trainingSetting` itself, or a type this build does not declare.
    #[graph(other)]
    Other(TrainingSetting),
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.uriClickSecurityState")]
pub struct UriClickSecurityState {
    pub click_action: Option<String>,
    pub click_date_time: Option<edm::DateTimeOffset>,
    pub id: Option<String>,
    pub source_id: Option<String>,
    pub uri_domain: Option<String>,
    pub verdict: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userScope", complex)]
pub struct UserScope {
    /// The inherited properties of `scopeBase`.
    #[graph(base)]
    pub base: ScopeBase,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userSecurityState")]
pub struct UserSecurityState {
    pub aad_user_id: Option<String>,
    pub account_name: Option<String>,
    pub domain_name: Option<String>,
    pub email_role: Option<EmailRole>,
    pub is_vpn: Option<bool>,
    pub logon_date_time: Option<edm::DateTimeOffset>,
    pub logon_id: Option<String>,
    pub logon_ip: Option<String>,
    pub logon_location: Option<String>,
    pub logon_type: Option<LogonType>,
    pub on_premises_security_identifier: Option<String>,
    pub risk_score: Option<String>,
    pub user_account_type: Option<UserAccountSecurityType>,
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userSimulationDetails")]
pub struct UserSimulationDetails {
    pub assigned_trainings_count: Option<i32>,
    pub completed_trainings_count: Option<i32>,
    pub compromised_date_time: Option<edm::DateTimeOffset>,
    pub in_progress_trainings_count: Option<i32>,
    pub is_compromised: Option<bool>,
    pub reported_phish_date_time: Option<edm::DateTimeOffset>,
    pub simulation_events: Option<Vec<UserSimulationEventInfo>>,
    pub simulation_user: Option<AttackSimulationUser>,
    pub training_events: Option<Vec<UserTrainingEventInfo>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userSimulationEventInfo")]
pub struct UserSimulationEventInfo {
    pub browser: Option<String>,
    pub click_source: Option<ClickSource>,
    pub event_date_time: Option<edm::DateTimeOffset>,
    pub event_name: Option<String>,
    pub ip_address: Option<String>,
    pub os_platform_device_details: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userTrainingContentEventInfo")]
pub struct UserTrainingContentEventInfo {
    pub browser: Option<String>,
    pub content_date_time: Option<edm::DateTimeOffset>,
    pub ip_address: Option<String>,
    pub os_platform_device_details: Option<String>,
    pub potential_score_impact: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userTrainingEventInfo")]
pub struct UserTrainingEventInfo {
    pub display_name: Option<String>,
    pub latest_training_status: Option<TrainingStatus>,
    pub training_assigned_properties: Option<UserTrainingContentEventInfo>,
    pub training_completed_properties: Option<UserTrainingContentEventInfo>,
    pub training_updated_properties: Option<UserTrainingContentEventInfo>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.vulnerabilityState")]
pub struct VulnerabilityState {
    pub cve: Option<String>,
    pub severity: Option<String>,
    pub was_running: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.alert",
    path = "/security/alerts"
)]
pub struct Alert {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub activity_group_name: Option<String>,
    pub alert_detections: Option<Vec<AlertDetection>>,
    pub assigned_to: Option<String>,
    pub azure_subscription_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub azure_tenant_id: Option<String>,
    pub category: Option<String>,
    pub closed_date_time: Option<edm::DateTimeOffset>,
    pub cloud_app_states: Option<Vec<CloudAppSecurityState>>,
    pub comments: Option<Vec<String>>,
    pub confidence: Option<i32>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub detection_ids: Option<Vec<String>>,
    pub event_date_time: Option<edm::DateTimeOffset>,
    pub feedback: Option<AlertFeedback>,
    pub file_states: Option<Vec<FileSecurityState>>,
    pub history_states: Option<Vec<AlertHistoryState>>,
    pub host_states: Option<Vec<HostSecurityState>>,
    pub incident_ids: Option<Vec<String>>,
    pub investigation_security_states: Option<Vec<InvestigationSecurityState>>,
    pub last_event_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub malware_states: Option<Vec<MalwareState>>,
    pub message_security_states: Option<Vec<MessageSecurityState>>,
    pub network_connections: Option<Vec<NetworkConnection>>,
    pub processes: Option<Vec<Process>>,
    pub recommended_actions: Option<Vec<String>>,
    pub registry_key_states: Option<Vec<RegistryKeyState>>,
    pub security_resources: Option<Vec<SecurityResource>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub severity: Option<AlertSeverity>,
    pub source_materials: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<AlertStatus>,
    pub tags: Option<Vec<String>>,
    pub title: Option<String>,
    pub triggers: Option<Vec<AlertTrigger>>,
    pub uri_click_security_states: Option<Vec<UriClickSecurityState>>,
    pub user_states: Option<Vec<UserSecurityState>>,
    pub vendor_information: Option<SecurityVendorInformation>,
    pub vulnerability_states: Option<Vec<VulnerabilityState>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attackSimulationOperation")]
pub struct AttackSimulationOperation {
    /// The inherited properties of `longRunningOperation`.
    #[graph(base)]
    pub base: LongRunningOperation,
    /// Not nullable.
    #[graph(non_nullable)]
    pub percentage_completed: Option<i32>,
    pub tenant_id: Option<String>,
    pub r#type: Option<AttackSimulationOperationType>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.attackSimulationRoot",
    abstract,
    contains(name = "endUserNotifications", target = EndUserNotification),
    contains(name = "landingPages", target = LandingPage),
    contains(name = "loginPages", target = LoginPage),
    contains(name = "operations", target = AttackSimulationOperation),
    contains(name = "payloads", target = Payload),
    contains(name = "simulationAutomations", target = SimulationAutomation),
    contains(name = "simulations", target = Simulation),
    contains(name = "trainings", target = Training)
)]
pub struct AttackSimulationRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub end_user_notifications: Option<Vec<EndUserNotification>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub landing_pages: Option<Vec<LandingPage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub login_pages: Option<Vec<LoginPage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub operations: Option<Vec<AttackSimulationOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub payloads: Option<Vec<Payload>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub simulation_automations: Option<Vec<SimulationAutomation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub simulations: Option<Vec<Simulation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub trainings: Option<Vec<Training>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.endUserNotification",
    contains(name = "details", target = EndUserNotificationDetail)
)]
pub struct EndUserNotification {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<EmailIdentity>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub last_modified_by: Option<EmailIdentity>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub notification_type: Option<EndUserNotificationType>,
    pub source: Option<SimulationContentSource>,
    pub status: Option<SimulationContentStatus>,
    pub supported_locales: Option<Vec<String>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub details: Option<Vec<EndUserNotificationDetail>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.endUserNotificationDetail"
)]
pub struct EndUserNotificationDetail {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub email_content: Option<String>,
    pub is_default_langauge: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub language: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub locale: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub sent_from: Option<EmailIdentity>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub subject: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.landingPage",
    contains(name = "details", target = LandingPageDetail)
)]
pub struct LandingPage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<EmailIdentity>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub last_modified_by: Option<EmailIdentity>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub locale: Option<String>,
    pub source: Option<SimulationContentSource>,
    pub status: Option<SimulationContentStatus>,
    pub supported_locales: Option<Vec<String>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub details: Option<Vec<LandingPageDetail>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.landingPageDetail")]
pub struct LandingPageDetail {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub content: Option<String>,
    pub is_default_langauge: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub language: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.loginPage")]
pub struct LoginPage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub content: Option<String>,
    pub created_by: Option<EmailIdentity>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub language: Option<String>,
    pub last_modified_by: Option<EmailIdentity>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub source: Option<SimulationContentSource>,
    pub status: Option<SimulationContentStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.payload")]
pub struct Payload {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub brand: Option<PayloadBrand>,
    pub complexity: Option<PayloadComplexity>,
    pub created_by: Option<EmailIdentity>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub detail: Option<AnyPayloadDetail>,
    pub display_name: Option<String>,
    pub industry: Option<PayloadIndustry>,
    pub is_automated: Option<bool>,
    pub is_controversial: Option<bool>,
    pub is_current_event: Option<bool>,
    pub language: Option<String>,
    pub last_modified_by: Option<EmailIdentity>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub payload_tags: Option<Vec<String>>,
    pub platform: Option<PayloadDeliveryPlatform>,
    pub predicted_compromise_rate: Option<edm::Double>,
    pub simulation_attack_type: Option<SimulationAttackType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub source: Option<SimulationContentSource>,
    pub status: Option<SimulationContentStatus>,
    pub technique: Option<SimulationAttackTechnique>,
    pub theme: Option<PayloadTheme>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.secureScore",
    path = "/security/secureScores"
)]
pub struct SecureScore {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub active_user_count: Option<i32>,
    pub average_comparative_scores: Option<Vec<AverageComparativeScore>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub azure_tenant_id: Option<String>,
    pub control_scores: Option<Vec<ControlScore>>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub current_score: Option<edm::Double>,
    pub enabled_services: Option<Vec<String>>,
    pub licensed_user_count: Option<i32>,
    pub max_score: Option<edm::Double>,
    pub vendor_information: Option<SecurityVendorInformation>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.secureScoreControlProfile",
    path = "/security/secureScoreControlProfiles"
)]
pub struct SecureScoreControlProfile {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub action_type: Option<String>,
    pub action_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub azure_tenant_id: Option<String>,
    pub compliance_information: Option<Vec<ComplianceInformation>>,
    pub control_category: Option<String>,
    pub control_state_updates: Option<Vec<SecureScoreControlStateUpdate>>,
    pub deprecated: Option<bool>,
    pub implementation_cost: Option<String>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub max_score: Option<edm::Double>,
    pub rank: Option<i32>,
    pub remediation: Option<String>,
    pub remediation_impact: Option<String>,
    pub service: Option<String>,
    pub threats: Option<Vec<String>>,
    pub tier: Option<String>,
    pub title: Option<String>,
    pub user_impact: Option<String>,
    pub vendor_information: Option<SecurityVendorInformation>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Security singleton providing access to audit log resources.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security",
    keyless,
    singleton = "/security",
    contains(name = "alerts", target = Alert),
    contains(name = "alerts_v2", target = crate::security::Alert),
    contains(name = "attackSimulation", target = AttackSimulationRoot, single),
    contains(name = "auditLog", target = crate::security::AuditCoreRoot, single),
    contains(name = "cases", target = crate::security::CasesRoot, single),
    contains(name = "collaboration", target = crate::security::CollaborationRoot, single),
    contains(name = "dataSecurityAndGovernance", target = TenantDataSecurityAndGovernance, single),
    contains(name = "identities", target = crate::security::IdentityContainer, single),
    contains(name = "incidents", target = crate::security::Incident),
    contains(name = "labels", target = crate::security::LabelsRoot, single),
    contains(name = "secureScoreControlProfiles", target = SecureScoreControlProfile),
    contains(name = "secureScores", target = SecureScore),
    contains(name = "threatIntelligence", target = crate::security::ThreatIntelligence, single),
    contains(name = "triggers", target = crate::security::TriggersRoot, single),
    contains(name = "triggerTypes", target = crate::security::TriggerTypesRoot, single),
    action(
        name = "runHuntingQuery",
        parameters = SecurityRunHuntingQueryParameters,
        returns = crate::security::HuntingQueryResults
    )
)]
#[cfg_attr(feature = "privacy", graph(contains(name = "subjectRightsRequests", target = SubjectRightsRequest)))]
pub struct Security {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub alerts: Option<Vec<Alert>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only, rename = "alerts_v2")]
    pub alerts_v2: Option<Vec<crate::security::Alert>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub attack_simulation: Option<AttackSimulationRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub audit_log: Option<crate::security::AuditCoreRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub cases: Option<crate::security::CasesRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub collaboration: Option<crate::security::CollaborationRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub data_security_and_governance: Option<TenantDataSecurityAndGovernance>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub identities: Option<crate::security::IdentityContainer>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub incidents: Option<Vec<crate::security::Incident>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub labels: Option<crate::security::LabelsRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub secure_score_control_profiles: Option<Vec<SecureScoreControlProfile>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub secure_scores: Option<Vec<SecureScore>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `privacy`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "privacy")]
    #[graph(read_only)]
    pub subject_rights_requests: Option<Vec<SubjectRightsRequest>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub threat_intelligence: Option<crate::security::ThreatIntelligence>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub triggers: Option<crate::security::TriggersRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub trigger_types: Option<crate::security::TriggerTypesRoot>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `runHuntingQuery`, bound to `security`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct SecurityRunHuntingQueryParameters {
    pub query: Option<String>,
    pub timespan: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.simulation")]
pub struct Simulation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub attack_technique: Option<SimulationAttackTechnique>,
    pub attack_type: Option<SimulationAttackType>,
    pub automation_id: Option<String>,
    pub completion_date_time: Option<edm::DateTimeOffset>,
    pub created_by: Option<EmailIdentity>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub duration_in_days: Option<i32>,
    pub end_user_notification_setting: Option<AnyEndUserNotificationSetting>,
    pub excluded_account_target: Option<AnyAccountTargetContent>,
    pub included_account_target: Option<AnyAccountTargetContent>,
    pub is_automated: Option<bool>,
    pub last_modified_by: Option<EmailIdentity>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub launch_date_time: Option<edm::DateTimeOffset>,
    pub o_auth_consent_app_detail: Option<OAuthConsentAppDetail>,
    pub payload_delivery_platform: Option<PayloadDeliveryPlatform>,
    pub report: Option<SimulationReport>,
    pub status: Option<SimulationStatus>,
    pub training_setting: Option<AnyTrainingSetting>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub landing_page: Option<LandingPage>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub login_page: Option<LoginPage>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub payload: Option<Payload>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.simulationAutomation",
    contains(name = "runs", target = SimulationAutomationRun)
)]
pub struct SimulationAutomation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<EmailIdentity>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub last_modified_by: Option<EmailIdentity>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub last_run_date_time: Option<edm::DateTimeOffset>,
    pub next_run_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<SimulationAutomationStatus>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub runs: Option<Vec<SimulationAutomationRun>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.simulationAutomationRun"
)]
pub struct SimulationAutomationRun {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub simulation_id: Option<String>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<SimulationAutomationRunStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.tenantDataSecurityAndGovernance",
    contains(name = "protectionScopes", target = TenantProtectionScopeContainer, single),
    action(
        name = "processContentAsync",
        parameters = TenantDataSecurityAndGovernanceProcessContentAsyncParameters,
        returns = Vec<ProcessContentResponses>
    )
)]
pub struct TenantDataSecurityAndGovernance {
    /// The inherited properties of `dataSecurityAndGovernance`.
    #[graph(base)]
    pub base: DataSecurityAndGovernance,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub protection_scopes: Option<TenantProtectionScopeContainer>,
}

/// The body of the action `processContentAsync`, bound to `tenantDataSecurityAndGovernance`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct TenantDataSecurityAndGovernanceProcessContentAsyncParameters {
    pub process_content_requests: Option<Vec<ProcessContentBatchRequest>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.tenantProtectionScopeContainer",
    action(
        name = "compute",
        parameters = TenantProtectionScopeContainerComputeParameters,
        returns = Vec<PolicyTenantScope>
    )
)]
pub struct TenantProtectionScopeContainer {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `compute`, bound to `tenantProtectionScopeContainer`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct TenantProtectionScopeContainerComputeParameters {
    pub activities: Option<Flags<UserActivityTypes>>,
    pub locations: Option<Vec<PolicyLocation>>,
    pub pivot_on: Option<PolicyPivotProperty>,
    pub device_metadata: Option<DeviceMetadata>,
    pub integrated_app_metadata: Option<AnyIntegratedApplicationMetadata>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.training",
    contains(name = "languageDetails", target = TrainingLanguageDetail)
)]
pub struct Training {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub availability_status: Option<TrainingAvailabilityStatus>,
    pub created_by: Option<EmailIdentity>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub duration_in_minutes: Option<i32>,
    pub has_evaluation: Option<bool>,
    pub last_modified_by: Option<EmailIdentity>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub source: Option<SimulationContentSource>,
    pub supported_locales: Option<Vec<String>>,
    pub tags: Option<Vec<String>>,
    pub r#type: Option<TrainingType>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub language_details: Option<Vec<TrainingLanguageDetail>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.trainingLanguageDetail")]
pub struct TrainingLanguageDetail {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub content: Option<String>,
    pub created_by: Option<EmailIdentity>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub is_default_langauge: Option<bool>,
    pub last_modified_by: Option<EmailIdentity>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub locale: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
