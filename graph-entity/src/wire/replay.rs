//! Reading an object whose first members were taken aside: they are handed to the reader again,
//! then the rest of the same object ([`ReplayMap`]), so that the object is still read in one
//! pass. A delta item takes aside its annotations and `id` until it knows it is not removed.

use std::borrow::Cow;
use std::fmt;

use serde::de::value::{BorrowedStrDeserializer, StrDeserializer, StringDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::wire::read::Text;

/// A member taken aside: its name and its value as received.
pub(crate) type Member<'de> = (Cow<'de, str>, Box<RawValue>);

/// The members taken aside, then a name read but whose value is not (`pending`), then the rest
/// of `live`, in which the name `refused` is an error.
pub(crate) struct ReplayMap<'de, A> {
    aside: std::vec::IntoIter<Member<'de>>,
    value: Option<Box<RawValue>>,
    pending: Option<Cow<'de, str>>,
    live: A,
    refused: Refused,
}

/// A name the rest of an object may not hold, and why (said only when it does).
#[derive(Clone, Copy)]
pub(crate) struct Refused {
    /// The name.
    pub(crate) name: &'static str,
    /// Why it may not come there.
    pub(crate) why: fn() -> String,
}

impl<'de, A: MapAccess<'de>> ReplayMap<'de, A> {
    /// The members `aside`, the name `pending`, then the rest of `live`.
    pub(crate) fn new(
        aside: Vec<Member<'de>>,
        pending: Option<Cow<'de, str>>,
        live: A,
        refused: Refused,
    ) -> Self {
        ReplayMap {
            aside: aside.into_iter(),
            value: None,
            pending,
            live,
            refused,
        }
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for ReplayMap<'de, A> {
    type Error = A::Error;

    #[inline]
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((name, raw)) = self.aside.next() {
            self.value = Some(raw);
            return name_deserializer(seed, name).map(Some);
        }
        if let Some(name) = self.pending.take() {
            return name_deserializer(seed, name).map(Some);
        }
        self.live.next_key_seed(Watched {
            seed,
            refused: self.refused,
        })
    }

    #[inline]
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.value.take() {
            Some(raw) => replay_value(seed, &raw),
            None => self.live.next_value_seed(seed),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        None
    }
}

/// Hands the name `name` to `seed` as a map key.
fn name_deserializer<'de, K: DeserializeSeed<'de>, E: de::Error>(
    seed: K,
    name: Cow<'de, str>,
) -> Result<K::Value, E> {
    match name {
        Cow::Borrowed(name) => seed.deserialize(BorrowedStrDeserializer::new(name)),
        Cow::Owned(name) => seed.deserialize(StringDeserializer::new(name)),
    }
}

/// Reads a value taken aside. Its text is owned, so it is read through serde_json's reader
/// deserializer, which borrows nothing and so serves any `'de`.
fn replay_value<'de, V: DeserializeSeed<'de>, E: de::Error>(
    seed: V,
    raw: &RawValue,
) -> Result<V::Value, E> {
    let mut deserializer = serde_json::Deserializer::from_reader(raw.get().as_bytes());
    seed.deserialize(&mut deserializer)
        .map_err(|error| E::custom(without_position(&error)))
}

/// serde_json's message for `error`, without the position it adds: a position within a value
/// taken aside is not one in the document, which the outer deserializer adds.
pub(crate) fn without_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(suffix) if error.line() != 0 => text[..suffix].to_owned(),
        _ => text,
    }
}

/// A map key read from the rest of the object, checked against `refused` before `seed` reads
/// it.
struct Watched<K> {
    seed: K,
    refused: Refused,
}

impl<'de, K: DeserializeSeed<'de>> DeserializeSeed<'de> for Watched<K> {
    type Value = K::Value;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<K::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de, K: DeserializeSeed<'de>> Visitor<'de> for Watched<K> {
    type Value = K::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    #[inline]
    fn visit_borrowed_str<E: de::Error>(self, name: &'de str) -> Result<K::Value, E> {
        self.check(name)?;
        self.seed.deserialize(BorrowedStrDeserializer::new(name))
    }

    #[inline]
    fn visit_str<E: de::Error>(self, name: &str) -> Result<K::Value, E> {
        self.check(name)?;
        self.seed.deserialize(StrDeserializer::new(name))
    }

    #[inline]
    fn visit_string<E: de::Error>(self, name: String) -> Result<K::Value, E> {
        self.check(&name)?;
        self.seed.deserialize(StringDeserializer::new(name))
    }
}

impl<K> Watched<K> {
    #[inline]
    fn check<E: de::Error>(&self, name: &str) -> Result<(), E> {
        if name == self.refused.name {
            return Err(E::custom((self.refused.why)()));
        }
        Ok(())
    }
}

/// The name under which serde_json's `RawValue` asks for a value's text.
const RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

/// A map read as a whole value: what a `Deserialize` that asks for a map, a struct or any
/// value gets. `Option` and newtype wrappers see the value inside them, as serde_json shows an
/// object to them.
pub(crate) struct ObjectDeserializer<M>(pub(crate) M);

impl<'de, M: MapAccess<'de>> Deserializer<'de> for ObjectDeserializer<M> {
    type Error = M::Error;

    #[inline]
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, M::Error> {
        visitor.visit_map(self.0)
    }

    #[inline]
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, M::Error> {
        visitor.visit_some(self)
    }

    #[inline]
    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, M::Error> {
        if name == RAW_VALUE_TOKEN {
            return self.read_raw(name, visitor);
        }
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de, M: MapAccess<'de>> ObjectDeserializer<M> {
    /// Hands the object, taken whole as JSON text, to a `RawValue` (an item kept as received).
    #[cold]
    fn read_raw<V: Visitor<'de>>(
        mut self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, M::Error> {
        let mut text = vec![b'{'];
        while let Some(Text(key)) = self.0.next_key::<Text<'de>>()? {
            let value: Box<RawValue> = self.0.next_value()?;
            push_member(&mut text, &key, &value);
        }
        let raw = close_object::<M::Error>(text)?;
        let mut deserializer = serde_json::Deserializer::from_reader(raw.get().as_bytes());
        deserializer
            .deserialize_newtype_struct(name, visitor)
            .map_err(|error| de::Error::custom(without_position(&error)))
    }
}

/// Appends the member `name: raw` to the object text `text` (which starts with `{`): an object
/// taken whole, without the white space between its members.
pub(crate) fn push_member(text: &mut Vec<u8>, name: &str, raw: &RawValue) {
    if text.len() > 1 {
        text.push(b',');
    }
    // A `str` always serializes; writing to a `Vec` cannot fail.
    let _ = serde_json::to_writer(&mut *text, name);
    text.push(b':');
    text.extend_from_slice(raw.get().as_bytes());
}

/// The object text `text` (from `{` and its members), closed.
///
/// # Errors
/// Never for text built by [`push_member`] from values read as JSON.
pub(crate) fn close_object<E: de::Error>(mut text: Vec<u8>) -> Result<Box<RawValue>, E> {
    text.push(b'}');
    let text = String::from_utf8(text).map_err(E::custom)?;
    RawValue::from_string(text).map_err(E::custom)
}
