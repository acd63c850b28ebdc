//! The generated path functions of the Exchange connector with arbitrary keys: the key is
//! always exactly one percent-encoded segment, and decoding it gives the key back.

#![no_main]

use graph_entity::GraphEntity;
use graph_entity::http::Method;
use graph_entity::resources::{
    DeviceManagementExchangeConnector as Connector,
    DeviceManagementExchangeConnectorSyncParameters as SyncParameters,
    DeviceManagementExchangeConnectorSyncType as SyncType,
};
use libfuzzer_sys::fuzz_target;
use percent_encoding::percent_decode_str;

const SERVICE_ROOT: &str = "https://graph.microsoft.com/v1.0";

/// Checks `path` is `{collection}/{segment}{suffix}` with `segment` the encoding of `key`.
fn check_item_path(path: &str, key: &str, suffix: &str) {
    let collection = Connector::COLLECTION_PATH;
    let Some(rest) = path
        .strip_prefix(collection)
        .and_then(|rest| rest.strip_prefix('/'))
    else {
        panic!("{path:?} (key {key:?}) does not start with {collection:?} and `/`");
    };
    let Some(segment) = rest.strip_suffix(suffix) else {
        panic!("{path:?} (key {key:?}) does not end with {suffix:?}");
    };
    for byte in segment.bytes() {
        assert!(
            byte.is_ascii_alphanumeric() || b"-._~%".contains(&byte),
            "segment {segment:?} of key {key:?} holds {:?}",
            char::from(byte)
        );
    }
    for (index, _) in segment.match_indices('%') {
        let escape = segment.as_bytes().get(index + 1..index + 3);
        assert!(
            escape.is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit)),
            "segment {segment:?} of key {key:?}: `%` not followed by two hex digits"
        );
    }
    assert!(
        segment != "." && segment != "..",
        "key {key:?} encodes as the dot-segment {segment:?}"
    );
    let decoded = percent_decode_str(segment)
        .decode_utf8()
        .unwrap_or_else(|error| {
            panic!("segment {segment:?} of key {key:?} does not decode as UTF-8: {error}")
        });
    assert_eq!(
        decoded, key,
        "segment {segment:?} does not decode to the key"
    );
}

fn check_key(key: &str, sync_type: SyncType) {
    let item = Connector::item_path(key);
    check_item_path(&item, key, "");

    for (operation, method) in [
        (Connector::get(key), Method::GET),
        (Connector::update(key), Method::PATCH),
        (Connector::delete(key), Method::DELETE),
    ] {
        assert_eq!(operation.method(), method);
        assert_eq!(operation.path(), item, "{method} path for key {key:?}");
        assert!(operation.body().is_none());
        check_request(operation, &item);
    }

    let sync = Connector::sync(key, &SyncParameters { sync_type })
        .unwrap_or_else(|error| panic!("sync for key {key:?} fails: {error}"));
    assert_eq!(sync.method(), Method::POST);
    check_item_path(sync.path(), key, "/sync");
    assert_eq!(sync.path().strip_suffix("/sync"), Some(item.as_str()));
    let expected_body: &[u8] = match sync_type {
        SyncType::FullSync => br#"{"syncType":"fullSync"}"#,
        SyncType::DeltaSync => br#"{"syncType":"deltaSync"}"#,
    };
    assert_eq!(sync.body(), Some(expected_body));
    let path = sync.path().to_owned();
    check_request(sync, &path);
}

/// Every path is a valid URI path under the service root, kept as is.
fn check_request(operation: graph_entity::Operation, path: &str) {
    let request = operation
        .into_request(SERVICE_ROOT)
        .unwrap_or_else(|error| panic!("path {path:?} does not make a request: {error}"));
    assert_eq!(request.uri().path(), format!("/v1.0{path}"));
    assert_eq!(request.uri().query(), None);
}

fuzz_target!(|data: &[u8]| {
    let sync_type = if data.len().is_multiple_of(2) {
        SyncType::FullSync
    } else {
        SyncType::DeltaSync
    };
    // Valid UTF-8 as is; anything else with its invalid bytes replaced (U+FFFD).
    match std::str::from_utf8(data) {
        Ok(key) => check_key(key, sync_type),
        Err(_) => check_key(&String::from_utf8_lossy(data), sync_type),
    }
});
