//! `Edm.Guid`: [`Guid`].

use std::fmt::{self, Write as _};
use std::str::FromStr;

use uuid::Uuid;

use super::{EdmText, ParseError};

const EDM_TYPE: &str = "Edm.Guid";
const EXPECTED: &str = "32 hexadecimal digits in groups of 8-4-4-4-12 separated by hyphens, \
                        such as `01234567-89ab-cdef-0123-456789abcdef`";

/// Nibble indices after which a hyphen is written.
const HYPHEN_AFTER: [usize; 4] = [7, 11, 15, 19];
/// Byte offsets of the hyphens in the text.
const HYPHEN_AT: [usize; 4] = [8, 13, 18, 23];

/// An `Edm.Guid`: a [`Uuid`], written `01234567-89ab-cdef-0123-456789abcdef`.
///
/// Reads only the hyphenated 8-4-4-4-12 form (not `{...}`, `urn:uuid:...` or 32 bare digits),
/// in either case, and writes back the same text: it remembers which hexadecimal letters were
/// uppercase. [`Guid::from`] a [`Uuid`] writes lowercase; [`Guid::to_uppercase`] uppercase.
///
/// Equality compares the UUID and the case: use [`Guid::uuid`] to compare the UUIDs alone.
///
/// ```
/// use graph_entity::edm::Guid;
///
/// let id: Guid = serde_json::from_str(r#""0E8B1B35-0C4E-4E4C-9C5B-4F0B1E2D3C4A""#)?;
/// assert_eq!(serde_json::to_string(&id)?, r#""0E8B1B35-0C4E-4E4C-9C5B-4F0B1E2D3C4A""#);
/// assert_eq!(id.to_lowercase().to_string(), "0e8b1b35-0c4e-4e4c-9c5b-4f0b1e2d3c4a");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Guid {
    uuid: Uuid,
    /// Bit `i` (from the most significant of 32) set: hexadecimal digit `i` is an uppercase
    /// letter. Never set for a digit `0-9`.
    uppercase: u32,
}

impl Guid {
    /// `uuid`, written in lowercase.
    pub const fn new(uuid: Uuid) -> Self {
        Guid { uuid, uppercase: 0 }
    }

    /// The UUID.
    pub const fn uuid(&self) -> Uuid {
        self.uuid
    }

    /// Whether any hexadecimal letter is written uppercase.
    pub const fn has_uppercase(&self) -> bool {
        self.uppercase != 0
    }

    /// The same UUID, written in uppercase.
    #[must_use]
    pub fn to_uppercase(self) -> Self {
        let mut uppercase = 0u32;
        for index in 0..32 {
            if nibble(self.uuid, index) >= 10 {
                uppercase |= bit(index);
            }
        }
        Guid {
            uuid: self.uuid,
            uppercase,
        }
    }

    /// The same UUID, written in lowercase.
    #[must_use]
    pub const fn to_lowercase(self) -> Self {
        Guid::new(self.uuid)
    }
}

/// Hexadecimal digit `index` (0 the most significant) of `uuid`.
fn nibble(uuid: Uuid, index: u32) -> u8 {
    let shift = 124u32.saturating_sub(index.saturating_mul(4));
    let value = uuid.as_u128().checked_shr(shift).unwrap_or_default() & 0xf;
    u8::try_from(value).unwrap_or_default()
}

fn bit(index: u32) -> u32 {
    0x8000_0000u32.checked_shr(index).unwrap_or_default()
}

impl From<Uuid> for Guid {
    /// `uuid`, written in lowercase.
    fn from(uuid: Uuid) -> Self {
        Guid::new(uuid)
    }
}

impl From<Guid> for Uuid {
    fn from(guid: Guid) -> Self {
        guid.uuid
    }
}

impl FromStr for Guid {
    type Err = ParseError;

    /// Parses `01234567-89ab-cdef-0123-456789abcdef`, in any case (kept).
    fn from_str(text: &str) -> Result<Self, ParseError> {
        let error = |reason: String| ParseError::new(EDM_TYPE, text, reason, EXPECTED);
        if text.len() != 36 {
            return Err(error(format!("{} bytes long instead of 36", text.len())));
        }
        let mut value = 0u128;
        let mut uppercase = 0u32;
        let mut index = 0u32;
        for (at, &byte) in text.as_bytes().iter().enumerate() {
            if HYPHEN_AT.contains(&at) {
                if byte != b'-' {
                    return Err(error(format!("no hyphen at position {at}")));
                }
                continue;
            }
            let digit = match byte {
                b'0'..=b'9' => byte.wrapping_sub(b'0'),
                b'a'..=b'f' => byte.wrapping_sub(b'a').wrapping_add(10),
                b'A'..=b'F' => {
                    uppercase |= bit(index);
                    byte.wrapping_sub(b'A').wrapping_add(10)
                }
                _ => {
                    return Err(error(format!(
                        "{:?} at position {at} is not a hexadecimal digit",
                        text.get(at..)
                            .and_then(|rest| rest.chars().next())
                            .unwrap_or('?')
                    )));
                }
            };
            value = value.checked_shl(4).unwrap_or_default() | u128::from(digit);
            index = index.saturating_add(1);
        }
        Ok(Guid {
            uuid: Uuid::from_u128(value),
            uppercase,
        })
    }
}

