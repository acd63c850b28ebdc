//! The spellings of `@odata.type` that OData JSON Format 4.01 §4.5.3 allows: `#` and the
//! namespace-qualified name, the name without `#`, the alias-qualified name (`graph` is the alias
//! of `microsoft.graph` in Graph's CSDL), and an absolute URI (the metadata document's) whose
//! fragment is either name. Each reads as the same type, is written back exactly as read, and a
//! document of another type is an error naming the type it really has.

use graph_entity::GraphEntity;
use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
use graph_entity_tests::mobile_apps::{
    AnyMobileApp, AnyWin32LobAppRule, IosStoreApp, MobileApp, WebApp, Win32LobApp,
};

const METADATA: &str = "https://graph.microsoft.com/v1.0/$metadata";

/// Every spelling of the type `microsoft.graph.<name>`.
fn spellings(name: &str) -> [String; 6] {
    [
        format!("#microsoft.graph.{name}"),
        format!("microsoft.graph.{name}"),
        format!("#graph.{name}"),
        format!("graph.{name}"),
        format!("{METADATA}#microsoft.graph.{name}"),
        format!("{METADATA}#graph.{name}"),
    ]
}

/// A connector document naming its type `tag`, in the order the connector writes it.
fn connector_document(tag: &str) -> String {
    format!(
        r#"{{"@odata.type":"{tag}","@odata.etag":"W/\"1\"","id":"c1","serverName":"mail.contoso.com","status":"connected","version":"15.1"}}"#
    )
}

#[test]
fn every_spelling_reads_as_the_connector_and_is_written_back_as_read() {
    for tag in spellings("deviceManagementExchangeConnector") {
        let document = connector_document(&tag);
        let connector: Connector = serde_json::from_str(&document)
            .unwrap_or_else(|error| panic!("`{tag}` does not read: {error}"));
        assert_eq!(connector.key(), Some("c1"), "{tag}");
        assert_eq!(
            connector.server_name.as_deref(),
            Some("mail.contoso.com"),
            "{tag}"
        );
        assert_eq!(
            serde_json::to_string(&connector).unwrap(),
            document,
            "{tag}"
        );
        // The common spelling is the connector's own: nothing is kept for it. Any other is kept,
        // as the document gave it.
        let kept = connector.additional_data.odata_type();
        if tag == "#microsoft.graph.deviceManagementExchangeConnector" {
            assert_eq!(kept, None);
        } else {
            assert_eq!(kept.as_deref(), Some(tag.as_str()));
        }
        // From bytes and from a reader (the owned-string paths) too.
        let from_reader: Connector = serde_json::from_reader(document.as_bytes()).unwrap();
        assert_eq!(from_reader, connector, "{tag}");
    }
}

#[test]
fn an_escaped_alias_reads_as_the_connector() {
    // `\u0067` is `g`: the value is `#graph.…`, written back unescaped.
    let document = connector_document(r"#\u0067raph.deviceManagementExchangeConnector");
    let connector: Connector = serde_json::from_str(&document).unwrap();
    assert_eq!(connector.key(), Some("c1"));
    assert_eq!(
        serde_json::to_string(&connector).unwrap(),
        connector_document("#graph.deviceManagementExchangeConnector")
    );
}

#[test]
fn a_wrong_type_in_every_spelling_is_an_error_naming_the_real_type() {
    for tag in spellings("user") {
        let error = serde_json::from_str::<Connector>(&connector_document(&tag))
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with(&format!("`@odata.type` is `{tag}`")),
            "{error}"
        );
        assert!(
            error.contains("read the document as `microsoft.graph.user`"),
            "{error}"
        );
        assert!(
            error.contains("but this is `#microsoft.graph.deviceManagementExchangeConnector`"),
            "{error}"
        );
        // A spelling other than `#` + the name also says which type it stands for.
        let spelled_out = error.contains("(microsoft.graph.user)");
        assert_eq!(
            spelled_out,
            tag.strip_prefix('#').unwrap_or(&tag) != "microsoft.graph.user",
            "{error}"
        );
    }
    // A derived type read directly, with a sibling's alias and URI spellings.
    for tag in spellings("win32LobApp") {
        let document = format!(r#"{{"@odata.type":"{tag}","id":"w"}}"#);
        let error = serde_json::from_str::<WebApp>(&document)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("read the document as `microsoft.graph.win32LobApp`"),
            "{error}"
        );
    }
    // An alias that is not Graph's names no type this crate knows: an error that says so.
    let error = serde_json::from_str::<Connector>(&connector_document(
        "#callRecords.deviceManagementExchangeConnector",
    ))
    .unwrap_err()
    .to_string();
    assert!(
        error.contains("read the document as `callRecords.deviceManagementExchangeConnector`"),
        "{error}"
    );
}

