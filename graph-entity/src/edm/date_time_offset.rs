//! `Edm.DateTimeOffset`: a point in time with its UTC offset, written back exactly as it was read.
//!
//! Microsoft Graph writes timestamps in the RFC 3339 / ISO 8601 extended form
//! `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, usually with the seven fractional digits of
//! .NET's `DateTimeOffset` (`2017-01-01T00:02:49.3205976-08:00`), sometimes with fewer, and
//! uses `0001-01-01T00:00:00Z` to mean "never". [`DateTimeOffset`] parses that form into a
//! [`time::OffsetDateTime`] and remembers how it was written (the number of fractional digits,
//! and whether a zero offset was spelled `Z`, `+00:00` or `-00:00`), so serializing a value that
//! was deserialized reproduces the original string byte for byte. It is `Copy` and never
//! allocates.
//!
//! ```
//! use graph_entity::edm::DateTimeOffset;
//!
//! let synced: DateTimeOffset = "2017-01-01T00:02:54.239458+03:00".parse()?;
//! assert_eq!(synced.to_string(), "2017-01-01T00:02:54.239458+03:00");
//! assert_eq!(synced.fraction_digits(), 6);
//! assert_eq!(synced.value().unix_timestamp(), 1_483_218_174);
//!
//! // The same instant written differently is the same instant, but not an equal value.
//! let utc: DateTimeOffset = "2016-12-31T21:02:54.239458Z".parse()?;
//! assert!(synced.same_instant(&utc));
//! assert_ne!(synced, utc);
//!
//! // JSON round trips are byte-identical, and invalid timestamps are errors.
//! let json = r#"["2017-01-01T00:02:49.3205976-08:00","0001-01-01T00:00:00Z"]"#;
//! let values: Vec<DateTimeOffset> = serde_json::from_str(json)?;
//! assert!(values[1].is_never());
//! assert_eq!(serde_json::to_string(&values)?, json);
//! assert!(serde_json::from_str::<DateTimeOffset>(r#""2024-02-30T00:00:00Z""#).is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

// The parser and writer below do their arithmetic on digits and fields whose ranges the parsing
// bounds (two-digit fields, at most nine fraction digits), on the benchmarked hot path: it is
// kept as it was before this file joined `edm`, rather than rewritten with checked operations.
#![allow(clippy::arithmetic_side_effects)]

use core::cmp::Ordering;
use core::fmt;
use core::str::FromStr;

use super::ParseError;
use ::time::{Date, Month, OffsetDateTime, PlainDateTime, Time, UtcOffset};

/// The accepted form, as a literal for `concat!`.
macro_rules! expected {
    () => {
        "YYYY-MM-DDTHH:MM:SS[.fffffff](Z|±HH:MM)"
    };
}

/// The accepted form, as quoted in error messages.
const EXPECTED: &str = expected!();

/// The Edm type, as its parse errors name it.
const EDM_TYPE: &str = "Edm.DateTimeOffset";

/// An `OData` `Edm.DateTimeOffset`: a [`time::OffsetDateTime`] plus how it is written.
///
/// Parse one with [`str::parse`] (see [`FromStr`](#impl-FromStr-for-DateTimeOffset)), build one
/// with [`DateTimeOffset::new`], and write it with [`Display`](fmt::Display) or serde (as a
/// string). A parsed value is written back exactly as it was read, except that a lowercase `t`
/// or `z` is written uppercase.
///
/// Equality, hashing and ordering are structural: two values are equal only if they hold the
/// same local date and time, the same offset and the same formatting, that is if they are
/// written identically. Use [`same_instant`](Self::same_instant) to compare points in time.
/// Values are ordered by instant first, then by offset and formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateTimeOffset {
    /// Date and time of day in `offset`.
    local: PlainDateTime,
    offset: UtcOffset,
    /// Number of fractional-second digits written, `0..=9` (0 means no `.`).
    fraction_digits: u8,
    offset_style: OffsetStyle,
}

/// How the offset is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum OffsetStyle {
    /// `±HH:MM` (with `:SS` only for offsets that have seconds).
    Numeric,
    /// `Z`; only for a zero offset.
    Z,
    /// `-00:00` (RFC 3339's "local offset unknown"); only for a zero offset.
    NegativeZero,
}

impl DateTimeOffset {
    /// `0001-01-01T00:00:00Z`, the value Microsoft Graph uses for "never" (.NET's
    /// `DateTimeOffset.MinValue`).
    pub const NEVER: Self = {
        // Evaluated at compile time, so the `else` arm cannot be reached at run time.
        let Ok(date) = Date::from_ordinal_date(1, 1) else {
            panic!("0001-01-01 is a valid date");
        };
        Self {
            local: PlainDateTime::new(date, Time::MIDNIGHT),
            offset: UtcOffset::UTC,
            fraction_digits: 0,
            offset_style: OffsetStyle::Z,
        }
    };

