//! The types of the area `drives`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "drives")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.driveItemSourceApplication")]
pub enum DriveItemSourceApplication {
    Teams,
    Yammer,
    SharePoint,
    OneDrive,
    Stream,
    PowerPoint,
    Office,
    Loki,
    Loop,
    Other,
    UnknownFutureValue,
}

#[cfg(feature = "drives")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.mediaSourceContentCategory")]
pub enum MediaSourceContentCategory {
    Meeting,
    LiveStream,
    Presentation,
    ScreenRecording,
    Story,
    Profile,
    Chat,
    Note,
    Comment,
    UnknownFutureValue,
}

#[cfg(feature = "drives")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.sensitivityLabelAssignmentMethod")]
pub enum SensitivityLabelAssignmentMethod {
    Standard,
    Privileged,
    Auto,
    UnknownFutureValue,
}

#[cfg(feature = "drives")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.workbookOperationStatus")]
pub enum WorkbookOperationStatus {
    NotStarted,
    Running,
    Succeeded,
    Failed,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.album")]
pub struct Album {
    pub cover_image_item_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.audio")]
pub struct Audio {
    pub album: Option<String>,
    pub album_artist: Option<String>,
    pub artist: Option<String>,
    pub bitrate: Option<edm::Int64>,
    pub composers: Option<String>,
    pub copyright: Option<String>,
    pub disc: Option<i16>,
    pub disc_count: Option<i16>,
    pub duration: Option<edm::Int64>,
    pub genre: Option<String>,
    pub has_drm: Option<bool>,
    pub is_variable_bitrate: Option<bool>,
    pub title: Option<String>,
    pub track: Option<i32>,
    pub track_count: Option<i32>,
    pub year: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.bundle")]
pub struct Bundle {
    pub album: Option<Album>,
    pub child_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "drives", feature = "sites"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.contentTypeInfo")]
pub struct ContentTypeInfo {
    pub id: Option<String>,
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deleted")]
pub struct Deleted {
    pub state: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.documentSetVersionItem")]
pub struct DocumentSetVersionItem {
    pub item_id: Option<String>,
    pub title: Option<String>,
    pub version_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.driveItemSource")]
pub struct DriveItemSource {
    pub application: Option<DriveItemSourceApplication>,
    pub external_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.driveItemUploadableProperties")]
pub struct DriveItemUploadableProperties {
    pub description: Option<String>,
    pub drive_item_source: Option<DriveItemSource>,
    pub file_size: Option<edm::Int64>,
    pub file_system_info: Option<FileSystemInfo>,
    pub media_source: Option<MediaSource>,
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "drives", feature = "shares"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.driveRecipient")]
pub struct DriveRecipient {
    pub alias: Option<String>,
    pub email: Option<String>,
    pub object_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.extractSensitivityLabelsResult")]
pub struct ExtractSensitivityLabelsResult {
    pub labels: Option<Vec<SensitivityLabelAssignment>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.file")]
pub struct File {
    pub hashes: Option<Hashes>,
    pub mime_type: Option<String>,
    pub processing_metadata: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fileSystemInfo")]
pub struct FileSystemInfo {
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub last_accessed_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.folder")]
pub struct Folder {
    pub child_count: Option<i32>,
    pub view: Option<FolderView>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.folderView")]
pub struct FolderView {
    pub sort_by: Option<String>,
    pub sort_order: Option<String>,
    pub view_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "drives",
    feature = "teams",
    feature = "auditLogs",
    feature = "identityProtection"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.geoCoordinates")]
pub struct GeoCoordinates {
    pub altitude: Option<edm::Double>,
    pub latitude: Option<edm::Double>,
    pub longitude: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.hashes")]
pub struct Hashes {
    pub crc32_hash: Option<String>,
    pub quick_xor_hash: Option<String>,
    pub sha1_hash: Option<String>,
    pub sha256_hash: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.image")]
pub struct Image {
    pub height: Option<i32>,
    pub width: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "drives", feature = "sites"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.incompleteData")]
pub struct IncompleteData {
    pub missing_data_before_date_time: Option<edm::DateTimeOffset>,
    pub was_throttled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "drives", feature = "sites"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.itemActionStat")]
pub struct ItemActionStat {
    pub action_count: Option<i32>,
    pub actor_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.itemPreviewInfo")]
pub struct ItemPreviewInfo {
    pub get_url: Option<String>,
    pub post_parameters: Option<String>,
    pub post_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "drives",
    feature = "shares",
    feature = "sites",
    feature = "storage",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.itemReference")]
pub struct ItemReference {
    pub drive_id: Option<String>,
    pub drive_type: Option<String>,
    pub id: Option<String>,
    pub name: Option<String>,
    pub path: Option<String>,
    pub share_id: Option<String>,
    pub sharepoint_ids: Option<SharepointIds>,
    pub site_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.listInfo")]
pub struct ListInfo {
    pub content_types_enabled: Option<bool>,
    pub hidden: Option<bool>,
    pub template: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.malware")]
pub struct Malware {
    pub description: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mediaSource")]
pub struct MediaSource {
    pub content_category: Option<MediaSourceContentCategory>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.package")]
pub struct Package {
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.pendingContentUpdate")]
pub struct PendingContentUpdate {
    pub queued_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.pendingOperations")]
pub struct PendingOperations {
    pub pending_content_update: Option<PendingContentUpdate>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.photo")]
pub struct Photo {
    pub camera_make: Option<String>,
    pub camera_model: Option<String>,
    pub exposure_denominator: Option<edm::Double>,
    pub exposure_numerator: Option<edm::Double>,
    pub f_number: Option<edm::Double>,
    pub focal_length: Option<edm::Double>,
    pub iso: Option<i32>,
    pub orientation: Option<i16>,
    pub taken_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "drives", feature = "sites", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.publicationFacet")]
pub struct PublicationFacet {
    pub checked_out_by: Option<AnyIdentitySet>,
    pub level: Option<String>,
    pub version_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.quota")]
pub struct Quota {
    pub deleted: Option<edm::Int64>,
    pub remaining: Option<edm::Int64>,
    pub state: Option<String>,
    pub storage_plan_information: Option<StoragePlanInformation>,
    pub total: Option<edm::Int64>,
    pub used: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.remoteItem")]
pub struct RemoteItem {
    pub created_by: Option<AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub file: Option<File>,
    pub file_system_info: Option<FileSystemInfo>,
    pub folder: Option<Folder>,
    pub id: Option<String>,
    pub image: Option<Image>,
    pub last_modified_by: Option<AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub name: Option<String>,
    pub package: Option<Package>,
    pub parent_reference: Option<ItemReference>,
    pub shared: Option<Shared>,
    pub sharepoint_ids: Option<SharepointIds>,
    pub size: Option<edm::Int64>,
    pub special_folder: Option<SpecialFolder>,
    pub video: Option<Video>,
    pub web_dav_url: Option<String>,
    pub web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.retentionLabelSettings")]
pub struct RetentionLabelSettings {
    pub behavior_during_retention_period: Option<crate::security::BehaviorDuringRetentionPeriod>,
    pub is_content_update_allowed: Option<bool>,
    pub is_delete_allowed: Option<bool>,
    pub is_label_update_allowed: Option<bool>,
    pub is_metadata_update_allowed: Option<bool>,
    pub is_record_locked: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "drives", feature = "sites"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.root")]
pub struct Root {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.searchResult")]
pub struct SearchResult {
    pub on_click_telemetry_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sensitivityLabelAssignment")]
pub struct SensitivityLabelAssignment {
    /// Not nullable.
    #[graph(non_nullable)]
    pub assignment_method: Option<SensitivityLabelAssignmentMethod>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub sensitivity_label_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub tenant_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.shared")]
pub struct Shared {
    pub owner: Option<AnyIdentitySet>,
    pub scope: Option<String>,
    pub shared_by: Option<AnyIdentitySet>,
    pub shared_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "drives", feature = "shares", feature = "storage"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointGroupIdentity", complex)]
pub struct SharePointGroupIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub principal_id: Option<String>,
    pub title: Option<String>,
}

#[cfg(any(feature = "drives", feature = "shares", feature = "storage"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointIdentity", complex)]
pub struct SharePointIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub login_name: Option<String>,
}

#[cfg(any(feature = "drives", feature = "shares", feature = "storage"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointIdentitySet", complex)]
pub struct SharePointIdentitySet {
    /// The inherited properties of `identitySet`.
    #[graph(base)]
    pub base: IdentitySet,
    pub group: Option<AnyIdentity>,
    pub share_point_group: Option<SharePointGroupIdentity>,
    pub site_group: Option<SharePointIdentity>,
    pub site_user: Option<SharePointIdentity>,
}

#[cfg(any(
    feature = "drives",
    feature = "shares",
    feature = "sites",
    feature = "storage",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharepointIds")]
pub struct SharepointIds {
    pub list_id: Option<String>,
    pub list_item_id: Option<String>,
    pub list_item_unique_id: Option<String>,
    pub site_id: Option<String>,
    pub site_url: Option<String>,
    pub tenant_id: Option<String>,
    pub web_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "drives", feature = "shares"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharingInvitation")]
pub struct SharingInvitation {
    pub email: Option<String>,
    pub invited_by: Option<AnyIdentitySet>,
    pub redeemed_by: Option<String>,
    pub sign_in_required: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "drives", feature = "shares"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharingLink")]
pub struct SharingLink {
    pub application: Option<AnyIdentity>,
    pub prevents_download: Option<bool>,
    pub scope: Option<String>,
    pub r#type: Option<String>,
    pub web_html: Option<String>,
    pub web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.specialFolder")]
pub struct SpecialFolder {
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.storagePlanInformation")]
pub struct StoragePlanInformation {
    pub upgrade_available: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.systemFacet")]
pub struct SystemFacet {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.thumbnail")]
pub struct Thumbnail {
    pub content: Option<edm::Stream>,
    pub height: Option<i32>,
    pub source_item_id: Option<String>,
    pub url: Option<String>,
    pub width: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(
    feature = "drives",
    feature = "groups",
    feature = "users",
    feature = "other"
))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.uploadSession")]
pub struct UploadSession {
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub next_expected_ranges: Option<Vec<String>>,
    pub upload_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.video")]
pub struct Video {
    pub audio_bits_per_sample: Option<i32>,
    pub audio_channels: Option<i32>,
    pub audio_format: Option<String>,
    pub audio_samples_per_second: Option<i32>,
    pub bitrate: Option<i32>,
    pub duration: Option<edm::Int64>,
    #[graph(rename = "fourCC")]
    pub four_cc: Option<String>,
    pub frame_rate: Option<edm::Double>,
    pub height: Option<i32>,
    pub width: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.workbookFilterCriteria")]
pub struct WorkbookFilterCriteria {
    pub color: Option<String>,
    pub criterion1: Option<String>,
    pub criterion2: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub dynamic_criteria: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub filter_on: Option<String>,
    pub icon: Option<WorkbookIcon>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub operator: Option<String>,
    pub values: Option<serde_json::Value>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.workbookIcon")]
pub struct WorkbookIcon {
    /// Not nullable.
    #[graph(non_nullable)]
    pub index: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub set: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.workbookOperationError")]
pub struct WorkbookOperationError {
    pub code: Option<String>,
    pub inner_error: Option<Box<WorkbookOperationError>>,
    pub message: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.workbookSessionInfo")]
pub struct WorkbookSessionInfo {
    pub id: Option<String>,
    pub persist_changes: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "drives", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.workbookSortField")]
pub struct WorkbookSortField {
    /// Not nullable.
    #[graph(non_nullable)]
    pub ascending: Option<bool>,
    pub color: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub data_option: Option<String>,
    pub icon: Option<WorkbookIcon>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub key: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub sort_on: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.workbookWorksheetProtectionOptions")]
pub struct WorkbookWorksheetProtectionOptions {
    /// Not nullable.
    #[graph(non_nullable)]
    pub allow_auto_filter: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allow_delete_columns: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allow_delete_rows: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allow_format_cells: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allow_format_columns: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allow_format_rows: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allow_insert_columns: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allow_insert_hyperlinks: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allow_insert_rows: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allow_pivot_tables: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allow_sort: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.documentSetVersion", action = "restore")]
pub struct DocumentSetVersion {
    /// The inherited properties of `listItemVersion`.
    #[graph(base)]
    pub base: ListItemVersion,
    pub comment: Option<String>,
    pub created_by: Option<AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub items: Option<Vec<DocumentSetVersionItem>>,
    pub should_capture_minor_version: Option<bool>,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.drive",
    path = "/drives",
    contains(name = "items", target = DriveItem),
    contains(name = "list", target = List, single),
    function(name = "recent", returns = Page<DriveItem>),
    function(name = "search", parameters = DriveSearchParameters, returns = Page<DriveItem>),
    function(name = "sharedWithMe", returns = Page<DriveItem>)
)]
pub struct Drive {
    /// The inherited properties of `baseItem`.
    #[graph(base)]
    pub base: BaseItem,
    pub drive_type: Option<String>,
    pub owner: Option<AnyIdentitySet>,
    pub quota: Option<Quota>,
    pub share_point_ids: Option<SharepointIds>,
    pub system: Option<SystemFacet>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub bundles: Option<Vec<DriveItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub following: Option<Vec<DriveItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub items: Option<Vec<DriveItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub list: Option<Box<List>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub root: Option<Box<DriveItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub special: Option<Vec<DriveItem>>,
}

/// The arguments of the function `search`, bound to `drive`, written in its URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DriveSearchParameters {
    pub q: Option<String>,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.driveItem",
    contains(name = "permissions", target = Permission),
    contains(name = "retentionLabel", target = ItemRetentionLabel, single),
    contains(name = "thumbnails", target = ThumbnailSet),
    contains(name = "versions", target = DriveItemVersion),
    contains(name = "workbook", target = Workbook, single),
    action(name = "assignSensitivityLabel", parameters = DriveItemAssignSensitivityLabelParameters),
    action(name = "checkin", parameters = DriveItemCheckinParameters),
    action = "checkout",
    action(name = "copy", parameters = DriveItemCopyParameters, returns = DriveItem),
    action(name = "createLink", parameters = DriveItemCreateLinkParameters, returns = Permission),
    action(
        name = "createUploadSession",
        parameters = DriveItemCreateUploadSessionParameters,
        returns = UploadSession
    ),
    action = "discardCheckout",
    action(name = "extractSensitivityLabels", returns = ExtractSensitivityLabelsResult),
    action(name = "follow", returns = DriveItem),
    action(name = "invite", parameters = DriveItemInviteParameters, returns = Vec<Permission>),
    action = "permanentDelete",
    action(name = "preview", parameters = DriveItemPreviewParameters, returns = ItemPreviewInfo),
    action(name = "restore", parameters = DriveItemRestoreParameters, returns = DriveItem),
    action = "unfollow",
    action(name = "validatePermission", parameters = DriveItemValidatePermissionParameters),
    function(name = "delta", returns = Page<DeltaItem<DriveItem>>),
    function(
        name = "delta",
        method = "delta_with_token",
        parameters = DriveItemDeltaWithTokenParameters,
        returns = Page<DeltaItem<DriveItem>>
    ),
    function(name = "getActivitiesByInterval", returns = Page<ItemActivityStat>),
    function(
        name = "getActivitiesByInterval",
        method = "get_activities_by_interval_with_start_date_time_end_date_time_interval",
        parameters = DriveItemGetActivitiesByIntervalWithStartDateTimeEndDateTimeIntervalParameters,
        returns = Page<ItemActivityStat>
    ),
    function(name = "search", parameters = DriveItemSearchParameters, returns = Page<DriveItem>)
)]
#[cfg_attr(feature = "sites", graph(contains(name = "analytics", target = ItemAnalytics, single)))]
#[cfg_attr(feature = "subscriptions", graph(contains(name = "subscriptions", target = Subscription)))]
pub struct DriveItem {
    /// The inherited properties of `baseItem`.
    #[graph(base)]
    pub base: BaseItem,
    pub audio: Option<Audio>,
    pub bundle: Option<Bundle>,
    pub content: Option<edm::Stream>,
    pub c_tag: Option<String>,
    pub deleted: Option<Deleted>,
    pub file: Option<File>,
    pub file_system_info: Option<FileSystemInfo>,
    pub folder: Option<Folder>,
    pub image: Option<Image>,
    pub location: Option<GeoCoordinates>,
    pub malware: Option<Malware>,
    pub package: Option<Package>,
    pub pending_operations: Option<PendingOperations>,
    pub photo: Option<Photo>,
    pub publication: Option<PublicationFacet>,
    pub remote_item: Option<RemoteItem>,
    pub root: Option<Root>,
    pub search_result: Option<SearchResult>,
    pub shared: Option<Shared>,
    pub sharepoint_ids: Option<SharepointIds>,
    pub size: Option<edm::Int64>,
    pub special_folder: Option<SpecialFolder>,
    pub video: Option<Video>,
    pub web_dav_url: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `sites`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "sites")]
    #[graph(read_only)]
    pub analytics: Option<ItemAnalytics>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub children: Option<Vec<DriveItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub list_item: Option<Box<ListItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub permissions: Option<Vec<Permission>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub retention_label: Option<ItemRetentionLabel>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `subscriptions`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "subscriptions")]
    #[graph(read_only)]
    pub subscriptions: Option<Vec<Subscription>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub thumbnails: Option<Vec<ThumbnailSet>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub versions: Option<Vec<DriveItemVersion>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub workbook: Option<Workbook>,
}

/// The body of the action `assignSensitivityLabel`, bound to `driveItem`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DriveItemAssignSensitivityLabelParameters {
    pub sensitivity_label_id: Option<String>,
    pub assignment_method: Option<SensitivityLabelAssignmentMethod>,
    pub justification_text: Option<String>,
}

/// The body of the action `checkin`, bound to `driveItem`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DriveItemCheckinParameters {
    pub check_in_as: Option<String>,
    pub comment: Option<String>,
}

/// The body of the action `copy`, bound to `driveItem`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct DriveItemCopyParameters {
    pub name: Option<String>,
    pub parent_reference: Option<ItemReference>,
    pub children_only: Option<bool>,
    pub include_all_version_history: Option<bool>,
}

/// The body of the action `createLink`, bound to `driveItem`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct DriveItemCreateLinkParameters {
    pub r#type: Option<String>,
    pub scope: Option<String>,
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub password: Option<String>,
    pub message: Option<String>,
    pub recipients: Option<Vec<DriveRecipient>>,
    pub retain_inherited_permissions: Option<bool>,
    pub send_notification: Option<bool>,
}

/// The body of the action `createUploadSession`, bound to `driveItem`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct DriveItemCreateUploadSessionParameters {
    pub item: Option<DriveItemUploadableProperties>,
}

/// The body of the action `invite`, bound to `driveItem`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct DriveItemInviteParameters {
    pub require_sign_in: Option<bool>,
    pub roles: Option<Vec<String>>,
    pub send_invitation: Option<bool>,
    pub message: Option<String>,
    pub recipients: Vec<DriveRecipient>,
    pub retain_inherited_permissions: Option<bool>,
    pub expiration_date_time: Option<String>,
    pub password: Option<String>,
}

/// The body of the action `preview`, bound to `driveItem`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DriveItemPreviewParameters {
    pub page: Option<String>,
    pub zoom: Option<edm::Double>,
}

/// The body of the action `restore`, bound to `driveItem`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct DriveItemRestoreParameters {
    pub parent_reference: Option<ItemReference>,
    pub name: Option<String>,
}

/// The body of the action `validatePermission`, bound to `driveItem`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct DriveItemValidatePermissionParameters {
    pub challenge_token: Option<String>,
    pub password: String,
}

/// The arguments of the function `delta`, bound to `driveItem`, written in its URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DriveItemDeltaWithTokenParameters {
    pub token: Option<String>,
}

/// The arguments of the function `getActivitiesByInterval`, bound to `driveItem`, written in its
/// URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DriveItemGetActivitiesByIntervalWithStartDateTimeEndDateTimeIntervalParameters {
    pub start_date_time: Option<String>,
    pub end_date_time: Option<String>,
    pub interval: Option<String>,
}

/// The arguments of the function `search`, bound to `driveItem`, written in its URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DriveItemSearchParameters {
    pub q: Option<String>,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.driveItemVersion",
    action = "restoreVersion"
)]
pub struct DriveItemVersion {
    /// The inherited properties of `baseItemVersion`.
    #[graph(base)]
    pub base: BaseItemVersion,
    pub content: Option<edm::Stream>,
    pub size: Option<edm::Int64>,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.fieldValueSet")]
pub struct FieldValueSet {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.itemRetentionLabel")]
pub struct ItemRetentionLabel {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub is_label_applied_explicitly: Option<bool>,
    pub label_applied_by: Option<AnyIdentitySet>,
    pub label_applied_date_time: Option<edm::DateTimeOffset>,
    pub name: Option<String>,
    pub retention_settings: Option<RetentionLabelSettings>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.list",
    contains(name = "items", target = ListItem),
    contains(name = "permissions", target = Permission)
)]
#[cfg_attr(feature = "sites", graph(contains(name = "columns", target = ColumnDefinition)))]
#[cfg_attr(feature = "sites", graph(contains(name = "contentTypes", target = ContentType)))]
#[cfg_attr(feature = "sites", graph(contains(name = "operations", target = RichLongRunningOperation)))]
#[cfg_attr(feature = "subscriptions", graph(contains(name = "subscriptions", target = Subscription)))]
pub struct List {
    /// The inherited properties of `baseItem`.
    #[graph(base)]
    pub base: BaseItem,
    pub display_name: Option<String>,
    pub list: Option<ListInfo>,
    pub sharepoint_ids: Option<SharepointIds>,
    pub system: Option<SystemFacet>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `sites`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "sites")]
    #[graph(read_only)]
    pub columns: Option<Vec<ColumnDefinition>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `sites`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "sites")]
    #[graph(read_only)]
    pub content_types: Option<Vec<ContentType>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub drive: Option<Box<Drive>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub items: Option<Vec<ListItem>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `sites`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "sites")]
    #[graph(read_only)]
    pub operations: Option<Vec<RichLongRunningOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub permissions: Option<Vec<Permission>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `subscriptions`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "subscriptions")]
    #[graph(read_only)]
    pub subscriptions: Option<Vec<Subscription>>,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.listItem",
    contains(name = "documentSetVersions", target = DocumentSetVersion),
    contains(name = "fields", target = FieldValueSet, single),
    contains(name = "permissions", target = Permission),
    contains(name = "versions", target = ListItemVersion),
    action(name = "createLink", parameters = ListItemCreateLinkParameters, returns = Permission),
    function(name = "delta", collection, returns = Page<DeltaItem<ListItem>>),
    function(
        name = "delta",
        method = "delta_with_token",
        collection,
        parameters = ListItemCollectionDeltaWithTokenParameters,
        returns = Page<DeltaItem<ListItem>>
    ),
    function(name = "getActivitiesByInterval", returns = Page<ItemActivityStat>),
    function(
        name = "getActivitiesByInterval",
        method = "get_activities_by_interval_with_start_date_time_end_date_time_interval",
        parameters = ListItemGetActivitiesByIntervalWithStartDateTimeEndDateTimeIntervalParameters,
        returns = Page<ItemActivityStat>
    )
)]
pub struct ListItem {
    /// The inherited properties of `baseItem`.
    #[graph(base)]
    pub base: BaseItem,
    pub content_type: Option<ContentTypeInfo>,
    pub deleted: Option<Deleted>,
    pub sharepoint_ids: Option<SharepointIds>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `sites`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "sites")]
    #[graph(read_only)]
    pub analytics: Option<ItemAnalytics>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub document_set_versions: Option<Vec<DocumentSetVersion>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub drive_item: Option<Box<DriveItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub fields: Option<FieldValueSet>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub permissions: Option<Vec<Permission>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub versions: Option<Vec<AnyListItemVersion>>,
}

/// The body of the action `createLink`, bound to `listItem`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ListItemCreateLinkParameters {
    pub r#type: Option<String>,
    pub scope: Option<String>,
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub password: Option<String>,
    pub message: Option<String>,
    pub recipients: Option<Vec<DriveRecipient>>,
    pub retain_inherited_permissions: Option<bool>,
    pub send_notification: Option<bool>,
}

/// The arguments of the function `delta`, bound to a collection of `listItem`, written in its URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ListItemCollectionDeltaWithTokenParameters {
    pub token: Option<String>,
}

/// The arguments of the function `getActivitiesByInterval`, bound to `listItem`, written in its
/// URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ListItemGetActivitiesByIntervalWithStartDateTimeEndDateTimeIntervalParameters {
    pub start_date_time: Option<String>,
    pub end_date_time: Option<String>,
    pub interval: Option<String>,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.listItemVersion",
    contains(name = "fields", target = FieldValueSet, single),
    action = "restoreVersion"
)]
pub struct ListItemVersion {
    /// The inherited properties of `baseItemVersion`.
    #[graph(base)]
    pub base: BaseItemVersion,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub fields: Option<FieldValueSet>,
}

/// A `microsoft.graph.listItemVersion`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `ListItemVersion`, keeping its `@odata.type` and properties.
#[cfg(feature = "drives")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyListItemVersion {
    /// `microsoft.graph.documentSetVersion`.
    DocumentSetVersion(DocumentSetVersion),
    /// `microsoft.graph.listItemVersion` itself, or a type this build does not declare.
    #[graph(other)]
    Other(ListItemVersion),
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.thumbnailSet")]
pub struct ThumbnailSet {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub large: Option<Thumbnail>,
    pub medium: Option<Thumbnail>,
    pub small: Option<Thumbnail>,
    pub source: Option<Thumbnail>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbook",
    contains(name = "application", target = WorkbookApplication, single),
    contains(name = "comments", target = WorkbookComment),
    contains(name = "functions", target = WorkbookFunctions, single),
    contains(name = "names", target = WorkbookNamedItem),
    contains(name = "operations", target = WorkbookOperation),
    contains(name = "tables", target = WorkbookTable),
    contains(name = "worksheets", target = WorkbookWorksheet),
    action = "closeSession",
    action(
        name = "createSession",
        parameters = WorkbookCreateSessionParameters,
        returns = WorkbookSessionInfo
    ),
    action = "refreshSession",
    function(
        name = "sessionInfoResource",
        parameters = WorkbookSessionInfoResourceParameters,
        returns = WorkbookSessionInfo
    ),
    function(
        name = "tableRowOperationResult",
        parameters = WorkbookTableRowOperationResultParameters,
        returns = WorkbookTableRow
    )
)]
pub struct Workbook {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub application: Option<WorkbookApplication>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub comments: Option<Vec<WorkbookComment>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub functions: Option<WorkbookFunctions>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub names: Option<Vec<WorkbookNamedItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub operations: Option<Vec<WorkbookOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub tables: Option<Vec<WorkbookTable>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub worksheets: Option<Vec<WorkbookWorksheet>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `createSession`, bound to `workbook`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookCreateSessionParameters {
    pub persist_changes: bool,
}

/// The arguments of the function `sessionInfoResource`, bound to `workbook`, written in its URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookSessionInfoResourceParameters {
    pub key: String,
}

/// The arguments of the function `tableRowOperationResult`, bound to `workbook`, written in its
/// URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookTableRowOperationResultParameters {
    pub key: String,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookApplication",
    action(name = "calculate", parameters = WorkbookApplicationCalculateParameters)
)]
pub struct WorkbookApplication {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub calculation_mode: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `calculate`, bound to `workbookApplication`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookApplicationCalculateParameters {
    pub calculation_type: String,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChart",
    contains(name = "axes", target = WorkbookChartAxes, single),
    contains(name = "dataLabels", target = WorkbookChartDataLabels, single),
    contains(name = "format", target = WorkbookChartAreaFormat, single),
    contains(name = "legend", target = WorkbookChartLegend, single),
    contains(name = "series", target = WorkbookChartSeries),
    contains(name = "title", target = WorkbookChartTitle, single),
    action(
        name = "add",
        collection,
        parameters = WorkbookChartCollectionAddParameters,
        returns = WorkbookChart
    ),
    action(name = "setData", parameters = WorkbookChartSetDataParameters),
    action(name = "setPosition", parameters = WorkbookChartSetPositionParameters),
    function(name = "count", collection, returns = i32),
    function(name = "image", returns = String),
    function(
        name = "image",
        method = "image_with_width",
        parameters = WorkbookChartImageWithWidthParameters,
        returns = String
    ),
    function(
        name = "image",
        method = "image_with_width_height",
        parameters = WorkbookChartImageWithWidthHeightParameters,
        returns = String
    ),
    function(
        name = "image",
        method = "image_with_width_height_fitting_mode",
        parameters = WorkbookChartImageWithWidthHeightFittingModeParameters,
        returns = String
    ),
    function(
        name = "item",
        method = "item_function",
        collection,
        parameters = WorkbookChartCollectionItemFunctionParameters,
        returns = WorkbookChart
    ),
    function(
        name = "itemAt",
        collection,
        parameters = WorkbookChartCollectionItemAtParameters,
        returns = WorkbookChart
    )
)]
pub struct WorkbookChart {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub height: Option<edm::Double>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub left: Option<edm::Double>,
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub top: Option<edm::Double>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub width: Option<edm::Double>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub axes: Option<WorkbookChartAxes>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub data_labels: Option<WorkbookChartDataLabels>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub format: Option<WorkbookChartAreaFormat>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub legend: Option<WorkbookChartLegend>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub series: Option<Vec<WorkbookChartSeries>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub title: Option<WorkbookChartTitle>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub worksheet: Option<WorkbookWorksheet>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `add`, bound to a collection of `workbookChart`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookChartCollectionAddParameters {
    pub r#type: String,
    pub source_data: Option<serde_json::Value>,
    pub series_by: String,
}

/// The body of the action `setData`, bound to `workbookChart`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookChartSetDataParameters {
    pub source_data: Option<serde_json::Value>,
    pub series_by: String,
}

/// The body of the action `setPosition`, bound to `workbookChart`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookChartSetPositionParameters {
    pub start_cell: Option<serde_json::Value>,
    pub end_cell: Option<serde_json::Value>,
}

/// The arguments of the function `image`, bound to `workbookChart`, written in its URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookChartImageWithWidthParameters {
    pub width: i32,
}

/// The arguments of the function `image`, bound to `workbookChart`, written in its URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookChartImageWithWidthHeightParameters {
    pub width: i32,
    pub height: i32,
}

/// The arguments of the function `image`, bound to `workbookChart`, written in its URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookChartImageWithWidthHeightFittingModeParameters {
    pub width: i32,
    pub height: i32,
    pub fitting_mode: String,
}

/// The arguments of the function `item`, bound to a collection of `workbookChart`, written in its
/// URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookChartCollectionItemFunctionParameters {
    pub name: Option<String>,
}

/// The arguments of the function `itemAt`, bound to a collection of `workbookChart`, written in its
/// URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookChartCollectionItemAtParameters {
    pub index: i32,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartAreaFormat",
    contains(name = "fill", target = WorkbookChartFill, single),
    contains(name = "font", target = WorkbookChartFont, single)
)]
pub struct WorkbookChartAreaFormat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub fill: Option<WorkbookChartFill>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub font: Option<WorkbookChartFont>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartAxes",
    contains(name = "categoryAxis", target = WorkbookChartAxis, single),
    contains(name = "seriesAxis", target = WorkbookChartAxis, single),
    contains(name = "valueAxis", target = WorkbookChartAxis, single)
)]
pub struct WorkbookChartAxes {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub category_axis: Option<WorkbookChartAxis>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub series_axis: Option<WorkbookChartAxis>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub value_axis: Option<WorkbookChartAxis>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartAxis",
    contains(name = "format", target = WorkbookChartAxisFormat, single),
    contains(name = "majorGridlines", target = WorkbookChartGridlines, single),
    contains(name = "minorGridlines", target = WorkbookChartGridlines, single),
    contains(name = "title", target = WorkbookChartAxisTitle, single)
)]
pub struct WorkbookChartAxis {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub major_unit: Option<serde_json::Value>,
    pub maximum: Option<serde_json::Value>,
    pub minimum: Option<serde_json::Value>,
    pub minor_unit: Option<serde_json::Value>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub format: Option<WorkbookChartAxisFormat>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub major_gridlines: Option<WorkbookChartGridlines>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub minor_gridlines: Option<WorkbookChartGridlines>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub title: Option<WorkbookChartAxisTitle>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartAxisFormat",
    contains(name = "font", target = WorkbookChartFont, single),
    contains(name = "line", target = WorkbookChartLineFormat, single)
)]
pub struct WorkbookChartAxisFormat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub font: Option<WorkbookChartFont>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub line: Option<WorkbookChartLineFormat>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartAxisTitle",
    contains(name = "format", target = WorkbookChartAxisTitleFormat, single)
)]
pub struct WorkbookChartAxisTitle {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub text: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub visible: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub format: Option<WorkbookChartAxisTitleFormat>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartAxisTitleFormat",
    contains(name = "font", target = WorkbookChartFont, single)
)]
pub struct WorkbookChartAxisTitleFormat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub font: Option<WorkbookChartFont>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartDataLabelFormat",
    contains(name = "fill", target = WorkbookChartFill, single),
    contains(name = "font", target = WorkbookChartFont, single)
)]
pub struct WorkbookChartDataLabelFormat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub fill: Option<WorkbookChartFill>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub font: Option<WorkbookChartFont>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartDataLabels",
    contains(name = "format", target = WorkbookChartDataLabelFormat, single)
)]
pub struct WorkbookChartDataLabels {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub position: Option<String>,
    pub separator: Option<String>,
    pub show_bubble_size: Option<bool>,
    pub show_category_name: Option<bool>,
    pub show_legend_key: Option<bool>,
    pub show_percentage: Option<bool>,
    pub show_series_name: Option<bool>,
    pub show_value: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub format: Option<WorkbookChartDataLabelFormat>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartFill",
    action = "clear",
    action(name = "setSolidColor", parameters = WorkbookChartFillSetSolidColorParameters)
)]
pub struct WorkbookChartFill {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `setSolidColor`, bound to `workbookChartFill`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookChartFillSetSolidColorParameters {
    pub color: Option<String>,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookChartFont")]
pub struct WorkbookChartFont {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub bold: Option<bool>,
    pub color: Option<String>,
    pub italic: Option<bool>,
    pub name: Option<String>,
    pub size: Option<edm::Double>,
    pub underline: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartGridlines",
    contains(name = "format", target = WorkbookChartGridlinesFormat, single)
)]
pub struct WorkbookChartGridlines {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub visible: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub format: Option<WorkbookChartGridlinesFormat>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartGridlinesFormat",
    contains(name = "line", target = WorkbookChartLineFormat, single)
)]
pub struct WorkbookChartGridlinesFormat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub line: Option<WorkbookChartLineFormat>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartLegend",
    contains(name = "format", target = WorkbookChartLegendFormat, single)
)]
pub struct WorkbookChartLegend {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub overlay: Option<bool>,
    pub position: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub visible: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub format: Option<WorkbookChartLegendFormat>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartLegendFormat",
    contains(name = "fill", target = WorkbookChartFill, single),
    contains(name = "font", target = WorkbookChartFont, single)
)]
pub struct WorkbookChartLegendFormat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub fill: Option<WorkbookChartFill>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub font: Option<WorkbookChartFont>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartLineFormat",
    action = "clear"
)]
pub struct WorkbookChartLineFormat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub color: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartPoint",
    contains(name = "format", target = WorkbookChartPointFormat, single),
    function(name = "count", collection, returns = i32),
    function(
        name = "itemAt",
        collection,
        parameters = WorkbookChartPointCollectionItemAtParameters,
        returns = WorkbookChartPoint
    )
)]
pub struct WorkbookChartPoint {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub value: Option<serde_json::Value>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub format: Option<WorkbookChartPointFormat>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `itemAt`, bound to a collection of `workbookChartPoint`, written
/// in its URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookChartPointCollectionItemAtParameters {
    pub index: i32,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartPointFormat",
    contains(name = "fill", target = WorkbookChartFill, single)
)]
pub struct WorkbookChartPointFormat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub fill: Option<WorkbookChartFill>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartSeries",
    contains(name = "format", target = WorkbookChartSeriesFormat, single),
    contains(name = "points", target = WorkbookChartPoint),
    function(name = "count", collection, returns = i32),
    function(
        name = "itemAt",
        collection,
        parameters = WorkbookChartSeriesCollectionItemAtParameters,
        returns = WorkbookChartSeries
    )
)]
pub struct WorkbookChartSeries {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub name: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub format: Option<WorkbookChartSeriesFormat>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub points: Option<Vec<WorkbookChartPoint>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `itemAt`, bound to a collection of `workbookChartSeries`, written
/// in its URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookChartSeriesCollectionItemAtParameters {
    pub index: i32,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartSeriesFormat",
    contains(name = "fill", target = WorkbookChartFill, single),
    contains(name = "line", target = WorkbookChartLineFormat, single)
)]
pub struct WorkbookChartSeriesFormat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub fill: Option<WorkbookChartFill>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub line: Option<WorkbookChartLineFormat>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartTitle",
    contains(name = "format", target = WorkbookChartTitleFormat, single)
)]
pub struct WorkbookChartTitle {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub overlay: Option<bool>,
    pub text: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub visible: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub format: Option<WorkbookChartTitleFormat>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartTitleFormat",
    contains(name = "fill", target = WorkbookChartFill, single),
    contains(name = "font", target = WorkbookChartFont, single)
)]
pub struct WorkbookChartTitleFormat {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub fill: Option<WorkbookChartFill>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub font: Option<WorkbookChartFont>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookComment",
    contains(name = "replies", target = WorkbookCommentReply)
)]
pub struct WorkbookComment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub content: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub content_type: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub replies: Option<Vec<WorkbookCommentReply>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookCommentReply")]
pub struct WorkbookCommentReply {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub content: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub content_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookFilter",
    action(name = "apply", parameters = WorkbookFilterApplyParameters),
    action(
        name = "applyBottomItemsFilter",
        parameters = WorkbookFilterApplyBottomItemsFilterParameters
    ),
    action(
        name = "applyBottomPercentFilter",
        parameters = WorkbookFilterApplyBottomPercentFilterParameters
    ),
    action(
        name = "applyCellColorFilter",
        parameters = WorkbookFilterApplyCellColorFilterParameters
    ),
    action(name = "applyCustomFilter", parameters = WorkbookFilterApplyCustomFilterParameters),
    action(name = "applyDynamicFilter", parameters = WorkbookFilterApplyDynamicFilterParameters),
    action(
        name = "applyFontColorFilter",
        parameters = WorkbookFilterApplyFontColorFilterParameters
    ),
    action(name = "applyIconFilter", parameters = WorkbookFilterApplyIconFilterParameters),
    action(name = "applyTopItemsFilter", parameters = WorkbookFilterApplyTopItemsFilterParameters),
    action(
        name = "applyTopPercentFilter",
        parameters = WorkbookFilterApplyTopPercentFilterParameters
    ),
    action(name = "applyValuesFilter", parameters = WorkbookFilterApplyValuesFilterParameters),
    action = "clear"
)]
pub struct WorkbookFilter {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub criteria: Option<WorkbookFilterCriteria>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `apply`, bound to `workbookFilter`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct WorkbookFilterApplyParameters {
    pub criteria: Option<WorkbookFilterCriteria>,
}

/// The body of the action `applyBottomItemsFilter`, bound to `workbookFilter`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFilterApplyBottomItemsFilterParameters {
    pub count: i32,
}

