//! The types of the area `dataPolicyOperations`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "dataPolicyOperations")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.dataPolicyOperationStatus")]
pub enum DataPolicyOperationStatus {
    NotStarted,
    Running,
    Complete,
    Failed,
    UnknownFutureValue,
}

#[cfg(feature = "dataPolicyOperations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.dataPolicyOperation",
    path = "/dataPolicyOperations"
)]
pub struct DataPolicyOperation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub completed_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub progress: Option<edm::Double>,
    pub status: Option<DataPolicyOperationStatus>,
    pub storage_location: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub submitted_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
