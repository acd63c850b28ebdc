//! The types of the area `groups`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(any(feature = "groups", feature = "users"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.attachmentType")]
pub enum AttachmentType {
    File,
    Item,
    Reference,
}

#[cfg(any(feature = "groups", feature = "users", feature = "identityGovernance"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.attendeeType")]
pub enum AttendeeType {
    Required,
    Optional,
    Resource,
}

#[cfg(any(feature = "groups", feature = "users"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.calendarColor")]
pub enum CalendarColor {
    Auto,
    LightBlue,
    LightGreen,
    LightOrange,
    LightGray,
    LightYellow,
    LightTeal,
    LightPink,
    LightBrown,
    LightRed,
    MaxColor,
}

#[cfg(any(feature = "groups", feature = "users"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.calendarRoleType")]
pub enum CalendarRoleType {
    None,
    FreeBusyRead,
    LimitedRead,
    Read,
    Write,
    DelegateWithoutPrivateEventAccess,
    DelegateWithPrivateEventAccess,
    Custom,
}

#[cfg(any(feature = "groups", feature = "users"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.eventType")]
pub enum EventType {
    SingleInstance,
    Occurrence,
    Exception,
    SeriesMaster,
}

#[cfg(any(feature = "groups", feature = "users", feature = "identityGovernance"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.freeBusyStatus")]
pub enum FreeBusyStatus {
    Unknown,
    Free,
    Tentative,
    Busy,
    Oof,
    WorkingElsewhere,
}

#[cfg(feature = "groups")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.groupAccessType")]
pub enum GroupAccessType {
    None,
    Private,
    Secret,
    Public,
    UnknownFutureValue,
}

#[cfg(any(feature = "groups", feature = "users", feature = "identityGovernance"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.importance")]
pub enum Importance {
    Low,
    Normal,
    High,
}

#[cfg(any(
    feature = "groups",
    feature = "users",
    feature = "identityGovernance",
    feature = "solutions",
    feature = "other"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.locationType")]
pub enum LocationType {
    Default,
    ConferenceRoom,
    HomeAddress,
    BusinessAddress,
    GeoCoordinates,
    StreetAddress,
    Hotel,
    Restaurant,
    LocalBusiness,
    PostalAddress,
}

#[cfg(any(
    feature = "groups",
    feature = "users",
    feature = "identityGovernance",
    feature = "solutions",
    feature = "other"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.locationUniqueIdType")]
pub enum LocationUniqueIdType {
    Unknown,
    LocationStore,
    Directory,
    Private,
    Bing,
}

#[cfg(feature = "groups")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.onenotePatchActionType")]
pub enum OnenotePatchActionType {
    #[graph(rename = "Replace")]
    Replace,
    #[graph(rename = "Append")]
    Append,
    #[graph(rename = "Delete")]
    Delete,
    #[graph(rename = "Insert")]
    Insert,
    #[graph(rename = "Prepend")]
    Prepend,
}

#[cfg(feature = "groups")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.onenotePatchInsertPosition")]
pub enum OnenotePatchInsertPosition {
    #[graph(rename = "After")]
    After,
    #[graph(rename = "Before")]
    Before,
}

#[cfg(feature = "groups")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.onenoteSourceService")]
pub enum OnenoteSourceService {
    #[graph(rename = "Unknown")]
    Unknown,
    #[graph(rename = "OneDrive")]
    OneDrive,
    #[graph(rename = "OneDriveForBusiness")]
    OneDriveForBusiness,
    #[graph(rename = "OnPremOneDriveForBusiness")]
    OnPremOneDriveForBusiness,
}

#[cfg(feature = "groups")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.onenoteUserRole")]
pub enum OnenoteUserRole {
    #[graph(rename = "None")]
    None,
    #[graph(rename = "Owner")]
    Owner,
    #[graph(rename = "Contributor")]
    Contributor,
    #[graph(rename = "Reader")]
    Reader,
}

#[cfg(any(feature = "groups", feature = "users"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.onlineMeetingProviderType")]
pub enum OnlineMeetingProviderType {
    Unknown,
    SkypeForBusiness,
    SkypeForConsumer,
    TeamsForBusiness,
}

#[cfg(any(
    feature = "groups",
    feature = "teams",
    feature = "communications",
    feature = "other"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.operationStatus")]
pub enum OperationStatus {
    #[graph(rename = "NotStarted")]
    NotStarted,
    #[graph(rename = "Running")]
    Running,
    #[graph(rename = "Completed")]
    Completed,
    #[graph(rename = "Failed")]
    Failed,
}

#[cfg(any(
    feature = "groups",
    feature = "users",
    feature = "identityGovernance",
    feature = "roleManagement",
    feature = "other"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.recurrencePatternType")]
pub enum RecurrencePatternType {
    Daily,
    Weekly,
    AbsoluteMonthly,
    RelativeMonthly,
    AbsoluteYearly,
    RelativeYearly,
}

#[cfg(any(
    feature = "groups",
    feature = "users",
    feature = "identityGovernance",
    feature = "roleManagement",
    feature = "other"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.recurrenceRangeType")]
pub enum RecurrenceRangeType {
    EndDate,
    NoEnd,
    Numbered,
}

#[cfg(any(feature = "groups", feature = "users"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.responseType")]
pub enum ResponseType {
    None,
    Organizer,
    TentativelyAccepted,
    Accepted,
    Declined,
    NotResponded,
}

#[cfg(any(feature = "groups", feature = "users"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.sensitivity")]
pub enum Sensitivity {
    Normal,
    Personal,
    Private,
    Confidential,
}

#[cfg(any(
    feature = "groups",
    feature = "users",
    feature = "identityGovernance",
    feature = "roleManagement",
    feature = "other"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.weekIndex")]
