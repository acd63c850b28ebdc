//! [`BatchError`]: why a batch could not be built or matched.

use crate::request::RequestError;

/// Why a batch could not be built or matched.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BatchError {
    /// The batch already holds the most requests it may.
    #[error("a JSON batch holds at most {limit} requests; send the rest in another batch")]
    TooMany {
        /// [`MAX_BATCH_REQUESTS`](crate::batch::MAX_BATCH_REQUESTS).
        limit: usize,
    },
    /// A batch needs at least one request.
    #[error("a JSON batch needs at least one request")]
    Empty,
    /// Two requests with the same id.
    #[error("two requests of the batch have the id `{0}`; give each request its own id")]
    DuplicateId(String),
    /// A request depends on an id no earlier request has.
    #[error("request `{id}` depends on `{depends_on}`, which no earlier request of the batch is")]
    UnknownDependency {
        /// The request's id.
        id: String,
        /// The id it depends on.
        depends_on: String,
    },
    /// A URL that does not start with `/` or is not a valid request target.
    #[error(
        "`{0}` is not a batch request URL; write a path under the service root, starting with `/`"
    )]
    InvalidUrl(String),
    /// A request that is not under the batch's service root.
    #[error("`{0}` is not under the batch's service root")]
    NotUnderRoot(String),
    /// A request body that is not JSON.
    #[error("the body of request `{id}` is not JSON: {reason}")]
    BodyNotJson {
        /// The request's id.
        id: String,
        /// The parser's reason.
        reason: String,
    },
    /// A request body that is a stream: a JSON batch holds bytes only. Send the request on
    /// its own.
    #[error(
        "the body of request `{id}` is a stream, which a JSON batch cannot hold; send the \
         request on its own"
    )]
    StreamingBody {
        /// The request's id.
        id: String,
    },
    /// A header that is not visible ASCII text.
    #[error("the `{name}` header of request `{id}` is not a valid header of visible ASCII text")]
    OpaqueHeader {
        /// The request's id.
        id: String,
        /// The header's name.
        name: String,
    },
    /// A request (an item's, or the `POST /$batch`) could not be built.
    #[error(
        "request `{id}` refers to entities by absolute URL (`@odata.id`, `@odata.bind`), which \
         are written under the service root: add it with `BatchItem::from_operation_under(id, \
         operation, &root)`, the root the batch is sent to"
    )]
    ReferenceNeedsRoot {
        /// The request's id.
        id: String,
    },
    #[error("{0}")]
    Request(RequestError),
    /// A request without a response.
    #[error("the batch response has no response to `{0}`")]
    MissingResponse(String),
    /// A response to an id the batch does not have.
    #[error("the batch response answers `{0}`, which the batch does not have")]
    UnknownResponse(String),
    /// Two responses to the same id.
    #[error("the batch response answers `{0}` twice")]
    DuplicateResponse(String),
}
