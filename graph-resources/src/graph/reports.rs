//! The types of the area `reports`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "reports")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.authenticationMethodFeature")]
pub enum AuthenticationMethodFeature {
    SsprRegistered,
    SsprEnabled,
    SsprCapable,
    PasswordlessCapable,
    MfaCapable,
    UnknownFutureValue,
}

#[cfg(feature = "reports")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.includedUserRoles")]
pub enum IncludedUserRoles {
    All,
    PrivilegedAdmin,
    Admin,
    User,
    UnknownFutureValue,
}

#[cfg(feature = "reports")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.includedUserTypes")]
pub enum IncludedUserTypes {
    All,
    Member,
    Guest,
    UnknownFutureValue,
}

#[cfg(any(feature = "reports", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.migrationStatus")]
pub enum MigrationStatus {
    Ready,
    NeedsReview,
    AdditionalStepsRequired,
    UnknownFutureValue,
}

#[cfg(any(feature = "reports", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.printJobProcessingState")]
pub enum PrintJobProcessingState {
    Unknown,
    Pending,
    Processing,
    Paused,
    Stopped,
    Completed,
    Canceled,
    Aborted,
    UnknownFutureValue,
}

#[cfg(feature = "reports")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.signInUserType")]
pub enum SignInUserType {
    Member,
    Guest,
    UnknownFutureValue,
}

#[cfg(any(feature = "reports", feature = "security"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.trainingStatus")]
pub enum TrainingStatus {
    Unknown,
    Assigned,
    InProgress,
    Completed,
    Overdue,
    UnknownFutureValue,
}

