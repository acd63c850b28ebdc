//! Generated patch types (`XPatch`) and `update_with`, on the shipped Exchange connector and on
//! the mobile apps of `graph_entity_tests::mobile_apps` (a root type with read-only properties,
//! a derived type and a grandchild); and the GET → change → write cycle that a full update
//! (`PUT`-like write of the whole entity) relies on.

use std::collections::HashMap;

use graph_entity::edm::DateTimeOffset;
use graph_entity::http::{Method, header};
use graph_entity::resources::{
    DeviceManagementExchangeConnector as Connector,
    DeviceManagementExchangeConnectorPatch as ConnectorPatch,
    DeviceManagementExchangeConnectorStatus as Status,
    DeviceManagementExchangeConnectorType as ConnectorType,
};
use graph_entity::{GraphEntity, Nullable, Query, ServiceRoot};
use graph_entity_tests::keys;
use graph_entity_tests::mobile_apps::{
    AnyMobileApp, MimeContent, MobileApp, MobileAppPatch, MobileLobApp, MobileLobAppPatch, WebApp,
    WebAppPatch, Win32LobApp, Win32LobAppPatch, Win32LobAppReturnCode, Win32LobAppReturnCodeType,
    WindowsArchitecture,
};
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn body<P: Serialize>(patch: &P) -> Value {
    serde_json::to_value(patch).unwrap()
}

fn text<P: Serialize>(patch: &P) -> String {
    serde_json::to_string(patch).unwrap()
}

fn time(text: &str) -> DateTimeOffset {
    text.parse().unwrap()
}

/// The names of `T::PROPERTIES` without `left_out`, in order.
fn properties_but<T: GraphEntity>(left_out: &[&str]) -> Vec<String> {
    T::PROPERTIES
        .iter()
        .filter(|name| !left_out.contains(name))
        .map(|name| (*name).to_owned())
        .collect()
}

