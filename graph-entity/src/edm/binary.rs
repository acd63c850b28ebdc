//! `Edm.Binary`: [`Binary`].

use std::fmt;
use std::str::FromStr;

use base64::Engine as _;
use base64::alphabet;
use base64::display::Base64Display;
use base64::engine::general_purpose::{GeneralPurpose, NO_PAD, PAD};

use super::{EdmText, ParseError};

const EDM_TYPE: &str = "Edm.Binary";
const EXPECTED: &str = "base64, URL-safe (`-_`) or standard (`+/`), with canonical `=` padding or \
                        none";

const STANDARD: GeneralPurpose = GeneralPurpose::new(&alphabet::STANDARD, PAD);
const STANDARD_NO_PAD: GeneralPurpose = GeneralPurpose::new(&alphabet::STANDARD, NO_PAD);
const URL_SAFE: GeneralPurpose = GeneralPurpose::new(&alphabet::URL_SAFE, PAD);
const URL_SAFE_NO_PAD: GeneralPurpose = GeneralPurpose::new(&alphabet::URL_SAFE, NO_PAD);

/// The base64 variant an [`Edm.Binary`](Binary) is written in.
///
/// OData specifies URL-safe base64; Microsoft Graph writes (and accepts) standard base64 with
/// padding, the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Base64Form {
    /// Standard alphabet (`+`, `/`), padded with `=`: `+/8=`. The default.
    #[default]
    Standard,
    /// Standard alphabet, not padded: `+/8`.
    StandardNoPad,
    /// URL-safe alphabet (`-`, `_`), padded: `-_8=`.
    UrlSafe,
    /// URL-safe alphabet, not padded: `-_8` (OData's base64url).
    UrlSafeNoPad,
}

impl Base64Form {
    fn engine(self) -> &'static GeneralPurpose {
        match self {
            Base64Form::Standard => &STANDARD,
            Base64Form::StandardNoPad => &STANDARD_NO_PAD,
            Base64Form::UrlSafe => &URL_SAFE,
            Base64Form::UrlSafeNoPad => &URL_SAFE_NO_PAD,
        }
    }

    /// The form `text` is written in, or why it is none.
    ///
    /// The text alone may not tell: without `+/-_` either alphabet fits, and a length that is a
    /// multiple of 4 needs no padding. Then it is [`Standard`](Base64Form::Standard) when padded
    /// or a multiple of 4 long, and [`UrlSafeNoPad`](Base64Form::UrlSafeNoPad) otherwise (the
    /// two conventions); either way, the same bytes are written back as the same text.
    fn of(text: &str) -> Result<Self, &'static str> {
        let bytes = text.as_bytes();
        let standard = bytes.iter().any(|b| matches!(b, b'+' | b'/'));
        let url_safe = bytes.iter().any(|b| matches!(b, b'-' | b'_'));
        let padded = bytes.last() == Some(&b'=');
        let needs_padding = !bytes.len().is_multiple_of(4);
        Ok(match (standard, url_safe, padded || !needs_padding) {
            (true, true, _) => {
                return Err("mixes the standard (`+/`) and URL-safe (`-_`) alphabets");
            }
            (true, false, true) => Base64Form::Standard,
            (true, false, false) => Base64Form::StandardNoPad,
            (false, true, true) => Base64Form::UrlSafe,
            (false, true, false) => Base64Form::UrlSafeNoPad,
            (false, false, true) => Base64Form::Standard,
            (false, false, false) => Base64Form::UrlSafeNoPad,
        })
    }
}

/// An `Edm.Binary`: bytes, written as a base64 string.
///
/// Reads both base64 alphabets, URL-safe (OData's) and standard (Graph's), padded or not, and
/// remembers which ([`Base64Form`]) so that it writes back the same text. Only canonical
/// base64 is read: no whitespace, the full padding or none, and zero unused bits in the last
/// character.
///
/// ```
/// use graph_entity::edm::{Base64Form, Binary};
///
/// let bytes: Binary = serde_json::from_str(r#""-_8""#)?;
/// assert_eq!(bytes, Binary(vec![0xfb, 0xff], Base64Form::UrlSafeNoPad));
/// assert_eq!(serde_json::to_string(&bytes)?, r#""-_8""#);
/// assert_eq!(Binary::from(vec![0xfb, 0xff]).to_string(), "+/8=");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Binary(
    /// The bytes.
    pub Vec<u8>,
    /// How they are written.
    pub Base64Form,
);

impl Binary {
    /// `bytes`, written in standard base64 with padding.
    pub const fn new(bytes: Vec<u8>) -> Self {
        Binary(bytes, Base64Form::Standard)
    }

    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The bytes.
    pub fn into_bytes(self) -> Vec<u8> {
        self.0
    }
}

impl From<Vec<u8>> for Binary {
    /// `bytes`, written in standard base64 with padding.
    fn from(bytes: Vec<u8>) -> Self {
        Binary::new(bytes)
    }
}

impl From<&[u8]> for Binary {
    /// `bytes`, written in standard base64 with padding.
    fn from(bytes: &[u8]) -> Self {
        Binary::new(bytes.to_vec())
    }
}

impl From<Binary> for Vec<u8> {
    fn from(binary: Binary) -> Self {
        binary.0
    }
}

impl AsRef<[u8]> for Binary {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl FromStr for Binary {
    type Err = ParseError;

