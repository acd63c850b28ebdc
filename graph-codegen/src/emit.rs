//! Writing the planned declarations as Rust source text (formatted by rustfmt afterwards), one
//! submodule per kind of thing written: [`structs`], [`enums`], [`operations`], the generated
//! crate's tests ([`test_files`]), its root files ([`crate_root`]: `lib.rs`, `Cargo.toml`,
//! `LEFT_OUT.md`, the area modules), and the text formatting they share ([`text`]).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::csdl::{Document, TypeRef};
use crate::plan::{ENTITY, Gate, Kind, Plan};

pub mod crate_root;
pub mod enums;
pub mod operations;
pub mod structs;
pub mod test_files;
pub mod text;

pub use structs::Addresses;
pub use test_files::{
    SampleGroup, SampleType, conformance_test, edm_sample, round_trip_test, sample_groups,
    sizes_test,
};
pub use text::{WIDTH, doc_lines, sanitize, write_attribute};

/// The Rust type of an `Edm.*` primitive, as written in generated code.
pub fn edm_type(name: &str) -> Option<&'static str> {
    Some(match name {
        "Edm.String" => "String",
        "Edm.Boolean" => "bool",
        "Edm.Byte" => "u8",
        "Edm.SByte" => "i8",
        "Edm.Int16" => "i16",
        "Edm.Int32" => "i32",
        "Edm.Int64" => "edm::Int64",
        "Edm.Single" => "f32",
        "Edm.Double" => "edm::Double",
        "Edm.Decimal" => "edm::Decimal",
        "Edm.Guid" => "edm::Guid",
        "Edm.Binary" => "edm::Binary",
        "Edm.Date" => "edm::Date",
        "Edm.TimeOfDay" => "edm::TimeOfDay",
        "Edm.Duration" => "edm::Duration",
        "Edm.DateTimeOffset" => "edm::DateTimeOffset",
        // Any JSON value: kept as it is.
        "Edm.Stream" => "edm::Stream",
        "Edm.Untyped" | "Edm.PrimitiveType" => "serde_json::Value",
        _ => return None,
    })
}

/// The generator's output: relative path → file content (before rustfmt).
pub type Files = BTreeMap<String, String>;

/// What a module writes for one type reference.
pub struct Writer<'a> {
    pub doc: &'a Document,
    pub plan: &'a Plan,
}

impl Writer<'_> {
    /// The path of a type, as written from module `from`.
    fn path(&self, t: usize, name: &str, from: usize) -> String {
        let module = self.plan.types[t].module;
        if module == from {
            name.to_owned()
        } else {
            format!("crate::{}::{name}", self.plan.modules[module].name)
        }
    }

    /// The Rust type a reference to the structured type `t` is written with, from module
    /// `from`: the type itself, or, when it has derived types, the polymorphic enum rooted at
    /// it (its variants are it and its derived types).
    fn structured_name(&self, t: usize, from: usize) -> String {
        let plan = &self.plan.types[t];
        self.path(t, plan.any_name.as_deref().unwrap_or(&plan.rust_name), from)
    }

    /// The Rust type of a property's value (without `Option`; a collection is a `Vec`), and
    /// the gate of the type it names (if it is a declared type).
    pub fn value_type(&self, ty: &TypeRef, from: usize, boxed: bool) -> (String, Option<usize>) {
        let (inner, target) = self.element_type(ty, from, boxed);
        if ty.collection {
            (format!("Vec<{inner}>"), target)
        } else {
            (inner, target)
        }
    }

    /// The Rust type of a navigation property's value (without `Option`), and the gate of its
    /// target: a collection is a `ThinVec`, one pointer wide, since a collection is sent only
    /// when `$expand`ed and an empty slot should cost a type little.
    pub fn navigation_type(
        &self,
        ty: &TypeRef,
        from: usize,
        boxed: bool,
    ) -> (String, Option<usize>) {
        let (inner, target) = self.element_type(ty, from, boxed);
        if ty.collection {
            (format!("ThinVec<{inner}>"), target)
        } else {
            (inner, target)
        }
    }

    /// The Rust type of one value of a property (of each item, for a collection), boxed for a
    /// single structured value when `boxed`, and the gate of the type it names.
    fn element_type(&self, ty: &TypeRef, from: usize, boxed: bool) -> (String, Option<usize>) {
        if let Some(edm) = edm_type(&ty.name) {
            (edm.to_owned(), None)
        } else if ty.name == ENTITY {
            ("serde_json::Value".to_owned(), None)
        } else if let Some(t) = self.plan.lookup(ty) {
            match self.plan.types[t].kind {
                Kind::Enum(e) => {
                    let name = self.path(t, &self.plan.types[t].rust_name, from);
                    if self.doc.enums[e].flags && !self.doc.enums[e].members.is_empty() {
                        (format!("Flags<{name}>"), Some(t))
                    } else {
                        (name, Some(t))
                    }
                }
                Kind::Structured(_) => {
                    let name = self.structured_name(t, from);
                    let name = if boxed && !ty.collection {
                        format!("Box<{name}>")
                    } else {
                        name
                    };
                    (name, Some(t))
                }
            }
        } else {
            // A type this document does not declare: any JSON value.
            ("serde_json::Value".to_owned(), None)
        }
    }

    /// `#[cfg(...)]` of a gate (nothing for one every build has): how the generated crate's
    /// tests are gated.
    fn cfg_attr(&self, out: &mut String, gate: &Gate, indent: usize) {
        if let Some(cfg) = self.plan.cfg(gate) {
            let _ = writeln!(out, "{}#[cfg({cfg})]", " ".repeat(indent));
        }
    }

    /// The attributes of a gated declaration: its `#[cfg(...)]`, and the same predicate as
    /// `#[cfg_attr(docsrs, doc(cfg(...)))]`, with which docs.rs (rustdoc's `doc_cfg`) shows
    /// the features that enable it.
    fn gate_attrs(&self, out: &mut String, gate: &Gate, indent: usize) {
        if let Some(cfg) = self.plan.cfg(gate) {
            let pad = " ".repeat(indent);
            let _ = writeln!(
                out,
                "{pad}#[cfg({cfg})]\n{pad}#[cfg_attr(docsrs, doc(cfg({cfg})))]"
            );
        }
    }

    /// The last paragraph of a gated item's docs, naming the features that enable it (stable
    /// rustdoc does not show `doc(cfg)`): `None` for an item every build has.
    pub fn features_doc(&self, gate: &Gate) -> Option<String> {
        match gate {
            Gate::Always => None,
            Gate::Core => Some(
                "Available with the crate feature `core`, which every area enables.".to_owned(),
            ),
            Gate::Areas(_) => Some(format!("Available with {}.", self.features_text(gate))),
        }
    }

    /// The features of a gated item: its docs' last paragraph ([`Self::features_doc`]) after
    /// `has_docs` lines of docs, and its attributes ([`Self::gate_attrs`]).
    fn gated_item(&self, out: &mut String, gate: &Gate, has_docs: bool) {
        if let Some(text) = self.features_doc(gate) {
            if has_docs {
                out.push_str("///\n");
            }
            text::doc_lines(out, &text, 0);
        }
        self.gate_attrs(out, gate, 0);
    }

    /// The features of a gate, in prose: "the crate feature `users`".
    fn features_text(&self, gate: &Gate) -> String {
        match gate {
            Gate::Always => "every feature".to_owned(),
            Gate::Core => "the crate feature `core`".to_owned(),
            Gate::Areas(areas) => {
                let names: Vec<String> = areas
                    .iter()
                    .map(|&a| format!("`{}`", self.plan.areas[a].name))
                    .collect();
                if names.len() == 1 {
                    format!("the crate feature {}", names[0])
                } else {
                    format!("any of the crate features {}", names.join(", "))
                }
            }
        }
    }
}

