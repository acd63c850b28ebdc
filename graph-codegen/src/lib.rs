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
//!   explicit `null` apart from absence (it is written back). The properties the CSDL declares
//!   `Nullable="false"` are listed once in their type's docs ("Not nullable"); PATCH bodies use
//!   the generated patch type, whose fields are `Nullable`.
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
//!   `$expand`ed values are kept in `additional_data`. Each gated item says so for docs.rs
//!   (`#[cfg_attr(docsrs, doc(cfg(...)))]`) and, for stable rustdoc, in its docs' last
//!   paragraph ("Available with the crate feature `users`."). `graph_resources::areas` has one
//!   module per area re-exporting its types, and each namespace module one public module per
//!   area (`graph::device_management`). See [`emit::crate_root`].
//! - **Docs.** What every type shares (`additional_data`, `Option` fields, navigation) is said
//!   once, in the crate docs; every file starts with a `@generated` header naming its CSDL.

#![deny(clippy::too_many_lines)]

pub mod conformance;
pub mod csdl;
pub mod emit;
pub mod naming;
pub mod plan;

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

/// How the generated files name their CSDL when the caller does not ([`generate`]).
pub const UNNAMED_SOURCE: &str = "an OData CSDL document";

/// Generates the crate's files (paths relative to the crate's directory) from a CSDL document.
/// Their `@generated` headers name it [`UNNAMED_SOURCE`]; see [`generate_named`].
pub fn generate(xml: &str) -> Result<Files, CsdlError> {
    generate_named(xml, UNNAMED_SOURCE)
}

/// [`generate`], with the files' `@generated` headers naming the CSDL `source` (a path relative
/// to the workspace, `graph-codegen/csdl/v1.0.xml`).
pub fn generate_named(xml: &str, source: &str) -> Result<Files, CsdlError> {
    let doc = Document::parse(xml)?;
    Ok(generate_from(&doc, source))
}

/// Generates the crate's files from a parsed document, naming it `source` in their headers.
pub fn generate_from(doc: &Document, source: &str) -> Files {
    let plan = Plan::new(doc);
    emit::crate_root::crate_files(doc, &plan, source)
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
