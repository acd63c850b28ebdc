//! The requests of the Exchange connector's item with an arbitrary key, as an HTTP client sees
//! them: `get`, `update`, `delete` and the action `sync`, put on the service root and parsed by
//! the `url` crate (WHATWG parsing, which removes dot-segments, `%2e` spellings included), must
//! have exactly the segments of the root and the collection plus one for the item, that one
//! must decode back to the key, and the action's name must come right after it. The check is
//! `graph_entity_tests::url_shape::check_connector_key`, the one `tests/tests/connector_paths.rs`
//! runs; and the typed paths of the same key (two levels of parent keys, and a function's
//! string argument): `graph_entity_tests::url_shape::check_typed_paths`.

#![no_main]

use graph_entity_tests::url_shape::{check_connector_key, check_typed_paths};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Valid UTF-8 as is; anything else with its invalid bytes replaced (U+FFFD).
    let key = String::from_utf8_lossy(data);
    if let Err(error) = check_connector_key(&key).and_then(|()| check_typed_paths(&key)) {
        panic!("{error}");
    }
});
