//! Run-time support for the generated `Serialize` impls.

use std::marker::PhantomData;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::wire::additional::{AdditionalData, Entry, Place};
use crate::wire::json;
use crate::wire::nullable::Nullable;
use crate::wire::read::ODATA_TYPE_KEY;
use crate::wire::structured::{Structured, WriteMode};

/// Writes a struct through its [`Structured`] impl: the `Serialize` of every derived type.
///
/// # Errors
/// When the serializer fails.
#[inline]
pub fn serialize<T: Structured, S: Serializer>(
    value: &T,
    serializer: S,
    mode: WriteMode,
) -> Result<S::Ok, S::Error> {
    // serde_json into a `Vec<u8>` (`to_vec`, `to_string`): the same bytes, written faster.
    let serializer = if json::is_json_into_vec::<S>() {
        match json::write_raw(serializer, |map| write_object(value, map, mode)) {
            Ok(done) => return done,
            Err(serializer) => serializer,
        }
    } else {
        serializer
    };
    write_object(value, serializer.serialize_map(None)?, mode)
}

/// Writes `value` into `map`, a map just begun, and ends it.
///
/// # Errors
/// When the serializer fails.
#[inline]
fn write_object<T: Structured, M: SerializeMap>(
    value: &T,
    mut map: M,
    mode: WriteMode,
) -> Result<M::Ok, M::Error> {
    let rest = value.additional_data();
    // Whether the read that kept the entries was of this type, which sorted them (`Place`).
    let sorted = rest.sorted_for(typeid::of::<T>());
    write_head::<T, _>(&mut map, rest, sorted, mode)?;
    value.write_properties(&mut map, rest, mode)?;
    write_tail(&mut map, rest, sorted, T::PROPERTIES, mode)?;
    map.end()
}

/// Writes `@odata.type` (the one the document had, else the type's own, for
/// entities and derived complex types) and then the kept control information and instance
/// annotations: OData puts them before properties. `sorted`: the entries' places are this
/// type's.
///
/// # Errors
/// When the serializer fails.
#[inline]
fn write_head<T: Structured, M: SerializeMap>(
    map: &mut M,
    rest: &AdditionalData,
    sorted: bool,
    mode: WriteMode,
) -> Result<(), M::Error> {
    let kept = rest.kept_type();
    if let Some(kept) = kept {
        map.serialize_entry(ODATA_TYPE_KEY, kept)?;
    } else if let (Some(tag), false, false) = (T::TYPE_TAG, T::TYPE_IF_READ, rest.type_was_absent())
    {
        if StaticNames::<T>::PLAIN && json::is_json_map::<M>() {
            // Both known when compiled and in no need of escaping: written as they are.
            map.serialize_entry(&json::Plain(ODATA_TYPE_KEY), &json::Plain(tag))?;
        } else {
            map.serialize_entry(ODATA_TYPE_KEY, tag)?;
        }
    }
    if mode == WriteMode::Create {
        // The server owns control information and instance annotations: a create body has none.
        return Ok(());
    }
    for entry in rest.entries() {
        let head = match entry.place {
            Place::Head if sorted => true,
            Place::Unsorted => entry.name.starts_with('@') && entry.name != ODATA_TYPE_KEY,
            _ if sorted => false,
            // Read as another type: whatever the place, control information is named so.
            _ => entry.name.starts_with('@') && entry.name != ODATA_TYPE_KEY,
        };
        if head {
            write_kept(map, entry)?;
        }
    }
    Ok(())
}

/// What an `Option` or [`Nullable`] field holds, seen the same way.
pub enum State<'a, T> {
    Absent,
    Null,
    Value(&'a T),
}

/// Fields that can be absent: `Option<T>` (absent or a value) and [`Nullable<T>`].
pub trait OptionalField {
    type Inner;
    fn state(&self) -> State<'_, Self::Inner>;
}

impl<T> OptionalField for Option<T> {
    type Inner = T;
    #[inline]
    fn state(&self) -> State<'_, T> {
        match self {
            Some(value) => State::Value(value),
            None => State::Absent,
        }
    }
}

impl<T> OptionalField for Nullable<T> {
    type Inner = T;
    #[inline]
    fn state(&self) -> State<'_, T> {
        match self {
            Nullable::Absent => State::Absent,
            Nullable::Null => State::Null,
            Nullable::Value(value) => State::Value(value),
        }
    }
}

