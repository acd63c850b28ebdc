//! The Exchange connector that `graph-entity` ships (`graph_entity::resources`) is exactly what
//! the generator writes for it: each of its five declarations (the entity, its three enums and
//! the `sync` action's parameters) is, character for character, the generated one in
//! `graph-resources` without its feature: its `#[cfg(feature = "deviceManagement")]` and
//! `#[cfg_attr(docsrs, doc(cfg(...)))]` lines and its docs' last paragraph, "Available with the
//! crate feature `deviceManagement`.". (`.ci/run` checks
//! that `graph-resources` is what the generator writes from the v1.0 CSDL.)

use std::path::Path;

/// The feature paragraph of a generated item's docs.
const FEATURE_DOC: &str = "///\n/// Available with the crate feature `deviceManagement`.\n";

/// The top-level item of `text` (items are separated by blank lines) that contains `decl`,
/// without its feature: `#[cfg(...)]` and `#[cfg_attr(docsrs, ...)]` attributes, and the docs'
/// [`FEATURE_DOC`].
fn item(text: &str, decl: &str) -> Option<String> {
    let chunk = text.split("\n\n").find(|c| c.contains(decl))?;
    let chunk = chunk.replace(FEATURE_DOC, "");
    let mut out = Vec::new();
    let mut in_cfg = false;
    for line in chunk.trim_matches('\n').lines() {
        if in_cfg || line.starts_with("#[cfg(") || line.starts_with("#[cfg_attr(docsrs") {
            in_cfg = !line.ends_with(")]");
        } else {
            out.push(line);
        }
    }
    Some(out.join("\n"))
}

const ITEMS: [&str; 5] = [
    "pub struct DeviceManagementExchangeConnector {",
    "pub enum DeviceManagementExchangeConnectorType {",
    "pub enum DeviceManagementExchangeConnectorStatus {",
    "pub struct DeviceManagementExchangeConnectorSyncParameters {",
    "pub enum DeviceManagementExchangeConnectorSyncType {",
];

fn read(relative: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    std::fs::read_to_string(root.join(relative)).unwrap()
}

#[test]
fn the_shipped_connector_is_what_the_generator_writes() {
    let generated = read("graph-resources/src/graph/device_management.rs");
    let shipped = read("graph-entity/src/resources/exchange_connector.rs");
    for decl in ITEMS {
        let want = item(&generated, decl).unwrap_or_else(|| panic!("not generated: {decl}"));
        let chunk = generated.split("\n\n").find(|c| c.contains(decl)).unwrap();
        assert!(
            chunk.contains(&format!(
                "{FEATURE_DOC}#[cfg(feature = \"deviceManagement\")]\n\
                 #[cfg_attr(docsrs, doc(cfg(feature = \"deviceManagement\")))]\n{}",
                &want[want.find("#[derive").unwrap()..]
            )),
            "the generated {decl} does not say, and is not under, the feature deviceManagement"
        );
        let got = item(&shipped, decl).unwrap_or_else(|| panic!("not shipped: {decl}"));
        assert_eq!(
            got, want,
            "the shipped {decl} differs from the generated one"
        );
    }
}

#[test]
fn the_comparison_sees_a_one_character_difference() {
    let shipped = read("graph-entity/src/resources/exchange_connector.rs");
    let want = item(&shipped, ITEMS[0]).unwrap();
    let mutated = shipped.replacen("pub server_name:", "pub server_nam:", 1);
    assert_ne!(item(&mutated, ITEMS[0]).unwrap(), want);
    let docs = shipped.replacen(
        "/// The name of the Exchange server.",
        "/// The Exchange server.",
        1,
    );
    assert_ne!(item(&docs, ITEMS[0]).unwrap(), want);
}

/// The same, from the CSDL itself (the repository's copy, `graph_codegen::V1_CSDL`): the
/// generator's output for the connector, before formatting, has the shipped field list.
#[test]
fn the_v1_csdl_generates_the_connector_fields() {
    let csdl = Path::new(graph_codegen::V1_CSDL);
    let Ok(xml) = std::fs::read_to_string(csdl) else {
        panic!("the v1.0 CSDL is not at {}", csdl.display());
    };
    let files = graph_codegen::generate(&xml).unwrap();
    let generated = &files["src/graph/device_management.rs"];
    let shipped = read("graph-entity/src/resources/exchange_connector.rs");
    for line in shipped.lines().filter(|l| l.starts_with("    pub ")) {
        assert!(generated.contains(line), "{line:?} is not generated");
    }
}
