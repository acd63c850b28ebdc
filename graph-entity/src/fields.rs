//! Reading one property value into its slot, by the field's type: required fields, optional ones
//! (`Option` and `Nullable`, which remember an explicit `null`), and optional fields of enum
//! types, which keep a member the enum does not know instead of failing the object.

use std::borrow::Cow;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, MapAccess};

use serde_json::value::RawValue;

use crate::de::{Rest, Text, duplicate_property, in_property};
use crate::enums::GraphEnum;
use crate::flags::{Flags, GraphFlags};
use crate::nullable::Nullable;

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

/// Reads the value of an `Option` field. Picks [`ReadOpenOptional`] for fields of `GraphEnum`
/// types and [`ReadPlainOptional`] for all others, by auto-ref specialization: generated code
/// calls `(&&OptionalReader::<T>::new()).read(...)`.
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
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<(), A::Error>
    where
        T: Deserialize<'de>;
}

impl<T: IsNone> ReadPlainOptional<T> for OptionalReader<T> {
    #[inline]
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<(), A::Error>
    where
        T: Deserialize<'de>,
    {
        vacant(slot, name)?;
        let value: T = map.next_value().map_err(|error| in_property(name, error))?;
        if value.records_null() {
            rest.null(name);
        }
        *slot = Some(value);
        Ok(())
    }
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
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<(), A::Error>;
}

impl<T: OpenField> ReadOpenOptional<T> for &OptionalReader<T> {
    #[inline]
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<(), A::Error> {
        vacant(slot, name)?;
        *slot = Some(T::read_open(map, rest, name).map_err(|error| in_property(name, error))?);
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
        rest.raw(Cow::Borrowed(name), raw_json(&*member)?);
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
        rest.raw(Cow::Borrowed(name), raw_json(&texts)?);
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
        rest.raw(Cow::Borrowed(name), raw_json(&*text)?);
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

pub(crate) fn raw_json<T: serde::Serialize + ?Sized, E: de::Error>(
    value: &T,
) -> Result<Box<RawValue>, E> {
    serde_json::value::to_raw_value(value).map_err(E::custom)
}
