//! The types of the area `authenticationMethodsPolicy`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "authenticationMethodsPolicy")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.authenticationMethodsPolicyMigrationState")]
pub enum AuthenticationMethodsPolicyMigrationState {
    PreMigration,
    MigrationInProgress,
    MigrationComplete,
    UnknownFutureValue,
}

#[cfg(feature = "authenticationMethodsPolicy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authenticationMethodsRegistrationCampaign")]
pub struct AuthenticationMethodsRegistrationCampaign {
    /// Not nullable.
    #[graph(non_nullable)]
    pub exclude_targets: Option<Vec<ExcludeTarget>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub include_targets: Option<Vec<AuthenticationMethodsRegistrationCampaignIncludeTarget>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub snooze_duration_in_days: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<AdvancedConfigState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "authenticationMethodsPolicy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authenticationMethodsRegistrationCampaignIncludeTarget")]
pub struct AuthenticationMethodsRegistrationCampaignIncludeTarget {
    /// Not nullable.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub targeted_authentication_method: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub target_type: Option<AuthenticationMethodTargetType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "authenticationMethodsPolicy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.registrationEnforcement")]
pub struct RegistrationEnforcement {
    pub authentication_methods_registration_campaign:
        Option<AuthenticationMethodsRegistrationCampaign>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "authenticationMethodsPolicy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.authenticationMethodsPolicy",
    singleton = "/authenticationMethodsPolicy"
)]
#[cfg_attr(feature = "authenticationMethodConfigurations", graph(contains(name = "authenticationMethodConfigurations", target = AuthenticationMethodConfiguration)))]
pub struct AuthenticationMethodsPolicy {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub policy_migration_state: Option<AuthenticationMethodsPolicyMigrationState>,
    pub policy_version: Option<String>,
    pub reconfirmation_in_days: Option<i32>,
    pub registration_enforcement: Option<RegistrationEnforcement>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `authenticationMethodConfigurations`; without, an `$expand`ed value is kept in
    /// `additional_data`.
    #[cfg(feature = "authenticationMethodConfigurations")]
    #[graph(read_only)]
    pub authentication_method_configurations: Option<Vec<AnyAuthenticationMethodConfiguration>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
