//! [`Operation`]: one request as data — an HTTP method, a path (or an absolute URL), headers
//! and a body — built without doing any I/O. The typed address steps build them (as
//! [`Call`](crate::Call)s, their typed form), and [`ServiceRoot::build`] turns one into an
//! [`http::Request`].
//!
//! [`ServiceRoot::build`]: crate::ServiceRoot::build

use core::fmt;
use core::hash::{Hash, Hasher};
use std::borrow::Cow;

use http::header::{HeaderMap, HeaderName, HeaderValue};

use super::body::Body;
use crate::wire::additional::AdditionalData;

/// One request of a resource: its HTTP method, its target and maybe a JSON body.
///
/// The target is either a path under the service root (`/deviceManagement/exchangeConnectors`),
/// as the generated functions build it, or an absolute `https://` or `http://` URL such as an
/// `@odata.nextLink`, kept exactly as given ([`Operation::next_link`]).
///
/// Executing it is left to the HTTP client of your choice: [`ServiceRoot::build`] turns it into
/// an [`http::Request`] under a service root, with a [`Query`](crate::Query): the one road.
///
/// [`ServiceRoot::build`]: crate::ServiceRoot::build
///
/// An update or a delete can be made conditional on the version read:
/// [`Operation::if_match_etag_of`] adds `If-Match` with the entity's `@odata.etag`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operation {
    method: http::Method,
    path: String,
    body: Option<Body>,
    /// The body's media type when it is not JSON (a media stream's bytes).
    content_type: Option<String>,
    /// The `Accept` header when it is not `application/json` (a media stream's `*/*`).
    accept: Option<String>,
    if_match: Option<String>,
    /// Headers of its own (a listing's `ConsistencyLevel` and `Prefer`, carried to its next
    /// pages).
    headers: HeaderMap,
    /// Sent to a pre-authenticated URL: no `Authorization` header.
    pre_authenticated: bool,
    /// The `$select` the response's type asks for (a projection's properties), written before
    /// the query's own: [`Operation::with_select`].
    select: &'static [&'static str],
    /// URLs written into the JSON body when the request is built, under its service root.
    links: Vec<BodyLink>,
}

/// A member of the JSON body whose value is the absolute URL of an entity (or an array of
/// them), known only when the request is built under a service root: a `$ref`'s `@odata.id`,
/// a create or update body's `{navigation}@odata.bind`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct BodyLink {
    /// The member's name (`@odata.id`, `members@odata.bind`).
    pub name: Cow<'static, str>,
    /// The entities' paths under the root, every key encoded (`/users/u1`).
    pub paths: Vec<String>,
    /// Whether the value is an array (a collection-valued navigation's bind) rather than one
    /// URL.
    pub many: bool,
}

impl Hash for Operation {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.method.hash(state);
        self.path.hash(state);
        self.body.hash(state);
        self.content_type.hash(state);
        self.accept.hash(state);
        self.if_match.hash(state);
        for (name, value) in &self.headers {
            name.hash(state);
            value.hash(state);
        }
        self.pre_authenticated.hash(state);
        self.select.hash(state);
        self.links.hash(state);
    }
}

/// An operation taken apart, for the request builder.
pub(crate) struct OperationParts {
    pub method: http::Method,
    pub target: String,
    pub body: Option<Body>,
    pub content_type: Option<String>,
    pub accept: Option<String>,
    pub if_match: Option<String>,
    pub headers: HeaderMap,
    pub pre_authenticated: bool,
    pub select: &'static [&'static str],
    pub links: Vec<BodyLink>,
}

impl Operation {
    /// An operation from its parts: `path` is a path under the service root, starting with one
    /// `/`, or an absolute `https://` or `http://` URL (see
    /// [`ServiceRoot::build`](crate::ServiceRoot::build)).
    pub fn new(method: http::Method, path: String) -> Self {
        Operation {
            method,
            path,
            body: None,
            content_type: None,
            accept: None,
            if_match: None,
            headers: HeaderMap::new(),
            pre_authenticated: false,
            select: &[],
            links: Vec::new(),
        }
    }

