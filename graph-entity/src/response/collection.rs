//! [`Page`]: one page of a collection, its `value` and control information, kept losslessly;
//! and the readers of a page's and a returned value's body.

use core::cell::Cell;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor,
};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

const VALUE: &str = "value";
const NEXT_LINK: &str = "@odata.nextLink";
const DELTA_LINK: &str = "@odata.deltaLink";
const COUNT: &str = "@odata.count";
const CONTEXT: &str = "@odata.context";

/// A member of a page, in the order it was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Value,
    NextLink,
    DeltaLink,
    Count,
    Context,
    /// `other[i]`.
    Other(usize),
}

/// One page of a collection: `value`, and the control information around it, kept
/// losslessly.
///
/// `@odata.nextLink`, `@odata.deltaLink`, `@odata.count` and `@odata.context` have their
/// fields; any other member (instance annotations, `@odata.type`, ...) is kept as raw JSON
/// ([`Page::other`]). Serializing a page read from a document writes its members back in
/// the order they were read, with the same values; members set or pushed since follow.
///
/// ```
/// use graph_entity::response::page::Page;
///
/// let json = r#"{"@odata.context":"c","@odata.count":2,"value":[1,2],"@odata.nextLink":"https://n","@x.note":{"a":1.10}}"#;
/// let page: Page<u32> = serde_json::from_str(json)?;
/// assert_eq!(page.value, [1, 2]);
/// assert_eq!(page.count, Some(2));
/// assert_eq!(page.other().next().map(|(name, raw)| (name, raw.get())), Some(("@x.note", r#"{"a":1.10}"#)));
/// assert_eq!(serde_json::to_string(&page)?, json);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Page<T> {
    /// The items.
    pub value: Vec<T>,
    /// `@odata.nextLink`: the absolute URL of the next page, exactly as received.
    pub next_link: Option<String>,
    /// `@odata.deltaLink`: the absolute URL that starts the next delta round.
    pub delta_link: Option<String>,
    /// `@odata.count`: the number of items in the whole collection, when asked with `$count`.
    pub count: Option<u64>,
    /// `@odata.context`.
    pub context: Option<String>,
    other: Vec<(String, Box<RawValue>)>,
    order: Vec<Slot>,
}

impl<T: PartialEq> PartialEq for Page<T> {
    fn eq(&self, other: &Self) -> bool {
        let others_equal = self.other.len() == other.other.len()
            && self
                .other
                .iter()
                .zip(&other.other)
                .all(|((a, x), (b, y))| a == b && x.get() == y.get());
        self.value == other.value
            && self.next_link == other.next_link
            && self.delta_link == other.delta_link
            && self.count == other.count
            && self.context == other.context
            && others_equal
    }
}

impl<T> Default for Page<T> {
    fn default() -> Self {
        Page::new(Vec::new())
    }
}

impl<T> Page<T> {
    /// A page of `value`, with no control information.
    pub fn new(value: Vec<T>) -> Self {
        Page {
            value,
            next_link: None,
            delta_link: None,
            count: None,
            context: None,
            other: Vec::new(),
            order: Vec::new(),
        }
    }

    /// Members other than `value` and the four with fields, in document order, as raw JSON.
    pub fn other(&self) -> impl Iterator<Item = (&str, &RawValue)> {
        self.other.iter().map(|(name, raw)| (name.as_str(), &**raw))
    }

    /// Adds another member, written after those read.
    pub fn push_other(&mut self, name: String, value: Box<RawValue>) {
        self.order.push(Slot::Other(self.other.len()));
        self.other.push((name, value));
    }

    /// Whether this is the last page of a listing (no `@odata.nextLink`).
    pub fn is_last(&self) -> bool {
        self.next_link.is_none()
    }

    /// The same page with each item mapped by `f`.
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            value: self.value.into_iter().map(f).collect(),
            next_link: self.next_link,
            delta_link: self.delta_link,
            count: self.count,
            context: self.context,
            other: self.other,
            order: self.order,
        }
    }

    fn member_is_set(&self, slot: Slot) -> bool {
        match slot {
            Slot::Value | Slot::Other(_) => true,
            Slot::NextLink => self.next_link.is_some(),
            Slot::DeltaLink => self.delta_link.is_some(),
            Slot::Count => self.count.is_some(),
            Slot::Context => self.context.is_some(),
        }
    }
}

