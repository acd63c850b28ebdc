//! The types of the area `privacy`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "privacy")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.dataSubjectType")]
pub enum DataSubjectType {
    Customer,
    CurrentEmployee,
    FormerEmployee,
    ProspectiveEmployee,
    Student,
    Teacher,
    Faculty,
    Other,
    UnknownFutureValue,
}

#[cfg(feature = "privacy")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.subjectRightsRequestStage")]
pub enum SubjectRightsRequestStage {
    ContentRetrieval,
    ContentReview,
    GenerateReport,
    ContentDeletion,
    CaseResolved,
    ContentEstimate,
    UnknownFutureValue,
    Approval,
}

#[cfg(feature = "privacy")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.subjectRightsRequestStageStatus")]
pub enum SubjectRightsRequestStageStatus {
    NotStarted,
    Current,
    Completed,
    Failed,
    UnknownFutureValue,
}

#[cfg(feature = "privacy")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.subjectRightsRequestStatus")]
pub enum SubjectRightsRequestStatus {
    Active,
    Closed,
    UnknownFutureValue,
}

#[cfg(feature = "privacy")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.subjectRightsRequestType")]
pub enum SubjectRightsRequestType {
    Export,
    Delete,
    Access,
    TagForAction,
    UnknownFutureValue,
}

#[cfg(feature = "privacy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.dataSubject")]
pub struct DataSubject {
    pub email: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub residency: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "privacy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.subjectRightsRequestAllMailboxLocation",
    complex
)]
pub struct SubjectRightsRequestAllMailboxLocation {
    /// The inherited properties of `subjectRightsRequestMailboxLocation`.
    #[graph(base)]
    pub base: SubjectRightsRequestMailboxLocation,
}

#[cfg(feature = "privacy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.subjectRightsRequestAllSiteLocation",
    complex
)]
pub struct SubjectRightsRequestAllSiteLocation {
    /// The inherited properties of `subjectRightsRequestSiteLocation`.
    #[graph(base)]
    pub base: SubjectRightsRequestSiteLocation,
}

#[cfg(feature = "privacy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.subjectRightsRequestDetail")]
pub struct SubjectRightsRequestDetail {
    pub excluded_item_count: Option<edm::Int64>,
    pub insight_counts: Option<Vec<KeyValuePair>>,
    pub item_count: Option<edm::Int64>,
    pub item_need_review: Option<edm::Int64>,
    pub product_item_counts: Option<Vec<KeyValuePair>>,
    pub signed_off_item_count: Option<edm::Int64>,
    pub total_item_size: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "privacy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.subjectRightsRequestEnumeratedMailboxLocation",
    complex
)]
pub struct SubjectRightsRequestEnumeratedMailboxLocation {
    /// The inherited properties of `subjectRightsRequestMailboxLocation`.
    #[graph(base)]
    pub base: SubjectRightsRequestMailboxLocation,
    pub user_principal_names: Option<Vec<String>>,
}

#[cfg(feature = "privacy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.subjectRightsRequestEnumeratedSiteLocation",
    complex
)]
pub struct SubjectRightsRequestEnumeratedSiteLocation {
    /// The inherited properties of `subjectRightsRequestSiteLocation`.
    #[graph(base)]
    pub base: SubjectRightsRequestSiteLocation,
    pub urls: Option<Vec<String>>,
}

