//! The typed property names of a type (see [`crate::properties`]): one inherent constant per
//! declared property, and for a derived type the conversion of its bases' properties.

use proc_macro2::TokenStream;
use quote::quote;

use crate::properties::constant_ident;
use crate::valid::{CheckedEntity, Kind, Property};

/// The inherent constants (an inherent impl), and, for a derived type, the impls of
/// `InheritsProperties` and `IntoProperty`, which go in the derive's hidden constant.
pub fn properties(entity: &CheckedEntity<'_>, private: &TokenStream) -> (TokenStream, TokenStream) {
    if matches!(entity.kind, Kind::Parameters) {
        return (TokenStream::new(), TokenStream::new());
    }
    let ident = &entity.ast.ident;
    let constants = entity.properties().filter_map(|Property { field, .. }| {
        let constant = constant_ident(field)?;
        let json_name = &field.json_name;
        // Short: one per property of every type, and docs are kept in the crate's metadata.
        let doc = format!("The property `{json_name}`.");
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
    // The impls go in the derive's one hidden constant: see `expand::entity`. A type's own
    // properties (`InheritsProperties<Self>`) come from the runtime's blanket impl.
    (constants_impl, inherits)
}