/// The body of the action `applyBottomPercentFilter`, bound to `workbookFilter`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFilterApplyBottomPercentFilterParameters {
    pub percent: i32,
}

/// The body of the action `applyCellColorFilter`, bound to `workbookFilter`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFilterApplyCellColorFilterParameters {
    pub color: Option<String>,
}

/// The body of the action `applyCustomFilter`, bound to `workbookFilter`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFilterApplyCustomFilterParameters {
    pub criteria1: Option<String>,
    pub criteria2: Option<String>,
    pub oper: String,
}

/// The body of the action `applyDynamicFilter`, bound to `workbookFilter`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFilterApplyDynamicFilterParameters {
    pub criteria: String,
}

/// The body of the action `applyFontColorFilter`, bound to `workbookFilter`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFilterApplyFontColorFilterParameters {
    pub color: Option<String>,
}

/// The body of the action `applyIconFilter`, bound to `workbookFilter`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct WorkbookFilterApplyIconFilterParameters {
    pub icon: Option<WorkbookIcon>,
}

/// The body of the action `applyTopItemsFilter`, bound to `workbookFilter`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFilterApplyTopItemsFilterParameters {
    pub count: i32,
}

/// The body of the action `applyTopPercentFilter`, bound to `workbookFilter`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFilterApplyTopPercentFilterParameters {
    pub percent: i32,
}

