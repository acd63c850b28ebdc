//! The types of the area `other`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(any(feature = "communications", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.callRecords.participantBase",
    abstract
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

/// A `microsoft.graph.callRecords.participantBase`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `ParticipantBase`, keeping its `@odata.type` and properties.
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
