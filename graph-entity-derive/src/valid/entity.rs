//! The rules of a `GraphEntity` struct: its OData type and base, what kind of type it is, its
//! key, and the roles and JSON names of its fields.

use crate::ast::{Entity, Field};
use crate::ctxt::Ctxt;
use crate::symbol::{self};

use super::model::{CheckedEntity, Kind, Member, Role, members};
use super::names::{
    PATH_KEYWORD, SINGLETON_KEYWORD, check_path, crate_path, no_generics, qualified_name,
    simple_identifier,
};
use super::operations::{check_actions, check_navigations};

/// OData's own namespace for Graph types; `base = "entity"` resolves to `microsoft.graph.entity`.
const ENTITY_BASE: &str = "microsoft.graph.entity";
/// The key property that `microsoft.graph.entity` brings.
const ENTITY_KEY: &str = "id";

/// The rules of a `GraphEntity` struct that declares its type (not a projection), each
/// reported in the order of the stages below; `None` when any failed.
pub(super) fn check_declared<'a>(ast: &'a Entity, cx: &Ctxt) -> Option<CheckedEntity<'a>> {
    let before = cx.error_count();
    no_generics(&ast.generics, "GraphEntity", cx);
    let attrs = &ast.attrs;
    let odata_type = odata_type(ast, cx);
    let base_type = base_type(ast, odata_type.as_deref(), cx);

    let (additional_data, base_field) = check_fields(ast, cx);
    if let (Some(base_field), Some(base)) = (base_field, &attrs.base) {
        cx.error(
            base.span(),
            format!(
                "the base type is the type of field `{}`: remove `base = \"...\"`",
                ast.fields[base_field].member
            ),
        );
    }
    let keyless = attrs.keyless.is_present();
    let key = if keyless {
        check_keyless(ast, base_type.as_deref(), base_field, cx);
        None
    } else {
        resolve_key(ast, base_type.as_deref(), cx)
    };

    let kind = kind(ast, key, base_field, cx);
    let is_entity = matches!(
        kind,
        Kind::Entity { .. } | Kind::DerivedEntity { .. } | Kind::Keyless
    );
    let actions = check_actions(ast, is_entity, keyless, cx);
    let navigations = check_navigations(ast, is_entity, &actions, cx);
    let singleton = singleton(ast, &kind, is_entity, cx);
    let by_path = attrs.by_path.is_present();
    if by_path && !is_entity && !matches!(kind, Kind::Parameters) {
        cx.error(
            attrs.by_path.span(),
            "`by_path` addresses the items of an entity type by path (a drive item), and this \
             type has no key: remove `by_path`",
        );
    }
    let also_reads = if attrs.parameters.is_present() {
        Vec::new()
    } else {
        check_also_reads(&attrs.also_reads, odata_type.as_deref(), cx)
    };
    let krate = crate_path(attrs.krate.as_ref());
    let own_key = if matches!(kind, Kind::Entity { .. }) {
        key
    } else {
        None
    };
    let members = members(ast, base_field, additional_data, own_key);
    if !matches!(kind, Kind::Parameters) {
        crate::properties::check(
            members
                .iter()
                .filter_map(Member::property)
                .map(|property| property.field),
            cx,
        );
    }

    if cx.error_count() > before {
        return None;
    }
    Some(CheckedEntity {
        ast,
        krate,
        kind,
        odata_type: odata_type?,
        base_type,
        actions,
        navigations,
        singleton,
        by_path,
        also_reads,
        members,
    })
}

/// The qualified OData type: `odata_type`, or empty for action parameters, which have none.
fn odata_type(ast: &Entity, cx: &Ctxt) -> Option<String> {
    match (&ast.attrs.odata_type, ast.attrs.parameters.is_present()) {
        (Some(odata_type), false) => qualified_name(odata_type.as_ref(), odata_type.span(), cx)
            .then(|| odata_type.as_ref().clone()),
        (Some(odata_type), true) => {
            cx.error(
                odata_type.span(),
                "action parameters have no OData type: remove `odata_type`",
            );
            None
        }
        (None, true) => Some(String::new()),
        (None, false) => {
            if ast.complete {
                cx.error_spanned_by(
                    &ast.anchor,
                    "missing `odata_type`: write \
                     `#[graph(odata_type = \"microsoft.graph.yourType\")]` on the struct",
                );
            }
            None
        }
    }
}

