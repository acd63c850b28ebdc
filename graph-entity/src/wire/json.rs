//! The writer derived types use when they are written by `serde_json` into a `Vec<u8>`
//! (`serde_json::to_vec`, `to_string`, `to_writer(&mut Vec<u8>, ..)`): what nearly every program
//! writes Graph JSON with. Any other serializer takes the generic path (`ser::serialize`).
//!
//! serde_json escapes every string byte by byte through a table, the property names too, which
//! are most of the bytes of a Graph object's JSON (see `benches/PROFILE.md`). This writer
//! produces the same bytes: it writes the object into a buffer of its own, escaping strings
//! eight bytes at a time (a byte that needs escaping is rare), and hands the finished text to
//! serde_json as a raw value, which serde_json copies as it is. Values it does not write itself
//! (floating-point numbers, anything unusual) are written by serde_json and copied in, so their
//! text is serde_json's own.

use std::cell::Cell;
use std::fmt;
use std::sync::OnceLock;

use serde::ser::{self, Impossible, Serialize, SerializeMap, SerializeSeq, SerializeStruct};

/// The name serde_json gives the one-field struct a `RawValue` serializes as; serde_json writes
/// that field's string as it is. [`raw_values_work`] checks it does, once.
const RAW_TOKEN: &str = "$serde_json::private::RawValue";

/// Whether `S` is the serializer of `serde_json::to_vec`, `to_string` and
/// `to_writer(&mut Vec<u8>, ..)`: compact, into a `Vec<u8>`.
#[inline]
pub(crate) fn is_json_into_vec<S: ser::Serializer>() -> bool {
    typeid::of::<S>() == typeid::of::<&mut serde_json::Serializer<&mut Vec<u8>>>()
        && raw_values_work()
}

/// Whether serde_json writes a [`Raw`] as it is: checked once, so that a serde_json that
/// changed its raw-value hook only makes writes take the generic path.
fn raw_values_work() -> bool {
    static WORKS: OnceLock<bool> = OnceLock::new();
    *WORKS.get_or_init(|| serde_json::to_vec(&Raw("[1, \"a\"]")).is_ok_and(|v| v == b"[1, \"a\"]"))
}

/// JSON text, written as it is by serde_json's serializer (and as a struct by any other).
struct Raw<'a>(&'a str);

impl Serialize for Raw<'_> {
    fn serialize<S: ser::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut raw = serializer.serialize_struct(RAW_TOKEN, 1)?;
        raw.serialize_field(RAW_TOKEN, self.0)?;
        raw.end()
    }
}

/// Whether `M` is this writer's map: the map a derived type's properties are written into
/// under `serde_json::to_vec` and `to_string`.
#[inline]
pub(crate) fn is_json_map<M>() -> bool {
    typeid::of::<M>() == typeid::of::<JsonMap<'static>>()
}

/// Whether no name of `names` needs escaping in JSON: each is written as it is, in quotes.
pub(crate) const fn plain_names(names: &[&str]) -> bool {
    let mut index = 0;
    while index < names.len() {
        let name = names[index].as_bytes();
        let mut at = 0;
        while at < name.len() {
            if matches!(name[at], 0x00..=0x1F | b'"' | b'\\') {
                return false;
            }
            at += 1;
        }
        index += 1;
    }
    true
}

/// The name for a plain string: see [`Plain`].
const PLAIN_TOKEN: &str = "$graph_entity::Plain";

/// A string known to need no escaping (see [`plain_names`]), handed only to this writer's maps,
/// which write it in quotes as it is, without looking at its bytes. (To any other serializer it
/// is a newtype struct of the string.)
pub(crate) struct Plain<'a>(pub &'a str);

impl Serialize for Plain<'_> {
    #[inline]
    fn serialize<S: ser::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_newtype_struct(PLAIN_TOKEN, self.0)
    }
}

/// Writes `text` in quotes, as it is: a [`Plain`] string.
#[inline]
fn push_plain<V: ?Sized + Serialize>(out: &mut String, text: &V) -> Result<(), JsonError> {
    out.push('"');
    text.serialize(RawOut(out))?;
    out.push('"');
    Ok(())
}

thread_local! {
    /// The buffer an object is written into, kept for the next one. A value written inside
    /// another (a complex property through the fallback) finds it taken and uses a new one.
    static BUFFER: Cell<String> = const { Cell::new(String::new()) };
}

/// A buffer larger than this is not kept for the next object.
const KEPT_CAPACITY: usize = 1 << 16;

