//! Errors of reading responses: a Graph error body ([`GraphError`]), `Retry-After`
//! ([`RetryAfter`]), and everything that can go wrong reading a body ([`ResponseError`]).

use core::fmt;

use http::StatusCode;
use http::header::HeaderMap;
use serde_json::{Map, Value};

use crate::request::RequestError;
pub use crate::response::retry_after::RetryAfter;

/// A response that reports a failure: its status, `Retry-After`, the Graph error document
/// (`{"error": {...}}`) when the body is one, and the raw body.
///
/// ```
/// use graph_entity::response::error::GraphError;
/// use graph_entity::http::{HeaderMap, StatusCode};
///
/// let body = br#"{"error":{"code":"Request_BadRequest","message":"Invalid filter clause",
///   "innerError":{"date":"2024-05-01T10:00:00","request-id":"r1","client-request-id":"c1","x":1}}}"#;
/// let error = GraphError::new(StatusCode::BAD_REQUEST, &HeaderMap::new(), body.to_vec());
/// assert_eq!(error.code(), Some("Request_BadRequest"));
/// assert_eq!(error.message(), Some("Invalid filter clause"));
/// let inner = error.inner_error().unwrap();
/// assert_eq!(inner.request_id(), Some("r1"));
/// assert_eq!(inner.client_request_id(), Some("c1"));
/// assert_eq!(inner.date(), Some("2024-05-01T10:00:00"));
/// assert_eq!(inner.other()["x"], 1);
/// assert_eq!(error.raw(), body);
/// ```
///
/// Its `Debug` output shows the body as text (lossy UTF-8), cut after 4 KiB with a note of how
/// much was left out, not as an array of bytes.
#[derive(Clone, PartialEq, thiserror::Error)]
#[error("Graph answered {status}{}", GraphErrorDetail(self))]
pub struct GraphError {
    status: StatusCode,
    retry_after: Option<RetryAfter>,
    body: Result<ErrorBody, String>,
    raw: Vec<u8>,
}

impl GraphError {
    /// The error of a response with `status`, `headers` and `body`.
    pub fn new(status: StatusCode, headers: &HeaderMap, raw: Vec<u8>) -> Self {
        GraphError {
            status,
            retry_after: RetryAfter::from_headers(headers),
            body: ErrorBody::read(&raw),
            raw,
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The `Retry-After` header, if the response had one that reads.
    pub fn retry_after(&self) -> Option<RetryAfter> {
        self.retry_after
    }

    /// The Graph error document, when the body is one.
    pub fn body(&self) -> Option<&ErrorBody> {
        self.body.as_ref().ok()
    }

    /// Why the body is not a Graph error document (it is empty, not JSON, or has no `error`
    /// object); `None` when it is one.
    pub fn body_problem(&self) -> Option<&str> {
        self.body.as_ref().err().map(String::as_str)
    }

    /// `error.code`.
    pub fn code(&self) -> Option<&str> {
        self.body().map(|body| body.code.as_str())
    }

    /// `error.message`.
    pub fn message(&self) -> Option<&str> {
        self.body().map(|body| body.message.as_str())
    }

    /// `error.details`.
    pub fn details(&self) -> &[ErrorDetail] {
        self.body().map_or(&[], |body| &body.details)
    }

    /// `error.innerError`.
    pub fn inner_error(&self) -> Option<&InnerError> {
        self.body().and_then(|body| body.inner_error.as_ref())
    }

    /// `innerError.request-id`, to quote to Microsoft support.
    pub fn request_id(&self) -> Option<&str> {
        self.inner_error().and_then(InnerError::request_id)
    }

    /// The body, exactly as received.
    pub fn raw(&self) -> &[u8] {
        &self.raw
    }

    /// Whether the error code (or the inner error's) is `code`, in any case.
    pub fn has_code(&self, code: &str) -> bool {
        self.body().is_some_and(|body| {
            body.code.eq_ignore_ascii_case(code)
                || body
                    .inner_error
                    .as_ref()
                    .and_then(|inner| inner.other.get("code"))
                    .and_then(Value::as_str)
                    .is_some_and(|inner| inner.eq_ignore_ascii_case(code))
        })
    }
}

impl fmt::Debug for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GraphError")
            .field("status", &self.status)
            .field("retry_after", &self.retry_after)
            .field("body", &self.body)
            .field("raw", &BodyText(&self.raw))
            .finish()
    }
}

