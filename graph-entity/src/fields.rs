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
    if slot.is_some() {
        return Err(duplicate_property(name));
    }
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
    #[inline]
    pub const fn new() -> Self {
        OptionalReader(PhantomData)
    }

    /// The reader for the type of `slot`, so generated code names the field's type only once.
    #[inline]
    pub const fn of(_slot: &Option<T>) -> Self {
        OptionalReader(PhantomData)
    }
}

impl<T> Default for OptionalReader<T> {
    fn default() -> Self {
        Self::new()
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
        if slot.is_some() {
            return Err(duplicate_property(name));
        }
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
        if slot.is_some() {
            return Err(duplicate_property(name));
        }
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

/// Field types whose values may hold enum members the enum does not know.
pub trait OpenField: Sized {
    /// # Errors
    /// When the value has the wrong JSON type.
    fn read_open<'de, A: MapAccess<'de>>(
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<Self, A::Error>;
}

impl<E: GraphEnum> OpenField for Option<E> {
    fn read_open<'de, A: MapAccess<'de>>(
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<Self, A::Error> {
        let Some(Text(member)) = map.next_value::<Option<Text<'de>>>()? else {
            rest.null(name);
            return Ok(None);
        };
        if let Some(value) = E::from_member(&member) {
            return Ok(Some(value));
        }
        rest.raw(Cow::Borrowed(name), raw_json(&*member)?);
        Ok(None)
    }
}

impl<E: GraphEnum> OpenField for Option<Vec<E>> {
    fn read_open<'de, A: MapAccess<'de>>(
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<Self, A::Error> {
        let Some(members) = map.next_value::<Option<Vec<Text<'de>>>>()? else {
            rest.null(name);
            return Ok(None);
        };
        let known: Option<Vec<E>> = members
            .iter()
            .map(|Text(member)| E::from_member(member))
            .collect();
        if known.is_none() {
            let texts: Vec<&str> = members.iter().map(|Text(member)| member.as_ref()).collect();
            rest.raw(Cow::Borrowed(name), raw_json(&texts)?);
        }
        Ok(known)
    }
}

impl<E: GraphFlags + PartialEq> OpenField for Option<Flags<E>> {
    fn read_open<'de, A: MapAccess<'de>>(
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<Self, A::Error> {
        let Some(Text(text)) = map.next_value::<Option<Text<'de>>>()? else {
            rest.null(name);
            return Ok(None);
        };
        match Flags::parse(&text) {
            Ok(flags) => Ok(Some(flags)),
            Err(_) => {
                rest.raw(Cow::Borrowed(name), raw_json(&*text)?);
                Ok(None)
            }
        }
    }
}

impl<E: GraphEnum> OpenField for Nullable<E> {
    fn read_open<'de, A: MapAccess<'de>>(
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<Self, A::Error> {
        let Some(Text(member)) = map.next_value::<Option<Text<'de>>>()? else {
            return Ok(Nullable::Null);
        };
        if let Some(value) = E::from_member(&member) {
            return Ok(Nullable::Value(value));
        }
        rest.raw(Cow::Borrowed(name), raw_json(&*member)?);
        Ok(Nullable::Absent)
    }
}

impl<E: GraphEnum> OpenField for Nullable<Vec<E>> {
    fn read_open<'de, A: MapAccess<'de>>(
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<Self, A::Error> {
        let mut scratch = Rest::new(true);
        match <Option<Vec<E>>>::read_open(map, &mut scratch, name)? {
            Some(values) => Ok(Nullable::Value(values)),
            None if scratch.data.is_empty() => Ok(Nullable::Null),
            None => {
                for (held, raw) in scratch.data.entries() {
                    rest.raw(held.clone(), raw.clone().into_owned());
                }
                Ok(Nullable::Absent)
            }
        }
    }
}

pub(crate) fn raw_json<T: serde::Serialize + ?Sized, E: de::Error>(
    value: &T,
) -> Result<Box<RawValue>, E> {
    serde_json::value::to_raw_value(value).map_err(E::custom)
}