/// The body of the action `applyValuesFilter`, bound to `workbookFilter`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFilterApplyValuesFilterParameters {
    pub values: Option<serde_json::Value>,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookFunctions",
    action(
        name = "abs",
        parameters = WorkbookFunctionsAbsParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "accrInt",
        parameters = WorkbookFunctionsAccrIntParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "accrIntM",
        parameters = WorkbookFunctionsAccrIntMParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "acos",
        parameters = WorkbookFunctionsAcosParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "acosh",
        parameters = WorkbookFunctionsAcoshParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "acot",
        parameters = WorkbookFunctionsAcotParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "acoth",
        parameters = WorkbookFunctionsAcothParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "amorDegrc",
        parameters = WorkbookFunctionsAmorDegrcParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "amorLinc",
        parameters = WorkbookFunctionsAmorLincParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "and",
        parameters = WorkbookFunctionsAndParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "arabic",
        parameters = WorkbookFunctionsArabicParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "areas",
        parameters = WorkbookFunctionsAreasParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "asc",
        parameters = WorkbookFunctionsAscParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "asin",
        parameters = WorkbookFunctionsAsinParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "asinh",
        parameters = WorkbookFunctionsAsinhParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "atan",
        parameters = WorkbookFunctionsAtanParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "atan2",
        parameters = WorkbookFunctionsAtan2Parameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "atanh",
        parameters = WorkbookFunctionsAtanhParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "aveDev",
        parameters = WorkbookFunctionsAveDevParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "average",
        parameters = WorkbookFunctionsAverageParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "averageA",
        parameters = WorkbookFunctionsAverageAParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "averageIf",
        parameters = WorkbookFunctionsAverageIfParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "averageIfs",
        parameters = WorkbookFunctionsAverageIfsParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "bahtText",
        parameters = WorkbookFunctionsBahtTextParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "base",
        parameters = WorkbookFunctionsBaseParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "besselI",
        parameters = WorkbookFunctionsBesselIParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "besselJ",
        parameters = WorkbookFunctionsBesselJParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "besselK",
        parameters = WorkbookFunctionsBesselKParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "besselY",
        parameters = WorkbookFunctionsBesselYParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "beta_Dist",
        parameters = WorkbookFunctionsBetaDistParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "beta_Inv",
        parameters = WorkbookFunctionsBetaInvParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "bin2Dec",
        parameters = WorkbookFunctionsBin2DecParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "bin2Hex",
        parameters = WorkbookFunctionsBin2HexParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "bin2Oct",
        parameters = WorkbookFunctionsBin2OctParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "binom_Dist",
        parameters = WorkbookFunctionsBinomDistParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "binom_Dist_Range",
        parameters = WorkbookFunctionsBinomDistRangeParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "binom_Inv",
        parameters = WorkbookFunctionsBinomInvParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "bitand",
        parameters = WorkbookFunctionsBitandParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "bitlshift",
        parameters = WorkbookFunctionsBitlshiftParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "bitor",
        parameters = WorkbookFunctionsBitorParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "bitrshift",
        parameters = WorkbookFunctionsBitrshiftParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "bitxor",
        parameters = WorkbookFunctionsBitxorParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "ceiling_Math",
        parameters = WorkbookFunctionsCeilingMathParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "ceiling_Precise",
        parameters = WorkbookFunctionsCeilingPreciseParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "char",
        parameters = WorkbookFunctionsCharParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "chiSq_Dist",
        parameters = WorkbookFunctionsChiSqDistParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "chiSq_Dist_RT",
        parameters = WorkbookFunctionsChiSqDistRTParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "chiSq_Inv",
        parameters = WorkbookFunctionsChiSqInvParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "chiSq_Inv_RT",
        parameters = WorkbookFunctionsChiSqInvRTParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "choose",
        parameters = WorkbookFunctionsChooseParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "clean",
        parameters = WorkbookFunctionsCleanParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "code",
        parameters = WorkbookFunctionsCodeParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "columns",
        parameters = WorkbookFunctionsColumnsParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "combin",
        parameters = WorkbookFunctionsCombinParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "combina",
        parameters = WorkbookFunctionsCombinaParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "complex",
        parameters = WorkbookFunctionsComplexParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "concatenate",
        parameters = WorkbookFunctionsConcatenateParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "confidence_Norm",
        parameters = WorkbookFunctionsConfidenceNormParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "confidence_T",
        parameters = WorkbookFunctionsConfidenceTParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "convert",
        parameters = WorkbookFunctionsConvertParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "cos",
        parameters = WorkbookFunctionsCosParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "cosh",
        parameters = WorkbookFunctionsCoshParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "cot",
        parameters = WorkbookFunctionsCotParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "coth",
        parameters = WorkbookFunctionsCothParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "count",
        parameters = WorkbookFunctionsCountParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "countA",
        parameters = WorkbookFunctionsCountAParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "countBlank",
        parameters = WorkbookFunctionsCountBlankParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "countIf",
        parameters = WorkbookFunctionsCountIfParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "countIfs",
        parameters = WorkbookFunctionsCountIfsParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "coupDayBs",
        parameters = WorkbookFunctionsCoupDayBsParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "coupDays",
        parameters = WorkbookFunctionsCoupDaysParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "coupDaysNc",
        parameters = WorkbookFunctionsCoupDaysNcParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "coupNcd",
        parameters = WorkbookFunctionsCoupNcdParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "coupNum",
        parameters = WorkbookFunctionsCoupNumParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "coupPcd",
        parameters = WorkbookFunctionsCoupPcdParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "csc",
        parameters = WorkbookFunctionsCscParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "csch",
        parameters = WorkbookFunctionsCschParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "cumIPmt",
        parameters = WorkbookFunctionsCumIPmtParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "cumPrinc",
        parameters = WorkbookFunctionsCumPrincParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "date",
        parameters = WorkbookFunctionsDateParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "datevalue",
        parameters = WorkbookFunctionsDatevalueParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "daverage",
        parameters = WorkbookFunctionsDaverageParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "day",
        parameters = WorkbookFunctionsDayParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "days",
        parameters = WorkbookFunctionsDaysParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "days360",
        parameters = WorkbookFunctionsDays360Parameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "db",
        parameters = WorkbookFunctionsDbParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dbcs",
        parameters = WorkbookFunctionsDbcsParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dcount",
        parameters = WorkbookFunctionsDcountParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dcountA",
        parameters = WorkbookFunctionsDcountAParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "ddb",
        parameters = WorkbookFunctionsDdbParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dec2Bin",
        parameters = WorkbookFunctionsDec2BinParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dec2Hex",
        parameters = WorkbookFunctionsDec2HexParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dec2Oct",
        parameters = WorkbookFunctionsDec2OctParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "decimal",
        parameters = WorkbookFunctionsDecimalParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "degrees",
        parameters = WorkbookFunctionsDegreesParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "delta",
        parameters = WorkbookFunctionsDeltaParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "devSq",
        parameters = WorkbookFunctionsDevSqParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dget",
        parameters = WorkbookFunctionsDgetParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "disc",
        parameters = WorkbookFunctionsDiscParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dmax",
        parameters = WorkbookFunctionsDmaxParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dmin",
        parameters = WorkbookFunctionsDminParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dollar",
        parameters = WorkbookFunctionsDollarParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dollarDe",
        parameters = WorkbookFunctionsDollarDeParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dollarFr",
        parameters = WorkbookFunctionsDollarFrParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dproduct",
        parameters = WorkbookFunctionsDproductParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dstDev",
        parameters = WorkbookFunctionsDstDevParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dstDevP",
        parameters = WorkbookFunctionsDstDevPParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dsum",
        parameters = WorkbookFunctionsDsumParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "duration",
        parameters = WorkbookFunctionsDurationParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dvar",
        parameters = WorkbookFunctionsDvarParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "dvarP",
        parameters = WorkbookFunctionsDvarPParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "ecma_Ceiling",
        parameters = WorkbookFunctionsEcmaCeilingParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "edate",
        parameters = WorkbookFunctionsEdateParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "effect",
        parameters = WorkbookFunctionsEffectParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "eoMonth",
        parameters = WorkbookFunctionsEoMonthParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "erf",
        parameters = WorkbookFunctionsErfParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "erfC",
        parameters = WorkbookFunctionsErfCParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "erfC_Precise",
        parameters = WorkbookFunctionsErfCPreciseParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "erf_Precise",
        parameters = WorkbookFunctionsErfPreciseParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "error_Type",
        parameters = WorkbookFunctionsErrorTypeParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "even",
        parameters = WorkbookFunctionsEvenParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "exact",
        parameters = WorkbookFunctionsExactParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "exp",
        parameters = WorkbookFunctionsExpParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "expon_Dist",
        parameters = WorkbookFunctionsExponDistParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "fact",
        parameters = WorkbookFunctionsFactParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "factDouble",
        parameters = WorkbookFunctionsFactDoubleParameters,
        returns = WorkbookFunctionResult
    ),
    action(name = "false", returns = WorkbookFunctionResult),
    action(
        name = "find",
        parameters = WorkbookFunctionsFindParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "findB",
        parameters = WorkbookFunctionsFindBParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "fisher",
        parameters = WorkbookFunctionsFisherParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "fisherInv",
        parameters = WorkbookFunctionsFisherInvParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "fixed",
        parameters = WorkbookFunctionsFixedParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "floor_Math",
        parameters = WorkbookFunctionsFloorMathParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "floor_Precise",
        parameters = WorkbookFunctionsFloorPreciseParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "fv",
        parameters = WorkbookFunctionsFvParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "fvschedule",
        parameters = WorkbookFunctionsFvscheduleParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "f_Dist",
        parameters = WorkbookFunctionsFDistParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "f_Dist_RT",
        parameters = WorkbookFunctionsFDistRTParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "f_Inv",
        parameters = WorkbookFunctionsFInvParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "f_Inv_RT",
        parameters = WorkbookFunctionsFInvRTParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "gamma",
        parameters = WorkbookFunctionsGammaParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "gammaLn",
        parameters = WorkbookFunctionsGammaLnParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "gammaLn_Precise",
        parameters = WorkbookFunctionsGammaLnPreciseParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "gamma_Dist",
        parameters = WorkbookFunctionsGammaDistParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "gamma_Inv",
        parameters = WorkbookFunctionsGammaInvParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "gauss",
        parameters = WorkbookFunctionsGaussParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "gcd",
        parameters = WorkbookFunctionsGcdParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "geoMean",
        parameters = WorkbookFunctionsGeoMeanParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "geStep",
        parameters = WorkbookFunctionsGeStepParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "harMean",
        parameters = WorkbookFunctionsHarMeanParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "hex2Bin",
        parameters = WorkbookFunctionsHex2BinParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "hex2Dec",
        parameters = WorkbookFunctionsHex2DecParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "hex2Oct",
        parameters = WorkbookFunctionsHex2OctParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "hlookup",
        parameters = WorkbookFunctionsHlookupParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "hour",
        parameters = WorkbookFunctionsHourParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "hyperlink",
        parameters = WorkbookFunctionsHyperlinkParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "hypGeom_Dist",
        parameters = WorkbookFunctionsHypGeomDistParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "if",
        parameters = WorkbookFunctionsIfParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imAbs",
        parameters = WorkbookFunctionsImAbsParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imaginary",
        parameters = WorkbookFunctionsImaginaryParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imArgument",
        parameters = WorkbookFunctionsImArgumentParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imConjugate",
        parameters = WorkbookFunctionsImConjugateParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imCos",
        parameters = WorkbookFunctionsImCosParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imCosh",
        parameters = WorkbookFunctionsImCoshParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imCot",
        parameters = WorkbookFunctionsImCotParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imCsc",
        parameters = WorkbookFunctionsImCscParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imCsch",
        parameters = WorkbookFunctionsImCschParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imDiv",
        parameters = WorkbookFunctionsImDivParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imExp",
        parameters = WorkbookFunctionsImExpParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imLn",
        parameters = WorkbookFunctionsImLnParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imLog10",
        parameters = WorkbookFunctionsImLog10Parameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imLog2",
        parameters = WorkbookFunctionsImLog2Parameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imPower",
        parameters = WorkbookFunctionsImPowerParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imProduct",
        parameters = WorkbookFunctionsImProductParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imReal",
        parameters = WorkbookFunctionsImRealParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imSec",
        parameters = WorkbookFunctionsImSecParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imSech",
        parameters = WorkbookFunctionsImSechParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imSin",
        parameters = WorkbookFunctionsImSinParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imSinh",
        parameters = WorkbookFunctionsImSinhParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imSqrt",
        parameters = WorkbookFunctionsImSqrtParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imSub",
        parameters = WorkbookFunctionsImSubParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imSum",
        parameters = WorkbookFunctionsImSumParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "imTan",
        parameters = WorkbookFunctionsImTanParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "int",
        parameters = WorkbookFunctionsIntParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "intRate",
        parameters = WorkbookFunctionsIntRateParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "ipmt",
        parameters = WorkbookFunctionsIpmtParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "irr",
        parameters = WorkbookFunctionsIrrParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "isErr",
        parameters = WorkbookFunctionsIsErrParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "isError",
        parameters = WorkbookFunctionsIsErrorParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "isEven",
        parameters = WorkbookFunctionsIsEvenParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "isFormula",
        parameters = WorkbookFunctionsIsFormulaParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "isLogical",
        parameters = WorkbookFunctionsIsLogicalParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "isNA",
        parameters = WorkbookFunctionsIsNAParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "isNonText",
        parameters = WorkbookFunctionsIsNonTextParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "isNumber",
        parameters = WorkbookFunctionsIsNumberParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "isOdd",
        parameters = WorkbookFunctionsIsOddParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "isoWeekNum",
        parameters = WorkbookFunctionsIsoWeekNumParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "iso_Ceiling",
        parameters = WorkbookFunctionsIsoCeilingParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "ispmt",
        parameters = WorkbookFunctionsIspmtParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "isref",
        parameters = WorkbookFunctionsIsrefParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "isText",
        parameters = WorkbookFunctionsIsTextParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "kurt",
        parameters = WorkbookFunctionsKurtParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "large",
        parameters = WorkbookFunctionsLargeParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "lcm",
        parameters = WorkbookFunctionsLcmParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "left",
        parameters = WorkbookFunctionsLeftParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "leftb",
        parameters = WorkbookFunctionsLeftbParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "len",
        parameters = WorkbookFunctionsLenParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "lenb",
        parameters = WorkbookFunctionsLenbParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "ln",
        parameters = WorkbookFunctionsLnParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "log",
        parameters = WorkbookFunctionsLogParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "log10",
        parameters = WorkbookFunctionsLog10Parameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "logNorm_Dist",
        parameters = WorkbookFunctionsLogNormDistParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "logNorm_Inv",
        parameters = WorkbookFunctionsLogNormInvParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "lookup",
        parameters = WorkbookFunctionsLookupParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "lower",
        parameters = WorkbookFunctionsLowerParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "match",
        parameters = WorkbookFunctionsMatchParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "max",
        parameters = WorkbookFunctionsMaxParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "maxA",
        parameters = WorkbookFunctionsMaxAParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "mduration",
        parameters = WorkbookFunctionsMdurationParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "median",
        parameters = WorkbookFunctionsMedianParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "mid",
        parameters = WorkbookFunctionsMidParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "midb",
        parameters = WorkbookFunctionsMidbParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "min",
        parameters = WorkbookFunctionsMinParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "minA",
        parameters = WorkbookFunctionsMinAParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "minute",
        parameters = WorkbookFunctionsMinuteParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "mirr",
        parameters = WorkbookFunctionsMirrParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "mod",
        parameters = WorkbookFunctionsModParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "month",
        parameters = WorkbookFunctionsMonthParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "mround",
        parameters = WorkbookFunctionsMroundParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "multiNomial",
        parameters = WorkbookFunctionsMultiNomialParameters,
        returns = WorkbookFunctionResult
    ),
    action(name = "n", parameters = WorkbookFunctionsNParameters, returns = WorkbookFunctionResult),
    action(name = "na", returns = WorkbookFunctionResult),
    action(
        name = "negBinom_Dist",
        parameters = WorkbookFunctionsNegBinomDistParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "networkDays",
        parameters = WorkbookFunctionsNetworkDaysParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "networkDays_Intl",
        parameters = WorkbookFunctionsNetworkDaysIntlParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "nominal",
        parameters = WorkbookFunctionsNominalParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "norm_Dist",
        parameters = WorkbookFunctionsNormDistParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "norm_Inv",
        parameters = WorkbookFunctionsNormInvParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "norm_S_Dist",
        parameters = WorkbookFunctionsNormSDistParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "norm_S_Inv",
        parameters = WorkbookFunctionsNormSInvParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "not",
        parameters = WorkbookFunctionsNotParameters,
        returns = WorkbookFunctionResult
    ),
    action(name = "now", returns = WorkbookFunctionResult),
    action(
        name = "nper",
        parameters = WorkbookFunctionsNperParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "npv",
        parameters = WorkbookFunctionsNpvParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "numberValue",
        parameters = WorkbookFunctionsNumberValueParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "oct2Bin",
        parameters = WorkbookFunctionsOct2BinParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "oct2Dec",
        parameters = WorkbookFunctionsOct2DecParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "oct2Hex",
        parameters = WorkbookFunctionsOct2HexParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "odd",
        parameters = WorkbookFunctionsOddParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "oddFPrice",
        parameters = WorkbookFunctionsOddFPriceParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "oddFYield",
        parameters = WorkbookFunctionsOddFYieldParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "oddLPrice",
        parameters = WorkbookFunctionsOddLPriceParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "oddLYield",
        parameters = WorkbookFunctionsOddLYieldParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "or",
        parameters = WorkbookFunctionsOrParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "pduration",
        parameters = WorkbookFunctionsPdurationParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "percentile_Exc",
        parameters = WorkbookFunctionsPercentileExcParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "percentile_Inc",
        parameters = WorkbookFunctionsPercentileIncParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "percentRank_Exc",
        parameters = WorkbookFunctionsPercentRankExcParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "percentRank_Inc",
        parameters = WorkbookFunctionsPercentRankIncParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "permut",
        parameters = WorkbookFunctionsPermutParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "permutationa",
        parameters = WorkbookFunctionsPermutationaParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "phi",
        parameters = WorkbookFunctionsPhiParameters,
        returns = WorkbookFunctionResult
    ),
    action(name = "pi", returns = WorkbookFunctionResult),
    action(
        name = "pmt",
        parameters = WorkbookFunctionsPmtParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "poisson_Dist",
        parameters = WorkbookFunctionsPoissonDistParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "power",
        parameters = WorkbookFunctionsPowerParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "ppmt",
        parameters = WorkbookFunctionsPpmtParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "price",
        parameters = WorkbookFunctionsPriceParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "priceDisc",
        parameters = WorkbookFunctionsPriceDiscParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "priceMat",
        parameters = WorkbookFunctionsPriceMatParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "product",
        parameters = WorkbookFunctionsProductParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "proper",
        parameters = WorkbookFunctionsProperParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "pv",
        parameters = WorkbookFunctionsPvParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "quartile_Exc",
        parameters = WorkbookFunctionsQuartileExcParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "quartile_Inc",
        parameters = WorkbookFunctionsQuartileIncParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "quotient",
        parameters = WorkbookFunctionsQuotientParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "radians",
        parameters = WorkbookFunctionsRadiansParameters,
        returns = WorkbookFunctionResult
    ),
    action(name = "rand", returns = WorkbookFunctionResult),
    action(
        name = "randBetween",
        parameters = WorkbookFunctionsRandBetweenParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "rank_Avg",
        parameters = WorkbookFunctionsRankAvgParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "rank_Eq",
        parameters = WorkbookFunctionsRankEqParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "rate",
        parameters = WorkbookFunctionsRateParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "received",
        parameters = WorkbookFunctionsReceivedParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "replace",
        parameters = WorkbookFunctionsReplaceParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "replaceB",
        parameters = WorkbookFunctionsReplaceBParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "rept",
        parameters = WorkbookFunctionsReptParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "right",
        parameters = WorkbookFunctionsRightParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "rightb",
        parameters = WorkbookFunctionsRightbParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "roman",
        parameters = WorkbookFunctionsRomanParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "round",
        parameters = WorkbookFunctionsRoundParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "roundDown",
        parameters = WorkbookFunctionsRoundDownParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "roundUp",
        parameters = WorkbookFunctionsRoundUpParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "rows",
        parameters = WorkbookFunctionsRowsParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "rri",
        parameters = WorkbookFunctionsRriParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "sec",
        parameters = WorkbookFunctionsSecParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "sech",
        parameters = WorkbookFunctionsSechParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "second",
        parameters = WorkbookFunctionsSecondParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "seriesSum",
        parameters = WorkbookFunctionsSeriesSumParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "sheet",
        parameters = WorkbookFunctionsSheetParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "sheets",
        parameters = WorkbookFunctionsSheetsParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "sign",
        parameters = WorkbookFunctionsSignParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "sin",
        parameters = WorkbookFunctionsSinParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "sinh",
        parameters = WorkbookFunctionsSinhParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "skew",
        parameters = WorkbookFunctionsSkewParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "skew_p",
        parameters = WorkbookFunctionsSkewPParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "sln",
        parameters = WorkbookFunctionsSlnParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "small",
        parameters = WorkbookFunctionsSmallParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "sqrt",
        parameters = WorkbookFunctionsSqrtParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "sqrtPi",
        parameters = WorkbookFunctionsSqrtPiParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "standardize",
        parameters = WorkbookFunctionsStandardizeParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "stDevA",
        parameters = WorkbookFunctionsStDevAParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "stDevPA",
        parameters = WorkbookFunctionsStDevPAParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "stDev_P",
        parameters = WorkbookFunctionsStDevPParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "stDev_S",
        parameters = WorkbookFunctionsStDevSParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "substitute",
        parameters = WorkbookFunctionsSubstituteParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "subtotal",
        parameters = WorkbookFunctionsSubtotalParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "sum",
        parameters = WorkbookFunctionsSumParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "sumIf",
        parameters = WorkbookFunctionsSumIfParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "sumIfs",
        parameters = WorkbookFunctionsSumIfsParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "sumSq",
        parameters = WorkbookFunctionsSumSqParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "syd",
        parameters = WorkbookFunctionsSydParameters,
        returns = WorkbookFunctionResult
    ),
    action(name = "t", parameters = WorkbookFunctionsTParameters, returns = WorkbookFunctionResult),
    action(
        name = "tan",
        parameters = WorkbookFunctionsTanParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "tanh",
        parameters = WorkbookFunctionsTanhParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "tbillEq",
        parameters = WorkbookFunctionsTbillEqParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "tbillPrice",
        parameters = WorkbookFunctionsTbillPriceParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "tbillYield",
        parameters = WorkbookFunctionsTbillYieldParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "text",
        parameters = WorkbookFunctionsTextParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "time",
        parameters = WorkbookFunctionsTimeParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "timevalue",
        parameters = WorkbookFunctionsTimevalueParameters,
        returns = WorkbookFunctionResult
    ),
    action(name = "today", returns = WorkbookFunctionResult),
    action(
        name = "trim",
        parameters = WorkbookFunctionsTrimParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "trimMean",
        parameters = WorkbookFunctionsTrimMeanParameters,
        returns = WorkbookFunctionResult
    ),
    action(name = "true", returns = WorkbookFunctionResult),
    action(
        name = "trunc",
        parameters = WorkbookFunctionsTruncParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "type",
        parameters = WorkbookFunctionsTypeParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "t_Dist",
        parameters = WorkbookFunctionsTDistParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "t_Dist_2T",
        parameters = WorkbookFunctionsTDist2TParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "t_Dist_RT",
        parameters = WorkbookFunctionsTDistRTParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "t_Inv",
        parameters = WorkbookFunctionsTInvParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "t_Inv_2T",
        parameters = WorkbookFunctionsTInv2TParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "unichar",
        parameters = WorkbookFunctionsUnicharParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "unicode",
        parameters = WorkbookFunctionsUnicodeParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "upper",
        parameters = WorkbookFunctionsUpperParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "usdollar",
        parameters = WorkbookFunctionsUsdollarParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "value",
        method = "value_action",
        parameters = WorkbookFunctionsValueActionParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "varA",
        parameters = WorkbookFunctionsVarAParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "varPA",
        parameters = WorkbookFunctionsVarPAParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "var_P",
        parameters = WorkbookFunctionsVarPParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "var_S",
        parameters = WorkbookFunctionsVarSParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "vdb",
        parameters = WorkbookFunctionsVdbParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "vlookup",
        parameters = WorkbookFunctionsVlookupParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "weekday",
        parameters = WorkbookFunctionsWeekdayParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "weekNum",
        parameters = WorkbookFunctionsWeekNumParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "weibull_Dist",
        parameters = WorkbookFunctionsWeibullDistParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "workDay",
        parameters = WorkbookFunctionsWorkDayParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "workDay_Intl",
        parameters = WorkbookFunctionsWorkDayIntlParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "xirr",
        parameters = WorkbookFunctionsXirrParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "xnpv",
        parameters = WorkbookFunctionsXnpvParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "xor",
        parameters = WorkbookFunctionsXorParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "year",
        parameters = WorkbookFunctionsYearParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "yearFrac",
        parameters = WorkbookFunctionsYearFracParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "yield",
        parameters = WorkbookFunctionsYieldParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "yieldDisc",
        parameters = WorkbookFunctionsYieldDiscParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "yieldMat",
        parameters = WorkbookFunctionsYieldMatParameters,
        returns = WorkbookFunctionResult
    ),
    action(
        name = "z_Test",
        parameters = WorkbookFunctionsZTestParameters,
        returns = WorkbookFunctionResult
    )
)]
pub struct WorkbookFunctions {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `abs`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAbsParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `accrInt`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAccrIntParameters {
    pub issue: Option<serde_json::Value>,
    pub first_interest: Option<serde_json::Value>,
    pub settlement: Option<serde_json::Value>,
    pub rate: Option<serde_json::Value>,
    pub par: Option<serde_json::Value>,
    pub frequency: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
    pub calc_method: Option<serde_json::Value>,
}

/// The body of the action `accrIntM`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAccrIntMParameters {
    pub issue: Option<serde_json::Value>,
    pub settlement: Option<serde_json::Value>,
    pub rate: Option<serde_json::Value>,
    pub par: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `acos`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAcosParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `acosh`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAcoshParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `acot`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAcotParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `acoth`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAcothParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `amorDegrc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAmorDegrcParameters {
    pub cost: Option<serde_json::Value>,
    pub date_purchased: Option<serde_json::Value>,
    pub first_period: Option<serde_json::Value>,
    pub salvage: Option<serde_json::Value>,
    pub period: Option<serde_json::Value>,
    pub rate: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `amorLinc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAmorLincParameters {
    pub cost: Option<serde_json::Value>,
    pub date_purchased: Option<serde_json::Value>,
    pub first_period: Option<serde_json::Value>,
    pub salvage: Option<serde_json::Value>,
    pub period: Option<serde_json::Value>,
    pub rate: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `and`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAndParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `arabic`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsArabicParameters {
    pub text: Option<serde_json::Value>,
}

/// The body of the action `areas`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAreasParameters {
    pub reference: Option<serde_json::Value>,
}

/// The body of the action `asc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAscParameters {
    pub text: Option<serde_json::Value>,
}

