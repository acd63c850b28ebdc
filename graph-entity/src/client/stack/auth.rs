//! The auth layer: a bearer token from the [`TokenProvider`] on each attempt, marked sensitive;
//! on a `401`, the token is dropped and the request sent once more with a new one. A request
//! to a pre-authenticated URL goes without one.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::task::{Context, Poll};

use http::{HeaderValue, StatusCode};
use tower::{Service, ServiceExt as _};

use super::shared::{Attempt, Request, Response, ResponseFuture, replay};
use crate::client::auth::{TokenError, TokenProvider};
use crate::client::error::ClientError;
use crate::request::PreAuthenticated;

/// Puts `Authorization: Bearer …` on each request before `inner` sends it.
#[derive(Clone)]
pub(crate) struct Authorize<S> {
    inner: S,
    tokens: Arc<dyn TokenProvider>,
}

impl<S> Authorize<S> {
    pub(crate) fn new(inner: S, tokens: Arc<dyn TokenProvider>) -> Self {
        Authorize { inner, tokens }
    }
}

impl<S> Service<Request> for Authorize<S>
where
    S: Service<Request, Response = Response, Error = ClientError> + Clone + Send + 'static,
    S::Future: Send,
{
    type Response = Response;
    type Error = ClientError;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), ClientError>> {
        // The inner layers are made ready in `call`, after the token: no place of the
        // concurrency cap is held while a token is fetched.
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, mut request: Request) -> Self::Future {
        if request.extensions().get::<PreAuthenticated>().is_some() {
            // The URL carries its own credentials: a bearer token would be sent to a host
            // that is not the service's.
            request.headers_mut().remove(http::header::AUTHORIZATION);
            return Box::pin(self.inner.clone().oneshot(request));
        }
        let inner = self.inner.clone();
        let tokens = Arc::clone(&self.tokens);
        Box::pin(async move {
            loop {
                let token = tokens.token().await?;
                let mut authorized = replay(&request);
                let mut value = HeaderValue::try_from(format!("Bearer {}", token.secret()))
                    .map_err(|_| {
                        ClientError::Token(TokenError::new(
                            "the token holds characters a header cannot",
                        ))
                    })?;
                value.set_sensitive(true);
                authorized
                    .headers_mut()
                    .insert(http::header::AUTHORIZATION, value);
                let response = inner.clone().oneshot(authorized).await?;
                let reauthorized = request
                    .extensions()
                    .get::<Attempt>()
                    .map(|attempt| &attempt.reauthorized);
                if response.status() == StatusCode::UNAUTHORIZED
                    && reauthorized.is_some_and(|flag| !flag.swap(true, Ordering::Relaxed))
                {
                    // The token may have been revoked or expired early: one more try with
                    // a new one, which is no retry of the policy's.
                    tokens.invalidate(&token);
                    continue;
                }
                return Ok(response);
            }
        })
    }
}