    /// `method` of a pre-authenticated absolute URL (Graph's download URLs,
    /// `@microsoft.graph.downloadUrl`, and upload session URLs): sent exactly as given,
    /// without an `Authorization` header and without a check against the service root —
    /// the URL carries its own credentials (so the client's logs show its host only).
    ///
    /// ```
    /// use graph_entity::http::Method;
    /// use graph_entity::request::PreAuthenticated;
    /// use graph_entity::{Operation, Query, ServiceRoot};
    ///
    /// let upload = "https://contoso-my.sharepoint.com/up/a1?tempauth=x";
    /// let put = Operation::pre_authenticated(Method::PUT, upload).with_bytes("application/octet-stream", vec![1, 2]);
    /// let request = ServiceRoot::v1().build(put, &Query::new())?;
    /// assert_eq!(request.uri(), upload);
    /// assert!(request.extensions().get::<PreAuthenticated>().is_some());
    /// # Ok::<(), graph_entity::RequestError>(())
    /// ```
    pub fn pre_authenticated(method: http::Method, url: impl Into<String>) -> Self {
        let mut operation = Operation::new(method, url.into());
        operation.pre_authenticated = true;
        operation
    }

    /// Whether it is sent to a pre-authenticated URL, without `Authorization`
    /// ([`Operation::pre_authenticated`]).
    pub fn is_pre_authenticated(&self) -> bool {
        self.pre_authenticated
    }

