//! Generates `#[derive(GraphEntity)]` declarations from an OData CSDL document (Microsoft
//! Graph's `$metadata`), as a crate of plain, readable Rust: one module per namespace, one cargo
//! feature per area of the service.
//!
//! ```no_run
//! // cargo run -p graph-codegen   (the checked-in CSDL into the workspace's graph-resources)
//! let xml = std::fs::read_to_string(graph_codegen::V1_CSDL)?;
//! let files = graph_codegen::generate(&xml)?;
//! graph_codegen::write(&files, std::path::Path::new("graph-resources"))?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! What it writes, and why:
//!
//! - **Types.** One `#[derive(GraphEntity)]` struct per entity and complex type, one
//!   `#[derive(GraphEnum)]` enum per enum type (every member, in order; `flags` for
//!   `IsFlags="true"`), and one `#[derive(GraphPolymorphic)]` enum `AnyX` per type `X` with
//!   derived types (not only per root: `AnyMessage` beside `AnyOutlookItem`), rooted at `X`: its
//!   variants are `X`'s derived types, at any depth, and `Other(X)`. Every reference to a
//!   structured type (property, navigation property, parameter, return) is the type the CSDL
//!   declares: `X` itself, or `AnyX` when `X` has derived types, so that a value of any derived
//!   type reads as its own, and a value without `@odata.type` (Graph writes none where the
//!   value has the declared type) as `X` (one of a derived type this build does not declare
//!   reads as `X` too, losslessly). Not for an `X` whose every descendant (by the CSDL's
//!   `BaseType` chains) declares no property and no navigation property of its own (`user`,
//!   whose one derived type `agentUser` is empty): a value of one holds nothing `X`'s fields do
//!   not, so there is no `AnyX`, references are `X`, and `X` carries one
//!   `also_reads = "<qualified name>"` per descendant, so that it reads their documents as
//!   itself, keeping their `@odata.type` (see `plan::Plan::empty_descendants`). The conformance
//!   check holds each of these to the CSDL.
//! - **Operations.** Bound actions and functions as `action(...)` and `function(...)` of their
//!   binding type, with a `#[graph(parameters)]` struct and the typed return; overloads and
//!   names the address types take get `method = "..."` (the rules are in `LEFT_OUT.md`). The
//!   entity container's action and function imports (unbound operations) as functions of the
//!   container's namespace module, built on `graph_entity::address::unbound_action` and
//!   `unbound_function` (see [`emit::Writer::unbound_operations`]).
//! - **Names.** snake_case fields, `#[graph(rename = "...")]` only where the derive's
//!   lowerCamelCase conversion of the field does not give back the JSON name
//!   (`azureADDeviceId`), raw identifiers for keywords (`r#type`); UpperCamelCase types and
//!   members. See [`naming`].
//! - **Nullability.** Every property is an `Option`, whatever the CSDL's `Nullable`: `$select`
//!   and create bodies omit any property, so absence must read, and the derive already keeps an
//!   explicit `null` apart from absence (it is written back). `Nullable="false"` is said in the
//!   property's docs ("Not nullable."); PATCH bodies use the generated patch type, whose fields
//!   are `Nullable`.
//! - **Edm types** map to `graph_entity::edm` (see [`emit::edm_type`]); `Edm.Untyped` and
//!   `Edm.Stream` to `serde_json::Value`.
//! - **Read-only.** `Org.OData.Core.V1.Computed` properties and navigation properties are
//!   `read_only`: never in create or update bodies.
//! - **Keyless entity types.** A root entity type whose CSDL declares no key (`security`,
//!   `reportRoot`, `admin`: 21 in v1.0), and that no type embeds as its base, is written
//!   `#[graph(keyless)]`, with its singleton, its contained navigation and its item-bound
//!   operations (see [`plan::Plan::keyless`]). A contained collection of a keyless type is left
//!   out (it would need keys), and so is `workflowBase` (keyless, with embedding derived types).
//! - **Areas.** See [`plan`]: each type is compiled under the features of the areas that need
//!   it; navigation properties whose target is not compiled have no field, and their
//!   `$expand`ed values are kept in `additional_data`.

