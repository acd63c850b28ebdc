//! The writing half of `Structured`: `additional_data`, what the struct keeps beside its
//! properties, and `write_properties`, which writes the base's properties and then its own,
//! the read-only ones (and the key) only when writing the whole value (`WriteMode::Full`), not
//! in a create body.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::slots::{Probes, imports};
use crate::ast::FieldMode;
use crate::valid::{CheckedEntity, Property};

/// `fn additional_data`: the struct's own field, its base's, or none.
pub fn additional_data(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    let structured = quote!(#private::Structured);
    let additional_data = match (entity.additional_data(), entity.base()) {
        // Spelled `AdditionalData`: the field itself, without the probe that keeps a field of
        // another type at one error (as `ast::is_plain_scalar`, by spelling).
        (Some(field), _) if crate::ast::is_additional_data(&field.ty) => {
            let member = &field.member;
            quote!(&self.#member)
        }
        (Some(field), _) => {
            let member = &field.member;
            quote! {
                #[allow(unused_imports)]
                use #private::{GetData as _, NoData as _};
                (&&#private::DataProbe(&self.#member)).get()
            }
        }
        (None, Some(base)) => {
            let member = &base.member;
            quote!(#structured::additional_data(&self.#member))
        }
        (None, None) => quote!(&#private::NO_ADDITIONAL_DATA),
    };
    quote! {
        #[inline]
        fn additional_data(&self) -> &#private::AdditionalData {
            #additional_data
        }
    }
}

/// `fn write_properties`: one writer call per property.
pub fn write_properties(
    entity: &CheckedEntity<'_>,
    private: &TokenStream,
    properties: &[Property<'_>],
) -> TokenStream {
    let structured = quote!(#private::Structured);
    let probes = Probes::of(properties);
    let write_imports = imports(
        private,
        &[
            ("SkipWrite", probes.optional || probes.required),
            ("WriteOptional", probes.optional),
            ("WriteRequired", probes.required),
        ],
    );
    let write_base = entity.base().map(|base| {
        let member = &base.member;
        quote!(#structured::write_properties(&self.#member, __map, __rest, __mode)?;)
    });
    let writes = properties.iter().map(|&Property { field, read_only, .. }| {
        let (member, name) = (&field.member, &field.json_name);
        // One writer call per property and no `?`: see `MapWriter`.
        let write = match field.mode {
            FieldMode::Required if field.plain => quote_spanned! {field.ty.span()=>
                __writer.required(#name, &self.#member);
            },
            FieldMode::Optional(_) | FieldMode::Nullable(_) if field.plain => {
                quote_spanned! {field.ty.span()=>
                    __writer.optional(#name, &self.#member);
                }
            }
            FieldMode::Required => quote_spanned! {field.ty.span()=>
                (&&#private::PropertyWriter(&self.#member)).write_required(&mut __writer, #name);
            },
            FieldMode::Optional(_) | FieldMode::Nullable(_) => quote_spanned! {field.ty.span()=>
                (&&#private::PropertyWriter(&self.#member)).write_optional(&mut __writer, #name);
            },
        };
        if read_only {
            quote!(if let #private::WriteMode::Full = __mode { #write })
        } else {
            write
        }
    });
    quote! {
        #[inline]
        fn write_properties<__M>(
            &self,
            __map: &mut __M,
            __rest: &#private::AdditionalData,
            __mode: #private::WriteMode,
        ) -> ::core::result::Result<(), __M::Error>
        where
            __M: #private::serde::ser::SerializeMap,
        {
            #write_imports
            #write_base
            let mut __writer = #private::MapWriter::of::<Self>(__map, __rest);
            #(#writes)*
            __writer.finish()
        }
    }
}
