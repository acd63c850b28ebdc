//! The types of the area `groups`'s feature file: those it owns, and those only it and a few other areas need.

#[allow(unused_imports)]
use super::*;

#[cfg(any(feature = "groups", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.attendeeType")]
pub enum AttendeeType {
    Required,
    Optional,
    Resource,
}

#[cfg(feature = "groups")]
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

#[cfg(feature = "groups")]
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

#[cfg(any(feature = "groups", feature = "other"))]
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

#[cfg(any(feature = "groups", feature = "users"))]
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

#[cfg(any(feature = "groups", feature = "other"))]
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

#[cfg(feature = "groups")]
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

#[cfg(any(feature = "groups", feature = "users", feature = "education"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.assignedLicense")]
pub struct AssignedLicense {
    /// Not nullable.
    pub disabled_plans: Option<Vec<edm::Guid>>,
    pub sku_id: Option<edm::Guid>,
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

#[cfg(any(feature = "groups", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attendeeBase", complex)]
pub struct AttendeeBase {
    /// The inherited properties of `recipient`.
    #[graph(base)]
    pub base: Recipient,
    pub r#type: Option<AttendeeType>,
}

#[cfg(any(
    feature = "groups",
    feature = "users",
    feature = "employeeExperience",
    feature = "solutions",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.dateTimeTimeZone")]
pub struct DateTimeTimeZone {
    /// Not nullable.
    pub date_time: Option<String>,
    pub time_zone: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "groups",
    feature = "invitations",
    feature = "users",
    feature = "other"
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

#[cfg(any(feature = "groups", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.externalLink")]
pub struct ExternalLink {
    pub href: Option<String>,
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

/// A `microsoft.graph.location` of any of the derived types this build declares; a value of another
/// type reads as `Location`, keeping its `@odata.type` and properties.
#[cfg(any(
    feature = "groups",
    feature = "users",
    feature = "solutions",
    feature = "other"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyLocation {
    /// `microsoft.graph.locationConstraintItem`.
    LocationConstraintItem(LocationConstraintItem),
    /// `microsoft.graph.location` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Location),
}

#[cfg(any(
    feature = "groups",
    feature = "users",
    feature = "solutions",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.locationConstraintItem", complex)]
pub struct LocationConstraintItem {
    /// The inherited properties of `location`.
    #[graph(base)]
    pub base: Location,
    pub resolve_availability: Option<bool>,
}

#[cfg(any(feature = "groups", feature = "other"))]
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

#[cfg(any(feature = "groups", feature = "users"))]
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

#[cfg(any(
    feature = "groups",
    feature = "places",
    feature = "users",
    feature = "solutions",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.outlookGeoCoordinates")]
pub struct OutlookGeoCoordinates {
    pub accuracy: Option<edm::Double>,
    pub altitude: Option<edm::Double>,
    pub altitude_accuracy: Option<edm::Double>,
    pub latitude: Option<edm::Double>,
    pub longitude: Option<edm::Double>,
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

#[cfg(any(
    feature = "groups",
    feature = "invitations",
    feature = "users",
    feature = "other"
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

/// A `microsoft.graph.recipient` of any of the derived types this build declares; a value of
/// another type reads as `Recipient`, keeping its `@odata.type` and properties.
#[cfg(any(
    feature = "groups",
    feature = "invitations",
    feature = "users",
    feature = "other"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyRecipient {
    /// `microsoft.graph.attendeeBase`.
    #[cfg(any(feature = "groups", feature = "other"))]
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
    pub day_of_month: Option<i32>,
    pub days_of_week: Option<Vec<DayOfWeek>>,
    pub first_day_of_week: Option<DayOfWeek>,
    pub index: Option<WeekIndex>,
    /// Not nullable.
    pub interval: Option<i32>,
    /// Not nullable.
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

#[cfg(any(feature = "groups", feature = "users", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timeSlot")]
pub struct TimeSlot {
    /// Not nullable.
    pub end: Option<DateTimeTimeZone>,
    /// Not nullable.
    pub start: Option<DateTimeTimeZone>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.attachment", abstract)]
pub struct Attachment {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub content_type: Option<String>,
    /// Not nullable.
    pub is_inline: Option<bool>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub name: Option<String>,
    /// Not nullable.
    pub size: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.attachment` of any of the derived types this build declares; a value of
/// another type reads as `Attachment`, keeping its `@odata.type` and properties.
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

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.calendar")]
pub struct Calendar {
    /// The key. Inherited from `entity`.
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
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub calendar_permissions: Option<Vec<CalendarPermission>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub calendar_view: Option<Vec<AnyOutlookItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub events: Option<Vec<AnyOutlookItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub multi_value_extended_properties: Option<Vec<MultiValueLegacyExtendedProperty>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub single_value_extended_properties: Option<Vec<SingleValueLegacyExtendedProperty>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.calendarPermission")]
pub struct CalendarPermission {
    /// The key. Inherited from `entity`.
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
#[graph(base = "entity", odata_type = "microsoft.graph.conversation")]
pub struct Conversation {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Not nullable.
    pub has_attachments: Option<bool>,
    /// Not nullable.
    pub last_delivered_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    pub preview: Option<String>,
    /// Not nullable.
    pub topic: Option<String>,
    /// Not nullable.
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
#[graph(base = "entity", odata_type = "microsoft.graph.conversationThread")]
pub struct ConversationThread {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Not nullable.
    pub cc_recipients: Option<Vec<AnyRecipient>>,
    /// Not nullable.
    pub has_attachments: Option<bool>,
    /// Not nullable.
    pub is_locked: Option<bool>,
    /// Not nullable.
    pub last_delivered_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    pub preview: Option<String>,
    /// Not nullable.
    pub topic: Option<String>,
    /// Not nullable.
    pub to_recipients: Option<Vec<AnyRecipient>>,
    /// Not nullable.
    pub unique_senders: Option<Vec<String>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub posts: Option<Vec<AnyOutlookItem>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.event")]
pub struct Event {
    /// The inherited properties of `outlookItem`.
    #[graph(base)]
    pub base: OutlookItem,
    pub allow_new_time_proposals: Option<bool>,
    pub attendees: Option<Vec<AnyRecipient>>,
    pub body: Option<ItemBody>,
    pub body_preview: Option<String>,
    /// Not nullable.
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
    pub exception_occurrences: Option<Vec<AnyOutlookItem>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `devices`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "devices")]
    #[graph(read_only)]
    pub extensions: Option<Vec<AnyExtension>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub instances: Option<Vec<AnyOutlookItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub multi_value_extended_properties: Option<Vec<MultiValueLegacyExtendedProperty>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub single_value_extended_properties: Option<Vec<SingleValueLegacyExtendedProperty>>,
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
#[graph(odata_type = "microsoft.graph.group")]
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
    pub group_types: Option<Vec<String>>,
    pub has_members_with_license_errors: Option<bool>,
    pub hide_from_address_lists: Option<bool>,
    pub hide_from_outlook_clients: Option<bool>,
    /// Not nullable.
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
    pub proxy_addresses: Option<Vec<String>>,
    pub renewed_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    pub resource_behavior_options: Option<Vec<String>>,
    /// Not nullable.
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
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub app_role_assignments: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub calendar: Option<Calendar>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub calendar_view: Option<Vec<AnyOutlookItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub conversations: Option<Vec<Conversation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub created_on_behalf_of: Option<Box<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `drives`, `shares`, `sites`, `storage`, `other`; without, an `$expand`ed value is kept in
    /// `additional_data`.
    #[cfg(any(
        feature = "drives",
        feature = "shares",
        feature = "sites",
        feature = "storage",
        feature = "other"
    ))]
    #[graph(read_only)]
    pub drive: Option<Box<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `drives`, `shares`, `sites`, `storage`, `other`; without, an `$expand`ed value is kept in
    /// `additional_data`.
    #[cfg(any(
        feature = "drives",
        feature = "shares",
        feature = "sites",
        feature = "storage",
        feature = "other"
    ))]
    #[graph(read_only)]
    pub drives: Option<Vec<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub events: Option<Vec<AnyOutlookItem>>,
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
    pub permission_grants: Option<Vec<AnyDirectoryObject>>,
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
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `drives`, `shares`, `sites`, `storage`, `other`; without, an `$expand`ed value is kept in
    /// `additional_data`.
    #[cfg(any(
        feature = "drives",
        feature = "shares",
        feature = "sites",
        feature = "storage",
        feature = "other"
    ))]
    #[graph(read_only)]
    pub sites: Option<Vec<AnyBaseItem>>,
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

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.itemAttachment")]
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
    pub id: Option<String>,
    pub value: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.notebook")]
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
    pub section_groups: Option<Vec<AnyOnenoteEntityBaseModel>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sections: Option<Vec<AnyOnenoteEntityBaseModel>>,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.onenote")]
pub struct Onenote {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub notebooks: Option<Vec<AnyOnenoteEntityBaseModel>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub operations: Option<Vec<AnyOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub pages: Option<Vec<AnyOnenoteEntityBaseModel>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resources: Option<Vec<AnyOnenoteEntityBaseModel>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub section_groups: Option<Vec<AnyOnenoteEntityBaseModel>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sections: Option<Vec<AnyOnenoteEntityBaseModel>>,
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
#[graph(odata_type = "microsoft.graph.onenotePage")]
pub struct OnenotePage {
    /// The inherited properties of `onenoteEntitySchemaObjectModel`.
    #[graph(base)]
    pub base: OnenoteEntitySchemaObjectModel,
    pub content: Option<serde_json::Value>,
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
    pub parent_notebook: Option<Box<AnyOnenoteEntityBaseModel>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_section: Option<Box<AnyOnenoteEntityBaseModel>>,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onenoteResource")]
pub struct OnenoteResource {
    /// The inherited properties of `onenoteEntityBaseModel`.
    #[graph(base)]
    pub base: OnenoteEntityBaseModel,
    pub content: Option<serde_json::Value>,
    pub content_url: Option<String>,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onenoteSection")]
pub struct OnenoteSection {
    /// The inherited properties of `onenoteEntityHierarchyModel`.
    #[graph(base)]
    pub base: OnenoteEntityHierarchyModel,
    pub is_default: Option<bool>,
    pub links: Option<SectionLinks>,
    pub pages_url: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub pages: Option<Vec<AnyOnenoteEntityBaseModel>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_notebook: Option<Box<AnyOnenoteEntityBaseModel>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_section_group: Option<Box<AnyOnenoteEntityBaseModel>>,
}

#[cfg(any(feature = "directoryObjects", feature = "groups", feature = "users"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.outlookItem", abstract)]
pub struct OutlookItem {
    /// The key. Inherited from `entity`.
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

/// A `microsoft.graph.outlookItem` of any of the derived types this build declares; a value of
/// another type reads as `OutlookItem`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "directoryObjects", feature = "groups", feature = "users"))]
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
    #[cfg(feature = "users")]
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
pub struct PlannerGroup {
    /// The key. Inherited from `entity`.
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
#[graph(odata_type = "microsoft.graph.post")]
pub struct Post {
    /// The inherited properties of `outlookItem`.
    #[graph(base)]
    pub base: OutlookItem,
    pub body: Option<ItemBody>,
    pub conversation_id: Option<String>,
    pub conversation_thread_id: Option<String>,
    /// Not nullable.
    pub from: Option<AnyRecipient>,
    /// Not nullable.
    pub has_attachments: Option<bool>,
    /// Not nullable.
    pub new_participants: Option<Vec<AnyRecipient>>,
    /// Not nullable.
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
    pub in_reply_to: Option<Box<AnyOutlookItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub multi_value_extended_properties: Option<Vec<MultiValueLegacyExtendedProperty>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub single_value_extended_properties: Option<Vec<SingleValueLegacyExtendedProperty>>,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.profilePhoto")]
pub struct ProfilePhoto {
    /// The key. Inherited from `entity`.
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
#[graph(odata_type = "microsoft.graph.sectionGroup")]
pub struct SectionGroup {
    /// The inherited properties of `onenoteEntityHierarchyModel`.
    #[graph(base)]
    pub base: OnenoteEntityHierarchyModel,
    pub section_groups_url: Option<String>,
    pub sections_url: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_notebook: Option<Box<AnyOnenoteEntityBaseModel>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_section_group: Option<Box<AnyOnenoteEntityBaseModel>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub section_groups: Option<Vec<AnyOnenoteEntityBaseModel>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sections: Option<Vec<AnyOnenoteEntityBaseModel>>,
}

#[cfg(feature = "groups")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.singleValueLegacyExtendedProperty"
)]
pub struct SingleValueLegacyExtendedProperty {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
