//! The derives on three real Graph v1.0 resources declared outside the runtime crate
//! (`graph_entity_tests`): `deviceManagementPartner`, `termsAndConditions` and `deviceCategory`.
//!
//! For each: lossless round trips of realistic documents (`fixtures/resources/*.json`), the
//! values read, the `GraphEntity` constants, the operations, and the errors of bad documents.

use std::fmt::Debug;

use graph_entity::edm::DateTimeOffset;
use graph_entity::http::Method;
use graph_entity::{
    AdditionalData, Addressable, GraphComplex, GraphEntity, GraphEnum, Operation, Query,
    ServiceRoot,
};
use graph_entity_tests::keys;
use graph_entity_tests::{
    DeviceCategory, DeviceManagementPartner, DeviceManagementPartnerAppType as AppType,
    DeviceManagementPartnerAssignment as Assignment, DeviceManagementPartnerTenantState as State,
    TermsAndConditions,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn fixture(name: &str) -> String {
    let path = format!("{}/fixtures/resources/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// Reads the fixture `name` as `T` and checks that writing it back gives the same JSON, that
/// `@odata.type` is written first, and that reading from a reader, from the written text and
/// from a `serde_json::Value` agree. Returns what was read.
fn round_trip<T>(name: &str) -> T
where
    T: GraphEntity + Serialize + DeserializeOwned + PartialEq + Debug,
{
    let text = fixture(name);
    let original: Value = serde_json::from_str(&text).unwrap();
    let parsed: T = serde_json::from_str(&text).unwrap_or_else(|error| panic!("{name}: {error}"));
    assert_eq!(
        serde_json::to_value(&parsed).unwrap(),
        original,
        "{name}: written back differs"
    );

    let written = serde_json::to_string(&parsed).unwrap();
    let head = format!("{{\"@odata.type\":\"#{}\"", T::ODATA_TYPE);
    assert!(written.starts_with(&head), "{name}: {written}");

    let again: T = serde_json::from_str(&written).unwrap();
    assert_eq!(serde_json::to_value(&again).unwrap(), original, "{name}");
    assert_eq!(serde_json::to_string(&again).unwrap(), written, "{name}");

    let from_reader: T = serde_json::from_reader(text.as_bytes()).unwrap();
    assert_eq!(from_reader, parsed, "{name}: from_reader");

    let from_value: T = serde_json::from_value(original.clone()).unwrap();
    assert_eq!(
        serde_json::to_value(&from_value).unwrap(),
        original,
        "{name}: from_value"
    );
    parsed
}

/// The error of reading `json` as `T`, as text.
fn error_of<T: DeserializeOwned + Debug>(json: &str) -> String {
    match serde_json::from_str::<T>(json) {
        Ok(value) => panic!("expected an error for {json}, read {value:?}"),
        Err(error) => error.to_string(),
    }
}

fn datetime(text: &str) -> DateTimeOffset {
    serde_json::from_value(json!(text)).unwrap()
}

fn raw<'a>(data: &'a AdditionalData, name: &str) -> &'a str {
    data.get(name)
        .unwrap_or_else(|| panic!("no `{name}` in {data:?}"))
        .get()
}

/// `GET`, `PATCH` and `DELETE` of one item, and `GET`/`POST` of the collection.
fn check_crud<T: Addressable + GraphEntity<Key = str>>(collection: &str) {
    assert_eq!(T::COLLECTION_PATH, collection);
    assert_eq!(T::ITEM_PATH, format!("{collection}/{{id}}"));

    let key = "f881b841-b841-f881-41b8-81f841b881f8";
    let item = format!("{collection}/{key}");
    assert_eq!(T::item_path(key), item);
    let cases: [(Operation, Method, &str); 5] = [
        (T::get(key), Method::GET, &item),
        (T::update(key), Method::PATCH, &item),
        (T::delete(key), Method::DELETE, &item),
        (T::list(), Method::GET, collection),
        (T::create(), Method::POST, collection),
    ];
    for (operation, method, path) in cases {
        assert_eq!(operation.method(), &method);
        assert_eq!(operation.path(), path);
        assert_eq!(operation.to_string(), format!("{method} {path}"));
    }

    // A key is one path segment, whatever it holds.
    assert_eq!(T::item_path("a/b c"), format!("{collection}/a%2Fb%20c"));
    assert_eq!(T::item_path(".."), format!("{collection}('..')"));
    assert_eq!(T::item_path(""), format!("{collection}('')"));
    assert_eq!(T::item_path(".%2e"), format!("{collection}/.%252e"));
    assert_eq!(
        T::get("x?$select=id#f").path(),
        format!("{collection}/x%3F%24select%3Did%23f")
    );
    assert_eq!(
        T::delete("'é'").to_string(),
        format!("DELETE {collection}/%27%C3%A9%27")
    );

    let request = ServiceRoot::v1().build(T::get(key), &Query::new()).unwrap();
    assert_eq!(request.method(), Method::GET);
    assert_eq!(
        request.uri().to_string(),
        format!("https://graph.microsoft.com/v1.0{item}")
    );
}

/// A wrong `@odata.type` is an error that names both the type found and the type expected.
fn check_wrong_type<T: GraphEntity + DeserializeOwned + Debug>(found: &str) {
    let message = error_of::<T>(&format!(r##"{{"@odata.type": "#{found}", "id": "x"}}"##));
    assert!(message.contains(found), "{message}");
    assert!(message.contains(T::ODATA_TYPE), "{message}");
}

/// Documents that are not objects are errors that say what was expected.
fn check_not_objects<T: GraphEntity + DeserializeOwned + Debug>() {
    for json in ["[]", "[{\"id\": \"x\"}]", "\"x\"", "null", "42", "true"] {
        let message = error_of::<T>(json);
        assert!(message.contains("invalid type"), "{json}: {message}");
        assert!(
            message.contains(&format!("a JSON object of type #{}", T::ODATA_TYPE)),
            "{json}: {message}"
        );
    }
    assert!(serde_json::from_str::<T>("{").is_err());
    assert!(serde_json::from_str::<T>("").is_err());
}

/// A property (declared or not), an annotation or `@odata.type` given twice is an error that
/// names it.
fn check_duplicates<T: GraphEntity + DeserializeOwned + Debug>(declared: &str, value: &str) {
    let tag = format!("\"@odata.type\": \"#{}\"", T::ODATA_TYPE);
    let cases = [
        (
            format!("{{{tag}, \"{declared}\": {value}, \"{declared}\": {value}}}"),
            declared.to_owned(),
        ),
        (
            format!("{{\"{declared}\": null, {tag}, \"{declared}\": {value}}}"),
            declared.to_owned(),
        ),
        (
            format!("{{{tag}, \"id\": \"a\", \"id\": \"b\"}}"),
            "id".to_owned(),
        ),
        (
            format!("{{{tag}, \"newProperty\": 1, \"id\": \"a\", \"newProperty\": 2}}"),
            "newProperty".to_owned(),
        ),
        (
            format!("{{\"@odata.etag\": \"W/1\", {tag}, \"@odata.etag\": \"W/2\"}}"),
            "@odata.etag".to_owned(),
        ),
        (
            format!("{{{tag}, \"id\": \"a\", {tag}}}"),
            "@odata.type".to_owned(),
        ),
    ];
    for (json, name) in cases {
        let message = error_of::<T>(&json);
        assert!(
            message.contains(&format!("property `{name}` is given twice")),
            "{json}: {message}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// deviceManagementPartner
// ---------------------------------------------------------------------------------------------

#[test]
fn partner_constants() {
    type P = DeviceManagementPartner;
    assert_eq!(P::ODATA_TYPE, "microsoft.graph.deviceManagementPartner");
    assert_eq!(P::BASE_TYPE, Some("microsoft.graph.entity"));
    assert_eq!(P::KEY_PROPERTY, "id");
    assert_eq!(
        P::COLLECTION_PATH,
        "/deviceManagement/deviceManagementPartners"
    );
    assert_eq!(
        P::ITEM_PATH,
        "/deviceManagement/deviceManagementPartners/{id}"
    );
    assert_eq!(
        P::PROPERTIES,
        [
            "id",
            "displayName",
            "groupsRequiringPartnerEnrollment",
            "isConfigured",
            "lastHeartbeatDateTime",
            "partnerAppType",
            "partnerState",
            "singleTenantAppId",
            "whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime",
            "whenPartnerDevicesWillBeRemovedDateTime",
        ]
    );
    assert_eq!(P::ACTIONS, ["terminate"]);

    assert_eq!(
        <Assignment as GraphComplex>::ODATA_TYPE,
        "microsoft.graph.deviceManagementPartnerAssignment"
    );
    assert_eq!(<Assignment as GraphComplex>::BASE_TYPE, None);
    // `target` is polymorphic and kept in `additional_data`: see the declaration.
    assert!(<Assignment as GraphComplex>::PROPERTIES.is_empty());
}

#[test]
fn partner_operations() {
    check_crud::<DeviceManagementPartner>("/deviceManagement/deviceManagementPartners");
    let terminate = DeviceManagementPartner::terminate("a7b4a4ba-a4ba");
    assert_eq!(terminate.method(), &Method::POST);
    assert_eq!(
        terminate.path(),
        "/deviceManagement/deviceManagementPartners/a7b4a4ba-a4ba/terminate"
    );
    assert_eq!(
        DeviceManagementPartner::terminate("a/b").to_string(),
        "POST /deviceManagement/deviceManagementPartners/a%2Fb/terminate"
    );
}

#[test]
fn partner_enums() {
    assert_eq!(
        AppType::ODATA_TYPE,
        Some("microsoft.graph.deviceManagementPartnerAppType")
    );
    assert_eq!(
        AppType::MEMBERS,
        ["unknown", "singleTenantApp", "multiTenantApp"]
    );
    assert_eq!(
        State::ODATA_TYPE,
        Some("microsoft.graph.deviceManagementPartnerTenantState")
    );
    assert_eq!(
        State::MEMBERS,
        [
            "unknown",
            "unavailable",
            "enabled",
            "terminated",
            "rejected",
            "unresponsive"
        ]
    );
    assert_eq!(AppType::SingleTenantApp.as_str(), "singleTenantApp");
    assert_eq!(State::Unresponsive.to_string(), "unresponsive");
    assert_eq!(
        "multiTenantApp".parse::<AppType>(),
        Ok(AppType::MultiTenantApp)
    );
    assert_eq!(State::from_member("rejected"), Some(State::Rejected));
    assert_eq!(State::from_member("Rejected"), None);
    assert_eq!(json!(State::Terminated), json!("terminated"));

    // On its own (not in an entity), a member the enum does not know is an error.
    let error = "unknownFutureValue".parse::<State>().unwrap_err();
    assert_eq!(error.member(), "unknownFutureValue");
    let message = serde_json::from_str::<State>("\"unknownFutureValue\"")
        .unwrap_err()
        .to_string();
    assert!(message.contains("unknownFutureValue"), "{message}");
    assert!(
        message.contains("microsoft.graph.deviceManagementPartnerTenantState"),
        "{message}"
    );
    assert!(serde_json::from_str::<State>("2").is_err());
}

#[test]
fn partner_full_document() {
    let partner: DeviceManagementPartner = round_trip("device-management-partner.full.json");
    assert_eq!(partner.key(), Some("a7b4a4ba-a4ba-a7b4-baa4-b4a7baa4b4a7"));
    assert_eq!(partner.display_name.as_deref(), Some("Display Name value"));
    assert_eq!(partner.is_configured, Some(true));
    assert_eq!(
        partner.last_heartbeat_date_time,
        Some(datetime("2016-12-31T23:59:37.9174975-08:00"))
    );
    assert_eq!(partner.partner_app_type, Some(AppType::SingleTenantApp));
    assert_eq!(partner.partner_state, Some(State::Unavailable));
    assert_eq!(
        partner.single_tenant_app_id.as_deref(),
        Some("Single Tenant App Id value")
    );
    assert_eq!(
        partner.when_partner_devices_will_be_marked_as_non_compliant_date_time,
        Some(datetime("2016-12-31T23:58:44.2908994-08:00"))
    );
    assert_eq!(
        partner.when_partner_devices_will_be_removed_date_time,
        Some(datetime("2016-12-31T23:57:59.6932618-08:00"))
    );
    assert!(
        partner.additional_data.is_empty(),
        "{:?}",
        partner.additional_data
    );

    let groups = partner
        .groups_requiring_partner_enrollment
        .as_ref()
        .unwrap();
    assert_eq!(groups.len(), 2);
    // The polymorphic `target` is kept whole, with its own `@odata.type`; the complex value's
    // own `@odata.type` is kept too, so that it is written back only because it was there.
    assert_eq!(groups[0].additional_data.len(), 2);
    assert_eq!(
        groups[0].additional_data.odata_type().as_deref(),
        Some("#microsoft.graph.deviceManagementPartnerAssignment")
    );
    assert_eq!(
        groups[0]
            .additional_data
            .get_as::<Value>("target")
            .unwrap()
            .unwrap(),
        json!({"@odata.type": "#microsoft.graph.groupAssignmentTarget", "groupId": "Group Id value"})
    );
    assert_eq!(
        groups[1]
            .additional_data
            .get_as::<Value>("target")
            .unwrap()
            .unwrap()["collectionId"],
        "Collection Id value"
    );

    // Declared properties are written in declaration order, after `@odata.type`.
    let written = serde_json::to_string(&partner).unwrap();
    let mut expected = vec!["@odata.type".to_owned()];
    expected.extend(
        DeviceManagementPartner::PROPERTIES
            .iter()
            .map(|p| (*p).to_owned()),
    );
    assert_eq!(keys(&written), expected);
}

#[test]
fn partner_select_document() {
    let partner: DeviceManagementPartner = round_trip("device-management-partner.select.json");
    assert_eq!(
        partner.id.as_deref(),
        Some("a7b4a4ba-a4ba-a7b4-baa4-b4a7baa4b4a7")
    );
    assert_eq!(partner.display_name.as_deref(), Some("Contoso MDM"));
    assert_eq!(partner.partner_state, Some(State::Enabled));
    assert_eq!(partner.is_configured, Some(false));
    assert_eq!(partner.partner_app_type, None);
    assert_eq!(partner.groups_requiring_partner_enrollment, None);
    assert_eq!(partner.last_heartbeat_date_time, None);
    assert_eq!(partner.additional_data.len(), 1);
    assert_eq!(
        partner.additional_data.odata_context().as_deref(),
        Some(
            "https://graph.microsoft.com/v1.0/$metadata#deviceManagement/deviceManagementPartners(displayName,partnerState,isConfigured)/$entity"
        )
    );
    // Absent properties stay absent: nothing is written for them.
    let written = serde_json::to_string(&partner).unwrap();
    assert_eq!(
        keys(&written),
        [
            "@odata.type",
            "@odata.context",
            "id",
            "displayName",
            "isConfigured",
            "partnerState"
        ]
    );
}

#[test]
fn partner_open_document() {
    let partner: DeviceManagementPartner = round_trip("device-management-partner.open.json");
    let data = &partner.additional_data;
    assert_eq!(
        data.etag().as_deref(),
        Some("W/\"JzEtRGV2aWNlTWFuYWdlbWVudFBhcnRuZXIgNDA0MDAwMjgn\"")
    );
    // A member the enum does not know: the field is `None`, the member is kept.
    assert_eq!(partner.partner_state, None);
    assert_eq!(raw(data, "partnerState"), "\"unknownFutureValue\"");
    assert_eq!(partner.partner_app_type, Some(AppType::MultiTenantApp));
    // Explicit nulls: `None`, remembered as null.
    assert_eq!(partner.single_tenant_app_id, None);
    assert!(data.is_null("singleTenantAppId"));
    assert_eq!(
        partner.when_partner_devices_will_be_marked_as_non_compliant_date_time,
        None
    );
    assert!(data.is_null("whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime"));
    assert!(!data.is_null("displayName"));
    assert_eq!(
        partner.when_partner_devices_will_be_removed_date_time,
        Some(datetime("2024-08-05T09:30:00Z"))
    );
    assert_eq!(
        partner.last_heartbeat_date_time,
        Some(datetime("2024-05-07T09:30:00Z"))
    );
    // Unknown properties, their annotations, and numbers as written.
    assert_eq!(raw(data, "partnerTenantDomain"), "\"fabrikam.example\"");
    assert_eq!(
        raw(data, "supportedPlatforms@odata.type"),
        "\"#Collection(String)\""
    );
    assert_eq!(
        data.get_as::<Vec<String>>("supportedPlatforms")
            .unwrap()
            .unwrap(),
        ["android", "iOS", "macOS"]
    );
    assert_eq!(raw(data, "heartbeatIntervalMinutes"), "1.50");
    let written = serde_json::to_string(&partner).unwrap();
    assert!(
        written.contains("\"heartbeatIntervalMinutes\":1.50"),
        "{written}"
    );

    // Unknown properties of a nested complex value stay with it.
    let groups = partner
        .groups_requiring_partner_enrollment
        .as_ref()
        .unwrap();
    assert_eq!(
        raw(&groups[0].additional_data, "assignmentSource"),
        "\"direct\""
    );
    assert_eq!(
        groups[0]
            .additional_data
            .get_as::<Value>("target")
            .unwrap()
            .unwrap()["@odata.type"],
        "#microsoft.graph.exclusionGroupAssignmentTarget"
    );

    // Order written: `@odata.type`, control information, declared properties (an unknown
    // member and the nulls in their places), then the unknown properties in document order.
    assert_eq!(
        keys(&written),
        [
            "@odata.type",
            "@odata.etag",
            "id",
            "displayName",
            "groupsRequiringPartnerEnrollment",
            "isConfigured",
            "lastHeartbeatDateTime",
            "partnerAppType",
            "partnerState",
            "singleTenantAppId",
            "whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime",
            "whenPartnerDevicesWillBeRemovedDateTime",
            "partnerTenantDomain",
            "supportedPlatforms@odata.type",
            "supportedPlatforms",
            "heartbeatIntervalMinutes",
        ]
    );
}

#[test]
fn partner_changes_are_written_over_what_was_read() {
    let mut partner: DeviceManagementPartner =
        serde_json::from_str(&fixture("device-management-partner.open.json")).unwrap();
    // A value set where the document had an unknown member or a null wins.
    partner.partner_state = Some(State::Terminated);
    partner.single_tenant_app_id = Some("app-1".to_owned());
    partner.groups_requiring_partner_enrollment = Some(Vec::new());
    partner.display_name = None; // dropped: written as absent
    let value = serde_json::to_value(&partner).unwrap();
    assert_eq!(value["partnerState"], "terminated");
    assert_eq!(value["singleTenantAppId"], "app-1");
    assert_eq!(value["groupsRequiringPartnerEnrollment"], json!([]));
    assert!(value.get("displayName").is_none());
    assert!(value["whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime"].is_null());
    let written = serde_json::to_string(&partner).unwrap();
    assert_eq!(written.matches("\"partnerState\"").count(), 1, "{written}");
    assert_eq!(
        written.matches("\"singleTenantAppId\"").count(),
        1,
        "{written}"
    );
    // ...and what was written reads back as the values set.
    let again: DeviceManagementPartner = serde_json::from_str(&written).unwrap();
    assert_eq!(again.partner_state, Some(State::Terminated));
    assert_eq!(again.single_tenant_app_id.as_deref(), Some("app-1"));
}

#[test]
fn partner_create_body() {
    let body = DeviceManagementPartner {
        display_name: Some("Contoso MDM".to_owned()),
        partner_app_type: Some(AppType::MultiTenantApp),
        groups_requiring_partner_enrollment: Some(vec![Assignment::default()]),
        ..Default::default()
    };
    assert_eq!(body.key(), None);
    assert_eq!(
        serde_json::to_string(&body).unwrap(),
        concat!(
            r##"{"@odata.type":"#microsoft.graph.deviceManagementPartner","displayName":"Contoso MDM","##,
            r##""groupsRequiringPartnerEnrollment":[{}],"##,
            r##""partnerAppType":"multiTenantApp"}"##
        )
    );
    assert_eq!(
        serde_json::to_value(DeviceManagementPartner::default()).unwrap(),
        json!({"@odata.type": "#microsoft.graph.deviceManagementPartner"})
    );
}

#[test]
fn partner_bad_documents() {
    check_wrong_type::<DeviceManagementPartner>("microsoft.graph.deviceCategory");
    check_wrong_type::<DeviceManagementPartner>("microsoft.graph.entity");
    check_not_objects::<DeviceManagementPartner>();
    check_duplicates::<DeviceManagementPartner>("partnerState", "\"enabled\"");
    check_duplicates::<DeviceManagementPartner>(
        "lastHeartbeatDateTime",
        "\"2024-05-07T09:30:00Z\"",
    );

    // Wrong JSON types for declared properties.
    for json in [
        r#"{"isConfigured": "true"}"#,
        r#"{"isConfigured": 1}"#,
        r#"{"displayName": 7}"#,
        r#"{"id": {"value": "x"}}"#,
        r#"{"partnerState": 2}"#,
        r#"{"partnerAppType": ["singleTenantApp"]}"#,
        r#"{"lastHeartbeatDateTime": 1483257577}"#,
        r#"{"groupsRequiringPartnerEnrollment": {"target": null}}"#,
        r#"{"groupsRequiringPartnerEnrollment": ["group-1"]}"#,
    ] {
        let message = error_of::<DeviceManagementPartner>(json);
        assert!(message.contains("invalid type"), "{json}: {message}");
    }

    // Inside the collection, an element naming another type is read as the declared complex
    // type (it would be a derived type, which Graph may add at any time), keeping its type and
    // properties and writing them back: a response does not fail for it.
    let text = r##"{"groupsRequiringPartnerEnrollment":[{"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g"}]}"##;
    let partner: DeviceManagementPartner = serde_json::from_str(text).unwrap();
    let items = partner
        .groups_requiring_partner_enrollment
        .as_ref()
        .unwrap();
    assert_eq!(
        items[0].additional_data.odata_type().as_deref(),
        Some("#microsoft.graph.groupAssignmentTarget")
    );
    assert_eq!(raw(&items[0].additional_data, "groupId"), "\"g\"");
    assert_eq!(
        serde_json::to_value(&partner).unwrap()["groupsRequiringPartnerEnrollment"],
        serde_json::from_str::<Value>(text).unwrap()["groupsRequiringPartnerEnrollment"]
    );
    let message = error_of::<DeviceManagementPartner>(
        r#"{"groupsRequiringPartnerEnrollment": [{"target": {}, "target": {}}]}"#,
    );
    assert!(
        message.contains("property `target` is given twice"),
        "{message}"
    );
}

#[test]
fn partner_assignments_without_odata_type_are_written_back_without_it() {
    // The service may leave out `@odata.type` where it is the declared type; a complex value
    // writes it back only if the document had it (an entity writes its own always).
    let partner: DeviceManagementPartner = serde_json::from_str(
        r#"{"groupsRequiringPartnerEnrollment": [{"target": {"@odata.type": "microsoft.graph.allDevicesAssignmentTarget"}}]}"#,
    )
    .unwrap();
    assert_eq!(
        serde_json::to_value(&partner).unwrap(),
        json!({
            "@odata.type": "#microsoft.graph.deviceManagementPartner",
            "groupsRequiringPartnerEnrollment": [{
                "target": {"@odata.type": "microsoft.graph.allDevicesAssignmentTarget"}
            }]
        })
    );
}

// ---------------------------------------------------------------------------------------------
// termsAndConditions
// ---------------------------------------------------------------------------------------------

#[test]
fn terms_constants() {
    type T = TermsAndConditions;
    assert_eq!(T::ODATA_TYPE, "microsoft.graph.termsAndConditions");
    assert_eq!(T::BASE_TYPE, Some("microsoft.graph.entity"));
    assert_eq!(T::KEY_PROPERTY, "id");
    assert_eq!(T::COLLECTION_PATH, "/deviceManagement/termsAndConditions");
    assert_eq!(T::ITEM_PATH, "/deviceManagement/termsAndConditions/{id}");
    assert_eq!(
        T::PROPERTIES,
        [
            "id",
            "acceptanceStatement",
            "bodyText",
            "createdDateTime",
            "description",
            "displayName",
            "lastModifiedDateTime",
            "title",
            "version",
        ]
    );
    assert!(T::ACTIONS.is_empty());
}

#[test]
fn terms_operations() {
    check_crud::<TermsAndConditions>("/deviceManagement/termsAndConditions");
}

#[test]
fn terms_full_document() {
    let terms: TermsAndConditions = round_trip("terms-and-conditions.full.json");
    assert_eq!(
        terms,
        TermsAndConditions {
            id: Some("d4ba59d6-59d6-d4ba-d659-bad4d659bad4".to_owned()),
            acceptance_statement: Some("Acceptance Statement value".to_owned()),
            body_text: Some("Body Text value".to_owned()),
            created_date_time: Some(datetime("2017-01-01T00:02:43.5775965-08:00")),
            description: Some("Description value".to_owned()),
            display_name: Some("Display Name value".to_owned()),
            last_modified_date_time: Some(datetime("2017-01-01T00:00:35.1329464-08:00")),
            title: Some("Title value".to_owned()),
            version: Some(7),
            additional_data: AdditionalData::new(),
        }
    );
    // The same value built in code is written as the document.
    assert_eq!(
        serde_json::to_value(&terms).unwrap(),
        serde_json::from_str::<Value>(&fixture("terms-and-conditions.full.json")).unwrap()
    );
}

#[test]
fn terms_select_document() {
    let terms: TermsAndConditions = round_trip("terms-and-conditions.select.json");
    assert_eq!(terms.key(), Some("d4ba59d6-59d6-d4ba-d659-bad4d659bad4"));
    assert_eq!(
        terms.display_name.as_deref(),
        Some("Contoso acceptable use — v2")
    );
    assert_eq!(terms.version, Some(2));
    assert_eq!(terms.body_text, None);
    assert_eq!(terms.created_date_time, None);
    assert_eq!(terms.additional_data.len(), 1);
    assert!(terms.additional_data.odata_context().is_some());
}

#[test]
fn terms_open_document() {
    // `termsAndConditions` has no enum property: this document has no unknown member.
    let terms: TermsAndConditions = round_trip("terms-and-conditions.open.json");
    let data = &terms.additional_data;
    assert_eq!(data.etag().as_deref(), Some("W/\"JzQ0OzE3OTY1NjA4MjQn\""));
    assert_eq!(terms.version, Some(i32::MAX));
    assert_eq!(
        terms.body_text.as_deref(),
        Some("Line one.\nLine two: \"quoted\", tab\there, and ünïcödé ✓.")
    );
    assert_eq!(terms.display_name.as_deref(), Some("Contoso T&C"));
    assert_eq!(terms.description, None);
    assert!(data.is_null("description"));
    assert_eq!(terms.title, None);
    assert!(data.is_null("title"));
    assert_eq!(
        terms.created_date_time,
        Some(datetime("2023-11-02T08:15:30.1234567Z"))
    );
    assert_eq!(
        terms.last_modified_date_time,
        Some(datetime("2024-01-15T17:45:00+01:00"))
    );
    assert_eq!(
        data.get_as::<Vec<String>>("roleScopeTagIds")
            .unwrap()
            .unwrap(),
        ["0", "7"]
    );
    assert_eq!(
        data.get_as::<Value>("modifiedBy").unwrap().unwrap()["user"]["displayName"],
        "Adele Vance"
    );
    // An annotation of a declared property is kept, as written.
    assert_eq!(
        raw(data, "version@microsoft.graph.tips"),
        "\"incremented on each re-acceptance\""
    );
    assert_eq!(data.len(), 7, "{data:?}");

    let written = serde_json::to_string(&terms).unwrap();
    assert_eq!(
        keys(&written),
        [
            "@odata.type",
            "@odata.etag",
            "@odata.context",
            "id",
            "acceptanceStatement",
            "bodyText",
            "createdDateTime",
            "description",
            "displayName",
            "lastModifiedDateTime",
            "title",
            "version",
            "roleScopeTagIds",
            "modifiedBy",
            "version@microsoft.graph.tips",
        ]
    );
}

#[test]
fn terms_nulls_can_be_cleared_and_set() {
    let mut terms: TermsAndConditions =
        serde_json::from_str(&fixture("terms-and-conditions.open.json")).unwrap();
    // Write `null` for a property, to clear it in a PATCH.
    terms.body_text = None;
    terms.additional_data.set_null("bodyText");
    // Forget a null that was read: the property is then left out.
    assert!(terms.additional_data.remove("title").is_some());
    // A value wins over a null that was read.
    terms.description = Some("Now described".to_owned());
    let value = serde_json::to_value(&terms).unwrap();
    assert!(value["bodyText"].is_null());
    assert!(value.get("title").is_none());
    assert_eq!(value["description"], "Now described");

    let patch = TermsAndConditions {
        version: Some(3),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.termsAndConditions","version":3}"##
    );
}

#[test]
fn terms_bad_documents() {
    check_wrong_type::<TermsAndConditions>("microsoft.graph.termsAndConditionsAcceptanceStatus");
    check_not_objects::<TermsAndConditions>();
    check_duplicates::<TermsAndConditions>("version", "1");
    check_duplicates::<TermsAndConditions>("bodyText", "\"b\"");

    for json in [
        r#"{"version": "7"}"#,
        r#"{"version": true}"#,
        r#"{"version": 7.5}"#,
        r#"{"version": 7.0}"#,
        r#"{"version": [7]}"#,
        r#"{"title": 1}"#,
        r#"{"bodyText": ["a", "b"]}"#,
        r#"{"createdDateTime": {"dateTime": "2017-01-01T00:00:00"}}"#,
    ] {
        let message = error_of::<TermsAndConditions>(json);
        assert!(message.contains("invalid type"), "{json}: {message}");
    }
    // `Edm.Int32` is checked for range.
    for json in [r#"{"version": 2147483648}"#, r#"{"version": -2147483649}"#] {
        let message = error_of::<TermsAndConditions>(json);
        assert!(message.contains("invalid value"), "{json}: {message}");
    }
    let min: TermsAndConditions = serde_json::from_str(r#"{"version": -2147483648}"#).unwrap();
    assert_eq!(min.version, Some(i32::MIN));
}

// ---------------------------------------------------------------------------------------------
// deviceCategory
// ---------------------------------------------------------------------------------------------

#[test]
fn category_constants() {
    type C = DeviceCategory;
    assert_eq!(C::ODATA_TYPE, "microsoft.graph.deviceCategory");
    assert_eq!(C::BASE_TYPE, Some("microsoft.graph.entity"));
    assert_eq!(C::KEY_PROPERTY, "id");
    assert_eq!(C::COLLECTION_PATH, "/deviceManagement/deviceCategories");
    assert_eq!(C::ITEM_PATH, "/deviceManagement/deviceCategories/{id}");
    assert_eq!(C::PROPERTIES, ["id", "description", "displayName"]);
    assert!(C::ACTIONS.is_empty());
}

#[test]
fn category_operations() {
    check_crud::<DeviceCategory>("/deviceManagement/deviceCategories");
    assert_eq!(
        DeviceCategory::update("c1").to_string(),
        "PATCH /deviceManagement/deviceCategories/c1"
    );
}

#[test]
fn category_full_document() {
    let category: DeviceCategory = round_trip("device-category.full.json");
    assert_eq!(
        category,
        DeviceCategory {
            id: Some("f881b841-b841-f881-41b8-81f841b881f8".to_owned()),
            description: Some("Description value".to_owned()),
            display_name: Some("Display Name value".to_owned()),
            additional_data: AdditionalData::new(),
        }
    );
}

#[test]
fn category_select_document() {
    let category: DeviceCategory = round_trip("device-category.select.json");
    assert_eq!(category.key(), Some("f881b841-b841-f881-41b8-81f841b881f8"));
    assert_eq!(category.display_name.as_deref(), Some("Kiosk"));
    assert_eq!(category.description, None);
    assert!(!category.additional_data.is_null("description"));
    assert_eq!(category.additional_data.len(), 1);
}

#[test]
fn category_open_document() {
    // `deviceCategory` has no enum property: this document has no unknown member.
    let category: DeviceCategory = round_trip("device-category.open.json");
    let data = &category.additional_data;
    assert_eq!(category.key(), Some("2c1a0f9e-8d7c-4b6a-9e5f-4d3c2b1a0f9e"));
    assert_eq!(category.display_name.as_deref(), Some("Shared iPads"));
    assert_eq!(category.description, None);
    assert!(data.is_null("description"));
    assert_eq!(
        data.etag().as_deref(),
        Some("W/\"MDEtRGV2aWNlQ2F0ZWdvcnk=\"")
    );
    assert_eq!(
        data.odata_id().as_deref(),
        Some(
            "https://graph.microsoft.com/v1.0/deviceManagement/deviceCategories('2c1a0f9e-8d7c-4b6a-9e5f-4d3c2b1a0f9e')"
        )
    );
    assert_eq!(raw(data, "devicePlatform"), "\"iPadOS\"");
    assert_eq!(raw(data, "@contoso.reviewed"), "true");
    assert_eq!(
        data.get_as::<Vec<String>>("roleScopeTagIds")
            .unwrap()
            .unwrap(),
        ["0"]
    );
    let written = serde_json::to_string(&category).unwrap();
    // Instance annotations are control information: written before the properties.
    assert_eq!(
        keys(&written),
        [
            "@odata.type",
            "@odata.etag",
            "@odata.id",
            "@contoso.reviewed",
            "id",
            "description",
            "displayName",
            "roleScopeTagIds",
            "devicePlatform",
        ]
    );
}

#[test]
fn category_collection_page() {
    let page: Value = serde_json::from_str(&fixture("device-category.page.json")).unwrap();
    let items: Vec<DeviceCategory> = serde_json::from_value(page["value"].clone()).unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[1].display_name.as_deref(), Some("Kiosk"));
    assert_eq!(serde_json::to_value(&items).unwrap(), page["value"]);
}

#[test]
fn category_odata_type_without_hash_is_written_back_as_read() {
    let category: DeviceCategory =
        serde_json::from_str(r#"{"@odata.type": "microsoft.graph.deviceCategory", "id": "c1"}"#)
            .unwrap();
    assert_eq!(category.key(), Some("c1"));
    assert_eq!(
        serde_json::to_string(&category).unwrap(),
        r#"{"@odata.type":"microsoft.graph.deviceCategory","id":"c1"}"#
    );
    // And with no `@odata.type` at all, the document is read as the type asked for.
    let category: DeviceCategory = serde_json::from_str(r#"{"id": "c2"}"#).unwrap();
    assert_eq!(category.key(), Some("c2"));
}

#[test]
fn category_odata_type_in_additional_data_is_not_written_twice() {
    // An `@odata.type` entry of the additional data is the type to write (the reader keeps one
    // there when the document's spelling differs from the type's own): it replaces the type's
    // own, and is written once.
    let mut category = DeviceCategory {
        id: Some("c1".to_owned()),
        ..Default::default()
    };
    category
        .additional_data
        .insert_value("@odata.type", "#microsoft.graph.other")
        .unwrap();
    let written = serde_json::to_string(&category).unwrap();
    assert_eq!(
        written,
        r##"{"@odata.type":"#microsoft.graph.other","id":"c1"}"##
    );
    // It names another type now, so it no longer reads as a category.
    let error = serde_json::from_str::<DeviceCategory>(&written).unwrap_err();
    assert!(
        error.to_string().contains("microsoft.graph.other"),
        "{error}"
    );
}

#[test]
fn category_bad_documents() {
    check_wrong_type::<DeviceCategory>("microsoft.graph.deviceManagementPartner");
    check_wrong_type::<DeviceCategory>("microsoft.graph.deviceCategoryX");
    check_not_objects::<DeviceCategory>();
    check_duplicates::<DeviceCategory>("displayName", "\"Kiosk\"");

    let message = error_of::<DeviceCategory>(
        r##"{"@odata.type": "#microsoft.graph.deviceManagementPartner", "id": "x"}"##,
    );
    assert!(
        message.contains("#microsoft.graph.deviceManagementPartner")
            && message.contains("#microsoft.graph.deviceCategory"),
        "{message}"
    );

    for json in [
        r#"{"displayName": 7}"#,
        r#"{"displayName": false}"#,
        r#"{"description": {}}"#,
        r#"{"id": 42}"#,
        r#"{"@odata.type": 1}"#,
    ] {
        let message = error_of::<DeviceCategory>(json);
        assert!(message.contains("invalid type"), "{json}: {message}");
    }
}

// ---------------------------------------------------------------------------------------------
// Against the CSDL itself
// ---------------------------------------------------------------------------------------------

/// The CSDL declarations the suites check against: `tests/fixtures/csdl/v1.0-extract.xml`
/// (copied out of the Graph v1.0 CSDL by `scripts/csdl-extract`), or the whole CSDL at
/// `GRAPH_CSDL`.
fn csdl() -> String {
    let path = std::env::var("GRAPH_CSDL").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/csdl/v1.0-extract.xml"
        )
        .to_owned()
    });
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

#[test]
fn the_shipped_connector_agrees_with_the_csdl() {
    use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
    let csdl = csdl();
    let (properties, navigation) =
        csdl_properties(&csdl, "EntityType", "deviceManagementExchangeConnector");
    assert!(navigation.is_empty());
    // `id` is the base type's (entity); the rest in the CSDL's order, which is the docs' too.
    assert_eq!(
        properties
            .iter()
            .map(|(name, _)| name.as_str())
            .collect::<Vec<_>>(),
        Connector::PROPERTIES[1..]
    );
    let types: Vec<&str> = properties.iter().map(|(_, ty)| ty.as_str()).collect();
    assert_eq!(
        types,
        [
            "Edm.String",
            "Edm.String",
            "graph.deviceManagementExchangeConnectorType",
            "Edm.String",
            "Edm.DateTimeOffset",
            "Edm.String",
            "Edm.String",
            "graph.deviceManagementExchangeConnectorStatus",
            "Edm.String",
        ]
    );
    // The three `Nullable="false"` properties are documented as such on their fields.
    let source = include_str!("../../graph-entity/src/resources/exchange_connector.rs");
    for line in csdl
        .lines()
        .filter(|line| line.contains("Nullable=\"false\""))
    {
        for name in ["exchangeConnectorType", "lastSyncDateTime", "status"] {
            if line.contains(&format!("Name=\"{name}\"")) {
                assert!(source.contains("Not nullable"), "{name}");
            }
        }
    }
    for (name, members) in [
        (
            "deviceManagementExchangeConnectorStatus",
            graph_entity::resources::DeviceManagementExchangeConnectorStatus::MEMBERS,
        ),
        (
            "deviceManagementExchangeConnectorType",
            graph_entity::resources::DeviceManagementExchangeConnectorType::MEMBERS,
        ),
        (
            "deviceManagementExchangeConnectorSyncType",
            graph_entity::resources::DeviceManagementExchangeConnectorSyncType::MEMBERS,
        ),
    ] {
        assert_eq!(csdl_members(&csdl, name), members, "{name}");
    }
    // The bound action `sync`, with its required `syncType`.
    let sync = &csdl[csdl.find("<Action Name=\"sync\"").unwrap()..];
    let sync = &sync[..sync.find("</Action>").unwrap()];
    assert!(sync.contains("Type=\"graph.deviceManagementExchangeConnector\""));
    assert!(sync.contains(
        "<Parameter Name=\"syncType\" Type=\"graph.deviceManagementExchangeConnectorSyncType\" Nullable=\"false\" />"
    ));
    assert_eq!(Connector::ACTIONS, ["sync"]);
}

/// The `(name, type)` of every structural property of the CSDL type `kind Name="name"`, and the
/// names of its navigation properties.
fn csdl_properties(csdl: &str, kind: &str, name: &str) -> (Vec<(String, String)>, Vec<String>) {
    let open = format!("<{kind} Name=\"{name}\"");
    let start = csdl
        .find(&format!("{open} "))
        .or_else(|| csdl.find(&format!("{open}>")))
        .unwrap_or_else(|| panic!("{name} is not in the CSDL"));
    let block = &csdl[start..];
    let first_line = &block[..block.find('\n').unwrap()];
    let end = if first_line.trim_end().ends_with("/>") {
        first_line.len() // `<ComplexType Name="..." />`: no properties
    } else {
        block.find(&format!("</{kind}>")).unwrap()
    };
    let attribute = |line: &str, key: &str| -> Option<String> {
        let from = line.find(&format!(" {key}=\""))? + key.len() + 3;
        Some(line[from..from + line[from..].find('"')?].to_owned())
    };
    let mut properties = Vec::new();
    let mut navigation = Vec::new();
    for line in block[..end].lines().skip(1) {
        let line = line.trim();
        if line.starts_with("<Property ") {
            properties.push((
                attribute(line, "Name").unwrap(),
                attribute(line, "Type").unwrap(),
            ));
        } else if line.starts_with("<NavigationProperty ") {
            navigation.push(attribute(line, "Name").unwrap());
        }
    }
    (properties, navigation)
}

fn csdl_members(csdl: &str, name: &str) -> Vec<String> {
    let start = csdl
        .find(&format!("<EnumType Name=\"{name}\">"))
        .unwrap_or_else(|| panic!("{name} is not in the CSDL"));
    let block = &csdl[start..];
    let block = &block[..block.find("</EnumType>").unwrap()];
    block
        .lines()
        .filter_map(|line| line.trim().strip_prefix("<Member Name=\""))
        .map(|rest| rest[..rest.find('"').unwrap()].to_owned())
        .collect()
}

#[test]
fn declarations_agree_with_the_csdl() {
    let csdl = csdl();

    let declared = |properties: &[&str]| -> Vec<String> {
        // `id` comes from the base type `entity`.
        properties[1..].iter().map(|p| (*p).to_owned()).collect()
    };
    let names = |properties: &[(String, String)]| -> Vec<String> {
        properties.iter().map(|(name, _)| name.clone()).collect()
    };

    let (partner, navigation) = csdl_properties(&csdl, "EntityType", "deviceManagementPartner");
    assert_eq!(
        names(&partner),
        declared(DeviceManagementPartner::PROPERTIES)
    );
    assert!(navigation.is_empty());
    assert_eq!(
        partner
            .iter()
            .map(|(_, ty)| ty.as_str())
            .collect::<Vec<_>>(),
        [
            "Edm.String",
            "Collection(graph.deviceManagementPartnerAssignment)",
            "Edm.Boolean",
            "Edm.DateTimeOffset",
            "graph.deviceManagementPartnerAppType",
            "graph.deviceManagementPartnerTenantState",
            "Edm.String",
            "Edm.DateTimeOffset",
            "Edm.DateTimeOffset",
        ]
    );

    let (terms, navigation) = csdl_properties(&csdl, "EntityType", "termsAndConditions");
    assert_eq!(names(&terms), declared(TermsAndConditions::PROPERTIES));
    assert_eq!(navigation, ["acceptanceStatuses", "assignments"]);
    for navigation in &navigation {
        assert!(!TermsAndConditions::PROPERTIES.contains(&navigation.as_str()));
    }
    assert!(terms.contains(&("version".to_owned(), "Edm.Int32".to_owned())));

    let (category, navigation) = csdl_properties(&csdl, "EntityType", "deviceCategory");
    assert_eq!(names(&category), declared(DeviceCategory::PROPERTIES));
    assert!(navigation.is_empty());

    let (assignment, _) =
        csdl_properties(&csdl, "ComplexType", "deviceManagementPartnerAssignment");
    assert_eq!(
        assignment,
        [(
            "target".to_owned(),
            "graph.deviceAndAppManagementAssignmentTarget".to_owned()
        )]
    );
    assert!(csdl.contains(
        "<ComplexType Name=\"deviceAndAppManagementAssignmentTarget\" Abstract=\"true\" />"
    ));

    assert_eq!(
        csdl_members(&csdl, "deviceManagementPartnerAppType"),
        AppType::MEMBERS
    );
    assert_eq!(
        csdl_members(&csdl, "deviceManagementPartnerTenantState"),
        State::MEMBERS
    );

    // The bound actions: `terminate` on deviceManagementPartner, none on the others.
    for (binding, actions) in [
        ("deviceManagementPartner", DeviceManagementPartner::ACTIONS),
        ("termsAndConditions", TermsAndConditions::ACTIONS),
        ("deviceCategory", DeviceCategory::ACTIONS),
    ] {
        let parameter = format!("<Parameter Name=\"bindingParameter\" Type=\"graph.{binding}\" />");
        let mut bound = Vec::new();
        let mut action = None;
        for line in csdl.lines() {
            let line = line.trim();
            if let Some(rest) = line.strip_prefix("<Action Name=\"") {
                action = Some(rest[..rest.find('"').unwrap()].to_owned());
            } else if line == parameter {
                bound.extend(action.clone());
            }
        }
        assert_eq!(bound, actions, "{binding}");
    }
}
