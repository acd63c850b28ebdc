//! Reading one property value into its slot, by the field's type: required fields, optional ones
//! (`Option` and `Nullable`, which remember an explicit `null`), and optional fields of enum
//! types, which keep a member the enum does not know instead of failing the object.

use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde::de::{self, MapAccess};

use crate::wire::enums::GraphEnum;
use crate::wire::flags::{Flags, GraphFlags};
use crate::wire::nullable::Nullable;
use crate::wire::read::{Rest, Text, duplicate_property, in_property};

/// The types a property of a Graph type can have: every type that is both `serde::Serialize`
/// and `serde::de::DeserializeOwned`, which is the types the derives of this crate declare,
/// its EDM types ([`edm`](crate::edm)), `String`, numbers, `bool`,
/// `Vec`s and `Option`s of them, and any other serde type.
///
/// It is implemented for all of them, and not to be implemented by hand: `#[derive(GraphEntity)]`
/// asserts it of the type of every property, so that a field of another type is one compile
/// error, at the field's type, that says what to write.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the type of a property of a Graph type: it is not (de)serializable",
    label = "not `serde::Serialize` and `serde::Deserialize`",
    note = "declare `{Self}` with `#[derive(GraphEntity)]` (a complex type) or `#[derive(GraphEnum)]` (an enum type), or use a type that implements `serde::Serialize` and `serde::Deserialize`"
)]
pub trait PropertyValue {}

#[diagnostic::do_not_recommend]
impl<T: serde::Serialize + DeserializeOwned> PropertyValue for T {}

/// A property of type `T`, for the assertion generated code makes of it: a field of type
/// `PhantomData<PropertyCheck<T>>`, well-formed only if `T` is a [`PropertyValue`].
#[doc(hidden)]
pub struct PropertyCheck<T: PropertyValue + ?Sized>(PhantomData<T>);

/// Checks a slot is still empty: a document that gives a property twice is invalid.
#[inline]
fn vacant<T, E: de::Error>(slot: &Option<T>, name: &'static str) -> Result<(), E> {
    match slot {
        Some(_) => Err(duplicate_property(name)),
        None => Ok(()),
    }
}

/// Reads the value of a non-`Option` field into its slot; `null` is an error naming the
/// property.
///
/// # Errors
/// When the property is given twice, is `null`, or does not deserialize as `T`.
#[inline]
pub fn read_required<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
    slot: &mut Option<T>,
    map: &mut A,
    name: &'static str,
) -> Result<(), A::Error> {
    vacant(slot, name)?;
    match map
        .next_value::<Option<T>>()
        .map_err(|error| in_property(name, error))?
    {
        Some(value) => {
            *slot = Some(value);
            Ok(())
        }
        None => Err(de::Error::custom(format_args!(
            "property `{name}` is null, but its field is not an `Option`: declare the field as \
             `Option<_>` to accept null"
        ))),
    }
}

/// The value of a non-`Option` field once the object is read; absence is an error naming the
/// property.
///
/// # Errors
/// When the property was absent.
#[inline]
pub fn take_required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| {
        E::custom(format_args!(
            "missing property `{name}`: its field is not an `Option`, so the document must \
             give it"
        ))
    })
}

/// The document being read and what the read keeps, handed to the one property a generated
/// `read_property` reads: a method of a known type per property, which checks faster than a
/// generic function whose arguments are all inferred (see `MapWriter`).
pub struct MapReader<'a, 'de, A: MapAccess<'de>> {
    map: &'a mut A,
    rest: &'a mut Rest,
    lifetime: PhantomData<&'de ()>,
}

impl<'a, 'de, A: MapAccess<'de>> MapReader<'a, 'de, A> {
    /// A reader of the next value of `map`.
    #[inline]
    pub fn new(map: &'a mut A, rest: &'a mut Rest) -> Self {
        MapReader {
            map,
            rest,
            lifetime: PhantomData,
        }
    }

    /// The map and what the read keeps, for a base type's `read_property`.
    #[inline]
    pub fn into_parts(self) -> (&'a mut A, &'a mut Rest) {
        (self.map, self.rest)
    }

    /// `read_plain_optional`.
    ///
    /// # Errors
    /// As `read_plain_optional`.
    #[inline]
    pub fn plain_optional<T: IsNone + DeserializeOwned>(
        self,
        slot: &mut Option<T>,
        name: &'static str,
    ) -> Result<(), A::Error> {
        read_plain_optional(slot, self.map, self.rest, name)
    }

    /// `read_required`.
    ///
    /// # Errors
    /// As `read_required`.
    #[inline]
    pub fn required<T: DeserializeOwned>(
        self,
        slot: &mut Option<T>,
        name: &'static str,
    ) -> Result<(), A::Error> {
        read_required(slot, self.map, name)
    }

    /// Skips the value of a property no struct of the chain declares.
    ///
    /// # Errors
    /// When the value is not valid JSON.
    #[inline]
    pub fn skip(self) -> Result<(), A::Error> {
        self.map.next_value::<de::IgnoredAny>().map(|_| ())
    }
}

