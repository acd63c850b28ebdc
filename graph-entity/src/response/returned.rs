//! [`Returned`]: the types a response reads as, one reader for each kind of return.

use serde::de::DeserializeOwned;

use crate::response::collection::Page;
use crate::response::error::ResponseError;
use crate::response::read::{check_status, read_entity, read_no_content, read_page, read_value};

/// The types a [`Call`](crate::Call)'s response reads as: what each operation of a
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

/// The number a `/$count` segment returns, from Graph's `text/plain` answer (`893`): see
/// [`read_count`](crate::response::read_count). `u64` is no Edm type, so it is only ever a count.
impl Returned for u64 {
    fn read<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<Self, ResponseError> {
        crate::response::read_count(response)
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
