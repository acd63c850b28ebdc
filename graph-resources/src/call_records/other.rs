//! The types of the area `other`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(any(feature = "communications", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.callRecords.participantBase",
    abstract,
    also_reads = "microsoft.graph.callRecords.organizer",
    also_reads = "microsoft.graph.callRecords.participant"
)]
pub struct ParticipantBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub administrative_unit_infos: Option<Vec<AdministrativeUnitInfo>>,
    pub identity: Option<crate::graph::CommunicationsIdentitySet>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
