//! The types of the area `teams`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "teams")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.channelLayoutType")]
pub enum ChannelLayoutType {
    Post,
    Chat,
    UnknownFutureValue,
}

#[cfg(feature = "teams")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.channelMembershipType")]
pub enum ChannelMembershipType {
    Standard,
    Private,
    UnknownFutureValue,
    Shared,
}

#[cfg(feature = "teams")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.clonableTeamParts", flags)]
pub enum ClonableTeamParts {
    Apps,
    Tabs,
    Settings,
    Channels,
    Members,
}

#[cfg(feature = "teams")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.confirmedBy", flags)]
pub enum ConfirmedBy {
    None,
    User,
    Manager,
    UnknownFutureValue,
}

#[cfg(feature = "teams")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.giphyRatingType")]
pub enum GiphyRatingType {
    Strict,
    Moderate,
    UnknownFutureValue,
}

#[cfg(any(feature = "teams", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.scheduleChangeRequestActor")]
pub enum ScheduleChangeRequestActor {
    Sender,
    Recipient,
    Manager,
    System,
    UnknownFutureValue,
}

#[cfg(any(feature = "teams", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.scheduleChangeState")]
pub enum ScheduleChangeState {
    Pending,
    Approved,
    Declined,
    UnknownFutureValue,
}

#[cfg(feature = "teams")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.scheduleEntityTheme")]
pub enum ScheduleEntityTheme {
    White,
    Blue,
    Green,
    Purple,
    Pink,
    Yellow,
    Gray,
    DarkBlue,
    DarkGreen,
    DarkPurple,
    DarkPink,
    DarkYellow,
    UnknownFutureValue,
    DarkRed,
    Cranberry,
    DarkOrange,
    Bronze,
    Peach,
    Gold,
    Lime,
    Forest,
    LightGreen,
    Jade,
    LightTeal,
    DarkTeal,
    Steel,
    SkyBlue,
    BlueGray,
    Lavender,
    Lilac,
    Plum,
    Magenta,
    DarkBrown,
    Beige,
    Charcoal,
    Silver,
}

#[cfg(feature = "teams")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAsyncOperationStatus")]
pub enum TeamsAsyncOperationStatus {
    Invalid,
    NotStarted,
    InProgress,
    Succeeded,
    Failed,
    UnknownFutureValue,
}

#[cfg(feature = "teams")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAsyncOperationType")]
pub enum TeamsAsyncOperationType {
    Invalid,
    CloneTeam,
    ArchiveTeam,
    UnarchiveTeam,
    CreateTeam,
    UnknownFutureValue,
    TeamifyGroup,
    CreateChannel,
    ArchiveChannel,
    UnarchiveChannel,
}

#[cfg(feature = "teams")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamSpecialization")]
pub enum TeamSpecialization {
    None,
    EducationStandard,
    EducationClass,
    EducationProfessionalLearningCommunity,
    EducationStaff,
    HealthcareStandard,
    HealthcareCareCoordination,
    UnknownFutureValue,
}

#[cfg(feature = "teams")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamVisibilityType")]
pub enum TeamVisibilityType {
    Private,
    Public,
    HiddenMembership,
    UnknownFutureValue,
}

#[cfg(feature = "teams")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamworkTagType")]
pub enum TeamworkTagType {
    Standard,
    UnknownFutureValue,
}

#[cfg(feature = "teams")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.timeCardState")]
pub enum TimeCardState {
    ClockedIn,
    OnBreak,
    ClockedOut,
    UnknownFutureValue,
}

