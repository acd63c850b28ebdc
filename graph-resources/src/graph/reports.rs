//! The types of the area `reports`'s feature file: those it owns, and those only it and a few other areas need.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "reports")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.signInUserType")]
pub enum SignInUserType {
    Member,
    Guest,
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
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.authenticationMethodsRoot"
)]
pub struct AuthenticationMethodsRoot {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_registration_details: Option<Vec<UserRegistrationDetails>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.partners")]
pub struct Partners {
    /// The key. Inherited from `entity`.
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
#[graph(odata_type = "microsoft.graph.printUsageByPrinter")]
pub struct PrintUsageByPrinter {
    /// The inherited properties of `printUsage`.
    #[graph(base)]
    pub base: PrintUsage,
    /// Not nullable.
    pub printer_id: Option<String>,
    pub printer_name: Option<String>,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printUsageByUser")]
pub struct PrintUsageByUser {
    /// The inherited properties of `printUsage`.
    #[graph(base)]
    pub base: PrintUsage,
    /// Not nullable.
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
#[graph(base = "entity", odata_type = "microsoft.graph.securityReportsRoot")]
pub struct SecurityReportsRoot {
    /// The key. Inherited from `entity`.
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
    pub id: Option<String>,
    pub is_admin: Option<bool>,
    /// Not nullable.
    pub is_mfa_capable: Option<bool>,
    /// Not nullable.
    pub is_mfa_registered: Option<bool>,
    /// Not nullable.
    pub is_passwordless_capable: Option<bool>,
    /// Not nullable.
    pub is_sspr_capable: Option<bool>,
    /// Not nullable.
    pub is_sspr_enabled: Option<bool>,
    /// Not nullable.
    pub is_sspr_registered: Option<bool>,
    pub is_system_preferred_authentication_method_enabled: Option<bool>,
    /// Not nullable.
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    pub methods_registered: Option<Vec<String>>,
    pub system_preferred_authentication_methods: Option<Vec<String>>,
    /// Not nullable.
    pub user_display_name: Option<String>,
    pub user_preferred_method_for_secondary_authentication: Option<UserDefaultAuthenticationMethod>,
    /// Not nullable.
    pub user_principal_name: Option<String>,
    pub user_type: Option<SignInUserType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
