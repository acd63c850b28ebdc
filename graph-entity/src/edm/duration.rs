//! `Edm.Duration`: [`Duration`].

use std::fmt;
use std::ops::Neg;
use std::str::FromStr;

use super::{
    EdmText, ParseError, fraction_digits_needed, parse_fraction, parse_u64, write_fraction,
};

const EDM_TYPE: &str = "Edm.Duration";
const EXPECTED: &str = "`[-]P[nD][T[nH][nM][n[.fffffffff]S]]` with at least one unit, such as \
                        `P1DT2H`, `PT90M` or `-PT1.5S`";

const SECONDS_PER_DAY: u64 = 86_400;
const SECONDS_PER_HOUR: u64 = 3_600;
const SECONDS_PER_MINUTE: u64 = 60;

/// An `Edm.Duration`: a signed length of time in days, hours, minutes and seconds (an ISO 8601
/// / XML Schema `dayTimeDuration`), such as `P1DT2H30M` or `-PT0.5S`.
///
/// It keeps the units as given, so it writes back what it read: `PT90M` stays `PT90M` (not
/// `PT1H30M`), `P1D` stays `P1D` (not `PT24H`), `PT1.500S` keeps its three fractional digits.
/// Equality compares these components, so `PT90M != PT1H30M`; compare
/// [`to_time_duration`](Duration::to_time_duration) for the lengths.
///
/// Each number is written without leading zeros; seconds may have up to 9 fractional digits
/// (nanoseconds); the whole duration is at most `i64::MAX` seconds long. Years and months
/// (`P1Y`, `P1M`) are not part of a `dayTimeDuration` (their length varies) and are errors.
///
/// ```
/// use graph_entity::edm::Duration;
///
/// let timeout: Duration = serde_json::from_str(r#""P1DT2H""#)?;
/// assert_eq!(timeout.days(), Some(1));
/// assert_eq!(timeout.to_std(), Some(std::time::Duration::from_secs(93_600)));
/// assert_eq!(serde_json::to_string(&timeout)?, r#""P1DT2H""#);
///
/// let back: Duration = "-PT1.5S".parse()?;
/// assert_eq!(back.to_std(), None);
/// assert_eq!(back.as_seconds_f64(), -1.5);
/// assert_eq!(Duration::from_minutes(90).to_string(), "PT90M");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Duration {
    negative: bool,
    days: Option<u64>,
    hours: Option<u64>,
    minutes: Option<u64>,
    /// Whole seconds.
    seconds: Option<u64>,
    /// Below one second, 0 unless `seconds` is given, and written in `fraction_digits` digits.
    nanos: u32,
    /// 0 to 9, 0 unless `seconds` is given.
    fraction_digits: u8,
}

impl Duration {
    /// No time at all, written `PT0S`.
    pub const ZERO: Duration = Duration::from_seconds(0);

    const fn one(days: Option<u64>, hours: Option<u64>, minutes: Option<u64>) -> Self {
        Duration {
            negative: false,
            days,
            hours,
            minutes,
            seconds: None,
            nanos: 0,
            fraction_digits: 0,
        }
    }

    /// `days` days, written `P{days}D`.
    pub const fn from_days(days: u32) -> Self {
        Duration::one(Some(days as u64), None, None)
    }

    /// `hours` hours, written `PT{hours}H`.
    pub const fn from_hours(hours: u32) -> Self {
        Duration::one(None, Some(hours as u64), None)
    }

    /// `minutes` minutes, written `PT{minutes}M`.
    pub const fn from_minutes(minutes: u32) -> Self {
        Duration::one(None, None, Some(minutes as u64))
    }

    /// `seconds` seconds, written `PT{seconds}S`.
    pub const fn from_seconds(seconds: u32) -> Self {
        Duration {
            seconds: Some(seconds as u64),
            ..Duration::one(None, None, None)
        }
    }

