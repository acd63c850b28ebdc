//! The types of the area `storage`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "storage")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.fileStorageContainerBillingClassification")]
pub enum FileStorageContainerBillingClassification {
    Standard,
    Trial,
    DirectToCustomer,
    UnknownFutureValue,
}

#[cfg(feature = "storage")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.fileStorageContainerBillingStatus")]
pub enum FileStorageContainerBillingStatus {
    Invalid,
    Valid,
    UnknownFutureValue,
}

#[cfg(feature = "storage")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.fileStorageContainerStatus")]
pub enum FileStorageContainerStatus {
    Inactive,
    Active,
    UnknownFutureValue,
}

#[cfg(feature = "storage")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.fileStorageContainerTypeAppPermission")]
pub enum FileStorageContainerTypeAppPermission {
    None,
    ReadContent,
    WriteContent,
    ManageContent,
    Create,
    Delete,
    Read,
    Write,
    EnumeratePermissions,
    AddPermissions,
    UpdatePermissions,
    DeletePermissions,
    DeleteOwnPermission,
    ManagePermissions,
    Full,
    UnknownFutureValue,
}

#[cfg(feature = "storage")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.fileStorageContainerTypeSettingsOverride",
    flags
)]
pub enum FileStorageContainerTypeSettingsOverride {
    UrlTemplate,
    IsDiscoverabilityEnabled,
    IsSearchEnabled,
    IsItemVersioningEnabled,
    ItemMajorVersionLimit,
    MaxStoragePerContainerInBytes,
    UnknownFutureValue,
}

#[cfg(feature = "storage")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.sharePointMigrationJobErrorLevel")]
pub enum SharePointMigrationJobErrorLevel {
    Important,
    Warning,
    Error,
    FatalError,
    UnknownFutureValue,
}

#[cfg(feature = "storage")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.sharePointMigrationObjectType")]
pub enum SharePointMigrationObjectType {
    Site,
    Web,
    Folder,
    List,
    ListItem,
    File,
    Alert,
    SharedWithObject,
    Invalid,
    UnknownFutureValue,
}

