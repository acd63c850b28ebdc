//! Requests as data: an HTTP method and a path (or an absolute URL), built without doing any I/O.

use core::fmt;

use crate::additional::AdditionalData;
use crate::query::Query;
use crate::service::ServiceRoot;

/// One request of a resource: its HTTP method, its target and maybe a JSON body.
///
/// The target is either a path under the service root (`/deviceManagement/exchangeConnectors`),
/// as the generated functions build it, or an absolute `https://` or `http://` URL such as an
/// `@odata.nextLink`, kept exactly as given ([`Operation::next_link`]).
///
/// Executing it is left to the HTTP client of your choice: [`ServiceRoot::operation`] (or
/// [`Operation::into_graph_request`]) turns it into an [`http::Request`] under a service root,
/// with a [`Query`]; [`Operation::into_request`] under a root given as a string.
///
/// An update or a delete can be made conditional on the version read:
/// [`Operation::if_match_etag_of`] adds `If-Match` with the entity's `@odata.etag`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Operation {
    method: http::Method,
    path: String,
    body: Option<Vec<u8>>,
    /// The body's media type when it is not JSON (a media stream's bytes).
    content_type: Option<String>,
    /// The `Accept` header when it is not `application/json` (a media stream's `*/*`).
    accept: Option<String>,
    if_match: Option<String>,
}

/// An operation taken apart, for the request builders.
pub(crate) struct OperationParts {
    pub method: http::Method,
    pub target: String,
    pub body: Option<Vec<u8>>,
    pub content_type: Option<String>,
    pub accept: Option<String>,
    pub if_match: Option<String>,
}

impl Operation {
    /// An operation from its parts: `path` is a path under the service root, starting with one
    /// `/`, or an absolute `https://` or `http://` URL (see [`Operation::into_request`]).
    pub fn new(method: http::Method, path: String) -> Self {
        Operation {
            method,
            path,
            body: None,
            content_type: None,
            accept: None,
            if_match: None,
        }
    }

    /// `GET` of an absolute URL the service gave, such as an `@odata.nextLink` or an
    /// `@odata.deltaLink`, sent exactly as given: not joined to the service root, not re-encoded.
    ///
    /// ```
    /// use graph_entity::Operation;
    ///
    /// let next = "https://graph.microsoft.com/v1.0/users?$skiptoken=X%2BY";
    /// let request = Operation::next_link(next).into_request("https://graph.microsoft.com/v1.0")?;
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
        self.body = Some(serde_json::to_vec(body)?);
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
    /// let request = ServiceRoot::v1().operation(put, &Query::new())?;
    /// assert_eq!(request.headers()["content-type"], "text/plain");
    /// assert_eq!(request.body(), b"hello");
    /// # Ok::<(), graph_entity::RequestError>(())
    /// ```
    #[must_use]
    pub fn with_bytes(mut self, content_type: &str, body: Vec<u8>) -> Self {
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
    /// let request = ServiceRoot::v1().operation(delete, &Query::new())?;
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
    /// let request = ServiceRoot::v1().operation(delete, &Query::new())?;
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

    /// The request of this operation under `root`, with `query`'s options and headers:
    /// [`ServiceRoot::operation`].
    ///
    /// # Errors
    /// See [`ServiceRoot::operation`].
    pub fn into_graph_request<T>(
        self,
        root: &ServiceRoot,
        query: &Query<T>,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        root.operation(self, query)
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
        }
    }

