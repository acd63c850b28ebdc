//! The tracing layer: a `graph_request` span per attempt (target `graph_entity::client`) with
//! the method, the path (the host only, for a URL outside the service root), the attempt, and
//! then the status and `request-id`. Never a query string, a token or a header.

use std::task::{Context, Poll};

use tower::{Service, ServiceExt as _};
use tracing::Instrument as _;

use super::shared::{Attempt, Request, Response, ResponseFuture, Target};
use crate::client::error::ClientError;

/// Runs `inner` in a span of its own.
#[derive(Clone)]
pub(crate) struct Traced<S> {
    inner: S,
}

impl<S> Traced<S> {
    pub(crate) fn new(inner: S) -> Self {
        Traced { inner }
    }
}

impl<S> Service<Request> for Traced<S>
where
    S: Service<Request, Response = Response, Error = ClientError> + Clone + Send + 'static,
    S::Future: Send,
{
    type Response = Response;
    type Error = ClientError;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), ClientError>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> Self::Future {
        // What the logs may say of the URL: never its query (pre-authenticated URLs carry
        // their credentials there: `tempauth=`, `authtoken=`), and of another host's URL not
        // even the path (a personal OneDrive upload URL carries them in its path).
        let (path, host) = match request.extensions().get::<Target>() {
            Some(target) if target.under_root => (Some(target.url.path().to_owned()), None),
            Some(target) => (None, target.url.host_str().map(str::to_owned)),
            None => (None, None),
        };
        let attempt = request.extensions().get::<Attempt>();
        let number = attempt.map_or(1, |attempt| attempt.number);
        let span = tracing::info_span!(
            target: "graph_entity::client",
            "graph_request",
            method = %request.method(),
            path = path.as_deref().map(tracing::field::display),
            host = host.as_deref().map(tracing::field::display),
            attempt = number,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        if let Some(attempt) = attempt {
            attempt.set_span(&span);
        }
        let exchange = self.inner.clone().oneshot(request);
        Box::pin(async move {
            let result = exchange.instrument(span.clone()).await;
            let _entered = span.enter();
            match &result {
                Ok(response) => {
                    let status = response.status().as_u16();
                    let request_id = response
                        .headers()
                        .get("request-id")
                        .and_then(|value| value.to_str().ok())
                        .unwrap_or("");
                    span.record("status", status);
                    span.record("request_id", request_id);
                    tracing::debug!(target: "graph_entity::client", status, request_id, "response");
                }
                // The transport's error holds no query string (nor, for another host, a path).
                Err(ClientError::Transport(error)) => {
                    tracing::debug!(target: "graph_entity::client", error = %error, "no response");
                }
                Err(_) => {}
            }
            result
        })
    }
}
