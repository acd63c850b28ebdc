//! The layers a request goes through, as a `tower` stack (after kube-client's): each does one
//! thing, outermost first —
//!
//! 1. [`retry`]: sends the request again as the [`RetryPolicy`] says (`tower::retry`);
//! 2. [`auth`]: puts a bearer token on each attempt, and on a `401` a new one, once; none on
//!    a request to a pre-authenticated URL ([`PreAuthenticated`](crate::request::PreAuthenticated));
//! 3. [`trace`]: a `graph_request` span per attempt, and its status and `request-id`;
//! 4. the concurrency cap (`tower::limit::ConcurrencyLimit`): a place is held for the
//!    exchange only, not while waiting to retry;
//! 5. [`transport`]: reqwest, the response read whole.
//!
//! A request carries what the layers share in its extensions: its [`Attempt`] and its
//! `Target`, set once by [`Client::send`](super::Client::send).

mod auth;
mod retry;
mod shared;
mod trace;
mod transport;

pub(crate) use shared::{Attempt, Target};

use std::sync::Arc;

use tower::ServiceBuilder;
use tower::limit::{ConcurrencyLimit, ConcurrencyLimitLayer};
use tower::retry::{Retry, RetryLayer};

use super::auth::TokenProvider;
use super::retry::RetryPolicy;

/// The whole stack, outermost first.
pub(crate) type Stack =
    Retry<retry::Retrying, auth::Authorize<trace::Traced<ConcurrencyLimit<transport::Transport>>>>;

/// The stack of a client.
pub(crate) fn stack(
    http: reqwest::Client,
    tokens: Arc<dyn TokenProvider>,
    retry: RetryPolicy,
    max_concurrent: usize,
) -> Stack {
    ServiceBuilder::new()
        .layer(RetryLayer::new(retry::Retrying::new(retry)))
        .layer_fn(|inner| auth::Authorize::new(inner, Arc::clone(&tokens)))
        .layer_fn(trace::Traced::new)
        .layer(ConcurrencyLimitLayer::new(max_concurrent))
        .service(transport::Transport::new(http))
}