    /// `seconds` and `nanos` (below one second), in days, hours, minutes and seconds, leaving
    /// out zeros (`P1DT30M`, `PT0.25S`, `PT0S`). `seconds` is at most `i64::MAX`.
    fn normalized(negative: bool, seconds: u64, nanos: u32) -> Self {
        let nonzero = |value: u64| (value != 0).then_some(value);
        let days = seconds / SECONDS_PER_DAY;
        let hours = seconds % SECONDS_PER_DAY / SECONDS_PER_HOUR;
        let minutes = seconds % SECONDS_PER_HOUR / SECONDS_PER_MINUTE;
        let rest = seconds % SECONDS_PER_MINUTE;
        let zero = seconds == 0 && nanos == 0;
        Duration {
            negative: negative && !zero,
            days: nonzero(days),
            hours: nonzero(hours),
            minutes: nonzero(minutes),
            seconds: (rest != 0 || nanos != 0 || zero).then_some(rest),
            nanos,
            fraction_digits: fraction_digits_needed(nanos),
        }
    }

    /// Whether it is written with a `-`.
    pub const fn is_negative(&self) -> bool {
        self.negative
    }

    /// The days (`nD`), if given.
    pub const fn days(&self) -> Option<u64> {
        self.days
    }

    /// The hours (`nH`), if given.
    pub const fn hours(&self) -> Option<u64> {
        self.hours
    }

    /// The minutes (`nM` after `T`), if given.
    pub const fn minutes(&self) -> Option<u64> {
        self.minutes
    }

    /// The whole seconds (`nS`), if given.
    pub const fn seconds(&self) -> Option<u64> {
        self.seconds
    }

    /// The fraction of the second, in nanoseconds (0 to 999 999 999).
    pub const fn nanoseconds(&self) -> u32 {
        self.nanos
    }

    /// How many fractional digits of the second are written (0 to 9).
    pub const fn fraction_digits(&self) -> u8 {
        self.fraction_digits
    }

    /// The length in whole seconds, without the sign (at most `i64::MAX`).
    fn magnitude(&self) -> u64 {
        total_seconds(self.days, self.hours, self.minutes, self.seconds).unwrap_or(u64::MAX)
    }

    /// The length, or `None` when negative (`-PT0S` is zero, not negative).
    pub fn to_std(&self) -> Option<std::time::Duration> {
        let seconds = self.magnitude();
        if self.negative && (seconds != 0 || self.nanos != 0) {
            return None;
        }
        Some(std::time::Duration::new(seconds, self.nanos))
    }

    /// The signed length.
    pub fn to_time_duration(&self) -> time::Duration {
        let seconds = i64::try_from(self.magnitude()).unwrap_or(i64::MAX);
        let nanos = i32::try_from(self.nanos).unwrap_or_default();
        if self.negative {
            time::Duration::new(seconds.saturating_neg(), nanos.saturating_neg())
        } else {
            time::Duration::new(seconds, nanos)
        }
    }

    /// The signed length in seconds (rounded to the nearest `f64`).
    pub fn as_seconds_f64(&self) -> f64 {
        let seconds = self.magnitude() as f64 + f64::from(self.nanos) / 1e9;
        if self.negative { -seconds } else { seconds }
    }
}

/// `days`, `hours`, `minutes` and `seconds` in seconds, if at most `i64::MAX`.
fn total_seconds(
    days: Option<u64>,
    hours: Option<u64>,
    minutes: Option<u64>,
    seconds: Option<u64>,
) -> Option<u64> {
    let total = days
        .unwrap_or(0)
        .checked_mul(SECONDS_PER_DAY)?
        .checked_add(hours.unwrap_or(0).checked_mul(SECONDS_PER_HOUR)?)?
        .checked_add(minutes.unwrap_or(0).checked_mul(SECONDS_PER_MINUTE)?)?
        .checked_add(seconds.unwrap_or(0))?;
    (i64::try_from(total).is_ok()).then_some(total)
}

impl Default for Duration {
    /// [`Duration::ZERO`], `PT0S`.
    fn default() -> Self {
        Duration::ZERO
    }
}

impl Neg for Duration {
    type Output = Duration;

    /// The same units with the other sign: `PT5S` and `-PT5S`.
    fn neg(self) -> Duration {
        Duration {
            negative: !self.negative,
            ..self
        }
    }
}

impl TryFrom<std::time::Duration> for Duration {
    type Error = ParseError;

    /// The length in days, hours, minutes and seconds, leaving out zeros (`P1DT30M`, `PT0S`);
    /// an error above `i64::MAX` seconds.
    fn try_from(length: std::time::Duration) -> Result<Self, ParseError> {
        let seconds = length.as_secs();
        if i64::try_from(seconds).is_err() {
            return Err(ParseError::new(
                EDM_TYPE,
                &format!("{length:?}"),
                "longer than 9223372036854775807 seconds",
                EXPECTED,
            ));
        }
        Ok(Duration::normalized(false, seconds, length.subsec_nanos()))
    }
}

