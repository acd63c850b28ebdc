//! A mixed collection of derived types read through a `GraphPolymorphic` enum, with the
//! write/re-read oracle: every item keeps its type and everything it held.

#![no_main]

use graph_entity::GraphEntity;
use graph_entity_fuzz::{
    AnyParent, ChildA, ChildB, Parent, check_round_trip, same_but_declared_type, value_of,
};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Some(items) = check_round_trip::<Vec<AnyParent>>(data, |read, written| {
        // Item by item: an item that named no type is read as the base type.
        match (&read, written) {
            (Value::Array(read), Value::Array(written)) => {
                read.len() == written.len()
                    && read.iter().zip(written).all(|(read, written)| {
                        same_but_declared_type(read, written, Parent::ODATA_TYPE)
                    })
            }
            _ => false,
        }
    }) else {
        return;
    };

    // The items as JSON values, when a `Value` can hold them (see `value_of`).
    let inputs = match value_of(data) {
        Some(Value::Array(inputs)) => Some(inputs),
        _ => None,
    };
    for (index, item) in items.iter().enumerate() {
        // Each variant is what the item's `@odata.type` named.
        let odata_type = item.odata_type();
        match item {
            AnyParent::A(_) => assert_eq!(odata_type, ChildA::ODATA_TYPE),
            AnyParent::B(_) => assert_eq!(odata_type, ChildB::ODATA_TYPE),
            AnyParent::Other(_) => assert!(
                odata_type != ChildA::ODATA_TYPE && odata_type != ChildB::ODATA_TYPE,
                "an item of a declared derived type read as the base: {item:?}"
            ),
        }
        // The base view is the same value whatever the variant: its key and every property of
        // the base type are the item's, as the input gave them.
        let base = item.base();
        if let Some(input) = inputs.as_ref().map(|inputs| &inputs[index]) {
            assert_eq!(
                base.key(),
                input.get("id").and_then(Value::as_str),
                "the base view's key is not the item's `id`: {item:?}"
            );
            assert_eq!(
                base.name.as_deref(),
                input.get("name").and_then(Value::as_str),
                "the base view's name is not the item's: {item:?}"
            );
            assert_eq!(
                base.enabled,
                input.get("enabled").and_then(Value::as_bool),
                "the base view's enabled is not the item's: {item:?}"
            );
            let tags: Option<Vec<&str>> = input
                .get("tags")
                .and_then(Value::as_array)
                .and_then(|tags| tags.iter().map(Value::as_str).collect());
            assert_eq!(
                base.tags
                    .as_ref()
                    .map(|tags| tags.iter().map(String::as_str).collect::<Vec<_>>()),
                tags,
                "the base view's tags are not the item's: {item:?}"
            );
            assert_eq!(
                base.count.map(i64::from),
                input.get("count").and_then(Value::as_i64),
                "the base view's count is not the item's: {item:?}"
            );
        }
    }
});
