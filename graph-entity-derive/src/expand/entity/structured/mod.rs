//! `impl Structured`, the field-dependent half of reading and writing a struct: its constants
//! (type tag, properties with its base's, whether it keeps additional data), its `__Slots`
//! ([`slots`]), its reading ([`read`]) and writing ([`write`]) halves; with the impls that say
//! what it derives from, and the check that it declares no property of its base again.

mod read;
mod slots;
mod write;

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::expand::shared::{base_trait, base_where, respan};
use crate::valid::{CheckedEntity, Kind, Property};

/// `impl Structured`, with `__Slots`, the lineage impls and the redeclared-property check.
pub fn structured(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    let ident = &entity.ast.ident;
    let structured = quote!(#private::Structured);
    let properties: Vec<Property<'_>> = entity.properties().collect();
    let base_where = base_where(entity, private);
    let constants = constants(entity, private, &properties);
    let lineage = lineage(entity, private);
    let redeclared = redeclared(entity, private, &properties);
    let slots = slots::slots(entity, private, &properties);
    let read_property = read::read_property(entity, private, &properties);
    let finish = read::finish(entity, private);
    let additional_data = write::additional_data(entity, private);
    let write_properties = write::write_properties(entity, private, &properties);
    quote! {
        #lineage
        #redeclared

        #slots

        #[automatically_derived]
        impl #structured for #ident #base_where {
            #constants
            type Slots = __Slots;

            #read_property

            #finish

            #additional_data

            #write_properties
        }
    }
}

