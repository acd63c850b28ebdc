//! `Edm.Stream`: a property whose value is a media stream, read and written through its own
//! URL, not in the entity's JSON.

use std::fmt;

use serde::de::Deserializer;
use serde::ser::Serializer;
use serde_json::value::RawValue;

/// The value of an `Edm.Stream` property (a `driveItem`'s `content`, a `user`'s photo) as the
/// entity's JSON holds it: usually nothing at all (the field reads as `None`), the stream being
/// fetched and replaced at its own URL ([`ItemPath::stream`](crate::ItemPath::stream)). What
/// describes it are its media annotations (`content@odata.mediaReadLink`,
/// `content@odata.mediaContentType`, ...), which the entity keeps in its additional data:
/// [`AdditionalData::media`](crate::AdditionalData::media) reads them.
///
/// A value that a service does put in the JSON is kept exactly as written, and written back.
#[derive(Clone)]
pub struct Stream(Box<RawValue>);

impl Stream {
    /// The JSON value, as written.
    pub fn raw(&self) -> &RawValue {
        &self.0
    }
}

impl PartialEq for Stream {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

impl Eq for Stream {}

impl fmt::Debug for Stream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Stream").field(&self.0.get()).finish()
    }
}

impl serde::Serialize for Stream {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Stream {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Box::<RawValue>::deserialize(deserializer).map(Stream)
    }
}