/// Writes the object `write` produces into the thread's buffer and hands it to `serializer`,
/// serde_json's, as raw text; `None` when the writer met something it leaves to the generic
/// path (nothing is written then).
#[inline]
pub(crate) fn write_raw<S: ser::Serializer>(
    serializer: S,
    write: impl FnOnce(JsonMap<'_>) -> Result<(), JsonError>,
) -> Result<Result<S::Ok, S::Error>, S> {
    let mut out = BUFFER.try_with(Cell::take).unwrap_or_default();
    out.clear();
    out.push('{');
    let written = write(JsonMap {
        out: &mut out,
        first: true,
        raw: false,
    });
    let result = match written {
        Ok(()) => Ok(Raw(&out).serialize(serializer)),
        Err(JsonError::Json(error)) => Ok(Err(ser::Error::custom(error))),
        Err(JsonError::Other) => Err(serializer),
    };
    if out.capacity() <= KEPT_CAPACITY {
        let _ = BUFFER.try_with(|buffer| buffer.set(out));
    }
    result
}

/// Why the writer stopped: a value it leaves to serde_json (the caller writes that value with
/// serde_json instead), or a real error.
#[derive(Debug)]
pub(crate) enum JsonError {
    /// A value this writer does not write; nothing of it was written.
    Other,
    /// An error of the value's `Serialize`, or of serde_json.
    Json(serde_json::Error),
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonError::Other => f.write_str("a value left to serde_json"),
            JsonError::Json(error) => fmt::Display::fmt(error, f),
        }
    }
}

impl std::error::Error for JsonError {}

impl ser::Error for JsonError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        JsonError::Json(<serde_json::Error as ser::Error>::custom(message))
    }
}

/// Writes `value`: by this writer, or, for what it leaves to serde_json, by serde_json into the
/// same buffer (after dropping anything this writer had begun of it).
#[inline]
fn write_value<V: ?Sized + Serialize>(out: &mut String, value: &V) -> Result<(), JsonError> {
    let mark = out.len();
    match value.serialize(JsonOut(out)) {
        Err(JsonError::Other) => {
            out.truncate(mark);
            out.push_str(&serde_json::to_string(value).map_err(JsonError::Json)?);
            Ok(())
        }
        done => done,
    }
}

/// A JSON object being written, its `{` written; or, `raw`, a serde_json raw value, whose one
/// field is JSON text to write as it is.
pub(crate) struct JsonMap<'a> {
    out: &'a mut String,
    first: bool,
    raw: bool,
}

impl SerializeMap for JsonMap<'_> {
    type Ok = ();
    type Error = JsonError;

    #[inline]
    fn serialize_key<K: ?Sized + Serialize>(&mut self, key: &K) -> Result<(), JsonError> {
        if !std::mem::replace(&mut self.first, false) {
            self.out.push(',');
        }
        key.serialize(KeyOut(self.out))?;
        self.out.push(':');
        Ok(())
    }

    #[inline]
    fn serialize_value<V: ?Sized + Serialize>(&mut self, value: &V) -> Result<(), JsonError> {
        write_value(self.out, value)
    }

    #[inline]
    fn end(self) -> Result<(), JsonError> {
        if !self.raw {
            self.out.push('}');
        }
        Ok(())
    }
}

impl SerializeStruct for JsonMap<'_> {
    type Ok = ();
    type Error = JsonError;

    #[inline]
    fn serialize_field<V: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &V,
    ) -> Result<(), JsonError> {
        if self.raw {
            return match key {
                RAW_TOKEN => value.serialize(RawOut(self.out)),
                _ => Err(JsonError::Other),
            };
        }
        self.serialize_entry(key, value)
    }

    #[inline]
    fn end(self) -> Result<(), JsonError> {
        SerializeMap::end(self)
    }
}

/// A JSON array being written; its `[` is written.
pub(crate) struct JsonSeq<'a> {
    out: &'a mut String,
    first: bool,
}

impl SerializeSeq for JsonSeq<'_> {
    type Ok = ();
    type Error = JsonError;

    #[inline]
    fn serialize_element<V: ?Sized + Serialize>(&mut self, value: &V) -> Result<(), JsonError> {
        if !std::mem::replace(&mut self.first, false) {
            self.out.push(',');
        }
        write_value(self.out, value)
    }

    #[inline]
    fn end(self) -> Result<(), JsonError> {
        self.out.push(']');
        Ok(())
    }
}

