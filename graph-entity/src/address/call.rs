//! [`Call`]: the typed form of an [`Operation`] — the operation and the type its response reads
//! as — and the bound and unbound actions and functions that build one.

use core::fmt;
use core::marker::PhantomData;

use serde::Serialize;

use super::function::FunctionParameters;
use super::path::Path;
use crate::projection::{ProjectedReturn, Projection};
use crate::request::Operation;
use crate::response::Returned;

/// One `{navigation}@odata.bind` member of a create or update body: the navigation's name and
/// the entities it relates, made by [`NavigationPath::bind`](crate::address::NavigationPath::bind) or
/// [`RelatedPath::bind`](crate::address::RelatedPath::bind) and
/// written by [`Call::bind`] or [`Call::with_bind`]. Each entity's URL is written under the
/// service root when the request is built:
/// `"owners@odata.bind": ["https://graph.microsoft.com/v1.0/users/{id}"]`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Bind {
    navigation: String,
    paths: Vec<String>,
    many: bool,
}

impl Bind {
    /// The navigation property (`owners`).
    pub fn navigation(&self) -> &str {
        &self.navigation
    }

    /// The entities' paths under the service root (`/users/u1`), every key encoded.
    pub fn paths(&self) -> &[String] {
        &self.paths
    }

    /// Whether the value is an array: the navigation is collection-valued.
    pub fn is_many(&self) -> bool {
        self.many
    }

    pub(crate) fn new(navigation: &str, paths: Vec<String>, many: bool) -> Self {
        Bind {
            navigation: navigation.to_owned(),
            paths,
            many,
        }
    }

    pub(crate) fn into_parts(self) -> (String, Vec<String>, bool) {
        (self.navigation, self.paths, self.many)
    }
}

/// An [`Operation`] and the type its response reads as: an entity, a [`Page`](crate::Page), a value, or
/// `()` for no content. What every typed path builds; [`Call::read`] reads the response.
pub struct Call<R> {
    operation: Operation,
    returns: PhantomData<fn() -> R>,
}

impl<R> Call<R> {
    pub(super) fn new(method: http::Method, path: &Path) -> Self {
        Call::from_operation(Operation::new(method, path.as_str().to_owned()))
    }

    /// `operation`, whose response reads as `R`.
    pub fn from_operation(operation: Operation) -> Self {
        Call {
            operation,
            returns: PhantomData,
        }
    }

    /// The operation.
    pub fn operation(&self) -> &Operation {
        &self.operation
    }

    /// The operation, to send or to put in a batch.
    pub fn into_operation(self) -> Operation {
        self.operation
    }

    /// This call with `body`, serialized as JSON.
    ///
    /// # Errors
    /// When `body` cannot be serialized.
    pub fn with_json<B: Serialize + ?Sized>(self, body: &B) -> Result<Self, serde_json::Error> {
        Ok(Call::from_operation(self.operation.with_json(body)?))
    }

    /// This call with a raw body of the media type `content_type`.
    #[must_use]
    pub fn with_bytes(self, content_type: &str, body: Vec<u8>) -> Self {
        Call::from_operation(self.operation.with_bytes(content_type, body))
    }

    /// This call with `Accept: {accept}` rather than `application/json`.
    #[must_use]
    pub fn with_accept(self, accept: &str) -> Self {
        Call::from_operation(self.operation.with_accept(accept))
    }

    /// This call asking for the properties `select` before its query's (see
    /// [`Operation::with_select`]).
    #[must_use]
    pub fn with_select(self, select: &'static [&'static str]) -> Self {
        Call::from_operation(self.operation.with_select(select))
    }

    /// This call read as the projection `P` of the type it returns (one item, a [`Page`] of
    /// them, or a delta round's `Page<DeltaItem<_>>`), asking for `P`'s properties
    /// (`$select`): for the calls that the projection's typed steps do not build themselves,
    /// such as the bound function `delta()` of its projected type.
    ///
    /// [`Page`]: crate::Page
    ///
    /// ```
    /// use graph_entity::{Call, DeltaItem, GraphEntity, Page};
    ///
    /// #[derive(GraphEntity)]
    /// #[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users",
    ///         function(name = "delta", returns = Page<DeltaItem<User>>, collection))]
    /// pub struct User {
    ///     pub id: Option<String>,
    ///     pub display_name: Option<String>,
    ///     pub mail: Option<String>,
    /// }
    ///
    /// #[derive(GraphEntity)]
    /// #[graph(projection_of = User)]
    /// pub struct UserMail {
    ///     pub mail: Option<String>,
    /// }
    ///
    /// let delta: Call<Page<DeltaItem<UserMail>>> = User::collection().delta().project::<UserMail>();
    /// assert_eq!(delta.to_string(), "GET /users/delta()");
    /// assert_eq!(delta.operation().select(), ["mail"]);
    /// ```
    pub fn project<P>(self) -> Call<<R as ProjectedReturn<P::Of, P>>::Output>
    where
        P: Projection,
        R: ProjectedReturn<P::Of, P>,
    {
        Call::from_operation(self.operation.with_select(P::SELECT))
    }

    /// This call's JSON body with `bind` written into it: `{navigation}@odata.bind` and the URLs
    /// of the entities it relates, under the root the request is built under. For an update,
    /// whose call knows no entity type: `group.update_with(&patch)?.with_bind(group.members()
    /// .bind::<User, _>([id]))`; a create takes [`Call::bind`].
    #[must_use]
    pub fn with_bind(self, bind: Bind) -> Self {
        let (navigation, paths, many) = bind.into_parts();
        Call::from_operation(self.operation.with_bind(&navigation, paths, many))
    }

    /// This call with `If-Match: {etag}` (see [`Operation::if_match`]).
    #[must_use]
    pub fn if_match(self, etag: impl Into<String>) -> Self {
        Call::from_operation(self.operation.if_match(etag))
    }

    /// This call with `If-Match` set to the `@odata.etag` that `data` holds (see
    /// [`Operation::if_match_etag_of`]).
    #[must_use]
    pub fn if_match_etag_of(self, data: &crate::wire::additional::AdditionalData) -> Self {
        Call::from_operation(self.operation.if_match_etag_of(data))
    }
}

