//! `Edm.TimeOfDay`: [`TimeOfDay`].

use std::fmt;
use std::str::FromStr;

use super::{
    EdmText, ParseError, fraction_digits_needed, fraction_fits, parse_fraction, two_digits,
    write_fraction,
};

const EDM_TYPE: &str = "Edm.TimeOfDay";
const EXPECTED: &str = "`HH:MM:SS` with 0 to 9 fractional digits, such as `08:30:00` or \
                        `17:00:00.0000000`";

/// An `Edm.TimeOfDay`: a time within a day, written `HH:MM:SS[.fffffffff]`.
///
/// Reads hours `00`-`23`, minutes and seconds `00`-`59` and up to 9 fractional digits
/// (nanoseconds; OData allows 12, which is more than [`time::Time`] holds), and keeps the
/// number of fractional digits, trailing zeros included: `08:00:00.0000000` is written back as
/// it was read.
///
/// ```
/// use graph_entity::edm::TimeOfDay;
///
/// let start: TimeOfDay = serde_json::from_str(r#""08:30:00.0000000""#)?;
/// assert_eq!(start.time(), time::Time::from_hms(8, 30, 0).unwrap());
/// assert_eq!(start.fraction_digits(), 7);
/// assert_eq!(serde_json::to_string(&start)?, r#""08:30:00.0000000""#);
/// assert_eq!(TimeOfDay::from(start.time()).to_string(), "08:30:00");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimeOfDay {
    time: time::Time,
    /// 0 to 9, enough for the nanoseconds of `time`.
    fraction_digits: u8,
}

impl TimeOfDay {
    /// `time`, written with as few fractional digits as it needs (none for a whole second).
    pub fn new(time: time::Time) -> Self {
        TimeOfDay {
            time,
            fraction_digits: fraction_digits_needed(time.nanosecond()),
        }
    }

    /// The same time written with `digits` fractional digits, if `digits` is at most 9 and
    /// enough for its nanoseconds.
    ///
    /// ```
    /// use graph_entity::edm::TimeOfDay;
    ///
    /// let nine = TimeOfDay::new(time::Time::from_hms(9, 0, 0).unwrap());
    /// assert_eq!(nine.with_fraction_digits(7).unwrap().to_string(), "09:00:00.0000000");
    /// ```
    pub fn with_fraction_digits(self, digits: u8) -> Option<Self> {
        fraction_fits(self.time.nanosecond(), digits).then_some(TimeOfDay {
            time: self.time,
            fraction_digits: digits,
        })
    }

    /// The time.
    pub const fn time(&self) -> time::Time {
        self.time
    }

    /// How many fractional digits of the second are written (0 to 9).
    pub const fn fraction_digits(&self) -> u8 {
        self.fraction_digits
    }
}

impl From<time::Time> for TimeOfDay {
    /// As [`TimeOfDay::new`].
    fn from(time: time::Time) -> Self {
        TimeOfDay::new(time)
    }
}

impl From<TimeOfDay> for time::Time {
    fn from(time: TimeOfDay) -> Self {
        time.time
    }
}

impl FromStr for TimeOfDay {
    type Err = ParseError;

    /// Parses `HH:MM:SS[.fffffffff]`, keeping the number of fractional digits.
    fn from_str(text: &str) -> Result<Self, ParseError> {
        let error = |reason: String| ParseError::new(EDM_TYPE, text, reason, EXPECTED);
        let malformed = || error("not of the form HH:MM:SS[.fffffffff]".to_owned());
        let bytes = text.as_bytes();
        let (hms, fraction) = match bytes.get(8..) {
            Some([]) => (bytes, None),
            Some([b'.', digits @ ..]) => (bytes.get(..8).unwrap_or_default(), Some(digits)),
            _ => return Err(malformed()),
        };
        let [h0, h1, b':', m0, m1, b':', s0, s1] = *hms else {
            return Err(malformed());
        };
        let (Some(hour), Some(minute), Some(second)) = (
            two_digits(&[h0, h1]),
            two_digits(&[m0, m1]),
            two_digits(&[s0, s1]),
        ) else {
            return Err(malformed());
        };
        let (nanos, fraction_digits) = match fraction {
            None => (0, 0),
            Some(digits) if digits.len() > 9 && digits.iter().all(u8::is_ascii_digit) => {
                return Err(error(format!(
                    "{} fractional digits: at most 9 (nanoseconds) are supported",
                    digits.len()
                )));
            }
            Some(digits) => parse_fraction(digits).ok_or_else(malformed)?,
        };
        if hour > 23 {
            return Err(error(format!("hour {hour:02} is out of range (00 to 23)")));
        }
        if minute > 59 {
            return Err(error(format!(
                "minute {minute:02} is out of range (00 to 59)"
            )));
        }
        if second > 59 {
            return Err(error(format!(
                "second {second:02} is out of range (00 to 59)"
            )));
        }
        let time = time::Time::from_hms_nano(hour, minute, second, nanos)
            .map_err(|e| error(e.to_string()))?;
        Ok(TimeOfDay {
            time,
            fraction_digits,
        })
    }
}

