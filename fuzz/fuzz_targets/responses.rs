//! Response reading (issue 11): collection pages (raw items and delta items), Graph error
//! bodies, JSON batch responses, `Retry-After`, and a pager reading the page. Oracles: nothing
//! panics; a failure status is never read as a success; whatever reads writes back the same
//! JSON value (lossless); a Graph error keeps the raw body; a pager's cursor resumes.

#![no_main]

use graph_entity::batch::BatchResponse;
use graph_entity::error::{GraphError, RetryAfter};
use graph_entity::http::{self, HeaderMap, StatusCode};
use graph_entity::page::{DeltaItem, Page, Pager};
use graph_entity::response::{read_count, read_entity, read_page};
use graph_entity_fuzz::value_of;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use serde_json::value::RawValue;

const STATUSES: [u16; 10] = [200, 200, 200, 201, 204, 400, 410, 424, 429, 503];

/// Whatever was read writes back as the same JSON value as the input.
fn assert_lossless<T: serde::Serialize>(input: &[u8], read: &T) {
    let written = serde_json::to_vec(read).expect("what was read writes");
    if let Some(input) = value_of(input) {
        let output = value_of(&written).expect("what is written reads back");
        assert_eq!(input, output, "lossless rewrite");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let status = STATUSES[usize::from(selector) % STATUSES.len()];
    let mut response = http::Response::new(body.to_vec());
    *response.status_mut() = StatusCode::from_u16(status).expect("a status");
    if let Ok(text) = std::str::from_utf8(body)
        && let Ok(value) = http::HeaderValue::from_str(text.get(..text.len().min(40)).unwrap_or(""))
    {
        response.headers_mut().insert("retry-after", value);
        let _ = RetryAfter::parse(text);
    }
    let failure = status >= 400;

    match read_page::<Box<RawValue>, _>(&response) {
        Ok(page) => {
            assert!(!failure, "a failure status read as a page");
            assert_lossless(body, &page);
        }
        Err(error) => assert_eq!(failure, error.graph_error().is_some()),
    }
    if let Ok(page) = read_page::<DeltaItem<Value>, _>(&response) {
        assert_lossless(body, &page);
    }
    if let Ok(page) = serde_json::from_slice::<Page<Box<RawValue>>>(body) {
        assert_lossless(body, &page);
    }
    match BatchResponse::read(&response) {
        Ok(batch) => {
            assert!(!failure, "a failure status read as a batch");
            assert_lossless(body, &batch);
            for item in batch.responses() {
                let item_failed = item.status().as_u16() >= 400;
                assert_eq!(item.check().is_err(), !item.status().is_success());
                if item_failed {
                    assert!(item.read_entity::<Value>().is_err());
                }
                let _ = item.read_page::<Value>();
                let _ = item.read_optional::<Value>();
                let _ = item.retry_after();
            }
        }
        Err(error) => {
            if failure {
                assert!(error.graph_error().is_some());
            }
        }
    }
    let error = GraphError::new(response.status(), response.headers(), body.to_vec());
    assert_eq!(error.raw(), body);
    let _ = error.to_string();
    let _ = read_entity::<Value, _>(&response);
    let _ = read_count(&response);

    let mut pager = Pager::from_link(
        "https://graph.microsoft.com/v1.0/users/delta",
        &HeaderMap::new(),
    )
    .expect("a valid link");
    let before = pager.next_link().map(str::to_owned);
    match pager.read::<DeltaItem<Value>, _>(&response) {
        Ok(_) => {
            let _ = pager.next_request();
        }
        Err(_) => assert_eq!(
            pager.next_link().map(str::to_owned),
            before,
            "an error moves nothing"
        ),
    }
    let saved = serde_json::to_vec(&pager.cursor()).expect("a cursor writes");
    let cursor = serde_json::from_slice(&saved).expect("a cursor reads back");
    let resumed = Pager::resume(cursor).expect("a saved cursor resumes");
    assert_eq!(resumed.next_link(), pager.next_link());
    assert_eq!(resumed.delta_link(), pager.delta_link());
});
