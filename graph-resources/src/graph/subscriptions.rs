//! The types of the area `subscriptions`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "subscriptions")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.subscription",
    path = "/subscriptions",
    action = "reauthorize"
)]
pub struct Subscription {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub application_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub change_type: Option<String>,
    pub client_state: Option<String>,
    pub creator_id: Option<String>,
    pub encryption_certificate: Option<String>,
    pub encryption_certificate_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub include_resource_data: Option<bool>,
    pub latest_supported_tls_version: Option<String>,
    pub lifecycle_notification_url: Option<String>,
    pub notification_query_options: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub notification_url: Option<String>,
    pub notification_url_app_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
