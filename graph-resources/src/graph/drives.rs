//! The types of the area `drives`'s feature file: those it owns, and those only it and a few other areas need.

#[allow(unused_imports)]
use super::*;

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

#[cfg(any(feature = "drives", feature = "other"))]
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
    pub content: Option<serde_json::Value>,
    pub height: Option<i32>,
    pub source_item_id: Option<String>,
    pub url: Option<String>,
    pub width: Option<i32>,
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
    pub dynamic_criteria: Option<String>,
    /// Not nullable.
    pub filter_on: Option<String>,
    pub icon: Option<WorkbookIcon>,
    /// Not nullable.
    pub operator: Option<String>,
    pub values: Option<serde_json::Value>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.workbookIcon")]
pub struct WorkbookIcon {
    /// Not nullable.
    pub index: Option<i32>,
    /// Not nullable.
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
#[graph(odata_type = "microsoft.graph.workbookSortField")]
pub struct WorkbookSortField {
    /// Not nullable.
    pub ascending: Option<bool>,
    pub color: Option<String>,
    /// Not nullable.
    pub data_option: Option<String>,
    pub icon: Option<WorkbookIcon>,
    /// Not nullable.
    pub key: Option<i32>,
    /// Not nullable.
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
    pub allow_auto_filter: Option<bool>,
    /// Not nullable.
    pub allow_delete_columns: Option<bool>,
    /// Not nullable.
    pub allow_delete_rows: Option<bool>,
    /// Not nullable.
    pub allow_format_cells: Option<bool>,
    /// Not nullable.
    pub allow_format_columns: Option<bool>,
    /// Not nullable.
    pub allow_format_rows: Option<bool>,
    /// Not nullable.
    pub allow_insert_columns: Option<bool>,
    /// Not nullable.
    pub allow_insert_hyperlinks: Option<bool>,
    /// Not nullable.
    pub allow_insert_rows: Option<bool>,
    /// Not nullable.
    pub allow_pivot_tables: Option<bool>,
    /// Not nullable.
    pub allow_sort: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.documentSetVersion")]
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
#[graph(odata_type = "microsoft.graph.drive")]
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
    pub bundles: Option<Vec<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub following: Option<Vec<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub items: Option<Vec<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub list: Option<Box<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub root: Option<Box<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub special: Option<Vec<AnyBaseItem>>,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.driveItem")]
pub struct DriveItem {
    /// The inherited properties of `baseItem`.
    #[graph(base)]
    pub base: BaseItem,
    pub audio: Option<Audio>,
    pub bundle: Option<Bundle>,
    pub content: Option<serde_json::Value>,
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
    pub children: Option<Vec<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub list_item: Option<Box<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `shares`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "shares")]
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
    pub versions: Option<Vec<AnyBaseItemVersion>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub workbook: Option<Workbook>,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.driveItemVersion")]
pub struct DriveItemVersion {
    /// The inherited properties of `baseItemVersion`.
    #[graph(base)]
    pub base: BaseItemVersion,
    pub content: Option<serde_json::Value>,
    pub size: Option<edm::Int64>,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.fieldValueSet")]
pub struct FieldValueSet {
    /// The key. Inherited from `entity`.
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
#[graph(odata_type = "microsoft.graph.list")]
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
    pub drive: Option<Box<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub items: Option<Vec<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `sites`, `users`, `employeeExperience`, `security`; without, an `$expand`ed value is kept in
    /// `additional_data`.
    #[cfg(any(
        feature = "sites",
        feature = "users",
        feature = "employeeExperience",
        feature = "security"
    ))]
    #[graph(read_only)]
    pub operations: Option<Vec<AnyLongRunningOperation>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `shares`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "shares")]
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
#[graph(odata_type = "microsoft.graph.listItem")]
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
    pub document_set_versions: Option<Vec<AnyBaseItemVersion>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub drive_item: Option<Box<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub fields: Option<FieldValueSet>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `shares`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "shares")]
    #[graph(read_only)]
    pub permissions: Option<Vec<Permission>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub versions: Option<Vec<AnyBaseItemVersion>>,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.listItemVersion")]
