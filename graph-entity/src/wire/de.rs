//! Run-time support for the generated `Deserialize` impls: everything that does not depend on
//! the struct's shape lives here once, so each derive expands to little code.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use compact_str::CompactString;
use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::wire::enums::GraphEnum;
use crate::wire::read::{
    ODATA_TYPE_KEY, PropertyKey, PropertyKeySeed, Rest, Text, duplicate_property, in_property,
    raw_json,
};
use crate::wire::structured::Structured;
use crate::wire::type_name::qualified_name;

/// Handles every name that is not a declared property: checks `@odata.type`, and keeps the rest.
///
/// `lenient` accepts an `@odata.type` naming another type (a derived type this program does not
/// declare) and keeps it, so that it is written back.
///
/// # Errors
/// When `@odata.type` names another type (and not `lenient`) or is given twice, or a value is
/// malformed.
pub fn read_other<'de, A: MapAccess<'de>>(
    map: &mut A,
    rest: &mut Rest,
    key: PropertyKey<'de>,
    shape: Shape,
    seen_type: &mut bool,
) -> Result<(), A::Error> {
    match key {
        PropertyKey::ODataType => {
            if core::mem::replace(seen_type, true) {
                return Err(duplicate_property(ODATA_TYPE_KEY));
            }
            match map.next_value_seed(TypeTagSeed(shape))? {
                TypeTag::Own => Ok(()),
                TypeTag::Other(found) => other_type(rest, shape, &found),
            }
        }
        PropertyKey::Other(name) if rest.keeps() => {
            let raw: Box<RawValue> = map
                .next_value()
                .map_err(|error| in_property(&name, error))?;
            rest.kept(kept_name(name), raw)
        }
        PropertyKey::Other(_) | PropertyKey::Declared(_) => {
            map.next_value::<IgnoredAny>()?;
            Ok(())
        }
    }
}

/// The value of `@odata.type`: the type's own tag, checked in place (the common case), or
/// anything else, for [`other_type`].
enum TypeTag<'de> {
    Own,
    Other(Cow<'de, str>),
}

struct TypeTagSeed(Shape);

impl<'de> DeserializeSeed<'de> for TypeTagSeed {
    type Value = TypeTag<'de>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for TypeTagSeed {
    type Value = TypeTag<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an OData type name")
    }

    #[inline]
    fn visit_borrowed_str<E: de::Error>(self, tag: &'de str) -> Result<Self::Value, E> {
        Ok(if self.own(tag) {
            TypeTag::Own
        } else {
            TypeTag::Other(Cow::Borrowed(tag))
        })
    }

    #[inline]
    fn visit_str<E: de::Error>(self, tag: &str) -> Result<Self::Value, E> {
        Ok(if self.own(tag) {
            TypeTag::Own
        } else {
            TypeTag::Other(Cow::Owned(tag.to_owned()))
        })
    }
}

impl TypeTagSeed {
    /// `#` and the type's own name, for a type that writes its own tag back: nothing to keep.
    #[inline]
    fn own(&self, tag: &str) -> bool {
        let shape = self.0;
        !shape.type_if_read
            && !shape.odata_type.is_empty()
            && tag.strip_prefix('#') == Some(shape.odata_type)
    }
}

/// An `@odata.type` that is not simply the type's own `#` tag: another spelling of it (without
/// `#`, alias-qualified, or an absolute URI; see `type_name`), the tag of a root complex type
/// (written back only because it was there), a derived type read leniently, a type the type
/// also reads (`also_reads`), or another type (an error). Whatever is accepted is kept, and
/// written back exactly as read.
#[cold]
fn other_type<E: de::Error>(rest: &mut Rest, shape: Shape, found: &str) -> Result<(), E> {
    let expected = shape.odata_type;
    if expected.is_empty() {
        // Action parameters carry no type of their own: keep whatever was sent.
        rest.odata_type(raw_json(found)?);
        return Ok(());
    }
    let named = qualified_name(found);
    if named != expected && !shape.lenient && !also_reads(shape, &named) {
        return Err(wrong_type(found, &named, expected));
    }
    // Written back as read.
    rest.odata_type(raw_json(found)?);
    Ok(())
}

/// Whether `named`, a namespace-qualified type, is one that the type also reads as itself
/// ([`Structured::ALSO_READS`]); a name listed alias-qualified counts too.
fn also_reads(shape: Shape, named: &str) -> bool {
    shape
        .also_reads
        .iter()
        .any(|also| qualified_name(also) == named)
}

/// The error for a document whose `@odata.type`, `found`, names the type `named`, read as the
/// type `expected`: it says which type to read the document as.
#[cold]
fn wrong_type<E: de::Error>(found: &str, named: &str, expected: &str) -> E {
    let spelled_out = if found.strip_prefix('#').unwrap_or(found) == named {
        String::new()
    } else {
        format!(" ({named})")
    };
    E::custom(format_args!(
        "`@odata.type` is `{found}`{spelled_out}, but this is `#{expected}`: read the document as \
         `{named}`, or through a `GraphPolymorphic` enum of `{expected}`'s derived types"
    ))
}

/// Control information names that every Graph object may carry, kept without allocating.
const CONTROL_NAMES: &[&str] = &[
    "@odata.etag",
    "@odata.id",
    "@odata.context",
    "@odata.editLink",
    "@odata.readLink",
    "@odata.nextLink",
    "@odata.deltaLink",
    "@odata.count",
    "@odata.mediaEtag",
    "@odata.mediaReadLink",
    "@odata.mediaEditLink",
    "@odata.mediaContentType",
];