#[cfg(feature = "teams")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.timeOffReasonIconType")]
pub enum TimeOffReasonIconType {
    None,
    Car,
    Calendar,
    Running,
    Plane,
    FirstAid,
    Doctor,
    NotWorking,
    Clock,
    JuryDuty,
    Globe,
    Cup,
    Phone,
    Weather,
    Umbrella,
    PiggyBank,
    Dog,
    Cake,
    TrafficCone,
    Pin,
    Sunny,
    UnknownFutureValue,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.channelSummary")]
pub struct ChannelSummary {
    pub guests_count: Option<i32>,
    pub has_members_from_other_tenants: Option<bool>,
    pub members_count: Option<i32>,
    pub owners_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.openShiftItem", complex)]
pub struct OpenShiftItem {
    /// The inherited properties of `shiftItem`.
    #[graph(base)]
    pub base: ShiftItem,
    /// Not nullable.
    #[graph(non_nullable)]
    pub open_slot_count: Option<i32>,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.operationError")]
pub struct OperationError {
    pub code: Option<String>,
    pub message: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.provisionChannelEmailResult")]
pub struct ProvisionChannelEmailResult {
    pub email: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.scheduleEntity")]
pub struct ScheduleEntity {
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub theme: Option<ScheduleEntityTheme>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.scheduleEntity`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ScheduleEntity`, keeping its `@odata.type` and properties.
#[cfg(feature = "teams")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyScheduleEntity {
    /// `microsoft.graph.shiftItem`.
    ShiftItem(ShiftItem),
    /// `microsoft.graph.openShiftItem`.
    OpenShiftItem(OpenShiftItem),
    /// `microsoft.graph.timeOffItem`.
    TimeOffItem(TimeOffItem),
    /// `microsoft.graph.scheduleEntity` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ScheduleEntity),
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.shiftActivity")]
pub struct ShiftActivity {
    pub code: Option<String>,
    pub display_name: Option<String>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub is_paid: Option<bool>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub theme: Option<ScheduleEntityTheme>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.shiftItem", complex)]
pub struct ShiftItem {
    /// The inherited properties of `scheduleEntity`.
    #[graph(base)]
    pub base: ScheduleEntity,
    pub activities: Option<Vec<ShiftActivity>>,
    pub display_name: Option<String>,
    pub notes: Option<String>,
}

/// A `microsoft.graph.shiftItem`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `ShiftItem`, keeping its `@odata.type` and properties.
#[cfg(feature = "teams")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyShiftItem {
    /// `microsoft.graph.openShiftItem`.
    OpenShiftItem(OpenShiftItem),
    /// `microsoft.graph.shiftItem` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ShiftItem),
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamFunSettings")]
pub struct TeamFunSettings {
    pub allow_custom_memes: Option<bool>,
    pub allow_giphy: Option<bool>,
    pub allow_stickers_and_memes: Option<bool>,
    pub giphy_content_rating: Option<GiphyRatingType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamGuestSettings")]
pub struct TeamGuestSettings {
    pub allow_create_update_channels: Option<bool>,
    pub allow_delete_channels: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamMemberSettings")]
pub struct TeamMemberSettings {
    pub allow_add_remove_apps: Option<bool>,
    pub allow_create_private_channels: Option<bool>,
    pub allow_create_update_channels: Option<bool>,
    pub allow_create_update_remove_connectors: Option<bool>,
    pub allow_create_update_remove_tabs: Option<bool>,
    pub allow_delete_channels: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamMessagingSettings")]
pub struct TeamMessagingSettings {
    pub allow_channel_mentions: Option<bool>,
    pub allow_owner_delete_messages: Option<bool>,
    pub allow_team_mentions: Option<bool>,
    pub allow_user_delete_messages: Option<bool>,
    pub allow_user_edit_messages: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamSummary")]
pub struct TeamSummary {
    pub guests_count: Option<i32>,
    pub members_count: Option<i32>,
    pub owners_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timeCardBreak")]
pub struct TimeCardBreak {
    pub break_id: Option<String>,
    pub end: Option<TimeCardEvent>,
    pub notes: Option<ItemBody>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub start: Option<TimeCardEvent>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timeCardEntry")]
pub struct TimeCardEntry {
    pub breaks: Option<Vec<TimeCardBreak>>,
    pub clock_in_event: Option<TimeCardEvent>,
    pub clock_out_event: Option<TimeCardEvent>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timeCardEvent")]
pub struct TimeCardEvent {
    /// Not nullable.
    #[graph(non_nullable)]
    pub date_time: Option<edm::DateTimeOffset>,
    pub is_at_approved_location: Option<bool>,
    pub notes: Option<ItemBody>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timeClockSettings")]
pub struct TimeClockSettings {
    pub approved_location: Option<GeoCoordinates>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timeOffItem", complex)]
pub struct TimeOffItem {
    /// The inherited properties of `scheduleEntity`.
    #[graph(base)]
    pub base: ScheduleEntity,
    pub time_off_reason_id: Option<String>,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.channel",
    contains(name = "messages", target = ChatMessage),
    contains(name = "sharedWithTeams", target = SharedWithChannelTeamInfo),
    action(name = "archive", parameters = ChannelArchiveParameters),
    action = "completeMigration",
    action(name = "provisionEmail", returns = ProvisionChannelEmailResult),
    action = "removeEmail",
    action(name = "startMigration", parameters = ChannelStartMigrationParameters),
    action = "unarchive",
    function(
        name = "doesUserHaveAccess",
        parameters = ChannelDoesUserHaveAccessParameters,
        returns = bool
    ),
    function(name = "getAllMessages", collection, returns = Page<AnyChatMessage>),
    function(name = "getAllRetainedMessages", collection, returns = Page<AnyChatMessage>)
)]
#[cfg_attr(feature = "chats", graph(contains(name = "allMembers", target = ConversationMember)))]
#[cfg_attr(feature = "chats", graph(contains(name = "members", target = ConversationMember)))]
#[cfg_attr(feature = "chats", graph(contains(name = "tabs", target = TeamsTab)))]
pub struct Channel {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub is_archived: Option<bool>,
    pub is_favorite_by_default: Option<bool>,
    pub layout_type: Option<ChannelLayoutType>,
    pub membership_type: Option<ChannelMembershipType>,
    pub migration_mode: Option<MigrationMode>,
    pub original_created_date_time: Option<edm::DateTimeOffset>,
    pub summary: Option<ChannelSummary>,
    pub tenant_id: Option<String>,
    pub web_url: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `chats`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "chats")]
    #[graph(read_only)]
    pub all_members: Option<Vec<AnyConversationMember>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `appCatalogs`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "appCatalogs")]
    #[graph(read_only)]
    pub enabled_apps: Option<Vec<TeamsApp>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub files_folder: Option<Box<DriveItem>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `chats`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "chats")]
    #[graph(read_only)]
    pub members: Option<Vec<AnyConversationMember>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub messages: Option<Vec<AnyChatMessage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub shared_with_teams: Option<Vec<SharedWithChannelTeamInfo>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `chats`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "chats")]
    #[graph(read_only)]
    pub tabs: Option<Vec<TeamsTab>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `archive`, bound to `channel`.
#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ChannelArchiveParameters {
    pub should_set_spo_site_read_only_for_members: Option<bool>,
}

/// The body of the action `startMigration`, bound to `channel`.
#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ChannelStartMigrationParameters {
    pub conversation_creation_date_time: Option<edm::DateTimeOffset>,
}

/// The arguments of the function `doesUserHaveAccess`, bound to `channel`, written in its URL.
#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ChannelDoesUserHaveAccessParameters {
    pub user_id: Option<String>,
    pub tenant_id: Option<String>,
    pub user_principal_name: Option<String>,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.dayNote")]
pub struct DayNote {
    /// The inherited properties of `changeTrackedEntity`.
    #[graph(base)]
    pub base: ChangeTrackedEntity,
    pub day_note_date: Option<edm::Date>,
    pub draft_day_note: Option<ItemBody>,
    pub shared_day_note: Option<ItemBody>,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.offerShiftRequest")]
pub struct OfferShiftRequest {
    /// The inherited properties of `scheduleChangeRequest`.
    #[graph(base)]
    pub base: ScheduleChangeRequest,
    #[graph(read_only)]
    pub recipient_action_date_time: Option<edm::DateTimeOffset>,
    pub recipient_action_message: Option<String>,
    pub recipient_user_id: Option<String>,
    pub sender_shift_id: Option<String>,
}

/// A `microsoft.graph.offerShiftRequest`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `OfferShiftRequest`, keeping its `@odata.type` and properties.
#[cfg(feature = "teams")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOfferShiftRequest {
    /// `microsoft.graph.swapShiftsChangeRequest`.
    SwapShiftsChangeRequest(SwapShiftsChangeRequest),
    /// `microsoft.graph.offerShiftRequest` itself, or a type this build does not declare.
    #[graph(other)]
    Other(OfferShiftRequest),
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.openShift")]
pub struct OpenShift {
    /// The inherited properties of `changeTrackedEntity`.
    #[graph(base)]
    pub base: ChangeTrackedEntity,
    pub draft_open_shift: Option<OpenShiftItem>,
    pub is_staged_for_deletion: Option<bool>,
    pub scheduling_group_id: Option<String>,
    pub shared_open_shift: Option<OpenShiftItem>,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.openShiftChangeRequest")]
pub struct OpenShiftChangeRequest {
    /// The inherited properties of `scheduleChangeRequest`.
    #[graph(base)]
    pub base: ScheduleChangeRequest,
    pub open_shift_id: Option<String>,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.schedule",
    contains(name = "dayNotes", target = DayNote),
    contains(name = "offerShiftRequests", target = OfferShiftRequest),
    contains(name = "openShiftChangeRequests", target = OpenShiftChangeRequest),
    contains(name = "openShifts", target = OpenShift),
    contains(name = "schedulingGroups", target = SchedulingGroup),
    contains(name = "shifts", target = Shift),
    contains(name = "swapShiftsChangeRequests", target = SwapShiftsChangeRequest),
    contains(name = "timeCards", target = TimeCard),
    contains(name = "timeOffReasons", target = TimeOffReason),
    contains(name = "timeOffRequests", target = TimeOffRequest),
    contains(name = "timesOff", target = TimeOff),
    action(name = "share", parameters = ScheduleShareParameters)
)]
pub struct Schedule {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub enabled: Option<bool>,
    pub is_activities_included_when_copying_shifts_enabled: Option<bool>,
    pub offer_shift_requests_enabled: Option<bool>,
    pub open_shifts_enabled: Option<bool>,
    #[graph(read_only)]
    pub provision_status: Option<OperationStatus>,
    #[graph(read_only)]
    pub provision_status_code: Option<String>,
    pub start_day_of_week: Option<DayOfWeek>,
    pub swap_shifts_requests_enabled: Option<bool>,
    pub time_clock_enabled: Option<bool>,
    pub time_clock_settings: Option<TimeClockSettings>,
    pub time_off_requests_enabled: Option<bool>,
    pub time_zone: Option<String>,
    pub workforce_integration_ids: Option<Vec<String>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub day_notes: Option<Vec<DayNote>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub offer_shift_requests: Option<Vec<AnyOfferShiftRequest>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub open_shift_change_requests: Option<Vec<OpenShiftChangeRequest>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub open_shifts: Option<Vec<OpenShift>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub scheduling_groups: Option<Vec<SchedulingGroup>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub shifts: Option<Vec<Shift>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub swap_shifts_change_requests: Option<Vec<SwapShiftsChangeRequest>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub time_cards: Option<Vec<TimeCard>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub time_off_reasons: Option<Vec<TimeOffReason>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub time_off_requests: Option<Vec<TimeOffRequest>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub times_off: Option<Vec<TimeOff>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `share`, bound to `schedule`.
#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ScheduleShareParameters {
    pub notify_team: Option<bool>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub end_date_time: Option<edm::DateTimeOffset>,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.schedulingGroup")]
pub struct SchedulingGroup {
    /// The inherited properties of `changeTrackedEntity`.
    #[graph(base)]
    pub base: ChangeTrackedEntity,
    pub code: Option<String>,
    pub display_name: Option<String>,
    #[graph(read_only)]
    pub is_active: Option<bool>,
    pub user_ids: Option<Vec<String>>,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharedWithChannelTeamInfo")]
pub struct SharedWithChannelTeamInfo {
    /// The inherited properties of `teamInfo`.
    #[graph(base)]
    pub base: TeamInfo,
    pub is_host_team: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `chats`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "chats")]
    #[graph(read_only)]
    pub allowed_members: Option<Vec<AnyConversationMember>>,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.shift")]
pub struct Shift {
    /// The inherited properties of `changeTrackedEntity`.
    #[graph(base)]
    pub base: ChangeTrackedEntity,
    pub draft_shift: Option<AnyShiftItem>,
    pub is_staged_for_deletion: Option<bool>,
    pub scheduling_group_id: Option<String>,
    pub shared_shift: Option<AnyShiftItem>,
    pub user_id: Option<String>,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.swapShiftsChangeRequest")]
pub struct SwapShiftsChangeRequest {
    /// The inherited properties of `offerShiftRequest`.
    #[graph(base)]
    pub base: OfferShiftRequest,
    pub recipient_shift_id: Option<String>,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.team",
    path = "/teams",
    contains(name = "channels", target = Channel),
    contains(name = "operations", target = TeamsAsyncOperation),
    contains(name = "primaryChannel", target = Channel, single),
    contains(name = "schedule", target = Schedule, single),
    contains(name = "tags", target = TeamworkTag),
    action(name = "archive", parameters = TeamArchiveParameters),
    action(name = "clone", parameters = TeamCloneParameters),
    action = "completeMigration",
    action(name = "sendActivityNotification", parameters = TeamSendActivityNotificationParameters),
    action = "unarchive",
    function(name = "getAllMessages", collection, returns = Page<AnyChatMessage>)
)]
#[cfg_attr(feature = "chats", graph(contains(name = "installedApps", target = TeamsAppInstallation)))]
#[cfg_attr(feature = "chats", graph(contains(name = "members", target = ConversationMember)))]
#[cfg_attr(any(feature = "groups", feature = "permissionGrants"), graph(contains(name = "permissionGrants", target = ResourceSpecificPermissionGrant)))]
#[cfg_attr(feature = "groups", graph(contains(name = "photo", target = ProfilePhoto, single)))]
pub struct Team {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub classification: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub first_channel_name: Option<String>,
    pub fun_settings: Option<TeamFunSettings>,
    pub guest_settings: Option<TeamGuestSettings>,
    pub internal_id: Option<String>,
    pub is_archived: Option<bool>,
    pub member_settings: Option<TeamMemberSettings>,
    pub messaging_settings: Option<TeamMessagingSettings>,
    pub specialization: Option<TeamSpecialization>,
    pub summary: Option<TeamSummary>,
    pub tenant_id: Option<String>,
    pub visibility: Option<TeamVisibilityType>,
    pub web_url: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub all_channels: Option<Vec<Channel>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub channels: Option<Vec<Channel>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub group: Option<Box<Group>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub incoming_channels: Option<Vec<Channel>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `chats`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "chats")]
    #[graph(read_only)]
    pub installed_apps: Option<Vec<AnyTeamsAppInstallation>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `chats`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "chats")]
    #[graph(read_only)]
    pub members: Option<Vec<AnyConversationMember>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub operations: Option<Vec<TeamsAsyncOperation>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `groups`, `permissionGrants`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "groups", feature = "permissionGrants"))]
    #[graph(read_only)]
    pub permission_grants: Option<Vec<ResourceSpecificPermissionGrant>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub photo: Option<ProfilePhoto>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub primary_channel: Option<Box<Channel>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub schedule: Option<Schedule>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub tags: Option<Vec<TeamworkTag>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `teamsTemplates`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "teamsTemplates")]
    #[graph(read_only)]
    pub template: Option<TeamsTemplate>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `archive`, bound to `team`.
