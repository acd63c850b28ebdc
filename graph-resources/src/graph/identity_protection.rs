//! The types of the area `identityProtection`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "identityProtection")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.activityType")]
pub enum ActivityType {
    Signin,
    User,
    UnknownFutureValue,
    ServicePrincipal,
}

#[cfg(feature = "identityProtection")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.riskDetectionTimingType")]
pub enum RiskDetectionTimingType {
    NotDefined,
    Realtime,
    NearRealtime,
    Offline,
    UnknownFutureValue,
}

#[cfg(feature = "identityProtection")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.tokenIssuerType")]
pub enum TokenIssuerType {
    #[graph(rename = "AzureAD")]
    AzureAD,
    #[graph(rename = "ADFederationServices")]
    ADFederationServices,
    #[graph(rename = "UnknownFutureValue")]
    UnknownFutureValue,
    #[graph(rename = "AzureADBackupAuth")]
    AzureADBackupAuth,
    #[graph(rename = "ADFederationServicesMFAAdapter")]
    ADFederationServicesMFAAdapter,
    #[graph(rename = "NPSExtension")]
    NPSExtension,
}

#[cfg(feature = "identityProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.riskServicePrincipalActivity")]
pub struct RiskServicePrincipalActivity {
    pub detail: Option<RiskDetail>,
    pub risk_event_types: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.riskUserActivity")]
pub struct RiskUserActivity {
    pub detail: Option<RiskDetail>,
    pub risk_event_types: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.identityProtectionRoot",
    keyless,
    singleton = "/identityProtection",
    contains(name = "riskDetections", target = RiskDetection),
    contains(name = "riskyServicePrincipals", target = RiskyServicePrincipal),
    contains(name = "riskyUsers", target = RiskyUser),
    contains(name = "servicePrincipalRiskDetections", target = ServicePrincipalRiskDetection)
)]
pub struct IdentityProtectionRoot {
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub risk_detections: Option<Vec<RiskDetection>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub risky_service_principals: Option<Vec<AnyRiskyServicePrincipal>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub risky_users: Option<Vec<AnyRiskyUser>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub service_principal_risk_detections: Option<Vec<ServicePrincipalRiskDetection>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.riskDetection",
    path = "/identityProtection/riskDetections"
)]
pub struct RiskDetection {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub activity: Option<ActivityType>,
    pub activity_date_time: Option<edm::DateTimeOffset>,
    pub additional_info: Option<String>,
    pub correlation_id: Option<String>,
    pub detected_date_time: Option<edm::DateTimeOffset>,
    pub detection_timing_type: Option<RiskDetectionTimingType>,
    pub ip_address: Option<String>,
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    pub location: Option<SignInLocation>,
    pub request_id: Option<String>,
    pub risk_detail: Option<RiskDetail>,
    pub risk_event_type: Option<String>,
    pub risk_level: Option<RiskLevel>,
    pub risk_state: Option<RiskState>,
    pub source: Option<String>,
    pub token_issuer_type: Option<TokenIssuerType>,
    pub user_display_name: Option<String>,
    pub user_id: Option<String>,
    pub user_principal_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "identityProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.riskyServicePrincipal",
    path = "/identityProtection/riskyServicePrincipals",
    contains(name = "history", target = RiskyServicePrincipalHistoryItem),
    action(
        name = "confirmCompromised",
        collection,
        parameters = RiskyServicePrincipalCollectionConfirmCompromisedParameters
    ),
    action(
        name = "dismiss",
        collection,
        parameters = RiskyServicePrincipalCollectionDismissParameters
    )
)]
pub struct RiskyServicePrincipal {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub app_id: Option<String>,
    pub display_name: Option<String>,
    pub is_enabled: Option<bool>,
    pub is_processing: Option<bool>,
    pub risk_detail: Option<RiskDetail>,
    pub risk_last_updated_date_time: Option<edm::DateTimeOffset>,
    pub risk_level: Option<RiskLevel>,
    pub risk_state: Option<RiskState>,
    pub service_principal_type: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub history: Option<Vec<RiskyServicePrincipalHistoryItem>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.riskyServicePrincipal`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `RiskyServicePrincipal`, keeping its `@odata.type` and properties.
#[cfg(feature = "identityProtection")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyRiskyServicePrincipal {
    /// `microsoft.graph.riskyServicePrincipalHistoryItem`.
    RiskyServicePrincipalHistoryItem(RiskyServicePrincipalHistoryItem),
    /// `microsoft.graph.riskyServicePrincipal` itself, or a type this build does not declare.
    #[graph(other)]
    Other(RiskyServicePrincipal),
}

/// The body of the action `confirmCompromised`, bound to a collection of `riskyServicePrincipal`.
#[cfg(feature = "identityProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct RiskyServicePrincipalCollectionConfirmCompromisedParameters {
    pub service_principal_ids: Option<Vec<String>>,
}

/// The body of the action `dismiss`, bound to a collection of `riskyServicePrincipal`.
#[cfg(feature = "identityProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct RiskyServicePrincipalCollectionDismissParameters {
    pub service_principal_ids: Option<Vec<String>>,
}

#[cfg(feature = "identityProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.riskyServicePrincipalHistoryItem")]
pub struct RiskyServicePrincipalHistoryItem {
    /// The inherited properties of `riskyServicePrincipal`.
    #[graph(base)]
    pub base: RiskyServicePrincipal,
    pub activity: Option<RiskServicePrincipalActivity>,
    pub initiated_by: Option<String>,
}

#[cfg(feature = "identityProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.riskyUser",
    path = "/identityProtection/riskyUsers",
    contains(name = "history", target = RiskyUserHistoryItem),
    action(
        name = "confirmCompromised",
        collection,
        parameters = RiskyUserCollectionConfirmCompromisedParameters
    ),
    action(name = "confirmSafe", collection, parameters = RiskyUserCollectionConfirmSafeParameters),
    action(name = "dismiss", collection, parameters = RiskyUserCollectionDismissParameters)
)]
pub struct RiskyUser {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub is_deleted: Option<bool>,
    pub is_processing: Option<bool>,
    pub risk_detail: Option<RiskDetail>,
    pub risk_last_updated_date_time: Option<edm::DateTimeOffset>,
    pub risk_level: Option<RiskLevel>,
    pub risk_state: Option<RiskState>,
    pub user_display_name: Option<String>,
    pub user_principal_name: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub history: Option<Vec<RiskyUserHistoryItem>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.riskyUser`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `RiskyUser`, keeping its `@odata.type` and properties.
#[cfg(feature = "identityProtection")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyRiskyUser {
    /// `microsoft.graph.riskyUserHistoryItem`.
    RiskyUserHistoryItem(RiskyUserHistoryItem),
    /// `microsoft.graph.riskyUser` itself, or a type this build does not declare.
    #[graph(other)]
    Other(RiskyUser),
}

