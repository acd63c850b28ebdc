//! The types of the area `applicationTemplates`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.applicationDataType", flags)]
pub enum ApplicationDataType {
    None,
    CodingFiles,
    CreditCards,
    DatabaseFiles,
    Documents,
    MediaFiles,
    UnknownFutureValue,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.csaStarLevel")]
pub enum CsaStarLevel {
    None,
    Attestation,
    Certification,
    ContinuousMonitoring,
    CStarAssessment,
    SelfAssessment,
    NotSupported,
    UnknownFutureValue,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.dataProtection", flags)]
pub enum DataProtection {
    None,
    ImpactAssessments,
    Officers,
    SecureCrossBorderDataTransfer,
    UnknownFutureValue,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.dataRetentionLevel")]
pub enum DataRetentionLevel {
    None,
    DataRetained,
    DeletedImmediately,
    DeletedWithin1Month,
    DeletedWithin2Weeks,
    DeletedWithin3Months,
    DeletedWithinMoreThan3Months,
    UnknownFutureValue,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.fedRampLevel")]
pub enum FedRampLevel {
    None,
    High,
    LiSaas,
    Low,
    Moderate,
    NotSupported,
    UnknownFutureValue,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.holdType")]
pub enum HoldType {
    None,
    Private,
    Public,
    UnknownFutureValue,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.passwordPolicy", flags)]
pub enum PasswordPolicy {
    None,
    ChangePasswordPeriod,
    CharactersCombination,
    PasswordHistoryAndReuse,
    PasswordLengthLimit,
    PersonalInformationUse,
    UnknownFutureValue,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.pciVersion")]
pub enum PciVersion {
    None,
    #[graph(rename = "v3_2_1")]
    V321,
    V4,
    NotSupported,
    UnknownFutureValue,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.restEncryptionType")]
pub enum RestEncryptionType {
    None,
    Aes,
    Bitlocker,
    Blowfish,
    Des,
    Rc4,
    Rsa,
    NotSupported,
    UnknownFutureValue,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.sslVersion")]
pub enum SslVersion {
    None,
    #[graph(rename = "ssl3_0")]
    Ssl30,
    #[graph(rename = "tls1_0")]
    Tls10,
    #[graph(rename = "tls1_1")]
    Tls11,
    #[graph(rename = "tls1_2")]
    Tls12,
    #[graph(rename = "tls1_3")]
    Tls13,
    NotSupported,
    UnknownFutureValue,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.userOwnership", flags)]
pub enum UserOwnership {
    None,
    LawfulBasisForProcessing,
    RightToAccess,
    RightToBeInformed,
    RightToDataPortability,
    RightToObject,
    RightToRectification,
    RightToRestrictionOfProcessing,
    RightsRelatedToAutomatedDecisionMaking,
    UnknownFutureValue,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.applicationLocation")]
pub struct ApplicationLocation {
    pub data_center: Option<String>,
    pub headquarters: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.applicationRiskFactorCertificateInfo")]
pub struct ApplicationRiskFactorCertificateInfo {
    pub has_bad_common_name: Option<bool>,
    pub has_insecure_signature: Option<bool>,
    pub has_no_chain_of_trust: Option<bool>,
    pub is_denylisted: Option<bool>,
    pub is_hostname_mismatch: Option<bool>,
    pub is_not_after: Option<bool>,
    pub is_not_before: Option<bool>,
    pub is_revoked: Option<bool>,
    pub is_self_signed: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.applicationRiskFactorGeneralInfo")]
pub struct ApplicationRiskFactorGeneralInfo {
    pub consumer_popularity: Option<i32>,
    pub domain_registration_date: Option<edm::Date>,
    pub founded: Option<i32>,
    pub has_disaster_recovery_plan: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub hold: Option<HoldType>,
    pub hosting_company_name: Option<String>,
    pub location: Option<ApplicationLocation>,
    pub privacy_policy: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub processed_data_types: Option<Flags<ApplicationDataType>>,
    pub terms_of_service: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.applicationRiskFactorLegalInfo")]
pub struct ApplicationRiskFactorLegalInfo {
    /// Not nullable.
    #[graph(non_nullable)]
    pub data_retention: Option<DataRetentionLevel>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub gdpr: Option<ApplicationRiskFactorLegalInfoGdpr>,
    pub has_data_ownership: Option<bool>,
    pub has_dmca: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.applicationRiskFactorLegalInfoGdpr")]
pub struct ApplicationRiskFactorLegalInfoGdpr {
    /// Not nullable.
    #[graph(non_nullable)]
    pub data_protection: Option<Flags<DataProtection>>,
    pub has_right_to_erasure: Option<bool>,
    pub is_reporting_data_breaches: Option<bool>,
    pub statement_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_ownership: Option<Flags<UserOwnership>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.applicationRiskFactors")]
pub struct ApplicationRiskFactors {
    pub compliance: Option<ApplicationSecurityCompliance>,
    pub general: Option<ApplicationRiskFactorGeneralInfo>,
    pub legal: Option<ApplicationRiskFactorLegalInfo>,
    pub security: Option<ApplicationRiskFactorSecurityInfo>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.applicationRiskFactorSecurityInfo")]
pub struct ApplicationRiskFactorSecurityInfo {
    /// Not nullable.
    #[graph(non_nullable)]
    pub certificate: Option<ApplicationRiskFactorCertificateInfo>,
    pub domain_to_check: Option<String>,
    pub has_admin_audit_trail: Option<bool>,
    pub has_anonymous_usage: Option<bool>,
    pub has_data_audit_trail: Option<bool>,
    pub has_data_classification: Option<bool>,
    pub has_data_encrypted: Option<bool>,
    pub has_enforce_transport_enc: Option<bool>,
    pub has_ip_restriction: Option<bool>,
    #[graph(rename = "hasMFA")]
    pub has_mfa: Option<bool>,
    pub has_pen_test: Option<bool>,
    pub has_remember_password: Option<bool>,
    pub has_saml_support: Option<bool>,
    pub has_user_audit_logs: Option<bool>,
    pub has_user_data_upload: Option<bool>,
    pub has_user_roles_support: Option<bool>,
    pub has_valid_cert_name: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub https_security_headers: Option<Vec<String>>,
    pub is_cert_trusted: Option<bool>,
    pub is_drown_vulnerable: Option<bool>,
    pub is_heartbleed_proof: Option<bool>,
    pub last_breach_date: Option<edm::Date>,
    /// Not nullable.
    #[graph(non_nullable, rename = "latestValidSSL")]
    pub latest_valid_ssl: Option<SslVersion>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub password_policy: Option<Flags<PasswordPolicy>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub rest_encryption_type: Option<RestEncryptionType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.applicationRiskScore")]
pub struct ApplicationRiskScore {
    pub compliance: Option<f32>,
    pub legal: Option<f32>,
    pub provider: Option<f32>,
    pub security: Option<f32>,
    pub total: Option<f32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.applicationSecurityCompliance")]
pub struct ApplicationSecurityCompliance {
    pub cobit: Option<bool>,
    pub coppa: Option<bool>,
    pub csa_star: Option<CsaStarLevel>,
    pub fed_ramp: Option<FedRampLevel>,
    pub ferpa: Option<bool>,
    pub ffiec: Option<bool>,
    pub finra: Option<bool>,
    pub fisma: Option<bool>,
    pub gaap: Option<bool>,
    pub gapp: Option<bool>,
    pub glba: Option<bool>,
    pub hipaa: Option<bool>,
    pub hitrust: Option<bool>,
    pub isae3402: Option<bool>,
    pub iso27001: Option<bool>,
    pub iso27002: Option<bool>,
    pub iso27017: Option<bool>,
    pub iso27018: Option<bool>,
    pub itar: Option<bool>,
    pub jericho_forum_commandments: Option<bool>,
    pub pci: Option<PciVersion>,
    pub privacy_shield: Option<bool>,
    pub safe_harbor: Option<bool>,
    pub soc1: Option<bool>,
    pub soc2: Option<bool>,
    pub soc3: Option<bool>,
    pub sox: Option<bool>,
    #[graph(rename = "sp800_53")]
    pub sp800_53: Option<bool>,
    pub ssae16: Option<bool>,
    pub ustr: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.applicationServicePrincipal")]
pub struct ApplicationServicePrincipal {
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `applications`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "applications")]
    #[graph(read_only)]
    pub application: Option<AnyApplication>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `servicePrincipals`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "servicePrincipals")]
    #[graph(read_only)]
    pub service_principal: Option<AnyServicePrincipal>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applicationTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.applicationTemplate",
    path = "/applicationTemplates",
    action(
        name = "instantiate",
        parameters = ApplicationTemplateInstantiateParameters,
        returns = ApplicationServicePrincipal
    )
)]
pub struct ApplicationTemplate {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub categories: Option<Vec<String>>,
    pub deprecation_date: Option<edm::Date>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub endpoints: Option<Vec<String>>,
    pub home_page_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_entra_integrated: Option<bool>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub logo_url: Option<String>,
    pub publisher: Option<String>,
    pub risk_factors: Option<ApplicationRiskFactors>,
    pub risk_score: Option<ApplicationRiskScore>,
    pub supported_provisioning_types: Option<Vec<String>>,
    pub supported_single_sign_on_modes: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `instantiate`, bound to `applicationTemplate`.
#[cfg(feature = "applicationTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ApplicationTemplateInstantiateParameters {
    pub display_name: Option<String>,
    pub service_management_reference: Option<String>,
}
