//! The typed property names of a type (see [`crate::properties`]): one inherent constant per
//! declared property, and for a derived type the conversion of its bases' properties.

use proc_macro2::TokenStream;
use quote::quote;

use super::hidden_const;
use crate::properties::constant_ident;
use crate::valid::{CheckedEntity, Kind, Property};

/// The inherent constants, and for a derived type the conversion of its bases' properties.
pub fn properties(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    if matches!(entity.kind, Kind::Parameters) {
        return TokenStream::new();
    }
    let ident = &entity.ast.ident;
    let constants = entity.properties().filter_map(|Property { field, .. }| {
        let constant = constant_ident(field)?;
        let json_name = &field.json_name;
        let doc = format!(
            "The property `{json_name}` (the field `{}`), for the query options of `Query<{ident}>`.",
            field.member.to_string().trim_start_matches("r#"),
        );
        Some(quote! {
            #[doc = #doc]
            pub const #constant: #private::Property<Self> = #private::Property::declared(#json_name);
        })
    });
    let inherits = match entity.base() {
        Some(base) => {
            let base_ty = &base.ty;
            quote! {
                #[automatically_derived]
                impl<__A> #private::InheritsProperties<__A> for #ident
                where
                    #base_ty: #private::InheritsProperties<__A>,
                {
                }

                #[automatically_derived]
                impl<__A> #private::IntoProperty<#ident> for #private::Property<__A>
                where
                    #base_ty: #private::InheritsProperties<__A>,
                {
                    #[inline]
                    fn into_property(self) -> #private::Property<#ident> {
                        #private::Property::declared(self.name())
                    }
                }
            }
        }
        None => TokenStream::new(),
    };
    let constants_impl = quote! {
        /// The names of the declared properties, for typed query options.
        #[allow(dead_code, non_upper_case_globals)]
        impl #ident {
            #(#constants)*
        }

    };
    let items = hidden_const(quote! {
        #[automatically_derived]
        impl #private::InheritsProperties<#ident> for #ident {}

        #inherits
    });
    quote! {
        #constants_impl
        #items
    }
}
