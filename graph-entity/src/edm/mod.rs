//! The OData primitive (`Edm.*`) types that have no exact Rust counterpart, with lossless JSON.
//!
//! Every type here reads what Microsoft Graph (or any OData v4 service) writes and writes it back
//! byte for byte the same (JSON string escapes aside, which are written unescaped): each value
//! remembers the form it was read in (a number or the `IEEE754Compatible` string form, the case
//! of a GUID, the base64 alphabet and padding, the number of fractional digits, the units of a
//! duration as given). What a type cannot write back the same, it does not read: `"-0"` for an
//! `Int64`, `PT01H` for a `Duration`, non-canonical base64.
//!
//! The exception is [`Double`], lossless in value rather than text: it writes numbers in
//! shortest round-trip form (`1.10` as `1.1`, an equal JSON value), integers beyond 2^53 are
//! rounded as they are read, and a number sent as a string (`"2.50"`) is written back as a
//! string in shortest form (`"2.5"`). `INF`, `-INF` and `NaN` are kept.
//!
//! ```
//! use graph_entity::edm::{Duration, Int64};
//!
//! // Above 2^53, as a JSON number or as the IEEE754Compatible string: exact, and written back
//! // the way it was read.
//! let n: Int64 = serde_json::from_str("9007199254740993")?;
//! assert_eq!(n.0, 9_007_199_254_740_993);
//! let s: Int64 = serde_json::from_str(r#""-9007199254740993""#)?;
//! assert_eq!(serde_json::to_string(&s)?, r#""-9007199254740993""#);
//! assert_eq!(serde_json::to_string(&Int64::from(7))?, "7");
//!
//! // Units are kept as given: 90 minutes stays `PT90M`.
//! let d: Duration = serde_json::from_str(r#""PT90M""#)?;
//! assert_eq!(d.to_std(), Some(std::time::Duration::from_secs(5400)));
//! assert_eq!(serde_json::to_string(&d)?, r#""PT90M""#);
//! assert!("P1Y".parse::<Duration>().is_err()); // not a dayTimeDuration
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Edm types and their Rust types
//!
//! | Edm type | Rust type | JSON |
//! |---|---|---|
//! | `Edm.String` | [`String`] | string |
//! | `Edm.Boolean` | [`bool`] | `true` / `false` |
//! | `Edm.Byte` | [`u8`] | number |
//! | `Edm.SByte` | [`i8`] | number |
//! | `Edm.Int16` | [`i16`] | number |
//! | `Edm.Int32` | [`i32`] | number |
//! | `Edm.Int64` | [`Int64`] | number, or string (`IEEE754Compatible`) |
//! | `Edm.Single` | [`f32`] | number |
//! | `Edm.Double` | [`Double`] | number, or `"INF"`, `"-INF"`, `"NaN"` |
//! | `Edm.Decimal` | [`Decimal`] | number of any precision, or string (`IEEE754Compatible`) |
//! | `Edm.Guid` | [`Guid`] | string `01234567-89ab-cdef-0123-456789abcdef` |
//! | `Edm.Binary` | [`Binary`] | base64 (URL-safe or standard) string |
//! | `Edm.Date` | [`Date`] | string `YYYY-MM-DD` |
//! | `Edm.TimeOfDay` | [`TimeOfDay`] | string `HH:MM:SS[.fffffffff]` |
//! | `Edm.Duration` | [`Duration`] | string `[-]P[nD][T[nH][nM][n[.fff]S]]` |
//! | `Edm.DateTimeOffset` | [`DateTimeOffset`] | string (RFC 3339) |
//! | `Edm.Stream` | [`Stream`] | usually absent: media annotations, read by [`AdditionalData::media`](crate::AdditionalData::media) |
//!
//! # Equality
//!
//! `==` (and `Hash`) compare what is written: two values are equal when they serialize the same,
//! so `Int64(5, NumberForm::String)` is not `Int64::from(5)`. Compare the values themselves
//! (`.0`, [`Guid::uuid`], [`TimeOfDay::time`], ...) to ignore the form. A [`Double`] equals
//! itself even when it is `NaN`.
//!
//! # Errors
//!
//! Parsing a string (`FromStr`, or reading the JSON string form) fails with a [`ParseError`] that
//! quotes the input and says what was expected; reading JSON of the wrong type (`true`, `{}`,
//! a float for an `Int64`) fails with the deserializer's error. No input panics.

