//! A projection, `#[graph(projection_of = Of)]`: `Structured` from its own fields (with `Of`'s
//! name and tag), `GraphEntity` or `GraphComplex` with `Of`'s items (key, paths, operations)
//! but its own properties and `$select`, `Projection`, the lineage and property names of `Of`,
//! serde, and the compile-time check of each field against `Of`'s properties.
//!
//! Every item is bounded by `for<'__p> Of: Projectable` (see `shared::base_where`), and the
//! one assertion of it names `Of` once: a projected type that is no Graph type is one error.
//! `GraphEntity` and `GraphComplex` are each bounded by `Of`'s, under a binder, so that the one
//! that `Of` has applies and the other does not.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::structured;
use crate::expand::shared::{Serde, base_predicate, base_where, hidden_const, respan, serde_impl};
use crate::valid::{CheckedEntity, Property};

/// Everything `#[derive(GraphEntity)]` generates for a checked projection.
pub fn projection(
    entity: &CheckedEntity<'_>,
    of: &syn::Path,
    private: &TokenStream,
) -> TokenStream {
    let ident = &entity.ast.ident;
    let base_where = base_where(entity, private);
    let structured = structured::structured(entity, private);
    let (property_constants, _) = crate::expand::properties::properties(entity, private);
    let serialize = serde_impl(
        Serde::Serialize,
        private,
        ident,
        &base_where,
        true,
        quote!(#private::serialize(self, __serializer, #private::WriteMode::Full)),
    );
    let deserialize = serde_impl(
        Serde::Deserialize,
        private,
        ident,
        &base_where,
        true,
        quote!(#private::deserialize(__deserializer)),
    );
    let type_traits = type_traits(entity, of, private);
    let lineage = lineage(entity, of, private);
    let checks = field_checks(entity, of, private);
    let projectable = respan(quote!(#private::Projectable), of.span());
    let assertion = quote_spanned!(of.span()=> const _: () = <#of as #projectable>::ASSERT;);
    let items = hidden_const(quote! {
        #assertion
        #checks
        #structured
        #type_traits
        #lineage
        #serialize
        #deserialize
    });
    quote! {
        #property_constants
        #items
    }
}

/// `GraphEntity` (for a projection of an entity) or `GraphComplex` (of a complex type),
/// `GraphDocument`, `Projection`, `EdmType`, and the markers `Addressable` and `Keyed` where
/// `Of` has them.
fn type_traits(entity: &CheckedEntity<'_>, of: &syn::Path, private: &TokenStream) -> TokenStream {
    let ident = &entity.ast.ident;
    let base_where = base_where(entity, private);
    let projectable = base_predicate(entity, private);
    let entity_trait = quote!(#private::GraphEntity);
    let complex_trait = quote!(#private::GraphComplex);
    let structured = quote!(#private::Structured);
    let key = projected_key(entity, private);
    quote! {
        #[automatically_derived]
        impl #entity_trait for #ident
        where
            #projectable,
            for<'__p> #of: #entity_trait,
        {
            type Patch = <#of as #entity_trait>::Patch;
            type Paths = <#of as #entity_trait>::Paths;
            type Key = <#of as #entity_trait>::Key;
            type CollectionPaths = <#of as #entity_trait>::CollectionPaths;
            const ODATA_TYPE: &'static str = <#of as #entity_trait>::ODATA_TYPE;
            const BASE_TYPE: ::core::option::Option<&'static str> =
                <#of as #entity_trait>::BASE_TYPE;
            const KEY_PROPERTY: &'static str = <#of as #entity_trait>::KEY_PROPERTY;
            // Through calls, evaluated only when named: `Of` may have no path.
            const COLLECTION_PATH: &'static str = #private::collection_path_of::<#of>();
            const ITEM_PATH: &'static str = #private::item_path_of::<#of>();
            const PROPERTIES: &'static [&'static str] = <Self as #structured>::PROPERTIES;
            const ACTIONS: &'static [&'static str] = <#of as #entity_trait>::ACTIONS;
            const FUNCTIONS: &'static [&'static str] = <#of as #entity_trait>::FUNCTIONS;
            const ABSTRACT: bool = <#of as #entity_trait>::ABSTRACT;
            const DEFAULT_SELECT: &'static [&'static str] = <Self as #structured>::PROPERTIES;

            #key
        }

        #[automatically_derived]
        impl #complex_trait for #ident
        where
            #projectable,
            for<'__p> #of: #complex_trait,
        {
            const ODATA_TYPE: &'static str = <#of as #complex_trait>::ODATA_TYPE;
            const BASE_TYPE: ::core::option::Option<&'static str> =
                <#of as #complex_trait>::BASE_TYPE;
            const PROPERTIES: &'static [&'static str] = <Self as #structured>::PROPERTIES;
            const ABSTRACT: bool = <#of as #complex_trait>::ABSTRACT;
        }

        #[automatically_derived]
        impl #private::GraphDocument for #ident #base_where {}

        #[automatically_derived]
        impl #private::Projection for #ident #base_where {
            type Of = #of;
        }

        #[automatically_derived]
        impl #private::EdmType for #ident #base_where {
            const EDM: #private::EdmRef = <#of as #private::EdmType>::EDM;
        }

        #[automatically_derived]
        impl<'__a> #private::Addressable for #ident
        where
            #projectable,
            for<'__p> #of: #entity_trait,
            #of: #private::AddressableVia<'__a>,
        {
        }

        #[automatically_derived]
        impl #private::Keyed for #ident
        where
            #projectable,
            for<'__p> #of: #entity_trait,
            for<'__p> #of: #private::Keyed,
        {
        }
    }
}

/// `GraphEntity::key`: the field whose JSON name is `Of`'s key property, if the projection has
/// it, through an auto-ref probe (a field of a type that is no key gives none, with no error).
fn projected_key(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    let entity_trait = quote!(#private::GraphEntity);
    let fields = entity.properties().map(|Property { field, .. }| {
        let (json_name, member) = (&field.json_name, &field.member);
        quote! {
            if <Self as #entity_trait>::KEY_PROPERTY == #json_name {
                return (&&#private::KeyProbe::<Self::Key, _>(
                    &self.#member,
                    ::core::marker::PhantomData,
                ))
                    .projected_key();
            }
        }
    });
    quote! {
        #[inline]
        fn key(&self) -> ::core::option::Option<&Self::Key> {
            #[allow(unused_imports)]
            use #private::{KnownKey as _, UnknownKey as _};
            #(#fields)*
            ::core::option::Option::None
        }
    }
}

