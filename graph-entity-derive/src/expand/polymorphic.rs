//! `GraphPolymorphic` on an enum of a base type's derived types.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::shared::{Serde, hidden_const, serde_impl};
use crate::valid::CheckedPolymorphic;

pub fn polymorphic(checked: &CheckedPolymorphic<'_>) -> TokenStream {
    let krate = &checked.krate;
    let private = quote!(#krate::__private);
    let structured = quote!(#private::Structured);
    let ident = &checked.ast.ident;
    let variants = &checked.ast.variants;
    let other = &variants[checked.other];
    let (other_ident, root) = (&other.ident, &other.ty);
    let named: Vec<_> = variants
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != checked.other)
        .map(|(_, variant)| variant)
        .collect();
    let dispatch = named.iter().map(|variant| {
        let (variant_ident, ty) = (&variant.ident, &variant.ty);
        quote! {
            if __name == <#ty as #structured>::ODATA_TYPE {
                return #private::ReadVariant::read::<#ty>(__reader, false)
                    .map(Self::#variant_ident);
            }
        }
    });
    let all: Vec<&syn::Ident> = variants.iter().map(|variant| &variant.ident).collect();
    let named_idents = named.iter().map(|variant| &variant.ident);
    let named_types = named.iter().map(|variant| &variant.ty);
    let froms = variants.iter().map(|variant| {
        let (variant_ident, ty) = (&variant.ident, &variant.ty);
        quote! {
            #[automatically_derived]
            impl ::core::convert::From<#ty> for #ident {
                #[inline]
                fn from(__value: #ty) -> Self {
                    Self::#variant_ident(__value)
                }
            }
        }
    });
    // One assertion per variant type, at the user's type: the base views fall back to code
    // that compiles for a variant of another hierarchy, so that this is the one error.
    let variant_types = variants.iter().map(|variant| {
        let ty = &variant.ty;
        let assert = quote_spanned!(ty.span()=> <#ty as #private::DerivesFrom<#root>>::view);
        quote!(const _: fn(&#ty) -> &#root = #assert;)
    });
    let base_doc = format!(
        "The [`{}`] view of the item, whatever its type.",
        quote!(#root)
    );
    let serialize = serde_impl(
        Serde::Serialize,
        &private,
        ident,
        &TokenStream::new(),
        false,
        quote! {
            match self {
                #(Self::#all(__value) => #private::serde::Serialize::serialize(
                    __value,
                    __serializer,
                ),)*
            }
        },
    );
    let deserialize = serde_impl(
        Serde::Deserialize,
        &private,
        ident,
        &TokenStream::new(),
        false,
        quote! {
            #private::deserialize_polymorphic::<Self, __D>(__deserializer)
        },
    );
    // Which variant reads an item of a type: one `if` per named variant, for both roads of
    // `deserialize_polymorphic` (the rest of the object after its `@odata.type`, or the item
    // taken whole).
    let polymorphic = quote! {
        #[automatically_derived]
        impl #private::Polymorphic for #ident {
            #[inline]
            fn dispatch<__R: #private::ReadVariant>(
                __name: ::core::option::Option<&str>,
                __reader: __R,
            ) -> ::core::result::Result<Self, __R::Error> {
                if let ::core::option::Option::Some(__name) = __name {
                    #(#dispatch)*
                }
                #private::ReadVariant::read::<#root>(__reader, true).map(Self::#other_ident)
            }
        }
    };
    hidden_const(quote! {
            #(#variant_types)*

            // A property of the enum's type is one of its `other` variant's type, the type the
            // enum is rooted at, as the CSDL declares it (`AnyMessage` is `microsoft.graph.message`).
            #private::schema_items! {
                #[automatically_derived]
                impl #private::EdmType for #ident where for<'__r> #root: #private::EdmType {
                    const EDM: #private::EdmRef = <#root as #private::EdmType>::EDM;
                }
            }

            // A response body that is one item of the hierarchy reads as the enum (a bound
            // operation returning a type with derived types).
            #[automatically_derived]
            impl #private::GraphDocument for #ident {}

            #[automatically_derived]
            impl #ident {
                #[doc = #base_doc]
                #[inline]
                pub fn base(&self) -> &#root {
                    #[allow(unused_imports)]
                    use #private::{NoBase as _, ViewBase as _};
                    match self {
                        #(Self::#all(__value) => (&&#private::BaseView::<#root, _>(
                            __value,
                            ::core::marker::PhantomData,
                        ))
                        .view(),)*
                    }
                }

                /// The mutable base view of the item.
                #[inline]
                pub fn base_mut(&mut self) -> &mut #root {
                    #[allow(unused_imports)]
                    use #private::{NoBaseMut as _, ViewBaseMut as _};
                    match self {
                        #(Self::#all(__value) => (&&#private::BaseViewMut::<#root, _>(
                            ::core::cell::Cell::new(::core::option::Option::Some(__value)),
                            ::core::marker::PhantomData,
                        ))
                        .view_mut(),)*
                    }
                }

                /// The item's namespace-qualified OData type, without `#`: its variant's, or
                /// for the `other` variant the type the document named, in any spelling.
                #[inline]
                pub fn odata_type(&self) -> ::std::borrow::Cow<'_, str> {
                    match self {
                        Self::#other_ident(__value) => #private::kept_odata_type(
                            #structured::additional_data(__value),
                            <#root as #structured>::ODATA_TYPE,
                        ),
                        #(Self::#named_idents(_) => ::std::borrow::Cow::Borrowed(
                            <#named_types as #structured>::ODATA_TYPE,
                        ),)*
                    }
                }
            }

            #(#froms)*

            #serialize

            #polymorphic

            #deserialize

    })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn generated_polymorphic_enums_assert_each_variant_and_name_nothing_from_the_callers_scope() {
        let tokens = flat(polymorphic(syn::parse_quote! {
            pub enum AnyMobileApp {
                Web(WebApp),
                Ios(IosStoreApp),
                #[graph(other)]
                Other(MobileApp),
            }
        }));
        assert_hygienic(&tokens);
        for ty in ["WebApp", "IosStoreApp", "MobileApp"] {
            let assertion = format!(
                "const _ : fn (& {ty}) -> & MobileApp = < {ty} as :: graph_entity :: __private :: DerivesFrom < MobileApp > > :: view ;"
            );
            assert_eq!(count(&tokens, &assertion), 1, "{ty}");
        }
        assert!(contains(
            &tokens,
            "impl :: core :: convert :: From < WebApp > for AnyMobileApp"
        ));
    }
}