/// The body of the action `asin`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAsinParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `asinh`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAsinhParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `atan`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAtanParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `atan2`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAtan2Parameters {
    pub x_num: Option<serde_json::Value>,
    pub y_num: Option<serde_json::Value>,
}

/// The body of the action `atanh`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAtanhParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `aveDev`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAveDevParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `average`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAverageParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `averageA`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAverageAParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `averageIf`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAverageIfParameters {
    pub range: Option<serde_json::Value>,
    pub criteria: Option<serde_json::Value>,
    pub average_range: Option<serde_json::Value>,
}

/// The body of the action `averageIfs`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsAverageIfsParameters {
    pub average_range: Option<serde_json::Value>,
    pub values: Option<serde_json::Value>,
}

/// The body of the action `bahtText`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBahtTextParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `base`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBaseParameters {
    pub number: Option<serde_json::Value>,
    pub radix: Option<serde_json::Value>,
    pub min_length: Option<serde_json::Value>,
}

/// The body of the action `besselI`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBesselIParameters {
    pub x: Option<serde_json::Value>,
    pub n: Option<serde_json::Value>,
}

/// The body of the action `besselJ`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBesselJParameters {
    pub x: Option<serde_json::Value>,
    pub n: Option<serde_json::Value>,
}

