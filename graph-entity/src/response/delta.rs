//! Delta rounds: an item is present ([`DeltaItem::Present`]) or has left the collection
//! ([`Removed`], with its [`RemovedReason`]).

use core::fmt;
use core::marker::PhantomData;
use std::borrow::Cow;

use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::wire::additional::AdditionalData;
use crate::wire::read::Text;
use crate::wire::replay::{
    Member, ObjectDeserializer, Refused, ReplayMap, close_object, push_member, without_position,
};

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
    /// The whole item as received: its members in order, each value's text as received,
    /// without the white space between members.
    pub fn raw(&self) -> &RawValue {
        &self.raw
    }
}

impl PartialEq for Removed {
    fn eq(&self, other: &Self) -> bool {
        self.raw.get() == other.raw.get()
    }
}

impl AdditionalData {
    /// The changes of the navigation `navigation` in a delta round, `{navigation}@delta`, read
    /// as [`DeltaItem`]s of `T`: a group's `members@delta` holds the members added (each its
    /// `@odata.type` and `id`) and removed (with `@removed`) since the last round. `None` when
    /// the item has no changes of that navigation.
    ///
    /// ```
    /// use graph_entity::response::page::{DeltaItem, RemovedReason};
    /// use graph_entity::AdditionalData;
    /// use graph_entity::serde_json::{Value, json};
    ///
    /// let mut group = AdditionalData::default();
    /// group.insert_value("members@delta", &json!([
    ///     {"@odata.type": "#microsoft.graph.user", "id": "u1"},
    ///     {"@odata.type": "#microsoft.graph.user", "id": "u2", "@removed": {"reason": "deleted"}},
    /// ]))?;
    /// let members = group.navigation_delta::<Value>("members").unwrap()?;
    /// assert!(matches!(&members[0], DeltaItem::Present(user) if user["id"] == "u1"));
    /// assert!(matches!(&members[1], DeltaItem::Removed(gone) if gone.reason == RemovedReason::Deleted));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn navigation_delta<T: DeserializeOwned>(
        &self,
        navigation: &str,
    ) -> Option<Result<Vec<DeltaItem<T>>, serde_json::Error>> {
        let mut name = String::with_capacity(navigation.len() + 6);
        name.push_str(navigation);
        name.push_str("@delta");
        self.get_as(&name)
    }
}

/// An item of a delta round: one that is present (added or changed), or one removed.
///
/// An item is read in one pass. `@removed` is looked for among the annotations and `id` that
/// start the item, where Graph writes it (after `@odata.type` and `id`) and OData's ordering
/// rules put it (before any property); `@removed` after a property is an error.
///
/// ```
/// use graph_entity::response::page::{DeltaItem, Page, RemovedReason};
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
    /// Removed: its id and reason, and the item as received (see [`Removed::raw`]).
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
        deserializer.deserialize_map(DeltaVisitor(PhantomData))
    }
}

/// The name of the control information that marks a removed item.
const REMOVED: &str = "@removed";

/// Reads a delta item in one pass. Graph writes a removed item's `@removed` after its
/// `@odata.type` and `id`, and OData before any property: so the annotations and `id` that
/// start an item are taken aside until the first other name. `@removed` among them makes a
/// removed item, whose remaining members are taken too; any other name starts a present item,
/// and `T` reads the members taken aside and then the rest of the same object.
struct DeltaVisitor<T>(PhantomData<fn() -> T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for DeltaVisitor<T> {
    type Value = DeltaItem<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an item object")
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DeltaItem<T>, A::Error> {
        let mut aside: Vec<Member<'de>> = Vec::new();
        let first_property = loop {
            let Some(Text(name)) = map.next_key::<Text<'de>>()? else {
                break None;
            };
            if name == REMOVED {
                return read_removed(aside, name, &mut map).map(DeltaItem::Removed);
            }
            if !name.starts_with('@') && name != "id" {
                break Some(name);
            }
            let raw: Box<RawValue> = map.next_value()?;
            aside.push((name, raw));
        };
        let refused = Refused {
            name: REMOVED,
            why: removed_too_late,
        };
        let rest = ReplayMap::new(aside, first_property, map, refused);
        T::deserialize(ObjectDeserializer(rest)).map(DeltaItem::Present)
    }
}

/// Why an item whose properties come before `@removed` cannot be read: `T` has read them, and
/// they could not be kept as the removed item's text.
#[cold]
fn removed_too_late() -> String {
    format!(
        "`{REMOVED}` comes after the item's properties: a removed item is read when `{REMOVED}` \
         comes before them, after its annotations and `id`, as Graph writes it"
    )
}

/// The rest of a removed item, whose members `aside` came before `@removed` (`name`): its
/// `id` and reason, and its text.
#[cold]
fn read_removed<'de, A: MapAccess<'de>>(
    aside: Vec<Member<'de>>,
    name: Cow<'de, str>,
    map: &mut A,
) -> Result<Removed, A::Error> {
    let mut members = aside;
    let mut next = Some(name);
    while let Some(name) = next {
        let raw: Box<RawValue> = map.next_value()?;
        members.push((name, raw));
        next = map.next_key::<Text<'de>>()?.map(|Text(name)| name);
    }
    let (mut id, mut reason) = (None, RemovedReason::Other(String::new()));
    let mut text = vec![b'{'];
    for (name, raw) in &members {
        // The last `id` and `@removed` count, as when the item was read as a whole.
        match name.as_ref() {
            "id" => id = read_member::<Option<String>, A::Error>(name, raw)?,
            REMOVED => {
                let removed: serde_json::Map<String, serde_json::Value> = read_member(name, raw)?;
                reason = match removed.get("reason").and_then(|r| r.as_str()) {
                    Some("changed") => RemovedReason::Changed,
                    Some("deleted") => RemovedReason::Deleted,
                    Some(other) => RemovedReason::Other(other.to_owned()),
                    None => RemovedReason::Other(String::new()),
                };
            }
            _ => {}
        }
        push_member(&mut text, name, raw);
    }
    Ok(Removed {
        id,
        reason,
        raw: close_object(text)?,
    })
}

/// The value of the member `name`, taken aside as `raw`, read as a `V`.
fn read_member<V: DeserializeOwned, E: de::Error>(name: &str, raw: &RawValue) -> Result<V, E> {
    serde_json::from_str(raw.get()).map_err(|error| {
        E::custom(format_args!(
            "property `{name}`: {}",
            without_position(&error)
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::collection::Page;
    use serde_json::Value;

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
}