/// Reads the value of an `Option` field. Picks [`ReadOpenOptional`] for fields of `GraphEnum`
/// types, [`ReadPlainOptional`] for all other (de)serializable ones and [`SkipOptional`] for the
/// rest, by auto-ref specialization: generated code calls
/// `(&&&OptionalReader::of(&slot)).read(...)`. [`SkipOptional`] is there so that a field of a
/// type that is not (de)serializable is one compile error, the derive's assertion on the
/// field's type, and not one more here; it is never called in a program that compiles.
pub struct OptionalReader<T>(PhantomData<fn() -> T>);

impl<T> OptionalReader<T> {
    /// The reader for the type of `slot`, so generated code names the field's type only once.
    #[inline]
    pub const fn of(_slot: &Option<T>) -> Self {
        OptionalReader(PhantomData)
    }
}

/// Reads an `Option` field of any `Deserialize` type, remembering an explicit `null`.
pub trait ReadPlainOptional<T> {
    /// # Errors
    /// When the property is given twice or does not deserialize as `T`.
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        reader: MapReader<'_, 'de, A>,
        name: &'static str,
    ) -> Result<(), A::Error>;
}

impl<T: IsNone + DeserializeOwned> ReadPlainOptional<T> for &OptionalReader<T> {
    #[inline]
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        reader: MapReader<'_, 'de, A>,
        name: &'static str,
    ) -> Result<(), A::Error> {
        reader.plain_optional(slot, name)
    }
}

/// What [`ReadPlainOptional`] does, called through [`MapReader::plain_optional`] directly for
/// fields whose type the derive knows is a (de)serializable scalar.
///
/// # Errors
/// When the property is given twice or does not deserialize as `T`.
#[inline]
pub fn read_plain_optional<'de, T: IsNone + DeserializeOwned, A: MapAccess<'de>>(
    slot: &mut Option<T>,
    map: &mut A,
    rest: &mut Rest,
    name: &'static str,
) -> Result<(), A::Error> {
    vacant(slot, name)?;
    let value: T = map.next_value().map_err(|error| in_property(name, error))?;
    if value.records_null() {
        rest.null(name);
    }
    *slot = Some(value);
    Ok(())
}

/// Reads an `Option` field holding `GraphEnum` members: a member the enum does not know does not
/// fail the object, the field reads as `None` and the raw value is kept.
pub trait ReadOpenOptional<T> {
    /// # Errors
    /// When the property is given twice, or its value is not a string (or an array of strings,
    /// for collections).
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        reader: MapReader<'_, 'de, A>,
        name: &'static str,
    ) -> Result<(), A::Error>;
}

impl<T: OpenField> ReadOpenOptional<T> for &&OptionalReader<T> {
    #[inline]
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        reader: MapReader<'_, 'de, A>,
        name: &'static str,
    ) -> Result<(), A::Error> {
        vacant(slot, name)?;
        *slot = Some(
            T::read_open(reader.map, reader.rest, name)
                .map_err(|error| in_property(name, error))?,
        );
        Ok(())
    }
}

/// The fallback of [`OptionalReader`], for types that are not (de)serializable.
pub trait SkipOptional<T> {
    /// # Errors
    /// Never.
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        reader: MapReader<'_, 'de, A>,
        name: &'static str,
    ) -> Result<(), A::Error>;
}

impl<T> SkipOptional<T> for OptionalReader<T> {
    fn read<'de, A: MapAccess<'de>>(
        &self,
        _slot: &mut Option<T>,
        _reader: MapReader<'_, 'de, A>,
        _name: &'static str,
    ) -> Result<(), A::Error> {
        Ok(())
    }
}

/// Reads the value of a non-`Option` field: [`ReadRequired`] for (de)serializable types, and
/// [`SkipRequired`] (never called in a program that compiles) for the rest, like
/// [`OptionalReader`]; generated code calls `(&&RequiredReader::of(&slot)).read(...)`.
pub struct RequiredReader<T>(PhantomData<fn() -> T>);

impl<T> RequiredReader<T> {
    /// The reader for the type of `slot`.
    #[inline]
    pub const fn of(_slot: &Option<T>) -> Self {
        RequiredReader(PhantomData)
    }
}

/// Reads a non-`Option` field with `read_required`.
pub trait ReadRequired<T> {
    /// # Errors
    /// When the property is given twice, is `null`, or does not deserialize as `T`.
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        reader: MapReader<'_, 'de, A>,
        name: &'static str,
    ) -> Result<(), A::Error>;
}

