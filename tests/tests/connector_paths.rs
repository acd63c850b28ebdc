//! The generated constants, paths and operations of the shipped connector.

use graph_entity::GraphEntity;
use graph_entity::http::Method;
use graph_entity::resources::{
    DeviceManagementExchangeConnector as Connector,
    DeviceManagementExchangeConnectorSyncParameters as SyncParameters,
    DeviceManagementExchangeConnectorSyncType as SyncType,
};

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
    let request = sync
        .into_request("https://graph.microsoft.com/beta")
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/beta/deviceManagement/exchangeConnectors/98cdc9e4-c9e4-98cd-e4c9-cd98e4c9cd98/sync"
    );
    assert_eq!(request.headers()["content-type"], "application/json");
}

/// Percent-decodes one path segment.
fn decode(segment: &str) -> Vec<u8> {
    let bytes = segment.as_bytes();
    let mut out = Vec::new();
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = std::str::from_utf8(&bytes[index + 1..index + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            index += 3;
        } else {
            out.push(bytes[index]);
            index += 1;
        }
    }
    out
}

#[test]
fn hostile_keys_are_one_segment_and_decode_back() {
    let mut keys: Vec<String> = [
        "a/b",
        "a?b",
        "a#b",
        "100%",
        "%2F",
        "a b",
        "é",
        "日本",
        "😀",
        "..",
        ".",
        "...",
        "a/../b",
        "?$select=id",
        "#frag",
        "'quoted'",
        "\"",
        "\\",
        "\n",
        "\0",
        "+",
        "&",
        "=",
        ";",
        ",",
        "~-._",
        "(x)",
        "[x]",
        "{id}",
        "@odata",
        "https://evil.example/x",
    ]
    .map(str::to_owned)
    .to_vec();
    // And every byte value on its own.
    keys.extend((0u8..=127).map(|byte| char::from(byte).to_string()));
    for key in keys {
        for path in [
            Connector::item_path(&key),
            Connector::get(&key).path().to_owned(),
            Connector::delete(&key).path().to_owned(),
        ] {
            let segment = path
                .strip_prefix(&format!("{COLLECTION}/"))
                .unwrap_or_else(|| panic!("{path} is not under the collection"));
            assert!(
                segment
                    .bytes()
                    .all(|byte| byte.is_ascii_alphanumeric() || b"-._~%".contains(&byte)),
                "{key:?} gave {path}"
            );
            assert!(segment != "." && segment != "..", "{key:?} gave {path}");
            assert_eq!(decode(segment), key.as_bytes(), "{key:?} gave {path}");
        }
        let sync = Connector::sync(
            &key,
            &SyncParameters {
                sync_type: SyncType::DeltaSync,
            },
        )
        .unwrap();
        assert_eq!(sync.path(), format!("{}/sync", Connector::item_path(&key)));
        // The path always makes a valid request URI.
        assert!(
            sync.into_request("https://graph.microsoft.com/v1.0")
                .is_ok(),
            "{key:?}"
        );
    }
}