impl TryFrom<time::Duration> for Duration {
    type Error = ParseError;

    /// The length in days, hours, minutes and seconds, leaving out zeros (`-P1DT30M`, `PT0S`);
    /// an error only for lengths below `-i64::MAX` seconds.
    fn try_from(length: time::Duration) -> Result<Self, ParseError> {
        let seconds = length.whole_seconds().unsigned_abs();
        if i64::try_from(seconds).is_err() {
            return Err(ParseError::new(
                EDM_TYPE,
                &length.to_string(),
                "longer than 9223372036854775807 seconds",
                EXPECTED,
            ));
        }
        Ok(Duration::normalized(
            length.is_negative(),
            seconds,
            length.subsec_nanoseconds().unsigned_abs(),
        ))
    }
}

impl From<Duration> for time::Duration {
    /// As [`Duration::to_time_duration`].
    fn from(duration: Duration) -> Self {
        duration.to_time_duration()
    }
}

/// Where a unit may appear, in order: `D`, then after `T`: `H`, `M`, `S`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Unit {
    Days,
    Hours,
    Minutes,
    Seconds,
}

/// The unit `designator` names where it stands (`in_time`: after `T`); or why it cannot stand
/// there, `None` when it names no unit at all.
fn unit_of(designator: u8, in_time: bool) -> Result<Unit, Option<&'static str>> {
    match (designator, in_time) {
        (b'D', false) => Ok(Unit::Days),
        (b'H', true) => Ok(Unit::Hours),
        (b'M', true) => Ok(Unit::Minutes),
        (b'S', true) => Ok(Unit::Seconds),
        (b'Y', _) => Err(Some(
            "years (`Y`) are not part of an Edm.Duration (a dayTimeDuration): their length \
             varies; use days",
        )),
        (b'M', false) => Err(Some(
            "months (`M` before `T`) are not part of an Edm.Duration (a dayTimeDuration): their \
             length varies; use days, or minutes after `T`",
        )),
        (b'W', _) => Err(Some(
            "weeks (`W`) are not part of an Edm.Duration (a dayTimeDuration); use days",
        )),
        (b'D', true) => Err(Some("days (`D`) must come before `T`")),
        (b'H' | b'S', false) => Err(Some("hours (`H`) and seconds (`S`) must come after `T`")),
        _ => Err(None),
    }
}

impl FromStr for Duration {
    type Err = ParseError;