/// Writes one value as serde_json's compact serializer does, for strings, `null`, booleans,
/// integers (with `itoa`, as serde_json), options, unit variants, maps, structs, sequences and
/// serde_json's raw values; anything else (floating-point numbers, tuples, bytes, enum variants
/// with data) is [`JsonError::Other`], with nothing written, and [`write_value`] hands it to
/// serde_json.
struct JsonOut<'a>(&'a mut String);

/// Writes integers with `itoa`, as serde_json does.
macro_rules! integers {
    ($($method:ident($ty:ty);)*) => {
        $(
            #[inline]
            fn $method(self, value: $ty) -> Result<(), JsonError> {
                self.0.push_str(itoa::Buffer::new().format(value));
                Ok(())
            }
        )*
    };
}

/// The error for what [`JsonOut`] leaves to serde_json.
macro_rules! leave_to_serde_json {
    ($($method:ident($($arg:ty),*) -> $ok:ty;)*) => {
        $(
            #[inline]
            fn $method(self, $(_: $arg),*) -> Result<$ok, JsonError> {
                Err(JsonError::Other)
            }
        )*
    };
}

impl<'a> ser::Serializer for JsonOut<'a> {
    type Ok = ();
    type Error = JsonError;
    type SerializeSeq = JsonSeq<'a>;
    type SerializeTuple = Impossible<(), JsonError>;
    type SerializeTupleStruct = Impossible<(), JsonError>;
    type SerializeTupleVariant = Impossible<(), JsonError>;
    type SerializeMap = JsonMap<'a>;
    type SerializeStruct = JsonMap<'a>;
    type SerializeStructVariant = Impossible<(), JsonError>;

    integers! {
        serialize_i8(i8);
        serialize_i16(i16);
        serialize_i32(i32);
        serialize_i64(i64);
        serialize_i128(i128);
        serialize_u8(u8);
        serialize_u16(u16);
        serialize_u32(u32);
        serialize_u64(u64);
        serialize_u128(u128);
    }

    leave_to_serde_json! {
        serialize_f32(f32) -> ();
        serialize_f64(f64) -> ();
        serialize_bytes(&[u8]) -> ();
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeTupleVariant;
        serialize_struct_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeStructVariant;
    }

    #[inline]
    fn serialize_bool(self, value: bool) -> Result<(), JsonError> {
        self.0.push_str(if value { "true" } else { "false" });
        Ok(())
    }

    #[inline]
    fn serialize_char(self, value: char) -> Result<(), JsonError> {
        escape_str(self.0, value.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    #[inline]
    fn serialize_str(self, value: &str) -> Result<(), JsonError> {
        escape_str(self.0, value);
        Ok(())
    }

    #[inline]
    fn serialize_none(self) -> Result<(), JsonError> {
        self.0.push_str("null");
        Ok(())
    }

    #[inline]
    fn serialize_some<V: ?Sized + Serialize>(self, value: &V) -> Result<(), JsonError> {
        value.serialize(self)
    }

    #[inline]
    fn serialize_unit(self) -> Result<(), JsonError> {
        self.serialize_none()
    }

    #[inline]
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), JsonError> {
        self.serialize_none()
    }

    #[inline]
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), JsonError> {
        self.serialize_str(variant)
    }

    #[inline]
    fn serialize_newtype_struct<V: ?Sized + Serialize>(
        self,
        name: &'static str,
        value: &V,
    ) -> Result<(), JsonError> {
        if name == PLAIN_TOKEN {
            return push_plain(self.0, value);
        }
        value.serialize(self)
    }

    #[inline]
    fn serialize_newtype_variant<V: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &V,
    ) -> Result<(), JsonError> {
        Err(JsonError::Other)
    }

    #[inline]
    fn serialize_seq(self, _len: Option<usize>) -> Result<JsonSeq<'a>, JsonError> {
        self.0.push('[');
        Ok(JsonSeq {
            out: self.0,
            first: true,
        })
    }

    #[inline]
    fn serialize_map(self, _len: Option<usize>) -> Result<JsonMap<'a>, JsonError> {
        self.0.push('{');
        Ok(JsonMap {
            out: self.0,
            first: true,
            raw: false,
        })
    }

    #[inline]
    fn serialize_struct(self, name: &'static str, len: usize) -> Result<JsonMap<'a>, JsonError> {
        match name {
            // A raw value: its one field is written as it is, as serde_json does.
            RAW_TOKEN => Ok(JsonMap {
                out: self.0,
                first: true,
                raw: true,
            }),
            // serde_json's other hooks (arbitrary-precision numbers) are its to write.
            _ if name.starts_with("$serde_json::") => Err(JsonError::Other),
            _ => self.serialize_map(Some(len)),
        }
    }
}