/// How much of a body an error's `Debug` output shows.
const BODY_SHOWN: usize = 4096;

/// A body in `Debug` output: its text (lossy UTF-8), quoted, cut after [`BODY_SHOWN`] bytes
/// (at a character boundary) with a note of how many bytes were left out.
pub(crate) struct BodyText<'a>(pub(crate) &'a [u8]);

impl fmt::Debug for BodyText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bytes = self.0;
        let mut shown = bytes.len().min(BODY_SHOWN);
        // Do not cut a UTF-8 sequence in two: step back over continuation bytes.
        if shown < bytes.len() {
            while shown > 0 && bytes[shown] & 0b1100_0000 == 0b1000_0000 {
                shown -= 1;
            }
        }
        fmt::Debug::fmt(&String::from_utf8_lossy(&bytes[..shown]), f)?;
        if shown < bytes.len() {
            write!(f, " (and {} more bytes)", bytes.len() - shown)?;
        }
        Ok(())
    }
}

/// What a [`GraphError`]'s message says after the status: the error's code and message (or why
/// the body is not an error document), and the request id to quote to Microsoft support.
struct GraphErrorDetail<'a>(&'a GraphError);

impl fmt::Display for GraphErrorDetail<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0.body {
            Ok(body) => write!(f, ": {}: {}", body.code, body.message)?,
            Err(problem) => write!(f, " ({problem})")?,
        }
        if let Some(id) = self.0.request_id() {
            write!(f, " (request-id {id})")?;
        }
        Ok(())
    }
}

/// The `error` object of a Graph error document.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorBody {
    /// `code`.
    pub code: String,
    /// `message`.
    pub message: String,
    /// `target`, when given.
    pub target: Option<String>,
    /// `details`.
    pub details: Vec<ErrorDetail>,
    /// `innerError` (or OData's `innererror`).
    pub inner_error: Option<InnerError>,
    /// Any other members of `error`.
    pub other: Map<String, Value>,
}

impl ErrorBody {
    fn read(raw: &[u8]) -> Result<ErrorBody, String> {
        if raw.iter().all(u8::is_ascii_whitespace) {
            return Err("the body is empty".into());
        }
        let document: Value = serde_json::from_slice(raw)
            .map_err(|error| format!("the body is not JSON: {error}"))?;
        let Value::Object(mut document) = document else {
            return Err("the body is not a JSON object".into());
        };
        let Some(Value::Object(mut error)) = document.remove("error") else {
            return Err("the body has no `error` object".into());
        };
        let code = take_string(&mut error, "code").unwrap_or_default();
        let message = take_string(&mut error, "message").unwrap_or_default();
        let target = take_string(&mut error, "target");
        let details = match error.remove("details") {
            Some(Value::Array(details)) => details.into_iter().map(ErrorDetail::from).collect(),
            Some(other) => {
                error.insert("details".into(), other);
                Vec::new()
            }
            None => Vec::new(),
        };
        let inner_key = if error.contains_key("innerError") {
            "innerError"
        } else {
            "innererror"
        };
        let inner_error = match error.remove(inner_key) {
            Some(Value::Object(inner)) => Some(InnerError::from(inner)),
            Some(other) => {
                error.insert(inner_key.into(), other);
                None
            }
            None => None,
        };
        Ok(ErrorBody {
            code,
            message,
            target,
            details,
            inner_error,
            other: error,
        })
    }
}

fn take_string(object: &mut Map<String, Value>, name: &str) -> Option<String> {
    match object.remove(name)? {
        Value::String(value) => Some(value),
        other => {
            object.insert(name.to_owned(), other);
            None
        }
    }
}

/// One entry of `error.details`.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorDetail {
    /// `code`.
    pub code: Option<String>,
    /// `message`.
    pub message: Option<String>,
    /// `target`.
    pub target: Option<String>,
    /// Any other members (or the whole value, under `""`, if it is not an object).
    pub other: Map<String, Value>,
}

impl From<Value> for ErrorDetail {
    fn from(value: Value) -> Self {
        let mut object = match value {
            Value::Object(object) => object,
            other => Map::from_iter([(String::new(), other)]),
        };
        ErrorDetail {
            code: take_string(&mut object, "code"),
            message: take_string(&mut object, "message"),
            target: take_string(&mut object, "target"),
            other: object,
        }
    }
}