#[test]
fn a_polymorphic_collection_dispatches_every_spelling_to_its_variant() {
    let items = [
        r##"{"@odata.type":"#graph.webApp","id":"a","appUrl":"https://a/"}"##.to_owned(),
        format!(
            r#"{{"@odata.type":"{METADATA}#microsoft.graph.win32LobApp","id":"b","rules":[{}]}}"#,
            [
                r##"{"@odata.type":"#graph.win32LobAppRegistryRule","keyPath":"HKLM\\x"}"##
                    .to_owned(),
                format!(
                    r#"{{"@odata.type":"{METADATA}#graph.win32LobAppProductCodeRule","productCode":"{{1}}"}}"#
                ),
            ]
            .join(",")
        ),
        format!(r#"{{"@odata.type":"{METADATA}#graph.iosStoreApp","id":"c","bundleId":"b"}}"#),
        r#"{"@odata.type":"graph.androidStoreApp","id":"d","packageId":"p"}"#.to_owned(),
        r##"{"@odata.type":"#graph.macOSDmgApp","id":"e","primaryBundleId":"m"}"##.to_owned(),
        format!(r#"{{"@odata.type":"{METADATA}#graph.mobileApp","id":"f"}}"#),
    ];
    let page = format!("[{}]", items.join(","));
    let items: Vec<AnyMobileApp> = serde_json::from_str(&page).unwrap();
    let kinds: Vec<(&str, String)> = items
        .iter()
        .map(|item| {
            let variant = match item {
                AnyMobileApp::WebApp(_) => "WebApp",
                AnyMobileApp::Win32LobApp(_) => "Win32LobApp",
                AnyMobileApp::IosStoreApp(_) => "IosStoreApp",
                AnyMobileApp::AndroidStoreApp(_) => "AndroidStoreApp",
                AnyMobileApp::Other(_) => "Other",
            };
            (variant, item.odata_type().into_owned())
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("WebApp", "microsoft.graph.webApp".to_owned()),
            ("Win32LobApp", "microsoft.graph.win32LobApp".to_owned()),
            ("IosStoreApp", "microsoft.graph.iosStoreApp".to_owned()),
            (
                "AndroidStoreApp",
                "microsoft.graph.androidStoreApp".to_owned()
            ),
            ("Other", "microsoft.graph.macOSDmgApp".to_owned()),
            ("Other", "microsoft.graph.mobileApp".to_owned()),
        ]
    );
    let keys: Vec<_> = items.iter().map(|item| item.base().key()).collect();
    assert_eq!(
        keys,
        [
            Some("a"),
            Some("b"),
            Some("c"),
            Some("d"),
            Some("e"),
            Some("f")
        ]
    );
    let AnyMobileApp::WebApp(web) = &items[0] else {
        unreachable!()
    };
    assert_eq!(web.app_url.as_deref(), Some("https://a/"));
    let AnyMobileApp::IosStoreApp(ios) = &items[2] else {
        unreachable!()
    };
    assert_eq!(ios.bundle_id.as_deref(), Some("b"));

    // The nested collection of derived complex types dispatches the same way.
    let AnyMobileApp::Win32LobApp(win32) = &items[1] else {
        unreachable!()
    };
    let rules = win32.rules.as_deref().unwrap();
    assert!(
        matches!(&rules[0], AnyWin32LobAppRule::Registry(rule) if rule.key_path.as_deref() == Some("HKLM\\x")),
        "{rules:?}"
    );
    assert!(
        matches!(&rules[1], AnyWin32LobAppRule::ProductCode(rule) if rule.product_code.as_deref() == Some("{1}")),
        "{rules:?}"
    );

    // Written back exactly as read.
    assert_eq!(serde_json::to_string(&items).unwrap(), page);
}

#[test]
fn a_variant_read_directly_accepts_every_spelling_of_its_own_type() {
    for tag in spellings("iosStoreApp") {
        let document = format!(r#"{{"@odata.type":"{tag}","id":"i","bundleId":"b"}}"#);
        let app: IosStoreApp = serde_json::from_str(&document)
            .unwrap_or_else(|error| panic!("`{tag}` does not read: {error}"));
        assert_eq!(app.bundle_id.as_deref(), Some("b"));
        assert_eq!(serde_json::to_string(&app).unwrap(), document);
        let any: AnyMobileApp = serde_json::from_str(&document).unwrap();
        assert_eq!(any, AnyMobileApp::IosStoreApp(app));
    }
    for tag in spellings("win32LobApp") {
        let document = format!(r#"{{"@odata.type":"{tag}","id":"w"}}"#);
        let app: Win32LobApp = serde_json::from_str(&document).unwrap();
        assert_eq!(app.key(), Some("w"));
        assert_eq!(serde_json::to_string(&app).unwrap(), document);
    }
    // The base type read directly accepts its own type in any spelling, and no derived one.
    for tag in spellings("mobileApp") {
        let document = format!(r#"{{"@odata.type":"{tag}","id":"m"}}"#);
        let app: MobileApp = serde_json::from_str(&document).unwrap();
        assert_eq!(serde_json::to_string(&app).unwrap(), document);
    }
    let error = serde_json::from_str::<MobileApp>(&format!(
        r#"{{"@odata.type":"{METADATA}#graph.webApp","id":"m"}}"#
    ))
    .unwrap_err()
    .to_string();
    assert!(
        error.contains("(microsoft.graph.webApp)") && error.contains("GraphPolymorphic"),
        "{error}"
    );
}
