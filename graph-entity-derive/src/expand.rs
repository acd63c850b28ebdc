//! Code generation from the checked form. Nothing here reports a user error: every rule was
//! checked in [`valid`](crate::valid).
//!
//! Generated code names everything by absolute path (`::core::...`) or through the runtime
//! crate's `__private` module, sits in a `const _: () = { ... };` block, and uses `__`-prefixed
//! locals, so that it compiles in modules that shadow `Result`, `Option`, `String` or `serde`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ast::Field;
use crate::valid::{CheckedEntity, CheckedEnum};

pub fn entity(entity: &CheckedEntity<'_>) -> TokenStream {
    let krate = &entity.krate;
    let private = quote!(#krate::__private);
    let trait_impl = trait_impl(entity, &private);
    let actions = actions(entity, &private);
    let serialize = serialize(entity, &private);
    let deserialize = deserialize(entity, &private);
    quote! {
        #[doc(hidden)]
        #[allow(non_upper_case_globals, unused_qualifications, clippy::needless_lifetimes)]
        const _: () = {
            #trait_impl
            #actions
            #serialize
            #deserialize
        };
    }
}

fn trait_impl(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    let ident = &entity.ast.ident;
    let odata_type = &entity.odata_type;
    let base_type = match &entity.base_type {
        Some(base) => quote!(::core::option::Option::Some(#base)),
        None => quote!(::core::option::Option::None),
    };
    let names = entity.properties().map(|(_, field)| &field.json_name);
    let Some(key) = entity.key else {
        return quote! {
            #[automatically_derived]
            impl #private::GraphComplex for #ident {
                const ODATA_TYPE: &'static str = #odata_type;
                const BASE_TYPE: ::core::option::Option<&'static str> = #base_type;
                const PROPERTIES: &'static [&'static str] = &[#(#names),*];
            }
        };
    };
    let key_field = &entity.ast.fields[key];
    let key_member = &key_field.member;
    let key_name = &key_field.json_name;
    let (collection_path, item_path) = match &entity.path {
        Some(path) => {
            let item = format!("{path}/{{{key_name}}}");
            (quote!(#path), quote!(#item))
        }
        None => {
            // Evaluated only when named: a non-addressable entity compiles, and naming its path
            // is a compile-time error that says what to add.
            let message = format!(
                "`{ident}` has no collection path: declare `#[graph(path = \"/...\")]` on it to \
                 address it"
            );
            (
                quote!(::core::panic!(#message)),
                quote!(::core::panic!(#message)),
            )
        }
    };
    let actions = entity.actions.iter().map(|action| &action.name);
    quote! {
        #[automatically_derived]
        impl #private::GraphEntity for #ident {
            const ODATA_TYPE: &'static str = #odata_type;
            const BASE_TYPE: ::core::option::Option<&'static str> = #base_type;
            const KEY_PROPERTY: &'static str = #key_name;
            const COLLECTION_PATH: &'static str = #collection_path;
            const ITEM_PATH: &'static str = #item_path;
            const PROPERTIES: &'static [&'static str] = &[#(#names),*];
            const ACTIONS: &'static [&'static str] = &[#(#actions),*];

            #[inline]
            fn key(&self) -> ::core::option::Option<&str> {
                #private::AsKey::as_key(&self.#key_member)
            }
        }
    }
}

fn actions(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    if entity.actions.is_empty() {
        return TokenStream::new();
    }
    let ident = &entity.ast.ident;
    let functions = entity.actions.iter().map(|action| {
        let name = &action.name;
        let function = &action.function;
        let doc = format!("`POST {{item}}/{name}`: the bound action `{name}` of the item `key`.");
        quote! {
            #[doc = #doc]
            pub fn #function(key: &str) -> #private::Operation {
                #private::Operation::new(
                    #private::http::Method::POST,
                    #private::action_path(
                        <Self as #private::GraphEntity>::COLLECTION_PATH,
                        key,
                        #name,
                    ),
                )
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl #ident {
            #(#functions)*
        }
    }
}

/// The trait that holds `PROPERTIES` for this type.
fn type_trait(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    if entity.key.is_some() {
        quote!(#private::GraphEntity)
    } else {
        quote!(#private::GraphComplex)
    }
}

fn serialize(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    let ident = &entity.ast.ident;
    let type_tag = format!("#{}", entity.odata_type);
    let type_trait = type_trait(entity, private);
    let rest = match entity.additional_data {
        Some(index) => {
            let member = &entity.ast.fields[index].member;
            quote!(#private::IsAdditionalData::as_additional_data(&self.#member))
        }
        None => quote!(&#private::NO_ADDITIONAL_DATA),
    };
    let writes = entity.properties().map(|(_, field)| {
        let Field {
            member, json_name, ..
        } = field;
        if field.optional {
            quote!(#private::write_optional(&mut __map, #json_name, &self.#member, __rest)?;)
        } else {
            quote!(#private::write_required(&mut __map, #json_name, &self.#member)?;)
        }
    });
    quote! {
        #[automatically_derived]
        impl #private::serde::Serialize for #ident {
            fn serialize<__S>(
                &self,
                __serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: #private::serde::Serializer,
            {
                let __rest: &#private::AdditionalData = #rest;
                let mut __map = #private::serde::Serializer::serialize_map(
                    __serializer,
                    ::core::option::Option::None,
                )?;
                #private::write_head(&mut __map, #type_tag, __rest)?;
                #(#writes)*
                #private::write_tail(
                    &mut __map,
                    __rest,
                    <Self as #type_trait>::PROPERTIES,
                )?;
                #private::serde::ser::SerializeMap::end(__map)
            }
        }
    }
}

fn deserialize(entity: &CheckedEntity<'_>, private: &TokenStream) -> TokenStream {
    let ident = &entity.ast.ident;
    let odata_type = &entity.odata_type;
    let expecting = format!("a JSON object of type #{odata_type}");
    let keep = entity.additional_data.is_some();
    let properties: Vec<(u16, &Field)> = entity
        .properties()
        .enumerate()
        .map(|(index, (_, field))| (u16::try_from(index).unwrap_or(u16::MAX), field))
        .collect();
    let slot = |index: u16| format_ident!("__field{}", index);

    let slots = properties.iter().map(|(index, field)| {
        let slot = slot(*index);
        let ty = &field.ty;
        quote!(let mut #slot: ::core::option::Option<#ty> = ::core::option::Option::None;)
    });
    let index_arms = properties.iter().map(|(index, field)| {
        let name = &field.json_name;
        quote!(#name => ::core::option::Option::Some(#index),)
    });
    let read_arms = properties.iter().map(|(index, field)| {
        let slot = slot(*index);
        let ty = &field.ty;
        let name = &field.json_name;
        let read = if field.optional {
            quote! {
                (&&#private::OptionalReader::<#ty>::new()).read(&mut __map, &mut __rest, #name)?
            }
        } else {
            quote!(#private::read_required::<#ty, __A>(&mut __map, #name)?)
        };
        quote! {
            #private::PropertyKey::Declared(#index) => {
                if ::core::option::Option::is_some(&#slot) {
                    return ::core::result::Result::Err(#private::duplicate_property(#name));
                }
                #slot = ::core::option::Option::Some(#read);
            }
        }
    });
    let mut property_slots = properties.iter();
    let inits = entity.ast.fields.iter().enumerate().map(|(index, field)| {
        let member = &field.member;
        if Some(index) == entity.additional_data {
            return quote!(#member: #private::IsAdditionalData::from_additional_data(__additional));
        }
        let Some((slot_index, _)) = property_slots.next() else {
            return TokenStream::new();
        };
        let slot = slot(*slot_index);
        if field.optional {
            quote!(#member: ::core::option::Option::unwrap_or_default(#slot))
        } else {
            let name = &field.json_name;
            quote!(#member: #private::take_required(#slot, #name)?)
        }
    });
    let finish = if keep {
        quote!(let __additional = __rest.finish::<__A::Error>()?;)
    } else {
        quote!(__rest.finish::<__A::Error>()?;)
    };

    quote! {
        #[automatically_derived]
        impl<'de> #private::serde::Deserialize<'de> for #ident {
            fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: #private::serde::Deserializer<'de>,
            {
                #[inline]
                fn __property_index(__name: &str) -> ::core::option::Option<u16> {
                    match __name {
                        #(#index_arms)*
                        _ => ::core::option::Option::None,
                    }
                }

                struct __Visitor;

                impl<'de> #private::serde::de::Visitor<'de> for __Visitor {
                    type Value = #ident;

                    fn expecting(
                        &self,
                        __formatter: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        ::core::fmt::Formatter::write_str(__formatter, #expecting)
                    }

                    #[inline]
                    fn visit_map<__A>(
                        self,
                        mut __map: __A,
                    ) -> ::core::result::Result<Self::Value, __A::Error>
                    where
                        __A: #private::serde::de::MapAccess<'de>,
                    {
                        #[allow(unused_imports)]
                        use #private::{ReadOpenOptional as _, ReadPlainOptional as _};
                        let mut __rest = #private::Rest::new(#keep);
                        let mut __seen_type = false;
                        #(#slots)*
                        while let ::core::option::Option::Some(__key) =
                            #private::serde::de::MapAccess::next_key_seed(
                                &mut __map,
                                #private::PropertyKeySeed(__property_index),
                            )?
                        {
                            match __key {
                                #(#read_arms)*
                                __other => #private::read_other(
                                    &mut __map,
                                    &mut __rest,
                                    __other,
                                    #odata_type,
                                    &mut __seen_type,
                                )?,
                            }
                        }
                        #finish
                        ::core::result::Result::Ok(#ident {
                            #(#inits,)*
                        })
                    }
                }

                #private::serde::Deserializer::deserialize_map(__deserializer, __Visitor)
            }
        }
    }
}

pub fn enumeration(checked: &CheckedEnum<'_>) -> TokenStream {
    let krate = &checked.krate;
    let private = quote!(#krate::__private);
    let ident = &checked.ast.ident;
    let odata_type = match &checked.odata_type {
        Some(name) => quote!(::core::option::Option::Some(#name)),
        None => quote!(::core::option::Option::None),
    };
    let members = checked.ast.variants.iter().map(|variant| &variant.member);
    let as_str_arms = checked.ast.variants.iter().map(|variant| {
        let (variant, member) = (&variant.ident, &variant.member);
        quote!(Self::#variant => #member,)
    });
    let from_member_arms = checked.ast.variants.iter().map(|variant| {
        let (variant, member) = (&variant.ident, &variant.member);
        quote!(#member => ::core::option::Option::Some(Self::#variant),)
    });
    quote! {
        #[doc(hidden)]
        #[allow(non_upper_case_globals, unused_qualifications)]
        const _: () = {
            #[automatically_derived]
            impl #private::GraphEnum for #ident {
                const ODATA_TYPE: ::core::option::Option<&'static str> = #odata_type;
                const MEMBERS: &'static [&'static str] = &[#(#members),*];

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

            #[automatically_derived]
            impl #private::serde::Serialize for #ident {
                #[inline]
                fn serialize<__S>(
                    &self,
                    __serializer: __S,
                ) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #private::serde::Serializer,
                {
                    #private::serde::Serializer::serialize_str(
                        __serializer,
                        #private::GraphEnum::as_str(self),
                    )
                }
            }

            #[automatically_derived]
            impl<'de> #private::serde::Deserialize<'de> for #ident {
                #[inline]
                fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: #private::serde::Deserializer<'de>,
                {
                    #private::deserialize_member::<Self, __D>(__deserializer)
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
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
        };
    }
}
