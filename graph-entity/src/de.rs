//! Run-time support for the generated `Deserialize` impls: everything that does not depend on
//! the struct's shape lives here once, so each derive expands to little code.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::additional::AdditionalData;
use crate::enums::GraphEnum;

/// The annotation every Graph object may carry to name its type.
pub const ODATA_TYPE_KEY: &str = "@odata.type";

/// Where a visitor puts what the struct does not model.
pub struct Rest {
    data: AdditionalData,
    keep: bool,
}

impl Rest {
    /// `keep`: whether the struct has an `additional_data` field to receive it.
    #[inline]
    pub const fn new(keep: bool) -> Self {
        Rest {
            data: AdditionalData::new(),
            keep,
        }
    }

    /// Checks the document gave no name twice, and hands over the data.
    ///
    /// # Errors
    /// When a property or annotation is given twice.
    #[inline]
    pub fn finish<E: de::Error>(self) -> Result<AdditionalData, E> {
        match self.data.duplicate() {
            Some(name) => Err(duplicate_property(name)),
            None => Ok(self.data),
        }
    }

    fn null(&mut self, name: &'static str) {
        if self.keep {
            self.data
                .push_read(Cow::Borrowed(name), Cow::Borrowed(RawValue::NULL));
        }
    }

    fn raw(&mut self, name: Cow<'static, str>, raw: Box<RawValue>) {
        if self.keep {
            self.data.push_read(name, Cow::Owned(raw));
        }
    }
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
    #[inline]
    fn known<'de>(&self, name: &str) -> Option<PropertyKey<'de>> {
        if let Some(index) = (self.0)(name) {
            Some(PropertyKey::Declared(index))
        } else if name == ODATA_TYPE_KEY {
            Some(PropertyKey::ODataType)
        } else {
            None
        }
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

/// Handles every name that is not a declared property: checks `@odata.type`, and keeps the rest.
///
/// # Errors
/// When `@odata.type` names another type or is given twice, or a value is malformed.
pub fn read_other<'de, A: MapAccess<'de>>(
    map: &mut A,
    rest: &mut Rest,
    key: PropertyKey<'de>,
    odata_type: &'static str,
    seen_type: &mut bool,
) -> Result<(), A::Error> {
    match key {
        PropertyKey::ODataType => {
            if core::mem::replace(seen_type, true) {
                return Err(duplicate_property(ODATA_TYPE_KEY));
            }
            let Text(found) = map.next_value()?;
            let bare = found.strip_prefix('#').unwrap_or(&found);
            if bare == odata_type {
                Ok(())
            } else {
                Err(de::Error::custom(format_args!(
                    "`@odata.type` is `{found}`, but this is `#{odata_type}`: read the document \
                     as `{bare}`, or as a type that derives from `{odata_type}`"
                )))
            }
        }
        PropertyKey::Other(name) if rest.keep => {
            let raw: Box<RawValue> = map.next_value()?;
            rest.raw(Cow::Owned(name.into_owned()), raw);
            Ok(())
        }
        PropertyKey::Other(_) | PropertyKey::Declared(_) => {
            map.next_value::<IgnoredAny>()?;
            Ok(())
        }
    }
}

/// The error for a property given twice in one object.
pub fn duplicate_property<E: de::Error>(name: &str) -> E {
    E::custom(format_args!(
        "property `{name}` is given twice in one object"
    ))
}

/// Reads the value of a non-`Option` field; `null` is an error naming the property.
///
/// # Errors
/// When the value is `null` or does not deserialize as `T`.
#[inline]
pub fn read_required<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
    map: &mut A,
    name: &'static str,
) -> Result<T, A::Error> {
    match map.next_value::<Option<T>>()? {
        Some(value) => Ok(value),
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
}

impl<T> Default for OptionalReader<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// Reads an `Option` field of any `Deserialize` type, remembering an explicit `null`.
pub trait ReadPlainOptional<T> {
    /// # Errors
    /// When the value does not deserialize as `T`.
    fn read<'de, A: MapAccess<'de>>(
        &self,
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<T, A::Error>
    where
        T: Deserialize<'de>;
}

impl<T: IsNone> ReadPlainOptional<T> for OptionalReader<T> {
    #[inline]
    fn read<'de, A: MapAccess<'de>>(
        &self,
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<T, A::Error>
    where
        T: Deserialize<'de>,
    {
        let value: T = map.next_value()?;
        if value.is_none() {
            rest.null(name);
        }
        Ok(value)
    }
}

/// Reads an `Option` field holding `GraphEnum` members: a member the enum does not know does not
/// fail the object, the field reads as `None` and the raw value is kept.
pub trait ReadOpenOptional<T> {
    /// # Errors
    /// When the value is not a string (or an array of strings, for collections).
    fn read<'de, A: MapAccess<'de>>(
        &self,
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<T, A::Error>;
}

impl<T: OpenField> ReadOpenOptional<T> for &OptionalReader<T> {
    #[inline]
    fn read<'de, A: MapAccess<'de>>(
        &self,
        map: &mut A,
        rest: &mut Rest,
        name: &'static str,
    ) -> Result<T, A::Error> {
        T::read_open(map, rest, name)
    }
}

/// `Option<T>`, seen by its one ability the readers need.
pub trait IsNone {
    fn is_none(&self) -> bool;
}

impl<T> IsNone for Option<T> {
    #[inline]
    fn is_none(&self) -> bool {
        Option::is_none(self)
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

fn raw_json<T: serde::Serialize + ?Sized, E: de::Error>(value: &T) -> Result<Box<RawValue>, E> {
    serde_json::value::to_raw_value(value).map_err(E::custom)
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
        .ok_or_else(|| de::Error::custom(crate::enums::UnknownMember::new::<E>(&member)))
}
