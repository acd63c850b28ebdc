//! The pieces every reader of a Graph object shares: where unmodelled data goes ([`Rest`]),
//! property names ([`PropertyKey`]), borrowed strings ([`Text`]) and the errors that name a
//! property. The struct visitor (`de`), the field readers (`fields`) and the `Structured`
//! trait all use these; this module uses none of them.

use std::any::TypeId;
use std::borrow::Cow;
use std::fmt;

use compact_str::CompactString;
use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, Visitor};
use serde_json::value::RawValue;

use crate::wire::additional::{AdditionalData, Place};

pub use crate::wire::type_name::ODATA_TYPE_KEY;

/// Where a visitor puts what the struct does not model.
pub struct Rest {
    data: AdditionalData,
    keep: bool,
    /// How many names the struct does not declare were kept: only those can be given twice
    /// unnoticed (a declared property given twice finds its slot full).
    undeclared: u32,
    /// The type being read: the kept entries are sorted for its writer (`Place`).
    read_as: TypeId,
}

impl Rest {
    /// `keep`: whether the struct has an `additional_data` field to receive it; `read_as`: the
    /// type being read.
    #[inline]
    pub(crate) fn new(keep: bool, read_as: TypeId) -> Self {
        Rest {
            data: AdditionalData::new(),
            keep,
            undeclared: 0,
            read_as,
        }
    }

    /// Checks the document gave no name twice, and hands over the data.
    ///
    /// # Errors
    /// When a property or annotation is given twice.
    #[inline]
    pub fn finish<E: de::Error>(self) -> Result<AdditionalData, E> {
        if self.undeclared < 2 {
            return Ok(self.data);
        }
        match self.data.duplicate() {
            Some(name) => Err(duplicate_property(name)),
            None => Ok(self.data),
        }
    }

    /// Whether the struct keeps what it does not model (it has an `additional_data` field).
    #[inline]
    pub(crate) const fn keeps(&self) -> bool {
        self.keep
    }

    pub(crate) fn null(&mut self, name: &'static str) {
        if self.keep {
            self.data.push_read(
                CompactString::const_new(name),
                Cow::Borrowed(RawValue::NULL),
                Place::Declared,
                self.read_as,
                false,
            );
        }
    }

    /// Keeps the `@odata.type` the document gave, to write back as it was.
    pub(crate) fn odata_type(&mut self, raw: Box<RawValue>) {
        if self.keep {
            self.data.push_read(
                CompactString::const_new(ODATA_TYPE_KEY),
                Cow::Owned(raw),
                Place::Type,
                self.read_as,
                true,
            );
        }
    }

    /// Keeps `texts` (one string, or an array of them if `array`) for `name`, as JSON: built
    /// only if kept, in one exact allocation (an unknown enum member is kept in every object
    /// that has one).
    pub(crate) fn strings<E: de::Error>(
        &mut self,
        name: &'static str,
        texts: &[&str],
        array: bool,
    ) -> Result<(), E> {
        if !self.keep {
            return Ok(());
        }
        // Exact when nothing needs escaping: `into_boxed_str` then keeps the allocation.
        let quoted: usize = texts.iter().map(|text| text.len() + 2).sum();
        let separators = texts.len().saturating_sub(1) + if array { 2 } else { 0 };
        let mut json = String::with_capacity(quoted + separators);
        if array {
            json.push('[');
        }
        for (at, text) in texts.iter().enumerate() {
            if at > 0 {
                json.push(',');
            }
            crate::wire::json::escape_str(&mut json, text);
        }
        if array {
            json.push(']');
        }
        let raw = RawValue::from_string(json).map_err(E::custom)?;
        self.data.push_read(
            CompactString::const_new(name),
            Cow::Owned(raw),
            Place::Declared,
            self.read_as,
            false,
        );
        Ok(())
    }