impl<T: Serialize> Serialize for Page<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        let mut written = [false; 5];
        let canonical = [
            Slot::Context,
            Slot::Count,
            Slot::NextLink,
            Slot::DeltaLink,
            Slot::Value,
        ];
        let others = (0..self.other.len()).map(Slot::Other);
        // The members read and pushed, in order, then the fields set since.
        let mut seen_other = vec![false; self.other.len()];
        let slots = self.order.iter().copied().chain(canonical).chain(others);
        for slot in slots {
            let index = match slot {
                Slot::Context => 0,
                Slot::Count => 1,
                Slot::NextLink => 2,
                Slot::DeltaLink => 3,
                Slot::Value => 4,
                Slot::Other(i) => {
                    if let (Some(seen), Some((name, raw))) =
                        (seen_other.get_mut(i), self.other.get(i))
                        && !*seen
                    {
                        *seen = true;
                        map.serialize_entry(name, raw)?;
                    }
                    continue;
                }
            };
            if written[index] || !self.member_is_set(slot) {
                continue;
            }
            written[index] = true;
            match slot {
                Slot::Context => map.serialize_entry(CONTEXT, &self.context)?,
                Slot::Count => map.serialize_entry(COUNT, &self.count)?,
                Slot::NextLink => map.serialize_entry(NEXT_LINK, &self.next_link)?,
                Slot::DeltaLink => map.serialize_entry(DELTA_LINK, &self.delta_link)?,
                Slot::Value | Slot::Other(_) => map.serialize_entry(VALUE, &self.value)?,
            }
        }
        map.end()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Page<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let failed_at = Cell::new(None);
        deserializer.deserialize_map(PageVisitor {
            failed_at: &failed_at,
            prefix_index: true,
            item: PhantomData,
        })
    }
}

/// Reads a page from `body`; on error, also the index of the item that failed, if one did.
pub(crate) fn read_page<T: DeserializeOwned>(
    body: &[u8],
) -> Result<Page<T>, (serde_json::Error, Option<usize>)> {
    let failed_at = Cell::new(None);
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let page = (&mut deserializer)
        .deserialize_map(PageVisitor {
            failed_at: &failed_at,
            prefix_index: false,
            item: PhantomData,
        })
        .and_then(|page| deserializer.end().map(|()| page));
    page.map_err(|error| (error, failed_at.get()))
}

/// Reads the `value` member of `{"@odata.context": ..., "value": ...}`.
pub(crate) fn read_value_member<T: DeserializeOwned>(body: &[u8]) -> Result<T, serde_json::Error> {
    struct ValueVisitor<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for ValueVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object with a `value` member")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
            let mut value = None;
            while let Some(key) = map.next_key::<Key<'de>>()? {
                if key.as_str() == VALUE {
                    if value.is_some() {
                        return Err(de::Error::duplicate_field(VALUE));
                    }
                    value = Some(map.next_value()?);
                } else {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
            value.ok_or_else(|| de::Error::missing_field(VALUE))
        }
    }

    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = (&mut deserializer).deserialize_map(ValueVisitor(PhantomData))?;
    deserializer.end()?;
    Ok(value)
}

/// A map key, borrowed when it can be.
pub(super) struct Key<'de>(std::borrow::Cow<'de, str>);

impl Key<'_> {
    pub(super) fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }

            fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(key.into()))
            }

            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
                Ok(Key(key.to_owned().into()))
            }

            fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
                Ok(Key(key.into()))
            }
        }

        deserializer.deserialize_str(KeyVisitor)
    }
}