/// The name of a kept entry: a static one for common control information, else a copy (inline
/// when short).
#[inline]
fn kept_name(name: Cow<'_, str>) -> CompactString {
    let known = name
        .starts_with('@')
        .then(|| CONTROL_NAMES.iter().find(|known| **known == name))
        .flatten();
    match (known, name) {
        (Some(known), _) => CompactString::const_new(known),
        (None, Cow::Borrowed(name)) => CompactString::new(name),
        (None, Cow::Owned(name)) => CompactString::from(name),
    }
}

/// What the generic visitor needs to know about the type it reads.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// The qualified OData type, or `""` for action parameters.
    pub odata_type: &'static str,
    /// A root complex type: `@odata.type` is written back only if the document had it.
    pub type_if_read: bool,
    /// Accept any `@odata.type` (an unknown derived type read as its base).
    pub lenient: bool,
    /// The other types it reads as itself, [`Structured::ALSO_READS`].
    pub also_reads: &'static [&'static str],
}

/// Reads a struct through its [`Structured`] impl: the `Deserialize` of every derived type.
///
/// # Errors
/// As the document or a property value is malformed, or breaks a rule of [`read_other`].
#[inline]
pub fn deserialize<'de, T: Structured, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(StructVisitor::<T> {
        lenient: reads_any_derived::<T>(),
        type_read: None,
        marker: PhantomData,
    })
}

/// Like [`deserialize`], accepting any `@odata.type` and keeping it.
///
/// # Errors
/// As [`deserialize`].
pub fn deserialize_lenient<'de, T: Structured, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(StructVisitor::<T> {
        lenient: true,
        type_read: None,
        marker: PhantomData,
    })
}

/// Reads the rest of an object as `T` once its first member, `@odata.type` (whose value is
/// `tag`), has been read: a `GraphPolymorphic` enum chose `T` by that tag, and the object is
/// read in one pass. `lenient` as [`deserialize_lenient`].
///
/// # Errors
/// As [`deserialize`].
#[inline]
pub fn deserialize_after_type<'de, T: Structured, A: MapAccess<'de>>(
    map: A,
    tag: &str,
    lenient: bool,
) -> Result<T, A::Error> {
    StructVisitor::<T> {
        lenient: lenient || reads_any_derived::<T>(),
        type_read: Some(tag),
        marker: PhantomData,
    }
    .visit_map(map)
}

/// Whether `T` writes its `@odata.type` only if read: a root complex type. Every complex type
/// (root or derived, [`Structured::READS_ANY_TYPE`]) reads a value of any `@odata.type` as
/// itself: a complex value is always the value of a property, which may hold any type derived
/// from the property's type, and Graph adds derived complex types (`identity` has 21, and
/// `userIdentity` has derived types of its own): so a property reads a value of a type it does
/// not know as its declared type, keeping the `@odata.type` and the extra properties (in
/// `additional_data`) to write back. Entities, whose `@odata.type` says which resource a
/// document is, keep the exact check; a `GraphPolymorphic` enum reads their derived types.
#[inline]
const fn reads_any_derived<T: Structured>() -> bool {
    T::TYPE_IF_READ
}

struct StructVisitor<'t, T> {
    lenient: bool,
    /// The `@odata.type` already read as the object's first member, if any.
    type_read: Option<&'t str>,
    marker: PhantomData<fn() -> T>,
}

impl<'de, T: Structured> Visitor<'de> for StructVisitor<'_, T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match T::TYPE_TAG {
            Some(tag) => write!(f, "a JSON object of type {tag}"),
            None => f.write_str("a JSON object of action parameters"),
        }
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut slots = T::Slots::default();
        let mut rest = Rest::new(T::KEEPS_ADDITIONAL_DATA, typeid::of::<T>());
        let mut seen_type = false;
        let shape = Shape {
            odata_type: T::ODATA_TYPE,
            type_if_read: T::TYPE_IF_READ,
            lenient: self.lenient || T::READS_ANY_TYPE,
            also_reads: T::ALSO_READS,
        };
        if let Some(tag) = self.type_read {
            seen_type = true;
            if !TypeTagSeed(shape).own(tag) {
                other_type(&mut rest, shape, tag)?;
            }
        }
        while let Some(key) = map.next_key_seed(PropertyKeySeed(T::property_index))? {
            match key {
                PropertyKey::Declared(index) => {
                    T::read_property(&mut slots, index, &mut map, &mut rest)?;
                }
                other => read_other(&mut map, &mut rest, other, shape, &mut seen_type)?,
            }
        }
        let mut data = rest.finish()?;
        if self.lenient && !seen_type && !T::TYPE_IF_READ {
            // Read as the base because it named no type: write it back naming none.
            data.set_type_was_absent();
        }
        T::finish(slots, &mut Some(data))
    }
}

/// Deserializes a `GraphEnum` member from a string.
///
/// # Errors
/// When the value is not a string, or not a member of `E`.
pub fn deserialize_member<'de, E: GraphEnum, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    let Text(member) = Text::deserialize(deserializer)?;
    E::from_member(&member)
        .ok_or_else(|| de::Error::custom(crate::wire::enums::UnknownMember::new::<E>(&member)))
}
