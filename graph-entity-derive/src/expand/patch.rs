//! The patch type of an entity, `<Name>Patch`: the body of its update.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};

use super::shared::{Serde, base_where, probe_imports, serde_impl};
use crate::ast::{Field, FieldMode};
use crate::valid::{CheckedEntity, Property};

/// The patch type of an entity (declared next to it, as the user names it) and its impls.
pub fn patch(entity: &CheckedEntity<'_>, private: &TokenStream) -> (TokenStream, TokenStream) {
    if !entity.is_entity() {
        return (TokenStream::new(), TokenStream::new());
    }
    let changes: Vec<(&Field, TokenStream)> = entity
        .properties()
        .filter(|property| !property.read_only)
        .map(|Property { field, .. }| {
            let ty = match &field.mode {
                FieldMode::Required => {
                    let ty = &field.ty;
                    quote!(::core::option::Option<#ty>)
                }
                FieldMode::Optional(inner) | FieldMode::Nullable(inner) => {
                    quote!(#private::Nullable<#inner>)
                }
            };
            (field, ty)
        })
        .collect();
    let patch_type = patch_type(entity, private, &changes);
    let impls = patch_impls(entity, private, &changes);
    (patch_type, impls)
}

/// The property changes of a patch: each property that is not read-only, with the type of its
/// field in the patch (`Option<T>` for a property that cannot be `null`, else `Nullable<T>`).
type Changes<'a> = [(&'a Field, TokenStream)];