impl fmt::Display for Guid {
    /// `01234567-89ab-cdef-0123-456789abcdef`, each letter in the case it was read in.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const LOWER: &[u8; 16] = b"0123456789abcdef";
        const UPPER: &[u8; 16] = b"0123456789ABCDEF";
        for index in 0..32u32 {
            let digits = if self.uppercase & bit(index) != 0 {
                UPPER
            } else {
                LOWER
            };
            let digit = digits
                .get(usize::from(nibble(self.uuid, index)))
                .copied()
                .unwrap_or(b'0');
            f.write_char(char::from(digit))?;
            if HYPHEN_AFTER.contains(&(index as usize)) {
                f.write_char('-')?;
            }
        }
        Ok(())
    }
}

impl EdmText for Guid {
    const EXPECTING: &'static str =
        "an Edm.Guid string, such as \"01234567-89ab-cdef-0123-456789abcdef\"";
}

super::text_serde!(Guid);

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]
mod tests {
    use super::super::test_support::{
        assert_json_error, assert_parse_error, fuzz, fuzz_inputs, round_trip,
    };
    use super::*;

    const LOWER: &str = "0e8b1b35-0c4e-4e4c-9c5b-4f0b1e2d3c4a";
    const UPPER: &str = "0E8B1B35-0C4E-4E4C-9C5B-4F0B1E2D3C4A";

    fn uuid() -> Uuid {
        Uuid::from_u128(0x0e8b1b35_0c4e_4e4c_9c5b_4f0b1e2d3c4a)
    }

    #[test]
    fn round_trips_keep_the_case() {
        let lower = round_trip::<Guid>(&format!("\"{LOWER}\""));
        let upper = round_trip::<Guid>(&format!("\"{UPPER}\""));
        let mixed = round_trip::<Guid>("\"0e8B1b35-0C4e-4e4c-9c5b-4f0b1e2d3c4A\"");
        assert_eq!(lower.uuid(), uuid());
        assert_eq!(upper.uuid(), uuid());
        assert_eq!(mixed.uuid(), uuid());
        assert_ne!(lower, upper);
        assert!(!lower.has_uppercase());
        assert!(upper.has_uppercase());
        assert_eq!(upper.to_lowercase(), lower);
        assert_eq!(lower.to_uppercase(), upper);
        assert_eq!(mixed.to_uppercase(), upper);
        round_trip::<Guid>("\"00000000-0000-0000-0000-000000000000\"");
        round_trip::<Guid>("\"ffffffff-ffff-ffff-ffff-ffffffffffff\"");
        round_trip::<Guid>("\"FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF\"");
        round_trip::<Guid>("\"12345678-9012-3456-7890-123456789012\"");
    }

    #[test]
    fn conversions() {
        let guid = Guid::from(uuid());
        assert_eq!(guid.to_string(), LOWER);
        assert_eq!(Uuid::from(guid), uuid());
        assert_eq!(Guid::new(uuid()), guid);
        assert_eq!(guid.to_uppercase().to_string(), UPPER);
        assert_eq!(UPPER.parse::<Guid>().unwrap().to_string(), UPPER);
        assert_eq!(
            Guid::default().to_string(),
            "00000000-0000-0000-0000-000000000000"
        );
        // Digits have no case.
        let digits = Uuid::from_u128(0x12345678_9012_3456_7890_123456789012);
        assert_eq!(Guid::new(digits).to_uppercase(), Guid::new(digits));
    }

    #[test]
    fn bad_inputs() {
        assert_json_error::<Guid>("true", &["invalid type: boolean", "Edm.Guid"]);
        assert_json_error::<Guid>("{}", &["invalid type: map"]);
        assert_json_error::<Guid>("12", &["invalid type: integer"]);
        for (text, reason) in [
            ("{0e8b1b35-0c4e-4e4c-9c5b-4f0b1e2d3c4a}", "38 bytes long"),
            (
                "urn:uuid:0e8b1b35-0c4e-4e4c-9c5b-4f0b1e2d3c4a",
                "45 bytes long",
            ),
            ("0e8b1b350c4e4e4c9c5b4f0b1e2d3c4a", "32 bytes long"),
            ("0e8b1b35-0c4e-4e4c-9c5b-4f0b1e2d3c4", "35 bytes long"),
            ("0e8b1b35-0c4e-4e4c-9c5b-4f0b1e2d3c4a0", "37 bytes long"),
            ("", "0 bytes long"),
            ("0e8b1b35-0c4e-4e4c-9c5b-4f0b1e2d3c4g", "'g' at position 35"),
            (
                "0e8b1b35_0c4e-4e4c-9c5b-4f0b1e2d3c4a",
                "no hyphen at position 8",
            ),
            ("0e8b1b350-c4e-4e4c-9c5b-4f0b1e2d3c4a", "position 8"),
            ("0e8b1b35-0c4e-4e4c-9c5b-4f0b1e2d3c-a", "'-' at position 34"),
            (" e8b1b35-0c4e-4e4c-9c5b-4f0b1e2d3c4a", "' ' at position 0"),
            ("0e8b1b35-0c4e-4e4c-9c5b-4f0b1e2d3cé", "'é' at position 34"),
        ] {
            assert_parse_error::<Guid>(text, &["Edm.Guid", reason, "8-4-4-4-12"]);
            assert_json_error::<Guid>(&serde_json::to_string(text).unwrap(), &[reason]);
        }
    }

    #[test]
    fn no_panics() {
        let inputs = fuzz_inputs(
            0x6e1d,
            4000,
            "0123456789abcdefABCDEFg-",
            &[LOWER, UPPER, "0e8B1b35-0C4e-4e4c-9c5b-4f0b1e2d3c4A"],
        );
        assert!(fuzz::<Guid>(&inputs, true) > 100);
    }
}