#[cfg(feature = "reports")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.userDefaultAuthenticationMethod")]
pub enum UserDefaultAuthenticationMethod {
    Push,
    Oath,
    VoiceMobile,
    VoiceAlternateMobile,
    VoiceOffice,
    Sms,
    None,
    UnknownFutureValue,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.archivedPrintJob")]
pub struct ArchivedPrintJob {
    /// Not nullable.
    #[graph(non_nullable)]
    pub acquired_by_printer: Option<bool>,
    pub acquired_date_time: Option<edm::DateTimeOffset>,
    pub completion_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub copies_printed: Option<i32>,
    pub created_by: Option<UserIdentity>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub printer_id: Option<String>,
    pub printer_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub processing_state: Option<PrintJobProcessingState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attackSimulationRepeatOffender")]
pub struct AttackSimulationRepeatOffender {
    pub attack_simulation_user: Option<AttackSimulationUser>,
    pub repeat_offence_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attackSimulationSimulationUserCoverage")]
pub struct AttackSimulationSimulationUserCoverage {
    pub attack_simulation_user: Option<AttackSimulationUser>,
    pub click_count: Option<i32>,
    pub compromised_count: Option<i32>,
    pub latest_simulation_date_time: Option<edm::DateTimeOffset>,
    pub simulation_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attackSimulationTrainingUserCoverage")]
pub struct AttackSimulationTrainingUserCoverage {
    pub attack_simulation_user: Option<AttackSimulationUser>,
    pub user_trainings: Option<Vec<UserTrainingStatusInfo>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "reports", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attackSimulationUser")]
pub struct AttackSimulationUser {
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub user_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Device Configuration profile History reports.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.report")]
pub struct Report {
    pub content: Option<edm::Stream>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userRegistrationFeatureCount")]
pub struct UserRegistrationFeatureCount {
    /// Not nullable.
    #[graph(non_nullable)]
    pub feature: Option<AuthenticationMethodFeature>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_count: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userRegistrationFeatureSummary")]
pub struct UserRegistrationFeatureSummary {
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_user_count: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_registration_feature_counts: Option<Vec<UserRegistrationFeatureCount>>,
    pub user_roles: Option<IncludedUserRoles>,
    pub user_types: Option<IncludedUserTypes>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userRegistrationMethodCount")]
pub struct UserRegistrationMethodCount {
    /// Not nullable.
    #[graph(non_nullable)]
    pub authentication_method: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_count: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userRegistrationMethodSummary")]
pub struct UserRegistrationMethodSummary {
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_user_count: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_registration_method_counts: Option<Vec<UserRegistrationMethodCount>>,
    pub user_roles: Option<IncludedUserRoles>,
    pub user_types: Option<IncludedUserTypes>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userTrainingStatusInfo")]
pub struct UserTrainingStatusInfo {
    pub assigned_date_time: Option<edm::DateTimeOffset>,
    pub completion_date_time: Option<edm::DateTimeOffset>,
    pub display_name: Option<String>,
    pub training_status: Option<TrainingStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.authenticationMethodsRoot",
    contains(name = "userRegistrationDetails", target = UserRegistrationDetails),
    function(name = "usersRegisteredByFeature", returns = UserRegistrationFeatureSummary),
    function(
        name = "usersRegisteredByFeature",
        method = "users_registered_by_feature_with_included_user_types_included_user_roles",
        parameters = AuthenticationMethodsRootUsersRegisteredByFeatureWithIncludedUserTypesIncludedUserRolesParameters,
        returns = UserRegistrationFeatureSummary
    ),
    function(name = "usersRegisteredByMethod", returns = UserRegistrationMethodSummary),
    function(
        name = "usersRegisteredByMethod",
        method = "users_registered_by_method_with_included_user_types_included_user_roles",
        parameters = AuthenticationMethodsRootUsersRegisteredByMethodWithIncludedUserTypesIncludedUserRolesParameters,
        returns = UserRegistrationMethodSummary
    )
)]
pub struct AuthenticationMethodsRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_registration_details: Option<Vec<UserRegistrationDetails>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `usersRegisteredByFeature`, bound to `authenticationMethodsRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct AuthenticationMethodsRootUsersRegisteredByFeatureWithIncludedUserTypesIncludedUserRolesParameters
{
    pub included_user_types: Option<IncludedUserTypes>,
    pub included_user_roles: Option<IncludedUserRoles>,
}

/// The arguments of the function `usersRegisteredByMethod`, bound to `authenticationMethodsRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct AuthenticationMethodsRootUsersRegisteredByMethodWithIncludedUserTypesIncludedUserRolesParameters
{
    pub included_user_types: Option<IncludedUserTypes>,
    pub included_user_roles: Option<IncludedUserRoles>,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.partners",
    contains(name = "billing", target = crate::partners_billing::Billing, single)
)]
pub struct Partners {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub billing: Option<crate::partners_billing::Billing>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.printUsageByPrinter",
    path = "/reports/dailyPrintUsageByPrinter"
)]
pub struct PrintUsageByPrinter {
    /// The inherited properties of `printUsage`.
    #[graph(base)]
    pub base: PrintUsage,
    /// Not nullable.
    #[graph(non_nullable)]
    pub printer_id: Option<String>,
    pub printer_name: Option<String>,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.printUsageByUser",
    path = "/reports/dailyPrintUsageByUser"
)]
pub struct PrintUsageByUser {
    /// The inherited properties of `printUsage`.
    #[graph(base)]
    pub base: PrintUsage,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_principal_name: Option<String>,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.reportRoot",
    keyless,
    singleton = "/reports",
    contains(name = "authenticationMethods", target = AuthenticationMethodsRoot, single),
    contains(name = "dailyPrintUsageByPrinter", target = PrintUsageByPrinter),
    contains(name = "dailyPrintUsageByUser", target = PrintUsageByUser),
    contains(name = "monthlyPrintUsageByPrinter", target = PrintUsageByPrinter),
    contains(name = "monthlyPrintUsageByUser", target = PrintUsageByUser),
    contains(name = "partners", target = Partners, single),
    contains(name = "security", target = SecurityReportsRoot, single),
    function(name = "deviceConfigurationDeviceActivity", returns = Report),
    function(name = "deviceConfigurationUserActivity", returns = Report),
    function(
        name = "getEmailActivityCounts",
        parameters = ReportRootGetEmailActivityCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getEmailActivityUserCounts",
        parameters = ReportRootGetEmailActivityUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getEmailActivityUserDetail",
        parameters = ReportRootGetEmailActivityUserDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getEmailActivityUserDetail",
        method = "get_email_activity_user_detail_with_period",
        parameters = ReportRootGetEmailActivityUserDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getEmailAppUsageAppsUserCounts",
        parameters = ReportRootGetEmailAppUsageAppsUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getEmailAppUsageUserCounts",
        parameters = ReportRootGetEmailAppUsageUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getEmailAppUsageUserDetail",
        parameters = ReportRootGetEmailAppUsageUserDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getEmailAppUsageUserDetail",
        method = "get_email_app_usage_user_detail_with_period",
        parameters = ReportRootGetEmailAppUsageUserDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getEmailAppUsageVersionsUserCounts",
        parameters = ReportRootGetEmailAppUsageVersionsUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getGroupArchivedPrintJobs",
        parameters = ReportRootGetGroupArchivedPrintJobsParameters,
        returns = Vec<ArchivedPrintJob>
    ),
    function(
        name = "getM365AppPlatformUserCounts",
        parameters = ReportRootGetM365AppPlatformUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getM365AppUserCounts",
        parameters = ReportRootGetM365AppUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getM365AppUserDetail",
        parameters = ReportRootGetM365AppUserDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getM365AppUserDetail",
        method = "get_m365_app_user_detail_with_period",
        parameters = ReportRootGetM365AppUserDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getMailboxUsageDetail",
        parameters = ReportRootGetMailboxUsageDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getMailboxUsageMailboxCounts",
        parameters = ReportRootGetMailboxUsageMailboxCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getMailboxUsageQuotaStatusMailboxCounts",
        parameters = ReportRootGetMailboxUsageQuotaStatusMailboxCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getMailboxUsageStorage",
        parameters = ReportRootGetMailboxUsageStorageParameters,
        returns = response::Media
    ),
    function(name = "getOffice365ActivationCounts", returns = response::Media),
    function(name = "getOffice365ActivationsUserCounts", returns = response::Media),
    function(name = "getOffice365ActivationsUserDetail", returns = response::Media),
    function(
        name = "getOffice365ActiveUserCounts",
        parameters = ReportRootGetOffice365ActiveUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getOffice365ActiveUserDetail",
        parameters = ReportRootGetOffice365ActiveUserDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getOffice365ActiveUserDetail",
        method = "get_office365_active_user_detail_with_period",
        parameters = ReportRootGetOffice365ActiveUserDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getOffice365GroupsActivityCounts",
        parameters = ReportRootGetOffice365GroupsActivityCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getOffice365GroupsActivityDetail",
        parameters = ReportRootGetOffice365GroupsActivityDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getOffice365GroupsActivityDetail",
        method = "get_office365_groups_activity_detail_with_period",
        parameters = ReportRootGetOffice365GroupsActivityDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getOffice365GroupsActivityFileCounts",
        parameters = ReportRootGetOffice365GroupsActivityFileCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getOffice365GroupsActivityGroupCounts",
        parameters = ReportRootGetOffice365GroupsActivityGroupCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getOffice365GroupsActivityStorage",
        parameters = ReportRootGetOffice365GroupsActivityStorageParameters,
        returns = response::Media
    ),
    function(
        name = "getOffice365ServicesUserCounts",
        parameters = ReportRootGetOffice365ServicesUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getOneDriveActivityFileCounts",
        parameters = ReportRootGetOneDriveActivityFileCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getOneDriveActivityUserCounts",
        parameters = ReportRootGetOneDriveActivityUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getOneDriveActivityUserDetail",
        parameters = ReportRootGetOneDriveActivityUserDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getOneDriveActivityUserDetail",
        method = "get_one_drive_activity_user_detail_with_period",
        parameters = ReportRootGetOneDriveActivityUserDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getOneDriveUsageAccountCounts",
        parameters = ReportRootGetOneDriveUsageAccountCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getOneDriveUsageAccountDetail",
        parameters = ReportRootGetOneDriveUsageAccountDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getOneDriveUsageAccountDetail",
        method = "get_one_drive_usage_account_detail_with_period",
        parameters = ReportRootGetOneDriveUsageAccountDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getOneDriveUsageFileCounts",
        parameters = ReportRootGetOneDriveUsageFileCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getOneDriveUsageStorage",
        parameters = ReportRootGetOneDriveUsageStorageParameters,
        returns = response::Media
    ),
    function(
        name = "getPrinterArchivedPrintJobs",
        parameters = ReportRootGetPrinterArchivedPrintJobsParameters,
        returns = Vec<ArchivedPrintJob>
    ),
    function(
        name = "getRelyingPartyDetailedSummary",
        parameters = ReportRootGetRelyingPartyDetailedSummaryParameters,
        returns = Page<RelyingPartyDetailedSummary>
    ),
    function(
        name = "getSharePointActivityFileCounts",
        parameters = ReportRootGetSharePointActivityFileCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSharePointActivityPages",
        parameters = ReportRootGetSharePointActivityPagesParameters,
        returns = response::Media
    ),
    function(
        name = "getSharePointActivityUserCounts",
        parameters = ReportRootGetSharePointActivityUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSharePointActivityUserDetail",
        parameters = ReportRootGetSharePointActivityUserDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getSharePointActivityUserDetail",
        method = "get_share_point_activity_user_detail_with_period",
        parameters = ReportRootGetSharePointActivityUserDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getSharePointSiteUsageDetail",
        parameters = ReportRootGetSharePointSiteUsageDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getSharePointSiteUsageDetail",
        method = "get_share_point_site_usage_detail_with_period",
        parameters = ReportRootGetSharePointSiteUsageDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getSharePointSiteUsageFileCounts",
        parameters = ReportRootGetSharePointSiteUsageFileCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSharePointSiteUsagePages",
        parameters = ReportRootGetSharePointSiteUsagePagesParameters,
        returns = response::Media
    ),
    function(
        name = "getSharePointSiteUsageSiteCounts",
        parameters = ReportRootGetSharePointSiteUsageSiteCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSharePointSiteUsageStorage",
        parameters = ReportRootGetSharePointSiteUsageStorageParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessActivityCounts",
        parameters = ReportRootGetSkypeForBusinessActivityCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessActivityUserCounts",
        parameters = ReportRootGetSkypeForBusinessActivityUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessActivityUserDetail",
        parameters = ReportRootGetSkypeForBusinessActivityUserDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessActivityUserDetail",
        method = "get_skype_for_business_activity_user_detail_with_period",
        parameters = ReportRootGetSkypeForBusinessActivityUserDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessDeviceUsageDistributionUserCounts",
        parameters = ReportRootGetSkypeForBusinessDeviceUsageDistributionUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessDeviceUsageUserCounts",
        parameters = ReportRootGetSkypeForBusinessDeviceUsageUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessDeviceUsageUserDetail",
        parameters = ReportRootGetSkypeForBusinessDeviceUsageUserDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessDeviceUsageUserDetail",
        method = "get_skype_for_business_device_usage_user_detail_with_period",
        parameters = ReportRootGetSkypeForBusinessDeviceUsageUserDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessOrganizerActivityCounts",
        parameters = ReportRootGetSkypeForBusinessOrganizerActivityCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessOrganizerActivityMinuteCounts",
        parameters = ReportRootGetSkypeForBusinessOrganizerActivityMinuteCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessOrganizerActivityUserCounts",
        parameters = ReportRootGetSkypeForBusinessOrganizerActivityUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessParticipantActivityCounts",
        parameters = ReportRootGetSkypeForBusinessParticipantActivityCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessParticipantActivityMinuteCounts",
        parameters = ReportRootGetSkypeForBusinessParticipantActivityMinuteCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessParticipantActivityUserCounts",
        parameters = ReportRootGetSkypeForBusinessParticipantActivityUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessPeerToPeerActivityCounts",
        parameters = ReportRootGetSkypeForBusinessPeerToPeerActivityCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessPeerToPeerActivityMinuteCounts",
        parameters = ReportRootGetSkypeForBusinessPeerToPeerActivityMinuteCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getSkypeForBusinessPeerToPeerActivityUserCounts",
        parameters = ReportRootGetSkypeForBusinessPeerToPeerActivityUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getTeamsDeviceUsageDistributionUserCounts",
        parameters = ReportRootGetTeamsDeviceUsageDistributionUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getTeamsDeviceUsageUserCounts",
        parameters = ReportRootGetTeamsDeviceUsageUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getTeamsDeviceUsageUserDetail",
        parameters = ReportRootGetTeamsDeviceUsageUserDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getTeamsDeviceUsageUserDetail",
        method = "get_teams_device_usage_user_detail_with_period",
        parameters = ReportRootGetTeamsDeviceUsageUserDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getTeamsTeamActivityCounts",
        parameters = ReportRootGetTeamsTeamActivityCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getTeamsTeamActivityDetail",
        parameters = ReportRootGetTeamsTeamActivityDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getTeamsTeamActivityDetail",
        method = "get_teams_team_activity_detail_with_period",
        parameters = ReportRootGetTeamsTeamActivityDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getTeamsTeamActivityDistributionCounts",
        parameters = ReportRootGetTeamsTeamActivityDistributionCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getTeamsTeamCounts",
        parameters = ReportRootGetTeamsTeamCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getTeamsUserActivityCounts",
        parameters = ReportRootGetTeamsUserActivityCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getTeamsUserActivityUserCounts",
        parameters = ReportRootGetTeamsUserActivityUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getTeamsUserActivityUserDetail",
        parameters = ReportRootGetTeamsUserActivityUserDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getTeamsUserActivityUserDetail",
        method = "get_teams_user_activity_user_detail_with_period",
        parameters = ReportRootGetTeamsUserActivityUserDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getUserArchivedPrintJobs",
        parameters = ReportRootGetUserArchivedPrintJobsParameters,
        returns = Vec<ArchivedPrintJob>
    ),
    function(
        name = "getYammerActivityCounts",
        parameters = ReportRootGetYammerActivityCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getYammerActivityUserCounts",
        parameters = ReportRootGetYammerActivityUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getYammerActivityUserDetail",
        parameters = ReportRootGetYammerActivityUserDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getYammerActivityUserDetail",
        method = "get_yammer_activity_user_detail_with_period",
        parameters = ReportRootGetYammerActivityUserDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getYammerDeviceUsageDistributionUserCounts",
        parameters = ReportRootGetYammerDeviceUsageDistributionUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getYammerDeviceUsageUserCounts",
        parameters = ReportRootGetYammerDeviceUsageUserCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getYammerDeviceUsageUserDetail",
        parameters = ReportRootGetYammerDeviceUsageUserDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getYammerDeviceUsageUserDetail",
        method = "get_yammer_device_usage_user_detail_with_period",
        parameters = ReportRootGetYammerDeviceUsageUserDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getYammerGroupsActivityCounts",
        parameters = ReportRootGetYammerGroupsActivityCountsParameters,
        returns = response::Media
    ),
    function(
        name = "getYammerGroupsActivityDetail",
        parameters = ReportRootGetYammerGroupsActivityDetailParameters,
        returns = response::Media
    ),
    function(
        name = "getYammerGroupsActivityDetail",
        method = "get_yammer_groups_activity_detail_with_period",
        parameters = ReportRootGetYammerGroupsActivityDetailWithPeriodParameters,
        returns = response::Media
    ),
    function(
        name = "getYammerGroupsActivityGroupCounts",
        parameters = ReportRootGetYammerGroupsActivityGroupCountsParameters,
        returns = response::Media
    ),
    function(name = "managedDeviceEnrollmentFailureDetails", returns = Report),
    function(
        name = "managedDeviceEnrollmentFailureDetails",
        method = "managed_device_enrollment_failure_details_with_skip_top_filter_skip_token",
        parameters = ReportRootManagedDeviceEnrollmentFailureDetailsWithSkipTopFilterSkipTokenParameters,
        returns = Report
    ),
    function(name = "managedDeviceEnrollmentTopFailures", returns = Report),
    function(
        name = "managedDeviceEnrollmentTopFailures",
        method = "managed_device_enrollment_top_failures_with_period",
        parameters = ReportRootManagedDeviceEnrollmentTopFailuresWithPeriodParameters,
        returns = Report
    )
)]
pub struct ReportRoot {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub authentication_methods: Option<AuthenticationMethodsRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub daily_print_usage_by_printer: Option<Vec<PrintUsageByPrinter>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub daily_print_usage_by_user: Option<Vec<PrintUsageByUser>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub monthly_print_usage_by_printer: Option<Vec<PrintUsageByPrinter>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub monthly_print_usage_by_user: Option<Vec<PrintUsageByUser>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub partners: Option<Partners>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub security: Option<SecurityReportsRoot>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `getEmailActivityCounts`, bound to `reportRoot`, written in its
/// URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetEmailActivityCountsParameters {
    pub period: String,
}

/// The arguments of the function `getEmailActivityUserCounts`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetEmailActivityUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getEmailActivityUserDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetEmailActivityUserDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getEmailActivityUserDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetEmailActivityUserDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getEmailAppUsageAppsUserCounts`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetEmailAppUsageAppsUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getEmailAppUsageUserCounts`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetEmailAppUsageUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getEmailAppUsageUserDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetEmailAppUsageUserDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getEmailAppUsageUserDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetEmailAppUsageUserDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getEmailAppUsageVersionsUserCounts`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetEmailAppUsageVersionsUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getGroupArchivedPrintJobs`, bound to `reportRoot`, written in its
/// URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetGroupArchivedPrintJobsParameters {
    pub group_id: String,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub end_date_time: Option<edm::DateTimeOffset>,
}

/// The arguments of the function `getM365AppPlatformUserCounts`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetM365AppPlatformUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getM365AppUserCounts`, bound to `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetM365AppUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getM365AppUserDetail`, bound to `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetM365AppUserDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getM365AppUserDetail`, bound to `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetM365AppUserDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getMailboxUsageDetail`, bound to `reportRoot`, written in its
/// URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetMailboxUsageDetailParameters {
    pub period: String,
}

/// The arguments of the function `getMailboxUsageMailboxCounts`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetMailboxUsageMailboxCountsParameters {
    pub period: String,
}

/// The arguments of the function `getMailboxUsageQuotaStatusMailboxCounts`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetMailboxUsageQuotaStatusMailboxCountsParameters {
    pub period: String,
}

/// The arguments of the function `getMailboxUsageStorage`, bound to `reportRoot`, written in its
/// URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetMailboxUsageStorageParameters {
    pub period: String,
}

/// The arguments of the function `getOffice365ActiveUserCounts`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOffice365ActiveUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getOffice365ActiveUserDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOffice365ActiveUserDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getOffice365ActiveUserDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOffice365ActiveUserDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getOffice365GroupsActivityCounts`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOffice365GroupsActivityCountsParameters {
    pub period: String,
}

