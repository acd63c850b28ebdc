//! [`AdditionalData`]: what a document holds that its struct does not model.

use std::any::TypeId;
use std::borrow::Cow;
use std::fmt;

use compact_str::CompactString;
use serde_json::value::RawValue;
use smallvec::SmallVec;

/// Everything on the wire that the declared fields do not hold, kept as raw JSON in document
/// order so that a read → change → write cycle loses nothing:
///
/// - properties the struct does not declare, and their annotations (`name@odata.type`, ...);
/// - control information other than `@odata.type` (`@odata.context`, `@odata.etag`,
///   `@odata.id`, ...) and instance annotations;
/// - for declared properties: an explicit `null` read into an `Option` field (which can not tell
///   it from absence), and an enum member the enum does not know (the field reads as `None`).
///
/// Values are never coerced: a string that looks like a date stays that string, `1.10` stays
/// `1.10`. On write, control information comes right after `@odata.type`, a declared property's
/// entry takes that property's place when its field is `None` (a field that holds a value wins),
/// and the other properties follow the declared ones.
///
/// Declare it on a struct with `#[graph(additional_data)]`. A struct without such a field opts
/// out: what it does not model is dropped on read.
///
/// ```
/// # #[cfg(feature = "resources")] {
/// use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
///
/// let json = r#"{"@odata.etag":"W/\"1\"","id":"c1","newProperty":1.10,"status":"rebooting"}"#;
/// let connector: Connector = serde_json::from_str(json).unwrap();
/// assert_eq!(connector.additional_data.etag().as_deref(), Some("W/\"1\""));
/// assert_eq!(connector.additional_data.get("newProperty").unwrap().get(), "1.10");
/// assert_eq!(connector.status, None); // not a member the enum knows...
/// assert_eq!(connector.additional_data.get("status").unwrap().get(), "\"rebooting\""); // ...kept
/// # }
/// ```
#[derive(Clone, Default)]
pub struct AdditionalData {
    /// `None` while nothing is held, so an entity that keeps nothing pays one pointer and no
    /// allocation.
    held: Option<Box<Held>>,
}

/// One kept entry: its name, its raw JSON, and where it is written.
#[derive(Clone)]
pub(crate) struct Entry {
    /// Up to 24 bytes inline: most kept names are short, and a static name is not copied.
    pub(crate) name: CompactString,
    pub(crate) value: Cow<'static, RawValue>,
    /// As the read sorted it (for the type in [`Held::read_as`]); [`Place::Unsorted`] when set
    /// through the public API.
    pub(crate) place: Place,
    /// The name needs no escaping in JSON (checked when read): written as it is.
    pub(crate) plain_name: bool,
}

/// Where a kept entry is written. The read knows it without looking at the name (its lookup
/// already told a declared property from the rest), so the writer walks the entries once and
/// compares no name with the type's property names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Place {
    /// `@odata.type` as the document gave it: first.
    Type,
    /// Control information or an instance annotation (a name starting with `@`): right after
    /// `@odata.type`.
    Head,
    /// An explicit `null` or an unknown enum member of a declared property: at that property's
    /// place, when its field is `None`.
    Declared,
    /// A property the type does not declare, or a property annotation: after the declared ones.
    Tail,
    /// Set through the public API: sorted by its name when written.
    Unsorted,
}

/// How many kept entries fit in the block's own allocation: an etag, a type annotation, a
/// few unknown properties, an explicit `null` and an unknown enum member. With four, most
/// objects of the wire bench's page with unknown properties spilled into a second allocation.
const INLINE_ENTRIES: usize = 6;

#[derive(Clone, Default)]
struct Held {
    /// Held in the block itself up to [`INLINE_ENTRIES`]: what a Graph object typically carries
    /// (an etag, a few annotations, an explicit `null`) takes one allocation.
    entries: SmallVec<[Entry; INLINE_ENTRIES]>,
    /// Read as a base type through a `GraphPolymorphic` enum from an object that named no
    /// `@odata.type`: written back naming none.
    type_was_absent: bool,
    /// The type whose read sorted the entries ([`Entry::place`]): a write as another type (the
    /// data moved to a value of another type) sorts them by name instead.
    read_as: Option<TypeId>,
    /// Whether an entry may be `@odata.type` (one was read or set): else the writer does not
    /// look for one.
    may_hold_type: bool,
}

impl AdditionalData {
    /// No additional data.
    pub const fn new() -> Self {
        AdditionalData { held: None }
    }

    /// Whether nothing is held.
    pub fn is_empty(&self) -> bool {
        self.held
            .as_ref()
            .is_none_or(|held| held.entries.is_empty() && !held.type_was_absent)
    }

    /// Whether the value was read, as a base type, from an object that named no `@odata.type`
    /// (so none is written back).
    pub fn type_was_absent(&self) -> bool {
        self.held.as_ref().is_some_and(|held| held.type_was_absent)
    }

    pub(crate) fn set_type_was_absent(&mut self) {
        self.held_mut().type_was_absent = true;
    }

