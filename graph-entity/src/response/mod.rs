//! Reading [`http::Response`]s into their types, without doing any I/O.
//!
//! Each reader checks the status first: a failure status (400 or more) is always an error —
//! [`ResponseError::Throttled`], [`ResponseError::ResyncRequired`],
//! [`ResponseError::FailedDependency`] or [`ResponseError::Graph`], holding the
//! [`GraphError`](self::error::GraphError) — and never read as a success. Any body type that
//! is `AsRef<[u8]>` will do (`Vec<u8>`, `bytes::Bytes`, `String`, `&[u8]`).
//!
//! ```
//! use graph_entity::http::Response;
//! use graph_entity::page::Page;
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

use http::StatusCode;
use serde::de::DeserializeOwned;

pub mod error;
pub mod page;

use self::error::{BodyError, ItemError, ResponseError};
use self::page::Page;

/// Checks the status of `response`: `Ok` for `2xx`; for a failure status the classified
/// error; any other status (`1xx`, `3xx`) is unexpected.
///
/// # Errors
/// As said.
pub fn check_status<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<(), ResponseError> {
    let status = response.status();
    if status.is_success() {
        Ok(())
    } else if status.is_client_error() || status.is_server_error() {
        Err(ResponseError::from_failure(
            status,
            response.headers(),
            response.body().as_ref().to_vec(),
        ))
    } else {
        Err(ResponseError::UnexpectedStatus {
            status,
            expected: "a success (2xx) status",
        })
    }
}

fn has_no_body(status: StatusCode) -> bool {
    matches!(status.as_u16(), 204 | 205)
}

/// The status and body of a successful response that must have a body: `expected` names what
/// it should hold, for the error of a failure status or of `204`/`205`.
fn success_body<'a, B: AsRef<[u8]>>(
    response: &'a http::Response<B>,
    expected: &'static str,
) -> Result<(StatusCode, &'a [u8]), ResponseError> {
    check_status(response)?;
    let status = response.status();
    if has_no_body(status) {
        return Err(ResponseError::UnexpectedStatus { status, expected });
    }
    Ok((status, response.body().as_ref()))
}

/// A single entity (or any JSON document) from a `200 OK` or `201 Created` response (any `2xx`
/// with a body).
///
/// # Errors
/// A failure status; `204`/`205` (no body); a body that is empty, not JSON, truncated or not
/// a `T`.
pub fn read_entity<T: DeserializeOwned, B: AsRef<[u8]>>(
    response: &http::Response<B>,
) -> Result<T, ResponseError> {
    let (status, body) = success_body(response, "an entity (200 OK or 201 Created)")?;
    serde_json::from_slice(body)
        .map_err(|error| ResponseError::Body(BodyError::new(status, "an entity", body, error)))
}

/// A response with no content (`204 No Content`, as update and delete answer); any `2xx` is
/// accepted, and its body ignored.
///
/// # Errors
/// A failure status or a non-`2xx` status.
pub fn read_no_content<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<(), ResponseError> {
    check_status(response)
}

/// An entity when there is one (`200`/`201`), `None` for `204 No Content` — the return of an
/// action that may or may not return its value (e.g. an update with
/// `Prefer: return=representation`).
///
/// # Errors
/// As [`read_entity`], but for `204`/`205`.
pub fn read_optional<T: DeserializeOwned, B: AsRef<[u8]>>(
    response: &http::Response<B>,
) -> Result<Option<T>, ResponseError> {
    check_status(response)?;
    if has_no_body(response.status()) {
        return Ok(None);
    }
    read_entity(response).map(Some)
}

/// The `value` of a function's or action's return (`{"@odata.context": ..., "value": ...}`),
/// for primitive and collection returns.
///
/// # Errors
/// As [`read_entity`]; a body without `value`.
pub fn read_value<T: DeserializeOwned, B: AsRef<[u8]>>(
    response: &http::Response<B>,
) -> Result<T, ResponseError> {
    let (status, body) = success_body(response, "a returned value (200 OK)")?;
    page::read_value_member(body).map_err(|error| {
        ResponseError::Body(BodyError::new(status, "a returned `value`", body, error))
    })
}

/// The number a `/$count` segment returns (`GET /users/$count`, with
/// `ConsistencyLevel: eventual`), written as plain text: `893`.
///
/// # Errors
/// A failure status, `204`, or a body that is not a non-negative integer (surrounding
/// whitespace allowed).
pub fn read_count<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<u64, ResponseError> {
    let (status, body) = success_body(response, "a count (200 OK)")?;
    let text = body.trim_ascii();
    let count = (!text.is_empty() && text.iter().all(u8::is_ascii_digit))
        .then(|| core::str::from_utf8(text).ok()?.parse::<u64>().ok())
        .flatten();
    // Read as JSON for the error's sake: a number is a count.
    count.ok_or_else(|| {
        let error = serde_json::from_slice::<u64>(body)
            .err()
            .unwrap_or_else(|| <serde_json::Error as serde::de::Error>::custom("not a count"));
        ResponseError::Body(BodyError::new(status, "a count", body, error))
    })
}