/// The arguments of the function `getOffice365GroupsActivityDetail`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOffice365GroupsActivityDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getOffice365GroupsActivityDetail`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOffice365GroupsActivityDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getOffice365GroupsActivityFileCounts`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOffice365GroupsActivityFileCountsParameters {
    pub period: String,
}

/// The arguments of the function `getOffice365GroupsActivityGroupCounts`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOffice365GroupsActivityGroupCountsParameters {
    pub period: String,
}

/// The arguments of the function `getOffice365GroupsActivityStorage`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOffice365GroupsActivityStorageParameters {
    pub period: String,
}

/// The arguments of the function `getOffice365ServicesUserCounts`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOffice365ServicesUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getOneDriveActivityFileCounts`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOneDriveActivityFileCountsParameters {
    pub period: String,
}

/// The arguments of the function `getOneDriveActivityUserCounts`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOneDriveActivityUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getOneDriveActivityUserDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOneDriveActivityUserDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getOneDriveActivityUserDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOneDriveActivityUserDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getOneDriveUsageAccountCounts`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOneDriveUsageAccountCountsParameters {
    pub period: String,
}

/// The arguments of the function `getOneDriveUsageAccountDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOneDriveUsageAccountDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getOneDriveUsageAccountDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOneDriveUsageAccountDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getOneDriveUsageFileCounts`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOneDriveUsageFileCountsParameters {
    pub period: String,
}

