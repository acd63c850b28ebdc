//! The types of the area `directory`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(any(feature = "directory", feature = "other"))]
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

#[cfg(feature = "directory")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.entraRecoveryServices.recoveryStatus")]
pub enum RecoveryStatus {
    /// Represents a job that has been initialized but has not been started yet
    Initialized,
    /// Represents a job that is in progress
    Running,
    /// Represents a job that ran successfully and is now complete
    Successful,
    /// Represents a job that we were not able to run successfully
    Failed,
    /// Represents a job that was abandoned by the user
    Abandoned,
    /// This will help in making this enum evolable and adding more values in the future-
    UnknownFutureValue,
    /// Represents a job for which we have started calculating the diff/preview.
    Calculating,
    /// Represents a job for which we have started loading data of the snapshot.
    LoadingData,
}

#[cfg(any(feature = "directory", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.entraRecoveryServices.resourceTypeName")]
pub enum ResourceTypeName {
    /// Represents the user entity
    User,
    /// Represents the group entity
    Group,
    /// Represents the conditional access policy entity
    ConditionalAccessPolicy,
    /// Represents the named location policy entity
    NamedLocationPolicy,
    /// Represents the authentication method policy entity
    AuthenticationMethodPolicy,
    /// Represents the authorization policy entity
    AuthorizationPolicy,
    /// Represents the authentication strength policy entity
    AuthenticationStrengthPolicy,
    /// Represents the application entity
    Application,
    /// Represents the service principal entity
    ServicePrincipal,
    /// This will help in making this enum evolable and adding more values in the future.
    UnknownFutureValue,
    /// Represents the oAuth2PermissionGrant entity.
    OAuth2PermissionGrant,
    /// Represents the appRoleAssignment entity.
    AppRoleAssignment,
    /// Represents the organization entity.
    Organization,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.entraRecoveryServices.entityTypeAndIds")]
pub struct EntityTypeAndIds {
    /// Not nullable.
    #[graph(non_nullable)]
    pub entity_ids: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub entity_type: Option<ResourceTypeName>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.entraRecoveryServices.recoveryJobEntityNameAndIdsFilter",
    complex
)]
pub struct RecoveryJobEntityNameAndIdsFilter {
    /// The inherited properties of `recoveryJobFilteringCriteriaBase`.
    #[graph(base)]
    pub base: RecoveryJobFilteringCriteriaBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub filter_values: Option<Vec<EntityTypeAndIds>>,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.entraRecoveryServices.recoveryJobEntityNamesFilter",
    complex
)]
pub struct RecoveryJobEntityNamesFilter {
    /// The inherited properties of `recoveryJobFilteringCriteriaBase`.
    #[graph(base)]
    pub base: RecoveryJobFilteringCriteriaBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub entity_types: Option<Vec<ResourceTypeName>>,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.entraRecoveryServices.recoveryJobFilteringCriteriaBase")]
pub struct RecoveryJobFilteringCriteriaBase {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.entraRecoveryServices.recoveryJobFilteringCriteriaBase`: the type itself or
/// any of its derived types this build declares (a value without `@odata.type` is the type itself);
/// a value of another derived type reads as `RecoveryJobFilteringCriteriaBase`, keeping its
/// `@odata.type` and properties.
#[cfg(feature = "directory")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyRecoveryJobFilteringCriteriaBase {
    /// `microsoft.graph.entraRecoveryServices.recoveryJobEntityNameAndIdsFilter`.
    RecoveryJobEntityNameAndIdsFilter(RecoveryJobEntityNameAndIdsFilter),
    /// `microsoft.graph.entraRecoveryServices.recoveryJobEntityNamesFilter`.
    RecoveryJobEntityNamesFilter(RecoveryJobEntityNamesFilter),
    /// `microsoft.graph.entraRecoveryServices.recoveryJobFilteringCriteriaBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(RecoveryJobFilteringCriteriaBase),
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.entraRecoveryServices.recovery",
    contains(name = "jobs", target = RecoveryJobBase),
    contains(name = "snapshots", target = Snapshot)
)]
pub struct Recovery {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub jobs: Option<Vec<AnyRecoveryJobBase>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub snapshots: Option<Vec<Snapshot>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.entraRecoveryServices.recoveryJob",
    function(name = "getFailedChanges", returns = Page<RecoveryChangeObjectBase>)
)]
pub struct RecoveryJob {
    /// The inherited properties of `recoveryJobBase`.
    #[graph(base)]
    pub base: RecoveryJobBase,
    pub total_failed_changes: Option<i32>,
    pub total_links_modified: Option<i32>,
    pub total_objects_modified: Option<i32>,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.entraRecoveryServices.recoveryJobBase",
    abstract,
    action = "cancel"
)]
pub struct RecoveryJobBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub filtering_criteria: Option<AnyRecoveryJobFilteringCriteriaBase>,
    pub job_completion_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub job_start_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<RecoveryStatus>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub target_state_date_time: Option<edm::DateTimeOffset>,
    pub total_changed_links_calculated: Option<i32>,
    pub total_changed_objects_calculated: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.entraRecoveryServices.recoveryJobBase`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `RecoveryJobBase`, keeping its `@odata.type` and properties.
#[cfg(feature = "directory")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyRecoveryJobBase {
    /// `microsoft.graph.entraRecoveryServices.recoveryJob`.
    RecoveryJob(RecoveryJob),
    /// `microsoft.graph.entraRecoveryServices.recoveryPreviewJob`.
    RecoveryPreviewJob(RecoveryPreviewJob),
    /// `microsoft.graph.entraRecoveryServices.recoveryJobBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(RecoveryJobBase),
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.entraRecoveryServices.recoveryPreviewJob",
    function(name = "getChanges", returns = Page<RecoveryChangeObjectBase>)
)]
pub struct RecoveryPreviewJob {
    /// The inherited properties of `recoveryJobBase`.
    #[graph(base)]
    pub base: RecoveryJobBase,
}

#[cfg(feature = "directory")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.entraRecoveryServices.snapshot"
)]
pub struct Snapshot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub total_changed_objects: Option<i32>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub recovery_jobs: Option<Vec<RecoveryJob>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub recovery_preview_jobs: Option<Vec<RecoveryPreviewJob>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