/// The module file name of a file group (`core` is a file `shared.rs`).
pub fn file_module(group: &str) -> String {
    if group == "core" {
        "shared".to_owned()
    } else {
        group.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edm_types_map_to_the_runtimes_types() {
        for (edm, rust) in [
            ("Edm.String", "String"),
            ("Edm.Boolean", "bool"),
            ("Edm.Int32", "i32"),
            ("Edm.Int64", "edm::Int64"),
            ("Edm.Double", "edm::Double"),
            ("Edm.Single", "f32"),
            ("Edm.Decimal", "edm::Decimal"),
            ("Edm.Guid", "edm::Guid"),
            ("Edm.DateTimeOffset", "edm::DateTimeOffset"),
            ("Edm.Duration", "edm::Duration"),
            ("Edm.Untyped", "serde_json::Value"),
            ("Edm.Stream", "edm::Stream"),
        ] {
            assert_eq!(edm_type(edm), Some(rust), "{edm}");
        }
        assert_eq!(edm_type("Edm.Geography"), None);
    }

    #[test]
    fn property_types_wrap_collections_flags_and_the_enums_of_types_with_derived_types() {
        let doc = Document::parse(include_str!("../tests/fixtures/small.xml")).unwrap();
        let plan = Plan::new(&doc);
        let writer = Writer {
            doc: &doc,
            plan: &plan,
        };
        let graph = plan.types[plan.by_name["microsoft.graph.widget"]].module;
        let ty = |name: &str, collection: bool| TypeRef {
            name: name.to_owned(),
            collection,
        };
        let of = |name: &str, collection: bool, from: usize| {
            writer.value_type(&ty(name, collection), from, false).0
        };
        assert_eq!(of("Edm.String", true, graph), "Vec<String>");
        assert_eq!(
            of("microsoft.graph.weekdays", false, graph),
            "Flags<Weekdays>"
        );
        assert_eq!(of("microsoft.graph.empty", false, graph), "Empty");
        // A type with derived types is read through the enum rooted at it; a derived type
        // without derived types of its own is itself, not its root's enum.
        assert_eq!(of("microsoft.graph.gear", false, graph), "Gear");
        assert_eq!(of("microsoft.graph.part", false, graph), "AnyPart");
        assert_eq!(of("microsoft.graph.shape", true, graph), "Vec<AnyShape>");
        assert_eq!(of("microsoft.graph.widget", false, graph), "Widget");
        // `person`'s one derived type, `robot`, declares nothing: `person` is itself, and reads
        // robots (`also_reads`); `part`'s `gear` declares `teeth`, so `part` has its enum.
        assert_eq!(of("microsoft.graph.person", false, graph), "Person");
        let person = &plan.types[plan.by_name["microsoft.graph.person"]];
        assert_eq!(person.any_name, None);
        assert_eq!(person.also_reads, ["microsoft.graph.robot"]);
        assert!(
            plan.types[plan.by_name["microsoft.graph.part"]]
                .also_reads
                .is_empty()
        );
        assert_eq!(
            of("microsoft.graph.entity", false, graph),
            "serde_json::Value"
        );
        let records = plan.types[plan.by_name["microsoft.graph.callRecords.widget"]].module;
        assert_eq!(
            of("microsoft.graph.colour", false, records),
            "crate::graph::Colour"
        );
        assert_eq!(
            writer
                .value_type(&ty("microsoft.graph.part", false), graph, true)
                .0,
            "Box<AnyPart>"
        );
    }
}