/// Whether the property names of `T` (and its type tag) need no escaping in JSON: known when
/// compiled, for each type written. [`json`]'s writer then writes them as they are.
struct StaticNames<T>(PhantomData<T>);

impl<T: Structured> StaticNames<T> {
    const PLAIN: bool = json::plain_names(T::PROPERTIES)
        && match T::TYPE_TAG {
            Some(tag) => json::plain_names(&[tag]),
            None => true,
        };
}

/// A property's name in a map: as it is (`plain`, for [`json`]'s writer, when the name needs no
/// escaping), or as a string.
#[inline]
fn write_entry<M: SerializeMap, V: Serialize + ?Sized>(
    map: &mut M,
    name: &'static str,
    value: &V,
    plain: bool,
) -> Result<(), M::Error> {
    if plain {
        map.serialize_entry(&json::Plain(name), value)
    } else {
        map.serialize_entry(name, value)
    }
}

/// Writes an optional field: its value, or `null`, or when it is absent the entry the document
/// had for it (an explicit `null` or an enum member the enum does not know), or nothing. `plain`:
/// the name needs no escaping, and `map` is [`json`]'s.
///
/// # Errors
/// When the serializer fails.
#[inline]
fn write_optional<M: SerializeMap, F: OptionalField>(
    map: &mut M,
    name: &'static str,
    field: &F,
    rest: &AdditionalData,
    plain: bool,
) -> Result<(), M::Error>
where
    F::Inner: Serialize,
{
    match field.state() {
        State::Value(value) => write_entry(map, name, value, plain),
        State::Null => write_entry(map, name, &(), plain),
        State::Absent if rest.is_empty() => Ok(()),
        State::Absent => match rest.get(name) {
            Some(raw) => write_entry(map, name, raw, plain),
            None => Ok(()),
        },
    }
}

/// Writes one field of a patch: a value, `null`, or nothing when unchanged.
///
/// # Errors
/// When the serializer fails.
#[inline]
pub fn write_change<M: SerializeMap, F: OptionalField>(
    map: &mut M,
    name: &'static str,
    change: &F,
) -> Result<(), M::Error>
where
    F::Inner: Serialize,
{
    match change.state() {
        State::Value(value) => map.serialize_entry(name, value),
        State::Null => map.serialize_entry(name, &()),
        State::Absent => Ok(()),
    }
}

/// Writes a struct's properties one after another and keeps the first error, which
/// [`finish`](Self::finish) returns. Generated code makes one call per property and no `?`:
/// a method of a known type with nothing to infer but the field's type checks several times
/// faster than a `Result` and its `?` per property, and generated code is most of what a
/// program with many Graph types compiles.
pub struct MapWriter<'a, M: SerializeMap> {
    map: &'a mut M,
    rest: &'a AdditionalData,
    error: Option<M::Error>,
    /// The names need no escaping and `map` is [`json`]'s: names are written as they are.
    plain: bool,
}

impl<'a, M: SerializeMap> MapWriter<'a, M> {
    /// A writer into `map`; `rest` holds what a read kept for properties it left absent.
    #[inline]
    pub fn new(map: &'a mut M, rest: &'a AdditionalData) -> Self {
        MapWriter {
            map,
            rest,
            error: None,
            plain: false,
        }
    }

    /// A writer of the properties of `T` into `map`, as [`MapWriter::new`]; it writes the
    /// names as they are when `T`'s need no escaping and `map` is serde_json's into a
    /// `Vec<u8>` (see `wire::json`).
    #[inline]
    pub fn of<T: Structured>(map: &'a mut M, rest: &'a AdditionalData) -> Self {
        MapWriter {
            map,
            rest,
            error: None,
            plain: StaticNames::<T>::PLAIN && json::is_json_map::<M>(),
        }
    }

    #[inline]
    fn keep(&mut self, result: Result<(), M::Error>) {
        if let Err(error) = result {
            self.error = Some(error);
        }
    }

    /// Writes an optional field, unless an earlier write failed: its value, or `null`, or when
    /// it is absent the entry the document had for it (an explicit `null` or an enum member the
    /// enum does not know), or nothing.
    #[inline]
    pub fn optional<F: OptionalField>(&mut self, name: &'static str, field: &F)
    where
        F::Inner: Serialize,
    {
        if self.error.is_none() {
            let result = write_optional(self.map, name, field, self.rest, self.plain);
            self.keep(result);
        }
    }

    /// Writes a non-`Option` field, unless an earlier write failed.
    #[inline]
    pub fn required<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        if self.error.is_none() {
            let result = write_entry(self.map, name, value, self.plain);
            self.keep(result);
        }
    }