/// `error.innerError`: the service's diagnostics.
#[derive(Clone, Debug, PartialEq)]
pub struct InnerError {
    request_id: Option<String>,
    client_request_id: Option<String>,
    date: Option<String>,
    other: Map<String, Value>,
}

impl InnerError {
    /// `request-id`.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// `client-request-id`.
    pub fn client_request_id(&self) -> Option<&str> {
        self.client_request_id.as_deref()
    }

    /// `date`, as written (Graph writes it without an offset, in UTC).
    pub fn date(&self) -> Option<&str> {
        self.date.as_deref()
    }

    /// Every other key (`code`, `@odata.type`, a nested `innerError`, ...), kept.
    pub fn other(&self) -> &Map<String, Value> {
        &self.other
    }
}

impl From<Map<String, Value>> for InnerError {
    fn from(mut object: Map<String, Value>) -> Self {
        InnerError {
            request_id: take_string(&mut object, "request-id"),
            client_request_id: take_string(&mut object, "client-request-id"),
            date: take_string(&mut object, "date"),
            other: object,
        }
    }
}

/// Why a response could not be read as what was asked for.
///
/// A response with a failure status is never read as a success: each such status has its
/// variant, holding the [`GraphError`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ResponseError {
    /// `410 Gone` with the code `SyncStateNotFound` or `resyncRequired`: the delta or skip
    /// token has expired. Start a new round without a token (a full resynchronization).
    #[error("the delta or skip token has expired, resynchronize from the start: {0}")]
    ResyncRequired(Box<GraphError>),
    /// `429 Too Many Requests` or `503 Service Unavailable`: retry after
    /// [`GraphError::retry_after`].
    #[error("throttled: {0}{hint}", hint = RetryHint(.0.retry_after))]
    Throttled(Box<GraphError>),
    /// `424 Failed Dependency`: a JSON batch item whose `dependsOn` request failed.
    #[error("a request this one depends on failed: {0}; fix that request first")]
    FailedDependency(Box<GraphError>),
    /// Any other failure status (`4xx`, `5xx`).
    #[error(transparent)]
    Graph(Box<GraphError>),
    /// A success or redirect status other than the ones the reader accepts (e.g. `204` where
    /// an entity was expected, or a `302`).
    #[error("expected {expected}, got {status}")]
    UnexpectedStatus {
        /// The status received.
        status: StatusCode,
        /// What the reader expected.
        expected: &'static str,
    },
    /// The body is empty, not JSON, truncated, or not of the expected shape.
    #[error(transparent)]
    Body(BodyError),
    /// One item of a collection could not be read.
    #[error(transparent)]
    Item(ItemError),
    /// Paging cannot go on (a repeated or invalid `@odata.nextLink`).
    #[error(transparent)]
    Paging(#[from] PagingError),
}

impl ResponseError {
    /// The `GraphError` of a failure status.
    pub fn graph_error(&self) -> Option<&GraphError> {
        match self {
            ResponseError::ResyncRequired(error)
            | ResponseError::Throttled(error)
            | ResponseError::FailedDependency(error)
            | ResponseError::Graph(error) => Some(error),
            _ => None,
        }
    }

    /// The HTTP status, when the error comes from one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            ResponseError::UnexpectedStatus { status, .. } => Some(*status),
            ResponseError::Body(error) => Some(error.status),
            other => other.graph_error().map(GraphError::status),
        }
    }

    /// `Retry-After` of a throttled response.
    pub fn retry_after(&self) -> Option<RetryAfter> {
        self.graph_error().and_then(GraphError::retry_after)
    }

    /// The error of a failure `status` (400 or more): classified into its variant.
    pub fn from_failure(status: StatusCode, headers: &HeaderMap, raw: Vec<u8>) -> Self {
        let error = Box::new(GraphError::new(status, headers, raw));
        match status.as_u16() {
            410 if error.has_code("SyncStateNotFound") || error.has_code("resyncRequired") => {
                ResponseError::ResyncRequired(error)
            }
            429 | 503 => ResponseError::Throttled(error),
            424 => ResponseError::FailedDependency(error),
            _ => ResponseError::Graph(error),
        }
    }
}

