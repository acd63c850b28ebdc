//! [`RequestError`]: why a request could not be built.

/// Why a request could not be built by [`ServiceRoot::build`](crate::ServiceRoot::build).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RequestError {
    /// The operation's target is neither a path starting with one `/` nor an absolute
    /// `https://` or `http://` URL (e.g. `users`, `//evil.example/x`), or the request's URI
    /// would not be sent as written (e.g. `https://graph.microsoft.com/v1.0/users#top`: the
    /// fragment would be dropped).
    #[error(
        "the operation's target {target:?} is neither a path starting with one `/` nor an \
         absolute `https://` or `http://` URL without fragment"
    )]
    InvalidTarget {
        /// The target, as given, or the URI it would make.
        target: String,
    },
    /// The target already holds a query, and a [`Query`](crate::Query) was given as well.
    #[error("the target `{0}` already holds a query; give the query options through `Query` only")]
    QueryInPath(String),
    /// The URI is not valid for an HTTP request (it is never re-encoded).
    #[error("`{uri}` is not a valid request URI: {reason}")]
    InvalidUri {
        /// The URI as built.
        uri: String,
        /// Why it is not valid.
        reason: String,
    },
    /// A header value holds a character a header cannot.
    #[error("the `{name}` header value holds a control character or line break")]
    InvalidHeader {
        /// The header's name.
        name: &'static str,
    },
    /// A reference (a `$ref`'s `@odata.id`) could not be written into the body: it needs a
    /// service root and a JSON object body.
    #[error("the body's reference cannot be written: {0}")]
    Reference(&'static str),
}
