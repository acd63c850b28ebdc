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
#[graph(odata_type = "microsoft.graph.reportRoot")]
pub struct ReportRoot {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub authentication_methods: Option<AuthenticationMethodsRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub daily_print_usage_by_printer: Option<Vec<AnyPrintUsage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub daily_print_usage_by_user: Option<Vec<AnyPrintUsage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub monthly_print_usage_by_printer: Option<Vec<AnyPrintUsage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub monthly_print_usage_by_user: Option<Vec<AnyPrintUsage>>,
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
