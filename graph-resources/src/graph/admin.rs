//! The types of the area `admin`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.appsUpdateChannelType")]
pub enum AppsUpdateChannelType {
    Current,
    MonthlyEnterprise,
    SemiAnnual,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.baselineParameterType")]
pub enum BaselineParameterType {
    String,
    Integer,
    Boolean,
    /// A marker value for members added after the release of this API.
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.browserSharedCookieSourceEnvironment")]
pub enum BrowserSharedCookieSourceEnvironment {
    /// Share session cookies from Microsoft Edge to Internet Explorer.
    MicrosoftEdge,
    /// Share session cookies from Internet Explorer to Microsoft Edge.
    InternetExplorer11,
    /// Share session cookies to and from Microsoft Edge and Internet Explorer.
    Both,
    /// Placeholder for evolvable enum, but this enum is never returned to the caller, so it
    /// shouldn't be necessary.
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.browserSharedCookieStatus")]
pub enum BrowserSharedCookieStatus {
    /// A sharedcookie that has been published
    Published,
    /// A sharedcookie that has been added pending publish
    PendingAdd,
    /// A sharedcookie that has been edited pending publish
    PendingEdit,
    /// A sharedcookie that has been deleted pending publish
    PendingDelete,
    /// Placeholder for evolvable enum, but this enum is never returned to the caller, so it
    /// shouldn't be necessary.
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.browserSiteCompatibilityMode")]
pub enum BrowserSiteCompatibilityMode {
    /// Loads the site using default compatibility mode.
    Default,
    /// Loads the site in internetExplorer8 Enterprise Mode
    InternetExplorer8Enterprise,
    /// Loads the site in internetExplorer7 Enterprise Mode
    InternetExplorer7Enterprise,
    /// Loads the site in internetExplorer11
    InternetExplorer11,
    /// Loads the site in internetExplorer10
    InternetExplorer10,
    /// Loads the site in internetExplorer9
    InternetExplorer9,
    /// Loads the site in internetExplorer8
    InternetExplorer8,
    /// Loads the site in internetExplorer7
    InternetExplorer7,
    /// Loads the site in internetExplorer5
    InternetExplorer5,
    /// Placeholder for evolvable enum, but this enum is never returned to the caller, so it
    /// shouldn't be necessary.
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.browserSiteListStatus")]
pub enum BrowserSiteListStatus {
    /// A site list that has not yet been published
    Draft,
    /// A site list that has been published with no pending changes.
    Published,
    /// A site that has pending changes
    Pending,
    /// Placeholder for evolvable enum, but this enum is never returned to the caller, so it
    /// shoudn't be necessary.
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.browserSiteMergeType")]
pub enum BrowserSiteMergeType {
    /// No merge type
    NoMerge,
    /// Default merge type
    Default,
    /// Placeholder for evolvable enum, but this enum is never returned to the caller, so it
    /// shouldn't be necessary.
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.browserSiteStatus")]
pub enum BrowserSiteStatus {
    /// A site that has been published
    Published,
    /// A site that has been added pending publish
    PendingAdd,
    /// A site that has been edited pending publish
    PendingEdit,
    /// A site that has been deleted pending publish
    PendingDelete,
    /// Placeholder for evolvable enum, but this enum is never returned to the caller, so it
    /// shouldn't be necessary.
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.browserSiteTargetEnvironment")]
pub enum BrowserSiteTargetEnvironment {
    /// Open in Internet Explorer Mode
    InternetExplorerMode,
    /// Open in standalone Internet Explorer 11
    InternetExplorer11,
    /// Open in Microsoft Edge
    MicrosoftEdge,
    /// Configurable type
    Configurable,
    /// Open in the browser the employee chooses.
    None,
    /// Placeholder for evolvable enum, but this enum is never returned to the caller, so it
    /// shouldn't be necessary.
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.driftStatus")]
pub enum DriftStatus {
    Active,
    Fixed,
    /// A marker value for members added after the release of this API.
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.exchangeMessageTraceStatus")]
pub enum ExchangeMessageTraceStatus {
    GettingStatus,
    Pending,
    Failed,
    Delivered,
    Expanded,
    Quarantined,
    FilteredAsSpam,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.imageTaggingChoice")]
pub enum ImageTaggingChoice {
    Disabled,
    Basic,
    Enhanced,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.monitorMode")]
pub enum MonitorMode {
    MonitorOnly,
    /// A marker value for members added after the release of this API.
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.monitorRunStatus")]
pub enum MonitorRunStatus {
    Successful,
    PartiallySuccessful,
    Failed,
    /// A marker value for members added after the release of this API.
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.monitorStatus")]
pub enum MonitorStatus {
    Active,
    Inactive,
    /// A marker value for members added after the release of this API.
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.postType")]
pub enum PostType {
    Regular,
    Quick,
    Strategic,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.serviceHealthClassificationType")]
pub enum ServiceHealthClassificationType {
    Advisory,
    Incident,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.serviceHealthOrigin")]
pub enum ServiceHealthOrigin {
    Microsoft,
    ThirdParty,
    Customer,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.serviceHealthStatus")]
pub enum ServiceHealthStatus {
    ServiceOperational,
    Investigating,
    RestoringService,
    VerifyingService,
    ServiceRestored,
    PostIncidentReviewPublished,
    ServiceDegradation,
    ServiceInterruption,
    ExtendedRecovery,
    FalsePositive,
    InvestigationSuspended,
    Resolved,
    MitigatedExternal,
    Mitigated,
    ResolvedExternal,
    Confirmed,
    Reported,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.serviceUpdateCategory")]
pub enum ServiceUpdateCategory {
    PreventOrFixIssue,
    PlanForChange,
    StayInformed,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.serviceUpdateSeverity")]
pub enum ServiceUpdateSeverity {
    Normal,
    High,
    Critical,
    UnknownFutureValue,
}

#[cfg(any(feature = "admin", feature = "storage"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.sharingCapabilities")]
pub enum SharingCapabilities {
    Disabled,
    ExternalUserSharingOnly,
    ExternalUserAndGuestSharing,
    ExistingExternalUserSharingOnly,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.sharingDomainRestrictionMode")]
pub enum SharingDomainRestrictionMode {
    None,
    AllowList,
    BlockList,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.snapshotJobStatus")]
pub enum SnapshotJobStatus {
    NotStarted,
    Running,
    Succeeded,
    Failed,
    PartiallySuccessful,
    /// A marker value for members added after the release of this API.
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.appsInstallationOptionsForMac")]
pub struct AppsInstallationOptionsForMac {
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_microsoft365_apps_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_skype_for_business_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.appsInstallationOptionsForWindows")]
pub struct AppsInstallationOptionsForWindows {
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_microsoft365_apps_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_project_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_skype_for_business_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_visio_enabled: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.baselineParameter")]
pub struct BaselineParameter {
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub parameter_type: Option<BaselineParameterType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.baselineResource")]
pub struct BaselineResource {
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub properties: Option<OpenComplexDictionaryType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.browserSharedCookieHistory")]
pub struct BrowserSharedCookieHistory {
    /// The comment of the cookie
    pub comment: Option<String>,
    /// The name of the cookie. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Boolean attribute that determines whether a cookie is a host-only or domain cookie. Not
    /// nullable.
    #[graph(non_nullable)]
    pub host_only: Option<bool>,
    /// The URL of the cookie
    pub host_or_domain: Option<String>,
    /// The identity of the admin who last updated the cookie. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_by: Option<AnyIdentitySet>,
    /// The path of the cookie
    pub path: Option<String>,
    /// The time the cookie was published. Not nullable.
    #[graph(non_nullable)]
    pub published_date_time: Option<edm::DateTimeOffset>,
    /// Specifies how the cookies are shared between Microsoft Edge and Internet Explorer
    pub source_environment: Option<BrowserSharedCookieSourceEnvironment>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The history for the site modifications
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.browserSiteHistory")]
pub struct BrowserSiteHistory {
    /// Boolean attribute that controls the behavior of redirected sites
    pub allow_redirect: Option<bool>,
    /// The content for the site. Not nullable.
    #[graph(non_nullable)]
    pub comment: Option<String>,
    /// Controls what compatibility setting is used for specific sites or domains
    pub compatibility_mode: Option<BrowserSiteCompatibilityMode>,
    /// The user who modified the site
    pub last_modified_by: Option<AnyIdentitySet>,
    /// The merge type of the site
    pub merge_type: Option<BrowserSiteMergeType>,
    /// The time the site was last published. Not nullable.
    #[graph(non_nullable)]
    pub published_date_time: Option<edm::DateTimeOffset>,
    /// The render mode in Edge client that the site is supposed to open in
    pub target_environment: Option<BrowserSiteTargetEnvironment>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.driftedProperty")]
pub struct DriftedProperty {
    #[graph(read_only)]
    pub current_value: Option<serde_json::Value>,
    #[graph(read_only)]
    pub desired_value: Option<serde_json::Value>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub property_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.errorDetail")]
pub struct ErrorDetail {
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub error_message: Option<String>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub resource_instance_name: Option<String>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub resource_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.idleSessionSignOut")]
pub struct IdleSessionSignOut {
    pub is_enabled: Option<bool>,
    pub sign_out_after_in_seconds: Option<edm::Int64>,
    pub warn_after_in_seconds: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.openComplexDictionaryType", complex)]
pub struct OpenComplexDictionaryType {
    /// The inherited properties of `Dictionary`.
    #[graph(base)]
    pub base: Dictionary,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.profileCardAnnotation")]
pub struct ProfileCardAnnotation {
    pub display_name: Option<String>,
    pub localizations: Option<Vec<DisplayNameLocalization>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.profileSourceLocalization")]
pub struct ProfileSourceLocalization {
    pub display_name: Option<String>,
    pub language_tag: Option<String>,
    pub web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.serviceHealthIssuePost")]
pub struct ServiceHealthIssuePost {
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<ItemBody>,
    pub post_type: Option<PostType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.serviceUpdateMessageViewpoint")]
pub struct ServiceUpdateMessageViewpoint {
    pub is_archived: Option<bool>,
    pub is_favorited: Option<bool>,
    pub is_read: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.admin",
    keyless,
    singleton = "/admin",
    contains(name = "configurationManagement", target = ConfigurationManagement, single),
    contains(name = "edge", target = Edge, single),
    contains(name = "exchange", target = ExchangeAdmin, single),
    contains(name = "microsoft365Apps", target = AdminMicrosoft365Apps, single),
    contains(name = "people", target = PeopleAdminSettings, single),
    contains(name = "reportSettings", target = AdminReportSettings, single),
    contains(name = "serviceAnnouncement", target = ServiceAnnouncement, single),
    contains(name = "sharepoint", target = Sharepoint, single),
    contains(name = "teams", target = crate::teams_administration::TeamsAdminRoot, single)
)]
pub struct Admin {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub configuration_management: Option<ConfigurationManagement>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub edge: Option<Edge>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub exchange: Option<ExchangeAdmin>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub microsoft365_apps: Option<AdminMicrosoft365Apps>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub people: Option<PeopleAdminSettings>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub report_settings: Option<AdminReportSettings>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub service_announcement: Option<ServiceAnnouncement>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sharepoint: Option<Sharepoint>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub teams: Option<crate::teams_administration::TeamsAdminRoot>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.adminMicrosoft365Apps",
    contains(name = "installationOptions", target = M365AppsInstallationOptions, single)
)]
pub struct AdminMicrosoft365Apps {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub installation_options: Option<M365AppsInstallationOptions>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.adminReportSettings")]
pub struct AdminReportSettings {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_concealed_names: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.browserSharedCookie")]
pub struct BrowserSharedCookie {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The comment of the cookie. Not nullable.
    #[graph(non_nullable)]
    pub comment: Option<String>,
    /// The datetime that the admin created the cookie. Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// The datetime that the admin deleted the cookie
    pub deleted_date_time: Option<edm::DateTimeOffset>,
    /// The name of the cookie. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// The history of the cookie. Not nullable.
    #[graph(non_nullable)]
    pub history: Option<Vec<BrowserSharedCookieHistory>>,
    /// Boolean attribute that determines whether a cookie is a host-only or domain cookie. Not
    /// nullable.
    #[graph(non_nullable)]
    pub host_only: Option<bool>,
    /// The URL of the cookie. Not nullable.
    #[graph(non_nullable)]
    pub host_or_domain: Option<String>,
    /// The identity of the admin who last updated the cookie
    pub last_modified_by: Option<AnyIdentitySet>,
    /// The datetime that the admin last updated the cookie. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// The path of the cookie. Not nullable.
    #[graph(non_nullable)]
    pub path: Option<String>,
    /// Specifies how the cookies are shared between Microsoft Edge and Internet Explorer. Not
    /// nullable.
    #[graph(non_nullable)]
    pub source_environment: Option<BrowserSharedCookieSourceEnvironment>,
    /// The status of the cookie. Not nullable.
    #[graph(non_nullable)]
    pub status: Option<BrowserSharedCookieStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Singleton entity which is used to specify IE mode site metadata
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.browserSite")]
pub struct BrowserSite {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Boolean attribute that controls the behavior of redirected sites. Not nullable.
    #[graph(non_nullable)]
    pub allow_redirect: Option<bool>,
    /// The comment for the site. Not nullable.
    #[graph(non_nullable)]
    pub comment: Option<String>,
    /// Controls what compatibility setting is used for specific sites or domains. Not nullable.
    #[graph(non_nullable)]
    pub compatibility_mode: Option<BrowserSiteCompatibilityMode>,
    /// The datetime that the site is created. Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// The datetime that the admin deleted the site
    pub deleted_date_time: Option<edm::DateTimeOffset>,
    /// The collection stores site revision metadata and audit logs. Not nullable.
    #[graph(non_nullable)]
    pub history: Option<Vec<BrowserSiteHistory>>,
    /// The admin who made the last update on the site.
    pub last_modified_by: Option<AnyIdentitySet>,
    /// The datetime that the admin updated the site. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// The merge type of the site. Not nullable.
    #[graph(non_nullable)]
    pub merge_type: Option<BrowserSiteMergeType>,
    /// Status of the site. Not nullable.
    #[graph(non_nullable)]
    pub status: Option<BrowserSiteStatus>,
    /// The target environment that the site should open in. Not nullable.
    #[graph(non_nullable)]
    pub target_environment: Option<BrowserSiteTargetEnvironment>,
    /// The URL of the site. Not nullable.
    #[graph(non_nullable)]
    pub web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A singleton entity which is used to specify IE mode site list metadata
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.browserSiteList",
    contains(name = "sharedCookies", target = BrowserSharedCookie),
    contains(name = "sites", target = BrowserSite),
    action(
        name = "publish",
        parameters = BrowserSiteListPublishParameters,
        returns = BrowserSiteList
    )
)]
pub struct BrowserSiteList {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Description for the site list. Not nullable.
    #[graph(non_nullable)]
    pub description: Option<String>,
    /// Display name of this site list. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Name of the admin who made the last update on the site list
    pub last_modified_by: Option<AnyIdentitySet>,
    /// The datetime that the admin last updated the site list. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Name of the admin who published the site list
    pub published_by: Option<AnyIdentitySet>,
    /// The datetime that admin published the site list to users in their organization.
    pub published_date_time: Option<edm::DateTimeOffset>,
    /// Admin can have multiple revisions of the site list and the revision is generated whenever
    /// admin create/update the site list. Not nullable.
    #[graph(non_nullable)]
    pub revision: Option<String>,
    /// Status of the site list. Can be either "draft", "pending", or "published". Not nullable.
    #[graph(non_nullable)]
    pub status: Option<BrowserSiteListStatus>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub shared_cookies: Option<Vec<BrowserSharedCookie>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sites: Option<Vec<BrowserSite>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `publish`, bound to `browserSiteList`.
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct BrowserSiteListPublishParameters {
    pub revision: String,
    pub sites: Option<Vec<BrowserSite>>,
    pub shared_cookies: Option<Vec<BrowserSharedCookie>>,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.configurationBaseline",
    action(
        name = "createSnapshot",
        collection,
        parameters = ConfigurationBaselineCollectionCreateSnapshotParameters,
        returns = ConfigurationSnapshotJob
    )
)]
pub struct ConfigurationBaseline {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub parameters: Option<Vec<BaselineParameter>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resources: Option<Vec<BaselineResource>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `createSnapshot`, bound to a collection of `configurationBaseline`.
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ConfigurationBaselineCollectionCreateSnapshotParameters {
    pub display_name: String,
    pub description: String,
    pub resources: Vec<String>,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.configurationDrift")]
pub struct ConfigurationDrift {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub baseline_resource_display_name: Option<String>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub drifted_properties: Option<Vec<DriftedProperty>>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub first_reported_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub monitor_id: Option<String>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub resource_instance_identifier: Option<OpenComplexDictionaryType>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub resource_type: Option<String>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub status: Option<DriftStatus>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub tenant_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.configurationManagement",
    contains(name = "configurationDrifts", target = ConfigurationDrift),
    contains(name = "configurationMonitoringResults", target = ConfigurationMonitoringResult),
    contains(name = "configurationMonitors", target = ConfigurationMonitor),
    contains(name = "configurationSnapshotJobs", target = ConfigurationSnapshotJob),
    contains(name = "configurationSnapshots", target = ConfigurationBaseline)
)]
pub struct ConfigurationManagement {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub configuration_drifts: Option<Vec<ConfigurationDrift>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub configuration_monitoring_results: Option<Vec<ConfigurationMonitoringResult>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub configuration_monitors: Option<Vec<ConfigurationMonitor>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub configuration_snapshot_jobs: Option<Vec<ConfigurationSnapshotJob>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub configuration_snapshots: Option<Vec<ConfigurationBaseline>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.configurationMonitor",
    contains(name = "baseline", target = ConfigurationBaseline, single)
)]
pub struct ConfigurationMonitor {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub created_by: Option<AnyIdentitySet>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    #[graph(read_only)]
    pub inactivation_reason: Option<String>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub last_modified_by: Option<AnyIdentitySet>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub mode: Option<MonitorMode>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub monitor_run_frequency_in_hours: Option<i32>,
    pub parameters: Option<OpenComplexDictionaryType>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub status: Option<MonitorStatus>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub tenant_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub baseline: Option<ConfigurationBaseline>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.configurationMonitoringResult"
)]
pub struct ConfigurationMonitoringResult {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub drifts_count: Option<i32>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub error_details: Option<Vec<ErrorDetail>>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub monitor_id: Option<String>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub run_completion_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub run_initiation_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub run_status: Option<MonitorRunStatus>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub tenant_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.configurationSnapshotJob"
)]
pub struct ConfigurationSnapshotJob {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub completed_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub created_by: Option<AnyIdentitySet>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub error_details: Option<Vec<String>>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub resource_location: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resources: Option<Vec<String>>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub status: Option<SnapshotJobStatus>,
    /// Not nullable.
    #[graph(read_only, non_nullable)]
    pub tenant_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.edge",
    contains(name = "internetExplorerMode", target = InternetExplorerMode, single)
)]
pub struct Edge {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub internet_explorer_mode: Option<InternetExplorerMode>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.exchangeAdmin",
    contains(name = "tracing", target = MessageTracingRoot, single)
)]
#[cfg_attr(feature = "directoryObjects", graph(contains(name = "mailboxes", target = Mailbox)))]
pub struct ExchangeAdmin {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `directoryObjects`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "directoryObjects")]
    #[graph(read_only)]
    pub mailboxes: Option<Vec<Mailbox>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub tracing: Option<MessageTracingRoot>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.exchangeMessageTrace",
    function(
        name = "getDetailsByRecipient",
        parameters = ExchangeMessageTraceGetDetailsByRecipientParameters,
        returns = Page<ExchangeMessageTraceDetail>
    )
)]
pub struct ExchangeMessageTrace {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    #[graph(rename = "fromIP")]
    pub from_ip: Option<String>,
    pub message_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub received_date_time: Option<edm::DateTimeOffset>,
    pub recipient_address: Option<String>,
    pub sender_address: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub size: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<ExchangeMessageTraceStatus>,
    pub subject: Option<String>,
    #[graph(rename = "toIP")]
    pub to_ip: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `getDetailsByRecipient`, bound to `exchangeMessageTrace`, written
/// in its URL.
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ExchangeMessageTraceGetDetailsByRecipientParameters {
    pub recipient_address: String,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.insightsSettings")]
pub struct InsightsSettings {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub disabled_for_group: Option<String>,
    pub is_enabled_in_organization: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.internetExplorerMode",
    contains(name = "siteLists", target = BrowserSiteList)
)]
pub struct InternetExplorerMode {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub site_lists: Option<Vec<BrowserSiteList>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.m365AppsInstallationOptions"
)]
pub struct M365AppsInstallationOptions {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub apps_for_mac: Option<AppsInstallationOptionsForMac>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub apps_for_windows: Option<AppsInstallationOptionsForWindows>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub update_channel: Option<AppsUpdateChannelType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.messageTracingRoot",
    contains(name = "messageTraces", target = ExchangeMessageTrace)
)]
pub struct MessageTracingRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub message_traces: Option<Vec<ExchangeMessageTrace>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.peopleAdminSettings",
    contains(name = "itemInsights", target = InsightsSettings, single),
    contains(name = "profileCardProperties", target = ProfileCardProperty),
    contains(name = "profilePropertySettings", target = ProfilePropertySetting),
    contains(name = "profileSources", target = ProfileSource),
    contains(name = "pronouns", target = PronounsSettings, single)
)]
pub struct PeopleAdminSettings {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub item_insights: Option<InsightsSettings>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub profile_card_properties: Option<Vec<ProfileCardProperty>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub profile_property_settings: Option<Vec<ProfilePropertySetting>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub profile_sources: Option<Vec<ProfileSource>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub pronouns: Option<PronounsSettings>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.profileCardProperty")]
pub struct ProfileCardProperty {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub annotations: Option<Vec<ProfileCardAnnotation>>,
    pub directory_property_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_visible: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.profilePropertySetting")]
pub struct ProfilePropertySetting {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub prioritized_source_urls: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.profileSource")]
pub struct ProfileSource {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub kind: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub localizations: Option<Vec<ProfileSourceLocalization>>,
    pub source_id: Option<String>,
    pub web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.pronounsSettings")]
pub struct PronounsSettings {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled_in_organization: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.serviceAnnouncement",
    contains(name = "healthOverviews", target = ServiceHealth),
    contains(name = "issues", target = ServiceHealthIssue),
    contains(name = "messages", target = ServiceUpdateMessage)
)]
pub struct ServiceAnnouncement {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub health_overviews: Option<Vec<ServiceHealth>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub issues: Option<Vec<ServiceHealthIssue>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub messages: Option<Vec<ServiceUpdateMessage>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.serviceAnnouncementAttachment"
)]
pub struct ServiceAnnouncementAttachment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub content: Option<edm::Stream>,
    pub content_type: Option<String>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub size: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.serviceHealth",
    contains(name = "issues", target = ServiceHealthIssue)
)]
pub struct ServiceHealth {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub service: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<ServiceHealthStatus>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub issues: Option<Vec<ServiceHealthIssue>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.serviceHealthIssue",
    function(name = "incidentReport", returns = response::Media)
)]
pub struct ServiceHealthIssue {
    /// The inherited properties of `serviceAnnouncementBase`.
    #[graph(base)]
    pub base: ServiceAnnouncementBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub classification: Option<ServiceHealthClassificationType>,
    pub feature: Option<String>,
    pub feature_group: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub impact_description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_resolved: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub origin: Option<ServiceHealthOrigin>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub posts: Option<Vec<ServiceHealthIssuePost>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub service: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<ServiceHealthStatus>,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.serviceUpdateMessage",
    contains(name = "attachments", target = ServiceAnnouncementAttachment),
    action(
        name = "archive",
        collection,
        parameters = ServiceUpdateMessageCollectionArchiveParameters,
        returns = bool
    ),
    action(
        name = "favorite",
        collection,
        parameters = ServiceUpdateMessageCollectionFavoriteParameters,
        returns = bool
    ),
    action(
        name = "markRead",
        collection,
        parameters = ServiceUpdateMessageCollectionMarkReadParameters,
        returns = bool
    ),
    action(
        name = "markUnread",
        collection,
        parameters = ServiceUpdateMessageCollectionMarkUnreadParameters,
        returns = bool
    ),
    action(
        name = "unarchive",
        collection,
        parameters = ServiceUpdateMessageCollectionUnarchiveParameters,
        returns = bool
    ),
    action(
        name = "unfavorite",
        collection,
        parameters = ServiceUpdateMessageCollectionUnfavoriteParameters,
        returns = bool
    )
)]
pub struct ServiceUpdateMessage {
    /// The inherited properties of `serviceAnnouncementBase`.
    #[graph(base)]
    pub base: ServiceAnnouncementBase,
    pub action_required_by_date_time: Option<edm::DateTimeOffset>,
    pub attachments_archive: Option<edm::Stream>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub body: Option<ItemBody>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub category: Option<ServiceUpdateCategory>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub has_attachments: Option<bool>,
    pub is_major_change: Option<bool>,
    pub services: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub severity: Option<ServiceUpdateSeverity>,
    pub tags: Option<Vec<String>>,
    pub view_point: Option<ServiceUpdateMessageViewpoint>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub attachments: Option<Vec<ServiceAnnouncementAttachment>>,
}

/// The body of the action `archive`, bound to a collection of `serviceUpdateMessage`.
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ServiceUpdateMessageCollectionArchiveParameters {
    pub message_ids: Option<Vec<String>>,
}

/// The body of the action `favorite`, bound to a collection of `serviceUpdateMessage`.
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ServiceUpdateMessageCollectionFavoriteParameters {
    pub message_ids: Option<Vec<String>>,
}

/// The body of the action `markRead`, bound to a collection of `serviceUpdateMessage`.
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ServiceUpdateMessageCollectionMarkReadParameters {
    pub message_ids: Option<Vec<String>>,
}

/// The body of the action `markUnread`, bound to a collection of `serviceUpdateMessage`.
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ServiceUpdateMessageCollectionMarkUnreadParameters {
    pub message_ids: Option<Vec<String>>,
}

/// The body of the action `unarchive`, bound to a collection of `serviceUpdateMessage`.
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ServiceUpdateMessageCollectionUnarchiveParameters {
    pub message_ids: Option<Vec<String>>,
}

/// The body of the action `unfavorite`, bound to a collection of `serviceUpdateMessage`.
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct ServiceUpdateMessageCollectionUnfavoriteParameters {
    pub message_ids: Option<Vec<String>>,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.sharepoint",
    contains(name = "settings", target = SharepointSettings, single)
)]
pub struct Sharepoint {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub settings: Option<SharepointSettings>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.sharepointSettings")]
pub struct SharepointSettings {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub allowed_domain_guids_for_sync_app: Option<Vec<edm::Guid>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub available_managed_paths_for_site_creation: Option<Vec<String>>,
    pub deleted_user_personal_site_retention_period_in_days: Option<i32>,
    pub excluded_file_extensions_for_sync_app: Option<Vec<String>>,
    pub idle_session_sign_out: Option<IdleSessionSignOut>,
    pub image_tagging_option: Option<ImageTaggingChoice>,
    pub is_commenting_on_site_pages_enabled: Option<bool>,
    pub is_file_activity_notification_enabled: Option<bool>,
    pub is_legacy_auth_protocols_enabled: Option<bool>,
    pub is_loop_enabled: Option<bool>,
    pub is_mac_sync_app_enabled: Option<bool>,
    pub is_require_accepting_user_to_match_invited_user_enabled: Option<bool>,
    pub is_resharing_by_external_users_enabled: Option<bool>,
    pub is_share_point_mobile_notification_enabled: Option<bool>,
    pub is_share_point_newsfeed_enabled: Option<bool>,
    pub is_site_creation_enabled: Option<bool>,
    #[graph(rename = "isSiteCreationUIEnabled")]
    pub is_site_creation_ui_enabled: Option<bool>,
    pub is_site_pages_creation_enabled: Option<bool>,
    pub is_sites_storage_limit_automatic: Option<bool>,
    pub is_sync_button_hidden_on_personal_site: Option<bool>,
    pub is_unmanaged_sync_app_for_tenant_restricted: Option<bool>,
    #[graph(rename = "personalSiteDefaultStorageLimitInMB")]
    pub personal_site_default_storage_limit_in_mb: Option<edm::Int64>,
    pub sharing_allowed_domain_list: Option<Vec<String>>,
    pub sharing_blocked_domain_list: Option<Vec<String>>,
    pub sharing_capability: Option<SharingCapabilities>,
    pub sharing_domain_restriction_mode: Option<SharingDomainRestrictionMode>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub site_creation_default_managed_path: Option<String>,
    #[graph(rename = "siteCreationDefaultStorageLimitInMB")]
    pub site_creation_default_storage_limit_in_mb: Option<i32>,
    pub tenant_default_timezone: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
