//! The response layer: reading [`http::Response`]s into their types, without doing any I/O —
//! errors ([`error`]), pages, delta rounds and paging ([`page`]), `Retry-After`
//! ([`RetryAfter`](error::RetryAfter)) and the readers of each kind of return ([`Returned`]).
//!
//! Each reader checks the status first: a failure status (400 or more) is always an error —
//! [`Throttled`](error::ResponseError::Throttled),
//! [`ResyncRequired`](error::ResponseError::ResyncRequired),
//! [`FailedDependency`](error::ResponseError::FailedDependency) or
//! [`Graph`](error::ResponseError::Graph), holding the [`GraphError`](error::GraphError) — and
//! never read as a success. Any body type that is `AsRef<[u8]>` will do (`Vec<u8>`,
//! `bytes::Bytes`, `String`, `&[u8]`).
//!
//! ```
//! use graph_entity::http::Response;
//! use graph_entity::response::page::Page;
//! use graph_entity::response::read_page;
//!
//! let response = Response::builder().status(200).body(
//!     r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users(id)",
//!         "@odata.nextLink":"https://graph.microsoft.com/v1.0/users?$select=id&$skiptoken=X%2744%27",
//!         "value":[{"id":"u1"},{"id":"u2"}]}"#,
//! )?;
//! let page: Page<graph_entity::serde_json::Value> = read_page(&response)?;
//! assert_eq!(page.value.len(), 2);
//! assert_eq!(page.next_link.as_deref(), Some("https://graph.microsoft.com/v1.0/users?$select=id&$skiptoken=X%2744%27"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod collection;
mod delta;
pub mod error;
pub mod page;
mod pager;
mod read;
mod reference;
mod retry_after;
mod returned;

pub use self::read::{
    check_status, read_count, read_entity, read_no_content, read_optional, read_page, read_value,
};
pub use self::reference::Reference;
pub use self::returned::{GraphDocument, Media, Returned, Value};