pub mod conformance;
pub mod csdl;
pub mod downstream;
pub mod emit;
pub mod naming;
pub mod plan;
pub mod twin;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

pub use csdl::{CsdlError, Document};

/// The Microsoft Graph v1.0 CSDL this repository generates from and checks against: its own
/// copy, `graph-codegen/csdl/v1.0.xml` (see `graph-codegen/csdl/README.md` for its source and
/// `scripts/csdl-refresh` to update it). The generator's default input.
pub const V1_CSDL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/csdl/v1.0.xml");

/// The workspace's generated crate, the generator's default output.
pub const GRAPH_RESOURCES_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../graph-resources");
pub use emit::Files;
use plan::{Kind, Plan};

/// Generates the crate's files (paths relative to the crate's directory) from a CSDL document.
pub fn generate(xml: &str) -> Result<Files, CsdlError> {
    let doc = Document::parse(xml)?;
    Ok(generate_from(&doc))
}

use emit::file_module;

/// Generates the crate's files from a parsed document.
pub fn generate_from(doc: &Document) -> Files {
    let plan = Plan::new(doc);
    let writer = emit::Writer { doc, plan: &plan };
    let mut files = Files::new();

    // Types, grouped per module and file.
    let mut per_module: BTreeMap<usize, Vec<(String, String)>> = BTreeMap::new();
    for ((module, group), types) in plan.files() {
        let mut body = String::new();
        for t in types {
            match plan.types[t].kind {
                Kind::Enum(e) => writer.enum_type(&mut body, t, &doc.enums[e]),
                Kind::Structured(s) => writer.structured_type(&mut body, t, &doc.structured[s]),
            }
        }
        per_module.entry(module).or_default().push((group, body));
    }

    // Unbound operations, in the module of the container's namespace.
    let (unbound, unbound_left_out) = writer.unbound_operations();
    for &module in unbound.keys() {
        per_module
            .entry(module)
            .or_insert_with(|| vec![(String::new(), String::new())]);
    }

    let mut lib = String::new();
    lib.push_str(&crate_docs(doc, &plan));
    lib.push_str(
        "\n// Polymorphic enums hold their variants by value, as a person would write them; \
         names keep\n// Graph's acronyms (`IOS`).\n#![allow(clippy::large_enum_variant, \
         clippy::upper_case_acronyms)]\n\n",
    );
    for (m, groups) in &per_module {
        let module = &plan.modules[*m];
        let _ = writeln!(lib, "pub mod {};", module.name);
        let module_doc = format!("//! The types of the namespace `{}`.\n\n", module.namespace);
        let unbound = unbound.get(m).map_or("", String::as_str);
        if groups.len() == 1 {
            let body = format!("{}{unbound}", groups[0].1);
            let content = format!("{module_doc}{}\n{body}", imports(&body));
            files.insert(format!("src/{}.rs", module.name), content);
        } else {
            let mut root = module_doc.clone();
            let mut all: String = groups.iter().map(|(_, b)| b.as_str()).collect();
            all.push_str(unbound);
            root.push_str(&imports(&all));
            root.push('\n');
            root.push_str(unbound);
            for (group, body) in groups {
                let name = match file_module(group) {
                    // Not `search/search.rs` (clippy's `module_inception`).
                    name if name == module.name => format!("{name}_area"),
                    name => name,
                };
                let _ = writeln!(
                    root,
                    "mod {name};\n#[allow(unused_imports)] // empty without its features\npub use self::{name}::*;"
                );
                let area_doc = if group == "core" {
                    "//! The types many areas need (feature `core`, which every area enables).\n\n"
                        .to_owned()
                } else {
                    format!(
                        "//! The types of the area `{}`: those it owns, and those it shares with \
                         few other areas.\n\n",
                        plan.areas
                            .iter()
                            .find(|a| naming::module_name(&a.name) == *group)
                            .map_or(group.as_str(), |a| a.name.as_str())
                    )
                };
                let content =
                    format!("{area_doc}#[allow(unused_imports)]\nuse super::*;\n\n{body}");
                files.insert(format!("src/{}/{name}.rs", module.name), content);
            }
            files.insert(format!("src/{}/mod.rs", module.name), root);
        }
    }
    files.insert("src/lib.rs".to_owned(), lib);
    files.insert(
        "tests/round_trip.rs".to_owned(),
        emit::round_trip_test(doc, &plan),
    );
    files.insert(
        "tests/conformance.rs".to_owned(),
        emit::conformance_test(doc, &plan),
    );
    files.insert("Cargo.toml".to_owned(), cargo_toml(&plan));
    let mut left_out = String::from(
        "# Not declared\n\nGenerated by graph-codegen: the bound operations and contained navigation \
         properties of the CSDL that the declarations leave out, and why. Build their requests \
         with `graph_entity::address` (`action`, `function`, `Path::segment`).\n\n\
         Method names: a bound operation's method is the snake_case of its name, but for \
         overloads and names already taken. Of the overloads of one name bound to one type (or \
         to its collection), the one with the fewest parameters keeps the name, and each other \
         is `<name>_with_<its parameters that the first lacks, snake_case, joined by _>` \
         (`delta_with_token`). A name that a method of the address types takes (`get`, \
         `delete`, `create`, `item`, `value`, ...) or a navigation property of the type takes \
         gets `_action` or `_function` (`delete_action`, `item_function`). The URL keeps the \
         OData name.\n\n",
    );
    for line in plan.left_out.iter().chain(&unbound_left_out) {
        let _ = writeln!(left_out, "- {line}");
    }
    files.insert("LEFT_OUT.md".to_owned(), left_out);
    files
}

