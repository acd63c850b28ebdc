//! Collection pages ([`Page`]), delta items ([`DeltaItem`]) and paging ([`Pager`]).

use core::cell::Cell;
use core::fmt;
use core::marker::PhantomData;
use std::collections::BTreeSet;

use http::header::{ACCEPT, HeaderMap, HeaderName, HeaderValue};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor,
};
use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::query::CONSISTENCY_LEVEL;
use crate::response::error::ResponseError;
use crate::service::{RequestError, absolute_uri};

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
/// use graph_entity::page::Page;
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
struct Key<'de>(std::borrow::Cow<'de, str>);

impl Key<'_> {
    fn as_str(&self) -> &str {
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

/// Why an item left a delta collection: `@removed.reason`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RemovedReason {
    /// `changed`: removed from the collection but can be restored (e.g. a soft-deleted user,
    /// or a member removed from a group).
    Changed,
    /// `deleted`: deleted for good.
    Deleted,
    /// A reason this crate does not know, as written.
    Other(String),
}

impl RemovedReason {
    /// The reason as written.
    pub fn as_str(&self) -> &str {
        match self {
            RemovedReason::Changed => "changed",
            RemovedReason::Deleted => "deleted",
            RemovedReason::Other(other) => other,
        }
    }
}

/// An item of a delta round that left the collection: `{"id": ..., "@removed": {"reason": ...}}`.
#[derive(Clone, Debug)]
pub struct Removed {
    /// `id`, when the item has one.
    pub id: Option<String>,
    /// `@removed.reason`.
    pub reason: RemovedReason,
    raw: Box<RawValue>,
}

impl Removed {
    /// The whole item, as received.
    pub fn raw(&self) -> &RawValue {
        &self.raw
    }
}

impl PartialEq for Removed {
    fn eq(&self, other: &Self) -> bool {
        self.raw.get() == other.raw.get()
    }
}

/// An item of a delta round: one that is present (added or changed), or one removed.
///
/// ```
/// use graph_entity::page::{DeltaItem, Page, RemovedReason};
/// use graph_entity::serde_json::Value;
///
/// let json = r#"{"value":[{"id":"u1","displayName":"A"},{"id":"u2","@removed":{"reason":"deleted"}}],
///                "@odata.deltaLink":"https://graph.microsoft.com/v1.0/users/delta?$deltatoken=t"}"#;
/// let page: Page<DeltaItem<Value>> = serde_json::from_str(json)?;
/// assert!(matches!(&page.value[0], DeltaItem::Present(user) if user["displayName"] == "A"));
/// match &page.value[1] {
///     DeltaItem::Removed(removed) => {
///         assert_eq!(removed.id.as_deref(), Some("u2"));
///         assert_eq!(removed.reason, RemovedReason::Deleted);
///     }
///     other => panic!("{other:?}"),
/// }
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum DeltaItem<T> {
    /// Added or changed: the item, read as a `T`.
    Present(T),
    /// Removed: its id and reason, and the item as received.
    Removed(Removed),
}

impl<T: Serialize> Serialize for DeltaItem<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            DeltaItem::Present(item) => item.serialize(serializer),
            DeltaItem::Removed(removed) => removed.raw.serialize(serializer),
        }
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for DeltaItem<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        let probe: RemovedProbe = serde_json::from_str(raw.get()).map_err(de::Error::custom)?;
        match probe.reason {
            Some(reason) => Ok(DeltaItem::Removed(Removed {
                id: probe.id,
                reason,
                raw,
            })),
            None => serde_json::from_str(raw.get())
                .map(DeltaItem::Present)
                .map_err(de::Error::custom),
        }
    }
}

/// `id` and `@removed.reason` of an item, the rest skipped.
struct RemovedProbe {
    id: Option<String>,
    reason: Option<RemovedReason>,
}

impl<'de> Deserialize<'de> for RemovedProbe {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ProbeVisitor;

