//! Property tests of the lossless wire format: generated OData documents must be written back
//! as an equal JSON document, whatever they hold (absent / `null` / valid values, unknown enum
//! members, unknown properties with arbitrary JSON, control information and annotations), and
//! invalid documents must be errors, never panics.
//!
//! Three targets: the shipped `DeviceManagementExchangeConnector`, a complex type declared here
//! (`Settings`, with a collection of the nested complex type `Nested`), and a derived entity
//! declared here (`Child`, deriving from `Parent`).
//!
//! Documents are generated as a list of members `(name, raw JSON text)` and rendered with random
//! spacing, member order and string escaping (`\uXXXX`, surrogate pairs, `\/`), so that both the
//! borrowed and the owned paths of the visitor are taken.

use std::collections::BTreeSet;
use std::fmt::{Debug, Write as _};

use graph_entity::edm::DateTimeOffset;
use graph_entity::resources::{
    DeviceManagementExchangeConnector as Connector, DeviceManagementExchangeConnectorStatus,
};
use graph_entity::{AdditionalData, Flags, GraphComplex, GraphEntity, GraphEnum, Nullable};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::TestCaseError;
use serde::de::{DeserializeOwned, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;

// ---------------------------------------------------------------------------------------------
// The types under test
// ---------------------------------------------------------------------------------------------

const CONNECTOR_TYPE: &str = "microsoft.graph.deviceManagementExchangeConnector";
const CONNECTOR_PROPERTIES: &[&str] = &[
    "id",
    "connectorServerName",
    "exchangeAlias",
    "exchangeConnectorType",
    "exchangeOrganization",
    "lastSyncDateTime",
    "primarySmtpAddress",
    "serverName",
    "status",
    "version",
];
const CONNECTOR_TYPES: &[&str] = &[
    "onPremises",
    "hosted",
    "serviceToService",
    "dedicated",
    "unknownFutureValue",
];
const CONNECTOR_STATUSES: &[&str] = &[
    "none",
    "connectionPending",
    "connected",
    "disconnected",
    "unknownFutureValue",
];

/// A flags enum (`IsFlags="true"`).
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
#[graph(flags, odata_type = "microsoft.graph.testChannel")]
enum Channel {
    Email,
    Sms,
    Push,
    VoiceCall,
}
const CHANNELS: &[&str] = &["email", "sms", "push", "voiceCall"];

/// A plain enum, read in collections and single values.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
#[graph(odata_type = "microsoft.graph.testShade")]
enum Shade {
    Red,
    LightBlue,
    #[graph(rename = "x-ray")]
    XRay,
    UnknownFutureValue,
}
const SHADES: &[&str] = &["red", "lightBlue", "x-ray", "unknownFutureValue"];

/// A complex type held in a collection of [`Settings`].
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.testNested")]
struct Nested {
    label: Option<String>,
    weight: Option<i64>,
    seen: Nullable<DateTimeOffset>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}
const NESTED_TYPE: &str = "microsoft.graph.testNested";
const NESTED_PROPERTIES: &[&str] = &["label", "weight", "seen"];

/// A complex type (no key, no path) with properties of several Edm shapes.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.testSettings")]
struct Settings {
    display_name: Option<String>,
    is_enabled: Option<bool>,
    retry_count: Option<i32>,
    quota_bytes: Option<i64>,
    tags: Option<Vec<String>>,
    items: Option<Vec<Nested>>,
    channels: Option<Flags<Channel>>,
    shades: Option<Vec<Shade>>,
    note: Nullable<String>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}
const SETTINGS_TYPE: &str = "microsoft.graph.testSettings";
const SETTINGS_PROPERTIES: &[&str] = &[
    "displayName",
    "isEnabled",
    "retryCount",
    "quotaBytes",
    "tags",
    "items",
    "channels",
    "shades",
    "note",
];

/// The base entity of [`Child`].
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.parentThing",
    path = "/parentThings"
)]
struct Parent {
    id: Option<String>,
    display_name: Option<String>,
    created_date_time: Option<DateTimeOffset>,
    status: Option<DeviceManagementExchangeConnectorStatus>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

/// A derived entity: inherits `Parent`'s properties, key, collection and additional data.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.childThing")]
struct Child {
    #[graph(base)]
    base: Parent,
    own: Option<String>,
    level: Option<i32>,
    shade: Option<Shade>,
    comment: Nullable<String>,
    settings: Option<Settings>,
}
const CHILD_TYPE: &str = "microsoft.graph.childThing";
const CHILD_PROPERTIES: &[&str] = &[
    "id",
    "displayName",
    "createdDateTime",
    "status",
    "own",
    "level",
    "shade",
    "comment",
    "settings",
];

#[test]
fn declared_property_lists_match_the_generated_constants() {
    assert_eq!(<Connector as GraphEntity>::PROPERTIES, CONNECTOR_PROPERTIES);
    assert_eq!(<Connector as GraphEntity>::ODATA_TYPE, CONNECTOR_TYPE);
    assert_eq!(<Nested as GraphComplex>::PROPERTIES, NESTED_PROPERTIES);
    assert_eq!(<Settings as GraphComplex>::PROPERTIES, SETTINGS_PROPERTIES);
    assert_eq!(<Child as GraphEntity>::PROPERTIES, CHILD_PROPERTIES);
    assert_eq!(<Child as GraphEntity>::ODATA_TYPE, CHILD_TYPE);
    assert_eq!(
        <Child as GraphEntity>::BASE_TYPE,
        Some("microsoft.graph.parentThing")
    );
    for (members, all) in [
        (
            CONNECTOR_TYPES,
            graph_entity::resources::DeviceManagementExchangeConnectorType::MEMBERS,
        ),
        (
            CONNECTOR_STATUSES,
            DeviceManagementExchangeConnectorStatus::MEMBERS,
        ),
        (CHANNELS, Channel::MEMBERS),
        (SHADES, Shade::MEMBERS),
    ] {
        assert_eq!(members, all);
    }
}

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

/// One JSON object as text: its members in document order, as (decoded name, raw JSON value),
/// and how to render it.
#[derive(Clone, Debug)]
struct Doc {
    members: Vec<(String, String)>,
    /// Whitespace put around every token.
    ws: &'static str,
    /// Whether member names are written with `\u` escapes.
    escape_keys: bool,
}

impl Doc {
    fn render(&self) -> String {
        let ws = self.ws;
        let mut out = format!("{ws}{{");
        for (index, (name, value)) in self.members.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            let key = encode(name, self.escape_keys);
            write!(out, "{ws}{key}{ws}:{ws}{value}{ws}").unwrap();
        }
        out.push('}');
        out.push_str(ws);
        out
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.members
            .iter()
            .find(|(held, _)| held == name)
            .map(|(_, value)| value.as_str())
    }

