//! What the two SIMD JSON parsers compared in `benches/wire_simd.rs` (sonic-rs and simd-json,
//! through their serde `Deserializer`s) read of the derived types, against serde_json: the same
//! values where they read at all, and an error, never a silent loss, where a type keeps raw JSON.
//!
//! The derived types keep what they do not model (unknown properties, annotations) as serde_json
//! `RawValue`s, and delta items and polymorphic items are buffered as `RawValue`s too. A
//! `RawValue` is a newtype struct with a magic name that only serde_json's `Deserializer`
//! understands; any other `Deserializer` hands the visitor a plain newtype struct, which it
//! refuses ("invalid type: newtype struct"). These tests pin that down: the pages that keep
//! nothing read the same through every parser, and the ones that keep raw JSON fail loudly. They
//! are why the crate offers no SIMD backend (see the bench's docs for the speed half of it).
//!
//! `cargo test -p graph-entity --features bench-simd-parsers --test simd_parsers`

// The pages are the wire bench's own: the same generator, not a copy of it.
#[allow(dead_code)]
#[path = "../benches/wire.rs"]
mod wire;

use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
use graph_entity::response::page::{DeltaItem, Page};
use graph_entity::{AdditionalData, GraphEntity, GraphPolymorphic};
use serde::de::DeserializeOwned;

/// The wire bench's page of connectors as a collection page, with the control information Graph
/// puts around `value`.
fn connector_page(with_unknown: bool) -> String {
    format!(
        r#"{{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#deviceManagement/exchangeConnectors","value":{},"@odata.nextLink":"https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors?$skiptoken=X%2740%27"}}"#,
        wire::page(with_unknown)
    )
}

/// What each parser read from `json`: serde_json's value, and sonic-rs' and simd-json's results
/// with their errors as text.
struct Read<T> {
    serde_json: T,
    sonic_rs: Result<T, String>,
    simd_json: Result<T, String>,
}

fn read_with_each<T: DeserializeOwned>(json: &str) -> Read<T> {
    let serde_json = serde_json::from_str(json)
        .unwrap_or_else(|error| panic!("serde_json reads the input: {error}"));
    let sonic_rs = sonic_rs::from_str(json).map_err(|error| error.to_string());
    // simd-json parses in place: it needs its own, mutable copy of the input.
    let mut bytes = json.as_bytes().to_vec();
    let simd_json = simd_json::serde::from_slice(&mut bytes).map_err(|error| error.to_string());
    Read {
        serde_json,
        sonic_rs,
        simd_json,
    }
}

/// The error serde gives for a `RawValue` asked of another parser than serde_json.
const RAW_VALUE_REFUSED: &str = "invalid type: newtype struct";

#[test]
fn a_page_without_kept_data_reads_the_same_through_each_parser() {
    let read = read_with_each::<Page<Connector>>(&connector_page(false));
    assert_eq!(read.serde_json.value.len(), wire::PAGE_SIZE);
    assert!(read.serde_json.next_link.is_some() && read.serde_json.context.is_some());
    assert_eq!(read.sonic_rs.as_ref(), Ok(&read.serde_json), "sonic-rs");
    assert_eq!(read.simd_json.as_ref(), Ok(&read.serde_json), "simd-json");
}

#[test]
fn kept_unknown_properties_are_an_error_through_the_simd_parsers_never_dropped() {
    let read = read_with_each::<Page<Connector>>(&connector_page(true));
    let kept = read.serde_json.value[0].additional_data.iter().count();
    assert!(kept > 0, "serde_json keeps the unknown properties");
    for (parser, result) in [("sonic-rs", &read.sonic_rs), ("simd-json", &read.simd_json)] {
        match result {
            Ok(_) => panic!("{parser} read a page whose unknown properties it cannot keep"),
            Err(error) => assert!(
                error.contains(RAW_VALUE_REFUSED) && error.contains("property `"),
                "{parser}: {error}"
            ),
        }
    }
    // One unknown property is enough.
    let one = r#"{"id":"c1","serverName":"mail01","healthScore":97}"#;
    let read = read_with_each::<Connector>(one);
    assert_eq!(
        read.serde_json
            .additional_data
            .get("healthScore")
            .map(|raw| raw.get()),
        Some("97")
    );
    assert!(
        read.sonic_rs
            .unwrap_err()
            .contains("property `healthScore`")
    );
    assert!(read.simd_json.unwrap_err().contains(RAW_VALUE_REFUSED));
}

