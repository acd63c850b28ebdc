//! The types of the area `identityGovernance`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.identityGovernance.activationTaskScopeType")]
pub enum ActivationTaskScopeType {
    AllTasks,
    FailedTasks,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.identityGovernance.activationUserScopeType")]
pub enum ActivationUserScopeType {
    AllUsers,
    FailedUsers,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.identityGovernance.customTaskExtensionOperationStatus")]
pub enum CustomTaskExtensionOperationStatus {
    Completed,
    Failed,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.lifecycleTaskCategory",
    flags
)]
pub enum LifecycleTaskCategory {
    Joiner,
    Leaver,
    UnknownFutureValue,
    Mover,
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.identityGovernance.lifecycleWorkflowCategory")]
pub enum LifecycleWorkflowCategory {
    Joiner,
    Leaver,
    UnknownFutureValue,
    Mover,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.identityGovernance.lifecycleWorkflowProcessingStatus")]
pub enum LifecycleWorkflowProcessingStatus {
    Queued,
    InProgress,
    Completed,
    CompletedWithErrors,
    Canceled,
    Failed,
    UnknownFutureValue,
    Canceling,
    Quarantined,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.identityGovernance.matchMode")]
pub enum MatchMode {
    Any,
    All,
    UnknownFutureValue,
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.identityGovernance.membershipChangeType")]
pub enum MembershipChangeType {
    Add,
    Remove,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.identityGovernance.quarantineType")]
pub enum QuarantineType {
    NotQuarantined,
    CountBasedThresholdExceeded,
    PercentageBasedThresholdExceeded,
    MultipleConditionsExceeded,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.identityGovernance.valueType")]
pub enum ValueType {
    Enum,
    String,
    Int,
    Bool,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.identityGovernance.workflowExecutionType")]
pub enum WorkflowExecutionType {
    Scheduled,
    OnDemand,
    UnknownFutureValue,
    ActivatedWithScope,
    Preview,
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.identityGovernance.workflowTriggerTimeBasedAttribute")]
pub enum WorkflowTriggerTimeBasedAttribute {
    EmployeeHireDate,
    EmployeeLeaveDateTime,
    UnknownFutureValue,
    CreatedDateTime,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.activateGroupScope",
    complex
)]
pub struct ActivateGroupScope {
    /// The inherited properties of `activationScope`.
    #[graph(base)]
    pub base: ActivationScope,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub group: Option<crate::graph::Group>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.activateProcessingResultScope",
    complex
)]
pub struct ActivateProcessingResultScope {
    /// The inherited properties of `activationScope`.
    #[graph(base)]
    pub base: ActivationScope,
    /// Not nullable.
    #[graph(non_nullable)]
    pub task_scope: Option<ActivationTaskScopeType>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub processing_results: Option<Vec<UserProcessingResult>>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.activateRunScope",
    complex
)]
pub struct ActivateRunScope {
    /// The inherited properties of `activationScope`.
    #[graph(base)]
    pub base: ActivationScope,
    /// Not nullable.
    #[graph(non_nullable)]
    pub task_scope: Option<ActivationTaskScopeType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_scope: Option<ActivationUserScopeType>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub run: Option<Box<Run>>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.activateUserScope",
    complex
)]
pub struct ActivateUserScope {
    /// The inherited properties of `activationScope`.
    #[graph(base)]
    pub base: ActivationScope,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub users: Option<Vec<crate::graph::User>>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.activationScope",
    abstract
)]
pub struct ActivationScope {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.identityGovernance.activationScope`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `ActivationScope`, keeping its `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyActivationScope {
    /// `microsoft.graph.identityGovernance.activateGroupScope`.
    ActivateGroupScope(ActivateGroupScope),
    /// `microsoft.graph.identityGovernance.activateProcessingResultScope`.
    ActivateProcessingResultScope(ActivateProcessingResultScope),
    /// `microsoft.graph.identityGovernance.activateRunScope`.
    ActivateRunScope(ActivateRunScope),
    /// `microsoft.graph.identityGovernance.activateUserScope`.
    ActivateUserScope(ActivateUserScope),
    /// `microsoft.graph.identityGovernance.activationScope` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ActivationScope),
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.attributeChangeTrigger",
    complex
)]
pub struct AttributeChangeTrigger {
    /// The inherited properties of `workflowExecutionTrigger`.
    #[graph(base)]
    pub base: WorkflowExecutionTrigger,
    /// Not nullable.
    #[graph(non_nullable)]
    pub trigger_attributes: Option<Vec<TriggerAttribute>>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.cancelRunsScope",
    complex
)]
pub struct CancelRunsScope {
    /// The inherited properties of `cancelScope`.
    #[graph(base)]
    pub base: CancelScope,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub runs: Option<Vec<Run>>,
}

#[cfg(feature = "identityGovernance")]
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

/// A `microsoft.graph.identityGovernance.cancelScope`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `CancelScope`, keeping its `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCancelScope {
    /// `microsoft.graph.identityGovernance.cancelRunsScope`.
    CancelRunsScope(CancelRunsScope),
    /// `microsoft.graph.identityGovernance.cancelScope` itself, or a type this build does not declare.
    #[graph(other)]
    Other(CancelScope),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.countBasedQuarantineCondition",
    complex
)]
pub struct CountBasedQuarantineCondition {
    /// The inherited properties of `quarantineCondition`.
    #[graph(base)]
    pub base: QuarantineCondition,
    /// Not nullable.
    #[graph(non_nullable)]
    pub threshold: Option<edm::Int64>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration",
    complex
)]
pub struct CustomTaskExtensionCallbackConfiguration {
    /// The inherited properties of `customExtensionCallbackConfiguration`.
    #[graph(base)]
    pub base: crate::graph::CustomExtensionCallbackConfiguration,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `applications`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "applications")]
    #[graph(read_only)]
    pub authorized_apps: Option<Vec<crate::graph::AnyApplication>>,
}