/// The `use` line of a module file: what its text names.
fn imports(body: &str) -> String {
    let mut names = Vec::new();
    for (name, used) in [
        ("AdditionalData", body.contains("AdditionalData")),
        ("Flags", body.contains("Flags<")),
        ("GraphEntity", body.contains("GraphEntity")),
        ("GraphEnum", body.contains("GraphEnum")),
        ("GraphPolymorphic", body.contains("GraphPolymorphic")),
        ("edm", body.contains("edm::")),
        ("serde_json", body.contains("serde_json::")),
        ("Page", body.contains("Page<")),
        ("DeltaItem", body.contains("DeltaItem<")),
        ("response", body.contains("response::")),
    ] {
        if used {
            names.push(name);
        }
    }
    if names.is_empty() {
        return String::new();
    }
    format!(
        "// Features that leave a module's types out leave some of these unused.\n\
         #[allow(unused_imports)]\nuse graph_entity::{{{}}};\n",
        names.join(", ")
    )
}

fn crate_docs(doc: &Document, plan: &Plan) -> String {
    let mut out = String::new();
    out.push_str(
        "//! Every Microsoft Graph type of the CSDL this crate was generated from, as `#[derive(GraphEntity)]`\n\
         //! declarations: one module per namespace, one cargo feature per area.\n\
         //!\n\
         //! Generated by `graph-codegen`; do not edit. Enable the areas a program uses:\n\
         //!\n\
         //! ```toml\n\
         //! graph-resources = { version = \"0.1\", features = [\"deviceManagement\"] }\n\
         //! ```\n\
         //!\n\
         //! An area compiles the types it owns (its entity sets' and singletons' types, what they\n\
         //! contain, and their derived types) and what these structurally need (base types, property\n\
         //! types), nothing more. A navigation property whose target type is not compiled has no\n\
         //! field: its `$expand`ed value is kept in `additional_data`, and written back. A value of a\n\
         //! derived type that is not compiled reads as its base type (through the `AnyX` enums), also\n\
         //! keeping everything. The feature `core` holds the types many areas need; every area\n\
         //! enables it. `full` enables every area.\n\
         //!\n\
         //! Every property is an `Option`: `$select` and create bodies omit any property, even one\n\
         //! the CSDL says is `Nullable=\"false\"` (said in its docs: \"Not nullable.\"), and an\n\
         //! explicit `null` is kept and written back.\n\
         //!\n\
         //! Bound actions and functions are declared on their binding types (`action(...)`,\n\
         //! `function(...)`), with a `#[graph(parameters)]` struct for their parameters; the few\n\
         //! the derive cannot declare are listed, with why, in `LEFT_OUT.md`.\n",
    );
    let mut counts = vec![0usize; plan.areas.len()];
    let mut core = 0;
    for t in &plan.types {
        if t.file == "core" {
            core += 1;
        } else {
            for &a in &t.areas {
                counts[a] += 1;
            }
        }
    }
    if plan
        .by_name
        .contains_key("microsoft.graph.deviceManagementExchangeConnector")
        && plan
            .by_name
            .contains_key("microsoft.graph.deviceManagement")
    {
        out.push_str(EXAMPLE);
    }
    let _ = writeln!(
        out,
        "//!\n//! | feature | entity sets and singletons | types |\n//! |---|---|---:|"
    );
    let _ = writeln!(out, "//! | `core` | (types many areas need) | {core} |");
    for (a, area) in plan.areas.iter().enumerate() {
        let roots = if area.roots.is_empty() {
            "(types no entity set or singleton reaches)".to_owned()
        } else {
            area.roots
                .iter()
                .map(|r| format!("`{r}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            out,
            "//! | `{}` | {roots} | {} + `core` |",
            area.name, counts[a]
        );
    }
    let _ = doc;
    out
}

/// The crate docs' example, for Graph's CSDL.
const EXAMPLE: &str = r##"//!
//! ```
//! # #[cfg(feature = "deviceManagement")] {
//! use graph_entity::GraphEntity;
//! use graph_resources::graph::{
//!     DeviceManagement, DeviceManagementExchangeConnector as Connector,
//!     DeviceManagementExchangeConnectorStatus as Status,
//!     DeviceManagementExchangeConnectorSyncParameters as SyncParameters,
//!     DeviceManagementExchangeConnectorSyncType as SyncType,
//! };
//!
//! let connector: Connector = graph_entity::serde_json::from_str(
//!     r#"{"id": "c1", "serverName": "mail01", "status": "connected", "addedLater": 1}"#,
//! )?;
//! assert_eq!(connector.status, Some(Status::Connected));
//! let get = DeviceManagement::singleton().exchange_connectors().item("c1").get();
//! assert_eq!(get.to_string(), "GET /deviceManagement/exchangeConnectors/c1");
//! let sync = Connector::sync("c1", &SyncParameters { sync_type: SyncType::FullSync })?;
//! assert_eq!(sync.body(), Some(&br#"{"syncType":"fullSync"}"#[..]));
//! # }
//! # Ok::<(), graph_entity::serde_json::Error>(())
//! ```
"##;

fn cargo_toml(plan: &Plan) -> String {
    let mut out = String::from(
        "# Generated by graph-codegen (`cargo run -p graph-codegen`): do not edit.\n\
         [package]\n\
         name = \"graph-resources\"\n\
         description = \"Every Microsoft Graph v1.0 type, generated from the CSDL, one cargo feature per area.\"\n\
         version.workspace = true\n\
         edition.workspace = true\n\
         rust-version.workspace = true\n\
         license.workspace = true\n\
         repository.workspace = true\n\
         \n\
         [package.metadata.docs.rs]\n\
         all-features = true\n\
         \n\
         [features]\n\
         default = []\n\
         # The types many areas need; every area enables it.\n\
         core = []\n",
    );
    let all: Vec<String> = plan
        .areas
        .iter()
        .map(|a| format!("\"{}\"", a.name))
        .collect();
    let _ = writeln!(out, "full = [{}]", all.join(", "));
    for area in &plan.areas {
        let _ = writeln!(out, "{} = [\"core\"]", area.name);
    }
    out.push_str(
        "\n[dependencies]\n# Without `schema`: a program of these types does not type-check a description\n\
         # per type (`graph_entity::schema::Described`) that only a conformance check reads.\n\
         graph-entity = { path = \"../graph-entity\", version = \"=0.1.0\", default-features = false }\n\n\
         [dev-dependencies]\n# The conformance test checks every type against the CSDL: it needs the descriptions.\n\
         graph-entity = { path = \"../graph-entity\", version = \"=0.1.0\", default-features = false, features = [\"schema\"] }\n\
         graph-codegen = { path = \"../graph-codegen\" }\n",
    );
    out
}

/// Writes the files under `dir`, removing the `.rs` files of `src/` and `tests/` that the
/// generation did not write (so that a type removed from the CSDL leaves no stale file), then
/// formats them with rustfmt.
pub fn write(files: &Files, dir: &Path) -> std::io::Result<()> {
    for sub in ["src", "tests"] {
        let root = dir.join(sub);
        if root.is_dir() {
            remove_stale(&root, dir, files)?;
        }
    }
    for (path, content) in files {
        let full = dir.join(path);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&full, content)?;
    }
    let rust: Vec<_> = files
        .keys()
        .filter(|p| p.ends_with(".rs"))
        .map(|p| dir.join(p))
        .collect();
    for chunk in rust.chunks(64) {
        let status = std::process::Command::new(
            std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into()),
        )
        .args(["--edition", "2024"])
        .args(chunk)
        .status()?;
        if !status.success() {
            return Err(std::io::Error::other(format!("rustfmt failed: {status}")));
        }
    }
    Ok(())
}

