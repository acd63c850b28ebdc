//! The rules of a projection, `#[graph(projection_of = Type)]`: a struct of some properties of
//! a Graph type, which takes that type's OData type, key, paths and operations, and so declares
//! none of its own. That each field is a property of the projected type, of its Edm type, only
//! the compiler can check: the expansion asserts it, one constant per field.

use proc_macro2::Span;
use quote::ToTokens;

use crate::ast::Entity;
use crate::attr::ProjectedType;
use crate::ctxt::Ctxt;
use crate::symbol::{self, Symbol};

use super::entity::check_fields;
use super::model::{CheckedEntity, Kind, Member, members};
use super::names::{crate_path, no_generics};

/// The rules of a projection; `None` when any failed, with every error reported.
pub fn check_projection<'a>(
    ast: &'a Entity,
    of: &ProjectedType,
    cx: &Ctxt,
) -> Option<CheckedEntity<'a>> {
    let before = cx.error_count();
    no_generics(&ast.generics, "GraphEntity", cx);
    let projected = of.path().to_token_stream().to_string().replace(' ', "");
    for (span, keyword, what) in taken_from_projected(ast) {
        cx.error(
            span,
            format!(
                "a projection has {what} of the type it projects, `{projected}`: remove \
                 `{keyword}`"
            ),
        );
    }
    let (additional_data, base_field) = check_fields(ast, cx);
    if let Some(base_field) = base_field {
        cx.error(
            ast.fields[base_field].attrs.base.span(),
            format!(
                "a projection reads the properties of `{projected}` and of its base types by \
                 name, and has no base field: remove `#[graph(base)]`, and declare the base's \
                 properties you want as fields of their own"
            ),
        );
    }
    for field in &ast.fields {
        let attrs = &field.attrs;
        for (flag, keyword, why) in [
            (attrs.key, symbol::KEY, "its key is that of"),
            (
                attrs.read_only,
                symbol::READ_ONLY,
                "it is never written to create or update",
            ),
        ] {
            if flag.is_present() {
                cx.error(
                    flag.span(),
                    format!(
                        "`{keyword}` is not for a field of a projection ({why} `{projected}`): \
                         remove `{keyword}`"
                    ),
                );
            }
        }
    }
    let members = members(ast, None, additional_data, None);
    crate::properties::check(
        members
            .iter()
            .filter_map(Member::property)
            .map(|property| property.field),
        cx,
    );
    if cx.error_count() > before {
        return None;
    }
    Some(CheckedEntity {
        ast,
        krate: crate_path(ast.attrs.krate.as_ref()),
        kind: Kind::Projection {
            of: of.path().clone(),
        },
        // A projection's OData type is its projected type's, which only the compiler knows.
        odata_type: String::new(),
        base_type: None,
        actions: Vec::new(),
        navigations: Vec::new(),
        singleton: None,
        by_path: false,
        also_reads: Vec::new(),
        members,
    })
}

/// Every struct keyword given that a projection takes from its projected type instead: its
/// span, the keyword, and what the projected type gives.
fn taken_from_projected(ast: &Entity) -> Vec<(Span, Symbol, &'static str)> {
    let attrs = &ast.attrs;
    let flag = |flag: crate::attr::Flag| flag.is_present().then(|| flag.span());
    let text = |text: &Option<crate::attr::Text>| text.as_ref().map(crate::attr::Text::span);
    let mut taken = Vec::new();
    for (span, keyword, what) in [
        (
            text(&attrs.odata_type),
            symbol::ODATA_TYPE,
            "the OData type",
        ),
        (text(&attrs.base), symbol::BASE, "the base type"),
        (text(&attrs.path), symbol::PATH, "the collection path"),
        (text(&attrs.singleton), symbol::SINGLETON, "the singleton"),
        (flag(attrs.complex), symbol::COMPLEX, "the kind"),
        (flag(attrs.abstract_), symbol::ABSTRACT, "the kind"),
        (flag(attrs.keyless), symbol::KEYLESS, "the key"),
        (flag(attrs.by_path), symbol::BY_PATH, "the paths"),
        (
            flag(attrs.parameters),
            symbol::PARAMETERS,
            "the kind (a projection is never a body)",
        ),
        (
            attrs.also_reads.first().map(crate::attr::Text::span),
            symbol::ALSO_READS,
            "the types read",
        ),
    ] {
        if let Some(span) = span {
            taken.push((span, keyword, what));
        }
    }
    for action in &attrs.actions {
        taken.push((action.span(), action.keyword(), "the bound operations"));
    }
    for contains in &attrs.contains {
        let keyword = if contains.contained {
            symbol::CONTAINS
        } else {
            symbol::NAVIGATION
        };
        taken.push((contains.span(), keyword, "the navigation"));
    }
    taken
}
