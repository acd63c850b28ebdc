//! The intermediate form: the derive input with its attributes parsed, every node keeping the
//! user's original tokens so that later stages can point errors at them.

use graph_entity_names::case;
use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::spanned::Spanned;

use crate::attr::{
    self, EnumAttrs, FieldAttrs, PolymorphicAttrs, PolymorphicVariantAttrs, TypeAttrs, VariantAttrs,
};
use crate::ctxt::Ctxt;

/// A struct deriving `GraphEntity`.
pub struct Entity {
    pub ident: syn::Ident,
    pub vis: syn::Visibility,
    pub generics: syn::Generics,
    pub attrs: TypeAttrs,
    /// Whether every `#[graph(...)]` attribute, of the struct and of its fields, was read: when
    /// one was not, the rules about what is missing are not checked, as the unread attribute
    /// may have said it.
    pub complete: bool,
    /// Where a type-level mistake with no token of its own (a missing key) is reported: the
    /// first `#[graph(...)]` attribute, or the struct's name.
    pub anchor: TokenStream,
    pub fields: Vec<Field>,
}

/// One named field of an [`Entity`].
pub struct Field {
    pub member: syn::Ident,
    pub ty: syn::Type,
    pub attrs: FieldAttrs,
    /// The JSON property name: `rename`, or the lowerCamelCase of the field's name.
    pub json_name: String,
    /// The tokens that decided [`Field::json_name`].
    pub json_name_span: Span,
    /// How the field holds absence and `null`, from its type's spelling.
    pub mode: FieldMode,
    /// Whether the value type (inside `Option`/`Nullable`) is spelled as a std or Edm scalar
    /// (see [`is_plain_scalar`]).
    pub plain: bool,
}

/// How a field's type holds absence and `null`. Like serde's own handling of optional fields,
/// this is decided by the type's spelling, before type checking.
pub enum FieldMode {
    /// Any other type: the property must be present and not `null`.
    Required,
    /// `Option<T>`: absence and `null` are `None` (a `null` is remembered in the additional
    /// data).
    Optional(syn::Type),
    /// `Nullable<T>`: absent, `null` or a value.
    Nullable(syn::Type),
}

#[cfg(test)]
impl FieldMode {
    /// The value type inside `Option<_>` or `Nullable<_>`.
    pub fn inner(&self) -> Option<&syn::Type> {
        match self {
            FieldMode::Required => None,
            FieldMode::Optional(inner) | FieldMode::Nullable(inner) => Some(inner),
        }
    }
}

/// An enum deriving `GraphPolymorphic`: one variant per derived type, and one for the rest.
pub struct Polymorphic {
    pub ident: syn::Ident,
    pub generics: syn::Generics,
    pub attrs: PolymorphicAttrs,
    pub complete: bool,
    pub variants: Vec<PolymorphicVariant>,
}

/// One newtype variant of a [`Polymorphic`] enum.
pub struct PolymorphicVariant {
    pub ident: syn::Ident,
    pub ty: syn::Type,
    pub other: Option<Span>,
}

/// An enum deriving `GraphEnum`.
pub struct Enumeration {
    pub ident: syn::Ident,
    pub generics: syn::Generics,
    pub attrs: EnumAttrs,
    pub variants: Vec<Variant>,
}

/// One variant of an [`Enumeration`].
pub struct Variant {
    pub ident: syn::Ident,
    /// The member's wire name: `rename`, or the lowerCamelCase of the variant's name.
    pub member: String,
    pub member_span: Span,
}

impl Entity {
    /// Reads a `GraphEntity` input. Shape and attribute errors are all reported to `cx`;
    /// `None` is returned only when the input is not a struct with named fields.
    pub fn from_input(input: &syn::DeriveInput, cx: &Ctxt) -> Option<Self> {
        let attrs = attr::parse::<TypeAttrs>(&input.attrs, cx);
        let mut complete = attrs.is_some();
        let attrs = attrs.unwrap_or_default();
        let named = match &input.data {
            syn::Data::Struct(data) => match &data.fields {
                syn::Fields::Named(named) => Some(named),
                syn::Fields::Unnamed(unnamed) => {
                    cx.error(
                        unnamed.paren_token.span.join(),
                        "GraphEntity needs a struct with named fields, one per JSON property: \
                         write `struct Name { id: Option<String>, ... }`",
                    );
                    None
                }
                syn::Fields::Unit => {
                    cx.error(
                        input.ident.span(),
                        "GraphEntity needs a struct with named fields, one per JSON property: \
                         write `struct Name { id: Option<String>, ... }`",
                    );
                    None
                }
            },
            syn::Data::Enum(data) => {
                cx.error(
                    data.enum_token.span,
                    "GraphEntity derives on structs; for an enumeration of members write \
                     `#[derive(GraphEnum)]`",
                );
                None
            }
            syn::Data::Union(data) => {
                cx.error(
                    data.union_token.span,
                    "GraphEntity derives on structs, not unions: write `struct` with one named \
                     field per JSON property",
                );
                None
            }
        };
        let mut fields = Vec::new();
        for field in &named?.named {
            let (field, field_complete) = Field::from_field(field, cx)?;
            complete &= field_complete;
            fields.push(field);
        }
        let anchor = input
            .attrs
            .iter()
            .find(|attribute| attribute.path().is_ident("graph"))
            .map_or_else(|| input.ident.to_token_stream(), ToTokens::to_token_stream);
        Some(Entity {
            ident: input.ident.clone(),
            vis: input.vis.clone(),
            generics: input.generics.clone(),
            attrs,
            complete,
            anchor,
            fields,
        })
    }
}