/// The body of the action `besselK`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBesselKParameters {
    pub x: Option<serde_json::Value>,
    pub n: Option<serde_json::Value>,
}

/// The body of the action `besselY`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBesselYParameters {
    pub x: Option<serde_json::Value>,
    pub n: Option<serde_json::Value>,
}

/// The body of the action `beta_Dist`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBetaDistParameters {
    pub x: Option<serde_json::Value>,
    pub alpha: Option<serde_json::Value>,
    pub beta: Option<serde_json::Value>,
    pub cumulative: Option<serde_json::Value>,
    #[graph(rename = "A")]
    pub a: Option<serde_json::Value>,
    #[graph(rename = "B")]
    pub b: Option<serde_json::Value>,
}

/// The body of the action `beta_Inv`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBetaInvParameters {
    pub probability: Option<serde_json::Value>,
    pub alpha: Option<serde_json::Value>,
    pub beta: Option<serde_json::Value>,
    #[graph(rename = "A")]
    pub a: Option<serde_json::Value>,
    #[graph(rename = "B")]
    pub b: Option<serde_json::Value>,
}

/// The body of the action `bin2Dec`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBin2DecParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `bin2Hex`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBin2HexParameters {
    pub number: Option<serde_json::Value>,
    pub places: Option<serde_json::Value>,
}

/// The body of the action `bin2Oct`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBin2OctParameters {
    pub number: Option<serde_json::Value>,
    pub places: Option<serde_json::Value>,
}

/// The body of the action `binom_Dist`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBinomDistParameters {
    pub number_s: Option<serde_json::Value>,
    pub trials: Option<serde_json::Value>,
    pub probability_s: Option<serde_json::Value>,
    pub cumulative: Option<serde_json::Value>,
}

/// The body of the action `binom_Dist_Range`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBinomDistRangeParameters {
    pub trials: Option<serde_json::Value>,
    pub probability_s: Option<serde_json::Value>,
    pub number_s: Option<serde_json::Value>,
    pub number_s2: Option<serde_json::Value>,
}

/// The body of the action `binom_Inv`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBinomInvParameters {
    pub trials: Option<serde_json::Value>,
    pub probability_s: Option<serde_json::Value>,
    pub alpha: Option<serde_json::Value>,
}

/// The body of the action `bitand`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBitandParameters {
    pub number1: Option<serde_json::Value>,
    pub number2: Option<serde_json::Value>,
}

/// The body of the action `bitlshift`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBitlshiftParameters {
    pub number: Option<serde_json::Value>,
    pub shift_amount: Option<serde_json::Value>,
}

/// The body of the action `bitor`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBitorParameters {
    pub number1: Option<serde_json::Value>,
    pub number2: Option<serde_json::Value>,
}

/// The body of the action `bitrshift`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBitrshiftParameters {
    pub number: Option<serde_json::Value>,
    pub shift_amount: Option<serde_json::Value>,
}

/// The body of the action `bitxor`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsBitxorParameters {
    pub number1: Option<serde_json::Value>,
    pub number2: Option<serde_json::Value>,
}

/// The body of the action `ceiling_Math`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCeilingMathParameters {
    pub number: Option<serde_json::Value>,
    pub significance: Option<serde_json::Value>,
    pub mode: Option<serde_json::Value>,
}

/// The body of the action `ceiling_Precise`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCeilingPreciseParameters {
    pub number: Option<serde_json::Value>,
    pub significance: Option<serde_json::Value>,
}

/// The body of the action `char`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCharParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `chiSq_Dist`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsChiSqDistParameters {
    pub x: Option<serde_json::Value>,
    pub deg_freedom: Option<serde_json::Value>,
    pub cumulative: Option<serde_json::Value>,
}

/// The body of the action `chiSq_Dist_RT`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsChiSqDistRTParameters {
    pub x: Option<serde_json::Value>,
    pub deg_freedom: Option<serde_json::Value>,
}

/// The body of the action `chiSq_Inv`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsChiSqInvParameters {
    pub probability: Option<serde_json::Value>,
    pub deg_freedom: Option<serde_json::Value>,
}

/// The body of the action `chiSq_Inv_RT`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsChiSqInvRTParameters {
    pub probability: Option<serde_json::Value>,
    pub deg_freedom: Option<serde_json::Value>,
}

/// The body of the action `choose`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsChooseParameters {
    pub index_num: Option<serde_json::Value>,
    pub values: Option<serde_json::Value>,
}

/// The body of the action `clean`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCleanParameters {
    pub text: Option<serde_json::Value>,
}

/// The body of the action `code`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCodeParameters {
    pub text: Option<serde_json::Value>,
}

/// The body of the action `columns`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsColumnsParameters {
    pub array: Option<serde_json::Value>,
}

/// The body of the action `combin`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCombinParameters {
    pub number: Option<serde_json::Value>,
    pub number_chosen: Option<serde_json::Value>,
}

/// The body of the action `combina`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCombinaParameters {
    pub number: Option<serde_json::Value>,
    pub number_chosen: Option<serde_json::Value>,
}

/// The body of the action `complex`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsComplexParameters {
    pub real_num: Option<serde_json::Value>,
    pub i_num: Option<serde_json::Value>,
    pub suffix: Option<serde_json::Value>,
}

/// The body of the action `concatenate`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsConcatenateParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `confidence_Norm`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsConfidenceNormParameters {
    pub alpha: Option<serde_json::Value>,
    pub standard_dev: Option<serde_json::Value>,
    pub size: Option<serde_json::Value>,
}

/// The body of the action `confidence_T`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsConfidenceTParameters {
    pub alpha: Option<serde_json::Value>,
    pub standard_dev: Option<serde_json::Value>,
    pub size: Option<serde_json::Value>,
}

/// The body of the action `convert`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsConvertParameters {
    pub number: Option<serde_json::Value>,
    pub from_unit: Option<serde_json::Value>,
    pub to_unit: Option<serde_json::Value>,
}

/// The body of the action `cos`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCosParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `cosh`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCoshParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `cot`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCotParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `coth`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCothParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `count`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCountParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `countA`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCountAParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `countBlank`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCountBlankParameters {
    pub range: Option<serde_json::Value>,
}

/// The body of the action `countIf`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCountIfParameters {
    pub range: Option<serde_json::Value>,
    pub criteria: Option<serde_json::Value>,
}

/// The body of the action `countIfs`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCountIfsParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `coupDayBs`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCoupDayBsParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub frequency: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `coupDays`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCoupDaysParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub frequency: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `coupDaysNc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCoupDaysNcParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub frequency: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `coupNcd`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCoupNcdParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub frequency: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `coupNum`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCoupNumParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub frequency: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `coupPcd`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCoupPcdParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub frequency: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `csc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCscParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `csch`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCschParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `cumIPmt`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCumIPmtParameters {
    pub rate: Option<serde_json::Value>,
    pub nper: Option<serde_json::Value>,
    pub pv: Option<serde_json::Value>,
    pub start_period: Option<serde_json::Value>,
    pub end_period: Option<serde_json::Value>,
    pub r#type: Option<serde_json::Value>,
}

/// The body of the action `cumPrinc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsCumPrincParameters {
    pub rate: Option<serde_json::Value>,
    pub nper: Option<serde_json::Value>,
    pub pv: Option<serde_json::Value>,
    pub start_period: Option<serde_json::Value>,
    pub end_period: Option<serde_json::Value>,
    pub r#type: Option<serde_json::Value>,
}

/// The body of the action `date`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDateParameters {
    pub year: Option<serde_json::Value>,
    pub month: Option<serde_json::Value>,
    pub day: Option<serde_json::Value>,
}

