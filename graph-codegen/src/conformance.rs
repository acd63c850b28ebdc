//! The conformance check: a declaration, hand-written or generated, against a CSDL document.
//!
//! A declaration describes itself through [`graph_entity::schema`] (`Described::schema()`,
//! `schema::enum_schema::<E>()`); [`check_type`] and [`check_enum`] compare that with the type
//! the CSDL declares under the same name and return every difference, not only the first:
//!
//! - the type: entity or complex, base type, `abstract`, key;
//! - each declared property: that the CSDL has it (on the type or a base type), its Edm type,
//!   its nullability (`#[graph(non_nullable)]` or a required field for `Nullable="false"`), and
//!   `read_only` for `Org.OData.Core.V1.Computed`; with [`Mode::Complete`], also every property
//!   of the type's own that the declaration lacks;
//! - its addresses: `path` (an entity set of the type, or a contained collection of a singleton)
//!   and `singleton`;
//! - each contained navigation (`contains(...)`) and bound operation (`action(...)`,
//!   `function(...)`): that the CSDL has it, bound to this type, with the same parameters
//!   (names, Edm types, nullability) and return type;
//! - an enum: its members, in order, and `flags`.
//!
//! Every type a declaration names (property, navigation property, contained navigation,
//! parameter, return) must be the CSDL's own: a base type of it, a type derived from it, or a
//! `GraphPolymorphic` enum rooted at another type (which describes itself as its `other`
//! variant's type) is a difference. One declaration is accepted that differs on purpose:
//! `serde_json::Value` (`Edm.Untyped`) holds any value.

use std::collections::BTreeSet;

use graph_entity::schema::{EdmRef, EnumSchema, PropertySchema, TypeKind, TypeSchema};

use crate::csdl::{Document, Property, StructuredType, TypeRef};

/// How much of the CSDL type a declaration must declare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Every property of the type's own (generated declarations, the shipped connector).
    Complete,
    /// Only what it declares must be right (hand-written declarations of a few properties).
    Subset,
}

/// The CSDL, indexed for checks.
pub struct Csdl<'a> {
    pub doc: &'a Document,
}

impl<'a> Csdl<'a> {
    pub fn new(doc: &'a Document) -> Self {
        Csdl { doc }
    }

    fn structured(&self, name: &str) -> Option<&'a StructuredType> {
        self.doc.structured.iter().find(|t| t.qualified() == name)
    }

    /// The type and its bases, the type first.
    fn chain(&self, name: &str) -> Vec<&'a StructuredType> {
        let mut out = Vec::new();
        let mut next = self.structured(name);
        while let Some(t) = next {
            out.push(t);
            next = t.base.as_deref().and_then(|b| self.structured(b));
        }
        out
    }

    /// The key property of `name`, if it has one of a type graph-entity holds: a string or an
    /// Edm integer (`crate::plan::KEY_TYPES`); else the type is declared without key.
    fn supported_key(&self, name: &str) -> Option<String> {
        let chain = self.chain(name);
        let key = chain.iter().find_map(|t| t.key.first())?;
        let property = chain
            .iter()
            .flat_map(|t| t.properties.iter())
            .find(|p| &p.name == key);
        property
            .is_none_or(|p| {
                crate::plan::KEY_TYPES.contains(&p.ty.name.as_str()) && !p.ty.collection
            })
            .then(|| key.clone())
    }
}

fn edm_text(edm: Option<EdmRef>) -> String {
    edm.map_or_else(|| "no Edm type".to_owned(), |e| e.to_string())
}

fn type_text(ty: &TypeRef) -> String {
    if ty.collection {
        format!("Collection({})", ty.name)
    } else {
        ty.name.clone()
    }
}

/// Whether a declared Edm type is the CSDL's (or `Edm.Untyped`, any value).
fn same_type(declared: Option<EdmRef>, expected: &TypeRef) -> bool {
    let Some(declared) = declared else {
        return false;
    };
    if declared.name == "Edm.Untyped" {
        return true;
    }
    declared.collection == expected.collection && declared.name == expected.name
}

