//! The types of the area `security`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.action")]
pub enum Action {
    Disable,
    Enable,
    ForcePasswordReset,
    RevokeAllSessions,
    RequireUserToSignInAgain,
    MarkUserAsCompromised,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.actionAfterRetentionPeriod")]
pub enum ActionAfterRetentionPeriod {
    None,
    Delete,
    StartDispositionReview,
    Relabel,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.additionalDataOptions", flags)]
pub enum AdditionalDataOptions {
    AllVersions,
    LinkedFiles,
    UnknownFutureValue,
    AdvancedIndexing,
    ListAttachments,
    HtmlTranscripts,
    MessageConversationExpansion,
    LocationsWithoutHits,
    AllItemsInFolder,
    CloudNativeHtmlConversion,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.additionalOptions", flags)]
pub enum AdditionalOptions {
    None,
    TeamsAndYammerConversations,
    CloudAttachments,
    AllDocumentVersions,
    SubfolderContents,
    ListAttachments,
    UnknownFutureValue,
    HtmlTranscripts,
    AdvancedIndexing,
    AllItemsInFolder,
    IncludeFolderAndPath,
    CondensePaths,
    FriendlyName,
    SplitSource,
    IncludeReport,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.aiAgentPlatform")]
pub enum AiAgentPlatform {
    Unknown,
    AzureAIFoundry,
    CopilotStudio,
    Copilot,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.alertClassification")]
pub enum AlertClassification {
    Unknown,
    FalsePositive,
    TruePositive,
    InformationalExpectedActivity,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.alertDetermination")]
pub enum AlertDetermination {
    Unknown,
    Apt,
    Malware,
    SecurityPersonnel,
    SecurityTesting,
    UnwantedSoftware,
    Other,
    MultiStagedAttack,
    CompromisedAccount,
    Phishing,
    MaliciousUserActivity,
    NotMalicious,
    NotEnoughDataToValidate,
    ConfirmedActivity,
    LineOfBusinessApplication,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.alertSeverity")]
pub enum AlertSeverity {
    Unknown,
    Informational,
    Low,
    Medium,
    High,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.alertStatus")]
pub enum AlertStatus {
    Unknown,
    New,
    InProgress,
    Resolved,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.antispamDirectionality")]
pub enum AntispamDirectionality {
    Unknown,
    Inbound,
    Outbound,
    IntraOrg,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.antispamTeamsDirection")]
pub enum AntispamTeamsDirection {
    Unknown,
    Inbound,
    Outbound,
    Intraorg,
    UnknownFutureValue,
}

/// Status of an audit log query.
#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.auditLogQueryStatus")]
pub enum AuditLogQueryStatus {
    NotStarted,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    UnknownFutureValue,
}

/// Specifies the type of audit log record.
#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.auditLogRecordType")]
pub enum AuditLogRecordType {
    #[graph(rename = "ExchangeAdmin")]
    ExchangeAdmin,
    #[graph(rename = "ExchangeItem")]
    ExchangeItem,
    #[graph(rename = "ExchangeItemGroup")]
    ExchangeItemGroup,
    #[graph(rename = "SharePoint")]
    SharePoint,
    #[graph(rename = "SyntheticProbe")]
    SyntheticProbe,
    #[graph(rename = "SharePointFileOperation")]
    SharePointFileOperation,
    #[graph(rename = "OneDrive")]
    OneDrive,
    #[graph(rename = "AzureActiveDirectory")]
    AzureActiveDirectory,
    #[graph(rename = "AzureActiveDirectoryAccountLogon")]
    AzureActiveDirectoryAccountLogon,
    #[graph(rename = "DataCenterSecurityCmdlet")]
    DataCenterSecurityCmdlet,
    #[graph(rename = "ComplianceDLPSharePoint")]
    ComplianceDLPSharePoint,
    #[graph(rename = "Sway")]
    Sway,
    #[graph(rename = "ComplianceDLPExchange")]
    ComplianceDLPExchange,
    #[graph(rename = "SharePointSharingOperation")]
    SharePointSharingOperation,
    #[graph(rename = "AzureActiveDirectoryStsLogon")]
    AzureActiveDirectoryStsLogon,
    #[graph(rename = "SkypeForBusinessPSTNUsage")]
    SkypeForBusinessPSTNUsage,
    #[graph(rename = "SkypeForBusinessUsersBlocked")]
    SkypeForBusinessUsersBlocked,
    #[graph(rename = "SecurityComplianceCenterEOPCmdlet")]
    SecurityComplianceCenterEOPCmdlet,
    #[graph(rename = "ExchangeAggregatedOperation")]
    ExchangeAggregatedOperation,
    #[graph(rename = "PowerBIAudit")]
    PowerBIAudit,
    #[graph(rename = "CRM")]
    CRM,
    #[graph(rename = "Yammer")]
    Yammer,
    #[graph(rename = "SkypeForBusinessCmdlets")]
    SkypeForBusinessCmdlets,
    #[graph(rename = "Discovery")]
    Discovery,
    #[graph(rename = "MicrosoftTeams")]
    MicrosoftTeams,
    #[graph(rename = "ThreatIntelligence")]
    ThreatIntelligence,
    #[graph(rename = "MailSubmission")]
    MailSubmission,
    #[graph(rename = "MicrosoftFlow")]
    MicrosoftFlow,
    #[graph(rename = "AeD")]
    AeD,
    #[graph(rename = "MicrosoftStream")]
    MicrosoftStream,
    #[graph(rename = "ComplianceDLPSharePointClassification")]
    ComplianceDLPSharePointClassification,
    #[graph(rename = "ThreatFinder")]
    ThreatFinder,
    #[graph(rename = "Project")]
    Project,
    #[graph(rename = "SharePointListOperation")]
    SharePointListOperation,
    #[graph(rename = "SharePointCommentOperation")]
    SharePointCommentOperation,
    #[graph(rename = "DataGovernance")]
    DataGovernance,
    #[graph(rename = "Kaizala")]
    Kaizala,
    #[graph(rename = "SecurityComplianceAlerts")]
    SecurityComplianceAlerts,
    #[graph(rename = "ThreatIntelligenceUrl")]
    ThreatIntelligenceUrl,
    #[graph(rename = "SecurityComplianceInsights")]
    SecurityComplianceInsights,
    #[graph(rename = "MIPLabel")]
    MIPLabel,
    #[graph(rename = "WorkplaceAnalytics")]
    WorkplaceAnalytics,
    #[graph(rename = "PowerAppsApp")]
    PowerAppsApp,
    #[graph(rename = "PowerAppsPlan")]
    PowerAppsPlan,
    #[graph(rename = "ThreatIntelligenceAtpContent")]
    ThreatIntelligenceAtpContent,
    #[graph(rename = "LabelContentExplorer")]
    LabelContentExplorer,
    #[graph(rename = "TeamsHealthcare")]
    TeamsHealthcare,
    #[graph(rename = "ExchangeItemAggregated")]
    ExchangeItemAggregated,
    #[graph(rename = "HygieneEvent")]
    HygieneEvent,
    #[graph(rename = "DataInsightsRestApiAudit")]
    DataInsightsRestApiAudit,
    #[graph(rename = "InformationBarrierPolicyApplication")]
    InformationBarrierPolicyApplication,
    #[graph(rename = "SharePointListItemOperation")]
    SharePointListItemOperation,
    #[graph(rename = "SharePointContentTypeOperation")]
    SharePointContentTypeOperation,
    #[graph(rename = "SharePointFieldOperation")]
    SharePointFieldOperation,
    #[graph(rename = "MicrosoftTeamsAdmin")]
    MicrosoftTeamsAdmin,
    #[graph(rename = "HRSignal")]
    HRSignal,
    #[graph(rename = "MicrosoftTeamsDevice")]
    MicrosoftTeamsDevice,
    #[graph(rename = "MicrosoftTeamsAnalytics")]
    MicrosoftTeamsAnalytics,
    #[graph(rename = "InformationWorkerProtection")]
    InformationWorkerProtection,
    #[graph(rename = "Campaign")]
    Campaign,
    #[graph(rename = "DLPEndpoint")]
    DLPEndpoint,
    #[graph(rename = "AirInvestigation")]
    AirInvestigation,
    #[graph(rename = "Quarantine")]
    Quarantine,
    #[graph(rename = "MicrosoftForms")]
    MicrosoftForms,
    #[graph(rename = "ApplicationAudit")]
    ApplicationAudit,
    #[graph(rename = "ComplianceSupervisionExchange")]
    ComplianceSupervisionExchange,
    #[graph(rename = "CustomerKeyServiceEncryption")]
    CustomerKeyServiceEncryption,
    #[graph(rename = "OfficeNative")]
    OfficeNative,
    #[graph(rename = "MipAutoLabelSharePointItem")]
    MipAutoLabelSharePointItem,
    #[graph(rename = "MipAutoLabelSharePointPolicyLocation")]
    MipAutoLabelSharePointPolicyLocation,
    #[graph(rename = "MicrosoftTeamsShifts")]
    MicrosoftTeamsShifts,
    #[graph(rename = "SecureScore")]
    SecureScore,
    #[graph(rename = "MipAutoLabelExchangeItem")]
    MipAutoLabelExchangeItem,
    #[graph(rename = "CortanaBriefing")]
    CortanaBriefing,
    #[graph(rename = "Search")]
    Search,
    #[graph(rename = "WDATPAlerts")]
    WDATPAlerts,
    #[graph(rename = "PowerPlatformAdminDlp")]
    PowerPlatformAdminDlp,
    #[graph(rename = "PowerPlatformAdminEnvironment")]
    PowerPlatformAdminEnvironment,
    #[graph(rename = "MDATPAudit")]
    MDATPAudit,
    #[graph(rename = "SensitivityLabelPolicyMatch")]
    SensitivityLabelPolicyMatch,
    #[graph(rename = "SensitivityLabelAction")]
    SensitivityLabelAction,
    #[graph(rename = "SensitivityLabeledFileAction")]
    SensitivityLabeledFileAction,
    #[graph(rename = "AttackSim")]
    AttackSim,
    #[graph(rename = "AirManualInvestigation")]
    AirManualInvestigation,
    #[graph(rename = "SecurityComplianceRBAC")]
    SecurityComplianceRBAC,
    #[graph(rename = "UserTraining")]
    UserTraining,
    #[graph(rename = "AirAdminActionInvestigation")]
    AirAdminActionInvestigation,
    #[graph(rename = "MSTIC")]
    MSTIC,
    #[graph(rename = "PhysicalBadgingSignal")]
    PhysicalBadgingSignal,
    #[graph(rename = "TeamsEasyApprovals")]
    TeamsEasyApprovals,
    #[graph(rename = "AipDiscover")]
    AipDiscover,
    #[graph(rename = "AipSensitivityLabelAction")]
    AipSensitivityLabelAction,
    #[graph(rename = "AipProtectionAction")]
    AipProtectionAction,
    #[graph(rename = "AipFileDeleted")]
    AipFileDeleted,
    #[graph(rename = "AipHeartBeat")]
    AipHeartBeat,
    #[graph(rename = "MCASAlerts")]
    MCASAlerts,
    #[graph(rename = "OnPremisesFileShareScannerDlp")]
    OnPremisesFileShareScannerDlp,
    #[graph(rename = "OnPremisesSharePointScannerDlp")]
    OnPremisesSharePointScannerDlp,
    #[graph(rename = "ExchangeSearch")]
    ExchangeSearch,
    #[graph(rename = "SharePointSearch")]
    SharePointSearch,
    #[graph(rename = "PrivacyDataMinimization")]
    PrivacyDataMinimization,
    #[graph(rename = "LabelAnalyticsAggregate")]
    LabelAnalyticsAggregate,
    #[graph(rename = "MyAnalyticsSettings")]
    MyAnalyticsSettings,
    #[graph(rename = "SecurityComplianceUserChange")]
    SecurityComplianceUserChange,
    #[graph(rename = "ComplianceDLPExchangeClassification")]
    ComplianceDLPExchangeClassification,
    #[graph(rename = "ComplianceDLPEndpoint")]
    ComplianceDLPEndpoint,
    #[graph(rename = "MipExactDataMatch")]
    MipExactDataMatch,
    #[graph(rename = "MSDEResponseActions")]
    MSDEResponseActions,
    #[graph(rename = "MSDEGeneralSettings")]
    MSDEGeneralSettings,
    #[graph(rename = "MSDEIndicatorsSettings")]
    MSDEIndicatorsSettings,
    #[graph(rename = "MS365DCustomDetection")]
    MS365DCustomDetection,
    #[graph(rename = "MSDERolesSettings")]
    MSDERolesSettings,
    #[graph(rename = "MAPGAlerts")]
    MAPGAlerts,
    #[graph(rename = "MAPGPolicy")]
    MAPGPolicy,
    #[graph(rename = "MAPGRemediation")]
    MAPGRemediation,
    #[graph(rename = "PrivacyRemediationAction")]
    PrivacyRemediationAction,
    #[graph(rename = "PrivacyDigestEmail")]
    PrivacyDigestEmail,
    #[graph(rename = "MipAutoLabelSimulationProgress")]
    MipAutoLabelSimulationProgress,
    #[graph(rename = "MipAutoLabelSimulationCompletion")]
    MipAutoLabelSimulationCompletion,
    #[graph(rename = "MipAutoLabelProgressFeedback")]
    MipAutoLabelProgressFeedback,
    #[graph(rename = "DlpSensitiveInformationType")]
    DlpSensitiveInformationType,
    #[graph(rename = "MipAutoLabelSimulationStatistics")]
    MipAutoLabelSimulationStatistics,
    #[graph(rename = "LargeContentMetadata")]
    LargeContentMetadata,
    #[graph(rename = "Microsoft365Group")]
    Microsoft365Group,
    #[graph(rename = "CDPMlInferencingResult")]
    CDPMlInferencingResult,
    #[graph(rename = "FilteringMailMetadata")]
    FilteringMailMetadata,
    #[graph(rename = "CDPClassificationMailItem")]
    CDPClassificationMailItem,
    #[graph(rename = "CDPClassificationDocument")]
    CDPClassificationDocument,
    #[graph(rename = "OfficeScriptsRunAction")]
    OfficeScriptsRunAction,
    #[graph(rename = "FilteringPostMailDeliveryAction")]
    FilteringPostMailDeliveryAction,
    #[graph(rename = "CDPUnifiedFeedback")]
    CDPUnifiedFeedback,
    #[graph(rename = "TenantAllowBlockList")]
    TenantAllowBlockList,
    #[graph(rename = "ConsumptionResource")]
    ConsumptionResource,
    #[graph(rename = "HealthcareSignal")]
    HealthcareSignal,
    #[graph(rename = "DlpImportResult")]
    DlpImportResult,
    #[graph(rename = "CDPCompliancePolicyExecution")]
    CDPCompliancePolicyExecution,
    #[graph(rename = "MultiStageDisposition")]
    MultiStageDisposition,
    #[graph(rename = "PrivacyDataMatch")]
    PrivacyDataMatch,
    #[graph(rename = "FilteringDocMetadata")]
    FilteringDocMetadata,
    #[graph(rename = "FilteringEmailFeatures")]
    FilteringEmailFeatures,
    #[graph(rename = "PowerBIDlp")]
    PowerBIDlp,
    #[graph(rename = "FilteringUrlInfo")]
    FilteringUrlInfo,
    #[graph(rename = "FilteringAttachmentInfo")]
    FilteringAttachmentInfo,
    #[graph(rename = "CoreReportingSettings")]
    CoreReportingSettings,
    #[graph(rename = "ComplianceConnector")]
    ComplianceConnector,
    #[graph(rename = "PowerPlatformLockboxResourceAccessRequest")]
    PowerPlatformLockboxResourceAccessRequest,
    #[graph(rename = "PowerPlatformLockboxResourceCommand")]
    PowerPlatformLockboxResourceCommand,
    #[graph(rename = "CDPPredictiveCodingLabel")]
    CDPPredictiveCodingLabel,
    #[graph(rename = "CDPCompliancePolicyUserFeedback")]
    CDPCompliancePolicyUserFeedback,
    #[graph(rename = "WebpageActivityEndpoint")]
    WebpageActivityEndpoint,
    #[graph(rename = "OMEPortal")]
    OMEPortal,
    #[graph(rename = "CMImprovementActionChange")]
    CMImprovementActionChange,
    #[graph(rename = "FilteringUrlClick")]
    FilteringUrlClick,
    #[graph(rename = "MipLabelAnalyticsAuditRecord")]
    MipLabelAnalyticsAuditRecord,
    #[graph(rename = "FilteringEntityEvent")]
    FilteringEntityEvent,
    #[graph(rename = "FilteringRuleHits")]
    FilteringRuleHits,
    #[graph(rename = "FilteringMailSubmission")]
    FilteringMailSubmission,
    #[graph(rename = "LabelExplorer")]
    LabelExplorer,
    #[graph(rename = "MicrosoftManagedServicePlatform")]
    MicrosoftManagedServicePlatform,
    #[graph(rename = "PowerPlatformServiceActivity")]
    PowerPlatformServiceActivity,
    #[graph(rename = "ScorePlatformGenericAuditRecord")]
    ScorePlatformGenericAuditRecord,
    #[graph(rename = "FilteringTimeTravelDocMetadata")]
    FilteringTimeTravelDocMetadata,
    #[graph(rename = "Alert")]
    Alert,
    #[graph(rename = "AlertStatus")]
    AlertStatus,
    #[graph(rename = "AlertIncident")]
    AlertIncident,
    #[graph(rename = "IncidentStatus")]
    IncidentStatus,
    #[graph(rename = "Case")]
    Case,
    #[graph(rename = "CaseInvestigation")]
    CaseInvestigation,
    #[graph(rename = "RecordsManagement")]
    RecordsManagement,
    #[graph(rename = "PrivacyRemediation")]
    PrivacyRemediation,
    #[graph(rename = "DataShareOperation")]
    DataShareOperation,
    #[graph(rename = "CdpDlpSensitive")]
    CdpDlpSensitive,
    #[graph(rename = "EHRConnector")]
    EHRConnector,
    #[graph(rename = "FilteringMailGradingResult")]
    FilteringMailGradingResult,
    #[graph(rename = "PublicFolder")]
    PublicFolder,
    #[graph(rename = "PrivacyTenantAuditHistoryRecord")]
    PrivacyTenantAuditHistoryRecord,
    #[graph(rename = "AipScannerDiscoverEvent")]
    AipScannerDiscoverEvent,
    #[graph(rename = "EduDataLakeDownloadOperation")]
    EduDataLakeDownloadOperation,
    #[graph(rename = "M365ComplianceConnector")]
    M365ComplianceConnector,
    #[graph(rename = "MicrosoftGraphDataConnectOperation")]
    MicrosoftGraphDataConnectOperation,
    #[graph(rename = "MicrosoftPurview")]
    MicrosoftPurview,
    #[graph(rename = "FilteringEmailContentFeatures")]
    FilteringEmailContentFeatures,
    #[graph(rename = "PowerPagesSite")]
    PowerPagesSite,
    #[graph(rename = "PowerAppsResource")]
    PowerAppsResource,
    #[graph(rename = "PlannerPlan")]
    PlannerPlan,
    #[graph(rename = "PlannerCopyPlan")]
    PlannerCopyPlan,
    #[graph(rename = "PlannerTask")]
    PlannerTask,
    #[graph(rename = "PlannerRoster")]
    PlannerRoster,
    #[graph(rename = "PlannerPlanList")]
    PlannerPlanList,
    #[graph(rename = "PlannerTaskList")]
    PlannerTaskList,
    #[graph(rename = "PlannerTenantSettings")]
    PlannerTenantSettings,
    #[graph(rename = "ProjectForTheWebProject")]
    ProjectForTheWebProject,
    #[graph(rename = "ProjectForTheWebTask")]
    ProjectForTheWebTask,
    #[graph(rename = "ProjectForTheWebRoadmap")]
    ProjectForTheWebRoadmap,
    #[graph(rename = "ProjectForTheWebRoadmapItem")]
    ProjectForTheWebRoadmapItem,
    #[graph(rename = "ProjectForTheWebProjectSettings")]
    ProjectForTheWebProjectSettings,
    #[graph(rename = "ProjectForTheWebRoadmapSettings")]
    ProjectForTheWebRoadmapSettings,
    #[graph(rename = "QuarantineMetadata")]
    QuarantineMetadata,
    #[graph(rename = "MicrosoftTodoAudit")]
    MicrosoftTodoAudit,
    #[graph(rename = "TimeTravelFilteringDocMetadata")]
    TimeTravelFilteringDocMetadata,
    #[graph(rename = "TeamsQuarantineMetadata")]
    TeamsQuarantineMetadata,
    #[graph(rename = "SharePointAppPermissionOperation")]
    SharePointAppPermissionOperation,
    #[graph(rename = "MicrosoftTeamsSensitivityLabelAction")]
    MicrosoftTeamsSensitivityLabelAction,
    #[graph(rename = "FilteringTeamsMetadata")]
    FilteringTeamsMetadata,
    #[graph(rename = "FilteringTeamsUrlInfo")]
    FilteringTeamsUrlInfo,
    #[graph(rename = "FilteringTeamsPostDeliveryAction")]
    FilteringTeamsPostDeliveryAction,
    #[graph(rename = "MDCAssessments")]
    MDCAssessments,
    #[graph(rename = "MDCRegulatoryComplianceStandards")]
    MDCRegulatoryComplianceStandards,
    #[graph(rename = "MDCRegulatoryComplianceControls")]
    MDCRegulatoryComplianceControls,
    #[graph(rename = "MDCRegulatoryComplianceAssessments")]
    MDCRegulatoryComplianceAssessments,
    #[graph(rename = "MDCSecurityConnectors")]
    MDCSecurityConnectors,
    #[graph(rename = "MDADataSecuritySignal")]
    MDADataSecuritySignal,
    #[graph(rename = "VivaGoals")]
    VivaGoals,
    #[graph(rename = "FilteringRuntimeInfo")]
    FilteringRuntimeInfo,
    #[graph(rename = "AttackSimAdmin")]
    AttackSimAdmin,
    #[graph(rename = "MicrosoftGraphDataConnectConsent")]
    MicrosoftGraphDataConnectConsent,
    #[graph(rename = "FilteringAtpDetonationInfo")]
    FilteringAtpDetonationInfo,
    #[graph(rename = "PrivacyPortal")]
    PrivacyPortal,
    #[graph(rename = "ManagedTenants")]
    ManagedTenants,
    #[graph(rename = "UnifiedSimulationMatchedItem")]
    UnifiedSimulationMatchedItem,
    #[graph(rename = "UnifiedSimulationSummary")]
    UnifiedSimulationSummary,
    #[graph(rename = "UpdateQuarantineMetadata")]
    UpdateQuarantineMetadata,
    #[graph(rename = "MS365DSuppressionRule")]
    MS365DSuppressionRule,
    #[graph(rename = "PurviewDataMapOperation")]
    PurviewDataMapOperation,
    #[graph(rename = "FilteringUrlPostClickAction")]
    FilteringUrlPostClickAction,
    #[graph(rename = "IrmUserDefinedDetectionSignal")]
    IrmUserDefinedDetectionSignal,
    #[graph(rename = "TeamsUpdates")]
    TeamsUpdates,
    #[graph(rename = "PlannerRosterSensitivityLabel")]
    PlannerRosterSensitivityLabel,
    #[graph(rename = "MS365DIncident")]
    MS365DIncident,
    #[graph(rename = "FilteringDelistingMetadata")]
    FilteringDelistingMetadata,
    #[graph(rename = "ComplianceDLPSharePointClassificationExtended")]
    ComplianceDLPSharePointClassificationExtended,
    #[graph(rename = "MicrosoftDefenderForIdentityAudit")]
    MicrosoftDefenderForIdentityAudit,
    #[graph(rename = "SupervisoryReviewDayXInsight")]
    SupervisoryReviewDayXInsight,
    #[graph(rename = "DefenderExpertsforXDRAdmin")]
    DefenderExpertsforXDRAdmin,
    #[graph(rename = "CDPEdgeBlockedMessage")]
    CDPEdgeBlockedMessage,
    #[graph(rename = "HostedRpa")]
    HostedRpa,
    #[graph(rename = "CdpContentExplorerAggregateRecord")]
    CdpContentExplorerAggregateRecord,
    #[graph(rename = "CDPHygieneAttachmentInfo")]
    CDPHygieneAttachmentInfo,
    #[graph(rename = "CDPHygieneSummary")]
    CDPHygieneSummary,
    #[graph(rename = "CDPPostMailDeliveryAction")]
    CDPPostMailDeliveryAction,
    #[graph(rename = "CDPEmailFeatures")]
    CDPEmailFeatures,
    #[graph(rename = "CDPHygieneUrlInfo")]
    CDPHygieneUrlInfo,
    #[graph(rename = "CDPUrlClick")]
    CDPUrlClick,
    #[graph(rename = "CDPPackageManagerHygieneEvent")]
    CDPPackageManagerHygieneEvent,
    #[graph(rename = "FilteringDocScan")]
    FilteringDocScan,
    #[graph(rename = "TimeTravelFilteringDocScan")]
    TimeTravelFilteringDocScan,
    #[graph(rename = "MAPGOnboard")]
    MAPGOnboard,
    #[graph(rename = "VfamCreatePolicy")]
    VfamCreatePolicy,
    #[graph(rename = "VfamUpdatePolicy")]
    VfamUpdatePolicy,
    #[graph(rename = "VfamDeletePolicy")]
    VfamDeletePolicy,
    #[graph(rename = "M365DAAD")]
    M365DAAD,
    #[graph(rename = "CdpColdCrawlStatus")]
    CdpColdCrawlStatus,
    #[graph(rename = "PowerPlatformAdministratorActivity")]
    PowerPlatformAdministratorActivity,
    #[graph(rename = "Windows365CustomerLockbox")]
    Windows365CustomerLockbox,
    #[graph(rename = "CdpResourceScopeChangeEvent")]
    CdpResourceScopeChangeEvent,
    #[graph(rename = "ComplianceCCExchangeExecutionResult")]
    ComplianceCCExchangeExecutionResult,
    #[graph(rename = "CdpOcrCostEstimatorRecord")]
    CdpOcrCostEstimatorRecord,
    #[graph(rename = "CopilotInteraction")]
    CopilotInteraction,
    #[graph(rename = "CdpOcrBillingRecord")]
    CdpOcrBillingRecord,
    #[graph(rename = "ComplianceDLPApplications")]
    ComplianceDLPApplications,
    #[graph(rename = "UAMOperation")]
    UAMOperation,
    #[graph(rename = "VivaLearning")]
    VivaLearning,
    #[graph(rename = "VivaLearningAdmin")]
    VivaLearningAdmin,
    #[graph(rename = "PurviewPolicyOperation")]
    PurviewPolicyOperation,
    #[graph(rename = "PurviewMetadataPolicyOperation")]
    PurviewMetadataPolicyOperation,
    #[graph(rename = "PeopleAdminSettings")]
    PeopleAdminSettings,
    #[graph(rename = "CdpComplianceDLPExchangeClassification")]
    CdpComplianceDLPExchangeClassification,
    #[graph(rename = "CdpComplianceDLPSharePointClassification")]
    CdpComplianceDLPSharePointClassification,
    #[graph(rename = "FilteringBulkSenderInsightData")]
    FilteringBulkSenderInsightData,
    #[graph(rename = "FilteringBulkThresholdInsightData")]
    FilteringBulkThresholdInsightData,
    #[graph(rename = "PrivacyOpenAccess")]
    PrivacyOpenAccess,
    #[graph(rename = "OWAAuth")]
    OWAAuth,
    #[graph(rename = "ComplianceDLPApplicationsClassification")]
    ComplianceDLPApplicationsClassification,
    #[graph(rename = "SharePointESignature")]
    SharePointESignature,
    #[graph(rename = "Dynamics365BusinessCentral")]
    Dynamics365BusinessCentral,
    #[graph(rename = "MeshWorlds")]
    MeshWorlds,
    #[graph(rename = "VivaPulseResponse")]
    VivaPulseResponse,
    #[graph(rename = "VivaPulseOrganizer")]
    VivaPulseOrganizer,
    #[graph(rename = "VivaPulseAdmin")]
    VivaPulseAdmin,
    #[graph(rename = "VivaPulseReport")]
    VivaPulseReport,
    #[graph(rename = "AIAppInteraction")]
    AIAppInteraction,
    #[graph(rename = "ComplianceDLMExchange")]
    ComplianceDLMExchange,
    #[graph(rename = "ComplianceDLMSharePoint")]
    ComplianceDLMSharePoint,
    #[graph(rename = "ProjectForTheWebAssignedToMeSettings")]
    ProjectForTheWebAssignedToMeSettings,
    #[graph(rename = "CPSOperation")]
    CPSOperation,
    #[graph(rename = "ComplianceDLPExchangeDiscovery")]
    ComplianceDLPExchangeDiscovery,
    #[graph(rename = "PurviewMCRecommendation")]
    PurviewMCRecommendation,
    #[graph(rename = "ComplianceDLPEndpointDiscovery")]
    ComplianceDLPEndpointDiscovery,
    #[graph(rename = "InsiderRiskScopedUserInsights")]
    InsiderRiskScopedUserInsights,
    #[graph(rename = "MicrosoftTeamsRetentionLabelAction")]
    MicrosoftTeamsRetentionLabelAction,
    #[graph(rename = "AadRiskDetection")]
    AadRiskDetection,
    #[graph(rename = "AuditSearch")]
    AuditSearch,
    #[graph(rename = "AuditRetentionPolicy")]
    AuditRetentionPolicy,
    #[graph(rename = "AuditConfig")]
    AuditConfig,
    #[graph(rename = "Microsoft365BackupBackupPolicy")]
    Microsoft365BackupBackupPolicy,
    #[graph(rename = "Microsoft365BackupRestoreTask")]
    Microsoft365BackupRestoreTask,
    #[graph(rename = "Microsoft365BackupRestoreItem")]
    Microsoft365BackupRestoreItem,
    #[graph(rename = "Microsoft365BackupBackupItem")]
    Microsoft365BackupBackupItem,
    #[graph(rename = "URBACAssignment")]
    URBACAssignment,
    #[graph(rename = "URBACRole")]
    URBACRole,
    #[graph(rename = "URBACEnableState")]
    URBACEnableState,
    #[graph(rename = "IRMSecurityAlert")]
    IRMSecurityAlert,
    #[graph(rename = "PurviewInsiderRiskCases")]
    PurviewInsiderRiskCases,
    #[graph(rename = "PurviewInsiderRiskAlerts")]
    PurviewInsiderRiskAlerts,
    #[graph(rename = "InsiderRiskScopedUsers")]
    InsiderRiskScopedUsers,
    #[graph(rename = "CdpConsumptionResource")]
    CdpConsumptionResource,
    #[graph(rename = "CreateCopilotPlugin")]
    CreateCopilotPlugin,
    #[graph(rename = "UpdateCopilotPlugin")]
    UpdateCopilotPlugin,
    #[graph(rename = "DeleteCopilotPlugin")]
    DeleteCopilotPlugin,
    #[graph(rename = "EnableCopilotPlugin")]
    EnableCopilotPlugin,
    #[graph(rename = "DisableCopilotPlugin")]
    DisableCopilotPlugin,
    #[graph(rename = "CreateCopilotWorkspace")]
    CreateCopilotWorkspace,
    #[graph(rename = "UpdateCopilotWorkspace")]
    UpdateCopilotWorkspace,
    #[graph(rename = "DeleteCopilotWorkspace")]
    DeleteCopilotWorkspace,
    #[graph(rename = "EnableCopilotWorkspace")]
    EnableCopilotWorkspace,
    #[graph(rename = "DisableCopilotWorkspace")]
    DisableCopilotWorkspace,
    #[graph(rename = "CreateCopilotPromptBook")]
    CreateCopilotPromptBook,
    #[graph(rename = "UpdateCopilotPromptBook")]
    UpdateCopilotPromptBook,
    #[graph(rename = "DeleteCopilotPromptBook")]
    DeleteCopilotPromptBook,
    #[graph(rename = "EnableCopilotPromptBook")]
    EnableCopilotPromptBook,
    #[graph(rename = "DisableCopilotPromptBook")]
    DisableCopilotPromptBook,
    #[graph(rename = "UpdateCopilotSettings")]
    UpdateCopilotSettings,
    #[graph(rename = "P4AIAssessmentRecord")]
    P4AIAssessmentRecord,
    #[graph(rename = "P4AIAssessmentLocationResultRecord")]
    P4AIAssessmentLocationResultRecord,
    #[graph(rename = "ConnectedAIAppInteraction")]
    ConnectedAIAppInteraction,
    #[graph(rename = "PrivaPrivacyConsentOperation")]
    PrivaPrivacyConsentOperation,
    #[graph(rename = "PrivaPrivacyAssessmentOperation")]
    PrivaPrivacyAssessmentOperation,
    #[graph(rename = "DataCatalogAccessRequests")]
    DataCatalogAccessRequests,
    #[graph(rename = "ComplianceSettingsChange")]
    ComplianceSettingsChange,
    #[graph(rename = "DataSecurityInvestigation")]
    DataSecurityInvestigation,
    #[graph(rename = "TeamCopilotInteraction")]
    TeamCopilotInteraction,
    #[graph(rename = "IRMActivityAuditTrail")]
    IRMActivityAuditTrail,
    #[graph(rename = "SharePointContentSecurityPolicy")]
    SharePointContentSecurityPolicy,
    #[graph(rename = "CloudUpdateProfileConfig")]
    CloudUpdateProfileConfig,
    #[graph(rename = "CloudUpdateTenantConfig")]
    CloudUpdateTenantConfig,
    #[graph(rename = "CloudUpdateDeviceConfig")]
    CloudUpdateDeviceConfig,
    #[graph(rename = "DefenderPreviewFeatures")]
    DefenderPreviewFeatures,
    #[graph(rename = "DeviceDiscoverySettingsExclusion")]
    DeviceDiscoverySettingsExclusion,
    #[graph(rename = "DeviceDiscoverySettingsAuthenticatedScans")]
    DeviceDiscoverySettingsAuthenticatedScans,
    #[graph(rename = "CriticalAssetManagementClassification")]
    CriticalAssetManagementClassification,
    #[graph(rename = "DeviceDiscoverySettings")]
    DeviceDiscoverySettings,
    #[graph(rename = "USXWorkspaceOnboarding")]
    USXWorkspaceOnboarding,
    #[graph(rename = "VivaGlintAdvancedConfiguration")]
    VivaGlintAdvancedConfiguration,
    #[graph(rename = "VivaGlintPulseProgram")]
    VivaGlintPulseProgram,
    #[graph(rename = "VivaGlintPulseProgramRespondentRate")]
    VivaGlintPulseProgramRespondentRate,
    #[graph(rename = "VivaGlintQuestion")]
    VivaGlintQuestion,
    #[graph(rename = "VivaGlintRole")]
    VivaGlintRole,
    #[graph(rename = "VivaGlintRubicon")]
    VivaGlintRubicon,
    #[graph(rename = "VivaGlintSupportAccess")]
    VivaGlintSupportAccess,
    #[graph(rename = "VivaGlintSystem")]
    VivaGlintSystem,
    #[graph(rename = "VivaGlintUser")]
    VivaGlintUser,
    #[graph(rename = "VivaGlintUserGroup")]
    VivaGlintUserGroup,
    #[graph(rename = "VivaGlintFeedbackProgram")]
    VivaGlintFeedbackProgram,
    #[graph(rename = "FabricAudit")]
    FabricAudit,
    #[graph(rename = "TrainableClassifier")]
    TrainableClassifier,
    #[graph(rename = "WebContentFiltering")]
    WebContentFiltering,
    #[graph(rename = "NoisyAlertPolicy")]
    NoisyAlertPolicy,
    #[graph(rename = "OnDemandSharePointClassification")]
    OnDemandSharePointClassification,
    #[graph(rename = "AIInteractionsExport")]
    AIInteractionsExport,
    #[graph(rename = "Microsoft365CopilotScheduledPrompt")]
    Microsoft365CopilotScheduledPrompt,
    #[graph(rename = "PlacesDirectory")]
    PlacesDirectory,
    #[graph(rename = "MDAAudit")]
    MDAAudit,
    #[graph(rename = "OpticalCharacterRecognition")]
    OpticalCharacterRecognition,
    #[graph(rename = "M365SearchSections")]
    M365SearchSections,
    #[graph(rename = "OfficeClientRestrictedModeAction")]
    OfficeClientRestrictedModeAction,
    #[graph(rename = "CrossTenantAccessPolicy")]
    CrossTenantAccessPolicy,
    #[graph(rename = "OutlookCopilotAutomation")]
    OutlookCopilotAutomation,
    #[graph(rename = "VivaEngageNetworkAssociation")]
    VivaEngageNetworkAssociation,
    #[graph(rename = "AppAdminActivity")]
    AppAdminActivity,
    #[graph(rename = "AppSettingsAdminActivity")]
    AppSettingsAdminActivity,
    #[graph(rename = "UniversalPrintPrintJob")]
    UniversalPrintPrintJob,
    #[graph(rename = "SentinelNotebookOnLake")]
    SentinelNotebookOnLake,
    #[graph(rename = "SentinelJob")]
    SentinelJob,
    #[graph(rename = "SentinelGraph")]
    SentinelGraph,
    #[graph(rename = "SentinelKQLOnLake")]
    SentinelKQLOnLake,
    #[graph(rename = "SentinelPackage")]
    SentinelPackage,
    #[graph(rename = "VivaAmplifyOutlookSensitivityLabel")]
    VivaAmplifyOutlookSensitivityLabel,
    #[graph(rename = "CopilotActions")]
    CopilotActions,
    #[graph(rename = "AIInteractionsSubscription")]
    AIInteractionsSubscription,
    #[graph(rename = "AIInteractionsChangeNotification")]
    AIInteractionsChangeNotification,
    #[graph(rename = "FilteringMailMetadataExtended")]
    FilteringMailMetadataExtended,
    #[graph(rename = "SentinelLakeOnboarding")]
    SentinelLakeOnboarding,
    #[graph(rename = "SentinelLakeDataOnboarding")]
    SentinelLakeDataOnboarding,
    #[graph(rename = "OfficeRestrictedModeAction")]
    OfficeRestrictedModeAction,
    #[graph(rename = "CopilotForSecurityTrigger")]
    CopilotForSecurityTrigger,
    #[graph(rename = "CopilotAgentManagement")]
    CopilotAgentManagement,
    #[graph(rename = "P4AIAssessmentFabricScannerRecord")]
    P4AIAssessmentFabricScannerRecord,
    #[graph(rename = "PlannerGoal")]
    PlannerGoal,
    #[graph(rename = "PlannerGoalList")]
    PlannerGoalList,
    #[graph(rename = "ThreatIntelligenceObject")]
    ThreatIntelligenceObject,
    #[graph(rename = "ThreatIntelligenceExport")]
    ThreatIntelligenceExport,
    #[graph(rename = "SubmissionAgenticGradingResult")]
    SubmissionAgenticGradingResult,
    #[graph(rename = "AgentAdminActivity")]
    AgentAdminActivity,
    #[graph(rename = "DeployFeatureActivity")]
    DeployFeatureActivity,
    #[graph(rename = "AgentSettingsAdminActivity")]
    AgentSettingsAdminActivity,
    #[graph(rename = "OrganizationalDataInM365")]
    OrganizationalDataInM365,
    #[graph(rename = "PlannerChatMessage")]
    PlannerChatMessage,
    #[graph(rename = "PlannerChatMessageList")]
    PlannerChatMessageList,
    #[graph(rename = "SentinelAITool")]
    SentinelAITool,
    #[graph(rename = "M365ODSPAssetMetadata")]
    M365ODSPAssetMetadata,
    #[graph(rename = "AIExecuteTool")]
    AIExecuteTool,
    #[graph(rename = "AIInvokeAgent")]
    AIInvokeAgent,
    #[graph(rename = "AIInferenceCall")]
    AIInferenceCall,
    #[graph(rename = "CdpClassifierHealthRecord")]
    CdpClassifierHealthRecord,
    #[graph(rename = "SensitiveInfoRemediationAgentData")]
    SensitiveInfoRemediationAgentData,
    #[graph(rename = "ComplianceDLPEnforcement")]
    ComplianceDLPEnforcement,
    #[graph(rename = "A365AIExecuteTool")]
    A365AIExecuteTool,
    #[graph(rename = "A365AIInvokeAgent")]
    A365AIInvokeAgent,
    #[graph(rename = "A365AIInferenceCall")]
    A365AIInferenceCall,
    #[graph(rename = "VivaEngageSegment")]
    VivaEngageSegment,
    #[graph(rename = "RTIOperationsAgent")]
    RTIOperationsAgent,
    #[graph(rename = "ContentStoreMetadata")]
    ContentStoreMetadata,
    #[graph(rename = "CCRAIPolicyViolation")]
    CCRAIPolicyViolation,
    #[graph(rename = "PlannerPlanSensitivityLabel")]
    PlannerPlanSensitivityLabel,
    #[graph(rename = "MosAgentInfoRecord")]
    MosAgentInfoRecord,
    #[graph(rename = "A365AIRunSummary")]
    A365AIRunSummary,
    #[graph(rename = "UnifiedCatalogConceptAction")]
    UnifiedCatalogConceptAction,
    #[graph(rename = "DefenderCaseManagement")]
    DefenderCaseManagement,
    #[graph(rename = "CopilotForSecurityLogging")]
    CopilotForSecurityLogging,
    #[graph(rename = "VivaEngageEvents")]
    VivaEngageEvents,
    #[graph(rename = "CallActivityEvent")]
    CallActivityEvent,
    #[graph(rename = "SonarDetonationContentMetadata")]
    SonarDetonationContentMetadata,
    #[graph(rename = "UniversalPrintManagement")]
    UniversalPrintManagement,
    #[graph(rename = "YammerUserHiding")]
    YammerUserHiding,
    #[graph(rename = "Microsoft365BackupGranularBrowseTask")]
    Microsoft365BackupGranularBrowseTask,
    #[graph(rename = "PurviewPostureAgent")]
    PurviewPostureAgent,
    #[graph(rename = "MSDECustomCollection")]
    MSDECustomCollection,
    #[graph(rename = "SCPUsageEvent")]
    SCPUsageEvent,
    #[graph(rename = "SCPConfigurationEvent")]
    SCPConfigurationEvent,
    #[graph(rename = "MDCConfigurationEvent")]
    MDCConfigurationEvent,
    #[graph(rename = "MDCUsageEvent")]
    MDCUsageEvent,
    #[graph(rename = "A365SpanOutputs")]
    A365SpanOutputs,
    #[graph(rename = "PowerPlatformTenantIsolation")]
    PowerPlatformTenantIsolation,
    #[graph(rename = "CDPDLMAIInteractionInsights")]
    CDPDLMAIInteractionInsights,
    #[graph(rename = "P4AIAssessmentCategoryRecord")]
    P4AIAssessmentCategoryRecord,
    #[graph(rename = "SentinelLakeEncryption")]
    SentinelLakeEncryption,
    #[graph(rename = "AZFWNetworkRule")]
    AZFWNetworkRule,
    #[graph(rename = "AZFWDnsQuery")]
    AZFWDnsQuery,
    #[graph(rename = "AZFWApplicationRuleAggregation")]
    AZFWApplicationRuleAggregation,
    #[graph(rename = "TeamsEvalDataHubDataAccess")]
    TeamsEvalDataHubDataAccess,
    #[graph(rename = "TeamsEvalDataHubPermissionChange")]
    TeamsEvalDataHubPermissionChange,
    #[graph(rename = "TeamsEvalDataHubAdminOperation")]
    TeamsEvalDataHubAdminOperation,
    #[graph(rename = "VivaGlintOrganizationalData")]
    VivaGlintOrganizationalData,
    #[graph(rename = "AlertSubmission")]
    AlertSubmission,
    #[graph(rename = "AlertSubmissionResultDetail")]
    AlertSubmissionResultDetail,
    #[graph(rename = "ComplianceSitGradingSharePoint")]
    ComplianceSitGradingSharePoint,
    #[graph(rename = "CompliancePolicyGradingSharePoint")]
    CompliancePolicyGradingSharePoint,
    #[graph(rename = "AzureAISearchAudit")]
    AzureAISearchAudit,
    #[graph(rename = "P4AIRiskScoreRecord")]
    P4AIRiskScoreRecord,
    #[graph(rename = "DragonCopilotAdmin")]
    DragonCopilotAdmin,
    #[graph(rename = "AISpanOutputs")]
    AISpanOutputs,
    #[graph(rename = "EopSubmissionFeedEntity")]
    EopSubmissionFeedEntity,
    #[graph(rename = "SonarFileDetonationEntity")]
    SonarFileDetonationEntity,
    #[graph(rename = "SonarSubmissionEntity")]
    SonarSubmissionEntity,
    #[graph(rename = "SonarUrlDetonationEntity")]
    SonarUrlDetonationEntity,
    #[graph(rename = "SubmissionEntity")]
    SubmissionEntity,
    #[graph(rename = "SonarDetonationEntity")]
    SonarDetonationEntity,
    #[graph(rename = "MicrosoftTeamsUserConcern")]
    MicrosoftTeamsUserConcern,
    #[graph(rename = "VivaGlintAgenticCampaign")]
    VivaGlintAgenticCampaign,
    #[graph(rename = "MSPVectorSearchContentMetadata")]
    MSPVectorSearchContentMetadata,
    #[graph(rename = "FabricPolicy")]
    FabricPolicy,
    #[graph(rename = "SecurityCopilotAgentIdentityManagement")]
    SecurityCopilotAgentIdentityManagement,
    #[graph(rename = "CopilotSessionSharing")]
    CopilotSessionSharing,
    #[graph(rename = "DragonCopilotAccess")]
    DragonCopilotAccess,
    #[graph(rename = "DragonCopilotClinicalData")]
    DragonCopilotClinicalData,
    #[graph(rename = "DragonCopilotSession")]
    DragonCopilotSession,
    #[graph(rename = "MosAgentInfoRecordV2")]
    MosAgentInfoRecordV2,
    #[graph(rename = "SecurityDevelopmentLifecycleAILog")]
    SecurityDevelopmentLifecycleAILog,
    #[graph(rename = "MDASH")]
    MDASH,
    #[graph(rename = "DefenderSecurityForAIConfiguration")]
    DefenderSecurityForAIConfiguration,
    #[graph(rename = "SparkCoreCustomLivePool")]
    SparkCoreCustomLivePool,
    UnknownFutureValue,
}

/// Type of user associated with an audit log record.
#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.auditLogUserType")]
pub enum AuditLogUserType {
    #[graph(rename = "Regular")]
    Regular,
    #[graph(rename = "Reserved")]
    Reserved,
    #[graph(rename = "Admin")]
    Admin,
    #[graph(rename = "DcAdmin")]
    DcAdmin,
    #[graph(rename = "System")]
    System,
    #[graph(rename = "Application")]
    Application,
    #[graph(rename = "ServicePrincipal")]
    ServicePrincipal,
    #[graph(rename = "CustomPolicy")]
    CustomPolicy,
    #[graph(rename = "SystemPolicy")]
    SystemPolicy,
    #[graph(rename = "PartnerTechnician")]
    PartnerTechnician,
    #[graph(rename = "Guest")]
    Guest,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.caseAction")]
pub enum CaseAction {
    ContentExport,
    ApplyTags,
    ConvertToPdf,
    Index,
    EstimateStatistics,
    AddToReviewSet,
    HoldUpdate,
    UnknownFutureValue,
    PurgeData,
    ExportReport,
    ExportResult,
    HoldPolicySync,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.caseOperationStatus")]
pub enum CaseOperationStatus {
    NotStarted,
    SubmissionFailed,
    Running,
    Succeeded,
    PartiallySucceeded,
    Failed,
    UnknownFutureValue,
}

#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.caseStatus")]
pub enum CaseStatus {
    Unknown,
    Active,
    PendingDelete,
    Closing,
    Closed,
    ClosedWithError,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.caseType")]
pub enum CaseType {
    Standard,
    Premium,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.childSelectability")]
pub enum ChildSelectability {
    #[graph(rename = "One")]
    One,
    #[graph(rename = "Many")]
    Many,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.cloudAttachmentVersion")]
pub enum CloudAttachmentVersion {
    Latest,
    Recent10,
    Recent100,
    All,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.containerPortProtocol")]
pub enum ContainerPortProtocol {
    Udp,
    Tcp,
    Sctp,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.contentFormat")]
pub enum ContentFormat {
    Text,
    Html,
    Markdown,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.correlationReason", flags)]
pub enum CorrelationReason {
    RepeatedAlertOccurrence,
    SameGeography,
    SimilarArtifacts,
    SameTargetedAsset,
    SameNetworkSegment,
    EventSequence,
    TimeFrame,
    SameThreatSource,
    SimilarTTPsOrBehavior,
    SameActor,
    SameCampaign,
    SharedIndicators,
    SameAsset,
    NetworkProximity,
    EventCasualSequence,
    TemporalProximity,
    LateralMovementPath,
    UnknownFutureValue,
}

#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.dataSourceContainerStatus")]
pub enum DataSourceContainerStatus {
    Active,
    Released,
    UnknownFutureValue,
}

#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.dataSourceHoldStatus")]
pub enum DataSourceHoldStatus {
    NotApplied,
    Applied,
    Applying,
    Removing,
    Partial,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.dataSourceScopes", flags)]
pub enum DataSourceScopes {
    None,
    AllTenantMailboxes,
    AllTenantSites,
    AllCaseCustodians,
    AllCaseNoncustodialDataSources,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.defaultRecordBehavior")]
pub enum DefaultRecordBehavior {
    StartLocked,
    StartUnlocked,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.defenderAvStatus")]
pub enum DefenderAvStatus {
    NotReporting,
    Disabled,
    NotUpdated,
    Updated,
    Unknown,
    NotSupported,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.deliveryAction")]
pub enum DeliveryAction {
    Unknown,
    DeliveredToJunk,
    Delivered,
    Blocked,
    Replaced,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.deliveryLocation")]
pub enum DeliveryLocation {
    Unknown,
    #[graph(rename = "inbox_folder")]
    InboxFolder,
    JunkFolder,
    DeletedFolder,
    Quarantine,
    #[graph(rename = "onprem_external")]
    OnpremExternal,
    Failed,
    Dropped,
    Others,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.deploymentStatus")]
pub enum DeploymentStatus {
    UpToDate,
    Outdated,
    Updating,
    UpdateFailed,
    NotConfigured,
    Unreachable,
    Disconnected,
    StartFailure,
    Syncing,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.detectionSource")]
pub enum DetectionSource {
    Unknown,
    MicrosoftDefenderForEndpoint,
    Antivirus,
    SmartScreen,
    CustomTi,
    MicrosoftDefenderForOffice365,
    AutomatedInvestigation,
    MicrosoftThreatExperts,
    CustomDetection,
    MicrosoftDefenderForIdentity,
    CloudAppSecurity,
    Microsoft365Defender,
    AzureAdIdentityProtection,
    Manual,
    MicrosoftDataLossPrevention,
    AppGovernancePolicy,
    AppGovernanceDetection,
    UnknownFutureValue,
    MicrosoftDefenderForCloud,
    MicrosoftDefenderForIoT,
    MicrosoftDefenderForServers,
    MicrosoftDefenderForStorage,
    MicrosoftDefenderForDNS,
    MicrosoftDefenderForDatabases,
    MicrosoftDefenderForContainers,
    MicrosoftDefenderForNetwork,
    MicrosoftDefenderForAppService,
    MicrosoftDefenderForKeyVault,
    MicrosoftDefenderForResourceManager,
    MicrosoftDefenderForApiManagement,
    NrtAlerts,
    ScheduledAlerts,
    MicrosoftDefenderThreatIntelligenceAnalytics,
    BuiltInMl,
    MicrosoftInsiderRiskManagement,
    MicrosoftThreatIntelligence,
    MicrosoftDefenderForAIServices,
    SecurityCopilot,
    MicrosoftSentinel,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.detectionStatus")]
pub enum DetectionStatus {
    Detected,
    Blocked,
    Prevented,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.deviceHealthStatus")]
pub enum DeviceHealthStatus {
    Active,
    Inactive,
    ImpairedCommunication,
    NoSensorData,
    NoSensorDataImpairedCommunication,
    Unknown,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.deviceRiskScore")]
pub enum DeviceRiskScore {
    None,
    Informational,
    Low,
    Medium,
    High,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.documentVersion")]
pub enum DocumentVersion {
    Latest,
    Recent10,
    Recent100,
    All,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.eventPropagationStatus")]
pub enum EventPropagationStatus {
    None,
    InProcessing,
    Failed,
    Success,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.eventSource")]
pub enum EventSource {
    System,
    Admin,
    User,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.eventStatusType")]
pub enum EventStatusType {
    Pending,
    Error,
    Success,
    NotAvaliable,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.evidenceRemediationStatus")]
pub enum EvidenceRemediationStatus {
    None,
    Remediated,
    Prevented,
    Blocked,
    NotFound,
    UnknownFutureValue,
    Active,
    PendingApproval,
    Declined,
    Unremediated,
    Running,
    PartiallyRemediated,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.evidenceRole")]
pub enum EvidenceRole {
    Unknown,
    Contextual,
    Scanned,
    Source,
    Destination,
    Created,
    Added,
    Compromised,
    Edited,
    Attacked,
    Attacker,
    CommandAndControl,
    Loaded,
    Suspicious,
    PolicyViolator,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.evidenceVerdict")]
pub enum EvidenceVerdict {
    Unknown,
    Suspicious,
    Malicious,
    NoThreatsFound,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.exportCriteria", flags)]
pub enum ExportCriteria {
    SearchHits,
    PartiallyIndexed,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.exportFileStructure")]
pub enum ExportFileStructure {
    None,
    Directory,
    Pst,
    UnknownFutureValue,
    Msg,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.exportFormat")]
pub enum ExportFormat {
    Pst,
    Msg,
    Eml,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.exportLocation", flags)]
pub enum ExportLocation {
    ResponsiveLocations,
    NonresponsiveLocations,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.exportOptions", flags)]
pub enum ExportOptions {
    OriginalFiles,
    Text,
    PdfReplacement,
    Tags,
    UnknownFutureValue,
    SplitSource,
    IncludeFolderAndPath,
    FriendlyName,
    CondensePaths,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.fileHashAlgorithm")]
pub enum FileHashAlgorithm {
    Unknown,
    Md5,
    Sha1,
    Sha256,
    Sha256ac,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.googleCloudLocationType")]
pub enum GoogleCloudLocationType {
    Unknown,
    Regional,
    Zonal,
    Global,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.healthIssueSeverity")]
pub enum HealthIssueSeverity {
    Low,
    Medium,
    High,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.healthIssueStatus")]
pub enum HealthIssueStatus {
    Open,
    Closed,
    Suppressed,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.healthIssueType")]
pub enum HealthIssueType {
    Sensor,
    Global,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.hostPortProtocol")]
pub enum HostPortProtocol {
    Tcp,
    Udp,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.hostPortStatus")]
pub enum HostPortStatus {
    Open,
    Filtered,
    Closed,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.hostReputationClassification")]
pub enum HostReputationClassification {
    Unknown,
    Neutral,
    Suspicious,
    Malicious,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.hostReputationRuleSeverity")]
pub enum HostReputationRuleSeverity {
    Unknown,
    Low,
    Medium,
    High,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.identityProvider")]
pub enum IdentityProvider {
    EntraID,
    ActiveDirectory,
    Okta,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.incidentStatus")]
pub enum IncidentStatus {
    Active,
    Resolved,
    InProgress,
    Redirected,
    UnknownFutureValue,
    AwaitingAction,
}

#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.indicatorSource")]
pub enum IndicatorSource {
    Microsoft,
    Osint,
    Public,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.intelligenceProfileKind")]
pub enum IntelligenceProfileKind {
    Actor,
    Tool,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.investigationState")]
pub enum InvestigationState {
    Unknown,
    Terminated,
    SuccessfullyRemediated,
    Benign,
    Failed,
    PartiallyRemediated,
    Running,
    PendingApproval,
    PendingResource,
    Queued,
    InnerFailure,
    PreexistingAlert,
    UnsupportedOs,
    UnsupportedAlertType,
    SuppressedAlert,
    PartiallyInvestigated,
    TerminatedByUser,
    TerminatedBySystem,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.ioTDeviceImportanceType")]
pub enum IoTDeviceImportanceType {
    Unknown,
    Low,
    Normal,
    High,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.itemsToInclude", flags)]
pub enum ItemsToInclude {
    SearchHits,
    PartiallyIndexed,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.kubernetesPlatform")]
pub enum KubernetesPlatform {
    Unknown,
    Aks,
    Eks,
    Gke,
    Arc,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.kubernetesServiceType")]
pub enum KubernetesServiceType {
    Unknown,
    ClusterIP,
    ExternalName,
    NodePort,
    LoadBalancer,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.mailboxConfigurationType")]
pub enum MailboxConfigurationType {
    MailForwardingRule,
    OwaSettings,
    EwsSettings,
    MailDelegation,
    UserInboxRule,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.onboardingStatus")]
pub enum OnboardingStatus {
    InsufficientInfo,
    Onboarded,
    CanBeOnboarded,
    Unsupported,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.protocolType")]
pub enum ProtocolType {
    Tcp,
    Udp,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.purgeAreas", flags)]
pub enum PurgeAreas {
    Mailboxes,
    TeamsMessages,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.purgeType")]
pub enum PurgeType {
    Recoverable,
    UnknownFutureValue,
    PermanentlyDelete,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.queryType")]
pub enum QueryType {
    Files,
    Messages,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.recipientType", flags)]
pub enum RecipientType {
    User,
    RoleGroup,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.remediationAction")]
pub enum RemediationAction {
    MoveToJunk,
    MoveToInbox,
    HardDelete,
    SoftDelete,
    MoveToDeletedItems,
    UnknownFutureValue,
    MoveToQuarantine,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.remediationSeverity")]
pub enum RemediationSeverity {
    Low,
    Medium,
    High,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.retentionTrigger")]
pub enum RetentionTrigger {
    DateLabeled,
    DateCreated,
    DateModified,
    DateOfEvent,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.reviewSetSettings", flags)]
pub enum ReviewSetSettings {
    None,
    DisableGrouping,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.sensorCandidateActivationMode")]
pub enum SensorCandidateActivationMode {
    Manual,
    Automated,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.sensorHealthStatus")]
pub enum SensorHealthStatus {
    Healthy,
    NotHealthyLow,
    NotHealthyMedium,
    NotHealthyHigh,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.sensorType")]
pub enum SensorType {
    AdConnectIntegrated,
    AdcsIntegrated,
    AdfsIntegrated,
    DomainControllerIntegrated,
    DomainControllerStandalone,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.servicePrincipalType")]
pub enum ServicePrincipalType {
    Unknown,
    Application,
    ManagedIdentity,
    Legacy,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.serviceSource")]
pub enum ServiceSource {
    Unknown,
    MicrosoftDefenderForEndpoint,
    MicrosoftDefenderForIdentity,
    MicrosoftDefenderForCloudApps,
    MicrosoftDefenderForOffice365,
    Microsoft365Defender,
    AzureAdIdentityProtection,
    MicrosoftAppGovernance,
    DataLossPrevention,
    UnknownFutureValue,
    MicrosoftDefenderForCloud,
    MicrosoftSentinel,
    MicrosoftInsiderRiskManagement,
    MicrosoftThreatIntelligence,
    MicrosoftSecurityForAI,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.serviceStatus")]
pub enum ServiceStatus {
    Stopped,
    Starting,
    Running,
    Disabled,
    Onboarding,
    Unknown,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.sourceType", flags)]
pub enum SourceType {
    Mailbox,
    Site,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.statisticsOptions", flags)]
pub enum StatisticsOptions {
    IncludeRefiners,
    IncludeQueryStats,
    IncludeUnindexedStats,
    AdvancedIndexing,
    LocationsWithoutHits,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.teamsDeliveryLocation")]
pub enum TeamsDeliveryLocation {
    Unknown,
    Teams,
    Quarantine,
    Failed,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.teamsMessageDeliveryAction")]
pub enum TeamsMessageDeliveryAction {
    Unknown,
    DeliveredAsSpam,
    Delivered,
    Blocked,
    Replaced,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.threatType")]
pub enum ThreatType {
    Unknown,
    Spam,
    Malware,
    Phish,
    None,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.timelineEventType")]
pub enum TimelineEventType {
    OriginalDelivery,
    SystemTimeTravel,
    DynamicDelivery,
    UserUrlClick,
    Reprocessed,
    Zap,
    QuarantineRelease,
    Air,
    Unknown,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.verdictCategory")]
pub enum VerdictCategory {
    None,
    Malware,
    Phish,
    SiteUnavailable,
    Spam,
    DecryptionFailed,
    UnsupportedUriScheme,
    UnsupportedFileType,
    Undefined,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.vmCloudProvider")]
pub enum VmCloudProvider {
    Unknown,
    Azure,
    UnknownFutureValue,
}

#[cfg(feature = "security")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.vulnerabilitySeverity")]
pub enum VulnerabilitySeverity {
    None,
    Low,
    Medium,
    High,
    Critical,
    UnknownFutureValue,
}

/// Audit data for A365 AI Execute Tool events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.a365AiExecuteTool", complex)]
pub struct A365AiExecuteTool {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for A365 AI Inference Call events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.a365AiInferenceCall", complex)]
pub struct A365AiInferenceCall {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for A365 AI Invoke Agent events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.a365AiInvokeAgent", complex)]
pub struct A365AiInvokeAgent {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for A365 AI Run Summary events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.a365AiRunSummary", complex)]
pub struct A365AiRunSummary {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for A365 Span Outputs events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.a365SpanOutputs", complex)]
pub struct A365SpanOutputs {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AAD Risk Detection events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.aadRiskDetectionAuditRecord",
    complex
)]
pub struct AadRiskDetectionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.account")]
pub struct Account {
    /// Not nullable.
    #[graph(non_nullable)]
    pub actions: Option<Vec<Action>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub identifier: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub identity_provider: Option<IdentityProvider>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.activeDirectoryDomainEvidence",
    complex
)]
pub struct ActiveDirectoryDomainEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub active_directory_domain_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub trusted_domains: Option<Vec<ActiveDirectoryDomainEvidence>>,
}

/// Audit data for Advanced eDiscovery events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.aedAuditRecord", complex)]
pub struct AedAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Agent Admin Activity events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.agentAdminActivityRecord",
    complex
)]
pub struct AgentAdminActivityRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Agent Setting Admin Activity events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.agentSettingAdminActivity",
    complex
)]
pub struct AgentSettingAdminActivity {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.aiAgentEvidence", complex)]
pub struct AiAgentEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub agent_id: Option<String>,
    pub agent_name: Option<String>,
    pub hosting_platform_type: Option<AiAgentPlatform>,
    pub instructions: Option<String>,
}

/// Audit data for AI App Interaction events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.aiAppInteractionAuditRecord",
    complex
)]
pub struct AiAppInteractionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AI Execute Tool events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.aiExecuteToolAuditRecord",
    complex
)]
pub struct AiExecuteToolAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AI Interactions Change Notification events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.aiInteractionsChangeNotificationAuditRecord",
    complex
)]
pub struct AiInteractionsChangeNotificationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AI Interactions Export events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.aiInteractionsExportAuditRecord",
    complex
)]
pub struct AiInteractionsExportAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AI Interactions Subscription events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.aiInteractionsSubscriptionAuditRecord",
    complex
)]
pub struct AiInteractionsSubscriptionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AI Invoke Agent events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.aiInvokeAgentAuditRecord",
    complex
)]
pub struct AiInvokeAgentAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AIP Discover events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.aipDiscover", complex)]
pub struct AipDiscover {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AIP File Deleted events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.aipFileDeleted", complex)]
pub struct AipFileDeleted {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AIP Heart Beat events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.aipHeartBeat", complex)]
pub struct AipHeartBeat {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AIP Protection Action log request events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.aipProtectionActionLogRequest",
    complex
)]
pub struct AipProtectionActionLogRequest {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AIP Scanner Discover Event events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.aipScannerDiscoverEvent",
    complex
)]
pub struct AipScannerDiscoverEvent {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AIP Sensitivity Label Action log request events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.aipSensitivityLabelActionLogRequest",
    complex
)]
pub struct AipSensitivityLabelActionLogRequest {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AIR Admin Action Investigation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.airAdminActionInvestigationData",
    complex
)]
pub struct AirAdminActionInvestigationData {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AIR Investigation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.airInvestigationData", complex)]
pub struct AirInvestigationData {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AIR Manual Investigation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.airManualInvestigationData",
    complex
)]
pub struct AirManualInvestigationData {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for AI Span Outputs events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.aISpanOutputsAuditRecord",
    complex
)]
pub struct AISpanOutputsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.alertComment")]
pub struct AlertComment {
    pub comment: Option<String>,
    pub created_by_display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.alertEvidence")]
pub struct AlertEvidence {
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub detailed_roles: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub remediation_status: Option<EvidenceRemediationStatus>,
    pub remediation_status_details: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub roles: Option<Vec<EvidenceRole>>,
    pub tags: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub verdict: Option<EvidenceVerdict>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.security.alertEvidence`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `AlertEvidence`, keeping its `@odata.type` and properties.
#[cfg(feature = "security")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyAlertEvidence {
    /// `microsoft.graph.security.activeDirectoryDomainEvidence`.
    ActiveDirectoryDomainEvidence(ActiveDirectoryDomainEvidence),
    /// `microsoft.graph.security.aiAgentEvidence`.
    AiAgentEvidence(AiAgentEvidence),
    /// `microsoft.graph.security.amazonResourceEvidence`.
    AmazonResourceEvidence(AmazonResourceEvidence),
    /// `microsoft.graph.security.analyzedMessageEvidence`.
    AnalyzedMessageEvidence(AnalyzedMessageEvidence),
    /// `microsoft.graph.security.azureResourceEvidence`.
    AzureResourceEvidence(AzureResourceEvidence),
    /// `microsoft.graph.security.blobContainerEvidence`.
    BlobContainerEvidence(BlobContainerEvidence),
    /// `microsoft.graph.security.blobEvidence`.
    BlobEvidence(BlobEvidence),
    /// `microsoft.graph.security.cloudApplicationEvidence`.
    CloudApplicationEvidence(CloudApplicationEvidence),
    /// `microsoft.graph.security.cloudLogonRequestEvidence`.
    CloudLogonRequestEvidence(CloudLogonRequestEvidence),
    /// `microsoft.graph.security.cloudLogonSessionEvidence`.
    CloudLogonSessionEvidence(CloudLogonSessionEvidence),
    /// `microsoft.graph.security.containerEvidence`.
    ContainerEvidence(ContainerEvidence),
    /// `microsoft.graph.security.containerImageEvidence`.
    ContainerImageEvidence(ContainerImageEvidence),
    /// `microsoft.graph.security.containerRegistryEvidence`.
    ContainerRegistryEvidence(ContainerRegistryEvidence),
    /// `microsoft.graph.security.deviceEvidence`.
    DeviceEvidence(DeviceEvidence),
    /// `microsoft.graph.security.dnsEvidence`.
    DnsEvidence(DnsEvidence),
    /// `microsoft.graph.security.fileEvidence`.
    FileEvidence(FileEvidence),
    /// `microsoft.graph.security.fileHashEvidence`.
    FileHashEvidence(FileHashEvidence),
    /// `microsoft.graph.security.gitHubOrganizationEvidence`.
    GitHubOrganizationEvidence(GitHubOrganizationEvidence),
    /// `microsoft.graph.security.gitHubRepoEvidence`.
    GitHubRepoEvidence(GitHubRepoEvidence),
    /// `microsoft.graph.security.gitHubUserEvidence`.
    GitHubUserEvidence(GitHubUserEvidence),
    /// `microsoft.graph.security.googleCloudResourceEvidence`.
    GoogleCloudResourceEvidence(GoogleCloudResourceEvidence),
    /// `microsoft.graph.security.hostLogonSessionEvidence`.
    HostLogonSessionEvidence(HostLogonSessionEvidence),
    /// `microsoft.graph.security.ioTDeviceEvidence`.
    IoTDeviceEvidence(IoTDeviceEvidence),
    /// `microsoft.graph.security.ipEvidence`.
    IpEvidence(IpEvidence),
    /// `microsoft.graph.security.kubernetesClusterEvidence`.
    KubernetesClusterEvidence(KubernetesClusterEvidence),
    /// `microsoft.graph.security.kubernetesControllerEvidence`.
    KubernetesControllerEvidence(KubernetesControllerEvidence),
    /// `microsoft.graph.security.kubernetesNamespaceEvidence`.
    KubernetesNamespaceEvidence(KubernetesNamespaceEvidence),
    /// `microsoft.graph.security.kubernetesPodEvidence`.
    KubernetesPodEvidence(KubernetesPodEvidence),
    /// `microsoft.graph.security.kubernetesSecretEvidence`.
    KubernetesSecretEvidence(KubernetesSecretEvidence),
    /// `microsoft.graph.security.kubernetesServiceAccountEvidence`.
    KubernetesServiceAccountEvidence(KubernetesServiceAccountEvidence),
    /// `microsoft.graph.security.kubernetesServiceEvidence`.
    KubernetesServiceEvidence(KubernetesServiceEvidence),
    /// `microsoft.graph.security.mailboxConfigurationEvidence`.
    MailboxConfigurationEvidence(MailboxConfigurationEvidence),
    /// `microsoft.graph.security.mailboxEvidence`.
    MailboxEvidence(MailboxEvidence),
    /// `microsoft.graph.security.mailClusterEvidence`.
    MailClusterEvidence(MailClusterEvidence),
    /// `microsoft.graph.security.malwareEvidence`.
    MalwareEvidence(MalwareEvidence),
    /// `microsoft.graph.security.networkConnectionEvidence`.
    NetworkConnectionEvidence(NetworkConnectionEvidence),
    /// `microsoft.graph.security.nicEvidence`.
    NicEvidence(NicEvidence),
    /// `microsoft.graph.security.oauthApplicationEvidence`.
    OauthApplicationEvidence(OauthApplicationEvidence),
    /// `microsoft.graph.security.processEvidence`.
    ProcessEvidence(ProcessEvidence),
    /// `microsoft.graph.security.registryKeyEvidence`.
    RegistryKeyEvidence(RegistryKeyEvidence),
    /// `microsoft.graph.security.registryValueEvidence`.
    RegistryValueEvidence(RegistryValueEvidence),
    /// `microsoft.graph.security.sasTokenEvidence`.
    SasTokenEvidence(SasTokenEvidence),
    /// `microsoft.graph.security.securityGroupEvidence`.
    SecurityGroupEvidence(SecurityGroupEvidence),
    /// `microsoft.graph.security.servicePrincipalEvidence`.
    ServicePrincipalEvidence(ServicePrincipalEvidence),
    /// `microsoft.graph.security.submissionMailEvidence`.
    SubmissionMailEvidence(SubmissionMailEvidence),
    /// `microsoft.graph.security.teamsMessageEvidence`.
    TeamsMessageEvidence(TeamsMessageEvidence),
    /// `microsoft.graph.security.urlEvidence`.
    UrlEvidence(UrlEvidence),
    /// `microsoft.graph.security.userEvidence`.
    UserEvidence(UserEvidence),
    /// `microsoft.graph.security.alertEvidence` itself, or a type this build does not declare.
    #[graph(other)]
    Other(AlertEvidence),
}

/// Audit data for Alert Submission events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.alertSubmissionAuditRecord",
    complex
)]
pub struct AlertSubmissionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Alert Submission Result Detail events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.alertSubmissionResultDetailAuditRecord",
    complex
)]
pub struct AlertSubmissionResultDetailAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.amazonResourceEvidence",
    complex
)]
pub struct AmazonResourceEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub amazon_account_id: Option<String>,
    pub amazon_resource_id: Option<String>,
    pub resource_name: Option<String>,
    pub resource_type: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.analyzedEmailAttachment")]
pub struct AnalyzedEmailAttachment {
    pub detonation_details: Option<DetonationDetails>,
    pub file_extension: Option<String>,
    pub file_name: Option<String>,
    pub file_size: Option<i32>,
    pub file_type: Option<String>,
    pub malware_family: Option<String>,
    pub sha256: Option<String>,
    pub tenant_allow_block_list_detail_info: Option<String>,
    pub threat_type: Option<ThreatType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.analyzedEmailAuthenticationDetail")]
pub struct AnalyzedEmailAuthenticationDetail {
    pub composite_authentication: Option<String>,
    pub dkim: Option<String>,
    pub dmarc: Option<String>,
    pub sender_policy_framework: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.analyzedEmailDeliveryDetail")]
pub struct AnalyzedEmailDeliveryDetail {
    pub action: Option<DeliveryAction>,
    pub latest_threats: Option<String>,
    pub location: Option<DeliveryLocation>,
    pub original_threats: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.analyzedEmailDlpRuleInfo")]
pub struct AnalyzedEmailDlpRuleInfo {
    pub name: Option<String>,
    pub rule_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.analyzedEmailExchangeTransportRuleInfo")]
pub struct AnalyzedEmailExchangeTransportRuleInfo {
    pub name: Option<String>,
    pub rule_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.analyzedEmailRecipientDetail")]
pub struct AnalyzedEmailRecipientDetail {
    pub cc_recipients: Option<Vec<String>>,
    pub domain_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.analyzedEmailSenderDetail")]
pub struct AnalyzedEmailSenderDetail {
    pub display_name: Option<String>,
    pub domain_creation_date_time: Option<edm::DateTimeOffset>,
    pub domain_name: Option<String>,
    pub domain_owner: Option<String>,
    pub from_address: Option<String>,
    pub ipv4: Option<String>,
    pub location: Option<String>,
    pub mail_from_address: Option<String>,
    pub mail_from_domain_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.analyzedEmailUrl")]
pub struct AnalyzedEmailUrl {
    pub detection_method: Option<String>,
    pub detonation_details: Option<DetonationDetails>,
    pub tenant_allow_block_list_detail_info: Option<String>,
    pub threat_type: Option<ThreatType>,
    pub url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.analyzedMessageEvidence",
    complex
)]
pub struct AnalyzedMessageEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub anti_spam_direction: Option<String>,
    pub attachments_count: Option<edm::Int64>,
    pub delivery_action: Option<String>,
    pub delivery_location: Option<String>,
    pub internet_message_id: Option<String>,
    pub language: Option<String>,
    pub network_message_id: Option<String>,
    pub p1_sender: Option<EmailSender>,
    pub p2_sender: Option<EmailSender>,
    pub received_date_time: Option<edm::DateTimeOffset>,
    pub recipient_email_address: Option<String>,
    pub sender_ip: Option<String>,
    pub subject: Option<String>,
    pub threat_detection_methods: Option<Vec<String>>,
    pub threats: Option<Vec<String>>,
    pub url_count: Option<edm::Int64>,
    pub urls: Option<Vec<String>>,
    pub urn: Option<String>,
}

/// Audit data for Attack Sim Admin events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.attackSimAdminAuditRecord",
    complex
)]
pub struct AttackSimAdminAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Attack Sim events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.attackSimAuditRecord", complex)]
pub struct AttackSimAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Audit Config events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.auditConfigAuditRecord",
    complex
)]
pub struct AuditConfigAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Abstract base type for audit event data.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.auditData", abstract)]
pub struct AuditData {
    pub dynamic_properties: Option<AuditRecordTypeDictionary>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A dictionary of name-value pairs for dynamic audit event properties.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.auditRecordTypeDictionary")]
pub struct AuditRecordTypeDictionary {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Audit Search events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.auditSearchAuditRecord",
    complex
)]
pub struct AuditSearchAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.autonomousSystem")]
pub struct AutonomousSystem {
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub number: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub organization: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Azfw Application Rule Aggregation Event events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.azfwApplicationRuleAggregationEventRecord",
    complex
)]
pub struct AzfwApplicationRuleAggregationEventRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Azfw Dns Query Event events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.azfwDnsQueryEventRecord",
    complex
)]
pub struct AzfwDnsQueryEventRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Azfw Network Rule Event events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.azfwNetworkRuleEventRecord",
    complex
)]
pub struct AzfwNetworkRuleEventRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Azure Active Directory Account Logon events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.azureActiveDirectoryAccountLogonAuditRecord",
    complex
)]
pub struct AzureActiveDirectoryAccountLogonAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Azure Active Directory events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.azureActiveDirectoryAuditRecord",
    complex
)]
pub struct AzureActiveDirectoryAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Azure Active Directory STS Logon events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.azureActiveDirectoryStsLogonAuditRecord",
    complex
)]
pub struct AzureActiveDirectoryStsLogonAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Azure AI Search Audit events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.azureAISearchAuditRecord",
    complex
)]
pub struct AzureAISearchAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.azureResourceEvidence", complex)]
pub struct AzureResourceEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub resource_id: Option<String>,
    pub resource_name: Option<String>,
    pub resource_type: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.blobContainerEvidence", complex)]
pub struct BlobContainerEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub name: Option<String>,
    pub storage_resource: Option<AzureResourceEvidence>,
    pub url: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.blobEvidence", complex)]
pub struct BlobEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub blob_container: Option<BlobContainerEvidence>,
    pub etag: Option<String>,
    pub file_hashes: Option<Vec<FileHash>>,
    pub name: Option<String>,
    pub url: Option<String>,
}

/// Audit data for threat campaign events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.campaignAuditRecord", complex)]
pub struct CampaignAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for CCRAI Policy Violation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.ccraiPolicyViolationRecord",
    complex
)]
pub struct CcraiPolicyViolationRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for CDP Classifier Health events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.cdpClassifierHealthRecord",
    complex
)]
pub struct CdpClassifierHealthRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for CDP Cold Crawl Status events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.cdpColdCrawlStatusRecord",
    complex
)]
pub struct CdpColdCrawlStatusRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for CDP Consumption Resource events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.cdpConsumptionResourceRecord",
    complex
)]
pub struct CdpConsumptionResourceRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for CDP Content Explorer Aggregate events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.cdpContentExplorerAggregateRecord",
    complex
)]
pub struct CdpContentExplorerAggregateRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Cdpdlmai Interaction Insights events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.cdpdlmaiInteractionInsightsRecord",
    complex
)]
pub struct CdpdlmaiInteractionInsightsRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for CDP DLP Sensitive Endpoint events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.cdpDlpSensitiveEndpointAuditRecord",
    complex
)]
pub struct CdpDlpSensitiveEndpointAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for CDP Log events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.cdpLogRecord", complex)]
pub struct CdpLogRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for CDP OCR Billing events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.cdpOcrBillingRecord", complex)]
pub struct CdpOcrBillingRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for CDP Resource Scope Change Event events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.cdpResourceScopeChangeEventRecord",
    complex
)]
pub struct CdpResourceScopeChangeEventRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.cloudApplicationEvidence",
    complex
)]
pub struct CloudApplicationEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub app_id: Option<edm::Int64>,
    pub display_name: Option<String>,
    pub instance_id: Option<edm::Int64>,
    pub instance_name: Option<String>,
    pub saas_app_id: Option<edm::Int64>,
    pub stream: Option<Stream>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.cloudLogonRequestEvidence",
    complex
)]
pub struct CloudLogonRequestEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub request_id: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.cloudLogonSessionEvidence",
    complex
)]
pub struct CloudLogonSessionEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub account: Option<UserEvidence>,
    pub browser: Option<String>,
    pub device_name: Option<String>,
    pub operating_system: Option<String>,
    pub previous_logon_date_time: Option<edm::DateTimeOffset>,
    pub protocol: Option<String>,
    pub session_id: Option<String>,
    pub start_utc_date_time: Option<edm::DateTimeOffset>,
    pub user_agent: Option<String>,
}

/// Audit data for Cloud Update Device Config events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.cloudUpdateDeviceConfigAuditRecord",
    complex
)]
pub struct CloudUpdateDeviceConfigAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Cloud Update Profile Config events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.cloudUpdateProfileConfigAuditRecord",
    complex
)]
pub struct CloudUpdateProfileConfigAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Cloud Update Tenant Config events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.cloudUpdateTenantConfigAuditRecord",
    complex
)]
pub struct CloudUpdateTenantConfigAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance Connector events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceConnectorAuditRecord",
    complex
)]
pub struct ComplianceConnectorAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance DLM Exchange events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceDLMExchangeAuditRecord",
    complex
)]
pub struct ComplianceDLMExchangeAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance DLM SharePoint events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceDLMSharePointAuditRecord",
    complex
)]
pub struct ComplianceDLMSharePointAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance DLP Applications events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceDLPApplicationsAuditRecord",
    complex
)]
pub struct ComplianceDLPApplicationsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance DLP Applications Classification events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceDLPApplicationsClassificationAuditRecord",
    complex
)]
pub struct ComplianceDLPApplicationsClassificationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance DLP Endpoint events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceDLPEndpointAuditRecord",
    complex
)]
pub struct ComplianceDLPEndpointAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance DLP Endpoint Discovery events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceDLPEndpointDiscoveryAuditRecord",
    complex
)]
pub struct ComplianceDLPEndpointDiscoveryAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance DLP Enforcement events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceDLPEnforcementAuditRecord",
    complex
)]
pub struct ComplianceDLPEnforcementAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance DLP Exchange events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceDLPExchangeAuditRecord",
    complex
)]
pub struct ComplianceDLPExchangeAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance DLP Exchange Classification events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceDLPExchangeClassificationAuditRecord",
    complex
)]
pub struct ComplianceDLPExchangeClassificationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance DLP Exchange Classification CDP events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceDLPExchangeClassificationCdpRecord",
    complex
)]
pub struct ComplianceDLPExchangeClassificationCdpRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance DLP Exchange Discovery events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceDLPExchangeDiscoveryAuditRecord",
    complex
)]
pub struct ComplianceDLPExchangeDiscoveryAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance DLP SharePoint events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceDLPSharePointAuditRecord",
    complex
)]
pub struct ComplianceDLPSharePointAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance DLP SharePoint Classification events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceDLPSharePointClassificationAuditRecord",
    complex
)]
pub struct ComplianceDLPSharePointClassificationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance DLP SharePoint Classification CDP events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceDLPSharePointClassificationCdpRecord",
    complex
)]
pub struct ComplianceDLPSharePointClassificationCdpRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance DLP SharePoint Classification Extended events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceDLPSharePointClassificationExtendedAuditRecord",
    complex
)]
pub struct ComplianceDLPSharePointClassificationExtendedAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance Exchange OCR events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceExchangeOcrAuditRecord",
    complex
)]
pub struct ComplianceExchangeOcrAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance Manager Action events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceManagerActionRecord",
    complex
)]
pub struct ComplianceManagerActionRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance Policy Grading SharePoint events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.compliancePolicyGradingSharePointAuditRecord",
    complex
)]
pub struct CompliancePolicyGradingSharePointAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance Settings Change events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceSettingsChangeAuditRecord",
    complex
)]
pub struct ComplianceSettingsChangeAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance SIT Grading SharePoint events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceSitGradingSharePointAuditRecord",
    complex
)]
pub struct ComplianceSitGradingSharePointAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Compliance Supervision Exchange events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.complianceSupervisionExchangeAuditRecord",
    complex
)]
pub struct ComplianceSupervisionExchangeAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.compromiseIndicator")]
pub struct CompromiseIndicator {
    pub value: Option<String>,
    pub verdict: Option<VerdictCategory>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Connected AI App Interaction events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.connectedAIAppInteractionAuditRecord",
    complex
)]
pub struct ConnectedAIAppInteractionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Consumption Resource events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.consumptionResourceAuditRecord",
    complex
)]
pub struct ConsumptionResourceAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.containerEvidence", complex)]
pub struct ContainerEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub args: Option<Vec<String>>,
    pub command: Option<Vec<String>>,
    pub container_id: Option<String>,
    pub image: Option<ContainerImageEvidence>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_privileged: Option<bool>,
    pub name: Option<String>,
    pub pod: Option<Box<KubernetesPodEvidence>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.containerImageEvidence",
    complex
)]
pub struct ContainerImageEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub digest_image: Option<Box<ContainerImageEvidence>>,
    pub image_id: Option<String>,
    pub registry: Option<ContainerRegistryEvidence>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.containerRegistryEvidence",
    complex
)]
pub struct ContainerRegistryEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub registry: Option<String>,
}

/// Audit data for Content Store Meta events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.contentStoreMetadataRecord",
    complex
)]
pub struct ContentStoreMetadataRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Copilot Agent Management events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.copilotAgentManagementAuditRecord",
    complex
)]
pub struct CopilotAgentManagementAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Copilot for Security Logging events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.copilotForSecurityLoggingAuditRecord",
    complex
)]
pub struct CopilotForSecurityLoggingAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Copilot for Security Trigger events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.copilotForSecurityTriggerAuditRecord",
    complex
)]
pub struct CopilotForSecurityTriggerAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Copilot Interaction events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.copilotInteractionAuditRecord",
    complex
)]
pub struct CopilotInteractionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Copilot Plugin Setting events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.copilotPluginSettingAuditRecord",
    complex
)]
pub struct CopilotPluginSettingAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Copilot Prompt Book Setting events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.copilotPromptBookSettingAuditRecord",
    complex
)]
pub struct CopilotPromptBookSettingAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Copilot Session Sharing events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.copilotSessionSharingAuditRecord",
    complex
)]
pub struct CopilotSessionSharingAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Copilot Setting events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.copilotSettingAuditRecord",
    complex
)]
pub struct CopilotSettingAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Copilot Workspace Setting events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.copilotWorkspaceSettingAuditRecord",
    complex
)]
pub struct CopilotWorkspaceSettingAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Core Reporting Settings events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.coreReportingSettingsAuditRecord",
    complex
)]
pub struct CoreReportingSettingsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Cortana Briefing events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.cortanaBriefingAuditRecord",
    complex
)]
pub struct CortanaBriefingAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Critical Asset Management Classification events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.criticalAssetManagementClassificationRecord",
    complex
)]
pub struct CriticalAssetManagementClassificationRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for CRM Entity Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.crmEntityOperationAuditRecord",
    complex
)]
pub struct CrmEntityOperationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Cross Tenant Access Policy events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.crossTenantAccessPolicyAuditRecord",
    complex
)]
pub struct CrossTenantAccessPolicyAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Customer Key Service Encryption events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.customerKeyServiceEncryptionAuditRecord",
    complex
)]
pub struct CustomerKeyServiceEncryptionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.cvssSummary")]
pub struct CvssSummary {
    /// Not nullable.
    #[graph(non_nullable)]
    pub score: Option<edm::Double>,
    pub severity: Option<VulnerabilitySeverity>,
    pub vector_string: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Data Center Security cmdlet events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.dataCenterSecurityCmdletAuditRecord",
    complex
)]
pub struct DataCenterSecurityCmdletAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Data Governance events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.dataGovernanceAuditRecord",
    complex
)]
pub struct DataGovernanceAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Data Insights Rest Api events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.dataInsightsRestApiAuditRecord",
    complex
)]
pub struct DataInsightsRestApiAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Data Lake Export Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.dataLakeExportOperationAuditRecord",
    complex
)]
pub struct DataLakeExportOperationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Data Security Investigation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.dataSecurityInvestigationAuditRecord",
    complex
)]
pub struct DataSecurityInvestigationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Data Share Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.dataShareOperationAuditRecord",
    complex
)]
pub struct DataShareOperationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Default open-type audit data when no specific subtype applies.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.defaultAuditData", complex)]
pub struct DefaultAuditData {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Defender Case Management events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.defenderCaseManagementAuditRecord",
    complex
)]
pub struct DefenderCaseManagementAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Defender Preview Features events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.defenderPreviewFeaturesRecord",
    complex
)]
pub struct DefenderPreviewFeaturesRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Defender Security for AI Configuration events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.defenderSecurityForAIConfigurationAuditRecord",
    complex
)]
pub struct DefenderSecurityForAIConfigurationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Deploy Feature Activity events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.deployFeatureActivityRecord",
    complex
)]
pub struct DeployFeatureActivityRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.deploymentAccessKeyType")]
pub struct DeploymentAccessKeyType {
    /// Not nullable.
    #[graph(non_nullable)]
    pub deployment_access_key: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.detonationBehaviourDetails")]
pub struct DetonationBehaviourDetails {
    pub action_status: Option<String>,
    pub behaviour_capability: Option<String>,
    pub behaviour_group: Option<String>,
    pub details: Option<String>,
    pub event_date_time: Option<edm::DateTimeOffset>,
    pub operation: Option<String>,
    pub process_id: Option<String>,
    pub process_name: Option<String>,
    pub target: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.detonationChain")]
pub struct DetonationChain {
    pub child_nodes: Option<Vec<DetonationChain>>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.detonationDetails")]
pub struct DetonationDetails {
    pub analysis_date_time: Option<edm::DateTimeOffset>,
    pub compromise_indicators: Option<Vec<CompromiseIndicator>>,
    pub detonation_behaviour_details: Option<DetonationBehaviourDetails>,
    pub detonation_behaviour_details_v2: Option<String>,
    pub detonation_chain: Option<DetonationChain>,
    pub detonation_observables: Option<DetonationObservables>,
    pub detonation_screenshot_uri: Option<String>,
    pub detonation_verdict: Option<String>,
    pub detonation_verdict_reason: Option<String>,
    pub entity_metadata: Option<String>,
    pub mitre_techniques: Option<String>,
    pub static_analysis: Option<String>,
    pub submission_source: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.detonationObservables")]
pub struct DetonationObservables {
    pub contacted_ips: Option<Vec<String>>,
    pub contacted_urls: Option<Vec<String>>,
    pub droppedfiles: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Device Discovery Settings Authenticated Scans events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.deviceDiscoverySettingsAuthenticatedScansRecord",
    complex
)]
pub struct DeviceDiscoverySettingsAuthenticatedScansRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Device Discovery Settings Exclusion events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.deviceDiscoverySettingsExclusionRecord",
    complex
)]
pub struct DeviceDiscoverySettingsExclusionRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Device Discovery Settings events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.deviceDiscoverySettingsRecord",
    complex
)]
pub struct DeviceDiscoverySettingsRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.deviceEvidence", complex)]
pub struct DeviceEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub azure_ad_device_id: Option<String>,
    pub defender_av_status: Option<DefenderAvStatus>,
    pub device_dns_name: Option<String>,
    pub dns_domain: Option<String>,
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    pub health_status: Option<DeviceHealthStatus>,
    pub host_name: Option<String>,
    pub ip_interfaces: Option<Vec<String>>,
    pub last_external_ip_address: Option<String>,
    pub last_ip_address: Option<String>,
    pub logged_on_users: Option<Vec<LoggedOnUser>>,
    pub mde_device_id: Option<String>,
    pub nt_domain: Option<String>,
    pub onboarding_status: Option<OnboardingStatus>,
    pub os_build: Option<edm::Int64>,
    pub os_platform: Option<String>,
    pub rbac_group_id: Option<i32>,
    pub rbac_group_name: Option<String>,
    pub resource_access_events: Option<Vec<ResourceAccessEvent>>,
    pub risk_score: Option<DeviceRiskScore>,
    pub version: Option<String>,
    pub vm_metadata: Option<VmMetadata>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.dictionary")]
pub struct Dictionary {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for eDiscovery events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.discoveryAuditRecord", complex)]
pub struct DiscoveryAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for DLP Endpoint events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.dlpEndpointAuditRecord",
    complex
)]
pub struct DlpEndpointAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for DLP Import Result events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.dlpImportResultAuditRecord",
    complex
)]
pub struct DlpImportResultAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for DLP Sensitive Information Type Rule Package cmdlet events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.dlpSensitiveInformationTypeRulePackageCmdletRecord",
    complex
)]
pub struct DlpSensitiveInformationTypeRulePackageCmdletRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.dnsEvidence", complex)]
pub struct DnsEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub dns_server_ip: Option<IpEvidence>,
    pub domain_name: Option<String>,
    pub host_ip_address: Option<IpEvidence>,
    pub ip_addresses: Option<Vec<IpEvidence>>,
}

/// Audit data for Dragon Copilot Access events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.dragonCopilotAccessRecord",
    complex
)]
pub struct DragonCopilotAccessRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Dragon Copilot Admin events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.dragonCopilotAdminRecord",
    complex
)]
pub struct DragonCopilotAdminRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Dragon Copilot Clinical Data events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.dragonCopilotClinicalDataRecord",
    complex
)]
pub struct DragonCopilotClinicalDataRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Dragon Copilot Session events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.dragonCopilotSessionRecord",
    complex
)]
pub struct DragonCopilotSessionRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Dynamics365 Business Central events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.dynamics365BusinessCentralAuditRecord",
    complex
)]
pub struct Dynamics365BusinessCentralAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for EHR Connector events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.ehrConnectorAuditBaseRecord",
    complex
)]
pub struct EhrConnectorAuditBaseRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.emailSender")]
pub struct EmailSender {
    pub display_name: Option<String>,
    pub domain_name: Option<String>,
    pub email_address: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for EOP Submission Feed Entity events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.eopSubmissionFeedEntityAuditRecord",
    complex
)]
pub struct EopSubmissionFeedEntityAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.eventPropagationResult")]
pub struct EventPropagationResult {
    pub location: Option<String>,
    pub service_name: Option<String>,
    pub status: Option<EventPropagationStatus>,
    pub status_information: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.eventQuery")]
pub struct EventQuery {
    /// Not nullable.
    #[graph(non_nullable)]
    pub query: Option<String>,
    pub query_type: Option<QueryType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Exchange Admin events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.exchangeAdminAuditRecord",
    complex
)]
pub struct ExchangeAdminAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Exchange Aggregated Mailbox events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.exchangeAggregatedMailboxAuditRecord",
    complex
)]
pub struct ExchangeAggregatedMailboxAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Exchange Aggregated Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.exchangeAggregatedOperationRecord",
    complex
)]
pub struct ExchangeAggregatedOperationRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Exchange Mailbox Audit Group events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.exchangeMailboxAuditGroupRecord",
    complex
)]
pub struct ExchangeMailboxAuditGroupRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Exchange Mailbox events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.exchangeMailboxAuditRecord",
    complex
)]
pub struct ExchangeMailboxAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.exportFileMetadata")]
pub struct ExportFileMetadata {
    pub download_url: Option<String>,
    pub file_name: Option<String>,
    pub size: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Microsoft Fabric events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.fabricAuditRecord", complex)]
pub struct FabricAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Fabric Policy events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.fabricPolicyRecord", complex)]
pub struct FabricPolicyRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.fileDetails")]
pub struct FileDetails {
    pub file_name: Option<String>,
    pub file_path: Option<String>,
    pub file_publisher: Option<String>,
    pub file_size: Option<edm::Int64>,
    pub issuer: Option<String>,
    pub md5: Option<String>,
    pub sha1: Option<String>,
    pub sha256: Option<String>,
    pub sha256_ac: Option<String>,
    pub signer: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.fileEvidence", complex)]
pub struct FileEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub detection_status: Option<DetectionStatus>,
    pub file_details: Option<FileDetails>,
    pub mde_device_id: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.fileHash")]
pub struct FileHash {
    /// Not nullable.
    #[graph(non_nullable)]
    pub algorithm: Option<FileHashAlgorithm>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.fileHashEvidence", complex)]
pub struct FileHashEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    /// Not nullable.
    #[graph(non_nullable)]
    pub algorithm: Option<FileHashAlgorithm>,
    pub value: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.filePlanAppliedCategory",
    complex
)]
pub struct FilePlanAppliedCategory {
    /// The inherited properties of `filePlanDescriptorBase`.
    #[graph(base)]
    pub base: FilePlanDescriptorBase,
    pub subcategory: Option<FilePlanSubcategory>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.filePlanAuthority", complex)]
pub struct FilePlanAuthority {
    /// The inherited properties of `filePlanDescriptorBase`.
    #[graph(base)]
    pub base: FilePlanDescriptorBase,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.filePlanCitation", complex)]
pub struct FilePlanCitation {
    /// The inherited properties of `filePlanDescriptorBase`.
    #[graph(base)]
    pub base: FilePlanDescriptorBase,
    pub citation_jurisdiction: Option<String>,
    pub citation_url: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.filePlanDepartment", complex)]
pub struct FilePlanDepartment {
    /// The inherited properties of `filePlanDescriptorBase`.
    #[graph(base)]
    pub base: FilePlanDescriptorBase,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.filePlanDescriptorBase")]
pub struct FilePlanDescriptorBase {
    pub display_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.security.filePlanDescriptorBase`: the type itself or any of its derived types
/// this build declares (a value without `@odata.type` is the type itself); a value of another
/// derived type reads as `FilePlanDescriptorBase`, keeping its `@odata.type` and properties.
#[cfg(feature = "security")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyFilePlanDescriptorBase {
    /// `microsoft.graph.security.filePlanAppliedCategory`.
    FilePlanAppliedCategory(FilePlanAppliedCategory),
    /// `microsoft.graph.security.filePlanAuthority`.
    FilePlanAuthority(FilePlanAuthority),
    /// `microsoft.graph.security.filePlanCitation`.
    FilePlanCitation(FilePlanCitation),
    /// `microsoft.graph.security.filePlanDepartment`.
    FilePlanDepartment(FilePlanDepartment),
    /// `microsoft.graph.security.filePlanReference`.
    FilePlanReference(FilePlanReference),
    /// `microsoft.graph.security.filePlanSubcategory`.
    FilePlanSubcategory(FilePlanSubcategory),
    /// `microsoft.graph.security.filePlanDescriptorBase` itself, or a type this build does not declare.
    #[graph(other)]
    Other(FilePlanDescriptorBase),
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.filePlanReference", complex)]
pub struct FilePlanReference {
    /// The inherited properties of `filePlanDescriptorBase`.
    #[graph(base)]
    pub base: FilePlanDescriptorBase,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.filePlanSubcategory", complex)]
pub struct FilePlanSubcategory {
    /// The inherited properties of `filePlanDescriptorBase`.
    #[graph(base)]
    pub base: FilePlanDescriptorBase,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.formattedContent")]
pub struct FormattedContent {
    pub content: Option<String>,
    pub format: Option<ContentFormat>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.geoLocation")]
pub struct GeoLocation {
    pub city: Option<String>,
    pub country_name: Option<String>,
    pub latitude: Option<edm::Double>,
    pub longitude: Option<edm::Double>,
    pub state: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.gitHubOrganizationEvidence",
    complex
)]
pub struct GitHubOrganizationEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub company: Option<String>,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub login: Option<String>,
    pub org_id: Option<String>,
    pub web_url: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.gitHubRepoEvidence", complex)]
pub struct GitHubRepoEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub base_url: Option<String>,
    pub login: Option<String>,
    pub owner: Option<String>,
    pub owner_type: Option<String>,
    pub repo_id: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.gitHubUserEvidence", complex)]
pub struct GitHubUserEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub email: Option<String>,
    pub login: Option<String>,
    pub name: Option<String>,
    pub user_id: Option<String>,
    pub web_url: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.googleCloudResourceEvidence",
    complex
)]
pub struct GoogleCloudResourceEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub full_resource_name: Option<String>,
    pub location: Option<String>,
    pub location_type: Option<GoogleCloudLocationType>,
    pub project_id: Option<String>,
    pub project_number: Option<edm::Int64>,
    pub resource_name: Option<String>,
    pub resource_type: Option<String>,
}

/// Audit data for Healthcare Signal events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.healthcareSignalRecord",
    complex
)]
pub struct HealthcareSignalRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Hosted RPA events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.hostedRpaAuditRecord", complex)]
pub struct HostedRpaAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.hostLogonSessionEvidence",
    complex
)]
pub struct HostLogonSessionEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub account: Option<UserEvidence>,
    pub end_utc_date_time: Option<edm::DateTimeOffset>,
    pub host: Option<DeviceEvidence>,
    pub session_id: Option<String>,
    pub start_utc_date_time: Option<edm::DateTimeOffset>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.hostPortBanner")]
pub struct HostPortBanner {
    /// Not nullable.
    #[graph(non_nullable)]
    pub banner: Option<String>,
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    pub scan_protocol: Option<String>,
    pub times_observed: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.hostPortComponent")]
pub struct HostPortComponent {
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    pub is_recent: Option<bool>,
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub component: Option<HostComponent>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.hostReputationRule")]
pub struct HostReputationRule {
    /// Not nullable.
    #[graph(non_nullable)]
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    pub related_details_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub severity: Option<HostReputationRuleSeverity>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.hostSslCertificatePort")]
pub struct HostSslCertificatePort {
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    pub port: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for HR Signal events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.hrSignalAuditRecord", complex)]
pub struct HrSignalAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.huntingQueryResults")]
pub struct HuntingQueryResults {
    pub results: Option<Vec<HuntingRowResult>>,
    pub schema: Option<Vec<SinglePropertySchema>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.huntingRowResult")]
pub struct HuntingRowResult {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Hygiene Event events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.hygieneEventRecord", complex)]
pub struct HygieneEventRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.hyperlink")]
pub struct Hyperlink {
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Information Barrier Policy Application events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.informationBarrierPolicyApplicationAuditRecord",
    complex
)]
pub struct InformationBarrierPolicyApplicationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Information Worker Protection events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.informationWorkerProtectionAuditRecord",
    complex
)]
pub struct InformationWorkerProtectionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Insider Risk Scoped User Insights events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.insiderRiskScopedUserInsightsRecord",
    complex
)]
pub struct InsiderRiskScopedUserInsightsRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Insider Risk Scoped Users events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.insiderRiskScopedUsersRecord",
    complex
)]
pub struct InsiderRiskScopedUsersRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Integrated Apps App Admin Activity events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.integratedAppsAppAdminActivityAuditRecord",
    complex
)]
pub struct IntegratedAppsAppAdminActivityAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Integrated Apps App Settings Admin Activity events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.integratedAppsAppSettingsAdminActivityAuditRecord",
    complex
)]
pub struct IntegratedAppsAppSettingsAdminActivityAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.intelligenceProfileCountryOrRegionOfOrigin")]
pub struct IntelligenceProfileCountryOrRegionOfOrigin {
    /// Not nullable.
    #[graph(non_nullable)]
    pub code: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub label: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.invokeActionResult")]
pub struct InvokeActionResult {
    /// Not nullable.
    #[graph(non_nullable)]
    pub account_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub action: Option<Action>,
    pub correlation_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub identity_provider: Option<IdentityProvider>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.ioTDeviceEvidence", complex)]
pub struct IoTDeviceEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub device_id: Option<String>,
    pub device_name: Option<String>,
    pub device_page_link: Option<String>,
    pub device_sub_type: Option<String>,
    pub device_type: Option<String>,
    pub importance: Option<IoTDeviceImportanceType>,
    pub io_t_hub: Option<AzureResourceEvidence>,
    pub io_t_security_agent_id: Option<String>,
    pub ip_address: Option<IpEvidence>,
    pub is_authorized: Option<bool>,
    pub is_programming: Option<bool>,
    pub is_scanner: Option<bool>,
    pub mac_address: Option<String>,
    pub manufacturer: Option<String>,
    pub model: Option<String>,
    pub nics: Option<Vec<NicEvidence>>,
    pub operating_system: Option<String>,
    pub owners: Option<Vec<String>>,
    pub protocols: Option<Vec<String>>,
    pub purdue_layer: Option<String>,
    pub sensor: Option<String>,
    pub serial_number: Option<String>,
    pub site: Option<String>,
    pub source: Option<String>,
    pub source_ref: Option<UrlEvidence>,
    pub zone: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.ipEvidence", complex)]
pub struct IpEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub country_letter_code: Option<String>,
    pub ip_address: Option<String>,
    pub location: Option<GeoLocation>,
    pub stream: Option<Stream>,
}

/// Audit data for IRM Activity Audit Trail events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.irmActivityAuditTrailRecord",
    complex
)]
pub struct IrmActivityAuditTrailRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for IRM User Defined Detection events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.irmUserDefinedDetectionRecord",
    complex
)]
pub struct IrmUserDefinedDetectionRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Kaizala events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.kaizalaAuditRecord", complex)]
pub struct KaizalaAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.kubernetesClusterEvidence",
    complex
)]
pub struct KubernetesClusterEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub cloud_resource: Option<Box<AnyAlertEvidence>>,
    pub distribution: Option<String>,
    pub name: Option<String>,
    pub platform: Option<KubernetesPlatform>,
    pub version: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.kubernetesControllerEvidence",
    complex
)]
pub struct KubernetesControllerEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub labels: Option<Dictionary>,
    pub name: Option<String>,
    pub namespace: Option<Box<KubernetesNamespaceEvidence>>,
    pub r#type: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.kubernetesNamespaceEvidence",
    complex
)]
pub struct KubernetesNamespaceEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub cluster: Option<Box<KubernetesClusterEvidence>>,
    pub labels: Option<Dictionary>,
    pub name: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.kubernetesPodEvidence", complex)]
pub struct KubernetesPodEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub containers: Option<Vec<ContainerEvidence>>,
    pub controller: Option<Box<KubernetesControllerEvidence>>,
    pub ephemeral_containers: Option<Vec<ContainerEvidence>>,
    pub init_containers: Option<Vec<ContainerEvidence>>,
    pub labels: Option<Dictionary>,
    pub name: Option<String>,
    pub namespace: Option<Box<KubernetesNamespaceEvidence>>,
    pub pod_ip: Option<IpEvidence>,
    pub service_account: Option<Box<KubernetesServiceAccountEvidence>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.kubernetesSecretEvidence",
    complex
)]
pub struct KubernetesSecretEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub name: Option<String>,
    pub namespace: Option<Box<KubernetesNamespaceEvidence>>,
    pub secret_type: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.kubernetesServiceAccountEvidence",
    complex
)]
pub struct KubernetesServiceAccountEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub name: Option<String>,
    pub namespace: Option<Box<KubernetesNamespaceEvidence>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.kubernetesServiceEvidence",
    complex
)]
pub struct KubernetesServiceEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    #[graph(rename = "clusterIP")]
    pub cluster_ip: Option<IpEvidence>,
    pub external_i_ps: Option<Vec<IpEvidence>>,
    pub labels: Option<Dictionary>,
    pub name: Option<String>,
    pub namespace: Option<Box<KubernetesNamespaceEvidence>>,
    pub selector: Option<Dictionary>,
    pub service_ports: Option<Vec<KubernetesServicePort>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub service_type: Option<KubernetesServiceType>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.kubernetesServicePort")]
pub struct KubernetesServicePort {
    pub app_protocol: Option<String>,
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub node_port: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub port: Option<i32>,
    pub protocol: Option<ContainerPortProtocol>,
    pub target_port: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Label Analytics Aggregate events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.labelAnalyticsAggregateAuditRecord",
    complex
)]
pub struct LabelAnalyticsAggregateAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Label Content Explorer events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.labelContentExplorerAuditRecord",
    complex
)]
pub struct LabelContentExplorerAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Large Content Meta events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.largeContentMetadataAuditRecord",
    complex
)]
pub struct LargeContentMetadataAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.loggedOnUser")]
pub struct LoggedOnUser {
    pub account_name: Option<String>,
    pub domain_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for M365 Compliance Connector events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.m365ComplianceConnectorAuditRecord",
    complex
)]
pub struct M365ComplianceConnectorAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for M365daad events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.m365daadAuditRecord", complex)]
pub struct M365daadAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for M365odsp Asset Meta events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.m365odspAssetMetadataRecord",
    complex
)]
pub struct M365odspAssetMetadataRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for M365 Search Sections events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.m365SearchSectionsRecord",
    complex
)]
pub struct M365SearchSectionsRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.mailboxConfigurationEvidence",
    complex
)]
pub struct MailboxConfigurationEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub configuration_id: Option<String>,
    pub configuration_type: Option<MailboxConfigurationType>,
    pub display_name: Option<String>,
    pub external_directory_object_id: Option<edm::Guid>,
    pub mailbox_primary_address: Option<String>,
    pub upn: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.mailboxEvidence", complex)]
pub struct MailboxEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub display_name: Option<String>,
    pub primary_address: Option<String>,
    pub upn: Option<String>,
    pub user_account: Option<UserAccount>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.mailClusterEvidence", complex)]
pub struct MailClusterEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub cluster_by: Option<String>,
    pub cluster_by_value: Option<String>,
    pub email_count: Option<edm::Int64>,
    pub network_message_ids: Option<Vec<String>>,
    pub query: Option<String>,
    pub urn: Option<String>,
}

/// Audit data for Mail Submission events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.mailSubmissionData", complex)]
pub struct MailSubmissionData {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.malwareEvidence", complex)]
pub struct MalwareEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub category: Option<String>,
    pub files: Option<Vec<FileEvidence>>,
    pub name: Option<String>,
    pub processes: Option<Vec<ProcessEvidence>>,
}

/// Audit data for Managed Services events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.managedServicesAuditRecord",
    complex
)]
pub struct ManagedServicesAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Managed Tenants events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.managedTenantsAuditRecord",
    complex
)]
pub struct ManagedTenantsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MAPG Alerts events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.mapgAlertsAuditRecord", complex)]
pub struct MapgAlertsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MAPG Onboard events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.mapgOnboardAuditRecord",
    complex
)]
pub struct MapgOnboardAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MAPG Policy events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.mapgPolicyAuditRecord", complex)]
pub struct MapgPolicyAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MAPG Remediation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.mapgRemediationAuditRecord",
    complex
)]
pub struct MapgRemediationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MCAS Alerts events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.mcasAlertsAuditRecord", complex)]
pub struct McasAlertsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MDA events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.mdaAuditRecord", complex)]
pub struct MdaAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MDA Data Security Signal events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.mdaDataSecuritySignalRecord",
    complex
)]
pub struct MdaDataSecuritySignalRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MDASH events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.mDASHAuditRecord", complex)]
pub struct MDASHAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MDATP events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.mdatpAuditRecord", complex)]
pub struct MdatpAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MDC Events events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.mdcEventsRecord", complex)]
pub struct MdcEventsRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MDI events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.mdiAuditRecord", complex)]
pub struct MdiAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.mergeResponse")]
pub struct MergeResponse {
    /// Not nullable.
    #[graph(non_nullable)]
    pub target_incident_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Mesh Worlds events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.meshWorldsAuditRecord", complex)]
pub struct MeshWorldsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft365 Backup Backup Item events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoft365BackupBackupItemAuditRecord",
    complex
)]
pub struct Microsoft365BackupBackupItemAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft365 Backup Backup Policy events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoft365BackupBackupPolicyAuditRecord",
    complex
)]
pub struct Microsoft365BackupBackupPolicyAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft365 Backup Granular Browse Task events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoft365BackupGranularBrowseTaskAuditRecord",
    complex
)]
pub struct Microsoft365BackupGranularBrowseTaskAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft365 Backup Restore Item events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoft365BackupRestoreItemAuditRecord",
    complex
)]
pub struct Microsoft365BackupRestoreItemAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft365 Backup Restore Task events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoft365BackupRestoreTaskAuditRecord",
    complex
)]
pub struct Microsoft365BackupRestoreTaskAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft365 Copilot Scheduled Prompt events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoft365CopilotScheduledPromptAuditRecord",
    complex
)]
pub struct Microsoft365CopilotScheduledPromptAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Defender Experts XDR events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftDefenderExpertsXDRAuditRecord",
    complex
)]
pub struct MicrosoftDefenderExpertsXDRAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Flow events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftFlowAuditRecord",
    complex
)]
pub struct MicrosoftFlowAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Forms events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftFormsAuditRecord",
    complex
)]
pub struct MicrosoftFormsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Graph Data Connect Consent events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftGraphDataConnectConsent",
    complex
)]
pub struct MicrosoftGraphDataConnectConsent {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Graph Data Connect Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftGraphDataConnectOperation",
    complex
)]
pub struct MicrosoftGraphDataConnectOperation {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Purview Data Catalog Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftPurviewDataCatalogOperationRecord",
    complex
)]
pub struct MicrosoftPurviewDataCatalogOperationRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Purview Data Map Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftPurviewDataMapOperationRecord",
    complex
)]
pub struct MicrosoftPurviewDataMapOperationRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Purview Metadata Policy Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftPurviewMetadataPolicyOperationRecord",
    complex
)]
pub struct MicrosoftPurviewMetadataPolicyOperationRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Purview Policy Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftPurviewPolicyOperationRecord",
    complex
)]
pub struct MicrosoftPurviewPolicyOperationRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Purview Privacy Audit Event events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftPurviewPrivacyAuditEvent",
    complex
)]
pub struct MicrosoftPurviewPrivacyAuditEvent {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Purview Unified Catalog Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftPurviewUnifiedCatalogOperationRecord",
    complex
)]
pub struct MicrosoftPurviewUnifiedCatalogOperationRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Stream events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftStreamAuditRecord",
    complex
)]
pub struct MicrosoftStreamAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Teams Admin events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftTeamsAdminAuditRecord",
    complex
)]
pub struct MicrosoftTeamsAdminAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Teams Analytics events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftTeamsAnalyticsAuditRecord",
    complex
)]
pub struct MicrosoftTeamsAnalyticsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Teams events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftTeamsAuditRecord",
    complex
)]
pub struct MicrosoftTeamsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Teams Device events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftTeamsDeviceAuditRecord",
    complex
)]
pub struct MicrosoftTeamsDeviceAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Teams Retention Label Action events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftTeamsRetentionLabelActionAuditRecord",
    complex
)]
pub struct MicrosoftTeamsRetentionLabelActionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Teams Sensitivity Label Action events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftTeamsSensitivityLabelActionAuditRecord",
    complex
)]
pub struct MicrosoftTeamsSensitivityLabelActionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Teams Shifts events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftTeamsShiftsAuditRecord",
    complex
)]
pub struct MicrosoftTeamsShiftsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Microsoft Teams User Concern events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.microsoftTeamsUserConcernAuditRecord",
    complex
)]
pub struct MicrosoftTeamsUserConcernAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MIP Auto Label Exchange Item events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.mipAutoLabelExchangeItemAuditRecord",
    complex
)]
pub struct MipAutoLabelExchangeItemAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MIP Auto Label Progress Feedback events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.mipAutoLabelProgressFeedbackAuditRecord",
    complex
)]
pub struct MipAutoLabelProgressFeedbackAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MIP Auto Label SharePoint Item events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.mipAutoLabelSharePointItemAuditRecord",
    complex
)]
pub struct MipAutoLabelSharePointItemAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MIP Auto Label SharePoint Policy Location events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.mipAutoLabelSharePointPolicyLocationAuditRecord",
    complex
)]
pub struct MipAutoLabelSharePointPolicyLocationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MIP Auto Label Simulation SharePoint Completion events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.mipAutoLabelSimulationSharePointCompletionRecord",
    complex
)]
pub struct MipAutoLabelSimulationSharePointCompletionRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MIP Auto Label Simulation SharePoint Progress events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.mipAutoLabelSimulationSharePointProgressRecord",
    complex
)]
pub struct MipAutoLabelSimulationSharePointProgressRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MIP Auto Label Simulation Statistics events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.mipAutoLabelSimulationStatisticsRecord",
    complex
)]
pub struct MipAutoLabelSimulationStatisticsRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MIP Exact Data Match events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.mipExactDataMatchAuditRecord",
    complex
)]
pub struct MipExactDataMatchAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MIP Label Analytics events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.mipLabelAnalyticsAuditRecord",
    complex
)]
pub struct MipLabelAnalyticsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MIP Label events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.mipLabelAuditRecord", complex)]
pub struct MipLabelAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MOS Agent Info events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.mosAgentInfoRecord", complex)]
pub struct MosAgentInfoRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MOS Agent Info V2 events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.mosAgentInfoRecordV2", complex)]
pub struct MosAgentInfoRecordV2 {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MS365D Custom Detection events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.ms365dCustomDetectionAuditRecord",
    complex
)]
pub struct Ms365dCustomDetectionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MS365D Incident events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.ms365dIncidentAuditRecord",
    complex
)]
pub struct Ms365dIncidentAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MS365D Suppression Rule events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.ms365dSuppressionRuleAuditRecord",
    complex
)]
pub struct Ms365dSuppressionRuleAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MSDE Custom Collection events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.msdeCustomCollectionAuditRecord",
    complex
)]
pub struct MsdeCustomCollectionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MSDE General Settings events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.msdeGeneralSettingsAuditRecord",
    complex
)]
pub struct MsdeGeneralSettingsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MSDE Indicators Settings events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.msdeIndicatorsSettingsAuditRecord",
    complex
)]
pub struct MsdeIndicatorsSettingsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MSDE Response Actions events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.msdeResponseActionsAuditRecord",
    complex
)]
pub struct MsdeResponseActionsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MSDE Roles Settings events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.msdeRolesSettingsAuditRecord",
    complex
)]
pub struct MsdeRolesSettingsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MSP Vector Search Content Metadata events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.mspVectorSearchContentMetadataAuditRecord",
    complex
)]
pub struct MspVectorSearchContentMetadataAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for MSTIC Nation State Notification events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.msticNationStateNotificationRecord",
    complex
)]
pub struct MsticNationStateNotificationRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Multi Stage Disposition events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.multiStageDispositionAuditRecord",
    complex
)]
pub struct MultiStageDispositionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for My Analytics Settings events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.myAnalyticsSettingsAuditRecord",
    complex
)]
pub struct MyAnalyticsSettingsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.networkConnectionEvidence",
    complex
)]
pub struct NetworkConnectionEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub destination_address: Option<IpEvidence>,
    pub destination_port: Option<i32>,
    pub protocol: Option<ProtocolType>,
    pub source_address: Option<IpEvidence>,
    pub source_port: Option<i32>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.nicEvidence", complex)]
