//! `Edm.Int64`: [`Int64`].

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use serde::ser::{Serialize, Serializer};

use super::{NumberForm, ParseError};

const EDM_TYPE: &str = "Edm.Int64";
const EXPECTED: &str = "a decimal integer such as `-42` (no `+`, leading zeros or spaces) from \
                        -9223372036854775808 to 9223372036854775807";

/// An `Edm.Int64`: a 64-bit integer, exact over its whole range (also above 2^53).
///
/// Reads a JSON integer, or the `IEEE754Compatible` string form (`"9007199254740993"`), and
/// remembers which ([`NumberForm`]) to write it back the same way; [`Int64::from`] writes a
/// number. Floats (`1.5`, `1e3`) and integers out of range are errors.
///
/// ```
/// use graph_entity::edm::{Int64, NumberForm};
///
/// let n: Int64 = serde_json::from_str(r#""9223372036854775807""#)?;
/// assert_eq!(n, Int64(i64::MAX, NumberForm::String));
/// assert_eq!(serde_json::to_string(&n)?, r#""9223372036854775807""#);
/// assert!(serde_json::from_str::<Int64>("1e3").is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Int64(
    /// The value.
    pub i64,
    /// How it is written: a JSON number or a string.
    pub NumberForm,
);

impl Int64 {
    /// `value`, written as a JSON number.
    pub const fn new(value: i64) -> Self {
        Int64(value, NumberForm::Number)
    }

    /// The value.
    pub const fn get(self) -> i64 {
        self.0
    }
}

impl From<i64> for Int64 {
    /// `value`, written as a JSON number.
    fn from(value: i64) -> Self {
        Int64::new(value)
    }
}

impl From<Int64> for i64 {
    fn from(value: Int64) -> Self {
        value.0
    }
}

/// Parses the canonical decimal text of an `i64`: what `i64`'s `Display` writes, nothing else.
fn parse(text: &str) -> Result<i64, ParseError> {
    let error = |reason: &'static str| ParseError::new(EDM_TYPE, text, reason, EXPECTED);
    let bytes = text.as_bytes();
    let digits = bytes.strip_prefix(b"-").unwrap_or(bytes);
    if text.is_empty() {
        return Err(error("empty string"));
    }
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return Err(error("not a decimal integer"));
    }
    if digits.len() > 1 && digits.first() == Some(&b'0') {
        return Err(error("leading zeros"));
    }
    if digits.len() < bytes.len() && digits == b"0" {
        return Err(error("negative zero"));
    }
    text.parse()
        .map_err(|_| error("out of range for a 64-bit integer"))
}

impl FromStr for Int64 {
    type Err = ParseError;

    /// Parses a decimal integer (such as `-42`), written back as a JSON number.
    fn from_str(text: &str) -> Result<Self, ParseError> {
        parse(text).map(Int64::new)
    }
}

impl fmt::Display for Int64 {
    /// The decimal integer (whatever the form).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl Serialize for Int64 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.1 {
            NumberForm::Number => serializer.serialize_i64(self.0),
            NumberForm::String => serializer.collect_str(&self.0),
        }
    }
}

struct Int64Visitor;

fn out_of_range<E: de::Error>(value: impl fmt::Display) -> E {
    E::custom(format_args!(
        "{value} is out of range for an Edm.Int64 (-9223372036854775808 to 9223372036854775807)"
    ))
}