    /// `write_change`, unless an earlier write failed.
    #[inline]
    pub fn change<F: OptionalField>(&mut self, name: &'static str, change: &F)
    where
        F::Inner: Serialize,
    {
        if self.error.is_none() {
            let result = write_change(self.map, name, change);
            self.keep(result);
        }
    }

    /// The first error, if a write failed.
    ///
    /// # Errors
    /// The serializer's first error.
    #[inline]
    pub fn finish(self) -> Result<(), M::Error> {
        match self.error {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

/// Writes the kept properties the struct does not declare, in document order, with their
/// property annotations (`name@odata.type`, `name@odata.nextLink`, ...) but in a create body,
/// which has none: the server owns annotations. Unknown properties themselves are written in a
/// create body too: they may be properties of a newer schema, or of an open type. `sorted`: the
/// entries' places are this type's, whose properties are `declared`; else each entry's name is
/// looked for in `declared`.
///
/// # Errors
/// When the serializer fails.
#[inline]
fn write_tail<M: SerializeMap>(
    map: &mut M,
    rest: &AdditionalData,
    sorted: bool,
    declared: &[&str],
    mode: WriteMode,
) -> Result<(), M::Error> {
    for entry in rest.entries() {
        // The name is looked at only where the place does not say: most entries were sorted by
        // the read.
        let tail = match entry.place {
            Place::Tail if sorted => true,
            Place::Unsorted => undeclared(&entry.name, declared),
            _ if sorted => false,
            _ => undeclared(&entry.name, declared),
        };
        let annotation = mode == WriteMode::Create && entry.name.contains('@');
        if tail && !annotation {
            write_kept(map, entry)?;
        }
    }
    Ok(())
}

/// Whether a kept name belongs after the declared properties: neither control information nor
/// a declared property.
fn undeclared(name: &str, declared: &[&str]) -> bool {
    !name.starts_with('@') && !declared.contains(&name)
}

/// Writes a kept entry, its name as it is when it needs no escaping and `map` is [`json`]'s.
#[inline]
fn write_kept<M: SerializeMap>(map: &mut M, entry: &Entry) -> Result<(), M::Error> {
    if entry.plain_name && json::is_json_map::<M>() {
        map.serialize_entry(&json::Plain(&entry.name), entry.value.as_ref())
    } else {
        map.serialize_entry(entry.name.as_str(), entry.value.as_ref())
    }
}

/// The body of a create request for `T`, from a value built in code or one that was read: what
/// the server owns is left out, the rest is written as [`serde::Serialize`] writes it.
///
/// Left out: the key, `#[graph(read_only)]` properties, control information (`@odata.etag`,
/// `@odata.context`, `@odata.id`, ...), instance annotations (`@microsoft.graph.tips`, ...) and
/// property annotations (`name@odata.type`, `name@microsoft.graph.x`). Kept: `@odata.type` (the
/// value's own, or the one it was read with), the declared writable properties (an explicit
/// `null` and an enum member the enum does not know included) and the unknown properties kept in
/// `additional_data`, which may be properties of a newer schema or of an open type. Values of
/// complex properties are written whole.
pub struct CreateBody<'a, T>(pub &'a T);

impl<T: Structured> Serialize for CreateBody<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize(self.0, serializer, WriteMode::Create)
    }
}

/// A generated patch type: the changed properties of an entity.
pub trait PatchFields {
    /// `Some(tag)` for derived types, whose updates must name their type; `None`, the default,
    /// for the rest.
    const TYPE_TAG: Option<&'static str> = None;
    /// Whether nothing is changed: no change and no extra property is written. (Not generated
    /// per type: one function less to compile for each.)
    #[inline]
    fn is_unchanged(&self) -> bool {
        self.write_changes(&mut FirstChange).is_ok() && self.write_extras(&mut FirstChange).is_ok()
    }
    /// Writes the changed properties, the base type's first.
    ///
    /// # Errors
    /// When the serializer fails.
    fn write_changes<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
    /// Writes the extra properties ([`PatchExtras`]), the base type's first.
    ///
    /// # Errors
    /// When the serializer fails.
    fn write_extras<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
}

/// A map that takes no entry: writing a patch into it stops at its first change, if any.
struct FirstChange;

/// What [`FirstChange`] fails with: a change was written.
#[derive(Debug, thiserror::Error)]
#[error("the patch has a change")]
struct Changed;

impl serde::ser::Error for Changed {
    fn custom<T: core::fmt::Display>(_message: T) -> Self {
        Changed
    }
}

impl SerializeMap for FirstChange {
    type Ok = ();
    type Error = Changed;

