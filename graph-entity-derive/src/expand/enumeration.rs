//! `GraphEnum` on an enum of unit variants.

use proc_macro2::TokenStream;
use quote::quote;

use super::shared::{Serde, hidden_const, serde_impl};
use crate::valid::CheckedEnum;

pub fn enumeration(checked: &CheckedEnum<'_>) -> TokenStream {
    let krate = &checked.krate;
    let private = quote!(#krate::__private);
    let ident = &checked.ast.ident;
    let odata_type = match &checked.odata_type {
        Some(name) => quote!(::core::option::Option::Some(#name)),
        None => quote!(::core::option::Option::None),
    };
    let members = checked.ast.variants.iter().map(|variant| &variant.member);
    let is_flags = checked.ast.attrs.flags.is_present();
    // An enum without `odata_type` names no Edm type: a conformance check says so.
    let edm_name = checked.odata_type.clone().unwrap_or_default();
    let flags = checked.ast.attrs.flags.is_present().then(|| {
        quote! {
            #[automatically_derived]
            impl #private::GraphFlags for #ident {}
        }
    });
    let as_str_arms = checked.ast.variants.iter().map(|variant| {
        let (variant, member) = (&variant.ident, &variant.member);
        quote!(Self::#variant => #member,)
    });
    let from_member_arms = checked.ast.variants.iter().map(|variant| {
        let (variant, member) = (&variant.ident, &variant.member);
        quote!(#member => ::core::option::Option::Some(Self::#variant),)
    });
    let serialize = serde_impl(
        Serde::Serialize,
        &private,
        ident,
        &TokenStream::new(),
        true,
        quote! {
            #private::serde::Serializer::serialize_str(
                __serializer,
                #private::GraphEnum::as_str(self),
            )
        },
    );
    let deserialize = serde_impl(
        Serde::Deserialize,
        &private,
        ident,
        &TokenStream::new(),
        true,
        quote!(#private::deserialize_member::<Self, __D>(__deserializer)),
    );
    hidden_const(quote! {
            #flags

            // With or without the `schema` feature: the compile-time check of a projection
            // compares the Edm types of its fields with its projected type's.
            #[automatically_derived]
            impl #private::EdmType for #ident {
                const EDM: #private::EdmRef = #private::EdmRef::single(#edm_name);
            }

            #[automatically_derived]
            impl #private::ToLiteral for #ident {
                #[inline]
                fn to_literal(&self) -> #private::Literal {
                    #private::enum_literal(self)
                }
            }

            #[automatically_derived]
            impl #private::GraphEnum for #ident {
                const ODATA_TYPE: ::core::option::Option<&'static str> = #odata_type;
                const MEMBERS: &'static [&'static str] = &[#(#members),*];
                const FLAGS: bool = #is_flags;

                #[inline]
                fn as_str(&self) -> &'static str {
                    match self {
                        #(#as_str_arms)*
                    }
                }

                #[inline]
                fn from_member(__member: &str) -> ::core::option::Option<Self> {
                    match __member {
                        #(#from_member_arms)*
                        _ => ::core::option::Option::None,
                    }
                }
            }

            #serialize


            #deserialize


            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                #[inline]
                fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::fmt::Formatter::write_str(
                        __formatter,
                        #private::GraphEnum::as_str(self),
                    )
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = #private::UnknownMember;

                #[inline]
                fn from_str(__member: &str) -> ::core::result::Result<Self, Self::Err> {
                    match <Self as #private::GraphEnum>::from_member(__member) {
                        ::core::option::Option::Some(__value) => {
                            ::core::result::Result::Ok(__value)
                        }
                        ::core::option::Option::None => ::core::result::Result::Err(
                            #private::UnknownMember::new::<Self>(__member),
                        ),
                    }
                }
            }
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn generated_enums_name_nothing_from_the_callers_scope() {
        let tokens = flat(enumeration(syn::parse_quote! {
            #[graph(odata_type = "microsoft.graph.state", flags)]
            pub enum State {
                Active,
                #[graph(rename = "off")]
                Inactive,
            }
        }));
        assert_hygienic(&tokens);
        assert!(contains(&tokens, r#"Self :: Inactive => "off" ,"#));
        assert!(contains(&tokens, "GraphFlags for State"));
    }
}
