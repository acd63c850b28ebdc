//! The conformance check on overloaded bound functions: `driveItem` has `delta()` and
//! `delta(token)` in the v1.0 CSDL. Each declared overload is matched with the CSDL overload of
//! the same parameter names; one that matches none, or two declarations of one overload, are
//! named.

use graph_codegen::Document;
use graph_codegen::conformance::{Csdl, Mode, check_type};
use graph_entity::GraphEntity;
use graph_entity::page::Page;
use graph_entity::schema::Described;

fn v1() -> Document {
    let path = std::path::Path::new(graph_codegen::V1_CSDL);
    let xml = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("the v1.0 CSDL is not at {}: {e}", path.display()));
    Document::parse(&xml).unwrap()
}

#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct DeltaToken {
    pub token: Option<String>,
}

#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct DeltaTokn {
    pub tokn: Option<String>,
}

#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.driveItem",
    base = "entity",
    function(name = "delta", returns = Page<Faithful>),
    function(name = "delta", method = "delta_with_token", parameters = DeltaToken, returns = Page<Faithful>)
)]
pub struct Faithful {
    pub id: Option<String>,
}

#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.driveItem",
    base = "entity",
    function(name = "delta", returns = Page<Misnamed>),
    function(name = "delta", method = "delta_with_tokn", parameters = DeltaTokn, returns = Page<Misnamed>)
)]
pub struct Misnamed {
    pub id: Option<String>,
}

#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.driveItem",
    base = "entity",
    function(name = "delta", method = "delta_with_token", parameters = DeltaToken, returns = Page<Twice>),
    function(name = "delta", method = "delta_again", parameters = DeltaToken, returns = Page<Twice>)
)]
pub struct Twice {
    pub id: Option<String>,
}

/// The differences the check names about `delta`.
fn delta_differences<T: Described>() -> Vec<String> {
    let doc = v1();
    check_type(&Csdl::new(&doc), &T::schema(), Mode::Subset)
        .into_iter()
        .filter(|difference| difference.contains("`delta`"))
        .collect()
}

#[test]
fn each_overload_matches_the_csdl_overload_with_its_parameter_names() {
    assert_eq!(delta_differences::<Faithful>(), Vec::<String>::new());
}

#[test]
fn an_overload_the_csdl_does_not_have_is_named_with_the_csdl_overloads() {
    let differences = delta_differences::<Misnamed>();
    let all = differences.join("\n");
    for needle in [
        "function `delta` declared with the parameters (tokn), which no overload of the CSDL \
         has: its overloads take (), (token)",
        // Compared with the overload sharing the most names: here none, so the first.
        "function `delta` has no parameter `tokn` in the CSDL",
    ] {
        assert!(all.contains(needle), "no {needle:?} in:\n{all}");
    }
    assert_eq!(differences.len(), 2, "{all}");
}

#[test]
fn one_overload_declared_twice_is_named() {
    assert_eq!(
        delta_differences::<Twice>(),
        ["microsoft.graph.driveItem: function `delta` is declared twice with the same parameters"]
    );
}
