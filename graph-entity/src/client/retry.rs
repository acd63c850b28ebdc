//! When to send a request again: [`RetryPolicy`].

use core::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use http::{Method, StatusCode};

use crate::response::error::RetryAfter;

/// What the policy decides for one failed attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetryDecision {
    /// Give up: the failure is returned.
    Stop,
    /// Send again after this long.
    RetryAfter(Duration),
}

/// What a failed attempt was, for [`RetryPolicy::decide`].
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct RetryContext<'a> {
    /// The request's method.
    pub method: &'a Method,
    /// The status answered; `None` when no response came (a connection or I/O error).
    pub status: Option<StatusCode>,
    /// The response's `Retry-After`, in either of its forms.
    pub retry_after: Option<RetryAfter>,
    /// The attempt that failed: 1 for the first.
    pub attempt: u32,
    /// The time since the first attempt started.
    pub elapsed: Duration,
    /// What the policy's status rules would decide: [`RetryPolicy::default_decision`].
    pub default: RetryDecision,
}

type Decider = Arc<dyn Fn(&RetryContext<'_>) -> RetryDecision + Send + Sync>;

/// When and how often a request is sent again.
///
/// By default:
/// - `429 Too Many Requests`, `503 Service Unavailable` and `504 Gateway Timeout` are retried,
///   after their `Retry-After` (delay-seconds or HTTP-date) when they give one, otherwise after
///   an exponential backoff with jitter (half the delay fixed, half random): 0.5 s, 1 s, 2 s...
///   up to 30 s;
/// - a request that got no response (connection refused or reset, a body cut off) is retried
///   with the backoff when its method is idempotent (`GET`, `HEAD`, `OPTIONS`, `PUT`,
///   `DELETE`): a `POST` or `PATCH` may have been applied;
/// - nothing else is retried;
/// - at most 5 attempts, and never a wait that would end more than 2 minutes after the first
///   attempt started ([`RetryPolicy::max_elapsed`]): a `Retry-After` beyond that is not waited
///   for, the retries end at once, and the call returns the throttling error
///   ([`ClientError::Throttled`](super::ClientError::Throttled)) with that `Retry-After` in
///   it ([`ClientError::retry_after`](super::ClientError::retry_after)), to retry later.
///
/// Each status can be changed ([`RetryPolicy::retry_on`], [`RetryPolicy::no_retry_on`]), and
/// a closure can decide each case with the `Retry-After` in view ([`RetryPolicy::decide`]);
/// the bounds apply to what it decides too.
///
/// ```
/// use std::time::Duration;
/// use graph_entity::client::{RetryDecision, RetryPolicy};
/// use graph_entity::http::StatusCode;
///
/// // No retry on 429, retry on 502 as well, and never wait more than 10 s for a Retry-After.
/// let policy = RetryPolicy::default()
///     .no_retry_on(StatusCode::TOO_MANY_REQUESTS)
///     .retry_on(StatusCode::BAD_GATEWAY)
///     .decide(|attempt| match attempt.retry_after {
///         Some(after) if after.delay_from(std::time::SystemTime::now()) > Duration::from_secs(10) => {
///             RetryDecision::Stop
///         }
///         _ => attempt.default,
///     });
/// # let _ = policy;
/// ```
#[derive(Clone)]
pub struct RetryPolicy {
    max_attempts: u32,
    max_elapsed: Duration,
    base_delay: Duration,
    max_delay: Duration,
    statuses: Vec<(StatusCode, bool)>,
    decider: Option<Decider>,
}

impl fmt::Debug for RetryPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("max_attempts", &self.max_attempts)
            .field("max_elapsed", &self.max_elapsed)
            .field("base_delay", &self.base_delay)
            .field("max_delay", &self.max_delay)
            .field("statuses", &self.statuses)
            .field("decider", &self.decider.is_some())
            .finish()
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            max_elapsed: Duration::from_secs(120),
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
            statuses: vec![
                (StatusCode::TOO_MANY_REQUESTS, true),
                (StatusCode::SERVICE_UNAVAILABLE, true),
                (StatusCode::GATEWAY_TIMEOUT, true),
            ],
            decider: None,
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn never() -> Self {
        RetryPolicy::default().max_attempts(1)
    }

    /// At most `attempts` attempts in all (at least 1).
    #[must_use]
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// No wait that would end later than `limit` after the first attempt started (default 2
    /// minutes): a `Retry-After` (or a decider's wait) beyond it is not waited for, and the
    /// failure is returned at once, its `Retry-After` kept.
    #[must_use]
    pub fn max_elapsed(mut self, limit: Duration) -> Self {
        self.max_elapsed = limit;
        self
    }

    /// The backoff: `base` after the first failure, doubling each time, at most `max` (before
    /// jitter).
    #[must_use]
    pub fn backoff(mut self, base: Duration, max: Duration) -> Self {
        self.base_delay = base;
        self.max_delay = max.max(base);
        self
    }

    /// Retry responses with `status`.
    #[must_use]
    pub fn retry_on(mut self, status: StatusCode) -> Self {
        self.set_status(status, true);
        self
    }

    /// Do not retry responses with `status`.
    #[must_use]
    pub fn no_retry_on(mut self, status: StatusCode) -> Self {
        self.set_status(status, false);
        self
    }

    fn set_status(&mut self, status: StatusCode, retry: bool) {
        self.statuses.retain(|(s, _)| *s != status);
        self.statuses.push((status, retry));
    }

    /// Decide each failed attempt with `decider` (which sees the status, `Retry-After`, the
    /// attempt and [`RetryContext::default`]); the bounds still apply.
    #[must_use]
    pub fn decide(
        mut self,
        decider: impl Fn(&RetryContext<'_>) -> RetryDecision + Send + Sync + 'static,
    ) -> Self {
        self.decider = Some(Arc::new(decider));
        self
    }

    /// The most attempts.
    pub fn attempts_limit(&self) -> u32 {
        self.max_attempts
    }

    /// The backoff before attempt `attempt + 1`, with jitter: between half and all of
    /// `base * 2^(attempt - 1)`, capped.
    pub fn backoff_delay(&self, attempt: u32) -> Duration {
        let exponent = attempt.saturating_sub(1).min(20);
        let full = self
            .base_delay
            .saturating_mul(1u32 << exponent)
            .min(self.max_delay);
        let half = full / 2;
        let nanos = u64::try_from(half.as_nanos()).unwrap_or(u64::MAX);
        half.saturating_add(Duration::from_nanos(fastrand::u64(0..=nanos)))
    }

    /// What the status rules decide, without the decider and the bounds.
    pub fn default_decision(
        &self,
        method: &Method,
        status: Option<StatusCode>,
        retry_after: Option<RetryAfter>,
        attempt: u32,
    ) -> RetryDecision {
        let retry = match status {
            Some(status) => self
                .statuses
                .iter()
                .rev()
                .find(|(s, _)| *s == status)
                .is_some_and(|(_, retry)| *retry),
            None => matches!(
                *method,
                Method::GET | Method::HEAD | Method::OPTIONS | Method::PUT | Method::DELETE
            ),
        };
        if !retry {
            return RetryDecision::Stop;
        }
        match retry_after {
            Some(after) => RetryDecision::RetryAfter(after.delay_from(SystemTime::now())),
            None => RetryDecision::RetryAfter(self.backoff_delay(attempt)),
        }
    }

    /// The decision for a failed attempt, within the bounds: what the status rules (or the
    /// decider) say, unless it is the last attempt or the wait would end later than
    /// [`RetryPolicy::max_elapsed`] after the first attempt started. Any `Retry-After` is
    /// safe here, however large: the sum is saturated, never overflowed.
    pub fn evaluate(
        &self,
        method: &Method,
        status: Option<StatusCode>,
        retry_after: Option<RetryAfter>,
        attempt: u32,
        elapsed: Duration,
    ) -> RetryDecision {
        let default = self.default_decision(method, status, retry_after, attempt);
        let decision = match &self.decider {
            Some(decider) => decider(&RetryContext {
                method,
                status,
                retry_after,
                attempt,
                elapsed,
                default,
            }),
            None => default,
        };
        match decision {
            RetryDecision::RetryAfter(wait)
                // Saturated: a peer's `Retry-After` can be as large as a `Duration` holds.
                if attempt < self.max_attempts && elapsed.saturating_add(wait) <= self.max_elapsed =>
            {
                decision
            }
            _ => RetryDecision::Stop,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_and_bounds() {
        let policy =
            RetryPolicy::default().backoff(Duration::from_millis(100), Duration::from_secs(1));
        let get = Method::GET;
        let post = Method::POST;
        let after = Some(RetryAfter::Delay(Duration::from_secs(3)));
        let ms = Duration::from_millis;
        assert_eq!(
            policy.evaluate(&get, Some(StatusCode::TOO_MANY_REQUESTS), after, 1, ms(0)),
            RetryDecision::RetryAfter(Duration::from_secs(3))
        );
        // A Retry-After past the total time ends the retries.
        assert_eq!(
            policy.evaluate(
                &get,
                Some(StatusCode::TOO_MANY_REQUESTS),
                after,
                1,
                Duration::from_secs(118)
            ),
            RetryDecision::Stop
        );
        assert_eq!(
            policy.evaluate(&get, Some(StatusCode::TOO_MANY_REQUESTS), None, 5, ms(0)),
            RetryDecision::Stop
        );
        assert_eq!(
            policy.evaluate(&get, Some(StatusCode::NOT_FOUND), None, 1, ms(0)),
            RetryDecision::Stop
        );
        assert_eq!(
            policy.evaluate(&post, None, None, 1, ms(0)),
            RetryDecision::Stop
        );
        match policy.evaluate(&get, None, None, 3, ms(0)) {
            RetryDecision::RetryAfter(wait) => assert!(wait >= ms(200) && wait <= ms(400)),
            RetryDecision::Stop => panic!("a GET without response is retried"),
        }
        let changed = policy
            .clone()
            .no_retry_on(StatusCode::TOO_MANY_REQUESTS)
            .retry_on(StatusCode::BAD_GATEWAY);
        assert_eq!(
            changed.evaluate(&get, Some(StatusCode::TOO_MANY_REQUESTS), after, 1, ms(0)),
            RetryDecision::Stop
        );
        assert!(matches!(
            changed.evaluate(&get, Some(StatusCode::BAD_GATEWAY), None, 1, ms(0)),
            RetryDecision::RetryAfter(_)
        ));
        let decided = policy.decide(|attempt| match attempt.retry_after {
            Some(_) => RetryDecision::RetryAfter(Duration::from_millis(7)),
            None => attempt.default,
        });
        assert_eq!(
            decided.evaluate(&get, Some(StatusCode::TOO_MANY_REQUESTS), after, 1, ms(0)),
            RetryDecision::RetryAfter(ms(7))
        );
    }

    #[test]
    fn a_huge_retry_after_stops_at_once() {
        let policy = RetryPolicy::default();
        let huge = RetryAfter::parse("18446744073709551615.999999999");
        assert_eq!(huge, Some(RetryAfter::Delay(Duration::MAX)));
        for elapsed in [Duration::ZERO, Duration::from_secs(5), Duration::MAX] {
            assert_eq!(
                policy.evaluate(
                    &Method::GET,
                    Some(StatusCode::TOO_MANY_REQUESTS),
                    huge,
                    1,
                    elapsed
                ),
                RetryDecision::Stop
            );
        }
        // A decider's own huge wait is bounded the same way, and so is a huge backoff.
        let decided = RetryPolicy::default()
            .backoff(Duration::MAX, Duration::MAX)
            .decide(|_| RetryDecision::RetryAfter(Duration::MAX));
        assert_eq!(
            decided.evaluate(&Method::GET, None, None, 1, Duration::from_secs(1)),
            RetryDecision::Stop
        );
        assert!(decided.backoff_delay(30) >= Duration::MAX / 2);
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let policy =
            RetryPolicy::default().backoff(Duration::from_millis(100), Duration::from_millis(800));
        for (attempt, full) in [(1, 100), (2, 200), (3, 400), (4, 800), (9, 800)] {
            for _ in 0..50 {
                let wait = policy.backoff_delay(attempt);
                assert!(
                    wait >= Duration::from_millis(full / 2) && wait <= Duration::from_millis(full),
                    "{attempt}: {wait:?}"
                );
            }
        }
    }
}
