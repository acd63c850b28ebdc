//! The types of the area `communications`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.audioCodec")]
pub enum AudioCodec {
    Unknown,
    Invalid,
    Cn,
    Pcma,
    Pcmu,
    AmrWide,
    G722,
    G7221,
    G7221c,
    G729,
    MultiChannelAudio,
    Muchv2,
    Opus,
    Satin,
    SatinFullband,
    RtAudio8,
    RtAudio16,
    Silk,
    SilkNarrow,
    SilkWide,
    Siren,
    XmsRta,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.callType")]
pub enum CallType {
    Unknown,
    GroupCall,
    PeerToPeer,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.clientPlatform")]
pub enum ClientPlatform {
    Unknown,
    Windows,
    MacOS,
    IOS,
    Android,
    Web,
    IpPhone,
    RoomSystem,
    SurfaceHub,
    HoloLens,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.failureStage")]
pub enum FailureStage {
    Unknown,
    CallSetup,
    Midcall,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.mediaStreamDirection")]
pub enum MediaStreamDirection {
    CallerToCallee,
    CalleeToCaller,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.modality")]
pub enum Modality {
    Audio,
    Video,
    VideoBasedScreenSharing,
    Data,
    ScreenSharing,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.networkConnectionType")]
pub enum NetworkConnectionType {
    Unknown,
    Wired,
    Wifi,
    Mobile,
    Tunnel,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.networkTransportProtocol")]
pub enum NetworkTransportProtocol {
    Unknown,
    Udp,
    Tcp,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.productFamily")]
pub enum ProductFamily {
    Unknown,
    Teams,
    SkypeForBusiness,
    Lync,
    UnknownFutureValue,
    AzureCommunicationServices,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.pstnCallDurationSource")]
pub enum PstnCallDurationSource {
    Microsoft,
    Operator,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.serviceRole")]
pub enum ServiceRole {
    Unknown,
    CustomBot,
    SkypeForBusinessMicrosoftTeamsGateway,
    SkypeForBusinessAudioVideoMcu,
    SkypeForBusinessApplicationSharingMcu,
    SkypeForBusinessCallQueues,
    SkypeForBusinessAutoAttendant,
    MediationServer,
    MediationServerCloudConnectorEdition,
    ExchangeUnifiedMessagingService,
    MediaController,
    ConferencingAnnouncementService,
    ConferencingAttendant,
    AudioTeleconferencerController,
    SkypeForBusinessUnifiedCommunicationApplicationPlatform,
    ResponseGroupServiceAnnouncementService,
    Gateway,
    SkypeTranslator,
    SkypeForBusinessAttendant,
    ResponseGroupService,
    Voicemail,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.userFeedbackRating")]
pub enum UserFeedbackRating {
    NotRated,
    Bad,
    Poor,
    Fair,
    Good,
    Excellent,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.videoCodec")]
pub enum VideoCodec {
    Unknown,
    Invalid,
    Av1,
    H263,
    H264,
    H264s,
    H264uc,
    H265,
    Rtvc1,
    RtVideo,
    Xrtvc1,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.wifiBand")]
pub enum WifiBand {
    Unknown,
    Frequency24GHz,
    Frequency50GHz,
    Frequency60GHz,
    UnknownFutureValue,
}

#[cfg(feature = "communications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.callRecords.wifiRadioType")]
pub enum WifiRadioType {
    Unknown,
    Wifi80211a,
    Wifi80211b,
    Wifi80211g,
    Wifi80211n,
    Wifi80211ac,
    Wifi80211ax,
    UnknownFutureValue,
}

#[cfg(any(feature = "communications", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.administrativeUnitInfo")]
pub struct AdministrativeUnitInfo {
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.clientUserAgent", complex)]
pub struct ClientUserAgent {
    /// The inherited properties of `userAgent`.
    #[graph(base)]
    pub base: UserAgent,
    #[graph(rename = "azureADAppId")]
    pub azure_ad_app_id: Option<String>,
    pub communication_service_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub platform: Option<ClientPlatform>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub product_family: Option<ProductFamily>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.deviceInfo")]
pub struct DeviceInfo {
    pub capture_device_driver: Option<String>,
    pub capture_device_name: Option<String>,
    pub capture_not_functioning_event_ratio: Option<f32>,
    pub cpu_insufficent_event_ratio: Option<f32>,
    pub device_clipping_event_ratio: Option<f32>,
    pub device_glitch_event_ratio: Option<f32>,
    pub howling_event_count: Option<i32>,
    pub initial_signal_level_root_mean_square: Option<f32>,
    pub low_speech_level_event_ratio: Option<f32>,
    pub low_speech_to_noise_event_ratio: Option<f32>,
    pub mic_glitch_rate: Option<f32>,
    pub received_noise_level: Option<i32>,
    pub received_signal_level: Option<i32>,
    pub render_device_driver: Option<String>,
    pub render_device_name: Option<String>,
    pub render_mute_event_ratio: Option<f32>,
    pub render_not_functioning_event_ratio: Option<f32>,
    pub render_zero_volume_event_ratio: Option<f32>,
    pub sent_noise_level: Option<i32>,
    pub sent_signal_level: Option<i32>,
    pub speaker_glitch_rate: Option<f32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.directRoutingLogRow")]
pub struct DirectRoutingLogRow {
    pub callee_number: Option<String>,
    pub call_end_sub_reason: Option<i32>,
    pub caller_number: Option<String>,
    pub call_type: Option<String>,
    pub correlation_id: Option<String>,
    pub duration: Option<i32>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub failure_date_time: Option<edm::DateTimeOffset>,
    pub final_sip_code: Option<i32>,
    pub final_sip_code_phrase: Option<String>,
    pub id: Option<String>,
    pub invite_date_time: Option<edm::DateTimeOffset>,
    pub media_bypass_enabled: Option<bool>,
    pub media_path_location: Option<String>,
    pub signaling_location: Option<String>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub successful_call: Option<bool>,
    pub trunk_fully_qualified_domain_name: Option<String>,
    pub user_display_name: Option<String>,
    pub user_id: Option<String>,
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.endpoint")]
pub struct Endpoint {
    pub user_agent: Option<AnyUserAgent>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.callRecords.endpoint`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `Endpoint`, keeping its `@odata.type` and properties.
#[cfg(feature = "communications")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyEndpoint {
    /// `microsoft.graph.callRecords.participantEndpoint`.
    ParticipantEndpoint(ParticipantEndpoint),
    /// `microsoft.graph.callRecords.serviceEndpoint`.
    ServiceEndpoint(ServiceEndpoint),
    /// `microsoft.graph.callRecords.endpoint` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Endpoint),
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.failureInfo")]
pub struct FailureInfo {
    pub reason: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub stage: Option<FailureStage>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.feedbackTokenSet")]
pub struct FeedbackTokenSet {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.media")]
pub struct Media {
    pub callee_device: Option<DeviceInfo>,
    pub callee_network: Option<NetworkInfo>,
    pub caller_device: Option<DeviceInfo>,
    pub caller_network: Option<NetworkInfo>,
    pub label: Option<String>,
    pub streams: Option<Vec<MediaStream>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.mediaStream")]
pub struct MediaStream {
    pub audio_codec: Option<AudioCodec>,
    pub average_audio_degradation: Option<f32>,
    pub average_audio_network_jitter: Option<edm::Duration>,
    pub average_bandwidth_estimate: Option<edm::Int64>,
    pub average_freeze_duration: Option<edm::Duration>,
    pub average_jitter: Option<edm::Duration>,
    pub average_packet_loss_rate: Option<f32>,
    pub average_ratio_of_concealed_samples: Option<f32>,
    pub average_received_frame_rate: Option<f32>,
    pub average_round_trip_time: Option<edm::Duration>,
    pub average_video_frame_loss_percentage: Option<f32>,
    pub average_video_frame_rate: Option<f32>,
    pub average_video_packet_loss_rate: Option<f32>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub is_audio_forward_error_correction_used: Option<bool>,
    pub low_frame_rate_ratio: Option<f32>,
    pub low_video_processing_capability_ratio: Option<f32>,
    pub max_audio_network_jitter: Option<edm::Duration>,
    pub max_jitter: Option<edm::Duration>,
    pub max_packet_loss_rate: Option<f32>,
    pub max_ratio_of_concealed_samples: Option<f32>,
    pub max_round_trip_time: Option<edm::Duration>,
    pub packet_utilization: Option<edm::Int64>,
    pub post_forward_error_correction_packet_loss_rate: Option<f32>,
    pub rms_freeze_duration: Option<edm::Duration>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub stream_direction: Option<MediaStreamDirection>,
    pub stream_id: Option<String>,
    pub video_codec: Option<VideoCodec>,
    pub was_media_bypassed: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.networkInfo")]
pub struct NetworkInfo {
    pub bandwidth_low_event_ratio: Option<f32>,
    pub basic_service_set_identifier: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub connection_type: Option<NetworkConnectionType>,
    pub delay_event_ratio: Option<f32>,
    pub dns_suffix: Option<String>,
    pub ip_address: Option<String>,
    pub link_speed: Option<edm::Int64>,
    pub mac_address: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub network_transport_protocol: Option<NetworkTransportProtocol>,
    pub port: Option<i32>,
    pub received_quality_event_ratio: Option<f32>,
    #[graph(rename = "reflexiveIPAddress")]
    pub reflexive_ip_address: Option<String>,
    #[graph(rename = "relayIPAddress")]
    pub relay_ip_address: Option<String>,
    pub relay_port: Option<i32>,
    pub sent_quality_event_ratio: Option<f32>,
    pub subnet: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub trace_route_hops: Option<Vec<TraceRouteHop>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub wifi_band: Option<WifiBand>,
    pub wifi_battery_charge: Option<i32>,
    pub wifi_channel: Option<i32>,
    pub wifi_microsoft_driver: Option<String>,
    pub wifi_microsoft_driver_version: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub wifi_radio_type: Option<WifiRadioType>,
    pub wifi_signal_strength: Option<i32>,
    pub wifi_vendor_driver: Option<String>,
    pub wifi_vendor_driver_version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.callRecords.participantEndpoint",
    complex
)]
pub struct ParticipantEndpoint {
    /// The inherited properties of `endpoint`.
    #[graph(base)]
    pub base: Endpoint,
    pub associated_identity: Option<crate::graph::AnyIdentity>,
    pub cpu_cores_count: Option<i32>,
    pub cpu_name: Option<String>,
    pub cpu_processor_speed_in_mhz: Option<i32>,
    pub feedback: Option<UserFeedback>,
    pub identity: Option<crate::graph::AnyIdentitySet>,
    pub name: Option<String>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.pstnCallLogRow")]
pub struct PstnCallLogRow {
    pub call_duration_source: Option<PstnCallDurationSource>,
    pub callee_number: Option<String>,
    pub caller_number: Option<String>,
    pub call_id: Option<String>,
    pub call_type: Option<String>,
    pub charge: Option<edm::Decimal>,
    pub conference_id: Option<String>,
    pub connection_charge: Option<edm::Decimal>,
    pub currency: Option<String>,
    pub destination_context: Option<String>,
    pub destination_name: Option<String>,
    pub duration: Option<i32>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub id: Option<String>,
    pub inventory_type: Option<String>,
    pub license_capability: Option<String>,
    pub operator: Option<String>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub tenant_country_code: Option<String>,
    pub usage_country_code: Option<String>,
    pub user_display_name: Option<String>,
    pub user_id: Option<String>,
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.serviceEndpoint", complex)]
pub struct ServiceEndpoint {
    /// The inherited properties of `endpoint`.
    #[graph(base)]
    pub base: Endpoint,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.serviceUserAgent", complex)]
pub struct ServiceUserAgent {
    /// The inherited properties of `userAgent`.
    #[graph(base)]
    pub base: UserAgent,
    /// Not nullable.
    #[graph(non_nullable)]
    pub role: Option<ServiceRole>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.traceRouteHop")]
pub struct TraceRouteHop {
    pub hop_count: Option<i32>,
    pub ip_address: Option<String>,
    pub round_trip_time: Option<edm::Duration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.userAgent", abstract)]
pub struct UserAgent {
    pub application_version: Option<String>,
    pub header_value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.callRecords.userAgent`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `UserAgent`, keeping its `@odata.type` and properties.
#[cfg(feature = "communications")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyUserAgent {
    /// `microsoft.graph.callRecords.clientUserAgent`.
    ClientUserAgent(ClientUserAgent),
    /// `microsoft.graph.callRecords.serviceUserAgent`.
    ServiceUserAgent(ServiceUserAgent),
    /// `microsoft.graph.callRecords.userAgent` itself, or a type this build does not declare.
    #[graph(other)]
    Other(UserAgent),
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.userFeedback")]
pub struct UserFeedback {
    /// Not nullable.
    #[graph(non_nullable)]
    pub rating: Option<UserFeedbackRating>,
    pub text: Option<String>,
    pub tokens: Option<FeedbackTokenSet>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.callRecords.callRecord",
    path = "/communications/callRecords",
    contains(name = "organizer_v2", target = Organizer, single),
    contains(name = "participants_v2", target = Participant),
    contains(name = "sessions", target = Session),
    function(
        name = "getDirectRoutingCalls",
        collection,
        parameters = CallRecordCollectionGetDirectRoutingCallsParameters,
        returns = Vec<DirectRoutingLogRow>
    ),
    function(
        name = "getPstnCalls",
        collection,
        parameters = CallRecordCollectionGetPstnCallsParameters,
        returns = Vec<PstnCallLogRow>
    )
)]
pub struct CallRecord {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub join_web_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub modalities: Option<Vec<Modality>>,
    pub organizer: Option<crate::graph::AnyIdentitySet>,
    pub participants: Option<Vec<crate::graph::AnyIdentitySet>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<CallType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub version: Option<edm::Int64>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only, rename = "organizer_v2")]
    pub organizer_v2: Option<Organizer>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only, rename = "participants_v2")]
    pub participants_v2: Option<Vec<Participant>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sessions: Option<Vec<Session>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `getDirectRoutingCalls`, bound to a collection of `callRecord`,
/// written in its URL.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct CallRecordCollectionGetDirectRoutingCallsParameters {
    pub from_date_time: Option<edm::DateTimeOffset>,
    pub to_date_time: Option<edm::DateTimeOffset>,
}

/// The arguments of the function `getPstnCalls`, bound to a collection of `callRecord`, written in
/// its URL.
#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct CallRecordCollectionGetPstnCallsParameters {
    pub from_date_time: Option<edm::DateTimeOffset>,
    pub to_date_time: Option<edm::DateTimeOffset>,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.organizer")]
pub struct Organizer {
    /// The inherited properties of `participantBase`.
    #[graph(base)]
    pub base: ParticipantBase,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.callRecords.participant")]
pub struct Participant {
    /// The inherited properties of `participantBase`.
    #[graph(base)]
    pub base: ParticipantBase,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.callRecords.segment"
)]
pub struct Segment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub callee: Option<AnyEndpoint>,
    pub caller: Option<AnyEndpoint>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub failure_info: Option<FailureInfo>,
    pub media: Option<Vec<Media>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "communications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.callRecords.session",
    contains(name = "segments", target = Segment)
)]
pub struct Session {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub callee: Option<AnyEndpoint>,
    pub caller: Option<AnyEndpoint>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub failure_info: Option<FailureInfo>,
    pub is_test: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub modalities: Option<Vec<Modality>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub segments: Option<Vec<Segment>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
