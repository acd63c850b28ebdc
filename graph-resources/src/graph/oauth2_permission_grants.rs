//! The types of the area `oauth2PermissionGrants`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "oauth2PermissionGrants")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.oAuth2PermissionGrant",
    path = "/oauth2PermissionGrants",
    function(name = "delta", collection, returns = Page<DeltaItem<OAuth2PermissionGrant>>)
)]
pub struct OAuth2PermissionGrant {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub client_id: Option<String>,
    pub consent_type: Option<String>,
    pub principal_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_id: Option<String>,
    pub scope: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
