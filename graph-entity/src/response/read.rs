//! The readers of a response: check its status, then read its body as an entity, a page, a
//! returned value, a count or nothing.

use http::StatusCode;
use serde::de::DeserializeOwned;

use crate::response::collection::{self, Page};
use crate::response::error::{BodyError, ItemError, ResponseError};

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
    collection::read_value_member(body).map_err(|error| {
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
    collection::read_page(body).map_err(|(error, item)| {
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
    use super::*;
    use crate::response::error::BodyProblem;

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