pub enum WeekIndex {
    First,
    Second,
    Third,
    Fourth,
    Last,
}

#[cfg(any(feature = "groups", feature = "storage"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.assignedLabel")]
pub struct AssignedLabel {
    pub display_name: Option<String>,
    pub label_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "groups",
    feature = "users",
    feature = "education",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.assignedLicense")]
pub struct AssignedLicense {
    /// Not nullable.
    #[graph(non_nullable)]
    pub disabled_plans: Option<Vec<edm::Guid>>,
    pub sku_id: Option<edm::Guid>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attachmentItem")]
pub struct AttachmentItem {
    pub attachment_type: Option<AttachmentType>,
    pub content_id: Option<String>,
    pub content_type: Option<String>,
    pub is_inline: Option<bool>,
    pub name: Option<String>,
    pub size: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attendee", complex)]
pub struct Attendee {
    /// The inherited properties of `attendeeBase`.
    #[graph(base)]
    pub base: AttendeeBase,
    pub proposed_new_time: Option<TimeSlot>,
    pub status: Option<ResponseStatus>,
}

#[cfg(any(feature = "groups", feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attendeeBase", complex)]
pub struct AttendeeBase {
    /// The inherited properties of `recipient`.
    #[graph(base)]
    pub base: Recipient,
    pub r#type: Option<AttendeeType>,
}

/// A `microsoft.graph.attendeeBase`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `AttendeeBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "groups", feature = "users", feature = "identityGovernance"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAttendeeBase {
    /// `microsoft.graph.attendee`.
    #[cfg(feature = "groups")]
    Attendee(Attendee),
    /// `microsoft.graph.attendeeBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AttendeeBase),
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.CopyNotebookModel")]
pub struct CopyNotebookModel {
    pub created_by: Option<String>,
    pub created_by_identity: Option<AnyIdentitySet>,
    pub created_time: Option<edm::DateTimeOffset>,
    pub id: Option<String>,
    pub is_default: Option<bool>,
    pub is_shared: Option<bool>,
    pub last_modified_by: Option<String>,
    pub last_modified_by_identity: Option<AnyIdentitySet>,
    pub last_modified_time: Option<edm::DateTimeOffset>,
    pub links: Option<NotebookLinks>,
    pub name: Option<String>,
    pub section_groups_url: Option<String>,
    pub sections_url: Option<String>,
    pub self_: Option<String>,
    pub user_role: Option<OnenoteUserRole>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "groups", feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.customTimeZone", complex)]
pub struct CustomTimeZone {
    /// The inherited properties of `timeZoneBase`.
    #[graph(base)]
    pub base: TimeZoneBase,
    pub bias: Option<i32>,
    pub daylight_offset: Option<DaylightTimeZoneOffset>,
    pub standard_offset: Option<AnyStandardTimeZoneOffset>,
}

#[cfg(any(feature = "groups", feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.daylightTimeZoneOffset", complex)]
pub struct DaylightTimeZoneOffset {
    /// The inherited properties of `standardTimeZoneOffset`.
    #[graph(base)]
    pub base: StandardTimeZoneOffset,
    pub daylight_bias: Option<i32>,
}

#[cfg(any(
    feature = "groups",
    feature = "invitations",
    feature = "users",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.emailAddress")]
pub struct EmailAddress {
    pub address: Option<String>,
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalLink")]
pub struct ExternalLink {
    pub href: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "groups", feature = "users"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.freeBusyError")]
pub struct FreeBusyError {
    pub message: Option<String>,
    pub response_code: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.licenseProcessingState")]
pub struct LicenseProcessingState {
    pub state: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "groups",
    feature = "users",
    feature = "identityGovernance",
    feature = "solutions",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.location")]
pub struct Location {
    pub address: Option<PhysicalAddress>,
    pub coordinates: Option<OutlookGeoCoordinates>,
    pub display_name: Option<String>,
    pub location_email_address: Option<String>,
    pub location_type: Option<LocationType>,
    pub location_uri: Option<String>,
    pub unique_id: Option<String>,
    pub unique_id_type: Option<LocationUniqueIdType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.location`: the type itself or any of its derived types this build declares (a
/// value without `@odata.type` is the type itself); a value of another derived type reads as
/// `Location`, keeping its `@odata.type` and properties.
#[cfg(any(
    feature = "groups",
    feature = "users",
    feature = "identityGovernance",
    feature = "solutions",
    feature = "other"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyLocation {
    /// `microsoft.graph.locationConstraintItem`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    LocationConstraintItem(LocationConstraintItem),
    /// `microsoft.graph.location` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Location),
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.notebookLinks")]
pub struct NotebookLinks {
    pub one_note_client_url: Option<ExternalLink>,
    pub one_note_web_url: Option<ExternalLink>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onenoteOperationError")]
pub struct OnenoteOperationError {
    pub code: Option<String>,
    pub message: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onenotePagePreview")]
pub struct OnenotePagePreview {
    pub links: Option<OnenotePagePreviewLinks>,
    pub preview_text: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onenotePagePreviewLinks")]
pub struct OnenotePagePreviewLinks {
    pub preview_image_url: Option<ExternalLink>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onenotePatchContentCommand")]
pub struct OnenotePatchContentCommand {
    /// Not nullable.
    #[graph(non_nullable)]
    pub action: Option<OnenotePatchActionType>,
    pub content: Option<String>,
    pub position: Option<OnenotePatchInsertPosition>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub target: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onlineMeetingInfo")]
pub struct OnlineMeetingInfo {
    pub conference_id: Option<String>,
    pub join_url: Option<String>,
    pub phones: Option<Vec<Phone>>,
    pub quick_dial: Option<String>,
    pub toll_free_numbers: Option<Vec<String>>,
    pub toll_number: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "groups", feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onPremisesExtensionAttributes")]
pub struct OnPremisesExtensionAttributes {
    pub extension_attribute1: Option<String>,
    pub extension_attribute10: Option<String>,
    pub extension_attribute11: Option<String>,
    pub extension_attribute12: Option<String>,
    pub extension_attribute13: Option<String>,
    pub extension_attribute14: Option<String>,
    pub extension_attribute15: Option<String>,
    pub extension_attribute2: Option<String>,
    pub extension_attribute3: Option<String>,
    pub extension_attribute4: Option<String>,
    pub extension_attribute5: Option<String>,
    pub extension_attribute6: Option<String>,
    pub extension_attribute7: Option<String>,
    pub extension_attribute8: Option<String>,
    pub extension_attribute9: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.pageLinks")]
pub struct PageLinks {
    pub one_note_client_url: Option<ExternalLink>,
    pub one_note_web_url: Option<ExternalLink>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "groups",
    feature = "users",
    feature = "identityGovernance",
    feature = "roleManagement",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.patternedRecurrence")]
pub struct PatternedRecurrence {
    pub pattern: Option<RecurrencePattern>,
    pub range: Option<RecurrenceRange>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.recentNotebook")]
pub struct RecentNotebook {
    pub display_name: Option<String>,
    pub last_accessed_time: Option<edm::DateTimeOffset>,
    pub links: Option<RecentNotebookLinks>,
    pub source_service: Option<OnenoteSourceService>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.recentNotebookLinks")]
pub struct RecentNotebookLinks {
    pub one_note_client_url: Option<ExternalLink>,
    pub one_note_web_url: Option<ExternalLink>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "groups",
    feature = "invitations",
    feature = "users",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.recipient")]
pub struct Recipient {
    pub email_address: Option<EmailAddress>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.recipient`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `Recipient`, keeping its `@odata.type` and properties.
#[cfg(any(
    feature = "groups",
    feature = "invitations",
    feature = "users",
    feature = "identityGovernance"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyRecipient {
    /// `microsoft.graph.attendeeBase`.
    #[cfg(any(feature = "groups", feature = "users", feature = "identityGovernance"))]
    AttendeeBase(AttendeeBase),
    /// `microsoft.graph.attendee`.
    #[cfg(feature = "groups")]
    Attendee(Attendee),
    /// `microsoft.graph.recipient` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Recipient),
}

#[cfg(any(
    feature = "groups",
    feature = "users",
    feature = "identityGovernance",
    feature = "roleManagement",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.recurrencePattern")]
pub struct RecurrencePattern {
    /// Not nullable.
    #[graph(non_nullable)]
    pub day_of_month: Option<i32>,
    pub days_of_week: Option<Vec<DayOfWeek>>,
    pub first_day_of_week: Option<DayOfWeek>,
    pub index: Option<WeekIndex>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub interval: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub month: Option<i32>,
    pub r#type: Option<RecurrencePatternType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "groups",
    feature = "users",
    feature = "identityGovernance",
    feature = "roleManagement",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.recurrenceRange")]
pub struct RecurrenceRange {
    pub end_date: Option<edm::Date>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub number_of_occurrences: Option<i32>,
    pub recurrence_time_zone: Option<String>,
    pub start_date: Option<edm::Date>,
    pub r#type: Option<RecurrenceRangeType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.responseStatus")]
pub struct ResponseStatus {
    pub response: Option<ResponseType>,
    pub time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "groups", feature = "users"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.scheduleInformation")]
pub struct ScheduleInformation {
    pub availability_view: Option<String>,
    pub error: Option<FreeBusyError>,
    pub schedule_id: Option<String>,
    pub schedule_items: Option<Vec<ScheduleItem>>,
    pub working_hours: Option<WorkingHours>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "groups", feature = "users"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.scheduleItem")]
pub struct ScheduleItem {
    pub end: Option<DateTimeTimeZone>,
    pub is_private: Option<bool>,
    pub location: Option<String>,
    pub start: Option<DateTimeTimeZone>,
    pub status: Option<FreeBusyStatus>,
    pub subject: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sectionLinks")]
pub struct SectionLinks {
    pub one_note_client_url: Option<ExternalLink>,
    pub one_note_web_url: Option<ExternalLink>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "groups", feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.standardTimeZoneOffset")]
pub struct StandardTimeZoneOffset {
    pub day_occurrence: Option<i32>,
    pub day_of_week: Option<DayOfWeek>,
    pub month: Option<i32>,
    pub time: Option<edm::TimeOfDay>,
    pub year: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.standardTimeZoneOffset`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `StandardTimeZoneOffset`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "groups", feature = "users", feature = "identityGovernance"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyStandardTimeZoneOffset {
    /// `microsoft.graph.daylightTimeZoneOffset`.
    DaylightTimeZoneOffset(DaylightTimeZoneOffset),
    /// `microsoft.graph.standardTimeZoneOffset` itself, or a type this build does not declare.
    #[graph(other)]
    Other(StandardTimeZoneOffset),
}

#[cfg(any(feature = "groups", feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timeSlot")]
pub struct TimeSlot {
    /// Not nullable.
    #[graph(non_nullable)]
    pub end: Option<DateTimeTimeZone>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub start: Option<DateTimeTimeZone>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "groups", feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timeZoneBase")]
pub struct TimeZoneBase {
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.timeZoneBase`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `TimeZoneBase`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "groups", feature = "users", feature = "identityGovernance"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyTimeZoneBase {
    /// `microsoft.graph.customTimeZone`.
    CustomTimeZone(CustomTimeZone),
    /// `microsoft.graph.timeZoneBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(TimeZoneBase),
}

#[cfg(any(feature = "groups", feature = "users", feature = "identityGovernance"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.workingHours")]
pub struct WorkingHours {
    pub days_of_week: Option<Vec<DayOfWeek>>,
    pub end_time: Option<edm::TimeOfDay>,
    pub start_time: Option<edm::TimeOfDay>,
    pub time_zone: Option<AnyTimeZoneBase>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.attachment",
    abstract,
    action(
        name = "createUploadSession",
        collection,
        parameters = AttachmentCollectionCreateUploadSessionParameters,
        returns = UploadSession
    )
)]
pub struct Attachment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub content_type: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_inline: Option<bool>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub size: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.attachment`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `Attachment`, keeping its `@odata.type` and properties.
#[cfg(feature = "groups")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAttachment {
    /// `microsoft.graph.fileAttachment`.
    FileAttachment(FileAttachment),
    /// `microsoft.graph.itemAttachment`.
    ItemAttachment(ItemAttachment),
    /// `microsoft.graph.referenceAttachment`.
    ReferenceAttachment(ReferenceAttachment),
    /// `microsoft.graph.attachment` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Attachment),
}

/// The body of the action `createUploadSession`, bound to a collection of `attachment`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct AttachmentCollectionCreateUploadSessionParameters {
    #[graph(rename = "AttachmentItem")]
    pub attachment_item: AttachmentItem,
}

#[cfg(any(feature = "groups", feature = "users"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.calendar",
    path = "/me/calendars",
    action(
        name = "getSchedule",
        parameters = CalendarGetScheduleParameters,
        returns = Vec<ScheduleInformation>
    ),
    action = "permanentDelete",
    function(
        name = "allowedCalendarSharingRoles",
        parameters = CalendarAllowedCalendarSharingRolesParameters,
        returns = Vec<CalendarRoleType>
    )
)]
#[cfg_attr(feature = "groups", graph(contains(name = "calendarPermissions", target = CalendarPermission)))]
#[cfg_attr(feature = "groups", graph(contains(name = "calendarView", target = Event)))]
#[cfg_attr(feature = "groups", graph(contains(name = "events", target = Event)))]
#[cfg_attr(feature = "groups", graph(contains(name = "multiValueExtendedProperties", target = MultiValueLegacyExtendedProperty)))]
#[cfg_attr(feature = "groups", graph(contains(name = "singleValueExtendedProperties", target = SingleValueLegacyExtendedProperty)))]
pub struct Calendar {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub allowed_online_meeting_providers: Option<Vec<OnlineMeetingProviderType>>,
    pub can_edit: Option<bool>,
    pub can_share: Option<bool>,
    pub can_view_private_items: Option<bool>,
    pub change_key: Option<String>,
    pub color: Option<CalendarColor>,
    pub default_online_meeting_provider: Option<OnlineMeetingProviderType>,
    pub hex_color: Option<String>,
    pub is_default_calendar: Option<bool>,
    pub is_removable: Option<bool>,
    pub is_tallying_responses: Option<bool>,
    pub name: Option<String>,
    pub owner: Option<EmailAddress>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub calendar_permissions: Option<Vec<CalendarPermission>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub calendar_view: Option<Vec<Event>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub events: Option<Vec<Event>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub multi_value_extended_properties: Option<Vec<MultiValueLegacyExtendedProperty>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub single_value_extended_properties: Option<Vec<SingleValueLegacyExtendedProperty>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `getSchedule`, bound to `calendar`.
#[cfg(any(feature = "groups", feature = "users"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct CalendarGetScheduleParameters {
    #[graph(rename = "Schedules")]
    pub schedules: Option<Vec<String>>,
    #[graph(rename = "EndTime")]
    pub end_time: Option<DateTimeTimeZone>,
    #[graph(rename = "StartTime")]
    pub start_time: Option<DateTimeTimeZone>,
    #[graph(rename = "AvailabilityViewInterval")]
    pub availability_view_interval: Option<i32>,
}

/// The arguments of the function `allowedCalendarSharingRoles`, bound to `calendar`, written in its
/// URL.
#[cfg(any(feature = "groups", feature = "users"))]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct CalendarAllowedCalendarSharingRolesParameters {
    #[graph(rename = "User")]
    pub user: String,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.calendarPermission")]
pub struct CalendarPermission {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub allowed_roles: Option<Vec<CalendarRoleType>>,
    pub email_address: Option<EmailAddress>,
    pub is_inside_organization: Option<bool>,
    pub is_removable: Option<bool>,
    pub role: Option<CalendarRoleType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.conversation",
    contains(name = "threads", target = ConversationThread)
)]
pub struct Conversation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub has_attachments: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_delivered_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub preview: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub topic: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub unique_senders: Option<Vec<String>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub threads: Option<Vec<ConversationThread>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.conversationThread",
    contains(name = "posts", target = Post),
    action(name = "reply", parameters = ConversationThreadReplyParameters)
)]
pub struct ConversationThread {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub cc_recipients: Option<Vec<AnyRecipient>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub has_attachments: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_locked: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_delivered_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub preview: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub topic: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub to_recipients: Option<Vec<AnyRecipient>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub unique_senders: Option<Vec<String>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub posts: Option<Vec<Post>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `reply`, bound to `conversationThread`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct ConversationThreadReplyParameters {
    #[graph(rename = "Post")]
    pub post: Post,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.event",
    path = "/me/calendarView",
    contains(name = "attachments", target = Attachment),
    contains(name = "exceptionOccurrences", target = Event),
    contains(name = "instances", target = Event),
    contains(name = "multiValueExtendedProperties", target = MultiValueLegacyExtendedProperty),
    contains(name = "singleValueExtendedProperties", target = SingleValueLegacyExtendedProperty),
    action(name = "accept", parameters = EventAcceptParameters),
    action(name = "cancel", parameters = EventCancelParameters),
    action(name = "decline", parameters = EventDeclineParameters),
    action = "dismissReminder",
    action(name = "forward", parameters = EventForwardParameters),
    action = "permanentDelete",
    action(name = "snoozeReminder", parameters = EventSnoozeReminderParameters),
    action(name = "tentativelyAccept", parameters = EventTentativelyAcceptParameters),
    function(name = "delta", collection, returns = Page<DeltaItem<Event>>)
)]
#[cfg_attr(feature = "devices", graph(contains(name = "extensions", target = Extension)))]
pub struct Event {
    /// The inherited properties of `outlookItem`.
    #[graph(base)]
    pub base: OutlookItem,
    pub allow_new_time_proposals: Option<bool>,
    pub attendees: Option<Vec<Attendee>>,
    pub body: Option<ItemBody>,
    pub body_preview: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub cancelled_occurrences: Option<Vec<String>>,
    pub end: Option<DateTimeTimeZone>,
    pub has_attachments: Option<bool>,
    pub hide_attendees: Option<bool>,
    pub i_cal_u_id: Option<String>,
    pub importance: Option<Importance>,
    pub is_all_day: Option<bool>,
    pub is_cancelled: Option<bool>,
    pub is_draft: Option<bool>,
    pub is_online_meeting: Option<bool>,
    pub is_organizer: Option<bool>,
    pub is_reminder_on: Option<bool>,
    pub location: Option<AnyLocation>,
    pub locations: Option<Vec<AnyLocation>>,
    pub online_meeting: Option<OnlineMeetingInfo>,
    pub online_meeting_provider: Option<OnlineMeetingProviderType>,
    pub online_meeting_url: Option<String>,
    pub organizer: Option<AnyRecipient>,
    pub original_end_time_zone: Option<String>,
    pub original_start: Option<edm::DateTimeOffset>,
    pub original_start_time_zone: Option<String>,
    pub recurrence: Option<PatternedRecurrence>,
    pub reminder_minutes_before_start: Option<i32>,
    pub response_requested: Option<bool>,
    pub response_status: Option<ResponseStatus>,
    pub sensitivity: Option<Sensitivity>,
    pub series_master_id: Option<String>,
    pub show_as: Option<FreeBusyStatus>,
    pub start: Option<DateTimeTimeZone>,
    pub subject: Option<String>,
    pub transaction_id: Option<String>,
    pub r#type: Option<EventType>,
    pub web_link: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub attachments: Option<Vec<AnyAttachment>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub calendar: Option<Calendar>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub exception_occurrences: Option<Vec<Event>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `devices`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "devices")]
    #[graph(read_only)]
    pub extensions: Option<Vec<AnyExtension>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub instances: Option<Vec<Event>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub multi_value_extended_properties: Option<Vec<MultiValueLegacyExtendedProperty>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub single_value_extended_properties: Option<Vec<SingleValueLegacyExtendedProperty>>,
}

/// The body of the action `accept`, bound to `event`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct EventAcceptParameters {
    #[graph(rename = "SendResponse")]
    pub send_response: Option<bool>,
    #[graph(rename = "Comment")]
    pub comment: Option<String>,
}

/// The body of the action `cancel`, bound to `event`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct EventCancelParameters {
    #[graph(rename = "Comment")]
    pub comment: Option<String>,
}

/// The body of the action `decline`, bound to `event`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct EventDeclineParameters {
    #[graph(rename = "ProposedNewTime")]
    pub proposed_new_time: Option<TimeSlot>,
    #[graph(rename = "SendResponse")]
    pub send_response: Option<bool>,
    #[graph(rename = "Comment")]
    pub comment: Option<String>,
}

/// The body of the action `forward`, bound to `event`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct EventForwardParameters {
    #[graph(rename = "ToRecipients")]
    pub to_recipients: Option<Vec<AnyRecipient>>,
    #[graph(rename = "Comment")]
    pub comment: Option<String>,
}

/// The body of the action `snoozeReminder`, bound to `event`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct EventSnoozeReminderParameters {
    #[graph(rename = "NewReminderTime")]
    pub new_reminder_time: DateTimeTimeZone,
}

/// The body of the action `tentativelyAccept`, bound to `event`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct EventTentativelyAcceptParameters {
    #[graph(rename = "ProposedNewTime")]
    pub proposed_new_time: Option<TimeSlot>,
    #[graph(rename = "SendResponse")]
    pub send_response: Option<bool>,
    #[graph(rename = "Comment")]
    pub comment: Option<String>,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fileAttachment")]
pub struct FileAttachment {
    /// The inherited properties of `attachment`.
    #[graph(base)]
    pub base: Attachment,
    pub content_bytes: Option<edm::Binary>,
    pub content_id: Option<String>,
    pub content_location: Option<String>,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.group",
    path = "/groups",
    contains(name = "calendar", target = Calendar, single),
    contains(name = "calendarView", target = Event),
    contains(name = "conversations", target = Conversation),
    contains(name = "events", target = Event),
    contains(name = "onenote", target = Onenote, single),
    contains(name = "permissionGrants", target = ResourceSpecificPermissionGrant),
    contains(name = "photo", target = ProfilePhoto, single),
    contains(name = "photos", target = ProfilePhoto),
    contains(name = "planner", target = PlannerGroup, single),
    contains(name = "threads", target = ConversationThread),
    action = "addFavorite",
    action(name = "assignLicense", parameters = GroupAssignLicenseParameters, returns = Group),
    action(name = "checkGrantedPermissionsForApp", returns = Vec<ResourceSpecificPermissionGrant>),
    action = "removeFavorite",
    action = "renew",
    action = "resetUnseenCount",
    action = "retryServiceProvisioning",
    action = "subscribeByMail",
    action = "unsubscribeByMail",
    action(name = "validateProperties", parameters = GroupValidatePropertiesParameters),
    function(name = "delta", collection, returns = Page<DeltaItem<Group>>)
)]
#[cfg_attr(feature = "directoryObjects", graph(contains(name = "appRoleAssignments", target = AppRoleAssignment)))]
#[cfg_attr(feature = "devices", graph(contains(name = "extensions", target = Extension)))]
#[cfg_attr(feature = "groupLifecyclePolicies", graph(contains(name = "groupLifecyclePolicies", target = GroupLifecyclePolicy)))]
#[cfg_attr(feature = "contacts", graph(contains(name = "onPremisesSyncBehavior", target = OnPremisesSyncBehavior, single)))]
#[cfg_attr(feature = "groupSettings", graph(contains(name = "settings", target = GroupSetting)))]
#[cfg_attr(feature = "sites", graph(contains(name = "sites", target = Site)))]
#[cfg_attr(feature = "teams", graph(contains(name = "team", target = Team, single)))]
pub struct Group {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub access_type: Option<GroupAccessType>,
    pub allow_external_senders: Option<bool>,
    pub assigned_labels: Option<Vec<AssignedLabel>>,
    pub assigned_licenses: Option<Vec<AssignedLicense>>,
    pub auto_subscribe_new_members: Option<bool>,
    pub classification: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub group_types: Option<Vec<String>>,
    pub has_members_with_license_errors: Option<bool>,
    pub hide_from_address_lists: Option<bool>,
    pub hide_from_outlook_clients: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub info_catalogs: Option<Vec<String>>,
    pub is_archived: Option<bool>,
    pub is_assignable_to_role: Option<bool>,
    pub is_favorite: Option<bool>,
    pub is_management_restricted: Option<bool>,
    pub is_subscribed_by_mail: Option<bool>,
    pub license_processing_state: Option<LicenseProcessingState>,
    pub mail: Option<String>,
    pub mail_enabled: Option<bool>,
    pub mail_nickname: Option<String>,
    pub membership_rule: Option<String>,
    pub membership_rule_processing_state: Option<String>,
    pub on_premises_domain_name: Option<String>,
    pub on_premises_extension_attributes: Option<OnPremisesExtensionAttributes>,
    pub on_premises_last_sync_date_time: Option<edm::DateTimeOffset>,
    pub on_premises_net_bios_name: Option<String>,
    pub on_premises_provisioning_errors: Option<Vec<OnPremisesProvisioningError>>,
    pub on_premises_sam_account_name: Option<String>,
    pub on_premises_security_identifier: Option<String>,
    pub on_premises_sync_enabled: Option<bool>,
    pub organization_id: Option<String>,
    pub preferred_data_location: Option<String>,
    pub preferred_language: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub proxy_addresses: Option<Vec<String>>,
    pub renewed_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_behavior_options: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_provisioning_options: Option<Vec<String>>,
    pub security_enabled: Option<bool>,
    pub security_identifier: Option<String>,
    pub service_provisioning_errors: Option<Vec<AnyServiceProvisioningError>>,
    pub theme: Option<String>,
    pub unique_name: Option<String>,
    pub unseen_conversations_count: Option<i32>,
    pub unseen_count: Option<i32>,
    pub unseen_messages_count: Option<i32>,
    pub visibility: Option<String>,
    pub welcome_message_enabled: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub accepted_senders: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `directoryObjects`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "directoryObjects")]
    #[graph(read_only)]
    pub app_role_assignments: Option<Vec<AppRoleAssignment>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub calendar: Option<Calendar>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub calendar_view: Option<Vec<Event>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub conversations: Option<Vec<Conversation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub created_on_behalf_of: Option<Box<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub drive: Option<Box<Drive>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub drives: Option<Vec<Drive>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub events: Option<Vec<Event>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `devices`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "devices")]
    #[graph(read_only)]
    pub extensions: Option<Vec<AnyExtension>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groupLifecyclePolicies`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groupLifecyclePolicies")]
    #[graph(read_only)]
    pub group_lifecycle_policies: Option<Vec<GroupLifecyclePolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub member_of: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub members: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub members_with_license_errors: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub onenote: Option<Onenote>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `contacts`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "contacts")]
    #[graph(read_only)]
    pub on_premises_sync_behavior: Option<OnPremisesSyncBehavior>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub owners: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub permission_grants: Option<Vec<ResourceSpecificPermissionGrant>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub photo: Option<ProfilePhoto>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub photos: Option<Vec<ProfilePhoto>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub planner: Option<PlannerGroup>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub rejected_senders: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groupSettings`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groupSettings")]
    #[graph(read_only)]
    pub settings: Option<Vec<GroupSetting>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `sites`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "sites")]
    #[graph(read_only)]
    pub sites: Option<Vec<Site>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `teams`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "teams")]
    #[graph(read_only)]
    pub team: Option<Box<Team>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub threads: Option<Vec<ConversationThread>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub transitive_member_of: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub transitive_members: Option<Vec<AnyDirectoryObject>>,
}

/// The body of the action `assignLicense`, bound to `group`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct GroupAssignLicenseParameters {
    pub add_licenses: Vec<AssignedLicense>,
    pub remove_licenses: Vec<edm::Guid>,
}

/// The body of the action `validateProperties`, bound to `group`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct GroupValidatePropertiesParameters {
    pub display_name: Option<String>,
    pub mail_nickname: Option<String>,
    pub on_behalf_of_user_id: Option<edm::Guid>,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.itemAttachment",
    contains(name = "item", target = OutlookItem, single)
)]
pub struct ItemAttachment {
    /// The inherited properties of `attachment`.
    #[graph(base)]
    pub base: Attachment,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub item: Option<AnyOutlookItem>,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.multiValueLegacyExtendedProperty"
)]
pub struct MultiValueLegacyExtendedProperty {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub value: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.notebook",
    contains(name = "sectionGroups", target = SectionGroup),
    contains(name = "sections", target = OnenoteSection),
    action(
        name = "copyNotebook",
        parameters = NotebookCopyNotebookParameters,
        returns = OnenoteOperation
    ),
    action(
        name = "getNotebookFromWebUrl",
        collection,
        parameters = NotebookCollectionGetNotebookFromWebUrlParameters,
        returns = CopyNotebookModel
    ),
    function(
        name = "getRecentNotebooks",
        collection,
        parameters = NotebookCollectionGetRecentNotebooksParameters,
        returns = Vec<RecentNotebook>
    )
)]
pub struct Notebook {
    /// The inherited properties of `onenoteEntityHierarchyModel`.
    #[graph(base)]
    pub base: OnenoteEntityHierarchyModel,
    pub is_default: Option<bool>,
    pub is_shared: Option<bool>,
    pub links: Option<NotebookLinks>,
    pub section_groups_url: Option<String>,
    pub sections_url: Option<String>,
    pub user_role: Option<OnenoteUserRole>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub section_groups: Option<Vec<SectionGroup>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sections: Option<Vec<OnenoteSection>>,
}

/// The body of the action `copyNotebook`, bound to `notebook`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct NotebookCopyNotebookParameters {
    pub group_id: Option<String>,
    pub rename_as: Option<String>,
    pub notebook_folder: Option<String>,
    pub site_collection_id: Option<String>,
    pub site_id: Option<String>,
}

/// The body of the action `getNotebookFromWebUrl`, bound to a collection of `notebook`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct NotebookCollectionGetNotebookFromWebUrlParameters {
    pub web_url: Option<String>,
}

/// The arguments of the function `getRecentNotebooks`, bound to a collection of `notebook`, written
/// in its URL.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct NotebookCollectionGetRecentNotebooksParameters {
    pub include_personal_notebooks: bool,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.onenote",
    contains(name = "notebooks", target = Notebook),
    contains(name = "operations", target = OnenoteOperation),
    contains(name = "pages", target = OnenotePage),
    contains(name = "resources", target = OnenoteResource),
    contains(name = "sectionGroups", target = SectionGroup),
    contains(name = "sections", target = OnenoteSection)
)]
pub struct Onenote {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub notebooks: Option<Vec<Notebook>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub operations: Option<Vec<OnenoteOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub pages: Option<Vec<OnenotePage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resources: Option<Vec<OnenoteResource>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub section_groups: Option<Vec<SectionGroup>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sections: Option<Vec<OnenoteSection>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onenoteOperation")]
pub struct OnenoteOperation {
    /// The inherited properties of `operation`.
    #[graph(base)]
    pub base: Operation,
    pub error: Option<OnenoteOperationError>,
    pub percent_complete: Option<String>,
    pub resource_id: Option<String>,
    pub resource_location: Option<String>,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onenotePage",
    action(
        name = "copyToSection",
        parameters = OnenotePageCopyToSectionParameters,
        returns = OnenoteOperation
    ),
    action(name = "onenotePatchContent", parameters = OnenotePageOnenotePatchContentParameters),
    function(name = "preview", returns = OnenotePagePreview)
)]
pub struct OnenotePage {
    /// The inherited properties of `onenoteEntitySchemaObjectModel`.
    #[graph(base)]
    pub base: OnenoteEntitySchemaObjectModel,
    pub content: Option<edm::Stream>,
    pub content_url: Option<String>,
    pub created_by_app_id: Option<String>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub level: Option<i32>,
    pub links: Option<PageLinks>,
    pub order: Option<i32>,
    pub title: Option<String>,
    pub user_tags: Option<Vec<String>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_notebook: Option<Notebook>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_section: Option<OnenoteSection>,
}

/// The body of the action `copyToSection`, bound to `onenotePage`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct OnenotePageCopyToSectionParameters {
    pub id: Option<String>,
    pub group_id: Option<String>,
    pub site_collection_id: Option<String>,
    pub site_id: Option<String>,
}

/// The body of the action `onenotePatchContent`, bound to `onenotePage`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct OnenotePageOnenotePatchContentParameters {
    pub commands: Option<Vec<OnenotePatchContentCommand>>,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onenoteResource")]
pub struct OnenoteResource {
    /// The inherited properties of `onenoteEntityBaseModel`.
    #[graph(base)]
    pub base: OnenoteEntityBaseModel,
    pub content: Option<edm::Stream>,
    pub content_url: Option<String>,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onenoteSection",
    contains(name = "pages", target = OnenotePage),
    action(
        name = "copyToNotebook",
        parameters = OnenoteSectionCopyToNotebookParameters,
        returns = OnenoteOperation
    ),
    action(
        name = "copyToSectionGroup",
        parameters = OnenoteSectionCopyToSectionGroupParameters,
        returns = OnenoteOperation
    )
)]
pub struct OnenoteSection {
    /// The inherited properties of `onenoteEntityHierarchyModel`.
    #[graph(base)]
    pub base: OnenoteEntityHierarchyModel,
    pub is_default: Option<bool>,
    pub links: Option<SectionLinks>,
    pub pages_url: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub pages: Option<Vec<OnenotePage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_notebook: Option<Notebook>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_section_group: Option<SectionGroup>,
}

/// The body of the action `copyToNotebook`, bound to `onenoteSection`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct OnenoteSectionCopyToNotebookParameters {
    pub id: Option<String>,
    pub group_id: Option<String>,
    pub rename_as: Option<String>,
    pub site_collection_id: Option<String>,
    pub site_id: Option<String>,
}

/// The body of the action `copyToSectionGroup`, bound to `onenoteSection`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct OnenoteSectionCopyToSectionGroupParameters {
    pub id: Option<String>,
    pub group_id: Option<String>,
    pub rename_as: Option<String>,
    pub site_collection_id: Option<String>,
    pub site_id: Option<String>,
}

#[cfg(any(
    feature = "directoryObjects",
    feature = "groups",
    feature = "users",
    feature = "identityGovernance"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.outlookItem", abstract)]
pub struct OutlookItem {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub categories: Option<Vec<String>>,
    pub change_key: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.outlookItem`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `OutlookItem`, keeping its `@odata.type` and properties.
#[cfg(any(
    feature = "directoryObjects",
    feature = "groups",
    feature = "users",
    feature = "identityGovernance"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOutlookItem {
    /// `microsoft.graph.contact`.
    #[cfg(feature = "users")]
    Contact(Contact),
    /// `microsoft.graph.event`.
    #[cfg(feature = "groups")]
    Event(Event),
    /// `microsoft.graph.mailboxItem`.
    #[cfg(feature = "directoryObjects")]
    MailboxItem(MailboxItem),
    /// `microsoft.graph.message`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    Message(Message),
    /// `microsoft.graph.calendarSharingMessage`.
    #[cfg(feature = "users")]
    CalendarSharingMessage(CalendarSharingMessage),
    /// `microsoft.graph.eventMessage`.
    #[cfg(feature = "users")]
    EventMessage(EventMessage),
    /// `microsoft.graph.eventMessageRequest`.
    #[cfg(feature = "users")]
    EventMessageRequest(EventMessageRequest),
    /// `microsoft.graph.eventMessageResponse`.
    #[cfg(feature = "users")]
    EventMessageResponse(EventMessageResponse),
    /// `microsoft.graph.post`.
    #[cfg(feature = "groups")]
    Post(Post),
    /// `microsoft.graph.outlookItem` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OutlookItem),
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.plannerGroup")]
#[cfg_attr(feature = "planner", graph(contains(name = "plans", target = PlannerPlan)))]
pub struct PlannerGroup {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `planner`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "planner")]
    #[graph(read_only)]
    pub plans: Option<Vec<PlannerPlan>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.post",
    contains(name = "attachments", target = Attachment),
    contains(name = "inReplyTo", target = Post, single),
    contains(name = "multiValueExtendedProperties", target = MultiValueLegacyExtendedProperty),
    contains(name = "singleValueExtendedProperties", target = SingleValueLegacyExtendedProperty),
    action(name = "forward", parameters = PostForwardParameters),
    action(name = "reply", parameters = PostReplyParameters)
)]
#[cfg_attr(feature = "devices", graph(contains(name = "extensions", target = Extension)))]
pub struct Post {
    /// The inherited properties of `outlookItem`.
    #[graph(base)]
    pub base: OutlookItem,
    pub body: Option<ItemBody>,
    pub conversation_id: Option<String>,
    pub conversation_thread_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub from: Option<AnyRecipient>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub has_attachments: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub new_participants: Option<Vec<AnyRecipient>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub received_date_time: Option<edm::DateTimeOffset>,
    pub sender: Option<AnyRecipient>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub attachments: Option<Vec<AnyAttachment>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `devices`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "devices")]
    #[graph(read_only)]
    pub extensions: Option<Vec<AnyExtension>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub in_reply_to: Option<Box<Post>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub multi_value_extended_properties: Option<Vec<MultiValueLegacyExtendedProperty>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub single_value_extended_properties: Option<Vec<SingleValueLegacyExtendedProperty>>,
}

/// The body of the action `forward`, bound to `post`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct PostForwardParameters {
    #[graph(rename = "Comment")]
    pub comment: Option<String>,
    #[graph(rename = "ToRecipients")]
    pub to_recipients: Vec<AnyRecipient>,
}

/// The body of the action `reply`, bound to `post`.
#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct PostReplyParameters {
    #[graph(rename = "Post")]
    pub post: Post,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.profilePhoto",
    path = "/me/photos"
)]
pub struct ProfilePhoto {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub height: Option<i32>,
    pub width: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.referenceAttachment")]
pub struct ReferenceAttachment {
    /// The inherited properties of `attachment`.
    #[graph(base)]
    pub base: Attachment,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.sectionGroup",
    contains(name = "sections", target = OnenoteSection)
)]
pub struct SectionGroup {
    /// The inherited properties of `onenoteEntityHierarchyModel`.
    #[graph(base)]
    pub base: OnenoteEntityHierarchyModel,
    pub section_groups_url: Option<String>,
    pub sections_url: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_notebook: Option<Notebook>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_section_group: Option<Box<SectionGroup>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub section_groups: Option<Vec<SectionGroup>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sections: Option<Vec<OnenoteSection>>,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.singleValueLegacyExtendedProperty"
)]
pub struct SingleValueLegacyExtendedProperty {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
