//! [`ClientError`]: what can go wrong sending a request and reading its response.

use core::fmt;

use http::StatusCode;

use super::auth::TokenError;
use crate::batch::BatchError;
use crate::error::{GraphError, ResponseError, RetryAfter};
use crate::operation::RequestError;

/// Why a request through the [`Client`](super::Client) failed.
///
/// The failure statuses a program usually handles have their own variant, each with the
/// [`GraphError`] (status, code, message, `innerError` with `request-id`, raw body):
/// `404` ([`ClientError::NotFound`]), `412` ([`ClientError::PreconditionFailed`]), and `429`
/// or `503` still answered after the retries the [`RetryPolicy`](super::RetryPolicy) allowed
/// ([`ClientError::Throttled`], with its `Retry-After`). Every other response that cannot be
/// read as asked is a [`ClientError::Response`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ClientError {
    /// `404 Not Found`.
    NotFound(Box<GraphError>),
    /// `412 Precondition Failed`: the `If-Match` tag is not the item's current one.
    PreconditionFailed(Box<GraphError>),
    /// `429 Too Many Requests` or `503 Service Unavailable`, after the allowed retries.
    Throttled(Box<GraphError>),
    /// Any other response that could not be read as asked: another failure status, a body
    /// that is not JSON or is truncated, an item that does not read, a repeated next link...
    Response(ResponseError),
    /// The request could not be built.
    Request(RequestError),
    /// The batch could not be built or its responses matched.
    Batch(BatchError),
    /// A body could not be serialized.
    Body(serde_json::Error),
    /// No token could be had.
    Token(TokenError),
    /// No response came (connection refused or reset, a timeout, a body cut off), after the
    /// allowed retries.
    Transport(reqwest::Error),
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

impl From<RequestError> for ClientError {
    fn from(error: RequestError) -> Self {
        ClientError::Request(error)
    }
}

impl From<BatchError> for ClientError {
    fn from(error: BatchError) -> Self {
        ClientError::Batch(error)
    }
}

impl From<TokenError> for ClientError {
    fn from(error: TokenError) -> Self {
        ClientError::Token(error)
    }
}

impl From<serde_json::Error> for ClientError {
    fn from(error: serde_json::Error) -> Self {
        ClientError::Body(error)
    }
}

impl From<crate::page::PagingError> for ClientError {
    fn from(error: crate::page::PagingError) -> Self {
        ClientError::Response(ResponseError::Paging(error))
    }
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClientError::NotFound(error) => write!(f, "not found: {error}"),
            ClientError::PreconditionFailed(error) => {
                write!(f, "the item has changed (If-Match does not match): {error}")
            }
            ClientError::Throttled(error) => {
                write!(f, "still throttled after the allowed retries: {error}")?;
                match error.retry_after() {
                    Some(RetryAfter::Delay(delay)) => write!(f, "; retry after {delay:?}"),
                    Some(RetryAfter::At(at)) => {
                        write!(f, "; retry at {}", httpdate::fmt_http_date(at))
                    }
                    None => Ok(()),
                }
            }
            ClientError::Response(error) => error.fmt(f),
            ClientError::Request(error) => error.fmt(f),
            ClientError::Batch(error) => error.fmt(f),
            ClientError::Body(error) => write!(f, "the body does not serialize: {error}"),
            ClientError::Token(error) => error.fmt(f),
            ClientError::Transport(error) => write!(f, "no response: {error}"),
        }
    }
}

impl std::error::Error for ClientError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ClientError::Response(error) => Some(error),
            ClientError::Request(error) => Some(error),
            ClientError::Batch(error) => Some(error),
            ClientError::Body(error) => Some(error),
            ClientError::Token(error) => Some(error),
            ClientError::Transport(error) => Some(error),
            ClientError::NotFound(error)
            | ClientError::PreconditionFailed(error)
            | ClientError::Throttled(error) => Some(&**error),
        }
    }
}
