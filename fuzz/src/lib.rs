//! Shared pieces of the fuzz targets: the small derived-type hierarchy of the
//! `derived_collection` target, and the write/re-read oracle.

use std::fmt::Debug;

use graph_entity::{AdditionalData, GraphEntity, GraphPolymorphic};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The base type of the hierarchy.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.fuzzParent",
    path = "/fuzzParents"
)]
pub struct Parent {
    pub id: Option<String>,
    pub name: Option<String>,
    pub count: Option<i32>,
    pub enabled: Option<bool>,
    pub tags: Option<Vec<String>>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A derived type.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fuzzChildA")]
pub struct ChildA {
    #[graph(base)]
    pub base: Parent,
    pub a: Option<String>,
}

/// Another derived type.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fuzzChildB")]
pub struct ChildB {
    #[graph(base)]
    pub base: Parent,
    pub b: Option<i32>,
    pub flags: Option<Vec<bool>>,
}

/// One item of a mixed collection of `fuzzParent`s.
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyParent {
    A(ChildA),
    B(ChildB),
    #[graph(other)]
    Other(Parent),
}

/// `json` as a `serde_json::Value`, without the recursion limit (the documents given to it were
/// accepted by the library, which bounds their depth), or `None` when a `Value` cannot hold it
/// (a number beyond `f64`, a lone surrogate escape kept raw, ...).
pub fn value_of(json: &[u8]) -> Option<Value> {
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    deserializer.disable_recursion_limit();
    let value = serde::de::DeserializeSeed::deserialize(PlainValue, &mut deserializer).ok()?;
    deserializer.end().ok()?;
    Some(value)
}

/// Reads any JSON value into a `Value` as the document spells it. `Value`'s own `Deserialize`
/// is not used: with serde_json's `raw_value` feature it reads an object whose first key is
/// `$serde_json::private::RawValue` as the raw JSON text of that key's value, so the oracle
/// would compare a different document than the one given (a fuzzing finding).
struct PlainValue;

impl<'de> serde::de::DeserializeSeed<'de> for PlainValue {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for PlainValue {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(PlainValue)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(PlainValue)?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

fn text(json: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(json)
}

/// Whether `output` is `input` as a JSON value, but for what a write may add: an object that
/// named no `@odata.type` may come back naming its declared type, `"#<declared>"`.
pub fn same_but_declared_type(input: &Value, output: &Value, declared: &str) -> bool {
    match (input, output) {
        (Value::Object(read), Value::Object(written))
            if !read.contains_key(ODATA_TYPE) && written.contains_key(ODATA_TYPE) =>
        {
            written.get(ODATA_TYPE).and_then(Value::as_str) == Some(&format!("#{declared}"))
                && written.len() == read.len() + 1
                && read
                    .iter()
                    .all(|(name, value)| written.get(name) == Some(value))
        }
        _ => input == output,
    }
}

const ODATA_TYPE: &str = "@odata.type";

/// The write/re-read oracle. When `input` reads as `T`:
///
/// 1. the value serializes;
/// 2. the output reads back as `T`, and writes the same JSON value again (and, since the first
///    write already put everything in its canonical place, the very same bytes);
/// 3. lossless: `lossless(input, output)` holds for the input and the output as JSON values
///    (when both are: a number beyond `f64` or a lone surrogate escape, kept raw, is not).
///
/// Returns the first value read, for target-specific checks.
pub fn check_round_trip<T>(input: &[u8], lossless: impl FnOnce(Value, &Value) -> bool) -> Option<T>
where
    T: Serialize + DeserializeOwned + Debug + PartialEq,
{
    let first: T = serde_json::from_slice(input).ok()?;
    let written = serde_json::to_vec(&first).unwrap_or_else(|error| {
        panic!("a value read from a document does not serialize: {error}\nvalue: {first:?}")
    });
    let second: T = serde_json::from_slice(&written).unwrap_or_else(|error| {
        panic!(
            "the output does not read back: {error}\ninput:  {}\noutput: {}",
            text(input),
            text(&written)
        )
    });
    let rewritten = serde_json::to_vec(&second).unwrap_or_else(|error| {
        panic!("a value read from the output does not serialize: {error}\nvalue: {second:?}")
    });

    match (value_of(&written), value_of(&rewritten)) {
        (Some(once), Some(twice)) => assert!(
            once == twice,
            "read → write → read → write changes the JSON value\ninput:     {}\nwritten:   {}\nrewritten: {}",
            text(input),
            text(&written),
            text(&rewritten)
        ),
        (None, None) => {}
        (once, twice) => panic!(
            "only one of the outputs is a JSON value ({} / {})\ninput:     {}\nwritten:   {}\nrewritten: {}",
            once.is_some(),
            twice.is_some(),
            text(input),
            text(&written),
            text(&rewritten)
        ),
    }
    assert!(
        written == rewritten,
        "the output is not a fixed point of read → write\ninput:     {}\nwritten:   {}\nrewritten: {}",
        text(input),
        text(&written),
        text(&rewritten)
    );

    if let (Some(read), Some(output)) = (value_of(input), value_of(&written)) {
        assert!(
            lossless(read, &output),
            "the output is not the input (lossless write)\ninput:  {}\noutput: {}",
            text(input),
            text(&written)
        );
    }
    Some(first)
}