pub struct NicEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub ip_address: Option<IpEvidence>,
    pub mac_address: Option<String>,
    pub vlans: Option<Vec<String>>,
}

/// Audit data for Noisy Alert Policy events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.noisyAlertPolicyAuditRecord",
    complex
)]
pub struct NoisyAlertPolicyAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.oauthApplicationEvidence",
    complex
)]
pub struct OauthApplicationEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub app_id: Option<String>,
    pub display_name: Option<String>,
    pub object_id: Option<String>,
    pub publisher: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.ocrSettings")]
pub struct OcrSettings {
    pub is_enabled: Option<bool>,
    pub max_image_size: Option<i32>,
    pub timeout: Option<edm::Duration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Office Native events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.officeNativeAuditRecord",
    complex
)]
pub struct OfficeNativeAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for OME Portal events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.omePortalAuditRecord", complex)]
pub struct OmePortalAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for On Demand SharePoint Classification events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.onDemandSharePointClassificationAuditRecord",
    complex
)]
pub struct OnDemandSharePointClassificationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for OneDrive events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.oneDriveAuditRecord", complex)]
pub struct OneDriveAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for On Premises File Share Scanner DLP events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.onPremisesFileShareScannerDLPAuditRecord",
    complex
)]
pub struct OnPremisesFileShareScannerDLPAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for On Premises SharePoint Scanner DLP events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.onPremisesSharePointScannerDLPAuditRecord",
    complex
)]
pub struct OnPremisesSharePointScannerDLPAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Organizational Data In M365 events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.organizationalDataInM365AuditRecord",
    complex
)]
pub struct OrganizationalDataInM365AuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Outlook Copilot Automation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.outlookCopilotAutomationAuditRecord",
    complex
)]
pub struct OutlookCopilotAutomationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for OWA Get Access Token For Resource events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.owaGetAccessTokenForResourceAuditRecord",
    complex
)]
pub struct OwaGetAccessTokenForResourceAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for P4AI Assessment Category events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.p4aiAssessmentCategoryRecord",
    complex
)]
pub struct P4aiAssessmentCategoryRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for P4AI Assessment Fabric Scanner events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.p4aiAssessmentFabricScannerRecord",
    complex
)]
pub struct P4aiAssessmentFabricScannerRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for P4AI Assessment Location Result events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.p4aiAssessmentLocationResultRecord",
    complex
)]
pub struct P4aiAssessmentLocationResultRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for P4AI Assessment events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.p4aiAssessmentRecord", complex)]
pub struct P4aiAssessmentRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for P4 AI Risk Score events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.p4AIRiskScoreRecord", complex)]
pub struct P4AIRiskScoreRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for People Admin Settings events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.peopleAdminSettingsAuditRecord",
    complex
)]
pub struct PeopleAdminSettingsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Physical Badging Signal events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.physicalBadgingSignalAuditRecord",
    complex
)]
pub struct PhysicalBadgingSignalAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Places Directory events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.placesDirectoryAuditRecord",
    complex
)]
pub struct PlacesDirectoryAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Planner Chat Message events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.plannerChatMessageAuditRecord",
    complex
)]
pub struct PlannerChatMessageAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Planner Chat Message List events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.plannerChatMessageListAuditRecord",
    complex
)]
pub struct PlannerChatMessageListAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Planner Copy Plan events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.plannerCopyPlanAuditRecord",
    complex
)]
pub struct PlannerCopyPlanAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Planner Goal events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.plannerGoalAuditRecord",
    complex
)]
pub struct PlannerGoalAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Planner Goal List events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.plannerGoalListAuditRecord",
    complex
)]
pub struct PlannerGoalListAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Planner Plan events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.plannerPlanAuditRecord",
    complex
)]
pub struct PlannerPlanAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Planner Plan List events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.plannerPlanListAuditRecord",
    complex
)]
pub struct PlannerPlanListAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Planner Plan Sensitivity Label events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.plannerPlanSensitivityLabelAuditRecord",
    complex
)]
pub struct PlannerPlanSensitivityLabelAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Planner Roster events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.plannerRosterAuditRecord",
    complex
)]
pub struct PlannerRosterAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Planner Roster Sensitivity Label events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.plannerRosterSensitivityLabelAuditRecord",
    complex
)]
pub struct PlannerRosterSensitivityLabelAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Planner Task events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.plannerTaskAuditRecord",
    complex
)]
pub struct PlannerTaskAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Planner Task List events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.plannerTaskListAuditRecord",
    complex
)]
pub struct PlannerTaskListAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Planner Tenant Settings events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.plannerTenantSettingsAuditRecord",
    complex
)]
pub struct PlannerTenantSettingsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Policy Config Change events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.policyConfigChangeAuditRecord",
    complex
)]
pub struct PolicyConfigChangeAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for PowerApps Audit App events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.powerAppsAuditAppRecord",
    complex
)]
pub struct PowerAppsAuditAppRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for PowerApps Audit Plan events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.powerAppsAuditPlanRecord",
    complex
)]
pub struct PowerAppsAuditPlanRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for PowerApps Audit Resource events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.powerAppsAuditResourceRecord",
    complex
)]
pub struct PowerAppsAuditResourceRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Power BI events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.powerBIAuditRecord", complex)]
pub struct PowerBIAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Power BI DLP events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.powerBIDlpAuditRecord", complex)]
pub struct PowerBIDlpAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Power Pages Site events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.powerPagesSiteAuditRecord",
    complex
)]
pub struct PowerPagesSiteAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Power Platform Admin DLP events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.powerPlatformAdminDlpAuditRecord",
    complex
)]
pub struct PowerPlatformAdminDlpAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Power Platform Admin Environment events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.powerPlatformAdminEnvironmentAuditRecord",
    complex
)]
pub struct PowerPlatformAdminEnvironmentAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Power Platform Administrator Activity events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.powerPlatformAdministratorActivityRecord",
    complex
)]
pub struct PowerPlatformAdministratorActivityRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Power Platform Lockbox Resource Access Request events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.powerPlatformLockboxResourceAccessRequestAuditRecord",
    complex
)]
pub struct PowerPlatformLockboxResourceAccessRequestAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Power Platform Lockbox Resource Command events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.powerPlatformLockboxResourceCommandAuditRecord",
    complex
)]
pub struct PowerPlatformLockboxResourceCommandAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Power Platform Service Activity events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.powerPlatformServiceActivityAuditRecord",
    complex
)]
pub struct PowerPlatformServiceActivityAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Power Platform Tenant Isolation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.powerPlatformTenantIsolationRecord",
    complex
)]
pub struct PowerPlatformTenantIsolationRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Privacy Data Match events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.privacyDataMatchAuditRecord",
    complex
)]
pub struct PrivacyDataMatchAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Privacy Data Minimization events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.privacyDataMinimizationRecord",
    complex
)]
pub struct PrivacyDataMinimizationRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Privacy Digest Email events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.privacyDigestEmailRecord",
    complex
)]
pub struct PrivacyDigestEmailRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Privacy Open Access events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.privacyOpenAccessAuditRecord",
    complex
)]
pub struct PrivacyOpenAccessAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Privacy Portal events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.privacyPortalAuditRecord",
    complex
)]
pub struct PrivacyPortalAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Privacy Remediation Action events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.privacyRemediationActionRecord",
    complex
)]
pub struct PrivacyRemediationActionRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Privacy Remediation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.privacyRemediationRecord",
    complex
)]
pub struct PrivacyRemediationRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Priva Privacy Assessment Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.privaPrivacyAssessmentOperationRecord",
    complex
)]
pub struct PrivaPrivacyAssessmentOperationRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Priva Privacy Consent Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.privaPrivacyConsentOperationRecord",
    complex
)]
pub struct PrivaPrivacyConsentOperationRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.processEvidence", complex)]
pub struct ProcessEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub detection_status: Option<DetectionStatus>,
    pub image_file: Option<FileDetails>,
    pub mde_device_id: Option<String>,
    pub parent_process_creation_date_time: Option<edm::DateTimeOffset>,
    pub parent_process_id: Option<edm::Int64>,
    pub parent_process_image_file: Option<FileDetails>,
    pub process_command_line: Option<String>,
    pub process_creation_date_time: Option<edm::DateTimeOffset>,
    pub process_id: Option<edm::Int64>,
    pub user_account: Option<UserAccount>,
}

