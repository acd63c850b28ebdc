//! The types of the area `informationProtection`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "informationProtection")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.mailDestinationRoutingReason")]
pub enum MailDestinationRoutingReason {
    None,
    MailFlowRule,
    SafeSender,
    BlockedSender,
    AdvancedSpamFiltering,
    DomainAllowList,
    DomainBlockList,
    NotInAddressBook,
    FirstTimeSender,
    AutoPurgeToInbox,
    AutoPurgeToJunk,
    AutoPurgeToDeleted,
    Outbound,
    NotJunk,
    Junk,
    UnknownFutureValue,
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.threatAssessmentContentType")]
pub enum ThreatAssessmentContentType {
    Mail,
    Url,
    File,
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.threatAssessmentRequestSource")]
pub enum ThreatAssessmentRequestSource {
    Undefined,
    User,
    Administrator,
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.threatAssessmentResultType")]
pub enum ThreatAssessmentResultType {
    CheckPolicy,
    Rescan,
    UnknownFutureValue,
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.threatAssessmentStatus")]
pub enum ThreatAssessmentStatus {
    Pending,
    Completed,
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.threatCategory")]
pub enum ThreatCategory {
    Undefined,
    Spam,
    Phishing,
    Malware,
    UnknownFutureValue,
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.threatExpectedAssessment")]
pub enum ThreatExpectedAssessment {
    Block,
    Unblock,
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.volumeType")]
pub enum VolumeType {
    OperatingSystemVolume,
    FixedDataVolume,
    RemovableDataVolume,
    UnknownFutureValue,
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.bitlocker",
    contains(name = "recoveryKeys", target = BitlockerRecoveryKey)
)]
pub struct Bitlocker {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub recovery_keys: Option<Vec<BitlockerRecoveryKey>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.bitlockerRecoveryKey")]
pub struct BitlockerRecoveryKey {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub device_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub key: Option<String>,
    pub volume_type: Option<VolumeType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.emailFileAssessmentRequest")]
pub struct EmailFileAssessmentRequest {
    /// The inherited properties of `threatAssessmentRequest`.
    #[graph(base)]
    pub base: ThreatAssessmentRequest,
    /// Not nullable.
    #[graph(non_nullable)]
    pub content_data: Option<String>,
    pub destination_routing_reason: Option<MailDestinationRoutingReason>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub recipient_email: Option<String>,
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fileAssessmentRequest")]
pub struct FileAssessmentRequest {
    /// The inherited properties of `threatAssessmentRequest`.
    #[graph(base)]
    pub base: ThreatAssessmentRequest,
    /// Not nullable.
    #[graph(non_nullable)]
    pub content_data: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub file_name: Option<String>,
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.informationProtection",
    keyless,
    singleton = "/informationProtection",
    contains(name = "bitlocker", target = Bitlocker, single),
    contains(name = "threatAssessmentRequests", target = ThreatAssessmentRequest)
)]
pub struct InformationProtection {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub bitlocker: Option<Bitlocker>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub threat_assessment_requests: Option<Vec<AnyThreatAssessmentRequest>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mailAssessmentRequest")]
pub struct MailAssessmentRequest {
    /// The inherited properties of `threatAssessmentRequest`.
    #[graph(base)]
    pub base: ThreatAssessmentRequest,
    pub destination_routing_reason: Option<MailDestinationRoutingReason>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub message_uri: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub recipient_email: Option<String>,
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.threatAssessmentRequest",
    path = "/informationProtection/threatAssessmentRequests",
    abstract,
    contains(name = "results", target = ThreatAssessmentResult)
)]
pub struct ThreatAssessmentRequest {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub category: Option<ThreatCategory>,
    pub content_type: Option<ThreatAssessmentContentType>,
    pub created_by: Option<AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub expected_assessment: Option<ThreatExpectedAssessment>,
    pub request_source: Option<ThreatAssessmentRequestSource>,
    pub status: Option<ThreatAssessmentStatus>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub results: Option<Vec<ThreatAssessmentResult>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.threatAssessmentRequest`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `ThreatAssessmentRequest`, keeping its `@odata.type` and properties.
#[cfg(feature = "informationProtection")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyThreatAssessmentRequest {
    /// `microsoft.graph.emailFileAssessmentRequest`.
    EmailFileAssessmentRequest(EmailFileAssessmentRequest),
    /// `microsoft.graph.fileAssessmentRequest`.
    FileAssessmentRequest(FileAssessmentRequest),
    /// `microsoft.graph.mailAssessmentRequest`.
    MailAssessmentRequest(MailAssessmentRequest),
    /// `microsoft.graph.urlAssessmentRequest`.
    UrlAssessmentRequest(UrlAssessmentRequest),
    /// `microsoft.graph.threatAssessmentRequest` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ThreatAssessmentRequest),
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.threatAssessmentResult")]
pub struct ThreatAssessmentResult {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub message: Option<String>,
    pub result_type: Option<ThreatAssessmentResultType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "informationProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.urlAssessmentRequest")]
pub struct UrlAssessmentRequest {
    /// The inherited properties of `threatAssessmentRequest`.
    #[graph(base)]
    pub base: ThreatAssessmentRequest,
    /// Not nullable.
    #[graph(non_nullable)]
    pub url: Option<String>,
}