/// `base = "..."`, qualified: a bare name is in the namespace of the type's own `odata_type`.
fn base_type(ast: &Entity, odata_type: Option<&str>, cx: &Ctxt) -> Option<String> {
    ast.attrs.base.as_ref().and_then(|base| {
        let text = base.as_ref();
        if text.contains('.') {
            qualified_name(text, base.span(), cx).then(|| text.clone())
        } else if simple_identifier(text) {
            let namespace = odata_type
                .and_then(|name| name.rsplit_once('.'))
                .map_or("microsoft.graph", |(namespace, _)| namespace);
            Some(format!("{namespace}.{text}"))
        } else {
            cx.error(
                base.span(),
                format!(
                    "`{text}` is not an OData type name: write a name such as \
                     `base = \"entity\"` or `base = \"microsoft.graph.entity\"`"
                ),
            );
            None
        }
    })
}

/// What the struct is, from its flags, its key and its base field, with the errors of flags
/// that contradict each other.
fn kind(ast: &Entity, key: Option<usize>, base_field: Option<usize>, cx: &Ctxt) -> Kind {
    let attrs = &ast.attrs;
    if attrs.parameters.is_present() {
        parameters_have_none(ast, key, cx);
        Kind::Parameters
    } else if attrs.keyless.is_present() {
        if let Some(path) = &attrs.path {
            cx.error(
                path.span(),
                "a `keyless` type has no key, so no collection to address: remove `path`, and \
                 address it with `singleton = \"/...\"` or a parent's \
                 `contains(name = \"...\", target = ThisType, single)`",
            );
        }
        if attrs.complex.is_present() && base_field.is_none() {
            cx.error(
                attrs.complex.span(),
                "`keyless` marks an entity type without a key, `complex` a derived complex type: \
                 remove one of them",
            );
        }
        Kind::Keyless
    } else if base_field.is_some() {
        if attrs.complex.is_present() {
            if let Some(path) = &attrs.path {
                cx.error(
                    path.span(),
                    "a complex type has no key, so no collection to address: remove `path`",
                );
            }
            Kind::Complex
        } else {
            Kind::DerivedEntity {
                path: collection_path(ast, cx),
            }
        }
    } else {
        if attrs.complex.is_present() {
            cx.error(
                attrs.complex.span(),
                "`complex` is for derived complex types, with a `#[graph(base)]` field; a type \
                 without a key is a complex type already: remove `complex`",
            );
        }
        match key {
            Some(_) => Kind::Entity {
                path: collection_path(ast, cx),
            },
            None => {
                if let (Some(path), true) = (&ast.attrs.path, ast.complete) {
                    cx.error(
                        path.span(),
                        "a `path` addresses items by their key, and this type has none: add \
                         `base = \"entity\"` with an `id` field, or mark the key field \
                         `#[graph(key)]`",
                    );
                }
                Kind::Complex
            }
        }
    }
}

/// `path = "/..."` of an entity with a key, when it is a valid path.
fn collection_path(ast: &Entity, cx: &Ctxt) -> Option<String> {
    ast.attrs.path.as_ref().and_then(|path| {
        check_path(PATH_KEYWORD, path.as_ref(), path.span(), cx).then(|| path.as_ref().clone())
    })
}

