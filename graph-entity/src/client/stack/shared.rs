//! What the layers share: the request and response they pass on, and what travels in a
//! request's extensions (its [`Attempt`] and its [`Target`]).

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use crate::client::error::ClientError;
use crate::request::{Body, ServiceRoot};

/// What every layer takes.
pub(crate) type Request = http::Request<Body>;
/// What every layer gives.
pub(crate) type Response = http::Response<Vec<u8>>;
/// The future of a layer written as an `async` block.
pub(crate) type ResponseFuture =
    Pin<Box<dyn Future<Output = Result<Response, ClientError>> + Send>>;

/// Where a request stands among its attempts.
#[derive(Clone, Debug)]
pub(crate) struct Attempt {
    /// 1 for the first; a new token after a `401` is no new attempt.
    pub number: u32,
    /// When the first attempt started.
    pub started: Instant,
    /// Whether a `401` was answered with a new token already: once per request, shared by
    /// its copies.
    pub reauthorized: Arc<AtomicBool>,
    /// The span of the last attempt, shared by the request's copies: the retry layer says
    /// "retrying" in it, as the attempt's own.
    pub span: Arc<Mutex<tracing::Span>>,
}

impl Attempt {
    pub(crate) fn first() -> Self {
        Attempt {
            number: 1,
            started: Instant::now(),
            reauthorized: Arc::new(AtomicBool::new(false)),
            span: Arc::new(Mutex::new(tracing::Span::none())),
        }
    }

    /// The span of the last attempt.
    pub(crate) fn span(&self) -> tracing::Span {
        self.span
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Records `span` as the last attempt's.
    pub(crate) fn set_span(&self, span: &tracing::Span) {
        *self.span.lock().unwrap_or_else(PoisonError::into_inner) = span.clone();
    }
}

/// A request's URL as sent, and what the logs and errors may say of it.
#[derive(Clone, Debug)]
pub(crate) struct Target {
    pub url: reqwest::Url,
    /// Whether the URL is under the service root: the logs then show its path; of another
    /// host's URL (a pre-authenticated one carries its credentials in its path), the host
    /// only; of any URL, never the query.
    pub under_root: bool,
}

impl Target {
    /// The target of `uri`, sent by a client of `root`; a pre-authenticated URL is not
    /// compared with the root (and so logged as another host's).
    pub(crate) fn new(
        uri: &http::Uri,
        root: &ServiceRoot,
        pre_authenticated: bool,
    ) -> Result<Self, ClientError> {
        let text = uri.to_string();
        let url = reqwest::Url::parse(&text).map_err(|error| {
            ClientError::Request(crate::request::RequestError::InvalidUri {
                uri: text,
                reason: error.to_string(),
            })
        })?;
        let under_root = !pre_authenticated && under_root(&url, root);
        Ok(Target { url, under_root })
    }
}

/// Whether `url` is under the service root `root` (same origin, path at or below the root's).
fn under_root(url: &reqwest::Url, root: &ServiceRoot) -> bool {
    let Ok(root) = reqwest::Url::parse(root.as_str()) else {
        return false;
    };
    let root_path = root.path().trim_end_matches('/');
    url.origin() == root.origin()
        && url
            .path()
            .strip_prefix(root_path)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// A copy of `request` to send again: the body replayed, the extensions shared.
pub(crate) fn replay(request: &Request) -> Request {
    let mut copy = http::Request::new(request.body().clone());
    *copy.method_mut() = request.method().clone();
    *copy.uri_mut() = request.uri().clone();
    *copy.version_mut() = request.version();
    *copy.headers_mut() = request.headers().clone();
    *copy.extensions_mut() = request.extensions().clone();
    copy
}