#![deny(
    missing_docs,
    clippy::arithmetic_side_effects,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::unreachable,
    clippy::unwrap_used
)]

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;

mod binary;
mod date;
mod date_time_offset;
mod decimal;
mod double;
mod duration;
mod guid;
mod int64;
mod stream;
mod time_of_day;

pub use binary::{Base64Form, Binary};
pub use date::Date;
pub use date_time_offset::DateTimeOffset;
#[allow(deprecated)]
pub use date_time_offset::ParseDateTimeOffsetError;
pub use decimal::Decimal;
pub use double::{Double, DoubleForm};
pub use duration::Duration;
pub use guid::Guid;
pub use int64::Int64;
pub use stream::Stream;
pub use time_of_day::TimeOfDay;

/// How a number that OData may also write as a string (`Edm.Int64`, `Edm.Decimal`) is written.
///
/// OData writes these as JSON numbers, or as strings when the client asked for
/// `IEEE754Compatible=true` (because JavaScript numbers lose digits above 2^53).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum NumberForm {
    /// A JSON number: `9007199254740993`. The default.
    #[default]
    Number,
    /// A JSON string holding the number: `"9007199254740993"`.
    String,
}

/// A string that is not a valid value of an Edm type.
///
/// Its message names the type, quotes the input (shortened when very long), says what is wrong
/// and what was expected:
///
/// ```
/// let error = "2023-02-29".parse::<graph_entity::edm::Date>().unwrap_err();
/// assert_eq!(error.edm_type(), "Edm.Date");
/// assert_eq!(error.input(), "2023-02-29");
/// assert!(error.to_string().starts_with(r#"invalid Edm.Date "2023-02-29": "#));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid {edm_type} {input:?}: {reason}; expected {expected}")]
pub struct ParseError {
    edm_type: &'static str,
    input: Box<str>,
    reason: Cow<'static, str>,
    expected: &'static str,
}

/// Inputs longer than this many characters are shortened in [`ParseError`]s.
const MAX_QUOTED_CHARS: usize = 80;

impl ParseError {
    pub(crate) fn new(
        edm_type: &'static str,
        input: &str,
        reason: impl Into<Cow<'static, str>>,
        expected: &'static str,
    ) -> Self {
        let input = match input.char_indices().nth(MAX_QUOTED_CHARS) {
            Some((end, _)) => format!("{}...", input.get(..end).unwrap_or_default()),
            None => input.to_owned(),
        };
        ParseError {
            edm_type,
            input: input.into_boxed_str(),
            reason: reason.into(),
            expected,
        }
    }

    /// The Edm type the input was read as, such as `"Edm.Duration"`.
    pub fn edm_type(&self) -> &'static str {
        self.edm_type
    }

    /// The input, shortened (ending in `...`) when longer than 80 characters.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What is wrong with the input.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// The form the type expects, such as ``"`YYYY-MM-DD`"``.
    pub fn expected(&self) -> &'static str {
        self.expected
    }
}

/// An Edm type whose JSON form is a string: its [`Display`](fmt::Display) text, read back with
/// [`FromStr`] (whose error becomes the deserializer's, message unchanged).
pub(crate) trait EdmText: FromStr<Err: fmt::Display> + fmt::Display {
    /// What a JSON value of the wrong type is told was expected, such as
    /// `an Edm.Date string, "YYYY-MM-DD"`.
    const EXPECTING: &'static str;
}

/// The one serde visitor of the [`EdmText`] types: a string, parsed with `FromStr`.
///
/// Borrowed, transient and owned strings all reach `visit_str` (serde's defaults), which parses
/// the `&str` in place: nothing is allocated.
pub(crate) struct StrVisitor<T>(PhantomData<fn() -> T>);

impl<T: EdmText> Visitor<'_> for StrVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        text.parse().map_err(E::custom)
    }
}

