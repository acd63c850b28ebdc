//! The derives expand to code that names nothing from the caller's scope: it compiles inside a
//! module that shadows the prelude and has its own `serde`.

#![allow(dead_code, non_camel_case_types, clippy::upper_case_acronyms)]
// The bounds on a base type are under a binder whose lifetime is unused (see `base_where` in
// the derive's `expand.rs`): the generated items allow the lint, so a crate that denies it compiles.
#![deny(unused_lifetimes)]

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

/// `#![no_implicit_prelude]`: not even `Option`, `From`, `Default` or `Vec` are in scope, and
/// every attribute the three derives accept is used.
mod no_prelude {
    #![no_implicit_prelude]

    type Text = ::std::string::String;

    #[derive(
        ::graph_entity::GraphEnum,
        ::core::fmt::Debug,
        ::core::cmp::PartialEq,
        ::core::clone::Clone,
        ::core::marker::Copy,
    )]
    #[graph(odata_type = "microsoft.graph.shade", crate = "::graph_entity")]
    pub enum Shade {
        Light,
        #[graph(rename = "darkish")]
        Dark,
    }

    #[derive(
        ::graph_entity::GraphEnum,
        ::core::fmt::Debug,
        ::core::cmp::PartialEq,
        ::core::clone::Clone,
        ::core::marker::Copy,
    )]
    #[graph(flags)]
    pub enum Finish {
        Matte,
        Gloss,
    }

    #[derive(::graph_entity::GraphEntity, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[graph(odata_type = "microsoft.graph.coat", crate = "::graph_entity")]
    pub struct Coat {
        pub shade: ::core::option::Option<Shade>,
        pub finish: ::core::option::Option<::graph_entity::Flags<Finish>>,
    }

    #[derive(::graph_entity::GraphEntity, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[graph(odata_type = "microsoft.graph.glossCoat", complex)]
    pub struct GlossCoat {
        #[graph(base)]
        pub coat: Coat,
        pub sheen: ::core::option::Option<i32>,
    }

    #[derive(::graph_entity::GraphEntity, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[graph(parameters)]
    pub struct RepaintParameters {
        pub shade: Shade,
    }

    #[derive(::graph_entity::GraphEntity, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[graph(
        base = "entity",
        odata_type = "microsoft.graph.wall",
        path = "/walls",
        action = "sand",
        action(name = "repaint", parameters = RepaintParameters),
        also_reads = "microsoft.graph.plainWall",
        crate = "::graph_entity"
    )]
    pub struct Wall {
        #[graph(key)]
        pub id: ::core::option::Option<Text>,
        #[graph(rename = "label")]
        pub name: ::core::option::Option<Text>,
        #[graph(read_only)]
        pub created: ::core::option::Option<Text>,
        pub height: i32,
        pub coats: ::core::option::Option<::std::vec::Vec<Coat>>,
        pub top: ::graph_entity::Nullable<GlossCoat>,
        #[graph(additional_data)]
        pub rest: ::graph_entity::AdditionalData,
    }

    #[derive(::graph_entity::GraphEntity, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[graph(odata_type = "microsoft.graph.tiledWall", action = "grout")]
    pub struct TiledWall {
        #[graph(base)]
        pub wall: Wall,
        pub tiles: ::core::option::Option<i64>,
    }

    /// An abstract derived type (`abstract`), and a concrete one derived from it.
    #[derive(::graph_entity::GraphEntity, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[graph(odata_type = "microsoft.graph.paintedWall", abstract)]
    pub struct PaintedWall {
        #[graph(base)]
        pub wall: Wall,
        pub colour: ::core::option::Option<Text>,
    }

    #[derive(::graph_entity::GraphEntity, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[graph(odata_type = "microsoft.graph.muralWall", crate = "::graph_entity")]
    pub struct MuralWall {
        #[graph(base)]
        pub painted: PaintedWall,
        pub artist: ::core::option::Option<Text>,
    }

    /// A projection of a derived type, with a field of its base, a renamed one, a complex
    /// one, and its additional data.
    #[derive(::graph_entity::GraphEntity, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[graph(projection_of = TiledWall, crate = "::graph_entity")]
    pub struct TiledWallRow {
        #[graph(rename = "label")]
        pub title: ::core::option::Option<Text>,
        pub tiles: ::core::option::Option<i64>,
        pub top: ::graph_entity::Nullable<GlossCoat>,
        #[graph(additional_data)]
        pub rest: ::graph_entity::AdditionalData,
    }

    /// A typed query, with the generated property names of a derived type and of its base.
    pub fn tiled_walls_query() -> ::graph_entity::query::Query<TiledWall> {
        ::graph_entity::query::Query::<TiledWall>::typed()
            .select([TiledWall::TILES])
            .select([Wall::ID, Wall::NAME])
            .filter(::graph_entity::query::prop(Wall::HEIGHT).gt(2))
            .order_by(Wall::NAME, ::graph_entity::query::Order::Descending)
    }

    /// Addressing: a singleton containing a collection and a single entity, a derived type with
    /// an entity set of its own, bound and collection-bound functions and actions.
    #[derive(::graph_entity::GraphEntity, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[graph(
        base = "entity",
        odata_type = "microsoft.graph.house",
        singleton = "/house",
        contains(name = "walls", target = Wall),
        contains(name = "roof", target = Wall, single, allows(get, replace)),
        navigation(name = "neighbours", target = StoneWall, references, admits(StoneWall)),
        navigation(name = "nextDoor", target = StoneWall, single, references),
        navigation(name = "builtOf", target = Wall, creates),
        function(name = "measure", parameters = MeasureParameters, returns = i64),
        action(name = "clean", returns = ()),
        crate = "::graph_entity"
    )]
    pub struct House {
        pub id: ::core::option::Option<Text>,
    }

    #[derive(::graph_entity::GraphEntity, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[graph(parameters)]
    pub struct MeasureParameters {
        pub unit: Shade,
        pub label: ::core::option::Option<Text>,
    }

    #[derive(::graph_entity::GraphEntity, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[graph(
        odata_type = "microsoft.graph.stoneWall",
        path = "/stoneWalls",
        function(name = "delta", collection, returns = ::graph_entity::page::Page<StoneWall>),
        action(name = "point", collection)
    )]
    pub struct StoneWall {
        #[graph(base)]
        pub wall: Wall,
    }

    /// A keyless entity type: a singleton with no key, containing a keyed collection and a
    /// keyless single entity, with a bound action.
    #[derive(::graph_entity::GraphEntity, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[graph(
        odata_type = "microsoft.graph.street",
        keyless,
        singleton = "/street",
        contains(name = "houses", target = House),
        contains(name = "square", target = Square, single),
        action(name = "sweep", parameters = MeasureParameters, returns = i64),
        crate = "::graph_entity"
    )]
    pub struct Street {
        pub name: ::core::option::Option<Text>,
        #[graph(additional_data)]
        pub rest: ::graph_entity::AdditionalData,
    }

    #[derive(::graph_entity::GraphEntity, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[graph(odata_type = "microsoft.graph.square", keyless)]
    pub struct Square {}

    #[derive(::graph_entity::GraphPolymorphic, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[graph(crate = "::graph_entity")]
    pub enum AnyWall {
        Tiled(TiledWall),
        #[graph(other)]
        Other(Wall),
    }
}