/// A collection page: `value` and the control information (`@odata.nextLink`,
/// `@odata.deltaLink`, `@odata.count`, `@odata.context`, any other), see [`Page`].
///
/// An item that cannot be read is an [`ResponseError::Item`] naming its index; it never
/// becomes a default value.
///
/// # Errors
/// A failure status; `204`; a body that is empty, not JSON, truncated or not a page; an item
/// that is not a `T`.
pub fn read_page<T: DeserializeOwned, B: AsRef<[u8]>>(
    response: &http::Response<B>,
) -> Result<Page<T>, ResponseError> {
    let (status, body) = success_body(response, "a collection page (200 OK)")?;
    page::read_page(body).map_err(|(error, item)| {
        let body_error =
            |error| ResponseError::Body(BodyError::new(status, "a collection page", body, error));
        match item {
            // An item's own reader may report a truncated or malformed body as its own
            // error: the body is to blame when it is not JSON as a whole (checked again only
            // on this error path).
            Some(index) => match serde_json::from_slice::<serde::de::IgnoredAny>(body) {
                Err(syntax) => body_error(syntax),
                Ok(_) => ResponseError::Item(ItemError {
                    index,
                    source: error,
                }),
            },
            None => body_error(error),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::error::BodyProblem;
    use super::*;

    fn response(status: u16, body: &str) -> http::Response<&str> {
        let mut response = http::Response::new(body);
        *response.status_mut() = StatusCode::from_u16(status).unwrap();
        response
    }

    #[test]
    fn entities() {
        let value: serde_json::Value = read_entity(&response(201, r#"{"id":"x"}"#)).unwrap();
        assert_eq!(value["id"], "x");
        assert!(matches!(
            read_entity::<serde_json::Value, _>(&response(204, "")),
            Err(ResponseError::UnexpectedStatus { .. })
        ));
        assert!(matches!(
            read_entity::<serde_json::Value, _>(&response(302, "")),
            Err(ResponseError::UnexpectedStatus { .. })
        ));
        assert_eq!(
            read_optional::<serde_json::Value, _>(&response(204, "")).unwrap(),
            None
        );
        assert!(
            read_optional::<serde_json::Value, _>(&response(200, "{}"))
                .unwrap()
                .is_some()
        );
        read_no_content(&response(204, "")).unwrap();
        assert!(read_no_content(&response(404, "")).is_err());
    }

    #[test]
    fn failures_never_become_ok() {
        for status in [
            400, 401, 403, 404, 409, 410, 412, 424, 429, 500, 502, 503, 504,
        ] {
            let body = r#"{"value":[],"error":{"code":"x","message":"y"}}"#;
            let page = read_page::<serde_json::Value, _>(&response(status, body));
            assert_eq!(page.unwrap_err().status().map(|s| s.as_u16()), Some(status));
            assert!(read_entity::<serde_json::Value, _>(&response(status, body)).is_err());
            assert!(read_no_content(&response(status, body)).is_err());
            assert!(read_optional::<serde_json::Value, _>(&response(status, body)).is_err());
            assert!(read_value::<serde_json::Value, _>(&response(status, body)).is_err());
        }
    }

    #[test]
    fn bad_bodies_say_what_is_wrong() {
        let cases = [
            ("", BodyProblem::Empty),
            ("  \n", BodyProblem::Empty),
            ("<html></html>", BodyProblem::NotJson),
            (r#"{"id":"x""#, BodyProblem::Truncated),
            (r#"{"id":"x"} trailing"#, BodyProblem::NotJson),
            ("[1,2]", BodyProblem::Shape),
        ];
        for (body, problem) in cases {
            match read_entity::<std::collections::BTreeMap<String, String>, _>(&response(200, body))
            {
                Err(ResponseError::Body(error)) => {
                    assert_eq!(error.problem, problem, "{body:?}: {error}");
                    assert_eq!(error.status, StatusCode::OK);
                }
                other => panic!("{body:?}: {other:?}"),
            }
        }
        match read_page::<u8, _>(&response(200, r#"{"value":[1,2"#)) {
            Err(ResponseError::Body(error)) => assert_eq!(error.problem, BodyProblem::Truncated),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn counts() {
        assert_eq!(read_count(&response(200, "893")).unwrap(), 893);
        assert_eq!(read_count(&response(200, " 0\n")).unwrap(), 0);
        for bad in ["", "-1", "1.5", "x", "99999999999999999999999"] {
            assert!(
                matches!(read_count(&response(200, bad)), Err(ResponseError::Body(_))),
                "{bad}"
            );
        }
        assert!(matches!(
            read_count(&response(429, "")),
            Err(ResponseError::Throttled(_))
        ));
    }

    #[test]
    fn values() {
        let count: i64 =
            read_value(&response(200, r#"{"@odata.context":"c","value":42}"#)).unwrap();
        assert_eq!(count, 42);
        let ids: Vec<String> = read_value(&response(200, r#"{"value":["a","b"]}"#)).unwrap();
        assert_eq!(ids, ["a", "b"]);
        assert!(matches!(
            read_value::<i64, _>(&response(200, r#"{"other":1}"#)),
            Err(ResponseError::Body(_))
        ));
    }

    #[test]
    fn page_items_name_their_index() {
        let body = r#"{"value":[1,2,"three",4]}"#;
        match read_page::<u32, _>(&response(200, body)) {
            Err(ResponseError::Item(error)) => {
                assert_eq!(error.index, 2);
                assert!(
                    error
                        .to_string()
                        .starts_with("item 2 of `value` cannot be read"),
                    "{error}"
                );
                assert!(
                    error.to_string().contains("invalid type: string \"three\""),
                    "{error}"
                );
            }
            other => panic!("{other:?}"),
        }
    }
}

/// The types a [`Call`](crate::address::Call)'s response reads as: what each operation of a
/// typed path, and each bound or unbound action and function, returns.
///
/// | return | type | read by |
/// |---|---|---|
/// | an entity or a complex value | the declared type (every `#[derive(GraphEntity)]` type) | [`read_entity`] |
/// | a collection | [`Page<T>`] (with `@odata.nextLink`, `@odata.deltaLink`, ...) or `Vec<T>` (the `value` only) | [`read_page`], [`read_value`] |
/// | a primitive | `String`, `bool`, `i32`, `i64`, `f64`, [`Guid`](crate::edm::Guid), [`Date`](crate::edm::Date), [`DateTimeOffset`](crate::edm::DateTimeOffset), or [`Value<T>`] for any other (an enum member) | [`read_value`] |
/// | nothing | `()` | [`read_no_content`] |
/// | a media stream | [`Media`] | its bytes and `Content-Type` |
///
/// A failure status is always an error, never a value.
///
/// ```
/// use graph_entity::http::Response;
/// use graph_entity::response::{Returned, Value};
///
/// let response = Response::builder().status(200).body(r#"{"@odata.context":"x","value":true}"#)?;
/// assert!(bool::read(&response)?);
/// assert_eq!(Value::<bool>::read(&response)?.0, true);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[diagnostic::on_unimplemented(
    message = "a response cannot be read as `{Self}`",
    label = "not a return type",
    note = "write the type the response reads as: a type declared with `#[derive(GraphEntity)]`, `Page<T>`, `Vec<T>`, `String`, `bool`, `i64`, ..., `Value<T>` for an enum, or `()` for no content"
)]
pub trait Returned: Sized {
    /// Named by generated code, once per operation that returns something (not `()`):
    /// `<Type as Returned>::ASSERT`.
    #[doc(hidden)]
    const ASSERT: () = ();
    /// Reads `response`.
    ///
    /// # Errors
    /// A failure status, or a body that is not a `Self` (see the readers in the table).
    fn read<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<Self, ResponseError>;
}

/// The types a response body reads as whole: every entity and complex type the derive declares
/// (and only those). Named by generated code only.
#[doc(hidden)]
pub trait GraphDocument: DeserializeOwned {}

impl<T: GraphDocument> Returned for T {
    fn read<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<Self, ResponseError> {
        read_entity(response)
    }
}

impl Returned for () {
    fn read<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<Self, ResponseError> {
        read_no_content(response)
    }
}

impl<T: DeserializeOwned> Returned for Page<T> {
    fn read<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<Self, ResponseError> {
        read_page(response)
    }
}

impl<T: DeserializeOwned> Returned for Vec<T> {
    fn read<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<Self, ResponseError> {
        read_value(response)
    }
}

/// A primitive (or enum) return, read from the response's `value` member:
/// `{"@odata.context": "...", "value": ...}`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Value<T>(pub T);

impl<T: DeserializeOwned> Returned for Value<T> {
    fn read<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<Self, ResponseError> {
        read_value(response).map(Value)
    }
}

macro_rules! primitive_returns {
    ($($ty:ty),*) => {$(
        impl Returned for $ty {
            fn read<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<Self, ResponseError> {
                read_value(response)
            }
        }
    )*};
}

primitive_returns!(
    String,
    bool,
    i32,
    i64,
    f64,
    crate::edm::Guid,
    crate::edm::Date,
    crate::edm::DateTimeOffset
);

/// The bytes of a media stream and their media type, as a `GET` of `$value` or of an
/// `Edm.Stream` property returns them.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Media {
    /// The `Content-Type` header, if the response had one (and it was text).
    pub content_type: Option<String>,
    /// The body, as sent.
    pub bytes: Vec<u8>,
}

impl Returned for Media {
    fn read<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<Self, ResponseError> {
        check_status(response)?;
        Ok(Media {
            content_type: response
                .headers()
                .get(http::header::CONTENT_TYPE)
                .and_then(|value| value.to_str().ok())
                .map(str::to_owned),
            bytes: response.body().as_ref().to_vec(),
        })
    }
}
