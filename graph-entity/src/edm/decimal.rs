//! `Edm.Decimal`: [`Decimal`].

use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Unexpected};
use serde::ser::{self, Serialize, Serializer};
use serde_json::value::RawValue;

use super::{Double, NumberForm, ParseError, is_json_number};

const EDM_TYPE: &str = "Edm.Decimal";
const EXPECTED: &str = "a decimal number in JSON syntax, such as `-12.50` or `1.5e-3`";
const EXPECTING: &str = "an Edm.Decimal: a JSON number, or a string holding one";

/// An `Edm.Decimal`: a decimal number of any precision, kept as its exact text.
///
/// Reads a JSON number without rounding it (the digits are taken from the document's text),
/// or the `IEEE754Compatible` string form (`"1.50"`), and writes back the same text in the same
/// form ([`NumberForm`]). The text follows the JSON number grammar,
/// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
///
/// Reading the number form needs `serde_json` (it reads through
/// [`RawValue`](serde_json::value::RawValue)): `serde_json::from_str`, `from_slice`,
/// `from_reader` and `from_value` work. Equality compares the text and the form: `1.5` is not
/// `1.50`.
///
/// ```
/// use graph_entity::edm::Decimal;
///
/// let json = "123456789012345678901234567890.000000000000000001";
/// let amount: Decimal = serde_json::from_str(json)?;
/// assert_eq!(amount.as_str(), json);
/// assert_eq!(serde_json::to_string(&amount)?, json);
/// assert_eq!(serde_json::to_string(&Decimal::from(-5))?, "-5");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone)]
pub struct Decimal {
    /// Valid per [`is_json_number`].
    text: Box<str>,
    form: NumberForm,
}

impl Decimal {
    /// The decimal text, such as `"-12.50"` (without quotes, whatever the form).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// How it is written: a JSON number or a string.
    pub fn form(&self) -> NumberForm {
        self.form
    }

    /// The same number, written in `form`.
    #[must_use]
    pub fn with_form(mut self, form: NumberForm) -> Self {
        self.form = form;
        self
    }

    /// The nearest `f64` (infinite beyond `f64`'s range, `0.0` below its precision).
    pub fn to_f64(&self) -> f64 {
        self.text.parse().unwrap_or(f64::NAN)
    }

    fn number(text: String) -> Self {
        Decimal {
            text: text.into_boxed_str(),
            form: NumberForm::Number,
        }
    }
}

impl PartialEq for Decimal {
    /// The same text and form.
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text && self.form == other.form
    }
}

impl Eq for Decimal {}

impl Hash for Decimal {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.text.hash(state);
        self.form.hash(state);
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Decimal")
            .field(&&*self.text)
            .field(&self.form)
            .finish()
    }
}

macro_rules! from_integer {
    ($($integer:ty),*) => {$(
        impl From<$integer> for Decimal {
            /// The integer, written as a JSON number.
            fn from(value: $integer) -> Self {
                Decimal::number(value.to_string())
            }
        }
    )*};
}

from_integer!(i8, i16, i32, i64, i128, u8, u16, u32, u64, u128);

impl TryFrom<f64> for Decimal {
    type Error = ParseError;

    /// The shortest decimal that reads back as `value` (`0.1` for `0.1`, `1e-7` for `1e-7`),
    /// written as a JSON number; infinities and `NaN` are errors.
    fn try_from(value: f64) -> Result<Self, ParseError> {
        let text = Double::new(value).to_string();
        if value.is_finite() {
            Ok(Decimal::number(text))
        } else {
            Err(ParseError::new(
                EDM_TYPE,
                &text,
                "not a finite number",
                EXPECTED,
            ))
        }
    }
}

impl From<Decimal> for f64 {
    /// The nearest `f64`, as [`Decimal::to_f64`].
    fn from(value: Decimal) -> Self {
        value.to_f64()
    }
}

fn parse(text: &str) -> Result<(), ParseError> {
    if is_json_number(text) {
        Ok(())
    } else if text.is_empty() {
        Err(ParseError::new(EDM_TYPE, text, "empty string", EXPECTED))
    } else {
        Err(ParseError::new(EDM_TYPE, text, "not a number", EXPECTED))
    }
}

impl FromStr for Decimal {
    type Err = ParseError;

    /// Checks `text` is a decimal number in JSON syntax; it is written as a JSON number.
    fn from_str(text: &str) -> Result<Self, ParseError> {
        parse(text)?;
        Ok(Decimal::number(text.to_owned()))
    }
}

