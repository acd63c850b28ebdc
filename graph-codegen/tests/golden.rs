//! The small CSDL of `tests/fixtures/small.xml` (written for this test: the v1.0 CSDL has few
//! shapes of each kind) generates exactly the crate checked in under `tests/fixtures/small/`.
//! `GRAPH_CODEGEN_BLESS=1 cargo test -p graph-codegen --test golden` rewrites it after a change
//! that is meant.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn listing(root: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path.strip_prefix(root).unwrap();
                out.insert(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out
}

fn generated() -> PathBuf {
    let xml = include_str!("fixtures/small.xml");
    let files =
        graph_codegen::generate_named(xml, "graph-codegen/tests/fixtures/small.xml").unwrap();
    let dir = std::env::temp_dir().join(format!("graph-codegen-golden-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    graph_codegen::write(&files, &dir).unwrap();
    dir
}

#[test]
fn small_csdl_generates_the_golden_crate() {
    let dir = generated();
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small");
    if std::env::var_os("GRAPH_CODEGEN_BLESS").is_some() {
        let _ = std::fs::remove_dir_all(&golden);
        for file in listing(&dir) {
            let target = golden.join(&file);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(dir.join(&file), target).unwrap();
        }
    }
    assert_eq!(listing(&dir), listing(&golden), "generated files");
    for file in listing(&golden) {
        let want = std::fs::read_to_string(golden.join(&file)).unwrap();
        let got = std::fs::read_to_string(dir.join(&file)).unwrap();
        assert!(want == got, "{file} differs from the golden file:\n{got}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// What the golden files must show, said once more where a reader looks for it.
#[test]
fn the_fixture_exercises_every_naming_and_typing_rule() {
    let files = graph_codegen::generate(include_str!("fixtures/small.xml")).unwrap();
    let all: String = files.values().cloned().collect();
    for needle in [
        // Descriptions, inline and from <Annotations>, made markdown-safe; the not-nullable
        // and navigation properties listed once, in the type's docs; its features last.
        "/// The name \\[shown\\] to \\<users\\>, see <https://example.com/docs>.\n    #[graph(non_nullable)]",
        "/// A widget: what the tests declare.\n///\n/// Not nullable (`Nullable=\"false\"`): `display_name`, `tags`.\n///\n/// Navigation properties, read when `$expand`ed, never written (a single value boxed, a collection\n/// a `ThinVec`): `parts`, `owner`.\n///\n/// Available with the crate feature `widgets`.\n#[cfg(feature = \"widgets\")]\n#[cfg_attr(docsrs, doc(cfg(feature = \"widgets\")))]\n",
        // `additional_data` is documented once, in the crate docs.
        "    pub owner: Option<Box<Person>>,\n    #[graph(additional_data)]",
        "/// A widget: what the tests declare.",
        "/// Light blue",
        // `rename` only where the derive's conversion does not round-trip; raw identifiers.
        "#[graph(rename = \"azureADDeviceId\")]\n    pub azure_ad_device_id: Option<edm::Guid>,",
        "pub r#type: Option<String>,",
        "    pub self_: Option<bool>,",
        "#[graph(rename = \"fourCC\")]\n    pub four_cc: Option<String>,",
        "#[graph(read_only, rename = \"sizeInMB\")]\n    pub size_in_mb: Option<edm::Int64>,",
        "    IOS,",
        "#[graph(rename = \"windows10_x64\")]\n    Windows10X64,",
        // Types: flags, an enum without members, Untyped, collections, cross-namespace paths.
        "pub days: Option<Flags<Weekdays>>,",
        "pub type Empty = String;",
        "pub extra: Option<serde_json::Value>,",
        "pub tags: Option<Vec<String>>,",
        "pub colour: Option<crate::graph::Colour>,",
        // Hierarchies: `entity` and keyless bases by name, embedded bases, polymorphic enums;
        // every single structured value boxed (on a cycle or not), navigation collections
        // `ThinVec`s, other collections `Vec`s.
        "    base = \"entity\",\n    odata_type = \"microsoft.graph.widget\",\n    path = \"/widgets\",\n    contains(name = \"parts\", target = Part),",
        "#[graph(base = \"deletableItem\", odata_type = \"microsoft.graph.place\")]",
        "#[graph(odata_type = \"microsoft.graph.circle\", complex)]",
        "#[graph(base)]\n    pub base: Part,",
        "pub enum AnyPart {",
        "pub next: Option<Box<AnyPart>>,",
        "pub outline: Option<Box<AnyShape>>,",
        "pub shape: Option<Box<AnyShape>>,",
        "pub parts: Option<ThinVec<AnyPart>>,",
        "pub latest: Option<Box<ReportSection>>,",
        // Addresses and operations: entity sets and singletons, contained navigation (gated
        // by its target's area when that is not implied), actions and functions with typed
        // parameters and returns.
        "    path = \"/people\",\n    singleton = \"/me\",",
        "#[cfg_attr(feature = \"widgets\", graph(contains(name = \"favourites\", target = Widget)))]",
        "action(name = \"paint\", parameters = WidgetPaintParameters, returns = Widget)",
        "action = \"polish\"",
        "function(name = \"delta\", collection, returns = Page<DeltaItem<Widget>>)",
        // Overloads: the fewest parameters keep the name, the others are named after theirs;
        // a name the address types take gets the operation's kind.
        "function(name = \"countFor\", returns = i64)",
        "function(\n        name = \"countFor\",\n        method = \"count_for_with_since_limit\",\n        parameters = PersonCountForWithSinceLimitParameters,\n        returns = i64\n    )",
        "method = \"count_for_with_since_limit_until_date\"",
        "action(name = \"get\", method = \"get_action\")",
        "pub struct WidgetPaintParameters {\n    pub colour: Colour,\n    pub layers: Option<Vec<i32>>,\n}",
        "pub struct PersonCountForWithSinceLimitParameters {\n    pub since: Option<edm::DateTimeOffset>,\n    pub limit: i64,\n}",
        // Keyless entity types (no key in the CSDL): singletons, single-valued contained
        // navigation to them, their navigation and item-bound operations.
        "    odata_type = \"microsoft.graph.reportRoot\",\n    keyless,\n    singleton = \"/reports\",",
        "contains(name = \"latest\", target = ReportSection, single)",
        "function(\n        name = \"getCounts\",\n        parameters = ReportRootGetCountsParameters,\n        returns = response::Media\n    )",
        "#[graph(odata_type = \"microsoft.graph.admin\", keyless, singleton = \"/admin\")]\n#[cfg_attr(feature = \"reports\", graph(contains(name = \"reports\", target = ReportRoot, single)))]",
        "#[graph(odata_type = \"microsoft.graph.deletableItem\", keyless, abstract)]",
        // Areas: navigation into another area is gated by it.
        "#[cfg(feature = \"people\")]\n    #[cfg_attr(docsrs, doc(cfg(feature = \"people\")))]\n    #[graph(read_only)]\n    pub owner: Option<Box<Person>>,",
        // One module per area, re-exporting its types from each namespace.
        "#[cfg(feature = \"widgets\")]\n#[cfg_attr(docsrs, doc(cfg(feature = \"widgets\")))]\npub mod widgets {\n    pub use crate::graph::widgets::*;\n}",
        "people = [\"core\"]",
    ] {
        assert!(all.contains(needle), "no {needle:?} in the generated crate");
    }
    let left_out = &files["LEFT_OUT.md"];
    for needle in [
        "- function shapes bound to microsoft.graph.person: a parameter has no literal form",
        "- navigation microsoft.graph.admin/archives: its target has no key",
        "- function summaries bound to microsoft.graph.reportRoot (collection): bound to a collection of a keyless type",
        // The naming rules of the methods, said where the left-out operations are.
        "each other is `<name>_with_<its parameters that the first lacks",
    ] {
        assert!(
            left_out.contains(needle),
            "no {needle:?} in LEFT_OUT.md:\n{left_out}"
        );
    }
    for declared in ["countFor", "action get"] {
        assert!(
            !left_out.contains(declared),
            "{declared:?} is declared, yet in LEFT_OUT.md:\n{left_out}"
        );
    }
}

/// Every generated file starts with its `@generated` header naming the CSDL, and every gated
/// declaration (a type, a polymorphic enum, a parameters struct, an unbound function) shows
/// its features: to docs.rs as `doc(cfg(...))` with the same predicate as its `cfg`, and to
/// stable rustdoc as its docs' last paragraph.
#[test]
fn every_file_is_marked_generated_and_every_gated_item_shows_its_features() {
    let files =
        graph_codegen::generate_named(include_str!("fixtures/small.xml"), "small.xml").unwrap();
    let header = "This file is @generated by graph-codegen from small.xml. Do not edit.";
    for (path, text) in &files {
        let first = text.lines().next().unwrap_or_default();
        let marker = if path.ends_with(".md") {
            format!("<!-- {header} -->")
        } else if path.ends_with(".toml") {
            format!("# {header}")
        } else {
            format!("// {header}")
        };
        assert_eq!(first, marker, "{path}");
    }
    let mut gated = 0;
    for (path, text) in files.iter().filter(|(p, _)| p.starts_with("src/")) {
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let Some(predicate) = line
                .strip_prefix("#[cfg(")
                .and_then(|rest| rest.strip_suffix(")]"))
            else {
                continue;
            };
            gated += 1;
            assert_eq!(
                lines.get(i + 1).copied(),
                Some(format!("#[cfg_attr(docsrs, doc(cfg({predicate})))]").as_str()),
                "{path}:{}",
                i + 1
            );
            // `areas.rs`' modules say their area in their first line.
            if path != "src/areas.rs" {
                assert!(
                    i > 0 && lines[i - 1].starts_with("/// Available with "),
                    "{path}:{}: no feature paragraph",
                    i + 1
                );
            }
        }
    }
    assert!(gated > 20, "{gated}");
}