/// Action parameters (`parameters`) are a body, not a Graph type: one error for each thing of a
/// Graph type they declare.
fn parameters_have_none(ast: &Entity, key: Option<usize>, cx: &Ctxt) {
    let attrs = &ast.attrs;
    for (flag, what) in [
        (attrs.path.as_ref().map(|path| path.span()), "`path`"),
        (attrs.base.as_ref().map(|base| base.span()), "`base`"),
        (
            attrs.complex.is_present().then(|| attrs.complex.span()),
            "`complex`",
        ),
        (
            attrs.abstract_.is_present().then(|| attrs.abstract_.span()),
            "`abstract`",
        ),
        (
            attrs.keyless.is_present().then(|| attrs.keyless.span()),
            "`keyless`",
        ),
        (
            attrs.by_path.is_present().then(|| attrs.by_path.span()),
            "`by_path`",
        ),
        (attrs.actions.first().map(|action| action.span()), "actions"),
        (
            attrs.contains.first().map(|contains| contains.span()),
            "navigation",
        ),
        (
            attrs.singleton.as_ref().map(|singleton| singleton.span()),
            "`singleton`",
        ),
        (key.map(|key| ast.fields[key].json_name_span), "key"),
        (
            attrs.also_reads.first().map(|also| also.span()),
            "`also_reads`",
        ),
    ] {
        if let Some(span) = flag {
            cx.error(
                span,
                format!("action parameters have no {what}: remove it, or remove `parameters`"),
            );
        }
    }
}

/// `singleton = "/..."`, of an entity, when it is a valid path.
fn singleton(ast: &Entity, kind: &Kind, is_entity: bool, cx: &Ctxt) -> Option<String> {
    ast.attrs.singleton.as_ref().and_then(|singleton| {
        if !is_entity {
            if ast.complete && !matches!(kind, Kind::Parameters) {
                cx.error(
                    singleton.span(),
                    "a singleton is an entity, and this type has no key: add \
                     `base = \"entity\"` with an `id` field, or mark the key field \
                     `#[graph(key)]`, or mark the type `keyless` if its CSDL entity type has no \
                     key",
                );
            }
            return None;
        }
        check_path(SINGLETON_KEYWORD, singleton.as_ref(), singleton.span(), cx)
            .then(|| singleton.as_ref().clone())
    })
}

/// The names of `also_reads`: each a qualified OData type name, not the type's own, and not
/// given twice.
fn check_also_reads(
    also_reads: &[crate::attr::Text],
    odata_type: Option<&str>,
    cx: &Ctxt,
) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(also_reads.len());
    for also in also_reads {
        let (text, span) = (also.as_ref(), also.span());
        if !qualified_name(text, span, cx) {
            continue;
        }
        if odata_type == Some(text.as_str()) {
            cx.error(
                span,
                format!(
                    "`{text}` is this type's own `odata_type`, which it always reads: remove \
                     this `also_reads`"
                ),
            );
        } else if names.contains(text) {
            cx.error(
                span,
                format!("`also_reads = \"{text}\"` is given twice: keep one"),
            );
        } else {
            names.push(text.clone());
        }
    }
    names
}

/// Checks every field's own attributes and the JSON names across fields; returns the indices
/// of the `additional_data` and `base` fields.
pub(super) fn check_fields(ast: &Entity, cx: &Ctxt) -> (Option<usize>, Option<usize>) {
    let mut additional_data: Option<usize> = None;
    let mut base: Option<usize> = None;
    for (index, field) in ast.fields.iter().enumerate() {
        let attrs = &field.attrs;
        let special = [
            (
                attrs.additional_data.is_present(),
                Role::AdditionalData,
                symbol::ADDITIONAL_DATA,
                attrs.additional_data.span(),
            ),
            (
                attrs.base.is_present(),
                Role::Base,
                symbol::BASE,
                attrs.base.span(),
            ),
        ];
        if let Some((_, role, role_name, flag_span)) =
            special.into_iter().find(|(present, ..)| *present)
        {
            let slot = if role == Role::Base {
                &mut base
            } else {
                &mut additional_data
            };
            match slot {
                Some(first) => cx.error(
                    flag_span,
                    format!(
                        "`{role_name}` is already on field `{}`: remove this `{role_name}`",
                        ast.fields[*first].member
                    ),
                ),
                None => *slot = Some(index),
            }
            for (present, span, what) in [
                (attrs.key.is_present(), attrs.key.span(), "`key`"),
                (
                    attrs.read_only.is_present(),
                    attrs.read_only.span(),
                    "`read_only`",
                ),
                (
                    attrs.non_nullable.is_present(),
                    attrs.non_nullable.span(),
                    "`non_nullable`",
                ),
                (
                    attrs.rename.is_some(),
                    attrs.rename.as_ref().map_or(flag_span, |r| r.span()),
                    "`rename`",
                ),
                (
                    attrs.base.is_present() && role != Role::Base,
                    attrs.base.span(),
                    "`base`",
                ),
            ] {
                if present {
                    cx.error(
                        span,
                        format!(
                            "the `{role_name}` field is not a JSON property of its own: remove \
                             {what}"
                        ),
                    );
                }
            }
            continue;
        }
        if field.names_additional_data() {
            cx.error_spanned_by(
                &field.ty,
                "a field of type `AdditionalData` keeps what the struct does not model: mark it \
                 `#[graph(additional_data)]`",
            );
            continue;
        }
        let name = &field.json_name;
        if name.is_empty() {
            cx.error(
                field.json_name_span,
                "a JSON property name cannot be empty: write `rename = \"propertyName\"`",
            );
            continue;
        }
        if name.contains('@') {
            cx.error(
                field.json_name_span,
                format!(
                    "`{name}` is control information or an annotation (`@odata.type` is written \
                     by the derive): name the field after a property, and keep annotations in an \
                     `#[graph(additional_data)]` field"
                ),
            );
            continue;
        }
        let earlier = ast.fields[..index].iter().find(|earlier| {
            !earlier.attrs.additional_data.is_present()
                && !earlier.attrs.base.is_present()
                && earlier.json_name == *name
        });
        if let Some(earlier) = earlier {
            cx.error(
                field.json_name_span,
                format!(
                    "`{name}` is already the JSON name of field `{}`: give one of them another \
                     `#[graph(rename = \"...\")]`",
                    earlier.member
                ),
            );
        }
    }
    (additional_data, base)
}