    /// The names in the order the derive writes them: `@odata.type` (always for entities, for
    /// complex types if the document had it), the other control information and instance
    /// annotations, the declared properties in declaration order, then everything else.
    fn expected_write_order(&self, declared: &[&str], entity: bool) -> Vec<String> {
        let mut order = Vec::new();
        if entity || self.get("@odata.type").is_some() {
            order.push("@odata.type".to_owned());
        }
        let names = || self.members.iter().map(|(name, _)| name);
        order.extend(
            names()
                .filter(|name| name.starts_with('@') && *name != "@odata.type")
                .cloned(),
        );
        order.extend(
            declared
                .iter()
                .filter(|name| self.get(name).is_some())
                .map(|name| (*name).to_owned()),
        );
        order.extend(
            names()
                .filter(|name| !name.starts_with('@') && !declared.contains(&name.as_str()))
                .cloned(),
        );
        order
    }
}

/// A JSON string literal for `text`: serde_json's spelling, or with every non-alphanumeric
/// character (and some alphanumeric ones) as a `\uXXXX` escape (surrogate pairs beyond the BMP),
/// `/` as `\/`, and the short escapes.
fn encode(text: &str, escape: bool) -> String {
    if !escape {
        return serde_json::to_string(text).unwrap();
    }
    let mut out = String::from("\"");
    for (position, ch) in text.chars().enumerate() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '/' => out.push_str("\\/"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            ch if ch.is_ascii_alphanumeric() && position % 3 != 0 => out.push(ch),
            ch => {
                let mut units = [0u16; 2];
                for unit in ch.encode_utf16(&mut units) {
                    if position % 2 == 0 {
                        write!(out, "\\u{unit:04x}").unwrap();
                    } else {
                        write!(out, "\\u{unit:04X}").unwrap();
                    }
                }
            }
        }
    }
    out.push('"');
    out
}

fn whitespace() -> impl Strategy<Value = &'static str> {
    select(vec!["", "", " ", "\n", "\t", "\r\n  "])
}

/// Text with quotes, backslashes, control characters, non-BMP characters and separators.
fn text() -> impl Strategy<Value = String> {
    let ch = prop_oneof![
        4 => any::<char>(),
        3 => prop::char::range('a', 'z'),
        2 => select(vec![
            '"', '\\', '/', '\n', '\r', '\t', '\u{0}', '\u{8}', '\u{c}', '\u{1f}', '\u{7f}',
            '\u{2028}', '\u{feff}', '\u{fffd}', 'é', '😀', '@', '#', ',', '.', ' ', '[', ']', '{',
            '}',
        ]),
    ];
    prop::collection::vec(ch, 0..16).prop_map(String::from_iter)
}

/// A JSON string literal of arbitrary text, escaped one way or the other.
fn json_string() -> impl Strategy<Value = String> {
    (text(), any::<bool>()).prop_map(|(text, escape)| encode(&text, escape))
}

fn literal(text: &str) -> impl Strategy<Value = String> + use<> {
    let owned = text.to_owned();
    any::<bool>().prop_map(move |escape| encode(&owned, escape))
}

/// JSON number literals: integers of every size (beyond `u64` too), decimals with trailing
/// zeros, exponents, negative zero.
fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        "-?[1-9][0-9]{19,40}",
        "-?(0|[1-9][0-9]{0,8})\\.[0-9]{1,12}",
        "-?(0|[1-9][0-9]{0,3})(\\.[0-9]{1,4})?[eE][+-]?[0-9]{1,2}",
        select(vec![
            "0",
            "-0",
            "1.10",
            "-0.0",
            "0.1",
            "1E2",
            "1e-7",
            "100000000000000000000000000001",
        ])
        .prop_map(str::to_owned),
    ]
}

/// Arbitrary JSON, as text: nested arrays and objects of numbers, strings, booleans and `null`,
/// with random spacing inside.
fn json_value() -> BoxedStrategy<String> {
    let leaf = prop_oneof![
        Just("null".to_owned()),
        any::<bool>().prop_map(|b| b.to_string()),
        number(),
        json_string(),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            (prop::collection::vec(inner.clone(), 0..4), whitespace())
                .prop_map(|(items, ws)| format!("[{ws}{}{ws}]", items.join(&format!("{ws},{ws}")))),
            (
                prop::collection::btree_map(text(), inner, 0..4),
                whitespace(),
                any::<bool>()
            )
                .prop_map(|(members, ws, escape)| {
                    let members: Vec<String> = members
                        .iter()
                        .map(|(name, value)| format!("{}{ws}:{ws}{value}", encode(name, escape)))
                        .collect();
                    format!("{{{ws}{}{ws}}}", members.join(&format!("{ws},{ws}")))
                }),
        ]
    })
    .boxed()
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

/// A valid RFC 3339 timestamp with 0..=7 fraction digits and `Z` or a `±HH:MM` offset.
fn timestamp() -> impl Strategy<Value = String> {
    let offset = prop_oneof![
        3 => Just("Z".to_owned()),
        1 => Just("+00:00".to_owned()),
        1 => Just("-00:00".to_owned()),
        4 => (any::<bool>(), 0u32..24, 0u32..60).prop_map(|(minus, hours, minutes)| {
            format!("{}{hours:02}:{minutes:02}", if minus { '-' } else { '+' })
        }),
    ];
    let year = prop_oneof![1 => 0u32..=9999, 3 => 1990u32..2040, 1 => Just(1u32)];
    (
        year,
        1u32..=12,
        1u32..=31,
        (0u32..24, 0u32..60, 0u32..60),
        prop::collection::vec(0u8..10, 0..=7),
        offset,
    )
        .prop_map(|(year, month, day, (h, m, s), fraction, offset)| {
            let day = day.min(days_in_month(year, month));
            let mut out = format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}");
            if !fraction.is_empty() {
                out.push('.');
                out.extend(fraction.iter().map(|digit| char::from(b'0' + digit)));
            }
            out.push_str(&offset);
            out
        })
}