impl Field {
    fn from_field(field: &syn::Field, cx: &Ctxt) -> Option<(Self, bool)> {
        let member = field.ident.clone()?;
        let attrs = attr::parse::<FieldAttrs>(&field.attrs, cx);
        let complete = attrs.is_some();
        let attrs = attrs.unwrap_or_default();
        let (json_name, json_name_span) = match &attrs.rename {
            Some(rename) => (rename.as_ref().clone(), rename.span()),
            None => (case::lower_camel(&member.to_string()), member.span()),
        };
        let mode = field_mode(&field.ty);
        let plain = is_plain_scalar(match &mode {
            FieldMode::Required => &field.ty,
            FieldMode::Optional(inner) | FieldMode::Nullable(inner) => inner,
        });
        Some((
            Field {
                member,
                ty: field.ty.clone(),
                attrs,
                json_name,
                json_name_span,
                mode,
                plain,
            },
            complete,
        ))
    }

    /// Whether the field's type is spelled `AdditionalData` (bare or by path), the type of the
    /// `#[graph(additional_data)]` field.
    pub fn names_additional_data(&self) -> bool {
        matches!(
            &self.ty,
            syn::Type::Path(path)
                if path.qself.is_none()
                    && path
                        .path
                        .segments
                        .last()
                        .is_some_and(|last| last.ident == "AdditionalData")
        )
    }
}

impl Enumeration {
    /// Reads a `GraphEnum` input, reporting every shape and attribute error to `cx`.
    pub fn from_input(input: &syn::DeriveInput, cx: &Ctxt) -> Option<Self> {
        let attrs = attr::parse::<EnumAttrs>(&input.attrs, cx).unwrap_or_default();
        let data = match &input.data {
            syn::Data::Enum(data) => data,
            syn::Data::Struct(data) => {
                cx.error(
                    data.struct_token.span,
                    "GraphEnum derives on enums of unit variants; for a resource with properties \
                     write `#[derive(GraphEntity)]`",
                );
                return None;
            }
            syn::Data::Union(data) => {
                cx.error(
                    data.union_token.span,
                    "GraphEnum derives on enums of unit variants, not unions: write \
                     `enum Name { MemberOne, MemberTwo }`",
                );
                return None;
            }
        };
        let mut variants = Vec::with_capacity(data.variants.len());
        for variant in &data.variants {
            let variant_attrs = attr::parse::<VariantAttrs>(&variant.attrs, cx).unwrap_or_default();
            if !matches!(variant.fields, syn::Fields::Unit) {
                cx.error(
                    variant.fields.span(),
                    format!(
                        "a GraphEnum member carries no data: write the unit variant `{}`",
                        variant.ident
                    ),
                );
                continue;
            }
            if let Some((eq, discriminant)) = &variant.discriminant {
                let _ = eq;
                cx.error(
                    discriminant.span(),
                    "a GraphEnum member is named on the wire, not numbered: remove the \
                     discriminant, or give the name with `#[graph(rename = \"...\")]`",
                );
            }
            let (member, member_span) = match &variant_attrs.rename {
                Some(rename) => (rename.as_ref().clone(), rename.span()),
                None => (
                    case::lower_camel(&variant.ident.to_string()),
                    variant.ident.span(),
                ),
            };
            variants.push(Variant {
                ident: variant.ident.clone(),
                member,
                member_span,
            });
        }
        Some(Enumeration {
            ident: input.ident.clone(),
            generics: input.generics.clone(),
            attrs,
            variants,
        })
    }
}

