//! Unbound operations: the action and function imports of the entity container (the v1.0 CSDL
//! has none; beta's and a user's own may) generate one function each, in the module of the
//! container's namespace, with a parameters struct and the typed return. The small CSDL of
//! `tests/fixtures/imports.xml` generates exactly the module checked in under
//! `tests/fixtures/imports/src/graph/`, which this test also compiles and calls (its functions
//! whose types sit behind an area's feature are compiled out here: their text is asserted).
//! `GRAPH_CODEGEN_BLESS=1 cargo test -p graph-codegen --test imports` rewrites it.

use std::path::Path;

// Features are not set here: what sits behind one is compiled out.
#[allow(dead_code, unexpected_cfgs, clippy::all)]
#[path = "fixtures/imports/src/graph/mod.rs"]
mod graph;

const FILES: &[&str] = &["mod.rs", "reports.rs", "shared.rs"];

fn generated() -> (std::path::PathBuf, String) {
    let files = graph_codegen::generate_named(
        include_str!("fixtures/imports.xml"),
        "graph-codegen/tests/fixtures/imports.xml",
    )
    .unwrap();
    let left_out = files["LEFT_OUT.md"].clone();
    let dir = std::env::temp_dir().join(format!("graph-codegen-imports-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    graph_codegen::write(&files, &dir).unwrap();
    (dir, left_out)
}

#[test]
fn the_imports_generate_the_golden_module() {
    let (dir, _) = generated();
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/imports/src/graph");
    let listing: Vec<String> = {
        let mut names: Vec<String> = std::fs::read_dir(dir.join("src/graph"))
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(listing, FILES);
    for file in FILES {
        let got = std::fs::read_to_string(dir.join("src/graph").join(file)).unwrap();
        if std::env::var_os("GRAPH_CODEGEN_BLESS").is_some() {
            std::fs::create_dir_all(&golden).unwrap();
            std::fs::write(golden.join(file), &got).unwrap();
        }
        let want = std::fs::read_to_string(golden.join(file)).unwrap();
        assert_eq!(got, want, "{file} differs from the golden one");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn each_import_is_a_typed_function_of_the_containers_module() {
    let files = graph_codegen::generate_named(
        include_str!("fixtures/imports.xml"),
        "graph-codegen/tests/fixtures/imports.xml",
    )
    .unwrap();
    let module = &files["src/graph/mod.rs"];
    for needle in [
        // The overload without parameters keeps the name; the other is named after its own.
        "pub fn get_report() -> graph_entity::Call<Page<Report>> {",
        "pub fn get_report_with_period_owner(parameters: &GetReportWithPeriodOwnerParameters) \
         -> graph_entity::Call<Page<Report>> {\n    \
         graph_entity::address::unbound_function(\"getReport\", parameters)\n}",
        "#[graph(parameters)]\npub struct GetReportWithPeriodOwnerParameters {\n    \
         pub period: ReportPeriod,\n    pub owner: Option<String>,\n}",
        // Actions: the body is the parameters struct; the return is typed.
        "/// Sends a notification to the users named.\n///\n/// `POST /sendNotification`",
        "pub fn send_notification(parameters: &SendNotificationParameters) -> \
         Result<graph_entity::Call<NotificationResult>, graph_entity::serde_json::Error> {\n    \
         graph_entity::address::unbound_action(\"sendNotification\", Some(parameters))\n}",
        "pub struct SendNotificationParameters {\n    pub message: String,\n    \
         pub to: Option<Vec<String>>,\n}",
        // Gated like the types they name, and saying so (for docs.rs and in their docs).
        "/// Available with the crate feature `reports`.\n///\n/// # Errors\n///\n\
         /// When the parameters cannot be serialized.\n#[cfg(feature = \"reports\")]\n\
         #[cfg_attr(docsrs, doc(cfg(feature = \"reports\")))]\npub fn send_notification(",
    ] {
        assert!(module.contains(needle), "no {needle:?} in:\n{module}");
    }
    assert!(
        files["LEFT_OUT.md"].contains(
            "- function import shapes (kinds): a parameter has no literal form the declarations \
             write (a collection, a structured value, a flags enum or an Edm type without one)"
        ),
        "{}",
        files["LEFT_OUT.md"]
    );
}

#[test]
fn the_generated_functions_build_their_calls() {
    let ping: graph_entity::Call<String> = graph::ping();
    assert_eq!(ping.to_string(), "GET /ping()");
    assert_eq!(*ping.operation().method(), graph_entity::http::Method::GET);
    let reset: graph_entity::Call<()> = graph::reset().unwrap();
    assert_eq!(reset.to_string(), "POST /reset");
    assert_eq!(reset.operation().body(), None);
}

#[test]
fn the_generator_leaves_v1_without_imports_as_it_was() {
    // No import, no unbound function: the checked-in graph-resources does not change.
    let files = graph_codegen::generate(include_str!("fixtures/small.xml")).unwrap();
    assert!(
        files
            .values()
            .all(|text| !text.contains("graph_entity::address::unbound_"))
    );
}
