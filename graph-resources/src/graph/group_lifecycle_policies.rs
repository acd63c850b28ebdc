//! The types of the area `groupLifecyclePolicies`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "groupLifecyclePolicies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.groupLifecyclePolicy",
    path = "/groupLifecyclePolicies",
    action(name = "addGroup", parameters = GroupLifecyclePolicyAddGroupParameters, returns = bool),
    action(
        name = "removeGroup",
        parameters = GroupLifecyclePolicyRemoveGroupParameters,
        returns = bool
    )
)]
pub struct GroupLifecyclePolicy {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub alternate_notification_emails: Option<String>,
    pub group_lifetime_in_days: Option<i32>,
    pub managed_group_types: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `addGroup`, bound to `groupLifecyclePolicy`.
#[cfg(feature = "groupLifecyclePolicies")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct GroupLifecyclePolicyAddGroupParameters {
    pub group_id: String,
}

/// The body of the action `removeGroup`, bound to `groupLifecyclePolicy`.
#[cfg(feature = "groupLifecyclePolicies")]
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct GroupLifecyclePolicyRemoveGroupParameters {
    pub group_id: String,
}
