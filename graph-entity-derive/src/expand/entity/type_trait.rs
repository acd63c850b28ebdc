//! `impl GraphEntity` (with `GraphDocument`, and the marker traits `Addressable`, `Keyed` and
//! `Creatable` where they hold) or, for a complex type, `impl GraphComplex`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use crate::ast::{Field, FieldMode};
use crate::expand::shared::{base_predicate, base_where};
use crate::valid::{CheckedEntity, Kind};

/// `impl GraphEntity` or `impl GraphComplex`.
pub fn type_trait(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    let ident = &entity.ast.ident;
    let common = common_constants(entity, private);
    let base_where = base_where(entity, private);
    match &entity.kind {
        // A projection's are `expand::entity::projection`'s.
        Kind::Parameters | Kind::Projection { .. } => return TokenStream::new(),
        Kind::Complex => {
            return quote! {
                #[automatically_derived]
                impl #private::GraphComplex for #ident #base_where {
                    #common
                }

                #[automatically_derived]
                impl #private::GraphDocument for #ident #base_where {}
            };
        }
        Kind::Entity { .. } | Kind::DerivedEntity { .. } | Kind::Keyless => {}
    }
    let Some(entity_items) = entity_items(entity, private) else {
        return TokenStream::new();
    };
    let patch = format_ident!("{}Patch", ident);
    let paths = format_ident!("{}Paths", ident);
    let collection_paths = format_ident!("{}CollectionPaths", ident);
    let (actions_const, functions_const) = operation_constants(entity);
    let markers = marker_impls(entity, private);
    quote! {
        #[automatically_derived]
        impl #private::GraphEntity for #ident #base_where {
            type Patch = #patch;
            type Paths = #paths;
            type CollectionPaths = #collection_paths;
            #common
            #actions_const
            #functions_const
            #entity_items
        }

        #[automatically_derived]
        impl #private::GraphDocument for #ident #base_where {}

        #markers
    }
}