#[cfg(feature = "storage")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.siteLockState")]
pub enum SiteLockState {
    Unlocked,
    LockedReadOnly,
    LockedNoAccess,
    LockedNoAdditions,
    UnknownFutureValue,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.fileStorageContainerCustomPropertyDictionary",
    complex
)]
pub struct FileStorageContainerCustomPropertyDictionary {
    /// The inherited properties of `Dictionary`.
    #[graph(base)]
    pub base: Dictionary,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fileStorageContainerSettings")]
pub struct FileStorageContainerSettings {
    pub is_item_versioning_enabled: Option<bool>,
    pub is_ocr_enabled: Option<bool>,
    pub item_major_version_limit: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fileStorageContainerTypeRegistrationSettings")]
pub struct FileStorageContainerTypeRegistrationSettings {
    pub is_discoverability_enabled: Option<bool>,
    pub is_item_versioning_enabled: Option<bool>,
    pub is_search_enabled: Option<bool>,
    pub is_sharing_restricted: Option<bool>,
    pub item_major_version_limit: Option<edm::Int64>,
    pub max_storage_per_container_in_bytes: Option<edm::Int64>,
    pub sharing_capability: Option<SharingCapabilities>,
    pub url_template: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fileStorageContainerTypeSettings")]
pub struct FileStorageContainerTypeSettings {
    pub consuming_tenant_overridables: Option<Flags<FileStorageContainerTypeSettingsOverride>>,
    pub is_discoverability_enabled: Option<bool>,
    pub is_item_versioning_enabled: Option<bool>,
    pub is_search_enabled: Option<bool>,
    pub is_sharing_restricted: Option<bool>,
    pub item_major_version_limit: Option<edm::Int64>,
    pub max_storage_per_container_in_bytes: Option<edm::Int64>,
    pub sharing_capability: Option<SharingCapabilities>,
    pub url_template: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fileStorageContainerViewpoint")]
pub struct FileStorageContainerViewpoint {
    /// Not nullable.
    #[graph(non_nullable)]
    pub effective_role: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.recycleBinSettings")]
pub struct RecycleBinSettings {
    pub retention_period_override_days: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointMigrationContainerInfo")]
pub struct SharePointMigrationContainerInfo {
    /// Not nullable.
    #[graph(non_nullable)]
    pub data_container_uri: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub encryption_key: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub metadata_container_uri: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.fileStorage",
    contains(name = "containers", target = FileStorageContainer),
    contains(name = "containerTypeRegistrations", target = FileStorageContainerTypeRegistration),
    contains(name = "containerTypes", target = FileStorageContainerType),
    contains(name = "deletedContainers", target = FileStorageContainer)
)]
pub struct FileStorage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub containers: Option<Vec<FileStorageContainer>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub container_type_registrations: Option<Vec<FileStorageContainerTypeRegistration>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub container_types: Option<Vec<FileStorageContainerType>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub deleted_containers: Option<Vec<FileStorageContainer>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.fileStorageContainer",
    contains(name = "migrationJobs", target = SharePointMigrationJob),
    contains(name = "recycleBin", target = RecycleBin, single),
    contains(name = "sharePointGroups", target = SharePointGroup),
    action = "activate",
    action(name = "lock", parameters = FileStorageContainerLockParameters),
    action = "permanentDelete",
    action(name = "provisionMigrationContainers", returns = SharePointMigrationContainerInfo),
    action(name = "restore", returns = FileStorageContainer),
    action = "unlock"
)]
#[cfg_attr(feature = "sites", graph(contains(name = "columns", target = ColumnDefinition)))]
#[cfg_attr(any(feature = "drives", feature = "shares"), graph(contains(name = "permissions", target = Permission)))]
pub struct FileStorageContainer {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub assigned_sensitivity_label: Option<AssignedLabel>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub container_type_id: Option<edm::Guid>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub custom_properties: Option<FileStorageContainerCustomPropertyDictionary>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub lock_state: Option<SiteLockState>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub settings: Option<FileStorageContainerSettings>,
    pub status: Option<FileStorageContainerStatus>,
    pub viewpoint: Option<FileStorageContainerViewpoint>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `sites`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "sites")]
    #[graph(read_only)]
    pub columns: Option<Vec<ColumnDefinition>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub drive: Option<Drive>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub migration_jobs: Option<Vec<SharePointMigrationJob>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `drives`, `shares`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "drives", feature = "shares"))]
    #[graph(read_only)]
    pub permissions: Option<Vec<Permission>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub recycle_bin: Option<RecycleBin>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub share_point_groups: Option<Vec<SharePointGroup>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `lock`, bound to `fileStorageContainer`.
