//! The batch tests: building, writing, reading, matching and retrying batches.

use super::*;
use crate::request::query::Query;
use crate::request::{Body, Operation, ServiceRoot};
use crate::response::error::{ResponseError, RetryAfter};
use core::time::Duration;
use http::header::HeaderValue;
use http::{Method, StatusCode};
use std::time::UNIX_EPOCH;

fn get(id: &str) -> BatchItem {
    BatchItem::new(id, Method::GET, format!("/users/{id}")).unwrap()
}

#[test]
fn at_most_twenty_unique_ids_in_order() {
    let mut batch = BatchRequest::new();
    for id in 1..=20 {
        batch.push(get(&id.to_string())).unwrap();
    }
    assert_eq!(
        batch.push(get("21")),
        Err(BatchError::TooMany { limit: 20 })
    );
    assert_eq!(batch.len(), 20);

    let mut batch = BatchRequest::new();
    batch.push(get("a")).unwrap();
    assert_eq!(
        batch.push(get("a")),
        Err(BatchError::DuplicateId("a".into()))
    );
    assert_eq!(
        batch.push(get("b").depends_on(["c"])),
        Err(BatchError::UnknownDependency {
            id: "b".into(),
            depends_on: "c".into()
        })
    );
    assert_eq!(BatchRequest::new().to_operation(), Err(BatchError::Empty));
    assert!(matches!(
        BatchItem::new("x", Method::GET, "users"),
        Err(BatchError::InvalidUrl(_))
    ));
    assert!(matches!(
        BatchItem::new("x", Method::GET, "/a b"),
        Err(BatchError::InvalidUrl(_))
    ));
}

#[test]
fn items_from_requests() {
    let root = ServiceRoot::v1();
    let query = Query::new().count(true);
    let patch = Operation::new(Method::PATCH, "/groups/g%2F1".to_owned())
        .with_json(&serde_json::json!({"displayName": "x"}))
        .unwrap()
        .if_match("W/\"1\"");
    let mut request = root.build(patch, &query).unwrap();
    request
        .headers_mut()
        .insert("authorization", HeaderValue::from_static("Bearer t"));
    let item = BatchItem::from_request("1", &request, &root).unwrap();
    let mut batch = BatchRequest::new();
    batch.push(item).unwrap();
    let outer = root
        .build(batch.to_operation().unwrap(), &Query::new())
        .unwrap();
    assert_eq!(outer.method(), Method::POST);
    assert_eq!(outer.uri(), "https://graph.microsoft.com/v1.0/$batch");
    assert_eq!(outer.headers()["content-type"], "application/json");
    assert_eq!(outer.headers()["accept"], "application/json");
    assert_eq!(
        std::str::from_utf8(outer.body().as_bytes().unwrap()).unwrap(),
        r#"{"requests":[{"id":"1","method":"PATCH","url":"/groups/g%2F1?$count=true","headers":{"consistencylevel":"eventual","content-type":"application/json","if-match":"W/\"1\""},"body":{"displayName":"x"}}]}"#
    );

    let elsewhere = root
        .build(Operation::new(Method::GET, "/me".to_owned()), &Query::new())
        .unwrap();
    let beta = ServiceRoot::beta();
    assert!(matches!(
        BatchItem::from_request("1", &elsewhere, &beta),
        Err(BatchError::NotUnderRoot(_))
    ));
    let form = Operation::new(Method::POST, "/me".to_owned())
        .with_bytes("application/json", b"x=1".to_vec());
    let not_json = root.build(form, &Query::new()).unwrap();
    assert!(matches!(
        BatchItem::from_request("1", &not_json, &root),
        Err(BatchError::BodyNotJson { .. })
    ));
    let upload = Operation::new(Method::PUT, "/me/photo/$value".to_owned()).with_body(
        "application/json",
        Body::stream(Some(2), || {
            let chunk: Result<_, std::io::Error> = Ok(bytes::Bytes::from_static(b"{}"));
            Box::pin(futures_util::stream::iter([chunk]))
        }),
    );
    let streamed = root.build(upload, &Query::new()).unwrap();
    assert_eq!(
        BatchItem::from_request("9", &streamed, &root),
        Err(BatchError::StreamingBody { id: "9".into() })
    );

    let with_body = get("2").json_body(&[1, 2]).unwrap();
    assert_eq!(
        serde_json::to_string(&with_body).unwrap(),
        r#"{"id":"2","method":"GET","url":"/users/2","headers":{"Content-Type":"application/json"},"body":[1,2]}"#
    );
    assert!(get("3").header("bad name", "x").is_err());
    assert!(get("3").header("x-a", "a\nb").is_err());
}

#[test]
fn a_retried_424_with_a_retry_after_is_waited_for() {
    let mut batch = BatchRequest::new();
    batch.push(get("1")).unwrap();
    batch.push(get("2").depends_on(["1"])).unwrap();
    let body = r#"{"responses":[
        {"id":"1","status":429,"headers":{"Retry-After":"5"},"body":null},
        {"id":"2","status":424,"headers":{"Retry-After":"30"},"body":null}]}"#;
    let responses = BatchResponse::read(&http::Response::new(body)).unwrap();
    let plan = responses.retry(&batch, UNIX_EPOCH).unwrap();
    assert_eq!(plan.wait, Duration::from_secs(30));
    let ids: Vec<_> = plan.batch.items().iter().map(BatchItem::id).collect();
    assert_eq!(ids, ["1", "2"]);
}