    /// The JSON body, if the operation has one.
    pub fn body(&self) -> Option<&[u8]> {
        self.body.as_deref()
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
    /// [`Operation::into_request`] sends as it is) rather than a path under the service root.
    pub fn is_absolute(&self) -> bool {
        absolute_url(&self.path)
    }

    /// An [`http::Request`] for this operation, with an `Accept: application/json` header, its
    /// JSON body (and `Content-Type: application/json`) if it has one, and its `If-Match` tag if
    /// it has one. For query options and a validated root, use [`ServiceRoot::operation`].
    ///
    /// The request's URI is:
    /// - for a path starting with `/` (as every generated path does), the path appended to
    ///   `service_root` (such as `https://graph.microsoft.com/v1.0`, with or without a trailing
    ///   `/`);
    /// - for an absolute `https://` or `http://` URL (the scheme in lowercase), that URL byte for
    ///   byte, whatever `service_root` is. Nothing checks its host: pass only URLs the service
    ///   gave.
    ///
    /// ```
    /// use graph_entity::{Operation, RequestError};
    /// use graph_entity::http::Method;
    ///
    /// # #[cfg(feature = "resources")] {
    /// use graph_entity::GraphEntity;
    /// use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
    ///
    /// let request = Connector::get("c1").into_request("https://graph.microsoft.com/v1.0/")?;
    /// assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors/c1");
    /// # }
    ///
    /// let relative = Operation::new(Method::GET, "users".to_owned());
    /// assert!(matches!(
    ///     relative.into_request("https://graph.microsoft.com/v1.0"),
    ///     Err(RequestError::InvalidTarget { .. }),
    /// ));
    /// # Ok::<(), RequestError>(())
    /// ```
    ///
    /// # Errors
    /// [`RequestError::InvalidTarget`] when the target is neither an absolute path (one `/`
    /// then anything: a path starting with `//` would name another host) nor an absolute
    /// `https://` or `http://` URL, or when the URI would not be sent as written (`http::Uri`
    /// drops a fragment, and writes an empty path as `/`); [`RequestError::InvalidServiceRoot`] when a path is to be
    /// joined to a `service_root` that is not an `https://` or `http://` URL without query or
    /// fragment; [`RequestError::InvalidUri`] when the result is not a valid URI;
    /// [`RequestError::InvalidHeader`] for an `If-Match` tag that cannot be a header.
    pub fn into_request(self, service_root: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
        let accept = self.accept().to_owned();
        let content_type = self.content_type().map(str::to_owned);
        let uri = if absolute_url(&self.path) {
            self.path
        } else if self.path.starts_with('/') && !self.path.starts_with("//") {
            if !absolute_url(service_root) || service_root.contains(['?', '#']) {
                return Err(RequestError::InvalidServiceRoot {
                    service_root: service_root.to_owned(),
                });
            }
            let root = service_root.trim_end_matches('/');
            let mut uri = String::with_capacity(root.len() + self.path.len());
            uri.push_str(root);
            uri.push_str(&self.path);
            uri
        } else {
            return Err(RequestError::InvalidTarget { target: self.path });
        };
        let parsed =
            http::Uri::try_from(uri.as_str()).map_err(|error| RequestError::InvalidUri {
                uri: uri.clone(),
                reason: error.to_string(),
            })?;
        if parsed.to_string() != uri {
            // `http::Uri` drops a fragment and writes an empty path as `/`: what is sent would
            // not be what was given.
            return Err(RequestError::InvalidTarget { target: uri });
        }
        let mut builder = http::Request::builder().method(self.method).uri(parsed);
        if let Some(headers) = builder.headers_mut() {
            let accept = http::HeaderValue::from_str(&accept)
                .map_err(|_| RequestError::InvalidHeader { name: "Accept" })?;
            headers.insert(http::header::ACCEPT, accept);
            if let Some(content_type) = &content_type {
                let content_type = http::HeaderValue::from_str(content_type).map_err(|_| {
                    RequestError::InvalidHeader {
                        name: "Content-Type",
                    }
                })?;
                headers.insert(http::header::CONTENT_TYPE, content_type);
            }
            if let Some(etag) = &self.if_match {
                let value = http::HeaderValue::from_str(etag)
                    .map_err(|_| RequestError::InvalidHeader { name: "If-Match" })?;
                headers.insert(http::header::IF_MATCH, value);
            }
        }
        builder
            .body(self.body.unwrap_or_default())
            .map_err(|error| RequestError::InvalidUri {
                uri,
                reason: error.to_string(),
            })
    }
}

/// Whether `target` starts with `https://` or `http://`. Only the lowercase scheme, as the
/// service writes it: `http::Uri` would lowercase any other, and the URL is sent as given.
fn absolute_url(target: &str) -> bool {
    target.starts_with("https://") || target.starts_with("http://")
}

/// Why a request could not be built, by [`Operation::into_request`] or by
/// [`ServiceRoot`](crate::ServiceRoot)'s methods.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RequestError {
    /// The operation's target is neither a path starting with one `/` nor an absolute
    /// `https://` or `http://` URL (e.g. `users`, `//evil.example/x`), or the request's URI
    /// would not be sent as written (e.g. `https://graph.microsoft.com/v1.0/users#top`: the
    /// fragment would be dropped).
    InvalidTarget {
        /// The target, as given, or the URI it would make.
        target: String,
    },
    /// The service root, to which a path is joined, is not an `https://` or `http://` URL
    /// without query or fragment.
    InvalidServiceRoot {
        /// The service root, as given.
        service_root: String,
    },
    /// The target already holds a query, and a [`Query`](crate::Query) was given as well.
    QueryInPath(String),
    /// The URI is not valid for an HTTP request (it is never re-encoded).
    InvalidUri {
        /// The URI as built.
        uri: String,
        /// Why it is not valid.
        reason: String,
    },
    /// A header value holds a character a header cannot.
    InvalidHeader {
        /// The header's name.
        name: &'static str,
    },
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RequestError::InvalidTarget { target } => write!(
                f,
                "the operation's target {target:?} is neither a path starting with one `/` \
                 nor an absolute `https://` or `http://` URL without fragment"
            ),
            RequestError::InvalidServiceRoot { service_root } => write!(
                f,
                "the service root {service_root:?} is not an `https://` or `http://` URL \
                 without query or fragment, such as `https://graph.microsoft.com/v1.0`"
            ),
            RequestError::QueryInPath(path) => write!(
                f,
                "the target `{path}` already holds a query; give the query options through \
                 `Query` only"
            ),
            RequestError::InvalidUri { uri, reason } => {
                write!(f, "`{uri}` is not a valid request URI: {reason}")
            }
            RequestError::InvalidHeader { name } => write!(
                f,
                "the `{name}` header value holds a control character or line break"
            ),
        }
    }
}

impl std::error::Error for RequestError {}

/// `POST /deviceManagement/exchangeConnectors`.
impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)
    }
}