/// Audit data for Microsoft Project events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.projectAuditRecord", complex)]
pub struct ProjectAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Project for the Web Assigned To Me Settings events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.projectForTheWebAssignedToMeSettingsAuditRecord",
    complex
)]
pub struct ProjectForTheWebAssignedToMeSettingsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Project for the Web Project events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.projectForTheWebProjectAuditRecord",
    complex
)]
pub struct ProjectForTheWebProjectAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Project for the Web Project Settings events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.projectForTheWebProjectSettingsAuditRecord",
    complex
)]
pub struct ProjectForTheWebProjectSettingsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Project for the Web Roadmap events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.projectForTheWebRoadmapAuditRecord",
    complex
)]
pub struct ProjectForTheWebRoadmapAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Project for the Web Roadmap Item events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.projectForTheWebRoadmapItemAuditRecord",
    complex
)]
pub struct ProjectForTheWebRoadmapItemAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Project for the Web Roadmap Settings events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.projectForTheWebRoadmapSettingsAuditRecord",
    complex
)]
pub struct ProjectForTheWebRoadmapSettingsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Project for the Web Task events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.projectForTheWebTaskAuditRecord",
    complex
)]
pub struct ProjectForTheWebTaskAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Exchange public folder events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.publicFolderAuditRecord",
    complex
)]
pub struct PublicFolderAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Purview Insider Risk Alerts events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.purviewInsiderRiskAlertsRecord",
    complex
)]
pub struct PurviewInsiderRiskAlertsRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Purview Insider Risk Cases events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.purviewInsiderRiskCasesRecord",
    complex
)]
pub struct PurviewInsiderRiskCasesRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Purview MC Recommendation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.purviewMCRecommendationRecord",
    complex
)]
pub struct PurviewMCRecommendationRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Purview Posture Agent events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.purviewPostureAgentAuditRecord",
    complex
)]
pub struct PurviewPostureAgentAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for quarantine events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.quarantineAuditRecord", complex)]
pub struct QuarantineAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Records Management events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.recordsManagementAuditRecord",
    complex
)]
pub struct RecordsManagementAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.redundancyDetectionSettings")]
pub struct RedundancyDetectionSettings {
    pub is_enabled: Option<bool>,
    pub max_words: Option<i32>,
    pub min_words: Option<i32>,
    pub similarity_threshold: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.registryKeyEvidence", complex)]
pub struct RegistryKeyEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub registry_hive: Option<String>,
    pub registry_key: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.registryValueEvidence", complex)]
pub struct RegistryValueEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub mde_device_id: Option<String>,
    pub registry_hive: Option<String>,
    pub registry_key: Option<String>,
    pub registry_value: Option<String>,
    pub registry_value_name: Option<String>,
    pub registry_value_type: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.reportFileMetadata")]
pub struct ReportFileMetadata {
    pub download_url: Option<String>,
    pub file_name: Option<String>,
    pub size: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Report Submission events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.reportSubmission", complex)]
pub struct ReportSubmission {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Report Submission Result Detail events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.reportSubmissionResultDetail",
    complex
)]
pub struct ReportSubmissionResultDetail {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.resourceAccessEvent")]
pub struct ResourceAccessEvent {
    pub access_date_time: Option<edm::DateTimeOffset>,
    pub account_id: Option<String>,
    pub ip_address: Option<String>,
    pub resource_identifier: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Restricted Mode events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.restrictedModeAuditRecord",
    complex
)]
pub struct RestrictedModeAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.retentionDuration", abstract)]
pub struct RetentionDuration {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.security.retentionDuration`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `RetentionDuration`, keeping its `@odata.type` and properties.
#[cfg(feature = "security")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyRetentionDuration {
    /// `microsoft.graph.security.retentionDurationForever`.
    RetentionDurationForever(RetentionDurationForever),
    /// `microsoft.graph.security.retentionDurationInDays`.
    RetentionDurationInDays(RetentionDurationInDays),
    /// `microsoft.graph.security.retentionDuration` itself, or a type this build does not declare.
    #[graph(other)]
    Other(RetentionDuration),
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.retentionDurationForever",
    complex
)]
pub struct RetentionDurationForever {
    /// The inherited properties of `retentionDuration`.
    #[graph(base)]
    pub base: RetentionDuration,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.retentionDurationInDays",
    complex
)]
pub struct RetentionDurationInDays {
    /// The inherited properties of `retentionDuration`.
    #[graph(base)]
    pub base: RetentionDuration,
    pub days: Option<i32>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.retentionEventStatus")]
pub struct RetentionEventStatus {
    pub error: Option<crate::graph::PublicError>,
    pub status: Option<EventStatusType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Retention Policy events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.retentionPolicyAuditRecord",
    complex
)]
pub struct RetentionPolicyAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for RTI Operations Agent events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.rtiOperationsAgentAuditRecord",
    complex
)]
pub struct RtiOperationsAgentAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.sasTokenEvidence", complex)]
pub struct SasTokenEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub allowed_ip_addresses: Option<String>,
    pub allowed_resource_types: Option<Vec<String>>,
    pub allowed_services: Option<Vec<String>>,
    pub expiry_date_time: Option<edm::DateTimeOffset>,
    pub permissions: Option<Vec<String>>,
    pub protocol: Option<String>,
    pub signature_hash: Option<String>,
    pub signed_with: Option<String>,
    pub start_date_time: Option<edm::DateTimeOffset>,
    pub storage_resource: Option<AzureResourceEvidence>,
}

/// Audit data for SBP Configuration Event events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sbpConfigurationEventRecord",
    complex
)]
pub struct SbpConfigurationEventRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for SBP Usage Event events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.sbpUsageEventRecord", complex)]
pub struct SbpUsageEventRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Secure Score evidence events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.scoreEvidence", complex)]
pub struct ScoreEvidence {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Score Platform Generic events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.scorePlatformGenericAuditRecord",
    complex
)]
pub struct ScorePlatformGenericAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Script Run events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.scriptRunAuditRecord", complex)]
pub struct ScriptRunAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for search events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.searchAuditRecord", complex)]
pub struct SearchAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Security Compliance Alert events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.securityComplianceAlertRecord",
    complex
)]
pub struct SecurityComplianceAlertRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Security Compliance Center EOP cmdlet events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.securityComplianceCenterEOPCmdletAuditRecord",
    complex
)]
pub struct SecurityComplianceCenterEOPCmdletAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Security Compliance Insights events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.securityComplianceInsightsAuditRecord",
    complex
)]
pub struct SecurityComplianceInsightsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Security Compliance RBAC events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.securityComplianceRBACAuditRecord",
    complex
)]
pub struct SecurityComplianceRBACAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Security Compliance User Change events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.securityComplianceUserChangeAuditRecord",
    complex
)]
pub struct SecurityComplianceUserChangeAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Security Copilot Identity Management events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.securityCopilotIdentityManagementAuditRecord",
    complex
)]
pub struct SecurityCopilotIdentityManagementAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Security Development Lifecycle AI Log events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.securityDevelopmentLifecycleAILogAuditRecord",
    complex
)]
pub struct SecurityDevelopmentLifecycleAILogAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.securityGroupEvidence", complex)]
pub struct SecurityGroupEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub active_directory_object_guid: Option<edm::Guid>,
    pub display_name: Option<String>,
    pub distinguished_name: Option<String>,
    pub friendly_name: Option<String>,
    pub security_group_id: Option<String>,
    pub sid: Option<String>,
}

/// Audit data for Sensitive Info Remediation Agent events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sensitiveInfoRemediationAgentDataRecord",
    complex
)]
pub struct SensitiveInfoRemediationAgentDataRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sensitivity Label Action events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sensitivityLabelActionAuditRecord",
    complex
)]
pub struct SensitivityLabelActionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sensitivity Labeled File Action events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sensitivityLabeledFileActionAuditRecord",
    complex
)]
pub struct SensitivityLabeledFileActionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sensitivity Label Policy Match events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sensitivityLabelPolicyMatchAuditRecord",
    complex
)]
pub struct SensitivityLabelPolicyMatchAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.sensorDeploymentPackage")]
pub struct SensorDeploymentPackage {
    /// Not nullable.
    #[graph(non_nullable)]
    pub download_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.sensorSettings")]
pub struct SensorSettings {
    /// Not nullable.
    #[graph(non_nullable)]
    pub description: Option<String>,
    pub domain_controller_dns_names: Option<Vec<String>>,
    pub is_delayed_deployment_enabled: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `other`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "other")]
    #[graph(read_only)]
    pub network_adapters: Option<Vec<NetworkAdapter>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Sentinel AI Tool events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sentinelAIToolAuditRecord",
    complex
)]
pub struct SentinelAIToolAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sentinel Graph events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sentinelGraphAuditRecord",
    complex
)]
pub struct SentinelGraphAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sentinel Job events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sentinelJobAuditRecord",
    complex
)]
pub struct SentinelJobAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sentinel KQL On Lake events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sentinelKQLOnLakeAuditRecord",
    complex
)]
pub struct SentinelKQLOnLakeAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sentinel Lake Data Onboarding events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sentinelLakeDataOnboardingAuditRecord",
    complex
)]
pub struct SentinelLakeDataOnboardingAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sentinel Lake Encryption events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sentinelLakeEncryptionAuditRecord",
    complex
)]
pub struct SentinelLakeEncryptionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sentinel Lake Onboarding events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sentinelLakeOnboardingAuditRecord",
    complex
)]
pub struct SentinelLakeOnboardingAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sentinel Notebook On Lake events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sentinelNotebookOnLakeAuditRecord",
    complex
)]
pub struct SentinelNotebookOnLakeAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sentinel Package events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sentinelPackageAuditRecord",
    complex
)]
pub struct SentinelPackageAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.servicePrincipalEvidence",
    complex
)]
pub struct ServicePrincipalEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub app_id: Option<String>,
    pub app_owner_tenant_id: Option<String>,
    pub service_principal_name: Option<String>,
    pub service_principal_object_id: Option<String>,
    pub service_principal_type: Option<ServicePrincipalType>,
    pub tenant_id: Option<String>,
}

/// Audit data for SharePoint App Permission Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sharePointAppPermissionOperationAuditRecord",
    complex
)]
pub struct SharePointAppPermissionOperationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for SharePoint events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.sharePointAuditRecord", complex)]
pub struct SharePointAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for SharePoint Comment Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sharePointCommentOperationAuditRecord",
    complex
)]
pub struct SharePointCommentOperationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for SharePoint Content Security Policy events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sharePointContentSecurityPolicyAuditRecord",
    complex
)]
pub struct SharePointContentSecurityPolicyAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for SharePoint Content Type Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sharePointContentTypeOperationAuditRecord",
    complex
)]
pub struct SharePointContentTypeOperationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for SharePoint E Signature events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sharePointESignatureAuditRecord",
    complex
)]
pub struct SharePointESignatureAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for SharePoint Field Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sharePointFieldOperationAuditRecord",
    complex
)]
pub struct SharePointFieldOperationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for SharePoint File Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sharePointFileOperationAuditRecord",
    complex
)]
pub struct SharePointFileOperationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for SharePoint List Item Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sharePointListItemOperationAuditRecord",
    complex
)]
pub struct SharePointListItemOperationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for SharePoint List Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sharePointListOperationAuditRecord",
    complex
)]
pub struct SharePointListOperationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for SharePoint Sharing Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sharePointSharingOperationAuditRecord",
    complex
)]
pub struct SharePointSharingOperationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.singlePropertySchema")]
pub struct SinglePropertySchema {
    pub name: Option<String>,
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Skype for Business cmdlets events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.skypeForBusinessCmdletsAuditRecord",
    complex
)]
pub struct SkypeForBusinessCmdletsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Skype for Business PSTN Usage events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.skypeForBusinessPSTNUsageAuditRecord",
    complex
)]
pub struct SkypeForBusinessPSTNUsageAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Skype for Business Users Blocked events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.skypeForBusinessUsersBlockedAuditRecord",
    complex
)]
pub struct SkypeForBusinessUsersBlockedAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sonar Detonation Content Meta events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sonarDetonationContentMetadata",
    complex
)]
pub struct SonarDetonationContentMetadata {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sonar Detonation Entity events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sonarDetonationEntityAuditRecord",
    complex
)]
pub struct SonarDetonationEntityAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sonar File Detonation Entity events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sonarFileDetonationEntityAuditRecord",
    complex
)]
pub struct SonarFileDetonationEntityAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sonar Submission Entity events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sonarSubmissionEntityAuditRecord",
    complex
)]
pub struct SonarSubmissionEntityAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Sonar URL Detonation Entity events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sonarUrlDetonationEntityAuditRecord",
    complex
)]
pub struct SonarUrlDetonationEntityAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Spark Core Custom Live Pool events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.sparkCoreCustomLivePoolRecord",
    complex
)]
pub struct SparkCoreCustomLivePoolRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.sslCertificateEntity")]
pub struct SslCertificateEntity {
    pub address: Option<crate::graph::PhysicalAddress>,
    pub alternate_names: Option<Vec<String>>,
    pub common_name: Option<String>,
    pub email: Option<String>,
    pub given_name: Option<String>,
    pub organization_name: Option<String>,
    pub organization_unit_name: Option<String>,
    pub serial_number: Option<String>,
    pub surname: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.stream")]
pub struct Stream {
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Submission Entity events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.submissionEntityAuditRecord",
    complex
)]
pub struct SubmissionEntityAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.submissionMailEvidence",
    complex
)]
pub struct SubmissionMailEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub network_message_id: Option<String>,
    pub recipient: Option<String>,
    pub report_type: Option<String>,
    pub sender: Option<String>,
    pub sender_ip: Option<String>,
    pub subject: Option<String>,
    pub submission_date_time: Option<edm::DateTimeOffset>,
    pub submission_id: Option<String>,
    pub submitter: Option<String>,
}

/// Audit data for Supervisory Review Day X Insights events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.supervisoryReviewDayXInsightsAuditRecord",
    complex
)]
pub struct SupervisoryReviewDayXInsightsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Synthetic Probe events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.syntheticProbeAuditRecord",
    complex
)]
pub struct SyntheticProbeAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Team Copilot Interaction events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.teamCopilotInteractionAuditRecord",
    complex
)]
pub struct TeamCopilotInteractionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Teams Easy Approvals events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.teamsEasyApprovalsAuditRecord",
    complex
)]
pub struct TeamsEasyApprovalsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Teams Eval Data Hub Admin Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.teamsEvalDataHubAdminOperationAuditRecord",
    complex
)]
pub struct TeamsEvalDataHubAdminOperationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Teams Eval Data Hub Data Access events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.teamsEvalDataHubDataAccessAuditRecord",
    complex
)]
pub struct TeamsEvalDataHubDataAccessAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Teams Eval Data Hub Permission Change events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.teamsEvalDataHubPermissionChangeAuditRecord",
    complex
)]
pub struct TeamsEvalDataHubPermissionChangeAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Teams Healthcare events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.teamsHealthcareAuditRecord",
    complex
)]
pub struct TeamsHealthcareAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.teamsMessageEvidence", complex)]
pub struct TeamsMessageEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub campaign_id: Option<String>,
    pub channel_id: Option<String>,
    pub delivery_action: Option<TeamsMessageDeliveryAction>,
    pub delivery_location: Option<TeamsDeliveryLocation>,
    pub files: Option<Vec<FileEvidence>>,
    pub group_id: Option<String>,
    pub is_external: Option<bool>,
    pub is_owned: Option<bool>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub message_direction: Option<AntispamTeamsDirection>,
    pub message_id: Option<String>,
    pub owning_tenant_id: Option<edm::Guid>,
    pub parent_message_id: Option<String>,
    pub received_date_time: Option<edm::DateTimeOffset>,
    pub recipients: Option<Vec<String>>,
    pub sender_from_address: Option<String>,
    #[graph(rename = "senderIP")]
    pub sender_ip: Option<String>,
    pub source_app_name: Option<String>,
    pub source_id: Option<String>,
    pub subject: Option<String>,
    pub suspicious_recipients: Option<Vec<String>>,
    pub thread_id: Option<String>,
    pub thread_type: Option<String>,
    pub urls: Option<Vec<UrlEvidence>>,
}

/// Audit data for Teams Updates events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.teamsUpdatesAuditRecord",
    complex
)]
pub struct TeamsUpdatesAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Tenant Allow Block List events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.tenantAllowBlockListAuditRecord",
    complex
)]
pub struct TenantAllowBlockListAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.threatDetectionDetail")]
pub struct ThreatDetectionDetail {
    pub confidence_level: Option<String>,
    pub priority_account_protection: Option<String>,
    pub threats: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Threat Finder events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.threatFinderAuditRecord",
    complex
)]
pub struct ThreatFinderAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Threat Intelligence Atp Content events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.threatIntelligenceAtpContentData",
    complex
)]
pub struct ThreatIntelligenceAtpContentData {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Threat Intelligence Export events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.threatIntelligenceExportAuditRecord",
    complex
)]
pub struct ThreatIntelligenceExportAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Threat Intelligence Mail events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.threatIntelligenceMailData",
    complex
)]
pub struct ThreatIntelligenceMailData {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Threat Intelligence Object events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.threatIntelligenceObjectAuditRecord",
    complex
)]
pub struct ThreatIntelligenceObjectAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Threat Intelligence Url Click events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.threatIntelligenceUrlClickData",
    complex
)]
pub struct ThreatIntelligenceUrlClickData {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.timelineEvent")]
pub struct TimelineEvent {
    pub event_date_time: Option<edm::DateTimeOffset>,
    pub event_details: Option<String>,
    pub event_result: Option<String>,
    pub event_source: Option<EventSource>,
    pub event_threats: Option<Vec<String>>,
    pub event_type: Option<TimelineEventType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Microsoft To Do events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.todoAuditRecord", complex)]
pub struct TodoAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.topicModelingSettings")]
pub struct TopicModelingSettings {
    pub dynamically_adjust_topic_count: Option<bool>,
    pub ignore_numbers: Option<bool>,
    pub is_enabled: Option<bool>,
    pub topic_count: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Trainable Classifier events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.trainableClassifierAuditRecord",
    complex
)]
pub struct TrainableClassifierAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for UAM Operation events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.uamOperationAuditRecord",
    complex
)]
pub struct UamOperationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Unified Group events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.unifiedGroupAuditRecord",
    complex
)]
pub struct UnifiedGroupAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Unified Simulation Matched Item events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.unifiedSimulationMatchedItemAuditRecord",
    complex
)]
pub struct UnifiedSimulationMatchedItemAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Unified Simulation Summary events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.unifiedSimulationSummaryAuditRecord",
    complex
)]
pub struct UnifiedSimulationSummaryAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Universal Print Management events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.universalPrintManagementAuditRecord",
    complex
)]
pub struct UniversalPrintManagementAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Universal Print Print Job events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.universalPrintPrintJobAuditRecord",
    complex
)]
pub struct UniversalPrintPrintJobAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for URBAC Assignment events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.urbacAssignmentAuditRecord",
    complex
)]
pub struct UrbacAssignmentAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for URBAC Enable State events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.urbacEnableStateAuditRecord",
    complex
)]
pub struct UrbacEnableStateAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for URBAC Role events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.urbacRoleAuditRecord", complex)]
pub struct UrbacRoleAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.urlEvidence", complex)]
pub struct UrlEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub url: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.userAccount")]
pub struct UserAccount {
    pub account_name: Option<String>,
    pub active_directory_object_guid: Option<edm::Guid>,
    pub azure_ad_user_id: Option<String>,
    pub display_name: Option<String>,
    pub domain_name: Option<String>,
    pub resource_access_events: Option<Vec<ResourceAccessEvent>>,
    pub tenant_id: Option<String>,
    pub user_principal_name: Option<String>,
    pub user_sid: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.userEvidence", complex)]
pub struct UserEvidence {
    /// The inherited properties of `alertEvidence`.
    #[graph(base)]
    pub base: AlertEvidence,
    pub stream: Option<Stream>,
    pub user_account: Option<UserAccount>,
}

/// Audit data for User Training events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.userTrainingAuditRecord",
    complex
)]
pub struct UserTrainingAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for USX Workspace Onboarding events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.usxWorkspaceOnboardingAuditRecord",
    complex
)]
pub struct UsxWorkspaceOnboardingAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for VFAM Create Policy events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vfamCreatePolicyAuditRecord",
    complex
)]
pub struct VfamCreatePolicyAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for VFAM Delete Policy events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vfamDeletePolicyAuditRecord",
    complex
)]
pub struct VfamDeletePolicyAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for VFAM Update Policy events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vfamUpdatePolicyAuditRecord",
    complex
)]
pub struct VfamUpdatePolicyAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Amplify events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaAmplifyAuditRecord",
    complex
)]
pub struct VivaAmplifyAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Engage Events events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaEngageEventsAuditRecord",
    complex
)]
pub struct VivaEngageEventsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Engage Network Association events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaEngageNetworkAssociationAuditRecord",
    complex
)]
pub struct VivaEngageNetworkAssociationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Engage Segment events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaEngageSegmentAuditRecord",
    complex
)]
pub struct VivaEngageSegmentAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Glint Advanced Configuration events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaGlintAdvancedConfigurationAuditRecord",
    complex
)]
pub struct VivaGlintAdvancedConfigurationAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Glint Agentic Campaign events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaGlintAgenticCampaignAuditRecord",
    complex
)]
pub struct VivaGlintAgenticCampaignAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Glint Feedback Program events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaGlintFeedbackProgramAuditRecord",
    complex
)]
pub struct VivaGlintFeedbackProgramAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Glint Organizational events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaGlintOrganizationalDataAuditRecord",
    complex
)]
pub struct VivaGlintOrganizationalDataAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Glint Pulse Program events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaGlintPulseProgramAuditRecord",
    complex
)]
pub struct VivaGlintPulseProgramAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Glint Pulse Program Respondent Rate events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaGlintPulseProgramRespondentRateAuditRecord",
    complex
)]
pub struct VivaGlintPulseProgramRespondentRateAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Glint Question events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaGlintQuestionAuditRecord",
    complex
)]
pub struct VivaGlintQuestionAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Glint Role events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaGlintRoleAuditRecord",
    complex
)]
pub struct VivaGlintRoleAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Glint Rubicon events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaGlintRubiconAuditRecord",
    complex
)]
pub struct VivaGlintRubiconAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Glint Support Access events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaGlintSupportAccessAuditRecord",
    complex
)]
pub struct VivaGlintSupportAccessAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Glint System events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaGlintSystemAuditRecord",
    complex
)]
pub struct VivaGlintSystemAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Glint User events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaGlintUserAuditRecord",
    complex
)]
pub struct VivaGlintUserAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Glint User Group events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaGlintUserGroupAuditRecord",
    complex
)]
pub struct VivaGlintUserGroupAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Goals events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.vivaGoalsAuditRecord", complex)]
pub struct VivaGoalsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Learning Admin events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaLearningAdminAuditRecord",
    complex
)]
pub struct VivaLearningAdminAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Learning events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaLearningAuditRecord",
    complex
)]
pub struct VivaLearningAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Pulse Admin events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaPulseAdminAuditRecord",
    complex
)]
pub struct VivaPulseAdminAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Pulse Organizer events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaPulseOrganizerAuditRecord",
    complex
)]
pub struct VivaPulseOrganizerAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Pulse Report events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaPulseReportAuditRecord",
    complex
)]
pub struct VivaPulseReportAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Viva Pulse Response events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.vivaPulseResponseAuditRecord",
    complex
)]
pub struct VivaPulseResponseAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.vmMetadata")]
pub struct VmMetadata {
    /// Not nullable.
    #[graph(non_nullable)]
    pub cloud_provider: Option<VmCloudProvider>,
    pub resource_id: Option<String>,
    pub subscription_id: Option<String>,
    pub vm_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for WDATP Alerts events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.wdatpAlertsAuditRecord",
    complex
)]
pub struct WdatpAlertsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Web Content Filtering events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.webContentFilteringAuditRecord",
    complex
)]
pub struct WebContentFilteringAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.whoisContact")]
pub struct WhoisContact {
    pub address: Option<crate::graph::PhysicalAddress>,
    pub email: Option<String>,
    pub fax: Option<String>,
    pub name: Option<String>,
    pub organization: Option<String>,
    pub telephone: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "security", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.whoisNameserver")]
pub struct WhoisNameserver {
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `security`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "security")]
    #[graph(read_only)]
    pub host: Option<AnyHost>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Audit data for Windows365 Customer Lockbox events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.windows365CustomerLockboxAuditRecord",
    complex
)]
pub struct Windows365CustomerLockboxAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Workplace Analytics events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.workplaceAnalyticsAuditRecord",
    complex
)]
pub struct WorkplaceAnalyticsAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Yammer events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.yammerAuditRecord", complex)]
pub struct YammerAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

/// Audit data for Yammer User Hiding events.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.yammerUserHidingAuditRecord",
    complex
)]
pub struct YammerUserHidingAuditRecord {
    /// The inherited properties of `auditData`.
    #[graph(base)]
    pub base: AuditData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.alert",
    path = "/security/alerts_v2",
    action(
        name = "moveAlerts",
        collection,
        parameters = AlertCollectionMoveAlertsParameters,
        returns = MergeResponse
    )
)]
pub struct Alert {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub actor_display_name: Option<String>,
    pub additional_data: Option<Dictionary>,
    pub alert_policy_id: Option<String>,
    pub alert_web_url: Option<String>,
    pub assigned_to: Option<String>,
    pub categories: Option<Vec<String>>,
    pub category: Option<String>,
    pub classification: Option<AlertClassification>,
    pub comments: Option<Vec<AlertComment>>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub custom_details: Option<Dictionary>,
    pub description: Option<String>,
    pub detection_source: Option<DetectionSource>,
    pub detector_id: Option<String>,
    pub determination: Option<AlertDetermination>,
    pub evidence: Option<Vec<AnyAlertEvidence>>,
    pub first_activity_date_time: Option<edm::DateTimeOffset>,
    pub incident_id: Option<String>,
    pub incident_web_url: Option<String>,
    pub investigation_state: Option<InvestigationState>,
    pub last_activity_date_time: Option<edm::DateTimeOffset>,
    pub last_update_date_time: Option<edm::DateTimeOffset>,
    pub mitre_techniques: Option<Vec<String>>,
    pub product_name: Option<String>,
    pub provider_alert_id: Option<String>,
    pub recommended_actions: Option<String>,
    pub resolved_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub service_source: Option<ServiceSource>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub severity: Option<AlertSeverity>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<AlertStatus>,
    pub system_tags: Option<Vec<String>>,
    pub tenant_id: Option<String>,
    pub threat_display_name: Option<String>,
    pub threat_family_name: Option<String>,
    pub title: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data_2: AdditionalData,
}

/// The body of the action `moveAlerts`, bound to a collection of `alert`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct AlertCollectionMoveAlertsParameters {
    pub alert_ids: Option<Vec<String>>,
    pub incident_id: Option<String>,
    pub alert_comment: Option<String>,
    pub new_correlation_reasons: Option<Flags<CorrelationReason>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.analyzedEmail",
    action(name = "remediate", collection, parameters = AnalyzedEmailCollectionRemediateParameters)
)]
pub struct AnalyzedEmail {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub alert_ids: Option<Vec<String>>,
    pub attachments: Option<Vec<AnalyzedEmailAttachment>>,
    pub authentication_details: Option<AnalyzedEmailAuthenticationDetail>,
    pub bulk_complaint_level: Option<String>,
    pub client_type: Option<String>,
    pub contexts: Option<Vec<String>>,
    pub detection_methods: Option<Vec<String>>,
    pub directionality: Option<AntispamDirectionality>,
    pub distribution_list: Option<String>,
    pub dlp_rules: Option<Vec<AnalyzedEmailDlpRuleInfo>>,
    pub email_cluster_id: Option<String>,
    pub exchange_transport_rules: Option<Vec<AnalyzedEmailExchangeTransportRuleInfo>>,
    pub forwarding_detail: Option<String>,
    pub inbound_connector_formatted_name: Option<String>,
    pub internet_message_id: Option<String>,
    pub language: Option<String>,
    pub latest_delivery: Option<AnalyzedEmailDeliveryDetail>,
    pub logged_date_time: Option<edm::DateTimeOffset>,
    pub network_message_id: Option<String>,
    pub original_delivery: Option<AnalyzedEmailDeliveryDetail>,
    pub override_sources: Option<Vec<String>>,
    pub phish_confidence_level: Option<String>,
    pub policy: Option<String>,
    pub policy_action: Option<String>,
    pub policy_type: Option<String>,
    pub primary_override_source: Option<String>,
    pub recipient_detail: Option<AnalyzedEmailRecipientDetail>,
    pub recipient_email_address: Option<String>,
    pub return_path: Option<String>,
    pub sender_detail: Option<AnalyzedEmailSenderDetail>,
    pub size_in_bytes: Option<i32>,
    pub spam_confidence_level: Option<String>,
    pub subject: Option<String>,
    pub threat_detection_details: Option<Vec<ThreatDetectionDetail>>,
    pub threat_types: Option<Vec<ThreatType>>,
    pub timeline_events: Option<Vec<TimelineEvent>>,
    pub urls: Option<Vec<AnalyzedEmailUrl>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `remediate`, bound to a collection of `analyzedEmail`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct AnalyzedEmailCollectionRemediateParameters {
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub severity: Option<RemediationSeverity>,
    pub action: Option<RemediationAction>,
    pub remediate_senders_copy: Option<bool>,
    pub analyzed_emails: Option<Vec<AnalyzedEmail>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.article"
)]
pub struct Article {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub body: Option<FormattedContent>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub image_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_featured: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_updated_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub summary: Option<FormattedContent>,
    pub tags: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub title: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub indicators: Option<Vec<ArticleIndicator>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.articleIndicator")]
pub struct ArticleIndicator {
    /// The inherited properties of `indicator`.
    #[graph(base)]
    pub base: Indicator,
}

/// Root entity for the audit log API.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.auditCoreRoot",
    contains(name = "queries", target = AuditLogQuery)
)]
pub struct AuditCoreRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub queries: Option<Vec<AuditLogQuery>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Represents a query against the unified audit log.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.auditLogQuery",
    contains(name = "records", target = AuditLogRecord)
)]
pub struct AuditLogQuery {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub administrative_unit_id_filters: Option<Vec<String>>,
    pub display_name: Option<String>,
    pub filter_end_date_time: Option<edm::DateTimeOffset>,
    pub filter_start_date_time: Option<edm::DateTimeOffset>,
    pub ip_address_filters: Option<Vec<String>>,
    pub keyword_filter: Option<String>,
    pub object_id_filters: Option<Vec<String>>,
    pub operation_filters: Option<Vec<String>>,
    pub record_type_filters: Option<Vec<AuditLogRecordType>>,
    pub service_filters: Option<Vec<String>>,
    pub status: Option<AuditLogQueryStatus>,
    pub user_principal_name_filters: Option<Vec<String>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub records: Option<Vec<AuditLogRecord>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Represents an individual audit log record.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.auditLogRecord"
)]
pub struct AuditLogRecord {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub administrative_units: Option<Vec<String>>,
    pub audit_data: Option<AuditData>,
    pub audit_log_record_type: Option<AuditLogRecordType>,
    pub client_ip: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub object_id: Option<String>,
    pub operation: Option<String>,
    pub organization_id: Option<String>,
    pub service: Option<String>,
    pub user_id: Option<String>,
    pub user_principal_name: Option<String>,
    pub user_type: Option<AuditLogUserType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.authorityTemplate")]
pub struct AuthorityTemplate {
    /// The inherited properties of `filePlanDescriptorTemplate`.
    #[graph(base)]
    pub base: FilePlanDescriptorTemplate,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.autoAuditingConfiguration"
)]
pub struct AutoAuditingConfiguration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_automatic: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.caseOperation"
)]
pub struct CaseOperation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub action: Option<CaseAction>,
    pub completed_date_time: Option<edm::DateTimeOffset>,
    pub created_by: Option<crate::graph::AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub percent_progress: Option<i32>,
    pub result_info: Option<crate::graph::ResultInfo>,
    pub status: Option<CaseOperationStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.security.caseOperation`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `CaseOperation`, keeping its `@odata.type` and properties.
#[cfg(feature = "security")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyCaseOperation {
    /// `microsoft.graph.security.ediscoveryAddToReviewSetOperation`.
    EdiscoveryAddToReviewSetOperation(EdiscoveryAddToReviewSetOperation),
    /// `microsoft.graph.security.ediscoveryEstimateOperation`.
    EdiscoveryEstimateOperation(EdiscoveryEstimateOperation),
    /// `microsoft.graph.security.ediscoveryExportOperation`.
    EdiscoveryExportOperation(EdiscoveryExportOperation),
    /// `microsoft.graph.security.ediscoveryHoldOperation`.
    EdiscoveryHoldOperation(EdiscoveryHoldOperation),
    /// `microsoft.graph.security.ediscoveryHoldPolicySyncOperation`.
    EdiscoveryHoldPolicySyncOperation(EdiscoveryHoldPolicySyncOperation),
    /// `microsoft.graph.security.ediscoveryIndexOperation`.
    EdiscoveryIndexOperation(EdiscoveryIndexOperation),
    /// `microsoft.graph.security.ediscoveryPurgeDataOperation`.
    EdiscoveryPurgeDataOperation(EdiscoveryPurgeDataOperation),
    /// `microsoft.graph.security.ediscoverySearchExportOperation`.
    EdiscoverySearchExportOperation(EdiscoverySearchExportOperation),
    /// `microsoft.graph.security.ediscoveryTagOperation`.
    EdiscoveryTagOperation(EdiscoveryTagOperation),
    /// `microsoft.graph.security.caseOperation` itself, or a type this build does not declare.
    #[graph(other)]
    Other(CaseOperation),
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.casesRoot",
    contains(name = "ediscoveryCases", target = EdiscoveryCase)
)]
pub struct CasesRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub ediscovery_cases: Option<Vec<EdiscoveryCase>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.categoryTemplate",
    contains(name = "subcategories", target = SubcategoryTemplate)
)]
pub struct CategoryTemplate {
    /// The inherited properties of `filePlanDescriptorTemplate`.
    #[graph(base)]
    pub base: FilePlanDescriptorTemplate,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub subcategories: Option<Vec<SubcategoryTemplate>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.citationTemplate")]
pub struct CitationTemplate {
    /// The inherited properties of `filePlanDescriptorTemplate`.
    #[graph(base)]
    pub base: FilePlanDescriptorTemplate,
    pub citation_jurisdiction: Option<String>,
    pub citation_url: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.collaborationRoot",
    abstract,
    contains(name = "analyzedEmails", target = AnalyzedEmail)
)]
pub struct CollaborationRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub analyzed_emails: Option<Vec<AnalyzedEmail>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.dataSource",
    abstract
)]
pub struct DataSource {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<crate::graph::AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub display_name: Option<String>,
    pub hold_status: Option<DataSourceHoldStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.security.dataSource`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `DataSource`, keeping its `@odata.type` and properties.
#[cfg(feature = "security")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDataSource {
    /// `microsoft.graph.security.siteSource`.
    SiteSource(SiteSource),
    /// `microsoft.graph.security.unifiedGroupSource`.
    UnifiedGroupSource(UnifiedGroupSource),
    /// `microsoft.graph.security.userSource`.
    UserSource(UserSource),
    /// `microsoft.graph.security.dataSource` itself, or a type this build does not declare.
    #[graph(other)]
    Other(DataSource),
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.departmentTemplate")]
pub struct DepartmentTemplate {
    /// The inherited properties of `filePlanDescriptorTemplate`.
    #[graph(base)]
    pub base: FilePlanDescriptorTemplate,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.dispositionReviewStage")]
pub struct DispositionReviewStage {
    pub name: Option<String>,
    pub reviewers_email_addresses: Option<Vec<String>>,
    /// Not nullable.
    #[graph(key, non_nullable)]
    pub stage_number: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.ediscoveryAddToReviewSetOperation")]
pub struct EdiscoveryAddToReviewSetOperation {
    /// The inherited properties of `caseOperation`.
    #[graph(base)]
    pub base: CaseOperation,
    pub additional_data_options: Option<Flags<AdditionalDataOptions>>,
    pub cloud_attachment_version: Option<CloudAttachmentVersion>,
    pub document_version: Option<DocumentVersion>,
    pub items_to_include: Option<Flags<ItemsToInclude>>,
    pub report_file_metadata: Option<Vec<ReportFileMetadata>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub review_set: Option<EdiscoveryReviewSet>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub search: Option<Box<EdiscoverySearch>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.ediscoveryCase",
    contains(name = "caseMembers", target = EdiscoveryCaseMember),
    contains(name = "custodians", target = EdiscoveryCustodian),
    contains(name = "noncustodialDataSources", target = EdiscoveryNoncustodialDataSource),
    contains(name = "operations", target = CaseOperation),
    contains(name = "reviewSets", target = EdiscoveryReviewSet),
    contains(name = "searches", target = EdiscoverySearch),
    contains(name = "settings", target = EdiscoveryCaseSettings, single),
    contains(name = "tags", target = EdiscoveryReviewTag),
    action = "close",
    action = "reopen"
)]
pub struct EdiscoveryCase {
    /// The inherited properties of `case`.
    #[graph(base)]
    pub base: Case,
    pub closed_by: Option<crate::graph::AnyIdentitySet>,
    pub closed_date_time: Option<edm::DateTimeOffset>,
    pub external_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub case_members: Option<Vec<EdiscoveryCaseMember>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub custodians: Option<Vec<EdiscoveryCustodian>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub noncustodial_data_sources: Option<Vec<EdiscoveryNoncustodialDataSource>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub operations: Option<Vec<AnyCaseOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub review_sets: Option<Vec<EdiscoveryReviewSet>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub searches: Option<Vec<EdiscoverySearch>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub settings: Option<EdiscoveryCaseSettings>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub tags: Option<Vec<EdiscoveryReviewTag>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.ediscoveryCaseMember"
)]
pub struct EdiscoveryCaseMember {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub recipient_type: Option<Flags<RecipientType>>,
    pub smtp_address: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.ediscoveryCaseSettings",
    action = "resetToDefault"
)]
pub struct EdiscoveryCaseSettings {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub case_type: Option<CaseType>,
    pub ocr: Option<OcrSettings>,
    pub redundancy_detection: Option<RedundancyDetectionSettings>,
    pub review_set_settings: Option<Flags<ReviewSetSettings>>,
    pub topic_modeling: Option<TopicModelingSettings>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.ediscoveryCustodian",
    contains(name = "siteSources", target = SiteSource),
    contains(name = "unifiedGroupSources", target = UnifiedGroupSource),
    contains(name = "userSources", target = UserSource),
    action = "activate",
    action(
        name = "applyHold",
        collection,
        parameters = EdiscoveryCustodianCollectionApplyHoldParameters
    ),
    action = "applyHold",
    action = "release",
    action(
        name = "removeHold",
        collection,
        parameters = EdiscoveryCustodianCollectionRemoveHoldParameters
    ),
    action = "removeHold",
    action = "updateIndex"
)]
pub struct EdiscoveryCustodian {
    /// The inherited properties of `dataSourceContainer`.
    #[graph(base)]
    pub base: DataSourceContainer,
    pub acknowledged_date_time: Option<edm::DateTimeOffset>,
    pub email: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub last_index_operation: Option<EdiscoveryIndexOperation>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub site_sources: Option<Vec<SiteSource>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub unified_group_sources: Option<Vec<UnifiedGroupSource>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_sources: Option<Vec<UserSource>>,
}

/// The body of the action `applyHold`, bound to a collection of `ediscoveryCustodian`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct EdiscoveryCustodianCollectionApplyHoldParameters {
    pub ids: Option<Vec<String>>,
}

/// The body of the action `removeHold`, bound to a collection of `ediscoveryCustodian`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct EdiscoveryCustodianCollectionRemoveHoldParameters {
    pub ids: Option<Vec<String>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.ediscoveryEstimateOperation")]
pub struct EdiscoveryEstimateOperation {
    /// The inherited properties of `caseOperation`.
    #[graph(base)]
    pub base: CaseOperation,
    pub indexed_item_count: Option<edm::Int64>,
    pub indexed_items_size: Option<edm::Int64>,
    pub mailbox_count: Option<i32>,
    pub report_file_metadata: Option<Vec<ReportFileMetadata>>,
    pub site_count: Option<i32>,
    pub statistics_options: Option<Flags<StatisticsOptions>>,
    pub unindexed_item_count: Option<edm::Int64>,
    pub unindexed_items_size: Option<edm::Int64>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub search: Option<Box<EdiscoverySearch>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.ediscoveryExportOperation")]
pub struct EdiscoveryExportOperation {
    /// The inherited properties of `caseOperation`.
    #[graph(base)]
    pub base: CaseOperation,
    pub description: Option<String>,
    pub export_file_metadata: Option<Vec<ExportFileMetadata>>,
    pub export_options: Option<Flags<ExportOptions>>,
    pub export_structure: Option<ExportFileStructure>,
    pub output_name: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub review_set: Option<EdiscoveryReviewSet>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub review_set_query: Option<EdiscoveryReviewSetQuery>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.ediscoveryHoldOperation")]
pub struct EdiscoveryHoldOperation {
    /// The inherited properties of `caseOperation`.
    #[graph(base)]
    pub base: CaseOperation,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.ediscoveryHoldPolicySyncOperation")]
pub struct EdiscoveryHoldPolicySyncOperation {
    /// The inherited properties of `caseOperation`.
    #[graph(base)]
    pub base: CaseOperation,
    pub report_file_metadata: Option<Vec<ReportFileMetadata>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.ediscoveryIndexOperation")]
pub struct EdiscoveryIndexOperation {
    /// The inherited properties of `caseOperation`.
    #[graph(base)]
    pub base: CaseOperation,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.ediscoveryNoncustodialDataSource",
    contains(name = "dataSource", target = DataSource, single),
    action(
        name = "applyHold",
        collection,
        parameters = EdiscoveryNoncustodialDataSourceCollectionApplyHoldParameters
    ),
    action = "applyHold",
    action = "release",
    action(
        name = "removeHold",
        collection,
        parameters = EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParameters
    ),
    action = "removeHold",
    action = "updateIndex"
)]
pub struct EdiscoveryNoncustodialDataSource {
    /// The inherited properties of `dataSourceContainer`.
    #[graph(base)]
    pub base: DataSourceContainer,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub data_source: Option<AnyDataSource>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub last_index_operation: Option<EdiscoveryIndexOperation>,
}

/// The body of the action `applyHold`, bound to a collection of `ediscoveryNoncustodialDataSource`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct EdiscoveryNoncustodialDataSourceCollectionApplyHoldParameters {
    pub ids: Option<Vec<String>>,
}

/// The body of the action `removeHold`, bound to a collection of
/// `ediscoveryNoncustodialDataSource`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParameters {
    pub ids: Option<Vec<String>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.ediscoveryPurgeDataOperation")]
pub struct EdiscoveryPurgeDataOperation {
    /// The inherited properties of `caseOperation`.
    #[graph(base)]
    pub base: CaseOperation,
    pub report_file_metadata: Option<Vec<ReportFileMetadata>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.ediscoveryReviewSet",
    contains(name = "queries", target = EdiscoveryReviewSetQuery),
    action(name = "addToReviewSet", parameters = EdiscoveryReviewSetAddToReviewSetParameters),
    action(name = "export", parameters = EdiscoveryReviewSetExportParameters)
)]
pub struct EdiscoveryReviewSet {
    /// The inherited properties of `dataSet`.
    #[graph(base)]
    pub base: DataSet,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub queries: Option<Vec<EdiscoveryReviewSetQuery>>,
}

/// The body of the action `addToReviewSet`, bound to `ediscoveryReviewSet`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct EdiscoveryReviewSetAddToReviewSetParameters {
    pub search: Option<EdiscoverySearch>,
    pub additional_data_options: Option<Flags<AdditionalDataOptions>>,
    pub items_to_include: Option<Flags<ItemsToInclude>>,
    pub cloud_attachment_version: Option<CloudAttachmentVersion>,
    pub document_version: Option<DocumentVersion>,
}

/// The body of the action `export`, bound to `ediscoveryReviewSet`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct EdiscoveryReviewSetExportParameters {
    pub output_name: Option<String>,
    pub description: Option<String>,
    pub export_options: Option<Flags<ExportOptions>>,
    pub export_structure: Option<ExportFileStructure>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.ediscoveryReviewSetQuery",
    action(name = "applyTags", parameters = EdiscoveryReviewSetQueryApplyTagsParameters),
    action(name = "export", parameters = EdiscoveryReviewSetQueryExportParameters)
)]
pub struct EdiscoveryReviewSetQuery {
    /// The inherited properties of `search`.
    #[graph(base)]
    pub base: Search,
}

/// The body of the action `applyTags`, bound to `ediscoveryReviewSetQuery`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct EdiscoveryReviewSetQueryApplyTagsParameters {
    pub tags_to_add: Option<Vec<EdiscoveryReviewTag>>,
    pub tags_to_remove: Option<Vec<EdiscoveryReviewTag>>,
}

/// The body of the action `export`, bound to `ediscoveryReviewSetQuery`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct EdiscoveryReviewSetQueryExportParameters {
    pub output_name: Option<String>,
    pub description: Option<String>,
    pub export_options: Option<Flags<ExportOptions>>,
    pub export_structure: Option<ExportFileStructure>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.ediscoveryReviewTag",
    function(name = "asHierarchy", collection, returns = Page<EdiscoveryReviewTag>)
)]
pub struct EdiscoveryReviewTag {
    /// The inherited properties of `tag`.
    #[graph(base)]
    pub base: Tag,
    pub child_selectability: Option<ChildSelectability>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub child_tags: Option<Vec<EdiscoveryReviewTag>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent: Option<Box<EdiscoveryReviewTag>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.ediscoverySearch",
    contains(name = "additionalSources", target = DataSource),
    action = "estimateStatistics",
    action(name = "exportReport", parameters = EdiscoverySearchExportReportParameters),
    action(name = "exportResult", parameters = EdiscoverySearchExportResultParameters),
    action(name = "purgeData", parameters = EdiscoverySearchPurgeDataParameters)
)]
pub struct EdiscoverySearch {
    /// The inherited properties of `search`.
    #[graph(base)]
    pub base: Search,
    pub data_source_scopes: Option<Flags<DataSourceScopes>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub additional_sources: Option<Vec<AnyDataSource>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub add_to_review_set_operation: Option<Box<EdiscoveryAddToReviewSetOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub custodian_sources: Option<Vec<AnyDataSource>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub last_estimate_statistics_operation: Option<Box<EdiscoveryEstimateOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub noncustodial_sources: Option<Vec<EdiscoveryNoncustodialDataSource>>,
}

/// The body of the action `exportReport`, bound to `ediscoverySearch`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct EdiscoverySearchExportReportParameters {
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub export_criteria: Option<Flags<ExportCriteria>>,
    pub export_location: Option<Flags<ExportLocation>>,
    pub additional_options: Option<Flags<AdditionalOptions>>,
    pub cloud_attachment_version: Option<CloudAttachmentVersion>,
    pub document_version: Option<DocumentVersion>,
}

/// The body of the action `exportResult`, bound to `ediscoverySearch`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct EdiscoverySearchExportResultParameters {
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub export_criteria: Option<Flags<ExportCriteria>>,
    pub export_location: Option<Flags<ExportLocation>>,
    pub additional_options: Option<Flags<AdditionalOptions>>,
    pub export_format: Option<ExportFormat>,
    pub export_single_items: Option<bool>,
    pub cloud_attachment_version: Option<CloudAttachmentVersion>,
    pub document_version: Option<DocumentVersion>,
}

/// The body of the action `purgeData`, bound to `ediscoverySearch`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct EdiscoverySearchPurgeDataParameters {
    pub purge_type: Option<PurgeType>,
    pub purge_areas: Option<Flags<PurgeAreas>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.ediscoverySearchExportOperation")]
pub struct EdiscoverySearchExportOperation {
    /// The inherited properties of `caseOperation`.
    #[graph(base)]
    pub base: CaseOperation,
    pub additional_options: Option<Flags<AdditionalOptions>>,
    pub cloud_attachment_version: Option<CloudAttachmentVersion>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub document_version: Option<DocumentVersion>,
    pub export_criteria: Option<Flags<ExportCriteria>>,
    pub export_file_metadata: Option<Vec<ExportFileMetadata>>,
    pub export_format: Option<ExportFormat>,
    pub export_location: Option<Flags<ExportLocation>>,
    pub export_single_items: Option<bool>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub search: Option<EdiscoverySearch>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.ediscoveryTagOperation")]
pub struct EdiscoveryTagOperation {
    /// The inherited properties of `caseOperation`.
    #[graph(base)]
    pub base: CaseOperation,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.filePlanDescriptor"
)]
pub struct FilePlanDescriptor {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub authority: Option<FilePlanAuthority>,
    pub category: Option<FilePlanAppliedCategory>,
    pub citation: Option<FilePlanCitation>,
    pub department: Option<FilePlanDepartment>,
    pub file_plan_reference: Option<FilePlanReference>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub authority_template: Option<AuthorityTemplate>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub category_template: Option<CategoryTemplate>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub citation_template: Option<CitationTemplate>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub department_template: Option<DepartmentTemplate>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub file_plan_reference_template: Option<FilePlanReferenceTemplate>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.filePlanReferenceTemplate")]
pub struct FilePlanReferenceTemplate {
    /// The inherited properties of `filePlanDescriptorTemplate`.
    #[graph(base)]
    pub base: FilePlanDescriptorTemplate,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.healthIssue"
)]
pub struct HealthIssue {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub additional_information: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub domain_names: Option<Vec<String>>,
    pub health_issue_type: Option<HealthIssueType>,
    pub issue_type_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub recommendations: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub recommended_action_commands: Option<Vec<String>>,
    #[graph(rename = "sensorDNSNames")]
    pub sensor_dns_names: Option<Vec<String>>,
    pub severity: Option<HealthIssueSeverity>,
    pub status: Option<HealthIssueStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security.host",
    abstract,
    contains(name = "reputation", target = HostReputation, single)
)]
pub struct Host {
    /// The inherited properties of `artifact`.
    #[graph(base)]
    pub base: Artifact,
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub child_host_pairs: Option<Vec<HostPair>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub components: Option<Vec<HostComponent>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub cookies: Option<Vec<HostCookie>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub host_pairs: Option<Vec<HostPair>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_host_pairs: Option<Vec<HostPair>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub passive_dns: Option<Vec<PassiveDnsRecord>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub passive_dns_reverse: Option<Vec<PassiveDnsRecord>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub ports: Option<Vec<HostPort>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub reputation: Option<HostReputation>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub ssl_certificates: Option<Vec<HostSslCertificate>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub subdomains: Option<Vec<Subdomain>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub trackers: Option<Vec<HostTracker>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub whois: Option<Box<WhoisRecord>>,
}

/// A `microsoft.graph.security.host`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `Host`, keeping its `@odata.type` and properties.
#[cfg(feature = "security")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyHost {
    /// `microsoft.graph.security.hostname`.
    Hostname(Hostname),
    /// `microsoft.graph.security.ipAddress`.
    IpAddress(IpAddress),
    /// `microsoft.graph.security.host` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Host),
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.hostComponent")]
pub struct HostComponent {
    /// The inherited properties of `artifact`.
    #[graph(base)]
    pub base: Artifact,
    pub category: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    pub version: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub host: Option<AnyHost>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.hostCookie")]
pub struct HostCookie {
    /// The inherited properties of `artifact`.
    #[graph(base)]
    pub base: Artifact,
    /// Not nullable.
    #[graph(non_nullable)]
    pub domain: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub host: Option<AnyHost>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.hostname")]
pub struct Hostname {
    /// The inherited properties of `host`.
    #[graph(base)]
    pub base: Host,
    pub registrant: Option<String>,
    pub registrar: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.hostPair"
)]
pub struct HostPair {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    pub link_kind: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub child_host: Option<AnyHost>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_host: Option<AnyHost>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.hostPort"
)]
pub struct HostPort {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub banners: Option<Vec<HostPortBanner>>,
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    pub last_scan_date_time: Option<edm::DateTimeOffset>,
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub port: Option<i32>,
    pub protocol: Option<HostPortProtocol>,
    pub services: Option<Vec<HostPortComponent>>,
    pub status: Option<HostPortStatus>,
    pub times_observed: Option<i32>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub host: Option<AnyHost>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub most_recent_ssl_certificate: Option<SslCertificate>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.hostReputation"
)]
pub struct HostReputation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub classification: Option<HostReputationClassification>,
    pub rules: Option<Vec<HostReputationRule>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub score: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.hostSslCertificate")]
pub struct HostSslCertificate {
    /// The inherited properties of `artifact`.
    #[graph(base)]
    pub base: Artifact,
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    pub ports: Option<Vec<HostSslCertificatePort>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub host: Option<AnyHost>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub ssl_certificate: Option<SslCertificate>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.hostTracker")]
pub struct HostTracker {
    /// The inherited properties of `artifact`.
    #[graph(base)]
    pub base: Artifact,
    /// Not nullable.
    #[graph(non_nullable)]
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub kind: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub value: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub host: Option<AnyHost>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.identityAccounts",
    abstract,
    action(
        name = "invokeAction",
        parameters = IdentityAccountsInvokeActionParameters,
        returns = InvokeActionResult
    )
)]
pub struct IdentityAccounts {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub accounts: Option<Vec<Account>>,
    pub cloud_security_identifier: Option<String>,
    pub display_name: Option<String>,
    pub domain: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_enabled: Option<bool>,
    pub on_premises_security_identifier: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.security.identityAccounts`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `IdentityAccounts`, keeping its `@odata.type` and properties.
#[cfg(feature = "security")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyIdentityAccounts {
    /// `microsoft.graph.security.user`.
    User(User),
    /// `microsoft.graph.security.identityAccounts` itself, or a type this build does not declare.
    #[graph(other)]
    Other(IdentityAccounts),
}

