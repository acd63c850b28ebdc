//! The types of the area `communications`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callDirection")]
pub enum CallDirection {
    Incoming,
    Outgoing,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callState")]
pub enum CallState {
    Incoming,
    Establishing,
    Established,
    Hold,
    Transferring,
    TransferAccepted,
    Redirecting,
    Terminating,
    Terminated,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callTranscriptionState")]
pub enum CallTranscriptionState {
    NotStarted,
    Active,
    Inactive,
    UnknownFutureValue,
}

#[cfg(any(feature = "communications", feature = "solutions", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.endpointType")]
pub enum EndpointType {
    Default,
    Voicemail,
    SkypeForBusiness,
    SkypeForBusinessVoipPhone,
    UnknownFutureValue,
}

/// Represents the moderation state of an Engage conversation message.
#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.engagementConversationModerationState")]
pub enum EngagementConversationModerationState {
    /// The content is published.
    Published,
    /// The content is pending review by a moderator.
    PendingReview,
    /// he content has been rejected by a moderator.
    Dismissed,
    /// A marker value for members added after the release of this API.
    UnknownFutureValue,
}

/// Indicates that the resource is in migration state and is currently being used for migration
/// purposes.
#[cfg(any(feature = "communications", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.engagementCreationMode")]
pub enum EngagementCreationMode {
    /// Unspecified creation mode.
    None,
    /// Creation is a migration.
    Migration,
    /// A marker value for members added after the release of this API.
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.mediaDirection")]
pub enum MediaDirection {
    Inactive,
    SendOnly,
    ReceiveOnly,
    SendReceive,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.mediaState")]
pub enum MediaState {
    Active,
    Inactive,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.modality")]
pub enum Modality {
    Audio,
    Video,
    VideoBasedScreenSharing,
    Data,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.onlineMeetingContentSharingDisabledReason",
    flags
)]
pub enum OnlineMeetingContentSharingDisabledReason {
    WatermarkProtection,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.onlineMeetingVideoDisabledReason", flags)]
pub enum OnlineMeetingVideoDisabledReason {
    WatermarkProtection,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.recordingStatus")]
pub enum RecordingStatus {
    Unknown,
    NotRecording,
    Recording,
    Failed,
    UnknownFutureValue,
}

#[cfg(any(feature = "communications", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.rejectReason")]
pub enum RejectReason {
    None,
    Busy,
    Forbidden,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.routingMode")]
pub enum RoutingMode {
    OneToOne,
    Multicast,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.routingType")]
pub enum RoutingType {
    Forwarded,
    Lookup,
    SelfFork,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.screenSharingRole")]
pub enum ScreenSharingRole {
    Viewer,
    Sharer,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.sendDtmfCompletionReason")]
pub enum SendDtmfCompletionReason {
    Unknown,
    CompletedSuccessfully,
    MediaOperationCanceled,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.tone")]
pub enum Tone {
    Tone0,
    Tone1,
    Tone2,
    Tone3,
    Tone4,
    Tone5,
    Tone6,
    Tone7,
    Tone8,
    Tone9,
    Star,
    Pound,
    A,
    B,
    C,
    D,
    Flash,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.appHostedMediaConfig", complex)]
pub struct AppHostedMediaConfig {
    /// The inherited properties of `mediaConfig`.
    #[graph(base)]
    pub base: MediaConfig,
    pub blob: Option<String>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callMediaState")]
pub struct CallMediaState {
    pub audio: Option<MediaState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callOptions", abstract)]
pub struct CallOptions {
    pub hide_bot_after_escalation: Option<bool>,
    pub is_content_sharing_notification_enabled: Option<bool>,
    pub is_delta_roster_enabled: Option<bool>,
    pub is_interactive_roster_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRoute")]
pub struct CallRoute {
    /// Not nullable.
    #[graph(non_nullable)]
    pub r#final: Option<AnyIdentitySet>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub original: Option<AnyIdentitySet>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub routing_type: Option<RoutingType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callTranscriptionInfo")]
pub struct CallTranscriptionInfo {
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<CallTranscriptionState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "communications", feature = "solutions", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.communicationsIdentitySet", complex)]
pub struct CommunicationsIdentitySet {
    /// The inherited properties of `identitySet`.
    #[graph(base)]
    pub base: IdentitySet,
    pub application_instance: Option<AnyIdentity>,
    pub asserted_identity: Option<AnyIdentity>,
    pub azure_communication_services_user: Option<AnyIdentity>,
    pub encrypted: Option<AnyIdentity>,
    pub endpoint_type: Option<EndpointType>,
    pub guest: Option<AnyIdentity>,
    pub on_premises: Option<AnyIdentity>,
    pub phone: Option<AnyIdentity>,
}

/// The Viva Engage identities.
#[cfg(any(feature = "communications", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.engagementIdentitySet", complex)]
pub struct EngagementIdentitySet {
    /// The inherited properties of `identitySet`.
    #[graph(base)]
    pub base: IdentitySet,
    /// The audience identity.
    pub audience: Option<AnyIdentity>,
    /// The group identity.
    pub group: Option<AnyIdentity>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.incomingCallOptions", complex)]
pub struct IncomingCallOptions {
    /// The inherited properties of `callOptions`.
    #[graph(base)]
    pub base: CallOptions,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.incomingContext")]
pub struct IncomingContext {
    pub observed_participant_id: Option<String>,
    pub on_behalf_of: Option<AnyIdentitySet>,
    pub source_participant_id: Option<String>,
    pub transferor: Option<AnyIdentitySet>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.invitationParticipantInfo")]
pub struct InvitationParticipantInfo {
    pub hidden: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub identity: Option<AnyIdentitySet>,
    pub participant_id: Option<String>,
    pub remove_from_default_audio_routing_group: Option<bool>,
    pub replaces_call_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.joinMeetingIdMeetingInfo", complex)]
pub struct JoinMeetingIdMeetingInfo {
    /// The inherited properties of `meetingInfo`.
    #[graph(base)]
    pub base: MeetingInfo,
    /// Not nullable.
    #[graph(non_nullable)]
    pub join_meeting_id: Option<String>,
    pub passcode: Option<String>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mediaConfig", abstract)]
pub struct MediaConfig {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.mediaConfig`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `MediaConfig`, keeping its `@odata.type` and properties.
#[cfg(feature = "communications")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyMediaConfig {
    /// `microsoft.graph.appHostedMediaConfig`.
    AppHostedMediaConfig(AppHostedMediaConfig),
    /// `microsoft.graph.serviceHostedMediaConfig`.
    ServiceHostedMediaConfig(ServiceHostedMediaConfig),
    /// `microsoft.graph.mediaConfig` itself, or a type this build does not declare.
    #[graph(other)]
    Other(MediaConfig),
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mediaInfo")]
pub struct MediaInfo {
    pub resource_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub uri: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mediaPrompt", complex)]
pub struct MediaPrompt {
    /// The inherited properties of `prompt`.
    #[graph(base)]
    pub base: Prompt,
    /// Not nullable.
    #[graph(non_nullable)]
    pub media_info: Option<MediaInfo>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mediaStream")]
pub struct MediaStream {
    /// Not nullable.
    #[graph(non_nullable)]
    pub direction: Option<MediaDirection>,
    pub label: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub media_type: Option<Modality>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub server_muted: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub source_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.meetingInfo", abstract)]
pub struct MeetingInfo {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.meetingInfo`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `MeetingInfo`, keeping its `@odata.type` and properties.
#[cfg(feature = "communications")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyMeetingInfo {
    /// `microsoft.graph.joinMeetingIdMeetingInfo`.
    JoinMeetingIdMeetingInfo(JoinMeetingIdMeetingInfo),
    /// `microsoft.graph.organizerMeetingInfo`.
    OrganizerMeetingInfo(OrganizerMeetingInfo),
    /// `microsoft.graph.tokenMeetingInfo`.
    TokenMeetingInfo(TokenMeetingInfo),
    /// `microsoft.graph.meetingInfo` itself, or a type this build does not declare.
    #[graph(other)]
    Other(MeetingInfo),
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.onlineMeetingRestricted")]
pub struct OnlineMeetingRestricted {
    pub content_sharing_disabled: Option<Flags<OnlineMeetingContentSharingDisabledReason>>,
    pub video_disabled: Option<Flags<OnlineMeetingVideoDisabledReason>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.organizerMeetingInfo", complex)]
pub struct OrganizerMeetingInfo {
    /// The inherited properties of `meetingInfo`.
    #[graph(base)]
    pub base: MeetingInfo,
    /// Not nullable.
    #[graph(non_nullable)]
    pub organizer: Option<AnyIdentitySet>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.outgoingCallOptions", complex)]
pub struct OutgoingCallOptions {
    /// The inherited properties of `callOptions`.
    #[graph(base)]
    pub base: CallOptions,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.participantInfo")]
pub struct ParticipantInfo {
    pub country_code: Option<String>,
    pub endpoint_type: Option<EndpointType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub identity: Option<AnyIdentitySet>,
    pub language_id: Option<String>,
    pub participant_id: Option<String>,
    pub region: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.prompt", abstract)]
pub struct Prompt {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.prompt`: the type itself or any of its derived types this build declares (a
/// value without `@odata.type` is the type itself); a value of another derived type reads as
/// `Prompt`, keeping its `@odata.type` and properties.
#[cfg(feature = "communications")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyPrompt {
    /// `microsoft.graph.mediaPrompt`.
    MediaPrompt(MediaPrompt),
    /// `microsoft.graph.prompt` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Prompt),
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.recordingInfo")]
pub struct RecordingInfo {
    pub initiator: Option<AnyIdentitySet>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub recording_status: Option<RecordingStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.removedState")]
pub struct RemovedState {
    pub reason: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "communications", feature = "security"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resultInfo")]
pub struct ResultInfo {
    /// Not nullable.
    #[graph(non_nullable)]
    pub code: Option<i32>,
    pub message: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub subcode: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.serviceHostedMediaConfig", complex)]
pub struct ServiceHostedMediaConfig {
    /// The inherited properties of `mediaConfig`.
    #[graph(base)]
    pub base: MediaConfig,
    pub pre_fetch_media: Option<Vec<MediaInfo>>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.teleconferenceDeviceAudioQuality",
    complex
)]
pub struct TeleconferenceDeviceAudioQuality {
    /// The inherited properties of `teleconferenceDeviceMediaQuality`.
    #[graph(base)]
    pub base: TeleconferenceDeviceMediaQuality,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.teleconferenceDeviceMediaQuality",
    abstract
)]
pub struct TeleconferenceDeviceMediaQuality {
    pub average_inbound_jitter: Option<edm::Duration>,
    pub average_inbound_packet_loss_rate_in_percentage: Option<edm::Double>,
    pub average_inbound_round_trip_delay: Option<edm::Duration>,
    pub average_outbound_jitter: Option<edm::Duration>,
    pub average_outbound_packet_loss_rate_in_percentage: Option<edm::Double>,
    pub average_outbound_round_trip_delay: Option<edm::Duration>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub channel_index: Option<i32>,
    pub inbound_packets: Option<edm::Int64>,
    #[graph(rename = "localIPAddress")]
    pub local_ip_address: Option<String>,
    pub local_port: Option<i32>,
    pub maximum_inbound_jitter: Option<edm::Duration>,
    pub maximum_inbound_packet_loss_rate_in_percentage: Option<edm::Double>,
    pub maximum_inbound_round_trip_delay: Option<edm::Duration>,
    pub maximum_outbound_jitter: Option<edm::Duration>,
    pub maximum_outbound_packet_loss_rate_in_percentage: Option<edm::Double>,
    pub maximum_outbound_round_trip_delay: Option<edm::Duration>,
    pub media_duration: Option<edm::Duration>,
    pub network_link_speed_in_bytes: Option<edm::Int64>,
    pub outbound_packets: Option<edm::Int64>,
    #[graph(rename = "remoteIPAddress")]
    pub remote_ip_address: Option<String>,
    pub remote_port: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.teleconferenceDeviceMediaQuality`: the type itself or any of its derived
/// types this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `TeleconferenceDeviceMediaQuality`, keeping its `@odata.type` and
/// properties.
#[cfg(feature = "communications")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyTeleconferenceDeviceMediaQuality {
    /// `microsoft.graph.teleconferenceDeviceAudioQuality`.
    TeleconferenceDeviceAudioQuality(TeleconferenceDeviceAudioQuality),
    /// `microsoft.graph.teleconferenceDeviceVideoQuality`.
    TeleconferenceDeviceVideoQuality(TeleconferenceDeviceVideoQuality),
    /// `microsoft.graph.teleconferenceDeviceScreenSharingQuality`.
    TeleconferenceDeviceScreenSharingQuality(TeleconferenceDeviceScreenSharingQuality),
    /// `microsoft.graph.teleconferenceDeviceMediaQuality` itself, or a type this build does not declare.
    #[graph(other)]
    Other(TeleconferenceDeviceMediaQuality),
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teleconferenceDeviceQuality")]
pub struct TeleconferenceDeviceQuality {
    /// Not nullable.
    #[graph(non_nullable)]
    pub call_chain_id: Option<edm::Guid>,
    pub cloud_service_deployment_environment: Option<String>,
    pub cloud_service_deployment_id: Option<String>,
    pub cloud_service_instance_name: Option<String>,
    pub cloud_service_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub device_description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub device_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub media_leg_id: Option<edm::Guid>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub media_quality_list: Option<Vec<AnyTeleconferenceDeviceMediaQuality>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub participant_id: Option<edm::Guid>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.teleconferenceDeviceScreenSharingQuality",
    complex
)]
pub struct TeleconferenceDeviceScreenSharingQuality {
    /// The inherited properties of `teleconferenceDeviceVideoQuality`.
    #[graph(base)]
    pub base: TeleconferenceDeviceVideoQuality,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.teleconferenceDeviceVideoQuality",
    complex
)]
pub struct TeleconferenceDeviceVideoQuality {
    /// The inherited properties of `teleconferenceDeviceMediaQuality`.
    #[graph(base)]
    pub base: TeleconferenceDeviceMediaQuality,
    pub average_inbound_bit_rate: Option<edm::Double>,
    pub average_inbound_frame_rate: Option<edm::Double>,
    pub average_outbound_bit_rate: Option<edm::Double>,
    pub average_outbound_frame_rate: Option<edm::Double>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.tokenMeetingInfo", complex)]
pub struct TokenMeetingInfo {
    /// The inherited properties of `meetingInfo`.
    #[graph(base)]
    pub base: MeetingInfo,
    /// Not nullable.
    #[graph(non_nullable)]
    pub token: Option<String>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.toneInfo")]
pub struct ToneInfo {
    /// Not nullable.
    #[graph(non_nullable)]
    pub sequence_id: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub tone: Option<Tone>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.addLargeGalleryViewOperation")]
pub struct AddLargeGalleryViewOperation {
    /// The inherited properties of `commsOperation`.
    #[graph(base)]
    pub base: CommsOperation,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.audioRoutingGroup")]
pub struct AudioRoutingGroup {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub receivers: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub routing_mode: Option<RoutingMode>,
    pub sources: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.call",
    path = "/communications/calls",
    contains(name = "audioRoutingGroups", target = AudioRoutingGroup),
    contains(name = "contentSharingSessions", target = ContentSharingSession),
    contains(name = "operations", target = CommsOperation),
    contains(name = "participants", target = Participant),
    action(
        name = "addLargeGalleryView",
        parameters = CallAddLargeGalleryViewParameters,
        returns = AddLargeGalleryViewOperation
    ),
    action(name = "answer", parameters = CallAnswerParameters),
    action(
        name = "cancelMediaProcessing",
        parameters = CallCancelMediaProcessingParameters,
        returns = CancelMediaProcessingOperation
    ),
    action(name = "changeScreenSharingRole", parameters = CallChangeScreenSharingRoleParameters),
    action = "keepAlive",
    action(
        name = "logTeleconferenceDeviceQuality",
        collection,
        parameters = CallCollectionLogTeleconferenceDeviceQualityParameters
    ),
    action(name = "mute", parameters = CallMuteParameters, returns = MuteParticipantOperation),
    action(
        name = "playPrompt",
        parameters = CallPlayPromptParameters,
        returns = PlayPromptOperation
    ),
    action(
        name = "recordResponse",
        parameters = CallRecordResponseParameters,
        returns = RecordOperation
    ),
    action(name = "redirect", parameters = CallRedirectParameters),
    action(name = "reject", parameters = CallRejectParameters),
    action(
        name = "sendDtmfTones",
        parameters = CallSendDtmfTonesParameters,
        returns = SendDtmfTonesOperation
    ),
    action(
        name = "subscribeToTone",
        parameters = CallSubscribeToToneParameters,
        returns = SubscribeToToneOperation
    ),
    action(name = "transfer", parameters = CallTransferParameters),
    action(
        name = "unmute",
        parameters = CallUnmuteParameters,
        returns = UnmuteParticipantOperation
    ),
    action(
        name = "updateRecordingStatus",
        parameters = CallUpdateRecordingStatusParameters,
        returns = UpdateRecordingStatusOperation
    )
)]
pub struct Call {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub callback_uri: Option<String>,
    pub call_chain_id: Option<String>,
    pub call_options: Option<CallOptions>,
    pub call_routes: Option<Vec<CallRoute>>,
    pub chat_info: Option<ChatInfo>,
    pub direction: Option<CallDirection>,
    pub incoming_context: Option<IncomingContext>,
    pub media_config: Option<AnyMediaConfig>,
    pub media_state: Option<CallMediaState>,
    pub meeting_info: Option<AnyMeetingInfo>,
    pub my_participant_id: Option<String>,
    pub requested_modalities: Option<Vec<Modality>>,
    pub result_info: Option<ResultInfo>,
    pub source: Option<ParticipantInfo>,
    pub state: Option<CallState>,
    pub subject: Option<String>,
    pub targets: Option<Vec<InvitationParticipantInfo>>,
    pub tenant_id: Option<String>,
    pub tone_info: Option<ToneInfo>,
    pub transcription: Option<CallTranscriptionInfo>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub audio_routing_groups: Option<Vec<AudioRoutingGroup>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub content_sharing_sessions: Option<Vec<ContentSharingSession>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub operations: Option<Vec<AnyCommsOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub participants: Option<Vec<Participant>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `addLargeGalleryView`, bound to `call`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct CallAddLargeGalleryViewParameters {
    pub client_context: Option<String>,
}

/// The body of the action `answer`, bound to `call`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct CallAnswerParameters {
    pub callback_uri: String,
    pub media_config: AnyMediaConfig,
    pub accepted_modalities: Option<Vec<Modality>>,
    pub participant_capacity: Option<i32>,
    pub call_options: Option<IncomingCallOptions>,
}

/// The body of the action `cancelMediaProcessing`, bound to `call`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct CallCancelMediaProcessingParameters {
    pub client_context: Option<String>,
}

/// The body of the action `changeScreenSharingRole`, bound to `call`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct CallChangeScreenSharingRoleParameters {
    pub role: ScreenSharingRole,
}

/// The body of the action `logTeleconferenceDeviceQuality`, bound to a collection of `call`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct CallCollectionLogTeleconferenceDeviceQualityParameters {
    pub quality: TeleconferenceDeviceQuality,
}

/// The body of the action `mute`, bound to `call`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct CallMuteParameters {
    pub client_context: Option<String>,
}

/// The body of the action `playPrompt`, bound to `call`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct CallPlayPromptParameters {
    pub prompts: Vec<AnyPrompt>,
    pub client_context: Option<String>,
}

/// The body of the action `recordResponse`, bound to `call`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct CallRecordResponseParameters {
    pub prompts: Option<Vec<AnyPrompt>>,
    pub barge_in_allowed: Option<bool>,
    pub initial_silence_timeout_in_seconds: Option<i32>,
    pub max_silence_timeout_in_seconds: Option<i32>,
    pub max_record_duration_in_seconds: Option<i32>,
    pub play_beep: Option<bool>,
    pub stop_tones: Option<Vec<String>>,
    pub client_context: Option<String>,
}

/// The body of the action `redirect`, bound to `call`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct CallRedirectParameters {
    pub targets: Vec<InvitationParticipantInfo>,
    pub timeout: Option<i32>,
    pub callback_uri: Option<String>,
}

/// The body of the action `reject`, bound to `call`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct CallRejectParameters {
    pub reason: Option<RejectReason>,
    pub callback_uri: Option<String>,
}

/// The body of the action `sendDtmfTones`, bound to `call`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct CallSendDtmfTonesParameters {
    pub tones: Vec<Tone>,
    pub delay_between_tones_ms: Option<i32>,
    pub client_context: Option<String>,
}

/// The body of the action `subscribeToTone`, bound to `call`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct CallSubscribeToToneParameters {
    pub client_context: Option<String>,
}

/// The body of the action `transfer`, bound to `call`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct CallTransferParameters {
    pub transfer_target: InvitationParticipantInfo,
    pub transferee: Option<ParticipantInfo>,
}

/// The body of the action `unmute`, bound to `call`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct CallUnmuteParameters {
    pub client_context: Option<String>,
}

/// The body of the action `updateRecordingStatus`, bound to `call`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct CallUpdateRecordingStatusParameters {
    pub status: RecordingStatus,
    pub client_context: Option<String>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.cancelMediaProcessingOperation")]
pub struct CancelMediaProcessingOperation {
    /// The inherited properties of `commsOperation`.
    #[graph(base)]
    pub base: CommsOperation,
}

/// Represents a container that exposes navigation properties for cloud communications resources.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.cloudCommunications",
    keyless,
    singleton = "/communications",
    contains(name = "callRecords", target = crate::call_records::CallRecord),
    contains(name = "calls", target = Call),
    contains(name = "onlineMeetingConversations", target = OnlineMeetingEngagementConversation),
    contains(name = "presences", target = Presence),
    action(
        name = "getPresencesByUserId",
        parameters = CloudCommunicationsGetPresencesByUserIdParameters,
        returns = Vec<Presence>
    ),
    function(name = "getAllOnlineMeetingMessages", returns = Page<AnyEngagementConversationMessage>)
)]
#[cfg_attr(feature = "users", graph(contains(name = "adhocCalls", target = AdhocCall)))]
#[cfg_attr(feature = "users", graph(contains(name = "onlineMeetings", target = OnlineMeeting)))]
pub struct CloudCommunications {
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub adhoc_calls: Option<Vec<AdhocCall>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub call_records: Option<Vec<crate::call_records::CallRecord>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub calls: Option<Vec<Call>>,
    /// Teams Q&A online meeting conversations. Navigation property: read when `$expand`ed, never
    /// written.
    #[graph(read_only)]
    pub online_meeting_conversations: Option<Vec<OnlineMeetingEngagementConversation>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `users`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub online_meetings: Option<Vec<OnlineMeeting>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub presences: Option<Vec<Presence>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `getPresencesByUserId`, bound to `cloudCommunications`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct CloudCommunicationsGetPresencesByUserIdParameters {
    pub ids: Vec<String>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.commsOperation")]
pub struct CommsOperation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub client_context: Option<String>,
    pub result_info: Option<ResultInfo>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<OperationStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.commsOperation`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `CommsOperation`, keeping its `@odata.type` and properties.
#[cfg(feature = "communications")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCommsOperation {
    /// `microsoft.graph.addLargeGalleryViewOperation`.
    AddLargeGalleryViewOperation(AddLargeGalleryViewOperation),
    /// `microsoft.graph.cancelMediaProcessingOperation`.
    CancelMediaProcessingOperation(CancelMediaProcessingOperation),
    /// `microsoft.graph.inviteParticipantsOperation`.
    InviteParticipantsOperation(InviteParticipantsOperation),
    /// `microsoft.graph.muteParticipantOperation`.
    MuteParticipantOperation(MuteParticipantOperation),
    /// `microsoft.graph.playPromptOperation`.
    PlayPromptOperation(PlayPromptOperation),
    /// `microsoft.graph.recordOperation`.
    RecordOperation(RecordOperation),
    /// `microsoft.graph.sendDtmfTonesOperation`.
    SendDtmfTonesOperation(SendDtmfTonesOperation),
    /// `microsoft.graph.startHoldMusicOperation`.
    StartHoldMusicOperation(StartHoldMusicOperation),
    /// `microsoft.graph.stopHoldMusicOperation`.
    StopHoldMusicOperation(StopHoldMusicOperation),
    /// `microsoft.graph.subscribeToToneOperation`.
    SubscribeToToneOperation(SubscribeToToneOperation),
    /// `microsoft.graph.unmuteParticipantOperation`.
    UnmuteParticipantOperation(UnmuteParticipantOperation),
    /// `microsoft.graph.updateRecordingStatusOperation`.
    UpdateRecordingStatusOperation(UpdateRecordingStatusOperation),
    /// `microsoft.graph.commsOperation` itself, or a type this build does not declare.
    #[graph(other)]
    Other(CommsOperation),
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.contentSharingSession")]
pub struct ContentSharingSession {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.inviteParticipantsOperation")]
pub struct InviteParticipantsOperation {
    /// The inherited properties of `commsOperation`.
    #[graph(base)]
    pub base: CommsOperation,
    /// Not nullable.
    #[graph(non_nullable)]
    pub participants: Option<Vec<InvitationParticipantInfo>>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.muteParticipantOperation")]
pub struct MuteParticipantOperation {
    /// The inherited properties of `commsOperation`.
    #[graph(base)]
    pub base: CommsOperation,
}

/// A conversation for Teams QA online meeting.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.onlineMeetingEngagementConversation",
    path = "/communications/onlineMeetingConversations"
)]
pub struct OnlineMeetingEngagementConversation {
    /// The inherited properties of `engagementConversation`.
    #[graph(base)]
    pub base: EngagementConversation,
    /// The message moderation state when in Teams QA. Not nullable.
    #[graph(non_nullable)]
    pub moderation_state: Option<EngagementConversationModerationState>,
    /// The online meeting identifier this conversation is associated with. Not nullable.
    #[graph(non_nullable)]
    pub online_meeting_id: Option<String>,
    /// The identity of the organizer of the online meeting. Not nullable.
    #[graph(read_only, non_nullable)]
    pub organizer: Option<EngagementIdentitySet>,
    /// The number of upvote for the question. Not nullable.
    #[graph(read_only, non_nullable)]
    pub upvote_count: Option<i32>,
    /// The online meeting this conversation is associated with. Navigation property: read when
    /// `$expand`ed, never written. Declared with the feature `users`; without, an `$expand`ed value
    /// is kept in `additional_data`.
    #[cfg(feature = "users")]
    #[graph(read_only)]
    pub online_meeting: Option<OnlineMeeting>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.participant",
    action(
        name = "invite",
        collection,
        parameters = ParticipantCollectionInviteParameters,
        returns = InviteParticipantsOperation
    ),
    action(
        name = "mute",
        parameters = ParticipantMuteParameters,
        returns = MuteParticipantOperation
    ),
    action(
        name = "startHoldMusic",
        parameters = ParticipantStartHoldMusicParameters,
        returns = StartHoldMusicOperation
    ),
    action(
        name = "stopHoldMusic",
        parameters = ParticipantStopHoldMusicParameters,
        returns = StopHoldMusicOperation
    )
)]
pub struct Participant {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub info: Option<ParticipantInfo>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_in_lobby: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_muted: Option<bool>,
    pub media_streams: Option<Vec<MediaStream>>,
    pub metadata: Option<String>,
    pub recording_info: Option<RecordingInfo>,
    pub removed_state: Option<RemovedState>,
    pub restricted_experience: Option<OnlineMeetingRestricted>,
    pub roster_sequence_number: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `invite`, bound to a collection of `participant`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct ParticipantCollectionInviteParameters {
    pub participants: Vec<InvitationParticipantInfo>,
    pub client_context: Option<String>,
}

/// The body of the action `mute`, bound to `participant`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ParticipantMuteParameters {
    pub client_context: Option<String>,
}

/// The body of the action `startHoldMusic`, bound to `participant`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ParticipantStartHoldMusicParameters {
    pub custom_prompt: Option<AnyPrompt>,
    pub client_context: Option<String>,
}

/// The body of the action `stopHoldMusic`, bound to `participant`.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ParticipantStopHoldMusicParameters {
    pub client_context: Option<String>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.playPromptOperation")]
pub struct PlayPromptOperation {
    /// The inherited properties of `commsOperation`.
    #[graph(base)]
    pub base: CommsOperation,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.recordOperation")]
pub struct RecordOperation {
    /// The inherited properties of `commsOperation`.
    #[graph(base)]
    pub base: CommsOperation,
    pub recording_access_token: Option<String>,
    pub recording_location: Option<String>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sendDtmfTonesOperation")]
pub struct SendDtmfTonesOperation {
    /// The inherited properties of `commsOperation`.
    #[graph(base)]
    pub base: CommsOperation,
    pub completion_reason: Option<SendDtmfCompletionReason>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.startHoldMusicOperation")]
pub struct StartHoldMusicOperation {
    /// The inherited properties of `commsOperation`.
    #[graph(base)]
    pub base: CommsOperation,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.stopHoldMusicOperation")]
pub struct StopHoldMusicOperation {
    /// The inherited properties of `commsOperation`.
    #[graph(base)]
    pub base: CommsOperation,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.subscribeToToneOperation")]
pub struct SubscribeToToneOperation {
    /// The inherited properties of `commsOperation`.
    #[graph(base)]
    pub base: CommsOperation,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.unmuteParticipantOperation")]
pub struct UnmuteParticipantOperation {
    /// The inherited properties of `commsOperation`.
    #[graph(base)]
    pub base: CommsOperation,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.updateRecordingStatusOperation")]
pub struct UpdateRecordingStatusOperation {
    /// The inherited properties of `commsOperation`.
    #[graph(base)]
    pub base: CommsOperation,
}