    /// How many entries are held.
    pub fn len(&self) -> usize {
        self.entries().len()
    }

    /// The entries, in document order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &RawValue)> {
        self.entries()
            .iter()
            .map(|entry| (entry.name.as_str(), entry.value.as_ref()))
    }

    /// The raw JSON of the entry called `name`.
    pub fn get(&self, name: &str) -> Option<&RawValue> {
        self.entries()
            .iter()
            .find(|entry| entry.name == name)
            .map(|entry| entry.value.as_ref())
    }

    /// The entry called `name`, deserialized as `T`.
    pub fn get_as<T: serde::de::DeserializeOwned>(
        &self,
        name: &str,
    ) -> Option<Result<T, serde_json::Error>> {
        self.get(name).map(|raw| serde_json::from_str(raw.get()))
    }

    /// Whether the declared property `name` was read as an explicit `null` (or has been set to
    /// be written as `null` by [`AdditionalData::set_null`]).
    pub fn is_null(&self, name: &str) -> bool {
        self.get(name).is_some_and(|raw| raw.get() == "null")
    }

    /// Sets the entry called `name`, replacing and returning an earlier one.
    pub fn insert(
        &mut self,
        name: impl Into<Cow<'static, str>>,
        value: Box<RawValue>,
    ) -> Option<Box<RawValue>> {
        self.put(name.into(), Cow::Owned(value))
            .map(Cow::into_owned)
    }

    /// Sets the entry called `name` to `value` serialized as JSON.
    ///
    /// # Errors
    /// When `value` cannot be serialized.
    pub fn insert_value<T: serde::Serialize + ?Sized>(
        &mut self,
        name: impl Into<Cow<'static, str>>,
        value: &T,
    ) -> Result<(), serde_json::Error> {
        let raw = serde_json::value::to_raw_value(value)?;
        self.put(name.into(), Cow::Owned(raw));
        Ok(())
    }

    /// Writes the declared property `name` as `null` when its field is `None`.
    pub fn set_null(&mut self, name: impl Into<Cow<'static, str>>) {
        self.put(name.into(), Cow::Borrowed(RawValue::NULL));
    }

    /// Removes and returns the entry called `name`.
    pub fn remove(&mut self, name: &str) -> Option<Box<RawValue>> {
        let entries = &mut self.held.as_mut()?.entries;
        let index = entries.iter().position(|entry| entry.name == name)?;
        Some(entries.remove(index).value.into_owned())
    }

    /// `@odata.etag`: the entity tag, for `If-Match`.
    pub fn etag(&self) -> Option<Cow<'_, str>> {
        self.string("@odata.etag")
    }

    /// `@odata.id`: the entity's canonical URL.
    pub fn odata_id(&self) -> Option<Cow<'_, str>> {
        self.string("@odata.id")
    }

    /// `@odata.type` as the document gave it, when it is not simply this struct's own `#` tag: a
    /// derived type this program does not declare (read through a `GraphPolymorphic` enum),
    /// another spelling of the type (without `#`, alias-qualified as `#graph.…`, or an absolute
    /// URI ending in `$metadata#…`), or the type of a complex value. A `GraphPolymorphic` enum's
    /// `odata_type()` gives the namespace-qualified name whatever the spelling.
    pub fn odata_type(&self) -> Option<Cow<'_, str>> {
        self.string("@odata.type")
    }

    /// The media annotations of the `Edm.Stream` property `property` (`content@odata.mediaReadLink`,
    /// ...), or, for `""`, of the media entity itself (`@odata.mediaReadLink`, ...), as kept.
    ///
    /// ```
    /// use graph_entity::AdditionalData;
    ///
    /// let mut data = AdditionalData::default();
    /// data.insert_value("content@odata.mediaReadLink", "https://x/content")?;
    /// data.insert_value("content@odata.mediaContentType", "text/plain")?;
    /// let media = data.media("content");
    /// assert_eq!(media.read_link().as_deref(), Some("https://x/content"));
    /// assert_eq!(media.content_type().as_deref(), Some("text/plain"));
    /// assert_eq!(media.edit_link(), None);
    /// # Ok::<(), graph_entity::serde_json::Error>(())
    /// ```
    pub fn media<'a>(&'a self, property: &'a str) -> MediaAnnotations<'a> {
        MediaAnnotations {
            data: self,
            property,
        }
    }

    /// `@odata.context`: the context URL of the response.
    pub fn odata_context(&self) -> Option<Cow<'_, str>> {
        self.string("@odata.context")
    }

    /// The entry called `name` if it is a JSON string, unescaped.
    fn string(&self, name: &str) -> Option<Cow<'_, str>> {
        let raw = self.get(name)?.get();
        match serde_json::from_str::<&str>(raw) {
            Ok(borrowed) => Some(Cow::Borrowed(borrowed)),
            Err(_) => serde_json::from_str::<String>(raw).ok().map(Cow::Owned),
        }
    }

    fn put(
        &mut self,
        name: Cow<'static, str>,
        value: Cow<'static, RawValue>,
    ) -> Option<Cow<'static, RawValue>> {
        let held = self.held_mut();
        held.may_hold_type |= name == crate::wire::type_name::ODATA_TYPE_KEY;
        match held.entries.iter_mut().find(|entry| entry.name == *name) {
            Some(entry) => Some(std::mem::replace(&mut entry.value, value)),
            None => {
                held.entries.push(Entry {
                    name: compact_name(name),
                    value,
                    place: Place::Unsorted,
                    plain_name: false,
                });
                None
            }
        }
    }

    /// Appends an entry read from a document as the type `read_as`, which `place` is for;
    /// `plain_name`: its name needs no escaping. Duplicates are found by [`Self::duplicate`].
    pub(crate) fn push_read(
        &mut self,
        name: CompactString,
        value: Cow<'static, RawValue>,
        place: Place,
        read_as: TypeId,
        plain_name: bool,
    ) {
        let held = self.held_mut();
        held.read_as = Some(read_as);
        held.may_hold_type |= place == Place::Type;
        held.entries.push(Entry {
            name,
            value,
            place,
            plain_name,
        });
    }

    /// Whether the entries' places were sorted by a read as the type `written_as`, so that the
    /// writer of that type can trust them.
    #[inline]
    pub(crate) fn sorted_for(&self, written_as: TypeId) -> bool {
        self.held
            .as_ref()
            .is_some_and(|held| held.read_as == Some(written_as))
    }

    /// The kept `@odata.type`, if any.
    #[inline]
    pub(crate) fn kept_type(&self) -> Option<&RawValue> {
        match &self.held {
            Some(held) if held.may_hold_type => self.get(crate::wire::type_name::ODATA_TYPE_KEY),
            _ => None,
        }
    }

    /// The first name held twice, if any: a document that gives a property twice is invalid.
    pub(crate) fn duplicate(&self) -> Option<&str> {
        let names = self.entries();
        if names.len() < 2 {
            return None;
        }
        if names.len() <= 16 {
            return names.iter().enumerate().find_map(|(index, entry)| {
                names[..index]
                    .iter()
                    .any(|earlier| earlier.name == entry.name)
                    .then_some(entry.name.as_str())
            });
        }
        let mut sorted: Vec<&str> = names.iter().map(|entry| entry.name.as_str()).collect();
        sorted.sort_unstable();
        sorted
            .windows(2)
            .find(|pair| pair[0] == pair[1])
            .map(|pair| pair[0])
    }

    pub(crate) fn entries(&self) -> &[Entry] {
        self.held.as_ref().map_or(&[], |held| &held.entries)
    }

    fn held_mut(&mut self) -> &mut Held {
        self.held.get_or_insert_with(|| {
            Box::new(Held {
                entries: SmallVec::new(),
                type_was_absent: false,
                read_as: None,
                may_hold_type: false,
            })
        })
    }
}

