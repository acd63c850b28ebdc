//! The documented behaviour of an enum member the enum does not know (crate docs, "Enum members
//! added later"): an `Option` or `Nullable` property of the enum, of a `Vec` of it or of
//! `Flags` of it never fails the object, and keeps the raw value; a required one fails, naming
//! the property and the member.

use graph_entity::{AdditionalData, Flags, GraphEntity, GraphEnum, Nullable};
use serde_json::json;

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
#[graph(odata_type = "microsoft.graph.colour")]
enum Colour {
    Red,
    Blue,
}

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
#[graph(flags)]
enum Channel {
    Email,
    Sms,
}

#[derive(GraphEntity, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.palette")]
struct Palette {
    id: Option<String>,
    optional: Option<Colour>,
    nullable: Nullable<Colour>,
    list: Option<Vec<Colour>>,
    channels: Option<Flags<Channel>>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

#[derive(GraphEntity, Debug)]
#[graph(odata_type = "microsoft.graph.strictPalette")]
struct StrictPalette {
    required: Colour,
}

#[derive(GraphEntity, Debug)]
#[graph(odata_type = "microsoft.graph.strictList")]
struct StrictList {
    required: Vec<Colour>,
}

/// Without `additional_data`: the unknown member is dropped, and still fails nothing.
#[derive(GraphEntity, Debug)]
#[graph(odata_type = "microsoft.graph.leanPalette")]
struct LeanPalette {
    optional: Option<Colour>,
}

#[test]
fn an_optional_property_never_fails_and_keeps_the_member() {
    let document = json!({
        "@odata.type": "#microsoft.graph.palette",
        "id": "p",
        "optional": "ultraviolet",
        "nullable": "infrared",
        "list": ["red", "octarine"],
        "channels": "email,pigeon",
    });
    let palette: Palette = serde_json::from_value(document.clone()).unwrap();
    assert_eq!(palette.optional, None);
    assert_eq!(palette.nullable, Nullable::Absent);
    assert_eq!(palette.list, None);
    assert_eq!(palette.channels, None);
    let kept = |name: &str| palette.additional_data.get(name).map(|raw| raw.get());
    assert_eq!(kept("optional"), Some(r#""ultraviolet""#));
    assert_eq!(kept("nullable"), Some(r#""infrared""#));
    assert_eq!(kept("list"), Some(r#"["red","octarine"]"#));
    assert_eq!(kept("channels"), Some(r#""email,pigeon""#));
    assert_eq!(serde_json::to_value(&palette).unwrap(), document);

    // Known members read as values, as always.
    let known: Palette = serde_json::from_value(json!({
        "optional": "red", "nullable": "blue", "list": ["blue"], "channels": "sms",
    }))
    .unwrap();
    assert_eq!(known.optional, Some(Colour::Red));
    assert_eq!(known.nullable, Nullable::Value(Colour::Blue));
    assert_eq!(known.list, Some(vec![Colour::Blue]));
    assert!(
        known
            .channels
            .is_some_and(|channels| channels.contains(Channel::Sms))
    );

    let lean: LeanPalette = serde_json::from_value(json!({ "optional": "ultraviolet" })).unwrap();
    assert_eq!(lean.optional, None);
}

#[test]
fn a_required_property_fails_naming_the_property_and_the_member() {
    let error = serde_json::from_value::<StrictPalette>(json!({ "required": "ultraviolet" }))
        .unwrap_err()
        .to_string();
    assert!(error.contains("property `required`"), "{error}");
    assert!(
        error.contains("`ultraviolet` is not a member of microsoft.graph.colour"),
        "{error}"
    );
    let error = serde_json::from_value::<StrictList>(json!({ "required": ["red", "octarine"] }))
        .unwrap_err()
        .to_string();
    assert!(error.contains("property `required`"), "{error}");
    assert!(error.contains("`octarine` is not a member"), "{error}");

    // A known member reads.
    let strict: StrictPalette = serde_json::from_value(json!({ "required": "blue" })).unwrap();
    assert_eq!(strict.required, Colour::Blue);
}
