//! The types of the area `agreementAcceptances`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "agreementAcceptances")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.agreementAcceptanceState")]
pub enum AgreementAcceptanceState {
    Accepted,
    Declined,
    UnknownFutureValue,
}

#[cfg(feature = "agreementAcceptances")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.agreementAcceptance",
    path = "/agreementAcceptances"
)]
pub struct AgreementAcceptance {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub agreement_file_id: Option<String>,
    pub agreement_id: Option<String>,
    pub device_display_name: Option<String>,
    pub device_id: Option<String>,
    #[graph(rename = "deviceOSType")]
    pub device_os_type: Option<String>,
    #[graph(rename = "deviceOSVersion")]
    pub device_os_version: Option<String>,
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub recorded_date_time: Option<edm::DateTimeOffset>,
    pub state: Option<AgreementAcceptanceState>,
    pub user_display_name: Option<String>,
    pub user_email: Option<String>,
    pub user_id: Option<String>,
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