fn json_timestamp() -> impl Strategy<Value = String> {
    (timestamp(), any::<bool>()).prop_map(|(text, escape)| encode(&text, escape))
}

/// A member of an enum: a known one, or (often) a string it does not know.
fn enum_member(known: &'static [&'static str]) -> impl Strategy<Value = String> {
    let member = prop_oneof![
        2 => select(known).prop_map(str::to_owned),
        1 => "[a-z][a-zA-Z]{0,12}",
        1 => text(),
    ];
    (member, any::<bool>()).prop_map(|(member, escape)| encode(&member, escape))
}

/// A collection of enum members, some perhaps unknown.
fn enum_collection(known: &'static [&'static str]) -> impl Strategy<Value = String> {
    (
        prop::collection::vec(enum_member(known), 0..4),
        whitespace(),
    )
        .prop_map(|(items, ws)| format!("[{ws}{}{ws}]", items.join(&format!(",{ws}"))))
}

/// A value of a flags enum: distinct known members in any order, or any other string (unknown
/// members, empty parts, spaces). A value of known members given more than once is not
/// generated here: see `flags_with_repeated_members_round_trip`.
fn flags_value(known: &'static [&'static str]) -> impl Strategy<Value = String> {
    let value = prop_oneof![
        3 => Just(known.to_vec()).prop_shuffle().prop_flat_map(|members| {
            (0..=members.len()).prop_map(move |count| members[..count].join(","))
        }),
        1 => prop::collection::vec(
            prop_oneof![select(known).prop_map(str::to_owned), "[a-z]{0,6}", text()],
            1..4
        )
        .prop_map(|mut parts| {
            let mut seen = BTreeSet::new();
            parts.retain(|part| seen.insert(part.clone()));
            parts.join(",")
        }),
        1 => text(),
    ];
    (value, any::<bool>()).prop_map(|(value, escape)| encode(&value, escape))
}

/// A declared property: absent, `null`, or a value.
fn declared(
    name: &'static str,
    value: impl Strategy<Value = String> + 'static,
) -> BoxedStrategy<Option<(String, String)>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some((name.to_owned(), "null".to_owned()))),
        3 => value.prop_map(move |value| Some((name.to_owned(), value))),
    ]
    .boxed()
}

/// Names of unknown properties: plain ones, arbitrary text, property annotations of declared
/// and unknown properties, and instance annotations.
fn unknown_name(declared: &'static [&'static str]) -> impl Strategy<Value = String> {
    let annotation = select(vec![
        "@odata.type",
        "@odata.nextLink",
        "@odata.count",
        "@custom.thing",
        "@microsoft.graph.tips",
    ]);
    prop_oneof![
        3 => "[a-z][a-zA-Z0-9]{0,12}",
        2 => text(),
        2 => (select(declared), annotation.clone()).prop_map(|(name, ann)| format!("{name}{ann}")),
        1 => ("[a-z][a-zA-Z]{0,6}", annotation).prop_map(|(name, ann)| format!("{name}{ann}")),
        // Near misses of declared names: other case, surrounding space, `#` or `@` prefixed.
        2 => (select(declared), select(vec!["upper", " ", "#", "@"])).prop_map(|(name, how)| {
            match how {
                "upper" => name[..1].to_uppercase() + &name[1..],
                " " => format!("{name} "),
                prefix => format!("{prefix}{name}"),
            }
        }),
        2 => "@[a-z]{1,8}\\.[a-zA-Z.]{1,12}",
    ]
}

/// Unknown properties and annotations with arbitrary JSON values, and control information,
/// under names that collide neither with declared properties nor with each other.
fn extras(
    declared: &'static [&'static str],
    unknown: std::ops::Range<usize>,
) -> impl Strategy<Value = Vec<(String, String)>> {
    let control = (
        prop::option::of(prop_oneof![
            literal("https://graph.microsoft.com/v1.0/$metadata#deviceManagement/x/$entity"),
            json_string(),
        ]),
        prop::option::of(prop_oneof![
            "W/\"[0-9]{1,4}\"".prop_map(|etag| encode(&etag, false)),
            json_string(),
        ]),
        prop::option::of(json_string()),
        prop::option::of(json_value()),
    );
    (
        prop::collection::vec((unknown_name(declared), json_value()), unknown),
        control,
    )
        .prop_map(move |(unknown, (context, etag, id, custom))| {
            let control = [
                ("@odata.context", context),
                ("@odata.etag", etag),
                ("@odata.id", id),
                ("@custom.annotation", custom),
            ];
            let mut seen: BTreeSet<String> = declared.iter().map(|&name| name.to_owned()).collect();
            seen.insert("@odata.type".to_owned());
            control
                .into_iter()
                .filter_map(|(name, value)| value.map(|value| (name.to_owned(), value)))
                .chain(unknown)
                .filter(|(name, _)| seen.insert(name.clone()))
                .collect()
        })
}

/// `@odata.type`: for entities always present, with `#` (mostly) or without; for complex types
/// also often absent.
fn type_member(odata_type: &'static str, complex: bool) -> BoxedStrategy<Option<(String, String)>> {
    let present = prop_oneof![
        5 => literal(&format!("#{odata_type}")),
        1 => literal(odata_type),
    ]
    .prop_map(|value| Some(("@odata.type".to_owned(), value)));
    if complex {
        prop_oneof![1 => Just(None), 2 => present].boxed()
    } else {
        present.boxed()
    }
}

/// Puts the members together in a random order.
fn document(
    declared: Vec<BoxedStrategy<Option<(String, String)>>>,
    extras: impl Strategy<Value = Vec<(String, String)>> + 'static,
    odata_type: BoxedStrategy<Option<(String, String)>>,
) -> BoxedStrategy<Doc> {
    (
        declared,
        extras,
        odata_type,
        whitespace(),
        prop::bool::weighted(0.2),
    )
        .prop_flat_map(|(declared, extras, odata_type, ws, escape_keys)| {
            let members: Vec<(String, String)> = odata_type
                .into_iter()
                .chain(declared.into_iter().flatten())
                .chain(extras)
                .collect();
            Just(members).prop_shuffle().prop_map(move |members| Doc {
                members,
                ws,
                escape_keys,
            })
        })
        .boxed()
}

fn connector_doc() -> BoxedStrategy<Doc> {
    connector_doc_with(0..5)
}