        impl<'de> Visitor<'de> for ProbeVisitor {
            type Value = RemovedProbe;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an item object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RemovedProbe, A::Error> {
                let mut probe = RemovedProbe {
                    id: None,
                    reason: None,
                };
                while let Some(key) = map.next_key::<Key<'de>>()? {
                    match key.as_str() {
                        "id" => probe.id = map.next_value::<Option<String>>()?,
                        "@removed" => {
                            let removed: serde_json::Map<String, serde_json::Value> =
                                map.next_value()?;
                            let reason = match removed.get("reason").and_then(|r| r.as_str()) {
                                Some("changed") => RemovedReason::Changed,
                                Some("deleted") => RemovedReason::Deleted,
                                Some(other) => RemovedReason::Other(other.to_owned()),
                                None => RemovedReason::Other(String::new()),
                            };
                            probe.reason = Some(reason);
                        }
                        _ => {
                            map.next_value::<de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(probe)
            }
        }

        deserializer.deserialize_map(ProbeVisitor)
    }
}

/// Why paging cannot go on.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PagingError {
    /// The service sent an `@odata.nextLink` it had sent before (or the first URL): following
    /// it would loop for ever.
    RepeatedLink(String),
    /// An `@odata.nextLink` or `@odata.deltaLink` that is not an absolute URI.
    InvalidLink(RequestError),
    /// An `@odata.nextLink` to another origin (scheme, host or port) than the first request:
    /// following it could send credentials elsewhere.
    OtherOrigin(String),
    /// A request header to carry that is not visible ASCII text (so it cannot be saved).
    OpaqueHeader(String),
    /// A saved cursor that does not read.
    InvalidCursor(String),
    /// The listing has ended: there is no next page.
    Finished,
}

impl fmt::Display for PagingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PagingError::RepeatedLink(link) => write!(
                f,
                "the service sent the next link `{link}` a second time; following it would loop"
            ),
            PagingError::InvalidLink(error) => write!(f, "invalid paging link: {error}"),
            PagingError::OtherOrigin(link) => write!(
                f,
                "the next link `{link}` leaves the origin of the first request; not followed"
            ),
            PagingError::OpaqueHeader(name) => write!(
                f,
                "the `{name}` header is not visible ASCII text, so a cursor cannot keep it"
            ),
            PagingError::InvalidCursor(reason) => {
                write!(f, "the saved cursor does not read: {reason}")
            }
            PagingError::Finished => f.write_str("the listing has ended; there is no next page"),
        }
    }
}

impl std::error::Error for PagingError {}

impl From<PagingError> for ResponseError {
    fn from(error: PagingError) -> Self {
        ResponseError::Paging(error)
    }
}

/// The request headers every page of a listing needs: the first request's
/// `ConsistencyLevel`, `Prefer` and `Accept`.
fn is_carried(name: &HeaderName) -> bool {
    *name == CONSISTENCY_LEVEL || name.as_str() == "prefer" || *name == ACCEPT
}

/// FNV-1a, 64 bits: stable across builds, so a saved cursor remembers the links it saw.
fn link_hash(link: &str) -> u64 {
    link.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn origin(uri: &http::Uri) -> String {
    let mut origin = String::new();
    origin.push_str(uri.scheme_str().unwrap_or_default());
    origin.push_str("://");
    origin.push_str(uri.authority().map_or("", http::uri::Authority::as_str));
    origin.make_ascii_lowercase();
    origin
}

/// Follows a listing or a delta round page by page, without doing any I/O: it makes each
/// request, and reads each response into a [`Page`].
///
/// - The next request goes to `@odata.nextLink` exactly as received (it is an absolute URL
///   and is not re-encoded), with the headers of the first request that every page needs
///   (`ConsistencyLevel`, `Prefer`, `Accept`).
/// - A next link that was seen before is an error ([`PagingError::RepeatedLink`]), and so is
///   one to another origin than the first request ([`PagingError::OtherOrigin`]).
/// - The listing ends on a page without a next link; a delta round ends on the page with
///   `@odata.deltaLink`, which [`Pager::delta_link`] returns to start the next round from
///   ([`Pager::from_link`]).
/// - [`Pager::cursor`] saves where it is; [`Pager::resume`] goes on from there later.
///
/// A response that cannot be read leaves the pager where it was, so that the same request can
/// be sent again (after [`crate::response::error::ResponseError::retry_after`] for a throttled one).
///
/// ```
/// use graph_entity::http::{Method, Response};
/// use graph_entity::page::Pager;
/// use graph_entity::query::Query;
/// use graph_entity::serde_json::Value;
/// use graph_entity::service::ServiceRoot;
///
/// let first = ServiceRoot::v1().request(Method::GET, "/users", &Query::new().count(true), None)?;
/// let mut pager = Pager::new(&first)?;
/// let request = pager.next_request().unwrap();
/// assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/users?$count=true");
///
/// let next = "https://graph.microsoft.com/v1.0/users?$count=true&$skiptoken=RFNwdAIA";
/// let body = format!(r#"{{"@odata.count":3,"value":[{{"id":"a"}}],"@odata.nextLink":"{next}"}}"#);
/// let page = pager.read::<Value, _>(&Response::new(body))?;
/// assert_eq!(page.count, Some(3));
///
/// let request = pager.next_request().unwrap();
/// assert_eq!(request.uri(), next);
/// assert_eq!(request.headers()["consistencylevel"], "eventual");
///
/// let saved = graph_entity::serde_json::to_string(&pager.cursor())?;
/// let resumed = Pager::resume(graph_entity::serde_json::from_str(&saved)?)?;
/// assert_eq!(resumed.next_request().unwrap().uri(), next);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Pager {
    next: Option<(String, http::Uri)>,
    delta_link: Option<String>,
    headers: HeaderMap,
    origin: String,
    seen: BTreeSet<u64>,
}

