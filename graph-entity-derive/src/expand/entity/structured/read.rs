//! The reading half of `Structured`: `read_property`, which reads one property's value into its
//! slot (or hands it to the base's slots), and `finish`, which builds the struct from the slots.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::slots::{Probes, imports, slot};
use crate::ast::FieldMode;
use crate::valid::{CheckedEntity, Property, Role};

/// `fn read_property`: one reader call per property, by its index.
pub fn read_property(
    entity: &CheckedEntity<'_>,
    private: &TokenStream,
    properties: &[Property<'_>],
) -> TokenStream {
    let structured = quote!(#private::Structured);
    let probes = Probes::of(properties);
    let read_imports = imports(
        private,
        &[
            ("ReadOpenOptional", probes.optional),
            ("ReadPlainOptional", probes.optional),
            ("ReadRequired", probes.required),
            ("SkipOptional", probes.optional),
            ("SkipRequired", probes.required),
        ],
    );
    let read_arms = properties.iter().map(|property| {
        let (field, slot) = (property.field, slot(property));
        let name = &field.json_name;
        let position = u16::try_from(property.slot).unwrap_or(u16::MAX);
        let read = match field.mode {
            // A plain scalar cannot fail the probes' bounds: a direct call, cheaper to check.
            FieldMode::Required if field.plain => quote_spanned! {field.ty.span()=>
                __reader.required(&mut __slots.#slot, #name)
            },
            FieldMode::Optional(_) | FieldMode::Nullable(_) if field.plain => {
                quote_spanned! {field.ty.span()=>
                    __reader.plain_optional(&mut __slots.#slot, #name)
                }
            }
            FieldMode::Required => quote_spanned! {field.ty.span()=>
                (&&#private::RequiredReader::of(&__slots.#slot)).read(&mut __slots.#slot, __reader, #name)
            },
            FieldMode::Optional(_) | FieldMode::Nullable(_) => quote_spanned! {field.ty.span()=>
                (&&&#private::OptionalReader::of(&__slots.#slot))
                    .read(&mut __slots.#slot, __reader, #name)
            },
        };
        quote!(#position => #read,)
    });
    // `property_index` numbers the base's properties first, as `PROPERTIES` lists them.
    let read_base = entity.base().map(|base| {
        let base_ty = &base.ty;
        quote! {
            let __base_count = <#base_ty as #structured>::PROPERTY_COUNT;
            if __index < __base_count {
                let (__map, __rest) = __reader.into_parts();
                return <#base_ty as #structured>::read_property(
                    &mut __slots.__base,
                    __index,
                    __map,
                    __rest,
                );
            }
            let __index = __index - __base_count;
        }
    });
    quote! {
        #[inline]
        fn read_property<'de, __A>(
            __slots: &mut Self::Slots,
            __index: u16,
            __map: &mut __A,
            __rest: &mut #private::Rest,
        ) -> ::core::result::Result<(), __A::Error>
        where
            __A: #private::serde::de::MapAccess<'de>,
        {
            #read_imports
            // One reader call per property: see `MapReader`.
            let __reader = #private::MapReader::new(__map, __rest);
            #read_base
            match __index {
                #(#read_arms)*
                _ => __reader.skip(),
            }
        }
    }
}

/// `fn finish`: every field from its slot, the base from the base's slots, and the additional
/// data from what reading kept.
pub fn finish(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    let structured = quote!(#private::Structured);
    let take_own = entity
        .additional_data()
        .map(|_| quote!(let __additional = #private::take_additional_data(__data);));
    let inits = entity.members.iter().map(|member| {
        let field = member.field;
        let (member_name, ty) = (&field.member, &field.ty);
        if let Some(property) = member.property() {
            let slot = slot(&property);
            return match field.mode {
                FieldMode::Required => {
                    let name = &field.json_name;
                    quote!(#member_name: #private::take_required(__slots.#slot, #name)?)
                }
                // Inherent methods of the slot's `Option`: cheaper to check than a path call
                // whose type parameter is inferred.
                FieldMode::Optional(_) => quote!(#member_name: __slots.#slot.flatten()),
                FieldMode::Nullable(_) => quote!(#member_name: __slots.#slot.unwrap_or_default()),
            };
        }
        if member.role == Role::Base {
            quote!(#member_name: <#ty as #structured>::finish(__slots.__base, __data)?)
        } else {
            quote_spanned! {ty.span()=>
                #member_name: <#ty as #private::IsAdditionalData>::from_additional_data(
                    __additional
                )
            }
        }
    });
    quote! {
        #[inline]
        fn finish<__E>(
            __slots: Self::Slots,
            __data: &mut ::core::option::Option<#private::AdditionalData>,
        ) -> ::core::result::Result<Self, __E>
        where
            __E: #private::serde::de::Error,
        {
            #take_own
            ::core::result::Result::Ok(Self {
                #(#inits,)*
            })
        }
    }
}