/// Writes a map key: a string (or what serde_json writes as one without converting it); any
/// other key is left to serde_json.
struct KeyOut<'a>(&'a mut String);

impl ser::Serializer for KeyOut<'_> {
    type Ok = ();
    type Error = JsonError;
    type SerializeSeq = Impossible<(), JsonError>;
    type SerializeTuple = Impossible<(), JsonError>;
    type SerializeTupleStruct = Impossible<(), JsonError>;
    type SerializeTupleVariant = Impossible<(), JsonError>;
    type SerializeMap = Impossible<(), JsonError>;
    type SerializeStruct = Impossible<(), JsonError>;
    type SerializeStructVariant = Impossible<(), JsonError>;

    leave_to_serde_json! {
        serialize_bool(bool) -> ();
        serialize_i8(i8) -> ();
        serialize_i16(i16) -> ();
        serialize_i32(i32) -> ();
        serialize_i64(i64) -> ();
        serialize_i128(i128) -> ();
        serialize_u8(u8) -> ();
        serialize_u16(u16) -> ();
        serialize_u32(u32) -> ();
        serialize_u64(u64) -> ();
        serialize_u128(u128) -> ();
        serialize_f32(f32) -> ();
        serialize_f64(f64) -> ();
        serialize_bytes(&[u8]) -> ();
        serialize_none() -> ();
        serialize_unit() -> ();
        serialize_unit_struct(&'static str) -> ();
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
        serialize_struct_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeStructVariant;
    }

    #[inline]
    fn serialize_char(self, value: char) -> Result<(), JsonError> {
        escape_str(self.0, value.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    #[inline]
    fn serialize_str(self, value: &str) -> Result<(), JsonError> {
        escape_str(self.0, value);
        Ok(())
    }

    #[inline]
    fn serialize_some<V: ?Sized + Serialize>(self, _value: &V) -> Result<(), JsonError> {
        Err(JsonError::Other)
    }

    #[inline]
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), JsonError> {
        self.serialize_str(variant)
    }

    #[inline]
    fn serialize_newtype_struct<V: ?Sized + Serialize>(
        self,
        name: &'static str,
        value: &V,
    ) -> Result<(), JsonError> {
        if name == PLAIN_TOKEN {
            return push_plain(self.0, value);
        }
        value.serialize(self)
    }

    #[inline]
    fn serialize_newtype_variant<V: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &V,
    ) -> Result<(), JsonError> {
        Err(JsonError::Other)
    }
}

/// `0x01` in every byte of a word.
const ONES: u64 = u64::from_le_bytes([1; 8]);
/// `0x80` in every byte of a word.
const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);

/// The high bit of each byte of `word` that is a control character, `"` or `\\`, the bytes JSON
/// escapes (with false positives only above a true one: exact for "some"); bit tricks from
/// "Bit Twiddling Hacks" (`haszero`, `hasless`).
#[inline]
const fn escapes(word: u64) -> u64 {
    let quote = word ^ (ONES * b'"' as u64);
    let backslash = word ^ (ONES * b'\\' as u64);
    let control = word.wrapping_sub(ONES * 0x20) & !word;
    let quote = quote.wrapping_sub(ONES) & !quote;
    let backslash = backslash.wrapping_sub(ONES) & !backslash;
    (control | quote | backslash) & HIGHS
}

/// Whether `text` needs no escaping in JSON (see [`plain_names`]), looked at eight bytes at a
/// time: for names known only when read.
#[inline]
pub(crate) fn is_plain(text: &str) -> bool {
    let bytes = text.as_bytes();
    let word = |at: usize| {
        let mut word = [b' '; 8];
        if let Some(eight) = bytes.get(at..at + 8) {
            word.copy_from_slice(eight);
        }
        escapes(u64::from_le_bytes(word))
    };
    if bytes.len() < 8 {
        // Padded with spaces, which need no escaping.
        let mut short = [b' '; 8];
        for (slot, byte) in short.iter_mut().zip(bytes) {
            *slot = *byte;
        }
        return escapes(u64::from_le_bytes(short)) == 0;
    }
    // Whole words, then the last eight bytes (overlapping the last whole word).
    (0..bytes.len() / 8).all(|index| word(index * 8) == 0) && word(bytes.len() - 8) == 0
}