/// The body of the action `invokeAction`, bound to `identityAccounts`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct IdentityAccountsInvokeActionParameters {
    pub account_id: String,
    pub action: Action,
    pub identity_provider: IdentityProvider,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.identityContainer",
    contains(name = "healthIssues", target = HealthIssue),
    contains(name = "identityAccounts", target = IdentityAccounts),
    contains(
        name = "sensorCandidateActivationConfiguration",
        target = SensorCandidateActivationConfiguration,
        single
    ),
    contains(name = "sensorCandidates", target = SensorCandidate),
    contains(name = "sensors", target = Sensor),
    contains(name = "settings", target = SettingsContainer, single)
)]
pub struct IdentityContainer {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub health_issues: Option<Vec<HealthIssue>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub identity_accounts: Option<Vec<AnyIdentityAccounts>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sensor_candidate_activation_configuration: Option<SensorCandidateActivationConfiguration>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sensor_candidates: Option<Vec<SensorCandidate>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sensors: Option<Vec<Sensor>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub settings: Option<SettingsContainer>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.incident",
    path = "/security/incidents",
    action(
        name = "mergeIncidents",
        collection,
        parameters = IncidentCollectionMergeIncidentsParameters,
        returns = MergeResponse
    )
)]
pub struct Incident {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub assigned_to: Option<String>,
    pub classification: Option<AlertClassification>,
    pub comments: Option<Vec<AlertComment>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub custom_tags: Option<Vec<String>>,
    pub description: Option<String>,
    pub determination: Option<AlertDetermination>,
    pub display_name: Option<String>,
    pub incident_web_url: Option<String>,
    pub last_modified_by: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_update_date_time: Option<edm::DateTimeOffset>,
    pub priority_score: Option<i32>,
    pub redirect_incident_id: Option<String>,
    pub resolving_comment: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub severity: Option<AlertSeverity>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<IncidentStatus>,
    pub summary: Option<String>,
    pub system_tags: Option<Vec<String>>,
    pub tenant_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub alerts: Option<Vec<Alert>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `mergeIncidents`, bound to a collection of `incident`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct IncidentCollectionMergeIncidentsParameters {
    pub incident_ids: Option<Vec<String>>,
    pub incident_comment: Option<String>,
    pub merge_reasons: Option<Flags<CorrelationReason>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.intelligenceProfile"
)]
pub struct IntelligenceProfile {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub aliases: Option<Vec<String>>,
    pub countries_or_regions_of_origin: Option<Vec<IntelligenceProfileCountryOrRegionOfOrigin>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub description: Option<FormattedContent>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub first_active_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub kind: Option<IntelligenceProfileKind>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub summary: Option<FormattedContent>,
    pub targets: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub title: Option<String>,
    pub tradecraft: Option<FormattedContent>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub indicators: Option<Vec<IntelligenceProfileIndicator>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.intelligenceProfileIndicator")]
pub struct IntelligenceProfileIndicator {
    /// The inherited properties of `indicator`.
    #[graph(base)]
    pub base: Indicator,
    /// Not nullable.
    #[graph(non_nullable)]
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.ipAddress")]
pub struct IpAddress {
    /// The inherited properties of `host`.
    #[graph(base)]
    pub base: Host,
    pub autonomous_system: Option<AutonomousSystem>,
    pub country_or_region: Option<String>,
    pub hosting_provider: Option<String>,
    pub netblock: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.labelsRoot",
    contains(name = "authorities", target = AuthorityTemplate),
    contains(name = "categories", target = CategoryTemplate),
    contains(name = "citations", target = CitationTemplate),
    contains(name = "departments", target = DepartmentTemplate),
    contains(name = "filePlanReferences", target = FilePlanReferenceTemplate),
    contains(name = "retentionLabels", target = RetentionLabel)
)]
pub struct LabelsRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub authorities: Option<Vec<AuthorityTemplate>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub categories: Option<Vec<CategoryTemplate>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub citations: Option<Vec<CitationTemplate>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub departments: Option<Vec<DepartmentTemplate>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub file_plan_references: Option<Vec<FilePlanReferenceTemplate>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub retention_labels: Option<Vec<RetentionLabel>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.passiveDnsRecord")]
pub struct PassiveDnsRecord {
    /// The inherited properties of `artifact`.
    #[graph(base)]
    pub base: Artifact,
    /// Not nullable.
    #[graph(non_nullable)]
    pub collected_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub record_type: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub artifact: Option<Box<AnyArtifact>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_host: Option<AnyHost>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.retentionEvent"
)]
pub struct RetentionEvent {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<crate::graph::AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub event_propagation_results: Option<Vec<EventPropagationResult>>,
    pub event_queries: Option<Vec<EventQuery>>,
    pub event_status: Option<RetentionEventStatus>,
    pub event_trigger_date_time: Option<edm::DateTimeOffset>,
    pub last_modified_by: Option<crate::graph::AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub last_status_update_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub retention_event_type: Option<RetentionEventType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.retentionEventType"
)]
pub struct RetentionEventType {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_by: Option<crate::graph::AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub last_modified_by: Option<crate::graph::AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.retentionLabel",
    contains(name = "descriptors", target = FilePlanDescriptor, single),
    contains(name = "dispositionReviewStages", target = DispositionReviewStage)
)]
pub struct RetentionLabel {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub action_after_retention_period: Option<ActionAfterRetentionPeriod>,
    pub behavior_during_retention_period: Option<BehaviorDuringRetentionPeriod>,
    pub created_by: Option<crate::graph::AnyIdentitySet>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub default_record_behavior: Option<DefaultRecordBehavior>,
    pub description_for_admins: Option<String>,
    pub description_for_users: Option<String>,
    pub display_name: Option<String>,
    pub is_in_use: Option<bool>,
    pub label_to_be_applied: Option<String>,
    pub last_modified_by: Option<crate::graph::AnyIdentitySet>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub retention_duration: Option<AnyRetentionDuration>,
    pub retention_trigger: Option<RetentionTrigger>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub descriptors: Option<FilePlanDescriptor>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub disposition_review_stages: Option<Vec<DispositionReviewStage>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub retention_event_type: Option<RetentionEventType>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.sensor",
    action(name = "regenerateDeploymentAccessKey", collection, returns = DeploymentAccessKeyType),
    function(name = "getDeploymentAccessKey", collection, returns = DeploymentAccessKeyType),
    function(name = "getDeploymentPackageUri", collection, returns = SensorDeploymentPackage)
)]
pub struct Sensor {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub deployment_status: Option<DeploymentStatus>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub domain_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub health_status: Option<SensorHealthStatus>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub open_health_issues_count: Option<edm::Int64>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub sensor_type: Option<SensorType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub service_status: Option<ServiceStatus>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub settings: Option<SensorSettings>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub version: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub health_issues: Option<Vec<HealthIssue>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.sensorCandidate",
    action(name = "activate", collection, parameters = SensorCandidateCollectionActivateParameters)
)]
pub struct SensorCandidate {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub computer_dns_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub domain_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub sense_client_version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `activate`, bound to a collection of `sensorCandidate`.
#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct SensorCandidateCollectionActivateParameters {
    pub server_ids: Option<Vec<String>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.sensorCandidateActivationConfiguration"
)]
pub struct SensorCandidateActivationConfiguration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub activation_mode: Option<SensorCandidateActivationMode>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.settingsContainer",
    contains(name = "autoAuditingConfiguration", target = AutoAuditingConfiguration, single)
)]
pub struct SettingsContainer {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub auto_auditing_configuration: Option<AutoAuditingConfiguration>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.siteSource")]
pub struct SiteSource {
    /// The inherited properties of `dataSource`.
    #[graph(base)]
    pub base: DataSource,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `sites`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "sites")]
    #[graph(read_only)]
    pub site: Option<crate::graph::Site>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.sslCertificate")]
