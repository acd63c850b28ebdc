//! The types of the area `domains`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(any(feature = "domains", feature = "directory"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.authenticationProtocol")]
pub enum AuthenticationProtocol {
    WsFed,
    Saml,
    UnknownFutureValue,
}

#[cfg(feature = "domains")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.federatedIdpMfaBehavior")]
pub enum FederatedIdpMfaBehavior {
    AcceptIfMfaDoneByFederatedIdp,
    EnforceMfaByFederatedIdp,
    RejectMfaByFederatedIdp,
    UnknownFutureValue,
}

#[cfg(feature = "domains")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.promptLoginBehavior")]
pub enum PromptLoginBehavior {
    TranslateToFreshPasswordAuthentication,
    NativeSupport,
    Disabled,
    UnknownFutureValue,
}

#[cfg(feature = "domains")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.domainState")]
pub struct DomainState {
    pub last_action_date_time: Option<edm::DateTimeOffset>,
    pub operation: Option<String>,
    pub status: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "domains")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.signingCertificateUpdateStatus")]
pub struct SigningCertificateUpdateStatus {
    pub certificate_update_result: Option<String>,
    pub last_run_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "domains")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.domain",
    path = "/domains",
    contains(name = "federationConfiguration", target = InternalDomainFederation),
    action(name = "forceDelete", parameters = DomainForceDeleteParameters),
    action(name = "promote", returns = bool),
    action(name = "verify", returns = Domain)
)]
#[cfg_attr(feature = "domainDnsRecords", graph(contains(name = "serviceConfigurationRecords", target = DomainDnsRecord)))]
#[cfg_attr(feature = "domainDnsRecords", graph(contains(name = "verificationDnsRecords", target = DomainDnsRecord)))]
pub struct Domain {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub authentication_type: Option<String>,
    pub availability_status: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_admin_managed: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_default: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_initial: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_root: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_verified: Option<bool>,
    pub manufacturer: Option<String>,
    pub model: Option<String>,
    pub password_notification_window_in_days: Option<i32>,
    pub password_validity_period_in_days: Option<i32>,
    pub state: Option<DomainState>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub supported_services: Option<Vec<String>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub domain_name_references: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub federation_configuration: Option<Vec<InternalDomainFederation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub root_domain: Option<Box<Domain>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `domainDnsRecords`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "domainDnsRecords")]
    #[graph(read_only)]
    pub service_configuration_records: Option<Vec<AnyDomainDnsRecord>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `domainDnsRecords`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "domainDnsRecords")]
    #[graph(read_only)]
    pub verification_dns_records: Option<Vec<AnyDomainDnsRecord>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `forceDelete`, bound to `domain`.
#[cfg(feature = "domains")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DomainForceDeleteParameters {
    pub disable_user_accounts: Option<bool>,
}

#[cfg(feature = "domains")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.internalDomainFederation")]
pub struct InternalDomainFederation {
    /// The inherited properties of `samlOrWsFedProvider`.
    #[graph(base)]
    pub base: SamlOrWsFedProvider,
    pub active_sign_in_uri: Option<String>,
    pub federated_idp_mfa_behavior: Option<FederatedIdpMfaBehavior>,
    pub is_signed_authentication_request_required: Option<bool>,
    pub next_signing_certificate: Option<String>,
    pub password_reset_uri: Option<String>,
    pub prompt_login_behavior: Option<PromptLoginBehavior>,
    pub signing_certificate_update_status: Option<SigningCertificateUpdateStatus>,
    pub sign_out_uri: Option<String>,
}
