//! The generated `Deserialize` (and `Serialize`) of the shipped Exchange connector, with the
//! write/re-read oracle: whatever reads must write, read back, and write the same JSON again,
//! losing nothing of the input.

#![no_main]

use graph_entity::GraphEntity;
use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
use graph_entity::edm::DateTimeOffset;
use graph_entity_fuzz::{check_round_trip, same_but_declared_type, value_of};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Some(connector) = check_round_trip::<Connector>(data, |mut read, written| {
        // Documented: a timestamp is written back as read, but for a lowercase `t` or `z`,
        // written uppercase.
        if let Some(Value::String(text)) = read.get_mut("lastSyncDateTime")
            && let Ok(timestamp) = text.parse::<DateTimeOffset>()
        {
            *text = timestamp.to_string();
        }
        same_but_declared_type(&read, written, Connector::ODATA_TYPE)
    }) else {
        return;
    };

    // The create body of what was read serializes to JSON too.
    let create = connector
        .create_with()
        .unwrap_or_else(|error| panic!("create body does not serialize: {error}"));
    let body = create.body().expect("a create operation has a body");
    if value_of(data).is_some() {
        assert!(
            value_of(body).is_some(),
            "the create body is not JSON: {}",
            String::from_utf8_lossy(body)
        );
    }
});