#[cfg(feature = "identityGovernance")]
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

#[cfg(feature = "identityGovernance")]
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
    pub subject: Option<crate::graph::User>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub task: Option<Task>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub task_processingresult: Option<TaskProcessingResult>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub workflow: Option<Workflow>,
}

#[cfg(any(feature = "identityGovernance", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.groupBasedSubjectSet",
    complex
)]
pub struct GroupBasedSubjectSet {
    /// The inherited properties of `subjectSet`.
    #[graph(base)]
    pub base: crate::graph::SubjectSet,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub groups: Option<Vec<crate::graph::Group>>,
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.membershipChangeTrigger",
    complex
)]
pub struct MembershipChangeTrigger {
    /// The inherited properties of `workflowExecutionTrigger`.
    #[graph(base)]
    pub base: WorkflowExecutionTrigger,
    /// Not nullable.
    #[graph(non_nullable)]
    pub change_type: Option<MembershipChangeType>,
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.onDemandExecutionOnly",
    complex
)]
pub struct OnDemandExecutionOnly {
    /// The inherited properties of `workflowExecutionConditions`.
    #[graph(base)]
    pub base: WorkflowExecutionConditions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.parameter")]
pub struct Parameter {
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    pub values: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub value_type: Option<ValueType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.percentageBasedQuarantineCondition",
    complex
)]
pub struct PercentageBasedQuarantineCondition {
    /// The inherited properties of `quarantineCondition`.
    #[graph(base)]
    pub base: QuarantineCondition,
    /// Not nullable.
    #[graph(non_nullable)]
    pub percentage: Option<i32>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.previewFailedTask")]
pub struct PreviewFailedTask {
    /// Not nullable.
    #[graph(non_nullable)]
    pub definition_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub failure_reason: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub task_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.quarantineCondition",
    abstract
)]
pub struct QuarantineCondition {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.identityGovernance.quarantineCondition`: the type itself or any of its
/// derived types this build declares (a value without `@odata.type` is the type itself); a value of
/// another derived type reads as `QuarantineCondition`, keeping its `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyQuarantineCondition {
    /// `microsoft.graph.identityGovernance.countBasedQuarantineCondition`.
    CountBasedQuarantineCondition(CountBasedQuarantineCondition),
    /// `microsoft.graph.identityGovernance.percentageBasedQuarantineCondition`.
    PercentageBasedQuarantineCondition(PercentageBasedQuarantineCondition),
    /// `microsoft.graph.identityGovernance.quarantineCondition` itself, or a type this build does not declare.
    #[graph(other)]
    Other(QuarantineCondition),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.quarantineConfiguration")]
pub struct QuarantineConfiguration {
    /// Not nullable.
    #[graph(non_nullable)]
    pub conditions: Option<Vec<AnyQuarantineCondition>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub match_mode: Option<MatchMode>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.quarantineDetails")]
pub struct QuarantineDetails {
    pub quarantined_date_time: Option<edm::DateTimeOffset>,
    pub quarantine_reason: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub quarantine_type: Option<QuarantineType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identityGovernance", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.ruleBasedSubjectSet",
    complex
)]
pub struct RuleBasedSubjectSet {
    /// The inherited properties of `subjectSet`.
    #[graph(base)]
    pub base: crate::graph::SubjectSet,
    /// Not nullable.
    #[graph(non_nullable)]
    pub rule: Option<String>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.runSummary")]
pub struct RunSummary {
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_tasks: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_tasks: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_users: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.taskReportSummary")]
pub struct TaskReportSummary {
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_tasks: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_tasks: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_tasks: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub unprocessed_tasks: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.timeBasedAttributeTrigger",
    complex
)]
pub struct TimeBasedAttributeTrigger {
    /// The inherited properties of `workflowExecutionTrigger`.
    #[graph(base)]
    pub base: WorkflowExecutionTrigger,
    /// Not nullable.
    #[graph(non_nullable)]
    pub offset_in_days: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub time_based_attribute: Option<WorkflowTriggerTimeBasedAttribute>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.topTasksInsightsSummary")]
pub struct TopTasksInsightsSummary {
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_tasks: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_users: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_tasks: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_users: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub task_definition_display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub task_definition_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_tasks: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_users: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.topWorkflowsInsightsSummary")]
pub struct TopWorkflowsInsightsSummary {
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_users: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_users: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_users: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub workflow_category: Option<LifecycleWorkflowCategory>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub workflow_display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub workflow_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub workflow_version: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.triggerAndScopeBasedConditions",
    complex
)]
pub struct TriggerAndScopeBasedConditions {
    /// The inherited properties of `workflowExecutionConditions`.
    #[graph(base)]
    pub base: WorkflowExecutionConditions,
    pub scope: Option<crate::graph::AnySubjectSet>,
    pub trigger: Option<AnyWorkflowExecutionTrigger>,
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.triggerAttribute")]
pub struct TriggerAttribute {
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.userInactivityTrigger",
    complex
)]
pub struct UserInactivityTrigger {
    /// The inherited properties of `workflowExecutionTrigger`.
    #[graph(base)]
    pub base: WorkflowExecutionTrigger,
    /// Not nullable.
    #[graph(non_nullable)]
    pub inactivity_period_in_days: Option<i32>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.userSummary")]
pub struct UserSummary {
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_tasks: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_users: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_users: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_tasks: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_users: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.workflowExecutionConditions",
    abstract
)]
pub struct WorkflowExecutionConditions {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.identityGovernance.workflowExecutionConditions`: the type itself or any of
/// its derived types this build declares (a value without `@odata.type` is the type itself); a
/// value of another derived type reads as `WorkflowExecutionConditions`, keeping its `@odata.type`
/// and properties.
#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyWorkflowExecutionConditions {
    /// `microsoft.graph.identityGovernance.onDemandExecutionOnly`.
    OnDemandExecutionOnly(OnDemandExecutionOnly),
    /// `microsoft.graph.identityGovernance.triggerAndScopeBasedConditions`.
    TriggerAndScopeBasedConditions(TriggerAndScopeBasedConditions),
    /// `microsoft.graph.identityGovernance.workflowExecutionConditions` itself, or a type this build does not declare.
    #[graph(other)]
    Other(WorkflowExecutionConditions),
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance.workflowExecutionTrigger",
    abstract
)]
pub struct WorkflowExecutionTrigger {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.identityGovernance.workflowExecutionTrigger`: the type itself or any of its
/// derived types this build declares (a value without `@odata.type` is the type itself); a value of
/// another derived type reads as `WorkflowExecutionTrigger`, keeping its `@odata.type` and
/// properties.
#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyWorkflowExecutionTrigger {
    /// `microsoft.graph.identityGovernance.attributeChangeTrigger`.
    AttributeChangeTrigger(AttributeChangeTrigger),
    /// `microsoft.graph.identityGovernance.membershipChangeTrigger`.
    MembershipChangeTrigger(MembershipChangeTrigger),
    /// `microsoft.graph.identityGovernance.timeBasedAttributeTrigger`.
    TimeBasedAttributeTrigger(TimeBasedAttributeTrigger),
    /// `microsoft.graph.identityGovernance.userInactivityTrigger`.
    UserInactivityTrigger(UserInactivityTrigger),
    /// `microsoft.graph.identityGovernance.workflowExecutionTrigger` itself, or a type this build does not declare.
    #[graph(other)]
    Other(WorkflowExecutionTrigger),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.workflowSetting")]
pub struct WorkflowSetting {
    pub quarantine_configuration: Option<QuarantineConfiguration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.workflowsInsightsByCategory")]
pub struct WorkflowsInsightsByCategory {
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_joiner_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_leaver_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_mover_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_joiner_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_leaver_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_mover_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_joiner_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_leaver_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_mover_runs: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.workflowsInsightsSummary")]
pub struct WorkflowsInsightsSummary {
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_tasks: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_users: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_tasks: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_users: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_runs: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_tasks: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_users: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.customTaskExtension")]
pub struct CustomTaskExtension {
    /// The inherited properties of `customCalloutExtension`.
    #[graph(base)]
    pub base: crate::graph::CustomCalloutExtension,
    pub callback_configuration: Option<crate::graph::AnyCustomExtensionCallbackConfiguration>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub created_by: Option<crate::graph::User>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub last_modified_by: Option<crate::graph::User>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.identityGovernance.insights",
    function(
        name = "topTasksProcessedSummary",
        parameters = InsightsTopTasksProcessedSummaryParameters,
        returns = Vec<TopTasksInsightsSummary>
    ),
    function(
        name = "topWorkflowsProcessedSummary",
        parameters = InsightsTopWorkflowsProcessedSummaryParameters,
        returns = Vec<TopWorkflowsInsightsSummary>
    ),
    function(
        name = "workflowsProcessedByCategory",
        parameters = InsightsWorkflowsProcessedByCategoryParameters,
        returns = WorkflowsInsightsByCategory
    ),
    function(
        name = "workflowsProcessedSummary",
        parameters = InsightsWorkflowsProcessedSummaryParameters,
        returns = WorkflowsInsightsSummary
    )
)]
pub struct Insights {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `topTasksProcessedSummary`, bound to `insights`, written in its
/// URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct InsightsTopTasksProcessedSummaryParameters {
    pub start_date_time: edm::DateTimeOffset,
    pub end_date_time: edm::DateTimeOffset,
}

/// The arguments of the function `topWorkflowsProcessedSummary`, bound to `insights`, written in
/// its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct InsightsTopWorkflowsProcessedSummaryParameters {
    pub start_date_time: edm::DateTimeOffset,
    pub end_date_time: edm::DateTimeOffset,
}

/// The arguments of the function `workflowsProcessedByCategory`, bound to `insights`, written in
/// its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct InsightsWorkflowsProcessedByCategoryParameters {
    pub start_date_time: edm::DateTimeOffset,
    pub end_date_time: edm::DateTimeOffset,
}

/// The arguments of the function `workflowsProcessedSummary`, bound to `insights`, written in its
/// URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct InsightsWorkflowsProcessedSummaryParameters {
    pub start_date_time: edm::DateTimeOffset,
    pub end_date_time: edm::DateTimeOffset,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.identityGovernance.lifecycleManagementSettings"
)]
pub struct LifecycleManagementSettings {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub email_settings: Option<crate::graph::EmailSettings>,
    pub quarantine_configuration: Option<QuarantineConfiguration>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub workflow_schedule_interval_in_hours: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer",
    contains(name = "customTaskExtensions", target = CustomTaskExtension),
    contains(name = "deletedItems", target = crate::graph::DeletedItemContainer, single),
    contains(name = "insights", target = Insights, single),
    contains(name = "settings", target = LifecycleManagementSettings, single),
    contains(name = "taskDefinitions", target = TaskDefinition),
    contains(name = "workflows", target = Workflow),
    contains(name = "workflowTemplates", target = WorkflowTemplate)
)]
pub struct LifecycleWorkflowsContainer {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub custom_task_extensions: Option<Vec<CustomTaskExtension>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub deleted_items: Option<crate::graph::DeletedItemContainer>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub insights: Option<Insights>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub settings: Option<LifecycleManagementSettings>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub task_definitions: Option<Vec<TaskDefinition>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub workflows: Option<Vec<Workflow>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub workflow_templates: Option<Vec<WorkflowTemplate>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.identityGovernance.run",
    contains(name = "taskProcessingResults", target = TaskProcessingResult),
    contains(name = "userProcessingResults", target = UserProcessingResult),
    function(
        name = "summary",
        collection,
        parameters = RunCollectionSummaryParameters,
        returns = RunSummary
    )
)]
pub struct Run {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub activated_on_scope: Option<Box<AnyActivationScope>>,
    pub completed_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_tasks_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_users_count: Option<i32>,
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub processing_status: Option<LifecycleWorkflowProcessingStatus>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub scheduled_date_time: Option<edm::DateTimeOffset>,
    pub started_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_users_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_tasks_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_unprocessed_tasks_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_users_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub workflow_execution_type: Option<WorkflowExecutionType>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub reprocessed_runs: Option<Vec<Run>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub task_processing_results: Option<Vec<TaskProcessingResult>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_processing_results: Option<Vec<UserProcessingResult>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `summary`, bound to a collection of `run`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct RunCollectionSummaryParameters {
    pub start_date_time: edm::DateTimeOffset,
    pub end_date_time: edm::DateTimeOffset,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.identityGovernance.task",
    contains(name = "taskProcessingResults", target = TaskProcessingResult)
)]
pub struct Task {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub arguments: Option<Vec<crate::graph::KeyValuePair>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub category: Option<Flags<LifecycleTaskCategory>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub continue_on_error: Option<bool>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub execution_sequence: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub task_definition_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub task_processing_results: Option<Vec<TaskProcessingResult>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.identityGovernance.taskDefinition"
)]
pub struct TaskDefinition {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub category: Option<Flags<LifecycleTaskCategory>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub continue_on_error: Option<bool>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub parameters: Option<Vec<Parameter>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub version: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.identityGovernance.taskProcessingResult",
    action(name = "resume", parameters = TaskProcessingResultResumeParameters)
)]
pub struct TaskProcessingResult {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub completed_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub failure_reason: Option<String>,
    pub processing_info: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub processing_status: Option<LifecycleWorkflowProcessingStatus>,
    pub started_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub subject: Option<crate::graph::User>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub task: Option<Task>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `resume`, bound to `taskProcessingResult`.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct TaskProcessingResultResumeParameters {
    pub source: Option<String>,
    pub r#type: Option<String>,
    pub data: CustomTaskExtensionCallbackData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.identityGovernance.taskReport",
    contains(name = "taskProcessingResults", target = TaskProcessingResult),
    function(
        name = "summary",
        collection,
        parameters = TaskReportCollectionSummaryParameters,
        returns = TaskReportSummary
    )
)]
pub struct TaskReport {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub completed_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_users_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub processing_status: Option<LifecycleWorkflowProcessingStatus>,
    pub run_id: Option<String>,
    pub started_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub successful_users_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_users_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub unprocessed_users_count: Option<i32>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub task: Option<Task>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub task_definition: Option<TaskDefinition>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub task_processing_results: Option<Vec<TaskProcessingResult>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `summary`, bound to a collection of `taskReport`, written in its
/// URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct TaskReportCollectionSummaryParameters {
    pub start_date_time: edm::DateTimeOffset,
    pub end_date_time: edm::DateTimeOffset,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.identityGovernance.userProcessingResult",
    contains(name = "taskProcessingResults", target = TaskProcessingResult),
    function(
        name = "summary",
        collection,
        parameters = UserProcessingResultCollectionSummaryParameters,
        returns = UserSummary
    )
)]
pub struct UserProcessingResult {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub completed_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub failed_tasks_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub processing_status: Option<LifecycleWorkflowProcessingStatus>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub scheduled_date_time: Option<edm::DateTimeOffset>,
    pub started_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_tasks_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_unprocessed_tasks_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub workflow_execution_type: Option<WorkflowExecutionType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub workflow_version: Option<i32>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub reprocessed_runs: Option<Vec<Run>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub subject: Option<crate::graph::User>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub task_processing_results: Option<Vec<TaskProcessingResult>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `summary`, bound to a collection of `userProcessingResult`,
/// written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct UserProcessingResultCollectionSummaryParameters {
    pub start_date_time: edm::DateTimeOffset,
    pub end_date_time: edm::DateTimeOffset,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "workflowBase",
    odata_type = "microsoft.graph.identityGovernance.workflow",
    contains(name = "runs", target = Run),
    contains(name = "taskReports", target = TaskReport),
    contains(name = "userProcessingResults", target = UserProcessingResult),
    contains(name = "versions", target = WorkflowVersion),
    action(name = "activate", parameters = WorkflowActivateParameters),
    action(name = "activateWithScope", parameters = WorkflowActivateWithScopeParameters),
    action(name = "cancelProcessing", parameters = WorkflowCancelProcessingParameters),
    action(name = "clearQuarantine", returns = Workflow),
    action(
        name = "createNewVersion",
        parameters = WorkflowCreateNewVersionParameters,
        returns = Workflow
    ),
    action(name = "previewTaskFailures", returns = Vec<PreviewFailedTask>),
    action(name = "previewWorkflow", parameters = WorkflowPreviewWorkflowParameters),
    action(name = "restore", returns = Workflow)
)]
pub struct Workflow {
    /// Not nullable. Inherited from `workflowBase`.
    #[graph(non_nullable)]
    pub category: Option<LifecycleWorkflowCategory>,
    /// Inherited from `workflowBase`.
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Inherited from `workflowBase`.
    pub description: Option<String>,
    /// Not nullable. Inherited from `workflowBase`.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Inherited from `workflowBase`.
    pub execution_conditions: Option<AnyWorkflowExecutionConditions>,
    /// Not nullable. Inherited from `workflowBase`.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Not nullable. Inherited from `workflowBase`.
    #[graph(non_nullable)]
    pub is_scheduling_enabled: Option<bool>,
    /// Inherited from `workflowBase`.
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub deleted_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub next_schedule_run_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub quarantine_details: Option<QuarantineDetails>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub settings: Option<WorkflowSetting>,
    pub version: Option<i32>,
    /// Navigation property: read when `$expand`ed, never written. Inherited from `workflowBase`.
    #[graph(read_only)]
    pub administration_scope_targets: Option<Vec<crate::graph::AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written. Inherited from `workflowBase`.
    #[graph(read_only)]
    pub created_by: Option<crate::graph::User>,
    /// Navigation property: read when `$expand`ed, never written. Inherited from `workflowBase`.
    #[graph(read_only)]
    pub last_modified_by: Option<crate::graph::User>,
    /// Navigation property: read when `$expand`ed, never written. Inherited from `workflowBase`.
    #[graph(read_only)]
    pub tasks: Option<Vec<Task>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub execution_scope: Option<Vec<UserProcessingResult>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub preview_scope: Option<Vec<crate::graph::AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub runs: Option<Vec<Run>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub task_reports: Option<Vec<TaskReport>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_processing_results: Option<Vec<UserProcessingResult>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub versions: Option<Vec<WorkflowVersion>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `activate`, bound to `workflow`.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct WorkflowActivateParameters {
    pub subjects: Option<Vec<crate::graph::User>>,
}

/// The body of the action `activateWithScope`, bound to `workflow`.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct WorkflowActivateWithScopeParameters {
    pub scope: Option<AnyActivationScope>,
}

