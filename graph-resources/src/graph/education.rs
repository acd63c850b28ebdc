//! The types of the area `education`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "education")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.contactRelationship")]
pub enum ContactRelationship {
    Parent,
    Relative,
    Aide,
    Doctor,
    Guardian,
    Child,
    Other,
    UnknownFutureValue,
}

#[cfg(feature = "education")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.educationAddedStudentAction")]
pub enum EducationAddedStudentAction {
    None,
    AssignIfOpen,
    UnknownFutureValue,
}

#[cfg(feature = "education")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.educationAddToCalendarOptions")]
pub enum EducationAddToCalendarOptions {
    None,
    StudentsAndPublisher,
    StudentsAndTeamOwners,
    UnknownFutureValue,
    StudentsOnly,
}

#[cfg(feature = "education")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.educationAssignmentStatus")]
pub enum EducationAssignmentStatus {
    Draft,
    Published,
    Assigned,
    UnknownFutureValue,
    Inactive,
}

#[cfg(any(feature = "education", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.educationExternalSource")]
pub enum EducationExternalSource {
    Sis,
    Manual,
    UnknownFutureValue,
}

#[cfg(feature = "education")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.educationFeedbackResourceOutcomeStatus")]
pub enum EducationFeedbackResourceOutcomeStatus {
    NotPublished,
    PendingPublish,
    Published,
    FailedPublish,
    UnknownFutureValue,
}

#[cfg(feature = "education")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.educationGender")]
pub enum EducationGender {
    Female,
    Male,
    Other,
    UnknownFutureValue,
}

#[cfg(feature = "education")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.educationModuleStatus")]
pub enum EducationModuleStatus {
    Draft,
    Published,
    UnknownFutureValue,
}

#[cfg(feature = "education")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.educationSpeechType")]
pub enum EducationSpeechType {
    Informative,
    Personal,
    Persuasive,
    UnknownFutureValue,
}

#[cfg(feature = "education")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.educationSubmissionStatus")]
pub enum EducationSubmissionStatus {
    Working,
    Submitted,
    Released,
    Returned,
    UnknownFutureValue,
    Reassigned,
    Excused,
}

#[cfg(feature = "education")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.educationUserRole")]
pub enum EducationUserRole {
    Student,
    Teacher,
    None,
    UnknownFutureValue,
}

#[cfg(feature = "education")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.readingCoachStoryType")]
pub enum ReadingCoachStoryType {
    AiGenerated,
    ReadWorks,
    UserProvided,
    UnknownFutureValue,
}

#[cfg(feature = "education")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.responseEmotionType")]
pub enum ResponseEmotionType {
    None,
    Confident,
    Excited,
    Happy,
    Motivated,
    Peaceful,
    Ambitious,
    Cheerful,
    Comfortable,
    Creative,
    Determined,
    Energized,
    Focused,
    Fulfilled,
    Grateful,
    Included,
    Inspired,
    Optimistic,
    Proud,
    Successful,
    Valuable,
    Annoyed,
    Bored,
    Calm,
    Confused,
    Glad,
    Content,
    Pensive,
    Reserved,
    Restless,
    Shocked,
    Tired,
    Angry,
    Depressed,
    Exhausted,
    Lonely,
    Nervous,
    Anxious,
    Apathetic,
    Concerned,
    Disappointed,
    Frightened,
    Frustrated,
    Hopeless,
    Hurt,
    Jealous,
    Miserable,
    Overwhelmed,
    Skeptical,
    Stressed,
    Stuck,
    Worthless,
    Awed,
    Ashamed,
    Curious,
    Sensitive,
    Sad,
    UnknownFutureValue,
}