/// The constants `GraphEntity` and `GraphComplex` share: the type's name, its base's, its
/// properties, and `ABSTRACT` when it is.
fn common_constants(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    let structured = quote!(#private::Structured);
    let base_type = match (&entity.base_type, entity.base()) {
        (Some(base), _) => quote!(::core::option::Option::Some(#base)),
        (None, Some(base)) => {
            let base_ty = &base.ty;
            quote!(::core::option::Option::Some(<#base_ty as #structured>::ODATA_TYPE))
        }
        (None, None) => quote!(::core::option::Option::None),
    };
    // `false` is the trait's default.
    let abstract_const = entity.ast.attrs.abstract_.is_present().then(|| {
        quote!(
            const ABSTRACT: bool = true;
        )
    });
    // The name itself, not `Structured`'s: a literal is cheaper to check than a projection.
    let odata_type = &entity.odata_type;
    quote! {
        const ODATA_TYPE: &'static str = #odata_type;
        const BASE_TYPE: ::core::option::Option<&'static str> = #base_type;
        const PROPERTIES: &'static [&'static str] = <Self as #structured>::PROPERTIES;
        #abstract_const
    }
}

/// `ACTIONS` and `FUNCTIONS`, the names of the bound operations, when there are any (empty
/// lists are the trait's defaults).
fn operation_constants(entity: &CheckedEntity<'_>) -> (Option<TokenStream>, Option<TokenStream>) {
    // One name per operation, not per overload (`delta()` and `delta(token)` are `delta`).
    let named = |is_function: bool| {
        let mut names: Vec<&String> = Vec::new();
        for action in entity
            .actions
            .iter()
            .filter(|a| a.is_function == is_function)
        {
            if !names.contains(&&action.name) {
                names.push(&action.name);
            }
        }
        names
    };
    let (actions, functions) = (named(false), named(true));
    let actions_const = (!actions.is_empty())
        .then(|| quote!(const ACTIONS: &'static [&'static str] = &[#(#actions),*];));
    let functions_const = (!functions.is_empty())
        .then(|| quote!(const FUNCTIONS: &'static [&'static str] = &[#(#functions),*];));
    (actions_const, functions_const)
}

/// The key and path items of `GraphEntity`, by kind of entity; `None` when the checked model
/// lacks what the kind promises (which `valid` rules out).
fn entity_items(entity: &CheckedEntity<'_>, private: &TokenStream) -> Option<TokenStream> {
    let ident = &entity.ast.ident;
    match &entity.kind {
        Kind::DerivedEntity { path } => {
            derived_entity_items(entity.base()?, path.as_deref(), private)
        }
        // No key and no collection: naming a path is the same compile-time error as for an
        // entity declared without `path`.
        Kind::Keyless => {
            let message = format!(
                "`{ident}` is `keyless`: it has no collection path; address it with its \
                 singleton or a parent's `contains(..., single)`"
            );
            let error = quote_spanned!(ident.span()=> #private::not_addressable(#message));
            Some(quote! {
                type Key = str;
                const KEY_PROPERTY: &'static str = "";
                const COLLECTION_PATH: &'static str = #error;
                const ITEM_PATH: &'static str = #error;

                #[inline]
                fn key(&self) -> ::core::option::Option<&str> {
                    ::core::option::Option::None
                }
            })
        }
        Kind::Entity { path } => Some(keyed_entity_items(
            entity,
            entity.key()?,
            path.as_deref(),
            private,
        )),
        Kind::Parameters | Kind::Complex | Kind::Projection { .. } => None,
    }
}

/// The items of a derived entity: its base's key, and its own collection or its base's.
fn derived_entity_items(
    base: &Field,
    path: Option<&str>,
    private: &TokenStream,
) -> Option<TokenStream> {
    let (base_ty, member) = (&base.ty, &base.member);
    let entity_trait = quote!(#private::GraphEntity);
    let paths = match path {
        // An entity set of its own (`user` under `directoryObject`): its key property is
        // its base's, joined at compile time.
        Some(path) => quote! {
            const COLLECTION_PATH: &'static str = #path;
            const ITEM_PATH: &'static str = {
                const __KEY: &str = <#base_ty as #entity_trait>::KEY_PROPERTY;
                const __LEN: usize = #path.len() + __KEY.len() + 3;
                const __BYTES: [u8; __LEN] = #private::item_template::<__LEN>(#path, __KEY);
                #private::utf8(&__BYTES)
            };
        },
        // Through calls, so that they are evaluated only when named: the base may have
        // no path.
        None => quote! {
            const COLLECTION_PATH: &'static str =
                #private::collection_path_of::<#base_ty>();
            const ITEM_PATH: &'static str = #private::item_path_of::<#base_ty>();
        },
    };
    Some(quote! {
        type Key = <#base_ty as #entity_trait>::Key;
        const KEY_PROPERTY: &'static str = <#base_ty as #entity_trait>::KEY_PROPERTY;
        #paths

        #[inline]
        fn key(&self) -> ::core::option::Option<&Self::Key> {
            #entity_trait::key(&self.#member)
        }
    })
}

/// The items of an entity with its own key field, and its collection when it has `path`.
fn keyed_entity_items(
    entity: &CheckedEntity<'_>,
    key_field: &Field,
    path: Option<&str>,
    private: &TokenStream,
) -> TokenStream {
    let ident = &entity.ast.ident;
    let (key_member, key_name) = (&key_field.member, &key_field.json_name);
    let (collection_path, item_path) = match path {
        Some(path) => {
            let item = format!("{path}/{{{key_name}}}");
            (quote!(#path), quote!(#item))
        }
        None => {
            // Evaluated only when named: a non-addressable entity compiles, and naming
            // its path is a compile-time error that says what to add.
            let message = format!(
                "`{ident}` has no collection path: declare `#[graph(path = \"/...\")]` \
                 on it to address it"
            );
            let error = quote_spanned!(ident.span()=> #private::not_addressable(#message));
            (error.clone(), error)
        }
    };
    let key_type = key_type(key_field);
    let as_key = quote_spanned! {key_field.ty.span()=>
        #private::AsKey::<#key_type>::as_key(&self.#key_member)
    };
    quote! {
        type Key = #key_type;
        const KEY_PROPERTY: &'static str = #key_name;
        const COLLECTION_PATH: &'static str = #collection_path;
        const ITEM_PATH: &'static str = #item_path;

        #[inline]
        fn key(&self) -> ::core::option::Option<&Self::Key> {
            #as_key
        }
    }
}

/// The marker traits an entity implements where they hold: `Addressable` (it has a collection
/// path, its own or its base's), `Keyed` (it has a key, its own or its base's) and `Creatable`
/// (it is not abstract).
fn marker_impls(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    let ident = &entity.ast.ident;
    let base_where = base_where(entity, private);
    let addressable = match (&entity.kind, entity.base()) {
        (Kind::Entity { path: Some(_), .. }, _) => quote! {
            #[automatically_derived]
            impl #private::Addressable for #ident {}
        },
        (Kind::DerivedEntity { path: Some(_) }, _) => quote! {
            #[automatically_derived]
            impl #private::Addressable for #ident #base_where {}
        },
        // Addressable exactly when the base is: the bound names a lifetime, so it is not
        // global, and a false one makes the impl not apply instead of being an error.
        (Kind::DerivedEntity { path: None }, Some(base)) => {
            let base_ty = &base.ty;
            let base_bound = base_predicate(entity, private);
            quote! {
                #[automatically_derived]
                impl<'__a> #private::Addressable for #ident
                where
                    #base_bound,
                    #base_ty: #private::AddressableVia<'__a>,
                {
                }
            }
        }
        _ => TokenStream::new(),
    };
    // A derived type is keyed when its base is (through the binder, as `base_where`).
    let keyed = match (&entity.kind, entity.base()) {
        (Kind::Entity { .. }, _) => quote! {
            #[automatically_derived]
            impl #private::Keyed for #ident {}
        },
        (Kind::DerivedEntity { .. }, Some(base)) => {
            let base_ty = &base.ty;
            let base_bound = base_predicate(entity, private);
            quote! {
                #[automatically_derived]
                impl #private::Keyed for #ident
                where
                    #base_bound,
                    for<'__base> #base_ty: #private::Keyed,
                {
                }
            }
        }
        _ => TokenStream::new(),
    };
    // Every entity but an abstract one has a create body of its own; a derived type of an
    // abstract base is concrete unless it is marked `abstract` itself. A keyless entity has a
    // body but no collection to post it to: creating one is refused by `Addressable` alone,
    // whose message says so, not by a second error that would call it abstract.
    let creatable = (!entity.ast.attrs.abstract_.is_present()
        && matches!(
            entity.kind,
            Kind::Entity { .. } | Kind::DerivedEntity { .. } | Kind::Keyless
        ))
    .then(|| {
        quote! {
            #[automatically_derived]
            impl #private::Creatable for #ident #base_where {}
        }
    });
    quote! {
        #addressable
        #keyed
        #creatable
    }
}

/// The entity's `GraphEntity::Key`, from the spelling of its key field's type (inside its
/// `Option`): `i16`, `i32` and `i64` are themselves, `Int64` (`edm::Int64`) is `i64`, and every
/// other type is `str`, a string key. Read from the spelling, not through a trait's associated
/// type, so that a key field of a type that is no key (`u32`) is one error, at the field, where
/// its `AsKey` is asserted.
fn key_type(field: &Field) -> TokenStream {
    let ty = match &field.mode {
        FieldMode::Optional(inner) => inner,
        FieldMode::Required | FieldMode::Nullable(_) => &field.ty,
    };
    let last = match ty {
        syn::Type::Path(path) if path.qself.is_none() => path.path.segments.last(),
        _ => None,
    };
    match last.map(|segment| (segment.ident.to_string(), segment.arguments.is_none())) {
        Some((name, true)) if matches!(name.as_str(), "i16" | "i32" | "i64") => {
            let ident = syn::Ident::new(&name, proc_macro2::Span::call_site());
            quote!(#ident)
        }
        Some((name, true)) if name == "Int64" => quote!(i64),
        _ => quote!(str),
    }
}