/// The arguments of the function `getOneDriveUsageStorage`, bound to `reportRoot`, written in its
/// URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetOneDriveUsageStorageParameters {
    pub period: String,
}

/// The arguments of the function `getPrinterArchivedPrintJobs`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetPrinterArchivedPrintJobsParameters {
    pub printer_id: String,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub end_date_time: Option<edm::DateTimeOffset>,
}

/// The arguments of the function `getRelyingPartyDetailedSummary`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetRelyingPartyDetailedSummaryParameters {
    pub period: String,
}

/// The arguments of the function `getSharePointActivityFileCounts`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSharePointActivityFileCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSharePointActivityPages`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSharePointActivityPagesParameters {
    pub period: String,
}

/// The arguments of the function `getSharePointActivityUserCounts`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSharePointActivityUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSharePointActivityUserDetail`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSharePointActivityUserDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getSharePointActivityUserDetail`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSharePointActivityUserDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getSharePointSiteUsageDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSharePointSiteUsageDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getSharePointSiteUsageDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSharePointSiteUsageDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getSharePointSiteUsageFileCounts`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSharePointSiteUsageFileCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSharePointSiteUsagePages`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSharePointSiteUsagePagesParameters {
    pub period: String,
}

/// The arguments of the function `getSharePointSiteUsageSiteCounts`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSharePointSiteUsageSiteCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSharePointSiteUsageStorage`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSharePointSiteUsageStorageParameters {
    pub period: String,
}

