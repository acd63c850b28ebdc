//! The types of the area `roleManagement`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "roleManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.roleAssignmentScheduleFilterByCurrentUserOptions")]
pub enum RoleAssignmentScheduleFilterByCurrentUserOptions {
    Principal,
    UnknownFutureValue,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.roleAssignmentScheduleInstanceFilterByCurrentUserOptions")]
pub enum RoleAssignmentScheduleInstanceFilterByCurrentUserOptions {
    Principal,
    UnknownFutureValue,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.roleAssignmentScheduleRequestFilterByCurrentUserOptions")]
pub enum RoleAssignmentScheduleRequestFilterByCurrentUserOptions {
    Principal,
    CreatedBy,
    Approver,
    UnknownFutureValue,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.roleEligibilityScheduleFilterByCurrentUserOptions")]
pub enum RoleEligibilityScheduleFilterByCurrentUserOptions {
    Principal,
    UnknownFutureValue,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.roleEligibilityScheduleInstanceFilterByCurrentUserOptions")]
pub enum RoleEligibilityScheduleInstanceFilterByCurrentUserOptions {
    Principal,
    UnknownFutureValue,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.roleEligibilityScheduleRequestFilterByCurrentUserOptions")]
pub enum RoleEligibilityScheduleRequestFilterByCurrentUserOptions {
    Principal,
    CreatedBy,
    Approver,
    UnknownFutureValue,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.unifiedRoleScheduleRequestActions")]
pub enum UnifiedRoleScheduleRequestActions {
    AdminAssign,
    AdminUpdate,
    AdminRemove,
    SelfActivate,
    SelfDeactivate,
    AdminExtend,
    AdminRenew,
    SelfExtend,
    SelfRenew,
    UnknownFutureValue,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.unifiedRolePermission")]
pub struct UnifiedRolePermission {
    /// Not nullable.
    #[graph(non_nullable)]
    pub allowed_resource_actions: Option<Vec<String>>,
    pub condition: Option<String>,
    pub excluded_resource_actions: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.appScope")]
pub struct AppScope {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.rbacApplication",
    contains(name = "resourceNamespaces", target = UnifiedRbacResourceNamespace),
    contains(name = "roleAssignments", target = UnifiedRoleAssignment),
    contains(
        name = "roleAssignmentScheduleInstances",
        target = UnifiedRoleAssignmentScheduleInstance
    ),
    contains(
        name = "roleAssignmentScheduleRequests",
        target = UnifiedRoleAssignmentScheduleRequest
    ),
    contains(name = "roleAssignmentSchedules", target = UnifiedRoleAssignmentSchedule),
    contains(name = "roleDefinitions", target = UnifiedRoleDefinition),
    contains(
        name = "roleEligibilityScheduleInstances",
        target = UnifiedRoleEligibilityScheduleInstance
    ),
    contains(
        name = "roleEligibilityScheduleRequests",
        target = UnifiedRoleEligibilityScheduleRequest
    ),
    contains(name = "roleEligibilitySchedules", target = UnifiedRoleEligibilitySchedule)
)]
pub struct RbacApplication {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource_namespaces: Option<Vec<UnifiedRbacResourceNamespace>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role_assignments: Option<Vec<UnifiedRoleAssignment>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role_assignment_schedule_instances: Option<Vec<UnifiedRoleAssignmentScheduleInstance>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role_assignment_schedule_requests: Option<Vec<UnifiedRoleAssignmentScheduleRequest>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role_assignment_schedules: Option<Vec<UnifiedRoleAssignmentSchedule>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role_definitions: Option<Vec<UnifiedRoleDefinition>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role_eligibility_schedule_instances: Option<Vec<UnifiedRoleEligibilityScheduleInstance>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role_eligibility_schedule_requests: Option<Vec<UnifiedRoleEligibilityScheduleRequest>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role_eligibility_schedules: Option<Vec<UnifiedRoleEligibilitySchedule>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.roleManagement",
    keyless,
    singleton = "/roleManagement",
    contains(name = "directory", target = RbacApplication, single),
    contains(name = "entitlementManagement", target = RbacApplication, single)
)]
pub struct RoleManagement {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub directory: Option<RbacApplication>,
    /// The RbacApplication for Entitlement Management Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub entitlement_management: Option<RbacApplication>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.unifiedRbacResourceAction"
)]
pub struct UnifiedRbacResourceAction {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub action_verb: Option<String>,
    pub authentication_context_id: Option<String>,
    pub description: Option<String>,
    pub is_authentication_context_settable: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    pub resource_scope_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.unifiedRbacResourceNamespace",
    contains(name = "resourceActions", target = UnifiedRbacResourceAction)
)]
pub struct UnifiedRbacResourceNamespace {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource_actions: Option<Vec<UnifiedRbacResourceAction>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.unifiedRoleAssignment",
    contains(name = "appScope", target = AppScope, single)
)]
pub struct UnifiedRoleAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub app_scope_id: Option<String>,
    pub condition: Option<String>,
    pub directory_scope_id: Option<String>,
    pub principal_id: Option<String>,
    pub principal_organization_id: Option<String>,
    pub role_definition_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub app_scope: Option<AppScope>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub directory_scope: Option<AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub principal: Option<AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role_definition: Option<UnifiedRoleDefinition>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.unifiedRoleAssignmentSchedule",
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = UnifiedRoleAssignmentScheduleCollectionFilterByCurrentUserParameters,
        returns = Page<UnifiedRoleAssignmentSchedule>
    )
)]
pub struct UnifiedRoleAssignmentSchedule {
    /// The inherited properties of `unifiedRoleScheduleBase`.
    #[graph(base)]
    pub base: UnifiedRoleScheduleBase,
    pub assignment_type: Option<String>,
    pub member_type: Option<String>,
    pub schedule_info: Option<RequestSchedule>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub activated_using: Option<UnifiedRoleEligibilitySchedule>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `unifiedRoleAssignmentSchedule`, written in its URL.
#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct UnifiedRoleAssignmentScheduleCollectionFilterByCurrentUserParameters {
    pub on: RoleAssignmentScheduleFilterByCurrentUserOptions,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.unifiedRoleAssignmentScheduleInstance",
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = UnifiedRoleAssignmentScheduleInstanceCollectionFilterByCurrentUserParameters,
        returns = Page<UnifiedRoleAssignmentScheduleInstance>
    )
)]
pub struct UnifiedRoleAssignmentScheduleInstance {
    /// The inherited properties of `unifiedRoleScheduleInstanceBase`.
    #[graph(base)]
    pub base: UnifiedRoleScheduleInstanceBase,
    pub assignment_type: Option<String>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub member_type: Option<String>,
    pub role_assignment_origin_id: Option<String>,
    pub role_assignment_schedule_id: Option<String>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub activated_using: Option<UnifiedRoleEligibilityScheduleInstance>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `unifiedRoleAssignmentScheduleInstance`, written in its URL.
#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct UnifiedRoleAssignmentScheduleInstanceCollectionFilterByCurrentUserParameters {
    pub on: RoleAssignmentScheduleInstanceFilterByCurrentUserOptions,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.unifiedRoleAssignmentScheduleRequest",
    action = "cancel",
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = UnifiedRoleAssignmentScheduleRequestCollectionFilterByCurrentUserParameters,
        returns = Page<UnifiedRoleAssignmentScheduleRequest>
    )
)]
pub struct UnifiedRoleAssignmentScheduleRequest {
    /// The inherited properties of `request`.
    #[graph(base)]
    pub base: Request,
    pub action: Option<UnifiedRoleScheduleRequestActions>,
    pub app_scope_id: Option<String>,
    pub directory_scope_id: Option<String>,
    pub is_validation_only: Option<bool>,
    pub justification: Option<String>,
    pub principal_id: Option<String>,
    pub role_definition_id: Option<String>,
    pub schedule_info: Option<RequestSchedule>,
    pub target_schedule_id: Option<String>,
    pub ticket_info: Option<TicketInfo>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub activated_using: Option<UnifiedRoleEligibilitySchedule>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub app_scope: Option<AppScope>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub directory_scope: Option<AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub principal: Option<AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role_definition: Option<UnifiedRoleDefinition>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub target_schedule: Option<UnifiedRoleAssignmentSchedule>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `unifiedRoleAssignmentScheduleRequest`, written in its URL.
#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct UnifiedRoleAssignmentScheduleRequestCollectionFilterByCurrentUserParameters {
    pub on: RoleAssignmentScheduleRequestFilterByCurrentUserOptions,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.unifiedRoleDefinition",
    contains(name = "inheritsPermissionsFrom", target = UnifiedRoleDefinition)
)]
pub struct UnifiedRoleDefinition {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub is_built_in: Option<bool>,
    pub is_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_scopes: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub role_permissions: Option<Vec<UnifiedRolePermission>>,
    pub template_id: Option<String>,
    pub version: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub inherits_permissions_from: Option<Vec<UnifiedRoleDefinition>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.unifiedRoleEligibilitySchedule",
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = UnifiedRoleEligibilityScheduleCollectionFilterByCurrentUserParameters,
        returns = Page<UnifiedRoleEligibilitySchedule>
    )
)]
pub struct UnifiedRoleEligibilitySchedule {
    /// The inherited properties of `unifiedRoleScheduleBase`.
    #[graph(base)]
    pub base: UnifiedRoleScheduleBase,
    pub member_type: Option<String>,
    pub schedule_info: Option<RequestSchedule>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `unifiedRoleEligibilitySchedule`, written in its URL.
#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct UnifiedRoleEligibilityScheduleCollectionFilterByCurrentUserParameters {
    pub on: RoleEligibilityScheduleFilterByCurrentUserOptions,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.unifiedRoleEligibilityScheduleInstance",
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = UnifiedRoleEligibilityScheduleInstanceCollectionFilterByCurrentUserParameters,
        returns = Page<UnifiedRoleEligibilityScheduleInstance>
    )
)]
pub struct UnifiedRoleEligibilityScheduleInstance {
    /// The inherited properties of `unifiedRoleScheduleInstanceBase`.
    #[graph(base)]
    pub base: UnifiedRoleScheduleInstanceBase,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub member_type: Option<String>,
    pub role_eligibility_schedule_id: Option<String>,
    pub start_date_time: Option<edm::DateTimeOffset>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `unifiedRoleEligibilityScheduleInstance`, written in its URL.
#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct UnifiedRoleEligibilityScheduleInstanceCollectionFilterByCurrentUserParameters {
    pub on: RoleEligibilityScheduleInstanceFilterByCurrentUserOptions,
}