/// The patch struct and its `Default`.
fn patch_type(
    entity: &CheckedEntity<'_>,
    private: &TokenStream,
    changes: &Changes<'_>,
) -> TokenStream {
    let ident = &entity.ast.ident;
    let vis = &entity.ast.vis;
    let patch = format_ident!("{}Patch", ident);
    let base = entity.base().map(|base| (&base.member, &base.ty));
    let doc = format!(
        "Changes to a [`{ident}`]: the body of its update (`PATCH`), with exactly the properties \
         set here.\n\nFields left [`Nullable::Absent`]({krate}::Nullable::Absent) (or `None`, for \
         properties that cannot be `null`) are left unchanged; read-only properties and the key \
         have no field.",
        krate = quote!(#private)
            .to_string()
            .replace(' ', "")
            .trim_end_matches("::__private")
    );
    let base_field = base.map(|(member, ty)| {
        quote! {
            /// Changes to the inherited properties.
            pub #member: <#ty as #private::GraphEntity>::Patch,
        }
    });
    let fields = changes.iter().map(|(field, ty)| {
        let (member, name) = (&field.member, &field.json_name);
        let doc = format!("The change to `{name}`.");
        quote! {
            #[doc = #doc]
            pub #member: #ty,
        }
    });
    let base_where = base_where(entity, private);
    // The unchanged values themselves, not `Default::default()`: no trait to select per field.
    let field_defaults = changes.iter().map(|(field, _)| {
        let member = &field.member;
        match field.mode {
            FieldMode::Required => quote!(#member: ::core::option::Option::None,),
            FieldMode::Optional(_) | FieldMode::Nullable(_) => {
                quote!(#member: #private::Nullable::Absent,)
            }
        }
    });
    let base_default =
        base.map(|(member, _)| quote!(#member: ::core::default::Default::default(),));
    // The patch type's name at the struct's name: see `checks` in `structured`.
    let patch_ident = syn::Ident::new(&patch.to_string(), ident.span());
    let patch_head = quote_spanned!(ident.span()=> #vis struct #patch_ident);
    quote! {
        #[doc = #doc]
        #[allow(unused_lifetimes)]
        #patch_head #base_where {
            #base_field
            #(#fields)*
            /// Properties the type does not declare (an open type's, or extension properties
            /// such as `extension_<appId>_<name>`): set with `with_property` and `with_null`,
            /// written after the declared changes, in the order they were first set.
            pub extra_properties: #private::PatchExtras,
        }

        // Not derived: the derive would repeat the where clause with a note of its own.
        #[automatically_derived]
        #[allow(unused_lifetimes)]
        impl ::core::default::Default for #patch #base_where {
            #[inline]
            fn default() -> Self {
                Self {
                    #base_default
                    #(#field_defaults)*
                    extra_properties: ::core::default::Default::default(),
                }
            }
        }
    }
}

/// The impls of the patch type: its setters, `PatchFields` and `Serialize`.
fn patch_impls(
    entity: &CheckedEntity<'_>,
    private: &TokenStream,
    changes: &Changes<'_>,
) -> TokenStream {
    let patch = format_ident!("{}Patch", entity.ast.ident);
    let base_where = base_where(entity, private);
    let setters = setters(entity, private, changes);
    let patch_fields = patch_fields(entity, private, changes);
    let serialize = serde_impl(
        Serde::Serialize,
        private,
        &patch,
        &base_where,
        false,
        quote!(#private::serialize_patch(self, __serializer)),
    );
    quote! {
        #setters

        #patch_fields

        #serialize

    }
}

/// The setters of the patch type: one per change, `with_base` for a derived type, and
/// `with_property` and `with_null` for the properties the type does not declare.
fn setters(
    entity: &CheckedEntity<'_>,
    private: &TokenStream,
    changes: &Changes<'_>,
) -> TokenStream {
    let ident = &entity.ast.ident;
    let base = entity.base().map(|base| (&base.member, &base.ty));
    let base_where = base_where(entity, private);
    let patch = format_ident!("{}Patch", ident);
    // The setters' impl at the struct's name: see `checks` in `structured`.
    let patch_ident = syn::Ident::new(&patch.to_string(), ident.span());
    let setters_head = quote_spanned!(ident.span()=> impl #patch_ident);
    let setters = changes.iter().map(|(field, _)| {
        let (member, name) = (&field.member, &field.json_name);
        match &field.mode {
            FieldMode::Required => {
                let ty = &field.ty;
                let doc = format!("Sets `{name}`.");
                quote! {
                    #[doc = #doc]
                    #[must_use]
                    #[inline]
                    pub fn #member(mut self, value: #ty) -> Self {
                        self.#member = ::core::option::Option::Some(value);
                        self
                    }
                }
            }
            FieldMode::Optional(inner) | FieldMode::Nullable(inner) => {
                let doc = format!("Sets `{name}`: `Some(value)`, or `None` for `null`.");
                quote! {
                    #[doc = #doc]
                    #[must_use]
                    #[inline]
                    pub fn #member(mut self, value: ::core::option::Option<#inner>) -> Self {
                        self.#member = #private::Nullable::from_option(value);
                        self
                    }
                }
            }
        }
    });
    let with_base = base.map(|(member, ty)| {
        quote! {
            /// Changes inherited properties through the base type's patch and its setters:
            /// `.with_base(|base| base.display_name(Some(name)))`. Chains to any depth.
            #[must_use]
            #[inline]
            pub fn with_base(
                mut self,
                change: impl ::core::ops::FnOnce(
                    <#ty as #private::GraphEntity>::Patch,
                ) -> <#ty as #private::GraphEntity>::Patch,
            ) -> Self {
                self.#member = change(::core::mem::take(&mut self.#member));
                self
            }
        }
    });
    quote! {
        #[automatically_derived]
        #setters_head #base_where {
            #(#setters)*
            #with_base

            /// Sets a property the type does not declare (of an open type, or an extension
            /// property such as `extension_<appId>_<name>`) to `value`, written after the
            /// declared changes; a name set again keeps its place and takes the new value.
            ///
            /// # Errors
            /// `PatchExtraError::Refused` when `name` is a
            /// property the type or a base type declares (set it through its setter), is empty,
            /// or starts with `@odata.`; `PatchExtraError::Value` when `value` is not JSON.
            pub fn with_property<__V>(
                mut self,
                name: impl ::core::convert::Into<#private::String>,
                value: &__V,
            ) -> ::core::result::Result<Self, #private::PatchExtraError>
            where
                __V: #private::serde::Serialize + ?::core::marker::Sized,
            {
                // A `match`, not `?`: no `Try` and `From` to resolve, once per patch type.
                match #private::set_extra(
                    &mut self.extra_properties,
                    <#ident as #private::GraphEntity>::PROPERTIES,
                    ::core::convert::Into::into(name),
                    value,
                ) {
                    ::core::result::Result::Ok(()) => ::core::result::Result::Ok(self),
                    ::core::result::Result::Err(__error) => ::core::result::Result::Err(__error),
                }
            }

            /// Sets a property the type does not declare to `null`: see `with_property`.
            ///
            /// # Errors
            /// As `with_property`.
            #[inline]
            pub fn with_null(
                self,
                name: impl ::core::convert::Into<#private::String>,
            ) -> ::core::result::Result<Self, #private::PatchExtraError> {
                self.with_property(name, &())
            }
        }
    }
}

/// `impl PatchFields`: the changes written one by one after the base's, and the extra
/// properties after the base's.
fn patch_fields(
    entity: &CheckedEntity<'_>,
    private: &TokenStream,
    changes: &Changes<'_>,
) -> TokenStream {
    let patch = format_ident!("{}Patch", entity.ast.ident);
    let base = entity.base().map(|base| (&base.member, &base.ty));
    let base_where = base_where(entity, private);
    // `None`, the trait's default, for a type with no base.
    let type_tag = base.map(|_| {
        let tag = format!("#{}", entity.odata_type);
        quote!(const TYPE_TAG: ::core::option::Option<&'static str> = ::core::option::Option::Some(#tag);)
    });
    let base_write = base
        .map(|(member, _)| quote!(#private::PatchFields::write_changes(&self.#member, __map)?;));
    let base_extras =
        base.map(|(member, _)| quote!(#private::PatchFields::write_extras(&self.#member, __map)?;));
    // Imported only where a change goes through the probe: see `read_imports` of the entity.
    let change_traits: &[&str] = if changes.iter().any(|(field, _)| !field.plain) {
        &["SkipChange", "WriteChange"]
    } else {
        &[]
    };
    let change_imports = probe_imports(private, change_traits);
    let writes = changes.iter().map(|(field, _)| {
        let (member, name) = (&field.member, &field.json_name);
        if field.plain {
            quote!(__writer.change(#name, &self.#member);)
        } else {
            quote!((&&#private::ChangeWriter(&self.#member)).write(&mut __writer, #name);)
        }
    });
    quote! {
        #[automatically_derived]
        impl #private::PatchFields for #patch #base_where {
            #type_tag

            #[inline]
            fn write_changes<__M>(&self, __map: &mut __M) -> ::core::result::Result<(), __M::Error>
            where
                __M: #private::serde::ser::SerializeMap,
            {
                #change_imports
                #base_write
                // One writer call per change and no `?`: see `MapWriter`.
                let mut __writer = #private::MapWriter::new(__map, &#private::NO_ADDITIONAL_DATA);
                #(#writes)*
                __writer.finish()
            }

            #[inline]
            fn write_extras<__M>(&self, __map: &mut __M) -> ::core::result::Result<(), __M::Error>
            where
                __M: #private::serde::ser::SerializeMap,
            {
                #base_extras
                self.extra_properties.write(__map)
            }
        }
    }
}
