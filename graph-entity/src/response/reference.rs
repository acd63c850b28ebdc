//! [`Reference`]: one item of a `$ref` listing (`GET /groups/{group-id}/members/$ref`), an
//! entity's `@odata.id`.

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// One reference: `{"@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/{id}"}`.
///
/// ```
/// use graph_entity::response::Reference;
///
/// let reference: Reference = serde_json::from_str(
///     r#"{"@odata.id":"https://graph.microsoft.com/v1.0/directoryObjects/u1"}"#,
/// )?;
/// assert_eq!(reference.odata_id, "https://graph.microsoft.com/v1.0/directoryObjects/u1");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Reference {
    /// The referenced entity's URL, as Graph gave it.
    pub odata_id: String,
}

const ODATA_ID: &str = "@odata.id";

impl<'de> Deserialize<'de> for Reference {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ReferenceVisitor;
        impl<'de> Visitor<'de> for ReferenceVisitor {
            type Value = Reference;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("a reference, an object with `@odata.id`")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Reference, M::Error> {
                let mut odata_id = None;
                while let Some(name) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    if name == ODATA_ID {
                        if odata_id.is_some() {
                            return Err(de::Error::duplicate_field(ODATA_ID));
                        }
                        odata_id = Some(map.next_value::<String>()?);
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                odata_id
                    .map(|odata_id| Reference { odata_id })
                    .ok_or_else(|| de::Error::missing_field(ODATA_ID))
            }
        }
        deserializer.deserialize_map(ReferenceVisitor)
    }
}

impl Serialize for Reference {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(ODATA_ID, &self.odata_id)?;
        map.end()
    }
}