#[cfg(feature = "privacy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.subjectRightsRequestHistory")]
pub struct SubjectRightsRequestHistory {
    pub changed_by: Option<AnyIdentitySet>,
    pub event_date_time: Option<edm::DateTimeOffset>,
    pub stage: Option<SubjectRightsRequestStage>,
    pub stage_status: Option<SubjectRightsRequestStageStatus>,
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "privacy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.subjectRightsRequestMailboxLocation",
    abstract
)]
pub struct SubjectRightsRequestMailboxLocation {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.subjectRightsRequestMailboxLocation`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `SubjectRightsRequestMailboxLocation`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "privacy")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnySubjectRightsRequestMailboxLocation {
    /// `microsoft.graph.subjectRightsRequestAllMailboxLocation`.
    SubjectRightsRequestAllMailboxLocation(SubjectRightsRequestAllMailboxLocation),
    /// `microsoft.graph.subjectRightsRequestEnumeratedMailboxLocation`.
    SubjectRightsRequestEnumeratedMailboxLocation(SubjectRightsRequestEnumeratedMailboxLocation),
    /// `microsoft.graph.subjectRightsRequestMailboxLocation` itself, or a type this build does not declare.
    #[graph(other)]
    Other(SubjectRightsRequestMailboxLocation),
}

#[cfg(feature = "privacy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.subjectRightsRequestSiteLocation",
    abstract
)]
pub struct SubjectRightsRequestSiteLocation {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.subjectRightsRequestSiteLocation`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `SubjectRightsRequestSiteLocation`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "privacy")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnySubjectRightsRequestSiteLocation {
    /// `microsoft.graph.subjectRightsRequestAllSiteLocation`.
    SubjectRightsRequestAllSiteLocation(SubjectRightsRequestAllSiteLocation),
    /// `microsoft.graph.subjectRightsRequestEnumeratedSiteLocation`.
    SubjectRightsRequestEnumeratedSiteLocation(SubjectRightsRequestEnumeratedSiteLocation),
    /// `microsoft.graph.subjectRightsRequestSiteLocation` itself, or a type this build does not declare.
    #[graph(other)]
    Other(SubjectRightsRequestSiteLocation),
}

#[cfg(feature = "privacy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.subjectRightsRequestStageDetail")]
pub struct SubjectRightsRequestStageDetail {
    pub error: Option<PublicError>,
    pub stage: Option<SubjectRightsRequestStage>,
    pub status: Option<SubjectRightsRequestStageStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "privacy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.authoredNote")]
pub struct AuthoredNote {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub author: Option<AnyIdentity>,
    pub content: Option<ItemBody>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "privacy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.privacy",
    keyless,
    singleton = "/privacy",
    contains(name = "subjectRightsRequests", target = SubjectRightsRequest)
)]
pub struct Privacy {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub subject_rights_requests: Option<Vec<SubjectRightsRequest>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "privacy")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.subjectRightsRequest",
    path = "/privacy/subjectRightsRequests",
    contains(name = "notes", target = AuthoredNote),
    function(name = "getFinalAttachment", returns = response::Media),
    function(name = "getFinalReport", returns = response::Media)
)]
pub struct SubjectRightsRequest {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub assigned_to: Option<AnyIdentity>,
    pub closed_date_time: Option<edm::DateTimeOffset>,
    pub content_query: Option<String>,
    pub created_by: Option<AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub data_subject: Option<DataSubject>,
    pub data_subject_type: Option<DataSubjectType>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub external_id: Option<String>,
    pub history: Option<Vec<SubjectRightsRequestHistory>>,
    pub include_all_versions: Option<bool>,
    pub include_authored_content: Option<bool>,
    pub insight: Option<SubjectRightsRequestDetail>,
    pub internal_due_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_by: Option<AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub mailbox_locations: Option<AnySubjectRightsRequestMailboxLocation>,
    pub pause_after_estimate: Option<bool>,
    pub regulations: Option<Vec<String>>,
    pub site_locations: Option<AnySubjectRightsRequestSiteLocation>,
    pub stages: Option<Vec<SubjectRightsRequestStageDetail>>,
    pub status: Option<SubjectRightsRequestStatus>,
    pub r#type: Option<SubjectRightsRequestType>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `users`, `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    #[graph(read_only)]
    pub approvers: Option<Vec<User>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `users`, `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    #[graph(read_only)]
    pub collaborators: Option<Vec<User>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub notes: Option<Vec<AuthoredNote>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `teams`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "teams")]
    #[graph(read_only)]
    pub team: Option<Team>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