fn remove_stale(path: &Path, dir: &Path, files: &Files) -> std::io::Result<()> {
    for entry in std::fs::read_dir(path)? {
        let entry = entry?.path();
        if entry.is_dir() {
            remove_stale(&entry, dir, files)?;
            // A namespace whose module became one file leaves its directory empty.
            if std::fs::read_dir(&entry)?.next().is_none() {
                std::fs::remove_dir(&entry)?;
            }
        } else if entry.extension().is_some_and(|e| e == "rs") {
            let relative = entry
                .strip_prefix(dir)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            if !files.contains_key(&relative) {
                std::fs::remove_file(&entry)?;
            }
        }
    }
    Ok(())
}

/// Per area (and `full`, every area): how many types it compiles and the size in bytes of
/// their declarations as generated (before rustfmt), for the compile-time benchmark's table.
pub fn area_sizes(doc: &Document) -> Vec<(String, usize, usize)> {
    let plan = Plan::new(doc);
    let writer = emit::Writer { doc, plan: &plan };
    let mut sizes = vec![(0usize, 0usize); plan.areas.len()];
    let mut all = (0usize, 0usize);
    for (t, typ) in plan.types.iter().enumerate() {
        let mut text = String::new();
        match typ.kind {
            Kind::Enum(e) => writer.enum_type(&mut text, t, &doc.enums[e]),
            Kind::Structured(s) => writer.structured_type(&mut text, t, &doc.structured[s]),
        }
        let core = typ.file == "core";
        for (a, size) in sizes.iter_mut().enumerate() {
            if core || typ.areas.contains(&a) {
                size.0 += 1;
                size.1 += text.len();
            }
        }
        all.0 += 1;
        all.1 += text.len();
    }
    let mut out: Vec<(String, usize, usize)> = plan
        .areas
        .iter()
        .zip(sizes)
        .map(|(area, (types, bytes))| (area.name.clone(), types, bytes))
        .collect();
    out.push(("full".to_owned(), all.0, all.1));
    out
}