    /// This operation with the header `name: value` (added to the query's and the
    /// builder's; `Accept`, `Content-Type` and `If-Match` have their own methods).
    #[must_use]
    pub fn with_header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.append(name, value);
        self
    }

    /// Its headers of its own ([`Operation::with_header`]).
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// This operation with `headers` of its own as well.
    pub(crate) fn with_headers(mut self, headers: HeaderMap) -> Self {
        self.headers.extend(headers);
        self
    }

    /// `GET` of an absolute URL the service gave, such as an `@odata.nextLink` or an
    /// `@odata.deltaLink`, sent exactly as given: not joined to the service root, not re-encoded.
    ///
    /// ```
    /// use graph_entity::{Operation, Query, ServiceRoot};
    ///
    /// let next = "https://graph.microsoft.com/v1.0/users?$skiptoken=X%2BY";
    /// let request = ServiceRoot::v1().build(Operation::next_link(next), &Query::new())?;
    /// assert_eq!(request.uri(), next);
    /// # Ok::<(), graph_entity::RequestError>(())
    /// ```
    pub fn next_link(url: impl Into<String>) -> Self {
        Operation::new(http::Method::GET, url.into())
    }

    /// This operation with `body`, serialized as JSON.
    ///
    /// # Errors
    /// When `body` cannot be serialized.
    pub fn with_json<T: serde::Serialize + ?Sized>(
        mut self,
        body: &T,
    ) -> Result<Self, serde_json::Error> {
        self.body = Some(Body::from(serde_json::to_vec(body)?));
        self.content_type = None;
        Ok(self)
    }

    /// This operation with a raw body of the media type `content_type` (`image/png`,
    /// `text/plain`), sent as it is: a media stream's bytes.
    ///
    /// ```
    /// use graph_entity::http::Method;
    /// use graph_entity::{Operation, Query, ServiceRoot};
    ///
    /// let put = Operation::new(Method::PUT, "/me/drive/items/i1/content".to_owned())
    ///     .with_bytes("text/plain", b"hello".to_vec());
    /// let request = ServiceRoot::v1().build(put, &Query::new())?;
    /// assert_eq!(request.headers()["content-type"], "text/plain");
    /// assert_eq!(request.body().as_bytes(), Some(&b"hello"[..]));
    /// # Ok::<(), graph_entity::RequestError>(())
    /// ```
    #[must_use]
    pub fn with_bytes(self, content_type: &str, body: Vec<u8>) -> Self {
        self.with_body(content_type, Body::from(body))
    }

    /// This operation with `body` of the media type `content_type`: bytes, or a stream made
    /// anew for each attempt ([`Body::stream`]), for large content.
    #[must_use]
    pub fn with_body(mut self, content_type: &str, body: Body) -> Self {
        self.body = Some(body);
        self.content_type = Some(content_type.to_owned());
        self
    }

    /// This operation with `Accept: {accept}` rather than `application/json` (a media
    /// stream's `*/*`).
    #[must_use]
    pub fn with_accept(mut self, accept: &str) -> Self {
        self.accept = Some(accept.to_owned());
        self
    }

    /// The body's media type: `application/json` for a JSON body, the one given to
    /// [`Operation::with_bytes`] for raw bytes, `None` without a body.
    pub fn content_type(&self) -> Option<&str> {
        match (&self.body, &self.content_type) {
            (None, _) => None,
            (Some(_), Some(content_type)) => Some(content_type),
            (Some(_), None) => Some("application/json"),
        }
    }

    /// The `Accept` header: `application/json` unless set by [`Operation::with_accept`].
    pub fn accept(&self) -> &str {
        self.accept.as_deref().unwrap_or("application/json")
    }

    /// This operation with `If-Match: {etag}`, so that the service applies it only to the
    /// version read (it answers `412 Precondition Failed` otherwise). Meant for updates and
    /// deletes; take the tag from the entity's `@odata.etag`, or use
    /// [`Operation::if_match_etag_of`]. A tag that cannot be a header value (a control character,
    /// a line break) is an error when the request is built.
    ///
    /// ```
    /// use graph_entity::http::Method;
    /// use graph_entity::{Operation, Query, ServiceRoot};
    ///
    /// let delete = Operation::new(Method::DELETE, "/groups/g1".to_owned()).if_match(r#"W/"1""#);
    /// let request = ServiceRoot::v1().build(delete, &Query::new())?;
    /// assert_eq!(request.headers()["if-match"], r#"W/"1""#);
    /// # Ok::<(), graph_entity::RequestError>(())
    /// ```
    #[must_use]
    pub fn if_match(mut self, etag: impl Into<String>) -> Self {
        self.if_match = Some(etag.into());
        self
    }

    /// This operation with `If-Match` set to the `@odata.etag` that `data` (an entity's
    /// additional data, as read) holds; unchanged when it holds none.
    ///
    /// ```
    /// # #[cfg(feature = "resources")] {
    /// use graph_entity::{GraphEntity, Query, ServiceRoot};
    /// use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
    ///
    /// let read: Connector = graph_entity::serde_json::from_str(r#"{"@odata.etag":"W/\"7\"","id":"c1"}"#)?;
    /// let delete = Connector::delete("c1").if_match_etag_of(&read.additional_data);
    /// let request = ServiceRoot::v1().build(delete, &Query::new())?;
    /// assert_eq!(request.headers()["if-match"], r#"W/"7""#);
    /// # }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn if_match_etag_of(self, data: &AdditionalData) -> Self {
        match data.etag() {
            Some(etag) => self.if_match(etag.into_owned()),
            None => self,
        }
    }

    /// The `If-Match` tag, if the operation has one.
    pub fn if_match_tag(&self) -> Option<&str> {
        self.if_match.as_deref()
    }

    /// The operation taken apart.
    pub(crate) fn into_parts(self) -> OperationParts {
        OperationParts {
            method: self.method,
            target: self.path,
            body: self.body,
            content_type: self.content_type,
            accept: self.accept,
            if_match: self.if_match,
            headers: self.headers,
            pre_authenticated: self.pre_authenticated,
            select: self.select,
            links: self.links,
        }
    }

    /// This operation with the JSON body `{"@odata.id": "{root}{path}"}`, a reference to the
    /// entity at `path` (`/users/u1`) under the root the request is built under, so that it
    /// holds in national clouds and against a stand-in alike.
    #[must_use]
    pub(crate) fn with_reference(mut self, path: String) -> Self {
        self.links.push(BodyLink {
            name: Cow::Borrowed("@odata.id"),
            paths: vec![path],
            many: false,
        });
        self
    }

    /// This operation's JSON body with `{navigation}@odata.bind`: the URLs of the entities at
    /// `paths`, written under the service root when the request is built (an array for a
    /// collection-valued navigation). The URLs of a second bind of the same navigation join the
    /// first's.
    #[must_use]
    pub(crate) fn with_bind(mut self, navigation: &str, paths: Vec<String>, many: bool) -> Self {
        let name = format!("{navigation}@odata.bind");
        match self.links.iter_mut().find(|link| link.name == name) {
            Some(link) if many && link.many => link.paths.extend(paths),
            Some(link) => {
                link.paths = paths;
                link.many = many;
            }
            None => self.links.push(BodyLink {
                name: Cow::Owned(name),
                paths,
                many,
            }),
        }
        self
    }

    /// The paths of the entities the body refers to (`@odata.id`, `members@odata.bind`), one
    /// pair per entity, written under the service root when the request is built:
    /// `[("@odata.id", "/users/u1")]`.
    pub fn references(&self) -> impl Iterator<Item = (&str, &str)> {
        self.links.iter().flat_map(|link| {
            link.paths
                .iter()
                .map(move |path| (link.name.as_ref(), path.as_str()))
        })
    }

    /// This operation asking for the properties `select` (`$select`): what the response's type
    /// reads, set by the typed steps for a [`Projection`](crate::Projection). The request
    /// writes them first in its `$select`, and then those of its [`Query`](crate::Query) that
    /// are not among them: a query may select more (kept in the projection's
    /// `additional_data`, if it has one), never less. An operation to an absolute URL (a next
    /// link, which holds its query already) takes none.
    ///
    /// ```
    /// use graph_entity::http::Method;
    /// use graph_entity::{Operation, Query, ServiceRoot};
    ///
    /// let list = Operation::new(Method::GET, "/users".into()).with_select(&["id", "mail"]);
    /// let request = ServiceRoot::v1().build(list, &Query::new().select(["mail", "city"]).top(5))?;
    /// assert_eq!(
    ///     request.uri(),
    ///     "https://graph.microsoft.com/v1.0/users?$select=id,mail,city&$top=5",
    /// );
    /// # Ok::<(), graph_entity::RequestError>(())
    /// ```
    #[must_use]
    pub fn with_select(mut self, select: &'static [&'static str]) -> Self {
        self.select = select;
        self
    }

    /// The properties the response's type asks for ([`Operation::with_select`]); empty for
    /// most operations.
    pub fn select(&self) -> &'static [&'static str] {
        self.select
    }

    /// The body's bytes, if the operation has a body that is not a stream.
    pub fn body(&self) -> Option<&[u8]> {
        self.body.as_ref().and_then(Body::as_bytes)
    }

    /// The body, bytes or a stream.
    pub fn body_content(&self) -> Option<&Body> {
        self.body.as_ref()
    }

    /// The HTTP method.
    pub fn method(&self) -> &http::Method {
        &self.method
    }

    /// The path under the service root (e.g. under `https://graph.microsoft.com/v1.0`), or the
    /// absolute URL, as given.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Whether the target is an absolute `https://` or `http://` URL (which
    /// [`ServiceRoot::build`](crate::ServiceRoot::build) sends as it is) rather than a path
    /// under the service root.
    pub fn is_absolute(&self) -> bool {
        self.path.starts_with("https://") || self.path.starts_with("http://")
    }
}

/// `POST /deviceManagement/exchangeConnectors`.
impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)
    }
}
