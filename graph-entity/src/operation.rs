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
}

impl Operation {
    /// An operation from its parts.
    pub fn new(method: http::Method, path: String) -> Self {
        Operation { method, path }
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
    /// `https://graph.microsoft.com/v1.0`), carrying `body`.
    ///
    /// # Errors
    /// When `service_root` and the path do not form a valid URI.
    pub fn into_request<B>(
        self,
        service_root: &str,
        body: B,
    ) -> Result<http::Request<B>, http::Error> {
        let root = service_root.trim_end_matches('/');
        let mut builder = http::Request::builder()
            .method(self.method)
            .uri(format!("{root}{}", self.path));
        if let Some(headers) = builder.headers_mut() {
            headers.insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/json"),
            );
        }
        builder.body(body)
    }
}

/// `POST /deviceManagement/exchangeConnectors`.
impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)
    }
}
