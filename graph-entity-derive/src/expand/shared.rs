//! What every expander shares: the `const _` block the impls sit in, the serde impls, the
//! imports of the auto-ref probe traits, and the bounds of a derived type's base.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;

use crate::valid::{CheckedEntity, Kind};

/// `items` in the `#[doc(hidden)] const _: () = { ... };` block every derive writes its impls
/// in, with the lints that generated names and bounds would trip allowed.
pub fn hidden_const(items: TokenStream) -> TokenStream {
    quote! {
        #[doc(hidden)]
        #[allow(
            non_upper_case_globals,
            unused_qualifications,
            unused_lifetimes,
            clippy::needless_lifetimes
        )]
        const _: () = {
            #items
        };
    }
}

/// `use` of the auto-ref probe traits `traits` (of `__private`) a generated body calls methods of,
/// or nothing when it calls none: an unused import still costs name resolution per type.
pub fn probe_imports(private: &TokenStream, traits: &[&str]) -> TokenStream {
    if traits.is_empty() {
        return TokenStream::new();
    }
    let traits = traits
        .iter()
        .map(|name| proc_macro2::Ident::new(name, proc_macro2::Span::call_site()));
    quote! {
        #[allow(unused_imports)]
        use #private::{#(#traits as _),*};
    }
}

/// Which serde trait [`serde_impl`] implements.
#[derive(Clone, Copy)]
pub enum Serde {
    /// `serialize`, of `self` into `__serializer`.
    Serialize,
    /// `deserialize`, from `__deserializer`.
    Deserialize,
}

/// `impl Serialize for #ty #where_clause` (or `Deserialize`), whose one function is `body`.
pub fn serde_impl(
    serde: Serde,
    private: &TokenStream,
    ty: &impl ToTokens,
    where_clause: &TokenStream,
    inline: bool,
    body: TokenStream,
) -> TokenStream {
    let inline = inline.then(|| quote!(#[inline]));
    let (header, signature) = match serde {
        Serde::Serialize => (
            quote!(impl #private::serde::Serialize for),
            quote! {
                fn serialize<__S>(
                    &self,
                    __serializer: __S,
                ) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #private::serde::Serializer,
            },
        ),
        Serde::Deserialize => (
            quote!(impl<'de> #private::serde::Deserialize<'de> for),
            quote! {
                fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: #private::serde::Deserializer<'de>,
            },
        ),
    };
    quote! {
        #[automatically_derived]
        #header #ty #where_clause {
            #inline
            #signature
            {
                #body
            }
        }
    }
}

/// The trait a derived type's base must implement: `EntityBase` for a derived entity,
/// `GraphBase` for a derived complex type.
pub fn base_trait(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    if entity.is_entity() {
        quote!(#private::EntityBase)
    } else {
        quote!(#private::GraphBase)
    }
}

/// `where for<'__base> Base: EntityBase` (or `GraphBase`), spanned at the base field's type, for
/// every item generated for a derived type that names the base's items (or the type's own
/// `Structured` or `GraphEntity` impl). Inside the items the bound is assumed, so that nothing
/// there fails for a base of another type. The binder (whose lifetime is not used) makes the bound
/// not global: the compiler does not check that it holds, where `Base: EntityBase` would be an
/// error of its own (a "trivial bound", with a note of its own, so not shown once with the
/// others), and for a base that implements the trait it still uses the base's impl. The one error
/// is then the base's `ALL_PROPERTIES`, named by the constants of `structured` at the same tokens.
pub fn base_where(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    match base_predicate(entity, private) {
        Some(predicate) => quote!(where #predicate),
        None => TokenStream::new(),
    }
}

/// `for<'__base> Base: EntityBase` (or `GraphBase`): see [`base_where`].
///
/// A projection's items are bounded the same way by `for<'__p> Of: Projectable`, its projected
/// type's, whose one assertion is the projection's.
pub fn base_predicate(entity: &CheckedEntity<'_>, private: &TokenStream) -> Option<TokenStream> {
    if let Kind::Projection { of } = &entity.kind {
        let bound = respan(quote!(#private::Projectable), of.span());
        return Some(quote_spanned!(of.span()=> for<'__p> #of: #bound));
    }
    let ty = &entity.base()?.ty;
    let bound = respan(base_trait(entity, private), ty.span());
    Some(quote_spanned!(ty.span()=> for<'__base> #ty: #bound))
}

/// `tokens`, all at `span`: so that an error about a bound built from generated paths points at
/// the user's tokens.
pub fn respan(tokens: TokenStream, span: proc_macro2::Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tree| {
            if let proc_macro2::TokenTree::Group(group) = &tree {
                let mut inner =
                    proc_macro2::Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                tree = proc_macro2::TokenTree::Group(inner);
            } else {
                tree.set_span(span);
            }
            tree
        })
        .collect()
}