/// The end of a throttled response's message: when to retry, if it says.
struct RetryHint(Option<RetryAfter>);

impl fmt::Display for RetryHint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(RetryAfter::Delay(delay)) => write!(f, "; retry after {delay:?}"),
            Some(RetryAfter::At(at)) => write!(f, "; retry at {}", httpdate::fmt_http_date(at)),
            None => Ok(()),
        }
    }
}

/// What is wrong with a body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BodyProblem {
    /// There is no body, or only whitespace.
    Empty,
    /// The body is not JSON (the syntax is wrong).
    NotJson,
    /// The body ends in the middle of a JSON value.
    Truncated,
    /// The body is JSON, but not of the expected shape.
    Shape,
}

impl BodyProblem {
    /// The problem, as a [`BodyError`]'s message starts.
    fn describe(self) -> &'static str {
        match self {
            BodyProblem::Empty => "the body is empty",
            BodyProblem::NotJson => "the body is not JSON",
            BodyProblem::Truncated => "the body is truncated",
            BodyProblem::Shape => "the body is not of the expected shape",
        }
    }
}

/// A body that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{} (a {status} response, read as {expected}): {source}", problem.describe())]
pub struct BodyError {
    /// The response status.
    pub status: StatusCode,
    /// What is wrong.
    pub problem: BodyProblem,
    /// What the reader expected, such as `"a collection page"`.
    pub expected: &'static str,
    /// The parser's error, with its line and column.
    pub source: serde_json::Error,
}

impl BodyError {
    pub(crate) fn new(
        status: StatusCode,
        expected: &'static str,
        body: &[u8],
        source: serde_json::Error,
    ) -> Self {
        let problem = if body.iter().all(u8::is_ascii_whitespace) {
            BodyProblem::Empty
        } else {
            match source.classify() {
                serde_json::error::Category::Eof => BodyProblem::Truncated,
                serde_json::error::Category::Syntax | serde_json::error::Category::Io => {
                    BodyProblem::NotJson
                }
                serde_json::error::Category::Data => BodyProblem::Shape,
            }
        };
        BodyError {
            status,
            problem,
            expected,
            source,
        }
    }
}

/// An item of a collection that could not be read. It is never replaced by a default.
#[derive(Debug, thiserror::Error)]
#[error("item {index} of `value` cannot be read: {source}")]
pub struct ItemError {
    /// The item's index in `value`, from 0.
    pub index: usize,
    /// Why.
    pub source: serde_json::Error,
}