/// The arguments of the function `getSkypeForBusinessActivityCounts`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessActivityCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSkypeForBusinessActivityUserCounts`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessActivityUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSkypeForBusinessActivityUserDetail`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessActivityUserDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getSkypeForBusinessActivityUserDetail`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessActivityUserDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getSkypeForBusinessDeviceUsageDistributionUserCounts`, bound to
/// `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessDeviceUsageDistributionUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSkypeForBusinessDeviceUsageUserCounts`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessDeviceUsageUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSkypeForBusinessDeviceUsageUserDetail`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessDeviceUsageUserDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getSkypeForBusinessDeviceUsageUserDetail`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessDeviceUsageUserDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getSkypeForBusinessOrganizerActivityCounts`, bound to
/// `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessOrganizerActivityCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSkypeForBusinessOrganizerActivityMinuteCounts`, bound to
/// `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessOrganizerActivityMinuteCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSkypeForBusinessOrganizerActivityUserCounts`, bound to
/// `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessOrganizerActivityUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSkypeForBusinessParticipantActivityCounts`, bound to
/// `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessParticipantActivityCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSkypeForBusinessParticipantActivityMinuteCounts`, bound to
/// `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessParticipantActivityMinuteCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSkypeForBusinessParticipantActivityUserCounts`, bound to
/// `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessParticipantActivityUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSkypeForBusinessPeerToPeerActivityCounts`, bound to
/// `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessPeerToPeerActivityCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSkypeForBusinessPeerToPeerActivityMinuteCounts`, bound to
/// `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessPeerToPeerActivityMinuteCountsParameters {
    pub period: String,
}