#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.unifiedRoleEligibilityScheduleRequest",
    action = "cancel",
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = UnifiedRoleEligibilityScheduleRequestCollectionFilterByCurrentUserParameters,
        returns = Page<UnifiedRoleEligibilityScheduleRequest>
    )
)]
pub struct UnifiedRoleEligibilityScheduleRequest {
    /// The inherited properties of `request`.
    #[graph(base)]
    pub base: Request,
    pub action: Option<UnifiedRoleScheduleRequestActions>,
    pub app_scope_id: Option<String>,
    pub directory_scope_id: Option<String>,
    pub is_validation_only: Option<bool>,
    pub justification: Option<String>,
    pub principal_id: Option<String>,
    pub role_definition_id: Option<String>,
    pub schedule_info: Option<RequestSchedule>,
    pub target_schedule_id: Option<String>,
    pub ticket_info: Option<TicketInfo>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub app_scope: Option<AppScope>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub directory_scope: Option<AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub principal: Option<AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role_definition: Option<UnifiedRoleDefinition>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub target_schedule: Option<UnifiedRoleEligibilitySchedule>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `unifiedRoleEligibilityScheduleRequest`, written in its URL.
#[cfg(feature = "roleManagement")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct UnifiedRoleEligibilityScheduleRequestCollectionFilterByCurrentUserParameters {
    pub on: RoleEligibilityScheduleRequestFilterByCurrentUserOptions,
}
