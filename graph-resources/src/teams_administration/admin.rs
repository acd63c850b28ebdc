//! The types of the area `admin`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAdministration.accountType")]
pub enum AccountType {
    User,
    ResourceAccount,
    Guest,
    SfbOnPremUser,
    Unknown,
    UnknownFutureValue,
    IneligibleUser,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAdministration.activationState")]
pub enum ActivationState {
    Activated,
    AssignmentPending,
    AssignmentFailed,
    UpdatePending,
    UpdateFailed,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAdministration.assignmentCategory")]
pub enum AssignmentCategory {
    Primary,
    Private,
    Alternate,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAdministration.assignmentStatus")]
pub enum AssignmentStatus {
    Unassigned,
    InternalError,
    UserAssigned,
    ConferenceAssigned,
    VoiceApplicationAssigned,
    ThirdPartyAppAssigned,
    PolicyAssigned,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAdministration.assignmentType")]
pub enum AssignmentType {
    Direct,
    Group,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAdministration.customerAction")]
pub enum CustomerAction {
    LocationUpdate,
    Release,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAdministration.numberCapability")]
pub enum NumberCapability {
    ConferenceAssignment,
    VoiceApplicationAssignment,
    UserAssignment,
    TeamsPhoneMobile,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAdministration.numberSource")]
pub enum NumberSource {
    Online,
    OnPremises,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAdministration.numberType")]
pub enum NumberType {
    InternalError,
    DirectRouting,
    CallingPlan,
    OperatorConnect,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAdministration.portInStatus")]
pub enum PortInStatus {
    Completed,
    FirmOrderCommitmentAccepted,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamsAdministration.reverseNumberLookupOption")]
pub enum ReverseNumberLookupOption {
    SkipInternalVoip,
    UnknownFutureValue,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamsAdministration.assignedTelephoneNumber")]
pub struct AssignedTelephoneNumber {
    /// Not nullable.
    #[graph(non_nullable)]
    pub assignment_category: Option<AssignmentCategory>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub telephone_number: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamsAdministration.effectivePolicyAssignment")]
pub struct EffectivePolicyAssignment {
    /// Not nullable.
    #[graph(non_nullable)]
    pub policy_assignment: Option<PolicyAssignment>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub policy_type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.teamsAdministration.policyAssignment")]
pub struct PolicyAssignment {
    /// Not nullable.
    #[graph(non_nullable)]
    pub assignment_type: Option<AssignmentType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub group_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub policy_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.teamsAdministration.telephoneNumberLongRunningOperationDetails"
)]
pub struct TelephoneNumberLongRunningOperationDetails {
    pub resource_location: Option<String>,
    pub status: Option<crate::graph::LongRunningOperationStatus>,
    pub status_detail: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.teamsAdministration.numberAssignment",
    action(
        name = "assignNumber",
        collection,
        parameters = NumberAssignmentCollectionAssignNumberParameters
    ),
    action(
        name = "unassignNumber",
        collection,
        parameters = NumberAssignmentCollectionUnassignNumberParameters
    ),
    action(
        name = "updateNumber",
        collection,
        parameters = NumberAssignmentCollectionUpdateNumberParameters
    )
)]
pub struct NumberAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub activation_state: Option<ActivationState>,
    pub assignment_category: Option<AssignmentCategory>,
    pub assignment_status: Option<AssignmentStatus>,
    pub assignment_target_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub capabilities: Option<Vec<NumberCapability>>,
    pub city: Option<String>,
    pub civic_address_id: Option<String>,
    pub iso_country_code: Option<String>,
    pub location_id: Option<String>,
    pub network_site_id: Option<String>,
    pub number_source: Option<NumberSource>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub number_type: Option<NumberType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub operator_id: Option<String>,
    pub port_in_status: Option<PortInStatus>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub reverse_number_lookup_options: Option<Vec<ReverseNumberLookupOption>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub supported_customer_actions: Option<Vec<CustomerAction>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub telephone_number: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `assignNumber`, bound to a collection of `numberAssignment`.
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct NumberAssignmentCollectionAssignNumberParameters {
    pub telephone_number: String,
    pub assignment_target_id: String,
    pub number_type: NumberType,
    pub assignment_category: Option<AssignmentCategory>,
    pub location_id: Option<String>,
}

/// The body of the action `unassignNumber`, bound to a collection of `numberAssignment`.
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct NumberAssignmentCollectionUnassignNumberParameters {
    pub telephone_number: Option<String>,
    pub number_type: Option<NumberType>,
}

/// The body of the action `updateNumber`, bound to a collection of `numberAssignment`.
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct NumberAssignmentCollectionUpdateNumberParameters {
    pub telephone_number: String,
    pub location_id: Option<String>,
    pub network_site_id: Option<String>,
    pub reverse_number_lookup_options: Option<Vec<String>>,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.teamsAdministration.teamsAdminRoot",
    contains(name = "policy", target = TeamsPolicyAssignment, single),
    contains(name = "telephoneNumberManagement", target = TelephoneNumberManagementRoot, single),
    contains(name = "userConfigurations", target = TeamsUserConfiguration)
)]
pub struct TeamsAdminRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub policy: Option<TeamsPolicyAssignment>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub telephone_number_management: Option<TelephoneNumberManagementRoot>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_configurations: Option<Vec<TeamsUserConfiguration>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.teamsAdministration.teamsPolicyAssignment",
    contains(name = "userAssignments", target = TeamsPolicyUserAssignment),
    function(
        name = "getPolicyId",
        parameters = TeamsPolicyAssignmentGetPolicyIdParameters,
        returns = Page<PolicyIdentifierDetail>
    )
)]
pub struct TeamsPolicyAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub user_assignments: Option<Vec<TeamsPolicyUserAssignment>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the function `getPolicyId`, bound to `teamsPolicyAssignment`, written in its
/// URL.
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct TeamsPolicyAssignmentGetPolicyIdParameters {
    pub r#type: String,
    pub name: String,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.teamsAdministration.teamsPolicyUserAssignment",
    action(
        name = "assign",
        collection,
        parameters = TeamsPolicyUserAssignmentCollectionAssignParameters
    ),
    action(
        name = "unassign",
        collection,
        parameters = TeamsPolicyUserAssignmentCollectionUnassignParameters
    )
)]
pub struct TeamsPolicyUserAssignment {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub policy_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub policy_type: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `assign`, bound to a collection of `teamsPolicyUserAssignment`.
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct TeamsPolicyUserAssignmentCollectionAssignParameters {
    pub value: Vec<TeamsPolicyUserAssignment>,
}

/// The body of the action `unassign`, bound to a collection of `teamsPolicyUserAssignment`.
#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct TeamsPolicyUserAssignmentCollectionUnassignParameters {
    pub value: Vec<TeamsPolicyUserAssignment>,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.teamsAdministration.teamsUserConfiguration"
)]
pub struct TeamsUserConfiguration {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub account_type: Option<AccountType>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub effective_policy_assignments: Option<Vec<EffectivePolicyAssignment>>,
    pub feature_types: Option<Vec<String>>,
    pub is_enterprise_voice_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub modified_date_time: Option<edm::DateTimeOffset>,
    pub telephone_numbers: Option<Vec<AssignedTelephoneNumber>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub tenant_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub user_principal_name: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `users`, `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    #[graph(read_only)]
    pub user: Option<crate::graph::User>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.teamsAdministration.telephoneNumberLongRunningOperation"
)]
pub struct TelephoneNumberLongRunningOperation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<String>,
    pub numbers: Option<Vec<TelephoneNumberLongRunningOperationDetails>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<crate::graph::LongRunningOperationStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "admin")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.teamsAdministration.telephoneNumberManagementRoot",
    contains(name = "numberAssignments", target = NumberAssignment),
    contains(name = "operations", target = TelephoneNumberLongRunningOperation)
)]
pub struct TelephoneNumberManagementRoot {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub number_assignments: Option<Vec<NumberAssignment>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub operations: Option<Vec<TelephoneNumberLongRunningOperation>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
