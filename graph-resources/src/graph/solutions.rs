//! The types of the area `solutions`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.answerInputType")]
pub enum AnswerInputType {
    Text,
    RadioButton,
    UnknownFutureValue,
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.artifactRestoreStatus")]
pub enum ArtifactRestoreStatus {
    Added,
    Scheduling,
    Scheduled,
    InProgress,
    Succeeded,
    Failed,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.backupServiceConsumer")]
pub enum BackupServiceConsumer {
    Unknown,
    Firstparty,
    Thirdparty,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.backupServiceStatus")]
pub enum BackupServiceStatus {
    Disabled,
    Enabled,
    ProtectionChangeLocked,
    RestoreLocked,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.bookingPageAccessControl")]
pub enum BookingPageAccessControl {
    Unrestricted,
    RestrictedToOrganization,
    UnknownFutureValue,
}

/// Represents the type of pricing of a booking service.
#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.bookingPriceType")]
pub enum BookingPriceType {
    /// The price of the service is not defined.
    Undefined,
    /// The price of the service is fixed.
    FixedPrice,
    /// The price of the service starts with a particular value, but can be higher based on the
    /// final services performed.
    StartingAt,
    /// The price of the service depends on the number of hours a staff member works on the service.
    Hourly,
    /// The service is free.
    Free,
    /// The price of the service varies.
    PriceVaries,
    /// The price of the service is not listed.
    CallUs,
    /// The price of the service is not set.
    NotSet,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.bookingReminderRecipients")]
pub enum BookingReminderRecipients {
    AllAttendees,
    Staff,
    Customer,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.bookingsAvailabilityStatus")]
pub enum BookingsAvailabilityStatus {
    Available,
    Busy,
    SlotsAvailable,
    OutOfOffice,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.bookingsServiceAvailabilityType")]
pub enum BookingsServiceAvailabilityType {
    BookWhenStaffAreFree,
    NotBookable,
    CustomWeeklyHours,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.bookingStaffMembershipStatus")]
pub enum BookingStaffMembershipStatus {
    Active,
    PendingAcceptance,
    RejectedByStaff,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.bookingStaffRole")]
pub enum BookingStaffRole {
    Guest,
    Administrator,
    Viewer,
    ExternalGuest,
    UnknownFutureValue,
    Scheduler,
    TeamMember,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.browsableResourceType")]
pub enum BrowsableResourceType {
    None,
    Site,
    DocumentLibrary,
    Folder,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.browseQueryOrder")]
pub enum BrowseQueryOrder {
    PathAsc,
    PathDsc,
    NameAsc,
    NameDsc,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.browseQueryResponseItemType")]
pub enum BrowseQueryResponseItemType {
    None,
    Site,
    DocumentLibrary,
    Folder,
    File,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.browseSessionStatus")]
pub enum BrowseSessionStatus {
    Creating,
    Created,
    Failed,
    UnknownFutureValue,
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.destinationType")]
pub enum DestinationType {
    New,
    InPlace,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.disableReason")]
pub enum DisableReason {
    None,
    InvalidBillingProfile,
    UserRequested,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.meetingAudience")]
pub enum MeetingAudience {
    Everyone,
    Organization,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.notificationEventsType", flags)]
pub enum NotificationEventsType {
    None,
    RestoreAndPolicyUpdates,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.notificationRecipientsType", flags)]
pub enum NotificationRecipientsType {
    None,
    GlobalAdmins,
    BackupAdmins,
    Custom,
    AllAdmins,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.protectionPolicyStatus")]
pub enum ProtectionPolicyStatus {
    Inactive,
    ActiveWithErrors,
    Updating,
    Active,
    UnknownFutureValue,
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.protectionRuleStatus")]
pub enum ProtectionRuleStatus {
    Draft,
    Active,
    Completed,
    CompletedWithErrors,
    UnknownFutureValue,
    UpdateRequested,
    DeleteRequested,
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.protectionSource", flags)]
pub enum ProtectionSource {
    None,
    Manual,
    DynamicRule,
    UnknownFutureValue,
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.protectionUnitsBulkJobStatus")]
pub enum ProtectionUnitsBulkJobStatus {
    Unknown,
    Active,
    Completed,
    CompletedWithErrors,
    UnknownFutureValue,
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.protectionUnitStatus")]
pub enum ProtectionUnitStatus {
    ProtectRequested,
    Protected,
    UnprotectRequested,
    Unprotected,
    RemoveRequested,
    UnknownFutureValue,
    OffboardRequested,
    Offboarded,
    CancelOffboardRequested,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.restorableArtifact")]
pub enum RestorableArtifact {
    Message,
    UnknownFutureValue,
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.restoreArtifactsBulkRequestStatus")]
pub enum RestoreArtifactsBulkRequestStatus {
    Unknown,
    Active,
    Completed,
    CompletedWithErrors,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.restoreJobType")]
pub enum RestoreJobType {
    Standard,
    Bulk,
    UnknownFutureValue,
    Granular,
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.restorePointPreference")]
pub enum RestorePointPreference {
    Latest,
    Oldest,
    UnknownFutureValue,
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.restorePointTags", flags)]
pub enum RestorePointTags {
    None,
    FastRestore,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.restoreSessionStatus")]
pub enum RestoreSessionStatus {
    Draft,
    Activating,
    Active,
    CompletedWithError,
    Completed,
    UnknownFutureValue,
    Failed,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.serviceAppStatus")]
pub enum ServiceAppStatus {
    Inactive,
    Active,
    PendingActive,
    PendingInactive,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.virtualEventAttendeeRegistrationStatus")]
pub enum VirtualEventAttendeeRegistrationStatus {
    Registered,
    Canceled,
    Waitlisted,
    PendingApproval,
    RejectedByOrganizer,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.virtualEventStatus")]
pub enum VirtualEventStatus {
    Draft,
    Published,
    Canceled,
    UnknownFutureValue,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.artifactQuery")]
pub struct ArtifactQuery {
    pub artifact_type: Option<RestorableArtifact>,
    pub query_expression: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.availabilityItem")]
pub struct AvailabilityItem {
    /// Not nullable.
    #[graph(non_nullable)]
    pub end_date_time: Option<DateTimeTimeZone>,
    pub service_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub start_date_time: Option<DateTimeTimeZone>,
    pub status: Option<BookingsAvailabilityStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bookingCustomerInformation", complex)]
pub struct BookingCustomerInformation {
    /// The inherited properties of `bookingCustomerInformationBase`.
    #[graph(base)]
    pub base: BookingCustomerInformationBase,
    pub customer_id: Option<String>,
    pub custom_question_answers: Option<Vec<BookingQuestionAnswer>>,
    pub email_address: Option<String>,
    pub location: Option<AnyLocation>,
    pub name: Option<String>,
    pub notes: Option<String>,
    pub phone: Option<String>,
    pub time_zone: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.bookingCustomerInformationBase",
    abstract
)]
pub struct BookingCustomerInformationBase {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.bookingCustomerInformationBase`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `BookingCustomerInformationBase`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "solutions")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyBookingCustomerInformationBase {
    /// `microsoft.graph.bookingCustomerInformation`.
    BookingCustomerInformation(BookingCustomerInformation),
    /// `microsoft.graph.bookingCustomerInformationBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(BookingCustomerInformationBase),
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bookingPageSettings")]
pub struct BookingPageSettings {
    /// Access control on the Bookings page. Not nullable.
    #[graph(non_nullable)]
    pub access_control: Option<BookingPageAccessControl>,
    /// Custom color for bookings page. Value should be in Hex format. Example: \`#123456\`. Not
    /// nullable.
    #[graph(non_nullable)]
    pub booking_page_color_code: Option<String>,
    /// The time zone of the customer. For a list of possible values, see
    /// \[dateTimeTimeZone\](<https://learn.microsoft.com/en-us/graph/api/resources/datetimetimezone?view=graph-rest-beta>).
    /// Not nullable.
    #[graph(non_nullable)]
    pub business_time_zone: Option<String>,
    /// Customer consent message that is displayed in the Booking page. Not nullable.
    #[graph(non_nullable)]
    pub customer_consent_message: Option<String>,
    /// Enforcing One Time Password (OTP) during appointment creation. Not nullable.
    #[graph(non_nullable)]
    pub enforce_one_time_password: Option<bool>,
    /// Enable display of business logo display on the Bookings page. Not nullable.
    #[graph(non_nullable)]
    pub is_business_logo_display_enabled: Option<bool>,
    /// Enforces customer consent on the customer consent message before appointment is booked. Not
    /// nullable.
    #[graph(non_nullable)]
    pub is_customer_consent_enabled: Option<bool>,
    /// Disable booking page to be indexed by search engines. False by default. Not nullable.
    #[graph(non_nullable)]
    pub is_search_engine_indexability_disabled: Option<bool>,
    /// If business time zone the default value for the time slots that we show in the bookings
    /// page. False by default. Not nullable.
    #[graph(non_nullable)]
    pub is_time_slot_time_zone_set_to_business_time_zone: Option<bool>,
    /// The URL of the business' Privacy Policy. Not nullable.
    #[graph(non_nullable)]
    pub privacy_policy_web_url: Option<String>,
    /// The URL of the business' Terms and Conditions. Not nullable.
    #[graph(non_nullable)]
    pub terms_and_conditions_web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bookingQuestionAnswer")]
pub struct BookingQuestionAnswer {
    pub answer: Option<String>,
    pub answer_input_type: Option<AnswerInputType>,
    pub answer_options: Option<Vec<String>>,
    pub is_required: Option<bool>,
    pub question: Option<String>,
    pub question_id: Option<String>,
    pub selected_options: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bookingQuestionAssignment")]
pub struct BookingQuestionAssignment {
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_required: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub question_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// This type represents when and to whom to send an e-mail reminder.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bookingReminder")]
pub struct BookingReminder {
    /// Message to send. Not nullable.
    #[graph(non_nullable)]
    pub message: Option<String>,
    /// How much time before an appointment the reminder should be sent. Not nullable.
    #[graph(non_nullable)]
    pub offset: Option<edm::Duration>,
    /// Who should receive the reminder. Not nullable.
    #[graph(non_nullable)]
    pub recipients: Option<BookingReminderRecipients>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bookingsAvailability")]
pub struct BookingsAvailability {
    /// Allow customers to set the type of availability. Not nullable.
    #[graph(non_nullable)]
    pub availability_type: Option<BookingsServiceAvailabilityType>,
    /// The hours of operation in a week. This is set to null if the availability type is not
    /// customWeeklyHours
    pub business_hours: Option<Vec<BookingWorkHours>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.bookingsAvailability`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `BookingsAvailability`, keeping its `@odata.type` and properties.
#[cfg(feature = "solutions")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyBookingsAvailability {
    /// `microsoft.graph.bookingsAvailabilityWindow`.
    BookingsAvailabilityWindow(BookingsAvailabilityWindow),
    /// `microsoft.graph.bookingsAvailability` itself, or a type this build does not declare.
    #[graph(other)]
    Other(BookingsAvailability),
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bookingsAvailabilityWindow", complex)]
pub struct BookingsAvailabilityWindow {
    /// The inherited properties of `bookingsAvailability`.
    #[graph(base)]
    pub base: BookingsAvailability,
    /// Allow customers to end date of availability window.
    pub end_date: Option<edm::Date>,
    /// Allow customers to start date of availability window.
    pub start_date: Option<edm::Date>,
}

/// This type represents the set of policies that dictate how bookings can be created in a Booking
/// Calendar.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bookingSchedulingPolicy")]
pub struct BookingSchedulingPolicy {
    /// Allow customers to choose a specific person for the booking. Not nullable.
    #[graph(non_nullable)]
    pub allow_staff_selection: Option<bool>,
    /// collection of custom availabilities for a given time range.
    pub custom_availabilities: Option<Vec<BookingsAvailabilityWindow>>,
    /// General availability
    pub general_availability: Option<AnyBookingsAvailability>,
    /// Enable sending meeting invite to customers. False by default.
    pub is_meeting_invite_to_customers_enabled: Option<bool>,
    /// Maximum number of days in advance that a booking can be made. Not nullable.
    #[graph(non_nullable)]
    pub maximum_advance: Option<edm::Duration>,
    /// Minimum lead time for bookings and cancellations. Not nullable.
    #[graph(non_nullable)]
    pub minimum_lead_time: Option<edm::Duration>,
    /// Notify the business via email when a booking is created or changed. Not nullable.
    #[graph(non_nullable)]
    pub send_confirmations_to_owner: Option<bool>,
    /// Duration of each time slot. Not nullable.
    #[graph(non_nullable)]
    pub time_slot_interval: Option<edm::Duration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// This type represents the set of working hours in a single day of the week.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bookingWorkHours")]
pub struct BookingWorkHours {
    /// The day of the week represented by this instance. Not nullable.
    #[graph(non_nullable)]
    pub day: Option<DayOfWeek>,
    /// A list of start/end times during a day.
    pub time_slots: Option<Vec<BookingWorkTimeSlot>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bookingWorkTimeSlot")]
pub struct BookingWorkTimeSlot {
    /// Not nullable.
    #[graph(non_nullable)]
    pub end_time: Option<edm::TimeOfDay>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub start_time: Option<edm::TimeOfDay>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.browseQueryResponseItem")]
pub struct BrowseQueryResponseItem {
    pub item_key: Option<String>,
    pub items_count: Option<i32>,
    pub name: Option<String>,
    pub size_in_bytes: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<BrowseQueryResponseItemType>,
    pub web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.communicationsUserIdentity", complex)]
pub struct CommunicationsUserIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub tenant_id: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.notificationRecipients")]
pub struct NotificationRecipients {
    /// Not nullable.
    #[graph(non_nullable)]
    pub custom_recipients: Option<Vec<EmailIdentity>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub role: Option<Flags<NotificationRecipientsType>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.protectionPolicyArtifactCount")]
pub struct ProtectionPolicyArtifactCount {
    pub completed: Option<i32>,
    pub failed: Option<i32>,
    pub in_progress: Option<i32>,
    pub total: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.restorePointSearchResponse")]
pub struct RestorePointSearchResponse {
    pub no_result_protection_unit_ids: Option<Vec<String>>,
    pub search_response_id: Option<String>,
    pub search_results: Option<Vec<RestorePointSearchResult>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.restorePointSearchResult")]
pub struct RestorePointSearchResult {
    pub artifact_hit_count: Option<i32>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub restore_point: Option<RestorePoint>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.restoreSessionArtifactCount")]
pub struct RestoreSessionArtifactCount {
    pub completed: Option<i32>,
    pub failed: Option<i32>,
    pub in_progress: Option<i32>,
    pub total: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.retentionSetting")]
pub struct RetentionSetting {
    pub interval: Option<String>,
    pub period: Option<edm::Duration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.serviceStatus")]
pub struct ServiceStatus {
    pub backup_service_consumer: Option<BackupServiceConsumer>,
    pub disable_reason: Option<DisableReason>,
    pub grace_period_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_by: Option<AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub restore_allowed_till_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<BackupServiceStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.staffAvailabilityItem")]
pub struct StaffAvailabilityItem {
    pub availability_items: Option<Vec<AvailabilityItem>>,
    pub staff_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timePeriod")]
pub struct TimePeriod {
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.virtualEventExternalInformation")]
pub struct VirtualEventExternalInformation {
    pub application_id: Option<String>,
    pub external_event_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.virtualEventExternalRegistrationInformation")]
pub struct VirtualEventExternalRegistrationInformation {
    pub referrer: Option<String>,
    pub registration_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.virtualEventRegistrationQuestionAnswer")]
pub struct VirtualEventRegistrationQuestionAnswer {
    pub boolean_value: Option<bool>,
    pub display_name: Option<String>,
    pub multi_choice_values: Option<Vec<String>>,
    pub question_id: Option<String>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.virtualEventSettings")]
pub struct VirtualEventSettings {
    pub is_attendee_email_notification_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.backupRestoreRoot",
    contains(name = "browseSessions", target = BrowseSessionBase),
    contains(name = "driveInclusionRules", target = DriveProtectionRule),
    contains(name = "driveProtectionUnits", target = DriveProtectionUnit),
    contains(
        name = "driveProtectionUnitsBulkAdditionJobs",
        target = DriveProtectionUnitsBulkAdditionJob
    ),
    contains(name = "emailNotificationsSetting", target = EmailNotificationsSetting, single),
    contains(name = "exchangeProtectionPolicies", target = ExchangeProtectionPolicy),
    contains(name = "exchangeRestoreSessions", target = ExchangeRestoreSession),
    contains(name = "mailboxInclusionRules", target = MailboxProtectionRule),
    contains(name = "mailboxProtectionUnits", target = MailboxProtectionUnit),
    contains(
        name = "mailboxProtectionUnitsBulkAdditionJobs",
        target = MailboxProtectionUnitsBulkAdditionJob
    ),
    contains(name = "oneDriveForBusinessBrowseSessions", target = OneDriveForBusinessBrowseSession),
    contains(
        name = "oneDriveForBusinessProtectionPolicies",
        target = OneDriveForBusinessProtectionPolicy
    ),
    contains(
        name = "oneDriveForBusinessRestoreSessions",
        target = OneDriveForBusinessRestoreSession
    ),
    contains(name = "protectionPolicies", target = ProtectionPolicyBase),
    contains(name = "restorePoints", target = RestorePoint),
    contains(name = "restoreSessions", target = RestoreSessionBase),
    contains(name = "serviceApps", target = ServiceApp),
    contains(name = "sharePointBrowseSessions", target = SharePointBrowseSession),
    contains(name = "sharePointProtectionPolicies", target = SharePointProtectionPolicy),
    contains(name = "sharePointRestoreSessions", target = SharePointRestoreSession),
    contains(name = "siteInclusionRules", target = SiteProtectionRule),
    contains(name = "siteProtectionUnits", target = SiteProtectionUnit),
    contains(
        name = "siteProtectionUnitsBulkAdditionJobs",
        target = SiteProtectionUnitsBulkAdditionJob
    ),
    action(name = "enable", parameters = BackupRestoreRootEnableParameters, returns = ServiceStatus)
)]
pub struct BackupRestoreRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub service_status: Option<ServiceStatus>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub browse_sessions: Option<Vec<AnyBrowseSessionBase>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub drive_inclusion_rules: Option<Vec<DriveProtectionRule>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub drive_protection_units: Option<Vec<DriveProtectionUnit>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub drive_protection_units_bulk_addition_jobs: Option<Vec<DriveProtectionUnitsBulkAdditionJob>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub email_notifications_setting: Option<EmailNotificationsSetting>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub exchange_protection_policies: Option<Vec<ExchangeProtectionPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub exchange_restore_sessions: Option<Vec<ExchangeRestoreSession>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub mailbox_inclusion_rules: Option<Vec<MailboxProtectionRule>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub mailbox_protection_units: Option<Vec<MailboxProtectionUnit>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub mailbox_protection_units_bulk_addition_jobs:
        Option<Vec<MailboxProtectionUnitsBulkAdditionJob>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub one_drive_for_business_browse_sessions: Option<Vec<OneDriveForBusinessBrowseSession>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub one_drive_for_business_protection_policies:
        Option<Vec<OneDriveForBusinessProtectionPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub one_drive_for_business_restore_sessions: Option<Vec<OneDriveForBusinessRestoreSession>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub protection_policies: Option<Vec<AnyProtectionPolicyBase>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub protection_units: Option<Vec<AnyProtectionUnitBase>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub restore_points: Option<Vec<RestorePoint>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub restore_sessions: Option<Vec<AnyRestoreSessionBase>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub service_apps: Option<Vec<ServiceApp>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub share_point_browse_sessions: Option<Vec<SharePointBrowseSession>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub share_point_protection_policies: Option<Vec<SharePointProtectionPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub share_point_restore_sessions: Option<Vec<SharePointRestoreSession>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub site_inclusion_rules: Option<Vec<SiteProtectionRule>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub site_protection_units: Option<Vec<SiteProtectionUnit>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub site_protection_units_bulk_addition_jobs: Option<Vec<SiteProtectionUnitsBulkAdditionJob>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `enable`, bound to `backupRestoreRoot`.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct BackupRestoreRootEnableParameters {
    pub app_owner_tenant_id: String,
}

/// Represents a booked appointment of a service by a customer in a business.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.bookingAppointment",
    action(name = "cancel", parameters = BookingAppointmentCancelParameters)
)]
pub struct BookingAppointment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub additional_information: Option<String>,
    pub anonymous_join_web_url: Option<String>,
    /// Custom label that can be stamped on this appointment by users.
    pub appointment_label: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub customer_email_address: Option<String>,
    pub customer_name: Option<String>,
    /// Notes from the customer associated with this appointment.
    pub customer_notes: Option<String>,
    pub customer_phone: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub customers: Option<Vec<AnyBookingCustomerInformationBase>>,
    pub customer_time_zone: Option<String>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub duration: Option<edm::Duration>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub end_date_time: Option<DateTimeTimeZone>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub filled_attendees_count: Option<i32>,
    pub is_customer_allowed_to_manage_booking: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_location_online: Option<bool>,
    pub join_web_url: Option<String>,
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub maximum_attendees_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub opt_out_of_customer_email: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub post_buffer: Option<edm::Duration>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub pre_buffer: Option<edm::Duration>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub price: Option<edm::Double>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub price_type: Option<BookingPriceType>,
    pub reminders: Option<Vec<BookingReminder>>,
    pub self_service_appointment_id: Option<String>,
    /// The id of the booking service associated with this appointment.
    pub service_id: Option<String>,
    pub service_location: Option<AnyLocation>,
    /// The name of the booking service associated with this appointment. Not nullable.
    #[graph(non_nullable)]
    pub service_name: Option<String>,
    pub service_notes: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub sms_notifications_enabled: Option<bool>,
    pub staff_member_ids: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub start_date_time: Option<DateTimeTimeZone>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `cancel`, bound to `bookingAppointment`.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct BookingAppointmentCancelParameters {
    pub cancellation_message: Option<String>,
}

/// Represents a Microsoft Bookings Business.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.bookingBusiness",
    path = "/solutions/bookingBusinesses",
    contains(name = "appointments", target = BookingAppointment),
    contains(name = "calendarView", target = BookingAppointment),
    contains(name = "customers", target = BookingCustomerBase),
    contains(name = "customQuestions", target = BookingCustomQuestion),
    contains(name = "services", target = BookingService),
    contains(name = "staffMembers", target = BookingStaffMemberBase),
    action(
        name = "getStaffAvailability",
        parameters = BookingBusinessGetStaffAvailabilityParameters,
        returns = Vec<StaffAvailabilityItem>
    ),
    action = "publish",
    action = "unpublish"
)]
pub struct BookingBusiness {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub address: Option<PhysicalAddress>,
    pub booking_page_settings: Option<BookingPageSettings>,
    pub business_hours: Option<Vec<BookingWorkHours>>,
    pub business_type: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub default_currency_iso: Option<String>,
    /// Display name of this entity. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub email: Option<String>,
    #[graph(read_only)]
    pub is_published: Option<bool>,
    pub language_tag: Option<String>,
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    pub phone: Option<String>,
    #[graph(read_only)]
    pub public_url: Option<String>,
    pub scheduling_policy: Option<BookingSchedulingPolicy>,
    /// The URL of the business web site.
    pub web_site_url: Option<String>,
    /// All appointments in this business. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub appointments: Option<Vec<BookingAppointment>>,
    /// A calendar view of appointments in this business. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub calendar_view: Option<Vec<BookingAppointment>>,
    /// All customers of this business. Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub customers: Option<Vec<AnyBookingCustomerBase>>,
    /// All custom questions of this business. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub custom_questions: Option<Vec<BookingCustomQuestion>>,
    /// All services offered by this business. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub services: Option<Vec<BookingService>>,
    /// All staff members that provides services in this business. Navigation property: read when
    /// `$expand`ed, never written.
    #[graph(read_only)]
    pub staff_members: Option<Vec<AnyBookingStaffMemberBase>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `getStaffAvailability`, bound to `bookingBusiness`.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct BookingBusinessGetStaffAvailabilityParameters {
    pub staff_ids: Vec<String>,
    pub start_date_time: DateTimeTimeZone,
    pub end_date_time: DateTimeTimeZone,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.bookingCurrency",
    path = "/solutions/bookingCurrencies"
)]
pub struct BookingCurrency {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub symbol: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Represents a customer of the business.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bookingCustomer")]
pub struct BookingCustomer {
    /// The inherited properties of `bookingCustomerBase`.
    #[graph(base)]
    pub base: BookingCustomerBase,
    pub addresses: Option<Vec<PhysicalAddress>>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Display name of this entity. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// The e-mail address of this person.
    pub email_address: Option<String>,
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    pub phones: Option<Vec<Phone>>,
}

/// Booking entities that provide a display name.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.bookingCustomerBase",
    abstract
)]
pub struct BookingCustomerBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.bookingCustomerBase`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `BookingCustomerBase`, keeping its `@odata.type` and properties.
#[cfg(feature = "solutions")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyBookingCustomerBase {
    /// `microsoft.graph.bookingCustomer`.
    BookingCustomer(BookingCustomer),
    /// `microsoft.graph.bookingCustomerBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(BookingCustomerBase),
}

/// Represents a custom question of the business.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.bookingCustomQuestion")]
pub struct BookingCustomQuestion {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub answer_input_type: Option<AnswerInputType>,
    pub answer_options: Option<Vec<String>>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Display name of this entity. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Represents a particular service offered by a booking business.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.bookingService")]
pub struct BookingService {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub additional_information: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub custom_questions: Option<Vec<BookingQuestionAssignment>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub default_duration: Option<edm::Duration>,
    pub default_location: Option<AnyLocation>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub default_price: Option<edm::Double>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub default_price_type: Option<BookingPriceType>,
    /// The default reminders set in an appointment of this service.
    pub default_reminders: Option<Vec<BookingReminder>>,
    pub description: Option<String>,
    /// Display name of this entity. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_anonymous_join_enabled: Option<bool>,
    pub is_customer_allowed_to_manage_booking: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_hidden_from_customers: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_location_online: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub language_tag: Option<String>,
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub maximum_attendees_count: Option<i32>,
    pub notes: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub post_buffer: Option<edm::Duration>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub pre_buffer: Option<edm::Duration>,
    pub scheduling_policy: Option<BookingSchedulingPolicy>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub sms_notifications_enabled: Option<bool>,
    pub staff_member_ids: Option<Vec<String>>,
    /// The URL of the booking service.
    #[graph(read_only)]
    pub web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Represents a staff member who provides services in a business.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bookingStaffMember")]
pub struct BookingStaffMember {
    /// The inherited properties of `bookingStaffMemberBase`.
    #[graph(base)]
    pub base: BookingStaffMemberBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub availability_is_affected_by_personal_calendar: Option<bool>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Display name of this entity. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// The e-mail address of this person.
    pub email_address: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_email_notification_enabled: Option<bool>,
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub membership_status: Option<BookingStaffMembershipStatus>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub role: Option<BookingStaffRole>,
    pub time_zone: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub use_business_hours: Option<bool>,
    pub working_hours: Option<Vec<BookingWorkHours>>,
}

/// Booking entities that provide a display name.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.bookingStaffMemberBase",
    abstract
)]
pub struct BookingStaffMemberBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.bookingStaffMemberBase`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `BookingStaffMemberBase`, keeping its `@odata.type` and properties.
#[cfg(feature = "solutions")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyBookingStaffMemberBase {
    /// `microsoft.graph.bookingStaffMember`.
    BookingStaffMember(BookingStaffMember),
    /// `microsoft.graph.bookingStaffMemberBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(BookingStaffMemberBase),
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.browseSessionBase",
    abstract,
    action(
        name = "browse",
        method = "browse_with_browse_location_item_key_browse_resource_type_filter_order_by",
        parameters = BrowseSessionBaseBrowseWithBrowseLocationItemKeyBrowseResourceTypeFilterOrderByParameters,
        returns = Vec<BrowseQueryResponseItem>
    ),
    function(
        name = "browse",
        parameters = BrowseSessionBaseBrowseParameters,
        returns = Vec<BrowseQueryResponseItem>
    )
)]
pub struct BrowseSessionBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub backup_size_in_bytes: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub error: Option<PublicError>,
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub restore_point_date_time: Option<edm::DateTimeOffset>,
    pub restore_point_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<BrowseSessionStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.browseSessionBase`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `BrowseSessionBase`, keeping its `@odata.type` and properties.
#[cfg(feature = "solutions")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyBrowseSessionBase {
    /// `microsoft.graph.oneDriveForBusinessBrowseSession`.
    OneDriveForBusinessBrowseSession(OneDriveForBusinessBrowseSession),
    /// `microsoft.graph.sharePointBrowseSession`.
    SharePointBrowseSession(SharePointBrowseSession),
    /// `microsoft.graph.browseSessionBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(BrowseSessionBase),
}

/// The body of the action `browse`, bound to `browseSessionBase`.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct BrowseSessionBaseBrowseWithBrowseLocationItemKeyBrowseResourceTypeFilterOrderByParameters
{
    pub browse_location_item_key: Option<String>,
    pub browse_resource_type: Option<BrowsableResourceType>,
    pub filter: Option<String>,
    pub order_by: Option<BrowseQueryOrder>,
}

/// The arguments of the function `browse`, bound to `browseSessionBase`, written in its URL.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct BrowseSessionBaseBrowseParameters {
    pub next_fetch_token: String,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.driveProtectionRule")]
pub struct DriveProtectionRule {
    /// The inherited properties of `protectionRuleBase`.
    #[graph(base)]
    pub base: ProtectionRuleBase,
    pub drive_expression: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.driveProtectionUnit")]
pub struct DriveProtectionUnit {
    /// The inherited properties of `protectionUnitBase`.
    #[graph(base)]
    pub base: ProtectionUnitBase,
    pub directory_object_id: Option<String>,
    #[graph(read_only)]
    pub display_name: Option<String>,
    #[graph(read_only)]
    pub email: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.driveProtectionUnitsBulkAdditionJob")]
pub struct DriveProtectionUnitsBulkAdditionJob {
    /// The inherited properties of `protectionUnitsBulkJobBase`.
    #[graph(base)]
    pub base: ProtectionUnitsBulkJobBase,
    pub directory_object_ids: Option<Vec<String>>,
    pub drives: Option<Vec<String>>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.driveRestoreArtifact")]
pub struct DriveRestoreArtifact {
    /// The inherited properties of `restoreArtifactBase`.
    #[graph(base)]
    pub base: RestoreArtifactBase,
    pub restored_site_id: Option<String>,
    #[graph(read_only)]
    pub restored_site_name: Option<String>,
    #[graph(read_only)]
    pub restored_site_web_url: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.driveRestoreArtifactsBulkAdditionRequest")]
pub struct DriveRestoreArtifactsBulkAdditionRequest {
    /// The inherited properties of `restoreArtifactsBulkRequestBase`.
    #[graph(base)]
    pub base: RestoreArtifactsBulkRequestBase,
    pub directory_object_ids: Option<Vec<String>>,
    pub drives: Option<Vec<String>>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.emailNotificationsSetting"
)]
pub struct EmailNotificationsSetting {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub additional_events: Option<Flags<NotificationEventsType>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub recipients: Option<NotificationRecipients>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.exchangeProtectionPolicy")]
pub struct ExchangeProtectionPolicy {
    /// The inherited properties of `protectionPolicyBase`.
    #[graph(base)]
    pub base: ProtectionPolicyBase,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub mailbox_inclusion_rules: Option<Vec<MailboxProtectionRule>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub mailbox_protection_units: Option<Vec<MailboxProtectionUnit>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub mailbox_protection_units_bulk_addition_jobs:
        Option<Vec<MailboxProtectionUnitsBulkAdditionJob>>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.exchangeRestoreSession",
    contains(name = "granularMailboxRestoreArtifacts", target = GranularMailboxRestoreArtifact),
    contains(name = "mailboxRestoreArtifacts", target = MailboxRestoreArtifact),
    contains(
        name = "mailboxRestoreArtifactsBulkAdditionRequests",
        target = MailboxRestoreArtifactsBulkAdditionRequest
    )
)]
pub struct ExchangeRestoreSession {
    /// The inherited properties of `restoreSessionBase`.
    #[graph(base)]
    pub base: RestoreSessionBase,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub granular_mailbox_restore_artifacts: Option<Vec<GranularMailboxRestoreArtifact>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub mailbox_restore_artifacts: Option<Vec<AnyMailboxRestoreArtifact>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub mailbox_restore_artifacts_bulk_addition_requests:
        Option<Vec<MailboxRestoreArtifactsBulkAdditionRequest>>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.granularDriveRestoreArtifact")]
pub struct GranularDriveRestoreArtifact {
    /// The inherited properties of `granularRestoreArtifactBase`.
    #[graph(base)]
    pub base: GranularRestoreArtifactBase,
    pub directory_object_id: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.granularMailboxRestoreArtifact")]
pub struct GranularMailboxRestoreArtifact {
    /// The inherited properties of `mailboxRestoreArtifact`.
    #[graph(base)]
    pub base: MailboxRestoreArtifact,
    pub artifact_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub search_response_id: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.granularSiteRestoreArtifact")]
pub struct GranularSiteRestoreArtifact {
    /// The inherited properties of `granularRestoreArtifactBase`.
    #[graph(base)]
    pub base: GranularRestoreArtifactBase,
    pub site_id: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mailboxProtectionRule")]
pub struct MailboxProtectionRule {
    /// The inherited properties of `protectionRuleBase`.
    #[graph(base)]
    pub base: ProtectionRuleBase,
    pub mailbox_expression: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mailboxProtectionUnit")]
pub struct MailboxProtectionUnit {
    /// The inherited properties of `protectionUnitBase`.
    #[graph(base)]
    pub base: ProtectionUnitBase,
    pub directory_object_id: Option<String>,
    #[graph(read_only)]
    pub display_name: Option<String>,
    #[graph(read_only)]
    pub email: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mailboxProtectionUnitsBulkAdditionJob")]
pub struct MailboxProtectionUnitsBulkAdditionJob {
    /// The inherited properties of `protectionUnitsBulkJobBase`.
    #[graph(base)]
    pub base: ProtectionUnitsBulkJobBase,
    pub directory_object_ids: Option<Vec<String>>,
    pub mailboxes: Option<Vec<String>>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mailboxRestoreArtifact")]
pub struct MailboxRestoreArtifact {
    /// The inherited properties of `restoreArtifactBase`.
    #[graph(base)]
    pub base: RestoreArtifactBase,
    pub restored_folder_id: Option<String>,
    #[graph(read_only)]
    pub restored_folder_name: Option<String>,
    pub restored_item_count: Option<i32>,
}

/// A `microsoft.graph.mailboxRestoreArtifact`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `MailboxRestoreArtifact`, keeping its `@odata.type` and properties.
#[cfg(feature = "solutions")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyMailboxRestoreArtifact {
    /// `microsoft.graph.granularMailboxRestoreArtifact`.
    GranularMailboxRestoreArtifact(GranularMailboxRestoreArtifact),
    /// `microsoft.graph.mailboxRestoreArtifact` itself, or a type this build does not declare.
    #[graph(other)]
    Other(MailboxRestoreArtifact),
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest")]
pub struct MailboxRestoreArtifactsBulkAdditionRequest {
    /// The inherited properties of `restoreArtifactsBulkRequestBase`.
    #[graph(base)]
    pub base: RestoreArtifactsBulkRequestBase,
    pub directory_object_ids: Option<Vec<String>>,
    pub mailboxes: Option<Vec<String>>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.oneDriveForBusinessBrowseSession")]
pub struct OneDriveForBusinessBrowseSession {
    /// The inherited properties of `browseSessionBase`.
    #[graph(base)]
    pub base: BrowseSessionBase,
    pub directory_object_id: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.oneDriveForBusinessProtectionPolicy")]
pub struct OneDriveForBusinessProtectionPolicy {
    /// The inherited properties of `protectionPolicyBase`.
    #[graph(base)]
    pub base: ProtectionPolicyBase,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub drive_inclusion_rules: Option<Vec<DriveProtectionRule>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub drive_protection_units: Option<Vec<DriveProtectionUnit>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub drive_protection_units_bulk_addition_jobs: Option<Vec<DriveProtectionUnitsBulkAdditionJob>>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.oneDriveForBusinessRestoreSession",
    contains(name = "driveRestoreArtifacts", target = DriveRestoreArtifact),
    contains(
        name = "driveRestoreArtifactsBulkAdditionRequests",
        target = DriveRestoreArtifactsBulkAdditionRequest
    ),
    contains(name = "granularDriveRestoreArtifacts", target = GranularDriveRestoreArtifact)
)]
pub struct OneDriveForBusinessRestoreSession {
    /// The inherited properties of `restoreSessionBase`.
    #[graph(base)]
    pub base: RestoreSessionBase,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub drive_restore_artifacts: Option<Vec<DriveRestoreArtifact>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub drive_restore_artifacts_bulk_addition_requests:
        Option<Vec<DriveRestoreArtifactsBulkAdditionRequest>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub granular_drive_restore_artifacts: Option<Vec<GranularDriveRestoreArtifact>>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.protectionPolicyBase",
    abstract,
    action(name = "activate", returns = AnyProtectionPolicyBase),
    action(name = "deactivate", returns = AnyProtectionPolicyBase)
)]
pub struct ProtectionPolicyBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    pub last_modified_by: Option<AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub protection_policy_artifact_count: Option<ProtectionPolicyArtifactCount>,
    pub retention_settings: Option<Vec<RetentionSetting>>,
    pub status: Option<ProtectionPolicyStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.protectionPolicyBase`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ProtectionPolicyBase`, keeping its `@odata.type` and properties.
#[cfg(feature = "solutions")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyProtectionPolicyBase {
    /// `microsoft.graph.exchangeProtectionPolicy`.
    ExchangeProtectionPolicy(ExchangeProtectionPolicy),
    /// `microsoft.graph.oneDriveForBusinessProtectionPolicy`.
    OneDriveForBusinessProtectionPolicy(OneDriveForBusinessProtectionPolicy),
    /// `microsoft.graph.sharePointProtectionPolicy`.
    SharePointProtectionPolicy(SharePointProtectionPolicy),
    /// `microsoft.graph.protectionPolicyBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ProtectionPolicyBase),
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.restorePoint",
    action(
        name = "search",
        collection,
        parameters = RestorePointCollectionSearchParameters,
        returns = RestorePointSearchResponse
    )
)]
pub struct RestorePoint {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub protection_date_time: Option<edm::DateTimeOffset>,
    pub tags: Option<Flags<RestorePointTags>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub protection_unit: Option<AnyProtectionUnitBase>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `search`, bound to a collection of `restorePoint`.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct RestorePointCollectionSearchParameters {
    pub protection_unit_ids: Option<Vec<String>>,
    pub protection_time_period: Option<TimePeriod>,
    pub restore_point_preference: Option<RestorePointPreference>,
    pub tags: Option<Flags<RestorePointTags>>,
    pub artifact_query: Option<ArtifactQuery>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.restoreSessionBase",
    action(name = "activate", returns = AnyRestoreSessionBase)
)]
pub struct RestoreSessionBase {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub completed_date_time: Option<edm::DateTimeOffset>,
    pub created_by: Option<AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub error: Option<PublicError>,
    pub last_modified_by: Option<AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub restore_job_type: Option<RestoreJobType>,
    pub restore_session_artifact_count: Option<RestoreSessionArtifactCount>,
    pub status: Option<RestoreSessionStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.restoreSessionBase`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `RestoreSessionBase`, keeping its `@odata.type` and properties.
#[cfg(feature = "solutions")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyRestoreSessionBase {
    /// `microsoft.graph.exchangeRestoreSession`.
    ExchangeRestoreSession(ExchangeRestoreSession),
    /// `microsoft.graph.oneDriveForBusinessRestoreSession`.
    OneDriveForBusinessRestoreSession(OneDriveForBusinessRestoreSession),
    /// `microsoft.graph.sharePointRestoreSession`.
    SharePointRestoreSession(SharePointRestoreSession),
    /// `microsoft.graph.restoreSessionBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(RestoreSessionBase),
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.serviceApp",
    action(name = "activate", parameters = ServiceAppActivateParameters, returns = ServiceApp),
    action(name = "deactivate", returns = ServiceApp)
)]
pub struct ServiceApp {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub application: Option<AnyIdentity>,
    pub effective_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_by: Option<AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub registration_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<ServiceAppStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `activate`, bound to `serviceApp`.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ServiceAppActivateParameters {
    pub effective_date_time: edm::DateTimeOffset,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointBrowseSession")]
pub struct SharePointBrowseSession {
    /// The inherited properties of `browseSessionBase`.
    #[graph(base)]
    pub base: BrowseSessionBase,
    pub site_id: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointProtectionPolicy")]
pub struct SharePointProtectionPolicy {
    /// The inherited properties of `protectionPolicyBase`.
    #[graph(base)]
    pub base: ProtectionPolicyBase,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub site_inclusion_rules: Option<Vec<SiteProtectionRule>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub site_protection_units: Option<Vec<SiteProtectionUnit>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub site_protection_units_bulk_addition_jobs: Option<Vec<SiteProtectionUnitsBulkAdditionJob>>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.sharePointRestoreSession",
    contains(name = "granularSiteRestoreArtifacts", target = GranularSiteRestoreArtifact),
    contains(name = "siteRestoreArtifacts", target = SiteRestoreArtifact),
    contains(
        name = "siteRestoreArtifactsBulkAdditionRequests",
        target = SiteRestoreArtifactsBulkAdditionRequest
    )
)]
pub struct SharePointRestoreSession {
    /// The inherited properties of `restoreSessionBase`.
    #[graph(base)]
    pub base: RestoreSessionBase,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub granular_site_restore_artifacts: Option<Vec<GranularSiteRestoreArtifact>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub site_restore_artifacts: Option<Vec<SiteRestoreArtifact>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub site_restore_artifacts_bulk_addition_requests:
        Option<Vec<SiteRestoreArtifactsBulkAdditionRequest>>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.siteProtectionRule")]
pub struct SiteProtectionRule {
    /// The inherited properties of `protectionRuleBase`.
    #[graph(base)]
    pub base: ProtectionRuleBase,
    pub site_expression: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.siteProtectionUnit")]
pub struct SiteProtectionUnit {
    /// The inherited properties of `protectionUnitBase`.
    #[graph(base)]
    pub base: ProtectionUnitBase,
    pub site_id: Option<String>,
    #[graph(read_only)]
    pub site_name: Option<String>,
    #[graph(read_only)]
    pub site_web_url: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.siteProtectionUnitsBulkAdditionJob")]
pub struct SiteProtectionUnitsBulkAdditionJob {
    /// The inherited properties of `protectionUnitsBulkJobBase`.
    #[graph(base)]
    pub base: ProtectionUnitsBulkJobBase,
    pub site_ids: Option<Vec<String>>,
    pub site_web_urls: Option<Vec<String>>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.siteRestoreArtifact")]
pub struct SiteRestoreArtifact {
    /// The inherited properties of `restoreArtifactBase`.
    #[graph(base)]
    pub base: RestoreArtifactBase,
    pub restored_site_id: Option<String>,
    #[graph(read_only)]
    pub restored_site_name: Option<String>,
    #[graph(read_only)]
    pub restored_site_web_url: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.siteRestoreArtifactsBulkAdditionRequest")]
pub struct SiteRestoreArtifactsBulkAdditionRequest {
    /// The inherited properties of `restoreArtifactsBulkRequestBase`.
    #[graph(base)]
    pub base: RestoreArtifactsBulkRequestBase,
    pub site_ids: Option<Vec<String>>,
    pub site_web_urls: Option<Vec<String>>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.solutionsRoot",
    keyless,
    singleton = "/solutions",
    contains(name = "backupRestore", target = BackupRestoreRoot, single),
    contains(name = "bookingBusinesses", target = BookingBusiness),
    contains(name = "bookingCurrencies", target = BookingCurrency),
    contains(name = "virtualEvents", target = VirtualEventsRoot, single)
)]
pub struct SolutionsRoot {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub backup_restore: Option<BackupRestoreRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub booking_businesses: Option<Vec<BookingBusiness>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub booking_currencies: Option<Vec<BookingCurrency>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub virtual_events: Option<VirtualEventsRoot>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.virtualEvent",
    contains(name = "presenters", target = VirtualEventPresenter),
    contains(name = "sessions", target = VirtualEventSession),
    action = "cancel",
    action = "publish",
    action(
        name = "setExternalEventInformation",
        parameters = VirtualEventSetExternalEventInformationParameters
    )
)]
pub struct VirtualEvent {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<CommunicationsIdentitySet>,
    pub description: Option<ItemBody>,
    pub display_name: Option<String>,
    pub end_date_time: Option<DateTimeTimeZone>,
    pub external_event_information: Option<Vec<VirtualEventExternalInformation>>,
    pub is_registration_required: Option<bool>,
    pub settings: Option<VirtualEventSettings>,
    pub start_date_time: Option<DateTimeTimeZone>,
    pub status: Option<VirtualEventStatus>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub presenters: Option<Vec<VirtualEventPresenter>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sessions: Option<Vec<VirtualEventSession>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.virtualEvent`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `VirtualEvent`, keeping its `@odata.type` and properties.
#[cfg(feature = "solutions")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyVirtualEvent {
    /// `microsoft.graph.virtualEventTownhall`.
    VirtualEventTownhall(VirtualEventTownhall),
    /// `microsoft.graph.virtualEventWebinar`.
    VirtualEventWebinar(VirtualEventWebinar),
    /// `microsoft.graph.virtualEvent` itself, or a type this build does not declare.
    #[graph(other)]
    Other(VirtualEvent),
}

/// The body of the action `setExternalEventInformation`, bound to `virtualEvent`.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct VirtualEventSetExternalEventInformationParameters {
    pub external_event_id: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.virtualEventPresenter")]
pub struct VirtualEventPresenter {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub email: Option<String>,
    pub identity: Option<AnyIdentity>,
    pub presenter_details: Option<VirtualEventPresenterDetails>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.virtualEventRegistration",
    action = "cancel"
)]
pub struct VirtualEventRegistration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub cancelation_date_time: Option<edm::DateTimeOffset>,
    pub email: Option<String>,
    pub external_registration_information: Option<VirtualEventExternalRegistrationInformation>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub preferred_language: Option<String>,
    pub preferred_timezone: Option<String>,
    pub registration_date_time: Option<edm::DateTimeOffset>,
    pub registration_question_answers: Option<Vec<VirtualEventRegistrationQuestionAnswer>>,
    pub status: Option<VirtualEventAttendeeRegistrationStatus>,
    pub user_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sessions: Option<Vec<VirtualEventSession>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.virtualEventSession")]
pub struct VirtualEventSession {
    /// The inherited properties of `onlineMeetingBase`.
    #[graph(base)]
    pub base: OnlineMeetingBase,
    pub capacity: Option<i32>,
    pub end_date_time: Option<DateTimeTimeZone>,
    pub start_date_time: Option<DateTimeTimeZone>,
    pub video_on_demand_web_url: Option<String>,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.virtualEventsRoot",
    contains(name = "events", target = VirtualEvent),
    contains(name = "townhalls", target = VirtualEventTownhall),
    contains(name = "webinars", target = VirtualEventWebinar)
)]
pub struct VirtualEventsRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub events: Option<Vec<AnyVirtualEvent>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub townhalls: Option<Vec<VirtualEventTownhall>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub webinars: Option<Vec<VirtualEventWebinar>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.virtualEventTownhall",
    contains(
        name = "registrationConfiguration",
        target = VirtualEventTownhallRegistrationConfiguration,
        single
    ),
    contains(name = "registrations", target = VirtualEventRegistration),
    function(
        name = "getByUserIdAndRole",
        collection,
        parameters = VirtualEventTownhallCollectionGetByUserIdAndRoleParameters,
        returns = Page<VirtualEventTownhall>
    ),
    function(
        name = "getByUserRole",
        collection,
        parameters = VirtualEventTownhallCollectionGetByUserRoleParameters,
        returns = Page<VirtualEventTownhall>
    )
)]
pub struct VirtualEventTownhall {
    /// The inherited properties of `virtualEvent`.
    #[graph(base)]
    pub base: VirtualEvent,
    pub audience: Option<MeetingAudience>,
    pub capacity: Option<i32>,
    pub co_organizers: Option<Vec<CommunicationsUserIdentity>>,
    pub invited_attendees: Option<Vec<AnyIdentity>>,
    pub is_invite_only: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub registration_configuration: Option<VirtualEventTownhallRegistrationConfiguration>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub registrations: Option<Vec<VirtualEventRegistration>>,
}

/// The arguments of the function `getByUserIdAndRole`, bound to a collection of
/// `virtualEventTownhall`, written in its URL.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct VirtualEventTownhallCollectionGetByUserIdAndRoleParameters {
    pub user_id: String,
    pub role: String,
}

/// The arguments of the function `getByUserRole`, bound to a collection of `virtualEventTownhall`,
/// written in its URL.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct VirtualEventTownhallCollectionGetByUserRoleParameters {
    pub role: String,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.virtualEventTownhallRegistrationConfiguration")]
pub struct VirtualEventTownhallRegistrationConfiguration {
    /// The inherited properties of `virtualEventRegistrationConfiguration`.
    #[graph(base)]
    pub base: VirtualEventRegistrationConfiguration,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.virtualEventWebinar",
    contains(
        name = "registrationConfiguration",
        target = VirtualEventWebinarRegistrationConfiguration,
        single
    ),
    contains(name = "registrations", target = VirtualEventRegistration),
    function(
        name = "getByUserIdAndRole",
        collection,
        parameters = VirtualEventWebinarCollectionGetByUserIdAndRoleParameters,
        returns = Page<VirtualEventWebinar>
    ),
    function(
        name = "getByUserRole",
        collection,
        parameters = VirtualEventWebinarCollectionGetByUserRoleParameters,
        returns = Page<VirtualEventWebinar>
    )
)]
pub struct VirtualEventWebinar {
    /// The inherited properties of `virtualEvent`.
    #[graph(base)]
    pub base: VirtualEvent,
    pub audience: Option<MeetingAudience>,
    pub co_organizers: Option<Vec<CommunicationsUserIdentity>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub registration_configuration: Option<VirtualEventWebinarRegistrationConfiguration>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub registrations: Option<Vec<VirtualEventRegistration>>,
}

/// The arguments of the function `getByUserIdAndRole`, bound to a collection of
/// `virtualEventWebinar`, written in its URL.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct VirtualEventWebinarCollectionGetByUserIdAndRoleParameters {
    pub user_id: String,
    pub role: String,
}

/// The arguments of the function `getByUserRole`, bound to a collection of `virtualEventWebinar`,
/// written in its URL.
#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct VirtualEventWebinarCollectionGetByUserRoleParameters {
    pub role: String,
}

#[cfg(feature = "solutions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.virtualEventWebinarRegistrationConfiguration")]
pub struct VirtualEventWebinarRegistrationConfiguration {
    /// The inherited properties of `virtualEventRegistrationConfiguration`.
    #[graph(base)]
    pub base: VirtualEventRegistrationConfiguration,
}