#[test]
fn abstract_types_work_without_the_implicit_prelude() {
    use graph_entity::GraphEntity;
    let flags = [
        no_prelude::PaintedWall::ABSTRACT,
        no_prelude::MuralWall::ABSTRACT,
        no_prelude::Wall::ABSTRACT,
    ];
    assert_eq!(flags, [true, false, false]);
    let mural = no_prelude::MuralWall {
        painted: no_prelude::PaintedWall {
            wall: no_prelude::Wall {
                id: None,
                name: None,
                created: None,
                height: 3,
                coats: None,
                top: graph_entity::Nullable::Absent,
                rest: graph_entity::AdditionalData::default(),
            },
            colour: Some("ochre".to_owned()),
        },
        artist: None,
    };
    let create = mural.create_with().unwrap();
    assert_eq!(create.to_string(), "POST /walls");
    assert_eq!(
        create.body().unwrap(),
        br##"{"@odata.type":"#microsoft.graph.muralWall","height":3,"colour":"ochre"}"##
    );
}

#[test]
fn generated_property_names_work_without_the_implicit_prelude() {
    assert_eq!(
        no_prelude::tiled_walls_query().to_string(),
        "?$select=tiles,id,label&$filter=height%20gt%202&$orderby=label%20desc",
    );
    assert_eq!(no_prelude::Coat::SHADE.name(), "shade");
    assert_eq!(no_prelude::GlossCoat::SHEEN.name(), "sheen");
    assert_eq!(shadowed::Thing::TYPE.name(), "type");
}