pub struct ListItemVersion {
    /// The inherited properties of `baseItemVersion`.
    #[graph(base)]
    pub base: BaseItemVersion,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub fields: Option<FieldValueSet>,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.thumbnailSet")]
pub struct ThumbnailSet {
    /// The key. Inherited from `entity`.
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
#[graph(base = "entity", odata_type = "microsoft.graph.workbook")]
pub struct Workbook {
    /// The key. Inherited from `entity`.
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

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookApplication")]
pub struct WorkbookApplication {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Not nullable.
    pub calculation_mode: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookChart")]
pub struct WorkbookChart {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Not nullable.
    pub height: Option<edm::Double>,
    /// Not nullable.
    pub left: Option<edm::Double>,
    pub name: Option<String>,
    /// Not nullable.
    pub top: Option<edm::Double>,
    /// Not nullable.
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

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartAreaFormat"
)]
pub struct WorkbookChartAreaFormat {
    /// The key. Inherited from `entity`.
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
#[graph(base = "entity", odata_type = "microsoft.graph.workbookChartAxes")]
pub struct WorkbookChartAxes {
    /// The key. Inherited from `entity`.
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
#[graph(base = "entity", odata_type = "microsoft.graph.workbookChartAxis")]
pub struct WorkbookChartAxis {
    /// The key. Inherited from `entity`.
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
    odata_type = "microsoft.graph.workbookChartAxisFormat"
)]
pub struct WorkbookChartAxisFormat {
    /// The key. Inherited from `entity`.
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
#[graph(base = "entity", odata_type = "microsoft.graph.workbookChartAxisTitle")]
pub struct WorkbookChartAxisTitle {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub text: Option<String>,
    /// Not nullable.
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
    odata_type = "microsoft.graph.workbookChartAxisTitleFormat"
)]
pub struct WorkbookChartAxisTitleFormat {
    /// The key. Inherited from `entity`.
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
    odata_type = "microsoft.graph.workbookChartDataLabelFormat"
)]
pub struct WorkbookChartDataLabelFormat {
    /// The key. Inherited from `entity`.
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
    odata_type = "microsoft.graph.workbookChartDataLabels"
)]
pub struct WorkbookChartDataLabels {
    /// The key. Inherited from `entity`.
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
#[graph(base = "entity", odata_type = "microsoft.graph.workbookChartFill")]
pub struct WorkbookChartFill {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookChartFont")]
pub struct WorkbookChartFont {
    /// The key. Inherited from `entity`.
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
#[graph(base = "entity", odata_type = "microsoft.graph.workbookChartGridlines")]
pub struct WorkbookChartGridlines {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Not nullable.
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
    odata_type = "microsoft.graph.workbookChartGridlinesFormat"
)]
pub struct WorkbookChartGridlinesFormat {
    /// The key. Inherited from `entity`.
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
#[graph(base = "entity", odata_type = "microsoft.graph.workbookChartLegend")]
pub struct WorkbookChartLegend {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub overlay: Option<bool>,
    pub position: Option<String>,
    /// Not nullable.
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
    odata_type = "microsoft.graph.workbookChartLegendFormat"
)]
pub struct WorkbookChartLegendFormat {
    /// The key. Inherited from `entity`.
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
    odata_type = "microsoft.graph.workbookChartLineFormat"
)]
pub struct WorkbookChartLineFormat {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub color: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookChartPoint")]
pub struct WorkbookChartPoint {
    /// The key. Inherited from `entity`.
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

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartPointFormat"
)]
pub struct WorkbookChartPointFormat {
    /// The key. Inherited from `entity`.
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
#[graph(base = "entity", odata_type = "microsoft.graph.workbookChartSeries")]
pub struct WorkbookChartSeries {
    /// The key. Inherited from `entity`.
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

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookChartSeriesFormat"
)]
pub struct WorkbookChartSeriesFormat {
    /// The key. Inherited from `entity`.
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
#[graph(base = "entity", odata_type = "microsoft.graph.workbookChartTitle")]
pub struct WorkbookChartTitle {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub overlay: Option<bool>,
    pub text: Option<String>,
    /// Not nullable.
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
    odata_type = "microsoft.graph.workbookChartTitleFormat"
)]
pub struct WorkbookChartTitleFormat {
    /// The key. Inherited from `entity`.
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
#[graph(base = "entity", odata_type = "microsoft.graph.workbookComment")]
pub struct WorkbookComment {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub content: Option<String>,
    /// Not nullable.
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
    pub id: Option<String>,
    pub content: Option<String>,
    /// Not nullable.
    pub content_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookFilter")]
pub struct WorkbookFilter {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub criteria: Option<WorkbookFilterCriteria>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookFunctions")]
pub struct WorkbookFunctions {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookNamedItem")]
pub struct WorkbookNamedItem {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub comment: Option<String>,
    pub name: Option<String>,
    /// Not nullable.
    pub scope: Option<String>,
    pub r#type: Option<String>,
    pub value: Option<serde_json::Value>,
    /// Not nullable.
    pub visible: Option<bool>,
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
#[graph(base = "entity", odata_type = "microsoft.graph.workbookOperation")]
pub struct WorkbookOperation {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub error: Option<WorkbookOperationError>,
    pub resource_location: Option<String>,
    /// Not nullable.
    pub status: Option<WorkbookOperationStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookPivotTable")]
pub struct WorkbookPivotTable {
    /// The key. Inherited from `entity`.
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
#[graph(base = "entity", odata_type = "microsoft.graph.workbookTable")]
pub struct WorkbookTable {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Not nullable.
    pub highlight_first_column: Option<bool>,
    /// Not nullable.
    pub highlight_last_column: Option<bool>,
    pub legacy_id: Option<String>,
    pub name: Option<String>,
    /// Not nullable.
    pub show_banded_columns: Option<bool>,
    /// Not nullable.
    pub show_banded_rows: Option<bool>,
    /// Not nullable.
    pub show_filter_button: Option<bool>,
    /// Not nullable.
    pub show_headers: Option<bool>,
    /// Not nullable.
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

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookTableColumn")]
pub struct WorkbookTableColumn {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Not nullable.
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

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookTableRow")]
pub struct WorkbookTableRow {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Not nullable.
    pub index: Option<i32>,
    pub values: Option<serde_json::Value>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookTableSort")]
pub struct WorkbookTableSort {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub fields: Option<Vec<WorkbookSortField>>,
    /// Not nullable.
    pub match_case: Option<bool>,
    /// Not nullable.
    pub method: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.workbookWorksheet")]
pub struct WorkbookWorksheet {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub name: Option<String>,
    /// Not nullable.
    pub position: Option<i32>,
    /// Not nullable.
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

#[cfg(feature = "drives")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.workbookWorksheetProtection"
)]
pub struct WorkbookWorksheetProtection {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub options: Option<WorkbookWorksheetProtectionOptions>,
    /// Not nullable.
    pub protected: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