/// The body of the action `confirmCompromised`, bound to a collection of `riskyUser`.
#[cfg(feature = "identityProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct RiskyUserCollectionConfirmCompromisedParameters {
    pub user_ids: Option<Vec<String>>,
}

/// The body of the action `confirmSafe`, bound to a collection of `riskyUser`.
#[cfg(feature = "identityProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct RiskyUserCollectionConfirmSafeParameters {
    pub user_ids: Option<Vec<String>>,
}

/// The body of the action `dismiss`, bound to a collection of `riskyUser`.
#[cfg(feature = "identityProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct RiskyUserCollectionDismissParameters {
    pub user_ids: Option<Vec<String>>,
}

#[cfg(feature = "identityProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.riskyUserHistoryItem")]
pub struct RiskyUserHistoryItem {
    /// The inherited properties of `riskyUser`.
    #[graph(base)]
    pub base: RiskyUser,
    pub activity: Option<RiskUserActivity>,
    pub initiated_by: Option<String>,
    pub user_id: Option<String>,
}

#[cfg(feature = "identityProtection")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.servicePrincipalRiskDetection",
    path = "/identityProtection/servicePrincipalRiskDetections"
)]
pub struct ServicePrincipalRiskDetection {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub activity: Option<ActivityType>,
    pub activity_date_time: Option<edm::DateTimeOffset>,
    pub additional_info: Option<String>,
    pub app_id: Option<String>,
    pub correlation_id: Option<String>,
    pub detected_date_time: Option<edm::DateTimeOffset>,
    pub detection_timing_type: Option<RiskDetectionTimingType>,
    pub ip_address: Option<String>,
    pub key_ids: Option<Vec<String>>,
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    pub location: Option<SignInLocation>,
    pub request_id: Option<String>,
    pub risk_detail: Option<RiskDetail>,
    pub risk_event_type: Option<String>,
    pub risk_level: Option<RiskLevel>,
    pub risk_state: Option<RiskState>,
    pub service_principal_display_name: Option<String>,
    pub service_principal_id: Option<String>,
    pub source: Option<String>,
    pub token_issuer_type: Option<TokenIssuerType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
