//! The types of the area `certificateBasedAuthConfiguration`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "certificateBasedAuthConfiguration")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.certificateAuthority")]
pub struct CertificateAuthority {
    /// Not nullable.
    #[graph(non_nullable)]
    pub certificate: Option<edm::Binary>,
    pub certificate_revocation_list_url: Option<String>,
    pub delta_certificate_revocation_list_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_root_authority: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub issuer: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub issuer_ski: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "certificateBasedAuthConfiguration")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.certificateBasedAuthConfiguration",
    path = "/certificateBasedAuthConfiguration"
)]
pub struct CertificateBasedAuthConfiguration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub certificate_authorities: Option<Vec<CertificateAuthority>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
