//! What a server sends, through the client's decisions (issue 23): an arbitrary status,
//! `Retry-After` and body through the retry policy (`RetryPolicy::evaluate`), the token
//! endpoint's answer reading (`read_token_response`, oauth2's parsing then the lifetime) and
//! a batch's item retry plan (`BatchResponse::retry`, then the policy on its wait). Oracles:
//! nothing panics (no duration or instant overflows); a decision to wait stays within the
//! policy's attempts and total time; a `Retry-After` beyond that total is never waited for;
//! a token is replaced no later than it expires; a retry plan resends only throttled items
//! (and the 424s behind them), after at least each one's `Retry-After`; an error's `Debug`
//! shows its body as bounded text.

#![no_main]

use std::time::{Duration, SystemTime};

use graph_entity::batch::{BatchItem, BatchRequest, BatchResponse};
use graph_entity::client::{ClientError, RetryDecision, RetryPolicy, read_token_response};
use graph_entity::error::{ResponseError, RetryAfter};
use graph_entity::http::{self, HeaderMap, HeaderValue, Method, StatusCode};
use libfuzzer_sys::fuzz_target;

const METHODS: [Method; 4] = [Method::GET, Method::POST, Method::PATCH, Method::DELETE];

/// The input: `status (2 bytes) | attempt | elapsed | flags | retry-after \n body`.
struct Input<'a> {
    status: StatusCode,
    attempt: u32,
    elapsed: Duration,
    flags: u8,
    retry_after: &'a [u8],
    body: &'a [u8],
}

impl<'a> Input<'a> {
    fn read(data: &'a [u8]) -> Option<Self> {
        let (head, rest) = data.split_at_checked(5)?;
        let status = 100 + u16::from_be_bytes([head[0], head[1]]) % 900;
        let (retry_after, body) = match rest.iter().position(|&b| b == b'\n') {
            Some(at) => (&rest[..at], &rest[at + 1..]),
            None => (rest, &[][..]),
        };
        Some(Input {
            status: StatusCode::from_u16(status).ok()?,
            attempt: u32::from(head[2] % 8),
            // From nothing to everything: 0, a few seconds, minutes, `Duration::MAX`.
            elapsed: match head[3] {
                255 => Duration::MAX,
                n => Duration::from_millis(u64::from(n) * u64::from(n) * 10),
            },
            flags: head[4],
            retry_after,
            body,
        })
    }

    fn headers(&self) -> HeaderMap {
        let mut headers = HeaderMap::new();
        if let Ok(value) = HeaderValue::from_bytes(self.retry_after) {
            headers.insert(http::header::RETRY_AFTER, value);
        }
        if self.flags & 1 == 0 {
            headers.insert(
                http::header::CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            );
        }
        headers
    }

    fn response(&self, status: StatusCode) -> http::Response<Vec<u8>> {
        let mut response = http::Response::new(self.body.to_vec());
        *response.status_mut() = status;
        *response.headers_mut() = self.headers();
        response
    }
}

/// The policies the decisions go through: the default, one with a short total time and a huge
/// backoff, and one whose decider waits as long as it is told (or as long as can be).
fn policies() -> [RetryPolicy; 3] {
    [
        RetryPolicy::default(),
        RetryPolicy::default()
            .max_elapsed(Duration::from_secs(1))
            .backoff(Duration::MAX, Duration::MAX)
            .retry_on(StatusCode::INTERNAL_SERVER_ERROR),
        RetryPolicy::default()
            .max_elapsed(Duration::MAX)
            .max_attempts(u32::MAX)
            .decide(|context| match context.retry_after {
                Some(after) => RetryDecision::RetryAfter(after.delay_from(SystemTime::UNIX_EPOCH)),
                None => RetryDecision::RetryAfter(Duration::MAX),
            }),
    ]
}