/// `Of`'s lineage (so that a projection is cast to, and navigated from, as `Of` is) and its
/// property names (so that a `Query` of the projection filters and orders by `Of`'s).
fn lineage(entity: &CheckedEntity<'_>, of: &syn::Path, private: &TokenStream) -> TokenStream {
    let ident = &entity.ast.ident;
    let projectable = base_predicate(entity, private);
    quote! {
        #[automatically_derived]
        impl #private::Lineage for #ident
        where
            #projectable,
            for<'__p> #of: #private::Lineage,
        {
            type Ancestors = (#ident, <#of as #private::Lineage>::Ancestors);
        }

        #[automatically_derived]
        impl<__A> #private::InheritsProperties<__A> for #ident
        where
            #of: #private::InheritsProperties<__A>,
        {
        }

        #[automatically_derived]
        impl<__A> #private::IntoProperty<#ident> for #private::Property<__A>
        where
            #of: #private::InheritsProperties<__A>,
        {
            #[inline]
            fn into_property(self) -> #private::Property<#ident> {
                #private::Property::declared(self.name())
            }
        }
    }
}

/// One constant per field, at its JSON name: the field is a property of `Of` (its own or one of
/// its base types'), and its type stands for the property's Edm type. Each is a constant of its
/// own, so that every wrong field is reported at once.
fn field_checks(entity: &CheckedEntity<'_>, of: &syn::Path, private: &TokenStream) -> TokenStream {
    let projected = quote!(#of).to_string().replace(' ', "");
    let checks = entity.properties().map(|Property { field, .. }| {
        let (json_name, ty) = (&field.json_name, &field.ty);
        let missing = format!(
            "`{json_name}` is not a property of `{projected}` or of its base types: remove this \
             field, or name it after one of their properties (or give that property's JSON name \
             with `#[graph(rename = \"...\")]`)"
        );
        let before = format!("`{json_name}` of `{projected}` is of Edm type ");
        let middle = ", and the type of this field stands for ";
        let after = ": declare the field with a type of the property's Edm type (inside an \
                     `Option`, a `Nullable` or a `Box`; a `Vec` for a collection)";
        quote_spanned! {field.json_name_span=>
            const _: () = {
                #[allow(unused_imports)]
                use #private::{NoEdm as _, NotProjectable as _};
                match #private::check_field(
                    <#private::Projected<#of>>::TABLE,
                    #json_name,
                    <#private::EdmOf<#ty>>::EDM,
                ) {
                    #private::FieldCheck::Fine => {}
                    #private::FieldCheck::Missing => ::core::panic!("{}", #missing),
                    #private::FieldCheck::Mismatch(__expected) => {
                        let __message = #private::Message::mismatch(
                            #before,
                            __expected,
                            #middle,
                            <#private::EdmOf<#ty>>::EDM,
                            #after,
                        );
                        ::core::panic!("{}", __message.as_str())
                    }
                }
            };
        }
    });
    quote!(#(#checks)*)
}
