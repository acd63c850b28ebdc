//! The types of the area `planner`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "planner")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.plannerContainerType")]
pub enum PlannerContainerType {
    Group,
    UnknownFutureValue,
    Roster,
}

#[cfg(feature = "planner")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.plannerPreviewType")]
pub enum PlannerPreviewType {
    Automatic,
    NoPreview,
    Checklist,
    Description,
    Reference,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.plannerAppliedCategories")]
pub struct PlannerAppliedCategories {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.plannerAssignments")]
pub struct PlannerAssignments {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.plannerCategoryDescriptions")]
pub struct PlannerCategoryDescriptions {
    pub category1: Option<String>,
    pub category10: Option<String>,
    pub category11: Option<String>,
    pub category12: Option<String>,
    pub category13: Option<String>,
    pub category14: Option<String>,
    pub category15: Option<String>,
    pub category16: Option<String>,
    pub category17: Option<String>,
    pub category18: Option<String>,
    pub category19: Option<String>,
    pub category2: Option<String>,
    pub category20: Option<String>,
    pub category21: Option<String>,
    pub category22: Option<String>,
    pub category23: Option<String>,
    pub category24: Option<String>,
    pub category25: Option<String>,
    pub category3: Option<String>,
    pub category4: Option<String>,
    pub category5: Option<String>,
    pub category6: Option<String>,
    pub category7: Option<String>,
    pub category8: Option<String>,
    pub category9: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.plannerChecklistItems")]
pub struct PlannerChecklistItems {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.plannerExternalReferences")]
pub struct PlannerExternalReferences {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.plannerOrderHintsByAssignee")]
pub struct PlannerOrderHintsByAssignee {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.plannerPlanContainer")]
pub struct PlannerPlanContainer {
    pub container_id: Option<String>,
    pub r#type: Option<PlannerContainerType>,
    pub url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.plannerUserIds")]
pub struct PlannerUserIds {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.planner",
    singleton = "/planner",
    contains(name = "buckets", target = PlannerBucket),
    contains(name = "plans", target = PlannerPlan),
    contains(name = "tasks", target = PlannerTask)
)]
pub struct Planner {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub buckets: Option<Vec<PlannerBucket>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub plans: Option<Vec<PlannerPlan>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub tasks: Option<Vec<PlannerTask>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.plannerAssignedToTaskBoardTaskFormat"
)]
pub struct PlannerAssignedToTaskBoardTaskFormat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub order_hints_by_assignee: Option<PlannerOrderHintsByAssignee>,
    pub unassigned_order_hint: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.plannerBucket",
    path = "/planner/buckets",
    contains(name = "tasks", target = PlannerTask)
)]
pub struct PlannerBucket {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    pub order_hint: Option<String>,
    pub plan_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub tasks: Option<Vec<PlannerTask>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.plannerBucketTaskBoardTaskFormat"
)]
pub struct PlannerBucketTaskBoardTaskFormat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub order_hint: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.plannerPlan",
    path = "/planner/plans",
    contains(name = "buckets", target = PlannerBucket),
    contains(name = "details", target = PlannerPlanDetails, single),
    contains(name = "tasks", target = PlannerTask)
)]
pub struct PlannerPlan {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub container: Option<PlannerPlanContainer>,
    pub created_by: Option<AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub owner: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub title: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub buckets: Option<Vec<PlannerBucket>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub details: Option<PlannerPlanDetails>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub tasks: Option<Vec<PlannerTask>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.plannerPlanDetails")]
pub struct PlannerPlanDetails {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub category_descriptions: Option<PlannerCategoryDescriptions>,
    pub shared_with: Option<PlannerUserIds>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.plannerProgressTaskBoardTaskFormat"
)]
pub struct PlannerProgressTaskBoardTaskFormat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub order_hint: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.plannerTask",
    path = "/planner/tasks",
    contains(
        name = "assignedToTaskBoardFormat",
        target = PlannerAssignedToTaskBoardTaskFormat,
        single
    ),
    contains(name = "bucketTaskBoardFormat", target = PlannerBucketTaskBoardTaskFormat, single),
    contains(name = "details", target = PlannerTaskDetails, single),
    contains(name = "progressTaskBoardFormat", target = PlannerProgressTaskBoardTaskFormat, single)
)]
pub struct PlannerTask {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub active_checklist_item_count: Option<i32>,
    pub applied_categories: Option<PlannerAppliedCategories>,
    pub assignee_priority: Option<String>,
    pub assignments: Option<PlannerAssignments>,
    pub bucket_id: Option<String>,
    pub checklist_item_count: Option<i32>,
    pub completed_by: Option<AnyIdentitySet>,
    pub completed_date_time: Option<edm::DateTimeOffset>,
    pub conversation_thread_id: Option<String>,
    pub created_by: Option<AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub due_date_time: Option<edm::DateTimeOffset>,
    pub has_description: Option<bool>,
    pub order_hint: Option<String>,
    pub percent_complete: Option<i32>,
    pub plan_id: Option<String>,
    pub preview_type: Option<PlannerPreviewType>,
    pub priority: Option<i32>,
    pub reference_count: Option<i32>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub title: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assigned_to_task_board_format: Option<PlannerAssignedToTaskBoardTaskFormat>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub bucket_task_board_format: Option<PlannerBucketTaskBoardTaskFormat>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub details: Option<PlannerTaskDetails>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub progress_task_board_format: Option<PlannerProgressTaskBoardTaskFormat>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "planner")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.plannerTaskDetails")]
pub struct PlannerTaskDetails {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub checklist: Option<PlannerChecklistItems>,
    pub description: Option<String>,
    pub preview_type: Option<PlannerPreviewType>,
    pub references: Option<PlannerExternalReferences>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
