//! The types of the area `other`'s feature file: those it owns, and those only it and a few other areas need.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.entraRecoveryServices.recoveryAction")]
pub enum RecoveryAction {
    /// Represents a soft delete action during recovery
    SoftDelete,
    /// Represents an update action during recovery
    Update,
    /// Represents a restore action during recovery
    Restore,
    /// This will help in making this enum evolable and adding more values in the future
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.entraRecoveryServices.recoveryChangeObjectBase"
)]
pub struct RecoveryChangeObjectBase {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub display_name: Option<String>,
    /// Not nullable.
    pub entity_type_name: Option<ResourceTypeName>,
    pub failure_message: Option<String>,
    /// Not nullable.
    pub recovery_action: Option<RecoveryAction>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