/// The constants of `Structured`; those equal to their trait's default are left to it, as
/// each constant in an impl is one more item to check.
fn constants(
    entity: &CheckedEntity<'_>,
    private: &TokenStream,
    properties: &[Property<'_>],
) -> TokenStream {
    let structured = quote!(#private::Structured);
    if let Kind::Projection { of } = &entity.kind {
        // Its projected type's name and tag, and it reads a document of any type: a
        // projection of a base type stands for its derived types too (`directoryObject` for
        // users and groups), which only their own declarations know.
        let keeps = entity.additional_data().is_none().then(|| {
            quote!(
                const KEEPS_ADDITIONAL_DATA: bool = false;
            )
        });
        let names = properties.iter().map(|property| &property.field.json_name);
        return quote! {
            const ODATA_TYPE: &'static str = <#of as #structured>::ODATA_TYPE;
            const TYPE_TAG: ::core::option::Option<&'static str> = <#of as #structured>::TYPE_TAG;
            const TYPE_IF_READ: bool = <#of as #structured>::TYPE_IF_READ;
            const READS_ANY_TYPE: bool = true;
            const ALSO_READS: &'static [&'static str] = <#of as #structured>::ALSO_READS;
            const PROPERTIES: &'static [&'static str] = &[#(#names),*];
            #keeps
        };
    }
    let base = entity.base();
    let odata_type = &entity.odata_type;
    let type_tag = if matches!(entity.kind, Kind::Parameters) {
        quote!(::core::option::Option::None)
    } else {
        let tag = format!("#{odata_type}");
        quote!(::core::option::Option::Some(#tag))
    };
    // Root complex types write `@odata.type` only if they read it; derived ones name their type
    // always, as they stand where their base is expected.
    let type_if_read = matches!(entity.kind, Kind::Complex) && base.is_none();
    // Every complex type reads a value of a derived type it does not know as itself.
    let reads_any_type = matches!(entity.kind, Kind::Complex);
    let reads_any_type = (reads_any_type != type_if_read)
        .then(|| quote!(const READS_ANY_TYPE: bool = #reads_any_type;));
    let type_if_read = type_if_read.then(|| {
        quote!(
            const TYPE_IF_READ: bool = true;
        )
    });
    // Named only when given: the trait's default is the empty list.
    let also_reads = (!entity.also_reads.is_empty()).then(|| {
        let names = &entity.also_reads;
        quote!(const ALSO_READS: &'static [&'static str] = &[#(#names),*];)
    });
    let names = properties.iter().map(|property| &property.field.json_name);
    let own_count = properties.len();
    // The length is a constant of its own, where the where clause is not assumed: it names the
    // base's properties through the bound's trait, at the base field's type, so that a base of
    // another type fails here with the same error as everywhere else.
    let all_properties = match base {
        Some(base) => {
            let base_ty = &base.ty;
            let base_trait = respan(base_trait(entity, private), base_ty.span());
            let base_properties =
                quote_spanned!(base_ty.span()=> <#base_ty as #base_trait>::ALL_PROPERTIES);
            quote! {
                &#private::concat::<{ #base_properties.len() + #own_count }>(
                    <#base_ty as #structured>::PROPERTIES,
                    &[#(#names),*],
                )
            }
        }
        None => quote!(&[#(#names),*]),
    };
    // `true` is the trait's default: named only when it may be `false`.
    let keeps = match base {
        _ if entity.additional_data().is_some() => TokenStream::new(),
        Some(base) => {
            let base_ty = &base.ty;
            quote! {
                const KEEPS_ADDITIONAL_DATA: bool = <#base_ty as #structured>::KEEPS_ADDITIONAL_DATA;
            }
        }
        None => quote!(
            const KEEPS_ADDITIONAL_DATA: bool = false;
        ),
    };
    quote! {
        const ODATA_TYPE: &'static str = #odata_type;
        const TYPE_TAG: ::core::option::Option<&'static str> = #type_tag;
        #type_if_read
        #reads_any_type
        #also_reads
        const PROPERTIES: &'static [&'static str] = #all_properties;
        #keeps
    }
}

/// What the type derives from and is the base of: `SelfView` (so `DerivesFrom<Self>`, from the
/// runtime's blanket impl), `DerivesFrom` what its base derives from, and `GraphBase` (and
/// `EntityBase`) for its own derived types.
fn lineage(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    let ident = &entity.ast.ident;
    let base_where = base_where(entity, private);
    let self_view = quote! {
        #[automatically_derived]
        impl #private::SelfView for #ident {}
    };
    let derives_from = match entity.base() {
        Some(base) => {
            let (base_ty, member) = (&base.ty, &base.member);
            quote! {
                #self_view
                #[automatically_derived]
                impl<__R> #private::DerivesFrom<__R> for #ident
                where
                    #base_ty: #private::DerivesFrom<__R>,
                {
                    #[inline]
                    fn view(&self) -> &__R {
                        #private::DerivesFrom::view(&self.#member)
                    }
                    #[inline]
                    fn view_mut(&mut self) -> &mut __R {
                        #private::DerivesFrom::view_mut(&mut self.#member)
                    }
                }
            }
        }
        None => self_view,
    };
    // Neither action parameters nor a projection is the base of another type.
    let graph_base =
        (!matches!(entity.kind, Kind::Parameters | Kind::Projection { .. })).then(|| {
            let entity_base = entity.is_entity().then(|| {
                quote! {
                    #[automatically_derived]
                    impl #private::EntityBase for #ident #base_where {}
                }
            });
            quote! {
                #[automatically_derived]
                impl #private::GraphBase for #ident #base_where {}
                #entity_base
            }
        });
    quote! {
        #derives_from
        #graph_base
    }
}

/// A derived type may not declare again a property of its base: the name would be written
/// twice, and the base's field would never be read. Checked at compile time, across crates,
/// against the base's `PROPERTIES`, with or without the `schema` feature: one constant for all
/// of them (every constant item costs as much to check as a small function), one call that
/// finds the first name redeclared (`redeclared` makes one pass over the base's names), then
/// one assertion per property at its field, so that the error points there.
fn redeclared(
    entity: &CheckedEntity<'_>,
    private: &TokenStream,
    properties: &[Property<'_>],
) -> Option<TokenStream> {
    let ident = &entity.ast.ident;
    let base_field = entity.base().filter(|_| !properties.is_empty())?;
    let names = properties.iter().map(|property| &property.field.json_name);
    let base_ty = &base_field.ty;
    let base_name = quote!(#base_ty).to_string().replace(' ', "");
    let base_member = &base_field.member;
    let base_trait = respan(base_trait(entity, private), base_ty.span());
    let base_properties =
        quote_spanned!(base_ty.span()=> <#base_ty as #base_trait>::ALL_PROPERTIES);
    let each = properties
        .iter()
        .enumerate()
        .map(|(at, Property { field, .. })| {
            let name = &field.json_name;
            let message = format!(
                "`{name}` is a property of the base type `{base_name}`: remove this field; \
                 `{ident}` reads and writes it through its base field `{base_member}`"
            );
            quote_spanned! {field.json_name_span=>
                ::core::assert!(__redeclared != #at, #message);
            }
        });
    Some(quote! {
        const _: () = {
            let __redeclared = #private::redeclared(#base_properties, &[#(#names),*]);
            #(#each)*
        };
    })
}
