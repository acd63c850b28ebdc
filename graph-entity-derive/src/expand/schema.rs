//! `Described` and `EdmType` of a struct: what the declaration says about its Graph type, for a
//! conformance check against the CSDL.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::shared::{base_trait, base_where, respan};
use crate::ast::FieldMode;
use crate::valid::{CheckedEntity, Kind, Role};

/// `Described` (kept only with the runtime's `schema` feature) and `EdmType`.
pub fn schema(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    let ident = &entity.ast.ident;
    let base_where = base_where(entity, private);
    let attrs = &entity.ast.attrs;
    let name = &entity.odata_type;
    let option = |value: Option<TokenStream>| match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    };
    let kind = match entity.kind {
        Kind::Entity { .. } | Kind::DerivedEntity { .. } | Kind::Keyless => quote!(Entity),
        Kind::Complex => quote!(Complex),
        // A projection's schema is not described (`expand::entity::projection`).
        Kind::Parameters | Kind::Projection { .. } => quote!(Parameters),
    };
    let base = option(match (&entity.base_type, entity.base()) {
        (Some(base), _) => Some(quote!(#base)),
        (None, Some(base)) => {
            let ty = &base.ty;
            Some(quote!(<#ty as #private::Structured>::ODATA_TYPE))
        }
        (None, None) => None,
    });
    let key = option(entity.is_keyed().then(|| {
        let entity_trait = quote!(#private::GraphEntity);
        quote!(<#ident as #entity_trait>::KEY_PROPERTY)
    }));
    let path = option(match &entity.kind {
        Kind::Entity { path: Some(path) } | Kind::DerivedEntity { path: Some(path) } => {
            Some(quote!(#path))
        }
        _ => None,
    });
    let singleton = option(entity.singleton.as_ref().map(|path| quote!(#path)));
    let is_abstract = attrs.abstract_.is_present();
    let properties = property_schemas(entity, private);
    let slots = entity
        .properties()
        .any(|property| !property.field.plain)
        .then(|| quote!(let __slots = <__Slots as ::core::default::Default>::default();));
    let navigations = navigation_schemas(entity, private);
    let operations = operation_schemas(entity, private);
    let edm_type = edm_type(entity, private);
    // `Described` is kept only with the runtime crate's `schema` feature (see `schema_items`);
    // `EdmType` always, for the compile-time check of projections.
    quote! {
        #edm_type

        #private::schema_items! {
            #[automatically_derived]
            impl #private::Described for #ident #base_where {
                // Built only where called (a conformance check), not in every crate that declares.
                #[inline]
                fn schema() -> #private::TypeSchema {
                    #slots
                    #private::TypeSchema {
                        name: #name,
                        kind: #private::TypeKind::#kind,
                        base: #base,
                        is_abstract: #is_abstract,
                        key: #key,
                        properties: ::std::vec![#(#properties),*],
                        collection_path: #path,
                        singleton: #singleton,
                        navigations: ::std::vec![#(#navigations),*],
                        operations: ::std::vec![#(#operations),*],
                    }
                }
            }
        }
    }
}

/// `impl EdmType`: the type's own name, and its properties' Edm types (`PROPERTY_EDM`, its
/// base's first, as `PROPERTIES`), which only a projection's compile-time check evaluates. A
/// field whose type is spelled as a plain scalar names its `EdmType` directly; any other goes
/// through the probe `EdmOf`, which is `None` for a type that maps to no Edm type (a serde type
/// of the program's own), so that such a field still compiles.
fn edm_type(entity: &CheckedEntity<'_>, private: &TokenStream) -> Option<TokenStream> {
    if matches!(entity.kind, Kind::Parameters) {
        return None;
    }
    let ident = &entity.ast.ident;
    let base_where = base_where(entity, private);
    let name = &entity.odata_type;
    let edm = quote!(#private::EdmType);
    // Any other field type is named through an alias whose head is at the struct's name (as the
    // slots' fields are): a type that does not resolve is then the same error here as in the
    // struct, which the compiler shows once.
    let mut aliases = Vec::new();
    let own: Vec<TokenStream> = entity
        .properties()
        .map(|property| {
            let ty = &property.field.ty;
            if property.field.plain {
                quote!(::core::option::Option::Some(<#ty as #edm>::EDM))
            } else {
                let alias = quote::format_ident!("__Edm{}", property.slot, span = ident.span());
                let head = quote_spanned!(ident.span()=> type #alias);
                aliases.push(quote!(#head = #ty;));
                quote!(<#private::EdmOf<#alias>>::EDM)
            }
        })
        .collect();
    let own_count = own.len();
    let property_edm = match entity.base() {
        Some(base) => {
            let base_ty = &base.ty;
            // The length as `structured` writes `PROPERTIES`' (the same tokens at the same span):
            // a base of another type is then the one error it reports, not a second one here.
            let base_trait = respan(base_trait(entity, private), base_ty.span());
            let base_properties =
                quote_spanned!(base_ty.span()=> <#base_ty as #base_trait>::ALL_PROPERTIES);
            quote! {
                &#private::concat_edm::<{ #base_properties.len() + #own_count }>(
                    <#base_ty as #edm>::PROPERTY_EDM,
                    &[#(#own),*],
                )
            }
        }
        None => quote!(&[#(#own),*]),
    };
    let probe = (!entity.properties().all(|property| property.field.plain)).then(|| {
        quote! {
            #[allow(unused_imports)]
            use #private::NoEdm as _;
        }
    });
    Some(quote! {
        #probe
        #(#aliases)*
        #[automatically_derived]
        impl #edm for #ident #base_where {
            const EDM: #private::EdmRef = #private::EdmRef::single(#name);
            const PROPERTY_EDM: &'static [::core::option::Option<#private::EdmRef>] = #property_edm;
        }
    })
}

/// A `PropertySchema` per property: its Edm type (through its read slot, for a type that is no
/// plain scalar), whether it is nullable and read-only.
fn property_schemas(entity: &CheckedEntity<'_>, private: &TokenStream) -> Vec<TokenStream> {
    entity
        .members
        .iter()
        .filter_map(|member| {
            let property = member.property()?;
            let field = property.field;
            let (json_name, read_only) = (&field.json_name, property.read_only);
            // The key is never null; any other property is nullable unless its type is required
            // or it is marked `non_nullable`.
            let nullable = !matches!(field.mode, FieldMode::Required)
                && !field.attrs.non_nullable.is_present()
                && !matches!(member.role, Role::Key { .. });
            let edm = if field.plain {
                let ty = &field.ty;
                quote!(#private::edm_of::<#ty>())
            } else {
                // The field's type through its read slot, not its tokens: a type that does not
                // exist is one error, the struct's. (Through a slot and not a closure over the
                // struct: a closure is one more body to check per property.)
                let slot = quote::format_ident!("__field{}", property.slot);
                quote! {{
                    #[allow(unused_imports)]
                    use #private::{KnownEdm as _, UnknownEdm as _};
                    let __probe = #private::edm_probe_of_slot(&__slots.#slot);
                    (&&__probe).edm()
                }}
            };
            Some(quote! {
                #private::PropertySchema {
                    name: #json_name,
                    edm: #edm,
                    nullable: #nullable,
                    read_only: #read_only,
                }
            })
        })
        .collect()
}

/// A `NavigationSchema` per navigation property.
fn navigation_schemas(entity: &CheckedEntity<'_>, private: &TokenStream) -> Vec<TokenStream> {
    entity
        .navigations
        .iter()
        .map(|navigation| {
            let (json_name, target) = (&navigation.name, &navigation.target);
            let (single, contained) = (navigation.single, navigation.contained);
            quote! {
                #private::NavigationSchema {
                    name: #json_name,
                    target: #private::EdmRef {
                        name: {
                            #[allow(unused_imports)]
                            use #private::{KnownEdm as _, UnknownEdm as _};
                            let __probe: #private::EdmProbe<#target> =
                                #private::EdmProbe(::core::marker::PhantomData);
                            (&&__probe).edm().map_or("", |__edm| __edm.name)
                        },
                        collection: !#single,
                    },
                    contained: #contained,
                }
            }
        })
        .collect()
}

/// An `OperationSchema` per bound operation.
fn operation_schemas(entity: &CheckedEntity<'_>, private: &TokenStream) -> Vec<TokenStream> {
    entity
        .actions
        .iter()
        .map(|action| {
            let (op_name, is_function, collection, returns) = (
                &action.name,
                action.is_function,
                action.collection,
                &action.returns,
            );
            let parameters = match &action.parameters {
                Some(parameters) => quote! {{
                    #[allow(unused_imports)]
                    use #private::{KnownParameters as _, UnknownParameters as _};
                    let __probe: #private::ParametersProbe<#parameters> =
                        #private::ParametersProbe(::core::marker::PhantomData);
                    (&&__probe).parameters()
                }},
                None => quote!(::std::vec::Vec::new()),
            };
            quote! {
                #private::OperationSchema {
                    name: #op_name,
                    is_function: #is_function,
                    collection: #collection,
                    parameters: #parameters,
                    returns: #private::returned({
                        #[allow(unused_imports)]
                        use #private::{KnownEdm as _, UnknownEdm as _};
                        let __probe: #private::EdmProbe<#returns> =
                            #private::EdmProbe(::core::marker::PhantomData);
                        (&&__probe).edm()
                    }),
                }
            }
        })
        .collect()
}