/// The arguments of the function `getSkypeForBusinessPeerToPeerActivityUserCounts`, bound to
/// `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetSkypeForBusinessPeerToPeerActivityUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getTeamsDeviceUsageDistributionUserCounts`, bound to
/// `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetTeamsDeviceUsageDistributionUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getTeamsDeviceUsageUserCounts`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetTeamsDeviceUsageUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getTeamsDeviceUsageUserDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetTeamsDeviceUsageUserDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getTeamsDeviceUsageUserDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetTeamsDeviceUsageUserDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getTeamsTeamActivityCounts`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetTeamsTeamActivityCountsParameters {
    pub period: String,
}

/// The arguments of the function `getTeamsTeamActivityDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetTeamsTeamActivityDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getTeamsTeamActivityDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetTeamsTeamActivityDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getTeamsTeamActivityDistributionCounts`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetTeamsTeamActivityDistributionCountsParameters {
    pub period: String,
}

/// The arguments of the function `getTeamsTeamCounts`, bound to `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetTeamsTeamCountsParameters {
    pub period: String,
}

/// The arguments of the function `getTeamsUserActivityCounts`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetTeamsUserActivityCountsParameters {
    pub period: String,
}

/// The arguments of the function `getTeamsUserActivityUserCounts`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetTeamsUserActivityUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getTeamsUserActivityUserDetail`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetTeamsUserActivityUserDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getTeamsUserActivityUserDetail`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetTeamsUserActivityUserDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getUserArchivedPrintJobs`, bound to `reportRoot`, written in its
/// URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetUserArchivedPrintJobsParameters {
    pub user_id: String,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub end_date_time: Option<edm::DateTimeOffset>,
}

