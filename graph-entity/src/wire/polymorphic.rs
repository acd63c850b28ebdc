//! Run-time support for `#[derive(GraphPolymorphic)]`: reading one item of a mixed collection as
//! the type its `@odata.type` names.
//!
//! Graph writes `@odata.type` first, so an item is read in one pass: its first member is the
//! tag, which picks the variant, and the variant's struct reader reads the rest of the same
//! object ([`deserialize_after_type`]). Only an item whose first member is something else (a
//! tag further in, or none: the base type) is taken whole as JSON text and read from it, as
//! every item once was ([`read_polymorphic_buffered`]).

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::wire::additional::AdditionalData;
use crate::wire::de::{deserialize_after_type, deserialize_lenient};
use crate::wire::read::{ODATA_TYPE_KEY, Text, duplicate_property};
use crate::wire::replay::{close_object, push_member};
use crate::wire::structured::Structured;
use crate::wire::type_name::{qualified_name, qualified_name_of};

/// Types that are `R` or derive from it: the types that can be the variants of a
/// `#[derive(GraphPolymorphic)]` enum whose `#[graph(other)]` variant holds `R`.
///
/// `#[derive(GraphEntity)]` implements it for every type it declares: `DerivesFrom<Self>`
/// (through [`SelfView`], which it implements for every type), and for a type with a base field
/// of type `B`, also `DerivesFrom<R>` for every `R` that `B` derives from. So an enum may be
/// rooted at any type of a hierarchy, not only at its topmost one (`AnyMessage` beside
/// `AnyOutlookItem`). Do not implement it by hand. The `GraphPolymorphic` derive asserts it of
/// every variant's type, so that a variant of another hierarchy is one compile error, at its
/// type.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not derive from `{R}`, the type of the `other` variant",
    label = "`{Self}` is not `{R}`, nor derived from it through `#[graph(base)]` fields",
    note = "every variant of a GraphPolymorphic enum holds a type derived (through `#[graph(base)]` fields) from the type of its `#[graph(other)]` variant: remove this variant, or give `{Self}` a `#[graph(base)]` field of type `{R}` or of a type derived from it"
)]
pub trait DerivesFrom<R> {
    /// The `R` view of this value.
    fn view(&self) -> &R;
    /// The mutable `R` view of this value.
    fn view_mut(&mut self) -> &mut R;
}

/// Every type `#[derive(GraphEntity)]` declares, each its own `DerivesFrom<Self>`. The derive
/// implements it; do not implement it by hand.
///
/// One blanket impl of `DerivesFrom` for them, rather than one generated per type, spares the
/// compiler two methods to check for every type. It does not overlap a derived type's
/// `DerivesFrom<R>` through its base: that one would be `DerivesFrom<Self>` only if its base
/// derived from it, and a base does not derive from its own derived type.
#[doc(hidden)]
pub trait SelfView {}

impl<T: SelfView> DerivesFrom<T> for T {
    #[inline]
    fn view(&self) -> &T {
        self
    }
    #[inline]
    fn view_mut(&mut self) -> &mut T {
        self
    }
}

// Auto-ref probes for the base views of a `GraphPolymorphic` enum: a variant of another
// hierarchy is one error, the derive's assertion; the fallbacks are never called in a program
// that compiles.

/// The `R` view of a variant.
pub struct BaseView<'a, R, T>(pub &'a T, pub PhantomData<fn() -> R>);

pub trait ViewBase<'a, R> {
    fn view(&self) -> &'a R;
}

impl<'a, R, T: DerivesFrom<R>> ViewBase<'a, R> for &BaseView<'a, R, T> {
    #[inline]
    fn view(&self) -> &'a R {
        DerivesFrom::view(self.0)
    }
}

pub trait NoBase<'a, R> {
    fn view(&self) -> &'a R;
}

impl<'a, R, T> NoBase<'a, R> for BaseView<'a, R, T> {
    fn view(&self) -> &'a R {
        unreachable!("a variant that does not derive from the base does not compile")
    }
}

/// The mutable `R` view of a variant.
pub struct BaseViewMut<'a, R, T>(
    pub std::cell::Cell<Option<&'a mut T>>,
    pub PhantomData<fn() -> R>,
);

pub trait ViewBaseMut<'a, R> {
    fn view_mut(&self) -> &'a mut R;
}

impl<'a, R, T: DerivesFrom<R>> ViewBaseMut<'a, R> for &BaseViewMut<'a, R, T> {
    #[inline]
    fn view_mut(&self) -> &'a mut R {
        match self.0.take() {
            Some(value) => DerivesFrom::view_mut(value),
            None => unreachable!("a view is taken once"),
        }
    }
}

pub trait NoBaseMut<'a, R> {
    fn view_mut(&self) -> &'a mut R;
}

