//! The typed property names of a type: one associated constant per declared property, of type
//! `Property<Self>`, named in SCREAMING_SNAKE_CASE after the field
//! (`server_name` → `SERVER_NAME`, holding `"serverName"`), for the typed query options
//! (`$select`, `$orderby`, `$filter`) of `Query<Self>`.
//!
//! The constants are inherent, so `Type::SERVER_NAME` needs no import. An inherent constant
//! would shadow a trait constant of the same name for the path `Type::NAME`, so a field whose
//! constant would be named like one of the traits' (`ODATA_TYPE`, `PROPERTIES`, ...) gets the
//! suffix `_PROPERTY` instead (`properties` → `PROPERTIES_PROPERTY`). Two fields whose constants
//! would have the same name are an error at the second ([`check`]).
//!
//! A derived type (with a `#[graph(base)]` field of type `B`) also takes the property names of
//! every type it derives from: it implements `InheritsProperties<A>` for every `A` that `B`
//! does, and `Property<A>` converts into a property of it for those `A`.

use crate::ast::Field;
use crate::ctxt::Ctxt;

/// `server_name` → `SERVER_NAME`: [`graph_entity_names::case::property_constant`] of the
/// field's name.
pub fn constant_name(field: &Field) -> String {
    graph_entity_names::case::property_constant(&field.member.to_string())
}

/// The constant's identifier, at the field's name; `None` when the name is not an identifier
/// (which [`check`] reports).
pub fn constant_ident(field: &Field) -> Option<syn::Ident> {
    let mut ident = syn::parse_str::<syn::Ident>(&constant_name(field)).ok()?;
    ident.set_span(field.member.span());
    Some(ident)
}

/// Every property (a field neither `base` nor `additional_data`, given in `properties`) gets a
/// distinct constant name that is an identifier.
pub fn check<'a>(properties: impl Iterator<Item = &'a Field>, cx: &Ctxt) {
    let mut seen: Vec<(String, &syn::Ident)> = Vec::new();
    for field in properties {
        let name = constant_name(field);
        if constant_ident(field).is_none() {
            cx.error(
                field.member.span(),
                format!(
                    "the property name constant of this field would be `{name}`, which is not \
                     an identifier: rename the field (keep its JSON name with \
                     `#[graph(rename = \"...\")]`)"
                ),
            );
        } else if let Some((_, first)) = seen.iter().find(|(seen, _)| *seen == name) {
            cx.error(
                field.member.span(),
                format!(
                    "the property name constant of this field, `{name}`, is already that of \
                     the field `{first}`: rename one of the fields (keep its JSON name with \
                     `#[graph(rename = \"...\")]`)"
                ),
            );
        } else {
            seen.push((name, &field.member));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::Entity;

    fn field(source: &str) -> Field {
        let input: syn::DeriveInput =
            syn::parse_str(&format!("struct S {{ {source}: Option<i32> }}")).unwrap();
        let cx = Ctxt::new();
        let mut entity = Entity::from_input(&input, &cx).unwrap();
        assert!(cx.check().is_ok());
        entity.fields.remove(0)
    }

    #[test]
    fn constants_are_the_screaming_snake_case_of_the_field() {
        assert_eq!(constant_name(&field("server_name")), "SERVER_NAME");
        assert_eq!(constant_name(&field("r#type")), "TYPE");
        assert_eq!(constant_name(&field("maxSize")), "MAX_SIZE");
        assert_eq!(constant_name(&field("version2_name")), "VERSION2_NAME");
        assert_eq!(constant_name(&field("id")), "ID");
    }

    #[test]
    fn trait_constant_names_get_a_suffix() {
        assert_eq!(constant_name(&field("properties")), "PROPERTIES_PROPERTY");
        assert_eq!(constant_name(&field("odata_type")), "ODATA_TYPE_PROPERTY");
        assert_eq!(
            constant_name(&field("key_property")),
            "KEY_PROPERTY_PROPERTY"
        );
        assert_eq!(constant_name(&field("property")), "PROPERTY");
    }
}
