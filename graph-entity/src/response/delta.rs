//! Delta rounds: an item is present ([`DeltaItem::Present`]) or has left the collection
//! ([`Removed`], with its [`RemovedReason`]).

use core::fmt;

use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::response::collection::Key;

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
