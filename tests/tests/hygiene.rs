//! The derives expand to code that names nothing from the caller's scope: it compiles inside a
//! module that shadows the prelude and has its own `serde`.

#![allow(dead_code, non_camel_case_types, clippy::upper_case_acronyms)]

mod shadowed {
    // Every prelude name the generated code could reach for, shadowed.
    pub struct Result;
    pub struct Option;
    pub struct String;
    pub struct Vec;
    pub struct Box;
    pub struct Some;
    pub struct None;
    pub struct Ok;
    pub struct Err;
    pub struct Default;
    pub trait Clone {}
    pub mod serde {
        pub struct Serialize;
        pub struct Deserialize;
    }
    pub mod core {}
    pub mod std {}
    pub mod graph_entity {}
    pub mod __private {}

    type Text = ::std::string::String;

    #[derive(::graph_entity::GraphEnum, Debug, PartialEq, Eq, Copy, ::core::clone::Clone)]
    pub enum Colour {
        Red,
        #[graph(rename = "greenish")]
        Green,
    }

    #[derive(::graph_entity::GraphEntity, Debug, PartialEq)]
    #[graph(odata_type = "microsoft.graph.paint")]
    pub struct Paint {
        pub colour: ::core::option::Option<Colour>,
        pub code: Text,
    }

    #[derive(::graph_entity::GraphEntity, Debug, PartialEq)]
    #[graph(
        base = "entity",
        odata_type = "microsoft.graph.thing",
        path = "/things",
        action = "paint"
    )]
    pub struct Thing {
        pub id: ::core::option::Option<Text>,
        pub r#type: ::core::option::Option<Text>,
        pub count: i32,
        pub colours: ::core::option::Option<::std::vec::Vec<Colour>>,
        pub paint: ::core::option::Option<Paint>,
        #[graph(additional_data)]
        pub rest: ::graph_entity::AdditionalData,
    }
}

use graph_entity::GraphEntity;
use shadowed::{Colour, Thing};

#[test]
fn derives_work_in_a_module_that_shadows_the_prelude_and_serde() {
    let json = serde_json::json!({
        "@odata.type": "#microsoft.graph.thing",
        "id": "t/1",
        "type": "box",
        "count": 3,
        "colours": ["red", "greenish"],
        "paint": {"colour": "red", "code": "R1"},
        "extra": true,
    });
    let thing: Thing = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(thing.colours, Some(vec![Colour::Red, Colour::Green]));
    assert_eq!(thing.key(), Some("t/1"));
    assert_eq!(serde_json::to_value(&thing).unwrap(), json);
    assert_eq!(Thing::ITEM_PATH, "/things/{id}");
    assert_eq!(Thing::paint("t/1").to_string(), "POST /things/t%2F1/paint");
    assert_eq!("greenish".parse::<Colour>(), Ok(Colour::Green));
    assert_eq!(Colour::Red.to_string(), "red");
}
