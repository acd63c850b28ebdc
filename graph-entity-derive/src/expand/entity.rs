//! `GraphEntity` on a struct: `Structured`, `GraphEntity` or `GraphComplex`, `Addressable`,
//! the bound actions and serde, with the patch type and the property constants beside.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use super::{
    Serde, base_predicate, base_trait, base_where, hidden_const, probe_imports, respan, serde_impl,
};
use crate::ast::FieldMode;
use crate::valid::{Action, CheckedEntity, Kind, Property, Role};

pub fn entity(entity: &CheckedEntity<'_>) -> TokenStream {
    let krate = &entity.krate;
    let private = quote!(#krate::__private);
    let structured = structured(entity, &private);
    let type_trait = type_trait(entity, &private);
    let actions = actions(entity, &private);
    let ident = &entity.ast.ident;
    let (patch_type, patch_impls) = super::patch::patch(entity, &private);
    let base_where = base_where(entity, &private);
    let (property_constants, property_impls) = super::properties::properties(entity, &private);
    let (path_types, path_impls) = super::paths::paths(entity, &private);
    let schema = super::schema::schema(entity, &private);
    let serialize = serde_impl(
        Serde::Serialize,
        &private,
        ident,
        &base_where,
        true,
        quote!(#private::serialize(self, __serializer, #private::WriteMode::Full)),
    );
    let deserialize = serde_impl(
        Serde::Deserialize,
        &private,
        ident,
        &base_where,
        true,
        quote!(#private::deserialize(__deserializer)),
    );
    // One hidden constant for all impls: each constant item costs as much to check as a small
    // function.
    let items = hidden_const(quote! {
            #property_impls
            #structured
            #type_trait
            #actions
            #patch_impls
            #path_impls
            #schema

            #serialize


            #deserialize

    });
    quote! {
        #patch_type
        #path_types
        #property_constants
        #items
    }
}

/// The property's slot in the generated `__Slots` struct, spanned at the field's type so that a
/// type error in reading it points there.
fn slot(property: &Property<'_>) -> syn::Ident {
    syn::Ident::new(
        &format!("__field{}", property.slot),
        property.field.ty.span(),
    )
}

/// The entity's `GraphEntity::Key`, from the spelling of its key field's type (inside its
/// `Option`): `i16`, `i32` and `i64` are themselves, `Int64` (`edm::Int64`) is `i64`, and every
/// other type is `str`, a string key. Read from the spelling, not through a trait's associated
/// type, so that a key field of a type that is no key (`u32`) is one error, at the field, where
/// its `AsKey` is asserted.
fn key_type(field: &crate::ast::Field) -> TokenStream {
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

/// `impl Structured`: the field-dependent half of reading and writing.
fn structured(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    let ident = &entity.ast.ident;
    let structured = quote!(#private::Structured);
    let properties: Vec<Property<'_>> = entity.properties().collect();
    let own_count = properties.len();
    let names: Vec<&String> = properties
        .iter()
        .map(|property| &property.field.json_name)
        .collect();
    let base = entity.base();
    let base_ty = base.map(|field| &field.ty);

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
    // Constants equal to their trait's default are left to it: each constant in an impl is one
    // more item to check.
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
    let base_where = base_where(entity, private);
    let base_trait = base_trait(entity, private);
    // The length is a constant of its own, where the where clause is not assumed: it names the
    // base's properties through the bound's trait, at the base field's type, so that a base of
    // another type fails here with the same error as everywhere else.
    let all_properties = match base {
        Some(base) => {
            let base_ty = &base.ty;
            let base_trait = respan(base_trait.clone(), base_ty.span());
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
    // A derived type may not declare again a property of its base: the name would be written
    // twice, and the base's field would never be read. Checked at compile time, across crates,
    // against the base's `PROPERTIES`, with or without the `schema` feature: one constant for
    // all of them (every constant item costs as much to check as a small function), one call
    // that finds the first name redeclared (`redeclared` makes one pass over the base's names),
    // then one assertion per property at its field, so that the error points there.
    let redeclared = base.filter(|_| own_count > 0).map(|base_field| {
        let base_ty = &base_field.ty;
        let base_name = quote!(#base_ty).to_string().replace(' ', "");
        let base_member = &base_field.member;
        let base_trait = respan(base_trait.clone(), base_ty.span());
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
        quote! {
            const _: () = {
                let __redeclared = #private::redeclared(#base_properties, &[#(#names),*]);
                #(#each)*
            };
        }
    });
    // One assertion per property type, at the user's type: the uses below fall back to code
    // that compiles for a type that is not (de)serializable, so that this is the one error. It
    // is a field of the slots (a `PhantomData`, so nothing at run time), whose head is at the
    // struct's name: a field type that does not resolve is then the same error here as in the
    // struct (with a suggestion at the struct's name), which the compiler shows once.
    // A plain scalar needs none: its direct calls cannot fall back.
    let checks: Vec<(syn::Ident, TokenStream, proc_macro2::Span)> = properties
        .iter()
        .filter(|Property { field, .. }| !field.plain)
        .map(|Property { field, slot, .. }| {
            let ty = match &field.mode {
                FieldMode::Required => &field.ty,
                FieldMode::Optional(inner) | FieldMode::Nullable(inner) => inner,
            };
            let property = respan(quote!(#private::PropertyCheck), ty.span());
            let check = format_ident!("__check{slot}");
            let field_ty = quote_spanned!(ty.span()=> ::core::marker::PhantomData<#property<#ty>>);
            (check, field_ty, ty.span())
        })
        .collect();
    let check_fields = checks.iter().map(|(check, ty, _)| quote!(#check: #ty,));
    // At the type too: building the field is the same error, at the same tokens, shown once.
    let check_defaults = checks
        .iter()
        .map(|(check, _, span)| quote_spanned!(*span=> #check: ::core::marker::PhantomData,));
    let own_keeps = entity.additional_data().is_some();
    // `true` is the trait's default: named only when it may be `false`.
    let keeps = match base_ty {
        _ if own_keeps => TokenStream::new(),
        Some(base_ty) => quote! {
            const KEEPS_ADDITIONAL_DATA: bool = <#base_ty as #structured>::KEEPS_ADDITIONAL_DATA;
        },
        None => quote!(
            const KEEPS_ADDITIONAL_DATA: bool = false;
        ),
    };

    let slot_fields = properties.iter().map(|property| {
        let slot = slot(property);
        let ty = &property.field.ty;
        quote!(#slot: ::core::option::Option<#ty>,)
    });
    let base_slot = base_ty.map(|base_ty| quote!(__base: <#base_ty as #structured>::Slots,));

    // The probe traits a `read_property` or `write_properties` calls through, imported only
    // where a field needs them: an unused import still costs name resolution per type.
    let probe_required = properties
        .iter()
        .any(|p| !p.field.plain && matches!(p.field.mode, FieldMode::Required));
    let probe_optional = properties
        .iter()
        .any(|p| !p.field.plain && !matches!(p.field.mode, FieldMode::Required));
    let needed = |traits: &[(&'static str, bool)]| -> Vec<&'static str> {
        traits
            .iter()
            .filter(|(_, needed)| *needed)
            .map(|(name, _)| *name)
            .collect()
    };
    let read_traits = needed(&[
        ("ReadOpenOptional", probe_optional),
        ("ReadPlainOptional", probe_optional),
        ("ReadRequired", probe_required),
        ("SkipOptional", probe_optional),
        ("SkipRequired", probe_required),
    ]);
    let write_traits = needed(&[
        ("SkipWrite", probe_optional || probe_required),
        ("WriteOptional", probe_optional),
        ("WriteRequired", probe_required),
    ]);
    let read_imports = probe_imports(private, &read_traits);
    let write_imports = probe_imports(private, &write_traits);

    let read_arms = properties.iter().map(|property| {
        let (field, slot) = (property.field, slot(property));
        let name = &field.json_name;
        let position = u16::try_from(property.slot).unwrap_or(u16::MAX);
        let read = match field.mode {
            // A plain scalar cannot fail the probes' bounds: a direct call, cheaper to check.
            FieldMode::Required if field.plain => quote_spanned! {field.ty.span()=>
                __reader.required(&mut __slots.#slot, #name)
            },
            FieldMode::Optional(_) | FieldMode::Nullable(_) if field.plain => {
                quote_spanned! {field.ty.span()=>
                    __reader.plain_optional(&mut __slots.#slot, #name)
                }
            }
            FieldMode::Required => quote_spanned! {field.ty.span()=>
                (&&#private::RequiredReader::of(&__slots.#slot)).read(&mut __slots.#slot, __reader, #name)
            },
            FieldMode::Optional(_) | FieldMode::Nullable(_) => quote_spanned! {field.ty.span()=>
                (&&&#private::OptionalReader::of(&__slots.#slot))
                    .read(&mut __slots.#slot, __reader, #name)
            },
        };
        quote!(#position => #read,)
    });
    // `property_index` numbers the base's properties first, as `PROPERTIES` lists them.
    let read_base = base_ty.map(|base_ty| {
        quote! {
            let __base_count = <#base_ty as #structured>::PROPERTY_COUNT;
            if __index < __base_count {
                let (__map, __rest) = __reader.into_parts();
                return <#base_ty as #structured>::read_property(
                    &mut __slots.__base,
                    __index,
                    __map,
                    __rest,
                );
            }
            let __index = __index - __base_count;
        }
    });

    let take_own = entity
        .additional_data()
        .map(|_| quote!(let __additional = #private::take_additional_data(__data);));
    let inits = entity.members.iter().map(|member| {
        let field = member.field;
        let (member_name, ty) = (&field.member, &field.ty);
        if let Some(property) = member.property() {
            let slot = slot(&property);
            return match field.mode {
                FieldMode::Required => {
                    let name = &field.json_name;
                    quote!(#member_name: #private::take_required(__slots.#slot, #name)?)
                }
                // Inherent methods of the slot's `Option`: cheaper to check than a path call
                // whose type parameter is inferred.
                FieldMode::Optional(_) => quote!(#member_name: __slots.#slot.flatten()),
                FieldMode::Nullable(_) => quote!(#member_name: __slots.#slot.unwrap_or_default()),
            };
        }
        if member.role == Role::Base {
            quote!(#member_name: <#ty as #structured>::finish(__slots.__base, __data)?)
        } else {
            quote_spanned! {ty.span()=>
                #member_name: <#ty as #private::IsAdditionalData>::from_additional_data(
                    __additional
                )
            }
        }
    });

    let additional_data = match (entity.additional_data(), base) {
        // Spelled `AdditionalData`: the field itself, without the probe that keeps a field of
        // another type at one error (as `ast::is_plain_scalar`, by spelling).
        (Some(field), _) if crate::ast::is_additional_data(&field.ty) => {
            let member = &field.member;
            quote!(&self.#member)
        }
        (Some(field), _) => {
            let member = &field.member;
            quote! {
                #[allow(unused_imports)]
                use #private::{GetData as _, NoData as _};
                (&&#private::DataProbe(&self.#member)).get()
            }
        }
        (None, Some(base)) => {
            let member = &base.member;
            quote!(#structured::additional_data(&self.#member))
        }
        (None, None) => quote!(&#private::NO_ADDITIONAL_DATA),
    };

    let write_base = base.map(|base| {
        let member = &base.member;
        quote!(#structured::write_properties(&self.#member, __map, __rest, __mode)?;)
    });
    let writes = properties.iter().map(|&Property { field, read_only, .. }| {
        let (member, name) = (&field.member, &field.json_name);
        // One writer call per property and no `?`: see `MapWriter`.
        let write = match field.mode {
            FieldMode::Required if field.plain => quote_spanned! {field.ty.span()=>
                __writer.required(#name, &self.#member);
            },
            FieldMode::Optional(_) | FieldMode::Nullable(_) if field.plain => {
                quote_spanned! {field.ty.span()=>
                    __writer.optional(#name, &self.#member);
                }
            }
            FieldMode::Required => quote_spanned! {field.ty.span()=>
                (&&#private::PropertyWriter(&self.#member)).write_required(&mut __writer, #name);
            },
            FieldMode::Optional(_) | FieldMode::Nullable(_) => quote_spanned! {field.ty.span()=>
                (&&#private::PropertyWriter(&self.#member)).write_optional(&mut __writer, #name);
            },
        };
        if read_only {
            quote!(if let #private::WriteMode::Full = __mode { #write })
        } else {
            write
        }
    });

    // `DerivesFrom<Self>` comes from the runtime's blanket impl for `SelfView` types; a derived
    // type also derives from what its base derives from.
    let self_view = quote! {
        #[automatically_derived]
        impl #private::SelfView for #ident {}
    };
    let derives_from = match base {
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
    let slot_defaults = properties.iter().map(|property| {
        let slot = slot(property);
        quote!(#slot: ::core::option::Option::None,)
    });
    let base_slot_default = base_ty.map(|_| quote!(__base: ::core::default::Default::default(),));
    let graph_base = (!matches!(entity.kind, Kind::Parameters)).then(|| {
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
    // At the struct's name: see `checks` above.
    let slots_head = quote_spanned!(ident.span()=> pub struct __Slots);
    quote! {
        #derives_from
        #graph_base
        #redeclared

        #[doc(hidden)]
        #slots_head #base_where {
            #(#slot_fields)*
            #(#check_fields)*
            #base_slot
        }

        // Not derived: the derive would repeat the where clause with a note of its own.
        impl ::core::default::Default for __Slots #base_where {
            #[inline]
            fn default() -> Self {
                __Slots {
                    #(#slot_defaults)*
                    #(#check_defaults)*
                    #base_slot_default
                }
            }
        }

        #[automatically_derived]
        impl #structured for #ident #base_where {
            const ODATA_TYPE: &'static str = #odata_type;
            const TYPE_TAG: ::core::option::Option<&'static str> = #type_tag;
            #type_if_read
            #reads_any_type
            #also_reads
            const PROPERTIES: &'static [&'static str] = #all_properties;
            #keeps
            type Slots = __Slots;

            #[inline]
            fn read_property<'de, __A>(
                __slots: &mut Self::Slots,
                __index: u16,
                __map: &mut __A,
                __rest: &mut #private::Rest,
            ) -> ::core::result::Result<(), __A::Error>
            where
                __A: #private::serde::de::MapAccess<'de>,
            {
                #read_imports
                // One reader call per property: see `MapReader`.
                let __reader = #private::MapReader::new(__map, __rest);
                #read_base
                match __index {
                    #(#read_arms)*
                    _ => __reader.skip(),
                }
            }

            #[inline]
            fn finish<__E>(
                __slots: Self::Slots,
                __data: &mut ::core::option::Option<#private::AdditionalData>,
            ) -> ::core::result::Result<Self, __E>
            where
                __E: #private::serde::de::Error,
            {
                #take_own
                ::core::result::Result::Ok(Self {
                    #(#inits,)*
                })
            }

            #[inline]
            fn additional_data(&self) -> &#private::AdditionalData {
                #additional_data
            }

            #[inline]
            fn write_properties<__M>(
                &self,
                __map: &mut __M,
                __rest: &#private::AdditionalData,
                __mode: #private::WriteMode,
            ) -> ::core::result::Result<(), __M::Error>
            where
                __M: #private::serde::ser::SerializeMap,
            {
                #write_imports
                #write_base
                let mut __writer = #private::MapWriter::new(__map, __rest);
                #(#writes)*
                __writer.finish()
            }
        }
    }
}

/// `impl GraphEntity` or `impl GraphComplex`.
fn type_trait(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    let ident = &entity.ast.ident;
    let structured = quote!(#private::Structured);
    let base_type = match (&entity.base_type, entity.base()) {
        (Some(base), _) => quote!(::core::option::Option::Some(#base)),
        (None, Some(base)) => {
            let base_ty = &base.ty;
            quote!(::core::option::Option::Some(<#base_ty as #structured>::ODATA_TYPE))
        }
        (None, None) => quote!(::core::option::Option::None),
    };
    let is_abstract = entity.ast.attrs.abstract_.is_present();
    // `false` is the trait's default.
    let abstract_const = is_abstract.then(|| {
        quote!(
            const ABSTRACT: bool = true;
        )
    });
    // The name itself, not `Structured`'s: a literal is cheaper to check than a projection.
    let odata_type = &entity.odata_type;
    let common = quote! {
        const ODATA_TYPE: &'static str = #odata_type;
        const BASE_TYPE: ::core::option::Option<&'static str> = #base_type;
        const PROPERTIES: &'static [&'static str] = <Self as #structured>::PROPERTIES;
        #abstract_const
    };
    let patch = format_ident!("{}Patch", ident);
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
    // Empty lists are the trait's defaults.
    let actions_const = (!actions.is_empty())
        .then(|| quote!(const ACTIONS: &'static [&'static str] = &[#(#actions),*];));
    let functions_const = (!functions.is_empty())
        .then(|| quote!(const FUNCTIONS: &'static [&'static str] = &[#(#functions),*];));
    let paths = format_ident!("{}Paths", ident);
    let collection_paths = format_ident!("{}CollectionPaths", ident);
    let base_where = base_where(entity, private);
    let entity_items = match &entity.kind {
        Kind::Parameters => return TokenStream::new(),
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
        Kind::DerivedEntity { path } => {
            let Some(base) = entity.base() else {
                return TokenStream::new();
            };
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
            quote! {
                type Key = <#base_ty as #entity_trait>::Key;
                const KEY_PROPERTY: &'static str = <#base_ty as #entity_trait>::KEY_PROPERTY;
                #paths

                #[inline]
                fn key(&self) -> ::core::option::Option<&Self::Key> {
                    #entity_trait::key(&self.#member)
                }
            }
        }
        // No key and no collection: naming a path is the same compile-time error as for an
        // entity declared without `path`.
        Kind::Keyless => {
            let message = format!(
                "`{ident}` is `keyless`: it has no collection path; address it with its \
                 singleton or a parent's `contains(..., single)`"
            );
            let error = quote_spanned!(ident.span()=> #private::not_addressable(#message));
            quote! {
                type Key = str;
                const KEY_PROPERTY: &'static str = "";
                const COLLECTION_PATH: &'static str = #error;
                const ITEM_PATH: &'static str = #error;

                #[inline]
                fn key(&self) -> ::core::option::Option<&str> {
                    ::core::option::Option::None
                }
            }
        }
        Kind::Entity { path } => {
            let Some(key_field) = entity.key() else {
                return TokenStream::new();
            };
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
    };
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
    let creatable = (!is_abstract
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

        #addressable
        #keyed
        #creatable
    }
}

fn actions(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
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

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    fn connector() -> syn::DeriveInput {
        syn::parse_quote! {
            #[graph(
                base = "entity",
                odata_type = "microsoft.graph.deviceManagementExchangeConnector",
                path = "/deviceManagement/exchangeConnectors",
                action = "sync",
                action(name = "retire", parameters = RetireParameters),
            )]
            pub struct Connector {
                pub id: ::core::option::Option<::std::string::String>,
                #[graph(rename = "serverName")]
                pub server: ::core::option::Option<::std::string::String>,
                #[graph(read_only)]
                pub version: ::core::option::Option<::std::string::String>,
                pub count: i32,
                pub state: ::graph_entity::Nullable<State>,
                #[graph(additional_data)]
                pub additional_data: ::graph_entity::AdditionalData,
            }
        }
    }

    fn web_app() -> syn::DeriveInput {
        syn::parse_quote! {
            #[graph(odata_type = "microsoft.graph.webApp", action = "assign")]
            pub struct WebApp {
                #[graph(base)]
                pub app: MobileApp,
                pub app_url: ::core::option::Option<::std::string::String>,
                #[graph(rename = "useManagedBrowser")]
                pub managed: ::core::option::Option<bool>,
            }
        }
    }

    /// The token streams given to `schema_items!`, at any depth.
    fn schema_items(tokens: proc_macro2::TokenStream, found: &mut Vec<proc_macro2::TokenStream>) {
        use proc_macro2::TokenTree;
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        for (at, tree) in trees.iter().enumerate() {
            if let TokenTree::Group(group) = tree {
                let called = at >= 2
                    && matches!(&trees[at - 2], TokenTree::Ident(name) if name == "schema_items")
                    && matches!(&trees[at - 1], TokenTree::Punct(bang) if bang.as_char() == '!');
                if called {
                    found.push(group.stream());
                } else {
                    schema_items(group.stream(), found);
                }
            }
        }
    }

    #[test]
    fn the_description_is_kept_only_through_the_schema_feature() {
        let tokens = entity(connector());
        let mut kept = Vec::new();
        schema_items(tokens.clone(), &mut kept);
        let inside: Vec<String> = kept.into_iter().flat_map(flat).collect();
        let all = flat(tokens);
        for implemented in ["__private :: Described for", "__private :: EdmType for"] {
            assert_eq!(
                count(&inside, implemented),
                1,
                "{implemented} inside schema_items!"
            );
            assert_eq!(
                count(&all, implemented),
                1,
                "{implemented} outside schema_items!"
            );
        }
        assert!(contains(
            &all,
            ":: graph_entity :: __private :: schema_items !"
        ));
    }

    #[test]
    fn the_redeclared_property_check_does_not_go_with_the_schema_feature() {
        let tokens = entity(web_app());
        let mut kept = Vec::new();
        schema_items(tokens.clone(), &mut kept);
        let inside: Vec<String> = kept.into_iter().flat_map(flat).collect();
        let all = flat(tokens);
        assert_eq!(count(&all, ":: redeclared"), 1);
        assert_eq!(count(&inside, ":: redeclared"), 0);
    }

    #[test]
    fn the_key_type_is_read_from_the_key_fields_spelling() {
        for (field, key) in [
            (quote::quote!(::core::option::Option<i32>), "i32"),
            (quote::quote!(i16), "i16"),
            (quote::quote!(Option<i64>), "i64"),
            (quote::quote!(Option<::graph_entity::edm::Int64>), "i64"),
            (quote::quote!(Option<String>), "str"),
            (quote::quote!(u32), "str"),
        ] {
            let tokens = flat(entity(syn::parse_quote! {
                #[graph(odata_type = "microsoft.graph.counter", path = "/counters")]
                pub struct Counter {
                    #[graph(key)]
                    pub number: #field,
                }
            }));
            assert!(contains(&tokens, &format!("type Key = {key} ;")), "{field}");
            assert!(
                contains(
                    &tokens,
                    &format!(
                        ":: graph_entity :: __private :: AsKey :: < {key} > :: as_key \
                         (& self . number)"
                    )
                ),
                "{field}"
            );
        }
    }

    #[test]
    fn a_keyless_entity_has_no_key_no_collection_and_no_create_body() {
        let tokens = flat(entity(syn::parse_quote! {
            #[graph(
                odata_type = "microsoft.graph.security",
                keyless,
                singleton = "/security",
                action = "runHuntingQuery",
            )]
            pub struct Security {
                pub provider_status: ::core::option::Option<::std::string::String>,
            }
        }));
        assert_hygienic(&tokens);
        assert!(contains(
            &tokens,
            "impl :: graph_entity :: __private :: GraphEntity for Security"
        ));
        assert!(contains(
            &tokens,
            "const KEY_PROPERTY : & 'static str = \"\" ;"
        ));
        assert!(contains(&tokens, ":: core :: option :: Option :: None"));
        assert!(contains(&tokens, "pub fn singleton ()"));
        assert!(contains(&tokens, "pub fn run_hunting_query (& self)"));
        for absent in ["Addressable", "Keyed for", "key : impl"] {
            assert!(!contains(&tokens, absent), "{absent}");
        }
        // Creating one is refused by `Addressable` alone (see `keyless-type-created`).
        assert!(contains(
            &tokens,
            "impl :: graph_entity :: __private :: Creatable for Security { }"
        ));
    }

    #[test]
    fn keyed_entities_are_keyed_a_derived_one_when_its_base_is() {
        let tokens = flat(entity(connector()));
        assert!(contains(
            &tokens,
            "impl :: graph_entity :: __private :: Keyed for Connector { }"
        ));
        let tokens = flat(entity(web_app()));
        assert!(contains(
            &tokens,
            "impl :: graph_entity :: __private :: Keyed for WebApp"
        ));
        assert!(contains(
            &tokens,
            "for < '__base > MobileApp : :: graph_entity :: __private :: Keyed"
        ));
    }

    #[test]
    fn an_entity_with_path_is_addressable_and_its_actions_are_unbounded() {
        let tokens = flat(entity(connector()));
        assert!(contains(
            &tokens,
            "impl :: graph_entity :: __private :: Addressable for Connector { }"
        ));
        assert!(contains(
            &tokens,
            "pub fn sync (key : impl :: graph_entity :: __private :: KeyArgument < < Self as :: graph_entity :: __private :: GraphEntity > :: Key > ,)"
        ));
        assert!(!contains(&tokens, "AddressableVia"));
        assert!(contains(
            &tokens,
            r#"const COLLECTION_PATH : & 'static str = "/deviceManagement/exchangeConnectors" ;"#
        ));
    }

    #[test]
    fn every_entity_but_an_abstract_one_is_creatable() {
        let concrete = flat(entity(connector()));
        assert!(contains(
            &concrete,
            "impl :: graph_entity :: __private :: Creatable for Connector { }"
        ));
        // `false` is the trait's default.
        assert!(!contains(&concrete, "const ABSTRACT"));
        let derived = flat(entity(web_app()));
        assert!(contains(
            &derived,
            "impl :: graph_entity :: __private :: Creatable for WebApp \
             where for < '__base > MobileApp : :: graph_entity :: __private :: EntityBase { }"
        ));
        let abstract_type = flat(entity(syn::parse_quote! {
            #[graph(
                base = "entity",
                odata_type = "microsoft.graph.deviceCompliancePolicy",
                path = "/deviceManagement/deviceCompliancePolicies",
                abstract
            )]
            pub struct DeviceCompliancePolicy {
                pub id: ::core::option::Option<::std::string::String>,
            }
        }));
        assert!(!contains(&abstract_type, "Creatable"));
        assert!(contains(&abstract_type, "const ABSTRACT : bool = true ;"));
        assert!(contains(
            &abstract_type,
            "impl :: graph_entity :: __private :: Addressable for DeviceCompliancePolicy { }"
        ));
    }

    #[test]
    fn an_entity_without_path_is_not_addressable_and_its_actions_are_bounded() {
        let tokens = flat(entity(syn::parse_quote! {
            #[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory", action = "sync")]
            pub struct DeviceCategory {
                pub id: ::core::option::Option<::std::string::String>,
            }
        }));
        assert!(!contains(&tokens, "Addressable for DeviceCategory"));
        assert!(contains(
            &tokens,
            "pub fn sync < '__a > (key : impl :: graph_entity :: __private :: KeyArgument < < Self as :: graph_entity :: __private :: GraphEntity > :: Key > ,) -> :: graph_entity :: __private :: Operation \
             where Self : :: graph_entity :: __private :: AddressableVia < '__a >"
        ));
        // Naming its path is still a compile-time error, and only naming it is.
        assert!(contains(&tokens, "not_addressable"));
    }

    #[test]
    fn a_derived_entity_is_addressable_exactly_when_its_base_is() {
        let tokens = flat(entity(web_app()));
        assert!(contains(
            &tokens,
            "impl < '__a > :: graph_entity :: __private :: Addressable for WebApp \
             where for < '__base > MobileApp : :: graph_entity :: __private :: EntityBase , \
             MobileApp : :: graph_entity :: __private :: AddressableVia < '__a >"
        ));
        assert!(contains(
            &tokens,
            "pub fn assign < '__a > (key : impl :: graph_entity :: __private :: KeyArgument < < Self as :: graph_entity :: __private :: GraphEntity > :: Key > ,) -> :: graph_entity :: __private :: Operation \
             where Self : :: graph_entity :: __private :: AddressableVia < '__a >"
        ));
        // Its paths are its base's, read only when named.
        assert!(contains(&tokens, "collection_path_of :: < MobileApp > ()"));
        assert!(contains(&tokens, "item_path_of :: < MobileApp > ()"));
    }

    #[test]
    fn every_item_of_a_derived_type_that_needs_its_base_is_bounded_by_it() {
        // Under a binder, so that it is not a global bound, which the compiler would check
        // (a second error for a base of another type).
        let bound = "where for < '__base > MobileApp : :: graph_entity :: __private :: EntityBase";
        let tokens = flat(entity(web_app()));
        for item in [
            "pub struct __Slots",
            "impl :: core :: default :: Default for __Slots",
            "impl :: graph_entity :: __private :: Structured for WebApp",
            "impl :: graph_entity :: __private :: GraphBase for WebApp",
            "impl :: graph_entity :: __private :: EntityBase for WebApp",
            "impl :: graph_entity :: __private :: GraphEntity for WebApp",
            "impl :: graph_entity :: __private :: serde :: Serialize for WebApp",
            "impl :: graph_entity :: __private :: serde :: Serialize for WebAppPatch",
            "impl :: graph_entity :: __private :: PatchFields for WebAppPatch",
            "pub struct WebAppPatch",
            "impl :: core :: default :: Default for WebAppPatch",
            "impl WebAppPatch",
            "impl WebApp",
        ] {
            assert!(contains(&tokens, &format!("{item} {bound}")), "{item}");
        }
        // No bound on the base is global: each is under the binder.
        let predicate = "MobileApp : :: graph_entity :: __private :: EntityBase";
        assert_eq!(
            count(&tokens, predicate),
            count(&tokens, &format!("for < '__base > {predicate}"))
        );
        assert!(count(&tokens, predicate) >= 14);
        // A derived complex type's base need not be an entity.
        let tokens = flat(entity(syn::parse_quote! {
            #[graph(odata_type = "microsoft.graph.win32LobAppRegistryRule", complex)]
            pub struct RegistryRule {
                #[graph(base)]
                pub rule: Rule,
                pub key_path: ::core::option::Option<::std::string::String>,
            }
        }));
        assert!(contains(
            &tokens,
            "impl :: graph_entity :: __private :: GraphComplex for RegistryRule \
             where for < '__base > Rule : :: graph_entity :: __private :: GraphBase"
        ));
        assert!(!contains(&tokens, "EntityBase"));
        // A type without base has no such bound.
        assert!(contains(
            &flat(entity(connector())),
            "impl :: graph_entity :: __private :: EntityBase for Connector { }"
        ));
    }

    #[test]
    fn also_reads_overrides_the_trait_default_only_when_given() {
        let tokens = flat(entity(syn::parse_quote! {
            #[graph(
                odata_type = "microsoft.graph.user",
                base = "entity",
                also_reads = "microsoft.graph.agentUser",
                also_reads = "microsoft.graph.botUser"
            )]
            pub struct User {
                pub id: ::core::option::Option<::std::string::String>,
            }
        }));
        assert!(contains(
            &tokens,
            r#"const ALSO_READS : & 'static [& 'static str] =
                & [ "microsoft.graph.agentUser" , "microsoft.graph.botUser" ] ;"#
        ));
        assert_hygienic(&tokens);
        assert!(!contains(&flat(entity(connector())), "ALSO_READS"));
    }

    #[test]
    fn a_complex_type_is_not_an_entity() {
        let tokens = flat(entity(syn::parse_quote! {
            #[graph(odata_type = "microsoft.graph.mimeContent")]
            pub struct MimeContent {
                pub r#type: ::core::option::Option<::std::string::String>,
            }
        }));
        assert!(contains(&tokens, "GraphComplex for MimeContent"));
        assert!(!contains(&tokens, "GraphEntity for MimeContent"));
        assert!(!contains(&tokens, "Addressable"));
        assert!(!tokens.contains(&"MimeContentPatch".to_owned()));
    }

    #[test]
    fn each_own_property_of_a_derived_type_is_asserted_absent_from_its_base() {
        let tokens = flat(entity(web_app()));
        assert_eq!(
            count(
                &tokens,
                r#"let __redeclared = :: graph_entity :: __private :: redeclared (
                    < MobileApp as :: graph_entity :: __private :: EntityBase > :: ALL_PROPERTIES ,
                    & [ "appUrl" , "useManagedBrowser" ] ) ;"#
            ),
            1
        );
        for (at, name) in ["appUrl", "useManagedBrowser"].into_iter().enumerate() {
            let message = format!(
                "\"`{name}` is a property of the base type `MobileApp`: remove this field; \
                 `WebApp` reads and writes it through its base field `app`\""
            );
            let assertion =
                format!(":: core :: assert ! (__redeclared != {at}usize , {message}) ;");
            assert_eq!(count(&tokens, &assertion), 1, "{assertion}");
        }
        // A type without base, or without properties of its own, has nothing to redeclare.
        assert!(!contains(&flat(entity(connector())), "redeclared"));
        let bare = flat(entity(syn::parse_quote! {
            #[graph(odata_type = "microsoft.graph.webApp")]
            pub struct WebApp {
                #[graph(base)]
                pub app: MobileApp,
            }
        }));
        assert!(!contains(&bare, "redeclared"));
    }

    #[test]
    fn only_property_types_other_than_scalars_are_asserted_once_and_go_through_probes() {
        let tokens = flat(entity(connector()));
        // `Option<String>` and `Nullable<State>` are asserted on their inner type; the scalars
        // `String` and `i32` need no assertion, as their direct calls cannot fall back.
        for ty in [":: std :: string :: String", "i32", "State"] {
            let assertion = format!(
                ": :: core :: marker :: PhantomData < :: graph_entity :: __private :: PropertyCheck < {ty} > > ,"
            );
            let expected = usize::from(ty == "State");
            assert_eq!(count(&tokens, &assertion), expected, "{ty}");
        }
        // The additional data is not a property.
        assert!(!contains(
            &tokens,
            "PropertyCheck < :: graph_entity :: AdditionalData >"
        ));
        assert!(!tokens.contains(&"__check5".to_owned()));
        // The three `String`s and the `i32` are scalars: direct calls. `State` may be an enum
        // (read open) or not (de)serializable (one error, the assertion's): probes.
        assert_eq!(count(&tokens, "RequiredReader :: of"), 0);
        assert_eq!(count(&tokens, "__reader . required"), 1);
        assert_eq!(count(&tokens, "OptionalReader :: of"), 1);
        assert_eq!(count(&tokens, "__reader . plain_optional"), 3);
        assert_eq!(count(&tokens, ". write_required"), 0);
        assert_eq!(count(&tokens, "__writer . required"), 1);
        assert_eq!(count(&tokens, ". write_optional"), 1);
        assert_eq!(count(&tokens, "__writer . optional"), 3);
        assert_eq!(
            count(
                &tokens,
                "< RetireParameters as :: graph_entity :: __private :: ActionParameters > :: ASSERT"
            ),
            1
        );
    }

    #[test]
    fn read_only_properties_and_the_key_are_written_only_in_full() {
        let tokens = flat(entity(connector()));
        // `id` (the key) and `version` (read-only).
        assert_eq!(
            count(
                &tokens,
                "if let :: graph_entity :: __private :: WriteMode :: Full = __mode"
            ),
            2
        );
        assert!(contains(&tokens, "pub struct ConnectorPatch"));
        assert!(!contains(&tokens, "pub version :"));
        assert!(contains(&tokens, "pub server :"));
    }

    #[test]
    fn the_crate_attribute_changes_every_path_to_the_runtime() {
        let mut input = connector();
        input
            .attrs
            .push(syn::parse_quote!(#[graph(crate = "::my_graph")]));
        let tokens = flat(entity(input));
        assert!(contains(
            &tokens,
            "impl :: my_graph :: __private :: Addressable for Connector"
        ));
        assert!(!contains(&tokens, "graph_entity :: __private"));
        assert!(contains(
            &tokens,
            ":: my_graph :: __private :: serde :: Serialize for Connector"
        ));
    }

    #[test]
    fn generated_entities_name_nothing_from_the_callers_scope() {
        assert_hygienic(&flat(entity(connector())));
        assert_hygienic(&flat(entity(web_app())));
        assert_hygienic(&flat(entity(syn::parse_quote! {
            #[graph(parameters)]
            pub struct RetireParameters {
                pub reason: ::core::option::Option<::std::string::String>,
            }
        })));
    }

    #[test]
    fn every_type_derives_from_itself_and_through_its_base_from_its_bases() {
        let tokens = flat(entity(web_app()));
        assert!(contains(
            &tokens,
            "impl < __R > :: graph_entity :: __private :: DerivesFrom < __R > for WebApp \
             where MobileApp : :: graph_entity :: __private :: DerivesFrom < __R >"
        ));
        assert!(contains(
            &tokens,
            "impl :: graph_entity :: __private :: SelfView for WebApp { }"
        ));
        let tokens = flat(entity(connector()));
        assert!(contains(
            &tokens,
            "impl :: graph_entity :: __private :: SelfView for Connector { }"
        ));
    }

    #[test]
    fn only_an_operation_that_returns_something_asserts_its_return_type() {
        let tokens = flat(entity(connector()));
        assert!(!tokens.iter().any(|token| token == "Returned"));
        let tokens = flat(entity(syn::parse_quote! {
            #[graph(
                base = "entity",
                odata_type = "microsoft.graph.deviceManagementExchangeConnector",
                path = "/deviceManagement/exchangeConnectors",
                function(name = "status", returns = Report),
                action(name = "sync", returns = ()),
            )]
            pub struct Connector {
                pub id: ::core::option::Option<::std::string::String>,
            }
        }));
        assert!(contains(
            &tokens,
            "< Report as :: graph_entity :: __private :: Returned > :: ASSERT"
        ));
        assert_eq!(
            tokens.iter().filter(|token| *token == "Returned").count(),
            1
        );
    }
}
