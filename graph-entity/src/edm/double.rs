//! `Edm.Double`: [`Double`].

use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};

use super::{ParseError, is_json_number};

const EDM_TYPE: &str = "Edm.Double";
const EXPECTED: &str = "a decimal number such as `1.5` or `-2E10`, or `INF`, `-INF`, `NaN`";

/// How an [`Edm.Double`](Double) is written.
///
/// Whatever the form, the special values are written as the strings `"INF"`, `"-INF"` and
/// `"NaN"` (JSON has no numbers for them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DoubleForm {
    /// A JSON number with a fraction or exponent, `1.5`, in shortest round-trip form. The
    /// default.
    #[default]
    Float,
    /// A JSON integer, `5`, as read from one (when the value is still a whole number in the
    /// range of `i64` or `u64`; otherwise as [`Float`](DoubleForm::Float)).
    Integer,
    /// A JSON string, `"1.5"`: the form OData uses for the special values, and that some
    /// services use for every value (`IEEE754Compatible`).
    String,
}

/// An `Edm.Double`: a 64-bit floating-point number, including infinities and `NaN`.
///
/// Reads JSON numbers, the strings `"INF"`, `"-INF"` and `"NaN"` (OData's spelling), and
/// decimal numbers in strings (`"1.5"`). It remembers whether it read an integer, a number
/// with a fraction or exponent, or a string ([`DoubleForm`]), so a document read and written
/// back is an equal JSON value: `5` stays `5`, `"1.5"` stays a string.
///
/// The round trip is lossless in value, not in text: numbers are written in shortest
/// round-trip form, so `1.10` is written `1.1` and `1e3` is written `1000.0` (equal JSON
/// values). Integers beyond 2^53 are rounded to the nearest double as they are read (use
/// [`Int64`](super::Int64) or [`Decimal`](super::Decimal) for those). A number read from a
/// string is written back as a string in shortest form: `"2.50"` as `"2.5"` (OData services
/// write only the special values as strings).
///
/// Equality compares the bits and the form, so `NaN == NaN` and `0.0 != -0.0`.
///
/// ```
/// use graph_entity::edm::{Double, DoubleForm};
///
/// let values: Vec<Double> = serde_json::from_str(r#"[1.5, 5, "INF", "NaN"]"#)?;
/// assert_eq!(values[1], Double(5.0, DoubleForm::Integer));
/// assert!(values[3].0.is_nan());
/// assert_eq!(serde_json::to_string(&values)?, r#"[1.5,5,"INF","NaN"]"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Double(
    /// The value.
    pub f64,
    /// How it is written.
    pub DoubleForm,
);

impl Double {
    /// `value`, written as a JSON number (with a fraction or exponent) or a special string.
    pub const fn new(value: f64) -> Self {
        Double(value, DoubleForm::Float)
    }

    /// The value.
    pub const fn get(self) -> f64 {
        self.0
    }
}

impl PartialEq for Double {
    /// Equal bits (so `NaN` equals itself) and equal forms.
    fn eq(&self, other: &Self) -> bool {
        self.0.to_bits() == other.0.to_bits() && self.1 == other.1
    }
}

impl Eq for Double {}

impl Hash for Double {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.to_bits().hash(state);
        self.1.hash(state);
    }
}

impl From<f64> for Double {
    /// `value`, written as a JSON number (with a fraction or exponent) or a special string.
    fn from(value: f64) -> Self {
        Double::new(value)
    }
}

impl From<f32> for Double {
    /// `value`, exactly, written as a JSON number (with a fraction or exponent).
    fn from(value: f32) -> Self {
        Double::new(f64::from(value))
    }
}

impl From<i32> for Double {
    /// `value`, exactly, written as a JSON integer.
    fn from(value: i32) -> Self {
        Double(f64::from(value), DoubleForm::Integer)
    }
}

impl From<Double> for f64 {
    fn from(value: Double) -> Self {
        value.0
    }
}

/// Parses `INF`, `-INF`, `NaN` or a JSON number; a finite number too large for `f64` is an error.
fn parse(text: &str) -> Result<f64, ParseError> {
    match text {
        "INF" => Ok(f64::INFINITY),
        "-INF" => Ok(f64::NEG_INFINITY),
        "NaN" => Ok(f64::NAN),
        _ if is_json_number(text) => match text.parse::<f64>() {
            Ok(value) if value.is_finite() => Ok(value),
            _ => Err(ParseError::new(
                EDM_TYPE,
                text,
                "out of range for a 64-bit floating-point number",
                EXPECTED,
            )),
        },
        "" => Err(ParseError::new(EDM_TYPE, text, "empty string", EXPECTED)),
        _ => Err(ParseError::new(EDM_TYPE, text, "not a number", EXPECTED)),
    }
}

impl FromStr for Double {
    type Err = ParseError;

    /// Parses `INF`, `-INF`, `NaN`, or a decimal number in JSON syntax (`-1.5E10`); the result
    /// is written as a JSON number (the special values as strings).
    fn from_str(text: &str) -> Result<Self, ParseError> {
        parse(text).map(Double::new)
    }
}

