//! `Deref` and `DerefMut` from a derived type to its `#[graph(base)]` field, so that inherited
//! fields are reached as `app.id` at any depth, as web-sys reaches a parent class's members.

use proc_macro2::TokenStream;
use quote::quote_spanned;
use syn::spanned::Spanned;

use crate::valid::CheckedEntity;

/// The two impls, or nothing for a type without a base field. They point at the base field's
/// type, so that a user's own `Deref` on the same type is reported there.
pub(super) fn inherit(entity: &CheckedEntity<'_>) -> TokenStream {
    let Some(base) = entity.base() else {
        return TokenStream::new();
    };
    let ident = &entity.ast.ident;
    let ty = &base.ty;
    let member = &base.member;
    quote_spanned! {ty.span()=>
        #[automatically_derived]
        impl ::core::ops::Deref for #ident {
            type Target = #ty;
            #[inline]
            fn deref(&self) -> &#ty {
                &self.#member
            }
        }
        #[automatically_derived]
        impl ::core::ops::DerefMut for #ident {
            #[inline]
            fn deref_mut(&mut self) -> &mut #ty {
                &mut self.#member
            }
        }
    }
}