impl<T: DeserializeOwned> ReadRequired<T> for &RequiredReader<T> {
    #[inline]
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        reader: MapReader<'_, 'de, A>,
        name: &'static str,
    ) -> Result<(), A::Error> {
        reader.required(slot, name)
    }
}

/// The fallback of [`RequiredReader`], for types that are not (de)serializable.
pub trait SkipRequired<T> {
    /// # Errors
    /// Never.
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        reader: MapReader<'_, 'de, A>,
        name: &'static str,
    ) -> Result<(), A::Error>;
}

impl<T> SkipRequired<T> for RequiredReader<T> {
    fn read<'de, A: MapAccess<'de>>(
        &self,
        _slot: &mut Option<T>,
        _reader: MapReader<'_, 'de, A>,
        _name: &'static str,
    ) -> Result<(), A::Error> {
        Ok(())
    }
}

/// Optional field types, seen by the one ability the readers need: whether a value read from the
/// document was a `null` the type cannot hold apart from absence.
pub trait IsNone {
    fn records_null(&self) -> bool;
}

impl<T> IsNone for Option<T> {
    #[inline]
    fn records_null(&self) -> bool {
        self.is_none()
    }
}

impl<T> IsNone for Nullable<T> {
    #[inline]
    fn records_null(&self) -> bool {
        false
    }
}

/// Field types whose values may hold enum members the enum does not know: `Option<V>` and
/// `Nullable<V>` of an `OpenValue` (an enum, a `Vec` of one, or `Flags` of one).
pub trait OpenField: Sized {
    /// # Errors
    /// When the value has the wrong JSON type.
    fn read_open<'de, A: MapAccess<'de>>(
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<Self, A::Error>;
}

/// What reading an [`OpenValue`] found.
pub enum Open<V> {
    /// `null`.
    Null,
    /// A value of known members.
    Known(V),
    /// A member the enum does not know: the raw value is kept, to be written back.
    Unknown,
}

/// Values made of enum members: one member, a collection of them, or a flags value.
pub trait OpenValue: Sized {
    /// # Errors
    /// When the value has the wrong JSON type.
    fn read_value<'de, A: MapAccess<'de>>(
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<Open<Self>, A::Error>;
}

impl<E: GraphEnum> OpenValue for E {
    fn read_value<'de, A: MapAccess<'de>>(
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<Open<Self>, A::Error> {
        let Some(Text(member)) = map.next_value::<Option<Text<'de>>>()? else {
            return Ok(Open::Null);
        };
        if let Some(value) = E::from_member(&member) {
            return Ok(Open::Known(value));
        }
        rest.strings(name, &[&member], false)?;
        Ok(Open::Unknown)
    }
}

impl<E: GraphEnum> OpenValue for Vec<E> {
    fn read_value<'de, A: MapAccess<'de>>(
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<Open<Self>, A::Error> {
        let Some(members) = map.next_value::<Option<Vec<Text<'de>>>>()? else {
            return Ok(Open::Null);
        };
        let known: Option<Vec<E>> = members
            .iter()
            .map(|Text(member)| E::from_member(member))
            .collect();
        if let Some(known) = known {
            return Ok(Open::Known(known));
        }
        let texts: Vec<&str> = members.iter().map(|Text(member)| member.as_ref()).collect();
        rest.strings(name, &texts, true)?;
        Ok(Open::Unknown)
    }
}

impl<E: GraphFlags + PartialEq> OpenValue for Flags<E> {
    fn read_value<'de, A: MapAccess<'de>>(
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<Open<Self>, A::Error> {
        let Some(Text(text)) = map.next_value::<Option<Text<'de>>>()? else {
            return Ok(Open::Null);
        };
        if let Ok(flags) = Flags::parse(&text) {
            return Ok(Open::Known(flags));
        }
        rest.strings(name, &[&text], false)?;
        Ok(Open::Unknown)
    }
}

/// `None` for `null` (remembered) and for an unknown member (kept).
impl<V: OpenValue> OpenField for Option<V> {
    #[inline]
    fn read_open<'de, A: MapAccess<'de>>(
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<Self, A::Error> {
        Ok(match V::read_value(map, rest, name)? {
            Open::Known(value) => Some(value),
            Open::Null => {
                rest.null(name);
                None
            }
            Open::Unknown => None,
        })
    }
}

/// `Null` for `null`; `Absent` for an unknown member (kept, and written back in its place).
impl<V: OpenValue> OpenField for Nullable<V> {
    #[inline]
    fn read_open<'de, A: MapAccess<'de>>(
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<Self, A::Error> {
        Ok(match V::read_value(map, rest, name)? {
            Open::Known(value) => Nullable::Value(value),
            Open::Null => Nullable::Null,
            Open::Unknown => Nullable::Absent,
        })
    }
}