impl fmt::Display for Double {
    /// `INF`, `-INF`, `NaN`, or the shortest decimal that reads back as the same value: `1.5`,
    /// `100`, `1e16`, `1e-7`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = self.0;
        if value.is_nan() {
            f.write_str("NaN")
        } else if value.is_infinite() {
            f.write_str(if value > 0.0 { "INF" } else { "-INF" })
        } else if value.fract() == 0.0 && value.abs() < 1e16 {
            // `Debug` would add `.0`; `Display` never uses an exponent below 1e16.
            write!(f, "{value}")
        } else {
            write!(f, "{value:?}")
        }
    }
}

/// `value` as an `i64` or `u64`, if it is a whole number in their range (and not `-0.0`).
enum Whole {
    Signed(i64),
    Unsigned(u64),
}

fn whole(value: f64) -> Option<Whole> {
    const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;
    const TWO_POW_64: f64 = 18_446_744_073_709_551_616.0;
    if value.fract() != 0.0 || !value.is_finite() || (value == 0.0 && value.is_sign_negative()) {
        None
    } else if (-TWO_POW_63..TWO_POW_63).contains(&value) {
        // Exact: a whole number in range.
        Some(Whole::Signed(value as i64))
    } else if (0.0..TWO_POW_64).contains(&value) {
        Some(Whole::Unsigned(value as u64))
    } else {
        None
    }
}

impl Serialize for Double {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if !self.0.is_finite() || self.1 == DoubleForm::String {
            return serializer.collect_str(self);
        }
        match (self.1, whole(self.0)) {
            (DoubleForm::Integer, Some(Whole::Signed(value))) => serializer.serialize_i64(value),
            (DoubleForm::Integer, Some(Whole::Unsigned(value))) => serializer.serialize_u64(value),
            _ => serializer.serialize_f64(self.0),
        }
    }
}

struct DoubleVisitor;