/// Writes `value` as a JSON string of its `Display` text, without an intermediate `String`.
pub(crate) fn serialize_display<T, S>(value: &T, serializer: S) -> Result<S::Ok, S::Error>
where
    T: fmt::Display + ?Sized,
    S: Serializer,
{
    serializer.collect_str(value)
}

/// Reads a `T` from a JSON string with its `FromStr`; any other JSON value is an error.
pub(crate) fn deserialize_from_str<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: EdmText,
    D: Deserializer<'de>,
{
    deserializer.deserialize_str(StrVisitor(PhantomData))
}

/// `Serialize` with [`serialize_display`] and `Deserialize` with [`deserialize_from_str`] for an
/// [`EdmText`] type.
macro_rules! text_serde {
    ($ty:ty) => {
        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $crate::edm::serialize_display(self, serializer)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                $crate::edm::deserialize_from_str(deserializer)
            }
        }
    };
}
use text_serde;

/// Whether `text` is a JSON number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
pub(crate) fn is_json_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    let bytes = bytes.strip_prefix(b"-").unwrap_or(bytes);
    let rest = match bytes.split_first() {
        Some((b'0', rest)) => rest,
        Some((b'1'..=b'9', rest)) => skip_digits(rest),
        _ => return false,
    };
    let rest = match rest.strip_prefix(b".") {
        Some(fraction) => match skip_some_digits(fraction) {
            Some(rest) => rest,
            None => return false,
        },
        None => rest,
    };
    let rest = match rest.split_first() {
        Some((b'e' | b'E', exponent)) => {
            let exponent = match exponent.split_first() {
                Some((b'+' | b'-', digits)) => digits,
                _ => exponent,
            };
            match skip_some_digits(exponent) {
                Some(rest) => rest,
                None => return false,
            }
        }
        _ => rest,
    };
    rest.is_empty()
}

/// `bytes` after its leading ASCII digits.
pub(crate) fn skip_digits(bytes: &[u8]) -> &[u8] {
    let count = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    bytes.get(count..).unwrap_or_default()
}

/// `bytes` after its leading ASCII digits, if there is at least one.
fn skip_some_digits(bytes: &[u8]) -> Option<&[u8]> {
    let rest = skip_digits(bytes);
    (rest.len() < bytes.len()).then_some(rest)
}

/// The value of a run of ASCII digits, `None` when empty, not all digits, or above `u64::MAX`.
pub(crate) fn parse_u64(digits: &[u8]) -> Option<u64> {
    if digits.is_empty() {
        return None;
    }
    digits.iter().try_fold(0u64, |value, &digit| {
        let digit = u64::from(digit.checked_sub(b'0').filter(|d| *d <= 9)?);
        value.checked_mul(10)?.checked_add(digit)
    })
}

/// The value of exactly two ASCII digits.
pub(crate) fn two_digits(bytes: &[u8]) -> Option<u8> {
    match bytes {
        [tens @ b'0'..=b'9', ones @ b'0'..=b'9'] => tens
            .wrapping_sub(b'0')
            .checked_mul(10)?
            .checked_add(ones.wrapping_sub(b'0')),
        _ => None,
    }
}

/// The nanoseconds of a fraction of a second given as 1 to 9 ASCII digits, with the digit count.
pub(crate) fn parse_fraction(digits: &[u8]) -> Option<(u32, u8)> {
    if digits.is_empty() || digits.len() > 9 {
        return None;
    }
    let value = u32::try_from(parse_u64(digits)?).ok()?;
    let count = u8::try_from(digits.len()).ok()?;
    let nanos = value.checked_mul(10u32.checked_pow(9u32.checked_sub(u32::from(count))?)?)?;
    Some((nanos, count))
}

/// The fewest fractional digits that write `nanos` exactly (0 for a whole second).
pub(crate) fn fraction_digits_needed(nanos: u32) -> u8 {
    let mut digits = 9u8;
    let mut rest = nanos;
    while digits > 0 && rest.is_multiple_of(10) {
        rest /= 10;
        digits = digits.saturating_sub(1);
    }
    digits
}

