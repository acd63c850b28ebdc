//! `Edm.Date`: [`Date`].

use std::fmt;
use std::str::FromStr;

use time::Month;

use super::{EdmText, ParseError, two_digits};

const EDM_TYPE: &str = "Edm.Date";
const EXPECTED: &str = "`YYYY-MM-DD`, such as `2024-02-29`";

/// An `Edm.Date`: a calendar date without a time or offset, written `YYYY-MM-DD`.
///
/// Reads exactly `YYYY-MM-DD` (years 0000 to 9999, a day that exists in that month); its text
/// is determined by its value, so it writes back what it read.
///
/// ```
/// use graph_entity::edm::Date;
/// use time::Month;
///
/// let date: Date = serde_json::from_str(r#""2024-02-29""#)?;
/// assert_eq!(date.0.month(), Month::February);
/// assert_eq!(serde_json::to_string(&date)?, r#""2024-02-29""#);
/// assert!("2023-02-29".parse::<Date>().is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(
    /// The date. Years outside 0 to 9999 are written with more digits or a sign, which
    /// [`Date`] does not read back.
    pub time::Date,
);

impl From<time::Date> for Date {
    fn from(date: time::Date) -> Self {
        Date(date)
    }
}

impl From<Date> for time::Date {
    fn from(date: Date) -> Self {
        date.0
    }
}

impl FromStr for Date {
    type Err = ParseError;

    /// Parses `YYYY-MM-DD`.
    fn from_str(text: &str) -> Result<Self, ParseError> {
        let error = |reason: String| ParseError::new(EDM_TYPE, text, reason, EXPECTED);
        let bytes = text.as_bytes();
        let (year, month, day) = match bytes {
            [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] => (
                two_digits(&[*y0, *y1]).zip(two_digits(&[*y2, *y3])),
                two_digits(&[*m0, *m1]),
                two_digits(&[*d0, *d1]),
            ),
            _ => return Err(error("not of the form YYYY-MM-DD".to_owned())),
        };
        let (Some((century, year)), Some(month), Some(day)) = (year, month, day) else {
            return Err(error("not of the form YYYY-MM-DD".to_owned()));
        };
        let year = i32::from(century)
            .saturating_mul(100)
            .saturating_add(i32::from(year));
        let month = Month::try_from(month)
            .map_err(|_| error(format!("month {month:02} does not exist (01 to 12)")))?;
        time::Date::from_calendar_date(year, month, day)
            .map(Date)
            .map_err(|_| {
                let last = month.length(year);
                error(format!(
                    "day {day:02} does not exist in {month} {year:04} (01 to {last})"
                ))
            })
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let year = self.0.year();
        let month = u8::from(self.0.month());
        let day = self.0.day();
        if year < 0 {
            write!(f, "-{:04}-{month:02}-{day:02}", year.unsigned_abs())
        } else {
            write!(f, "{year:04}-{month:02}-{day:02}")
        }
    }
}

impl EdmText for Date {
    const EXPECTING: &'static str = "an Edm.Date string, \"YYYY-MM-DD\"";
}

super::text_serde!(Date);

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]
mod tests {
    use super::super::test_support::{
        assert_json_error, assert_parse_error, fuzz, fuzz_inputs, round_trip,
    };
    use super::*;

    fn date(year: i32, month: Month, day: u8) -> Date {
        Date(time::Date::from_calendar_date(year, month, day).unwrap())
    }

    #[test]
    fn round_trips() {
        for (json, value) in [
            (r#""2024-02-29""#, date(2024, Month::February, 29)),
            (r#""2000-02-29""#, date(2000, Month::February, 29)),
            (r#""2023-12-31""#, date(2023, Month::December, 31)),
            (r#""0000-01-01""#, date(0, Month::January, 1)),
            (r#""0099-06-30""#, date(99, Month::June, 30)),
            (r#""9999-12-31""#, date(9999, Month::December, 31)),
        ] {
            assert_eq!(round_trip::<Date>(json), value);
        }
    }

    #[test]
    fn conversions() {
        let value = date(2024, Month::March, 5);
        assert_eq!(Date::from(value.0), value);
        assert_eq!(time::Date::from(value), value.0);
        assert_eq!(value.to_string(), "2024-03-05");
        assert_eq!(date(-44, Month::March, 15).to_string(), "-0044-03-15");
        assert!(date(2024, Month::January, 1) < value);
    }

    #[test]
    fn bad_inputs() {
        assert_json_error::<Date>("true", &["invalid type: boolean", "Edm.Date"]);
        assert_json_error::<Date>("{}", &["invalid type: map"]);
        assert_json_error::<Date>("20240101", &["invalid type: integer"]);
        for (text, reason) in [
            (
                "2023-02-29",
                "day 29 does not exist in February 2023 (01 to 28)",
            ),
            ("1900-02-29", "day 29 does not exist in February 1900"),
            (
                "2024-04-31",
                "day 31 does not exist in April 2024 (01 to 30)",
            ),
            ("2024-01-00", "day 00 does not exist"),
            ("2024-13-01", "month 13 does not exist"),
            ("2024-00-01", "month 00 does not exist"),
            ("2024-1-01", "not of the form"),
            ("2024-01-1", "not of the form"),
            ("24-01-01", "not of the form"),
            ("2024-01-01T00:00:00Z", "not of the form"),
            ("2024-01-01 ", "not of the form"),
            (" 2024-01-01", "not of the form"),
            ("2024/01/01", "not of the form"),
            ("+024-01-01", "not of the form"),
            ("-2024-01-01", "not of the form"),
            ("2024-01-0é", "not of the form"),
            ("", "not of the form"),
        ] {
            assert_parse_error::<Date>(text, &["Edm.Date", reason, "YYYY-MM-DD"]);
            assert_json_error::<Date>(&serde_json::to_string(text).unwrap(), &[reason]);
        }
    }

    #[test]
    fn no_panics() {
        let inputs = fuzz_inputs(
            0xda7e,
            4000,
            "0123456789-",
            &["2024-02-29", "1999-12-31", "0000-01-01"],
        );
        assert!(fuzz::<Date>(&inputs, true) > 100);
    }
}