/// The body of the action `datevalue`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDatevalueParameters {
    pub date_text: Option<serde_json::Value>,
}

/// The body of the action `daverage`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDaverageParameters {
    pub database: Option<serde_json::Value>,
    pub field: Option<serde_json::Value>,
    pub criteria: Option<serde_json::Value>,
}

/// The body of the action `day`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDayParameters {
    pub serial_number: Option<serde_json::Value>,
}

/// The body of the action `days`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDaysParameters {
    pub end_date: Option<serde_json::Value>,
    pub start_date: Option<serde_json::Value>,
}

/// The body of the action `days360`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDays360Parameters {
    pub start_date: Option<serde_json::Value>,
    pub end_date: Option<serde_json::Value>,
    pub method: Option<serde_json::Value>,
}

/// The body of the action `db`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDbParameters {
    pub cost: Option<serde_json::Value>,
    pub salvage: Option<serde_json::Value>,
    pub life: Option<serde_json::Value>,
    pub period: Option<serde_json::Value>,
    pub month: Option<serde_json::Value>,
}

/// The body of the action `dbcs`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDbcsParameters {
    pub text: Option<serde_json::Value>,
}

/// The body of the action `dcount`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDcountParameters {
    pub database: Option<serde_json::Value>,
    pub field: Option<serde_json::Value>,
    pub criteria: Option<serde_json::Value>,
}

/// The body of the action `dcountA`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDcountAParameters {
    pub database: Option<serde_json::Value>,
    pub field: Option<serde_json::Value>,
    pub criteria: Option<serde_json::Value>,
}

/// The body of the action `ddb`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDdbParameters {
    pub cost: Option<serde_json::Value>,
    pub salvage: Option<serde_json::Value>,
    pub life: Option<serde_json::Value>,
    pub period: Option<serde_json::Value>,
    pub factor: Option<serde_json::Value>,
}

/// The body of the action `dec2Bin`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDec2BinParameters {
    pub number: Option<serde_json::Value>,
    pub places: Option<serde_json::Value>,
}

/// The body of the action `dec2Hex`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDec2HexParameters {
    pub number: Option<serde_json::Value>,
    pub places: Option<serde_json::Value>,
}

/// The body of the action `dec2Oct`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDec2OctParameters {
    pub number: Option<serde_json::Value>,
    pub places: Option<serde_json::Value>,
}

/// The body of the action `decimal`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDecimalParameters {
    pub number: Option<serde_json::Value>,
    pub radix: Option<serde_json::Value>,
}

/// The body of the action `degrees`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDegreesParameters {
    pub angle: Option<serde_json::Value>,
}

/// The body of the action `delta`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDeltaParameters {
    pub number1: Option<serde_json::Value>,
    pub number2: Option<serde_json::Value>,
}

/// The body of the action `devSq`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDevSqParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `dget`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDgetParameters {
    pub database: Option<serde_json::Value>,
    pub field: Option<serde_json::Value>,
    pub criteria: Option<serde_json::Value>,
}

/// The body of the action `disc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDiscParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub pr: Option<serde_json::Value>,
    pub redemption: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `dmax`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDmaxParameters {
    pub database: Option<serde_json::Value>,
    pub field: Option<serde_json::Value>,
    pub criteria: Option<serde_json::Value>,
}

/// The body of the action `dmin`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDminParameters {
    pub database: Option<serde_json::Value>,
    pub field: Option<serde_json::Value>,
    pub criteria: Option<serde_json::Value>,
}

/// The body of the action `dollar`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDollarParameters {
    pub number: Option<serde_json::Value>,
    pub decimals: Option<serde_json::Value>,
}

/// The body of the action `dollarDe`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDollarDeParameters {
    pub fractional_dollar: Option<serde_json::Value>,
    pub fraction: Option<serde_json::Value>,
}

/// The body of the action `dollarFr`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDollarFrParameters {
    pub decimal_dollar: Option<serde_json::Value>,
    pub fraction: Option<serde_json::Value>,
}

/// The body of the action `dproduct`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDproductParameters {
    pub database: Option<serde_json::Value>,
    pub field: Option<serde_json::Value>,
    pub criteria: Option<serde_json::Value>,
}

/// The body of the action `dstDev`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDstDevParameters {
    pub database: Option<serde_json::Value>,
    pub field: Option<serde_json::Value>,
    pub criteria: Option<serde_json::Value>,
}

/// The body of the action `dstDevP`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDstDevPParameters {
    pub database: Option<serde_json::Value>,
    pub field: Option<serde_json::Value>,
    pub criteria: Option<serde_json::Value>,
}

/// The body of the action `dsum`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDsumParameters {
    pub database: Option<serde_json::Value>,
    pub field: Option<serde_json::Value>,
    pub criteria: Option<serde_json::Value>,
}

/// The body of the action `duration`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDurationParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub coupon: Option<serde_json::Value>,
    pub yld: Option<serde_json::Value>,
    pub frequency: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `dvar`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDvarParameters {
    pub database: Option<serde_json::Value>,
    pub field: Option<serde_json::Value>,
    pub criteria: Option<serde_json::Value>,
}

/// The body of the action `dvarP`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsDvarPParameters {
    pub database: Option<serde_json::Value>,
    pub field: Option<serde_json::Value>,
    pub criteria: Option<serde_json::Value>,
}

/// The body of the action `ecma_Ceiling`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsEcmaCeilingParameters {
    pub number: Option<serde_json::Value>,
    pub significance: Option<serde_json::Value>,
}

/// The body of the action `edate`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsEdateParameters {
    pub start_date: Option<serde_json::Value>,
    pub months: Option<serde_json::Value>,
}

/// The body of the action `effect`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsEffectParameters {
    pub nominal_rate: Option<serde_json::Value>,
    pub npery: Option<serde_json::Value>,
}

/// The body of the action `eoMonth`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsEoMonthParameters {
    pub start_date: Option<serde_json::Value>,
    pub months: Option<serde_json::Value>,
}

/// The body of the action `erf`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsErfParameters {
    pub lower_limit: Option<serde_json::Value>,
    pub upper_limit: Option<serde_json::Value>,
}

/// The body of the action `erfC`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsErfCParameters {
    pub x: Option<serde_json::Value>,
}

/// The body of the action `erfC_Precise`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsErfCPreciseParameters {
    #[graph(rename = "X")]
    pub x: Option<serde_json::Value>,
}

/// The body of the action `erf_Precise`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsErfPreciseParameters {
    #[graph(rename = "X")]
    pub x: Option<serde_json::Value>,
}

/// The body of the action `error_Type`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsErrorTypeParameters {
    pub error_val: Option<serde_json::Value>,
}

/// The body of the action `even`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsEvenParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `exact`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsExactParameters {
    pub text1: Option<serde_json::Value>,
    pub text2: Option<serde_json::Value>,
}

/// The body of the action `exp`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsExpParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `expon_Dist`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsExponDistParameters {
    pub x: Option<serde_json::Value>,
    pub lambda: Option<serde_json::Value>,
    pub cumulative: Option<serde_json::Value>,
}

/// The body of the action `fact`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsFactParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `factDouble`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsFactDoubleParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `find`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsFindParameters {
    pub find_text: Option<serde_json::Value>,
    pub within_text: Option<serde_json::Value>,
    pub start_num: Option<serde_json::Value>,
}

/// The body of the action `findB`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsFindBParameters {
    pub find_text: Option<serde_json::Value>,
    pub within_text: Option<serde_json::Value>,
    pub start_num: Option<serde_json::Value>,
}

/// The body of the action `fisher`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsFisherParameters {
    pub x: Option<serde_json::Value>,
}

/// The body of the action `fisherInv`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsFisherInvParameters {
    pub y: Option<serde_json::Value>,
}

/// The body of the action `fixed`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsFixedParameters {
    pub number: Option<serde_json::Value>,
    pub decimals: Option<serde_json::Value>,
    pub no_commas: Option<serde_json::Value>,
}

/// The body of the action `floor_Math`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsFloorMathParameters {
    pub number: Option<serde_json::Value>,
    pub significance: Option<serde_json::Value>,
    pub mode: Option<serde_json::Value>,
}

/// The body of the action `floor_Precise`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsFloorPreciseParameters {
    pub number: Option<serde_json::Value>,
    pub significance: Option<serde_json::Value>,
}

/// The body of the action `fv`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsFvParameters {
    pub rate: Option<serde_json::Value>,
    pub nper: Option<serde_json::Value>,
    pub pmt: Option<serde_json::Value>,
    pub pv: Option<serde_json::Value>,
    pub r#type: Option<serde_json::Value>,
}

/// The body of the action `fvschedule`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsFvscheduleParameters {
    pub principal: Option<serde_json::Value>,
    pub schedule: Option<serde_json::Value>,
}

/// The body of the action `f_Dist`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsFDistParameters {
    pub x: Option<serde_json::Value>,
    pub deg_freedom1: Option<serde_json::Value>,
    pub deg_freedom2: Option<serde_json::Value>,
    pub cumulative: Option<serde_json::Value>,
}

/// The body of the action `f_Dist_RT`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsFDistRTParameters {
    pub x: Option<serde_json::Value>,
    pub deg_freedom1: Option<serde_json::Value>,
    pub deg_freedom2: Option<serde_json::Value>,
}

/// The body of the action `f_Inv`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsFInvParameters {
    pub probability: Option<serde_json::Value>,
    pub deg_freedom1: Option<serde_json::Value>,
    pub deg_freedom2: Option<serde_json::Value>,
}

/// The body of the action `f_Inv_RT`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsFInvRTParameters {
    pub probability: Option<serde_json::Value>,
    pub deg_freedom1: Option<serde_json::Value>,
    pub deg_freedom2: Option<serde_json::Value>,
}

/// The body of the action `gamma`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsGammaParameters {
    pub x: Option<serde_json::Value>,
}

/// The body of the action `gammaLn`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsGammaLnParameters {
    pub x: Option<serde_json::Value>,
}

/// The body of the action `gammaLn_Precise`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsGammaLnPreciseParameters {
    pub x: Option<serde_json::Value>,
}

/// The body of the action `gamma_Dist`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsGammaDistParameters {
    pub x: Option<serde_json::Value>,
    pub alpha: Option<serde_json::Value>,
    pub beta: Option<serde_json::Value>,
    pub cumulative: Option<serde_json::Value>,
}

/// The body of the action `gamma_Inv`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsGammaInvParameters {
    pub probability: Option<serde_json::Value>,
    pub alpha: Option<serde_json::Value>,
    pub beta: Option<serde_json::Value>,
}

/// The body of the action `gauss`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsGaussParameters {
    pub x: Option<serde_json::Value>,
}

/// The body of the action `gcd`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsGcdParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `geoMean`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsGeoMeanParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `geStep`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsGeStepParameters {
    pub number: Option<serde_json::Value>,
    pub step: Option<serde_json::Value>,
}

/// The body of the action `harMean`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsHarMeanParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `hex2Bin`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsHex2BinParameters {
    pub number: Option<serde_json::Value>,
    pub places: Option<serde_json::Value>,
}

/// The body of the action `hex2Dec`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsHex2DecParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `hex2Oct`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsHex2OctParameters {
    pub number: Option<serde_json::Value>,
    pub places: Option<serde_json::Value>,
}

/// The body of the action `hlookup`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsHlookupParameters {
    pub lookup_value: Option<serde_json::Value>,
    pub table_array: Option<serde_json::Value>,
    pub row_index_num: Option<serde_json::Value>,
    pub range_lookup: Option<serde_json::Value>,
}

/// The body of the action `hour`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsHourParameters {
    pub serial_number: Option<serde_json::Value>,
}

/// The body of the action `hyperlink`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsHyperlinkParameters {
    pub link_location: Option<serde_json::Value>,
    pub friendly_name: Option<serde_json::Value>,
}

/// The body of the action `hypGeom_Dist`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsHypGeomDistParameters {
    pub sample_s: Option<serde_json::Value>,
    pub number_sample: Option<serde_json::Value>,
    pub population_s: Option<serde_json::Value>,
    pub number_pop: Option<serde_json::Value>,
    pub cumulative: Option<serde_json::Value>,
}

/// The body of the action `if`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIfParameters {
    pub logical_test: Option<serde_json::Value>,
    pub value_if_true: Option<serde_json::Value>,
    pub value_if_false: Option<serde_json::Value>,
}

/// The body of the action `imAbs`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImAbsParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imaginary`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImaginaryParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imArgument`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImArgumentParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imConjugate`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImConjugateParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imCos`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImCosParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imCosh`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImCoshParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imCot`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImCotParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imCsc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImCscParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imCsch`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImCschParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imDiv`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImDivParameters {
    pub inumber1: Option<serde_json::Value>,
    pub inumber2: Option<serde_json::Value>,
}

/// The body of the action `imExp`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImExpParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imLn`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImLnParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imLog10`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImLog10Parameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imLog2`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImLog2Parameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imPower`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImPowerParameters {
    pub inumber: Option<serde_json::Value>,
    pub number: Option<serde_json::Value>,
}

/// The body of the action `imProduct`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImProductParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `imReal`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImRealParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imSec`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImSecParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imSech`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImSechParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imSin`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImSinParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imSinh`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImSinhParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imSqrt`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImSqrtParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `imSub`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImSubParameters {
    pub inumber1: Option<serde_json::Value>,
    pub inumber2: Option<serde_json::Value>,
}

/// The body of the action `imSum`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImSumParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `imTan`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsImTanParameters {
    pub inumber: Option<serde_json::Value>,
}

/// The body of the action `int`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIntParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `intRate`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIntRateParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub investment: Option<serde_json::Value>,
    pub redemption: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `ipmt`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIpmtParameters {
    pub rate: Option<serde_json::Value>,
    pub per: Option<serde_json::Value>,
    pub nper: Option<serde_json::Value>,
    pub pv: Option<serde_json::Value>,
    pub fv: Option<serde_json::Value>,
    pub r#type: Option<serde_json::Value>,
}

/// The body of the action `irr`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIrrParameters {
    pub values: Option<serde_json::Value>,
    pub guess: Option<serde_json::Value>,
}

/// The body of the action `isErr`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIsErrParameters {
    pub value: Option<serde_json::Value>,
}

/// The body of the action `isError`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIsErrorParameters {
    pub value: Option<serde_json::Value>,
}

/// The body of the action `isEven`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIsEvenParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `isFormula`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIsFormulaParameters {
    pub reference: Option<serde_json::Value>,
}

/// The body of the action `isLogical`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIsLogicalParameters {
    pub value: Option<serde_json::Value>,
}

/// The body of the action `isNA`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIsNAParameters {
    pub value: Option<serde_json::Value>,
}

/// The body of the action `isNonText`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIsNonTextParameters {
    pub value: Option<serde_json::Value>,
}

/// The body of the action `isNumber`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIsNumberParameters {
    pub value: Option<serde_json::Value>,
}

/// The body of the action `isOdd`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIsOddParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `isoWeekNum`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIsoWeekNumParameters {
    pub date: Option<serde_json::Value>,
}

/// The body of the action `iso_Ceiling`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIsoCeilingParameters {
    pub number: Option<serde_json::Value>,
    pub significance: Option<serde_json::Value>,
}

/// The body of the action `ispmt`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIspmtParameters {
    pub rate: Option<serde_json::Value>,
    pub per: Option<serde_json::Value>,
    pub nper: Option<serde_json::Value>,
    pub pv: Option<serde_json::Value>,
}

/// The body of the action `isref`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIsrefParameters {
    pub value: Option<serde_json::Value>,
}