/// Either the parser failed, or it read exactly what serde_json read: nothing in between.
fn error_or_same<T: PartialEq + std::fmt::Debug>(
    parser: &str,
    result: Result<T, String>,
    expected: &T,
) {
    if let Ok(read) = result {
        assert_eq!(
            &read, expected,
            "{parser} read other values than serde_json"
        );
    }
}

#[test]
fn a_delta_round_is_an_error_or_the_same_through_the_simd_parsers() {
    let json = r##"{"value":[
        {"@odata.type":"#microsoft.graph.deviceManagementExchangeConnector","id":"c1","serverName":"mail01.contoso.com","status":"connected","lastSyncDateTime":"2024-05-01T10:00:00.5+02:00"},
        {"id":"c2","@removed":{"reason":"deleted"}},
        {"id":"c3","version":null}
    ],"@odata.deltaLink":"https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors/delta?$deltatoken=t1"}"##;
    let read = read_with_each::<Page<DeltaItem<Connector>>>(json);
    assert!(
        matches!(&read.serde_json.value[1], DeltaItem::Removed(removed) if removed.id.as_deref() == Some("c2"))
    );
    assert!(read.serde_json.delta_link.is_some());
    // Today every delta item is buffered as a `RawValue`: both refuse it.
    for (parser, result) in [("sonic-rs", &read.sonic_rs), ("simd-json", &read.simd_json)] {
        if let Err(error) = result {
            assert!(error.contains(RAW_VALUE_REFUSED), "{parser}: {error}");
        }
    }
    error_or_same("sonic-rs", read.sonic_rs, &read.serde_json);
    error_or_same("simd-json", read.simd_json, &read.serde_json);
}

/// A small hierarchy for the polymorphic page: an abstract base, one derived type, and the enum
/// that reads an item as the type its `@odata.type` names.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.mobileApp",
    path = "/deviceAppManagement/mobileApps",
    abstract
)]
struct MobileApp {
    id: Option<String>,
    display_name: Option<String>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webApp")]
struct WebApp {
    #[graph(base)]
    base: MobileApp,
    app_url: Option<String>,
}

#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
enum AnyMobileApp {
    WebApp(WebApp),
    #[graph(other)]
    Other(MobileApp),
}

#[test]
fn a_polymorphic_page_is_an_error_or_the_same_through_the_simd_parsers() {
    let json = r##"{"value":[
        {"@odata.type":"#microsoft.graph.webApp","id":"a1","displayName":"Expenses","appUrl":"https://contoso.example/expenses"},
        {"@odata.type":"#microsoft.graph.iosVppApp","id":"a2","displayName":"Maps"}
    ]}"##;
    let read = read_with_each::<Page<AnyMobileApp>>(json);
    assert!(
        matches!(&read.serde_json.value[0], AnyMobileApp::WebApp(app) if app.app_url.is_some())
    );
    assert!(
        matches!(&read.serde_json.value[1], AnyMobileApp::Other(app) if app.display_name.as_deref() == Some("Maps"))
    );
    for (parser, result) in [("sonic-rs", &read.sonic_rs), ("simd-json", &read.simd_json)] {
        if let Err(error) = result {
            assert!(error.contains(RAW_VALUE_REFUSED), "{parser}: {error}");
        }
    }
    error_or_same("sonic-rs", read.sonic_rs, &read.serde_json);
    error_or_same("simd-json", read.simd_json, &read.serde_json);
}