/// The body of the action `cancelProcessing`, bound to `workflow`.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct WorkflowCancelProcessingParameters {
    pub scope: Option<AnyCancelScope>,
}

/// The body of the action `createNewVersion`, bound to `workflow`.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct WorkflowCreateNewVersionParameters {
    pub workflow: Option<Workflow>,
}

/// The body of the action `previewWorkflow`, bound to `workflow`.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct WorkflowPreviewWorkflowParameters {
    pub subjects: Option<Vec<crate::graph::AnyDirectoryObject>>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.identityGovernance.workflowTemplate",
    contains(name = "tasks", target = Task)
)]
pub struct WorkflowTemplate {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub category: Option<LifecycleWorkflowCategory>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub execution_conditions: Option<AnyWorkflowExecutionConditions>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub tasks: Option<Vec<Task>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "workflowBase",
    odata_type = "microsoft.graph.identityGovernance.workflowVersion"
)]
pub struct WorkflowVersion {
    /// Not nullable. Inherited from `workflowBase`.
    #[graph(non_nullable)]
    pub category: Option<LifecycleWorkflowCategory>,
    /// Inherited from `workflowBase`.
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Inherited from `workflowBase`.
    pub description: Option<String>,
    /// Not nullable. Inherited from `workflowBase`.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Inherited from `workflowBase`.
    pub execution_conditions: Option<AnyWorkflowExecutionConditions>,
    /// Not nullable. Inherited from `workflowBase`.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Not nullable. Inherited from `workflowBase`.
    #[graph(non_nullable)]
    pub is_scheduling_enabled: Option<bool>,
    /// Inherited from `workflowBase`.
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub settings: Option<WorkflowSetting>,
    /// Not nullable.
    #[graph(key, non_nullable)]
    pub version_number: Option<i32>,
    /// Navigation property: read when `$expand`ed, never written. Inherited from `workflowBase`.
    #[graph(read_only)]
    pub administration_scope_targets: Option<Vec<crate::graph::AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written. Inherited from `workflowBase`.
    #[graph(read_only)]
    pub created_by: Option<crate::graph::User>,
    /// Navigation property: read when `$expand`ed, never written. Inherited from `workflowBase`.
    #[graph(read_only)]
    pub last_modified_by: Option<crate::graph::User>,
    /// Navigation property: read when `$expand`ed, never written. Inherited from `workflowBase`.
    #[graph(read_only)]
    pub tasks: Option<Vec<Task>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