    /// Wraps `value`, choosing how it is written.
    ///
    /// * Fractional seconds: none if the nanosecond is zero, otherwise 7 digits (.NET's
    ///   precision) when the nanosecond is a multiple of 100, otherwise 9 digits. No precision is
    ///   lost.
    /// * Offset: `Z` if it is zero, otherwise `±HH:MM` (`±HH:MM:SS` if it has seconds).
    ///
    /// Years outside `0000..=9999` are written in ISO 8601's expanded form with a sign and six
    /// digits (`-000001`, `+010000`, as JavaScript does), and offsets with seconds or beyond
    /// ±23:59 are written as they are; [`FromStr`] rejects both, as does Microsoft Graph.
    #[must_use]
    pub const fn new(value: OffsetDateTime) -> Self {
        let nanosecond = value.nanosecond();
        let fraction_digits = if nanosecond == 0 {
            0
        } else if nanosecond.is_multiple_of(100) {
            7
        } else {
            9
        };
        let offset = value.offset();
        Self {
            local: PlainDateTime::new(value.date(), value.time()),
            offset,
            fraction_digits,
            offset_style: if offset.is_utc() {
                OffsetStyle::Z
            } else {
                OffsetStyle::Numeric
            },
        }
    }

    /// [`DateTimeOffset::NEVER`], `0001-01-01T00:00:00Z`.
    #[must_use]
    pub const fn never() -> Self {
        Self::NEVER
    }

    /// The point in time, in the offset it was written with.
    #[must_use]
    pub const fn value(&self) -> OffsetDateTime {
        self.local.assume_offset(self.offset)
    }

    /// The number of fractional-second digits written, `0..=9`; 0 means the fraction (and its
    /// `.`) is omitted.
    #[must_use]
    pub const fn fraction_digits(&self) -> u8 {
        self.fraction_digits
    }

    /// Whether this is the same instant as [`DateTimeOffset::NEVER`] (`0001-01-01T00:00:00Z`),
    /// however it is written.
    #[must_use]
    pub fn is_never(&self) -> bool {
        self.same_instant(&Self::NEVER)
    }

    /// Whether `self` and `other` are the same point in time, regardless of offset and
    /// formatting (unlike `==`).
    #[must_use]
    pub fn same_instant(&self, other: &Self) -> bool {
        self.value() == other.value()
    }

    /// Writes the canonical form into `buf`: two digits at a time, and the date's three fields
    /// from one conversion (the benchmarked write path, see `benches/PROFILE.md`).
    fn write_to(&self, buf: &mut Buffer) {
        let (year, month, day) = self.local.date().to_calendar_date();
        if (0..=9999).contains(&year) {
            let year = year.unsigned_abs();
            buf.pair(year / 100);
            buf.pair(year);
        } else {
            buf.push(if year < 0 { b'-' } else { b'+' });
            let year = year.unsigned_abs();
            buf.pair(year / 10_000);
            buf.pair(year / 100);
            buf.pair(year);
        }
        buf.push(b'-');
        buf.pair(u32::from(u8::from(month)));
        buf.push(b'-');
        buf.pair(u32::from(day));
        buf.push(b'T');
        let time = self.local.time();
        buf.pair(u32::from(time.hour()));
        buf.push(b':');
        buf.pair(u32::from(time.minute()));
        buf.push(b':');
        buf.pair(u32::from(time.second()));
        if self.fraction_digits > 0 {
            buf.push(b'.');
            let digits = usize::from(self.fraction_digits.min(9));
            let dropped = POWERS_OF_TEN.get(9 - digits).copied().unwrap_or(1);
            buf.fraction(time.nanosecond() / dropped, digits);
        }
        match (self.offset_style, self.offset.is_utc()) {
            (OffsetStyle::Z, true) => buf.push(b'Z'),
            (OffsetStyle::NegativeZero, true) => buf.extend(b"-00:00"),
            _ => {
                let (hours, minutes, seconds) = self.offset.as_hms();
                buf.push(if self.offset.is_negative() {
                    b'-'
                } else {
                    b'+'
                });
                buf.pair(u32::from(hours.unsigned_abs()));
                buf.push(b':');
                buf.pair(u32::from(minutes.unsigned_abs()));
                if seconds != 0 {
                    buf.push(b':');
                    buf.pair(u32::from(seconds.unsigned_abs()));
                }
            }
        }
    }
}

/// `10^n` for `n` in `0..=9`: how much of the nanosecond a shorter fraction drops.
const POWERS_OF_TEN: [u32; 10] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
];