/// Every difference between a declared entity or complex type and the CSDL's.
pub fn check_type(csdl: &Csdl<'_>, schema: &TypeSchema, mode: Mode) -> Vec<String> {
    let mut out = Vec::new();
    let name = schema.name;
    let Some(csdl_type) = csdl.structured(name) else {
        return vec![format!(
            "{name}: the CSDL declares no entity or complex type of this name"
        )];
    };
    let keyed = csdl.supported_key(name);
    match schema.kind {
        TypeKind::Entity if !csdl_type.is_entity => out.push(format!(
            "{name}: declared an entity, the CSDL's is a complex type"
        )),
        TypeKind::Complex if csdl_type.is_entity && keyed.is_some() => out.push(format!(
            "{name}: declared a complex type, the CSDL's is an entity type"
        )),
        TypeKind::Parameters => out.push(format!("{name}: a parameters struct is not a type")),
        _ => {}
    }
    if schema.base != csdl_type.base.as_deref() {
        out.push(format!(
            "{name}: base type {} declared, the CSDL's is {}",
            schema.base.unwrap_or("(none)"),
            csdl_type.base.as_deref().unwrap_or("(none)")
        ));
    }
    if schema.is_abstract != csdl_type.is_abstract {
        out.push(format!(
            "{name}: declared {}abstract, the CSDL's is {}abstract",
            if schema.is_abstract { "" } else { "not " },
            if csdl_type.is_abstract { "" } else { "not " }
        ));
    }
    if schema.kind == TypeKind::Entity && schema.key.map(str::to_owned) != keyed {
        out.push(format!(
            "{name}: key {} declared, the CSDL's is {}",
            schema.key.unwrap_or("(none)"),
            keyed.as_deref().unwrap_or("(none)")
        ));
    }

    let chain = csdl.chain(name);
    for declared in &schema.properties {
        check_property(&chain, name, declared, &mut out);
    }
    if mode == Mode::Complete {
        for p in &csdl_type.properties {
            if !schema.properties.iter().any(|d| d.name == p.name) {
                out.push(format!(
                    "{name}.{}: the CSDL's property is not declared",
                    p.name
                ));
            }
        }
    }

    check_addresses(csdl, schema, &mut out);
    for nav in &schema.navigations {
        let found = chain
            .iter()
            .flat_map(|t| t.navigation.iter())
            .find(|n| n.name == nav.name && n.contains_target == nav.contained);
        let how = if nav.contained {
            "contains"
        } else {
            "navigates to"
        };
        match found {
            None => out.push(format!(
                "{name}: {how} `{}`, which is no {} navigation property of the CSDL",
                nav.name,
                if nav.contained {
                    "contained"
                } else {
                    "non-contained"
                }
            )),
            Some(n) if !same_type(Some(nav.target), &n.ty) => out.push(format!(
                "{name}.{}: {how} {}, the CSDL's is {}",
                nav.name,
                nav.target,
                type_text(&n.ty)
            )),
            Some(_) => {}
        }
    }
    for (i, op) in schema.operations.iter().enumerate() {
        check_operation(csdl, &chain, name, op, &mut out);
        let twice = schema.operations[..i].iter().any(|earlier| {
            earlier.name == op.name
                && earlier.collection == op.collection
                && declared_names(earlier) == declared_names(op)
        });
        if twice {
            out.push(format!(
                "{name}: {} `{}` is declared twice with the same parameters",
                if op.is_function { "function" } else { "action" },
                op.name
            ));
        }
    }
    out
}

