//! What a typed call sends, as the suites compare it: the request built under v1.0, as its
//! method, absolute URL and JSON body (if any).

use graph_entity::http::Method;
use graph_entity::serde_json::{self, Value};
use graph_entity::{Call, Query, ServiceRoot};

/// The request of `call` under v1.0: method, URL and body.
///
/// # Panics
/// When the request does not build or its body is not JSON: a test's failure.
pub fn sent<R>(call: Call<R>) -> (Method, String, Option<Value>) {
    let request = ServiceRoot::v1()
        .build(call, &Query::new())
        .expect("request");
    let body = (!request.body().is_empty()).then(|| {
        serde_json::from_slice(request.body().as_bytes().expect("bytes")).expect("JSON body")
    });
    (request.method().clone(), request.uri().to_string(), body)
}