impl Pager {
    /// A pager whose first request is `first` (a `GET` of a collection or of `delta()`).
    ///
    /// # Errors
    /// When `first`'s URI is not absolute, or a header to carry is not visible ASCII.
    pub fn new<B>(first: &http::Request<B>) -> Result<Self, PagingError> {
        let link = first.uri().to_string();
        Pager::from_link(&link, first.headers())
    }

    /// A pager that starts at `link` — a saved `@odata.deltaLink` or `@odata.nextLink` —
    /// with the carried headers among `headers`.
    ///
    /// # Errors
    /// When `link` is not an absolute URI, or a header to carry is not visible ASCII.
    pub fn from_link(link: &str, headers: &HeaderMap) -> Result<Self, PagingError> {
        let uri = absolute_uri(link).map_err(PagingError::InvalidLink)?;
        let mut carried = HeaderMap::new();
        for (name, value) in headers {
            if is_carried(name) {
                if value.to_str().is_err() {
                    return Err(PagingError::OpaqueHeader(name.as_str().to_owned()));
                }
                carried.append(name.clone(), value.clone());
            }
        }
        Ok(Pager {
            origin: origin(&uri),
            seen: BTreeSet::from([link_hash(link)]),
            next: Some((link.to_owned(), uri)),
            delta_link: None,
            headers: carried,
        })
    }

    /// The request for the next page; `None` once the listing has ended.
    pub fn next_request(&self) -> Option<http::Request<Vec<u8>>> {
        let (_, uri) = self.next.as_ref()?;
        let mut request = http::Request::new(Vec::new());
        *request.uri_mut() = uri.clone();
        *request.headers_mut() = self.headers.clone();
        request
            .headers_mut()
            .entry(ACCEPT)
            .or_insert(HeaderValue::from_static("application/json"));
        Some(request)
    }

    /// The URL of the next page, as received; `None` once the listing has ended.
    pub fn next_link(&self) -> Option<&str> {
        self.next.as_ref().map(|(link, _)| link.as_str())
    }

    /// Whether the listing has ended.
    pub fn is_done(&self) -> bool {
        self.next.is_none()
    }

    /// The `@odata.deltaLink` that ended a delta round: save it, and start the next round
    /// from it with [`Pager::from_link`].
    pub fn delta_link(&self) -> Option<&str> {
        self.delta_link.as_deref()
    }

    /// Reads the response to [`Pager::next_request`] into a page, and moves on to the next.
    ///
    /// # Errors
    /// When the response cannot be read (see [`crate::response::read_page`]) — the pager then
    /// stays where it was — or paging cannot go on (see [`Pager::advance`]).
    pub fn read<T: DeserializeOwned, B: AsRef<[u8]>>(
        &mut self,
        response: &http::Response<B>,
    ) -> Result<Page<T>, ResponseError> {
        if self.next.is_none() {
            return Err(ResponseError::Paging(PagingError::Finished));
        }
        let page = crate::response::read_page(response)?;
        self.advance(&page)?;
        Ok(page)
    }

