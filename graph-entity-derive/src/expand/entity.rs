//! `GraphEntity` on a struct: `Structured` ([`structured`]), `GraphEntity` or `GraphComplex`
//! ([`type_trait`]), the functions of its actions ([`actions`]), `Deref` to its base
//! ([`inherit`]) and serde, with the patch type,
//! the typed paths, the property constants and the schema beside, all in one hidden constant.

mod actions;
mod inherit;
mod projection;
mod structured;
#[cfg(test)]
mod tests;
mod type_trait;

use proc_macro2::TokenStream;
use quote::quote;

use super::shared::{Serde, base_where, hidden_const, serde_impl};
use crate::valid::{CheckedEntity, Kind};

/// Everything `#[derive(GraphEntity)]` generates for a checked struct.
pub fn entity(entity: &CheckedEntity<'_>) -> TokenStream {
    let krate = &entity.krate;
    let private = quote!(#krate::__private);
    if let Kind::Projection { of } = &entity.kind {
        return projection::projection(entity, of, &private);
    }
    let structured = structured::structured(entity, &private);
    let type_trait = type_trait::type_trait(entity, &private);
    let actions = actions::actions(entity, &private);
    let inherit = inherit::inherit(entity);
    let ident = &entity.ast.ident;
    let (patch_type, patch_impls) = super::patch::patch(entity, &private);
    let base_where = base_where(entity, &private);
    let (property_constants, property_impls) = super::properties::properties(entity, &private);
    let (path_types, path_impls) = super::paths::paths(entity, &private);
    let schema = super::schema::schema(entity, &private);
    let serialize = serde_impl(
        Serde::Serialize,
        &private,
        ident,
        &base_where,
        true,
        quote!(#private::serialize(self, __serializer, #private::WriteMode::Full)),
    );
    let deserialize = serde_impl(
        Serde::Deserialize,
        &private,
        ident,
        &base_where,
        true,
        quote!(#private::deserialize(__deserializer)),
    );
    // One hidden constant for all impls: each constant item costs as much to check as a small
    // function.
    let items = hidden_const(quote! {
            #property_impls
            #structured
            #type_trait
            #actions
            #inherit
            #patch_impls
            #path_impls
            #schema

            #serialize


            #deserialize

    });
    quote! {
        #patch_type
        #path_types
        #property_constants
        #items
    }
}
