//! The types of the area `groupLifecyclePolicies`'s feature file: those it owns, and those only it and a few other areas need.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "groupLifecyclePolicies")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.groupLifecyclePolicy")]
pub struct GroupLifecyclePolicy {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub alternate_notification_emails: Option<String>,
    pub group_lifetime_in_days: Option<i32>,
    pub managed_group_types: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
