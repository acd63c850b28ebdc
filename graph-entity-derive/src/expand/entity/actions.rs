//! The functions of a type for its actions bound to one item, `Type::sync(key)` (the form that
//! predates typed paths), with one assertion per parameters type.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::expand::shared::base_where;
use crate::valid::{Action, CheckedEntity, Kind};

/// `impl Type { pub fn sync(key) -> Operation }`, for the actions bound to one item.
pub fn actions(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    if !entity.actions.iter().any(|action| action.on_type()) {
        return TokenStream::new();
    }
    let ident = &entity.ast.ident;
    // An entity declared with `path` is addressable; any other gets its action functions with
    // the bound `Self: Addressable` (through a lifetime, so that it is not global), and calling
    // one is an error at the call, like calling `get`.
    let (generics, bound) = if matches!(
        entity.kind,
        Kind::Entity { path: Some(_), .. } | Kind::DerivedEntity { path: Some(_) }
    ) {
        (TokenStream::new(), TokenStream::new())
    } else {
        (
            quote!(<'__a>),
            quote!(where Self: #private::AddressableVia<'__a>),
        )
    };
    // A keyless type has no key to call `Type::sync(key)` with: its actions are the methods of
    // its `<Name>Paths` only.
    let on_type = |action: &&Action| action.on_type() && entity.is_keyed();
    let functions = entity.actions.iter().filter(on_type).map(|action| {
        let name = &action.name;
        let function = &action.function;
        let operation = quote!(#private::action_operation::<Self>(key, #name));
        match &action.parameters {
            None => {
                let doc =
                    format!("`POST {{item}}/{name}`: the bound action `{name}` of the item `key`.");
                quote! {
                    #[doc = #doc]
                    #[inline]
                    pub fn #function #generics(
                        key: impl #private::KeyArgument<<Self as #private::GraphEntity>::Key>,
                    ) -> #private::Operation #bound {
                        #operation
                    }
                }
            }
            Some(parameters) => {
                let doc = format!(
                    "`POST {{item}}/{name}`: the bound action `{name}` of the item `key`, with its \
                     parameters as the JSON body.\n\n# Errors\nWhen the parameters cannot be \
                     serialized."
                );
                quote! {
                    #[doc = #doc]
                    #[inline]
                    pub fn #function #generics(
                        key: impl #private::KeyArgument<<Self as #private::GraphEntity>::Key>,
                        parameters: &#parameters,
                    ) -> ::core::result::Result<#private::Operation, #private::serde_json::Error>
                    #bound
                    {
                        #[allow(unused_imports)]
                        use #private::{JsonBody as _, NoBody as _};
                        (&&#private::ParametersBody(parameters)).body(#operation)
                    }
                }
            }
        }
    });
    // One assertion per parameters type, at the type in the attribute; the body above falls
    // back to code that compiles for a type that is not serializable.
    let assertions = entity.actions.iter().filter_map(|action| {
        let parameters = action.parameters.as_ref().filter(|_| !action.is_function)?;
        let assert =
            quote_spanned!(parameters.span()=> <#parameters as #private::ActionParameters>::ASSERT);
        Some(quote!(const _: () = #assert;))
    });
    let base_where = base_where(entity, private);
    quote! {
        #(#assertions)*

        #[automatically_derived]
        impl #ident #base_where {
            #(#functions)*
        }
    }
}