/// Writes `text` as a JSON string, escaped exactly as serde_json escapes it: `\\"`, `\\\\`,
/// `\\b`, `\\t`, `\\n`, `\\f`, `\\r`, and `\\u00xx` (lowercase) for the other control
/// characters. Eight bytes are looked at a time; a string with nothing to escape (nearly every
/// one) is copied whole.
#[inline]
pub(crate) fn escape_str(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push('"');
    let mut clean = 0;
    while let Some(word) = bytes.get(clean..clean + 8) {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(word).unwrap_or([0; 8]));
        if escapes(word) != 0 {
            break;
        }
        clean += 8;
    }
    if clean + 8 > bytes.len() {
        // The last bytes: the last word (its first bytes, checked already, are clean), or for a
        // string shorter than a word, its bytes padded with spaces (which need no escaping).
        let tail = match bytes
            .len()
            .checked_sub(8)
            .and_then(|start| bytes.get(start..))
        {
            Some(last) => <[u8; 8]>::try_from(last).unwrap_or([0; 8]),
            None => {
                let mut tail = [b' '; 8];
                for (slot, byte) in tail.iter_mut().zip(bytes) {
                    *slot = *byte;
                }
                tail
            }
        };
        if escapes(u64::from_le_bytes(tail)) == 0 {
            out.push_str(text);
            out.push('"');
            return;
        }
    }
    escape_from(out, text, clean);
    out.push('"');
}

/// Writes `text`, escaping from the byte `clean` on (the bytes before it need nothing).
#[cold]
fn escape_from(out: &mut String, text: &str, clean: usize) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut start = 0;
    for (at, &byte) in text.as_bytes().iter().enumerate().skip(clean) {
        let short = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            b'\t' => "\\t",
            b'\n' => "\\n",
            0x0C => "\\f",
            b'\r' => "\\r",
            0x00..=0x1F => "\\u00",
            _ => continue,
        };
        // Escaped bytes are ASCII: `start` and `at` are character boundaries.
        out.push_str(text.get(start..at).unwrap_or_default());
        out.push_str(short);
        if byte < 0x20 && !matches!(byte, 0x08 | b'\t' | b'\n' | 0x0C | b'\r') {
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xF)]));
        }
        start = at + 1;
    }
    out.push_str(text.get(start..).unwrap_or_default());
}

/// Writes the text of a serde_json raw value as it is.
struct RawOut<'a>(&'a mut String);

impl ser::Serializer for RawOut<'_> {
    type Ok = ();
    type Error = JsonError;
    type SerializeSeq = Impossible<(), JsonError>;
    type SerializeTuple = Impossible<(), JsonError>;
    type SerializeTupleStruct = Impossible<(), JsonError>;
    type SerializeTupleVariant = Impossible<(), JsonError>;
    type SerializeMap = Impossible<(), JsonError>;
    type SerializeStruct = Impossible<(), JsonError>;
    type SerializeStructVariant = Impossible<(), JsonError>;

    leave_to_serde_json! {
        serialize_bool(bool) -> ();
        serialize_i8(i8) -> ();
        serialize_i16(i16) -> ();
        serialize_i32(i32) -> ();
        serialize_i64(i64) -> ();
        serialize_i128(i128) -> ();
        serialize_u8(u8) -> ();
        serialize_u16(u16) -> ();
        serialize_u32(u32) -> ();
        serialize_u64(u64) -> ();
        serialize_u128(u128) -> ();
        serialize_f32(f32) -> ();
        serialize_f64(f64) -> ();
        serialize_char(char) -> ();
        serialize_bytes(&[u8]) -> ();
        serialize_none() -> ();
        serialize_unit() -> ();
        serialize_unit_struct(&'static str) -> ();
        serialize_unit_variant(&'static str, u32, &'static str) -> ();
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
        serialize_struct_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeStructVariant;
    }

    #[inline]
    fn serialize_str(self, json: &str) -> Result<(), JsonError> {
        self.0.push_str(json);
        Ok(())
    }

    fn serialize_some<V: ?Sized + Serialize>(self, _value: &V) -> Result<(), JsonError> {
        Err(JsonError::Other)
    }

    fn serialize_newtype_struct<V: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _value: &V,
    ) -> Result<(), JsonError> {
        Err(JsonError::Other)
    }

    fn serialize_newtype_variant<V: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &V,
    ) -> Result<(), JsonError> {
        Err(JsonError::Other)
    }
}

#[cfg(test)]
mod tests;