#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct TeamArchiveParameters {
    pub should_set_spo_site_read_only_for_members: Option<bool>,
}

/// The body of the action `clone`, bound to `team`.
#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct TeamCloneParameters {
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub mail_nickname: Option<String>,
    pub classification: Option<String>,
    pub visibility: TeamVisibilityType,
    pub parts_to_clone: Flags<ClonableTeamParts>,
}

/// The body of the action `sendActivityNotification`, bound to `team`.
#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct TeamSendActivityNotificationParameters {
    pub topic: Option<TeamworkActivityTopic>,
    pub activity_type: Option<String>,
    pub chain_id: Option<edm::Int64>,
    pub preview_text: Option<ItemBody>,
    pub teams_app_id: Option<String>,
    pub template_parameters: Option<Vec<KeyValuePair>>,
    pub recipient: Option<AnyTeamworkNotificationRecipient>,
    pub icon_id: Option<String>,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.teamsAsyncOperation")]
pub struct TeamsAsyncOperation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub attempts_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub error: Option<OperationError>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_action_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub operation_type: Option<TeamsAsyncOperationType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<TeamsAsyncOperationStatus>,
    pub target_resource_id: Option<String>,
    pub target_resource_location: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.teamworkTag",
    contains(name = "members", target = TeamworkTagMember)
)]
pub struct TeamworkTag {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub member_count: Option<i32>,
    pub tag_type: Option<TeamworkTagType>,
    pub team_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub members: Option<Vec<TeamworkTagMember>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.teamworkTagMember")]
pub struct TeamworkTagMember {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub tenant_id: Option<String>,
    pub user_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.timeCard",
    action(
        name = "clockIn",
        collection,
        parameters = TimeCardCollectionClockInParameters,
        returns = TimeCard
    ),
    action(name = "clockOut", parameters = TimeCardClockOutParameters, returns = TimeCard),
    action(name = "confirm", returns = TimeCard),
    action(name = "endBreak", parameters = TimeCardEndBreakParameters, returns = TimeCard),
    action(name = "startBreak", parameters = TimeCardStartBreakParameters, returns = TimeCard)
)]
pub struct TimeCard {
    /// The inherited properties of `changeTrackedEntity`.
    #[graph(base)]
    pub base: ChangeTrackedEntity,
    pub breaks: Option<Vec<TimeCardBreak>>,
    pub clock_in_event: Option<TimeCardEvent>,
    pub clock_out_event: Option<TimeCardEvent>,
    pub confirmed_by: Option<Flags<ConfirmedBy>>,
    pub notes: Option<ItemBody>,
    pub original_entry: Option<TimeCardEntry>,
    pub state: Option<TimeCardState>,
    pub user_id: Option<String>,
}