impl fmt::Display for Decimal {
    /// The decimal text (whatever the form).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.form {
            NumberForm::String => serializer.serialize_str(&self.text),
            NumberForm::Number => {
                // Borrowed: checks the text, allocates nothing.
                let raw: &RawValue =
                    serde_json::from_str(&self.text).map_err(ser::Error::custom)?;
                raw.serialize(serializer)
            }
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = <Box<RawValue>>::deserialize(deserializer)?;
        let json = raw.get();
        let unexpected = match json.as_bytes().first() {
            Some(b'"') => {
                let text: String = serde_json::from_str(json).map_err(de::Error::custom)?;
                parse(&text).map_err(de::Error::custom)?;
                return Ok(Decimal {
                    text: text.into_boxed_str(),
                    form: NumberForm::String,
                });
            }
            Some(b'-' | b'0'..=b'9') if is_json_number(json) => {
                return Ok(Decimal::number(json.to_owned()));
            }
            Some(b't') => Unexpected::Bool(true),
            Some(b'f') => Unexpected::Bool(false),
            Some(b'n') => Unexpected::Unit,
            Some(b'{') => Unexpected::Map,
            Some(b'[') => Unexpected::Seq,
            _ => Unexpected::Other(json),
        };
        Err(de::Error::invalid_type(unexpected, &EXPECTING))
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
    fn numbers_keep_their_text() {
        for json in [
            "123456789012345678901234567890.000000000000000001",
            "-0.000000000000000000000000000001",
            "1.10",
            "1.50",
            "0",
            "-0",
            "-0.0",
            "1e3",
            "1E+3",
            "2.5e-10",
            "100",
            "9007199254740993",
            "1e400",
        ] {
            let value = round_trip::<Decimal>(json);
            assert_eq!(value.as_str(), json);
            assert_eq!(value.form(), NumberForm::Number);
        }
    }

    #[test]
    fn strings_keep_their_text() {
        for text in ["1.50", "-12345678901234567890.123", "0", "1e-3"] {
            let json = format!("\"{text}\"");
            let value = round_trip::<Decimal>(&json);
            assert_eq!(value.as_str(), text);
            assert_eq!(value.form(), NumberForm::String);
        }
        // Escapes are read, and written without them.
        let value: Decimal = serde_json::from_str(r#""\u0031.5""#).unwrap();
        assert_eq!(serde_json::to_string(&value).unwrap(), r#""1.5""#);
    }

    #[test]
    fn inside_documents_and_values() {
        let json = r#"{"a":1.000000000000000000001,"b":"2.50","c":null,"d":-1E-400}"#;
        let value: std::collections::BTreeMap<String, Option<Decimal>> =
            serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&value).unwrap(), json);
        let list: Vec<Decimal> = serde_json::from_str("[ 1.0 , \"2.0\" ]").unwrap();
        assert_eq!(serde_json::to_string(&list).unwrap(), r#"[1.0,"2.0"]"#);
        // Through `serde_json::Value` (whose numbers are f64: the text is Value's).
        let value: Decimal = serde_json::from_value(serde_json::json!(2.5)).unwrap();
        assert_eq!(value.as_str(), "2.5");
        let value: Decimal = serde_json::from_value(serde_json::json!("2.50")).unwrap();
        assert_eq!(value.as_str(), "2.50");
        assert_eq!(
            serde_json::to_value(Decimal::from(7)).unwrap(),
            serde_json::json!(7)
        );
    }

    #[test]
    fn conversions() {
        assert_eq!(Decimal::from(-5).as_str(), "-5");
        assert_eq!(Decimal::from(u128::MAX).as_str(), u128::MAX.to_string());
        assert_eq!(Decimal::try_from(0.1).unwrap().as_str(), "0.1");
        assert_eq!(Decimal::try_from(100.0).unwrap().as_str(), "100");
        assert_eq!(Decimal::try_from(1e-7).unwrap().as_str(), "1e-7");
        assert!(Decimal::try_from(f64::NAN).is_err());
        assert!(
            Decimal::try_from(f64::INFINITY)
                .unwrap_err()
                .to_string()
                .contains("not a finite number")
        );
        assert_eq!("1.25".parse::<Decimal>().unwrap().to_f64(), 1.25);
        assert_eq!(
            f64::from("1e400".parse::<Decimal>().unwrap()),
            f64::INFINITY
        );
        let value = "1.50".parse::<Decimal>().unwrap();
        assert_eq!(value.to_string(), "1.50");
        assert_eq!(value.form(), NumberForm::Number);
        let string = value.clone().with_form(NumberForm::String);
        assert_eq!(serde_json::to_string(&string).unwrap(), r#""1.50""#);
        assert_ne!(string, value);
        assert_ne!("1.5".parse::<Decimal>().unwrap(), value);
        assert_eq!(format!("{value:?}"), r#"Decimal("1.50", Number)"#);
    }

    #[test]
    fn bad_inputs() {
        assert_json_error::<Decimal>("true", &["invalid type: boolean `true`", "Edm.Decimal"]);
        assert_json_error::<Decimal>("false", &["invalid type: boolean `false`"]);
        assert_json_error::<Decimal>("{}", &["invalid type: map", "Edm.Decimal"]);
        assert_json_error::<Decimal>("[1]", &["invalid type: sequence"]);
        assert_json_error::<Decimal>("null", &["invalid type: null"]);
        assert_json_error::<Decimal>("01", &[]);
        for (text, reason) in [
            ("", "empty string"),
            ("1.", "not a number"),
            (".5", "not a number"),
            ("+1", "not a number"),
            ("01", "not a number"),
            (" 1", "not a number"),
            ("1,5", "not a number"),
            ("NaN", "not a number"),
            ("INF", "not a number"),
            ("12a", "not a number"),
        ] {
            assert_parse_error::<Decimal>(text, &["Edm.Decimal", reason, "JSON syntax"]);
            assert_json_error::<Decimal>(&serde_json::to_string(text).unwrap(), &[reason]);
        }
    }

    #[test]
    fn no_panics() {
        let inputs = fuzz_inputs(
            0xdec,
            4000,
            "0123456789-+.eE",
            &["1.50", "-0.0e+10", "123456789012345678901234567890.5"],
        );
        assert!(fuzz::<Decimal>(&inputs, true) > 100);
    }
}