impl Call<u64> {
    /// `GET {path}/$count`: how many there are, read from Graph's `text/plain` answer, with
    /// `ConsistencyLevel: eventual`, which Graph requires for it on directory objects.
    pub(super) fn count(path: &Path) -> Self {
        let operation = Operation::new(
            http::Method::GET,
            path.segment("$count").as_str().to_owned(),
        )
        .with_accept("text/plain")
        .with_header(
            http::header::HeaderName::from_static("consistencylevel"),
            http::HeaderValue::from_static("eventual"),
        );
        Call::from_operation(operation)
    }
}

impl<R: Returned> Call<R> {
    /// Reads `response` as this call's return: a failure status is always an error.
    ///
    /// # Errors
    /// See [`Returned`].
    pub fn read<B: AsRef<[u8]>>(
        &self,
        response: &http::Response<B>,
    ) -> Result<R, crate::response::error::ResponseError> {
        R::read(response)
    }
}

impl<R: Returned> Call<R> {
    /// Reads the response to this call inside a batch: see
    /// [`BatchItemResponse::read`](crate::batch::BatchItemResponse::read).
    ///
    /// # Errors
    /// See [`Returned`].
    pub fn read_batch_item(
        &self,
        item: &crate::batch::BatchItemResponse,
    ) -> Result<R, crate::response::error::ResponseError> {
        item.read()
    }
}

impl<R> Clone for Call<R> {
    fn clone(&self) -> Self {
        Call::from_operation(self.operation.clone())
    }
}

impl<R> PartialEq for Call<R> {
    fn eq(&self, other: &Self) -> bool {
        self.operation == other.operation
    }
}

impl<R> fmt::Debug for Call<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Call").field(&self.operation).finish()
    }
}

/// `GET /users/u1`.
impl<R> fmt::Display for Call<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.operation, f)
    }
}

/// An operation whose response reads as `R`, as the one who sends it says.
impl<R> From<Operation> for Call<R> {
    fn from(operation: Operation) -> Self {
        Call::from_operation(operation)
    }
}

impl<R> From<Call<R>> for Operation {
    fn from(call: Call<R>) -> Operation {
        call.operation
    }
}

/// A bound action on `path`: `POST {path}/{name}` with `parameters` as its JSON body (`None`:
/// no body). Generated step structs call it.
///
/// # Errors
/// When the parameters cannot be serialized.
pub fn action<R, P: Serialize + ?Sized>(
    path: &Path,
    name: &str,
    parameters: Option<&P>,
) -> Result<Call<R>, serde_json::Error> {
    let call = Call::new(http::Method::POST, &path.segment(name));
    match parameters {
        Some(parameters) => call.with_json(parameters),
        None => Ok(call),
    }
}

/// A bound function on `path`: `GET {path}/{name}(p=literal,...)`. Generated step structs call
/// it.
pub fn function<R, P: FunctionParameters + ?Sized>(
    path: &Path,
    name: &str,
    parameters: &P,
) -> Call<R> {
    Call::new(http::Method::GET, &path.function(name, parameters))
}

/// An unbound action, imported by the service's entity container: `POST /{name}` with
/// `parameters` as its body.
///
/// ```
/// use graph_entity::address::unbound_action;
///
/// let call = unbound_action::<(), ()>("sendNotification", None)?;
/// assert_eq!(call.to_string(), "POST /sendNotification");
/// # Ok::<(), graph_entity::serde_json::Error>(())
/// ```
///
/// # Errors
/// When the parameters cannot be serialized.
pub fn unbound_action<R, P: Serialize + ?Sized>(
    name: &str,
    parameters: Option<&P>,
) -> Result<Call<R>, serde_json::Error> {
    action(&Path::root(""), name, parameters)
}

/// An unbound function, imported by the service's entity container: `GET /{name}(...)`.
///
/// ```
/// use graph_entity::address::{unbound_function, FunctionArguments, FunctionParameters};
/// use graph_entity::query::Literal;
///
/// struct Period<'a>(&'a str);
/// impl FunctionParameters for Period<'_> {
///     fn write_arguments(&self, arguments: &mut FunctionArguments) {
///         arguments.push("period", &Literal::string(self.0));
///     }
/// }
/// let call = unbound_function::<Vec<u8>, _>("getReport", &Period("D7"));
/// assert_eq!(call.to_string(), "GET /getReport(period='D7')");
/// ```
pub fn unbound_function<R, P: FunctionParameters + ?Sized>(name: &str, parameters: &P) -> Call<R> {
    function(&Path::root(""), name, parameters)
}
