//! TEMPORARY placeholder until the real module lands (being written in parallel).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DateTimeOffset(String);
impl serde::Serialize for DateTimeOffset {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}
impl<'de> serde::Deserialize<'de> for DateTimeOffset {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(d).map(DateTimeOffset)
    }
}