#[test]
fn derives_work_in_a_module_without_the_implicit_prelude() {
    use graph_entity::Nullable;
    use no_prelude::{AnyWall, RepaintParameters, Shade, TiledWall, Wall, WallPatch};

    let json = serde_json::json!({
        "@odata.type": "#microsoft.graph.tiledWall",
        "id": "w/1",
        "label": "north",
        "created": "today",
        "height": 3,
        "coats": [{"shade": "darkish", "finish": "matte,gloss"}],
        "top": {
            "@odata.type": "#microsoft.graph.glossCoat",
            "shade": "light",
            "sheen": 7
        },
        "tiles": 12,
        "extra": [1]
    });
    let any: AnyWall = serde_json::from_value(json.clone()).unwrap();
    let AnyWall::Tiled(tiled) = &any else {
        panic!("read as {any:?}");
    };
    assert_eq!(tiled.key(), Some("w/1"));
    assert_eq!(tiled.wall.name.as_deref(), Some("north"));
    assert_eq!(
        tiled.wall.coats.as_ref().unwrap()[0].shade,
        Some(Shade::Dark)
    );
    assert_eq!(any.odata_type(), "microsoft.graph.tiledWall");
    assert_eq!(serde_json::to_value(&any).unwrap(), json);
    let again: TiledWall = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(&again, tiled);

    // `also_reads`: a plain wall reads as a wall, its type kept.
    let plain = serde_json::json!({"@odata.type": "#microsoft.graph.plainWall", "height": 2});
    let wall: Wall = serde_json::from_value(plain.clone()).unwrap();
    assert_eq!(serde_json::to_value(&wall).unwrap(), plain);

    assert_eq!(Wall::ITEM_PATH, "/walls/{id}");
    assert_eq!(TiledWall::COLLECTION_PATH, "/walls");
    assert_eq!(Wall::sand("w1").to_string(), "POST /walls/w1/sand");
    assert_eq!(TiledWall::grout("w1").to_string(), "POST /walls/w1/grout");
    let repaint = Wall::repaint(
        "w1",
        &RepaintParameters {
            shade: Shade::Light,
        },
    )
    .unwrap();
    assert_eq!(repaint.to_string(), "POST /walls/w1/repaint");
    assert_eq!(repaint.body(), Some(&br#"{"shade":"light"}"#[..]));
    assert_eq!(TiledWall::get("w1").to_string(), "GET /walls/w1");

    let patch = WallPatch::default().name(None).height(4);
    assert_eq!(patch.name, Nullable::Null);
    let update = Wall::update_with("w1", &patch).unwrap();
    assert_eq!(update.to_string(), "PATCH /walls/w1");
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(update.body().unwrap()).unwrap(),
        serde_json::json!({"label": null, "height": 4}),
    );
    let create = tiled.wall.create_with().unwrap();
    let body: serde_json::Value = serde_json::from_slice(create.body().unwrap()).unwrap();
    assert_eq!(create.to_string(), "POST /walls");
    assert_eq!(body.get("id"), None);
    assert_eq!(body.get("created"), None);
    assert_eq!(body["label"], "north");
}

#[test]
fn typed_paths_work_without_the_implicit_prelude() {
    use graph_entity::GraphEntity;
    let house = no_prelude::House::singleton();
    assert_eq!(
        house.walls().item("w1").get().to_string(),
        "GET /house/walls/w1"
    );
    assert_eq!(house.roof().get().to_string(), "GET /house/roof");
    assert_eq!(house.roof().replace().to_string(), "PUT /house/roof");
    let measure = house.measure(&no_prelude::MeasureParameters {
        unit: no_prelude::Shade::Dark,
        label: None,
    });
    assert_eq!(
        measure.to_string(),
        "GET /house/measure(unit=microsoft.graph.shade'darkish',label=null)"
    );
    assert_eq!(house.clean().to_string(), "POST /house/clean");
    // Non-contained navigation: reading, references, creation, casts and counts.
    let neighbours = house.neighbours();
    assert_eq!(neighbours.list().to_string(), "GET /house/neighbours");
    assert_eq!(
        neighbours.count().to_string(),
        "GET /house/neighbours/$count"
    );
    assert_eq!(
        neighbours
            .refs()
            .add::<no_prelude::StoneWall, _>("s1")
            .to_string(),
        "POST /house/neighbours/$ref"
    );
    assert_eq!(
        neighbours.item("s1").remove_ref().to_string(),
        "DELETE /house/neighbours/s1/$ref"
    );
    assert_eq!(
        house
            .next_door()
            .set_ref::<no_prelude::StoneWall, _>("s2")
            .to_string(),
        "PUT /house/nextDoor/$ref"
    );
    assert_eq!(
        house
            .built_of()
            .cast::<no_prelude::TiledWall, _>()
            .list()
            .to_string(),
        "GET /house/builtOf/microsoft.graph.tiledWall"
    );
    assert_eq!(house.built_of().create().to_string(), "POST /house/builtOf");
    let street = no_prelude::Street::singleton();
    assert_eq!(
        street.houses().item("h1").walls().path(),
        "/street/houses/h1/walls"
    );
    assert_eq!(street.square().get().to_string(), "GET /street/square");
    assert_eq!(no_prelude::Street::KEY_PROPERTY, "");
    assert_eq!(no_prelude::StoneWall::ITEM_PATH, "/stoneWalls/{id}");
    let stone = no_prelude::StoneWall::collection();
    assert_eq!(stone.delta().to_string(), "GET /stoneWalls/delta()");
    assert_eq!(stone.point().to_string(), "POST /stoneWalls/point");
    // The derived type's item has its base's action.
    assert_eq!(
        house
            .walls()
            .cast::<no_prelude::TiledWall, _>()
            .item("w1")
            .grout()
            .to_string(),
        "POST /house/walls/microsoft.graph.tiledWall/w1/grout"
    );
}

#[test]
fn projections_work_without_the_implicit_prelude() {
    use graph_entity::{GraphEntity, Page, Projection};
    use no_prelude::TiledWallRow;

    assert_eq!(
        <TiledWallRow as Projection>::SELECT,
        ["label", "tiles", "top"]
    );
    assert_eq!(TiledWallRow::ODATA_TYPE, "microsoft.graph.tiledWall");
    assert_eq!(TiledWallRow::COLLECTION_PATH, "/walls");
    let json = r##"{"value":[{"@odata.type":"#microsoft.graph.tiledWall","id":"w1","label":"Hall","tiles":40,"top":null}]}"##;
    let page: Page<TiledWallRow> = serde_json::from_str(json).unwrap();
    let row = &page.value[0];
    assert_eq!((row.title.as_deref(), row.tiles), (Some("Hall"), Some(40)));
    assert_eq!(row.top, graph_entity::Nullable::Null);
    assert_eq!(row.rest.get("id").map(|raw| raw.get()), Some(r#""w1""#));
    assert_eq!(
        TiledWallRow::collection().list().operation().select(),
        ["label", "tiles", "top"]
    );
}
