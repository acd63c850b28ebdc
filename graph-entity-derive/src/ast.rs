//! The intermediate form: the derive input with its attributes parsed, every node keeping the
//! user's original tokens so that later stages can point errors at them.

use proc_macro2::Span;
use syn::spanned::Spanned;

use crate::attr::{self, EnumAttrs, FieldAttrs, TypeAttrs, VariantAttrs};
use crate::case;

/// A struct deriving `GraphEntity`.
pub struct Entity {
    pub ident: syn::Ident,
    pub generics: syn::Generics,
    pub attrs: TypeAttrs,
    /// Where a type-level mistake with no token of its own (a missing key) is reported: the
    /// first `#[graph(...)]` attribute, or the struct's name.
    pub anchor: Span,
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
    /// The field's type is spelled `Option<_>`: `null` and absence read as `None`.
    pub optional: bool,
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
    /// Reads a `GraphEntity` input. Shape and attribute errors are all collected into `errors`;
    /// `None` is returned only when the input is not a struct with named fields.
    pub fn from_input(input: &syn::DeriveInput, errors: &mut Vec<syn::Error>) -> Option<Self> {
        let attrs: TypeAttrs = attr::parse(&input.attrs, errors);
        let named = match &input.data {
            syn::Data::Struct(data) => match &data.fields {
                syn::Fields::Named(named) => Some(named),
                syn::Fields::Unnamed(unnamed) => {
                    errors.push(syn::Error::new(
                        unnamed.paren_token.span.join(),
                        "GraphEntity needs a struct with named fields, one per JSON property: \
                         write `struct Name { id: Option<String>, ... }`",
                    ));
                    None
                }
                syn::Fields::Unit => {
                    errors.push(syn::Error::new(
                        input.ident.span(),
                        "GraphEntity needs a struct with named fields, one per JSON property: \
                         write `struct Name { id: Option<String>, ... }`",
                    ));
                    None
                }
            },
            syn::Data::Enum(data) => {
                errors.push(syn::Error::new(
                    data.enum_token.span,
                    "GraphEntity derives on structs; for an enumeration of members write \
                     `#[derive(GraphEnum)]`",
                ));
                None
            }
            syn::Data::Union(data) => {
                errors.push(syn::Error::new(
                    data.union_token.span,
                    "GraphEntity derives on structs, not unions: write `struct` with one named \
                     field per JSON property",
                ));
                None
            }
        };
        let fields = named?
            .named
            .iter()
            .filter_map(|field| Field::from_field(field, errors))
            .collect();
        let anchor = input
            .attrs
            .iter()
            .find(|attribute| attribute.path().is_ident("graph"))
            .map_or_else(|| input.ident.span(), |attribute| attribute.span());
        Some(Entity {
            ident: input.ident.clone(),
            generics: input.generics.clone(),
            attrs,
            anchor,
            fields,
        })
    }
}

impl Field {
    fn from_field(field: &syn::Field, errors: &mut Vec<syn::Error>) -> Option<Self> {
        let member = field.ident.clone()?;
        let attrs: FieldAttrs = attr::parse(&field.attrs, errors);
        let (json_name, json_name_span) = match &attrs.rename {
            Some(rename) => (rename.as_ref().clone(), rename.span()),
            None => (case::lower_camel(&member.to_string()), member.span()),
        };
        let optional = is_option(&field.ty);
        Some(Field {
            member,
            ty: field.ty.clone(),
            attrs,
            json_name,
            json_name_span,
            optional,
        })
    }
}

impl Enumeration {
    /// Reads a `GraphEnum` input, collecting every shape and attribute error into `errors`.
    pub fn from_input(input: &syn::DeriveInput, errors: &mut Vec<syn::Error>) -> Option<Self> {
        let attrs: EnumAttrs = attr::parse(&input.attrs, errors);
        let data = match &input.data {
            syn::Data::Enum(data) => data,
            syn::Data::Struct(data) => {
                errors.push(syn::Error::new(
                    data.struct_token.span,
                    "GraphEnum derives on enums of unit variants; for a resource with properties \
                     write `#[derive(GraphEntity)]`",
                ));
                return None;
            }
            syn::Data::Union(data) => {
                errors.push(syn::Error::new(
                    data.union_token.span,
                    "GraphEnum derives on enums of unit variants, not unions: write \
                     `enum Name { MemberOne, MemberTwo }`",
                ));
                return None;
            }
        };
        let mut variants = Vec::with_capacity(data.variants.len());
        for variant in &data.variants {
            let variant_attrs: VariantAttrs = attr::parse(&variant.attrs, errors);
            if !matches!(variant.fields, syn::Fields::Unit) {
                errors.push(syn::Error::new(
                    variant.fields.span(),
                    format!(
                        "a GraphEnum member carries no data: write the unit variant `{}`",
                        variant.ident
                    ),
                ));
                continue;
            }
            if let Some((eq, discriminant)) = &variant.discriminant {
                let _ = eq;
                errors.push(syn::Error::new(
                    discriminant.span(),
                    "a GraphEnum member is named on the wire, not numbered: remove the \
                     discriminant, or give the name with `#[graph(rename = \"...\")]`",
                ));
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

/// Whether a type is spelled `Option<T>` (bare or as `core::option::Option<T>`). Like serde's
/// own handling of optional fields, this is decided by the spelling, before type checking.
fn is_option(ty: &syn::Type) -> bool {
    let syn::Type::Path(path) = ty else {
        return false;
    };
    if path.qself.is_some() {
        return false;
    }
    path.path.segments.last().is_some_and(|last| {
        last.ident == "Option"
            && matches!(&last.arguments, syn::PathArguments::AngleBracketed(args) if args.args.len() == 1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(input: syn::DeriveInput) -> (Option<Entity>, Vec<String>) {
        let mut errors = Vec::new();
        let entity = Entity::from_input(&input, &mut errors);
        (entity, errors.iter().map(ToString::to_string).collect())
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
        let optional: Vec<_> = entity.fields.iter().map(|f| f.optional).collect();
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
        let mut errors = Vec::new();
        let input: syn::DeriveInput = syn::parse_quote! {
            enum E { Ok, Bad(u8), AlsoBad { x: u8 }, Numbered = 3 }
        };
        let parsed = Enumeration::from_input(&input, &mut errors).unwrap();
        assert_eq!(errors.len(), 3);
        assert_eq!(parsed.variants.len(), 2);
        assert_eq!(parsed.variants[1].member, "numbered");
    }
}
