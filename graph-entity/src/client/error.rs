//! [`ClientError`]: what can go wrong sending a request and reading its response.

use http::StatusCode;

use super::auth::TokenError;
use crate::batch::BatchError;
use crate::request::RequestError;
use crate::response::error::{GraphError, ResponseError, RetryAfter};

/// Why a request through the [`Client`](super::Client) failed.
///
/// The failure statuses a program usually handles have their own variant, each with the
/// [`GraphError`] (status, code, message, `innerError` with `request-id`, raw body):
/// `404` ([`ClientError::NotFound`]), `412` ([`ClientError::PreconditionFailed`]), and `429`
/// or `503` still answered after the retries the [`RetryPolicy`](super::RetryPolicy) allowed
/// ([`ClientError::Throttled`], with its `Retry-After`). Every other response that cannot be
/// read as asked is a [`ClientError::Response`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ClientError {
    /// `404 Not Found`.
    #[error("not found: {0}")]
    NotFound(#[source] Box<GraphError>),
    /// `412 Precondition Failed`: the `If-Match` tag is not the item's current one.
    #[error("the item has changed (If-Match does not match): {0}")]
    PreconditionFailed(#[source] Box<GraphError>),
    /// `429 Too Many Requests` or `503 Service Unavailable`, after the allowed retries.
    #[error("still throttled after the allowed retries: {0}{hint}", hint = RetryHint(.0))]
    Throttled(#[source] Box<GraphError>),
    /// Any other response that could not be read as asked: another failure status, a body
    /// that is not JSON or is truncated, an item that does not read, a repeated next link...
    #[error("{0}")]
    Response(#[source] ResponseError),
    /// The request could not be built.
    #[error("{0}")]
    Request(#[from] RequestError),
    /// The batch could not be built or its responses matched.
    #[error("{0}")]
    Batch(#[from] BatchError),
    /// A body could not be serialized.
    #[error("the body does not serialize: {0}")]
    Body(#[from] serde_json::Error),
    /// No token could be had.
    #[error("{0}")]
    Token(#[from] TokenError),
    /// No response came (connection refused or reset, a timeout, a body cut off), after the
    /// allowed retries.
    #[error("no response: {0}")]
    Transport(#[source] reqwest::Error),
}

/// `; retry after …` (or `; retry at …`) for a throttled error that says when.
struct RetryHint<'a>(&'a GraphError);

impl core::fmt::Display for RetryHint<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.0.retry_after() {
            Some(RetryAfter::Delay(delay)) => write!(f, "; retry after {delay:?}"),
            Some(RetryAfter::At(at)) => write!(f, "; retry at {}", httpdate::fmt_http_date(at)),
            None => Ok(()),
        }
    }
}

impl ClientError {
    /// The [`GraphError`] of a failure status.
    pub fn graph_error(&self) -> Option<&GraphError> {
        match self {
            ClientError::NotFound(error)
            | ClientError::PreconditionFailed(error)
            | ClientError::Throttled(error) => Some(error),
            ClientError::Response(error) => error.graph_error(),
            _ => None,
        }
    }

    /// The HTTP status, when a response came.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            ClientError::Response(error) => error.status(),
            other => other.graph_error().map(GraphError::status),
        }
    }

    /// The `Retry-After` of a throttled response.
    pub fn retry_after(&self) -> Option<RetryAfter> {
        self.graph_error().and_then(GraphError::retry_after)
    }

    /// The `request-id` of the Graph error body, to quote to Microsoft support.
    pub fn request_id(&self) -> Option<&str> {
        self.graph_error().and_then(GraphError::request_id)
    }
}

impl From<ResponseError> for ClientError {
    fn from(error: ResponseError) -> Self {
        match error {
            ResponseError::Throttled(error) => ClientError::Throttled(error),
            ResponseError::Graph(error) if error.status() == StatusCode::NOT_FOUND => {
                ClientError::NotFound(error)
            }
            ResponseError::Graph(error) if error.status() == StatusCode::PRECONDITION_FAILED => {
                ClientError::PreconditionFailed(error)
            }
            other => ClientError::Response(other),
        }
    }
}

impl From<crate::response::page::PagingError> for ClientError {
    fn from(error: crate::response::page::PagingError) -> Self {
        ClientError::Response(ResponseError::Paging(error))
    }
}