impl Polymorphic {
    /// Reads a `GraphPolymorphic` input, collecting every shape and attribute error.
    pub fn from_input(input: &syn::DeriveInput, cx: &Ctxt) -> Option<Self> {
        let attrs = attr::parse::<PolymorphicAttrs>(&input.attrs, cx);
        let mut complete = attrs.is_some();
        let attrs = attrs.unwrap_or_default();
        let data = match &input.data {
            syn::Data::Enum(data) => data,
            syn::Data::Struct(syn::DataStruct { struct_token, .. }) => {
                cx.error(
                    struct_token.span,
                    "GraphPolymorphic derives on an enum with one variant per derived type: \
                     write `enum AnyBase { Derived(Derived), #[graph(other)] Other(Base) }`",
                );
                return None;
            }
            syn::Data::Union(data) => {
                cx.error(
                    data.union_token.span,
                    "GraphPolymorphic derives on an enum with one variant per derived type: \
                     write `enum AnyBase { Derived(Derived), #[graph(other)] Other(Base) }`",
                );
                return None;
            }
        };
        let mut variants = Vec::with_capacity(data.variants.len());
        for variant in &data.variants {
            let variant_attrs = attr::parse::<PolymorphicVariantAttrs>(&variant.attrs, cx);
            complete &= variant_attrs.is_some();
            let variant_attrs = variant_attrs.unwrap_or_default();
            let ty = match &variant.fields {
                syn::Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                    fields.unnamed.first().map(|field| field.ty.clone())
                }
                _ => None,
            };
            let Some(ty) = ty else {
                cx.error_spanned_by(
                    variant,
                    format!(
                        "each variant holds one Graph type: write `{0}({0})`",
                        variant.ident
                    ),
                );
                continue;
            };
            variants.push(PolymorphicVariant {
                ident: variant.ident.clone(),
                ty,
                other: variant_attrs
                    .other
                    .is_present()
                    .then(|| variant_attrs.other.span()),
            });
        }
        Some(Polymorphic {
            ident: input.ident.clone(),
            generics: input.generics.clone(),
            attrs,
            complete,
            variants,
        })
    }
}

/// Whether `ty` is spelled `AdditionalData` (with or without a path before it): the type an
/// `additional_data` field has.
pub fn is_additional_data(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(path)
    if path.qself.is_none()
        && path.path.segments.last().is_some_and(|last| {
            last.ident == "AdditionalData" && last.arguments.is_none()
        }))
}

/// Whether a value type is spelled as one that is always (de)serializable and never an enum:
/// a std scalar with an Edm type (`String`, `bool`, `u8`, the signed integers, the floats), an Edm scalar named through a
/// module `edm` (`edm::DateTimeOffset`, `graph_entity::edm::Guid`, ...), `serde_json::Value`
/// (`Edm.Untyped`), or a `Vec` of one.
///
/// Generated code reads and writes such a field with a direct call. Any other type goes through
/// the auto-ref probes, which pick the open reader for enums and keep a field of a type that is
/// not (de)serializable at one compile error (the struct's assertion), where a direct call
/// would add one per use. Spelling is all a derive sees: a module that shadows `String` with
/// a type that is not (de)serializable gets more than one error, but never different behaviour,
/// as no enum has these names.
pub fn is_plain_scalar(ty: &syn::Type) -> bool {
    // Exactly the std types with an Edm type (no unsigned type but `u8`, `Edm.Byte`): a plain
    // field's schema names its Edm type directly.
    const STD: &[&str] = &[
        "String", "bool", "u8", "i8", "i16", "i32", "i64", "f32", "f64",
    ];
    const EDM: &[&str] = &[
        "Binary",
        "Date",
        "DateTimeOffset",
        "Decimal",
        "Double",
        "Duration",
        "Guid",
        "Int64",
        "TimeOfDay",
    ];
    let syn::Type::Path(path) = ty else {
        return false;
    };
    if path.qself.is_some() {
        return false;
    }
    let segments = &path.path.segments;
    let Some(last) = segments.last() else {
        return false;
    };
    match &last.arguments {
        syn::PathArguments::None => {
            let name = last.ident.to_string();
            if segments.len() == 1 {
                STD.contains(&name.as_str())
            } else {
                let module = &segments[segments.len() - 2];
                (module.ident == "edm" && EDM.contains(&name.as_str()))
                    || (name == "String" && module.ident == "string")
                    || (name == "Value" && module.ident == "serde_json")
            }
        }
        syn::PathArguments::AngleBracketed(args) if last.ident == "Vec" && args.args.len() == 1 => {
            matches!(args.args.first(), Some(syn::GenericArgument::Type(inner)) if is_plain_scalar(inner))
        }
        _ => false,
    }
}

