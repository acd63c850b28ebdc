//! The `__Slots` struct a document is read into (one `Option` per property, the base's slots,
//! and one type assertion per property type), and which auto-ref probes the properties need.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use crate::ast::FieldMode;
use crate::expand::shared::{base_where, probe_imports, respan};
use crate::valid::{CheckedEntity, Property};

/// The property's slot in the generated `__Slots` struct, spanned at the field's type so that a
/// type error in reading it points there.
pub fn slot(property: &Property<'_>) -> syn::Ident {
    syn::Ident::new(
        &format!("__field{}", property.slot),
        property.field.ty.span(),
    )
}

/// `struct __Slots` and its `Default`.
pub fn slots(
    entity: &CheckedEntity<'_>,
    private: &TokenStream,
    properties: &[Property<'_>],
) -> TokenStream {
    let ident = &entity.ast.ident;
    let structured = quote!(#private::Structured);
    let base_ty = entity.base().map(|field| &field.ty);
    let base_where = base_where(entity, private);
    // One assertion per property type, at the user's type: the uses below fall back to code
    // that compiles for a type that is not (de)serializable, so that this is the one error. It
    // is a field of the slots (a `PhantomData`, so nothing at run time), whose head is at the
    // struct's name: a field type that does not resolve is then the same error here as in the
    // struct (with a suggestion at the struct's name), which the compiler shows once.
    // A plain scalar needs none: its direct calls cannot fall back.
    let checks: Vec<(syn::Ident, TokenStream, proc_macro2::Span)> = properties
        .iter()
        .filter(|Property { field, .. }| !field.plain)
        .map(|Property { field, slot, .. }| {
            let ty = match &field.mode {
                FieldMode::Required => &field.ty,
                FieldMode::Optional(inner) | FieldMode::Nullable(inner) => inner,
            };
            let property = respan(quote!(#private::PropertyCheck), ty.span());
            let check = format_ident!("__check{slot}");
            let field_ty = quote_spanned!(ty.span()=> ::core::marker::PhantomData<#property<#ty>>);
            (check, field_ty, ty.span())
        })
        .collect();
    let check_fields = checks.iter().map(|(check, ty, _)| quote!(#check: #ty,));
    // At the type too: building the field is the same error, at the same tokens, shown once.
    let check_defaults = checks
        .iter()
        .map(|(check, _, span)| quote_spanned!(*span=> #check: ::core::marker::PhantomData,));
    let slot_fields = properties.iter().map(|property| {
        let slot = slot(property);
        let ty = &property.field.ty;
        quote!(#slot: ::core::option::Option<#ty>,)
    });
    let base_slot = base_ty.map(|base_ty| quote!(__base: <#base_ty as #structured>::Slots,));
    let slot_defaults = properties.iter().map(|property| {
        let slot = slot(property);
        quote!(#slot: ::core::option::Option::None,)
    });
    let base_slot_default = base_ty.map(|_| quote!(__base: ::core::default::Default::default(),));
    // At the struct's name: see `checks` above.
    let slots_head = quote_spanned!(ident.span()=> pub struct __Slots);
    quote! {
        #[doc(hidden)]
        #slots_head #base_where {
            #(#slot_fields)*
            #(#check_fields)*
            #base_slot
        }

        // Not derived: the derive would repeat the where clause with a note of its own.
        impl ::core::default::Default for __Slots #base_where {
            #[inline]
            fn default() -> Self {
                __Slots {
                    #(#slot_defaults)*
                    #(#check_defaults)*
                    #base_slot_default
                }
            }
        }
    }
}

/// Which auto-ref probes the properties read and write through: those of a property that must
/// be present, and those of one that may be absent. Plain scalars need none.
pub struct Probes {
    pub required: bool,
    pub optional: bool,
}

impl Probes {
    pub fn of(properties: &[Property<'_>]) -> Self {
        Probes {
            required: properties
                .iter()
                .any(|p| !p.field.plain && matches!(p.field.mode, FieldMode::Required)),
            optional: properties
                .iter()
                .any(|p| !p.field.plain && !matches!(p.field.mode, FieldMode::Required)),
        }
    }
}

/// `use` of the probe traits among `traits` that are needed, imported only where a field needs
/// them: an unused import still costs name resolution per type.
pub fn imports(private: &TokenStream, traits: &[(&'static str, bool)]) -> TokenStream {
    let needed: Vec<&'static str> = traits
        .iter()
        .filter(|(_, needed)| *needed)
        .map(|(name, _)| *name)
        .collect();
    probe_imports(private, &needed)
}