struct PageVisitor<'c, T> {
    failed_at: &'c Cell<Option<usize>>,
    prefix_index: bool,
    item: PhantomData<T>,
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for PageVisitor<'_, T> {
    type Value = Page<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a collection page: an object with a `value` array")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Page<T>, A::Error> {
        let mut page = Page::new(Vec::new());
        let mut has_value = false;
        while let Some(key) = map.next_key::<Key<'de>>()? {
            let slot = match key.as_str() {
                VALUE => {
                    if has_value {
                        return Err(de::Error::duplicate_field(VALUE));
                    }
                    has_value = true;
                    page.value = map.next_value_seed(ItemsSeed {
                        failed_at: self.failed_at,
                        prefix_index: self.prefix_index,
                        item: PhantomData,
                    })?;
                    Slot::Value
                }
                NEXT_LINK => once(&mut page.next_link, NEXT_LINK, &mut map)?,
                DELTA_LINK => once(&mut page.delta_link, DELTA_LINK, &mut map)?,
                CONTEXT => once(&mut page.context, CONTEXT, &mut map)?,
                COUNT => once(&mut page.count, COUNT, &mut map)?,
                _ => {
                    let raw: Box<RawValue> = map.next_value()?;
                    page.other.push((key.0.into_owned(), raw));
                    Slot::Other(page.other.len() - 1)
                }
            };
            page.order.push(slot);
        }
        if !has_value {
            return Err(de::Error::missing_field(VALUE));
        }
        Ok(page)
    }
}

/// Reads a member that has its field; a second one is an error (it could not be kept).
fn once<'de, A: MapAccess<'de>, V: Deserialize<'de>>(
    field: &mut Option<V>,
    name: &'static str,
    map: &mut A,
) -> Result<Slot, A::Error> {
    if field.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    // `null` is refused: it could not be written back as read.
    *field = Some(map.next_value()?);
    Ok(match name {
        NEXT_LINK => Slot::NextLink,
        DELTA_LINK => Slot::DeltaLink,
        CONTEXT => Slot::Context,
        _ => Slot::Count,
    })
}

struct ItemsSeed<'c, T> {
    failed_at: &'c Cell<Option<usize>>,
    prefix_index: bool,
    item: PhantomData<T>,
}

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for ItemsSeed<'_, T> {
    type Value = Vec<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<T>, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for ItemsSeed<'_, T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of items")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        // Never trust a size hint for more than a modest reservation.
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(256));
        loop {
            let index = items.len();
            match seq.next_element::<T>() {
                Ok(Some(item)) => items.push(item),
                Ok(None) => return Ok(items),
                Err(error) => {
                    self.failed_at.set(Some(index));
                    return Err(if self.prefix_index {
                        de::Error::custom(format_args!("item {index} of `value`: {error}"))
                    } else {
                        error
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_round_trip_losslessly() {
        let cases = [
            r#"{"value":[]}"#,
            r#"{"value":[1],"@odata.nextLink":"https://n","@odata.context":"c","@odata.count":5}"#,
            r#"{"@a":[1.10,{"x":null}],"value":[],"@b":"1e5","@odata.deltaLink":"https://d"}"#,
            r##"{"@odata.type":"#x","@dup":1,"@dup":2,"value":[3]}"##,
        ];
        for json in cases {
            let page: Page<u8> = serde_json::from_str(json).unwrap();
            assert_eq!(serde_json::to_string(&page).unwrap(), json);
        }
    }

    #[test]
    fn bad_pages_are_errors() {
        let cases = [
            ("{}", "missing field `value`"),
            (r#"{"value":1}"#, "invalid type"),
            (r#"{"value":[],"value":[]}"#, "duplicate field `value`"),
            (r#"{"value":[],"@odata.count":"3"}"#, "invalid type"),
            (
                r#"{"value":[],"@odata.nextLink":null}"#,
                "invalid type: null",
            ),
            (r#"{"value":[],"@odata.count":-1}"#, "invalid value"),
            (r#"{"value":[1,"x"]}"#, "item 1 of `value`"),
            ("[]", "invalid type"),
        ];
        for (json, needle) in cases {
            let error = serde_json::from_str::<Page<u8>>(json)
                .unwrap_err()
                .to_string();
            assert!(error.contains(needle), "{json}: {error}");
        }
    }

    #[test]
    fn a_modified_page_writes_what_it_holds() {
        let mut page: Page<u8> =
            serde_json::from_str(r#"{"@odata.nextLink":"https://n","value":[1]}"#).unwrap();
        page.next_link = None;
        page.count = Some(1);
        page.push_other("@x".into(), RawValue::from_string("true".into()).unwrap());
        assert_eq!(
            serde_json::to_string(&page).unwrap(),
            r#"{"value":[1],"@x":true,"@odata.count":1}"#
        );
        let mapped = page.map(u16::from);
        assert_eq!(mapped.value, [1u16]);
        assert_eq!(
            serde_json::to_string(&Page::new(vec![1])).unwrap(),
            r#"{"value":[1]}"#
        );
    }
}