fn is_property(field: &Field) -> bool {
    !field.attrs.additional_data.is_present() && !field.attrs.base.is_present()
}

fn resolve_key(ast: &Entity, base_type: Option<&str>, cx: &Ctxt) -> Option<usize> {
    let mut explicit: Option<usize> = None;
    for (index, field) in ast.fields.iter().enumerate() {
        if !field.attrs.key.is_present() || !is_property(field) {
            continue;
        }
        match explicit {
            Some(first) => cx.error(
                field.attrs.key.span(),
                format!(
                    "`key` is already on field `{}`: an entity has one key property, remove \
                     this `key`",
                    ast.fields[first].member
                ),
            ),
            None => explicit = Some(index),
        }
    }
    if explicit.is_some() {
        return explicit;
    }
    let base = base_type?;
    let id = ast
        .fields
        .iter()
        .position(|field| is_property(field) && field.json_name == ENTITY_KEY);
    if id.is_none() && base == ENTITY_BASE && ast.complete {
        let span = ast.attrs.base.as_ref().map(|base| base.span());
        let message = "`base = \"entity\"` brings the key property `id`: declare the field \
                       `pub id: Option<String>`";
        cx.syn_error(match span {
            Some(span) => syn::Error::new(span, message),
            None => syn::Error::new_spanned(&ast.anchor, message),
        });
    }
    id
}

/// The rules of a `keyless` type: no key field, no `base = "entity"` (which brings the key
/// `id`), no `#[graph(base)]` field (a derived type has its base's key).
fn check_keyless(ast: &Entity, base_type: Option<&str>, base_field: Option<usize>, cx: &Ctxt) {
    for field in ast
        .fields
        .iter()
        .filter(|field| field.attrs.key.is_present())
    {
        if is_property(field) {
            cx.error(
                field.attrs.key.span(),
                "a `keyless` type has no key property: remove `key`, or remove `keyless` from \
                 the struct",
            );
        }
    }
    if let (Some(ENTITY_BASE), Some(base)) = (base_type, &ast.attrs.base) {
        cx.error(
            base.span(),
            "`base = \"entity\"` brings the key property `id`, and a `keyless` type has no \
             key: remove `base = \"entity\"`, or remove `keyless` from the struct",
        );
    }
    if let Some(base_field) = base_field {
        cx.error(
            ast.fields[base_field].attrs.base.span(),
            "`keyless` is for a root entity type: a derived type has its base's key (or lack of \
             one); remove `keyless` from the struct, or remove `base` from this field",
        );
    }
}