    /// Decodes base64 in either alphabet, padded or not (remembered).
    fn from_str(text: &str) -> Result<Self, ParseError> {
        let error = |reason: String| ParseError::new(EDM_TYPE, text, reason, EXPECTED);
        let form = Base64Form::of(text).map_err(|reason| error(reason.to_owned()))?;
        let bytes = form.engine().decode(text).map_err(|e| {
            error(match e {
                base64::DecodeError::InvalidByte(at, b'=') => {
                    format!("padding `=` at position {at} is not at the end, or too long")
                }
                base64::DecodeError::InvalidByte(at, _) => format!(
                    "{:?} at position {at} is not a base64 character",
                    text.get(at..)
                        .and_then(|rest| rest.chars().next())
                        .unwrap_or('?')
                ),
                base64::DecodeError::InvalidLength(_) => {
                    format!("{} base64 characters cannot encode whole bytes", text.len())
                }
                base64::DecodeError::InvalidLastSymbol { offset: at, .. } => format!(
                    "the last character (position {at}) has unused bits set: not canonical base64"
                ),
                base64::DecodeError::InvalidPadding => {
                    "padding `=` is missing or too short".to_owned()
                }
            })
        })?;
        Ok(Binary(bytes, form))
    }
}

impl fmt::Display for Binary {
    /// The bytes in base64, in the form remembered.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&Base64Display::new(&self.0, self.1.engine()), f)
    }
}

impl EdmText for Binary {
    const EXPECTING: &'static str = "an Edm.Binary: a base64 string";
}

super::text_serde!(Binary);

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]
mod tests {
    use super::super::test_support::{
        XorShift, assert_json_error, assert_parse_error, fuzz, fuzz_inputs, round_trip,
    };
    use super::*;

    #[test]
    fn every_form_round_trips() {
        for (json, bytes, form) in [
            (r#""+/8=""#, &[0xfb, 0xff][..], Base64Form::Standard),
            (r#""+/8""#, &[0xfb, 0xff], Base64Form::StandardNoPad),
            (r#""-_8=""#, &[0xfb, 0xff], Base64Form::UrlSafe),
            (r#""-_8""#, &[0xfb, 0xff], Base64Form::UrlSafeNoPad),
            (r#""aGVsbG8=""#, b"hello", Base64Form::Standard),
            (r#""aGVsbG8""#, b"hello", Base64Form::UrlSafeNoPad),
            (r#""aGk=""#, b"hi", Base64Form::Standard),
            (r#""aQ==""#, b"i", Base64Form::Standard),
            (r#""aQ""#, b"i", Base64Form::UrlSafeNoPad),
            (r#""aGV5""#, b"hey", Base64Form::Standard),
            (r#""""#, b"", Base64Form::Standard),
            (r#""+/+/""#, &[0xfb, 0xff, 0xbf], Base64Form::Standard),
            (r#""-_-_""#, &[0xfb, 0xff, 0xbf], Base64Form::UrlSafe),
        ] {
            assert_eq!(
                round_trip::<Binary>(json),
                Binary(bytes.to_vec(), form),
                "{json}"
            );
        }
    }

    #[test]
    fn every_form_writes_what_it_reads() {
        let mut rng = XorShift::new(0xb1);
        for len in 0..64 {
            let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            for form in [
                Base64Form::Standard,
                Base64Form::StandardNoPad,
                Base64Form::UrlSafe,
                Base64Form::UrlSafeNoPad,
            ] {
                let text = Binary(bytes.clone(), form).to_string();
                let read: Binary = text.parse().unwrap();
                assert_eq!(read.0, bytes);
                assert_eq!(read.to_string(), text);
            }
        }
    }

    #[test]
    fn conversions() {
        assert_eq!(
            Binary::from(vec![1, 2]),
            Binary(vec![1, 2], Base64Form::Standard)
        );
        assert_eq!(Binary::from(&b"hi"[..]).to_string(), "aGk=");
        assert_eq!(Binary::new(vec![1]).as_bytes(), &[1]);
        assert_eq!(Binary::new(vec![1]).into_bytes(), vec![1]);
        assert_eq!(Vec::from(Binary::new(vec![2])), vec![2]);
        assert_eq!(Binary::new(vec![3]).as_ref(), &[3]);
        assert_eq!(
            serde_json::to_string(&Binary(b"hi".to_vec(), Base64Form::UrlSafeNoPad)).unwrap(),
            r#""aGk""#
        );
    }

    #[test]
    fn bad_inputs() {
        assert_json_error::<Binary>("true", &["invalid type: boolean", "Edm.Binary"]);
        assert_json_error::<Binary>("{}", &["invalid type: map"]);
        assert_json_error::<Binary>("[1,2]", &["invalid type: sequence"]);
        for (text, reason) in [
            ("+/-_", "mixes the standard"),
            ("a", "1 base64 characters"),
            ("aGVsb", "5 base64 characters"),
            ("aQ=", "padding `=` is missing or too short"),
            ("aGk==", "padding"),
            ("aQ===", "padding"),
            ("=aQ=", "padding `=` at position 0"),
            ("aG=k", "padding `=` at position 2"),
            ("aGVs bG8=", "' ' at position 4"),
            ("aGVs\nbG8=", "'\\n' at position 4"),
            ("aGé=", "'é' at position 2"),
            ("aR==", "unused bits"),
            ("aGl", "unused bits"),
        ] {
            assert_parse_error::<Binary>(text, &["Edm.Binary", reason, "URL-safe"]);
            assert_json_error::<Binary>(&serde_json::to_string(text).unwrap(), &[reason]);
        }
    }

    #[test]
    fn no_panics() {
        let inputs = fuzz_inputs(
            0xb64,
            4000,
            "ABCabc019+/-_=",
            &["+/8=", "-_8", "aGVsbG8=", "aGVsbG8", "aQ=="],
        );
        assert!(fuzz::<Binary>(&inputs, true) > 100);
    }
}