    /// Parses `[-]P[nD][T[nH][nM][n[.fffffffff]S]]`, keeping the units as given.
    fn from_str(text: &str) -> Result<Self, ParseError> {
        let error = |reason: String| ParseError::new(EDM_TYPE, text, reason, EXPECTED);
        let at = |rest: &[u8]| text.len().saturating_sub(rest.len());
        let found = |rest: &[u8]| {
            text.get(at(rest)..)
                .and_then(|tail| tail.chars().next())
                .map_or_else(|| "the end".to_owned(), |c| format!("{c:?}"))
        };
        if text.is_empty() {
            return Err(error("empty string".to_owned()));
        }
        let bytes = text.as_bytes();
        let (negative, rest) = match bytes.strip_prefix(b"-") {
            Some(rest) => (true, rest),
            None => (false, bytes),
        };
        let Some(mut rest) = rest.strip_prefix(b"P") else {
            return Err(error("does not start with `P` (or `-P`)".to_owned()));
        };
        if rest.is_empty() {
            return Err(error(
                "no days, hours, minutes or seconds after `P`".to_owned(),
            ));
        }
        let mut duration = Duration {
            negative,
            ..Duration::one(None, None, None)
        };
        let mut in_time = false;
        let mut last: Option<Unit> = None;
        while let Some((&first, after)) = rest.split_first() {
            if first == b'T' {
                if in_time {
                    return Err(error(format!("a second `T` at position {}", at(rest))));
                }
                if after.is_empty() {
                    return Err(error("no hours, minutes or seconds after `T`".to_owned()));
                }
                in_time = true;
                rest = after;
                continue;
            }
            let start = at(rest);
            let length = rest.iter().take_while(|b| b.is_ascii_digit()).count();
            let (number, after) = rest.split_at_checked(length).unwrap_or_default();
            if number.is_empty() {
                return Err(error(format!(
                    "expected a number at position {start}, found {}",
                    found(rest)
                )));
            }
            rest = after;
            let fraction = match rest.strip_prefix(b".") {
                Some(after) => {
                    let length = after.iter().take_while(|b| b.is_ascii_digit()).count();
                    let (digits, after) = after.split_at_checked(length).unwrap_or_default();
                    rest = after;
                    match (length, parse_fraction(digits)) {
                        (0, _) => return Err(error(format!("no digits after `.` at {start}"))),
                        (_, Some(fraction)) => Some(fraction),
                        (_, None) => {
                            return Err(error(format!(
                                "{length} fractional digits: at most 9 (nanoseconds) are \
                                 supported"
                            )));
                        }
                    }
                }
                None => None,
            };
            let designator = rest.first().copied();
            let unit = match designator {
                None => {
                    return Err(error(format!(
                        "the number at position {start} has no unit (D, H, M or S)"
                    )));
                }
                Some(designator) => unit_of(designator, in_time).map_err(|reason| {
                    error(reason.map_or_else(
                        || {
                            format!(
                                "{} at position {} is not a unit (D, H, M or S)",
                                found(rest),
                                at(rest)
                            )
                        },
                        str::to_owned,
                    ))
                })?,
            };
            rest = rest.get(1..).unwrap_or_default();
            match last {
                Some(previous) if previous == unit => {
                    return Err(error(format!(
                        "unit `{}` given twice",
                        char::from(designator.unwrap_or(b'?'))
                    )));
                }
                Some(previous) if previous > unit => {
                    return Err(error(
                        "units out of order: days, then `T`, hours, minutes, seconds".to_owned(),
                    ));
                }
                _ => last = Some(unit),
            }
            if fraction.is_some() && unit != Unit::Seconds {
                return Err(error("only seconds may have a fraction".to_owned()));
            }
            if number.len() > 1 && number.first() == Some(&b'0') {
                return Err(error(format!(
                    "leading zeros in the number at position {start}"
                )));
            }
            let value = parse_u64(number)
                .ok_or_else(|| error(format!("the number at position {start} is too large")))?;
            match unit {
                Unit::Days => duration.days = Some(value),
                Unit::Hours => duration.hours = Some(value),
                Unit::Minutes => duration.minutes = Some(value),
                Unit::Seconds => {
                    duration.seconds = Some(value);
                    (duration.nanos, duration.fraction_digits) = fraction.unwrap_or((0, 0));
                }
            }
        }
        if total_seconds(
            duration.days,
            duration.hours,
            duration.minutes,
            duration.seconds,
        )
        .is_none()
        {
            return Err(error(
                "out of range: longer than 9223372036854775807 seconds".to_owned(),
            ));
        }
        Ok(duration)
    }
}

impl fmt::Display for Duration {
    /// `[-]P[nD][T[nH][nM][n[.fffffffff]S]]`, with the units kept.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.negative {
            f.write_str("-")?;
        }
        f.write_str("P")?;
        if let Some(days) = self.days {
            write!(f, "{days}D")?;
        }
        if self.hours.is_some() || self.minutes.is_some() || self.seconds.is_some() {
            f.write_str("T")?;
        }
        if let Some(hours) = self.hours {
            write!(f, "{hours}H")?;
        }
        if let Some(minutes) = self.minutes {
            write!(f, "{minutes}M")?;
        }
        if let Some(seconds) = self.seconds {
            write!(f, "{seconds}")?;
            write_fraction(f, self.nanos, self.fraction_digits)?;
            f.write_str("S")?;
        }
        Ok(())
    }
}

impl EdmText for Duration {
    const EXPECTING: &'static str = "an Edm.Duration string, such as \"P1DT2H30M\"";
}

super::text_serde!(Duration);

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]
mod tests {
    use super::super::test_support::{
        assert_json_error, assert_parse_error, fuzz, fuzz_inputs, round_trip,
    };
    use super::*;
    use std::time::Duration as Std;

    #[track_caller]
    fn check(text: &str, std: Option<Std>, seconds: f64) -> Duration {
        let value = round_trip::<Duration>(&format!("\"{text}\""));
        assert_eq!(value.to_string(), text);
        assert_eq!(value.to_std(), std, "{text}");
        assert_eq!(value.as_seconds_f64(), seconds, "{text}");
        value
    }

