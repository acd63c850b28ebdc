//! The types of the area `employeeExperience`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "employeeExperience")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.assignmentType")]
pub enum AssignmentType {
    Required,
    Recommended,
    UnknownFutureValue,
    PeerRecommended,
}

/// Types of communityPrivacy.
#[cfg(feature = "employeeExperience")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.communityPrivacy")]
pub enum CommunityPrivacy {
    /// Any user from the tenant can join and participate in the community.
    Public,
    /// A community administrator must add tenant users to the community before they can
    /// participate.
    Private,
    /// A marker value for members added after the release of this API.
    UnknownFutureValue,
}

#[cfg(feature = "employeeExperience")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.courseStatus")]
pub enum CourseStatus {
    NotStarted,
    InProgress,
    Completed,
    UnknownFutureValue,
}

/// Types of engagementAsyncOperationType. Members will be added here as more async operations are
/// supported.
#[cfg(feature = "employeeExperience")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.engagementAsyncOperationType")]
pub enum EngagementAsyncOperationType {
    /// Operation to create a Viva Engage community.
    CreateCommunity,
    /// A marker value for members added after the release of this API.
    UnknownFutureValue,
}

#[cfg(feature = "employeeExperience")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.level")]
pub enum Level {
    Beginner,
    Intermediate,
    Advanced,
    UnknownFutureValue,
}

/// Represents a community in Viva Engage that is a central place for conversations, files, events,
/// and updates for people sharing a common interest or goal.
#[cfg(feature = "employeeExperience")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.community",
    path = "/employeeExperience/communities"
)]
pub struct Community {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The description of the community. The maximum length is 1024 characters. Not nullable.
    #[graph(non_nullable)]
    pub description: Option<String>,
    /// The name of the community. The maximum length is 255 characters. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// The ID of the Microsoft 365 group that manages the membership of this community.
    pub group_id: Option<String>,
    /// Defines the privacy level of the community. The possible values are: public, private,
    /// unknownFutureValue. Not nullable.
    #[graph(non_nullable)]
    pub privacy: Option<CommunityPrivacy>,
    /// The Microsoft 365 group that manages the membership of this community. Navigation property:
    /// read when `$expand`ed, never written. Declared with the feature `groups`; without, an
    /// `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub group: Option<Group>,
    /// The admins of the community. Limited to 100 users. Navigation property: read when
    /// `$expand`ed, never written. Declared with any of the features `users`, `identityGovernance`;
    /// without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    #[graph(read_only)]
    pub owners: Option<Vec<User>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "employeeExperience")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.employeeExperience",
    keyless,
    singleton = "/employeeExperience",
    contains(name = "communities", target = Community),
    contains(name = "engagementAsyncOperations", target = EngagementAsyncOperation),
    contains(name = "learningCourseActivities", target = LearningCourseActivity),
    contains(name = "learningProviders", target = LearningProvider),
    contains(name = "roles", target = EngagementRole)
)]
pub struct EmployeeExperience {
    /// A collection of communities in Viva Engage. Navigation property: read when `$expand`ed,
    /// never written.
    #[graph(read_only)]
    pub communities: Option<Vec<Community>>,
    /// A collection of long-running, asynchronous operations related to Viva Engage. Navigation
    /// property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub engagement_async_operations: Option<Vec<EngagementAsyncOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub learning_course_activities: Option<Vec<AnyLearningCourseActivity>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub learning_providers: Option<Vec<LearningProvider>>,
    /// Viva Engage roles and their membership. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub roles: Option<Vec<EngagementRole>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Represents the status of a Viva Engage async operation that is an operation that transcends the
/// lifetime of a single API request. These operations are long-running or too expensive to complete
/// within the time frame of their original request.
#[cfg(feature = "employeeExperience")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.engagementAsyncOperation",
    path = "/employeeExperience/engagementAsyncOperations"
)]
pub struct EngagementAsyncOperation {
    /// The inherited properties of `longRunningOperation`.
    #[graph(base)]
    pub base: LongRunningOperation,
    /// The type of the long-running operation.
    pub operation_type: Option<EngagementAsyncOperationType>,
    /// The ID of the object created or modified as a result of this async operation.
    pub resource_id: Option<String>,
}

