//! Requests as data: an HTTP method and a path, built without doing any I/O.

use core::fmt;

/// One request of a resource: its HTTP method and its path under the service root.
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
    /// An operation from its parts.
    pub fn new(method: http::Method, path: String) -> Self {
        Operation {
            method,
            path,
            body: None,
        }
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

    /// The path under the service root (e.g. under `https://graph.microsoft.com/v1.0`).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// An [`http::Request`] for this operation against `service_root` (such as
    /// `https://graph.microsoft.com/v1.0`), with its JSON body if it has one.
    ///
    /// # Errors
    /// When `service_root` and the path do not form a valid URI.
    pub fn into_request(self, service_root: &str) -> Result<http::Request<Vec<u8>>, http::Error> {
        let root = service_root.trim_end_matches('/');
        let mut builder = http::Request::builder()
            .method(self.method)
            .uri(format!("{root}{}", self.path));
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
        builder.body(self.body.unwrap_or_default())
    }
}

/// `POST /deviceManagement/exchangeConnectors`.
impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)
    }
}