/// Why paging cannot go on.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PagingError {
    /// The service sent an `@odata.nextLink` it had sent before (or the first URL): following
    /// it would loop for ever.
    #[error("the service sent the next link `{0}` a second time; following it would loop")]
    RepeatedLink(String),
    /// An `@odata.nextLink` or `@odata.deltaLink` that is not an absolute URI.
    #[error("invalid paging link: {0}")]
    InvalidLink(RequestError),
    /// An `@odata.nextLink` to another origin (scheme, host or port) than the first request:
    /// following it could send credentials elsewhere.
    #[error("the next link `{0}` leaves the origin of the first request; not followed")]
    OtherOrigin(String),
    /// A request header to carry that is not visible ASCII text (so it cannot be saved).
    #[error("the `{0}` header is not visible ASCII text, so a cursor cannot keep it")]
    OpaqueHeader(String),
    /// A saved cursor that does not read.
    #[error("the saved cursor does not read: {0}; start the listing again from its first request")]
    InvalidCursor(String),
    /// The listing has ended: there is no next page.
    #[error("the listing has ended; there is no next page")]
    Finished,
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::header::RETRY_AFTER;
    use std::time::Duration;

    #[test]
    fn error_documents() {
        let body = br#"{"error":{"code":"BadRequest","message":"m","target":"t","details":[{"code":"d","message":"dm","target":"dt","extra":1},"odd"],"innererror":{"date":"2021-07-02T01:40:19","request-id":"r","client-request-id":"c","code":"inner","innerError":{"code":"deeper"}},"more":true}}"#;
        let error = GraphError::new(StatusCode::BAD_REQUEST, &HeaderMap::new(), body.to_vec());
        let parsed = error.body().unwrap();
        assert_eq!(parsed.target.as_deref(), Some("t"));
        assert_eq!(parsed.other["more"], true);
        assert_eq!(error.details().len(), 2);
        assert_eq!(error.details()[0].code.as_deref(), Some("d"));
        assert_eq!(error.details()[0].other["extra"], 1);
        assert_eq!(error.details()[1].other[""], "odd");
        let inner = error.inner_error().unwrap();
        assert_eq!(inner.other()["innerError"]["code"], "deeper");
        assert!(error.has_code("badrequest"));
        assert!(error.has_code("INNER"));
        assert_eq!(
            error.to_string(),
            "Graph answered 400 Bad Request: BadRequest: m (request-id r)"
        );
    }

    #[test]
    fn bodies_that_are_not_error_documents() {
        let cases: [(&[u8], &str); 5] = [
            (b"", "empty"),
            (b"<html>Bad gateway</html>", "not JSON"),
            (br#"{"error":{"code":"x""#, "not JSON"),
            (b"[1]", "not a JSON object"),
            (br#"{"message":"x"}"#, "no `error` object"),
        ];
        for (body, needle) in cases {
            let error = GraphError::new(StatusCode::BAD_GATEWAY, &HeaderMap::new(), body.to_vec());
            assert!(error.body().is_none());
            assert!(error.body_problem().unwrap().contains(needle), "{error}");
            assert_eq!(error.raw(), body);
            assert_eq!(error.code(), None);
        }
    }

    #[test]
    fn debug_shows_the_body_as_text_cut_at_4_kib() {
        let body = "{\"error\":{\"code\":\"Forbidden\",\"message\":\"café\"}}".as_bytes();
        let error = GraphError::new(StatusCode::FORBIDDEN, &HeaderMap::new(), body.to_vec());
        let debug = format!("{error:?}");
        assert!(
            debug.contains(r#"raw: "{\"error\":{\"code\":\"Forbidden\""#),
            "{debug}"
        );
        assert!(debug.contains('é'), "{debug}");
        assert!(!debug.contains("123, 34"), "{debug}");

        // 5000 bytes: 'é' (2 bytes) after 4095 'a's straddles the cut, which steps back.
        let mut long = vec![b'a'; 4095];
        long.extend_from_slice("é".as_bytes());
        long.resize(5000, b'b');
        let error = GraphError::new(StatusCode::BAD_GATEWAY, &HeaderMap::new(), long);
        let debug = format!("{error:?}");
        assert!(
            debug.contains(&format!("\"{}\" (and 905 more bytes)", "a".repeat(4095))),
            "{debug}"
        );
        assert!(
            !debug.contains('b'.to_string().repeat(2).as_str()),
            "{debug}"
        );
        assert!(!debug.contains('\u{fffd}'), "{debug}");
        // Invalid UTF-8 shows as replacement characters.
        let error = GraphError::new(StatusCode::BAD_GATEWAY, &HeaderMap::new(), vec![0xff, b'x']);
        assert!(format!("{error:?}").contains("raw: \"\u{fffd}x\""));
    }

    #[test]
    fn failures_are_classified() {
        let gone = |code: &str| {
            let body = format!(r#"{{"error":{{"code":"{code}","message":"expired"}}}}"#);
            ResponseError::from_failure(StatusCode::GONE, &HeaderMap::new(), body.into_bytes())
        };
        assert!(matches!(
            gone("SyncStateNotFound"),
            ResponseError::ResyncRequired(_)
        ));
        assert!(matches!(
            gone("resyncRequired"),
            ResponseError::ResyncRequired(_)
        ));
        assert!(matches!(gone("itemNotFound"), ResponseError::Graph(_)));

        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, "10".parse().unwrap());
        for status in [
            StatusCode::TOO_MANY_REQUESTS,
            StatusCode::SERVICE_UNAVAILABLE,
        ] {
            let error = ResponseError::from_failure(status, &headers, Vec::new());
            assert!(matches!(error, ResponseError::Throttled(_)));
            assert_eq!(
                error.retry_after(),
                Some(RetryAfter::Delay(Duration::from_secs(10)))
            );
            assert_eq!(error.status(), Some(status));
            assert!(error.to_string().contains("retry after 10s"), "{error}");
        }
        let failed =
            ResponseError::from_failure(StatusCode::FAILED_DEPENDENCY, &headers, Vec::new());
        assert!(matches!(failed, ResponseError::FailedDependency(_)));
    }
}