fn check_property(
    chain: &[&StructuredType],
    name: &str,
    declared: &PropertySchema,
    out: &mut Vec<String>,
) {
    let property: Option<&Property> = chain
        .iter()
        .flat_map(|t| t.properties.iter())
        .find(|p| p.name == declared.name);
    if let Some(p) = property {
        if !same_type(declared.edm, &p.ty) {
            out.push(format!(
                "{name}.{}: declared {}, the CSDL's is {}",
                p.name,
                edm_text(declared.edm),
                type_text(&p.ty)
            ));
        }
        if declared.nullable != p.nullable {
            out.push(format!(
                "{name}.{}: declared {}, the CSDL's is {}",
                p.name,
                if declared.nullable {
                    "nullable"
                } else {
                    "non-nullable"
                },
                if p.nullable {
                    "nullable"
                } else {
                    "Nullable=\"false\""
                }
            ));
        }
        let is_key = chain.iter().any(|t| t.key.contains(&p.name));
        if !is_key && declared.read_only != p.computed {
            out.push(format!(
                "{name}.{}: declared {}, the CSDL's is {}",
                p.name,
                if declared.read_only {
                    "read_only"
                } else {
                    "writable"
                },
                if p.computed {
                    "Computed (read-only)"
                } else {
                    "writable"
                }
            ));
        }
        return;
    }
    let navigation = chain
        .iter()
        .flat_map(|t| t.navigation.iter())
        .find(|n| n.name == declared.name);
    match navigation {
        Some(n) if !same_type(declared.edm, &n.ty) => out.push(format!(
            "{name}.{}: declared {}, the CSDL's navigation property is {}",
            n.name,
            edm_text(declared.edm),
            type_text(&n.ty)
        )),
        Some(_) => {}
        None => out.push(format!(
            "{name}.{}: the CSDL has no property of this name",
            declared.name
        )),
    }
}

fn check_addresses(csdl: &Csdl<'_>, schema: &TypeSchema, out: &mut Vec<String>) {
    let name = schema.name;
    if let Some(path) = schema.collection_path {
        let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        let ok = match segments.as_slice() {
            [set] => csdl
                .doc
                .container
                .iter()
                .any(|c| !c.singleton && c.name == *set && c.ty == name),
            [singleton, nav] => csdl.doc.container.iter().any(|c| {
                c.singleton
                    && c.name == *singleton
                    && csdl.chain(&c.ty).iter().any(|t| {
                        t.navigation.iter().any(|n| {
                            n.name == *nav
                                && n.contains_target
                                && n.ty.collection
                                && n.ty.name == name
                        })
                    })
            }),
            _ => false,
        };
        if !ok {
            out.push(format!(
                "{name}: path {path} is not an entity set of this type, nor a singleton's contained collection of it"
            ));
        }
    }
    if let Some(singleton) = schema.singleton {
        let ok = csdl
            .doc
            .container
            .iter()
            .any(|c| c.singleton && format!("/{}", c.name) == singleton && c.ty == name);
        if !ok {
            out.push(format!(
                "{name}: singleton {singleton} is not a singleton of this type"
            ));
        }
    }
}

/// The parameter names of a CSDL operation, but its binding parameter.
fn names_of(o: &crate::csdl::Operation) -> BTreeSet<&str> {
    o.parameters
        .iter()
        .skip(1)
        .map(|p| p.name.as_str())
        .collect()
}

/// The parameter names of a declared operation.
fn declared_names(o: &graph_entity::schema::OperationSchema) -> BTreeSet<&'static str> {
    o.parameters.iter().map(|p| p.name).collect()
}