    /// Moves on past `page` (read by other means): to its next link, or to the end, keeping
    /// its delta link.
    ///
    /// # Errors
    /// When the listing had ended, or the next link repeats, is not absolute, or leaves the
    /// first request's origin. The pager then stays where it was.
    pub fn advance<T>(&mut self, page: &Page<T>) -> Result<(), PagingError> {
        if self.next.is_none() {
            return Err(PagingError::Finished);
        }
        match &page.next_link {
            Some(link) => {
                let uri = absolute_uri(link).map_err(PagingError::InvalidLink)?;
                if origin(&uri) != self.origin {
                    return Err(PagingError::OtherOrigin(link.clone()));
                }
                if !self.seen.insert(link_hash(link)) {
                    return Err(PagingError::RepeatedLink(link.clone()));
                }
                self.next = Some((link.clone(), uri));
            }
            None => {
                if let Some(delta) = &page.delta_link {
                    absolute_uri(delta).map_err(PagingError::InvalidLink)?;
                }
                self.next = None;
                self.delta_link.clone_from(&page.delta_link);
            }
        }
        Ok(())
    }

    /// Where the pager is, to save (it is `Serialize` and `Deserialize`) and
    /// [`Pager::resume`] later.
    pub fn cursor(&self) -> Cursor {
        Cursor {
            next_link: self.next_link().map(str::to_owned),
            delta_link: self.delta_link.clone(),
            headers: self
                .headers
                .iter()
                .filter_map(|(name, value)| {
                    Some((name.as_str().to_owned(), value.to_str().ok()?.to_owned()))
                })
                .collect(),
            origin: self.origin.clone(),
            seen: self.seen.iter().copied().collect(),
        }
    }

    /// The pager saved in `cursor`.
    ///
    /// # Errors
    /// When the cursor's link or headers are not valid.
    pub fn resume(cursor: Cursor) -> Result<Self, PagingError> {
        let mut headers = HeaderMap::new();
        for (name, value) in &cursor.headers {
            let name = HeaderName::try_from(name.as_str())
                .map_err(|_| PagingError::InvalidCursor(format!("bad header name `{name}`")))?;
            if !is_carried(&name) {
                return Err(PagingError::InvalidCursor(format!(
                    "`{name}` is not a header a listing carries"
                )));
            }
            let value = HeaderValue::try_from(value.as_str())
                .map_err(|_| PagingError::InvalidCursor(format!("bad `{name}` value")))?;
            headers.append(name, value);
        }
        let next = match cursor.next_link {
            Some(link) => {
                let uri = absolute_uri(&link).map_err(PagingError::InvalidLink)?;
                if origin(&uri) != cursor.origin {
                    return Err(PagingError::OtherOrigin(link));
                }
                Some((link, uri))
            }
            None => None,
        };
        Ok(Pager {
            next,
            delta_link: cursor.delta_link,
            headers,
            origin: cursor.origin,
            seen: cursor.seen.into_iter().collect(),
        })
    }
}

/// A saved [`Pager`]: the next link, the delta link, the carried headers, the origin, and
/// (hashes of) the links seen. Serialized as a JSON object:
/// `{"nextLink":..., "deltaLink":..., "headers":[[name, value], ...], "origin":..., "seen":[...]}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cursor {
    next_link: Option<String>,
    delta_link: Option<String>,
    headers: Vec<(String, String)>,
    origin: String,
    seen: Vec<u64>,
}

impl Cursor {
    /// The link the next request goes to.
    pub fn next_link(&self) -> Option<&str> {
        self.next_link.as_deref()
    }

    /// The delta link that ended the round, once it has.
    pub fn delta_link(&self) -> Option<&str> {
        self.delta_link.as_deref()
    }
}

impl Serialize for Cursor {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Cursor", 5)?;
        state.serialize_field("nextLink", &self.next_link)?;
        state.serialize_field("deltaLink", &self.delta_link)?;
        state.serialize_field("headers", &self.headers)?;
        state.serialize_field("origin", &self.origin)?;
        state.serialize_field("seen", &self.seen)?;
        state.end()
    }
}

