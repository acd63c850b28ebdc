//! The types of the area `chats`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecordingStatus")]
pub enum CallRecordingStatus {
    Success,
    Failure,
    Initial,
    ChunkFinished,
    UnknownFutureValue,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.chatMessageActions", flags)]
pub enum ChatMessageActions {
    ReactionAdded,
    ReactionRemoved,
    ActionUndefined,
    UnknownFutureValue,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.chatMessageImportance")]
pub enum ChatMessageImportance {
    Normal,
    High,
    Urgent,
    UnknownFutureValue,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.chatMessagePolicyViolationDlpActionTypes",
    flags
)]
pub enum ChatMessagePolicyViolationDlpActionTypes {
    None,
    NotifySender,
    BlockAccess,
    BlockAccessExternal,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.chatMessagePolicyViolationUserActionTypes",
    flags
)]
pub enum ChatMessagePolicyViolationUserActionTypes {
    None,
    Override,
    ReportFalsePositive,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.chatMessagePolicyViolationVerdictDetailsTypes",
    flags
)]
pub enum ChatMessagePolicyViolationVerdictDetailsTypes {
    None,
    AllowFalsePositiveOverride,
    AllowOverrideWithoutJustification,
    AllowOverrideWithJustification,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.chatMessageType")]
pub enum ChatMessageType {
    Message,
    ChatEvent,
    Typing,
    UnknownFutureValue,
    SystemEventMessage,
}

#[cfg(feature = "chats")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.chatType")]
pub enum ChatType {
    OneOnOne,
    Group,
    Meeting,
    UnknownFutureValue,
}

#[cfg(any(feature = "chats", feature = "teams"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.migrationMode")]
pub enum MigrationMode {
    InProgress,
    Completed,
    UnknownFutureValue,
}

#[cfg(any(feature = "chats", feature = "appCatalogs"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAppResourceSpecificPermissionType")]
pub enum TeamsAppResourceSpecificPermissionType {
    Delegated,
    Application,
    UnknownFutureValue,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamworkActivityTopicSource")]
pub enum TeamworkActivityTopicSource {
    EntityUrl,
    Text,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamworkCallEventType")]
pub enum TeamworkCallEventType {
    Call,
    Meeting,
    ScreenShare,
    UnknownFutureValue,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamworkUserIdentityType")]
pub enum TeamworkUserIdentityType {
    AadUser,
    OnPremiseAadUser,
    AnonymousGuest,
    FederatedUser,
    PersonalMicrosoftAccountUser,
    SkypeUser,
    PhoneUser,
    UnknownFutureValue,
    EmailUser,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.aadUserConversationMemberResult",
    complex
)]
pub struct AadUserConversationMemberResult {
    /// The inherited properties of `actionResultPart`.
    #[graph(base)]
    pub base: ActionResultPart,
    pub user_id: Option<String>,
}

#[cfg(any(feature = "chats", feature = "teams", feature = "teamwork"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.aadUserNotificationRecipient", complex)]
pub struct AadUserNotificationRecipient {
    /// The inherited properties of `teamworkNotificationRecipient`.
    #[graph(base)]
    pub base: TeamworkNotificationRecipient,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_id: Option<String>,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.actionResultPart", abstract)]
pub struct ActionResultPart {
    pub error: Option<PublicError>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.actionResultPart`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ActionResultPart`, keeping its `@odata.type` and properties.
#[cfg(feature = "chats")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyActionResultPart {
    /// `microsoft.graph.aadUserConversationMemberResult`.
    AadUserConversationMemberResult(AadUserConversationMemberResult),
    /// `microsoft.graph.actionResultPart` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ActionResultPart),
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callEndedEventMessageDetail", complex)]
pub struct CallEndedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub call_duration: Option<edm::Duration>,
    pub call_event_type: Option<TeamworkCallEventType>,
    pub call_id: Option<String>,
    pub call_participants: Option<Vec<CallParticipantInfo>>,
    pub initiator: Option<AnyIdentitySet>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callParticipantInfo")]
pub struct CallParticipantInfo {
    pub participant: Option<AnyIdentitySet>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.callRecordingEventMessageDetail",
    complex
)]
pub struct CallRecordingEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub call_id: Option<String>,
    pub call_recording_display_name: Option<String>,
    pub call_recording_duration: Option<edm::Duration>,
    pub call_recording_status: Option<CallRecordingStatus>,
    pub call_recording_url: Option<String>,
    pub initiator: Option<AnyIdentitySet>,
    pub meeting_organizer: Option<AnyIdentitySet>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callStartedEventMessageDetail", complex)]
pub struct CallStartedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub call_event_type: Option<TeamworkCallEventType>,
    pub call_id: Option<String>,
    pub initiator: Option<AnyIdentitySet>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.callTranscriptEventMessageDetail",
    complex
)]
pub struct CallTranscriptEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub call_id: Option<String>,
    pub call_transcript_i_cal_uid: Option<String>,
    pub meeting_organizer: Option<AnyIdentitySet>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.channelAddedEventMessageDetail", complex)]
pub struct ChannelAddedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub channel_display_name: Option<String>,
    pub channel_id: Option<String>,
    pub initiator: Option<AnyIdentitySet>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.channelDeletedEventMessageDetail",
    complex
)]
pub struct ChannelDeletedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub channel_display_name: Option<String>,
    pub channel_id: Option<String>,
    pub initiator: Option<AnyIdentitySet>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.channelDescriptionUpdatedEventMessageDetail",
    complex
)]
pub struct ChannelDescriptionUpdatedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub channel_description: Option<String>,
    pub channel_id: Option<String>,
    pub initiator: Option<AnyIdentitySet>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.channelIdentity")]
