//! The types many areas need (feature `core`, which every area enables).

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "core")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.bodyType")]
pub enum BodyType {
    Text,
    Html,
}

#[cfg(feature = "core")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.dayOfWeek")]
pub enum DayOfWeek {
    Sunday,
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
}

#[cfg(feature = "core")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.longRunningOperationStatus")]
pub enum LongRunningOperationStatus {
    NotStarted,
    Running,
    Succeeded,
    Failed,
    UnknownFutureValue,
}

#[cfg(feature = "core")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamworkApplicationIdentityType")]
pub enum TeamworkApplicationIdentityType {
    AadApplication,
    Bot,
    TenantBot,
    Office365Connector,
    OutgoingWebhook,
    UnknownFutureValue,
}

#[cfg(feature = "core")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamworkConversationIdentityType")]
pub enum TeamworkConversationIdentityType {
    Team,
    Channel,
    Chat,
    UnknownFutureValue,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.azureCommunicationServicesUserIdentity",
    complex
)]
pub struct AzureCommunicationServicesUserIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub azure_communication_services_resource_id: Option<String>,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.communicationsApplicationIdentity",
    complex
)]
pub struct CommunicationsApplicationIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub application_type: Option<String>,
    pub hidden: Option<bool>,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.communicationsApplicationInstanceIdentity",
    complex
)]
pub struct CommunicationsApplicationInstanceIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub hidden: Option<bool>,
    pub tenant_id: Option<String>,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.communicationsEncryptedIdentity",
    complex
)]
pub struct CommunicationsEncryptedIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.communicationsGuestIdentity", complex)]
pub struct CommunicationsGuestIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub email: Option<String>,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.communicationsPhoneIdentity", complex)]
pub struct CommunicationsPhoneIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.dateTimeTimeZone")]
pub struct DateTimeTimeZone {
    /// Not nullable.
    #[graph(non_nullable)]
    pub date_time: Option<String>,
    pub time_zone: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identity")]
pub struct Identity {
    pub display_name: Option<String>,
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.identity`: the type itself or any of its derived types this build declares (a
/// value without `@odata.type` is the type itself); a value of another derived type reads as
/// `Identity`, keeping its `@odata.type` and properties.
#[cfg(feature = "core")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyIdentity {
    /// `microsoft.graph.azureCommunicationServicesUserIdentity`.
    AzureCommunicationServicesUserIdentity(AzureCommunicationServicesUserIdentity),
    /// `microsoft.graph.communicationsApplicationIdentity`.
    CommunicationsApplicationIdentity(CommunicationsApplicationIdentity),
    /// `microsoft.graph.communicationsApplicationInstanceIdentity`.
    CommunicationsApplicationInstanceIdentity(CommunicationsApplicationInstanceIdentity),
    /// `microsoft.graph.communicationsEncryptedIdentity`.
    CommunicationsEncryptedIdentity(CommunicationsEncryptedIdentity),
    /// `microsoft.graph.communicationsGuestIdentity`.
    CommunicationsGuestIdentity(CommunicationsGuestIdentity),
    /// `microsoft.graph.communicationsPhoneIdentity`.
    CommunicationsPhoneIdentity(CommunicationsPhoneIdentity),
    /// `microsoft.graph.communicationsUserIdentity`.
    #[cfg(feature = "solutions")]
    CommunicationsUserIdentity(CommunicationsUserIdentity),
    /// `microsoft.graph.emailIdentity`.
    #[cfg(any(feature = "security", feature = "solutions"))]
    EmailIdentity(EmailIdentity),
    /// `microsoft.graph.initiator`.
    #[cfg(feature = "auditLogs")]
    Initiator(Initiator),
    /// `microsoft.graph.provisionedIdentity`.
    #[cfg(feature = "auditLogs")]
    ProvisionedIdentity(ProvisionedIdentity),
    /// `microsoft.graph.provisioningServicePrincipal`.
    #[cfg(feature = "auditLogs")]
    ProvisioningServicePrincipal(ProvisioningServicePrincipal),
    /// `microsoft.graph.provisioningSystem`.
    #[cfg(feature = "auditLogs")]
    ProvisioningSystem(ProvisioningSystem),
    /// `microsoft.graph.servicePrincipalIdentity`.
    ServicePrincipalIdentity(ServicePrincipalIdentity),
    /// `microsoft.graph.sharePointGroupIdentity`.
    #[cfg(any(feature = "drives", feature = "shares", feature = "storage"))]
    SharePointGroupIdentity(SharePointGroupIdentity),
    /// `microsoft.graph.sharePointIdentity`.
    #[cfg(any(feature = "drives", feature = "shares", feature = "storage"))]
    SharePointIdentity(SharePointIdentity),
    /// `microsoft.graph.teamworkApplicationIdentity`.
    TeamworkApplicationIdentity(TeamworkApplicationIdentity),
    /// `microsoft.graph.teamworkConversationIdentity`.
    TeamworkConversationIdentity(TeamworkConversationIdentity),
    /// `microsoft.graph.teamworkTagIdentity`.
    #[cfg(any(feature = "copilot", feature = "other"))]
    TeamworkTagIdentity(TeamworkTagIdentity),
    /// `microsoft.graph.teamworkUserIdentity`.
    #[cfg(any(
        feature = "chats",
        feature = "teams",
        feature = "users",
        feature = "teamwork"
    ))]
    TeamworkUserIdentity(TeamworkUserIdentity),
    /// `microsoft.graph.userIdentity`.
    #[cfg(any(
        feature = "auditLogs",
        feature = "identityGovernance",
        feature = "reports",
        feature = "other"
    ))]
    UserIdentity(UserIdentity),
    /// `microsoft.graph.callRecords.userIdentity`.
    CallRecordsUserIdentity(crate::call_records::UserIdentity),
    /// `microsoft.graph.identity` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Identity),
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identitySet")]
pub struct IdentitySet {
    pub application: Option<AnyIdentity>,
    pub device: Option<AnyIdentity>,
    pub user: Option<AnyIdentity>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.identitySet`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `IdentitySet`, keeping its `@odata.type` and properties.
#[cfg(feature = "core")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyIdentitySet {
    /// `microsoft.graph.aiInteractionMentionedIdentitySet`.
    #[cfg(any(feature = "copilot", feature = "other"))]
    AiInteractionMentionedIdentitySet(AiInteractionMentionedIdentitySet),
    /// `microsoft.graph.chatMessageFromIdentitySet`.
    #[cfg(any(
        feature = "chats",
        feature = "teams",
        feature = "users",
        feature = "teamwork"
    ))]
    ChatMessageFromIdentitySet(ChatMessageFromIdentitySet),
    /// `microsoft.graph.chatMessageMentionedIdentitySet`.
    #[cfg(any(
        feature = "chats",
        feature = "teams",
        feature = "users",
        feature = "teamwork"
    ))]
    ChatMessageMentionedIdentitySet(ChatMessageMentionedIdentitySet),
    /// `microsoft.graph.chatMessageReactionIdentitySet`.
    #[cfg(any(
        feature = "chats",
        feature = "teams",
        feature = "users",
        feature = "teamwork"
    ))]
    ChatMessageReactionIdentitySet(ChatMessageReactionIdentitySet),
    /// `microsoft.graph.communicationsIdentitySet`.
    #[cfg(any(feature = "communications", feature = "solutions", feature = "other"))]
    CommunicationsIdentitySet(CommunicationsIdentitySet),
    /// `microsoft.graph.engagementIdentitySet`.
    #[cfg(any(feature = "communications", feature = "other"))]
    EngagementIdentitySet(EngagementIdentitySet),
    /// `microsoft.graph.sharePointIdentitySet`.
    #[cfg(any(feature = "drives", feature = "shares", feature = "storage"))]
    SharePointIdentitySet(SharePointIdentitySet),
    /// `microsoft.graph.identitySet` itself, or a type this build does not declare.
    #[graph(other)]
    Other(IdentitySet),
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.itemBody")]
pub struct ItemBody {
    pub content: Option<String>,
    pub content_type: Option<BodyType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.keyValue")]
pub struct KeyValue {
    pub key: Option<String>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.keyValuePair")]
pub struct KeyValuePair {
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.outlookGeoCoordinates")]
pub struct OutlookGeoCoordinates {
    pub accuracy: Option<edm::Double>,
    pub altitude: Option<edm::Double>,
    pub altitude_accuracy: Option<edm::Double>,
    pub latitude: Option<edm::Double>,
    pub longitude: Option<edm::Double>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.physicalAddress")]
pub struct PhysicalAddress {
    pub city: Option<String>,
    pub country_or_region: Option<String>,
    pub postal_code: Option<String>,
    pub state: Option<String>,
    pub street: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.publicError")]
pub struct PublicError {
    pub code: Option<String>,
    pub details: Option<Vec<PublicErrorDetail>>,
    pub inner_error: Option<PublicInnerError>,
    pub message: Option<String>,
    pub target: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.publicErrorDetail")]
pub struct PublicErrorDetail {
    pub code: Option<String>,
    pub message: Option<String>,
    pub target: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.publicInnerError")]
pub struct PublicInnerError {
    pub code: Option<String>,
    pub details: Option<Vec<PublicErrorDetail>>,
    pub message: Option<String>,
    pub target: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.servicePrincipalIdentity", complex)]
pub struct ServicePrincipalIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub app_id: Option<String>,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamworkApplicationIdentity", complex)]
pub struct TeamworkApplicationIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub application_identity_type: Option<TeamworkApplicationIdentityType>,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamworkConversationIdentity", complex)]
pub struct TeamworkConversationIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub conversation_identity_type: Option<TeamworkConversationIdentityType>,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.directoryObject",
    path = "/directoryObjects",
    action(
        name = "checkMemberGroups",
        parameters = DirectoryObjectCheckMemberGroupsParameters,
        returns = Vec<String>
    ),
    action(
        name = "checkMemberObjects",
        parameters = DirectoryObjectCheckMemberObjectsParameters,
        returns = Vec<String>
    ),
    action(
        name = "getAvailableExtensionProperties",
        collection,
        parameters = DirectoryObjectCollectionGetAvailableExtensionPropertiesParameters,
        returns = Vec<ExtensionProperty>
    ),
    action(
        name = "getByIds",
        collection,
        parameters = DirectoryObjectCollectionGetByIdsParameters,
        returns = Vec<AnyDirectoryObject>
    ),
    action(
        name = "getMemberGroups",
        parameters = DirectoryObjectGetMemberGroupsParameters,
        returns = Vec<String>
    ),
    action(
        name = "getMemberObjects",
        parameters = DirectoryObjectGetMemberObjectsParameters,
        returns = Vec<String>
    ),
    action(name = "restore", returns = AnyDirectoryObject),
    action(
        name = "validateProperties",
        collection,
        parameters = DirectoryObjectCollectionValidatePropertiesParameters
    ),
    function(name = "delta", collection, returns = Page<DeltaItem<AnyDirectoryObject>>)
)]
pub struct DirectoryObject {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub deleted_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.directoryObject`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `DirectoryObject`, keeping its `@odata.type` and properties.
#[cfg(feature = "core")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDirectoryObject {
    /// `microsoft.graph.administrativeUnit`.
    #[cfg(feature = "directoryObjects")]
    AdministrativeUnit(AdministrativeUnit),
    /// `microsoft.graph.application`.
    #[cfg(feature = "applications")]
    Application(Application),
    /// `microsoft.graph.agentIdentityBlueprint`.
    #[cfg(feature = "applications")]
    AgentIdentityBlueprint(AgentIdentityBlueprint),
    /// `microsoft.graph.appRoleAssignment`.
    #[cfg(feature = "directoryObjects")]
    AppRoleAssignment(AppRoleAssignment),
    /// `microsoft.graph.certificateAuthorityDetail`.
    #[cfg(feature = "directoryObjects")]
    CertificateAuthorityDetail(CertificateAuthorityDetail),
    /// `microsoft.graph.certificateBasedAuthPki`.
    #[cfg(feature = "directoryObjects")]
    CertificateBasedAuthPki(CertificateBasedAuthPki),
    /// `microsoft.graph.contract`.
    #[cfg(feature = "contracts")]
    Contract(Contract),
    /// `microsoft.graph.device`.
    #[cfg(feature = "devices")]
    Device(Device),
    /// `microsoft.graph.directoryObjectPartnerReference`.
    #[cfg(feature = "directoryObjects")]
    DirectoryObjectPartnerReference(DirectoryObjectPartnerReference),
    /// `microsoft.graph.directoryRole`.
    #[cfg(feature = "directoryRoles")]
    DirectoryRole(DirectoryRole),
    /// `microsoft.graph.directoryRoleTemplate`.
    #[cfg(feature = "directoryRoleTemplates")]
    DirectoryRoleTemplate(DirectoryRoleTemplate),
    /// `microsoft.graph.endpoint`.
    #[cfg(feature = "directoryObjects")]
    Endpoint(Endpoint),
    /// `microsoft.graph.extensionProperty`.
    ExtensionProperty(ExtensionProperty),
    /// `microsoft.graph.federatedTokenValidationPolicy`.
    #[cfg(feature = "directoryObjects")]
    FederatedTokenValidationPolicy(FederatedTokenValidationPolicy),
    /// `microsoft.graph.group`.
    #[cfg(feature = "groups")]
    Group(Group),
    /// `microsoft.graph.groupSettingTemplate`.
    #[cfg(feature = "groupSettingTemplates")]
    GroupSettingTemplate(GroupSettingTemplate),
    /// `microsoft.graph.mailbox`.
    #[cfg(feature = "directoryObjects")]
    Mailbox(Mailbox),
    /// `microsoft.graph.multiTenantOrganizationMember`.
    #[cfg(feature = "directoryObjects")]
    MultiTenantOrganizationMember(MultiTenantOrganizationMember),
    /// `microsoft.graph.organization`.
    #[cfg(feature = "organization")]
    Organization(Organization),
    /// `microsoft.graph.orgContact`.
    #[cfg(feature = "contacts")]
    OrgContact(OrgContact),
    /// `microsoft.graph.appManagementPolicy`.
    #[cfg(feature = "policies")]
    AppManagementPolicy(AppManagementPolicy),
    /// `microsoft.graph.authorizationPolicy`.
    #[cfg(feature = "policies")]
    AuthorizationPolicy(AuthorizationPolicy),
    /// `microsoft.graph.crossTenantAccessPolicy`.
    #[cfg(feature = "policies")]
    CrossTenantAccessPolicy(CrossTenantAccessPolicy),
    /// `microsoft.graph.identitySecurityDefaultsEnforcementPolicy`.
    #[cfg(feature = "policies")]
    IdentitySecurityDefaultsEnforcementPolicy(IdentitySecurityDefaultsEnforcementPolicy),
    /// `microsoft.graph.permissionGrantPolicy`.
    #[cfg(feature = "policies")]
    PermissionGrantPolicy(PermissionGrantPolicy),
    /// `microsoft.graph.activityBasedTimeoutPolicy`.
    #[cfg(feature = "policies")]
    ActivityBasedTimeoutPolicy(ActivityBasedTimeoutPolicy),
    /// `microsoft.graph.claimsMappingPolicy`.
    #[cfg(feature = "policies")]
    ClaimsMappingPolicy(ClaimsMappingPolicy),
    /// `microsoft.graph.homeRealmDiscoveryPolicy`.
    #[cfg(feature = "policies")]
    HomeRealmDiscoveryPolicy(HomeRealmDiscoveryPolicy),
    /// `microsoft.graph.tokenIssuancePolicy`.
    #[cfg(feature = "policies")]
    TokenIssuancePolicy(TokenIssuancePolicy),
    /// `microsoft.graph.tokenLifetimePolicy`.
    #[cfg(feature = "policies")]
    TokenLifetimePolicy(TokenLifetimePolicy),
    /// `microsoft.graph.tenantAppManagementPolicy`.
    #[cfg(feature = "policies")]
    TenantAppManagementPolicy(TenantAppManagementPolicy),
    /// `microsoft.graph.remoteTenantGroup`.
    #[cfg(feature = "directoryObjects")]
    RemoteTenantGroup(RemoteTenantGroup),
    /// `microsoft.graph.resourceSpecificPermissionGrant`.
    #[cfg(any(feature = "groups", feature = "permissionGrants"))]
    ResourceSpecificPermissionGrant(ResourceSpecificPermissionGrant),
    /// `microsoft.graph.servicePrincipal`.
    #[cfg(feature = "servicePrincipals")]
    ServicePrincipal(ServicePrincipal),
    /// `microsoft.graph.agentIdentity`.
    #[cfg(feature = "servicePrincipals")]
    AgentIdentity(AgentIdentity),
    /// `microsoft.graph.agentIdentityBlueprintPrincipal`.
    #[cfg(feature = "servicePrincipals")]
    AgentIdentityBlueprintPrincipal(AgentIdentityBlueprintPrincipal),
    /// `microsoft.graph.user`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    User(User),
    /// `microsoft.graph.agentUser`.
    #[cfg(feature = "users")]
    AgentUser(AgentUser),
    /// `microsoft.graph.directoryObject` itself, or a type this build does not declare.
    #[graph(other)]
    Other(DirectoryObject),
}

/// The body of the action `checkMemberGroups`, bound to `directoryObject`.
#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct DirectoryObjectCheckMemberGroupsParameters {
    pub group_ids: Vec<String>,
}

/// The body of the action `checkMemberObjects`, bound to `directoryObject`.
#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct DirectoryObjectCheckMemberObjectsParameters {
    pub ids: Vec<String>,
}

/// The body of the action `getAvailableExtensionProperties`, bound to a collection of
/// `directoryObject`.
#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DirectoryObjectCollectionGetAvailableExtensionPropertiesParameters {
    pub is_synced_from_on_premises: Option<bool>,
}

/// The body of the action `getByIds`, bound to a collection of `directoryObject`.
#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct DirectoryObjectCollectionGetByIdsParameters {
    pub ids: Vec<String>,
    pub types: Option<Vec<String>>,
}

/// The body of the action `getMemberGroups`, bound to `directoryObject`.
#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DirectoryObjectGetMemberGroupsParameters {
    pub security_enabled_only: Option<bool>,
}

/// The body of the action `getMemberObjects`, bound to `directoryObject`.
#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DirectoryObjectGetMemberObjectsParameters {
    pub security_enabled_only: Option<bool>,
}

/// The body of the action `validateProperties`, bound to a collection of `directoryObject`.
#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct DirectoryObjectCollectionValidatePropertiesParameters {
    pub entity_type: Option<String>,
    pub display_name: Option<String>,
    pub mail_nickname: Option<String>,
    pub on_behalf_of_user_id: Option<edm::Guid>,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.entity", abstract)]
pub struct Entity {
    /// Not nullable.
    #[graph(key, non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "core")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.extensionProperty")]
pub struct ExtensionProperty {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub app_display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub data_type: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_multi_valued: Option<bool>,
    pub is_synced_from_on_premises: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub target_objects: Option<Vec<String>>,
}