/// A connector document with a number of unknown properties in `unknown`.
fn connector_doc_with(unknown: std::ops::Range<usize>) -> BoxedStrategy<Doc> {
    let string = || json_string().boxed();
    let properties = vec![
        declared("id", string()),
        declared("connectorServerName", string()),
        declared("exchangeAlias", string()),
        declared("exchangeConnectorType", enum_member(CONNECTOR_TYPES)),
        declared("exchangeOrganization", string()),
        declared("lastSyncDateTime", json_timestamp()),
        declared("primarySmtpAddress", string()),
        declared("serverName", string()),
        declared("status", enum_member(CONNECTOR_STATUSES)),
        declared("version", string()),
    ];
    document(
        properties,
        extras(CONNECTOR_PROPERTIES, unknown),
        type_member(CONNECTOR_TYPE, false),
    )
}

fn nested_doc() -> BoxedStrategy<Doc> {
    let properties = vec![
        declared("label", json_string()),
        declared("weight", any::<i64>().prop_map(|n| n.to_string())),
        declared("seen", json_timestamp()),
    ];
    document(
        properties,
        extras(NESTED_PROPERTIES, 0..3),
        type_member(NESTED_TYPE, true),
    )
}

fn settings_doc() -> BoxedStrategy<Doc> {
    let tags = (prop::collection::vec(json_string(), 0..4), whitespace())
        .prop_map(|(items, ws)| format!("[{ws}{}{ws}]", items.join(&format!("{ws},{ws}"))));
    let items = (prop::collection::vec(nested_doc(), 0..3), whitespace()).prop_map(|(docs, ws)| {
        let items: Vec<String> = docs.iter().map(Doc::render).collect();
        format!("[{ws}{}]", items.join(","))
    });
    let properties = vec![
        declared("displayName", json_string()),
        declared("isEnabled", any::<bool>().prop_map(|b| b.to_string())),
        declared("retryCount", any::<i32>().prop_map(|n| n.to_string())),
        declared("quotaBytes", any::<i64>().prop_map(|n| n.to_string())),
        declared("tags", tags),
        declared("items", items),
        declared("channels", flags_value(CHANNELS)),
        declared("shades", enum_collection(SHADES)),
        declared("note", json_string()),
    ];
    document(
        properties,
        extras(SETTINGS_PROPERTIES, 0..5),
        type_member(SETTINGS_TYPE, true),
    )
}

fn child_doc() -> BoxedStrategy<Doc> {
    let properties = vec![
        declared("id", json_string()),
        declared("displayName", json_string()),
        declared("createdDateTime", json_timestamp()),
        declared("status", enum_member(CONNECTOR_STATUSES)),
        declared("own", json_string()),
        declared("level", any::<i32>().prop_map(|n| n.to_string())),
        declared("shade", enum_member(SHADES)),
        declared("comment", json_string()),
        declared("settings", settings_doc().prop_map(|doc| doc.render())),
    ];
    document(
        properties,
        extras(CHILD_PROPERTIES, 0..5),
        type_member(CHILD_TYPE, false),
    )
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/// The members of a JSON object in document order, with their raw text.
struct Members(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for Members {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MembersVisitor;
        impl<'de> Visitor<'de> for MembersVisitor {
            type Value = Members;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members, A::Error> {
                let mut members = Vec::new();
                while let Some(entry) = map.next_entry::<String, Box<RawValue>>()? {
                    members.push(entry);
                }
                Ok(Members(members))
            }
        }
        deserializer.deserialize_map(MembersVisitor)
    }
}

fn fail(message: impl std::fmt::Display) -> TestCaseError {
    TestCaseError::fail(message.to_string())
}

/// Reads the document as `T` and checks everything the round trip promises:
///
/// - the written JSON equals the document (as `serde_json::Value`);
/// - reading from a reader gives an equal value, and from a `Value` an equal written JSON;
/// - writing is a fixed point: the written text reads and writes back to itself;
/// - the members are written in the documented order, and what the struct does not declare
///   is written back as its exact raw text (numbers, escapes and spacing included).
fn round_trip<T>(doc: &Doc, declared: &[&str], entity: bool) -> Result<T, TestCaseError>
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let text = doc.render();
    let expected: Value = serde_json::from_str(&text).map_err(|error| {
        fail(format!(
            "the generator wrote invalid JSON ({error}): {text}"
        ))
    })?;
    let parsed: T = serde_json::from_str(&text)
        .map_err(|error| fail(format!("could not read ({error}): {text}")))?;
    let written_value = serde_json::to_value(&parsed).map_err(fail)?;
    prop_assert_eq!(
        &written_value,
        &expected,
        "written back differs; document: {}",
        text
    );

    // Order and raw text of what is written.
    let written = serde_json::to_string(&parsed).map_err(fail)?;
    let Members(members) = serde_json::from_str(&written).map_err(fail)?;
    let names: Vec<&str> = members.iter().map(|(name, _)| name.as_str()).collect();
    prop_assert_eq!(
        names,
        doc.expected_write_order(declared, entity),
        "written: {}",
        written
    );
    for (name, raw) in &members {
        if name != "@odata.type" && !declared.contains(&name.as_str()) {
            prop_assert_eq!(
                Some(raw.get()),
                doc.get(name),
                "`{}` not written back as its raw text: {}",
                name,
                written
            );
        }
    }

    // Writing again gives the same text.
    let again: T = serde_json::from_str(&written).map_err(fail)?;
    prop_assert_eq!(
        serde_json::to_string(&again).map_err(fail)?,
        written.clone()
    );

    // The other ways in agree.
    let from_reader: T = serde_json::from_reader(text.as_bytes()).map_err(fail)?;
    prop_assert_eq!(&from_reader, &parsed, "from_reader differs");
    let from_slice: T = serde_json::from_slice(text.as_bytes()).map_err(fail)?;
    prop_assert_eq!(&from_slice, &parsed, "from_slice differs");
    // From a `Value`, kept values are the `Value`'s own spelling: numbers went through `f64`
    // and are compared as serde_json reads that spelling back (its default float parsing is not
    // correctly rounded, so `expected` itself may differ in the last bit).
    let from_value: T = serde_json::from_value(expected.clone())
        .map_err(|error| fail(format!("from_value failed ({error}): {text}")))?;
    prop_assert_eq!(
        serde_json::to_value(&from_value).map_err(fail)?,
        reparsed(&expected),
        "from_value: written back differs"
    );
    Ok(parsed)
}

