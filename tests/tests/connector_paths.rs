//! The generated constants, paths and operations of the shipped connector, and the URL property
//! of its item paths (`graph_entity_tests::url_shape`) for hostile and arbitrary keys.

use graph_entity::http::Method;
use graph_entity::resources::{
    DeviceManagementExchangeConnector as Connector,
    DeviceManagementExchangeConnectorSyncParameters as SyncParameters,
    DeviceManagementExchangeConnectorSyncType as SyncType,
};
use graph_entity::{GraphEntity, Query, ServiceRoot};
use graph_entity_tests::url_shape;
use proptest::prelude::*;

const COLLECTION: &str = "/deviceManagement/exchangeConnectors";

#[test]
fn constants_are_the_documented_values() {
    assert_eq!(
        Connector::ODATA_TYPE,
        "microsoft.graph.deviceManagementExchangeConnector"
    );
    assert_eq!(Connector::BASE_TYPE, Some("microsoft.graph.entity"));
    assert_eq!(Connector::KEY_PROPERTY, "id");
    assert_eq!(Connector::COLLECTION_PATH, COLLECTION);
    assert_eq!(
        Connector::ITEM_PATH,
        "/deviceManagement/exchangeConnectors/{id}"
    );
    assert_eq!(
        Connector::PROPERTIES,
        [
            "id",
            "connectorServerName",
            "exchangeAlias",
            "exchangeConnectorType",
            "exchangeOrganization",
            "lastSyncDateTime",
            "primarySmtpAddress",
            "serverName",
            "status",
            "version",
        ]
    );
    assert_eq!(Connector::ACTIONS, ["sync"]);
}

#[test]
fn every_operation_has_its_method_and_path() {
    let key = "98cdc9e4-c9e4-98cd-e4c9-cd98e4c9cd98";
    let item = format!("{COLLECTION}/{key}");
    let sync = Connector::sync(
        key,
        &SyncParameters {
            sync_type: SyncType::FullSync,
        },
    )
    .unwrap();
    for (operation, method, path) in [
        (Connector::list(), Method::GET, COLLECTION.to_owned()),
        (Connector::create(), Method::POST, COLLECTION.to_owned()),
        (Connector::get(key), Method::GET, item.clone()),
        (Connector::update(key), Method::PATCH, item.clone()),
        (Connector::delete(key), Method::DELETE, item.clone()),
        (sync.clone(), Method::POST, format!("{item}/sync")),
    ] {
        assert_eq!(operation.method(), method);
        assert_eq!(operation.path(), path);
        assert_eq!(operation.to_string(), format!("{method} {path}"));
    }
    assert_eq!(sync.body(), Some(&br#"{"syncType":"fullSync"}"#[..]));
    let request = ServiceRoot::beta().build(sync, &Query::new()).unwrap();
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/beta/deviceManagement/exchangeConnectors/98cdc9e4-c9e4-98cd-e4c9-cd98e4c9cd98/sync"
    );
    assert_eq!(request.headers()["content-type"], "application/json");
}

/// Keys that would change a naive path's shape: separators, escapes, dot-segments in every
/// spelling, the empty key, quotes, controls and non-ASCII text.
fn hostile_keys() -> Vec<String> {
    let mut keys: Vec<String> = [
        "",
        ".",
        "..",
        "...",
        "%2e",
        "%2E",
        "%2e%2e",
        "%2E%2e",
        ".%2E",
        ".%2e",
        "%2E.",
        "%2e.",
        "%252e",
        "a/b",
        "a/../b",
        "../..",
        "./",
        "/..",
        "a?b",
        "a#b",
        "100%",
        "%",
        "%2F",
        "%zz",
        "a b",
        " ",
        "é",
        "日本",
        "😀",
        "\u{202e}",
        "\u{fffd}",
        "?$select=id",
        "#frag",
        "'",
        "''",
        "'quoted'",
        "a'b",
        "')",
        "('..')",
        "\"",
        "\\",
        "\\..",
        "..\\",
        "\n",
        "\r\n",
        "\t",
        "\0",
        "\u{7f}",
        "+",
        "&",
        "=",
        ";",
        ",",
        ":",
        "@",
        "~-._",
        "(x)",
        "[x]",
        "{id}",
        "@odata",
        "https://evil.example/x",
        "//evil.example/x",
    ]
    .map(str::to_owned)
    .to_vec();
    // And every ASCII character on its own.
    keys.extend((0u8..=127).map(|byte| char::from(byte).to_string()));
    // Too long for `http::Uri` once encoded (90,000 bytes).
    keys.push("/".repeat(30_000));
    keys
}

fn check(key: &str) {
    if let Err(error) = url_shape::check_connector_key(key) {
        panic!("{error}");
    }
}

#[test]
fn hostile_keys_address_only_their_item() {
    for key in hostile_keys() {
        check(&key);
    }
}

#[test]
fn dot_and_empty_keys_use_the_parenthesized_form() {
    let sync = |key| {
        Connector::sync(
            key,
            &SyncParameters {
                sync_type: SyncType::FullSync,
            },
        )
        .unwrap()
    };
    for (key, item) in [
        ("", format!("{COLLECTION}('')")),
        (".", format!("{COLLECTION}('.')")),
        ("..", format!("{COLLECTION}('..')")),
    ] {
        assert_eq!(Connector::item_path(key), item);
        assert_eq!(Connector::get(key).to_string(), format!("GET {item}"));
        assert_eq!(Connector::update(key).to_string(), format!("PATCH {item}"));
        assert_eq!(Connector::delete(key).to_string(), format!("DELETE {item}"));
        assert_eq!(sync(key).to_string(), format!("POST {item}/sync"));
    }
    // Any other key, dots and `%2e`s included, stays one segment; its `%` is encoded.
    for (key, segment) in [("...", "..."), (".%2E", ".%252E"), ("%2e.", "%252e.")] {
        assert_eq!(Connector::item_path(key), format!("{COLLECTION}/{segment}"));
    }
    let request = ServiceRoot::v1().build(sync(".."), &Query::new()).unwrap();
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors('..')/sync"
    );
}

proptest! {
    // No failure persistence: a failing case is printed, not saved next to this file.
    #![proptest_config(ProptestConfig {
        cases: 1024,
        failure_persistence: None,
        .. ProptestConfig::default()
    })]

    /// Any string at all.
    #[test]
    fn arbitrary_keys_address_only_their_item(key in any::<String>()) {
        let checked = url_shape::check_connector_key(&key);
        prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
    }

    /// Short strings of the characters that spell dot-segments, escapes and separators.
    #[test]
    fn dot_like_keys_address_only_their_item(key in "[.%2eE/'\\\\?#() ]{0,8}") {
        let checked = url_shape::check_connector_key(&key);
        prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
    }
}