impl Visitor<'_> for DoubleVisitor {
    type Value = Double;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "an Edm.Double: a JSON number, or a string: \"INF\", \"-INF\", \"NaN\" or a number",
        )
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Double, E> {
        Ok(Double(value, DoubleForm::Float))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Double, E> {
        Ok(Double(value as f64, DoubleForm::Integer))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Double, E> {
        Ok(Double(value as f64, DoubleForm::Integer))
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<Double, E> {
        Ok(Double(value as f64, DoubleForm::Integer))
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<Double, E> {
        Ok(Double(value as f64, DoubleForm::Integer))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Double, E> {
        parse(text)
            .map(|value| Double(value, DoubleForm::String))
            .map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Double {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DoubleVisitor)
    }
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing
)]
mod tests {
    use super::super::test_support::{
        assert_json_error, assert_parse_error, fuzz, fuzz_inputs, round_trip,
    };
    use super::*;

    fn value_round_trip(json: &str, written: &str) -> Double {
        let value: Double = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&value).unwrap(), written, "{json}");
        let original: serde_json::Value = serde_json::from_str(json).unwrap();
        let back: serde_json::Value = serde_json::from_str(written).unwrap();
        assert_eq!(original, back, "{json} is not the same JSON value");
        value
    }

    #[test]
    fn numbers_round_trip_as_equal_values() {
        assert_eq!(round_trip::<Double>("1.5"), Double(1.5, DoubleForm::Float));
        assert_eq!(
            round_trip::<Double>("-0.25"),
            Double(-0.25, DoubleForm::Float)
        );
        assert_eq!(round_trip::<Double>("5"), Double(5.0, DoubleForm::Integer));
        assert_eq!(round_trip::<Double>("0"), Double(0.0, DoubleForm::Integer));
        assert_eq!(
            round_trip::<Double>("-7"),
            Double(-7.0, DoubleForm::Integer)
        );
        round_trip::<Double>("5e-324");
        round_trip::<Double>("100.0");
        round_trip::<Double>("18446744073709549568");
        round_trip::<Double>("-9007199254740992");
        round_trip::<Double>("-9223372036854775808");
        // Value-lossless, not text-lossless.
        value_round_trip("1.10", "1.1");
        value_round_trip("1e3", "1000.0");
        value_round_trip("1E+2", "100.0");
        value_round_trip("-0", "-0.0");
        value_round_trip("0.30000000000000004", "0.30000000000000004");
        value_round_trip("18446744073709551616", "1.8446744073709552e+19");
        value_round_trip("1.7976931348623157e308", "1.7976931348623157e+308");
        // Rounded to the nearest double as it is read: the documented limit.
        let rounded: Double = serde_json::from_str("9007199254740993").unwrap();
        assert_eq!(
            rounded,
            Double(9_007_199_254_740_992.0, DoubleForm::Integer)
        );
        assert_eq!(serde_json::to_string(&rounded).unwrap(), "9007199254740992");
    }

    #[test]
    fn special_values_are_strings() {
        assert_eq!(
            round_trip::<Double>(r#""INF""#),
            Double(f64::INFINITY, DoubleForm::String)
        );
        assert_eq!(
            round_trip::<Double>(r#""-INF""#),
            Double(f64::NEG_INFINITY, DoubleForm::String)
        );
        let nan = round_trip::<Double>(r#""NaN""#);
        assert!(nan.0.is_nan());
        assert_eq!(nan, Double(f64::NAN, DoubleForm::String));
        for form in [DoubleForm::Float, DoubleForm::Integer, DoubleForm::String] {
            let written = serde_json::to_string(&Double(f64::NEG_INFINITY, form)).unwrap();
            assert_eq!(written, r#""-INF""#);
            assert_eq!(
                serde_json::to_string(&Double(f64::NAN, form)).unwrap(),
                r#""NaN""#
            );
        }
    }

    #[test]
    fn numbers_in_strings() {
        assert_eq!(
            round_trip::<Double>(r#""1.5""#),
            Double(1.5, DoubleForm::String)
        );
        round_trip::<Double>(r#""-2""#);
        round_trip::<Double>(r#""1e-7""#);
        round_trip::<Double>(r#""1e16""#);
        // The documented limit: a number in a string is written back in shortest form.
        for (json, written) in [(r#""2.50""#, r#""2.5""#), (r#""1E3""#, r#""1000""#)] {
            let value: Double = serde_json::from_str(json).unwrap();
            assert_eq!(serde_json::to_string(&value).unwrap(), written);
        }
    }

    #[test]
    fn integer_form_after_edit() {
        let mut value = Double(5.0, DoubleForm::Integer);
        value.0 = 2.5;
        assert_eq!(serde_json::to_string(&value).unwrap(), "2.5");
        value.0 = -0.0;
        assert_eq!(serde_json::to_string(&value).unwrap(), "-0.0");
        value.0 = 1e300;
        assert_eq!(serde_json::to_string(&value).unwrap(), "1e+300");
    }

    #[test]
    fn display_and_from_str() {
        for (value, text) in [
            (1.5, "1.5"),
            (100.0, "100"),
            (-0.0, "-0"),
            (1e16, "1e16"),
            (1e-7, "1e-7"),
            (0.1, "0.1"),
            (f64::INFINITY, "INF"),
            (f64::NEG_INFINITY, "-INF"),
            (f64::NAN, "NaN"),
        ] {
            assert_eq!(Double::new(value).to_string(), text);
            assert_eq!(text.parse::<Double>().unwrap(), Double::new(value));
        }
    }

    #[test]
    fn conversions_and_equality() {
        assert_eq!(Double::from(2.5), Double(2.5, DoubleForm::Float));
        assert_eq!(Double::from(2.5f32), Double(2.5, DoubleForm::Float));
        assert_eq!(Double::from(3), Double(3.0, DoubleForm::Integer));
        assert_eq!(f64::from(Double::new(4.0)), 4.0);
        assert_eq!(Double::new(4.0).get(), 4.0);
        assert_ne!(Double::new(0.0), Double::new(-0.0));
        assert_ne!(Double::new(1.0), Double(1.0, DoubleForm::String));
        assert_eq!(Double::new(f64::NAN), Double::new(f64::NAN));
        let set: std::collections::HashSet<Double> =
            [Double::new(f64::NAN), Double::new(f64::NAN)].into();
        assert_eq!(set.len(), 1);
        assert_eq!(serde_json::to_string(&Double::from(2.0)).unwrap(), "2.0");
    }

    #[test]
    fn bad_inputs() {
        assert_json_error::<Double>("true", &["invalid type: boolean", "Edm.Double"]);
        assert_json_error::<Double>("{}", &["invalid type: map", "Edm.Double"]);
        assert_json_error::<Double>("null", &["invalid type: null"]);
        assert_json_error::<Double>("1e400", &["out of range"]);
        for (text, reason) in [
            ("inf", "not a number"),
            ("Infinity", "not a number"),
            ("nan", "not a number"),
            ("", "empty string"),
            (" 1", "not a number"),
            ("+1", "not a number"),
            ("1.", "not a number"),
            (".5", "not a number"),
            ("0x10", "not a number"),
            ("1e400", "out of range"),
            ("-1e309", "out of range"),
        ] {
            assert_parse_error::<Double>(text, &["Edm.Double", reason, "`INF`"]);
            assert_json_error::<Double>(&serde_json::to_string(text).unwrap(), &[reason]);
        }
    }

    #[test]
    fn no_panics() {
        let inputs = fuzz_inputs(
            0xd0b1e,
            4000,
            "0123456789-+.eEINFNa",
            &["1.5", "-INF", "NaN", "1e-7", "-0.0e+10"],
        );
        assert!(fuzz::<Double>(&inputs, false) > 100);
        for input in &inputs {
            if let Ok(value) = input.parse::<Double>() {
                let again: Double = value.to_string().parse().unwrap();
                assert_eq!(again, value, "{input}");
            }
        }
    }
}