/// `value` written and read back by serde_json.
fn reparsed(value: &Value) -> Value {
    serde_json::from_str(&value.to_string()).unwrap()
}

/// The JSON value of a member's raw text.
fn value_of(raw: &str) -> Value {
    serde_json::from_str(raw).unwrap()
}

/// Checks one `Option` field against the document: absent gives `None` and nothing kept,
/// `null` gives `None` and a kept `null`, a value gives `Some` of it; a value the field cannot
/// hold (an unknown enum member, when `open`) gives `None` and keeps the raw value.
fn check_optional<F: Serialize>(
    field: &Option<F>,
    data: &AdditionalData,
    doc: &Doc,
    name: &str,
    open: bool,
) -> Result<(), TestCaseError> {
    match (doc.get(name), field) {
        (None, field) => {
            prop_assert!(field.is_none(), "`{}` absent but read", name);
            prop_assert!(data.get(name).is_none(), "`{}` absent but kept", name);
        }
        (Some("null"), field) => {
            prop_assert!(field.is_none(), "`{}` null but read", name);
            prop_assert!(data.is_null(name), "`{}` null but not remembered", name);
        }
        (Some(raw), Some(value)) => {
            prop_assert_eq!(serde_json::to_value(value).unwrap(), value_of(raw));
            prop_assert!(data.get(name).is_none(), "`{}` read and kept", name);
        }
        (Some(raw), None) => {
            prop_assert!(open, "`{}` = {} not read", name, raw);
            let kept = data.get(name).map(|kept| value_of(kept.get()));
            prop_assert_eq!(kept, Some(value_of(raw)), "`{}` not kept", name);
        }
    }
    Ok(())
}

/// Checks a `Nullable` field against the document.
fn check_nullable<F: Serialize + Debug>(
    field: &Nullable<F>,
    doc: &Doc,
    name: &str,
) -> Result<(), TestCaseError> {
    match (doc.get(name), field) {
        (None, Nullable::Absent) | (Some("null"), Nullable::Null) => {}
        (Some(raw), Nullable::Value(value)) if raw != "null" => {
            prop_assert_eq!(serde_json::to_value(value).unwrap(), value_of(raw));
        }
        (raw, field) => prop_assert!(false, "`{}` is {:?} but read as {:?}", name, raw, field),
    }
    Ok(())
}

/// Checks the control information accessors against the document.
fn check_control(data: &AdditionalData, doc: &Doc) -> Result<(), TestCaseError> {
    let string = |name: &str| {
        doc.get(name)
            .and_then(|raw| serde_json::from_str::<String>(raw).ok())
    };
    prop_assert_eq!(data.etag().map(|s| s.into_owned()), string("@odata.etag"));
    prop_assert_eq!(data.odata_id().map(|s| s.into_owned()), string("@odata.id"));
    prop_assert_eq!(
        data.odata_context().map(|s| s.into_owned()),
        string("@odata.context")
    );
    for (name, raw) in &doc.members {
        if name.starts_with('@') && name != "@odata.type" {
            prop_assert_eq!(data.get(name).map(RawValue::get), Some(raw.as_str()));
        }
    }
    Ok(())
}

/// `doc` with the member at `from` given again at `to`.
fn with_duplicate(doc: &Doc, from: Index, to: Index) -> (Doc, String) {
    let mut doc = doc.clone();
    let member = doc.members[from.index(doc.members.len())].clone();
    let position = to.index(doc.members.len() + 1);
    doc.members.insert(position, member.clone());
    (doc, member.0)
}

fn check_duplicate_is_error<T: DeserializeOwned + Debug>(
    doc: &Doc,
    name: &str,
) -> Result<(), TestCaseError> {
    let text = doc.render();
    match serde_json::from_str::<T>(&text) {
        Ok(value) => Err(fail(format!(
            "`{name}` given twice was read as {value:?}: {text}"
        ))),
        Err(error) => {
            let message = error.to_string();
            prop_assert!(message.contains("given twice"), "{} for {}", message, text);
            prop_assert!(message.contains(&format!("`{name}`")), "{}", message);
            Ok(())
        }
    }
}

/// A type name that is not `odata_type` (with or without `#`).
fn wrong_type(odata_type: &'static str) -> impl Strategy<Value = String> {
    prop_oneof![
        "#microsoft\\.graph\\.[a-zA-Z]{1,20}",
        "microsoft\\.graph\\.[a-zA-Z]{1,20}",
        // Alias-qualified, and absolute URIs (OData JSON 4.01 §4.5.3).
        "#?graph\\.[a-zA-Z]{1,20}",
        "https://graph\\.microsoft\\.com/v1\\.0/\\$metadata#(microsoft\\.)?graph\\.[a-zA-Z]{1,20}",
        select(vec![
            "#microsoft.graph.entity",
            "#microsoft.graph.parentThing",
            "#microsoft.graph.childThing",
            "#microsoft.graph.testSettings",
            "#microsoft.graph.testNested",
            "#microsoft.graph.deviceManagementExchangeConnector",
            "#Microsoft.Graph.DeviceManagementExchangeConnector",
            "##microsoft.graph.childThing",
            "#",
            "",
        ])
        .prop_map(str::to_owned),
        text().prop_map(|text| format!("#{text}")),
        text(),
    ]
    .prop_filter("must not name the type", move |found| {
        named_type(found) != odata_type
    })
}

/// The namespace-qualified type an `@odata.type` value names, in the spellings the crate reads:
/// `#` or an `https:` URI before the name, and `graph.` for `microsoft.graph.`.
fn named_type(found: &str) -> String {
    let name = match found.split_once('#') {
        Some((uri, name)) if uri.is_empty() || uri.starts_with("https:") => name,
        _ => found,
    };
    match name.strip_prefix("graph.") {
        Some(simple) if !simple.contains('.') => format!("microsoft.graph.{simple}"),
        _ => name.to_owned(),
    }
}

