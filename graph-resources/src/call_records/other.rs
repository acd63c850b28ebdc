//! The types of the area `other`'s feature file: those it owns, and those only it and a few other areas need.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.pstnCallDurationSource")]
pub enum PstnCallDurationSource {
    Microsoft,
    Operator,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.directRoutingLogRow")]
pub struct DirectRoutingLogRow {
    pub callee_number: Option<String>,
    pub call_end_sub_reason: Option<i32>,
    pub caller_number: Option<String>,
    pub call_type: Option<String>,
    pub correlation_id: Option<String>,
    pub duration: Option<i32>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub failure_date_time: Option<edm::DateTimeOffset>,
    pub final_sip_code: Option<i32>,
    pub final_sip_code_phrase: Option<String>,
    pub id: Option<String>,
    pub invite_date_time: Option<edm::DateTimeOffset>,
    pub media_bypass_enabled: Option<bool>,
    pub media_path_location: Option<String>,
    pub signaling_location: Option<String>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub successful_call: Option<bool>,
    pub trunk_fully_qualified_domain_name: Option<String>,
    pub user_display_name: Option<String>,
    pub user_id: Option<String>,
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.pstnCallLogRow")]
pub struct PstnCallLogRow {
    pub call_duration_source: Option<PstnCallDurationSource>,
    pub callee_number: Option<String>,
    pub caller_number: Option<String>,
    pub call_id: Option<String>,
    pub call_type: Option<String>,
    pub charge: Option<edm::Decimal>,
    pub conference_id: Option<String>,
    pub connection_charge: Option<edm::Decimal>,
    pub currency: Option<String>,
    pub destination_context: Option<String>,
    pub destination_name: Option<String>,
    pub duration: Option<i32>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub id: Option<String>,
    pub inventory_type: Option<String>,
    pub license_capability: Option<String>,
    pub operator: Option<String>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub tenant_country_code: Option<String>,
    pub usage_country_code: Option<String>,
    pub user_display_name: Option<String>,
    pub user_id: Option<String>,
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "communications", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.callRecords.participantBase",
    abstract
)]
pub struct ParticipantBase {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub administrative_unit_infos: Option<Vec<AdministrativeUnitInfo>>,
    pub identity: Option<crate::graph::AnyIdentitySet>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.callRecords.participantBase` of any of the derived types this build declares;
/// a value of another type reads as `ParticipantBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "communications", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyParticipantBase {
    /// `microsoft.graph.callRecords.organizer`.
    #[cfg(feature = "communications")]
    Organizer(Organizer),
    /// `microsoft.graph.callRecords.participant`.
    #[cfg(feature = "communications")]
    Participant(Participant),
    /// `microsoft.graph.callRecords.participantBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ParticipantBase),
}
