//! Property tests of response reading: no input panics, a failure status is never read as a
//! success, and what reads writes back as the same JSON (the fuzz target `responses` runs the
//! same oracles on arbitrary bytes).

use graph_entity::batch::BatchResponse;
use graph_entity::error::{GraphError, ResponseError};
use graph_entity::http::{self, StatusCode};
use graph_entity::page::{DeltaItem, Page};
use graph_entity::response::{read_count, read_entity, read_no_content, read_page};
use graph_entity::serde_json::value::RawValue;
use graph_entity::serde_json::{self, Map, Value, json};
use proptest::prelude::*;

fn response(status: u16, body: &[u8]) -> http::Response<Vec<u8>> {
    let mut response = http::Response::new(body.to_vec());
    *response.status_mut() = StatusCode::from_u16(status).unwrap();
    response
}

/// `value` written as JSON text and read back as a `Value`.
fn reparsed<T: serde::Serialize>(value: &T) -> Value {
    serde_json::from_str(&serde_json::to_string(value).unwrap()).unwrap()
}

/// Any JSON value, small.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[@a-z.]{0,6}", inner, 0..4)
                .prop_map(|map| Value::Object(map.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A page: `value` of any items (some `@removed`), control information, other members.
fn any_page() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec(
            prop_oneof![
                any_json(),
                "\\PC{0,6}".prop_map(|id| json!({"id": id, "@removed": {"reason": "deleted"}})),
            ],
            0..5,
        ),
        prop::option::of("\\PC{0,12}"),
        prop::option::of("\\PC{0,12}"),
        prop::option::of(any::<u64>()),
        prop::collection::btree_map("@[a-z.]{1,8}", any_json(), 0..3),
    )
        .prop_map(|(value, next, delta, count, other)| {
            let mut page = Map::new();
            for (name, member) in other {
                page.insert(name, member);
            }
            page.insert("value".into(), Value::Array(value));
            if let Some(next) = next {
                page.insert("@odata.nextLink".into(), next.into());
            }
            if let Some(delta) = delta {
                page.insert("@odata.deltaLink".into(), delta.into());
            }
            if let Some(count) = count {
                page.insert("@odata.count".into(), count.into());
            }
            Value::Object(page)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn pages_write_back_what_they_read(page in any_page()) {
        let body = serde_json::to_vec(&page).unwrap();
        let read: Page<Box<RawValue>> = read_page(&response(200, &body)).unwrap();
        // The same text, member for member (both sides parsed alike, so that serde_json's
        // float parsing cannot tell them apart).
        prop_assert_eq!(reparsed(&read), reparsed(&page));
        prop_assert_eq!(serde_json::to_vec(&read).unwrap(), body.clone());
        // Items read as delta items when they are objects; removed ones are kept as received.
        if let Ok(delta) = read_page::<DeltaItem<Value>, _>(&response(200, &body)) {
            prop_assert_eq!(delta.value.len(), read.value.len());
            for (item, raw) in delta.value.iter().zip(&read.value) {
                if let DeltaItem::Removed(removed) = item {
                    prop_assert_eq!(removed.raw().get(), raw.get());
                }
            }
        }
    }

    #[test]
    fn failures_are_never_ok(
        status in prop::sample::select(vec![400u16, 401, 403, 404, 409, 410, 412, 424, 429, 500, 503, 504]),
        body in any_json(),
    ) {
        let bytes = serde_json::to_vec(&body).unwrap();
        let failure = response(status, &bytes);
        prop_assert!(read_page::<Value, _>(&failure).is_err());
        prop_assert!(read_entity::<Value, _>(&failure).is_err());
        prop_assert!(read_no_content(&failure).is_err());
        prop_assert!(read_count(&failure).is_err());
        let error = BatchResponse::read(&failure).unwrap_err();
        prop_assert_eq!(error.status(), Some(failure.status()));
        match status {
            429 | 503 => prop_assert!(matches!(error, ResponseError::Throttled(_))),
            424 => prop_assert!(matches!(error, ResponseError::FailedDependency(_))),
            _ => prop_assert!(error.graph_error().is_some()),
        }
        prop_assert_eq!(error.graph_error().unwrap().raw(), &bytes[..]);
    }

    #[test]
    fn no_bytes_panic(status in prop::sample::select(vec![200u16, 201, 204, 400, 410, 429]), body in prop::collection::vec(any::<u8>(), 0..64)) {
        let response = response(status, &body);
        let _ = read_page::<DeltaItem<Value>, _>(&response);
        let _ = read_entity::<Value, _>(&response);
        let _ = read_count(&response);
        let _ = BatchResponse::read(&response);
        let error = GraphError::new(response.status(), response.headers(), body.clone());
        prop_assert_eq!(error.raw(), &body[..]);
        let _ = error.to_string();
    }

    #[test]
    fn batch_responses_write_back_what_they_read(
        items in prop::collection::vec(
            (100u16..1000, prop::option::of(any_json()), prop::collection::btree_map("[A-Za-z-]{1,10}", "[ -~]{0,10}", 0..3)),
            0..6,
        ),
    ) {
        let responses: Vec<Value> = items
            .into_iter()
            .enumerate()
            .map(|(index, (status, body, headers))| {
                let mut item = json!({"id": index.to_string(), "status": status, "headers": headers});
                if let Some(body) = body {
                    item["body"] = body;
                }
                item
            })
            .collect();
        let document = json!({"responses": responses});
        let batch = BatchResponse::read(&response(200, &serde_json::to_vec(&document).unwrap())).unwrap();
        prop_assert_eq!(reparsed(&batch), reparsed(&document));
        for item in batch.responses() {
            prop_assert_eq!(item.check().is_ok(), item.status().is_success());
        }
    }
}