/// The arguments of the function `getYammerActivityCounts`, bound to `reportRoot`, written in its
/// URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetYammerActivityCountsParameters {
    pub period: String,
}

/// The arguments of the function `getYammerActivityUserCounts`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetYammerActivityUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getYammerActivityUserDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetYammerActivityUserDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getYammerActivityUserDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetYammerActivityUserDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getYammerDeviceUsageDistributionUserCounts`, bound to
/// `reportRoot`, written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetYammerDeviceUsageDistributionUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getYammerDeviceUsageUserCounts`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetYammerDeviceUsageUserCountsParameters {
    pub period: String,
}

/// The arguments of the function `getYammerDeviceUsageUserDetail`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetYammerDeviceUsageUserDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getYammerDeviceUsageUserDetail`, bound to `reportRoot`, written
/// in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetYammerDeviceUsageUserDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getYammerGroupsActivityCounts`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetYammerGroupsActivityCountsParameters {
    pub period: String,
}

/// The arguments of the function `getYammerGroupsActivityDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetYammerGroupsActivityDetailParameters {
    pub date: edm::Date,
}

/// The arguments of the function `getYammerGroupsActivityDetail`, bound to `reportRoot`, written in
/// its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetYammerGroupsActivityDetailWithPeriodParameters {
    pub period: String,
}