impl<'a, R, T> NoBaseMut<'a, R> for BaseViewMut<'a, R, T> {
    fn view_mut(&self) -> &'a mut R {
        unreachable!("a variant that does not derive from the base does not compile")
    }
}

/// The namespace-qualified type that the `@odata.type` of the object `raw` names, in any of its
/// spellings (see `type_name`).
///
/// # Errors
/// When `raw` is not an object, or its `@odata.type` is given twice or is not a string.
pub fn peek_odata_type<E: de::Error>(raw: &RawValue) -> Result<Option<Cow<'_, str>>, E> {
    if !raw.get().starts_with('{') {
        return Err(not_an_object(raw));
    }
    let mut deserializer = serde_json::Deserializer::from_str(raw.get());
    let found = deserializer
        .deserialize_map(TypeSkimmer)
        .map_err(item_error)?;
    Ok(found.map(|Text(text)| qualified_name_of(text)))
}

/// The error for an item that is not a JSON object (a string, a number, an array, `null`, ...),
/// said as serde says a type error, without the item's own position (the outer deserializer
/// adds the document's).
#[cold]
fn not_an_object<E: de::Error>(raw: &RawValue) -> E {
    use serde_json::Value;
    let value: Result<Value, _> = serde_json::from_str(raw.get());
    let unexpected = match &value {
        Ok(Value::Null) => de::Unexpected::Unit,
        Ok(Value::Bool(value)) => de::Unexpected::Bool(*value),
        Ok(Value::Number(number)) => match (number.as_u64(), number.as_i64(), number.as_f64()) {
            (Some(value), _, _) => de::Unexpected::Unsigned(value),
            (None, Some(value), _) => de::Unexpected::Signed(value),
            (None, None, Some(value)) => de::Unexpected::Float(value),
            (None, None, None) => de::Unexpected::Other("a number"),
        },
        Ok(Value::String(text)) => de::Unexpected::Str(text),
        Ok(Value::Array(_)) => de::Unexpected::Seq,
        Ok(Value::Object(_)) | Err(_) => de::Unexpected::Other("a JSON value"),
    };
    E::invalid_type(unexpected, &"a JSON object (a complex or entity value)")
}

struct TypeSkimmer;