/// The body of the action `clockIn`, bound to a collection of `timeCard`.
#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct TimeCardCollectionClockInParameters {
    pub is_at_approved_location: Option<bool>,
    pub on_behalf_of_user_id: Option<String>,
    pub notes: Option<ItemBody>,
}

/// The body of the action `clockOut`, bound to `timeCard`.
#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct TimeCardClockOutParameters {
    pub is_at_approved_location: Option<bool>,
    pub notes: Option<ItemBody>,
}

/// The body of the action `endBreak`, bound to `timeCard`.
#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct TimeCardEndBreakParameters {
    pub is_at_approved_location: Option<bool>,
    pub notes: Option<ItemBody>,
}

/// The body of the action `startBreak`, bound to `timeCard`.
#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct TimeCardStartBreakParameters {
    pub is_at_approved_location: Option<bool>,
    pub notes: Option<ItemBody>,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timeOff")]
pub struct TimeOff {
    /// The inherited properties of `changeTrackedEntity`.
    #[graph(base)]
    pub base: ChangeTrackedEntity,
    pub draft_time_off: Option<TimeOffItem>,
    pub is_staged_for_deletion: Option<bool>,
    pub shared_time_off: Option<TimeOffItem>,
    pub user_id: Option<String>,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timeOffReason")]
pub struct TimeOffReason {
    /// The inherited properties of `changeTrackedEntity`.
    #[graph(base)]
    pub base: ChangeTrackedEntity,
    pub code: Option<String>,
    pub display_name: Option<String>,
    pub icon_type: Option<TimeOffReasonIconType>,
    pub is_active: Option<bool>,
}

#[cfg(feature = "teams")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.timeOffRequest")]
pub struct TimeOffRequest {
    /// The inherited properties of `scheduleChangeRequest`.
    #[graph(base)]
    pub base: ScheduleChangeRequest,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub time_off_reason_id: Option<String>,
}