fn check_wrong_type_is_error<T: DeserializeOwned + Debug>(
    doc: &Doc,
    found: &str,
    escape: bool,
    odata_type: &str,
) -> Result<(), TestCaseError> {
    let mut doc = doc.clone();
    let value = encode(found, escape);
    match doc
        .members
        .iter_mut()
        .find(|(name, _)| name == "@odata.type")
    {
        Some(member) => member.1 = value,
        None => doc.members.push(("@odata.type".to_owned(), value)),
    }
    let text = doc.render();
    match serde_json::from_str::<T>(&text) {
        Ok(value) => Err(fail(format!(
            "type `{found}` was read as {value:?}: {text}"
        ))),
        Err(error) => {
            let message = error.to_string();
            prop_assert!(
                message.contains(&format!("`{found}`")),
                "{} does not name `{}`",
                message,
                found
            );
            prop_assert!(
                message.contains(&format!("`#{odata_type}`")),
                "{} does not name `{}`",
                message,
                odata_type
            );
            Ok(())
        }
    }
}

/// Arbitrary JSON as a `Value`, its object keys often the declared names.
fn any_value(names: &'static [&'static str]) -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        text().prop_map(Value::String),
        timestamp().prop_map(Value::String),
        select(CONNECTOR_STATUSES).prop_map(Value::from),
        Just(Value::from(
            "#microsoft.graph.deviceManagementExchangeConnector"
        )),
        Just(Value::from("#microsoft.graph.childThing")),
    ];
    let key = prop_oneof![
        3 => select(names).prop_map(str::to_owned),
        1 => Just("@odata.type".to_owned()),
        1 => text(),
    ];
    leaf.prop_recursive(4, 32, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// A JSON value nested `levels` deep in arrays and objects, with strings holding brackets,
/// braces, quotes and backslashes at each level.
fn deep_value(levels: usize, noise: &[(bool, String)]) -> String {
    let mut value = "0".to_owned();
    for level in 0..levels {
        let (array, text) = &noise[level % noise.len()];
        value = if *array {
            format!("[{text},{value}]")
        } else {
            format!("{{{text}:{value}}}")
        };
    }
    value
}

/// Bytes that JSON documents are made of, for mutations (no `t` or `z`: a lowercase `t` or
/// `z` in a timestamp is read, and written uppercase).
const ALPHABET: &[u8] = b"{}[]\",:\\ 0123456789.-+eEfalsnru@#\x00\x1f\xff\xc3\xa9";

fn mutate(text: &str, edits: &[(Index, u8, u8)]) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    for (position, op, byte) in edits {
        let at = position.index(bytes.len() + 1);
        match op % 5 {
            0 if at < bytes.len() => bytes[at] = *byte,
            1 if at < bytes.len() => {
                bytes.remove(at);
            }
            4 => bytes.truncate(at),
            _ => bytes.insert(at, *byte),
        }
    }
    bytes
}

/// Whatever the input, reading returns; what reads writes a document that reads and writes back
/// to the same text, and when the input names its type, writing gives the same document back.
///
/// A kept value may hold an escaped lone surrogate (`"\ud800"`) or a number beyond `f64`
/// (`1e400`): the JSON grammar allows both, they are kept and written back as raw text, but
/// serde_json cannot read them as a `Value`. Any other input that reads but is not a `Value`
/// fails the property.
/// `bytes` read from a slice, from a reader and (when UTF-8) from a string: all three fail, or
/// all three give the same value.
fn check_readers_agree<T: DeserializeOwned + PartialEq + std::fmt::Debug>(
    bytes: &[u8],
) -> Result<(), TestCaseError> {
    let from_slice = serde_json::from_slice::<T>(bytes).ok();
    prop_assert_eq!(
        &serde_json::from_reader::<_, T>(bytes).ok(),
        &from_slice,
        "{}",
        String::from_utf8_lossy(bytes)
    );
    if let Ok(text) = std::str::from_utf8(bytes) {
        prop_assert_eq!(
            &serde_json::from_str::<T>(text).ok(),
            &from_slice,
            "{}",
            text
        );
    }
    Ok(())
}

