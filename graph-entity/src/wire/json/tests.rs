#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use proptest::prelude::*;
use serde::Serialize;
use serde_json::value::RawValue;

use super::{JsonMap, escape_str, is_plain, write_raw, write_value};

/// `value` through this writer, then through serde_json alone: the same bytes.
fn same_as_serde_json<V: Serialize + ?Sized>(value: &V) {
    let mut out = String::new();
    write_value(&mut out, value).unwrap();
    assert_eq!(out, serde_json::to_string(value).unwrap());
}

fn escaped(text: &str) -> String {
    let mut out = String::new();
    escape_str(&mut out, text);
    out
}

#[test]
fn every_ascii_byte_is_escaped_as_serde_json_escapes_it_at_every_place_in_a_word() {
    for byte in 0_u8..0x80 {
        let character = char::from(byte);
        for before in 0..17 {
            for after in [0, 1, 7, 8, 9] {
                let text = format!("{}{character}{}", "a".repeat(before), "é".repeat(after));
                assert_eq!(
                    escaped(&text),
                    serde_json::to_string(&text).unwrap(),
                    "{text:?}"
                );
            }
        }
    }
}

#[test]
fn a_name_is_plain_exactly_when_serde_json_writes_it_unescaped_at_every_place_in_a_word() {
    for byte in 0_u8..0x80 {
        let character = char::from(byte);
        for before in 0..17 {
            for after in [0, 1, 6, 7, 8, 9, 15] {
                let text = format!("{}{character}{}", "a".repeat(before), "é".repeat(after));
                let unescaped = serde_json::to_string(&text).unwrap() == format!("\"{text}\"");
                assert_eq!(is_plain(&text), unescaped, "{text:?}");
            }
        }
    }
    assert!(is_plain(""));
}

#[test]
fn strings_of_escapes_non_ascii_and_nothing_are_written_as_serde_json_writes_them() {
    for text in [
        "",
        "plain",
        "exactly8",
        "Fabrikam \"EU\" B.V.",
        "C:\\Exchange\\Org",
        "Northwind\tTraders\nHQ\r\u{c}\u{8}\u{0}\u{1f}\u{7f}",
        "東京海上テスト株式会社 — Zürich ☃ \u{1F600}",
        "\"\"\"\"\"\"\"\"\"\"\\\\\\\\\\\\\\\\",
    ] {
        assert_eq!(escaped(text), serde_json::to_string(text).unwrap());
    }
}

proptest! {
    #[test]
    fn any_string_is_escaped_as_serde_json_escapes_it(text in any::<String>()) {
        prop_assert_eq!(escaped(&text), serde_json::to_string(&text).unwrap());
    }

    #[test]
    fn any_json_value_is_written_as_serde_json_writes_it(text in "[ -~\\n\"\\\\é]{0,40}") {
        let value = serde_json::json!({
            "text": text, "list": [text, 1, -2.5, null, true], "nested": {"again": [[text]]},
        });
        same_as_serde_json(&value);
    }
}

#[derive(Serialize)]
enum Shape {
    Unit,
    Newtype(u8),
    Tuple(u8, String),
    Struct { side: f64 },
}

#[derive(Serialize)]
struct Everything<'a> {
    text: &'a str,
    character: char,
    flag: bool,
    none: Option<u32>,
    some: Option<&'a str>,
    small: i8,
    big: u128,
    float: f64,
    not_a_number: f32,
    bytes: &'a [u8],
    unit: (),
    tuple: (u8, &'a str),
    shapes: Vec<Shape>,
    by_number: BTreeMap<i32, &'a str>,
    by_text: BTreeMap<&'a str, Vec<u16>>,
    empty_map: BTreeMap<String, u8>,
    empty_list: Vec<u8>,
    raw: &'a RawValue,
    value: serde_json::Value,
}

#[test]
fn values_it_leaves_to_serde_json_are_serde_jsons_and_the_rest_the_same() {
    let raw: Box<RawValue> = serde_json::from_str(r#"{"kept" : [1, 2.50]}"#).unwrap();
    let everything = Everything {
        text: "x\"y",
        character: '\n',
        flag: true,
        none: None,
        some: Some("ü"),
        small: -8,
        big: u128::MAX,
        float: 1.5e-3,
        not_a_number: f32::NAN,
        bytes: b"ab",
        unit: (),
        tuple: (1, "two"),
        shapes: vec![
            Shape::Unit,
            Shape::Newtype(3),
            Shape::Tuple(4, "five".into()),
            Shape::Struct { side: 6.0 },
        ],
        by_number: BTreeMap::from([(-1, "minus one"), (2, "two")]),
        by_text: BTreeMap::from([("a\tb", vec![1, 2])]),
        empty_map: BTreeMap::new(),
        empty_list: Vec::new(),
        raw: &raw,
        value: serde_json::json!({"n": 18_446_744_073_709_551_615_u64, "f": -0.0}),
    };
    same_as_serde_json(&everything);
    same_as_serde_json(&[&everything, &everything]);
}

/// A value whose `Serialize` fails after writing part of itself.
struct Failing;

impl Serialize for Failing {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq};
        let mut seq = serializer.serialize_seq(None)?;
        seq.serialize_element("written")?;
        Err(S::Error::custom("this value cannot be written"))
    }
}

#[test]
fn an_error_of_a_value_is_the_error_of_the_write() {
    let mut out = String::new();
    let error = write_value(&mut out, &Failing).unwrap_err();
    assert!(error.to_string().contains("this value cannot be written"));
}

#[test]
fn the_object_goes_to_serde_json_as_it_is_written() {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::new(&mut out);
    let done = write_raw(&mut serializer, |mut map: JsonMap<'_>| {
        use serde::ser::SerializeMap;
        map.serialize_entry("a\"b", &[1, 2])?;
        map.serialize_entry("c", "d")?;
        map.end()
    });
    assert!(matches!(done, Ok(Ok(()))));
    assert_eq!(String::from_utf8(out).unwrap(), r#"{"a\"b":[1,2],"c":"d"}"#);
}

#[test]
fn an_object_with_a_key_it_cannot_write_is_left_to_the_generic_path_unwritten() {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::new(&mut out);
    let done = write_raw(&mut serializer, |mut map: JsonMap<'_>| {
        use serde::ser::SerializeMap;
        map.serialize_entry("fine", &1)?;
        map.serialize_entry(&7_u8, &1)?;
        map.end()
    });
    assert!(done.is_err());
    assert!(out.is_empty());
}

#[test]
fn only_serde_jsons_compact_writer_into_a_vec_takes_this_writer() {
    use super::is_json_into_vec;
    use serde_json::ser::PrettyFormatter;
    assert!(is_json_into_vec::<&mut serde_json::Serializer<&mut Vec<u8>>>());
    assert!(!is_json_into_vec::<&mut serde_json::Serializer<Vec<u8>>>());
    assert!(!is_json_into_vec::<
        &mut serde_json::Serializer<&mut Vec<u8>, PrettyFormatter<'_>>,
    >());
    assert!(!is_json_into_vec::<serde_json::value::Serializer>());
}