#[cfg(feature = "education")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.responseFeedbackType")]
pub enum ResponseFeedbackType {
    None,
    NotDetected,
    VeryUnpleasant,
    Unpleasant,
    Neutral,
    Pleasant,
    VeryPleasant,
    UnknownFutureValue,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.challengingWord")]
pub struct ChallengingWord {
    /// Not nullable.
    #[graph(non_nullable)]
    pub count: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub word: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationAiFeedbackAudienceEngagementSettings")]
pub struct EducationAiFeedbackAudienceEngagementSettings {
    /// Not nullable.
    #[graph(non_nullable)]
    pub are_engagement_strategies_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_call_to_action_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_emotional_and_intellectual_appeal_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationAiFeedbackContentSettings")]
pub struct EducationAiFeedbackContentSettings {
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_message_clarity_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_quality_of_information_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_speech_organization_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationAiFeedbackCriteria")]
pub struct EducationAiFeedbackCriteria {
    /// Not nullable.
    #[graph(non_nullable)]
    pub ai_feedback_settings: Option<EducationAiFeedbackSettings>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub speech_type: Option<EducationSpeechType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationAiFeedbackDeliverySettings")]
pub struct EducationAiFeedbackDeliverySettings {
    /// Not nullable.
    #[graph(non_nullable)]
    pub are_rhetorical_techniques_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_language_use_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_style_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationAiFeedbackSettings")]
pub struct EducationAiFeedbackSettings {
    pub audience_engagement_settings: Option<EducationAiFeedbackAudienceEngagementSettings>,
    pub content_settings: Option<EducationAiFeedbackContentSettings>,
    pub delivery_settings: Option<EducationAiFeedbackDeliverySettings>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.educationAssignmentClassRecipient",
    complex
)]
pub struct EducationAssignmentClassRecipient {
    /// The inherited properties of `educationAssignmentRecipient`.
    #[graph(base)]
    pub base: EducationAssignmentRecipient,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationAssignmentGrade", abstract)]
pub struct EducationAssignmentGrade {
    pub graded_by: Option<AnyIdentitySet>,
    pub graded_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.educationAssignmentGrade`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `EducationAssignmentGrade`, keeping its `@odata.type` and properties.
#[cfg(feature = "education")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyEducationAssignmentGrade {
    /// `microsoft.graph.educationAssignmentPointsGrade`.
    EducationAssignmentPointsGrade(EducationAssignmentPointsGrade),
    /// `microsoft.graph.educationAssignmentGrade` itself, or a type this build does not declare.
    #[graph(other)]
    Other(EducationAssignmentGrade),
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationAssignmentGradeType", abstract)]
pub struct EducationAssignmentGradeType {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.educationAssignmentGradeType`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `EducationAssignmentGradeType`, keeping its `@odata.type` and properties.
#[cfg(feature = "education")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyEducationAssignmentGradeType {
    /// `microsoft.graph.educationAssignmentPointsGradeType`.
    EducationAssignmentPointsGradeType(EducationAssignmentPointsGradeType),
    /// `microsoft.graph.educationAssignmentGradeType` itself, or a type this build does not declare.
    #[graph(other)]
    Other(EducationAssignmentGradeType),
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.educationAssignmentGroupRecipient",
    complex
)]
pub struct EducationAssignmentGroupRecipient {
    /// The inherited properties of `educationAssignmentRecipient`.
    #[graph(base)]
    pub base: EducationAssignmentRecipient,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.educationAssignmentIndividualRecipient",
    complex
)]
pub struct EducationAssignmentIndividualRecipient {
    /// The inherited properties of `educationAssignmentRecipient`.
    #[graph(base)]
    pub base: EducationAssignmentRecipient,
    pub recipients: Option<Vec<String>>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationAssignmentPointsGrade", complex)]
pub struct EducationAssignmentPointsGrade {
    /// The inherited properties of `educationAssignmentGrade`.
    #[graph(base)]
    pub base: EducationAssignmentGrade,
    pub points: Option<f32>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.educationAssignmentPointsGradeType",
    complex
)]
pub struct EducationAssignmentPointsGradeType {
    /// The inherited properties of `educationAssignmentGradeType`.
    #[graph(base)]
    pub base: EducationAssignmentGradeType,
    pub max_points: Option<f32>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationAssignmentRecipient", abstract)]
pub struct EducationAssignmentRecipient {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.educationAssignmentRecipient`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `EducationAssignmentRecipient`, keeping its `@odata.type` and properties.
#[cfg(feature = "education")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyEducationAssignmentRecipient {
    /// `microsoft.graph.educationAssignmentClassRecipient`.
    EducationAssignmentClassRecipient(EducationAssignmentClassRecipient),
    /// `microsoft.graph.educationAssignmentGroupRecipient`.
    EducationAssignmentGroupRecipient(EducationAssignmentGroupRecipient),
    /// `microsoft.graph.educationAssignmentIndividualRecipient`.
    EducationAssignmentIndividualRecipient(EducationAssignmentIndividualRecipient),
    /// `microsoft.graph.educationAssignmentRecipient` itself, or a type this build does not declare.
    #[graph(other)]
    Other(EducationAssignmentRecipient),
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationChannelResource", complex)]
pub struct EducationChannelResource {
    /// The inherited properties of `educationResource`.
    #[graph(base)]
    pub base: EducationResource,
    pub url: Option<String>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationCourse")]
pub struct EducationCourse {
    pub course_number: Option<String>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub external_id: Option<String>,
    pub subject: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationExcelResource", complex)]
pub struct EducationExcelResource {
    /// The inherited properties of `educationResource`.
    #[graph(base)]
    pub base: EducationResource,
    pub file_url: Option<String>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationExternalResource", complex)]
pub struct EducationExternalResource {
    /// The inherited properties of `educationResource`.
    #[graph(base)]
    pub base: EducationResource,
    pub web_url: Option<String>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationFeedback")]
pub struct EducationFeedback {
    pub feedback_by: Option<AnyIdentitySet>,
    pub feedback_date_time: Option<edm::DateTimeOffset>,
    pub text: Option<EducationItemBody>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationFileResource", complex)]
pub struct EducationFileResource {
    /// The inherited properties of `educationResource`.
    #[graph(base)]
    pub base: EducationResource,
    pub file_url: Option<String>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationGradingSchemeGrade")]
pub struct EducationGradingSchemeGrade {
    pub default_percentage: Option<f32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub min_percentage: Option<f32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationItemBody")]
pub struct EducationItemBody {
    pub content: Option<String>,
    pub content_type: Option<BodyType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.educationLinkedAssignmentResource",
    complex
)]
pub struct EducationLinkedAssignmentResource {
    /// The inherited properties of `educationResource`.
    #[graph(base)]
    pub base: EducationResource,
    pub url: Option<String>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationLinkResource", complex)]
pub struct EducationLinkResource {
    /// The inherited properties of `educationResource`.
    #[graph(base)]
    pub base: EducationResource,
    pub link: Option<String>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationMediaResource", complex)]
pub struct EducationMediaResource {
    /// The inherited properties of `educationResource`.
    #[graph(base)]
    pub base: EducationResource,
    pub file_url: Option<String>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationOnPremisesInfo")]
pub struct EducationOnPremisesInfo {
    pub immutable_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationPowerPointResource", complex)]
pub struct EducationPowerPointResource {
    /// The inherited properties of `educationResource`.
    #[graph(base)]
    pub base: EducationResource,
    pub file_url: Option<String>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationResource", abstract)]
pub struct EducationResource {
    #[graph(read_only)]
    pub created_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub display_name: Option<String>,
    #[graph(read_only)]
    pub last_modified_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.educationResource`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `EducationResource`, keeping its `@odata.type` and properties.
#[cfg(feature = "education")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyEducationResource {
    /// `microsoft.graph.educationChannelResource`.
    EducationChannelResource(EducationChannelResource),
    /// `microsoft.graph.educationExcelResource`.
    EducationExcelResource(EducationExcelResource),
    /// `microsoft.graph.educationExternalResource`.
    EducationExternalResource(EducationExternalResource),
    /// `microsoft.graph.educationFileResource`.
    EducationFileResource(EducationFileResource),
    /// `microsoft.graph.educationLinkedAssignmentResource`.
    EducationLinkedAssignmentResource(EducationLinkedAssignmentResource),
    /// `microsoft.graph.educationLinkResource`.
    EducationLinkResource(EducationLinkResource),
    /// `microsoft.graph.educationMediaResource`.
    EducationMediaResource(EducationMediaResource),
    /// `microsoft.graph.educationPowerPointResource`.
    EducationPowerPointResource(EducationPowerPointResource),
    /// `microsoft.graph.educationSpeakerProgressResource`.
    EducationSpeakerProgressResource(EducationSpeakerProgressResource),
    /// `microsoft.graph.educationTeamsAppResource`.
    EducationTeamsAppResource(EducationTeamsAppResource),
    /// `microsoft.graph.educationWordResource`.
    EducationWordResource(EducationWordResource),
    /// `microsoft.graph.educationResource` itself, or a type this build does not declare.
    #[graph(other)]
    Other(EducationResource),
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationSpeakerCoachAudienceEngagementSettings")]
pub struct EducationSpeakerCoachAudienceEngagementSettings {
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_body_language_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationSpeakerCoachContentSettings")]
pub struct EducationSpeakerCoachContentSettings {
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_inclusiveness_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_repetitive_language_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationSpeakerCoachDeliverySettings")]
pub struct EducationSpeakerCoachDeliverySettings {
    /// Not nullable.
    #[graph(non_nullable)]
    pub are_filler_words_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_pace_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_pitch_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_pronunciation_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationSpeakerCoachSettings")]
pub struct EducationSpeakerCoachSettings {
    pub audience_engagement_settings: Option<EducationSpeakerCoachAudienceEngagementSettings>,
    pub content_settings: Option<EducationSpeakerCoachContentSettings>,
    pub delivery_settings: Option<EducationSpeakerCoachDeliverySettings>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.educationSpeakerProgressResource",
    complex
)]
pub struct EducationSpeakerProgressResource {
    /// The inherited properties of `educationResource`.
    #[graph(base)]
    pub base: EducationResource,
    pub ai_feedback_criteria: Option<EducationAiFeedbackCriteria>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_ai_feedback_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_video_required: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub max_recording_attempts: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub presentation_title: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub recording_time_limit_in_minutes: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub show_rehearsal_report_to_student_before_media_upload: Option<bool>,
    pub speaker_coach_settings: Option<EducationSpeakerCoachSettings>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub spoken_language_locale: Option<String>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationStudent")]
pub struct EducationStudent {
    pub birth_date: Option<edm::Date>,
    pub external_id: Option<String>,
    pub gender: Option<EducationGender>,
    pub grade: Option<String>,
    pub graduation_year: Option<String>,
    pub student_number: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.educationSubmissionIndividualRecipient",
    complex
)]
pub struct EducationSubmissionIndividualRecipient {
    /// The inherited properties of `educationSubmissionRecipient`.
    #[graph(base)]
    pub base: EducationSubmissionRecipient,
    pub user_id: Option<String>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationSubmissionRecipient", abstract)]
pub struct EducationSubmissionRecipient {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.educationSubmissionRecipient`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `EducationSubmissionRecipient`, keeping its `@odata.type` and properties.
#[cfg(feature = "education")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyEducationSubmissionRecipient {
    /// `microsoft.graph.educationSubmissionIndividualRecipient`.
    EducationSubmissionIndividualRecipient(EducationSubmissionIndividualRecipient),
    /// `microsoft.graph.educationSubmissionRecipient` itself, or a type this build does not declare.
    #[graph(other)]
    Other(EducationSubmissionRecipient),
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationTeacher")]
pub struct EducationTeacher {
    pub external_id: Option<String>,
    pub teacher_number: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationTeamsAppResource", complex)]
pub struct EducationTeamsAppResource {
    /// The inherited properties of `educationResource`.
    #[graph(base)]
    pub base: EducationResource,
    pub app_icon_web_url: Option<String>,
    pub app_id: Option<String>,
    pub teams_embedded_content_url: Option<String>,
    pub web_url: Option<String>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationTerm")]
pub struct EducationTerm {
    pub display_name: Option<String>,
    pub end_date: Option<edm::Date>,
    pub external_id: Option<String>,
    pub start_date: Option<edm::Date>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationWordResource", complex)]
pub struct EducationWordResource {
    /// The inherited properties of `educationResource`.
    #[graph(base)]
    pub base: EducationResource,
    pub file_url: Option<String>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.relatedContact")]
pub struct RelatedContact {
    pub access_consent: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub email_address: Option<String>,
    pub mobile_phone: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub relationship: Option<ContactRelationship>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.rubricCriterion")]
pub struct RubricCriterion {
    pub description: Option<EducationItemBody>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.rubricLevel")]
pub struct RubricLevel {
    pub description: Option<EducationItemBody>,
    pub display_name: Option<String>,
    pub grading: Option<AnyEducationAssignmentGradeType>,
    pub level_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.rubricQuality")]
pub struct RubricQuality {
    pub criteria: Option<Vec<RubricCriterion>>,
    pub description: Option<EducationItemBody>,
    pub display_name: Option<String>,
    pub quality_id: Option<String>,
    pub weight: Option<f32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.rubricQualityFeedbackModel")]
pub struct RubricQualityFeedbackModel {
    pub feedback: Option<EducationItemBody>,
    pub quality_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.rubricQualitySelectedColumnModel")]
pub struct RubricQualitySelectedColumnModel {
    pub column_id: Option<String>,
    pub quality_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.educationAssignment",
    contains(name = "categories", target = EducationCategory),
    contains(name = "resources", target = EducationAssignmentResource),
    contains(name = "rubric", target = EducationRubric, single),
    contains(name = "submissions", target = EducationSubmission),
    action(name = "activate", returns = EducationAssignment),
    action(name = "deactivate", returns = EducationAssignment),
    action(name = "publish", returns = EducationAssignment),
    action(name = "setUpFeedbackResourcesFolder", returns = EducationAssignment),
    action(name = "setUpResourcesFolder", returns = EducationAssignment),
    function(name = "delta", collection, returns = Page<DeltaItem<EducationAssignment>>)
)]
pub struct EducationAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub added_student_action: Option<EducationAddedStudentAction>,
    pub add_to_calendar_action: Option<EducationAddToCalendarOptions>,
    pub allow_late_submissions: Option<bool>,
    pub allow_students_to_add_resources_to_submission: Option<bool>,
    #[graph(read_only)]
    pub assign_date_time: Option<edm::DateTimeOffset>,
    #[graph(read_only)]
    pub assigned_date_time: Option<edm::DateTimeOffset>,
    pub assign_to: Option<AnyEducationAssignmentRecipient>,
    pub class_id: Option<String>,
    pub close_date_time: Option<edm::DateTimeOffset>,
    #[graph(read_only)]
    pub created_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub display_name: Option<String>,
    pub due_date_time: Option<edm::DateTimeOffset>,
    #[graph(read_only)]
    pub feedback_resources_folder_url: Option<String>,
    pub grading: Option<AnyEducationAssignmentGradeType>,
    pub instructions: Option<EducationItemBody>,
    pub language_tag: Option<String>,
    #[graph(read_only)]
    pub last_modified_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub module_url: Option<String>,
    pub notification_channel_url: Option<String>,
    #[graph(read_only)]
    pub resources_folder_url: Option<String>,
    #[graph(read_only)]
    pub status: Option<EducationAssignmentStatus>,
    #[graph(read_only)]
    pub web_url: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub categories: Option<Vec<EducationCategory>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub grading_category: Option<EducationGradingCategory>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub grading_scheme: Option<EducationGradingScheme>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resources: Option<Vec<EducationAssignmentResource>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub rubric: Option<EducationRubric>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub submissions: Option<Vec<EducationSubmission>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.educationAssignmentDefaults"
)]
pub struct EducationAssignmentDefaults {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub added_student_action: Option<EducationAddedStudentAction>,
    pub add_to_calendar_action: Option<EducationAddToCalendarOptions>,
    pub due_time: Option<edm::TimeOfDay>,
    pub notification_channel_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.educationAssignmentResource",
    contains(name = "dependentResources", target = EducationAssignmentResource)
)]
pub struct EducationAssignmentResource {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub distribute_for_student_work: Option<bool>,
    pub resource: Option<AnyEducationResource>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub dependent_resources: Option<Vec<EducationAssignmentResource>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.educationAssignmentSettings",
    contains(name = "gradingCategories", target = EducationGradingCategory),
    contains(name = "gradingSchemes", target = EducationGradingScheme)
)]
pub struct EducationAssignmentSettings {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub submission_animation_disabled: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub default_grading_scheme: Option<EducationGradingScheme>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub grading_categories: Option<Vec<EducationGradingCategory>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub grading_schemes: Option<Vec<EducationGradingScheme>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.educationCategory",
    function(name = "delta", collection, returns = Page<DeltaItem<EducationCategory>>)
)]
pub struct EducationCategory {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.educationClass",
    path = "/education/classes",
    contains(name = "assignmentCategories", target = EducationCategory),
    contains(name = "assignmentDefaults", target = EducationAssignmentDefaults, single),
    contains(name = "assignments", target = EducationAssignment),
    contains(name = "assignmentSettings", target = EducationAssignmentSettings, single),
    contains(name = "modules", target = EducationModule),
    function(name = "delta", collection, returns = Page<DeltaItem<EducationClass>>),
    function(name = "getRecentlyModifiedSubmissions", returns = Page<EducationSubmission>)
)]
pub struct EducationClass {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub class_code: Option<String>,
    pub course: Option<EducationCourse>,
    pub created_by: Option<AnyIdentitySet>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub external_id: Option<String>,
    pub external_name: Option<String>,
    pub external_source: Option<EducationExternalSource>,
    pub external_source_detail: Option<String>,
    pub grade: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub mail_nickname: Option<String>,
    pub term: Option<EducationTerm>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignment_categories: Option<Vec<EducationCategory>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignment_defaults: Option<EducationAssignmentDefaults>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignments: Option<Vec<EducationAssignment>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignment_settings: Option<EducationAssignmentSettings>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub group: Option<Group>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub members: Option<Vec<EducationUser>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub modules: Option<Vec<EducationModule>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub schools: Option<Vec<EducationSchool>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub teachers: Option<Vec<EducationUser>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationFeedbackOutcome")]
pub struct EducationFeedbackOutcome {
    /// The inherited properties of `educationOutcome`.
    #[graph(base)]
    pub base: EducationOutcome,
    pub feedback: Option<EducationFeedback>,
    pub published_feedback: Option<EducationFeedback>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationFeedbackResourceOutcome")]
pub struct EducationFeedbackResourceOutcome {
    /// The inherited properties of `educationOutcome`.
    #[graph(base)]
    pub base: EducationOutcome,
    pub feedback_resource: Option<AnyEducationResource>,
    pub resource_status: Option<EducationFeedbackResourceOutcomeStatus>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.educationGradingCategory"
)]
pub struct EducationGradingCategory {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub percentage_weight: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.educationGradingScheme")]
pub struct EducationGradingScheme {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub grades: Option<Vec<EducationGradingSchemeGrade>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub hide_points_during_grading: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.educationModule",
    contains(name = "resources", target = EducationModuleResource),
    action(name = "pin", returns = EducationModule),
    action(name = "publish", returns = EducationModule),
    action(name = "setUpResourcesFolder", returns = EducationModule),
    action(name = "unpin", returns = EducationModule)
)]
pub struct EducationModule {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub created_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub is_pinned: Option<bool>,
    #[graph(read_only)]
    pub last_modified_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    #[graph(read_only)]
    pub resources_folder_url: Option<String>,
    #[graph(read_only)]
    pub status: Option<EducationModuleStatus>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resources: Option<Vec<EducationModuleResource>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.educationModuleResource"
)]
pub struct EducationModuleResource {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub resource: Option<AnyEducationResource>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.educationOutcome",
    abstract
)]
pub struct EducationOutcome {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub last_modified_by: Option<AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.educationOutcome`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `EducationOutcome`, keeping its `@odata.type` and properties.
#[cfg(feature = "education")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyEducationOutcome {
    /// `microsoft.graph.educationFeedbackOutcome`.
    EducationFeedbackOutcome(EducationFeedbackOutcome),
    /// `microsoft.graph.educationFeedbackResourceOutcome`.
    EducationFeedbackResourceOutcome(EducationFeedbackResourceOutcome),
    /// `microsoft.graph.educationPointsOutcome`.
    EducationPointsOutcome(EducationPointsOutcome),
    /// `microsoft.graph.educationRubricOutcome`.
    EducationRubricOutcome(EducationRubricOutcome),
    /// `microsoft.graph.educationOutcome` itself, or a type this build does not declare.
    #[graph(other)]
    Other(EducationOutcome),
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationPointsOutcome")]
pub struct EducationPointsOutcome {
    /// The inherited properties of `educationOutcome`.
    #[graph(base)]
    pub base: EducationOutcome,
    pub points: Option<EducationAssignmentPointsGrade>,
    pub published_points: Option<EducationAssignmentPointsGrade>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.educationRoot",
    keyless,
    singleton = "/education",
    contains(name = "classes", target = EducationClass),
    contains(name = "me", target = EducationUser, single),
    contains(name = "reports", target = ReportsRoot, single),
    contains(name = "schools", target = EducationSchool),
    contains(name = "users", target = EducationUser)
)]
pub struct EducationRoot {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub classes: Option<Vec<EducationClass>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub me: Option<EducationUser>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub reports: Option<ReportsRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub schools: Option<Vec<EducationSchool>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub users: Option<Vec<EducationUser>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.educationRubric")]
pub struct EducationRubric {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub created_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<EducationItemBody>,
    pub display_name: Option<String>,
    pub grading: Option<AnyEducationAssignmentGradeType>,
    #[graph(read_only)]
    pub last_modified_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub levels: Option<Vec<RubricLevel>>,
    pub qualities: Option<Vec<RubricQuality>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.educationRubricOutcome")]
pub struct EducationRubricOutcome {
    /// The inherited properties of `educationOutcome`.
    #[graph(base)]
    pub base: EducationOutcome,
    pub published_rubric_quality_feedback: Option<Vec<RubricQualityFeedbackModel>>,
    pub published_rubric_quality_selected_levels: Option<Vec<RubricQualitySelectedColumnModel>>,
    pub rubric_quality_feedback: Option<Vec<RubricQualityFeedbackModel>>,
    pub rubric_quality_selected_levels: Option<Vec<RubricQualitySelectedColumnModel>>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.educationSchool",
    path = "/education/schools",
    function(name = "delta", collection, returns = Page<DeltaItem<EducationSchool>>)
)]
pub struct EducationSchool {
    /// The inherited properties of `educationOrganization`.
    #[graph(base)]
    pub base: EducationOrganization,
    pub address: Option<PhysicalAddress>,
    pub created_by: Option<AnyIdentitySet>,
    pub external_id: Option<String>,
    pub external_principal_id: Option<String>,
    pub fax: Option<String>,
    pub highest_grade: Option<String>,
    pub lowest_grade: Option<String>,
    pub phone: Option<String>,
    pub principal_email: Option<String>,
    pub principal_name: Option<String>,
    pub school_number: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `directoryObjects`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "directoryObjects")]
    #[graph(read_only)]
    pub administrative_unit: Option<AdministrativeUnit>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub classes: Option<Vec<EducationClass>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub users: Option<Vec<EducationUser>>,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.educationSubmission",
    contains(name = "outcomes", target = EducationOutcome),
    contains(name = "resources", target = EducationSubmissionResource),
    contains(name = "submittedResources", target = EducationSubmissionResource),
    action(name = "excuse", returns = EducationSubmission),
    action(name = "reassign", returns = EducationSubmission),
    action(name = "return", returns = EducationSubmission),
    action(name = "setUpResourcesFolder", returns = EducationSubmission),
    action(name = "submit", returns = EducationSubmission),
    action(name = "unsubmit", returns = EducationSubmission)
)]
pub struct EducationSubmission {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub assignment_id: Option<String>,
    #[graph(read_only)]
    pub excused_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub excused_date_time: Option<edm::DateTimeOffset>,
    #[graph(read_only)]
    pub last_modified_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    #[graph(read_only)]
    pub reassigned_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub reassigned_date_time: Option<edm::DateTimeOffset>,
    pub recipient: Option<AnyEducationSubmissionRecipient>,
    #[graph(read_only)]
    pub resources_folder_url: Option<String>,
    #[graph(read_only)]
    pub returned_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub returned_date_time: Option<edm::DateTimeOffset>,
    #[graph(read_only)]
    pub status: Option<EducationSubmissionStatus>,
    #[graph(read_only)]
    pub submitted_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub submitted_date_time: Option<edm::DateTimeOffset>,
    #[graph(read_only)]
    pub unsubmitted_by: Option<AnyIdentitySet>,
    #[graph(read_only)]
    pub unsubmitted_date_time: Option<edm::DateTimeOffset>,
    #[graph(read_only)]
    pub web_url: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub outcomes: Option<Vec<AnyEducationOutcome>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resources: Option<Vec<EducationSubmissionResource>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub submitted_resources: Option<Vec<EducationSubmissionResource>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.educationSubmissionResource",
    contains(name = "dependentResources", target = EducationSubmissionResource)
)]
pub struct EducationSubmissionResource {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub assignment_resource_url: Option<String>,
    pub resource: Option<AnyEducationResource>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub dependent_resources: Option<Vec<EducationSubmissionResource>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.educationUser",
    path = "/education/users",
    contains(name = "assignments", target = EducationAssignment),
    contains(name = "rubrics", target = EducationRubric),
    function(name = "delta", collection, returns = Page<DeltaItem<EducationUser>>)
)]
pub struct EducationUser {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub account_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub assigned_licenses: Option<Vec<AssignedLicense>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub assigned_plans: Option<Vec<AssignedPlan>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub business_phones: Option<Vec<String>>,
    pub created_by: Option<AnyIdentitySet>,
    pub department: Option<String>,
    pub display_name: Option<String>,
    pub external_source: Option<EducationExternalSource>,
    pub external_source_detail: Option<String>,
    pub given_name: Option<String>,
    pub mail: Option<String>,
    pub mailing_address: Option<PhysicalAddress>,
    pub mail_nickname: Option<String>,
    pub middle_name: Option<String>,
    pub mobile_phone: Option<String>,
    pub office_location: Option<String>,
    pub on_premises_info: Option<EducationOnPremisesInfo>,
    pub password_policies: Option<String>,
    pub password_profile: Option<PasswordProfile>,
    pub preferred_language: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub primary_role: Option<EducationUserRole>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub provisioned_plans: Option<Vec<ProvisionedPlan>>,
    pub refresh_tokens_valid_from_date_time: Option<edm::DateTimeOffset>,
    pub related_contacts: Option<Vec<RelatedContact>>,
    pub residence_address: Option<PhysicalAddress>,
    pub show_in_address_list: Option<bool>,
    pub student: Option<EducationStudent>,
    pub surname: Option<String>,
    pub teacher: Option<EducationTeacher>,
    pub usage_location: Option<String>,
    pub user_principal_name: Option<String>,
    pub user_type: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub assignments: Option<Vec<EducationAssignment>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub classes: Option<Vec<EducationClass>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub rubrics: Option<Vec<EducationRubric>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub schools: Option<Vec<EducationSchool>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub taught_classes: Option<Vec<EducationClass>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `users`, `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    #[graph(read_only)]
    pub user: Option<User>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.readingAssignmentSubmission"
)]
pub struct ReadingAssignmentSubmission {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub accuracy_score: Option<edm::Double>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub action: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub assignment_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub challenging_words: Option<Vec<ChallengingWord>>,
    pub class_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub insertions: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub mispronunciations: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub missed_exclamation_marks: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub missed_periods: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub missed_question_marks: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub missed_shorts: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub monotone_score: Option<edm::Double>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub omissions: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub repetitions: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub self_corrections: Option<edm::Int64>,
    pub student_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub submission_date_time: Option<edm::DateTimeOffset>,
    pub submission_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub unexpected_pauses: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub word_count: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub words_per_minute: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.readingCoachPassage")]
pub struct ReadingCoachPassage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_reading_completed: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub language_tag: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub practiced_at_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub practice_words: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub story_type: Option<ReadingCoachStoryType>,
    pub student_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub time_spent_reading_in_seconds: Option<edm::Double>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub words_accuracy_percentage: Option<edm::Double>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub words_per_minute: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.reflectCheckInResponse")]
pub struct ReflectCheckInResponse {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub check_in_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub check_in_title: Option<String>,
    pub class_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub creator_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_closed: Option<bool>,
    pub responder_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub response_emotion: Option<ResponseEmotionType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub response_feedback: Option<ResponseFeedbackType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub submit_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.reportsRoot",
    contains(name = "readingAssignmentSubmissions", target = ReadingAssignmentSubmission),
    contains(name = "readingCoachPassages", target = ReadingCoachPassage),
    contains(name = "reflectCheckInResponses", target = ReflectCheckInResponse),
    contains(name = "speakerAssignmentSubmissions", target = SpeakerAssignmentSubmission)
)]
pub struct ReportsRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub reading_assignment_submissions: Option<Vec<ReadingAssignmentSubmission>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub reading_coach_passages: Option<Vec<ReadingCoachPassage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub reflect_check_in_responses: Option<Vec<ReflectCheckInResponse>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub speaker_assignment_submissions: Option<Vec<SpeakerAssignmentSubmission>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "education")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.speakerAssignmentSubmission"
)]
pub struct SpeakerAssignmentSubmission {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub assignment_id: Option<String>,
    pub average_words_per_minute_pace: Option<edm::Int64>,
    pub class_id: Option<String>,
    pub filler_words_occurrences_count: Option<edm::Int64>,
    pub incorrect_camera_distance_occurrences_count: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub length_of_submission_in_seconds: Option<edm::Double>,
    pub lost_eye_contact_occurrences_count: Option<edm::Int64>,
    pub monotone_occurrences_count: Option<edm::Int64>,
    pub non_inclusive_language_occurrences_count: Option<edm::Int64>,
    pub obstructed_view_occurrences_count: Option<edm::Int64>,
    pub repetitive_language_occurrences_count: Option<edm::Int64>,
    pub student_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub submission_date_time: Option<edm::DateTimeOffset>,
    pub submission_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub top_filler_words: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub top_mispronounced_words: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub top_non_inclusive_words_and_phrases: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub top_repetitive_words_and_phrases: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub words_spoken_count: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
