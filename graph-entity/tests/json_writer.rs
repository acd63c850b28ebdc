//! The writer derived types use under `serde_json::to_vec` and `to_string` (`wire::json`) writes
//! the same bytes as the generic path every other serializer takes: both written side by side,
//! for documents with escaped and non-ASCII text, `null`s, unknown enum members, timestamps,
//! numbers, nested complex values and kept unknown properties.

use graph_entity::edm::DateTimeOffset;
use graph_entity::{AdditionalData, CreateBody, GraphEntity, GraphEnum, Nullable};
use serde::Serialize;

#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.writerDetail")]
pub struct Detail {
    pub note: Option<String>,
    pub count: Option<i32>,
    pub ratio: Option<f64>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
#[graph(odata_type = "microsoft.graph.writerStatus")]
pub enum Status {
    Active,
    Retired,
}

#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.writerItem",
    path = "/writerItems"
)]
pub struct Item {
    pub id: Option<String>,
    pub name: Nullable<String>,
    pub detail: Option<Detail>,
    pub details: Option<Vec<Detail>>,
    pub tags: Option<Vec<String>>,
    pub size: Option<i64>,
    pub when: Option<DateTimeOffset>,
    pub status: Option<Status>,
    pub statuses: Option<Vec<Status>>,
    pub flag: Option<bool>,
    pub blob: Option<serde_json::Value>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// `value` written by the generic path: serde_json into an owned `Vec<u8>`, a serializer the
/// faster writer leaves alone.
fn generic<T: Serialize + ?Sized>(value: &T) -> String {
    let mut serializer = serde_json::Serializer::new(Vec::new());
    value.serialize(&mut serializer).unwrap();
    String::from_utf8(serializer.into_inner()).unwrap()
}

/// Both writers give the same text, which is `expected`.
fn both_write<T: Serialize + ?Sized>(value: &T, expected: &str) {
    let fast = serde_json::to_string(value).unwrap();
    assert_eq!(fast, generic(value));
    assert_eq!(fast, expected);
    assert_eq!(
        String::from_utf8(serde_json::to_vec(value).unwrap()).unwrap(),
        fast
    );
}

const DOCUMENTS: &[&str] = &[
    r##"{"@odata.type":"#microsoft.graph.writerItem","id":"1"}"##,
    r##"{"@odata.type":"#microsoft.graph.writerItem","@odata.etag":"W/\"1\"","id":"a\"b\\c\u0001\n","name":null,"tags":["x","東京 ☃ \ud83d\ude00",""],"size":-9223372036854775808,"when":"2024-01-02T03:04:05.1234567-05:30","status":"active","statuses":["retired","unknownLater"],"flag":false,"blob":{"n":18446744073709551615,"f":1.5e-7,"a":[null,true]},"newProperty":{"deep":[{"x":1.10}]},"name@odata.type":"#String"}"##,
    r##"{"@odata.type":"#microsoft.graph.writerItem","id":"2","name":"Zürich — \"quoted\"\t","detail":{"note":"inner \\ note","count":2147483647,"ratio":0.1,"extra":"kept"},"details":[{"@odata.type":"#microsoft.graph.writerDetailMore","note":null,"more":[1,2]},{}],"when":"0001-01-01T00:00:00Z","status":"paused","size":0}"##,
    r##"{"id":"3","@odata.type":"#microsoft.graph.writerItem","when":"2024-02-29T23:59:59.9+14:00","we\"ird\u0000key":"\u001f","\u00e9t\u00e9":1}"##,
    r##"{"@odata.type":"#microsoft.graph.writerItem","status":"new \"one\" \u00e9\n","statuses":["active","x\\y",""]}"##,
];

#[test]
fn documents_are_written_back_the_same_by_both_writers() {
    for document in DOCUMENTS {
        let item: Item = serde_json::from_str(document).unwrap();
        let written = generic(&item);
        let reread: serde_json::Value = serde_json::from_str(&written).unwrap();
        assert_eq!(
            reread,
            serde_json::from_str::<serde_json::Value>(document).unwrap()
        );
        both_write(&item, &written);
        both_write(&CreateBody(&item), &generic(&CreateBody(&item)));
    }
    let page: Vec<Item> = DOCUMENTS
        .iter()
        .map(|document| serde_json::from_str(document).unwrap())
        .collect();
    both_write(&page, &generic(&page));
}

#[test]
fn values_built_in_code_are_written_the_same_by_both_writers() {
    let mut item = Item {
        id: Some("x\u{7f}\u{2028}".into()),
        name: Nullable::Null,
        detail: Some(Detail {
            ratio: Some(f64::NAN),
            count: Some(-1),
            ..Detail::default()
        }),
        ..Item::default()
    };
    item.additional_data
        .insert_value("\"quoted\" name", &[1.5, -0.0])
        .unwrap();
    item.additional_data.set_null("size");
    let expected = generic(&item);
    assert!(expected.contains(r#""size":null"#), "{expected}");
    both_write(&item, &expected);
    both_write(
        &Item::default(),
        r##"{"@odata.type":"#microsoft.graph.writerItem"}"##,
    );
    both_write(&Detail::default(), "{}");
}

#[cfg(feature = "resources")] // The connector lives in `graph_entity::resources`.
#[test]
fn the_connectors_documented_response_is_written_the_same_by_both_writers() {
    use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
    let seed = include_str!("../../tests/fixtures/seed/create-response.json");
    let connector: Connector = serde_json::from_str(seed).unwrap();
    let written = generic(&connector);
    both_write(&connector, &written);
    // Other serializers see the same value: serde_json's own `Value` serializer.
    assert_eq!(
        serde_json::to_value(&connector).unwrap(),
        serde_json::from_str::<serde_json::Value>(seed).unwrap()
    );
    // And a pretty writer writes the same value, pretty.
    let pretty = serde_json::to_string_pretty(&connector).unwrap();
    assert!(pretty.contains("\n  \"id\": "), "{pretty}");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&pretty).unwrap(),
        serde_json::from_str::<serde_json::Value>(seed).unwrap()
    );
}

/// Names that need escaping: written through the escaping path, by both writers alike.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.writerOdd")]
pub struct Odd {
    #[graph(rename = "say \"hi\"")]
    pub quoted: Option<String>,
    #[graph(rename = "tab\there")]
    pub tabbed: Option<i32>,
    pub plain: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[test]
fn names_that_need_escaping_are_escaped_by_both_writers() {
    let document = r##"{"@odata.type":"#microsoft.graph.writerOdd","say \"hi\"":"x","tab\there":1,"plain":null}"##;
    let odd: Odd = serde_json::from_str(document).unwrap();
    assert_eq!(odd.quoted.as_deref(), Some("x"));
    both_write(&odd, document);
}
