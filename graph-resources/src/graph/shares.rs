//! The types of the area `shares`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(any(feature = "drives", feature = "shares"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.permission",
    action(name = "grant", parameters = PermissionGrantParameters, returns = Vec<Permission>)
)]
pub struct Permission {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub expiration_date_time: Option<edm::DateTimeOffset>,
    pub granted_to: Option<AnyIdentitySet>,
    pub granted_to_identities: Option<Vec<AnyIdentitySet>>,
    pub granted_to_identities_v2: Option<Vec<SharePointIdentitySet>>,
    pub granted_to_v2: Option<SharePointIdentitySet>,
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

/// The body of the action `grant`, bound to `permission`.
#[cfg(any(feature = "drives", feature = "shares"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct PermissionGrantParameters {
    pub roles: Option<Vec<String>>,
    pub recipients: Option<Vec<DriveRecipient>>,
}

#[cfg(feature = "shares")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.sharedDriveItem",
    path = "/shares",
    contains(name = "permission", target = Permission, single)
)]
#[cfg_attr(feature = "drives", graph(contains(name = "list", target = List, single)))]
pub struct SharedDriveItem {
    /// The inherited properties of `baseItem`.
    #[graph(base)]
    pub base: BaseItem,
    pub owner: Option<AnyIdentitySet>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub drive_item: Option<DriveItem>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub items: Option<Vec<DriveItem>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub list: Option<List>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub list_item: Option<ListItem>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub permission: Option<Permission>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `drives`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "drives")]
    #[graph(read_only)]
    pub root: Option<DriveItem>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `sites`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "sites")]
    #[graph(read_only)]
    pub site: Option<Site>,
}
