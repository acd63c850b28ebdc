//! [`RetryAfter`]: when to retry, read from a `Retry-After` header.

use std::time::{Duration, SystemTime};

use http::header::{HeaderMap, RETRY_AFTER};

/// When to retry, from a `Retry-After` header (sent with `429 Too Many Requests` and
/// `503 Service Unavailable`), in either of its forms.
///
/// - delay-seconds: `Retry-After: 120`. Microsoft's published throttling example writes a
///   fraction (`Retry-After: 2.128`), which RFC 9110 does not allow; it is read too, to the
///   nanosecond.
/// - HTTP-date: `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT` (and the obsolete RFC 850 and
///   asctime forms), parsed by the `httpdate` crate.
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
/// use graph_entity::response::error::RetryAfter;
///
/// assert_eq!(RetryAfter::parse("120"), Some(RetryAfter::Delay(Duration::from_secs(120))));
/// let at = RetryAfter::parse("Thu, 01 Jan 1970 00:01:00 GMT").unwrap();
/// assert_eq!(at, RetryAfter::At(UNIX_EPOCH + Duration::from_secs(60)));
/// assert_eq!(at.delay_from(UNIX_EPOCH + Duration::from_secs(45)), Duration::from_secs(15));
/// assert_eq!(RetryAfter::parse("soon"), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RetryAfter {
    /// Retry after this long.
    Delay(Duration),
    /// Retry at (or after) this time.
    At(SystemTime),
}

impl RetryAfter {
    /// Reads a `Retry-After` value; `None` when it is neither form.
    pub fn parse(value: &str) -> Option<Self> {
        let value = value.trim();
        if value.starts_with(|c: char| c.is_ascii_digit()) {
            return parse_seconds(value).map(RetryAfter::Delay);
        }
        httpdate::parse_http_date(value).ok().map(RetryAfter::At)
    }

    /// The `Retry-After` header of `headers`, if there is one that reads.
    pub fn from_headers(headers: &HeaderMap) -> Option<Self> {
        let value = headers.get(RETRY_AFTER)?.to_str().ok()?;
        RetryAfter::parse(value)
    }

    /// How long to wait from `now`: the delay, or the time left until the date (zero when it
    /// has passed).
    pub fn delay_from(&self, now: SystemTime) -> Duration {
        match *self {
            RetryAfter::Delay(delay) => delay,
            RetryAfter::At(at) => at.duration_since(now).unwrap_or(Duration::ZERO),
        }
    }
}

/// `digits [ "." digits ]` as a duration; `None` on anything else or on overflow.
fn parse_seconds(value: &str) -> Option<Duration> {
    let (whole, fraction) = match value.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (value, None),
    };
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let seconds: u64 = whole.parse().ok()?;
    let mut nanos = 0u32;
    if let Some(fraction) = fraction {
        if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut scale = 100_000_000u32;
        for digit in fraction.bytes().take(9) {
            nanos += u32::from(digit - b'0') * scale;
            scale /= 10;
        }
    }
    Some(Duration::new(seconds, nanos))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    #[test]
    fn retry_after_forms() {
        let cases = [
            ("0", Some(RetryAfter::Delay(Duration::ZERO))),
            (" 30 ", Some(RetryAfter::Delay(Duration::from_secs(30)))),
            (
                "2.128",
                Some(RetryAfter::Delay(Duration::from_millis(2128))),
            ),
            ("1.0000000019", Some(RetryAfter::Delay(Duration::new(1, 1)))),
            (
                "Sun, 06 Nov 1994 08:49:37 GMT",
                Some(RetryAfter::At(
                    UNIX_EPOCH + Duration::from_secs(784_111_777),
                )),
            ),
            (
                "Sunday, 06-Nov-94 08:49:37 GMT",
                Some(RetryAfter::At(
                    UNIX_EPOCH + Duration::from_secs(784_111_777),
                )),
            ),
            (
                "Sun Nov  6 08:49:37 1994",
                Some(RetryAfter::At(
                    UNIX_EPOCH + Duration::from_secs(784_111_777),
                )),
            ),
            ("", None),
            ("-1", None),
            ("1.", None),
            ("1.5s", None),
            ("99999999999999999999999", None),
            ("Sun, 06 Nov 1994 08:49:37", None),
        ];
        for (input, expected) in cases {
            assert_eq!(RetryAfter::parse(input), expected, "{input:?}");
        }
        let mut headers = HeaderMap::new();
        assert_eq!(RetryAfter::from_headers(&headers), None);
        headers.insert(RETRY_AFTER, "7".parse().unwrap());
        assert_eq!(
            RetryAfter::from_headers(&headers),
            Some(RetryAfter::Delay(Duration::from_secs(7)))
        );
        let past = RetryAfter::At(UNIX_EPOCH);
        assert_eq!(
            past.delay_from(UNIX_EPOCH + Duration::from_secs(5)),
            Duration::ZERO
        );
    }
}