    /// Keeps a value read from the document, after checking its nesting depth: serde_json
    /// skims raw values without its recursion limit, and what is kept is written back and read
    /// again, so the limit holds for kept values too.
    pub(crate) fn kept<E: de::Error>(
        &mut self,
        name: CompactString,
        raw: Box<RawValue>,
    ) -> Result<(), E> {
        // Nesting deeper than the limit takes more than that many bytes.
        if raw.get().len() > MAX_DEPTH && nesting_depth(raw.get()) > MAX_DEPTH {
            return Err(E::custom(format_args!(
                "property `{name}` nests deeper than {MAX_DEPTH} levels"
            )));
        }
        self.undeclared = self.undeclared.saturating_add(1);
        if self.keep {
            // Control information and instance annotations go before the properties; `@odata.type`
            // never comes here (the key reader tells it apart).
            let place = if name.starts_with('@') {
                Place::Head
            } else {
                Place::Tail
            };
            // Checked once here, so that each write copies the name as it is.
            let plain = crate::wire::json::is_plain(&name);
            self.data
                .push_read(name, Cow::Owned(raw), place, self.read_as, plain);
        }
        Ok(())
    }
}

/// How deep a kept value may nest: serde_json's own recursion limit.
pub const MAX_DEPTH: usize = 128;

/// The deepest nesting of arrays and objects in the JSON text `json`.
fn nesting_depth(json: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for byte in json.bytes() {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// A property name as the generated visitor sees it.
pub enum PropertyKey<'de> {
    /// The declared property with this index.
    Declared(u16),
    /// `@odata.type`.
    ODataType,
    /// Anything else: unknown properties, annotations, other control information.
    Other(Cow<'de, str>),
}

/// Reads a property name, borrowing it from the input when it can and allocating only for names
/// the struct does not declare.
pub struct PropertyKeySeed<F>(pub F);

impl<F: Fn(&str) -> Option<u16>> PropertyKeySeed<F> {
    #[inline(always)]
    fn known<'de>(&self, name: &str) -> Option<PropertyKey<'de>> {
        // `@odata.type` first: Graph writes it first, and no property name starts with `@`, so
        // one byte tells the two apart.
        if name.as_bytes().first() == Some(&b'@') {
            return (name == ODATA_TYPE_KEY).then_some(PropertyKey::ODataType);
        }
        (self.0)(name).map(PropertyKey::Declared)
    }
}

impl<'de, F: Fn(&str) -> Option<u16>> DeserializeSeed<'de> for PropertyKeySeed<F> {
    type Value = PropertyKey<'de>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de, F: Fn(&str) -> Option<u16>> Visitor<'de> for PropertyKeySeed<F> {
    type Value = PropertyKey<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property name")
    }

    #[inline]
    fn visit_borrowed_str<E: de::Error>(self, name: &'de str) -> Result<Self::Value, E> {
        Ok(self
            .known(name)
            .unwrap_or(PropertyKey::Other(Cow::Borrowed(name))))
    }

    #[inline]
    fn visit_str<E: de::Error>(self, name: &str) -> Result<Self::Value, E> {
        Ok(self
            .known(name)
            .unwrap_or_else(|| PropertyKey::Other(Cow::Owned(name.to_owned()))))
    }

    #[inline]
    fn visit_string<E: de::Error>(self, name: String) -> Result<Self::Value, E> {
        Ok(self
            .known(&name)
            .unwrap_or(PropertyKey::Other(Cow::Owned(name))))
    }
}

/// A string value, borrowed from the input when it can be.
pub struct Text<'de>(pub Cow<'de, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(text)))
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(text.to_owned())))
            }
            fn visit_string<E: de::Error>(self, text: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(text)))
            }
        }
        deserializer.deserialize_str(TextVisitor)
    }
}

/// `error`, said of the property `name`: type errors inside a value name the property (and
/// nested ones the whole path), and serde_json keeps its line and column.
#[cold]
pub fn in_property<E: de::Error>(name: &str, error: E) -> E {
    E::custom(format_args!("property `{name}`: {error}"))
}

/// The error for a property given twice in one object.
pub fn duplicate_property<E: de::Error>(name: &str) -> E {
    E::custom(format_args!(
        "property `{name}` is given twice in one object"
    ))
}

/// `value` as raw JSON, for keeping in the additional data.
pub(crate) fn raw_json<T: serde::Serialize + ?Sized, E: de::Error>(
    value: &T,
) -> Result<Box<RawValue>, E> {
    serde_json::value::to_raw_value(value).map_err(E::custom)
}
