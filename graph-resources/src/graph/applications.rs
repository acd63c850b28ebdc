//! The types of the area `applications`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.attributeDefinitionMetadata")]
pub enum AttributeDefinitionMetadata {
    #[graph(rename = "BaseAttributeName")]
    BaseAttributeName,
    #[graph(rename = "ComplexObjectDefinition")]
    ComplexObjectDefinition,
    #[graph(rename = "IsContainer")]
    IsContainer,
    #[graph(rename = "IsCustomerDefined")]
    IsCustomerDefined,
    #[graph(rename = "IsDomainQualified")]
    IsDomainQualified,
    #[graph(rename = "LinkPropertyNames")]
    LinkPropertyNames,
    #[graph(rename = "LinkTypeName")]
    LinkTypeName,
    #[graph(rename = "MaximumLength")]
    MaximumLength,
    #[graph(rename = "ReferencedProperty")]
    ReferencedProperty,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.attributeFlowBehavior")]
pub enum AttributeFlowBehavior {
    #[graph(rename = "FlowWhenChanged")]
    FlowWhenChanged,
    #[graph(rename = "FlowAlways")]
    FlowAlways,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.attributeFlowType")]
pub enum AttributeFlowType {
    #[graph(rename = "Always")]
    Always,
    #[graph(rename = "ObjectAddOnly")]
    ObjectAddOnly,
    #[graph(rename = "MultiValueAddOnly")]
    MultiValueAddOnly,
    #[graph(rename = "ValueAddOnly")]
    ValueAddOnly,
    #[graph(rename = "AttributeAddOnly")]
    AttributeAddOnly,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.attributeMappingSourceType")]
pub enum AttributeMappingSourceType {
    #[graph(rename = "Attribute")]
    Attribute,
    #[graph(rename = "Constant")]
    Constant,
    #[graph(rename = "Function")]
    Function,
}

#[cfg(any(
    feature = "applications",
    feature = "filterOperators",
    feature = "functions"
))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.attributeType")]
pub enum AttributeType {
    #[graph(rename = "String")]
    String,
    #[graph(rename = "Integer")]
    Integer,
    #[graph(rename = "Reference")]
    Reference,
    #[graph(rename = "Binary")]
    Binary,
    #[graph(rename = "Boolean")]
    Boolean,
    #[graph(rename = "DateTime")]
    DateTime,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(
    odata_type = "microsoft.graph.directoryDefinitionDiscoverabilities",
    flags
)]
pub enum DirectoryDefinitionDiscoverabilities {
    #[graph(rename = "None")]
    None,
    #[graph(rename = "AttributeNames")]
    AttributeNames,
    #[graph(rename = "AttributeDataTypes")]
    AttributeDataTypes,
    #[graph(rename = "AttributeReadOnly")]
    AttributeReadOnly,
    #[graph(rename = "ReferenceAttributes")]
    ReferenceAttributes,
    #[graph(rename = "UnknownFutureValue")]
    UnknownFutureValue,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.mutability")]
pub enum Mutability {
    #[graph(rename = "ReadWrite")]
    ReadWrite,
    #[graph(rename = "ReadOnly")]
    ReadOnly,
    #[graph(rename = "Immutable")]
    Immutable,
    #[graph(rename = "WriteOnly")]
    WriteOnly,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.nativeAuthenticationApisEnabled", flags)]
pub enum NativeAuthenticationApisEnabled {
    None,
    All,
    UnknownFutureValue,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.objectDefinitionMetadata")]
pub enum ObjectDefinitionMetadata {
    #[graph(rename = "PropertyNameAccountEnabled")]
    PropertyNameAccountEnabled,
    #[graph(rename = "PropertyNameSoftDeleted")]
    PropertyNameSoftDeleted,
    #[graph(rename = "IsSoftDeletionSupported")]
    IsSoftDeletionSupported,
    #[graph(rename = "IsSynchronizeAllSupported")]
    IsSynchronizeAllSupported,
    #[graph(rename = "ConnectorDataStorageRequired")]
    ConnectorDataStorageRequired,
    #[graph(rename = "Extensions")]
    Extensions,
    #[graph(rename = "BaseObjectName")]
    BaseObjectName,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.objectFlowTypes", flags)]
pub enum ObjectFlowTypes {
    #[graph(rename = "None")]
    None,
    #[graph(rename = "Add")]
    Add,
    #[graph(rename = "Update")]
    Update,
    #[graph(rename = "Delete")]
    Delete,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.objectMappingMetadata")]
pub enum ObjectMappingMetadata {
    #[graph(rename = "EscrowBehavior")]
    EscrowBehavior,
    #[graph(rename = "DisableMonitoringForChanges")]
    DisableMonitoringForChanges,
    #[graph(rename = "OriginalJoiningProperty")]
    OriginalJoiningProperty,
    #[graph(rename = "Disposition")]
    Disposition,
    #[graph(rename = "IsCustomerDefined")]
    IsCustomerDefined,
    #[graph(rename = "ExcludeFromReporting")]
    ExcludeFromReporting,
    #[graph(rename = "Unsynchronized")]
    Unsynchronized,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.quarantineReason")]
pub enum QuarantineReason {
    #[graph(rename = "EncounteredBaseEscrowThreshold")]
    EncounteredBaseEscrowThreshold,
    #[graph(rename = "EncounteredTotalEscrowThreshold")]
    EncounteredTotalEscrowThreshold,
    #[graph(rename = "EncounteredEscrowProportionThreshold")]
    EncounteredEscrowProportionThreshold,
    #[graph(rename = "EncounteredQuarantineException")]
    EncounteredQuarantineException,
    #[graph(rename = "Unknown")]
    Unknown,
    #[graph(rename = "QuarantinedOnDemand")]
    QuarantinedOnDemand,
    #[graph(rename = "TooManyDeletes")]
    TooManyDeletes,
    #[graph(rename = "IngestionInterrupted")]
    IngestionInterrupted,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.scopeCollectionKind")]
pub enum ScopeCollectionKind {
    AllAllowed,
    Enumerated,
    None,
    ScopeKindNotSet,
    UnknownFutureValue,
}

#[cfg(any(feature = "applications", feature = "filterOperators"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.scopeOperatorMultiValuedComparisonType")]
pub enum ScopeOperatorMultiValuedComparisonType {
    #[graph(rename = "All")]
    All,
    #[graph(rename = "Any")]
    Any,
}

#[cfg(any(feature = "applications", feature = "filterOperators"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.scopeOperatorType")]
pub enum ScopeOperatorType {
    #[graph(rename = "Binary")]
    Binary,
    #[graph(rename = "Unary")]
    Unary,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.synchronizationJobRestartScope", flags)]
pub enum SynchronizationJobRestartScope {
    #[graph(rename = "None")]
    None,
    #[graph(rename = "ConnectorDataStore")]
    ConnectorDataStore,
    #[graph(rename = "Escrows")]
    Escrows,
    #[graph(rename = "Watermark")]
    Watermark,
    #[graph(rename = "QuarantineState")]
    QuarantineState,
    #[graph(rename = "Full")]
    Full,
    #[graph(rename = "ForceDeletes")]
    ForceDeletes,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.synchronizationMetadata")]
pub enum SynchronizationMetadata {
    #[graph(rename = "GalleryApplicationIdentifier")]
    GalleryApplicationIdentifier,
    #[graph(rename = "GalleryApplicationKey")]
    GalleryApplicationKey,
    #[graph(rename = "IsOAuthEnabled")]
    IsOAuthEnabled,
    #[graph(rename = "IsSynchronizationAgentAssignmentRequired")]
    IsSynchronizationAgentAssignmentRequired,
    #[graph(rename = "IsSynchronizationAgentRequired")]
    IsSynchronizationAgentRequired,
    #[graph(rename = "IsSynchronizationInPreview")]
    IsSynchronizationInPreview,
    #[graph(rename = "OAuthSettings")]
    OAuthSettings,
    #[graph(rename = "SynchronizationLearnMoreIbizaFwLink")]
    SynchronizationLearnMoreIbizaFwLink,
    #[graph(rename = "ConfigurationFields")]
    ConfigurationFields,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.synchronizationScheduleState")]
pub enum SynchronizationScheduleState {
    #[graph(rename = "Active")]
    Active,
    #[graph(rename = "Disabled")]
    Disabled,
    #[graph(rename = "Paused")]
    Paused,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.synchronizationSecret")]
pub enum SynchronizationSecret {
    #[graph(rename = "None")]
    None,
    #[graph(rename = "UserName")]
    UserName,
    #[graph(rename = "Password")]
    Password,
    #[graph(rename = "SecretToken")]
    SecretToken,
    #[graph(rename = "AppKey")]
    AppKey,
    #[graph(rename = "BaseAddress")]
    BaseAddress,
    #[graph(rename = "ClientIdentifier")]
    ClientIdentifier,
    #[graph(rename = "ClientSecret")]
    ClientSecret,
    #[graph(rename = "SingleSignOnType")]
    SingleSignOnType,
    #[graph(rename = "Sandbox")]
    Sandbox,
    #[graph(rename = "Url")]
    Url,
    #[graph(rename = "Domain")]
    Domain,
    #[graph(rename = "ConsumerKey")]
    ConsumerKey,
    #[graph(rename = "ConsumerSecret")]
    ConsumerSecret,
    #[graph(rename = "TokenKey")]
    TokenKey,
    #[graph(rename = "TokenExpiration")]
    TokenExpiration,
    #[graph(rename = "Oauth2AccessToken")]
    Oauth2AccessToken,
    #[graph(rename = "Oauth2AccessTokenCreationTime")]
    Oauth2AccessTokenCreationTime,
    #[graph(rename = "Oauth2RefreshToken")]
    Oauth2RefreshToken,
    #[graph(rename = "SyncAll")]
    SyncAll,
    #[graph(rename = "InstanceName")]
    InstanceName,
    #[graph(rename = "Oauth2ClientId")]
    Oauth2ClientId,
    #[graph(rename = "Oauth2ClientSecret")]
    Oauth2ClientSecret,
    #[graph(rename = "CompanyId")]
    CompanyId,
    #[graph(rename = "UpdateKeyOnSoftDelete")]
    UpdateKeyOnSoftDelete,
    #[graph(rename = "SynchronizationSchedule")]
    SynchronizationSchedule,
    #[graph(rename = "SystemOfRecord")]
    SystemOfRecord,
    #[graph(rename = "SandboxName")]
    SandboxName,
    #[graph(rename = "EnforceDomain")]
    EnforceDomain,
    #[graph(rename = "SyncNotificationSettings")]
    SyncNotificationSettings,
    #[graph(rename = "SkipOutOfScopeDeletions")]
    SkipOutOfScopeDeletions,
    #[graph(rename = "Oauth2AuthorizationCode")]
    Oauth2AuthorizationCode,
    #[graph(rename = "Oauth2RedirectUri")]
    Oauth2RedirectUri,
    #[graph(rename = "ApplicationTemplateIdentifier")]
    ApplicationTemplateIdentifier,
    #[graph(rename = "Oauth2TokenExchangeUri")]
    Oauth2TokenExchangeUri,
    #[graph(rename = "Oauth2AuthorizationUri")]
    Oauth2AuthorizationUri,
    #[graph(rename = "AuthenticationType")]
    AuthenticationType,
    #[graph(rename = "Server")]
    Server,
    #[graph(rename = "PerformInboundEntitlementGrants")]
    PerformInboundEntitlementGrants,
    #[graph(rename = "HardDeletesEnabled")]
    HardDeletesEnabled,
    #[graph(rename = "SyncAgentCompatibilityKey")]
    SyncAgentCompatibilityKey,
    #[graph(rename = "SyncAgentADContainer")]
    SyncAgentADContainer,
    #[graph(rename = "ValidateDomain")]
    ValidateDomain,
    #[graph(rename = "TestReferences")]
    TestReferences,
    #[graph(rename = "ConnectionString")]
    ConnectionString,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.synchronizationStatusCode")]
pub enum SynchronizationStatusCode {
    #[graph(rename = "NotConfigured")]
    NotConfigured,
    #[graph(rename = "NotRun")]
    NotRun,
    #[graph(rename = "Active")]
    Active,
    #[graph(rename = "Paused")]
    Paused,
    #[graph(rename = "Quarantine")]
    Quarantine,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.synchronizationTaskExecutionResult")]
pub enum SynchronizationTaskExecutionResult {
    #[graph(rename = "Succeeded")]
    Succeeded,
    #[graph(rename = "Failed")]
    Failed,
    #[graph(rename = "EntryLevelErrors")]
    EntryLevelErrors,
}

#[cfg(feature = "applications")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.weakAlgorithms", flags)]
pub enum WeakAlgorithms {
    RsaSha1,
    UnknownFutureValue,
}

#[cfg(any(feature = "applications", feature = "servicePrincipals"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.addIn")]
pub struct AddIn {
    pub id: Option<edm::Guid>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub properties: Option<Vec<KeyValue>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.allAllowedScopes", complex)]
pub struct AllAllowedScopes {
    /// The inherited properties of `inheritableScopes`.
    #[graph(base)]
    pub base: InheritableScopes,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.apiApplication")]
pub struct ApiApplication {
    pub accept_mapped_claims: Option<bool>,
    pub known_client_applications: Option<Vec<edm::Guid>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub oauth2_permission_scopes: Option<Vec<PermissionScope>>,
    pub pre_authorized_applications: Option<Vec<PreAuthorizedApplication>>,
    pub requested_access_token_version: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "applications", feature = "servicePrincipals"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.appRole")]
pub struct AppRole {
    /// Not nullable.
    #[graph(non_nullable)]
    pub allowed_member_types: Option<Vec<String>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub id: Option<edm::Guid>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    pub origin: Option<String>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attributeDefinition")]
pub struct AttributeDefinition {
    /// Not nullable.
    #[graph(non_nullable)]
    pub anchor: Option<bool>,
    pub api_expressions: Option<Vec<StringKeyStringValuePair>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub case_exact: Option<bool>,
    pub default_value: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub flow_null_values: Option<bool>,
    pub metadata: Option<Vec<AttributeDefinitionMetadataEntry>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub multivalued: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub mutability: Option<Mutability>,
    pub name: Option<String>,
    pub referenced_objects: Option<Vec<ReferencedObject>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub required: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<AttributeType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attributeDefinitionMetadataEntry")]
pub struct AttributeDefinitionMetadataEntry {
    pub key: Option<AttributeDefinitionMetadata>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attributeMapping")]
pub struct AttributeMapping {
    pub default_value: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub export_missing_references: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub flow_behavior: Option<AttributeFlowBehavior>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub flow_type: Option<AttributeFlowType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub matching_priority: Option<i32>,
    pub source: Option<AttributeMappingSource>,
    pub target_attribute_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "applications", feature = "functions"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attributeMappingParameterSchema")]
pub struct AttributeMappingParameterSchema {
    /// Not nullable.
    #[graph(non_nullable)]
    pub allow_multiple_occurrences: Option<bool>,
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub required: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<AttributeType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.attributeMappingSource")]
pub struct AttributeMappingSource {
    pub expression: Option<String>,
    pub name: Option<String>,
    pub parameters: Option<Vec<StringKeyAttributeMappingSourceValuePair>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<AttributeMappingSourceType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.authenticationBehaviors")]
pub struct AuthenticationBehaviors {
    #[graph(rename = "blockAzureADGraphAccess")]
    pub block_azure_ad_graph_access: Option<bool>,
    pub remove_unverified_email_claim: Option<bool>,
    pub require_client_service_principal: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.certification")]
pub struct Certification {
    #[graph(read_only)]
    pub certification_details_url: Option<String>,
    pub certification_expiration_date_time: Option<edm::DateTimeOffset>,
    #[graph(read_only)]
    pub is_certified_by_microsoft: Option<bool>,
    pub is_publisher_attested: Option<bool>,
    pub last_certification_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.containerFilter")]
pub struct ContainerFilter {
    pub included_containers: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.enumeratedScopes", complex)]
pub struct EnumeratedScopes {
    /// The inherited properties of `inheritableScopes`.
    #[graph(base)]
    pub base: InheritableScopes,
    /// Not nullable.
    #[graph(non_nullable)]
    pub scopes: Option<Vec<String>>,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.expressionInputObject")]
pub struct ExpressionInputObject {
    pub definition: Option<ObjectDefinition>,
    pub properties: Option<Vec<StringKeyObjectValuePair>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.filter")]
pub struct Filter {
    pub category_filter_groups: Option<Vec<FilterGroup>>,
    pub groups: Option<Vec<FilterGroup>>,
    pub input_filter_groups: Option<Vec<FilterGroup>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.filterClause")]
pub struct FilterClause {
    pub operator_name: Option<String>,
    pub source_operand_name: Option<String>,
    pub target_operand: Option<FilterOperand>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.filterGroup")]
pub struct FilterGroup {
    pub clauses: Option<Vec<FilterClause>>,
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.filterOperand")]
pub struct FilterOperand {
    pub values: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.groupFilter")]
pub struct GroupFilter {
    pub included_groups: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.implicitGrantSettings")]
pub struct ImplicitGrantSettings {
    pub enable_access_token_issuance: Option<bool>,
    pub enable_id_token_issuance: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "applications", feature = "servicePrincipals"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.informationalUrl")]
pub struct InformationalUrl {
    pub logo_url: Option<String>,
    pub marketing_url: Option<String>,
    pub privacy_statement_url: Option<String>,
    pub support_url: Option<String>,
    pub terms_of_service_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.inheritableScopes", abstract)]
pub struct InheritableScopes {
    /// Not nullable.
    #[graph(non_nullable)]
    pub kind: Option<ScopeCollectionKind>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.inheritableScopes`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `InheritableScopes`, keeping its `@odata.type` and properties.
#[cfg(feature = "applications")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyInheritableScopes {
    /// `microsoft.graph.allAllowedScopes`.
    AllAllowedScopes(AllAllowedScopes),
    /// `microsoft.graph.enumeratedScopes`.
    EnumeratedScopes(EnumeratedScopes),
    /// `microsoft.graph.noScopes`.
    NoScopes(NoScopes),
    /// `microsoft.graph.inheritableScopes` itself, or a type this build does not declare.
    #[graph(other)]
    Other(InheritableScopes),
}

#[cfg(any(feature = "applications", feature = "servicePrincipals"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.keyCredential")]
pub struct KeyCredential {
    pub custom_key_identifier: Option<edm::Binary>,
    pub display_name: Option<String>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub key: Option<edm::Binary>,
    pub key_id: Option<edm::Guid>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub r#type: Option<String>,
    pub usage: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.noScopes", complex)]
pub struct NoScopes {
    /// The inherited properties of `inheritableScopes`.
    #[graph(base)]
    pub base: InheritableScopes,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.objectDefinition")]
pub struct ObjectDefinition {
    pub attributes: Option<Vec<AttributeDefinition>>,
    pub metadata: Option<Vec<ObjectDefinitionMetadataEntry>>,
    pub name: Option<String>,
    pub supported_apis: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.objectDefinitionMetadataEntry")]
pub struct ObjectDefinitionMetadataEntry {
    pub key: Option<ObjectDefinitionMetadata>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.objectMapping")]
pub struct ObjectMapping {
    pub attribute_mappings: Option<Vec<AttributeMapping>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub flow_types: Option<Flags<ObjectFlowTypes>>,
    pub metadata: Option<Vec<ObjectMappingMetadataEntry>>,
    pub name: Option<String>,
    pub scope: Option<Filter>,
    pub source_object_name: Option<String>,
    pub target_object_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.objectMappingMetadataEntry")]
pub struct ObjectMappingMetadataEntry {
    pub key: Option<ObjectMappingMetadata>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.optionalClaim")]
pub struct OptionalClaim {
    pub additional_properties: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub essential: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    pub source: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.optionalClaims")]
pub struct OptionalClaims {
    pub access_token: Option<Vec<OptionalClaim>>,
    pub id_token: Option<Vec<OptionalClaim>>,
    pub saml2_token: Option<Vec<OptionalClaim>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.parentalControlSettings")]
pub struct ParentalControlSettings {
    pub countries_blocked_for_minors: Option<Vec<String>>,
    pub legal_age_group_rule: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.parseExpressionResponse")]
pub struct ParseExpressionResponse {
    pub error: Option<PublicError>,
    pub evaluation_result: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub evaluation_succeeded: Option<bool>,
    pub parsed_expression: Option<AttributeMappingSource>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub parsing_succeeded: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "applications", feature = "servicePrincipals"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.passwordCredential")]
pub struct PasswordCredential {
    pub custom_key_identifier: Option<edm::Binary>,
    pub display_name: Option<String>,
    pub end_date_time: Option<edm::DateTimeOffset>,
    pub hint: Option<String>,
    pub key_id: Option<edm::Guid>,
    pub secret_text: Option<String>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "applications", feature = "servicePrincipals"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.permissionScope")]
pub struct PermissionScope {
    pub admin_consent_description: Option<String>,
    pub admin_consent_display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub id: Option<edm::Guid>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    pub origin: Option<String>,
    pub r#type: Option<String>,
    pub user_consent_description: Option<String>,
    pub user_consent_display_name: Option<String>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.preAuthorizedApplication")]
pub struct PreAuthorizedApplication {
    pub app_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub delegated_permission_ids: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.publicClientApplication")]
pub struct PublicClientApplication {
    /// Not nullable.
    #[graph(non_nullable)]
    pub redirect_uris: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.redirectUriSettings")]
pub struct RedirectUriSettings {
    pub index: Option<i32>,
    pub uri: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.referencedObject")]
pub struct ReferencedObject {
    pub referenced_object_name: Option<String>,
    pub referenced_property: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.requestSignatureVerification")]
pub struct RequestSignatureVerification {
    pub allowed_weak_algorithms: Option<Flags<WeakAlgorithms>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_signed_request_required: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.requiredResourceAccess")]
pub struct RequiredResourceAccess {
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_access: Option<Vec<ResourceAccess>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_app_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resourceAccess")]
pub struct ResourceAccess {
    /// Not nullable.
    #[graph(non_nullable)]
    pub id: Option<edm::Guid>,
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.servicePrincipalLockConfiguration")]
pub struct ServicePrincipalLockConfiguration {
    pub all_properties: Option<bool>,
    pub credentials_with_usage_sign: Option<bool>,
    pub credentials_with_usage_verify: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    pub token_encryption_key_id: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.spaApplication")]
pub struct SpaApplication {
    /// Not nullable.
    #[graph(non_nullable)]
    pub redirect_uris: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.stringKeyAttributeMappingSourceValuePair")]
pub struct StringKeyAttributeMappingSourceValuePair {
    pub key: Option<String>,
    pub value: Option<AttributeMappingSource>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.stringKeyLongValuePair")]
pub struct StringKeyLongValuePair {
    pub key: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub value: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.stringKeyObjectValuePair")]
pub struct StringKeyObjectValuePair {
    pub key: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.stringKeyStringValuePair")]
pub struct StringKeyStringValuePair {
    pub key: Option<String>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.synchronizationError")]
pub struct SynchronizationError {
    pub code: Option<String>,
    pub message: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub tenant_actionable: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.synchronizationJobApplicationParameters")]
pub struct SynchronizationJobApplicationParameters {
    pub rule_id: Option<String>,
    pub subjects: Option<Vec<SynchronizationJobSubject>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.synchronizationJobRestartCriteria")]
pub struct SynchronizationJobRestartCriteria {
    pub reset_scope: Option<Flags<SynchronizationJobRestartScope>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.synchronizationJobSubject")]
pub struct SynchronizationJobSubject {
    pub links: Option<Box<SynchronizationLinkedObjects>>,
    pub object_id: Option<String>,
    pub object_type_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.synchronizationLinkedObjects")]
pub struct SynchronizationLinkedObjects {
    pub manager: Option<Box<SynchronizationJobSubject>>,
    pub members: Option<Vec<SynchronizationJobSubject>>,
    pub owners: Option<Vec<SynchronizationJobSubject>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.synchronizationMetadataEntry")]
pub struct SynchronizationMetadataEntry {
    pub key: Option<SynchronizationMetadata>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.synchronizationProgress")]
pub struct SynchronizationProgress {
    /// Not nullable.
    #[graph(non_nullable)]
    pub completed_units: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub progress_observation_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub total_units: Option<edm::Int64>,
    pub units: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.synchronizationQuarantine")]
pub struct SynchronizationQuarantine {
    /// Not nullable.
    #[graph(non_nullable)]
    pub current_began: Option<edm::DateTimeOffset>,
    pub error: Option<SynchronizationError>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub next_attempt: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub reason: Option<QuarantineReason>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub series_began: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub series_count: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.synchronizationRule")]
pub struct SynchronizationRule {
    pub container_filter: Option<ContainerFilter>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub editable: Option<bool>,
    pub group_filter: Option<GroupFilter>,
    pub id: Option<String>,
    pub metadata: Option<Vec<StringKeyStringValuePair>>,
    pub name: Option<String>,
    pub object_mappings: Option<Vec<ObjectMapping>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub priority: Option<i32>,
    pub source_directory_name: Option<String>,
    pub target_directory_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.synchronizationSchedule")]
pub struct SynchronizationSchedule {
    pub expiration: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub interval: Option<edm::Duration>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<SynchronizationScheduleState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.synchronizationSecretKeyStringValuePair")]
pub struct SynchronizationSecretKeyStringValuePair {
    /// Not nullable.
    #[graph(non_nullable)]
    pub key: Option<SynchronizationSecret>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.synchronizationStatus")]
pub struct SynchronizationStatus {
    /// Not nullable.
    #[graph(non_nullable)]
    pub code: Option<SynchronizationStatusCode>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub count_successive_complete_failures: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub escrows_pruned: Option<bool>,
    pub last_execution: Option<SynchronizationTaskExecution>,
    pub last_successful_execution: Option<SynchronizationTaskExecution>,
    pub last_successful_execution_with_exports: Option<SynchronizationTaskExecution>,
    pub progress: Option<Vec<SynchronizationProgress>>,
    pub quarantine: Option<SynchronizationQuarantine>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub steady_state_first_achieved_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub steady_state_last_achieved_time: Option<edm::DateTimeOffset>,
    pub synchronized_entry_count_by_type: Option<Vec<StringKeyLongValuePair>>,
    pub troubleshooting_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.synchronizationTaskExecution")]
pub struct SynchronizationTaskExecution {
    pub activity_identifier: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub count_entitled: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub count_entitled_for_provisioning: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub count_escrowed: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub count_escrowed_raw: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub count_exported: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub count_exports: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub count_imported: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub count_imported_deltas: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub count_imported_reference_deltas: Option<edm::Int64>,
    pub error: Option<SynchronizationError>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<SynchronizationTaskExecutionResult>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub time_began: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub time_ended: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "applications", feature = "servicePrincipals"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.verifiedPublisher")]
pub struct VerifiedPublisher {
    pub added_date_time: Option<edm::DateTimeOffset>,
    pub display_name: Option<String>,
    pub verified_publisher_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webApplication")]
pub struct WebApplication {
    pub home_page_url: Option<String>,
    pub implicit_grant_settings: Option<ImplicitGrantSettings>,
    pub logout_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub redirect_uris: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub redirect_uri_settings: Option<Vec<RedirectUriSettings>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.agentIdentityBlueprint",
    contains(name = "inheritablePermissions", target = InheritablePermission)
)]
pub struct AgentIdentityBlueprint {
    /// The inherited properties of `application`.
    #[graph(base)]
    pub base: Application,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub inheritable_permissions: Option<Vec<InheritablePermission>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sponsors: Option<Vec<AnyDirectoryObject>>,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.application",
    path = "/applications",
    contains(name = "extensionProperties", target = ExtensionProperty),
    contains(name = "federatedIdentityCredentials", target = FederatedIdentityCredential),
    contains(name = "synchronization", target = Synchronization, single),
    action(name = "addKey", parameters = ApplicationAddKeyParameters, returns = KeyCredential),
    action(
        name = "addPassword",
        parameters = ApplicationAddPasswordParameters,
        returns = PasswordCredential
    ),
    action(name = "removeKey", parameters = ApplicationRemoveKeyParameters),
    action(name = "removePassword", parameters = ApplicationRemovePasswordParameters),
    action(name = "setVerifiedPublisher", parameters = ApplicationSetVerifiedPublisherParameters),
    action = "unsetVerifiedPublisher",
    function(name = "delta", collection, returns = Page<DeltaItem<AnyApplication>>)
)]
pub struct Application {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    /// Not nullable.
    #[graph(non_nullable)]
    pub add_ins: Option<Vec<AddIn>>,
    pub api: Option<ApiApplication>,
    pub app_id: Option<String>,
    pub application_template_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub app_roles: Option<Vec<AppRole>>,
    pub authentication_behaviors: Option<AuthenticationBehaviors>,
    pub certification: Option<Certification>,
    pub created_by_app_id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub default_redirect_uri: Option<String>,
    pub description: Option<String>,
    pub disabled_by_microsoft_status: Option<String>,
    pub display_name: Option<String>,
    pub group_membership_claims: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub identifier_uris: Option<Vec<String>>,
    pub info: Option<InformationalUrl>,
    pub is_device_only_auth_supported: Option<bool>,
    pub is_disabled: Option<bool>,
    pub is_fallback_public_client: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub key_credentials: Option<Vec<KeyCredential>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub logo: Option<edm::Stream>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub manager_applications: Option<Vec<edm::Guid>>,
    pub native_authentication_apis_enabled: Option<Flags<NativeAuthenticationApisEnabled>>,
    pub notes: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub oauth2_require_post_response: Option<bool>,
    pub optional_claims: Option<OptionalClaims>,
    pub parental_control_settings: Option<ParentalControlSettings>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub password_credentials: Option<Vec<PasswordCredential>>,
    pub public_client: Option<PublicClientApplication>,
    pub publisher_domain: Option<String>,
    pub request_signature_verification: Option<RequestSignatureVerification>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub required_resource_access: Option<Vec<RequiredResourceAccess>>,
    pub saml_metadata_url: Option<String>,
    pub service_management_reference: Option<String>,
    pub service_principal_lock_configuration: Option<ServicePrincipalLockConfiguration>,
    pub sign_in_audience: Option<String>,
    pub spa: Option<SpaApplication>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub tags: Option<Vec<String>>,
    pub token_encryption_key_id: Option<edm::Guid>,
    pub unique_name: Option<String>,
    pub verified_publisher: Option<VerifiedPublisher>,
    pub web: Option<WebApplication>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `policies`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "policies")]
    #[graph(read_only)]
    pub app_management_policies: Option<Vec<AppManagementPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub created_on_behalf_of: Option<Box<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub extension_properties: Option<Vec<ExtensionProperty>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub federated_identity_credentials: Option<Vec<FederatedIdentityCredential>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `policies`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "policies")]
    #[graph(read_only)]
    pub home_realm_discovery_policies: Option<Vec<HomeRealmDiscoveryPolicy>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub owners: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub synchronization: Option<Synchronization>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `policies`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "policies")]
    #[graph(read_only)]
    pub token_issuance_policies: Option<Vec<TokenIssuancePolicy>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `policies`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "policies")]
    #[graph(read_only)]
    pub token_lifetime_policies: Option<Vec<TokenLifetimePolicy>>,
}

/// A `microsoft.graph.application`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `Application`, keeping its `@odata.type` and properties.
#[cfg(feature = "applications")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyApplication {
    /// `microsoft.graph.agentIdentityBlueprint`.
    AgentIdentityBlueprint(AgentIdentityBlueprint),
    /// `microsoft.graph.application` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Application),
}

/// The body of the action `addKey`, bound to `application`.
#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct ApplicationAddKeyParameters {
    pub key_credential: KeyCredential,
    pub password_credential: Option<PasswordCredential>,
    pub proof: String,
}

/// The body of the action `addPassword`, bound to `application`.
#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ApplicationAddPasswordParameters {
    pub password_credential: Option<PasswordCredential>,
}

/// The body of the action `removeKey`, bound to `application`.
#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ApplicationRemoveKeyParameters {
    pub key_id: edm::Guid,
    pub proof: String,
}

/// The body of the action `removePassword`, bound to `application`.
#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ApplicationRemovePasswordParameters {
    pub key_id: edm::Guid,
}

/// The body of the action `setVerifiedPublisher`, bound to `application`.
#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct ApplicationSetVerifiedPublisherParameters {
    pub verified_publisher_id: String,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.bulkUpload")]
pub struct BulkUpload {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.directoryDefinition",
    action(name = "discover", returns = DirectoryDefinition)
)]
pub struct DirectoryDefinition {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub discoverabilities: Option<Flags<DirectoryDefinitionDiscoverabilities>>,
    pub discovery_date_time: Option<edm::DateTimeOffset>,
    pub name: Option<String>,
    pub objects: Option<Vec<ObjectDefinition>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub read_only: Option<bool>,
    pub version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.federatedIdentityCredential"
)]
pub struct FederatedIdentityCredential {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub audiences: Option<Vec<String>>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub issuer: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    pub subject: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.inheritablePermission")]
pub struct InheritablePermission {
    pub inheritable_scopes: Option<AnyInheritableScopes>,
    /// Not nullable.
    #[graph(key, non_nullable)]
    pub resource_app_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.synchronization",
    contains(name = "jobs", target = SynchronizationJob),
    contains(name = "templates", target = SynchronizationTemplate),
    action(name = "acquireAccessToken", parameters = SynchronizationAcquireAccessTokenParameters)
)]
pub struct Synchronization {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub secrets: Option<Vec<SynchronizationSecretKeyStringValuePair>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub jobs: Option<Vec<SynchronizationJob>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub templates: Option<Vec<SynchronizationTemplate>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `acquireAccessToken`, bound to `synchronization`.
#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct SynchronizationAcquireAccessTokenParameters {
    pub credentials: Option<Vec<SynchronizationSecretKeyStringValuePair>>,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.synchronizationJob",
    contains(name = "bulkUpload", target = BulkUpload, single),
    contains(name = "schema", target = SynchronizationSchema, single),
    action = "pause",
    action(
        name = "provisionOnDemand",
        parameters = SynchronizationJobProvisionOnDemandParameters,
        returns = StringKeyStringValuePair
    ),
    action(name = "restart", parameters = SynchronizationJobRestartParameters),
    action = "start",
    action(
        name = "validateCredentials",
        collection,
        parameters = SynchronizationJobCollectionValidateCredentialsParameters
    ),
    action(
        name = "validateCredentials",
        parameters = SynchronizationJobValidateCredentialsParameters
    )
)]
pub struct SynchronizationJob {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub schedule: Option<SynchronizationSchedule>,
    pub status: Option<SynchronizationStatus>,
    pub synchronization_job_settings: Option<Vec<KeyValuePair>>,
    pub template_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub bulk_upload: Option<BulkUpload>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub schema: Option<SynchronizationSchema>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `provisionOnDemand`, bound to `synchronizationJob`.
#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct SynchronizationJobProvisionOnDemandParameters {
    pub parameters: Option<Vec<SynchronizationJobApplicationParameters>>,
}

/// The body of the action `restart`, bound to `synchronizationJob`.
#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct SynchronizationJobRestartParameters {
    pub criteria: Option<SynchronizationJobRestartCriteria>,
}

/// The body of the action `validateCredentials`, bound to a collection of `synchronizationJob`.
#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct SynchronizationJobCollectionValidateCredentialsParameters {
    pub application_identifier: Option<String>,
    pub template_id: Option<String>,
    pub use_saved_credentials: Option<bool>,
    pub credentials: Option<Vec<SynchronizationSecretKeyStringValuePair>>,
}

/// The body of the action `validateCredentials`, bound to `synchronizationJob`.
#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct SynchronizationJobValidateCredentialsParameters {
    pub application_identifier: Option<String>,
    pub template_id: Option<String>,
    pub use_saved_credentials: Option<bool>,
    pub credentials: Option<Vec<SynchronizationSecretKeyStringValuePair>>,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.synchronizationSchema",
    contains(name = "directories", target = DirectoryDefinition),
    action(
        name = "parseExpression",
        parameters = SynchronizationSchemaParseExpressionParameters,
        returns = ParseExpressionResponse
    ),
    function(name = "filterOperators", returns = Page<FilterOperatorSchema>),
    function(name = "functions", returns = Page<AttributeMappingFunctionSchema>)
)]
pub struct SynchronizationSchema {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub synchronization_rules: Option<Vec<SynchronizationRule>>,
    pub version: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub directories: Option<Vec<DirectoryDefinition>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `parseExpression`, bound to `synchronizationSchema`.
#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct SynchronizationSchemaParseExpressionParameters {
    pub expression: Option<String>,
    pub test_input_object: Option<ExpressionInputObject>,
    pub target_attribute_definition: Option<AttributeDefinition>,
}

#[cfg(feature = "applications")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.synchronizationTemplate",
    contains(name = "schema", target = SynchronizationSchema, single)
)]
pub struct SynchronizationTemplate {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub application_id: Option<edm::Guid>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub default: Option<bool>,
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub discoverable: Option<bool>,
    pub factory_tag: Option<String>,
    pub metadata: Option<Vec<SynchronizationMetadataEntry>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub schema: Option<SynchronizationSchema>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