/// The body of the action `isText`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsIsTextParameters {
    pub value: Option<serde_json::Value>,
}

/// The body of the action `kurt`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsKurtParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `large`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsLargeParameters {
    pub array: Option<serde_json::Value>,
    pub k: Option<serde_json::Value>,
}

/// The body of the action `lcm`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsLcmParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `left`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsLeftParameters {
    pub text: Option<serde_json::Value>,
    pub num_chars: Option<serde_json::Value>,
}

/// The body of the action `leftb`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsLeftbParameters {
    pub text: Option<serde_json::Value>,
    pub num_bytes: Option<serde_json::Value>,
}

/// The body of the action `len`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsLenParameters {
    pub text: Option<serde_json::Value>,
}

/// The body of the action `lenb`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsLenbParameters {
    pub text: Option<serde_json::Value>,
}

/// The body of the action `ln`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsLnParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `log`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsLogParameters {
    pub number: Option<serde_json::Value>,
    pub base: Option<serde_json::Value>,
}

/// The body of the action `log10`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsLog10Parameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `logNorm_Dist`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsLogNormDistParameters {
    pub x: Option<serde_json::Value>,
    pub mean: Option<serde_json::Value>,
    pub standard_dev: Option<serde_json::Value>,
    pub cumulative: Option<serde_json::Value>,
}

/// The body of the action `logNorm_Inv`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsLogNormInvParameters {
    pub probability: Option<serde_json::Value>,
    pub mean: Option<serde_json::Value>,
    pub standard_dev: Option<serde_json::Value>,
}

/// The body of the action `lookup`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsLookupParameters {
    pub lookup_value: Option<serde_json::Value>,
    pub lookup_vector: Option<serde_json::Value>,
    pub result_vector: Option<serde_json::Value>,
}

/// The body of the action `lower`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsLowerParameters {
    pub text: Option<serde_json::Value>,
}

/// The body of the action `match`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsMatchParameters {
    pub lookup_value: Option<serde_json::Value>,
    pub lookup_array: Option<serde_json::Value>,
    pub match_type: Option<serde_json::Value>,
}

/// The body of the action `max`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsMaxParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `maxA`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsMaxAParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `mduration`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsMdurationParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub coupon: Option<serde_json::Value>,
    pub yld: Option<serde_json::Value>,
    pub frequency: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `median`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsMedianParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `mid`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsMidParameters {
    pub text: Option<serde_json::Value>,
    pub start_num: Option<serde_json::Value>,
    pub num_chars: Option<serde_json::Value>,
}

/// The body of the action `midb`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsMidbParameters {
    pub text: Option<serde_json::Value>,
    pub start_num: Option<serde_json::Value>,
    pub num_bytes: Option<serde_json::Value>,
}

/// The body of the action `min`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsMinParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `minA`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsMinAParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `minute`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsMinuteParameters {
    pub serial_number: Option<serde_json::Value>,
}

/// The body of the action `mirr`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsMirrParameters {
    pub values: Option<serde_json::Value>,
    pub finance_rate: Option<serde_json::Value>,
    pub reinvest_rate: Option<serde_json::Value>,
}

/// The body of the action `mod`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsModParameters {
    pub number: Option<serde_json::Value>,
    pub divisor: Option<serde_json::Value>,
}

/// The body of the action `month`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsMonthParameters {
    pub serial_number: Option<serde_json::Value>,
}

/// The body of the action `mround`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsMroundParameters {
    pub number: Option<serde_json::Value>,
    pub multiple: Option<serde_json::Value>,
}

/// The body of the action `multiNomial`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsMultiNomialParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `n`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsNParameters {
    pub value: Option<serde_json::Value>,
}

/// The body of the action `negBinom_Dist`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsNegBinomDistParameters {
    pub number_f: Option<serde_json::Value>,
    pub number_s: Option<serde_json::Value>,
    pub probability_s: Option<serde_json::Value>,
    pub cumulative: Option<serde_json::Value>,
}

/// The body of the action `networkDays`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsNetworkDaysParameters {
    pub start_date: Option<serde_json::Value>,
    pub end_date: Option<serde_json::Value>,
    pub holidays: Option<serde_json::Value>,
}

/// The body of the action `networkDays_Intl`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsNetworkDaysIntlParameters {
    pub start_date: Option<serde_json::Value>,
    pub end_date: Option<serde_json::Value>,
    pub weekend: Option<serde_json::Value>,
    pub holidays: Option<serde_json::Value>,
}

/// The body of the action `nominal`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsNominalParameters {
    pub effect_rate: Option<serde_json::Value>,
    pub npery: Option<serde_json::Value>,
}

/// The body of the action `norm_Dist`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsNormDistParameters {
    pub x: Option<serde_json::Value>,
    pub mean: Option<serde_json::Value>,
    pub standard_dev: Option<serde_json::Value>,
    pub cumulative: Option<serde_json::Value>,
}

/// The body of the action `norm_Inv`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsNormInvParameters {
    pub probability: Option<serde_json::Value>,
    pub mean: Option<serde_json::Value>,
    pub standard_dev: Option<serde_json::Value>,
}

/// The body of the action `norm_S_Dist`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsNormSDistParameters {
    pub z: Option<serde_json::Value>,
    pub cumulative: Option<serde_json::Value>,
}

/// The body of the action `norm_S_Inv`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsNormSInvParameters {
    pub probability: Option<serde_json::Value>,
}

/// The body of the action `not`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsNotParameters {
    pub logical: Option<serde_json::Value>,
}

/// The body of the action `nper`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsNperParameters {
    pub rate: Option<serde_json::Value>,
    pub pmt: Option<serde_json::Value>,
    pub pv: Option<serde_json::Value>,
    pub fv: Option<serde_json::Value>,
    pub r#type: Option<serde_json::Value>,
}

/// The body of the action `npv`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsNpvParameters {
    pub rate: Option<serde_json::Value>,
    pub values: Option<serde_json::Value>,
}

/// The body of the action `numberValue`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsNumberValueParameters {
    pub text: Option<serde_json::Value>,
    pub decimal_separator: Option<serde_json::Value>,
    pub group_separator: Option<serde_json::Value>,
}

/// The body of the action `oct2Bin`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsOct2BinParameters {
    pub number: Option<serde_json::Value>,
    pub places: Option<serde_json::Value>,
}

/// The body of the action `oct2Dec`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsOct2DecParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `oct2Hex`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsOct2HexParameters {
    pub number: Option<serde_json::Value>,
    pub places: Option<serde_json::Value>,
}

/// The body of the action `odd`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsOddParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `oddFPrice`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsOddFPriceParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub issue: Option<serde_json::Value>,
    pub first_coupon: Option<serde_json::Value>,
    pub rate: Option<serde_json::Value>,
    pub yld: Option<serde_json::Value>,
    pub redemption: Option<serde_json::Value>,
    pub frequency: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `oddFYield`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsOddFYieldParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub issue: Option<serde_json::Value>,
    pub first_coupon: Option<serde_json::Value>,
    pub rate: Option<serde_json::Value>,
    pub pr: Option<serde_json::Value>,
    pub redemption: Option<serde_json::Value>,
    pub frequency: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `oddLPrice`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsOddLPriceParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub last_interest: Option<serde_json::Value>,
    pub rate: Option<serde_json::Value>,
    pub yld: Option<serde_json::Value>,
    pub redemption: Option<serde_json::Value>,
    pub frequency: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `oddLYield`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsOddLYieldParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub last_interest: Option<serde_json::Value>,
    pub rate: Option<serde_json::Value>,
    pub pr: Option<serde_json::Value>,
    pub redemption: Option<serde_json::Value>,
    pub frequency: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `or`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsOrParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `pduration`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPdurationParameters {
    pub rate: Option<serde_json::Value>,
    pub pv: Option<serde_json::Value>,
    pub fv: Option<serde_json::Value>,
}

/// The body of the action `percentile_Exc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPercentileExcParameters {
    pub array: Option<serde_json::Value>,
    pub k: Option<serde_json::Value>,
}

/// The body of the action `percentile_Inc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPercentileIncParameters {
    pub array: Option<serde_json::Value>,
    pub k: Option<serde_json::Value>,
}

/// The body of the action `percentRank_Exc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPercentRankExcParameters {
    pub array: Option<serde_json::Value>,
    pub x: Option<serde_json::Value>,
    pub significance: Option<serde_json::Value>,
}

/// The body of the action `percentRank_Inc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPercentRankIncParameters {
    pub array: Option<serde_json::Value>,
    pub x: Option<serde_json::Value>,
    pub significance: Option<serde_json::Value>,
}

/// The body of the action `permut`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPermutParameters {
    pub number: Option<serde_json::Value>,
    pub number_chosen: Option<serde_json::Value>,
}

/// The body of the action `permutationa`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPermutationaParameters {
    pub number: Option<serde_json::Value>,
    pub number_chosen: Option<serde_json::Value>,
}

/// The body of the action `phi`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPhiParameters {
    pub x: Option<serde_json::Value>,
}

/// The body of the action `pmt`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPmtParameters {
    pub rate: Option<serde_json::Value>,
    pub nper: Option<serde_json::Value>,
    pub pv: Option<serde_json::Value>,
    pub fv: Option<serde_json::Value>,
    pub r#type: Option<serde_json::Value>,
}

/// The body of the action `poisson_Dist`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPoissonDistParameters {
    pub x: Option<serde_json::Value>,
    pub mean: Option<serde_json::Value>,
    pub cumulative: Option<serde_json::Value>,
}

/// The body of the action `power`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPowerParameters {
    pub number: Option<serde_json::Value>,
    pub power: Option<serde_json::Value>,
}

/// The body of the action `ppmt`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPpmtParameters {
    pub rate: Option<serde_json::Value>,
    pub per: Option<serde_json::Value>,
    pub nper: Option<serde_json::Value>,
    pub pv: Option<serde_json::Value>,
    pub fv: Option<serde_json::Value>,
    pub r#type: Option<serde_json::Value>,
}

/// The body of the action `price`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPriceParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub rate: Option<serde_json::Value>,
    pub yld: Option<serde_json::Value>,
    pub redemption: Option<serde_json::Value>,
    pub frequency: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `priceDisc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPriceDiscParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub discount: Option<serde_json::Value>,
    pub redemption: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `priceMat`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPriceMatParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub issue: Option<serde_json::Value>,
    pub rate: Option<serde_json::Value>,
    pub yld: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `product`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsProductParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `proper`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsProperParameters {
    pub text: Option<serde_json::Value>,
}

/// The body of the action `pv`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsPvParameters {
    pub rate: Option<serde_json::Value>,
    pub nper: Option<serde_json::Value>,
    pub pmt: Option<serde_json::Value>,
    pub fv: Option<serde_json::Value>,
    pub r#type: Option<serde_json::Value>,
}

/// The body of the action `quartile_Exc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsQuartileExcParameters {
    pub array: Option<serde_json::Value>,
    pub quart: Option<serde_json::Value>,
}

/// The body of the action `quartile_Inc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsQuartileIncParameters {
    pub array: Option<serde_json::Value>,
    pub quart: Option<serde_json::Value>,
}

/// The body of the action `quotient`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsQuotientParameters {
    pub numerator: Option<serde_json::Value>,
    pub denominator: Option<serde_json::Value>,
}

/// The body of the action `radians`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsRadiansParameters {
    pub angle: Option<serde_json::Value>,
}

/// The body of the action `randBetween`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsRandBetweenParameters {
    pub bottom: Option<serde_json::Value>,
    pub top: Option<serde_json::Value>,
}

/// The body of the action `rank_Avg`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsRankAvgParameters {
    pub number: Option<serde_json::Value>,
    pub r#ref: Option<serde_json::Value>,
    pub order: Option<serde_json::Value>,
}

/// The body of the action `rank_Eq`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsRankEqParameters {
    pub number: Option<serde_json::Value>,
    pub r#ref: Option<serde_json::Value>,
    pub order: Option<serde_json::Value>,
}

/// The body of the action `rate`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsRateParameters {
    pub nper: Option<serde_json::Value>,
    pub pmt: Option<serde_json::Value>,
    pub pv: Option<serde_json::Value>,
    pub fv: Option<serde_json::Value>,
    pub r#type: Option<serde_json::Value>,
    pub guess: Option<serde_json::Value>,
}

/// The body of the action `received`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsReceivedParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub investment: Option<serde_json::Value>,
    pub discount: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `replace`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsReplaceParameters {
    pub old_text: Option<serde_json::Value>,
    pub start_num: Option<serde_json::Value>,
    pub num_chars: Option<serde_json::Value>,
    pub new_text: Option<serde_json::Value>,
}

/// The body of the action `replaceB`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsReplaceBParameters {
    pub old_text: Option<serde_json::Value>,
    pub start_num: Option<serde_json::Value>,
    pub num_bytes: Option<serde_json::Value>,
    pub new_text: Option<serde_json::Value>,
}

/// The body of the action `rept`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsReptParameters {
    pub text: Option<serde_json::Value>,
    pub number_times: Option<serde_json::Value>,
}

/// The body of the action `right`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsRightParameters {
    pub text: Option<serde_json::Value>,
    pub num_chars: Option<serde_json::Value>,
}

/// The body of the action `rightb`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsRightbParameters {
    pub text: Option<serde_json::Value>,
    pub num_bytes: Option<serde_json::Value>,
}

/// The body of the action `roman`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsRomanParameters {
    pub number: Option<serde_json::Value>,
    pub form: Option<serde_json::Value>,
}

/// The body of the action `round`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsRoundParameters {
    pub number: Option<serde_json::Value>,
    pub num_digits: Option<serde_json::Value>,
}

/// The body of the action `roundDown`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsRoundDownParameters {
    pub number: Option<serde_json::Value>,
    pub num_digits: Option<serde_json::Value>,
}

/// The body of the action `roundUp`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsRoundUpParameters {
    pub number: Option<serde_json::Value>,
    pub num_digits: Option<serde_json::Value>,
}

/// The body of the action `rows`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsRowsParameters {
    pub array: Option<serde_json::Value>,
}

/// The body of the action `rri`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsRriParameters {
    pub nper: Option<serde_json::Value>,
    pub pv: Option<serde_json::Value>,
    pub fv: Option<serde_json::Value>,
}

/// The body of the action `sec`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSecParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `sech`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSechParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `second`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSecondParameters {
    pub serial_number: Option<serde_json::Value>,
}

/// The body of the action `seriesSum`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSeriesSumParameters {
    pub x: Option<serde_json::Value>,
    pub n: Option<serde_json::Value>,
    pub m: Option<serde_json::Value>,
    pub coefficients: Option<serde_json::Value>,
}

/// The body of the action `sheet`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSheetParameters {
    pub value: Option<serde_json::Value>,
}

/// The body of the action `sheets`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSheetsParameters {
    pub reference: Option<serde_json::Value>,
}

/// The body of the action `sign`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSignParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `sin`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSinParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `sinh`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSinhParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `skew`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSkewParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `skew_p`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSkewPParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `sln`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSlnParameters {
    pub cost: Option<serde_json::Value>,
    pub salvage: Option<serde_json::Value>,
    pub life: Option<serde_json::Value>,
}

/// The body of the action `small`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSmallParameters {
    pub array: Option<serde_json::Value>,
    pub k: Option<serde_json::Value>,
}

/// The body of the action `sqrt`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSqrtParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `sqrtPi`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSqrtPiParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `standardize`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsStandardizeParameters {
    pub x: Option<serde_json::Value>,
    pub mean: Option<serde_json::Value>,
    pub standard_dev: Option<serde_json::Value>,
}

