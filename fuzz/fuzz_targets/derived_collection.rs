//! A mixed collection of derived types read through a `GraphPolymorphic` enum, with the
//! write/re-read oracle: every item keeps its type and everything it held.

#![no_main]

use graph_entity::GraphEntity;
use graph_entity_fuzz::{
    AnyParent, ChildA, ChildB, Parent, check_round_trip, same_but_declared_type,
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

    for item in &items {
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
        // The base view is the same value whatever the variant.
        let _ = item.base().key();
    }
});
