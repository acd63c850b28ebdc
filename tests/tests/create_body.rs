//! A create body from an entity that was read (issue 9, item 9): it leaves out what the server
//! owns (the key, read-only properties, control information, instance and property annotations)
//! and keeps `@odata.type`, the writable properties and unknown plain properties.

use graph_entity::http::Method;
use graph_entity::{CreateBody, GraphEntity};
use graph_entity_tests::drive_items::ManagedDevice;
use graph_entity_tests::mobile_apps::{AnyMobileApp, MobileApp, WebApp};
use serde_json::{Value, json};

/// A `webApp` as `GET /deviceAppManagement/mobileApps/{id}` returns it, with everything the
/// server adds.
fn read_web_app() -> Value {
    json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#deviceAppManagement/mobileApps/$entity",
        "@odata.type": "#microsoft.graph.webApp",
        "@odata.etag": "W/\"1\"",
        "@odata.id": "https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps('a1')",
        "@microsoft.graph.tips": "Use $select to choose only the properties your app needs.",
        "id": "a1",
        "displayName": "Portal",
        "displayName@microsoft.graph.localized": "Portail",
        "createdDateTime": "2024-01-02T03:04:05Z",
        "lastModifiedDateTime": "2024-01-02T03:04:05Z",
        "publishingState": "published",
        "isFeatured": null,
        "appUrl": "https://portal.contoso.com",
        "useManagedBrowser": false,
        "roleScopeTagIds": ["0"],
        "roleScopeTagIds@odata.type": "#Collection(String)",
        "dependentAppCount": 0,
        "futureProperty": {"nested": ["kept", {"@odata.type": "#microsoft.graph.x"}]}
    })
}

#[test]
fn a_create_body_from_a_read_entity_leaves_out_what_the_server_owns() {
    let app: WebApp = serde_json::from_value(read_web_app()).unwrap();
    let create = app.create_with().unwrap();
    assert_eq!(create.method(), Method::POST);
    assert_eq!(create.path(), "/deviceAppManagement/mobileApps");
    let body: Value = serde_json::from_slice(create.body().unwrap()).unwrap();
    assert_eq!(
        body,
        json!({
            "@odata.type": "#microsoft.graph.webApp",
            "displayName": "Portal",
            "isFeatured": null,
            "appUrl": "https://portal.contoso.com",
            "useManagedBrowser": false,
            "roleScopeTagIds": ["0"],
            "dependentAppCount": 0,
            "futureProperty": {"nested": ["kept", {"@odata.type": "#microsoft.graph.x"}]}
        })
    );
    // `@odata.type` comes first, as OData requires.
    let text = std::str::from_utf8(create.body().unwrap()).unwrap();
    assert_eq!(graph_entity_tests::keys(text)[0], "@odata.type");
    // The value itself still holds all of it, and writes it back whole.
    assert_eq!(serde_json::to_value(&app).unwrap(), read_web_app());
}

#[test]
fn a_derived_type_read_as_its_base_keeps_its_type_in_the_create_body() {
    let mut document = read_web_app();
    document["@odata.type"] = json!("#microsoft.graph.macOSDmgApp");
    document["primaryBundleId"] = json!("com.contoso.portal");
    let items: Vec<AnyMobileApp> = serde_json::from_value(json!([document])).unwrap();
    let AnyMobileApp::Other(app) = &items[0] else {
        panic!("{:?}", items[0])
    };
    let body = serde_json::to_value(CreateBody(app)).unwrap();
    assert_eq!(body["@odata.type"], "#microsoft.graph.macOSDmgApp");
    assert_eq!(body["primaryBundleId"], "com.contoso.portal");
    for left_out in [
        "@odata.context",
        "@odata.etag",
        "@odata.id",
        "@microsoft.graph.tips",
        "id",
        "createdDateTime",
        "lastModifiedDateTime",
        "publishingState",
        "displayName@microsoft.graph.localized",
        "roleScopeTagIds@odata.type",
    ] {
        assert!(body.get(left_out).is_none(), "{left_out}: {body}");
    }
}

#[test]
fn read_only_collections_of_polymorphic_complex_values_are_left_out() {
    let device: ManagedDevice = serde_json::from_value(json!({
        "@odata.etag": "W/\"2\"",
        "id": "md1",
        "deviceName": "DESKTOP-1",
        "deviceActionResults": [{"@odata.type": "#microsoft.graph.remoteLockActionResult", "unlockPin": "1"}],
        "notes": "kept"
    }))
    .unwrap();
    assert_eq!(
        serde_json::from_slice::<Value>(device.create_with().unwrap().body().unwrap()).unwrap(),
        json!({"@odata.type": "#microsoft.graph.managedDevice", "notes": "kept"})
    );
}

#[test]
fn a_value_built_in_code_and_the_same_value_read_give_the_same_create_body() {
    let built = WebApp {
        base: MobileApp {
            id: Some("a1".into()),
            display_name: Some("Portal".into()),
            ..MobileApp::default()
        },
        app_url: Some("https://portal.contoso.com".into()),
        use_managed_browser: Some(false),
    };
    let read: WebApp = serde_json::from_value(json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#deviceAppManagement/mobileApps/$entity",
        "@odata.etag": "W/\"1\"",
        "@microsoft.graph.tips": "tip",
        "id": "a1",
        "displayName": "Portal",
        "displayName@odata.type": "#String",
        "createdDateTime": "2024-01-02T03:04:05Z",
        "appUrl": "https://portal.contoso.com",
        "useManagedBrowser": false
    }))
    .unwrap();
    assert_eq!(
        built.create_with().unwrap().body(),
        read.create_with().unwrap().body()
    );
    assert_eq!(
        built.create_with().unwrap().body(),
        Some(
            &br##"{"@odata.type":"#microsoft.graph.webApp","displayName":"Portal","appUrl":"https://portal.contoso.com","useManagedBrowser":false}"##[..]
        )
    );
}
