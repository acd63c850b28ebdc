//! Resources declared outside the runtime crate, shared by the cross-crate suites.
//!
//! Three real Graph v1.0 resources of different shapes, declared from the published CSDL
//! (`v1.0-cleanMetadata.xml`, msgraph-metadata commit f54f11b) the way a user of the crate
//! declares them: [`DeviceManagementPartner`] (enums, timestamps, a collection of a complex type
//! and a bound action), [`TermsAndConditions`] (an `Int32`, timestamps, strings; navigation
//! properties left out) and [`DeviceCategory`] (minimal). Every doc comment below is the CSDL's
//! `Org.OData.Core.V1.Description` annotation of that element, when it has one.

use graph_entity::edm::DateTimeOffset;
use graph_entity::{AdditionalData, GraphEntity, GraphEnum};
pub mod directory;
pub mod drive_items;
pub mod mobile_apps;
pub mod security;
pub mod sent;
pub mod url_shape;

// CSDL line 15113: `<EntityType Name="deviceManagementPartner" BaseType="graph.entity">`
// (descriptions: `<Annotations Target="microsoft.graph.deviceManagementPartner...">`, lines
// 36106-36135; the bound action `terminate`: `<Action Name="terminate" IsBound="true">`, line
// 27200). It has no navigation properties.
/// Entity which represents a connection to device management partner.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceManagementPartner",
    path = "/deviceManagement/deviceManagementPartners",
    action = "terminate"
)]
pub struct DeviceManagementPartner {
    /// The unique identifier of the entity, its key (inherited from `entity`). Not nullable.
    pub id: Option<String>,
    /// Partner display name
    pub display_name: Option<String>,
    /// User groups that specifies whether enrollment is through partner.
    pub groups_requiring_partner_enrollment: Option<Vec<DeviceManagementPartnerAssignment>>,
    /// Whether device management partner is configured or not. Not nullable.
    #[graph(non_nullable)]
    pub is_configured: Option<bool>,
    /// Timestamp of last heartbeat after admin enabled option Connect to Device management Partner. Not nullable.
    #[graph(non_nullable)]
    pub last_heartbeat_date_time: Option<DateTimeOffset>,
    /// Partner App type. Not nullable.
    #[graph(non_nullable)]
    pub partner_app_type: Option<DeviceManagementPartnerAppType>,
    /// Partner state of this tenant. Not nullable.
    #[graph(non_nullable)]
    pub partner_state: Option<DeviceManagementPartnerTenantState>,
    /// Partner Single tenant App id
    pub single_tenant_app_id: Option<String>,
    /// DateTime in UTC when PartnerDevices will be marked as NonCompliant
    pub when_partner_devices_will_be_marked_as_non_compliant_date_time: Option<DateTimeOffset>,
    /// DateTime in UTC when PartnerDevices will be removed
    pub when_partner_devices_will_be_removed_date_time: Option<DateTimeOffset>,
    /// Everything else: unknown properties, annotations, explicit `null`s, unknown enum members.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 8192: `<ComplexType Name="deviceManagementPartnerAssignment">` (description: line
// 36148). Its one property, `target` (line 8193), is of the complex type
// `deviceAndAppManagementAssignmentTarget`, which is `Abstract="true"` with no properties of its
// own (line 8057): it is polymorphic, and what the service sends is always one of its derived
// types (`groupAssignmentTarget` with `groupId`, `exclusionGroupAssignmentTarget`,
// `allDevicesAssignmentTarget`, `allLicensedUsersAssignmentTarget`,
// `configurationManagerCollectionAssignmentTarget` with `collectionId`), named by its own
// `@odata.type`. A struct for the abstract base would reject each of them (the derive checks
// `@odata.type` exactly), so `target` is deliberately not declared: it is kept, whole and
// untouched, in `additional_data`.
/// User group targeting for Device Management Partner
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceManagementPartnerAssignment")]
pub struct DeviceManagementPartnerAssignment {
    /// Everything, `target` (User groups targeting for devices to be enrolled through partner.) included.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 1630: `<EnumType Name="deviceManagementPartnerAppType">` (descriptions: lines
// 36136-36147). The CSDL gives it no `unknownFutureValue`.
/// Partner App Type.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementPartnerAppType")]
pub enum DeviceManagementPartnerAppType {
    /// Partner App type is unknown.
    Unknown,
    /// Partner App is Single tenant in AAD.
    SingleTenantApp,
    /// Partner App is Multi tenant in AAD.
    MultiTenantApp,
}

// CSDL line 1635: `<EnumType Name="deviceManagementPartnerTenantState">` (descriptions: lines
// 36154-36174). The CSDL gives it no `unknownFutureValue`.
/// Partner state of this tenant.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementPartnerTenantState")]
pub enum DeviceManagementPartnerTenantState {
    /// Partner state is unknown.
    Unknown,
    /// Partner is unavailable.
    Unavailable,
    /// Partner is enabled.
    Enabled,
    /// Partner connection is terminated.
    Terminated,
    /// Partner messages are rejected.
    Rejected,
    /// Partner is unresponsive.
    Unresponsive,
}

// CSDL line 20544: `<EntityType Name="termsAndConditions" BaseType="graph.entity">`
// (descriptions: `<Annotations Target="microsoft.graph.termsAndConditions...">`, lines
// 46063-46095). Its navigation properties `acceptanceStatuses` and `assignments` (lines
// 20553-20554) are not properties of the resource and are not declared. No action is bound to it.
/// A termsAndConditions entity represents the metadata and contents of a given Terms and Conditions (T&C) policy.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.termsAndConditions",
    path = "/deviceManagement/termsAndConditions"
)]
pub struct TermsAndConditions {
    /// The unique identifier of the entity, its key (inherited from `entity`). Not nullable.
    pub id: Option<String>,
    /// Administrator-supplied explanation of the terms and conditions, typically describing what it means to accept the terms and conditions set out in the T&C policy. This is shown to the user on prompts to accept the T&C policy.
    pub acceptance_statement: Option<String>,
    /// Administrator-supplied body text of the terms and conditions, typically the terms themselves. This is shown to the user on prompts to accept the T&C policy.
    pub body_text: Option<String>,
    /// DateTime the object was created. Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<DateTimeOffset>,
    /// Administrator-supplied description of the T&C policy.
    pub description: Option<String>,
    /// Administrator-supplied name for the T&C policy. Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// DateTime the object was last modified. Not nullable.
    #[graph(non_nullable)]
    pub last_modified_date_time: Option<DateTimeOffset>,
    /// Administrator-supplied title of the terms and conditions. This is shown to the user on prompts to accept the T&C policy.
    pub title: Option<String>,
    /// Integer indicating the current version of the terms. Incremented when an administrator makes a change to the terms and wishes to require users to re-accept the modified T&C policy. Not nullable.
    #[graph(non_nullable)]
    pub version: Option<i32>,
    /// Everything else: unknown properties, annotations, explicit `null`s.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 14787: `<EntityType Name="deviceCategory" BaseType="graph.entity">` (descriptions:
// lines 34801-34809). No action is bound to it.
/// Device categories provides a way to organize your devices.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceCategory",
    path = "/deviceManagement/deviceCategories"
)]
pub struct DeviceCategory {
    /// The unique identifier of the entity, its key (inherited from `entity`). Not nullable.
    pub id: Option<String>,
    /// Optional description for the device category.
    pub description: Option<String>,
    /// Display name for the device category.
    pub display_name: Option<String>,
    /// Everything else: unknown properties, annotations, explicit `null`s.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The top-level names of the JSON object `json`, in the order written (a `serde_json::Value`
/// would sort them).
pub fn keys(json: &str) -> Vec<String> {
    struct Keys(Vec<String>);
    impl<'de> serde::Deserialize<'de> for Keys {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Visitor;
            impl<'de> serde::de::Visitor<'de> for Visitor {
                type Value = Keys;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Keys, A::Error> {
                    let mut keys = Vec::new();
                    while let Some(key) = map.next_key::<String>()? {
                        map.next_value::<serde::de::IgnoredAny>()?;
                        keys.push(key);
                    }
                    Ok(Keys(keys))
                }
            }
            deserializer.deserialize_map(Visitor)
        }
    }
    serde_json::from_str::<Keys>(json).unwrap().0
}