impl From<OffsetDateTime> for DateTimeOffset {
    /// Same as [`DateTimeOffset::new`].
    fn from(value: OffsetDateTime) -> Self {
        Self::new(value)
    }
}

impl From<DateTimeOffset> for OffsetDateTime {
    /// Same as [`DateTimeOffset::value`].
    fn from(value: DateTimeOffset) -> Self {
        value.value()
    }
}

impl PartialOrd for DateTimeOffset {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DateTimeOffset {
    /// By instant, then by offset, fraction digits and offset spelling.
    fn cmp(&self, other: &Self) -> Ordering {
        self.value()
            .cmp(&other.value())
            .then_with(|| self.offset.cmp(&other.offset))
            .then_with(|| self.local.cmp(&other.local))
            .then_with(|| self.fraction_digits.cmp(&other.fraction_digits))
            .then_with(|| self.offset_style.cmp(&other.offset_style))
    }
}

/// A stack buffer large enough for any [`DateTimeOffset`]: a signed six-digit year (7), the
/// rest of the date and time (15), nine fractional digits (10) and `±HH:MM:SS` (9) make 41.
struct Buffer {
    bytes: [u8; 48],
    len: usize,
}

impl Buffer {
    const fn new() -> Self {
        Self {
            bytes: [0; 48],
            len: 0,
        }
    }

    fn push(&mut self, byte: u8) {
        if let Some(slot) = self.bytes.get_mut(self.len) {
            *slot = byte;
            self.len += 1;
        }
    }

    fn extend(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.push(byte);
        }
    }

    /// Pushes the two lowest decimal digits of `value`.
    fn pair(&mut self, value: u32) {
        let value = value % 100;
        // Both below 10: the casts cannot truncate.
        #[allow(clippy::cast_possible_truncation)]
        let (tens, ones) = ((value / 10) as u8, (value % 10) as u8);
        self.push(b'0' + tens);
        self.push(b'0' + ones);
    }

    /// Pushes `value` as `width` decimal digits (at most 9), zero-padded.
    fn fraction(&mut self, mut value: u32, width: usize) {
        let Some(digits) = self.bytes.get_mut(self.len..self.len + width.min(9)) else {
            return;
        };
        for digit in digits.iter_mut().rev() {
            // Below 10: the cast cannot truncate.
            #[allow(clippy::cast_possible_truncation)]
            let ones = (value % 10) as u8;
            *digit = b'0' + ones;
            value /= 10;
        }
        self.len += width.min(9);
    }

    fn as_str(&self) -> &str {
        self.bytes
            .get(..self.len)
            .and_then(|bytes| core::str::from_utf8(bytes).ok())
            .unwrap_or_default()
    }
}

impl fmt::Display for DateTimeOffset {
    /// Writes `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` as read (or as chosen by
    /// [`DateTimeOffset::new`]). Honours width, fill and alignment.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = Buffer::new();
        self.write_to(&mut buf);
        f.pad(buf.as_str())
    }
}

/// The error of a string that is not a valid [`DateTimeOffset`]: the one error type of
/// [`edm`](crate::edm), [`ParseError`], under its former name.
#[deprecated(
    since = "0.1.0",
    note = "use `graph_entity::edm::ParseError`, the error of every Edm parser"
)]
pub type ParseDateTimeOffsetError = ParseError;