fn check_any_input<T: Serialize + DeserializeOwned>(bytes: &[u8]) -> Result<(), TestCaseError> {
    let Ok(parsed) = serde_json::from_slice::<T>(bytes) else {
        return Ok(());
    };
    let lossy = String::from_utf8_lossy(bytes);
    let written = serde_json::to_string(&parsed).map_err(fail)?;
    let again: T = serde_json::from_str(&written)
        .map_err(|error| fail(format!("written text does not read ({error}): {written}")))?;
    prop_assert_eq!(serde_json::to_string(&again).map_err(fail)?, written);
    match serde_json::from_slice::<Value>(bytes) {
        Ok(original) => {
            if original.get("@odata.type").is_some() {
                prop_assert_eq!(
                    serde_json::to_value(&parsed).map_err(fail)?,
                    original,
                    "{}",
                    lossy
                );
            }
        }
        Err(error) => {
            let message = error.to_string();
            prop_assert!(
                message.contains("hex escape")
                    || message.contains("surrogate")
                    || message.contains("number out of range"),
                "read, but not JSON ({}): {}",
                message,
                lossy
            );
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

proptest! {
    // No failure persistence: a failing case is printed, not saved next to this file.
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        .. ProptestConfig::default()
    })]

    /// The shipped connector: every property absent, `null` or a value, unknown enum members,
    /// unknown properties, control information and annotations all round-trip.
    #[test]
    fn connector_documents_round_trip(doc in connector_doc()) {
        let connector: Connector = round_trip(&doc, CONNECTOR_PROPERTIES, true)?;
        let data = &connector.additional_data;
        check_optional(&connector.id, data, &doc, "id", false)?;
        check_optional(&connector.connector_server_name, data, &doc, "connectorServerName", false)?;
        check_optional(&connector.exchange_alias, data, &doc, "exchangeAlias", false)?;
        check_optional(
            &connector.exchange_connector_type, data, &doc, "exchangeConnectorType", true,
        )?;
        check_optional(
            &connector.exchange_organization, data, &doc, "exchangeOrganization", false,
        )?;
        check_optional(&connector.last_sync_date_time, data, &doc, "lastSyncDateTime", false)?;
        check_optional(&connector.primary_smtp_address, data, &doc, "primarySmtpAddress", false)?;
        check_optional(&connector.server_name, data, &doc, "serverName", false)?;
        check_optional(&connector.status, data, &doc, "status", true)?;
        check_optional(&connector.version, data, &doc, "version", false)?;
        check_control(data, &doc)?;
        prop_assert_eq!(connector.key(), connector.id.as_deref());
        if let Some(stamp) = connector.last_sync_date_time {
            let raw = doc.get("lastSyncDateTime").unwrap();
            prop_assert_eq!(stamp.to_string(), serde_json::from_str::<String>(raw).unwrap());
        }
    }

    /// A complex type with strings, booleans, integers, collections of strings, of a nested
    /// complex type and of enum members, a flags enum and a `Nullable`, with or without
    /// `@odata.type`.
    #[test]
    fn complex_documents_round_trip(doc in settings_doc()) {
        let settings: Settings = round_trip(&doc, SETTINGS_PROPERTIES, false)?;
        let data = &settings.additional_data;
        check_optional(&settings.display_name, data, &doc, "displayName", false)?;
        check_optional(&settings.is_enabled, data, &doc, "isEnabled", false)?;
        check_optional(&settings.retry_count, data, &doc, "retryCount", false)?;
        check_optional(&settings.quota_bytes, data, &doc, "quotaBytes", false)?;
        check_optional(&settings.tags, data, &doc, "tags", false)?;
        check_optional(&settings.items, data, &doc, "items", false)?;
        check_optional(&settings.channels, data, &doc, "channels", true)?;
        check_optional(&settings.shades, data, &doc, "shades", true)?;
        check_nullable(&settings.note, &doc, "note")?;
        prop_assert!(!data.is_null("note") && data.get("note").is_none());
        check_control(data, &doc)?;
        let given = doc
            .get("@odata.type")
            .map(|raw| serde_json::from_str::<String>(raw).unwrap());
        prop_assert_eq!(data.odata_type().map(|kept| kept.into_owned()), given);
    }

    /// A nested complex type read on its own.
    #[test]
    fn nested_complex_documents_round_trip(doc in nested_doc()) {
        let nested: Nested = round_trip(&doc, NESTED_PROPERTIES, false)?;
        check_optional(&nested.label, &nested.additional_data, &doc, "label", false)?;
        check_optional(&nested.weight, &nested.additional_data, &doc, "weight", false)?;
        check_nullable(&nested.seen, &doc, "seen")?;
        check_control(&nested.additional_data, &doc)?;
    }

    /// A derived entity: inherited and own properties, unknown properties, annotations, nulls.
    #[test]
    fn derived_documents_round_trip(doc in child_doc()) {
        let child: Child = round_trip(&doc, CHILD_PROPERTIES, true)?;
        let data = &child.base.additional_data;
        check_optional(&child.base.id, data, &doc, "id", false)?;
        check_optional(&child.base.display_name, data, &doc, "displayName", false)?;
        check_optional(&child.base.created_date_time, data, &doc, "createdDateTime", false)?;
        check_optional(&child.base.status, data, &doc, "status", true)?;
        check_optional(&child.own, data, &doc, "own", false)?;
        check_optional(&child.level, data, &doc, "level", false)?;
        check_optional(&child.shade, data, &doc, "shade", true)?;
        check_nullable(&child.comment, &doc, "comment")?;
        check_optional(&child.settings, data, &doc, "settings", false)?;
        check_control(data, &doc)?;
        prop_assert_eq!(child.key(), child.base.id.as_deref());
    }

    /// A document with one member given twice (a declared property, `@odata.type`, an unknown
    /// property or an annotation) is an error naming it.
    /// (Documents with many unknown properties, too: more than 16 kept entries are checked
    /// for duplicates another way.)
    #[test]
    fn connector_duplicates_are_errors(
        doc in prop_oneof![connector_doc(), connector_doc_with(12..30)],
        from in any::<Index>(),
        to in any::<Index>(),
    ) {
        let (doc, name) = with_duplicate(&doc, from, to);
        check_duplicate_is_error::<Connector>(&doc, &name)?;
    }

    #[test]
    fn complex_duplicates_are_errors(
        doc in settings_doc().prop_filter("needs a member", |doc| !doc.members.is_empty()),
        from in any::<Index>(),
        to in any::<Index>(),
    ) {
        let (doc, name) = with_duplicate(&doc, from, to);
        check_duplicate_is_error::<Settings>(&doc, &name)?;
    }

    #[test]
    fn derived_duplicates_are_errors(
        doc in child_doc(),
        from in any::<Index>(),
        to in any::<Index>(),
    ) {
        let (doc, name) = with_duplicate(&doc, from, to);
        check_duplicate_is_error::<Child>(&doc, &name)?;
    }

    /// A document naming another type is an error naming both types.
    #[test]
    fn connector_wrong_type_is_an_error(
        doc in connector_doc(), found in wrong_type(CONNECTOR_TYPE), escape in any::<bool>(),
    ) {
        check_wrong_type_is_error::<Connector>(&doc, &found, escape, CONNECTOR_TYPE)?;
    }

    /// A root complex type reads a value naming another type (a derived type, possibly one
    /// Graph added later) as itself, and keeps that type to write back: a response does not fail
    /// because Graph added a derived complex type.
    #[test]
    fn complex_other_type_is_kept(
        doc in settings_doc(), found in wrong_type(SETTINGS_TYPE), escape in any::<bool>(),
    ) {
        let mut doc = doc.clone();
        let value = encode(&found, escape);
        match doc.members.iter_mut().find(|(name, _)| name == "@odata.type") {
            Some(member) => member.1 = value,
            None => doc.members.push(("@odata.type".to_owned(), value)),
        }
        let text = doc.render();
        let read = serde_json::from_str::<Settings>(&text)
            .map_err(|error| fail(format!("{error}: {text}")))?;
        let kept = read.additional_data.get("@odata.type").map(|raw| serde_json::from_str::<String>(raw.get()).unwrap());
        prop_assert_eq!(kept.as_deref(), Some(found.as_str()));
        let written = serde_json::to_value(&read).unwrap();
        prop_assert_eq!(&written["@odata.type"], &Value::String(found));
        let again: Settings = serde_json::from_str(&serde_json::to_string(&read).unwrap()).unwrap();
        prop_assert_eq!(serde_json::to_value(&again).unwrap(), written);
    }

    #[test]
    fn derived_wrong_type_is_an_error(
        doc in child_doc(), found in wrong_type(CHILD_TYPE), escape in any::<bool>(),
    ) {
        check_wrong_type_is_error::<Child>(&doc, &found, escape, CHILD_TYPE)?;
    }

    /// Any bytes: reading returns a `Result`, never panics, and the same value from a slice,
    /// a reader (the owned-string path) and a string.
    #[test]
    fn any_bytes_are_read_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        check_readers_agree::<Connector>(&bytes)?;
        check_readers_agree::<Child>(&bytes)?;
        check_readers_agree::<Settings>(&bytes)?;
        let text = String::from_utf8_lossy(&bytes);
        check_readers_agree::<Connector>(text.as_bytes())?;
    }

    /// Valid documents with a few bytes changed: never a panic, and what still reads (and
    /// names its type) round-trips.
    #[test]
    fn mutated_documents_are_read_without_panic(
        doc in prop_oneof![connector_doc(), child_doc()],
        edits in prop::collection::vec((any::<Index>(), any::<u8>(), select(ALPHABET)), 1..4),
    ) {
        let bytes = mutate(&doc.render(), &edits);
        check_any_input::<Connector>(&bytes)?;
        check_any_input::<Child>(&bytes)?;
        check_readers_agree::<Connector>(&bytes)?;
        check_readers_agree::<Child>(&bytes)?;
    }

    /// Any JSON value, its keys often the declared names with values of the wrong JSON type:
    /// never a panic, and what reads (and names its type) round-trips.
    #[test]
    fn any_json_value_is_read_without_panic(
        value in any_value(CHILD_PROPERTIES),
        value2 in any_value(CONNECTOR_PROPERTIES),
    ) {
        for value in [value, value2] {
            let text = value.to_string();
            check_any_input::<Connector>(text.as_bytes())?;
            check_any_input::<Child>(text.as_bytes())?;
            check_any_input::<Settings>(text.as_bytes())?;
            if let Ok(connector) = serde_json::from_value::<Connector>(value.clone())
                && value.get("@odata.type").is_some()
            {
                prop_assert_eq!(serde_json::to_value(&connector).unwrap(), reparsed(&value));
            }
            // Read from the value itself (serde_json's `Value` deserializer), the same result.
            prop_assert_eq!(
                serde_json::from_value::<Child>(value.clone()).ok(),
                serde_json::from_str::<Child>(&text).ok()
            );
            prop_assert_eq!(
                serde_json::from_value::<Settings>(value).ok(),
                serde_json::from_str::<Settings>(&text).ok()
            );
        }
    }

    /// A kept value nests up to 128 levels (serde_json's recursion limit); deeper is an error
    /// naming the property, not a stack overflow.
    #[test]
    fn kept_values_nest_up_to_the_limit(
        levels in prop_oneof![1usize..400, 124usize..133],
        noise in prop::collection::vec((any::<bool>(), json_string()), 1..6),
    ) {
        let raw = deep_value(levels, &noise);
        let doc = format!(r##"{{"@odata.type":"#{CONNECTOR_TYPE}","deep":{raw}}}"##);
        match serde_json::from_str::<Connector>(&doc) {
            Ok(connector) => {
                prop_assert!(levels <= 128, "{} levels read", levels);
                prop_assert_eq!(serde_json::to_string(&connector).unwrap(), doc);
            }
            Err(error) => {
                prop_assert!(levels > 128, "{} levels: {}", levels, error);
                prop_assert!(
                    error.to_string().contains("`deep` nests deeper than 128 levels"),
                    "{}",
                    error
                );
            }
        }
    }

    /// Every generated timestamp reads, and writes back exactly as read.
    #[test]
    fn timestamps_write_back_as_read(text in timestamp()) {
        let parsed: DateTimeOffset = text.parse().map_err(fail)?;
        prop_assert_eq!(parsed.to_string(), text.clone());
        let json = encode(&text, false);
        let read: DateTimeOffset = serde_json::from_str(&json).map_err(fail)?;
        prop_assert_eq!(serde_json::to_string(&read).unwrap(), json);
    }

    /// A flags value with a member given more than once is written back as read.
    #[test]
    fn flags_with_repeated_members_round_trip(
        mut members in prop::collection::vec(select(CHANNELS), 1..4),
        from in any::<Index>(),
        to in any::<Index>(),
    ) {
        let repeated = members[from.index(members.len())];
        members.insert(to.index(members.len() + 1), repeated);
        let value = members.join(",");
        let doc = format!(r#"{{"channels":"{value}"}}"#);
        let settings: Settings = serde_json::from_str(&doc).map_err(fail)?;
        prop_assert_eq!(serde_json::to_string(&settings).unwrap(), doc);
    }
}

// ---------------------------------------------------------------------------------------------
// Fixed cases: raw text is kept byte for byte
// ---------------------------------------------------------------------------------------------

#[test]
fn numbers_and_escapes_are_written_back_as_raw_text() {
    let cases = [
        "1.10",
        "1E2",
        "-0",
        "-0.0",
        "1e-7",
        "100000000000000000000000000001",
        "18446744073709551616",
        "-9223372036854775809",
        "0.30000000000000000000001",
        r#""\u00e9\/\ud83d\ude00""#,
        r#"[1.0, {"a" : 2.50}]"#,
    ];
    for raw in cases {
        let doc = format!(
            r##"{{"@odata.type":"#{CONNECTOR_TYPE}","@odata.etag":{raw},"status":"connected","newProperty":{raw}}}"##
        );
        let connector: Connector = serde_json::from_str(&doc).unwrap();
        assert_eq!(
            connector.additional_data.get("newProperty").unwrap().get(),
            raw
        );
        assert_eq!(
            connector.additional_data.get("@odata.etag").unwrap().get(),
            raw
        );
        assert_eq!(serde_json::to_string(&connector).unwrap(), doc);
        let child_doc =
            format!(r##"{{"@odata.type":"#{CHILD_TYPE}","id":"1","x@odata.type":{raw}}}"##);
        let child: Child = serde_json::from_str(&child_doc).unwrap();
        assert_eq!(serde_json::to_string(&child).unwrap(), child_doc);
    }
}

#[test]
fn lowercase_timestamp_separators_are_written_uppercase() {
    let doc = format!(
        r##"{{"@odata.type":"#{CONNECTOR_TYPE}","lastSyncDateTime":"2024-05-01t10:00:00.5z"}}"##
    );
    let connector: Connector = serde_json::from_str(&doc).unwrap();
    assert_eq!(
        serde_json::to_string(&connector).unwrap(),
        doc.replace("01t10", "01T10").replace("5z", "5Z")
    );
}
