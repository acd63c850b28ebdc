//! Every Edm scalar and shape the CSDL uses, inside a declared type: single values, collections
//! of each, complex types nested in collections, flags enums, and the three states of a
//! property; each round-trips on its edge cases, and bad inputs are errors naming the property.

use graph_entity::edm::DateTimeOffset;
use graph_entity::edm::{Binary, Date, Decimal, Double, Duration, Guid, Int64, TimeOfDay};
use graph_entity::{AdditionalData, Flags, GraphComplex, GraphEntity, GraphEnum, Nullable};
use serde_json::{Value, json};

/// A flags enum (`IsFlags="true"`), like `microsoft.graph.notificationTemplateBrandingOptions`.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
#[graph(flags)]
enum Branding {
    None,
    IncludeCompanyLogo,
    IncludeCompanyName,
    IncludeContactInformation,
}

/// A complex type held in a collection.
#[derive(GraphEntity, Clone, Debug, PartialEq, Default)]
#[graph(odata_type = "microsoft.graph.keyValuePair")]
struct KeyValuePair {
    name: Option<String>,
    value: Option<String>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

/// One property of every Edm type, and a collection of each.
#[derive(GraphEntity, Clone, Debug, PartialEq, Default)]
#[graph(odata_type = "microsoft.graph.edmSample")]
struct EdmSample {
    string: Option<String>,
    boolean: Option<bool>,
    byte: Option<u8>,
    sbyte: Option<i8>,
    int16: Option<i16>,
    int32: Option<i32>,
    int64: Option<Int64>,
    single: Option<f32>,
    double: Option<Double>,
    decimal: Option<Decimal>,
    guid: Option<Guid>,
    binary: Option<Binary>,
    date: Option<Date>,
    time_of_day: Option<TimeOfDay>,
    duration: Option<Duration>,
    date_time_offset: Option<DateTimeOffset>,
    strings: Option<Vec<String>>,
    booleans: Option<Vec<bool>>,
    bytes: Option<Vec<u8>>,
    int32s: Option<Vec<i32>>,
    int64s: Option<Vec<Int64>>,
    doubles: Option<Vec<Double>>,
    decimals: Option<Vec<Decimal>>,
    guids: Option<Vec<Guid>>,
    binaries: Option<Vec<Binary>>,
    dates: Option<Vec<Date>>,
    times_of_day: Option<Vec<TimeOfDay>>,
    durations: Option<Vec<Duration>>,
    date_time_offsets: Option<Vec<DateTimeOffset>>,
    branding: Option<Flags<Branding>>,
    pairs: Option<Vec<KeyValuePair>>,
    note: Nullable<String>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

fn round_trip(document: &Value) -> EdmSample {
    let text = document.to_string();
    let sample: EdmSample =
        serde_json::from_str(&text).unwrap_or_else(|error| panic!("{error}\nin {text}"));
    assert_eq!(&serde_json::to_value(&sample).unwrap(), document, "{text}");
    // The same through `from_value`.
    let again: EdmSample = serde_json::from_value(document.clone()).unwrap();
    assert_eq!(&serde_json::to_value(&again).unwrap(), document);
    sample
}

fn document(properties: Value) -> Value {
    let mut document = json!({"@odata.type": "#microsoft.graph.edmSample"});
    if let (Value::Object(into), Value::Object(from)) = (&mut document, properties) {
        into.extend(from);
    }
    document
}

#[test]
fn the_sample_is_a_complex_type() {
    assert_eq!(
        <EdmSample as GraphComplex>::ODATA_TYPE,
        "microsoft.graph.edmSample"
    );
    assert_eq!(<EdmSample as GraphComplex>::PROPERTIES.len(), 32);
    assert_eq!(<KeyValuePair as GraphComplex>::BASE_TYPE, None);
}

#[test]
fn scalar_edge_cases_round_trip() {
    let edges = [
        json!({"string": "", "boolean": false, "byte": 0, "sbyte": -128, "int16": -32768, "int32": -2147483648}),
        json!({"string": "é\"\\\n\u{1F600}", "boolean": true, "byte": 255, "sbyte": 127, "int16": 32767, "int32": 2147483647}),
        json!({"int64": 9007199254740993_i64, "single": 1.5, "double": 1.5}),
        json!({"int64": i64::MAX, "double": -0.0}),
        json!({"int64": i64::MIN, "double": "INF"}),
        json!({"int64": "9007199254740993", "double": "-INF"}),
        json!({"int64": "-42", "double": "NaN"}),
        json!({"double": 1e300, "decimal": 0}),
        json!({"decimal": "123.450"}),
        json!({"guid": "00000000-0000-0000-0000-000000000000", "binary": ""}),
        json!({"guid": "98CDC9E4-C9E4-98CD-E4C9-CD98E4C9CD98", "binary": "AAECAwQ="}),
        json!({"binary": "-_8", "date": "0001-01-01", "time_of_day": "00:00:00"}),
        json!({"binary": "+/8=", "date": "9999-12-31", "time_of_day": "23:59:59.9999999"}),
        json!({"date": "2024-02-29", "time_of_day": "12:30:00.000"}),
        json!({"duration": "PT1H30M"}),
        json!({"duration": "P1DT2H"}),
        json!({"duration": "-PT5S"}),
        json!({"duration": "PT0S"}),
        json!({"duration": "PT90M"}),
        json!({"duration": "P3DT0.5S"}),
        json!({"date_time_offset": "0001-01-01T00:00:00Z"}),
        json!({"date_time_offset": "2017-01-01T00:02:49.3205976-08:00"}),
    ];
    for edge in edges {
        // Field names are lowerCamelCase on the wire.
        let renamed: serde_json::Map<String, Value> = edge
            .as_object()
            .unwrap()
            .iter()
            .map(|(name, value)| (camel(name), value.clone()))
            .collect();
        round_trip(&document(Value::Object(renamed)));
    }
}

fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for ch in name.chars() {
        if ch == '_' {
            upper = true;
        } else if upper {
            out.extend(ch.to_uppercase());
            upper = false;
        } else {
            out.push(ch);
        }
    }
    out
}

#[test]
fn values_read_exactly() {
    let document = document(json!({
        "int64": 9007199254740993_i64,
        "double": "NaN",
        "guid": "98cdc9e4-c9e4-98cd-e4c9-cd98e4c9cd98",
        "binary": "AAECAwQ=",
        "duration": "P1DT2H",
        "timeOfDay": "12:30:00.5",
    }));
    let sample = round_trip(&document);
    assert_eq!(sample.int64.map(|n| n.0), Some(9_007_199_254_740_993));
    assert!(sample.double.unwrap().0.is_nan());
    assert_eq!(sample.binary.unwrap().0, vec![0, 1, 2, 3, 4]);
    assert_eq!(
        sample.duration.unwrap().to_std(),
        Some(std::time::Duration::from_secs(26 * 3600))
    );
    assert_eq!(sample.time_of_day.unwrap().fraction_digits(), 1);
}

#[test]
fn exact_text_is_kept_where_json_values_would_not_show_it() {
    let text = r##"{"@odata.type":"#microsoft.graph.edmSample","int64":9223372036854775807,"decimal":123456789012345678901234567890.000000000000000001,"decimals":[1.10,2E+3],"unknown":1.10}"##;
    let sample: EdmSample = serde_json::from_str(text).unwrap();
    assert_eq!(serde_json::to_string(&sample).unwrap(), text);
}

#[test]
fn collections_of_every_type_round_trip() {
    round_trip(&document(json!({
        "strings": ["", "a", "é"],
        "booleans": [true, false],
        "bytes": [0, 255],
        "int32s": [-1, 0, 1],
        "int64s": [1, "2", -9007199254740993_i64],
        "doubles": [1.5, "INF", "-INF", "NaN", 0],
        "decimals": [0.1, "0.2"],
        "guids": ["98cdc9e4-c9e4-98cd-e4c9-cd98e4c9cd98"],
        "binaries": ["", "AA==", "_w"],
        "dates": ["2024-05-01", "0001-01-01"],
        "timesOfDay": ["00:00:00", "23:59:59.123"],
        "durations": ["PT1H30M", "-PT5S", "P1D"],
        "dateTimeOffsets": ["2024-05-01T10:00:00Z", "2017-01-01T00:02:54.239458+03:00"],
    })));
    round_trip(&document(json!({"strings": [], "int64s": [], "pairs": []})));
}

#[test]
fn complex_types_nest_in_collections_and_keep_what_they_do_not_model() {
    let document = document(json!({
        "pairs": [
            {"name": "a", "value": "1"},
            {"@odata.type": "#microsoft.graph.keyValuePair", "name": "b", "value": null},
            {"name": "c", "extra": {"deep": [1, 2]}},
        ],
    }));
    let sample = round_trip(&document);
    let pairs = sample.pairs.unwrap();
    assert_eq!(pairs[0].name.as_deref(), Some("a"));
    assert!(pairs[1].additional_data.is_null("value"));
    assert!(pairs[2].additional_data.get("extra").is_some());
}

#[test]
fn flags_enums_round_trip_and_keep_unknown_members() {
    let sample = round_trip(&document(
        json!({"branding": "includeCompanyLogo,includeContactInformation"}),
    ));
    let branding = sample.branding.unwrap();
    assert!(branding.contains(Branding::IncludeCompanyLogo));
    assert!(!branding.contains(Branding::IncludeCompanyName));
    round_trip(&document(json!({"branding": "none"})));
    round_trip(&document(json!({"branding": ""})));
    // A member added after this build: the object still reads, and the value is kept.
    let sample = round_trip(&document(
        json!({"branding": "includeCompanyLogo,includeBanner"}),
    ));
    assert_eq!(sample.branding, None);
}

#[test]
fn three_states_round_trip() {
    for note in [json!("text"), Value::Null] {
        let sample = round_trip(&document(json!({"note": note, "string": null})));
        assert_eq!(sample.note.is_null(), note.is_null());
        assert!(sample.additional_data.is_null("string"));
    }
    let sample = round_trip(&document(json!({})));
    assert_eq!(sample.note, Nullable::Absent);
    assert!(!sample.additional_data.is_null("string"));
}

#[test]
fn bad_inputs_are_errors_naming_the_property() {
    let bad = [
        ("boolean", json!("true"), "invalid type"),
        ("byte", json!(256), "invalid value"),
        ("sbyte", json!(-129), "invalid value"),
        ("int16", json!(40000), "invalid value"),
        ("int32", json!(1.5), "invalid type"),
        (
            "int64",
            json!(1.5),
            "floating point `1.5`, expected an Edm.Int64",
        ),
        ("int64", json!("12a"), "12a"),
        (
            "int64",
            json!(u64::MAX),
            "18446744073709551615 is out of range for an Edm.Int64",
        ),
        ("double", json!("inf"), "inf"),
        ("double", json!(true), "invalid type"),
        ("decimal", json!("1.2.3"), r#"invalid Edm.Decimal "1.2.3""#),
        (
            "guid",
            json!("{98cdc9e4-c9e4-98cd-e4c9-cd98e4c9cd98}"),
            "38 bytes long instead of 36",
        ),
        ("guid", json!(7), "invalid type"),
        ("binary", json!("AA=A"), "padding `=` at position 2"),
        ("date", json!("2023-02-29"), "2023-02-29"),
        ("timeOfDay", json!("24:00:00"), "24:00:00"),
        ("duration", json!("P1Y"), "P1Y"),
        (
            "duration",
            json!("PT"),
            "no hours, minutes or seconds after `T`",
        ),
        (
            "dateTimeOffset",
            json!("2024-05-01T10:00:00"),
            "invalid Edm.DateTimeOffset \"2024-05-01T10:00:00\": missing offset; expected \
             YYYY-MM-DDTHH:MM:SS[.fffffff](Z|±HH:MM)",
        ),
        ("strings", json!("not a list"), "invalid type"),
        (
            "int64s",
            json!([1, 2.5]),
            "floating point `2.5`, expected an Edm.Int64",
        ),
        ("pairs", json!([{"name": 1}]), "property `name`"),
        ("branding", json!(3), "invalid type"),
        ("note", json!(5), "invalid type"),
    ];
    for (name, value, fragment) in bad {
        let document = document(json!({ name: value }));
        let message = serde_json::from_value::<EdmSample>(document.clone())
            .err()
            .unwrap_or_else(|| panic!("{document} should not read"))
            .to_string();
        assert!(message.contains(&format!("property `{name}`")), "{message}");
        assert!(
            !fragment.is_empty() && message.contains(fragment),
            "{message}"
        );
        // The same from text (the borrowed path).
        assert!(serde_json::from_str::<EdmSample>(&document.to_string()).is_err());
    }
}
