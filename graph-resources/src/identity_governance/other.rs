//! The types of the area `other`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "other")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.usersProcessingSummary")]
pub struct UsersProcessingSummary {
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
    odata_type = "microsoft.graph.identityGovernance.workflowBase",
    keyless,
    abstract
)]
#[cfg_attr(feature = "identityGovernance", graph(contains(name = "tasks", target = Task)))]
pub struct WorkflowBase {
    /// Not nullable.
    #[graph(non_nullable)]
    pub category: Option<LifecycleWorkflowCategory>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub execution_conditions: Option<AnyWorkflowExecutionConditions>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_scheduling_enabled: Option<bool>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub administration_scope_targets: Option<Vec<crate::graph::AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `users`, `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    #[graph(read_only)]
    pub created_by: Option<crate::graph::User>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `users`, `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    #[graph(read_only)]
    pub last_modified_by: Option<crate::graph::User>,
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