pub struct SslCertificate {
    /// The inherited properties of `artifact`.
    #[graph(base)]
    pub base: Artifact,
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub fingerprint: Option<String>,
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    pub issue_date_time: Option<edm::DateTimeOffset>,
    pub issuer: Option<SslCertificateEntity>,
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    pub serial_number: Option<String>,
    pub sha1: Option<String>,
    pub subject: Option<SslCertificateEntity>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub related_hosts: Option<Vec<AnyHost>>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.subcategoryTemplate")]
pub struct SubcategoryTemplate {
    /// The inherited properties of `filePlanDescriptorTemplate`.
    #[graph(base)]
    pub base: FilePlanDescriptorTemplate,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.subdomain"
)]
pub struct Subdomain {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub first_seen_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub host: Option<AnyHost>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.threatIntelligence",
    contains(name = "articleIndicators", target = ArticleIndicator),
    contains(name = "articles", target = Article),
    contains(name = "hostComponents", target = HostComponent),
    contains(name = "hostCookies", target = HostCookie),
    contains(name = "hostPairs", target = HostPair),
    contains(name = "hostPorts", target = HostPort),
    contains(name = "hosts", target = Host),
    contains(name = "hostSslCertificates", target = HostSslCertificate),
    contains(name = "hostTrackers", target = HostTracker),
    contains(name = "intelligenceProfileIndicators", target = IntelligenceProfileIndicator),
    contains(name = "intelProfiles", target = IntelligenceProfile),
    contains(name = "passiveDnsRecords", target = PassiveDnsRecord),
    contains(name = "sslCertificates", target = SslCertificate),
    contains(name = "subdomains", target = Subdomain),
    contains(name = "vulnerabilities", target = Vulnerability),
    contains(name = "whoisHistoryRecords", target = WhoisHistoryRecord),
    contains(name = "whoisRecords", target = WhoisRecord)
)]
pub struct ThreatIntelligence {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub article_indicators: Option<Vec<ArticleIndicator>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub articles: Option<Vec<Article>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub host_components: Option<Vec<HostComponent>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub host_cookies: Option<Vec<HostCookie>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub host_pairs: Option<Vec<HostPair>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub host_ports: Option<Vec<HostPort>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub hosts: Option<Vec<AnyHost>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub host_ssl_certificates: Option<Vec<HostSslCertificate>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub host_trackers: Option<Vec<HostTracker>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub intelligence_profile_indicators: Option<Vec<IntelligenceProfileIndicator>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub intel_profiles: Option<Vec<IntelligenceProfile>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub passive_dns_records: Option<Vec<PassiveDnsRecord>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub ssl_certificates: Option<Vec<SslCertificate>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub subdomains: Option<Vec<Subdomain>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub vulnerabilities: Option<Vec<Vulnerability>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub whois_history_records: Option<Vec<WhoisHistoryRecord>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub whois_records: Option<Vec<WhoisRecord>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.triggersRoot",
    contains(name = "retentionEvents", target = RetentionEvent)
)]
pub struct TriggersRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub retention_events: Option<Vec<RetentionEvent>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.triggerTypesRoot",
    contains(name = "retentionEventTypes", target = RetentionEventType)
)]
pub struct TriggerTypesRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub retention_event_types: Option<Vec<RetentionEventType>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.unifiedGroupSource")]
pub struct UnifiedGroupSource {
    /// The inherited properties of `dataSource`.
    #[graph(base)]
    pub base: DataSource,
    pub included_sources: Option<Flags<SourceType>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub group: Option<crate::graph::Group>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.user")]
pub struct User {
    /// The inherited properties of `identityAccounts`.
    #[graph(base)]
    pub base: IdentityAccounts,
    pub email_address: Option<String>,
    pub user_principal_name: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.userSource")]
pub struct UserSource {
    /// The inherited properties of `dataSource`.
    #[graph(base)]
    pub base: DataSource,
    /// Not nullable.
    #[graph(non_nullable)]
    pub email: Option<String>,
    pub included_sources: Option<Flags<SourceType>>,
    pub site_web_url: Option<String>,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.vulnerability",
    contains(name = "components", target = VulnerabilityComponent)
)]
pub struct Vulnerability {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub active_exploits_observed: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub common_weakness_enumeration_ids: Option<Vec<String>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub cvss2_summary: Option<CvssSummary>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub cvss3_summary: Option<CvssSummary>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub description: Option<FormattedContent>,
    pub exploits: Option<Vec<Hyperlink>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub exploits_available: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub has_chatter: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub priority_score: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub published_date_time: Option<edm::DateTimeOffset>,
    pub references: Option<Vec<Hyperlink>>,
    pub remediation: Option<FormattedContent>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub severity: Option<VulnerabilitySeverity>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub articles: Option<Vec<Article>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub components: Option<Vec<VulnerabilityComponent>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.vulnerabilityComponent"
)]
pub struct VulnerabilityComponent {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.whoisHistoryRecord")]
pub struct WhoisHistoryRecord {
    /// The inherited properties of `whoisBaseRecord`.
    #[graph(base)]
    pub base: WhoisBaseRecord,
}

#[cfg(feature = "security")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.whoisRecord")]
pub struct WhoisRecord {
    /// The inherited properties of `whoisBaseRecord`.
    #[graph(base)]
    pub base: WhoisBaseRecord,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub history: Option<Vec<WhoisHistoryRecord>>,
}