    fn serialize_key<T: ?Sized + Serialize>(&mut self, _key: &T) -> Result<(), Changed> {
        Err(Changed)
    }

    fn serialize_value<T: ?Sized + Serialize>(&mut self, _value: &T) -> Result<(), Changed> {
        Err(Changed)
    }

    fn end(self) -> Result<(), Changed> {
        Ok(())
    }
}

/// The `Serialize` of every generated patch type.
///
/// # Errors
/// When the serializer fails.
pub fn serialize_patch<P: PatchFields, S: Serializer>(
    patch: &P,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(None)?;
    if let (Some(tag), false) = (P::TYPE_TAG, patch.is_unchanged()) {
        map.serialize_entry(ODATA_TYPE_KEY, tag)?;
    }
    patch.write_changes(&mut map)?;
    patch.write_extras(&mut map)?;
    map.end()
}

/// Properties a patch sets that its type does not declare: those of an open type, or extension
/// properties such as `extension_<appId>_<name>`. Set through the patch's `with_property` and
/// `with_null`; written after the declared changes, in the order they were first set.
#[derive(Debug, Clone, Default)]
pub struct PatchExtras {
    entries: Vec<(String, Box<serde_json::value::RawValue>)>,
}

/// Equal when the same names hold the same JSON text, in the same order.
impl PartialEq for PatchExtras {
    fn eq(&self, other: &Self) -> bool {
        self.entries.len() == other.entries.len()
            && self
                .iter()
                .zip(other.iter())
                .all(|((a, x), (b, y))| a == b && x.get() == y.get())
    }
}

impl PatchExtras {
    /// Whether no extra property is set.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// How many extra properties are set.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The extra properties and their JSON values, in the order they were first set.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &serde_json::value::RawValue)> {
        self.entries
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_ref()))
    }

    /// Sets `name` to `value`, checked against `declared`: a name set again keeps its place and
    /// takes the new value.
    pub(crate) fn insert<V: Serialize + ?Sized>(
        &mut self,
        declared: &[&str],
        name: String,
        value: &V,
    ) -> Result<(), PatchExtraError> {
        if name.is_empty() || name.starts_with("@odata.") || declared.contains(&name.as_str()) {
            return Err(PatchExtraError::Refused(name));
        }
        let value = serde_json::value::to_raw_value(value).map_err(PatchExtraError::Value)?;
        match self.entries.iter_mut().find(|(kept, _)| *kept == name) {
            Some((_, kept)) => *kept = value,
            None => self.entries.push((name, value)),
        }
        Ok(())
    }

    /// Writes every extra property.
    ///
    /// # Errors
    /// When the serializer fails.
    #[inline]
    pub fn write<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        for (name, value) in &self.entries {
            map.serialize_entry(name, value.as_ref())?;
        }
        Ok(())
    }
}

/// Why a patch's `with_property` or `with_null` refused an extra property.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PatchExtraError {
    /// The name is a property the type (or a base type) declares, set through its own setter
    /// instead; or it is empty or starts with `@odata.`, control information the crate writes.
    #[error(
        "`{0}` cannot be an extra property of a patch: it is declared by the type \
         (use its setter), empty, or control information (`@odata.`)"
    )]
    Refused(String),
    /// The value could not be written as JSON.
    #[error("an extra property's value is not JSON: {0}")]
    Value(#[source] serde_json::Error),
}

/// `with_property` of a generated patch: `name` set to `value` in `extras`, checked against the
/// entity's declared properties `declared`.
///
/// # Errors
/// See [`PatchExtraError`].
#[inline]
pub fn set_extra<V: Serialize + ?Sized>(
    extras: &mut PatchExtras,
    declared: &[&str],
    name: String,
    value: &V,
) -> Result<(), PatchExtraError> {
    extras.insert(declared, name, value)
}