/// Whether a type is spelled `Option<T>` or `Nullable<T>` (bare or by path).
fn field_mode(ty: &syn::Type) -> FieldMode {
    let syn::Type::Path(path) = ty else {
        return FieldMode::Required;
    };
    if path.qself.is_some() {
        return FieldMode::Required;
    }
    let Some(last) = path.path.segments.last() else {
        return FieldMode::Required;
    };
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return FieldMode::Required;
    };
    let mut types = args.args.iter().filter_map(|arg| match arg {
        syn::GenericArgument::Type(ty) => Some(ty.clone()),
        _ => None,
    });
    let (Some(inner), None, 1) = (types.next(), types.next(), args.args.len()) else {
        return FieldMode::Required;
    };
    if last.ident == "Option" {
        FieldMode::Optional(inner)
    } else if last.ident == "Nullable" {
        FieldMode::Nullable(inner)
    } else {
        FieldMode::Required
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_scalars_are_std_and_edm_scalars_and_vecs_of_them() {
        let plain = |ty: syn::Type| is_plain_scalar(&ty);
        assert!(plain(syn::parse_quote!(String)));
        assert!(plain(syn::parse_quote!(::std::string::String)));
        assert!(plain(syn::parse_quote!(i32)));
        assert!(plain(syn::parse_quote!(bool)));
        assert!(plain(syn::parse_quote!(edm::DateTimeOffset)));
        assert!(plain(syn::parse_quote!(::graph_entity::edm::Guid)));
        assert!(plain(syn::parse_quote!(Vec<String>)));
        assert!(plain(syn::parse_quote!(::std::vec::Vec<edm::Date>)));
        assert!(plain(syn::parse_quote!(serde_json::Value)));
        assert!(plain(syn::parse_quote!(Vec<::serde_json::Value>)));
        // Anything else may be an enum, read open, or not (de)serializable.
        assert!(!plain(syn::parse_quote!(State)));
        assert!(!plain(syn::parse_quote!(DateTimeOffset)));
        assert!(!plain(syn::parse_quote!(other::Date)));
        assert!(!plain(syn::parse_quote!(Value)));
        assert!(!plain(syn::parse_quote!(other::Value)));
        assert!(!plain(syn::parse_quote!(Vec<State>)));
        assert!(!plain(syn::parse_quote!(Option<String>)));
        assert!(!plain(syn::parse_quote!(<T as Tr>::String)));
        assert!(!plain(syn::parse_quote!(&'static str)));
        // No Edm type: its schema must not name one.
        assert!(!plain(syn::parse_quote!(u32)));
    }

    fn entity(input: syn::DeriveInput) -> (Option<Entity>, Vec<String>) {
        let cx = Ctxt::new();
        let entity = Entity::from_input(&input, &cx);
        (entity, cx.messages())
    }

    #[test]
    fn fields_get_lower_camel_json_names_and_renames() {
        let (entity, errors) = entity(syn::parse_quote! {
            #[graph(odata_type = "microsoft.graph.x")]
            struct X {
                last_sync_date_time: Option<String>,
                #[graph(rename = "@odata.nextLink")]
                next: String,
                r#type: core::option::Option<u8>,
            }
        });
        assert!(errors.is_empty(), "{errors:?}");
        let entity = entity.unwrap();
        let names: Vec<_> = entity.fields.iter().map(|f| f.json_name.as_str()).collect();
        assert_eq!(names, ["lastSyncDateTime", "@odata.nextLink", "type"]);
        let optional: Vec<_> = entity
            .fields
            .iter()
            .map(|f| f.mode.inner().is_some())
            .collect();
        assert_eq!(optional, [true, false, true]);
    }

    #[test]
    fn every_shape_error_is_reported_with_the_attribute_errors() {
        let (entity, errors) = entity(syn::parse_quote! {
            #[graph(odata_typ = "microsoft.graph.x")]
            struct X(String);
        });
        assert!(entity.is_none());
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors[0].contains("Did you mean `odata_type`"),
            "{errors:?}"
        );
        assert!(errors[1].contains("named fields"), "{errors:?}");
    }

    #[test]
    fn enum_variants_with_data_are_rejected_one_by_one() {
        let cx = Ctxt::new();
        let input: syn::DeriveInput = syn::parse_quote! {
            enum E { Ok, Bad(u8), AlsoBad { x: u8 }, Numbered = 3 }
        };
        let parsed = Enumeration::from_input(&input, &cx).unwrap();
        assert_eq!(cx.messages().len(), 3);
        assert_eq!(parsed.variants.len(), 2);
        assert_eq!(parsed.variants[1].member, "numbered");
    }
}