/// Whether `nanos` (below one second) can be written with `digits` fractional digits.
pub(crate) fn fraction_fits(nanos: u32, digits: u8) -> bool {
    digits <= 9 && nanos < 1_000_000_000 && fraction_digits_needed(nanos) <= digits
}

/// Writes `.` and the first `digits` digits of the nine-digit `nanos`; nothing when `digits` is 0.
pub(crate) fn write_fraction(f: &mut fmt::Formatter<'_>, nanos: u32, digits: u8) -> fmt::Result {
    if digits == 0 {
        return Ok(());
    }
    let shift = 9u32.saturating_sub(u32::from(digits));
    let value = nanos.checked_div(10u32.pow(shift)).unwrap_or_default();
    write!(f, ".{value:0width$}", width = usize::from(digits))
}

#[cfg(test)]
#[allow(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]
pub(crate) mod test_support {
    //! Helpers for the tests of every type: round trips, errors, pseudo-random inputs.

    use std::fmt::{Debug, Display};
    use std::str::FromStr;

    use serde::Serialize;
    use serde::de::DeserializeOwned;

    /// Reads `json`, checks it writes back byte-identical, and returns the value.
    #[track_caller]
    pub fn round_trip<T: Serialize + DeserializeOwned + Debug + PartialEq>(json: &str) -> T {
        let value: T = serde_json::from_str(json)
            .unwrap_or_else(|e| panic!("{json} does not read as {}: {e}", type_name::<T>()));
        let written = serde_json::to_string(&value).unwrap();
        assert_eq!(written, json, "{value:?} written back differently");
        let again: T = serde_json::from_str(&written).unwrap();
        assert_eq!(again, value);
        value
    }

    /// Checks `json` fails to read as `T`, and returns the error's message.
    #[track_caller]
    pub fn json_error<T: DeserializeOwned + Debug>(json: &str) -> String {
        match serde_json::from_str::<T>(json) {
            Ok(value) => panic!("{json} read as {value:?}"),
            Err(error) => error.to_string(),
        }
    }

    /// Checks `json` fails to read as `T` with a message containing every one of `needles`.
    #[track_caller]
    pub fn assert_json_error<T: DeserializeOwned + Debug>(json: &str, needles: &[&str]) {
        let message = json_error::<T>(json);
        for needle in needles {
            assert!(
                message.contains(needle),
                "error for {json} lacks {needle:?}: {message}"
            );
        }
    }

    /// Checks `text` fails to parse as `T` with a message containing every one of `needles`.
    #[track_caller]
    pub fn assert_parse_error<T>(text: &str, needles: &[&str])
    where
        T: FromStr<Err = super::ParseError> + Debug,
    {
        match text.parse::<T>() {
            Ok(value) => panic!("{text:?} parsed as {value:?}"),
            Err(error) => {
                let message = error.to_string();
                assert!(message.contains(&format!("{text:?}")) || text.chars().count() > 80);
                for needle in needles {
                    assert!(
                        message.contains(needle),
                        "error for {text:?} lacks {needle:?}: {message}"
                    );
                }
            }
        }
    }

