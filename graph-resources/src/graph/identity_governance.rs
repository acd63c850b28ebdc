//! The types of the area `identityGovernance`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessPackageAssignmentFilterByCurrentUserOptions")]
pub enum AccessPackageAssignmentFilterByCurrentUserOptions {
    Target,
    CreatedBy,
    UnknownFutureValue,
    TargetManager,
    TargetAgentIdentitySponsorOrOwner,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessPackageAssignmentRequestFilterByCurrentUserOptions")]
pub enum AccessPackageAssignmentRequestFilterByCurrentUserOptions {
    Target,
    CreatedBy,
    Approver,
    UnknownFutureValue,
    TargetOrRequestor,
    TargetManager,
    RequestForOthers,
    TargetAgentIdentitySponsorOrOwner,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessPackageAssignmentState")]
pub enum AccessPackageAssignmentState {
    Delivering,
    PartiallyDelivered,
    Delivered,
    Expired,
    DeliveryFailed,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessPackageCatalogState")]
pub enum AccessPackageCatalogState {
    Unpublished,
    Published,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessPackageCatalogType")]
pub enum AccessPackageCatalogType {
    UserManaged,
    ServiceDefault,
    ServiceManaged,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessPackageCustomExtensionStage")]
pub enum AccessPackageCustomExtensionStage {
    AssignmentRequestCreated,
    AssignmentRequestApproved,
    AssignmentRequestGranted,
    AssignmentRequestRemoved,
    AssignmentFourteenDaysBeforeExpiration,
    AssignmentOneDayBeforeExpiration,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessPackageExternalUserLifecycleAction")]
pub enum AccessPackageExternalUserLifecycleAction {
    None,
    BlockSignIn,
    BlockSignInAndDelete,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessPackageFilterByCurrentUserOptions")]
pub enum AccessPackageFilterByCurrentUserOptions {
    AllowedRequestor,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessPackageRequestState")]
pub enum AccessPackageRequestState {
    Submitted,
    PendingApproval,
    Delivering,
    Delivered,
    DeliveryFailed,
    Denied,
    Scheduled,
    Canceled,
    PartiallyDelivered,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessPackageRequestType")]
pub enum AccessPackageRequestType {
    NotSpecified,
    UserAdd,
    UserUpdate,
    UserRemove,
    AdminAdd,
    AdminUpdate,
    AdminRemove,
    SystemAdd,
    SystemUpdate,
    SystemRemove,
    OnBehalfAdd,
    UnknownFutureValue,
    ApproverRemove,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessPackageSubjectLifecycle")]
pub enum AccessPackageSubjectLifecycle {
    NotDefined,
    NotGoverned,
    Governed,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessPackageSubjectType")]
pub enum AccessPackageSubjectType {
    NotSpecified,
    User,
    ServicePrincipal,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessPackageSuggestionRelatedPeopleInsightLevel")]
pub enum AccessPackageSuggestionRelatedPeopleInsightLevel {
    Disabled,
    Count,
    CountAndNames,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessReviewExpirationBehavior")]
pub enum AccessReviewExpirationBehavior {
    KeepAccess,
    RemoveAccess,
    AcceptAccessRecommendation,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessReviewHistoryDecisionFilter")]
pub enum AccessReviewHistoryDecisionFilter {
    Approve,
    Deny,
    NotReviewed,
    DontKnow,
    NotNotified,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessReviewHistoryStatus")]
pub enum AccessReviewHistoryStatus {
    Done,
    Inprogress,
    Error,
    Requested,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessReviewInstanceDecisionItemFilterByCurrentUserOptions")]
pub enum AccessReviewInstanceDecisionItemFilterByCurrentUserOptions {
    Reviewer,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessReviewInstanceFilterByCurrentUserOptions")]
pub enum AccessReviewInstanceFilterByCurrentUserOptions {
    Reviewer,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessReviewScheduleDefinitionFilterByCurrentUserOptions")]
pub enum AccessReviewScheduleDefinitionFilterByCurrentUserOptions {
    Reviewer,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.accessReviewStageFilterByCurrentUserOptions")]
pub enum AccessReviewStageFilterByCurrentUserOptions {
    Reviewer,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.allowedTargetScope")]
pub enum AllowedTargetScope {
    NotSpecified,
    SpecificDirectoryUsers,
    SpecificConnectedOrganizationUsers,
    SpecificDirectoryServicePrincipals,
    AllMemberUsers,
    AllDirectoryUsers,
    AllDirectoryServicePrincipals,
    AllConfiguredConnectedOrganizationUsers,
    AllExternalUsers,
    AllDirectoryAgentIdentities,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.approvalFilterByCurrentUserOptions")]
pub enum ApprovalFilterByCurrentUserOptions {
    Target,
    CreatedBy,
    Approver,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.approverInformationVisibility")]
pub enum ApproverInformationVisibility {
    Default,
    NotVisible,
    Visible,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.assignmentScheduleFilterByCurrentUserOptions")]
pub enum AssignmentScheduleFilterByCurrentUserOptions {
    Principal,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.assignmentScheduleInstanceFilterByCurrentUserOptions")]
pub enum AssignmentScheduleInstanceFilterByCurrentUserOptions {
    Principal,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.assignmentScheduleRequestFilterByCurrentUserOptions")]
pub enum AssignmentScheduleRequestFilterByCurrentUserOptions {
    Principal,
    CreatedBy,
    Approver,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.connectedOrganizationState")]
pub enum ConnectedOrganizationState {
    Configured,
    Proposed,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.consentRequestFilterByCurrentUserOptions")]
pub enum ConsentRequestFilterByCurrentUserOptions {
    Reviewer,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.customDataProvidedResourceUploadStatus")]
pub enum CustomDataProvidedResourceUploadStatus {
    Active,
    Complete,
    Expired,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.customExtensionCalloutInstanceStatus")]
pub enum CustomExtensionCalloutInstanceStatus {
    CalloutSent,
    CallbackReceived,
    CalloutFailed,
    CallbackTimedOut,
    WaitingForCallback,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.eligibilityScheduleFilterByCurrentUserOptions")]
pub enum EligibilityScheduleFilterByCurrentUserOptions {
    Principal,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.eligibilityScheduleInstanceFilterByCurrentUserOptions")]
pub enum EligibilityScheduleInstanceFilterByCurrentUserOptions {
    Principal,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.eligibilityScheduleRequestFilterByCurrentUserOptions")]
pub enum EligibilityScheduleRequestFilterByCurrentUserOptions {
    Principal,
    CreatedBy,
    Approver,
    UnknownFutureValue,
}

#[cfg(any(
    feature = "identityGovernance",
    feature = "roleManagement",
    feature = "other"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.expirationPatternType")]
pub enum ExpirationPatternType {
    NotSpecified,
    NoExpiration,
    AfterDateTime,
    AfterDuration,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.outlierContainerType")]
pub enum OutlierContainerType {
    Group,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.outlierMemberType")]
pub enum OutlierMemberType {
    User,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.privilegedAccessGroupAssignmentType")]
pub enum PrivilegedAccessGroupAssignmentType {
    Assigned,
    Activated,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.privilegedAccessGroupMemberType")]
pub enum PrivilegedAccessGroupMemberType {
    Direct,
    Group,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.privilegedAccessGroupRelationships")]
pub enum PrivilegedAccessGroupRelationships {
    Owner,
    Member,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.roleType")]
pub enum RoleType {
    Active,
    Eligible,
    Application,
    Delegated,
    UnknownFutureValue,
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.scheduleRequestActions")]
pub enum ScheduleRequestActions {
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

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.socialIdentitySourceType")]
pub enum SocialIdentitySourceType {
    Facebook,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.userSignInRecommendationScope")]
pub enum UserSignInRecommendationScope {
    Tenant,
    Application,
    UnknownFutureValue,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageAnswer", abstract)]
pub struct AccessPackageAnswer {
    pub display_value: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub answered_question: Option<AnyAccessPackageQuestion>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.accessPackageAnswer`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `AccessPackageAnswer`, keeping its `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAccessPackageAnswer {
    /// `microsoft.graph.accessPackageAnswerString`.
    AccessPackageAnswerString(AccessPackageAnswerString),
    /// `microsoft.graph.accessPackageAnswer` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AccessPackageAnswer),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageAnswerChoice")]
pub struct AccessPackageAnswerChoice {
    pub actual_value: Option<String>,
    pub localizations: Option<Vec<AccessPackageLocalizedText>>,
    pub text: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageAnswerString", complex)]
pub struct AccessPackageAnswerString {
    /// The inherited properties of `accessPackageAnswer`.
    #[graph(base)]
    pub base: AccessPackageAnswer,
    pub value: Option<String>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageApprovalStage")]
pub struct AccessPackageApprovalStage {
    /// Not nullable.
    #[graph(non_nullable)]
    pub approver_information_visibility: Option<ApproverInformationVisibility>,
    pub duration_before_automatic_denial: Option<edm::Duration>,
    pub duration_before_escalation: Option<edm::Duration>,
    pub escalation_approvers: Option<Vec<AnySubjectSet>>,
    pub fallback_escalation_approvers: Option<Vec<AnySubjectSet>>,
    pub fallback_primary_approvers: Option<Vec<AnySubjectSet>>,
    pub is_approver_justification_required: Option<bool>,
    pub is_escalation_enabled: Option<bool>,
    pub primary_approvers: Option<Vec<AnySubjectSet>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageAssignmentApprovalSettings")]
pub struct AccessPackageAssignmentApprovalSettings {
    pub is_approval_required_for_add: Option<bool>,
    pub is_approval_required_for_update: Option<bool>,
    pub is_requestor_justification_required: Option<bool>,
    pub stages: Option<Vec<AccessPackageApprovalStage>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessPackageAssignmentRequestCallbackData",
    complex
)]
pub struct AccessPackageAssignmentRequestCallbackData {
    /// The inherited properties of `customExtensionData`.
    #[graph(base)]
    pub base: CustomExtensionData,
    pub custom_extension_stage_instance_detail: Option<String>,
    pub custom_extension_stage_instance_id: Option<String>,
    pub stage: Option<AccessPackageCustomExtensionStage>,
    pub state: Option<String>,
}

/// A `microsoft.graph.accessPackageAssignmentRequestCallbackData`: the type itself or any of its
/// derived types this build declares (a value without `@odata.type` is the type itself); a value of
/// another derived type reads as `AccessPackageAssignmentRequestCallbackData`, keeping its
/// `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAccessPackageAssignmentRequestCallbackData {
    /// `microsoft.graph.assignmentRequestApprovalStageCallbackData`.
    AssignmentRequestApprovalStageCallbackData(AssignmentRequestApprovalStageCallbackData),
    /// `microsoft.graph.accessPackageAssignmentRequestCallbackData` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AccessPackageAssignmentRequestCallbackData),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageAssignmentRequestorSettings")]
pub struct AccessPackageAssignmentRequestorSettings {
    pub allow_custom_assignment_schedule: Option<bool>,
    pub enable_on_behalf_requestors_to_add_access: Option<bool>,
    pub enable_on_behalf_requestors_to_remove_access: Option<bool>,
    pub enable_on_behalf_requestors_to_update_access: Option<bool>,
    pub enable_targets_to_self_add_access: Option<bool>,
    pub enable_targets_to_self_remove_access: Option<bool>,
    pub enable_targets_to_self_update_access: Option<bool>,
    pub on_behalf_requestors: Option<Vec<AnySubjectSet>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageAssignmentRequestRequirements")]
pub struct AccessPackageAssignmentRequestRequirements {
    pub allow_custom_assignment_schedule: Option<bool>,
    pub is_approval_required_for_add: Option<bool>,
    pub is_approval_required_for_update: Option<bool>,
    pub is_requestor_justification_required: Option<bool>,
    pub policy_description: Option<String>,
    pub policy_display_name: Option<String>,
    pub policy_id: Option<String>,
    pub schedule: Option<EntitlementManagementSchedule>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub questions: Option<Vec<AnyAccessPackageQuestion>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageAssignmentReviewSettings")]
pub struct AccessPackageAssignmentReviewSettings {
    pub expiration_behavior: Option<AccessReviewExpirationBehavior>,
    pub fallback_reviewers: Option<Vec<AnySubjectSet>>,
    pub is_enabled: Option<bool>,
    pub is_recommendation_enabled: Option<bool>,
    pub is_reviewer_justification_required: Option<bool>,
    pub is_self_review: Option<bool>,
    pub primary_reviewers: Option<Vec<AnySubjectSet>>,
    pub schedule: Option<EntitlementManagementSchedule>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageAutomaticRequestSettings")]
pub struct AccessPackageAutomaticRequestSettings {
    pub grace_period_before_access_removal: Option<edm::Duration>,
    pub remove_access_when_target_leaves_allowed_targets: Option<bool>,
    pub request_access_for_allowed_targets: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessPackageDynamicApprovalStage",
    complex
)]
pub struct AccessPackageDynamicApprovalStage {
    /// The inherited properties of `accessPackageApprovalStage`.
    #[graph(base)]
    pub base: AccessPackageApprovalStage,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageLocalizedText")]
pub struct AccessPackageLocalizedText {
    /// Not nullable.
    #[graph(non_nullable)]
    pub language_code: Option<String>,
    pub text: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageNotificationSettings")]
pub struct AccessPackageNotificationSettings {
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_assignment_notification_disabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessPackageRequestApprovalStageCallbackConfiguration",
    complex
)]
pub struct AccessPackageRequestApprovalStageCallbackConfiguration {
    /// The inherited properties of `customExtensionCallbackConfiguration`.
    #[graph(base)]
    pub base: CustomExtensionCallbackConfiguration,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageResourceAttribute")]
pub struct AccessPackageResourceAttribute {
    pub destination: Option<AccessPackageResourceAttributeDestination>,
    pub is_editable: Option<bool>,
    pub is_persisted_on_assignment_removal: Option<bool>,
    pub name: Option<String>,
    pub source: Option<AnyAccessPackageResourceAttributeSource>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessPackageResourceAttributeDestination",
    abstract
)]
pub struct AccessPackageResourceAttributeDestination {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessPackageResourceAttributeQuestion",
    complex
)]
pub struct AccessPackageResourceAttributeQuestion {
    /// The inherited properties of `accessPackageResourceAttributeSource`.
    #[graph(base)]
    pub base: AccessPackageResourceAttributeSource,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub question: Option<AnyAccessPackageQuestion>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessPackageResourceAttributeSource",
    abstract
)]
pub struct AccessPackageResourceAttributeSource {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.accessPackageResourceAttributeSource`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `AccessPackageResourceAttributeSource`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAccessPackageResourceAttributeSource {
    /// `microsoft.graph.accessPackageResourceAttributeQuestion`.
    AccessPackageResourceAttributeQuestion(AccessPackageResourceAttributeQuestion),
    /// `microsoft.graph.accessPackageResourceAttributeSource` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AccessPackageResourceAttributeSource),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageSuggestionReason", abstract)]
pub struct AccessPackageSuggestionReason {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.accessPackageSuggestionReason`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `AccessPackageSuggestionReason`, keeping its `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAccessPackageSuggestionReason {
    /// `microsoft.graph.accessPackageSuggestionRelatedPeopleBased`.
    AccessPackageSuggestionRelatedPeopleBased(AccessPackageSuggestionRelatedPeopleBased),
    /// `microsoft.graph.accessPackageSuggestionSelfAssignmentHistoryBased`.
    AccessPackageSuggestionSelfAssignmentHistoryBased(
        AccessPackageSuggestionSelfAssignmentHistoryBased,
    ),
    /// `microsoft.graph.accessPackageSuggestionReason` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AccessPackageSuggestionReason),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessPackageSuggestionRelatedPeopleBased",
    complex
)]
pub struct AccessPackageSuggestionRelatedPeopleBased {
    /// The inherited properties of `accessPackageSuggestionReason`.
    #[graph(base)]
    pub base: AccessPackageSuggestionReason,
    /// Not nullable.
    #[graph(non_nullable)]
    pub related_people: Option<Vec<AnyIdentity>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub related_people_assignment_count: Option<i32>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessPackageSuggestionSelfAssignmentHistoryBased",
    complex
)]
pub struct AccessPackageSuggestionSelfAssignmentHistoryBased {
    /// The inherited properties of `accessPackageSuggestionReason`.
    #[graph(base)]
    pub base: AccessPackageSuggestionReason,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_assignment_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub past_assignment_count: Option<i32>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessPackageUserDirectoryAttributeStore",
    complex
)]
pub struct AccessPackageUserDirectoryAttributeStore {
    /// The inherited properties of `accessPackageResourceAttributeDestination`.
    #[graph(base)]
    pub base: AccessPackageResourceAttributeDestination,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessReviewApplyAction", abstract)]
pub struct AccessReviewApplyAction {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessReviewHistoryScheduleSettings")]
pub struct AccessReviewHistoryScheduleSettings {
    /// Not nullable.
    #[graph(non_nullable)]
    pub recurrence: Option<PatternedRecurrence>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub report_range: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessReviewInactiveUsersQueryScope",
    complex
)]
pub struct AccessReviewInactiveUsersQueryScope {
    /// The inherited properties of `accessReviewQueryScope`.
    #[graph(base)]
    pub base: AccessReviewQueryScope,
    pub inactive_duration: Option<edm::Duration>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource",
    complex
)]
pub struct AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource {
    /// The inherited properties of `accessReviewInstanceDecisionItemResource`.
    #[graph(base)]
    pub base: AccessReviewInstanceDecisionItemResource,
    pub access_package_display_name: Option<String>,
    pub access_package_id: Option<String>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessReviewInstanceDecisionItemAzureRoleResource",
    complex
)]
pub struct AccessReviewInstanceDecisionItemAzureRoleResource {
    /// The inherited properties of `accessReviewInstanceDecisionItemResource`.
    #[graph(base)]
    pub base: AccessReviewInstanceDecisionItemResource,
    pub scope: Option<Box<AnyAccessReviewInstanceDecisionItemResource>>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessReviewInstanceDecisionItemResource")]
pub struct AccessReviewInstanceDecisionItemResource {
    pub display_name: Option<String>,
    pub id: Option<String>,
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.accessReviewInstanceDecisionItemResource`: the type itself or any of its
/// derived types this build declares (a value without `@odata.type` is the type itself); a value of
/// another derived type reads as `AccessReviewInstanceDecisionItemResource`, keeping its
/// `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAccessReviewInstanceDecisionItemResource {
    /// `microsoft.graph.accessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource`.
    AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource(
        AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource,
    ),
    /// `microsoft.graph.accessReviewInstanceDecisionItemAzureRoleResource`.
    AccessReviewInstanceDecisionItemAzureRoleResource(
        AccessReviewInstanceDecisionItemAzureRoleResource,
    ),
    /// `microsoft.graph.accessReviewInstanceDecisionItemServicePrincipalResource`.
    AccessReviewInstanceDecisionItemServicePrincipalResource(
        AccessReviewInstanceDecisionItemServicePrincipalResource,
    ),
    /// `microsoft.graph.accessReviewInstanceDecisionItemResource` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AccessReviewInstanceDecisionItemResource),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessReviewInstanceDecisionItemServicePrincipalResource",
    complex
)]
pub struct AccessReviewInstanceDecisionItemServicePrincipalResource {
    /// The inherited properties of `accessReviewInstanceDecisionItemResource`.
    #[graph(base)]
    pub base: AccessReviewInstanceDecisionItemResource,
    pub app_id: Option<String>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessReviewNotificationRecipientItem")]
pub struct AccessReviewNotificationRecipientItem {
    pub notification_recipient_scope: Option<AnyAccessReviewNotificationRecipientScope>,
    pub notification_template_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessReviewNotificationRecipientQueryScope",
    complex
)]
pub struct AccessReviewNotificationRecipientQueryScope {
    /// The inherited properties of `accessReviewNotificationRecipientScope`.
    #[graph(base)]
    pub base: AccessReviewNotificationRecipientScope,
    pub query: Option<String>,
    pub query_root: Option<String>,
    pub query_type: Option<String>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessReviewNotificationRecipientScope",
    abstract
)]
pub struct AccessReviewNotificationRecipientScope {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.accessReviewNotificationRecipientScope`: the type itself or any of its
/// derived types this build declares (a value without `@odata.type` is the type itself); a value of
/// another derived type reads as `AccessReviewNotificationRecipientScope`, keeping its
/// `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAccessReviewNotificationRecipientScope {
    /// `microsoft.graph.accessReviewNotificationRecipientQueryScope`.
    AccessReviewNotificationRecipientQueryScope(AccessReviewNotificationRecipientQueryScope),
    /// `microsoft.graph.accessReviewNotificationRecipientScope` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AccessReviewNotificationRecipientScope),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessReviewQueryScope", complex)]
pub struct AccessReviewQueryScope {
    /// The inherited properties of `accessReviewScope`.
    #[graph(base)]
    pub base: AccessReviewScope,
    pub query: Option<String>,
    pub query_root: Option<String>,
    pub query_type: Option<String>,
}

/// A `microsoft.graph.accessReviewQueryScope`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `AccessReviewQueryScope`, keeping its `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAccessReviewQueryScope {
    /// `microsoft.graph.accessReviewInactiveUsersQueryScope`.
    AccessReviewInactiveUsersQueryScope(AccessReviewInactiveUsersQueryScope),
    /// `microsoft.graph.accessReviewQueryScope` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AccessReviewQueryScope),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.accessReviewRecommendationInsightSetting",
    abstract
)]
pub struct AccessReviewRecommendationInsightSetting {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.accessReviewRecommendationInsightSetting`: the type itself or any of its
/// derived types this build declares (a value without `@odata.type` is the type itself); a value of
/// another derived type reads as `AccessReviewRecommendationInsightSetting`, keeping its
/// `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAccessReviewRecommendationInsightSetting {
    /// `microsoft.graph.groupPeerOutlierRecommendationInsightSettings`.
    GroupPeerOutlierRecommendationInsightSettings(GroupPeerOutlierRecommendationInsightSettings),
    /// `microsoft.graph.userLastSignInRecommendationInsightSetting`.
    UserLastSignInRecommendationInsightSetting(UserLastSignInRecommendationInsightSetting),
    /// `microsoft.graph.accessReviewRecommendationInsightSetting` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AccessReviewRecommendationInsightSetting),
}

#[cfg(any(feature = "identityGovernance", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessReviewReviewerScope")]
pub struct AccessReviewReviewerScope {
    pub query: Option<String>,
    pub query_root: Option<String>,
    pub query_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessReviewScheduleSettings")]
pub struct AccessReviewScheduleSettings {
    pub apply_actions: Option<Vec<AccessReviewApplyAction>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub auto_apply_decisions_enabled: Option<bool>,
    pub decision_histories_for_reviewers_enabled: Option<bool>,
    pub default_decision: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub default_decision_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub instance_duration_in_days: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub justification_required_on_approval: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub mail_notifications_enabled: Option<bool>,
    pub recommendation_insight_settings: Option<Vec<AnyAccessReviewRecommendationInsightSetting>>,
    pub recommendation_look_back_duration: Option<edm::Duration>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub recommendations_enabled: Option<bool>,
    pub recurrence: Option<PatternedRecurrence>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub reminder_notifications_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessReviewScope")]
pub struct AccessReviewScope {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.accessReviewScope`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `AccessReviewScope`, keeping its `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAccessReviewScope {
    /// `microsoft.graph.accessReviewQueryScope`.
    AccessReviewQueryScope(AccessReviewQueryScope),
    /// `microsoft.graph.accessReviewInactiveUsersQueryScope`.
    AccessReviewInactiveUsersQueryScope(AccessReviewInactiveUsersQueryScope),
    /// `microsoft.graph.principalResourceMembershipsScope`.
    PrincipalResourceMembershipsScope(PrincipalResourceMembershipsScope),
    /// `microsoft.graph.accessReviewScope` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AccessReviewScope),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessReviewStageSettings")]
pub struct AccessReviewStageSettings {
    pub decisions_that_will_move_to_next_stage: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub depends_on: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub duration_in_days: Option<i32>,
    pub fallback_reviewers: Option<Vec<AccessReviewReviewerScope>>,
    pub recommendation_insight_settings: Option<Vec<AnyAccessReviewRecommendationInsightSetting>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub recommendations_enabled: Option<bool>,
    pub reviewers: Option<Vec<AccessReviewReviewerScope>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub stage_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.appConsentRequestScope")]
pub struct AppConsentRequestScope {
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.assignmentRequestApprovalStageCallbackData",
    complex
)]
pub struct AssignmentRequestApprovalStageCallbackData {
    /// The inherited properties of `accessPackageAssignmentRequestCallbackData`.
    #[graph(base)]
    pub base: AccessPackageAssignmentRequestCallbackData,
    pub approval_stage: Option<AccessPackageApprovalStage>,
}

#[cfg(any(feature = "identityGovernance", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attributeRuleMembers", complex)]
pub struct AttributeRuleMembers {
    /// The inherited properties of `subjectSet`.
    #[graph(base)]
    pub base: SubjectSet,
    pub description: Option<String>,
    pub membership_rule: Option<String>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.azureActiveDirectoryTenant", complex)]
pub struct AzureActiveDirectoryTenant {
    /// The inherited properties of `identitySource`.
    #[graph(base)]
    pub base: IdentitySource,
    pub display_name: Option<String>,
    pub tenant_id: Option<String>,
}

#[cfg(any(feature = "identityGovernance", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.connectedOrganizationMembers", complex)]
pub struct ConnectedOrganizationMembers {
    /// The inherited properties of `subjectSet`.
    #[graph(base)]
    pub base: SubjectSet,
    pub connected_organization_id: Option<String>,
    pub description: Option<String>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.connectionInfo")]
pub struct ConnectionInfo {
    pub url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.crossCloudAzureActiveDirectoryTenant",
    complex
)]
pub struct CrossCloudAzureActiveDirectoryTenant {
    /// The inherited properties of `identitySource`.
    #[graph(base)]
    pub base: IdentitySource,
    /// Not nullable.
    #[graph(non_nullable)]
    pub cloud_instance: Option<String>,
    pub display_name: Option<String>,
    pub tenant_id: Option<String>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.customDataProvidedResourceUploadStats")]
pub struct CustomDataProvidedResourceUploadStats {
    /// Not nullable.
    #[graph(non_nullable)]
    pub files_uploaded: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_bytes_uploaded: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.customExtensionCallbackConfiguration",
    abstract
)]
pub struct CustomExtensionCallbackConfiguration {
    pub timeout_duration: Option<edm::Duration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.customExtensionCallbackConfiguration`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `CustomExtensionCallbackConfiguration`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCustomExtensionCallbackConfiguration {
    /// `microsoft.graph.accessPackageRequestApprovalStageCallbackConfiguration`.
    AccessPackageRequestApprovalStageCallbackConfiguration(
        AccessPackageRequestApprovalStageCallbackConfiguration,
    ),
    /// `microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration`.
    CustomTaskExtensionCallbackConfiguration(
        crate::identity_governance::CustomTaskExtensionCallbackConfiguration,
    ),
    /// `microsoft.graph.customExtensionCallbackConfiguration` itself, or a type this build does not declare.
    #[graph(other)]
    Other(CustomExtensionCallbackConfiguration),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.customExtensionCalloutInstance")]
pub struct CustomExtensionCalloutInstance {
    pub custom_extension_id: Option<String>,
    pub detail: Option<String>,
    pub external_correlation_id: Option<String>,
    pub id: Option<String>,
    pub status: Option<CustomExtensionCalloutInstanceStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.customExtensionData", abstract)]
pub struct CustomExtensionData {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.customExtensionData`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `CustomExtensionData`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "identityGovernance", feature = "other"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCustomExtensionData {
    /// `microsoft.graph.accessPackageAssignmentRequestCallbackData`.
    #[cfg(feature = "identityGovernance")]
    AccessPackageAssignmentRequestCallbackData(AccessPackageAssignmentRequestCallbackData),
    /// `microsoft.graph.assignmentRequestApprovalStageCallbackData`.
    #[cfg(feature = "identityGovernance")]
    AssignmentRequestApprovalStageCallbackData(AssignmentRequestApprovalStageCallbackData),
    /// `microsoft.graph.identityGovernance.customTaskExtensionCallbackData`.
    #[cfg(feature = "identityGovernance")]
    CustomTaskExtensionCallbackData(crate::identity_governance::CustomTaskExtensionCallbackData),
    /// `microsoft.graph.identityGovernance.customTaskExtensionCalloutData`.
    #[cfg(feature = "identityGovernance")]
    CustomTaskExtensionCalloutData(crate::identity_governance::CustomTaskExtensionCalloutData),
    /// `microsoft.graph.customExtensionData` itself, or a type this build does not declare.
    #[graph(other)]
    Other(CustomExtensionData),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.disableAndDeleteUserApplyAction",
    complex
)]
pub struct DisableAndDeleteUserApplyAction {
    /// The inherited properties of `accessReviewApplyAction`.
    #[graph(base)]
    pub base: AccessReviewApplyAction,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.domainIdentitySource", complex)]
pub struct DomainIdentitySource {
    /// The inherited properties of `identitySource`.
    #[graph(base)]
    pub base: IdentitySource,
    pub display_name: Option<String>,
    pub domain_name: Option<String>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.emailSettings")]
pub struct EmailSettings {
    /// Not nullable.
    #[graph(non_nullable)]
    pub sender_domain: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub use_company_branding: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.entitlementManagementSchedule")]
pub struct EntitlementManagementSchedule {
    pub expiration: Option<ExpirationPattern>,
    pub recurrence: Option<PatternedRecurrence>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "identityGovernance",
    feature = "roleManagement",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.expirationPattern")]
pub struct ExpirationPattern {
    pub duration: Option<edm::Duration>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub r#type: Option<ExpirationPatternType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalDomainFederation", complex)]
pub struct ExternalDomainFederation {
    /// The inherited properties of `identitySource`.
    #[graph(base)]
    pub base: IdentitySource,
    pub display_name: Option<String>,
    pub domain_name: Option<String>,
    pub issuer_uri: Option<String>,
}

#[cfg(any(feature = "identityGovernance", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalSponsors", complex)]
pub struct ExternalSponsors {
    /// The inherited properties of `subjectSet`.
    #[graph(base)]
    pub base: SubjectSet,
}

#[cfg(any(feature = "identityGovernance", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.groupMembers", complex)]
pub struct GroupMembers {
    /// The inherited properties of `subjectSet`.
    #[graph(base)]
    pub base: SubjectSet,
    pub description: Option<String>,
    pub group_id: Option<String>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.groupPeerOutlierRecommendationInsightSettings",
    complex
)]
pub struct GroupPeerOutlierRecommendationInsightSettings {
    /// The inherited properties of `accessReviewRecommendationInsightSetting`.
    #[graph(base)]
    pub base: AccessReviewRecommendationInsightSetting,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identitySource", abstract)]
pub struct IdentitySource {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.identitySource`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `IdentitySource`, keeping its `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyIdentitySource {
    /// `microsoft.graph.azureActiveDirectoryTenant`.
    AzureActiveDirectoryTenant(AzureActiveDirectoryTenant),
    /// `microsoft.graph.crossCloudAzureActiveDirectoryTenant`.
    CrossCloudAzureActiveDirectoryTenant(CrossCloudAzureActiveDirectoryTenant),
    /// `microsoft.graph.domainIdentitySource`.
    DomainIdentitySource(DomainIdentitySource),
    /// `microsoft.graph.externalDomainFederation`.
    ExternalDomainFederation(ExternalDomainFederation),
    /// `microsoft.graph.socialIdentitySource`.
    SocialIdentitySource(SocialIdentitySource),
    /// `microsoft.graph.identitySource` itself, or a type this build does not declare.
    #[graph(other)]
    Other(IdentitySource),
}

#[cfg(any(feature = "identityGovernance", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.internalSponsors", complex)]
pub struct InternalSponsors {
    /// The inherited properties of `subjectSet`.
    #[graph(base)]
    pub base: SubjectSet,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.principalResourceMembershipsScope",
    complex
)]
pub struct PrincipalResourceMembershipsScope {
    /// The inherited properties of `accessReviewScope`.
    #[graph(base)]
    pub base: AccessReviewScope,
    pub principal_scopes: Option<Vec<AnyAccessReviewScope>>,
    pub resource_scopes: Option<Vec<AnyAccessReviewScope>>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.removeAccessApplyAction", complex)]
pub struct RemoveAccessApplyAction {
    /// The inherited properties of `accessReviewApplyAction`.
    #[graph(base)]
    pub base: AccessReviewApplyAction,
}

#[cfg(any(feature = "identityGovernance", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.requestorManager", complex)]
pub struct RequestorManager {
    /// The inherited properties of `subjectSet`.
    #[graph(base)]
    pub base: SubjectSet,
    pub manager_level: Option<i32>,
}

#[cfg(any(
    feature = "identityGovernance",
    feature = "roleManagement",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.requestSchedule")]
pub struct RequestSchedule {
    pub expiration: Option<ExpirationPattern>,
    pub recurrence: Option<PatternedRecurrence>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "identityGovernance", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.singleServicePrincipal", complex)]
pub struct SingleServicePrincipal {
    /// The inherited properties of `subjectSet`.
    #[graph(base)]
    pub base: SubjectSet,
    pub description: Option<String>,
    pub service_principal_id: Option<String>,
}

#[cfg(any(feature = "identityGovernance", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.singleUser", complex)]
pub struct SingleUser {
    /// The inherited properties of `subjectSet`.
    #[graph(base)]
    pub base: SubjectSet,
    pub description: Option<String>,
    pub user_id: Option<String>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.socialIdentitySource", complex)]
pub struct SocialIdentitySource {
    /// The inherited properties of `identitySource`.
    #[graph(base)]
    pub base: IdentitySource,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub social_identity_source_type: Option<SocialIdentitySourceType>,
}

#[cfg(any(
    feature = "identityGovernance",
    feature = "policies",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.subjectSet", abstract)]
pub struct SubjectSet {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.subjectSet`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `SubjectSet`, keeping its `@odata.type` and properties.
#[cfg(any(
    feature = "identityGovernance",
    feature = "policies",
    feature = "other"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnySubjectSet {
    /// `microsoft.graph.attributeRuleMembers`.
    #[cfg(any(feature = "identityGovernance", feature = "policies"))]
    AttributeRuleMembers(AttributeRuleMembers),
    /// `microsoft.graph.connectedOrganizationMembers`.
    #[cfg(any(feature = "identityGovernance", feature = "policies"))]
    ConnectedOrganizationMembers(ConnectedOrganizationMembers),
    /// `microsoft.graph.externalSponsors`.
    #[cfg(any(feature = "identityGovernance", feature = "policies"))]
    ExternalSponsors(ExternalSponsors),
    /// `microsoft.graph.groupMembers`.
    #[cfg(any(feature = "identityGovernance", feature = "policies"))]
    GroupMembers(GroupMembers),
    /// `microsoft.graph.internalSponsors`.
    #[cfg(any(feature = "identityGovernance", feature = "policies"))]
    InternalSponsors(InternalSponsors),
    /// `microsoft.graph.requestorManager`.
    #[cfg(any(feature = "identityGovernance", feature = "policies"))]
    RequestorManager(RequestorManager),
    /// `microsoft.graph.singleServicePrincipal`.
    #[cfg(any(feature = "identityGovernance", feature = "policies"))]
    SingleServicePrincipal(SingleServicePrincipal),
    /// `microsoft.graph.singleUser`.
    #[cfg(any(feature = "identityGovernance", feature = "policies"))]
    SingleUser(SingleUser),
    /// `microsoft.graph.targetAgentIdentitySponsorsOrOwners`.
    #[cfg(any(feature = "identityGovernance", feature = "policies"))]
    TargetAgentIdentitySponsorsOrOwners(TargetAgentIdentitySponsorsOrOwners),
    /// `microsoft.graph.targetApplicationOwners`.
    #[cfg(any(feature = "identityGovernance", feature = "policies"))]
    TargetApplicationOwners(TargetApplicationOwners),
    /// `microsoft.graph.targetManager`.
    #[cfg(any(feature = "identityGovernance", feature = "policies"))]
    TargetManager(TargetManager),
    /// `microsoft.graph.targetUserSponsors`.
    #[cfg(any(feature = "identityGovernance", feature = "policies"))]
    TargetUserSponsors(TargetUserSponsors),
    /// `microsoft.graph.identityGovernance.groupBasedSubjectSet`.
    #[cfg(any(feature = "identityGovernance", feature = "policies"))]
    GroupBasedSubjectSet(crate::identity_governance::GroupBasedSubjectSet),
    /// `microsoft.graph.identityGovernance.ruleBasedSubjectSet`.
    #[cfg(any(feature = "identityGovernance", feature = "policies"))]
    RuleBasedSubjectSet(crate::identity_governance::RuleBasedSubjectSet),
    /// `microsoft.graph.subjectSet` itself, or a type this build does not declare.
    #[graph(other)]
    Other(SubjectSet),
}

#[cfg(any(feature = "identityGovernance", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.targetAgentIdentitySponsorsOrOwners",
    complex
)]
pub struct TargetAgentIdentitySponsorsOrOwners {
    /// The inherited properties of `subjectSet`.
    #[graph(base)]
    pub base: SubjectSet,
}

#[cfg(any(feature = "identityGovernance", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.targetApplicationOwners", complex)]
pub struct TargetApplicationOwners {
    /// The inherited properties of `subjectSet`.
    #[graph(base)]
    pub base: SubjectSet,
}

#[cfg(any(feature = "identityGovernance", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.targetManager", complex)]
pub struct TargetManager {
    /// The inherited properties of `subjectSet`.
    #[graph(base)]
    pub base: SubjectSet,
    pub manager_level: Option<i32>,
}

#[cfg(any(feature = "identityGovernance", feature = "policies"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.targetUserSponsors", complex)]
pub struct TargetUserSponsors {
    /// The inherited properties of `subjectSet`.
    #[graph(base)]
    pub base: SubjectSet,
}

#[cfg(any(
    feature = "identityGovernance",
    feature = "roleManagement",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.ticketInfo")]
pub struct TicketInfo {
    pub ticket_number: Option<String>,
    pub ticket_system: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.userLastSignInRecommendationInsightSetting",
    complex
)]
pub struct UserLastSignInRecommendationInsightSetting {
    /// The inherited properties of `accessReviewRecommendationInsightSetting`.
    #[graph(base)]
    pub base: AccessReviewRecommendationInsightSetting,
    pub recommendation_look_back_duration: Option<edm::Duration>,
    pub sign_in_scope: Option<UserSignInRecommendationScope>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessPackage",
    contains(name = "assignmentPolicies", target = AccessPackageAssignmentPolicy),
    contains(name = "resourceRoleScopes", target = AccessPackageResourceRoleScope),
    action(
        name = "getApplicablePolicyRequirements",
        returns = Vec<AccessPackageAssignmentRequestRequirements>
    ),
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = AccessPackageCollectionFilterByCurrentUserParameters,
        returns = Page<AccessPackage>
    )
)]
pub struct AccessPackage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub is_hidden: Option<bool>,
    pub modified_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub access_packages_incompatible_with: Option<Vec<AccessPackage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignment_policies: Option<Vec<AccessPackageAssignmentPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub catalog: Option<AccessPackageCatalog>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub incompatible_access_packages: Option<Vec<AccessPackage>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub incompatible_groups: Option<Vec<Group>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource_role_scopes: Option<Vec<AccessPackageResourceRoleScope>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of `accessPackage`,
/// written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct AccessPackageCollectionFilterByCurrentUserParameters {
    pub on: AccessPackageFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessPackageAssignment",
    action = "reprocess",
    function(name = "additionalAccess", collection, returns = Page<AccessPackageAssignment>),
    function(
        name = "additionalAccess",
        method = "additional_access_with_access_package_id_incompatible_access_package_id",
        collection,
        parameters = AccessPackageAssignmentCollectionAdditionalAccessWithAccessPackageIdIncompatibleAccessPackageIdParameters,
        returns = Page<AccessPackageAssignment>
    ),
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = AccessPackageAssignmentCollectionFilterByCurrentUserParameters,
        returns = Page<AccessPackageAssignment>
    )
)]
pub struct AccessPackageAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub custom_extension_callout_instances: Option<Vec<CustomExtensionCalloutInstance>>,
    pub expired_date_time: Option<edm::DateTimeOffset>,
    pub schedule: Option<EntitlementManagementSchedule>,
    pub state: Option<AccessPackageAssignmentState>,
    pub status: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub access_package: Option<AccessPackage>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignment_policy: Option<AccessPackageAssignmentPolicy>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub target: Option<AccessPackageSubject>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `additionalAccess`, bound to a collection of
/// `accessPackageAssignment`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct AccessPackageAssignmentCollectionAdditionalAccessWithAccessPackageIdIncompatibleAccessPackageIdParameters
{
    pub access_package_id: Option<String>,
    pub incompatible_access_package_id: Option<String>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `accessPackageAssignment`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct AccessPackageAssignmentCollectionFilterByCurrentUserParameters {
    pub on: AccessPackageAssignmentFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessPackageAssignmentPolicy",
    contains(name = "customExtensionStageSettings", target = CustomExtensionStageSetting),
    contains(name = "questions", target = AccessPackageQuestion)
)]
pub struct AccessPackageAssignmentPolicy {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub allowed_target_scope: Option<AllowedTargetScope>,
    pub automatic_request_settings: Option<AccessPackageAutomaticRequestSettings>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub expiration: Option<ExpirationPattern>,
    pub modified_date_time: Option<edm::DateTimeOffset>,
    pub notification_settings: Option<AccessPackageNotificationSettings>,
    pub request_approval_settings: Option<AccessPackageAssignmentApprovalSettings>,
    pub requestor_settings: Option<AccessPackageAssignmentRequestorSettings>,
    pub review_settings: Option<AccessPackageAssignmentReviewSettings>,
    pub specific_allowed_targets: Option<Vec<AnySubjectSet>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub access_package: Option<AccessPackage>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub catalog: Option<AccessPackageCatalog>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub custom_extension_stage_settings: Option<Vec<CustomExtensionStageSetting>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub questions: Option<Vec<AnyAccessPackageQuestion>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessPackageAssignmentRequest",
    action = "cancel",
    action = "reprocess",
    action(name = "resume", parameters = AccessPackageAssignmentRequestResumeParameters),
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = AccessPackageAssignmentRequestCollectionFilterByCurrentUserParameters,
        returns = Page<AccessPackageAssignmentRequest>
    )
)]
pub struct AccessPackageAssignmentRequest {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub answers: Option<Vec<AnyAccessPackageAnswer>>,
    pub completed_date_time: Option<edm::DateTimeOffset>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub custom_extension_callout_instances: Option<Vec<CustomExtensionCalloutInstance>>,
    pub justification: Option<String>,
    pub request_type: Option<AccessPackageRequestType>,
    pub schedule: Option<EntitlementManagementSchedule>,
    pub state: Option<AccessPackageRequestState>,
    pub status: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub access_package: Option<AccessPackage>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignment: Option<AccessPackageAssignment>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub requestor: Option<AccessPackageSubject>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `resume`, bound to `accessPackageAssignmentRequest`.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct AccessPackageAssignmentRequestResumeParameters {
    pub source: Option<String>,
    pub r#type: Option<String>,
    pub data: Option<AnyCustomExtensionData>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `accessPackageAssignmentRequest`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct AccessPackageAssignmentRequestCollectionFilterByCurrentUserParameters {
    pub on: AccessPackageAssignmentRequestFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageAssignmentRequestWorkflowExtension")]
pub struct AccessPackageAssignmentRequestWorkflowExtension {
    /// The inherited properties of `customCalloutExtension`.
    #[graph(base)]
    pub base: CustomCalloutExtension,
    pub callback_configuration: Option<AnyCustomExtensionCallbackConfiguration>,
    pub created_by: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_by: Option<String>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageAssignmentWorkflowExtension")]
pub struct AccessPackageAssignmentWorkflowExtension {
    /// The inherited properties of `customCalloutExtension`.
    #[graph(base)]
    pub base: CustomCalloutExtension,
    pub callback_configuration: Option<AnyCustomExtensionCallbackConfiguration>,
    pub created_by: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_by: Option<String>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessPackageCatalog",
    path = "/identityGovernance/catalogs",
    contains(name = "customWorkflowExtensions", target = CustomCalloutExtension),
    contains(name = "resourceRoles", target = AccessPackageResourceRole),
    contains(name = "resources", target = AccessPackageResource),
    contains(name = "resourceScopes", target = AccessPackageResourceScope)
)]
pub struct AccessPackageCatalog {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub catalog_type: Option<AccessPackageCatalogType>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub is_externally_visible: Option<bool>,
    pub modified_date_time: Option<edm::DateTimeOffset>,
    pub state: Option<AccessPackageCatalogState>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub access_packages: Option<Vec<AccessPackage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub custom_workflow_extensions: Option<Vec<AnyCustomCalloutExtension>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource_roles: Option<Vec<AccessPackageResourceRole>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resources: Option<Vec<AnyAccessPackageResource>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource_scopes: Option<Vec<AccessPackageResourceScope>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageMultipleChoiceQuestion")]
pub struct AccessPackageMultipleChoiceQuestion {
    /// The inherited properties of `accessPackageQuestion`.
    #[graph(base)]
    pub base: AccessPackageQuestion,
    pub choices: Option<Vec<AccessPackageAnswerChoice>>,
    pub is_multiple_selection_allowed: Option<bool>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessPackageQuestion",
    abstract
)]
pub struct AccessPackageQuestion {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub is_answer_editable: Option<bool>,
    pub is_required: Option<bool>,
    pub localizations: Option<Vec<AccessPackageLocalizedText>>,
    pub sequence: Option<i32>,
    pub text: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.accessPackageQuestion`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `AccessPackageQuestion`, keeping its `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAccessPackageQuestion {
    /// `microsoft.graph.accessPackageMultipleChoiceQuestion`.
    AccessPackageMultipleChoiceQuestion(AccessPackageMultipleChoiceQuestion),
    /// `microsoft.graph.accessPackageTextInputQuestion`.
    AccessPackageTextInputQuestion(AccessPackageTextInputQuestion),
    /// `microsoft.graph.accessPackageQuestion` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AccessPackageQuestion),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessPackageResource",
    contains(name = "roles", target = AccessPackageResourceRole),
    contains(name = "scopes", target = AccessPackageResourceScope),
    contains(name = "uploadSessions", target = CustomDataProvidedResourceUploadSession),
    action = "refresh"
)]
pub struct AccessPackageResource {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub attributes: Option<Vec<AccessPackageResourceAttribute>>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub modified_date_time: Option<edm::DateTimeOffset>,
    pub origin_id: Option<String>,
    pub origin_system: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub environment: Option<AccessPackageResourceEnvironment>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub roles: Option<Vec<AccessPackageResourceRole>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub scopes: Option<Vec<AccessPackageResourceScope>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub upload_sessions: Option<Vec<CustomDataProvidedResourceUploadSession>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.accessPackageResource`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `AccessPackageResource`, keeping its `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAccessPackageResource {
    /// `microsoft.graph.customDataProvidedResource`.
    CustomDataProvidedResource(CustomDataProvidedResource),
    /// `microsoft.graph.accessPackageResource` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AccessPackageResource),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessPackageResourceEnvironment",
    contains(name = "resources", target = AccessPackageResource)
)]
pub struct AccessPackageResourceEnvironment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub connection_info: Option<ConnectionInfo>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub is_default_environment: Option<bool>,
    pub modified_date_time: Option<edm::DateTimeOffset>,
    pub origin_id: Option<String>,
    pub origin_system: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resources: Option<Vec<AnyAccessPackageResource>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessPackageResourceRequest",
    contains(name = "catalog", target = AccessPackageCatalog, single),
    contains(name = "resource", target = AccessPackageResource, single)
)]
pub struct AccessPackageResourceRequest {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub request_type: Option<AccessPackageRequestType>,
    pub state: Option<AccessPackageRequestState>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub catalog: Option<AccessPackageCatalog>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource: Option<AnyAccessPackageResource>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessPackageResourceRole",
    contains(name = "resource", target = AccessPackageResource, single)
)]
pub struct AccessPackageResourceRole {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub origin_id: Option<String>,
    pub origin_system: Option<String>,
    pub r#type: Option<RoleType>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource: Option<AnyAccessPackageResource>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessPackageResourceRoleScope",
    contains(name = "role", target = AccessPackageResourceRole, single),
    contains(name = "scope", target = AccessPackageResourceScope, single)
)]
pub struct AccessPackageResourceRoleScope {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub role: Option<AccessPackageResourceRole>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub scope: Option<AccessPackageResourceScope>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessPackageResourceScope",
    contains(name = "resource", target = AccessPackageResource, single)
)]
pub struct AccessPackageResourceScope {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub is_root_scope: Option<bool>,
    pub origin_id: Option<String>,
    pub origin_system: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource: Option<AnyAccessPackageResource>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.accessPackageSubject")]
pub struct AccessPackageSubject {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub object_id: Option<String>,
    pub on_premises_security_identifier: Option<String>,
    pub principal_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub subject_lifecycle: Option<AccessPackageSubjectLifecycle>,
    pub subject_type: Option<AccessPackageSubjectType>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub connected_organization: Option<ConnectedOrganization>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessPackageSuggestion"
)]
pub struct AccessPackageSuggestion {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub reasons: Option<Vec<AnyAccessPackageSuggestionReason>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub access_package: Option<AvailableAccessPackage>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.accessPackageTextInputQuestion")]
pub struct AccessPackageTextInputQuestion {
    /// The inherited properties of `accessPackageQuestion`.
    #[graph(base)]
    pub base: AccessPackageQuestion,
    pub is_single_line_question: Option<bool>,
    pub regex_pattern: Option<String>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessReviewHistoryDefinition",
    contains(name = "instances", target = AccessReviewHistoryInstance)
)]
pub struct AccessReviewHistoryDefinition {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_by: Option<UserIdentity>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub decisions: Option<Vec<AccessReviewHistoryDecisionFilter>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub review_history_period_end_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub review_history_period_start_date_time: Option<edm::DateTimeOffset>,
    pub schedule_settings: Option<AccessReviewHistoryScheduleSettings>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub scopes: Option<Vec<AnyAccessReviewScope>>,
    pub status: Option<AccessReviewHistoryStatus>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub instances: Option<Vec<AccessReviewHistoryInstance>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessReviewHistoryInstance",
    action(name = "generateDownloadUri", returns = AccessReviewHistoryInstance)
)]
pub struct AccessReviewHistoryInstance {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub download_uri: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub fulfilled_date_time: Option<edm::DateTimeOffset>,
    pub review_history_period_end_date_time: Option<edm::DateTimeOffset>,
    pub review_history_period_start_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub run_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<AccessReviewHistoryStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessReviewInstance",
    contains(name = "contactedReviewers", target = AccessReviewReviewer),
    contains(name = "decisions", target = AccessReviewInstanceDecisionItem),
    contains(name = "stages", target = AccessReviewStage),
    action = "acceptRecommendations",
    action = "applyDecisions",
    action(
        name = "batchRecordDecisions",
        parameters = AccessReviewInstanceBatchRecordDecisionsParameters
    ),
    action = "resetDecisions",
    action = "sendReminder",
    action = "stop",
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = AccessReviewInstanceCollectionFilterByCurrentUserParameters,
        returns = Page<AccessReviewInstance>
    )
)]
pub struct AccessReviewInstance {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub fallback_reviewers: Option<Vec<AccessReviewReviewerScope>>,
    pub reviewers: Option<Vec<AccessReviewReviewerScope>>,
    pub scope: Option<AnyAccessReviewScope>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub contacted_reviewers: Option<Vec<AccessReviewReviewer>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub decisions: Option<Vec<AccessReviewInstanceDecisionItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub stages: Option<Vec<AccessReviewStage>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `batchRecordDecisions`, bound to `accessReviewInstance`.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct AccessReviewInstanceBatchRecordDecisionsParameters {
    pub decision: Option<String>,
    pub justification: Option<String>,
    pub principal_id: Option<String>,
    pub resource_id: Option<String>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `accessReviewInstance`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct AccessReviewInstanceCollectionFilterByCurrentUserParameters {
    pub on: AccessReviewInstanceFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessReviewInstanceDecisionItem",
    contains(name = "insights", target = GovernanceInsight),
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = AccessReviewInstanceDecisionItemCollectionFilterByCurrentUserParameters,
        returns = Page<AccessReviewInstanceDecisionItem>
    )
)]
pub struct AccessReviewInstanceDecisionItem {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub access_review_id: Option<String>,
    pub applied_by: Option<UserIdentity>,
    pub applied_date_time: Option<edm::DateTimeOffset>,
    pub apply_result: Option<String>,
    pub decision: Option<String>,
    pub justification: Option<String>,
    pub principal: Option<AnyIdentity>,
    pub principal_link: Option<String>,
    pub recommendation: Option<String>,
    pub resource: Option<AnyAccessReviewInstanceDecisionItemResource>,
    pub resource_link: Option<String>,
    pub reviewed_by: Option<UserIdentity>,
    pub reviewed_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub insights: Option<Vec<AnyGovernanceInsight>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `accessReviewInstanceDecisionItem`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct AccessReviewInstanceDecisionItemCollectionFilterByCurrentUserParameters {
    pub on: AccessReviewInstanceDecisionItemFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.accessReviewReviewer")]
pub struct AccessReviewReviewer {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub display_name: Option<String>,
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessReviewScheduleDefinition",
    contains(name = "instances", target = AccessReviewInstance),
    action = "stop",
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = AccessReviewScheduleDefinitionCollectionFilterByCurrentUserParameters,
        returns = Page<AccessReviewScheduleDefinition>
    )
)]
pub struct AccessReviewScheduleDefinition {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub additional_notification_recipients: Option<Vec<AccessReviewNotificationRecipientItem>>,
    pub created_by: Option<UserIdentity>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description_for_admins: Option<String>,
    pub description_for_reviewers: Option<String>,
    pub display_name: Option<String>,
    pub fallback_reviewers: Option<Vec<AccessReviewReviewerScope>>,
    pub instance_enumeration_scope: Option<AnyAccessReviewScope>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub reviewers: Option<Vec<AccessReviewReviewerScope>>,
    pub scope: Option<AnyAccessReviewScope>,
    pub settings: Option<AccessReviewScheduleSettings>,
    pub stage_settings: Option<Vec<AccessReviewStageSettings>>,
    pub status: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub instances: Option<Vec<AccessReviewInstance>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `accessReviewScheduleDefinition`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct AccessReviewScheduleDefinitionCollectionFilterByCurrentUserParameters {
    pub on: AccessReviewScheduleDefinitionFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessReviewSet",
    contains(name = "definitions", target = AccessReviewScheduleDefinition),
    contains(name = "historyDefinitions", target = AccessReviewHistoryDefinition)
)]
pub struct AccessReviewSet {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub definitions: Option<Vec<AccessReviewScheduleDefinition>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub history_definitions: Option<Vec<AccessReviewHistoryDefinition>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.accessReviewStage",
    contains(name = "decisions", target = AccessReviewInstanceDecisionItem),
    action = "stop",
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = AccessReviewStageCollectionFilterByCurrentUserParameters,
        returns = Page<AccessReviewStage>
    )
)]
pub struct AccessReviewStage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub fallback_reviewers: Option<Vec<AccessReviewReviewerScope>>,
    pub reviewers: Option<Vec<AccessReviewReviewerScope>>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub decisions: Option<Vec<AccessReviewInstanceDecisionItem>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `accessReviewStage`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct AccessReviewStageCollectionFilterByCurrentUserParameters {
    pub on: AccessReviewStageFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.appConsentApprovalRoute",
    contains(name = "appConsentRequests", target = AppConsentRequest)
)]
pub struct AppConsentApprovalRoute {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub app_consent_requests: Option<Vec<AppConsentRequest>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.appConsentRequest",
    contains(name = "userConsentRequests", target = UserConsentRequest),
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = AppConsentRequestCollectionFilterByCurrentUserParameters,
        returns = Page<AppConsentRequest>
    )
)]
pub struct AppConsentRequest {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub app_display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub app_id: Option<String>,
    pub pending_scopes: Option<Vec<AppConsentRequestScope>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_consent_requests: Option<Vec<UserConsentRequest>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `appConsentRequest`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct AppConsentRequestCollectionFilterByCurrentUserParameters {
    pub on: ConsentRequestFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.approval",
    contains(name = "stages", target = ApprovalStage),
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = ApprovalCollectionFilterByCurrentUserParameters,
        returns = Page<Approval>
    )
)]
pub struct Approval {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub stages: Option<Vec<ApprovalStage>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of `approval`,
/// written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ApprovalCollectionFilterByCurrentUserParameters {
    pub on: ApprovalFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.approvalStage")]
pub struct ApprovalStage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub assigned_to_me: Option<bool>,
    pub display_name: Option<String>,
    pub justification: Option<String>,
    pub reviewed_by: Option<AnyIdentity>,
    pub reviewed_date_time: Option<edm::DateTimeOffset>,
    pub review_result: Option<String>,
    pub status: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.availableAccessPackage")]
pub struct AvailableAccessPackage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource_role_scopes: Option<Vec<AccessPackageResourceRoleScope>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.connectedOrganization")]
pub struct ConnectedOrganization {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub identity_sources: Option<Vec<AnyIdentitySource>>,
    pub modified_date_time: Option<edm::DateTimeOffset>,
    pub state: Option<ConnectedOrganizationState>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub external_sponsors: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub internal_sponsors: Option<Vec<AnyDirectoryObject>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.controlConfiguration",
    abstract
)]
pub struct ControlConfiguration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    pub modified_by: Option<String>,
    pub modified_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.controlConfiguration`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ControlConfiguration`, keeping its `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyControlConfiguration {
    /// `microsoft.graph.endUserSettings`.
    EndUserSettings(EndUserSettings),
    /// `microsoft.graph.controlConfiguration` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ControlConfiguration),
}

#[cfg(any(feature = "identity", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.customCalloutExtension",
    abstract
)]
pub struct CustomCalloutExtension {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub authentication_configuration: Option<AnyCustomExtensionAuthenticationConfiguration>,
    pub client_configuration: Option<CustomExtensionClientConfiguration>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub endpoint_configuration: Option<AnyCustomExtensionEndpointConfiguration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.customCalloutExtension`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `CustomCalloutExtension`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "identity", feature = "identityGovernance"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCustomCalloutExtension {
    /// `microsoft.graph.accessPackageAssignmentRequestWorkflowExtension`.
    #[cfg(feature = "identityGovernance")]
    AccessPackageAssignmentRequestWorkflowExtension(
        AccessPackageAssignmentRequestWorkflowExtension,
    ),
    /// `microsoft.graph.accessPackageAssignmentWorkflowExtension`.
    #[cfg(feature = "identityGovernance")]
    AccessPackageAssignmentWorkflowExtension(AccessPackageAssignmentWorkflowExtension),
    /// `microsoft.graph.onAttributeCollectionStartCustomExtension`.
    #[cfg(feature = "identity")]
    OnAttributeCollectionStartCustomExtension(OnAttributeCollectionStartCustomExtension),
    /// `microsoft.graph.onAttributeCollectionSubmitCustomExtension`.
    #[cfg(feature = "identity")]
    OnAttributeCollectionSubmitCustomExtension(OnAttributeCollectionSubmitCustomExtension),
    /// `microsoft.graph.onOtpSendCustomExtension`.
    #[cfg(feature = "identity")]
    OnOtpSendCustomExtension(OnOtpSendCustomExtension),
    /// `microsoft.graph.onPasswordSubmitCustomExtension`.
    #[cfg(feature = "identity")]
    OnPasswordSubmitCustomExtension(OnPasswordSubmitCustomExtension),
    /// `microsoft.graph.onTokenIssuanceStartCustomExtension`.
    #[cfg(feature = "identity")]
    OnTokenIssuanceStartCustomExtension(OnTokenIssuanceStartCustomExtension),
    /// `microsoft.graph.onVerifiedIdClaimValidationCustomExtension`.
    #[cfg(feature = "identity")]
    OnVerifiedIdClaimValidationCustomExtension(OnVerifiedIdClaimValidationCustomExtension),
    /// `microsoft.graph.identityGovernance.customTaskExtension`.
    #[cfg(feature = "identityGovernance")]
    CustomTaskExtension(crate::identity_governance::CustomTaskExtension),
    /// `microsoft.graph.customCalloutExtension` itself, or a type this build does not declare.
    #[graph(other)]
    Other(CustomCalloutExtension),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.customDataProvidedResource")]
pub struct CustomDataProvidedResource {
    /// The inherited properties of `accessPackageResource`.
    #[graph(base)]
    pub base: AccessPackageResource,
    pub notification_endpoint_configuration: Option<AnyCustomExtensionEndpointConfiguration>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.customDataProvidedResourceAccessReviewUploadSession")]
pub struct CustomDataProvidedResourceAccessReviewUploadSession {
    /// The inherited properties of `customDataProvidedResourceUploadSession`.
    #[graph(base)]
    pub base: CustomDataProvidedResourceUploadSession,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.customDataProvidedResourceUploadSession",
    abstract,
    also_reads = "microsoft.graph.customDataProvidedResourceAccessReviewUploadSession",
    action(name = "uploadFile", returns = CustomDataProvidedResourceUploadSession)
)]
pub struct CustomDataProvidedResourceUploadSession {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub data: Option<crate::custom_data_provided_resource_payloads::AnyData>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_upload_done: Option<bool>,
    pub reference_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub stats: Option<CustomDataProvidedResourceUploadStats>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<CustomDataProvidedResourceUploadStatus>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `other`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub files: Option<Vec<CustomDataProvidedResourceFile>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.customExtensionStageSetting"
)]
pub struct CustomExtensionStageSetting {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub stage: Option<AccessPackageCustomExtensionStage>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub custom_extension: Option<AnyCustomCalloutExtension>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deletedItemContainer",
    contains(name = "workflows", target = crate::identity_governance::Workflow)
)]
pub struct DeletedItemContainer {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub workflows: Option<Vec<crate::identity_governance::Workflow>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.endUserSettings")]
pub struct EndUserSettings {
    /// The inherited properties of `controlConfiguration`.
    #[graph(base)]
    pub base: ControlConfiguration,
    pub related_people_insight_level: Option<AccessPackageSuggestionRelatedPeopleInsightLevel>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub show_approver_details_to_members: Option<bool>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.entitlementManagement",
    contains(name = "accessPackageAssignmentApprovals", target = Approval),
    contains(name = "accessPackages", target = AccessPackage),
    contains(name = "accessPackageSuggestions", target = AccessPackageSuggestion),
    contains(name = "assignmentPolicies", target = AccessPackageAssignmentPolicy),
    contains(name = "assignmentRequests", target = AccessPackageAssignmentRequest),
    contains(name = "assignments", target = AccessPackageAssignment),
    contains(name = "availableAccessPackages", target = AvailableAccessPackage),
    contains(name = "catalogs", target = AccessPackageCatalog),
    contains(name = "connectedOrganizations", target = ConnectedOrganization),
    contains(name = "controlConfigurations", target = ControlConfiguration),
    contains(name = "resourceEnvironments", target = AccessPackageResourceEnvironment),
    contains(name = "resourceRequests", target = AccessPackageResourceRequest),
    contains(name = "resourceRoleScopes", target = AccessPackageResourceRoleScope),
    contains(name = "resources", target = AccessPackageResource),
    contains(name = "settings", target = EntitlementManagementSettings, single),
    contains(name = "subjects", target = AccessPackageSubject)
)]
pub struct EntitlementManagement {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub access_package_assignment_approvals: Option<Vec<Approval>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub access_packages: Option<Vec<AccessPackage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub access_package_suggestions: Option<Vec<AccessPackageSuggestion>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignment_policies: Option<Vec<AccessPackageAssignmentPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignment_requests: Option<Vec<AccessPackageAssignmentRequest>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignments: Option<Vec<AccessPackageAssignment>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub available_access_packages: Option<Vec<AvailableAccessPackage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub catalogs: Option<Vec<AccessPackageCatalog>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub connected_organizations: Option<Vec<ConnectedOrganization>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub control_configurations: Option<Vec<AnyControlConfiguration>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource_environments: Option<Vec<AccessPackageResourceEnvironment>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource_requests: Option<Vec<AccessPackageResourceRequest>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource_role_scopes: Option<Vec<AccessPackageResourceRoleScope>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resources: Option<Vec<AnyAccessPackageResource>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub settings: Option<EntitlementManagementSettings>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub subjects: Option<Vec<AccessPackageSubject>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.entitlementManagementSettings"
)]
pub struct EntitlementManagementSettings {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub duration_until_external_user_deleted_after_blocked: Option<edm::Duration>,
    pub external_user_lifecycle_action: Option<AccessPackageExternalUserLifecycleAction>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.governanceInsight",
    abstract
)]
pub struct GovernanceInsight {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub insight_created_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.governanceInsight`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `GovernanceInsight`, keeping its `@odata.type` and properties.
#[cfg(feature = "identityGovernance")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyGovernanceInsight {
    /// `microsoft.graph.membershipOutlierInsight`.
    MembershipOutlierInsight(MembershipOutlierInsight),
    /// `microsoft.graph.userSignInInsight`.
    UserSignInInsight(UserSignInInsight),
    /// `microsoft.graph.governanceInsight` itself, or a type this build does not declare.
    #[graph(other)]
    Other(GovernanceInsight),
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityGovernance",
    keyless,
    singleton = "/identityGovernance",
    contains(name = "accessReviews", target = AccessReviewSet, single),
    contains(name = "appConsent", target = AppConsentApprovalRoute, single),
    contains(name = "catalogs", target = AccessPackageCatalog),
    contains(name = "entitlementManagement", target = EntitlementManagement, single),
    contains(
        name = "lifecycleWorkflows",
        target = crate::identity_governance::LifecycleWorkflowsContainer,
        single
    ),
    contains(name = "privilegedAccess", target = PrivilegedAccessRoot, single),
    contains(name = "termsOfUse", target = TermsOfUseContainer, single)
)]
pub struct IdentityGovernance {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub access_reviews: Option<AccessReviewSet>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub app_consent: Option<AppConsentApprovalRoute>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub catalogs: Option<Vec<AccessPackageCatalog>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub entitlement_management: Option<EntitlementManagement>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub lifecycle_workflows: Option<crate::identity_governance::LifecycleWorkflowsContainer>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub privileged_access: Option<PrivilegedAccessRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub terms_of_use: Option<TermsOfUseContainer>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.membershipOutlierInsight")]
pub struct MembershipOutlierInsight {
    /// The inherited properties of `governanceInsight`.
    #[graph(base)]
    pub base: GovernanceInsight,
    /// Not nullable.
    #[graph(non_nullable)]
    pub container_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub member_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub outlier_container_type: Option<OutlierContainerType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub outlier_member_type: Option<OutlierMemberType>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub container: Option<AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub last_modified_by: Option<User>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub member: Option<AnyDirectoryObject>,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.privilegedAccessGroup",
    contains(name = "assignmentApprovals", target = Approval),
    contains(
        name = "assignmentScheduleInstances",
        target = PrivilegedAccessGroupAssignmentScheduleInstance
    ),
    contains(
        name = "assignmentScheduleRequests",
        target = PrivilegedAccessGroupAssignmentScheduleRequest
    ),
    contains(name = "assignmentSchedules", target = PrivilegedAccessGroupAssignmentSchedule),
    contains(
        name = "eligibilityScheduleInstances",
        target = PrivilegedAccessGroupEligibilityScheduleInstance
    ),
    contains(
        name = "eligibilityScheduleRequests",
        target = PrivilegedAccessGroupEligibilityScheduleRequest
    ),
    contains(name = "eligibilitySchedules", target = PrivilegedAccessGroupEligibilitySchedule)
)]
pub struct PrivilegedAccessGroup {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignment_approvals: Option<Vec<Approval>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignment_schedule_instances: Option<Vec<PrivilegedAccessGroupAssignmentScheduleInstance>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignment_schedule_requests: Option<Vec<PrivilegedAccessGroupAssignmentScheduleRequest>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignment_schedules: Option<Vec<PrivilegedAccessGroupAssignmentSchedule>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub eligibility_schedule_instances:
        Option<Vec<PrivilegedAccessGroupEligibilityScheduleInstance>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub eligibility_schedule_requests: Option<Vec<PrivilegedAccessGroupEligibilityScheduleRequest>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub eligibility_schedules: Option<Vec<PrivilegedAccessGroupEligibilitySchedule>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.privilegedAccessGroupAssignmentSchedule",
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = PrivilegedAccessGroupAssignmentScheduleCollectionFilterByCurrentUserParameters,
        returns = Page<PrivilegedAccessGroupAssignmentSchedule>
    )
)]
pub struct PrivilegedAccessGroupAssignmentSchedule {
    /// The inherited properties of `privilegedAccessSchedule`.
    #[graph(base)]
    pub base: PrivilegedAccessSchedule,
    pub access_id: Option<PrivilegedAccessGroupRelationships>,
    pub assignment_type: Option<PrivilegedAccessGroupAssignmentType>,
    pub group_id: Option<String>,
    pub member_type: Option<PrivilegedAccessGroupMemberType>,
    pub principal_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub activated_using: Option<PrivilegedAccessGroupEligibilitySchedule>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub group: Option<Group>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub principal: Option<AnyDirectoryObject>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `privilegedAccessGroupAssignmentSchedule`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct PrivilegedAccessGroupAssignmentScheduleCollectionFilterByCurrentUserParameters {
    pub on: AssignmentScheduleFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance",
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = PrivilegedAccessGroupAssignmentScheduleInstanceCollectionFilterByCurrentUserParameters,
        returns = Page<PrivilegedAccessGroupAssignmentScheduleInstance>
    )
)]
pub struct PrivilegedAccessGroupAssignmentScheduleInstance {
    /// The inherited properties of `privilegedAccessScheduleInstance`.
    #[graph(base)]
    pub base: PrivilegedAccessScheduleInstance,
    pub access_id: Option<PrivilegedAccessGroupRelationships>,
    pub assignment_schedule_id: Option<String>,
    pub assignment_type: Option<PrivilegedAccessGroupAssignmentType>,
    pub group_id: Option<String>,
    pub member_type: Option<PrivilegedAccessGroupMemberType>,
    pub principal_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub activated_using: Option<PrivilegedAccessGroupEligibilityScheduleInstance>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub group: Option<Group>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub principal: Option<AnyDirectoryObject>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `privilegedAccessGroupAssignmentScheduleInstance`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct PrivilegedAccessGroupAssignmentScheduleInstanceCollectionFilterByCurrentUserParameters {
    pub on: AssignmentScheduleInstanceFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest",
    action = "cancel",
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = PrivilegedAccessGroupAssignmentScheduleRequestCollectionFilterByCurrentUserParameters,
        returns = Page<PrivilegedAccessGroupAssignmentScheduleRequest>
    )
)]
pub struct PrivilegedAccessGroupAssignmentScheduleRequest {
    /// The inherited properties of `privilegedAccessScheduleRequest`.
    #[graph(base)]
    pub base: PrivilegedAccessScheduleRequest,
    pub access_id: Option<PrivilegedAccessGroupRelationships>,
    pub group_id: Option<String>,
    pub principal_id: Option<String>,
    pub target_schedule_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub activated_using: Option<PrivilegedAccessGroupEligibilitySchedule>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub group: Option<Group>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub principal: Option<AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub target_schedule: Option<PrivilegedAccessGroupEligibilitySchedule>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `privilegedAccessGroupAssignmentScheduleRequest`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct PrivilegedAccessGroupAssignmentScheduleRequestCollectionFilterByCurrentUserParameters {
    pub on: AssignmentScheduleRequestFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.privilegedAccessGroupEligibilitySchedule",
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = PrivilegedAccessGroupEligibilityScheduleCollectionFilterByCurrentUserParameters,
        returns = Page<PrivilegedAccessGroupEligibilitySchedule>
    )
)]
pub struct PrivilegedAccessGroupEligibilitySchedule {
    /// The inherited properties of `privilegedAccessSchedule`.
    #[graph(base)]
    pub base: PrivilegedAccessSchedule,
    pub access_id: Option<PrivilegedAccessGroupRelationships>,
    pub group_id: Option<String>,
    pub member_type: Option<PrivilegedAccessGroupMemberType>,
    pub principal_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub group: Option<Group>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub principal: Option<AnyDirectoryObject>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `privilegedAccessGroupEligibilitySchedule`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct PrivilegedAccessGroupEligibilityScheduleCollectionFilterByCurrentUserParameters {
    pub on: EligibilityScheduleFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance",
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = PrivilegedAccessGroupEligibilityScheduleInstanceCollectionFilterByCurrentUserParameters,
        returns = Page<PrivilegedAccessGroupEligibilityScheduleInstance>
    )
)]
pub struct PrivilegedAccessGroupEligibilityScheduleInstance {
    /// The inherited properties of `privilegedAccessScheduleInstance`.
    #[graph(base)]
    pub base: PrivilegedAccessScheduleInstance,
    pub access_id: Option<PrivilegedAccessGroupRelationships>,
    pub eligibility_schedule_id: Option<String>,
    pub group_id: Option<String>,
    pub member_type: Option<PrivilegedAccessGroupMemberType>,
    pub principal_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub group: Option<Group>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub principal: Option<AnyDirectoryObject>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `privilegedAccessGroupEligibilityScheduleInstance`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct PrivilegedAccessGroupEligibilityScheduleInstanceCollectionFilterByCurrentUserParameters {
    pub on: EligibilityScheduleInstanceFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest",
    action = "cancel",
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = PrivilegedAccessGroupEligibilityScheduleRequestCollectionFilterByCurrentUserParameters,
        returns = Page<PrivilegedAccessGroupEligibilityScheduleRequest>
    )
)]
pub struct PrivilegedAccessGroupEligibilityScheduleRequest {
    /// The inherited properties of `privilegedAccessScheduleRequest`.
    #[graph(base)]
    pub base: PrivilegedAccessScheduleRequest,
    pub access_id: Option<PrivilegedAccessGroupRelationships>,
    pub group_id: Option<String>,
    pub principal_id: Option<String>,
    pub target_schedule_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub group: Option<Group>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub principal: Option<AnyDirectoryObject>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub target_schedule: Option<PrivilegedAccessGroupEligibilitySchedule>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `privilegedAccessGroupEligibilityScheduleRequest`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct PrivilegedAccessGroupEligibilityScheduleRequestCollectionFilterByCurrentUserParameters {
    pub on: EligibilityScheduleRequestFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.privilegedAccessRoot",
    contains(name = "group", target = PrivilegedAccessGroup, single)
)]
pub struct PrivilegedAccessRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub group: Option<PrivilegedAccessGroup>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.termsOfUseContainer")]
#[cfg_attr(feature = "agreementAcceptances", graph(contains(name = "agreementAcceptances", target = AgreementAcceptance)))]
#[cfg_attr(feature = "agreements", graph(contains(name = "agreements", target = Agreement)))]
pub struct TermsOfUseContainer {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `agreementAcceptances`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "agreementAcceptances")]
    #[graph(read_only)]
    pub agreement_acceptances: Option<Vec<AgreementAcceptance>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `agreements`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "agreements")]
    #[graph(read_only)]
    pub agreements: Option<Vec<Agreement>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.userConsentRequest",
    contains(name = "approval", target = Approval, single),
    function(
        name = "filterByCurrentUser",
        collection,
        parameters = UserConsentRequestCollectionFilterByCurrentUserParameters,
        returns = Page<UserConsentRequest>
    )
)]
pub struct UserConsentRequest {
    /// The inherited properties of `request`.
    #[graph(base)]
    pub base: Request,
    pub reason: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub approval: Option<Approval>,
}

/// The arguments of the function `filterByCurrentUser`, bound to a collection of
/// `userConsentRequest`, written in its URL.
#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct UserConsentRequestCollectionFilterByCurrentUserParameters {
    pub on: ConsentRequestFilterByCurrentUserOptions,
}

#[cfg(feature = "identityGovernance")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userSignInInsight")]
pub struct UserSignInInsight {
    /// The inherited properties of `governanceInsight`.
    #[graph(base)]
    pub base: GovernanceInsight,
    pub last_sign_in_date_time: Option<edm::DateTimeOffset>,
}
