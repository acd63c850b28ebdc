//! [`BatchError`]: why a batch could not be built or matched.

use core::fmt;

use crate::service::RequestError;

/// Why a batch could not be built or matched.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BatchError {
    /// The batch already holds the most requests it may.
    TooMany {
        /// [`MAX_BATCH_REQUESTS`](crate::batch::MAX_BATCH_REQUESTS).
        limit: usize,
    },
    /// A batch needs at least one request.
    Empty,
    /// Two requests with the same id.
    DuplicateId(String),
    /// A request depends on an id no earlier request has.
    UnknownDependency {
        /// The request's id.
        id: String,
        /// The id it depends on.
        depends_on: String,
    },
    /// A URL that does not start with `/` or is not a valid request target.
    InvalidUrl(String),
    /// A request that is not under the batch's service root.
    NotUnderRoot(String),
    /// A request body that is not JSON.
    BodyNotJson {
        /// The request's id.
        id: String,
        /// The parser's reason.
        reason: String,
    },
    /// A header that is not visible ASCII text.
    OpaqueHeader {
        /// The request's id.
        id: String,
        /// The header's name.
        name: String,
    },
    /// The `POST /$batch` request could not be built.
    Request(RequestError),
    /// A request without a response.
    MissingResponse(String),
    /// A response to an id the batch does not have.
    UnknownResponse(String),
    /// Two responses to the same id.
    DuplicateResponse(String),
}

impl fmt::Display for BatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BatchError::TooMany { limit } => write!(
                f,
                "a JSON batch holds at most {limit} requests; send the rest in another batch"
            ),
            BatchError::Empty => f.write_str("a JSON batch needs at least one request"),
            BatchError::DuplicateId(id) => {
                write!(f, "two requests of the batch have the id `{id}`")
            }
            BatchError::UnknownDependency { id, depends_on } => write!(
                f,
                "request `{id}` depends on `{depends_on}`, which no earlier request of the batch is"
            ),
            BatchError::InvalidUrl(url) => write!(
                f,
                "`{url}` is not a batch request URL; write a path under the service root, starting with `/`"
            ),
            BatchError::NotUnderRoot(uri) => {
                write!(f, "`{uri}` is not under the batch's service root")
            }
            BatchError::BodyNotJson { id, reason } => {
                write!(f, "the body of request `{id}` is not JSON: {reason}")
            }
            BatchError::OpaqueHeader { id, name } => write!(
                f,
                "the `{name}` header of request `{id}` is not a valid header of visible ASCII text"
            ),
            BatchError::Request(error) => error.fmt(f),
            BatchError::MissingResponse(id) => {
                write!(f, "the batch response has no response to `{id}`")
            }
            BatchError::UnknownResponse(id) => {
                write!(
                    f,
                    "the batch response answers `{id}`, which the batch does not have"
                )
            }
            BatchError::DuplicateResponse(id) => {
                write!(f, "the batch response answers `{id}` twice")
            }
        }
    }
}

impl std::error::Error for BatchError {}