/// The bounds hold for `decision`, and a `Retry-After` beyond the total time is not waited for.
fn check_decision(
    policy: &RetryPolicy,
    limit: Duration,
    decision: RetryDecision,
    attempt: u32,
    elapsed: Duration,
    retry_after: Option<RetryAfter>,
) {
    if let RetryDecision::RetryAfter(wait) = decision {
        assert!(
            attempt < policy.attempts_limit(),
            "a retry past the attempts"
        );
        // Saturated: a limit of `Duration::MAX` is no limit.
        assert!(
            elapsed.saturating_add(wait) <= limit,
            "a wait past the total time: {wait:?}"
        );
        if let Some(RetryAfter::Delay(delay)) = retry_after {
            assert!(
                elapsed.saturating_add(delay) <= limit || wait != delay,
                "a Retry-After beyond the total time was waited for"
            );
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some(input) = Input::read(data) else {
        return;
    };
    let headers = input.headers();
    let retry_after = RetryAfter::from_headers(&headers);
    let method = &METHODS[usize::from(input.flags >> 1) % METHODS.len()];

    // 1. The retry decision, with and without a response.
    let limits = [
        Duration::from_secs(120),
        Duration::from_secs(1),
        Duration::MAX,
    ];
    for (policy, limit) in policies().iter().zip(limits) {
        for status in [Some(input.status), None] {
            let after = status.and(retry_after);
            let decision = policy.evaluate(method, status, after, input.attempt, input.elapsed);
            check_decision(policy, limit, decision, input.attempt, input.elapsed, after);
            let _ = policy.default_decision(method, status, after, input.attempt);
        }
    }
    if input.status.as_u16() >= 400 {
        let error = ResponseError::from_failure(input.status, &headers, input.body.to_vec());
        assert_eq!(error.retry_after(), retry_after);
        let client_error = ClientError::from(error);
        let _ = client_error.to_string();
        let debug = format!("{client_error:?}");
        // The body is cut after 4 KiB; each byte at most `\u{fffd}` (3 bytes) or an escape
        // (6 bytes, `\u{1f}`), plus the parsed document's own Debug (bounded by the body too).
        assert!(
            !debug.contains("[123, 34") && debug.len() <= 64 * 1024 + 16 * input.body.len(),
            "Debug does not show the body as bounded text"
        );
    }

    // 2. A token endpoint's answer.
    let refresh_before = Duration::from_secs(u64::from(input.flags) * 60);
    if let Ok((token, refresh_at)) =
        read_token_response(input.response(input.status), refresh_before)
    {
        assert!(input.status.is_success(), "a token from a failure status");
        if let (Some(expires_at), Some(refresh_at)) = (token.expires_at(), refresh_at) {
            assert!(refresh_at <= expires_at, "replaced after it expires");
        }
        assert_eq!(token.expires_at().is_some(), refresh_at.is_some());
        let _ = format!("{token:?}");
    }

    // 3. A batch response's retry plan, and the policy on its wait.
    if let Ok(batch) = BatchResponse::read(&input.response(StatusCode::OK)) {
        let mut request = BatchRequest::new();
        for item in batch.responses() {
            let Ok(item) = BatchItem::new(item.id(), Method::POST, "/users") else {
                continue;
            };
            // Duplicates and the 21st are refused; the rest make the request answered.
            let _ = request.push(item);
        }
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(u64::from(input.flags) << 24);
        if let Some(plan) = batch.retry(&request, now) {
            for item in plan.batch.items() {
                let status = batch.get(item.id()).map(|r| r.status().as_u16());
                assert!(
                    matches!(status, Some(429 | 503 | 424)),
                    "a retry of an item answered {status:?}"
                );
                if let Some(after) = batch.get(item.id()).and_then(|r| r.retry_after()) {
                    assert!(
                        plan.wait >= after.delay_from(now),
                        "a Retry-After cut short"
                    );
                }
            }
            let after = (!plan.wait.is_zero()).then_some(RetryAfter::Delay(plan.wait));
            for (policy, limit) in policies().iter().zip(limits) {
                let decision = policy.evaluate(
                    &Method::POST,
                    Some(StatusCode::TOO_MANY_REQUESTS),
                    after,
                    input.attempt.max(1),
                    input.elapsed,
                );
                check_decision(
                    policy,
                    limit,
                    decision,
                    input.attempt.max(1),
                    input.elapsed,
                    after,
                );
            }
        }
        for item in batch.responses() {
            if let Err(error) = item.check() {
                let _ = format!("{error:?}");
            }
        }
    }
});