    #[test]
    fn round_trips_keep_the_units() {
        check("PT1H30M", Some(Std::from_secs(5400)), 5400.0);
        check("PT90M", Some(Std::from_secs(5400)), 5400.0);
        check("P1DT2H", Some(Std::from_secs(93_600)), 93_600.0);
        check("-PT5S", None, -5.0);
        check("PT0S", Some(Std::ZERO), 0.0);
        check("P0D", Some(Std::ZERO), 0.0);
        check("-PT0S", Some(Std::ZERO), -0.0);
        check("P3D", Some(Std::from_secs(259_200)), 259_200.0);
        check("PT1.5S", Some(Std::from_millis(1500)), 1.5);
        check("PT1.500S", Some(Std::from_millis(1500)), 1.5);
        check("PT0.000000001S", Some(Std::from_nanos(1)), 1e-9);
        check("PT0.0S", Some(Std::ZERO), 0.0);
        check("PT24H", Some(Std::from_secs(86_400)), 86_400.0);
        check("P1DT0H0M0S", Some(Std::from_secs(86_400)), 86_400.0);
        check("P1DT1M", Some(Std::from_secs(86_460)), 86_460.0);
        check("PT36H", Some(Std::from_secs(129_600)), 129_600.0);
        check("PT100000S", Some(Std::from_secs(100_000)), 100_000.0);
        check("PT10M", Some(Std::from_secs(600)), 600.0);
        check("-P1DT2H3M4.56S", None, -93_784.56);
        let max = check(
            "PT9223372036854775807.999999999S",
            Some(Std::new(i64::MAX as u64, 999_999_999)),
            9.223_372_036_854_776e18,
        );
        assert_eq!(max.to_time_duration(), time::Duration::MAX);
        let value = check("PT90M", Some(Std::from_secs(5400)), 5400.0);
        assert_ne!(value, "PT1H30M".parse().unwrap());
        assert_eq!(
            value.to_time_duration(),
            "PT1H30M".parse::<Duration>().unwrap().to_time_duration()
        );
    }

    #[test]
    fn components() {
        let value: Duration = "-P1DT2H3M4.560S".parse().unwrap();
        assert!(value.is_negative());
        assert_eq!(value.days(), Some(1));
        assert_eq!(value.hours(), Some(2));
        assert_eq!(value.minutes(), Some(3));
        assert_eq!(value.seconds(), Some(4));
        assert_eq!(value.nanoseconds(), 560_000_000);
        assert_eq!(value.fraction_digits(), 3);
        assert_eq!(
            value.to_time_duration(),
            -time::Duration::new(93_784, 560_000_000)
        );
        assert_eq!(time::Duration::from(value), value.to_time_duration());
        let value: Duration = "PT5M".parse().unwrap();
        assert_eq!(
            (value.days(), value.hours(), value.seconds()),
            (None, None, None)
        );
    }

    #[test]
    fn constructors() {
        assert_eq!(Duration::ZERO.to_string(), "PT0S");
        assert_eq!(Duration::default(), Duration::ZERO);
        assert_eq!(Duration::from_days(3).to_string(), "P3D");
        assert_eq!(Duration::from_hours(36).to_string(), "PT36H");
        assert_eq!(Duration::from_minutes(90).to_string(), "PT90M");
        assert_eq!(Duration::from_seconds(5).to_string(), "PT5S");
        assert_eq!((-Duration::from_seconds(5)).to_string(), "-PT5S");
        assert_eq!(-(-Duration::from_seconds(5)), Duration::from_seconds(5));
        assert_eq!(
            Duration::from_days(u32::MAX).to_std(),
            Some(Std::from_secs(u64::from(u32::MAX) * 86_400))
        );
        for (std, text) in [
            (Std::ZERO, "PT0S"),
            (Std::from_secs(5400), "PT1H30M"),
            (Std::from_secs(86_400), "P1D"),
            (Std::new(93_784, 500_000_000), "P1DT2H3M4.5S"),
            (Std::from_millis(250), "PT0.25S"),
            (Std::from_secs(86_401), "P1DT1S"),
            (Std::from_nanos(1), "PT0.000000001S"),
        ] {
            let value = Duration::try_from(std).unwrap();
            assert_eq!(value.to_string(), text);
            assert_eq!(value.to_std(), Some(std));
        }
        assert!(Duration::try_from(Std::from_secs(u64::MAX)).is_err());
        for (length, text) in [
            (time::Duration::ZERO, "PT0S"),
            (time::Duration::seconds(-90), "-PT1M30S"),
            (time::Duration::new(-1, -500_000_000), "-PT1.5S"),
            (time::Duration::nanoseconds(-5), "-PT0.000000005S"),
            (time::Duration::MAX, "P106751991167300DT15H30M7.999999999S"),
        ] {
            let value = Duration::try_from(length).unwrap();
            assert_eq!(value.to_string(), text);
            assert_eq!(value.to_time_duration(), length);
        }
        let error = Duration::try_from(time::Duration::MIN).unwrap_err();
        assert!(error.to_string().contains("longer than"));
    }

