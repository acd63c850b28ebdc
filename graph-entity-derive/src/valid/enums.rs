//! The rules of `GraphEnum` (distinct, non-empty member names) and `GraphPolymorphic` (one
//! `other` variant).

use proc_macro2::Span;

use crate::ast::{Enumeration, Polymorphic};
use crate::ctxt::Ctxt;

use super::model::{CheckedEnum, CheckedPolymorphic};
use super::names::{crate_path, no_generics, qualified_name};

/// The rules of a `GraphEnum`: at least one member, each with a distinct, non-empty name (and,
/// for flags, no `,`).
pub fn check_enum<'a>(ast: &'a Enumeration, cx: &Ctxt) -> Option<CheckedEnum<'a>> {
    let before = cx.error_count();
    no_generics(&ast.generics, "GraphEnum", cx);
    let odata_type = ast.attrs.odata_type.as_ref().and_then(|odata_type| {
        qualified_name(odata_type.as_ref(), odata_type.span(), cx)
            .then(|| odata_type.as_ref().clone())
    });
    if ast.variants.is_empty() && cx.error_count() == before {
        cx.error(
            ast.ident.span(),
            "a GraphEnum needs at least one member: write `enum Name { MemberOne, MemberTwo }`",
        );
    }
    for (index, variant) in ast.variants.iter().enumerate() {
        if variant.member.is_empty() {
            cx.error(
                variant.member_span,
                "a member name cannot be empty: write `#[graph(rename = \"memberName\")]`",
            );
            continue;
        }
        if ast.attrs.flags.is_present() && variant.member.contains(',') {
            cx.error(
                variant.member_span,
                "a flags member name cannot hold `,`, which separates members: rename it",
            );
        }
        if let Some(first) = ast.variants[..index]
            .iter()
            .find(|earlier| earlier.member == variant.member)
        {
            cx.error(
                variant.member_span,
                format!(
                    "`{}` is already the member name of `{}`: give this variant another \
                     `#[graph(rename = \"...\")]`",
                    variant.member, first.ident
                ),
            );
        }
    }
    let krate = crate_path(ast.attrs.krate.as_ref());
    (cx.error_count() == before).then_some(CheckedEnum {
        ast,
        krate,
        odata_type,
    })
}

/// The rules of a `GraphPolymorphic`: exactly one `#[graph(other)]` variant.
pub fn check_polymorphic<'a>(ast: &'a Polymorphic, cx: &Ctxt) -> Option<CheckedPolymorphic<'a>> {
    let before = cx.error_count();
    no_generics(&ast.generics, "GraphPolymorphic", cx);
    let others: Vec<(usize, Span)> = ast
        .variants
        .iter()
        .enumerate()
        .filter_map(|(index, variant)| variant.other.map(|span| (index, span)))
        .collect();
    for (_, span) in others.iter().skip(1) {
        cx.error(
            *span,
            "`other` is already on another variant: one variant holds the items of types no \
             variant names",
        );
    }
    let other = others.first().map(|(index, _)| *index);
    if other.is_none() && ast.complete {
        cx.error(
            ast.ident.span(),
            "a GraphPolymorphic enum needs a variant for items of types it does not name: add \
             `#[graph(other)] Other(Base)`, holding the base type",
        );
    }
    let krate = crate_path(ast.attrs.krate.as_ref());
    if cx.error_count() > before {
        return None;
    }
    Some(CheckedPolymorphic {
        ast,
        krate,
        other: other?,
    })
}