impl Visitor<'_> for Int64Visitor {
    type Value = Int64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an Edm.Int64: a JSON integer, or a string holding one")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Int64, E> {
        Ok(Int64::new(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Int64, E> {
        i64::try_from(value)
            .map(Int64::new)
            .map_err(|_| out_of_range(value))
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<Int64, E> {
        i64::try_from(value)
            .map(Int64::new)
            .map_err(|_| out_of_range(value))
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<Int64, E> {
        i64::try_from(value)
            .map(Int64::new)
            .map_err(|_| out_of_range(value))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Int64, E> {
        Err(E::invalid_type(
            Unexpected::Float(value),
            &"an Edm.Int64: a JSON integer (no fraction or exponent), or a string holding one",
        ))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Int64, E> {
        parse(text)
            .map(|value| Int64(value, NumberForm::String))
            .map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Int64 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Int64Visitor)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]
mod tests {
    use super::super::test_support::{
        assert_json_error, assert_parse_error, fuzz, fuzz_inputs, round_trip,
    };
    use super::*;

    #[test]
    fn numbers_round_trip_exactly() {
        for (json, value) in [
            ("0", 0),
            ("-1", -1),
            ("42", 42),
            ("9007199254740993", 9_007_199_254_740_993),
            ("-9007199254740993", -9_007_199_254_740_993),
            ("9223372036854775807", i64::MAX),
            ("-9223372036854775808", i64::MIN),
        ] {
            assert_eq!(round_trip::<Int64>(json), Int64(value, NumberForm::Number));
        }
    }

    #[test]
    fn strings_round_trip_exactly() {
        for (json, value) in [
            (r#""0""#, 0),
            (r#""-5""#, -5),
            (r#""9007199254740993""#, 9_007_199_254_740_993),
            (r#""-9007199254740993""#, -9_007_199_254_740_993),
            (r#""9223372036854775807""#, i64::MAX),
            (r#""-9223372036854775808""#, i64::MIN),
        ] {
            assert_eq!(round_trip::<Int64>(json), Int64(value, NumberForm::String));
        }
    }

    #[test]
    fn inside_a_document() {
        let json = r#"{"a":[1,"2",null]}"#;
        let value: std::collections::BTreeMap<String, Vec<Option<Int64>>> =
            serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&value).unwrap(), json);
    }

    #[test]
    fn conversions() {
        assert_eq!(Int64::from(7), Int64(7, NumberForm::Number));
        assert_eq!(i64::from(Int64::new(-3)), -3);
        assert_eq!(Int64::new(9).get(), 9);
        assert_eq!(serde_json::to_string(&Int64::from(7)).unwrap(), "7");
        assert_eq!(
            serde_json::to_string(&Int64(7, NumberForm::String)).unwrap(),
            r#""7""#
        );
        assert_eq!("-12".parse::<Int64>().unwrap(), Int64::new(-12));
        assert_eq!(Int64(-12, NumberForm::String).to_string(), "-12");
        assert_eq!(Int64::default(), Int64::new(0));
        assert_ne!(Int64(5, NumberForm::String), Int64::from(5));
    }

    #[test]
    fn wrong_json_types() {
        assert_json_error::<Int64>("true", &["invalid type: boolean", "Edm.Int64"]);
        assert_json_error::<Int64>("{}", &["invalid type: map", "Edm.Int64"]);
        assert_json_error::<Int64>("[]", &["invalid type: sequence"]);
        assert_json_error::<Int64>("null", &["invalid type: null"]);
        assert_json_error::<Int64>("1.5", &["floating point `1.5`", "no fraction"]);
        assert_json_error::<Int64>("1e3", &["floating point `1000.0`"]);
        assert_json_error::<Int64>("-0", &["floating point"]);
    }

    #[test]
    fn out_of_range() {
        assert_json_error::<Int64>("9223372036854775808", &["out of range", "Edm.Int64"]);
        assert_json_error::<Int64>("18446744073709551615", &["out of range"]);
        assert_json_error::<Int64>(r#""9223372036854775808""#, &["out of range"]);
        assert_json_error::<Int64>(r#""-9223372036854775809""#, &["out of range"]);
    }

    #[test]
    fn malformed_strings() {
        for (text, reason) in [
            ("12a", "not a decimal integer"),
            ("", "empty string"),
            (" 1", "not a decimal integer"),
            ("1 ", "not a decimal integer"),
            ("+1", "not a decimal integer"),
            ("-", "not a decimal integer"),
            ("007", "leading zeros"),
            ("-0", "negative zero"),
            ("1.0", "not a decimal integer"),
            ("1e3", "not a decimal integer"),
            ("٣", "not a decimal integer"),
        ] {
            assert_parse_error::<Int64>(text, &["Edm.Int64", reason, "expected a decimal"]);
            let json = serde_json::to_string(text).unwrap();
            assert_json_error::<Int64>(&json, &[reason]);
        }
    }

    #[test]
    fn no_panics() {
        let inputs = fuzz_inputs(
            0x1264,
            4000,
            "0123456789-+.e",
            &["9223372036854775807", "-9223372036854775808", "0", "-17"],
        );
        assert!(fuzz::<Int64>(&inputs, true) > 100);
    }
}