impl fmt::Display for TimeOfDay {
    /// `HH:MM:SS`, and the fractional digits kept.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (hour, minute, second, nanos) = self.time.as_hms_nano();
        write!(f, "{hour:02}:{minute:02}:{second:02}")?;
        write_fraction(f, nanos, self.fraction_digits)
    }
}

impl EdmText for TimeOfDay {
    const EXPECTING: &'static str = "an Edm.TimeOfDay string, \"HH:MM:SS[.fffffffff]\"";
}

super::text_serde!(TimeOfDay);

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]
mod tests {
    use super::super::test_support::{
        assert_json_error, assert_parse_error, fuzz, fuzz_inputs, round_trip,
    };
    use super::*;

    fn hms_nano(h: u8, m: u8, s: u8, nanos: u32) -> time::Time {
        time::Time::from_hms_nano(h, m, s, nanos).unwrap()
    }

    #[test]
    fn round_trips_keep_the_digits() {
        for (text, time, digits) in [
            ("00:00:00", hms_nano(0, 0, 0, 0), 0),
            ("23:59:59", hms_nano(23, 59, 59, 0), 0),
            ("08:30:00.0000000", hms_nano(8, 30, 0, 0), 7),
            ("08:30:00.0", hms_nano(8, 30, 0, 0), 1),
            ("12:34:56.5", hms_nano(12, 34, 56, 500_000_000), 1),
            ("12:34:56.500", hms_nano(12, 34, 56, 500_000_000), 3),
            ("12:34:56.1234567", hms_nano(12, 34, 56, 123_456_700), 7),
            ("23:59:59.999999999", hms_nano(23, 59, 59, 999_999_999), 9),
            ("01:02:03.000000001", hms_nano(1, 2, 3, 1), 9),
        ] {
            let value = round_trip::<TimeOfDay>(&format!("\"{text}\""));
            assert_eq!(value.time(), time, "{text}");
            assert_eq!(value.fraction_digits(), digits, "{text}");
            assert_eq!(value.to_string(), text);
        }
    }

    #[test]
    fn conversions() {
        let time = hms_nano(9, 5, 7, 120_000_000);
        let value = TimeOfDay::from(time);
        assert_eq!(value.to_string(), "09:05:07.12");
        assert_eq!(time::Time::from(value), time);
        assert_eq!(
            value.with_fraction_digits(7).unwrap().to_string(),
            "09:05:07.1200000"
        );
        assert_eq!(value.with_fraction_digits(1), None);
        assert_eq!(value.with_fraction_digits(10), None);
        assert_ne!(value, value.with_fraction_digits(3).unwrap());
        assert_eq!(TimeOfDay::new(hms_nano(0, 0, 0, 1)).fraction_digits(), 9);
    }

    #[test]
    fn bad_inputs() {
        assert_json_error::<TimeOfDay>("true", &["invalid type: boolean", "Edm.TimeOfDay"]);
        assert_json_error::<TimeOfDay>("{}", &["invalid type: map"]);
        assert_json_error::<TimeOfDay>("1200", &["invalid type: integer"]);
        for (text, reason) in [
            ("24:00:00", "hour 24 is out of range"),
            ("99:00:00", "hour 99 is out of range"),
            ("12:60:00", "minute 60 is out of range"),
            ("12:00:60", "second 60 is out of range"),
            ("1:00:00", "not of the form"),
            ("01:0:00", "not of the form"),
            ("12:00", "not of the form"),
            ("12:00:00.", "not of the form"),
            ("12:00:00.1234567890", "10 fractional digits: at most 9"),
            ("12:00:00.000000000000", "12 fractional digits"),
            ("12:00:00.12a", "not of the form"),
            ("12:00:00Z", "not of the form"),
            ("12:00:00+01:00", "not of the form"),
            ("12:00:00 ", "not of the form"),
            ("T12:00:00", "not of the form"),
            ("12-00-00", "not of the form"),
            ("12:00:0é", "not of the form"),
            ("", "not of the form"),
        ] {
            assert_parse_error::<TimeOfDay>(text, &["Edm.TimeOfDay", reason, "HH:MM:SS"]);
            assert_json_error::<TimeOfDay>(&serde_json::to_string(text).unwrap(), &[reason]);
        }
    }

    #[test]
    fn no_panics() {
        let inputs = fuzz_inputs(
            0x71e,
            4000,
            "0123456789:.",
            &["08:30:00.0000000", "23:59:59", "00:00:00.5"],
        );
        assert!(fuzz::<TimeOfDay>(&inputs, true) > 100);
    }
}
