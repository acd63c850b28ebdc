//! The types of the area `agreements`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(any(feature = "agreements", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.agreementFileData")]
pub struct AgreementFileData {
    pub data: Option<edm::Binary>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "agreements")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.termsExpiration")]
pub struct TermsExpiration {
    pub frequency: Option<edm::Duration>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "agreements")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.agreement",
    path = "/agreements",
    contains(name = "file", target = AgreementFile, single),
    contains(name = "files", target = AgreementFileLocalization)
)]
#[cfg_attr(feature = "agreementAcceptances", graph(contains(name = "acceptances", target = AgreementAcceptance)))]
pub struct Agreement {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub is_per_device_acceptance_required: Option<bool>,
    pub is_viewing_before_acceptance_required: Option<bool>,
    pub terms_expiration: Option<TermsExpiration>,
    pub user_reaccept_required_frequency: Option<edm::Duration>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `agreementAcceptances`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "agreementAcceptances")]
    #[graph(read_only)]
    pub acceptances: Option<Vec<AgreementAcceptance>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub file: Option<AgreementFile>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub files: Option<Vec<AgreementFileLocalization>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "agreements")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.agreementFile",
    contains(name = "localizations", target = AgreementFileLocalization)
)]
pub struct AgreementFile {
    /// The inherited properties of `agreementFileProperties`.
    #[graph(base)]
    pub base: AgreementFileProperties,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub localizations: Option<Vec<AgreementFileLocalization>>,
}

#[cfg(feature = "agreements")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.agreementFileLocalization",
    contains(name = "versions", target = AgreementFileVersion)
)]
pub struct AgreementFileLocalization {
    /// The inherited properties of `agreementFileProperties`.
    #[graph(base)]
    pub base: AgreementFileProperties,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub versions: Option<Vec<AgreementFileVersion>>,
}

#[cfg(feature = "agreements")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.agreementFileVersion")]
pub struct AgreementFileVersion {
    /// The inherited properties of `agreementFileProperties`.
    #[graph(base)]
    pub base: AgreementFileProperties,
}
