//! The types of the area `devices`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "devices")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.alternativeSecurityId")]
pub struct AlternativeSecurityId {
    pub identity_provider: Option<String>,
    pub key: Option<edm::Binary>,
    pub r#type: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "devices")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.device",
    path = "/devices",
    contains(name = "extensions", target = Extension),
    function(name = "delta", collection, returns = Page<DeltaItem<Device>>)
)]
pub struct Device {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub account_enabled: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub alternative_security_ids: Option<Vec<AlternativeSecurityId>>,
    pub approximate_last_sign_in_date_time: Option<edm::DateTimeOffset>,
    pub compliance_expiration_date_time: Option<edm::DateTimeOffset>,
    pub device_category: Option<String>,
    pub device_id: Option<String>,
    pub device_metadata: Option<String>,
    pub device_ownership: Option<String>,
    pub device_version: Option<i32>,
    pub display_name: Option<String>,
    pub enrollment_profile_name: Option<String>,
    pub enrollment_type: Option<String>,
    pub is_compliant: Option<bool>,
    pub is_managed: Option<bool>,
    pub is_management_restricted: Option<bool>,
    pub is_rooted: Option<bool>,
    pub management_type: Option<String>,
    pub manufacturer: Option<String>,
    pub mdm_app_id: Option<String>,
    pub model: Option<String>,
    pub on_premises_last_sync_date_time: Option<edm::DateTimeOffset>,
    pub on_premises_security_identifier: Option<String>,
    pub on_premises_sync_enabled: Option<bool>,
    pub operating_system: Option<String>,
    pub operating_system_version: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub physical_ids: Option<Vec<String>>,
    pub profile_type: Option<String>,
    pub registration_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub system_labels: Option<Vec<String>>,
    pub trust_type: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub extensions: Option<Vec<AnyExtension>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub member_of: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub registered_owners: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub registered_users: Option<Vec<AnyDirectoryObject>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub transitive_member_of: Option<Vec<AnyDirectoryObject>>,
}

#[cfg(feature = "devices")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.extension",
    path = "/me/extensions",
    abstract
)]
pub struct Extension {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.extension`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `Extension`, keeping its `@odata.type` and properties.
#[cfg(feature = "devices")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyExtension {
    /// `microsoft.graph.openTypeExtension`.
    OpenTypeExtension(OpenTypeExtension),
    /// `microsoft.graph.extension` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Extension),
}

#[cfg(feature = "devices")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.openTypeExtension")]
pub struct OpenTypeExtension {
    /// The inherited properties of `extension`.
    #[graph(base)]
    pub base: Extension,
    /// Not nullable.
    #[graph(non_nullable)]
    pub extension_name: Option<String>,
}