/// The raw text of item `index` of the mobile apps page fixture.
fn mobile_app_item(index: usize) -> String {
    let path = format!(
        "{}/fixtures/mobile_apps/page.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let page = std::fs::read_to_string(&path).unwrap();
    let envelope: HashMap<&str, &RawValue> = serde_json::from_str(&page).unwrap();
    let items: Vec<&RawValue> = serde_json::from_str(envelope["value"].get()).unwrap();
    items[index].get().to_owned()
}

/// That `T::Patch` is `P`: a compile-time check.
fn patch_type_of<T: GraphEntity<Patch = P>, P>() {}

// ---------------------------------------------------------------------------------------------
// The Exchange connector
// ---------------------------------------------------------------------------------------------

/// A patch with every field of the connector's patch type set. Naming a field the patch type
/// does not have (`id`) would not compile.
fn every_connector_change() -> ConnectorPatch {
    ConnectorPatch::default()
        .connector_server_name(Some("c".into()))
        .exchange_alias(Some("a".into()))
        .exchange_connector_type(Some(ConnectorType::Hosted))
        .exchange_organization(Some("o".into()))
        .last_sync_date_time(Some(time("2024-01-02T03:04:05Z")))
        .primary_smtp_address(Some("p@contoso.example".into()))
        .server_name(Some("s".into()))
        .status(Some(Status::Connected))
        .version(Some("v".into()))
}

#[test]
fn connector_patch_type_is_the_entitys() {
    patch_type_of::<Connector, ConnectorPatch>();
    patch_type_of::<MobileApp, MobileAppPatch>();
    patch_type_of::<WebApp, WebAppPatch>();
    patch_type_of::<Win32LobApp, Win32LobAppPatch>();
    patch_type_of::<MobileLobApp, MobileLobAppPatch>();
}

#[test]
fn connector_no_change_is_an_empty_object() {
    assert_eq!(text(&ConnectorPatch::default()), "{}");
    assert_eq!(body(&ConnectorPatch::default()), json!({}));
    // Explicitly absent is unchanged too.
    let patch = ConnectorPatch {
        server_name: Nullable::Absent,
        ..ConnectorPatch::default()
    };
    assert_eq!(text(&patch), "{}");
}

#[test]
fn connector_one_change_is_one_property() {
    let cases: Vec<(ConnectorPatch, Value)> = vec![
        (
            ConnectorPatch::default().server_name(Some("mail01".into())),
            json!({"serverName": "mail01"}),
        ),
        (
            ConnectorPatch::default().status(Some(Status::Disconnected)),
            json!({"status": "disconnected"}),
        ),
        (
            ConnectorPatch::default()
                .exchange_connector_type(Some(ConnectorType::UnknownFutureValue)),
            json!({"exchangeConnectorType": "unknownFutureValue"}),
        ),
        (
            ConnectorPatch::default()
                .last_sync_date_time(Some(time("2017-01-01T00:02:54.239458+03:00"))),
            json!({"lastSyncDateTime": "2017-01-01T00:02:54.239458+03:00"}),
        ),
        (
            ConnectorPatch {
                version: Nullable::Value("15.2".into()),
                ..ConnectorPatch::default()
            },
            json!({"version": "15.2"}),
        ),
        // An empty string is a value, not a null.
        (
            ConnectorPatch::default().exchange_alias(Some(String::new())),
            json!({"exchangeAlias": ""}),
        ),
    ];
    for (patch, expected) in cases {
        assert_eq!(body(&patch), expected);
    }
}

#[test]
fn connector_null_change_is_a_null_property() {
    assert_eq!(
        text(&ConnectorPatch::default().exchange_alias(None)),
        r#"{"exchangeAlias":null}"#
    );
    let patch = ConnectorPatch {
        status: Nullable::Null,
        primary_smtp_address: Nullable::Null,
        ..ConnectorPatch::default()
    };
    assert_eq!(text(&patch), r#"{"primarySmtpAddress":null,"status":null}"#);
    // A later setter replaces an earlier change.
    let patch = ConnectorPatch::default()
        .server_name(Some("a".into()))
        .server_name(None);
    assert_eq!(text(&patch), r#"{"serverName":null}"#);
}

#[test]
fn connector_key_has_no_patch_field_and_never_appears() {
    let every = text(&every_connector_change());
    // Every property but the key, in declaration order.
    assert_eq!(keys(&every), properties_but::<Connector>(&["id"]));
    assert!(!every.contains("\"id\""), "{every}");
    assert!(!every.contains("@odata"), "{every}");
    assert_eq!(
        every,
        r#"{"connectorServerName":"c","exchangeAlias":"a","exchangeConnectorType":"hosted","exchangeOrganization":"o","lastSyncDateTime":"2024-01-02T03:04:05Z","primarySmtpAddress":"p@contoso.example","serverName":"s","status":"connected","version":"v"}"#
    );
    // And every field set to null.
    let nulls = ConnectorPatch {
        connector_server_name: Nullable::Null,
        exchange_alias: Nullable::Null,
        exchange_connector_type: Nullable::Null,
        exchange_organization: Nullable::Null,
        last_sync_date_time: Nullable::Null,
        primary_smtp_address: Nullable::Null,
        server_name: Nullable::Null,
        status: Nullable::Null,
        version: Nullable::Null,
        extra_properties: graph_entity::PatchExtras::default(),
    };
    let nulls = body(&nulls);
    assert_eq!(nulls.as_object().unwrap().len(), 9);
    assert!(nulls.as_object().unwrap().values().all(Value::is_null));
}

#[test]
fn connector_update_with_is_a_patch_of_the_item_with_the_body() {
    let patch = ConnectorPatch::default()
        .server_name(Some("mail01".into()))
        .version(None);
    let update = Connector::update_with("98cd/c9e4 x", &patch).unwrap();
    assert_eq!(update.method(), Method::PATCH);
    assert_eq!(
        update.path(),
        "/deviceManagement/exchangeConnectors/98cd%2Fc9e4%20x"
    );
    assert_eq!(
        update.to_string(),
        "PATCH /deviceManagement/exchangeConnectors/98cd%2Fc9e4%20x"
    );
    assert_eq!(
        update.body(),
        Some(&br#"{"serverName":"mail01","version":null}"#[..])
    );
    // The same method and path as `update`, with the body.
    let plain = Connector::update("98cd/c9e4 x");
    assert_eq!(
        (plain.method(), plain.path()),
        (update.method(), update.path())
    );
    assert_eq!(plain.body(), None);

    let request = ServiceRoot::v1().build(update, &Query::new()).unwrap();
    assert_eq!(request.method(), Method::PATCH);
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors/98cd%2Fc9e4%20x"
    );
    assert_eq!(request.headers()[header::CONTENT_TYPE], "application/json");
    assert_eq!(
        request.body().as_bytes(),
        Some(&br#"{"serverName":"mail01","version":null}"#[..])
    );

    // No change: an empty object, still sent as JSON.
    let empty = Connector::update_with("k", &ConnectorPatch::default()).unwrap();
    assert_eq!(empty.body(), Some(&b"{}"[..]));
}

#[test]
fn connector_get_change_write_loses_nothing() {
    let document = r##"{
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#deviceManagement/exchangeConnectors/$entity",
        "@odata.type": "#microsoft.graph.deviceManagementExchangeConnector",
        "@odata.etag": "W/\"3\"",
        "id": "98cdc9e4-c9e4-98cd-e4c9-cd98e4c9cd98",
        "lastSyncDateTime": "2017-01-01T00:02:54.239458+03:00",
        "status": "rebooting",
        "primarySmtpAddress": null,
        "serverName": "Server Name value",
        "serverName@odata.annotation": {"source": "admin"},
        "connectorServerName": "Connector Server Name value",
        "exchangeConnectorType": "onPremises",
        "version": "Version value",
        "exchangeAlias": null,
        "exchangeOrganization": "Exchange Organization value",
        "@contoso.trace": "t-1",
        "newProperty": 1.10
    }"##;
    let original: Value = serde_json::from_str(document).unwrap();
    let mut connector: Connector = serde_json::from_str(document).unwrap();

    // Change one field: the written document is the original with that one value changed.
    connector.server_name = Some("mail02".into());
    let written = serde_json::to_string(&connector).unwrap();
    let mut expected = original.clone();
    expected["serverName"] = json!("mail02");
    assert_eq!(serde_json::from_str::<Value>(&written).unwrap(), expected);
    assert!(written.contains(r#""newProperty":1.10"#), "{written}");

    // A field the document had as null, or with a member the enum does not know, takes the
    // value set.
    connector.exchange_alias = Some("alias".into());
    connector.status = Some(Status::Connected);
    expected["exchangeAlias"] = json!("alias");
    expected["status"] = json!("connected");
    assert_eq!(serde_json::to_value(&connector).unwrap(), expected);

    // The matching patch carries only the changes.
    let patch = ConnectorPatch::default()
        .server_name(Some("mail02".into()))
        .exchange_alias(Some("alias".into()))
        .status(Some(Status::Connected));
    let update = Connector::update_with(connector.key().unwrap(), &patch).unwrap();
    assert_eq!(
        update.to_string(),
        "PATCH /deviceManagement/exchangeConnectors/98cdc9e4-c9e4-98cd-e4c9-cd98e4c9cd98"
    );
    assert_eq!(
        serde_json::from_slice::<Value>(update.body().unwrap()).unwrap(),
        json!({"exchangeAlias": "alias", "serverName": "mail02", "status": "connected"})
    );

    // The seed response (two enum members the enums do not know) round trips through a change.
    let seed = std::fs::read_to_string(format!(
        "{}/fixtures/seed/create-response.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let mut connector: Connector = serde_json::from_str(&seed).unwrap();
    connector.version = Some("2".into());
    let mut expected: Value = serde_json::from_str(&seed).unwrap();
    expected["version"] = json!("2");
    assert_eq!(serde_json::to_value(&connector).unwrap(), expected);
}

// ---------------------------------------------------------------------------------------------
// The mobile apps: a root with read-only properties
// ---------------------------------------------------------------------------------------------

/// The key and the read-only properties of `mobileApp`: no patch field.
const MOBILE_APP_NOT_PATCHED: [&str; 4] = [
    "id",
    "createdDateTime",
    "lastModifiedDateTime",
    "publishingState",
];

fn every_mobile_app_change() -> MobileAppPatch {
    MobileAppPatch::default()
        .description(Some("d".into()))
        .developer(Some("dev".into()))
        .display_name(Some("n".into()))
        .information_url(Some("https://i/".into()))
        .is_featured(Some(true))
        .large_icon(Some(MimeContent {
            r#type: Some("image/png".into()),
            value: Some("AA==".parse().unwrap()),
            ..MimeContent::default()
        }))
        .notes(Some("notes".into()))
        .owner(Some("o".into()))
        .privacy_information_url(Some("https://p/".into()))
        .publisher(Some("pub".into()))
}

#[test]
fn mobile_app_no_change_is_an_empty_object() {
    assert_eq!(text(&MobileAppPatch::default()), "{}");
    assert_eq!(text(&MobileLobAppPatch::default()), "{}");
    assert_eq!(text(&WebAppPatch::default()), "{}");
    assert_eq!(text(&Win32LobAppPatch::default()), "{}");
}

#[test]
fn mobile_app_one_change_is_one_property() {
    assert_eq!(
        text(&MobileAppPatch::default().display_name(Some("Contoso".into()))),
        r#"{"displayName":"Contoso"}"#
    );
    assert_eq!(
        text(&MobileAppPatch::default().is_featured(Some(false))),
        r#"{"isFeatured":false}"#
    );
    assert_eq!(
        body(&MobileAppPatch::default().large_icon(Some(MimeContent {
            r#type: Some("image/png".into()),
            value: Some("iVBORw0KGgo=".parse().unwrap()),
            ..MimeContent::default()
        }))),
        json!({"largeIcon": {"type": "image/png", "value": "iVBORw0KGgo="}})
    );
    assert_eq!(
        text(&MobileAppPatch::default().notes(None)),
        r#"{"notes":null}"#
    );
    assert_eq!(
        text(&MobileAppPatch::default().large_icon(None)),
        r#"{"largeIcon":null}"#
    );
}

#[test]
fn mobile_app_read_only_properties_and_key_never_appear() {
    let every = text(&every_mobile_app_change());
    assert_eq!(
        keys(&every),
        properties_but::<MobileApp>(&MOBILE_APP_NOT_PATCHED)
    );
    for name in MOBILE_APP_NOT_PATCHED {
        assert!(!every.contains(&format!("\"{name}\"")), "{name}: {every}");
    }
    // The root type's patch names no type.
    assert!(!every.contains("@odata.type"), "{every}");

    let update = MobileApp::update_with("app/1", &every_mobile_app_change()).unwrap();
    assert_eq!(update.method(), Method::PATCH);
    assert_eq!(update.path(), "/deviceAppManagement/mobileApps/app%2F1");
    assert_eq!(update.body(), Some(every.as_bytes()));
}

// ---------------------------------------------------------------------------------------------
// Derived types: `@odata.type` and the base's changes
// ---------------------------------------------------------------------------------------------

#[test]
fn derived_patch_names_its_type_first_and_carries_its_own_change() {
    let patch = WebAppPatch::default().use_managed_browser(Some(true));
    assert_eq!(
        text(&patch),
        r##"{"@odata.type":"#microsoft.graph.webApp","useManagedBrowser":true}"##
    );
    let patch = WebAppPatch::default().app_url(None);
    assert_eq!(
        text(&patch),
        r##"{"@odata.type":"#microsoft.graph.webApp","appUrl":null}"##
    );
}

#[test]
fn derived_patch_carries_its_bases_changes_before_its_own() {
    let patch = WebAppPatch {
        base: MobileAppPatch::default().display_name(Some("Intranet".into())),
        ..WebAppPatch::default()
    };
    assert_eq!(
        text(&patch),
        r##"{"@odata.type":"#microsoft.graph.webApp","displayName":"Intranet"}"##
    );
    // A null change of the base is a change: the type is named.
    let patch = WebAppPatch {
        base: MobileAppPatch::default().notes(None),
        ..WebAppPatch::default()
    };
    assert_eq!(
        text(&patch),
        r##"{"@odata.type":"#microsoft.graph.webApp","notes":null}"##
    );
    let patch = WebAppPatch {
        base: MobileAppPatch::default()
            .publisher(Some("Contoso".into()))
            .description(None),
        ..WebAppPatch::default()
    }
    .app_url(Some("https://a/".into()))
    .use_managed_browser(Some(false));
    assert_eq!(
        text(&patch),
        r##"{"@odata.type":"#microsoft.graph.webApp","description":null,"publisher":"Contoso","appUrl":"https://a/","useManagedBrowser":false}"##
    );
}

#[test]
fn derived_patch_with_every_field_set_has_no_key_or_read_only_property() {
    let patch = WebAppPatch {
        base: every_mobile_app_change(),
        ..WebAppPatch::default()
    }
    .app_url(Some("https://a/".into()))
    .use_managed_browser(Some(true));
    let every = text(&patch);
    let mut expected = vec!["@odata.type".to_owned()];
    expected.extend(properties_but::<WebApp>(&MOBILE_APP_NOT_PATCHED));
    assert_eq!(keys(&every), expected);
    for name in MOBILE_APP_NOT_PATCHED {
        assert!(!every.contains(&format!("\"{name}\"")), "{name}: {every}");
    }

    let update = WebApp::update_with("w1", &patch).unwrap();
    assert_eq!(
        update.to_string(),
        "PATCH /deviceAppManagement/mobileApps/w1"
    );
    assert_eq!(update.body(), Some(every.as_bytes()));
}

#[test]
fn grandchild_patch_carries_every_levels_changes_and_names_its_own_type_once() {
    let patch = Win32LobAppPatch {
        base: MobileLobAppPatch {
            base: MobileAppPatch::default().display_name(Some("7-Zip".into())),
            ..MobileLobAppPatch::default()
        }
        .file_name(Some("7z.intunewin".into())),
        ..Win32LobAppPatch::default()
    }
    .setup_file_path(Some("7z.msi".into()))
    .applicable_architectures(Some(
        [WindowsArchitecture::X86, WindowsArchitecture::X64]
            .into_iter()
            .collect(),
    ))
    .return_codes(Some(vec![Win32LobAppReturnCode {
        return_code: Some(3010),
        r#type: Some(Win32LobAppReturnCodeType::SoftReboot),
        ..Win32LobAppReturnCode::default()
    }]))
    .minimum_memory_in_mb(None);
    let written = text(&patch);
    assert_eq!(
        written,
        r##"{"@odata.type":"#microsoft.graph.win32LobApp","displayName":"7-Zip","fileName":"7z.intunewin","applicableArchitectures":"x86,x64","minimumMemoryInMB":null,"returnCodes":[{"returnCode":3010,"type":"softReboot"}],"setupFilePath":"7z.msi"}"##
    );
    assert_eq!(written.matches("@odata.type").count(), 1);

    // Only the middle level changed: still the grandchild's type.
    let patch = Win32LobAppPatch {
        base: MobileLobAppPatch::default().committed_content_version(Some("2".into())),
        ..Win32LobAppPatch::default()
    };
    assert_eq!(
        text(&patch),
        r##"{"@odata.type":"#microsoft.graph.win32LobApp","committedContentVersion":"2"}"##
    );
    let update = Win32LobApp::update_with("f4e1", &patch).unwrap();
    assert_eq!(
        update.to_string(),
        "PATCH /deviceAppManagement/mobileApps/f4e1"
    );
    assert_eq!(update.body(), Some(text(&patch).as_bytes()));

    // mobileLobApp's read-only `size` has no patch field at any level.
    let every_lob = MobileLobAppPatch {
        base: every_mobile_app_change(),
        ..MobileLobAppPatch::default()
    }
    .committed_content_version(Some("1".into()))
    .file_name(Some("f".into()));
    let every_lob = text(&every_lob);
    let mut expected = vec!["@odata.type".to_owned()];
    expected.extend(properties_but::<MobileLobApp>(
        &[&MOBILE_APP_NOT_PATCHED[..], &["size"]].concat(),
    ));
    assert_eq!(keys(&every_lob), expected);
    assert!(every_lob.starts_with(r##"{"@odata.type":"#microsoft.graph.mobileLobApp","##));
}

// ---------------------------------------------------------------------------------------------
// GET → change one field → write the whole entity
// ---------------------------------------------------------------------------------------------

#[test]
fn derived_entity_get_change_write_loses_nothing() {
    // The webApp of the page: annotations, unknown properties, explicit nulls, a complex value
    // with its own `@odata.type`.
    let document = mobile_app_item(0);
    let original: Value = serde_json::from_str(&document).unwrap();
    let mut app: WebApp = serde_json::from_str(&document).unwrap();

    app.base.display_name = Some("Contoso Expenses 2".into());
    let mut expected = original.clone();
    expected["displayName"] = json!("Contoso Expenses 2");
    assert_eq!(serde_json::to_value(&app).unwrap(), expected);

    // An own property, and a property that was an explicit null.
    app.use_managed_browser = Some(false);
    app.base.description = Some("Expenses".into());
    expected["useManagedBrowser"] = json!(false);
    expected["description"] = json!("Expenses");
    assert_eq!(serde_json::to_value(&app).unwrap(), expected);

    // Clearing a field leaves the property out; `set_null` writes it as null.
    app.base.notes = None;
    expected.as_object_mut().unwrap().remove("notes");
    assert_eq!(serde_json::to_value(&app).unwrap(), expected);
    app.base.additional_data.set_null("notes");
    expected["notes"] = Value::Null;
    assert_eq!(serde_json::to_value(&app).unwrap(), expected);

    // The update of the same changes.
    let patch = WebAppPatch {
        base: MobileAppPatch::default()
            .display_name(Some("Contoso Expenses 2".into()))
            .description(Some("Expenses".into()))
            .notes(None),
        ..WebAppPatch::default()
    }
    .use_managed_browser(Some(false));
    let update = WebApp::update_with(app.key().unwrap(), &patch).unwrap();
    assert_eq!(
        update.to_string(),
        "PATCH /deviceAppManagement/mobileApps/0177548a-548a-0177-8a54-77018a547701"
    );
    assert_eq!(
        serde_json::from_slice::<Value>(update.body().unwrap()).unwrap(),
        json!({
            "@odata.type": "#microsoft.graph.webApp",
            "description": "Expenses",
            "displayName": "Contoso Expenses 2",
            "notes": null,
            "useManagedBrowser": false
        })
    );
}

#[test]
fn grandchild_and_undeclared_type_get_change_write_loses_nothing() {
    // The win32LobApp: three levels, nested complex values, polymorphic rules, unknown flags
    // and enum members.
    let document = mobile_app_item(1);
    let original: Value = serde_json::from_str(&document).unwrap();
    let mut app: Win32LobApp = serde_json::from_str(&document).unwrap();
    app.base.file_name = Some("7z2301-x64-v2.intunewin".into());
    let mut expected = original.clone();
    expected["fileName"] = json!("7z2301-x64-v2.intunewin");
    assert_eq!(serde_json::to_value(&app).unwrap(), expected);
    // Setting the flags the enum could not read replaces the kept raw value.
    app.allowed_architectures = Some([WindowsArchitecture::X64].into_iter().collect());
    expected["allowedArchitectures"] = json!("x64");
    assert_eq!(serde_json::to_value(&app).unwrap(), expected);

    // The macOSDmgApp, read through the enum as the base type.
    let document = mobile_app_item(4);
    let original: Value = serde_json::from_str(&document).unwrap();
    let mut item: AnyMobileApp = serde_json::from_str(&document).unwrap();
    item.base_mut().notes = Some("Reviewed".into());
    let mut expected = original.clone();
    expected["notes"] = json!("Reviewed");
    let written = serde_json::to_string(&item).unwrap();
    assert!(
        written.starts_with(r##"{"@odata.type":"#microsoft.graph.macOSDmgApp","@odata.etag""##),
        "{written}"
    );
    assert_eq!(serde_json::from_str::<Value>(&written).unwrap(), expected);
}

// ---------------------------------------------------------------------------------------------
// Extra properties: open types and extension properties
// ---------------------------------------------------------------------------------------------

/// `openTypeExtension`, an open type: its instances carry properties the schema does not name.
#[derive(graph_entity::GraphEntity, Debug, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.openTypeExtension",
    path = "/me/extensions"
)]
pub struct OpenTypeExtension {
    #[graph(key)]
    pub id: Option<String>,
    pub extension_name: Option<String>,
}

#[test]
fn open_type_patch_writes_its_extra_properties_after_the_declared_ones_in_order() {
    let patch = OpenTypeExtensionPatch::default()
        .with_property("theme", "dark")
        .unwrap()
        .extension_name(Some("com.contoso.settings".into()))
        .with_property("fontSize", &14)
        .unwrap()
        .with_null("legacy")
        .unwrap()
        .with_property("colors", &json!(["red", "blue"]))
        .unwrap();
    let update = OpenTypeExtension::update_with("ext1", &patch).unwrap();
    assert_eq!(update.method(), Method::PATCH);
    assert_eq!(update.to_string(), "PATCH /me/extensions/ext1");
    assert_eq!(
        std::str::from_utf8(update.body().unwrap()).unwrap(),
        r#"{"extensionName":"com.contoso.settings","theme":"dark","fontSize":14,"legacy":null,"colors":["red","blue"]}"#
    );
    // A name set again keeps its place and takes the new value.
    let patch = patch.with_property("theme", "light").unwrap();
    assert_eq!(
        text(&patch),
        r#"{"extensionName":"com.contoso.settings","theme":"light","fontSize":14,"legacy":null,"colors":["red","blue"]}"#
    );
    let names: Vec<&str> = patch
        .extra_properties
        .iter()
        .map(|(name, _)| name)
        .collect();
    assert_eq!(names, ["theme", "fontSize", "legacy", "colors"]);
}

#[test]
fn extension_property_on_a_derived_patch_names_the_type_and_follows_every_declared_change() {
    // Only an extra property: still a change (`is_unchanged` counts extras), so the derived
    // type is named.
    let patch = WebAppPatch::default()
        .with_property("extension_0a1b2c_department", "Sales")
        .unwrap();
    assert!(!patch.extra_properties.is_empty());
    assert_eq!(
        text(&patch),
        r##"{"@odata.type":"#microsoft.graph.webApp","extension_0a1b2c_department":"Sales"}"##
    );
    let patch = patch
        .app_url(Some("https://a/".into()))
        .with_base(|base| base.display_name(Some("Intranet".into())));
    let update = WebApp::update_with("w1", &patch).unwrap();
    assert_eq!(
        std::str::from_utf8(update.body().unwrap()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.webApp","displayName":"Intranet","appUrl":"https://a/","extension_0a1b2c_department":"Sales"}"##
    );
    // On a root type, no type is named.
    let patch = MobileAppPatch::default()
        .with_null("extension_0a1b2c_department")
        .unwrap();
    assert_eq!(text(&patch), r#"{"extension_0a1b2c_department":null}"#);
}

#[test]
fn extra_property_refuses_declared_names_and_control_information() {
    use graph_entity::PatchExtraError;
    // Declared by the type itself, by its base, the key, a read-only property.
    for name in [
        "appUrl",
        "displayName",
        "id",
        "createdDateTime",
        "@odata.type",
        "@odata.etag",
        "",
    ] {
        let refused = WebAppPatch::default().with_property(name, &1);
        assert!(
            matches!(&refused, Err(PatchExtraError::Refused(kept)) if kept == name),
            "{name}: {:?}",
            refused.map(|patch| text(&patch))
        );
        let refused = WebAppPatch::default().with_null(name);
        assert!(
            matches!(refused, Err(PatchExtraError::Refused(_))),
            "{name}"
        );
    }
    let refused = OpenTypeExtensionPatch::default().with_property("extensionName", "x");
    assert!(matches!(refused, Err(PatchExtraError::Refused(_))));
    let Err(error) = OpenTypeExtensionPatch::default().with_property("extensionName", "x") else {
        panic!("a declared name was accepted");
    };
    assert!(error.to_string().contains("`extensionName`"), "{error}");
    // Names that only resemble declared ones, and instance annotations, are allowed.
    let patch = WebAppPatch::default()
        .with_property("AppUrl", &1)
        .unwrap()
        .with_property("appUrl@microsoft.graph.note", "x")
        .unwrap();
    assert_eq!(patch.extra_properties.len(), 2);
    // A value that is not JSON.
    let not_json = HashMap::from([((1, 2), 3)]);
    assert!(matches!(
        MobileAppPatch::default().with_property("x", &not_json),
        Err(PatchExtraError::Value(_))
    ));
}

// ---------------------------------------------------------------------------------------------
// Derived patches set their bases' properties fluently
// ---------------------------------------------------------------------------------------------

#[test]
fn derived_patch_sets_base_properties_through_with_base_and_chains() {
    let patch = WebAppPatch::default()
        .use_managed_browser(Some(true))
        .with_base(|base| base.display_name(Some("Intranet".into())).notes(None))
        .app_url(Some("https://intranet/".into()));
    assert_eq!(
        text(&patch.base),
        text(
            &MobileAppPatch::default()
                .display_name(Some("Intranet".into()))
                .notes(None)
        )
    );
    let update = WebApp::update_with("w/1", &patch).unwrap();
    assert_eq!(
        update.to_string(),
        "PATCH /deviceAppManagement/mobileApps/w%2F1"
    );
    assert_eq!(
        std::str::from_utf8(update.body().unwrap()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.webApp","displayName":"Intranet","notes":null,"appUrl":"https://intranet/","useManagedBrowser":true}"##
    );
    // Two levels: the grandchild reaches the root's properties through its base's `with_base`.
    let patch = Win32LobAppPatch::default()
        .with_base(|lob| {
            lob.committed_content_version(Some("2".into()))
                .with_base(|app| app.publisher(Some("Igor Pavlov".into())))
        })
        .with_property("extension_0a1b2c_department", "IT")
        .unwrap();
    let update = Win32LobApp::update_with("z", &patch).unwrap();
    assert_eq!(
        std::str::from_utf8(update.body().unwrap()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.win32LobApp","publisher":"Igor Pavlov","committedContentVersion":"2","extension_0a1b2c_department":"IT"}"##
    );
    // `with_base` keeps what the base patch already held.
    let patch = WebAppPatch {
        base: MobileAppPatch::default().publisher(Some("Contoso".into())),
        ..WebAppPatch::default()
    }
    .with_base(|base| base.description(None));
    assert_eq!(
        text(&patch),
        r##"{"@odata.type":"#microsoft.graph.webApp","description":null,"publisher":"Contoso"}"##
    );
}
