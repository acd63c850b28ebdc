//! The retry layer: a `tower::retry::Policy` that asks the client's [`RetryPolicy`] after each
//! failed attempt, and waits as it says.

use tower::retry::Policy;

use super::shared::{Attempt, Request, Response, replay};
use crate::client::error::ClientError;
use crate::client::retry::{RetryDecision, RetryPolicy};
use crate::response::error::RetryAfter;

/// [`RetryPolicy`] as a `tower` retry policy. The attempt count and start time travel with
/// the request ([`Attempt`]), so one policy serves every request.
#[derive(Clone)]
pub(crate) struct Retrying {
    policy: RetryPolicy,
}

impl Retrying {
    pub(crate) fn new(policy: RetryPolicy) -> Self {
        Retrying { policy }
    }
}

impl Policy<Request, Response, ClientError> for Retrying {
    type Future = tokio::time::Sleep;

    fn retry(
        &mut self,
        request: &mut Request,
        result: &mut Result<Response, ClientError>,
    ) -> Option<Self::Future> {
        let (status, retry_after) = match result {
            Ok(response) => {
                let status = response.status();
                if !(status.is_server_error() || status.is_client_error()) {
                    return None;
                }
                (Some(status), RetryAfter::from_headers(response.headers()))
            }
            // No response: the policy decides by the method.
            Err(ClientError::Transport(_)) => (None, None),
            // No token, no valid request: nothing a retry would change.
            Err(_) => return None,
        };
        let attempt = request.extensions().get::<Attempt>()?;
        let number = attempt.number;
        let decision = self.policy.evaluate(
            request.method(),
            status,
            retry_after,
            number,
            attempt.started.elapsed(),
        );
        let RetryDecision::RetryAfter(wait) = decision else {
            return None;
        };
        // Said in the failed attempt's span, as its last word.
        attempt.span().in_scope(|| {
            tracing::info!(
                target: "graph_entity::client",
                status = status.map(|status| status.as_u16()),
                wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                "retrying"
            );
        });
        if let Some(attempt) = request.extensions_mut().get_mut::<Attempt>() {
            attempt.number = number.saturating_add(1);
        }
        Some(tokio::time::sleep(wait))
    }

    fn clone_request(&mut self, request: &Request) -> Option<Request> {
        Some(replay(request))
    }
}