impl FromStr for DateTimeOffset {
    type Err = ParseError;

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`: a four-digit year, a valid calendar
    /// date, a time of day from `00:00:00` to `23:59:59` (no leap seconds), an optional `.` and
    /// 1 to 9 fractional digits, and a `Z` or an offset up to `±23:59`. `T` and `Z` may be
    /// lowercase. Nothing else is accepted: no surrounding whitespace, no space for `T`, no
    /// missing parts, no trailing characters.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s.as_bytes()).map_err(|reason| ParseError::new(EDM_TYPE, s, reason, EXPECTED))
    }
}

/// The value of an ASCII decimal digit.
fn digit(byte: u8) -> Option<u8> {
    byte.checked_sub(b'0').filter(|&value| value < 10)
}

/// The value of two ASCII decimal digits.
fn two_digits(tens: u8, ones: u8) -> Option<u8> {
    Some(digit(tens)? * 10 + digit(ones)?)
}

fn parse(bytes: &[u8]) -> Result<DateTimeOffset, &'static str> {
    let Some((head, rest)) = bytes.split_at_checked(19) else {
        return Err(if bytes.is_empty() {
            "empty string"
        } else {
            "date and time are not YYYY-MM-DDTHH:MM:SS"
        });
    };
    let [
        y0,
        y1,
        y2,
        y3,
        b'-',
        mo0,
        mo1,
        b'-',
        d0,
        d1,
        b'T' | b't',
        h0,
        h1,
        b':',
        mi0,
        mi1,
        b':',
        s0,
        s1,
    ] = *head
    else {
        return Err("date and time are not YYYY-MM-DDTHH:MM:SS");
    };

    let year = two_digits(y0, y1)
        .zip(two_digits(y2, y3))
        .map(|(high, low)| i32::from(high) * 100 + i32::from(low))
        .ok_or("year is not four digits")?;
    let month = two_digits(mo0, mo1)
        .and_then(|month| Month::try_from(month).ok())
        .ok_or("month out of range")?;
    let day = two_digits(d0, d1).ok_or("day is not two digits")?;
    let date = Date::from_calendar_date(year, month, day).map_err(|_| "day out of range")?;
    let hour = two_digits(h0, h1)
        .filter(|&hour| hour < 24)
        .ok_or("hour out of range")?;
    let minute = two_digits(mi0, mi1)
        .filter(|&minute| minute < 60)
        .ok_or("minute out of range")?;
    let second = two_digits(s0, s1)
        .filter(|&second| second < 60)
        .ok_or("second out of range")?;

    let (fraction_digits, nanosecond, rest) = parse_fraction(rest)?;
    let time =
        Time::from_hms_nano(hour, minute, second, nanosecond).map_err(|_| "time out of range")?;
    let (offset, offset_style) = parse_offset(rest)?;
    Ok(DateTimeOffset {
        local: PlainDateTime::new(date, time),
        offset,
        fraction_digits,
        offset_style,
    })
}

/// Parses an optional `.` and 1 to 9 digits: the digit count, the nanosecond and the rest.
fn parse_fraction(bytes: &[u8]) -> Result<(u8, u32, &[u8]), &'static str> {
    let [b'.', fraction @ ..] = bytes else {
        return Ok((0, 0, bytes));
    };
    let count = fraction
        .iter()
        .take_while(|byte| byte.is_ascii_digit())
        .count();
    let (digits, rest) = fraction.split_at_checked(count).unwrap_or((fraction, &[]));
    let count = match u8::try_from(count) {
        Ok(count @ 1..=9) => count,
        _ if count == 0 => return Err("no digits after `.`"),
        _ => return Err("more than 9 fractional digits"),
    };
    let mut nanosecond = 0_u32;
    for position in 0..9 {
        let value = digits
            .get(position)
            .and_then(|&byte| digit(byte))
            .unwrap_or(0);
        nanosecond = nanosecond * 10 + u32::from(value);
    }
    Ok((count, nanosecond, rest))
}

/// Parses `Z` or `±HH:MM` up to ±23:59, which must end the input.
fn parse_offset(bytes: &[u8]) -> Result<(UtcOffset, OffsetStyle), &'static str> {
    let (offset, style, rest) = match bytes {
        [] => return Err("missing offset"),
        [b'Z' | b'z', rest @ ..] => (UtcOffset::UTC, OffsetStyle::Z, rest),
        [sign @ (b'+' | b'-'), h0, h1, b':', m0, m1, rest @ ..] => {
            let (hours, minutes) = two_digits(*h0, *h1)
                .zip(two_digits(*m0, *m1))
                .ok_or("offset is not ±HH:MM")?;
            let hours = i8::try_from(hours)
                .ok()
                .filter(|&hours| hours < 24)
                .ok_or("offset beyond ±23:59")?;
            let minutes = i8::try_from(minutes)
                .ok()
                .filter(|&minutes| minutes < 60)
                .ok_or("offset minutes out of range")?;
            let negative = *sign == b'-';
            let offset = if negative {
                UtcOffset::from_hms(-hours, -minutes, 0)
            } else {
                UtcOffset::from_hms(hours, minutes, 0)
            }
            .map_err(|_| "offset beyond ±23:59")?;
            let style = if negative && offset.is_utc() {
                OffsetStyle::NegativeZero
            } else {
                OffsetStyle::Numeric
            };
            (offset, style, rest)
        }
        [b'+' | b'-', ..] => return Err("offset is not ±HH:MM"),
        [..] => return Err("expected `Z` or an offset after the time"),
    };
    if rest.is_empty() {
        Ok((offset, style))
    } else {
        Err("unexpected characters after the offset")
    }
}

impl serde::Serialize for DateTimeOffset {
    /// Serializes as a string, without allocating.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut buf = Buffer::new();
        self.write_to(&mut buf);
        serializer.serialize_str(buf.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for DateTimeOffset {
    /// Deserializes from a string in the form [`FromStr`] accepts; anything else is an error.
    /// A borrowed string is parsed in place, without allocating.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::deserialize_from_str(deserializer)
    }
}

impl super::EdmText for DateTimeOffset {
    const EXPECTING: &'static str = concat!("a DateTimeOffset string ", expected!());
}

#[cfg(test)]
#[allow(
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]
mod tests;