fn check_operation(
    csdl: &Csdl<'_>,
    chain: &[&StructuredType],
    name: &str,
    op: &graph_entity::schema::OperationSchema,
    out: &mut Vec<String>,
) {
    let kind = if op.is_function { "function" } else { "action" };
    let bound_here = |o: &&crate::csdl::Operation| {
        o.name == op.name
            && o.is_function == op.is_function
            && o.binding().is_some_and(|b| {
                b.collection == op.collection && chain.iter().any(|t| t.qualified() == b.name)
            })
    };
    let mut candidates: Vec<&crate::csdl::Operation> =
        csdl.doc.operations.iter().filter(bound_here).collect();
    // The nearest binding first: `delta` bound to `Collection(user)` is user's, not the one
    // bound to `Collection(directoryObject)` that user inherits.
    candidates.sort_by_key(|o| {
        o.binding()
            .and_then(|b| chain.iter().position(|t| t.qualified() == b.name))
    });
    if candidates.is_empty() {
        out.push(format!(
            "{name}: {kind} `{}`{} is not bound to this type in the CSDL",
            op.name,
            if op.collection {
                " (on the collection)"
            } else {
                ""
            }
        ));
        return;
    }
    // Overloads (`delta()` and `delta(token)`): the declaration is the one whose parameter
    // names are the declared ones, in any order. With none, the differences are named against
    // the overload that shares the most names (the first of those), and, when there are
    // several, the overloads are listed.
    let declared = declared_names(op);
    let csdl_op = match candidates.iter().find(|o| names_of(o) == declared) {
        Some(o) => *o,
        None => {
            if candidates.len() > 1 {
                let overloads: Vec<String> = candidates
                    .iter()
                    .map(|o| {
                        let names: Vec<&str> = o
                            .parameters
                            .iter()
                            .skip(1)
                            .map(|p| p.name.as_str())
                            .collect();
                        format!("({})", names.join(", "))
                    })
                    .collect();
                let names: Vec<&str> = op.parameters.iter().map(|p| p.name).collect();
                out.push(format!(
                    "{name}: {kind} `{}` declared with the parameters ({}), which no overload \
                     of the CSDL has: its overloads take {}",
                    op.name,
                    names.join(", "),
                    overloads.join(", ")
                ));
            }
            let mut best = candidates[0];
            for o in &candidates[1..] {
                if names_of(o).intersection(&declared).count()
                    > names_of(best).intersection(&declared).count()
                {
                    best = o;
                }
            }
            best
        }
    };
    let expected = &csdl_op.parameters[1.min(csdl_op.parameters.len())..];
    for p in expected {
        match op.parameters.iter().find(|d| d.name == p.name) {
            None => out.push(format!(
                "{name}: {kind} `{}` lacks the parameter `{}`",
                op.name, p.name
            )),
            Some(d) => {
                // Functions write Int64 and Double parameters as literals of i64 and f64.
                if !same_type(d.edm, &p.ty) {
                    out.push(format!(
                        "{name}: {kind} `{}` parameter `{}` declared {}, the CSDL's is {}",
                        op.name,
                        p.name,
                        edm_text(d.edm),
                        type_text(&p.ty)
                    ));
                }
                let nullable = p.nullable || p.optional;
                if d.nullable != nullable {
                    out.push(format!(
                        "{name}: {kind} `{}` parameter `{}` declared {}, the CSDL's is {}",
                        op.name,
                        p.name,
                        if d.nullable { "optional" } else { "required" },
                        if nullable {
                            "optional or nullable"
                        } else {
                            "required"
                        }
                    ));
                }
            }
        }
    }
    for d in &op.parameters {
        if !expected.iter().any(|p| p.name == d.name) {
            out.push(format!(
                "{name}: {kind} `{}` has no parameter `{}` in the CSDL",
                op.name, d.name
            ));
        }
    }
    match (&csdl_op.return_type, op.returns) {
        (None, None) => {}
        (Some((ty, _)), declared) if same_type(declared, ty) => {}
        (expected, declared) => out.push(format!(
            "{name}: {kind} `{}` returns {}, the CSDL's returns {}",
            op.name,
            edm_text(declared),
            expected
                .as_ref()
                .map_or_else(|| "nothing".to_owned(), |(ty, _)| type_text(ty))
        )),
    }
}

/// Every difference between a declared enum type and the CSDL's.
pub fn check_enum(csdl: &Csdl<'_>, schema: &EnumSchema) -> Vec<String> {
    let Some(name) = schema.name else {
        return vec!["an enum without `odata_type`: nothing to compare it with".to_owned()];
    };
    let Some(csdl_enum) = csdl.doc.enums.iter().find(|e| e.qualified() == name) else {
        return vec![format!(
            "{name}: the CSDL declares no enum type of this name"
        )];
    };
    let mut out = Vec::new();
    if schema.flags != csdl_enum.flags {
        out.push(format!(
            "{name}: declared {}flags, the CSDL's is {}",
            if schema.flags { "" } else { "not " },
            if csdl_enum.flags {
                "IsFlags"
            } else {
                "not flags"
            }
        ));
    }
    let expected: Vec<&str> = csdl_enum.members.iter().map(|m| m.name.as_str()).collect();
    for member in schema.members {
        if !expected.contains(member) {
            out.push(format!("{name}: member `{member}` is not the CSDL's"));
        }
    }
    for member in &expected {
        if !schema.members.contains(member) {
            out.push(format!(
                "{name}: the CSDL's member `{member}` is not declared"
            ));
        }
    }
    if out.is_empty() && schema.members != expected.as_slice() {
        out.push(format!(
            "{name}: members declared in another order than the CSDL's"
        ));
    }
    out
}