pub struct ChannelIdentity {
    pub channel_id: Option<String>,
    pub team_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "chats", feature = "teams", feature = "teamwork"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.channelMembersNotificationRecipient",
    complex
)]
pub struct ChannelMembersNotificationRecipient {
    /// The inherited properties of `teamworkNotificationRecipient`.
    #[graph(base)]
    pub base: TeamworkNotificationRecipient,
    /// Not nullable.
    #[graph(non_nullable)]
    pub channel_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub team_id: Option<String>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.channelRenamedEventMessageDetail",
    complex
)]
pub struct ChannelRenamedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub channel_display_name: Option<String>,
    pub channel_id: Option<String>,
    pub initiator: Option<AnyIdentitySet>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.channelSetAsFavoriteByDefaultEventMessageDetail",
    complex
)]
pub struct ChannelSetAsFavoriteByDefaultEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub channel_id: Option<String>,
    pub initiator: Option<AnyIdentitySet>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.channelUnsetAsFavoriteByDefaultEventMessageDetail",
    complex
)]
pub struct ChannelUnsetAsFavoriteByDefaultEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub channel_id: Option<String>,
    pub initiator: Option<AnyIdentitySet>,
}

#[cfg(any(feature = "chats", feature = "teams", feature = "teamwork"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.chatMembersNotificationRecipient",
    complex
)]
pub struct ChatMembersNotificationRecipient {
    /// The inherited properties of `teamworkNotificationRecipient`.
    #[graph(base)]
    pub base: TeamworkNotificationRecipient,
    /// Not nullable.
    #[graph(non_nullable)]
    pub chat_id: Option<String>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.chatMessageAttachment")]
pub struct ChatMessageAttachment {
    pub content: Option<String>,
    pub content_type: Option<String>,
    pub content_url: Option<String>,
    pub id: Option<String>,
    pub name: Option<String>,
    pub teams_app_id: Option<String>,
    pub thumbnail_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.chatMessageFromIdentitySet", complex)]
pub struct ChatMessageFromIdentitySet {
    /// The inherited properties of `identitySet`.
    #[graph(base)]
    pub base: IdentitySet,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.chatMessageHistoryItem")]
pub struct ChatMessageHistoryItem {
    /// Not nullable.
    #[graph(non_nullable)]
    pub actions: Option<Flags<ChatMessageActions>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub modified_date_time: Option<edm::DateTimeOffset>,
    pub reaction: Option<ChatMessageReaction>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.chatMessageMention")]
pub struct ChatMessageMention {
    pub id: Option<i32>,
    pub mentioned: Option<ChatMessageMentionedIdentitySet>,
    pub mention_text: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.chatMessageMentionedIdentitySet",
    complex
)]
pub struct ChatMessageMentionedIdentitySet {
    /// The inherited properties of `identitySet`.
    #[graph(base)]
    pub base: IdentitySet,
    pub conversation: Option<TeamworkConversationIdentity>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.chatMessagePolicyViolation")]
pub struct ChatMessagePolicyViolation {
    pub dlp_action: Option<Flags<ChatMessagePolicyViolationDlpActionTypes>>,
    pub justification_text: Option<String>,
    pub policy_tip: Option<ChatMessagePolicyViolationPolicyTip>,
    pub user_action: Option<Flags<ChatMessagePolicyViolationUserActionTypes>>,
    pub verdict_details: Option<Flags<ChatMessagePolicyViolationVerdictDetailsTypes>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.chatMessagePolicyViolationPolicyTip")]
pub struct ChatMessagePolicyViolationPolicyTip {
    pub compliance_url: Option<String>,
    pub general_text: Option<String>,
    pub matched_condition_descriptions: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.chatMessageReaction")]
pub struct ChatMessageReaction {
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub display_name: Option<String>,
    pub reaction_content_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub reaction_type: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user: Option<ChatMessageReactionIdentitySet>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.chatMessageReactionIdentitySet", complex)]
pub struct ChatMessageReactionIdentitySet {
    /// The inherited properties of `identitySet`.
    #[graph(base)]
    pub base: IdentitySet,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.chatRenamedEventMessageDetail", complex)]
pub struct ChatRenamedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub chat_display_name: Option<String>,
    pub chat_id: Option<String>,
    pub initiator: Option<AnyIdentitySet>,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.chatViewpoint")]
pub struct ChatViewpoint {
    pub is_hidden: Option<bool>,
    pub last_message_read_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.conversationMemberRoleUpdatedEventMessageDetail",
    complex
)]
pub struct ConversationMemberRoleUpdatedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub conversation_member_roles: Option<Vec<String>>,
    pub conversation_member_user: Option<TeamworkUserIdentity>,
    pub initiator: Option<AnyIdentitySet>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.eventMessageDetail", abstract)]
pub struct EventMessageDetail {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.eventMessageDetail`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `EventMessageDetail`, keeping its `@odata.type` and properties.
#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyEventMessageDetail {
    /// `microsoft.graph.callEndedEventMessageDetail`.
    CallEndedEventMessageDetail(CallEndedEventMessageDetail),
    /// `microsoft.graph.callRecordingEventMessageDetail`.
    CallRecordingEventMessageDetail(CallRecordingEventMessageDetail),
    /// `microsoft.graph.callStartedEventMessageDetail`.
    CallStartedEventMessageDetail(CallStartedEventMessageDetail),
    /// `microsoft.graph.callTranscriptEventMessageDetail`.
    CallTranscriptEventMessageDetail(CallTranscriptEventMessageDetail),
    /// `microsoft.graph.channelAddedEventMessageDetail`.
    ChannelAddedEventMessageDetail(ChannelAddedEventMessageDetail),
    /// `microsoft.graph.channelDeletedEventMessageDetail`.
    ChannelDeletedEventMessageDetail(ChannelDeletedEventMessageDetail),
    /// `microsoft.graph.channelDescriptionUpdatedEventMessageDetail`.
    ChannelDescriptionUpdatedEventMessageDetail(ChannelDescriptionUpdatedEventMessageDetail),
    /// `microsoft.graph.channelRenamedEventMessageDetail`.
    ChannelRenamedEventMessageDetail(ChannelRenamedEventMessageDetail),
    /// `microsoft.graph.channelSetAsFavoriteByDefaultEventMessageDetail`.
    ChannelSetAsFavoriteByDefaultEventMessageDetail(
        ChannelSetAsFavoriteByDefaultEventMessageDetail,
    ),
    /// `microsoft.graph.channelUnsetAsFavoriteByDefaultEventMessageDetail`.
    ChannelUnsetAsFavoriteByDefaultEventMessageDetail(
        ChannelUnsetAsFavoriteByDefaultEventMessageDetail,
    ),
    /// `microsoft.graph.chatRenamedEventMessageDetail`.
    ChatRenamedEventMessageDetail(ChatRenamedEventMessageDetail),
    /// `microsoft.graph.conversationMemberRoleUpdatedEventMessageDetail`.
    ConversationMemberRoleUpdatedEventMessageDetail(
        ConversationMemberRoleUpdatedEventMessageDetail,
    ),
    /// `microsoft.graph.meetingPolicyUpdatedEventMessageDetail`.
    MeetingPolicyUpdatedEventMessageDetail(MeetingPolicyUpdatedEventMessageDetail),
    /// `microsoft.graph.membersAddedEventMessageDetail`.
    MembersAddedEventMessageDetail(MembersAddedEventMessageDetail),
    /// `microsoft.graph.membersDeletedEventMessageDetail`.
    MembersDeletedEventMessageDetail(MembersDeletedEventMessageDetail),
    /// `microsoft.graph.membersJoinedEventMessageDetail`.
    MembersJoinedEventMessageDetail(MembersJoinedEventMessageDetail),
    /// `microsoft.graph.membersLeftEventMessageDetail`.
    MembersLeftEventMessageDetail(MembersLeftEventMessageDetail),
    /// `microsoft.graph.messagePinnedEventMessageDetail`.
    MessagePinnedEventMessageDetail(MessagePinnedEventMessageDetail),
    /// `microsoft.graph.messageUnpinnedEventMessageDetail`.
    MessageUnpinnedEventMessageDetail(MessageUnpinnedEventMessageDetail),
    /// `microsoft.graph.tabUpdatedEventMessageDetail`.
    TabUpdatedEventMessageDetail(TabUpdatedEventMessageDetail),
    /// `microsoft.graph.teamArchivedEventMessageDetail`.
    TeamArchivedEventMessageDetail(TeamArchivedEventMessageDetail),
    /// `microsoft.graph.teamCreatedEventMessageDetail`.
    TeamCreatedEventMessageDetail(TeamCreatedEventMessageDetail),
    /// `microsoft.graph.teamDescriptionUpdatedEventMessageDetail`.
    TeamDescriptionUpdatedEventMessageDetail(TeamDescriptionUpdatedEventMessageDetail),
    /// `microsoft.graph.teamJoiningDisabledEventMessageDetail`.
    TeamJoiningDisabledEventMessageDetail(TeamJoiningDisabledEventMessageDetail),
    /// `microsoft.graph.teamJoiningEnabledEventMessageDetail`.
    TeamJoiningEnabledEventMessageDetail(TeamJoiningEnabledEventMessageDetail),
    /// `microsoft.graph.teamRenamedEventMessageDetail`.
    TeamRenamedEventMessageDetail(TeamRenamedEventMessageDetail),
    /// `microsoft.graph.teamsAppInstalledEventMessageDetail`.
    TeamsAppInstalledEventMessageDetail(TeamsAppInstalledEventMessageDetail),
    /// `microsoft.graph.teamsAppRemovedEventMessageDetail`.
    TeamsAppRemovedEventMessageDetail(TeamsAppRemovedEventMessageDetail),
    /// `microsoft.graph.teamsAppUpgradedEventMessageDetail`.
    TeamsAppUpgradedEventMessageDetail(TeamsAppUpgradedEventMessageDetail),
    /// `microsoft.graph.teamUnarchivedEventMessageDetail`.
    TeamUnarchivedEventMessageDetail(TeamUnarchivedEventMessageDetail),
    /// `microsoft.graph.eventMessageDetail` itself, or a type this build does not declare.
    #[graph(other)]
    Other(EventMessageDetail),
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.meetingPolicyUpdatedEventMessageDetail",
    complex
)]
pub struct MeetingPolicyUpdatedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub meeting_chat_enabled: Option<bool>,
    pub meeting_chat_id: Option<String>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.membersAddedEventMessageDetail", complex)]
pub struct MembersAddedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub members: Option<Vec<TeamworkUserIdentity>>,
    pub visible_history_start_date_time: Option<edm::DateTimeOffset>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.membersDeletedEventMessageDetail",
    complex
)]
pub struct MembersDeletedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub members: Option<Vec<TeamworkUserIdentity>>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.membersJoinedEventMessageDetail",
    complex
)]
pub struct MembersJoinedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub members: Option<Vec<TeamworkUserIdentity>>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.membersLeftEventMessageDetail", complex)]
pub struct MembersLeftEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub members: Option<Vec<TeamworkUserIdentity>>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.messagePinnedEventMessageDetail",
    complex
)]
pub struct MessagePinnedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub event_date_time: Option<edm::DateTimeOffset>,
    pub initiator: Option<AnyIdentitySet>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.messageUnpinnedEventMessageDetail",
    complex
)]
pub struct MessageUnpinnedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub event_date_time: Option<edm::DateTimeOffset>,
    pub initiator: Option<AnyIdentitySet>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.tabUpdatedEventMessageDetail", complex)]
pub struct TabUpdatedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub tab_id: Option<String>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamArchivedEventMessageDetail", complex)]
pub struct TeamArchivedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub team_id: Option<String>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamCreatedEventMessageDetail", complex)]
pub struct TeamCreatedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub team_description: Option<String>,
    pub team_display_name: Option<String>,
    pub team_id: Option<String>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.teamDescriptionUpdatedEventMessageDetail",
    complex
)]
pub struct TeamDescriptionUpdatedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub team_description: Option<String>,
    pub team_id: Option<String>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.teamJoiningDisabledEventMessageDetail",
    complex
)]
pub struct TeamJoiningDisabledEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub team_id: Option<String>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.teamJoiningEnabledEventMessageDetail",
    complex
)]
pub struct TeamJoiningEnabledEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub team_id: Option<String>,
}

#[cfg(any(feature = "chats", feature = "teams", feature = "teamwork"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.teamMembersNotificationRecipient",
    complex
)]
pub struct TeamMembersNotificationRecipient {
    /// The inherited properties of `teamworkNotificationRecipient`.
    #[graph(base)]
    pub base: TeamworkNotificationRecipient,
    /// Not nullable.
    #[graph(non_nullable)]
    pub team_id: Option<String>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamRenamedEventMessageDetail", complex)]
pub struct TeamRenamedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub team_display_name: Option<String>,
    pub team_id: Option<String>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.teamsAppInstalledEventMessageDetail",
    complex
)]
pub struct TeamsAppInstalledEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub teams_app_display_name: Option<String>,
    pub teams_app_id: Option<String>,
}

#[cfg(any(feature = "chats", feature = "appCatalogs"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamsAppPermissionSet")]
pub struct TeamsAppPermissionSet {
    pub resource_specific_permissions: Option<Vec<TeamsAppResourceSpecificPermission>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.teamsAppRemovedEventMessageDetail",
    complex
)]
pub struct TeamsAppRemovedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub teams_app_display_name: Option<String>,
    pub teams_app_id: Option<String>,
}

#[cfg(any(feature = "chats", feature = "appCatalogs"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamsAppResourceSpecificPermission")]
pub struct TeamsAppResourceSpecificPermission {
    pub permission_type: Option<TeamsAppResourceSpecificPermissionType>,
    pub permission_value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.teamsAppUpgradedEventMessageDetail",
    complex
)]
pub struct TeamsAppUpgradedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub teams_app_display_name: Option<String>,
    pub teams_app_id: Option<String>,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamsTabConfiguration")]
pub struct TeamsTabConfiguration {
    pub content_url: Option<String>,
    pub entity_id: Option<String>,
    pub remove_url: Option<String>,
    pub website_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.teamUnarchivedEventMessageDetail",
    complex
)]
pub struct TeamUnarchivedEventMessageDetail {
    /// The inherited properties of `eventMessageDetail`.
    #[graph(base)]
    pub base: EventMessageDetail,
    pub initiator: Option<AnyIdentitySet>,
    pub team_id: Option<String>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamworkActivityTopic")]
pub struct TeamworkActivityTopic {
    pub source: Option<TeamworkActivityTopicSource>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub value: Option<String>,
    pub web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "chats", feature = "teams", feature = "teamwork"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamworkNotificationRecipient", abstract)]
pub struct TeamworkNotificationRecipient {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.teamworkNotificationRecipient`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `TeamworkNotificationRecipient`, keeping its `@odata.type` and properties.
#[cfg(any(feature = "chats", feature = "teams", feature = "teamwork"))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyTeamworkNotificationRecipient {
    /// `microsoft.graph.aadUserNotificationRecipient`.
    AadUserNotificationRecipient(AadUserNotificationRecipient),
    /// `microsoft.graph.channelMembersNotificationRecipient`.
    ChannelMembersNotificationRecipient(ChannelMembersNotificationRecipient),
    /// `microsoft.graph.chatMembersNotificationRecipient`.
    ChatMembersNotificationRecipient(ChatMembersNotificationRecipient),
    /// `microsoft.graph.teamMembersNotificationRecipient`.
    TeamMembersNotificationRecipient(TeamMembersNotificationRecipient),
    /// `microsoft.graph.teamworkNotificationRecipient` itself, or a type this build does not declare.
    #[graph(other)]
    Other(TeamworkNotificationRecipient),
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamworkOnlineMeetingInfo")]
pub struct TeamworkOnlineMeetingInfo {
    pub calendar_event_id: Option<String>,
    pub join_web_url: Option<String>,
    pub organizer: Option<TeamworkUserIdentity>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamworkUserIdentity", complex)]
pub struct TeamworkUserIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub user_identity_type: Option<TeamworkUserIdentityType>,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.aadUserConversationMember")]
pub struct AadUserConversationMember {
    /// The inherited properties of `conversationMember`.
    #[graph(base)]
    pub base: ConversationMember,
    pub email: Option<String>,
    pub tenant_id: Option<String>,
    pub user_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `users`, `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    #[graph(read_only)]
    pub user: Option<User>,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.anonymousGuestConversationMember")]
pub struct AnonymousGuestConversationMember {
    /// The inherited properties of `conversationMember`.
    #[graph(base)]
    pub base: ConversationMember,
    pub anonymous_guest_id: Option<String>,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.azureCommunicationServicesUserConversationMember")]
pub struct AzureCommunicationServicesUserConversationMember {
    /// The inherited properties of `conversationMember`.
    #[graph(base)]
    pub base: ConversationMember,
    pub azure_communication_services_id: Option<String>,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.chat",
    path = "/chats",
    contains(name = "installedApps", target = TeamsAppInstallation),
    contains(name = "lastMessagePreview", target = ChatMessageInfo, single),
    contains(name = "members", target = ConversationMember),
    contains(name = "messages", target = ChatMessage),
    contains(name = "pinnedMessages", target = PinnedChatMessageInfo),
    contains(name = "tabs", target = TeamsTab),
    contains(name = "targetedMessages", target = TargetedChatMessage),
    action = "completeMigration",
    action(name = "hideForUser", parameters = ChatHideForUserParameters),
    action(name = "markChatReadForUser", parameters = ChatMarkChatReadForUserParameters),
    action(name = "markChatUnreadForUser", parameters = ChatMarkChatUnreadForUserParameters),
    action(name = "removeAllAccessForUser", parameters = ChatRemoveAllAccessForUserParameters),
    action(name = "sendActivityNotification", parameters = ChatSendActivityNotificationParameters),
    action(name = "startMigration", parameters = ChatStartMigrationParameters),
    action(name = "unhideForUser", parameters = ChatUnhideForUserParameters),
    function(name = "getAllMessages", collection, returns = Page<AnyChatMessage>),
    function(name = "getAllRetainedMessages", collection, returns = Page<AnyChatMessage>)
)]
#[cfg_attr(any(feature = "groups", feature = "permissionGrants"), graph(contains(name = "permissionGrants", target = ResourceSpecificPermissionGrant)))]
pub struct Chat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub chat_type: Option<ChatType>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub is_hidden_for_all_members: Option<bool>,
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    pub migration_mode: Option<MigrationMode>,
    pub online_meeting_info: Option<TeamworkOnlineMeetingInfo>,
    pub original_created_date_time: Option<edm::DateTimeOffset>,
    pub tenant_id: Option<String>,
    pub topic: Option<String>,
    pub viewpoint: Option<ChatViewpoint>,
    pub web_url: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub installed_apps: Option<Vec<AnyTeamsAppInstallation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub last_message_preview: Option<ChatMessageInfo>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub members: Option<Vec<AnyConversationMember>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub messages: Option<Vec<AnyChatMessage>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `groups`, `permissionGrants`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "groups", feature = "permissionGrants"))]
    #[graph(read_only)]
    pub permission_grants: Option<Vec<ResourceSpecificPermissionGrant>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub pinned_messages: Option<Vec<PinnedChatMessageInfo>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub tabs: Option<Vec<TeamsTab>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub targeted_messages: Option<Vec<TargetedChatMessage>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `hideForUser`, bound to `chat`.
#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ChatHideForUserParameters {
    pub user: Option<TeamworkUserIdentity>,
}

/// The body of the action `markChatReadForUser`, bound to `chat`.
#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ChatMarkChatReadForUserParameters {
    pub user: Option<TeamworkUserIdentity>,
}

/// The body of the action `markChatUnreadForUser`, bound to `chat`.
#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ChatMarkChatUnreadForUserParameters {
    pub user: Option<TeamworkUserIdentity>,
    pub last_message_read_date_time: Option<edm::DateTimeOffset>,
}

/// The body of the action `removeAllAccessForUser`, bound to `chat`.
#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ChatRemoveAllAccessForUserParameters {
    pub user: Option<TeamworkUserIdentity>,
}

/// The body of the action `sendActivityNotification`, bound to `chat`.
#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ChatSendActivityNotificationParameters {
    pub topic: Option<TeamworkActivityTopic>,
    pub activity_type: Option<String>,
    pub chain_id: Option<edm::Int64>,
    pub preview_text: Option<ItemBody>,
    pub teams_app_id: Option<String>,
    pub template_parameters: Option<Vec<KeyValuePair>>,
    pub recipient: Option<AnyTeamworkNotificationRecipient>,
    pub icon_id: Option<String>,
}

/// The body of the action `startMigration`, bound to `chat`.
#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ChatStartMigrationParameters {
    pub conversation_creation_date_time: Option<edm::DateTimeOffset>,
}

/// The body of the action `unhideForUser`, bound to `chat`.
#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ChatUnhideForUserParameters {
    pub user: Option<TeamworkUserIdentity>,
}

#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.chatMessage",
    contains(name = "replies", target = ChatMessage),
    action(
        name = "replyWithQuote",
        collection,
        parameters = ChatMessageCollectionReplyWithQuoteParameters,
        returns = AnyChatMessage
    ),
    action(name = "setReaction", parameters = ChatMessageSetReactionParameters),
    action = "softDelete",
    action = "undoSoftDelete",
    action(name = "unsetReaction", parameters = ChatMessageUnsetReactionParameters),
    function(name = "delta", collection, returns = Page<DeltaItem<AnyChatMessage>>)
)]
#[cfg_attr(feature = "chats", graph(contains(name = "hostedContents", target = ChatMessageHostedContent)))]
pub struct ChatMessage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub attachments: Option<Vec<ChatMessageAttachment>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub body: Option<ItemBody>,
    pub channel_identity: Option<ChannelIdentity>,
    pub chat_id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub deleted_date_time: Option<edm::DateTimeOffset>,
    pub etag: Option<String>,
    pub event_detail: Option<AnyEventMessageDetail>,
    pub from: Option<ChatMessageFromIdentitySet>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub importance: Option<ChatMessageImportance>,
    pub last_edited_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub locale: Option<String>,
    pub mentions: Option<Vec<ChatMessageMention>>,
    pub message_history: Option<Vec<ChatMessageHistoryItem>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub message_type: Option<ChatMessageType>,
    pub policy_violation: Option<ChatMessagePolicyViolation>,
    pub reactions: Option<Vec<ChatMessageReaction>>,
    pub reply_to_id: Option<String>,
    pub subject: Option<String>,
    pub summary: Option<String>,
    pub web_url: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `chats`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "chats")]
    #[graph(read_only)]
    pub hosted_contents: Option<Vec<ChatMessageHostedContent>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub replies: Option<Vec<AnyChatMessage>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.chatMessage`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `ChatMessage`, keeping its `@odata.type` and properties.
#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyChatMessage {
    /// `microsoft.graph.targetedChatMessage`.
    #[cfg(any(feature = "chats", feature = "users"))]
    TargetedChatMessage(TargetedChatMessage),
    /// `microsoft.graph.chatMessage` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ChatMessage),
}

/// The body of the action `replyWithQuote`, bound to a collection of `chatMessage`.
#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct ChatMessageCollectionReplyWithQuoteParameters {
    pub message_ids: Vec<String>,
    pub reply_message: Option<AnyChatMessage>,
}

/// The body of the action `setReaction`, bound to `chatMessage`.
#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ChatMessageSetReactionParameters {
    pub reaction_type: Option<String>,
}

/// The body of the action `unsetReaction`, bound to `chatMessage`.
#[cfg(any(
    feature = "chats",
    feature = "teams",
    feature = "users",
    feature = "teamwork"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ChatMessageUnsetReactionParameters {
    pub reaction_type: Option<String>,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.chatMessageHostedContent")]
pub struct ChatMessageHostedContent {
    /// The inherited properties of `teamworkHostedContent`.
    #[graph(base)]
    pub base: TeamworkHostedContent,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.chatMessageInfo")]
pub struct ChatMessageInfo {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub body: Option<ItemBody>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub event_detail: Option<AnyEventMessageDetail>,
    pub from: Option<ChatMessageFromIdentitySet>,
    pub is_deleted: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub message_type: Option<ChatMessageType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.conversationMember",
    abstract,
    action(
        name = "add",
        collection,
        parameters = ConversationMemberCollectionAddParameters,
        returns = Vec<AnyActionResultPart>
    ),
    action(
        name = "remove",
        collection,
        parameters = ConversationMemberCollectionRemoveParameters,
        returns = Vec<AnyActionResultPart>
    )
)]
pub struct ConversationMember {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub roles: Option<Vec<String>>,
    pub visible_history_start_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.conversationMember`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ConversationMember`, keeping its `@odata.type` and properties.
#[cfg(feature = "chats")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyConversationMember {
    /// `microsoft.graph.aadUserConversationMember`.
    AadUserConversationMember(AadUserConversationMember),
    /// `microsoft.graph.anonymousGuestConversationMember`.
    AnonymousGuestConversationMember(AnonymousGuestConversationMember),
    /// `microsoft.graph.azureCommunicationServicesUserConversationMember`.
    AzureCommunicationServicesUserConversationMember(
        AzureCommunicationServicesUserConversationMember,
    ),
    /// `microsoft.graph.microsoftAccountUserConversationMember`.
    MicrosoftAccountUserConversationMember(MicrosoftAccountUserConversationMember),
    /// `microsoft.graph.phoneUserConversationMember`.
    PhoneUserConversationMember(PhoneUserConversationMember),
    /// `microsoft.graph.skypeForBusinessUserConversationMember`.
    SkypeForBusinessUserConversationMember(SkypeForBusinessUserConversationMember),
    /// `microsoft.graph.skypeUserConversationMember`.
    SkypeUserConversationMember(SkypeUserConversationMember),
    /// `microsoft.graph.conversationMember` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ConversationMember),
}

/// The body of the action `add`, bound to a collection of `conversationMember`.
#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ConversationMemberCollectionAddParameters {
    pub values: Option<Vec<AnyConversationMember>>,
}

/// The body of the action `remove`, bound to a collection of `conversationMember`.
#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ConversationMemberCollectionRemoveParameters {
    pub values: Option<Vec<AnyConversationMember>>,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.microsoftAccountUserConversationMember")]
pub struct MicrosoftAccountUserConversationMember {
    /// The inherited properties of `conversationMember`.
    #[graph(base)]
    pub base: ConversationMember,
    pub user_id: Option<String>,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.phoneUserConversationMember")]
pub struct PhoneUserConversationMember {
    /// The inherited properties of `conversationMember`.
    #[graph(base)]
    pub base: ConversationMember,
    pub phone_number: Option<String>,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.pinnedChatMessageInfo")]
pub struct PinnedChatMessageInfo {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub message: Option<AnyChatMessage>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.skypeForBusinessUserConversationMember")]
pub struct SkypeForBusinessUserConversationMember {
    /// The inherited properties of `conversationMember`.
    #[graph(base)]
    pub base: ConversationMember,
    pub tenant_id: Option<String>,
    pub user_id: Option<String>,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.skypeUserConversationMember")]
pub struct SkypeUserConversationMember {
    /// The inherited properties of `conversationMember`.
    #[graph(base)]
    pub base: ConversationMember,
    pub skype_id: Option<String>,
}

#[cfg(any(feature = "chats", feature = "users"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.targetedChatMessage")]
pub struct TargetedChatMessage {
    /// The inherited properties of `chatMessage`.
    #[graph(base)]
    pub base: ChatMessage,
    pub recipient: Option<AnyIdentity>,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.teamsAppInstallation",
    action(name = "upgrade", parameters = TeamsAppInstallationUpgradeParameters)
)]
pub struct TeamsAppInstallation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub consented_permission_set: Option<TeamsAppPermissionSet>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `appCatalogs`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "appCatalogs")]
    #[graph(read_only)]
    pub teams_app: Option<TeamsApp>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `appCatalogs`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "appCatalogs")]
    #[graph(read_only)]
    pub teams_app_definition: Option<TeamsAppDefinition>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.teamsAppInstallation`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `TeamsAppInstallation`, keeping its `@odata.type` and properties.
#[cfg(feature = "chats")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyTeamsAppInstallation {
    /// `microsoft.graph.userScopeTeamsAppInstallation`.
    UserScopeTeamsAppInstallation(UserScopeTeamsAppInstallation),
    /// `microsoft.graph.teamsAppInstallation` itself, or a type this build does not declare.
    #[graph(other)]
    Other(TeamsAppInstallation),
}

/// The body of the action `upgrade`, bound to `teamsAppInstallation`.
#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct TeamsAppInstallationUpgradeParameters {
    pub consented_permission_set: Option<TeamsAppPermissionSet>,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.teamsTab")]
pub struct TeamsTab {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub configuration: Option<TeamsTabConfiguration>,
    pub display_name: Option<String>,
    pub web_url: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `appCatalogs`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "appCatalogs")]
    #[graph(read_only)]
    pub teams_app: Option<TeamsApp>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "chats")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.userScopeTeamsAppInstallation")]
pub struct UserScopeTeamsAppInstallation {
    /// The inherited properties of `teamsAppInstallation`.
    #[graph(base)]
    pub base: TeamsAppInstallation,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub chat: Option<Chat>,
}
