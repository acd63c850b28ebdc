//! [`Body`]: a request body that can be sent again — bytes, or a stream made anew for each
//! attempt — so that a retry (or a new token after a `401`) never finds its body spent.

use core::fmt;
use std::pin::Pin;
use std::sync::Arc;

use bytes::Bytes;
use futures_core::Stream;

/// The chunks of a streaming [`Body`].
pub type BodyStream = Pin<Box<dyn Stream<Item = Result<Bytes, std::io::Error>> + Send>>;

/// What one attempt sends: [`Body::content`].
pub enum BodyContent {
    /// The bytes.
    Bytes(Bytes),
    /// A new stream of the content.
    Stream(BodyStream),
}

type MakeStream = Arc<dyn Fn() -> BodyStream + Send + Sync>;

/// A request body that can be replayed: bytes (cheap to clone), or a stream whose maker is
/// called once per attempt (a file read again from its start, say), so that large content is
/// never held in memory and a retry sends it whole again.
///
/// ```
/// use graph_entity::request::Body;
///
/// let bytes = Body::from(b"hello".to_vec());
/// assert_eq!(bytes.as_bytes(), Some(&b"hello"[..]));
/// let chunks = Body::stream(Some(5), || {
///     let chunk: Result<_, std::io::Error> = Ok(graph_entity::bytes::Bytes::from_static(b"hello"));
///     Box::pin(futures_util::stream::iter([chunk]))
/// });
/// assert_eq!(chunks.as_bytes(), None);
/// assert_eq!(chunks.content_length(), Some(5));
/// ```
#[derive(Clone)]
pub struct Body {
    kind: Kind,
}

#[derive(Clone)]
enum Kind {
    Bytes(Bytes),
    Stream {
        make: MakeStream,
        length: Option<u64>,
    },
}

impl Body {
    /// No body.
    pub const fn empty() -> Self {
        Body {
            kind: Kind::Bytes(Bytes::new()),
        }
    }

    /// A streaming body of `length` bytes when known (sent as `Content-Length`; unknown, the
    /// body is sent chunked): `make` is called for each attempt and must give the same bytes
    /// each time.
    pub fn stream(
        length: Option<u64>,
        make: impl Fn() -> BodyStream + Send + Sync + 'static,
    ) -> Self {
        Body {
            kind: Kind::Stream {
                make: Arc::new(make),
                length,
            },
        }
    }

    /// The bytes, for a body that is not a stream.
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match &self.kind {
            Kind::Bytes(bytes) => Some(bytes),
            Kind::Stream { .. } => None,
        }
    }

    /// Whether the body is known to be empty (a stream never is).
    pub fn is_empty(&self) -> bool {
        self.as_bytes().is_some_and(<[u8]>::is_empty)
    }

    /// The length in bytes, when known.
    pub fn content_length(&self) -> Option<u64> {
        match &self.kind {
            Kind::Bytes(bytes) => u64::try_from(bytes.len()).ok(),
            Kind::Stream { length, .. } => *length,
        }
    }

    /// The bytes, for a body that is not a stream; the body itself otherwise.
    ///
    /// # Errors
    /// The body, when it is a stream.
    pub fn into_bytes(self) -> Result<Bytes, Body> {
        match self.kind {
            Kind::Bytes(bytes) => Ok(bytes),
            kind @ Kind::Stream { .. } => Err(Body { kind }),
        }
    }

    /// What to send for one attempt: the bytes, or a new stream.
    pub fn content(&self) -> BodyContent {
        match &self.kind {
            Kind::Bytes(bytes) => BodyContent::Bytes(bytes.clone()),
            Kind::Stream { make, .. } => BodyContent::Stream(make()),
        }
    }
}

/// Bytes are equal by content; streams only to themselves (the same maker).
impl PartialEq for Body {
    fn eq(&self, other: &Self) -> bool {
        match (&self.kind, &other.kind) {
            (Kind::Bytes(a), Kind::Bytes(b)) => a == b,
            (Kind::Stream { make: a, .. }, Kind::Stream { make: b, .. }) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Eq for Body {}

impl core::hash::Hash for Body {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        match &self.kind {
            Kind::Bytes(bytes) => bytes.hash(state),
            Kind::Stream { make, .. } => Arc::as_ptr(make).cast::<()>().hash(state),
        }
    }
}

impl Default for Body {
    fn default() -> Self {
        Body::empty()
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Bytes(bytes) => f.debug_tuple("Body").field(&bytes.len()).finish(),
            Kind::Stream { length, .. } => f
                .debug_struct("Body")
                .field("stream", &true)
                .field("length", length)
                .finish(),
        }
    }
}

impl From<Vec<u8>> for Body {
    fn from(bytes: Vec<u8>) -> Self {
        Body {
            kind: Kind::Bytes(Bytes::from(bytes)),
        }
    }
}

impl From<Bytes> for Body {
    fn from(bytes: Bytes) -> Self {
        Body {
            kind: Kind::Bytes(bytes),
        }
    }
}

impl From<&'static [u8]> for Body {
    fn from(bytes: &'static [u8]) -> Self {
        Body::from(Bytes::from_static(bytes))
    }
}

impl From<String> for Body {
    fn from(text: String) -> Self {
        Body::from(text.into_bytes())
    }
}

impl From<()> for Body {
    fn from((): ()) -> Self {
        Body::empty()
    }
}
