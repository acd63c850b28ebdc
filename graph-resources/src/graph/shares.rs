//! The types of the area `shares`'s feature file: those it owns, and those only it and a few other areas need.

#[allow(unused_imports)]
use super::*;

#[cfg(any(feature = "shares", feature = "storage"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointGroupIdentity", complex)]
pub struct SharePointGroupIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub principal_id: Option<String>,
    pub title: Option<String>,
}

#[cfg(any(feature = "shares", feature = "storage"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointIdentity", complex)]
pub struct SharePointIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    pub login_name: Option<String>,
}

#[cfg(any(feature = "shares", feature = "storage"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharePointIdentitySet", complex)]
pub struct SharePointIdentitySet {
    /// The inherited properties of `identitySet`.
    #[graph(base)]
    pub base: IdentitySet,
    pub group: Option<AnyIdentity>,
    pub share_point_group: Option<AnyIdentity>,
    pub site_group: Option<AnyIdentity>,
    pub site_user: Option<AnyIdentity>,
}

#[cfg(feature = "shares")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharingInvitation")]
pub struct SharingInvitation {
    pub email: Option<String>,
    pub invited_by: Option<AnyIdentitySet>,
    pub redeemed_by: Option<String>,
    pub sign_in_required: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "shares")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharingLink")]
pub struct SharingLink {
    pub application: Option<AnyIdentity>,
    pub prevents_download: Option<bool>,
    pub scope: Option<String>,
    pub r#type: Option<String>,
    pub web_html: Option<String>,
    pub web_url: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "shares")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.permission")]
pub struct Permission {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub granted_to: Option<AnyIdentitySet>,
    pub granted_to_identities: Option<Vec<AnyIdentitySet>>,
    pub granted_to_identities_v2: Option<Vec<AnyIdentitySet>>,
    pub granted_to_v2: Option<AnyIdentitySet>,
    pub has_password: Option<bool>,
    pub inherited_from: Option<ItemReference>,
    pub invitation: Option<SharingInvitation>,
    pub link: Option<SharingLink>,
    pub roles: Option<Vec<String>>,
    pub share_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "shares")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sharedDriveItem")]
pub struct SharedDriveItem {
    /// The inherited properties of `baseItem`.
    #[graph(base)]
    pub base: BaseItem,
    pub owner: Option<AnyIdentitySet>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub drive_item: Option<Box<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub items: Option<Vec<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub list: Option<Box<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub list_item: Option<Box<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub permission: Option<Permission>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub root: Option<Box<AnyBaseItem>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub site: Option<Box<AnyBaseItem>>,
}