/// Represents a Viva Engage role and its members
#[cfg(feature = "employeeExperience")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.engagementRole",
    path = "/employeeExperience/roles",
    contains(name = "members", target = EngagementRoleMember)
)]
pub struct EngagementRole {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Name of the role. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Users who have been assigned this role. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub members: Option<Vec<EngagementRoleMember>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Entity to represent the assignment of a role to a user.
#[cfg(feature = "employeeExperience")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.engagementRoleMember")]
pub struct EngagementRoleMember {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The date and time when the user was assigned the role. Not nullable.
    #[graph(read_only, non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// The ID of the user who has been assigned the role.
    #[graph(read_only)]
    pub user_id: Option<String>,
    /// User entity of the member who has been assigned the role. Navigation property: read when
    /// `$expand`ed, never written. Declared with any of the features `users`, `identityGovernance`;
    /// without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    #[graph(read_only)]
    pub user: Option<User>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "employeeExperience")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.learningAssignment")]
pub struct LearningAssignment {
    /// The inherited properties of `learningCourseActivity`.
    #[graph(base)]
    pub base: LearningCourseActivity,
    pub assigned_date_time: Option<edm::DateTimeOffset>,
    pub assigner_user_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub assignment_type: Option<AssignmentType>,
    pub due_date_time: Option<DateTimeTimeZone>,
    pub notes: Option<ItemBody>,
}

#[cfg(feature = "employeeExperience")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.learningContent")]
pub struct LearningContent {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub additional_tags: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub content_web_url: Option<String>,
    pub contributors: Option<Vec<String>>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub duration: Option<edm::Duration>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub external_id: Option<String>,
    pub format: Option<String>,
    pub is_active: Option<bool>,
    pub is_premium: Option<bool>,
    pub is_searchable: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub language_tag: Option<String>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub level: Option<Level>,
    pub number_of_pages: Option<i32>,
    pub skill_tags: Option<Vec<String>>,
    pub source_name: Option<String>,
    pub thumbnail_web_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub title: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "employeeExperience")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.learningCourseActivity",
    path = "/employeeExperience/learningCourseActivities"
)]
pub struct LearningCourseActivity {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub completed_date_time: Option<edm::DateTimeOffset>,
    pub completion_percentage: Option<i32>,
    pub externalcourse_activity_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub learner_user_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub learning_content_id: Option<String>,
    pub learning_provider_id: Option<String>,
    pub status: Option<CourseStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.learningCourseActivity`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `LearningCourseActivity`, keeping its `@odata.type` and properties.
#[cfg(feature = "employeeExperience")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyLearningCourseActivity {
    /// `microsoft.graph.learningAssignment`.
    LearningAssignment(LearningAssignment),
    /// `microsoft.graph.learningSelfInitiatedCourse`.
    LearningSelfInitiatedCourse(LearningSelfInitiatedCourse),
    /// `microsoft.graph.learningCourseActivity` itself, or a type this build does not declare.
    #[graph(other)]
    Other(LearningCourseActivity),
}

#[cfg(feature = "employeeExperience")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.learningProvider",
    path = "/employeeExperience/learningProviders",
    contains(name = "learningContents", target = LearningContent),
    contains(name = "learningCourseActivities", target = LearningCourseActivity)
)]
pub struct LearningProvider {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub is_course_activity_sync_enabled: Option<bool>,
    pub login_web_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub long_logo_web_url_for_dark_theme: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub long_logo_web_url_for_light_theme: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub square_logo_web_url_for_dark_theme: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub square_logo_web_url_for_light_theme: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub learning_contents: Option<Vec<LearningContent>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub learning_course_activities: Option<Vec<AnyLearningCourseActivity>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "employeeExperience")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.learningSelfInitiatedCourse")]
pub struct LearningSelfInitiatedCourse {
    /// The inherited properties of `learningCourseActivity`.
    #[graph(base)]
    pub base: LearningCourseActivity,
    pub started_date_time: Option<edm::DateTimeOffset>,
}