/// The body of the action `stDevA`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsStDevAParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `stDevPA`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsStDevPAParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `stDev_P`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsStDevPParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `stDev_S`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsStDevSParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `substitute`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSubstituteParameters {
    pub text: Option<serde_json::Value>,
    pub old_text: Option<serde_json::Value>,
    pub new_text: Option<serde_json::Value>,
    pub instance_num: Option<serde_json::Value>,
}

/// The body of the action `subtotal`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSubtotalParameters {
    pub function_num: Option<serde_json::Value>,
    pub values: Option<serde_json::Value>,
}

/// The body of the action `sum`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSumParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `sumIf`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSumIfParameters {
    pub range: Option<serde_json::Value>,
    pub criteria: Option<serde_json::Value>,
    pub sum_range: Option<serde_json::Value>,
}

/// The body of the action `sumIfs`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSumIfsParameters {
    pub sum_range: Option<serde_json::Value>,
    pub values: Option<serde_json::Value>,
}

/// The body of the action `sumSq`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSumSqParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `syd`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsSydParameters {
    pub cost: Option<serde_json::Value>,
    pub salvage: Option<serde_json::Value>,
    pub life: Option<serde_json::Value>,
    pub per: Option<serde_json::Value>,
}

/// The body of the action `t`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTParameters {
    pub value: Option<serde_json::Value>,
}

/// The body of the action `tan`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTanParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `tanh`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTanhParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `tbillEq`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTbillEqParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub discount: Option<serde_json::Value>,
}

/// The body of the action `tbillPrice`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTbillPriceParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub discount: Option<serde_json::Value>,
}

/// The body of the action `tbillYield`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTbillYieldParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub pr: Option<serde_json::Value>,
}

/// The body of the action `text`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTextParameters {
    pub value: Option<serde_json::Value>,
    pub format_text: Option<serde_json::Value>,
}

/// The body of the action `time`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTimeParameters {
    pub hour: Option<serde_json::Value>,
    pub minute: Option<serde_json::Value>,
    pub second: Option<serde_json::Value>,
}

/// The body of the action `timevalue`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTimevalueParameters {
    pub time_text: Option<serde_json::Value>,
}

/// The body of the action `trim`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTrimParameters {
    pub text: Option<serde_json::Value>,
}

/// The body of the action `trimMean`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTrimMeanParameters {
    pub array: Option<serde_json::Value>,
    pub percent: Option<serde_json::Value>,
}

/// The body of the action `trunc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTruncParameters {
    pub number: Option<serde_json::Value>,
    pub num_digits: Option<serde_json::Value>,
}

/// The body of the action `type`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTypeParameters {
    pub value: Option<serde_json::Value>,
}

/// The body of the action `t_Dist`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTDistParameters {
    pub x: Option<serde_json::Value>,
    pub deg_freedom: Option<serde_json::Value>,
    pub cumulative: Option<serde_json::Value>,
}

/// The body of the action `t_Dist_2T`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTDist2TParameters {
    pub x: Option<serde_json::Value>,
    pub deg_freedom: Option<serde_json::Value>,
}

/// The body of the action `t_Dist_RT`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTDistRTParameters {
    pub x: Option<serde_json::Value>,
    pub deg_freedom: Option<serde_json::Value>,
}

/// The body of the action `t_Inv`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTInvParameters {
    pub probability: Option<serde_json::Value>,
    pub deg_freedom: Option<serde_json::Value>,
}

/// The body of the action `t_Inv_2T`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsTInv2TParameters {
    pub probability: Option<serde_json::Value>,
    pub deg_freedom: Option<serde_json::Value>,
}

/// The body of the action `unichar`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsUnicharParameters {
    pub number: Option<serde_json::Value>,
}

/// The body of the action `unicode`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsUnicodeParameters {
    pub text: Option<serde_json::Value>,
}

/// The body of the action `upper`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsUpperParameters {
    pub text: Option<serde_json::Value>,
}

/// The body of the action `usdollar`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsUsdollarParameters {
    pub number: Option<serde_json::Value>,
    pub decimals: Option<serde_json::Value>,
}

/// The body of the action `value`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsValueActionParameters {
    pub text: Option<serde_json::Value>,
}

/// The body of the action `varA`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsVarAParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `varPA`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsVarPAParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `var_P`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsVarPParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `var_S`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsVarSParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `vdb`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsVdbParameters {
    pub cost: Option<serde_json::Value>,
    pub salvage: Option<serde_json::Value>,
    pub life: Option<serde_json::Value>,
    pub start_period: Option<serde_json::Value>,
    pub end_period: Option<serde_json::Value>,
    pub factor: Option<serde_json::Value>,
    pub no_switch: Option<serde_json::Value>,
}

/// The body of the action `vlookup`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsVlookupParameters {
    pub lookup_value: Option<serde_json::Value>,
    pub table_array: Option<serde_json::Value>,
    pub col_index_num: Option<serde_json::Value>,
    pub range_lookup: Option<serde_json::Value>,
}

/// The body of the action `weekday`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsWeekdayParameters {
    pub serial_number: Option<serde_json::Value>,
    pub return_type: Option<serde_json::Value>,
}

/// The body of the action `weekNum`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsWeekNumParameters {
    pub serial_number: Option<serde_json::Value>,
    pub return_type: Option<serde_json::Value>,
}

/// The body of the action `weibull_Dist`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsWeibullDistParameters {
    pub x: Option<serde_json::Value>,
    pub alpha: Option<serde_json::Value>,
    pub beta: Option<serde_json::Value>,
    pub cumulative: Option<serde_json::Value>,
}

/// The body of the action `workDay`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsWorkDayParameters {
    pub start_date: Option<serde_json::Value>,
    pub days: Option<serde_json::Value>,
    pub holidays: Option<serde_json::Value>,
}

/// The body of the action `workDay_Intl`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsWorkDayIntlParameters {
    pub start_date: Option<serde_json::Value>,
    pub days: Option<serde_json::Value>,
    pub weekend: Option<serde_json::Value>,
    pub holidays: Option<serde_json::Value>,
}

/// The body of the action `xirr`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsXirrParameters {
    pub values: Option<serde_json::Value>,
    pub dates: Option<serde_json::Value>,
    pub guess: Option<serde_json::Value>,
}

/// The body of the action `xnpv`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsXnpvParameters {
    pub rate: Option<serde_json::Value>,
    pub values: Option<serde_json::Value>,
    pub dates: Option<serde_json::Value>,
}

/// The body of the action `xor`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsXorParameters {
    pub values: Option<serde_json::Value>,
}

/// The body of the action `year`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsYearParameters {
    pub serial_number: Option<serde_json::Value>,
}

/// The body of the action `yearFrac`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsYearFracParameters {
    pub start_date: Option<serde_json::Value>,
    pub end_date: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `yield`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsYieldParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub rate: Option<serde_json::Value>,
    pub pr: Option<serde_json::Value>,
    pub redemption: Option<serde_json::Value>,
    pub frequency: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `yieldDisc`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsYieldDiscParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub pr: Option<serde_json::Value>,
    pub redemption: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `yieldMat`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsYieldMatParameters {
    pub settlement: Option<serde_json::Value>,
    pub maturity: Option<serde_json::Value>,
    pub issue: Option<serde_json::Value>,
    pub rate: Option<serde_json::Value>,
    pub pr: Option<serde_json::Value>,
    pub basis: Option<serde_json::Value>,
}

/// The body of the action `z_Test`, bound to `workbookFunctions`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookFunctionsZTestParameters {
    pub array: Option<serde_json::Value>,
    pub x: Option<serde_json::Value>,
    pub sigma: Option<serde_json::Value>,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookNamedItem",
    action(
        name = "add",
        collection,
        parameters = WorkbookNamedItemCollectionAddParameters,
        returns = WorkbookNamedItem
    ),
    action(
        name = "addFormulaLocal",
        collection,
        parameters = WorkbookNamedItemCollectionAddFormulaLocalParameters,
        returns = WorkbookNamedItem
    ),
    function(name = "range", returns = WorkbookRange)
)]
pub struct WorkbookNamedItem {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub comment: Option<String>,
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub scope: Option<String>,
    pub r#type: Option<String>,
    pub value: Option<serde_json::Value>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub visible: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub worksheet: Option<WorkbookWorksheet>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `add`, bound to a collection of `workbookNamedItem`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookNamedItemCollectionAddParameters {
    pub name: Option<String>,
    pub reference: Option<serde_json::Value>,
    pub comment: Option<String>,
}

/// The body of the action `addFormulaLocal`, bound to a collection of `workbookNamedItem`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookNamedItemCollectionAddFormulaLocalParameters {
    pub name: Option<String>,
    pub formula: Option<String>,
    pub comment: Option<String>,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookOperation")]
pub struct WorkbookOperation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub error: Option<WorkbookOperationError>,
    pub resource_location: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<WorkbookOperationStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookPivotTable",
    action = "refresh",
    action(name = "refreshAll", collection)
)]
pub struct WorkbookPivotTable {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub name: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub worksheet: Option<WorkbookWorksheet>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookTable",
    contains(name = "columns", target = WorkbookTableColumn),
    contains(name = "rows", target = WorkbookTableRow),
    contains(name = "sort", target = WorkbookTableSort, single),
    action(
        name = "add",
        collection,
        parameters = WorkbookTableCollectionAddParameters,
        returns = WorkbookTable
    ),
    action = "clearFilters",
    action(name = "convertToRange", returns = WorkbookRange),
    action = "reapplyFilters",
    function(name = "count", collection, returns = i32),
    function(name = "dataBodyRange", returns = WorkbookRange),
    function(name = "headerRowRange", returns = WorkbookRange),
    function(
        name = "itemAt",
        collection,
        parameters = WorkbookTableCollectionItemAtParameters,
        returns = WorkbookTable
    ),
    function(name = "range", returns = WorkbookRange),
    function(name = "totalRowRange", returns = WorkbookRange)
)]
pub struct WorkbookTable {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub highlight_first_column: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub highlight_last_column: Option<bool>,
    pub legacy_id: Option<String>,
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub show_banded_columns: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub show_banded_rows: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub show_filter_button: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub show_headers: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub show_totals: Option<bool>,
    pub style: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub columns: Option<Vec<WorkbookTableColumn>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub rows: Option<Vec<WorkbookTableRow>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sort: Option<WorkbookTableSort>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub worksheet: Option<WorkbookWorksheet>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `add`, bound to a collection of `workbookTable`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookTableCollectionAddParameters {
    pub address: Option<String>,
    pub has_headers: bool,
}

/// The arguments of the function `itemAt`, bound to a collection of `workbookTable`, written in its
/// URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookTableCollectionItemAtParameters {
    pub index: i32,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookTableColumn",
    contains(name = "filter", target = WorkbookFilter, single),
    action(
        name = "add",
        collection,
        parameters = WorkbookTableColumnCollectionAddParameters,
        returns = WorkbookTableColumn
    ),
    function(name = "count", collection, returns = i32),
    function(name = "dataBodyRange", returns = WorkbookRange),
    function(name = "headerRowRange", returns = WorkbookRange),
    function(
        name = "itemAt",
        collection,
        parameters = WorkbookTableColumnCollectionItemAtParameters,
        returns = WorkbookTableColumn
    ),
    function(name = "range", returns = WorkbookRange),
    function(name = "totalRowRange", returns = WorkbookRange)
)]
pub struct WorkbookTableColumn {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub index: Option<i32>,
    pub name: Option<String>,
    pub values: Option<serde_json::Value>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub filter: Option<WorkbookFilter>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `add`, bound to a collection of `workbookTableColumn`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookTableColumnCollectionAddParameters {
    pub index: Option<i32>,
    pub values: Option<serde_json::Value>,
    pub name: Option<String>,
}

/// The arguments of the function `itemAt`, bound to a collection of `workbookTableColumn`, written
/// in its URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookTableColumnCollectionItemAtParameters {
    pub index: i32,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookTableRow",
    action(
        name = "add",
        collection,
        parameters = WorkbookTableRowCollectionAddParameters,
        returns = WorkbookTableRow
    ),
    function(name = "count", collection, returns = i32),
    function(
        name = "itemAt",
        collection,
        parameters = WorkbookTableRowCollectionItemAtParameters,
        returns = WorkbookTableRow
    ),
    function(name = "range", returns = WorkbookRange)
)]
pub struct WorkbookTableRow {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub index: Option<i32>,
    pub values: Option<serde_json::Value>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `add`, bound to a collection of `workbookTableRow`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookTableRowCollectionAddParameters {
    pub index: Option<i32>,
    pub values: Option<serde_json::Value>,
}

/// The arguments of the function `itemAt`, bound to a collection of `workbookTableRow`, written in
/// its URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookTableRowCollectionItemAtParameters {
    pub index: i32,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookTableSort",
    action(name = "apply", parameters = WorkbookTableSortApplyParameters),
    action = "clear",
    action = "reapply"
)]
pub struct WorkbookTableSort {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub fields: Option<Vec<WorkbookSortField>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub match_case: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub method: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `apply`, bound to `workbookTableSort`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct WorkbookTableSortApplyParameters {
    pub fields: Option<Vec<WorkbookSortField>>,
    pub match_case: bool,
    pub method: String,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookWorksheet",
    contains(name = "charts", target = WorkbookChart),
    contains(name = "names", target = WorkbookNamedItem),
    contains(name = "pivotTables", target = WorkbookPivotTable),
    contains(name = "protection", target = WorkbookWorksheetProtection, single),
    contains(name = "tables", target = WorkbookTable),
    action(
        name = "add",
        collection,
        parameters = WorkbookWorksheetCollectionAddParameters,
        returns = WorkbookWorksheet
    ),
    function(name = "cell", parameters = WorkbookWorksheetCellParameters, returns = WorkbookRange),
    function(name = "range", returns = WorkbookRange),
    function(
        name = "range",
        method = "range_with_address",
        parameters = WorkbookWorksheetRangeWithAddressParameters,
        returns = WorkbookRange
    ),
    function(name = "usedRange", returns = WorkbookRange),
    function(
        name = "usedRange",
        method = "used_range_with_values_only",
        parameters = WorkbookWorksheetUsedRangeWithValuesOnlyParameters,
        returns = WorkbookRange
    )
)]
pub struct WorkbookWorksheet {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub position: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub visibility: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub charts: Option<Vec<WorkbookChart>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub names: Option<Vec<WorkbookNamedItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub pivot_tables: Option<Vec<WorkbookPivotTable>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub protection: Option<WorkbookWorksheetProtection>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub tables: Option<Vec<WorkbookTable>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `add`, bound to a collection of `workbookWorksheet`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookWorksheetCollectionAddParameters {
    pub name: Option<String>,
}

/// The arguments of the function `cell`, bound to `workbookWorksheet`, written in its URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookWorksheetCellParameters {
    pub row: i32,
    pub column: i32,
}

/// The arguments of the function `range`, bound to `workbookWorksheet`, written in its URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookWorksheetRangeWithAddressParameters {
    pub address: Option<String>,
}

/// The arguments of the function `usedRange`, bound to `workbookWorksheet`, written in its URL.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct WorkbookWorksheetUsedRangeWithValuesOnlyParameters {
    pub values_only: bool,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookWorksheetProtection",
    action(name = "protect", parameters = WorkbookWorksheetProtectionProtectParameters),
    action = "unprotect"
)]
pub struct WorkbookWorksheetProtection {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub options: Option<WorkbookWorksheetProtectionOptions>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub protected: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `protect`, bound to `workbookWorksheetProtection`.
#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct WorkbookWorksheetProtectionProtectParameters {
    pub options: Option<WorkbookWorksheetProtectionOptions>,
}