/// Entries are equal when their names, raw JSON text and order are.
impl PartialEq for AdditionalData {
    fn eq(&self, other: &Self) -> bool {
        self.entries().len() == other.entries().len()
            && self.type_was_absent() == other.type_was_absent()
            && self
                .iter()
                .zip(other.iter())
                .all(|((a, a_raw), (b, b_raw))| a == b && a_raw.get() == b_raw.get())
    }
}

impl Eq for AdditionalData {}

impl fmt::Debug for AdditionalData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.iter().map(|(name, raw)| (name, raw.get())))
            .finish()
    }
}

/// The media annotations of a stream property or of a media entity: [`AdditionalData::media`].
#[derive(Clone, Copy, Debug)]
pub struct MediaAnnotations<'a> {
    data: &'a AdditionalData,
    property: &'a str,
}

impl<'a> MediaAnnotations<'a> {
    fn annotation(&self, term: &str) -> Option<Cow<'a, str>> {
        let mut name = String::with_capacity(self.property.len() + term.len() + 1);
        name.push_str(self.property);
        name.push('@');
        name.push_str(term);
        self.data.string(&name)
    }

    /// `@odata.mediaReadLink`: where to read the stream.
    pub fn read_link(&self) -> Option<Cow<'a, str>> {
        self.annotation("odata.mediaReadLink")
    }

    /// `@odata.mediaEditLink`: where to replace the stream.
    pub fn edit_link(&self) -> Option<Cow<'a, str>> {
        self.annotation("odata.mediaEditLink")
    }

    /// `@odata.mediaContentType`: the stream's media type.
    pub fn content_type(&self) -> Option<Cow<'a, str>> {
        self.annotation("odata.mediaContentType")
    }

    /// `@odata.mediaEtag`: the stream's entity tag.
    pub fn etag(&self) -> Option<Cow<'a, str>> {
        self.annotation("odata.mediaEtag")
    }
}

/// A kept name as it is held: a static one is pointed to, an owned one moved (inline when
/// short).
#[inline]
pub(crate) fn compact_name(name: Cow<'static, str>) -> CompactString {
    match name {
        Cow::Borrowed(name) => CompactString::const_new(name),
        Cow::Owned(name) => CompactString::from(name),
    }
}