/// The arguments of the function `getYammerGroupsActivityGroupCounts`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootGetYammerGroupsActivityGroupCountsParameters {
    pub period: String,
}

/// The arguments of the function `managedDeviceEnrollmentFailureDetails`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootManagedDeviceEnrollmentFailureDetailsWithSkipTopFilterSkipTokenParameters {
    pub skip: Option<i32>,
    pub top: Option<i32>,
    pub filter: Option<String>,
    pub skip_token: Option<String>,
}

/// The arguments of the function `managedDeviceEnrollmentTopFailures`, bound to `reportRoot`,
/// written in its URL.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ReportRootManagedDeviceEnrollmentTopFailuresWithPeriodParameters {
    pub period: Option<String>,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.securityReportsRoot",
    function(
        name = "getAttackSimulationRepeatOffenders",
        returns = Vec<AttackSimulationRepeatOffender>
    ),
    function(
        name = "getAttackSimulationSimulationUserCoverage",
        returns = Vec<AttackSimulationSimulationUserCoverage>
    ),
    function(
        name = "getAttackSimulationTrainingUserCoverage",
        returns = Vec<AttackSimulationTrainingUserCoverage>
    )
)]
pub struct SecurityReportsRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.userRegistrationDetails"
)]
pub struct UserRegistrationDetails {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub is_admin: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_mfa_capable: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_mfa_registered: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_passwordless_capable: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_sspr_capable: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_sspr_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_sspr_registered: Option<bool>,
    pub is_system_preferred_authentication_method_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    pub methods_registered: Option<Vec<String>>,
    pub system_preferred_authentication_methods: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_display_name: Option<String>,
    pub user_preferred_method_for_secondary_authentication: Option<UserDefaultAuthenticationMethod>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_principal_name: Option<String>,
    pub user_type: Option<SignInUserType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