    #[test]
    fn bad_inputs() {
        assert_json_error::<Duration>("true", &["invalid type: boolean", "Edm.Duration"]);
        assert_json_error::<Duration>("{}", &["invalid type: map"]);
        assert_json_error::<Duration>("3600", &["invalid type: integer"]);
        for (text, reason) in [
            ("", "empty string"),
            ("P", "no days, hours, minutes or seconds after `P`"),
            ("-P", "after `P`"),
            ("PT", "no hours, minutes or seconds after `T`"),
            ("P1DT", "after `T`"),
            (
                "P1Y",
                "years (`Y`) are not part of an Edm.Duration (a dayTimeDuration)",
            ),
            (
                "P1M",
                "months (`M` before `T`) are not part of an Edm.Duration",
            ),
            ("P1Y2M3D", "years"),
            ("P1W", "weeks"),
            ("PT1H2H", "unit `H` given twice"),
            ("P1D2D", "unit `D` given twice"),
            ("PT1M1H", "units out of order"),
            ("PT1S1M", "units out of order"),
            ("PT1D", "days (`D`) must come before `T`"),
            ("P1H", "must come after `T`"),
            ("P1S", "must come after `T`"),
            ("PT1HT1M", "a second `T`"),
            ("1H", "does not start with `P`"),
            ("T1H", "does not start with `P`"),
            ("pt1h", "does not start with `P`"),
            ("+PT1H", "does not start with `P`"),
            ("--PT1H", "does not start with `P`"),
            (" PT1H", "does not start with `P`"),
            ("PT1H ", "expected a number at position 4, found ' '"),
            ("PT1h", "'h' at position 3 is not a unit"),
            ("PTH", "expected a number at position 2, found 'H'"),
            ("PT-1H", "expected a number at position 2, found '-'"),
            ("PT1", "the number at position 2 has no unit"),
            ("PT1.S", "no digits after `.`"),
            ("PT.5S", "expected a number"),
            ("PT1.5H", "only seconds may have a fraction"),
            ("P1.5D", "only seconds may have a fraction"),
            ("PT1.1234567890S", "10 fractional digits: at most 9"),
            ("PT1.5.5S", "'.' at position 5 is not a unit"),
            ("PT01H", "leading zeros"),
            ("P00D", "leading zeros"),
            ("PT99999999999999999999S", "too large"),
            ("P106751991167301D", "out of range"),
            ("PT9223372036854775808S", "out of range"),
            ("P106751991167300DT15H30M8S", "out of range"),
            ("P1DT1é", "'é' at position 5 is not a unit"),
            ("P1", "has no unit"),
        ] {
            assert_parse_error::<Duration>(text, &["Edm.Duration", reason, "[-]P[nD]"]);
            assert_json_error::<Duration>(&serde_json::to_string(text).unwrap(), &[reason]);
        }
    }

    #[test]
    fn no_panics() {
        let inputs = fuzz_inputs(
            0xd07a,
            6000,
            "0123456789PTDHMSYW.-",
            &[
                "PT1H30M",
                "-P1DT2H3M4.56S",
                "P3D",
                "PT0.000000001S",
                "PT9223372036854775807S",
            ],
        );
        assert!(fuzz::<Duration>(&inputs, true) > 100);
        for input in &inputs {
            if let Ok(value) = input.parse::<Duration>() {
                let _ = (
                    value.to_std(),
                    value.to_time_duration(),
                    value.as_seconds_f64(),
                );
            }
        }
    }
}
