//! Abstract types (issue 9, item 6): `#[graph(abstract)]`, the CSDL's `Abstract="true"`.
//!
//! `deviceCompliancePolicy` is abstract: it has no create body of its own
//! (`DeviceCompliancePolicy::create_with` does not compile, see `ui/abstract-type-created.rs`).
//! Its derived type `windows10CompliancePolicy` is concrete: its create body names its own
//! `@odata.type` and is posted to the base's collection.

use graph_entity::edm::DateTimeOffset;
use graph_entity::http::Method;
use graph_entity::{
    AdditionalData, Addressable, Creatable, EntityBase, GraphEntity, GraphEnum, Operation,
};
use serde_json::{Value, json};

// CSDL line 14815:
// `<EntityType Name="deviceCompliancePolicy" BaseType="graph.entity" Abstract="true">`.
/// The base of every device compliance policy; abstract.
#[derive(GraphEntity, Debug, Clone, PartialEq, Default)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceCompliancePolicy",
    path = "/deviceManagement/deviceCompliancePolicies",
    abstract
)]
pub struct DeviceCompliancePolicy {
    #[graph(read_only)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTimeOffset>,
    #[graph(read_only)]
    pub version: Option<i32>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 4514.
#[derive(GraphEnum, Debug, Clone, Copy, PartialEq)]
#[graph(odata_type = "microsoft.graph.requiredPasswordType")]
pub enum RequiredPasswordType {
    DeviceDefault,
    Alphanumeric,
    Numeric,
}

// CSDL line 21893:
// `<EntityType Name="windows10CompliancePolicy" BaseType="graph.deviceCompliancePolicy">`.
/// A Windows 10 compliance policy (a few of its properties); concrete.
#[derive(GraphEntity, Debug, Clone, PartialEq, Default)]
#[graph(odata_type = "microsoft.graph.windows10CompliancePolicy")]
pub struct Windows10CompliancePolicy {
    #[graph(base)]
    pub policy: DeviceCompliancePolicy,
    pub bit_locker_enabled: Option<bool>,
    pub os_minimum_version: Option<String>,
    pub password_minimum_length: Option<i32>,
    pub password_required: Option<bool>,
    pub password_required_type: Option<RequiredPasswordType>,
    pub secure_boot_enabled: Option<bool>,
}

/// An abstract type derived from an abstract type: `abstract` is not inherited, so this one
/// says it again (a made-up intermediate, for the constants only).
#[derive(GraphEntity, Debug, Clone, PartialEq, Default)]
#[graph(odata_type = "microsoft.graph.windowsCompliancePolicyBase", abstract)]
pub struct WindowsCompliancePolicyBase {
    #[graph(base)]
    pub policy: DeviceCompliancePolicy,
}

fn windows10_policy() -> Windows10CompliancePolicy {
    Windows10CompliancePolicy {
        policy: DeviceCompliancePolicy {
            display_name: Some("Windows 10 baseline".to_owned()),
            description: Some("BitLocker & Secure Boot".to_owned()),
            ..DeviceCompliancePolicy::default()
        },
        bit_locker_enabled: Some(true),
        os_minimum_version: Some("10.0.19045".to_owned()),
        password_minimum_length: Some(8),
        password_required: Some(true),
        password_required_type: Some(RequiredPasswordType::Alphanumeric),
        secure_boot_enabled: Some(true),
    }
}

/// Only a `Creatable` type compiles here.
fn create_request<T: EntityBase + Addressable + Creatable>(value: &T) -> Operation {
    value.create_with().unwrap()
}

#[test]
fn the_abstract_flag_is_exposed_and_not_inherited() {
    let flags = [
        DeviceCompliancePolicy::ABSTRACT,
        Windows10CompliancePolicy::ABSTRACT,
        WindowsCompliancePolicyBase::ABSTRACT,
    ];
    assert_eq!(flags, [true, false, true]);
    assert_eq!(
        Windows10CompliancePolicy::BASE_TYPE,
        Some("microsoft.graph.deviceCompliancePolicy")
    );
}

#[test]
fn a_derived_type_of_an_abstract_base_is_created_in_the_bases_collection_with_its_own_type() {
    let create = windows10_policy().create_with().unwrap();
    assert_eq!(create.method(), Method::POST);
    assert_eq!(create.path(), "/deviceManagement/deviceCompliancePolicies");
    let body: Value = serde_json::from_slice(create.body().unwrap()).unwrap();
    assert_eq!(
        body,
        json!({
            "@odata.type": "#microsoft.graph.windows10CompliancePolicy",
            "description": "BitLocker & Secure Boot",
            "displayName": "Windows 10 baseline",
            "bitLockerEnabled": true,
            "osMinimumVersion": "10.0.19045",
            "passwordMinimumLength": 8,
            "passwordRequired": true,
            "passwordRequiredType": "alphanumeric",
            "secureBootEnabled": true,
        })
    );
    // The same request through a bound that only concrete types meet.
    let generic = create_request(&windows10_policy());
    assert_eq!(generic.to_string(), create.to_string());
    assert_eq!(generic.body(), create.body());
    // `@odata.type` comes first, as OData requires of control information.
    let text = std::str::from_utf8(create.body().unwrap()).unwrap();
    assert!(
        text.starts_with(r##"{"@odata.type":"#microsoft.graph.windows10CompliancePolicy","##),
        "{text}"
    );
}

#[test]
fn a_derived_policy_that_was_read_is_created_without_what_the_server_owns() {
    let read: Windows10CompliancePolicy = serde_json::from_value(json!({
        "@odata.type": "#microsoft.graph.windows10CompliancePolicy",
        "@odata.etag": "W/\"3\"",
        "id": "p1",
        "createdDateTime": "2024-05-06T07:08:09Z",
        "lastModifiedDateTime": "2024-05-06T07:08:09Z",
        "version": 3,
        "displayName": "Windows 10 baseline",
        "description": null,
        "bitLockerEnabled": true,
        "passwordRequired": false,
        "passwordRequiredType": "deviceDefault",
    }))
    .unwrap();
    assert_eq!(read.policy.version, Some(3));
    let create = read.create_with().unwrap();
    assert_eq!(
        create.to_string(),
        "POST /deviceManagement/deviceCompliancePolicies"
    );
    let body: Value = serde_json::from_slice(create.body().unwrap()).unwrap();
    assert_eq!(
        body,
        json!({
            "@odata.type": "#microsoft.graph.windows10CompliancePolicy",
            "description": null,
            "displayName": "Windows 10 baseline",
            "bitLockerEnabled": true,
            "passwordRequired": false,
            "passwordRequiredType": "deviceDefault",
        })
    );
}

#[test]
fn the_abstract_type_keeps_its_other_operations() {
    // The bare operations: an abstract type's collection is listed, read, updated and deleted
    // as any other, and `create()` (no body) is the `POST` a derived type's body goes to.
    assert_eq!(
        DeviceCompliancePolicy::create().to_string(),
        "POST /deviceManagement/deviceCompliancePolicies"
    );
    assert_eq!(
        DeviceCompliancePolicy::list().to_string(),
        "GET /deviceManagement/deviceCompliancePolicies"
    );
    assert_eq!(
        DeviceCompliancePolicy::get("p 1").to_string(),
        "GET /deviceManagement/deviceCompliancePolicies/p%201"
    );
    assert_eq!(
        DeviceCompliancePolicy::ITEM_PATH,
        Windows10CompliancePolicy::ITEM_PATH
    );
    let patch = DeviceCompliancePolicyPatch::default().display_name(Some("Renamed".to_owned()));
    let update = DeviceCompliancePolicy::update_with("p1", &patch).unwrap();
    assert_eq!(
        update.to_string(),
        "PATCH /deviceManagement/deviceCompliancePolicies/p1"
    );
    assert_eq!(
        serde_json::from_slice::<Value>(update.body().unwrap()).unwrap(),
        json!({ "displayName": "Renamed" })
    );
}