impl<'de> Visitor<'de> for TypeSkimmer {
    type Value = Option<Text<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found: Option<Text<'de>> = None;
        while let Some(Text(key)) = map.next_key::<Text<'de>>()? {
            if key == ODATA_TYPE_KEY {
                if found.is_some() {
                    return Err(duplicate_property(ODATA_TYPE_KEY));
                }
                found = Some(map.next_value().map_err(|error: A::Error| {
                    de::Error::custom(format_args!("property `{ODATA_TYPE_KEY}`: {error}"))
                })?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

/// Reads `raw` as the variant type `T`.
///
/// # Errors
/// As `T`'s `Deserialize`.
pub fn read_variant<T: Structured, E: de::Error>(raw: &RawValue) -> Result<T, E> {
    let mut deserializer = serde_json::Deserializer::from_str(raw.get());
    crate::wire::de::deserialize::<T, _>(&mut deserializer).map_err(item_error)
}

/// An error from inside an item, re-positioned: the item's own line and column would be taken
/// for the document's, so they are said in words, and the document's position is added by the
/// outer deserializer.
#[cold]
fn item_error<E: de::Error>(error: serde_json::Error) -> E {
    let text = error.to_string();
    let message = text
        .rfind(" at line ")
        .map_or(text.as_str(), |suffix| &text[..suffix]);
    // serde_json appends " at line N column M" of the document: where this item ends.
    E::custom(format_args!(
        "{message}, at line {} column {} of the item that ends",
        error.line(),
        error.column()
    ))
}

/// Reads `raw` as `T` whatever its `@odata.type`, keeping that type to write back.
///
/// # Errors
/// As `T`'s `Deserialize`, but for the type check.
pub fn read_variant_lenient<T: Structured, E: de::Error>(raw: &RawValue) -> Result<T, E> {
    let mut deserializer = serde_json::Deserializer::from_str(raw.get());
    deserialize_lenient::<T, _>(&mut deserializer).map_err(item_error)
}

/// The namespace-qualified type an item read leniently named (in any spelling), or `declared` if
/// it named none.
pub fn kept_odata_type<'a>(data: &'a AdditionalData, declared: &'static str) -> Cow<'a, str> {
    data.odata_type()
        .map_or(Cow::Borrowed(declared), qualified_name_of)
}

/// A `#[derive(GraphPolymorphic)]` enum: which variant reads an item of a given type. The derive
/// implements it; do not implement it by hand.
#[doc(hidden)]
pub trait Polymorphic: Sized {
    /// Reads the item through `reader` as the variant of the namespace-qualified type `name`,
    /// or as the `other` variant (leniently, keeping the type) when no variant has that type or
    /// the item named none.
    ///
    /// # Errors
    /// As the variant's `Deserialize`.
    fn dispatch<R: ReadVariant>(name: Option<&str>, reader: R) -> Result<Self, R::Error>;
}

/// Where a [`Polymorphic`] enum reads the variant it chose: the rest of the object being read
/// ([`AfterType`]), or an item taken whole as JSON text ([`FromRaw`]).
#[doc(hidden)]
pub trait ReadVariant {
    /// The error of the read.
    type Error;
    /// Reads the item as `T`; `lenient` accepts any `@odata.type` and keeps it (the `other`
    /// variant).
    ///
    /// # Errors
    /// As `T`'s `Deserialize`.
    fn read<T: Structured>(self, lenient: bool) -> Result<T, Self::Error>;
}

/// The rest of an object whose first member, `@odata.type`, was `tag`.
pub struct AfterType<'t, 'de, A> {
    map: A,
    tag: &'t str,
    input: PhantomData<fn(&'de ())>,
}

impl<'de, A: MapAccess<'de>> ReadVariant for AfterType<'_, 'de, A> {
    type Error = A::Error;

    #[inline]
    fn read<T: Structured>(self, lenient: bool) -> Result<T, A::Error> {
        deserialize_after_type::<T, A>(self.map, self.tag, lenient)
    }
}

/// An item taken whole as JSON text.
pub struct FromRaw<'r, E>(&'r RawValue, PhantomData<fn() -> E>);

impl<E: de::Error> ReadVariant for FromRaw<'_, E> {
    type Error = E;

    fn read<T: Structured>(self, lenient: bool) -> Result<T, E> {
        if lenient {
            read_variant_lenient(self.0)
        } else {
            read_variant(self.0)
        }
    }
}

/// The `Deserialize` of a `GraphPolymorphic` enum: one pass when `@odata.type` is the item's
/// first member, as Graph writes it; else the item is taken whole and read as
/// [`read_polymorphic_buffered`] does.
///
/// # Errors
/// When the item is not an object, its `@odata.type` is not a string or is given twice, or as
/// the variant's `Deserialize`.
#[inline]
pub fn deserialize_polymorphic<'de, P: Polymorphic, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<P, D::Error> {
    deserializer.deserialize_map(PolymorphicVisitor::<P>(PhantomData))
}

/// Reads the item `raw`, taken whole, as `P`: its `@odata.type` found by skimming its top level,
/// then the item read again as the variant's type. The road of an item whose `@odata.type` is
/// not its first member, and the reference the one-pass read is tested against.
///
/// # Errors
/// As [`deserialize_polymorphic`].
pub fn read_polymorphic_buffered<P: Polymorphic, E: de::Error>(raw: &RawValue) -> Result<P, E> {
    let name = peek_odata_type::<E>(raw)?;
    P::dispatch(name.as_deref(), FromRaw(raw, PhantomData))
}

struct PolymorphicVisitor<P>(PhantomData<fn() -> P>);

impl<'de, P: Polymorphic> Visitor<'de> for PolymorphicVisitor<P> {
    type Value = P;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object (a complex or entity value)")
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<P, A::Error> {
        match map.next_key::<Text<'de>>()? {
            Some(Text(key)) if key == ODATA_TYPE_KEY => {
                let Text(tag) = map.next_value().map_err(in_odata_type)?;
                let name = qualified_name(&tag);
                P::dispatch(
                    Some(&name),
                    AfterType {
                        map,
                        tag: &tag,
                        input: PhantomData,
                    },
                )
            }
            first => {
                let (raw, named_type) = take_whole(first.map(|Text(key)| key), &mut map)?;
                if named_type {
                    read_polymorphic_buffered(&raw)
                } else {
                    // No `@odata.type` at all: the base type, as the buffered road reads it.
                    P::dispatch(None, FromRaw(&raw, PhantomData))
                }
            }
        }
    }
}

/// The error of an `@odata.type` that is not a string.
#[cold]
fn in_odata_type<E: de::Error>(error: E) -> E {
    de::Error::custom(format_args!("property `{ODATA_TYPE_KEY}`: {error}"))
}

/// The rest of an object, from its member named `first`, taken whole as JSON text: each member
/// as its name and its value's text as received, without the white space between them. And
/// whether a member was `@odata.type`.
#[cold]
fn take_whole<'de, A: MapAccess<'de>>(
    first: Option<Cow<'de, str>>,
    map: &mut A,
) -> Result<(Box<RawValue>, bool), A::Error> {
    let mut text = vec![b'{'];
    let mut named_type = false;
    let mut key = first;
    while let Some(name) = key {
        named_type |= name == ODATA_TYPE_KEY;
        let value: Box<RawValue> = map.next_value()?;
        push_member(&mut text, &name, &value);
        key = map.next_key::<Text<'de>>()?.map(|Text(key)| key);
    }
    close_object(text).map(|raw| (raw, named_type))
}
