//! JSON batching: up to 20 requests in one `POST /$batch`, and their responses matched back
//! by `id`, without doing any I/O.
//!
//! ```
//! use graph_entity::batch::{BatchItem, BatchRequest, BatchResponse};
//! use graph_entity::http::{Method, Response};
//! use graph_entity::query::Query;
//! use graph_entity::request::ServiceRoot;
//!
//! let root = ServiceRoot::v1();
//! let mut batch = BatchRequest::new();
//! batch.push(BatchItem::new("1", Method::GET, "/me")?)?;
//! batch.push(BatchItem::new("2", Method::DELETE, "/groups/g1")?.depends_on(["1"]))?;
//! let request = root.build(batch.to_operation()?, &Query::new())?;
//! assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/$batch");
//! assert_eq!(
//!     std::str::from_utf8(request.body().as_bytes().unwrap_or_default())?,
//!     r#"{"requests":[{"id":"1","method":"GET","url":"/me"},{"id":"2","method":"DELETE","url":"/groups/g1","dependsOn":["1"]}]}"#,
//! );
//!
//! let response = Response::new(r#"{"responses":[
//!     {"id":"2","status":204,"body":null},
//!     {"id":"1","status":200,"headers":{"Content-Type":"application/json"},"body":{"id":"u1"}}]}"#);
//! let responses = BatchResponse::read(&response)?;
//! let matched = responses.match_requests(&batch)?;
//! let me: graph_entity::serde_json::Value = matched[0].1.read_entity()?;
//! assert_eq!(me["id"], "u1");
//! matched[1].1.read_no_content()?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Over 20 requests
//!
//! A batch holds at most [`MAX_BATCH_REQUESTS`] (20) requests, Graph's limit; the 21st is
//! refused with [`BatchError::TooMany`] rather than split into several batches, because a
//! split would break `dependsOn` chains across batches and change what runs in order. Split
//! your requests yourself where it is safe.

mod error;
mod item;
mod item_response;
mod request;
mod response;
#[cfg(test)]
mod tests;

pub use self::error::BatchError;
pub use self::item::BatchItem;
pub use self::item_response::BatchItemResponse;
pub use self::request::{BatchRequest, MAX_BATCH_REQUESTS};
pub use self::response::{BatchResponse, RetryPlan};
