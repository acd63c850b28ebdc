//! The types of the area `other`'s feature file: those it owns, and those only it and a few other areas need.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.identityGovernance.customTaskExtensionOperationStatus")]
pub enum CustomTaskExtensionOperationStatus {
    Completed,
    Failed,
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.cancelRunsScope",
    complex
)]
pub struct CancelRunsScope {
    /// The inherited properties of `cancelScope`.
    #[graph(base)]
    pub base: CancelScope,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "identityGovernance")]
    #[graph(read_only)]
    pub runs: Option<Vec<Run>>,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.cancelScope",
    abstract
)]
pub struct CancelScope {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.identityGovernance.cancelScope` of any of the derived types this build
/// declares; a value of another type reads as `CancelScope`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "other")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCancelScope {
    /// `microsoft.graph.identityGovernance.cancelRunsScope`.
    CancelRunsScope(CancelRunsScope),
    /// `microsoft.graph.identityGovernance.cancelScope` itself, or a type this build does not declare.
    #[graph(other)]
    Other(CancelScope),
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.customTaskExtensionCallbackData",
    complex
)]
pub struct CustomTaskExtensionCallbackData {
    /// The inherited properties of `customExtensionData`.
    #[graph(base)]
    pub base: crate::graph::CustomExtensionData,
    pub operation_status: Option<CustomTaskExtensionOperationStatus>,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.customTaskExtensionCalloutData",
    complex
)]
pub struct CustomTaskExtensionCalloutData {
    /// The inherited properties of `customExtensionData`.
    #[graph(base)]
    pub base: crate::graph::CustomExtensionData,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub subject: Option<crate::graph::AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "identityGovernance")]
    #[graph(read_only)]
    pub task: Option<Task>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "identityGovernance")]
    #[graph(read_only)]
    pub task_processingresult: Option<TaskProcessingResult>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "identityGovernance")]
    #[graph(read_only)]
    pub workflow: Option<Workflow>,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.previewFailedTask")]
pub struct PreviewFailedTask {
    /// Not nullable.
    pub definition_id: Option<String>,
    /// Not nullable.
    pub failure_reason: Option<String>,
    /// Not nullable.
    pub name: Option<String>,
    /// Not nullable.
    pub task_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.runSummary")]
pub struct RunSummary {
    /// Not nullable.
    pub failed_runs: Option<i32>,
    /// Not nullable.
    pub failed_tasks: Option<i32>,
    /// Not nullable.
    pub successful_runs: Option<i32>,
    /// Not nullable.
    pub total_runs: Option<i32>,
    /// Not nullable.
    pub total_tasks: Option<i32>,
    /// Not nullable.
    pub total_users: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.taskReportSummary")]
pub struct TaskReportSummary {
    /// Not nullable.
    pub failed_tasks: Option<i32>,
    /// Not nullable.
    pub successful_tasks: Option<i32>,
    /// Not nullable.
    pub total_tasks: Option<i32>,
    /// Not nullable.
    pub unprocessed_tasks: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.topTasksInsightsSummary")]
pub struct TopTasksInsightsSummary {
    /// Not nullable.
    pub failed_tasks: Option<i32>,
    /// Not nullable.
    pub failed_users: Option<i32>,
    /// Not nullable.
    pub successful_tasks: Option<i32>,
    /// Not nullable.
    pub successful_users: Option<i32>,
    /// Not nullable.
    pub task_definition_display_name: Option<String>,
    /// Not nullable.
    pub task_definition_id: Option<String>,
    /// Not nullable.
    pub total_tasks: Option<i32>,
    /// Not nullable.
    pub total_users: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.topWorkflowsInsightsSummary")]
pub struct TopWorkflowsInsightsSummary {
    /// Not nullable.
    pub failed_runs: Option<i32>,
    /// Not nullable.
    pub failed_users: Option<i32>,
    /// Not nullable.
    pub successful_runs: Option<i32>,
    /// Not nullable.
    pub successful_users: Option<i32>,
    /// Not nullable.
    pub total_runs: Option<i32>,
    /// Not nullable.
    pub total_users: Option<i32>,
    /// Not nullable.
    pub workflow_category: Option<LifecycleWorkflowCategory>,
    /// Not nullable.
    pub workflow_display_name: Option<String>,
    /// Not nullable.
    pub workflow_id: Option<String>,
    /// Not nullable.
    pub workflow_version: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.usersProcessingSummary")]
pub struct UsersProcessingSummary {
    /// Not nullable.
    pub failed_tasks: Option<i32>,
    /// Not nullable.
    pub failed_users: Option<i32>,
    /// Not nullable.
    pub successful_users: Option<i32>,
    /// Not nullable.
    pub total_tasks: Option<i32>,
    /// Not nullable.
    pub total_users: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.userSummary")]
pub struct UserSummary {
    /// Not nullable.
    pub failed_tasks: Option<i32>,
    /// Not nullable.
    pub failed_users: Option<i32>,
    /// Not nullable.
    pub successful_users: Option<i32>,
    /// Not nullable.
    pub total_tasks: Option<i32>,
    /// Not nullable.
    pub total_users: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.workflowsInsightsByCategory")]
pub struct WorkflowsInsightsByCategory {
    /// Not nullable.
    pub failed_joiner_runs: Option<i32>,
    /// Not nullable.
    pub failed_leaver_runs: Option<i32>,
    /// Not nullable.
    pub failed_mover_runs: Option<i32>,
    /// Not nullable.
    pub successful_joiner_runs: Option<i32>,
    /// Not nullable.
    pub successful_leaver_runs: Option<i32>,
    /// Not nullable.
    pub successful_mover_runs: Option<i32>,
    /// Not nullable.
    pub total_joiner_runs: Option<i32>,
    /// Not nullable.
    pub total_leaver_runs: Option<i32>,
    /// Not nullable.
    pub total_mover_runs: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.workflowsInsightsSummary")]
pub struct WorkflowsInsightsSummary {
    /// Not nullable.
    pub failed_runs: Option<i32>,
    /// Not nullable.
    pub failed_tasks: Option<i32>,
    /// Not nullable.
    pub failed_users: Option<i32>,
    /// Not nullable.
    pub successful_runs: Option<i32>,
    /// Not nullable.
    pub successful_tasks: Option<i32>,
    /// Not nullable.
    pub successful_users: Option<i32>,
    /// Not nullable.
    pub total_runs: Option<i32>,
    /// Not nullable.
    pub total_tasks: Option<i32>,
    /// Not nullable.
    pub total_users: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.workflowBase",
    abstract
)]
pub struct WorkflowBase {
    /// Not nullable.
    pub category: Option<LifecycleWorkflowCategory>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    /// Not nullable.
    pub display_name: Option<String>,
    pub execution_conditions: Option<AnyWorkflowExecutionConditions>,
    /// Not nullable.
    pub is_enabled: Option<bool>,
    /// Not nullable.
    pub is_scheduling_enabled: Option<bool>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub administration_scope_targets: Option<Vec<crate::graph::AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub created_by: Option<crate::graph::AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub last_modified_by: Option<crate::graph::AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "identityGovernance")]
    #[graph(read_only)]
    pub tasks: Option<Vec<Task>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