#[test]
fn responses_match_by_id_and_retry_what_was_throttled() {
    let mut batch = BatchRequest::new();
    for item in [
        get("1"),
        get("2"),
        get("3").depends_on(["2"]),
        get("4"),
        get("5").depends_on(["4"]),
        get("6").depends_on(["1", "2"]),
    ] {
        batch.push(item).unwrap();
    }
    let body = r#"{"responses":[
        {"id":"6","status":424,"body":{"error":{"code":"FailedDependency","message":"x"}}},
        {"id":"1","status":200,"body":{"id":"1"}},
        {"id":"2","status":429,"headers":{"Retry-After":"10"},"body":{"error":{"code":"TooManyRequests","message":"x"}}},
        {"id":"3","status":424,"body":{"error":{"code":"FailedDependency","message":"x"}}},
        {"id":"4","status":404,"body":{"error":{"code":"Request_ResourceNotFound","message":"x"}}},
        {"id":"5","status":424,"body":null}]}"#;
    let responses = BatchResponse::read(&http::Response::new(body)).unwrap();
    let matched = responses.match_requests(&batch).unwrap();
    let ids: Vec<_> = matched
        .iter()
        .map(|(item, response)| (item.id(), response.id()))
        .collect();
    assert_eq!(
        ids,
        [
            ("1", "1"),
            ("2", "2"),
            ("3", "3"),
            ("4", "4"),
            ("5", "5"),
            ("6", "6")
        ]
    );
    assert!(matches!(
        matched[1].1.check(),
        Err(ResponseError::Throttled(_))
    ));
    assert_eq!(
        matched[1].1.retry_after(),
        Some(RetryAfter::Delay(Duration::from_secs(10)))
    );
    assert!(matches!(
        matched[2].1.check(),
        Err(ResponseError::FailedDependency(_))
    ));
    assert!(
        matches!(matched[3].1.read_no_content(), Err(ResponseError::Graph(e)) if e.status() == 404)
    );

    let plan = responses.retry(&batch, UNIX_EPOCH).unwrap();
    assert_eq!(plan.wait, Duration::from_secs(10));
    assert_eq!(
        serde_json::to_string(&plan.batch).unwrap(),
        r#"{"requests":[{"id":"2","method":"GET","url":"/users/2"},{"id":"3","method":"GET","url":"/users/3","dependsOn":["2"]},{"id":"6","method":"GET","url":"/users/6","dependsOn":["2"]}]}"#
    );

    let mut short = batch.clone();
    short.items.pop();
    assert_eq!(
        responses.match_requests(&short),
        Err(BatchError::UnknownResponse("6".into()))
    );
    let mut long = batch.clone();
    long.push(get("7")).unwrap();
    assert_eq!(
        responses.match_requests(&long),
        Err(BatchError::MissingResponse("7".into()))
    );
}

#[test]
fn bad_batch_responses_are_errors() {
    let cases = [
        "",
        "{}",
        r#"{"responses":{}}"#,
        r#"{"responses":[{"id":"1"}]}"#,
        r#"{"responses":[{"status":200}]}"#,
        r#"{"responses":[{"id":"1","status":1000}]}"#,
        r#"{"responses":[{"id":"1","status":200,"headers":{"a b":"x"}}]}"#,
        r#"{"responses":[{"id":"1","status":200,"headers":{"x":1}}]}"#,
        r#"{"responses":[{"id":"1","status":200},{"id":"1","status":200}]}"#,
        r#"{"responses":[{"id":"1","status":200,"body":{}"#,
        r#"{"responses":[{"id":"1","status":200,"body":null,"body":1}]}"#,
    ];
    for body in cases {
        let error = BatchResponse::read(&http::Response::new(body)).unwrap_err();
        assert!(matches!(error, ResponseError::Body(_)), "{body}: {error}");
        assert!(error.to_string().contains("batch response"), "{error}");
    }
    let mut failed = http::Response::new(
        r#"{"error":{"code":"BadRequest","message":"Invalid batch payload format."}}"#,
    );
    *failed.status_mut() = StatusCode::BAD_REQUEST;
    assert!(matches!(
        BatchResponse::read(&failed),
        Err(ResponseError::Graph(_))
    ));
}

#[test]
fn batch_responses_write_back() {
    let body = r#"{"responses":[{"id":"1","status":200,"headers":{"Content-Type":"application/json"},"body":{"a":1.10},"x":[1]},{"id":"2","status":204,"body":null},{"id":"3","status":302,"headers":{"Location":"https://x"}}],"@odata.nextLink":"https://n"}"#;
    let responses = BatchResponse::read(&http::Response::new(body)).unwrap();
    assert_eq!(serde_json::to_string(&responses).unwrap(), body);
}