impl<'de> Deserialize<'de> for Cursor {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        let field = |name: &str| value.get(name).cloned().unwrap_or(serde_json::Value::Null);
        let read = |name: &'static str| {
            let error = move |e: serde_json::Error| {
                de::Error::custom(format_args!("cursor field `{name}`: {e}"))
            };
            (field(name), error)
        };
        let (next, e1) = read("nextLink");
        let (delta, e2) = read("deltaLink");
        let (headers, e3) = read("headers");
        let (origin, e4) = read("origin");
        let (seen, e5) = read("seen");
        Ok(Cursor {
            next_link: serde_json::from_value(next).map_err(e1)?,
            delta_link: serde_json::from_value(delta).map_err(e2)?,
            headers: serde_json::from_value(headers).map_err(e3)?,
            origin: serde_json::from_value(origin).map_err(e4)?,
            seen: serde_json::from_value(seen).map_err(e5)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn page_json(next: Option<&str>, delta: Option<&str>) -> String {
        let mut json = String::from(r#"{"value":[{"id":"x"}]"#);
        if let Some(next) = next {
            json.push_str(&format!(r#","@odata.nextLink":"{next}""#));
        }
        if let Some(delta) = delta {
            json.push_str(&format!(r#","@odata.deltaLink":"{delta}""#));
        }
        json.push('}');
        json
    }

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

    #[test]
    fn delta_items() {
        let json = r##"{"value":[{"@odata.type":"#microsoft.graph.user","id":"a","@removed":{"reason":"changed"}},{"id":"b","@removed":{"reason":"gone"}},{"@removed":{}},{"id":"c","n":1}]}"##;
        let page: Page<DeltaItem<Value>> = serde_json::from_str(json).unwrap();
        let reasons: Vec<_> = page
            .value
            .iter()
            .map(|item| match item {
                DeltaItem::Removed(removed) => {
                    (removed.id.clone(), Some(removed.reason.as_str().to_owned()))
                }
                DeltaItem::Present(value) => (value["id"].as_str().map(str::to_owned), None),
            })
            .collect();
        assert_eq!(
            reasons,
            [
                (Some("a".into()), Some("changed".into())),
                (Some("b".into()), Some("gone".into())),
                (None, Some(String::new())),
                (Some("c".into()), None),
            ]
        );
        assert_eq!(serde_json::to_string(&page).unwrap(), json);
        let bad = serde_json::from_str::<Page<DeltaItem<u8>>>(r#"{"value":[{"id":"x"}]}"#);
        assert!(bad.unwrap_err().to_string().contains("item 0 of `value`"));
    }

    fn first() -> http::Request<Vec<u8>> {
        let mut request = http::Request::new(Vec::new());
        *request.uri_mut() = "https://graph.microsoft.com/v1.0/users/delta?$select=id"
            .parse()
            .unwrap();
        let headers = request.headers_mut();
        headers.insert(CONSISTENCY_LEVEL, HeaderValue::from_static("eventual"));
        headers.insert("prefer", HeaderValue::from_static("odata.maxpagesize=2"));
        headers.insert("authorization", HeaderValue::from_static("Bearer secret"));
        request
    }

    #[test]
    fn pager_follows_links_and_stops_at_the_delta_link() {
        let mut pager = Pager::new(&first()).unwrap();
        let next = "https://graph.microsoft.com/v1.0/users/delta?$skiptoken=a%2Bb'c";
        let page: Page<Value> = pager
            .read(&http::Response::new(page_json(Some(next), None)))
            .unwrap();
        assert_eq!(page.value.len(), 1);
        let request = pager.next_request().unwrap();
        assert_eq!(request.method(), http::Method::GET);
        assert_eq!(request.uri().to_string(), next);
        let headers: Vec<_> = request
            .headers()
            .iter()
            .map(|(n, v)| (n.as_str(), v.to_str().unwrap()))
            .collect();
        assert_eq!(
            headers,
            [
                ("consistencylevel", "eventual"),
                ("prefer", "odata.maxpagesize=2"),
                ("accept", "application/json"),
            ]
        );
        let delta = "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=t";
        pager
            .read::<Value, _>(&http::Response::new(page_json(None, Some(delta))))
            .unwrap();
        assert!(pager.is_done());
        assert!(pager.next_request().is_none());
        assert_eq!(pager.delta_link(), Some(delta));
        assert!(matches!(
            pager.read::<Value, _>(&http::Response::new(page_json(None, None))),
            Err(ResponseError::Paging(PagingError::Finished))
        ));
        // The next round starts from the delta link, with the same headers.
        let round = Pager::from_link(delta, request.headers()).unwrap();
        assert_eq!(round.next_request().unwrap().uri().to_string(), delta);
        assert_eq!(
            round.next_request().unwrap().headers()["prefer"],
            "odata.maxpagesize=2"
        );
    }

    #[test]
    fn pager_refuses_repeats_and_other_origins() {
        let mut pager = Pager::new(&first()).unwrap();
        let first_uri = first().uri().to_string();
        let page: Page<Value> = serde_json::from_str(&page_json(Some(&first_uri), None)).unwrap();
        assert_eq!(
            pager.advance(&page),
            Err(PagingError::RepeatedLink(first_uri))
        );
        let a = "https://graph.microsoft.com/v1.0/users/delta?$skiptoken=a";
        let b = "https://graph.microsoft.com/v1.0/users/delta?$skiptoken=b";
        for (link, ok) in [(a, true), (b, true), (a, false)] {
            let page: Page<Value> = serde_json::from_str(&page_json(Some(link), None)).unwrap();
            assert_eq!(pager.advance(&page).is_ok(), ok, "{link}");
        }
        assert_eq!(pager.next_link(), Some(b));
        for link in [
            "https://evil.example/v1.0/users",
            "http://graph.microsoft.com/v1.0/users",
        ] {
            let page: Page<Value> = serde_json::from_str(&page_json(Some(link), None)).unwrap();
            assert_eq!(
                pager.advance(&page),
                Err(PagingError::OtherOrigin(link.into()))
            );
        }
        let page: Page<Value> = serde_json::from_str(&page_json(Some("/relative"), None)).unwrap();
        assert!(matches!(
            pager.advance(&page),
            Err(PagingError::InvalidLink(_))
        ));
        assert_eq!(
            pager.next_link(),
            Some(b),
            "errors leave the pager where it was"
        );
        // A failed response leaves it where it was too.
        let mut throttled = http::Response::new("");
        *throttled.status_mut() = http::StatusCode::TOO_MANY_REQUESTS;
        assert!(matches!(
            pager.read::<Value, _>(&throttled),
            Err(ResponseError::Throttled(_))
        ));
        assert_eq!(pager.next_link(), Some(b));
    }

    #[test]
    fn cursors_save_and_resume() {
        let mut pager = Pager::new(&first()).unwrap();
        let a = "https://graph.microsoft.com/v1.0/users/delta?$skiptoken=a";
        let page: Page<Value> = serde_json::from_str(&page_json(Some(a), None)).unwrap();
        pager.advance(&page).unwrap();
        let saved = serde_json::to_string(&pager.cursor()).unwrap();
        assert!(!saved.contains("secret"), "{saved}");
        let cursor: Cursor = serde_json::from_str(&saved).unwrap();
        assert_eq!(cursor, pager.cursor());
        assert_eq!(cursor.next_link(), Some(a));
        let mut resumed = Pager::resume(cursor).unwrap();
        assert_eq!(resumed.next_request().unwrap().uri().to_string(), a);
        assert_eq!(
            resumed.next_request().unwrap().headers()[&CONSISTENCY_LEVEL],
            "eventual"
        );
        // It still knows the links it saw.
        assert!(matches!(
            resumed.advance(&page),
            Err(PagingError::RepeatedLink(_))
        ));

        for bad in [
            r#"{"nextLink":1,"deltaLink":null,"headers":[],"origin":"","seen":[]}"#,
            r#"{"nextLink":null,"deltaLink":null,"headers":[["authorization","x"]],"origin":"","seen":[]}"#,
            r#"{"nextLink":"https://other.example/x","deltaLink":null,"headers":[],"origin":"https://graph.microsoft.com","seen":[]}"#,
        ] {
            let resumed = serde_json::from_str::<Cursor>(bad)
                .map_err(|e| e.to_string())
                .and_then(|c| Pager::resume(c).map_err(|e| e.to_string()));
            assert!(resumed.is_err(), "{bad}");
        }
    }

    #[test]
    fn opaque_headers_cannot_be_carried() {
        let mut request = first();
        request
            .headers_mut()
            .insert("prefer", HeaderValue::from_bytes(b"caf\xe9").unwrap());
        assert_eq!(
            Pager::new(&request).unwrap_err(),
            PagingError::OpaqueHeader("prefer".into())
        );
    }
}
