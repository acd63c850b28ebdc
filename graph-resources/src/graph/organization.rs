//! The types of the area `organization`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(any(feature = "organization", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.layoutTemplateType")]
pub enum LayoutTemplateType {
    Default,
    VerticalSplit,
    UnknownFutureValue,
}

/// Mobile device management authority.
#[cfg(feature = "organization")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.mdmAuthority")]
pub enum MdmAuthority {
    /// Unknown
    Unknown,
    /// Intune
    Intune,
    /// SCCM
    Sccm,
    /// Office365
    Office365,
}

#[cfg(feature = "organization")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.partnerTenantType")]
pub enum PartnerTenantType {
    MicrosoftSupport,
    SyndicatePartner,
    BreadthPartner,
    BreadthPartnerDelegatedAdmin,
    ResellerPartnerDelegatedAdmin,
    ValueAddedResellerPartnerDelegatedAdmin,
    UnknownFutureValue,
}

#[cfg(any(
    feature = "organization",
    feature = "users",
    feature = "education",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.assignedPlan")]
pub struct AssignedPlan {
    pub assigned_date_time: Option<edm::DateTimeOffset>,
    pub capability_status: Option<String>,
    pub service: Option<String>,
    pub service_plan_id: Option<edm::Guid>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "organization", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.contentCustomization")]
pub struct ContentCustomization {
    /// Not nullable.
    #[graph(non_nullable)]
    pub attribute_collection: Option<Vec<KeyValue>>,
    pub attribute_collection_relative_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub registration_campaign: Option<Vec<KeyValue>>,
    pub registration_campaign_relative_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "organization", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.loginPageLayoutConfiguration")]
pub struct LoginPageLayoutConfiguration {
    pub is_footer_shown: Option<bool>,
    pub is_header_shown: Option<bool>,
    pub layout_template_type: Option<LayoutTemplateType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "organization", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.loginPageTextVisibilitySettings")]
pub struct LoginPageTextVisibilitySettings {
    pub hide_account_reset_credentials: Option<bool>,
    pub hide_cannot_access_your_account: Option<bool>,
    pub hide_forgot_my_password: Option<bool>,
    pub hide_privacy_and_cookies: Option<bool>,
    pub hide_reset_it_now: Option<bool>,
    pub hide_terms_of_use: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "organization")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.privacyProfile")]
pub struct PrivacyProfile {
    pub contact_email: Option<String>,
    pub statement_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "organization",
    feature = "users",
    feature = "education",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.provisionedPlan")]
pub struct ProvisionedPlan {
    pub capability_status: Option<String>,
    pub provisioning_status: Option<String>,
    pub service: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "organization")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.verifiedDomain")]
pub struct VerifiedDomain {
    pub capabilities: Option<String>,
    pub is_default: Option<bool>,
    pub is_initial: Option<bool>,
    pub name: Option<String>,
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "organization")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.organization",
    path = "/organization",
    contains(name = "branding", target = OrganizationalBranding, single),
    action(name = "setMobileDeviceManagementAuthority", returns = i32)
)]
#[cfg_attr(feature = "certificateBasedAuthConfiguration", graph(contains(name = "certificateBasedAuthConfiguration", target = CertificateBasedAuthConfiguration)))]
#[cfg_attr(feature = "devices", graph(contains(name = "extensions", target = Extension)))]
pub struct Organization {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    /// Not nullable.
    #[graph(non_nullable)]
    pub assigned_plans: Option<Vec<AssignedPlan>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub business_phones: Option<Vec<String>>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub country_letter_code: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub default_usage_location: Option<String>,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub marketing_notification_emails: Option<Vec<String>>,
    /// Mobile device management authority. Not nullable.
    #[graph(non_nullable)]
    pub mobile_device_management_authority: Option<MdmAuthority>,
    pub on_premises_last_sync_date_time: Option<edm::DateTimeOffset>,
    pub on_premises_sync_enabled: Option<bool>,
    pub partner_tenant_type: Option<PartnerTenantType>,
    pub postal_code: Option<String>,
    pub preferred_language: Option<String>,
    pub privacy_profile: Option<PrivacyProfile>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub provisioned_plans: Option<Vec<ProvisionedPlan>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub security_compliance_notification_mails: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub security_compliance_notification_phones: Option<Vec<String>>,
    pub state: Option<String>,
    pub street: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub technical_notification_mails: Option<Vec<String>>,
    pub tenant_type: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub verified_domains: Option<Vec<VerifiedDomain>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub branding: Option<OrganizationalBranding>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `certificateBasedAuthConfiguration`; without, an `$expand`ed value is kept in
    /// `additional_data`.
    #[cfg(feature = "certificateBasedAuthConfiguration")]
    #[graph(read_only)]
    pub certificate_based_auth_configuration: Option<Vec<CertificateBasedAuthConfiguration>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `devices`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "devices")]
    #[graph(read_only)]
    pub extensions: Option<Vec<AnyExtension>>,
}

#[cfg(feature = "organization")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.organizationalBranding",
    contains(name = "localizations", target = OrganizationalBrandingLocalization)
)]
pub struct OrganizationalBranding {
    /// The inherited properties of `organizationalBrandingProperties`.
    #[graph(base)]
    pub base: OrganizationalBrandingProperties,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub localizations: Option<Vec<OrganizationalBrandingLocalization>>,
}

#[cfg(feature = "organization")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.organizationalBrandingLocalization")]
pub struct OrganizationalBrandingLocalization {
    /// The inherited properties of `organizationalBrandingProperties`.
    #[graph(base)]
    pub base: OrganizationalBrandingProperties,
}