#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct FileStorageContainerLockParameters {
    pub lock_state: Option<SiteLockState>,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.fileStorageContainerType"
)]
pub struct FileStorageContainerType {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub billing_classification: Option<FileStorageContainerBillingClassification>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub billing_status: Option<FileStorageContainerBillingStatus>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub etag: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub owning_app_id: Option<edm::Guid>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub settings: Option<FileStorageContainerTypeSettings>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fileStorageContainerTypeAppPermissionGrant")]
pub struct FileStorageContainerTypeAppPermissionGrant {
    /// Not nullable.
    #[graph(key, non_nullable)]
    pub app_id: Option<String>,
    pub application_permissions: Option<Vec<FileStorageContainerTypeAppPermission>>,
    pub delegated_permissions: Option<Vec<FileStorageContainerTypeAppPermission>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.fileStorageContainerTypeRegistration",
    contains(
        name = "applicationPermissionGrants",
        target = FileStorageContainerTypeAppPermissionGrant
    )
)]
pub struct FileStorageContainerTypeRegistration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub billing_classification: Option<FileStorageContainerBillingClassification>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub billing_status: Option<FileStorageContainerBillingStatus>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub etag: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub owning_app_id: Option<edm::Guid>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub registered_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub settings: Option<FileStorageContainerTypeRegistrationSettings>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub application_permission_grants: Option<Vec<FileStorageContainerTypeAppPermissionGrant>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.recycleBin",
    contains(name = "items", target = RecycleBinItem)
)]
pub struct RecycleBin {
    /// The inherited properties of `baseItem`.
    #[graph(base)]
    pub base: BaseItem,
    pub settings: Option<RecycleBinSettings>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub items: Option<Vec<RecycleBinItem>>,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.recycleBinItem")]
pub struct RecycleBinItem {
    /// The inherited properties of `baseItem`.
    #[graph(base)]
    pub base: BaseItem,
    pub deleted_date_time: Option<edm::DateTimeOffset>,
    pub deleted_from_location: Option<String>,
    pub size: Option<edm::Int64>,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.serviceStorageQuotaBreakdown")]
pub struct ServiceStorageQuotaBreakdown {
    /// The inherited properties of `storageQuotaBreakdown`.
    #[graph(base)]
    pub base: StorageQuotaBreakdown,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.sharePointGroup",
    contains(name = "members", target = SharePointGroupMember)
)]
pub struct SharePointGroup {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub description: Option<String>,
    pub principal_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub title: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub members: Option<Vec<SharePointGroupMember>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.sharePointGroupMember")]
pub struct SharePointGroupMember {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub identity: Option<SharePointIdentitySet>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.sharePointMigrationEvent"
)]
pub struct SharePointMigrationEvent {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub correlation_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub event_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub job_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.sharePointMigrationEvent`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `SharePointMigrationEvent`, keeping its `@odata.type` and properties.
#[cfg(feature = "storage")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnySharePointMigrationEvent {
    /// `microsoft.graph.sharePointMigrationFinishManifestFileUploadEvent`.
    SharePointMigrationFinishManifestFileUploadEvent(
        SharePointMigrationFinishManifestFileUploadEvent,
    ),
    /// `microsoft.graph.sharePointMigrationJobCancelledEvent`.
    SharePointMigrationJobCancelledEvent(SharePointMigrationJobCancelledEvent),
    /// `microsoft.graph.sharePointMigrationJobDeletedEvent`.
    SharePointMigrationJobDeletedEvent(SharePointMigrationJobDeletedEvent),
    /// `microsoft.graph.sharePointMigrationJobErrorEvent`.
    SharePointMigrationJobErrorEvent(SharePointMigrationJobErrorEvent),
    /// `microsoft.graph.sharePointMigrationJobPostponedEvent`.
    SharePointMigrationJobPostponedEvent(SharePointMigrationJobPostponedEvent),
    /// `microsoft.graph.sharePointMigrationJobProgressEvent`.
    SharePointMigrationJobProgressEvent(SharePointMigrationJobProgressEvent),
    /// `microsoft.graph.sharePointMigrationJobQueuedEvent`.
    SharePointMigrationJobQueuedEvent(SharePointMigrationJobQueuedEvent),
    /// `microsoft.graph.sharePointMigrationJobStartEvent`.
    SharePointMigrationJobStartEvent(SharePointMigrationJobStartEvent),
    /// `microsoft.graph.sharePointMigrationEvent` itself, or a type this build does not declare.
    #[graph(other)]
    Other(SharePointMigrationEvent),
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointMigrationFinishManifestFileUploadEvent")]
pub struct SharePointMigrationFinishManifestFileUploadEvent {
    /// The inherited properties of `sharePointMigrationEvent`.
    #[graph(base)]
    pub base: SharePointMigrationEvent,
    /// Not nullable.
    #[graph(non_nullable)]
    pub manifest_file_name: Option<String>,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.sharePointMigrationJob",
    contains(name = "progressEvents", target = SharePointMigrationEvent)
)]
pub struct SharePointMigrationJob {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub container_info: Option<SharePointMigrationContainerInfo>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub progress_events: Option<Vec<AnySharePointMigrationEvent>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointMigrationJobCancelledEvent")]
pub struct SharePointMigrationJobCancelledEvent {
    /// The inherited properties of `sharePointMigrationEvent`.
    #[graph(base)]
    pub base: SharePointMigrationEvent,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_cancelled_by_user: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_retry_count: Option<i32>,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointMigrationJobDeletedEvent")]
pub struct SharePointMigrationJobDeletedEvent {
    /// The inherited properties of `sharePointMigrationEvent`.
    #[graph(base)]
    pub base: SharePointMigrationEvent,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointMigrationJobErrorEvent")]
pub struct SharePointMigrationJobErrorEvent {
    /// The inherited properties of `sharePointMigrationEvent`.
    #[graph(base)]
    pub base: SharePointMigrationEvent,
    /// Not nullable.
    #[graph(non_nullable)]
    pub error: Option<PublicError>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub error_level: Option<SharePointMigrationJobErrorLevel>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub object_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub object_type: Option<SharePointMigrationObjectType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub object_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_retry_count: Option<i32>,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointMigrationJobPostponedEvent")]
pub struct SharePointMigrationJobPostponedEvent {
    /// The inherited properties of `sharePointMigrationEvent`.
    #[graph(base)]
    pub base: SharePointMigrationEvent,
    /// Not nullable.
    #[graph(non_nullable)]
    pub jobs_in_queue: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub next_pickup_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub reason: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_retry_count: Option<i32>,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointMigrationJobProgressEvent")]
pub struct SharePointMigrationJobProgressEvent {
    /// The inherited properties of `sharePointMigrationEvent`.
    #[graph(base)]
    pub base: SharePointMigrationEvent,
    /// Not nullable.
    #[graph(non_nullable)]
    pub bytes_processed: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub bytes_processed_only_current_version: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub cpu_duration_ms: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub files_processed: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub files_processed_only_current_version: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_completed: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_processed_object_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub objects_processed: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub sql_duration_ms: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub sql_query_count: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_duration_ms: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_errors: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_expected_bytes: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_expected_objects: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_retry_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_warnings: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub wait_time_on_sql_throttling_ms: Option<edm::Int64>,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointMigrationJobQueuedEvent")]
pub struct SharePointMigrationJobQueuedEvent {
    /// The inherited properties of `sharePointMigrationEvent`.
    #[graph(base)]
    pub base: SharePointMigrationEvent,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointMigrationJobStartEvent")]
pub struct SharePointMigrationJobStartEvent {
    /// The inherited properties of `sharePointMigrationEvent`.
    #[graph(base)]
    pub base: SharePointMigrationEvent,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_restarted: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_retry_count: Option<i32>,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.storage",
    keyless,
    singleton = "/storage",
    contains(name = "fileStorage", target = FileStorage, single),
    contains(name = "settings", target = StorageSettings, single)
)]
pub struct Storage {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub file_storage: Option<FileStorage>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub settings: Option<StorageSettings>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.storageSettings",
    contains(name = "quota", target = UnifiedStorageQuota, single)
)]
pub struct StorageSettings {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub quota: Option<UnifiedStorageQuota>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "storage")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.unifiedStorageQuota",
    contains(name = "services", target = ServiceStorageQuotaBreakdown)
)]
pub struct UnifiedStorageQuota {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub deleted: Option<edm::Int64>,
    pub manage_web_url: Option<String>,
    pub remaining: Option<edm::Int64>,
    pub state: Option<String>,
    pub total: Option<edm::Int64>,
    pub used: Option<edm::Int64>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub services: Option<Vec<ServiceStorageQuotaBreakdown>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
