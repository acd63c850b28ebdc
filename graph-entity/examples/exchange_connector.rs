//! The main job: the shipped Exchange connector, end to end, declaring nothing new.
//!
//! Prints every operation (method and path, for a sample key), the create body for the seed's
//! example, and the parsed documented response. Exits non-zero if any round trip differs.
//!
//! Run it with `cargo run -p graph-entity --example exchange_connector`.

use std::process::ExitCode;

use graph_entity::GraphEntity;
use graph_entity::resources::{
    DeviceManagementExchangeConnector as Connector,
    DeviceManagementExchangeConnectorSyncParameters as SyncParameters,
    DeviceManagementExchangeConnectorSyncType as SyncType,
};
use serde_json::Value;

/// The seed's documented request and response bodies, verbatim.
const CREATE_REQUEST: &str = include_str!("../../tests/fixtures/seed/create-request.json");
const CREATE_RESPONSE: &str = include_str!("../../tests/fixtures/seed/create-response.json");

/// A sample key with characters that must not change the path's shape.
const SAMPLE_KEY: &str = "98cdc9e4-c9e4-98cd-e4c9-cd98e4c9cd98";
const HOSTILE_KEY: &str = "a/b?c#d %é";

fn main() -> ExitCode {
    let sync = match Connector::sync(
        SAMPLE_KEY,
        &SyncParameters {
            sync_type: SyncType::FullSync,
        },
    ) {
        Ok(sync) => sync,
        Err(error) => {
            println!("the sync body does not serialize: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("{} ({:?})", Connector::ODATA_TYPE, Connector::BASE_TYPE);
    println!("  key property:   {}", Connector::KEY_PROPERTY);
    println!("  collection:     {}", Connector::COLLECTION_PATH);
    println!("  item:           {}", Connector::ITEM_PATH);
    println!("  properties:     {}", Connector::PROPERTIES.join(", "));
    println!();
    println!("Operations for key {SAMPLE_KEY:?}:");
    for (name, operation) in [
        ("list", Connector::list()),
        ("create", Connector::create()),
        ("get", Connector::get(SAMPLE_KEY)),
        ("update", Connector::update(SAMPLE_KEY)),
        ("delete", Connector::delete(SAMPLE_KEY)),
        ("sync", sync),
    ] {
        match operation.body() {
            Some(body) => println!("  {name:<7} {operation}  {}", String::from_utf8_lossy(body)),
            None => println!("  {name:<7} {operation}"),
        }
    }
    println!(
        "  get with key {HOSTILE_KEY:?}: {}",
        Connector::get(HOSTILE_KEY)
    );
    println!();

    let mut failures = 0;
    for (title, document) in [
        ("Create body (the seed's request example)", CREATE_REQUEST),
        ("Documented response", CREATE_RESPONSE),
    ] {
        println!("{title}:");
        match round_trip(document) {
            Ok((connector, written)) => {
                println!("  parsed:  {connector:?}");
                println!("  written: {written}");
                println!("  round trip: equal");
            }
            Err(problem) => {
                failures += 1;
                println!("  round trip FAILED: {problem}");
            }
        }
        println!();
    }
    if failures == 0 {
        println!("All round trips equal.");
        ExitCode::SUCCESS
    } else {
        println!("{failures} round trip(s) differ.");
        ExitCode::FAILURE
    }
}

/// Parses `document` into the connector, writes it back, and compares the two JSON values.
fn round_trip(document: &str) -> Result<(Connector, String), String> {
    let connector: Connector =
        serde_json::from_str(document).map_err(|error| format!("parse: {error}"))?;
    let written =
        serde_json::to_string_pretty(&connector).map_err(|error| format!("serialize: {error}"))?;
    let original: Value = serde_json::from_str(document).map_err(|error| error.to_string())?;
    let again: Value = serde_json::from_str(&written).map_err(|error| error.to_string())?;
    if original == again {
        Ok((connector, written))
    } else {
        Err(format!("wrote {again}, expected {original}"))
    }
}
