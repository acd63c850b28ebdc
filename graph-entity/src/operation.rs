//! Requests as data: an HTTP method and a path (or an absolute URL), built without doing any I/O.

use core::fmt;

/// One request of a resource: its HTTP method, its target and maybe a JSON body.
///
/// The target is either a path under the service root (`/deviceManagement/exchangeConnectors`),
/// as the generated functions build it, or an absolute `https://` or `http://` URL such as an
/// `@odata.nextLink`, kept exactly as given ([`Operation::next_link`]).
///
/// Executing it is left to the HTTP client of your choice; [`Operation::into_request`] turns it
/// into an [`http::Request`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Operation {
    method: http::Method,
    path: String,
    body: Option<Vec<u8>>,
}

impl Operation {
    /// An operation from its parts: `path` is a path under the service root, starting with one
    /// `/`, or an absolute `https://` or `http://` URL (see [`Operation::into_request`]).
    pub fn new(method: http::Method, path: String) -> Self {
        Operation {
            method,
            path,
            body: None,
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
        Ok(self)
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

    /// An [`http::Request`] for this operation, with an `Accept: application/json` header and
    /// its JSON body (and `Content-Type: application/json`) if it has one.
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
    /// fragment; [`RequestError::Http`] when the result is not a valid URI.
    pub fn into_request(self, service_root: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
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
        let parsed = http::Uri::try_from(uri.as_str()).map_err(http::Error::from)?;
        if parsed.to_string() != uri {
            // `http::Uri` drops a fragment and writes an empty path as `/`: what is sent would
            // not be what was given.
            return Err(RequestError::InvalidTarget { target: uri });
        }
        let mut builder = http::Request::builder().method(self.method).uri(parsed);
        if let Some(headers) = builder.headers_mut() {
            headers.insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/json"),
            );
            if self.body.is_some() {
                headers.insert(
                    http::header::CONTENT_TYPE,
                    http::HeaderValue::from_static("application/json"),
                );
            }
        }
        builder
            .body(self.body.unwrap_or_default())
            .map_err(RequestError::Http)
    }
}

/// Whether `target` starts with `https://` or `http://`. Only the lowercase scheme, as the
/// service writes it: `http::Uri` would lowercase any other, and the URL is sent as given.
fn absolute_url(target: &str) -> bool {
    target.starts_with("https://") || target.starts_with("http://")
}

/// Why [`Operation::into_request`] could not build a request.
#[derive(Debug)]
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
    /// The URI, method or a header is not valid for an HTTP request.
    Http(http::Error),
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
            RequestError::Http(error) => write!(f, "invalid request: {error}"),
        }
    }
}

impl std::error::Error for RequestError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RequestError::Http(error) => Some(error),
            RequestError::InvalidTarget { .. } | RequestError::InvalidServiceRoot { .. } => None,
        }
    }
}

impl From<http::Error> for RequestError {
    fn from(error: http::Error) -> Self {
        RequestError::Http(error)
    }
}

/// `POST /deviceManagement/exchangeConnectors`.
impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)
    }
}