    fn type_name<T>() -> &'static str {
        std::any::type_name::<T>()
    }

    /// A tiny xorshift64 generator: deterministic pseudo-random numbers without a dependency.
    pub struct XorShift(u64);

    impl XorShift {
        pub fn new(seed: u64) -> Self {
            XorShift(seed | 1)
        }

        pub fn next(&mut self) -> u64 {
            let mut x = self.0;
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            self.0 = x;
            x
        }

        /// A number in `0..n` (`n` > 0).
        pub fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    /// `count` pseudo-random strings: half made of `alphabet`'s characters, half valid `seeds`
    /// with a few random edits (replace, insert, delete, duplicate, truncate).
    pub fn fuzz_inputs(seed: u64, count: usize, alphabet: &str, seeds: &[&str]) -> Vec<String> {
        let mut rng = XorShift::new(seed);
        let alphabet: Vec<char> = alphabet.chars().chain("é\u{0} +".chars()).collect();
        let mut inputs = Vec::with_capacity(count);
        for i in 0..count {
            let mut chars: Vec<char> = if i % 2 == 0 || seeds.is_empty() {
                let len = rng.below(40);
                (0..len)
                    .map(|_| alphabet[rng.below(alphabet.len())])
                    .collect()
            } else {
                seeds[rng.below(seeds.len())].chars().collect()
            };
            for _ in 0..=rng.below(3) {
                let at = rng.below(chars.len() + 1);
                let c = alphabet[rng.below(alphabet.len())];
                match rng.below(5) {
                    0 if at < chars.len() => chars[at] = c,
                    1 => chars.insert(at, c),
                    2 if at < chars.len() => {
                        chars.remove(at);
                    }
                    3 => {
                        let copy = chars[at..].to_vec();
                        chars.extend(copy);
                    }
                    4 => chars.truncate(at),
                    _ => {}
                }
            }
            inputs.push(chars.into_iter().collect());
        }
        inputs
    }

    /// Feeds `inputs` to `FromStr` and to JSON reading (as a string and bare), checking nothing
    /// panics and, when `lossless`, that what parses is displayed as the input. Returns how
    /// many parsed.
    pub fn fuzz<T>(inputs: &[String], lossless: bool) -> usize
    where
        T: FromStr + Display + Debug + Serialize + DeserializeOwned,
    {
        let mut parsed = 0;
        for input in inputs {
            if let Ok(value) = input.parse::<T>() {
                parsed += 1;
                if lossless {
                    assert_eq!(&value.to_string(), input, "{value:?}");
                }
            }
            let quoted = serde_json::to_string(input).unwrap();
            if let Ok(value) = serde_json::from_str::<T>(&quoted)
                && lossless
            {
                assert_eq!(serde_json::to_string(&value).unwrap(), quoted);
            }
            let _ = serde_json::from_str::<T>(input);
        }
        parsed
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn json_number_grammar() {
        for good in [
            "0", "-0", "1", "-1", "10", "1.5", "0.001", "1e3", "1E+3", "1e-3", "-0.0e0", "1.10",
        ] {
            assert!(is_json_number(good), "{good}");
        }
        for bad in [
            "", "-", "+1", "01", "1.", ".5", "1e", "1e+", "1.e3", " 1", "1 ", "0x1", "1_0", "NaN",
            "INF", "--1", "1e3.5", "١",
        ] {
            assert!(!is_json_number(bad), "{bad}");
        }
    }

    #[test]
    fn digit_helpers() {
        assert_eq!(parse_u64(b"18446744073709551615"), Some(u64::MAX));
        assert_eq!(parse_u64(b"18446744073709551616"), None);
        assert_eq!(parse_u64(b""), None);
        assert_eq!(parse_u64(b"1a"), None);
        assert_eq!(two_digits(b"09"), Some(9));
        assert_eq!(two_digits(b"9"), None);
        assert_eq!(parse_fraction(b"5"), Some((500_000_000, 1)));
        assert_eq!(parse_fraction(b"000000001"), Some((1, 9)));
        assert_eq!(parse_fraction(b"0000000001"), None);
        assert_eq!(parse_fraction(b""), None);
        assert_eq!(fraction_digits_needed(0), 0);
        assert_eq!(fraction_digits_needed(500_000_000), 1);
        assert_eq!(fraction_digits_needed(1), 9);
        assert!(fraction_fits(120_000_000, 7));
        assert!(!fraction_fits(120_000_001, 7));
    }

    #[test]
    fn parse_error_message_quotes_and_shortens() {
        let error = ParseError::new("Edm.Test", "ab\"c\n", "bad", "`x`");
        assert_eq!(
            error.to_string(),
            r#"invalid Edm.Test "ab\"c\n": bad; expected `x`"#
        );
        let long = "é".repeat(200);
        let error = ParseError::new("Edm.Test", &long, "too long", "`x`");
        assert_eq!(error.input().chars().count(), 83);
        assert!(error.input().ends_with("..."));
        assert_eq!(error.reason(), "too long");
        assert_eq!(error.expected(), "`x`");
    }
}
