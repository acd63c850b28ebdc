//! Cross-field rules. Turns the parsed [`ast`](crate::ast) into the checked form that
//! [`expand`](crate::expand) generates code from, or into every error the input has.

use proc_macro2::Span;
use syn::spanned::Spanned;

use crate::ast::{Entity, Enumeration, Field};
use crate::case;

/// OData's own namespace for Graph types; `base = "entity"` resolves to `microsoft.graph.entity`.
const ENTITY_BASE: &str = "microsoft.graph.entity";
/// The key property that `microsoft.graph.entity` brings.
const ENTITY_KEY: &str = "id";

/// A `GraphEntity` input that passed every rule.
pub struct CheckedEntity<'a> {
    pub ast: &'a Entity,
    pub krate: syn::Path,
    /// Namespace-qualified, without `#`.
    pub odata_type: String,
    /// Namespace-qualified, without `#`.
    pub base_type: Option<String>,
    /// Index into `ast.fields`: entities have a key, complex types do not.
    pub key: Option<usize>,
    pub path: Option<String>,
    pub actions: Vec<Action>,
    /// Index into `ast.fields` of the `#[graph(additional_data)]` field.
    pub additional_data: Option<usize>,
}

impl CheckedEntity<'_> {
    /// The fields that are JSON properties (everything but the `additional_data` field).
    pub fn properties(&self) -> impl Iterator<Item = (usize, &Field)> {
        self.ast
            .fields
            .iter()
            .enumerate()
            .filter(move |(index, _)| Some(*index) != self.additional_data)
    }
}

/// A bound action of a checked entity.
pub struct Action {
    /// The OData name, the last segment of its path (`sync`).
    pub name: String,
    /// The Rust function that builds its request (`sync`).
    pub function: syn::Ident,
}

/// A `GraphEnum` input that passed every rule.
pub struct CheckedEnum<'a> {
    pub ast: &'a Enumeration,
    pub krate: syn::Path,
    pub odata_type: Option<String>,
}

pub fn check_entity<'a>(
    ast: &'a Entity,
    errors: &mut Vec<syn::Error>,
) -> Option<CheckedEntity<'a>> {
    let before = errors.len();
    no_generics(&ast.generics, "GraphEntity", errors);

    let odata_type = match &ast.attrs.odata_type {
        Some(odata_type) => qualified_name(odata_type.as_ref(), odata_type.span(), errors)
            .then(|| odata_type.as_ref().clone()),
        None => {
            errors.push(syn::Error::new(
                ast.anchor,
                "missing `odata_type`: write \
                 `#[graph(odata_type = \"microsoft.graph.yourType\")]` on the struct",
            ));
            None
        }
    };

    let base_type = ast.attrs.base.as_ref().and_then(|base| {
        let text = base.as_ref();
        if text.contains('.') {
            qualified_name(text, base.span(), errors).then(|| text.clone())
        } else if simple_identifier(text) {
            let namespace = odata_type
                .as_deref()
                .and_then(|name| name.rsplit_once('.'))
                .map_or("microsoft.graph", |(namespace, _)| namespace);
            Some(format!("{namespace}.{text}"))
        } else {
            errors.push(syn::Error::new(
                base.span(),
                format!(
                    "`{text}` is not an OData type name: write a name such as \
                     `base = \"entity\"` or `base = \"microsoft.graph.entity\"`"
                ),
            ));
            None
        }
    });

    let additional_data = check_fields(ast, errors);
    let key = resolve_key(ast, base_type.as_deref(), additional_data, errors);

    let path = ast.attrs.path.as_ref().and_then(|path| {
        check_path(path.as_ref(), path.span(), errors)?;
        if key.is_none() {
            errors.push(syn::Error::new(
                path.span(),
                "a `path` addresses items by their key, and this type has none: add \
                 `base = \"entity\"` with an `id` field, or mark the key field `#[graph(key)]`",
            ));
        }
        Some(path.as_ref().clone())
    });

    let actions = check_actions(ast, key.is_some(), errors);
    let krate = crate_path(ast.attrs.krate.as_ref());

    if errors.len() > before {
        return None;
    }
    Some(CheckedEntity {
        ast,
        krate,
        odata_type: odata_type?,
        base_type,
        key,
        path,
        actions,
        additional_data,
    })
}

pub fn check_enum<'a>(
    ast: &'a Enumeration,
    errors: &mut Vec<syn::Error>,
) -> Option<CheckedEnum<'a>> {
    let before = errors.len();
    no_generics(&ast.generics, "GraphEnum", errors);
    let odata_type = ast.attrs.odata_type.as_ref().and_then(|odata_type| {
        qualified_name(odata_type.as_ref(), odata_type.span(), errors)
            .then(|| odata_type.as_ref().clone())
    });
    if ast.variants.is_empty() && errors.len() == before {
        errors.push(syn::Error::new(
            ast.ident.span(),
            "a GraphEnum needs at least one member: write `enum Name { MemberOne, MemberTwo }`",
        ));
    }
    for (index, variant) in ast.variants.iter().enumerate() {
        if variant.member.is_empty() {
            errors.push(syn::Error::new(
                variant.member_span,
                "a member name cannot be empty: write `#[graph(rename = \"memberName\")]`",
            ));
            continue;
        }
        if let Some(first) = ast.variants[..index]
            .iter()
            .find(|earlier| earlier.member == variant.member)
        {
            errors.push(syn::Error::new(
                variant.member_span,
                format!(
                    "`{}` is already the member name of `{}`: give this variant another \
                     `#[graph(rename = \"...\")]`",
                    variant.member, first.ident
                ),
            ));
        }
    }
    let krate = crate_path(ast.attrs.krate.as_ref());
    (errors.len() == before).then_some(CheckedEnum {
        ast,
        krate,
        odata_type,
    })
}

fn crate_path(krate: Option<&darling::util::SpannedValue<syn::Path>>) -> syn::Path {
    krate.map_or_else(
        || syn::parse_quote!(::graph_entity),
        |krate| krate.as_ref().clone(),
    )
}

fn no_generics(generics: &syn::Generics, derive: &str, errors: &mut Vec<syn::Error>) {
    if !generics.params.is_empty() {
        errors.push(syn::Error::new(
            generics.params.span(),
            format!(
                "{derive} describes one concrete Graph type: remove the generic parameters and \
                 name the concrete field types"
            ),
        ));
    }
}

/// Checks `namespace.name` (at least one dot, every segment an OData simple identifier).
fn qualified_name(text: &str, span: Span, errors: &mut Vec<syn::Error>) -> bool {
    if let Some(stripped) = text.strip_prefix('#') {
        errors.push(syn::Error::new(
            span,
            format!("write the type name without `#`: `\"{stripped}\"`"),
        ));
        return false;
    }
    if !text.contains('.') {
        errors.push(syn::Error::new(
            span,
            format!(
                "`{text}` has no namespace: write the qualified name, e.g. \
                 `\"microsoft.graph.{text}\"`"
            ),
        ));
        return false;
    }
    if !text.split('.').all(simple_identifier) {
        errors.push(syn::Error::new(
            span,
            format!(
                "`{text}` is not a qualified OData type name: write dot-separated identifiers, \
                 e.g. `\"microsoft.graph.deviceManagementExchangeConnector\"`"
            ),
        ));
        return false;
    }
    true
}

/// An OData `SimpleIdentifier`: a letter or `_`, then letters, digits or `_`.
fn simple_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars
        .next()
        .is_some_and(|first| first.is_alphabetic() || first == '_')
        && chars.all(|ch| ch.is_alphanumeric() || ch == '_')
}

/// Checks every field's own attributes and the JSON names across fields; returns the index of
/// the `additional_data` field.
fn check_fields(ast: &Entity, errors: &mut Vec<syn::Error>) -> Option<usize> {
    let mut additional_data: Option<usize> = None;
    for (index, field) in ast.fields.iter().enumerate() {
        if field.attrs.additional_data.is_present() {
            if let Some(first) = additional_data {
                errors.push(syn::Error::new(
                    field.attrs.additional_data.span(),
                    format!(
                        "`additional_data` is already on field `{}`: one field keeps \
                         everything the struct does not model",
                        ast.fields[first].member
                    ),
                ));
            } else {
                additional_data = Some(index);
            }
            if field.attrs.key.is_present() {
                errors.push(syn::Error::new(
                    field.attrs.key.span(),
                    "the `additional_data` field cannot be the key: put `#[graph(key)]` on a \
                     `String` or `Option<String>` field",
                ));
            }
            if let Some(rename) = &field.attrs.rename {
                errors.push(syn::Error::new(
                    rename.span(),
                    "the `additional_data` field is not a JSON property and has no name: \
                     remove `rename`",
                ));
            }
            continue;
        }
        let name = &field.json_name;
        if name.is_empty() {
            errors.push(syn::Error::new(
                field.json_name_span,
                "a JSON property name cannot be empty: write `rename = \"propertyName\"`",
            ));
            continue;
        }
        if name.contains('@') {
            errors.push(syn::Error::new(
                field.json_name_span,
                format!(
                    "`{name}` is control information or an annotation (`@odata.type` is written \
                     by the derive): name the field after a property, and keep annotations in an \
                     `#[graph(additional_data)]` field"
                ),
            ));
            continue;
        }
        let earlier = ast.fields[..index].iter().find(|earlier| {
            !earlier.attrs.additional_data.is_present() && earlier.json_name == *name
        });
        if let Some(earlier) = earlier {
            errors.push(syn::Error::new(
                field.json_name_span,
                format!(
                    "`{name}` is already the JSON name of field `{}`: give one of them another \
                     `#[graph(rename = \"...\")]`",
                    earlier.member
                ),
            ));
        }
    }
    additional_data
}

fn resolve_key(
    ast: &Entity,
    base_type: Option<&str>,
    additional_data: Option<usize>,
    errors: &mut Vec<syn::Error>,
) -> Option<usize> {
    let mut explicit: Option<usize> = None;
    for (index, field) in ast.fields.iter().enumerate() {
        if !field.attrs.key.is_present() || Some(index) == additional_data {
            continue;
        }
        match explicit {
            Some(first) => errors.push(syn::Error::new(
                field.attrs.key.span(),
                format!(
                    "`key` is already on field `{}`: an entity has one key property, remove \
                     this `key`",
                    ast.fields[first].member
                ),
            )),
            None => explicit = Some(index),
        }
    }
    if explicit.is_some() {
        return explicit;
    }
    let base = base_type?;
    let id =
        ast.fields.iter().enumerate().position(|(index, field)| {
            Some(index) != additional_data && field.json_name == ENTITY_KEY
        });
    if id.is_none() && base == ENTITY_BASE {
        let span = ast
            .attrs
            .base
            .as_ref()
            .map_or(ast.anchor, |base| base.span());
        errors.push(syn::Error::new(
            span,
            "`base = \"entity\"` brings the key property `id`: declare the field \
             `pub id: Option<String>`",
        ));
    }
    id
}

fn check_path(path: &str, span: Span, errors: &mut Vec<syn::Error>) -> Option<()> {
    let error = if !path.starts_with('/') {
        format!("`path` starts at the service root: write `\"/{path}\"`")
    } else if path.len() == 1 || path.ends_with('/') {
        format!(
            "`path` names a collection, without a trailing `/`: write `\"{}\"`",
            path.trim_end_matches('/')
        )
    } else if path.contains("//") {
        "`path` has an empty segment: write one `/` between segments".to_owned()
    } else if let Some(bad) = path.chars().find(|ch| !path_char(*ch)) {
        format!(
            "`path` cannot contain `{}`: write the collection's address, such as \
             `\"/deviceManagement/exchangeConnectors\"` (keys and queries are added by the \
             generated functions)",
            bad.escape_default()
        )
    } else {
        return Some(());
    };
    errors.push(syn::Error::new(span, error));
    None
}

/// RFC 3986 `pchar` without percent-escapes, plus the `/` between segments.
fn path_char(ch: char) -> bool {
    ch.is_ascii_alphanumeric() || "/-._~!$&'()*+,;=:@".contains(ch)
}

fn check_actions(ast: &Entity, has_key: bool, errors: &mut Vec<syn::Error>) -> Vec<Action> {
    let mut actions: Vec<Action> = Vec::with_capacity(ast.attrs.actions.len());
    for action in &ast.attrs.actions {
        let name = action.as_ref();
        if name.is_empty() {
            errors.push(syn::Error::new(
                action.span(),
                "an action needs its name: write `action = \"sync\"`",
            ));
            continue;
        }
        if !simple_identifier(name) || !name.is_ascii() {
            errors.push(syn::Error::new(
                action.span(),
                format!(
                    "`{name}` is not an action name: write the bound action's OData name, e.g. \
                     `action = \"sync\"`"
                ),
            ));
            continue;
        }
        if actions.iter().any(|earlier| earlier.name == *name) {
            errors.push(syn::Error::new(
                action.span(),
                format!("action `{name}` is declared twice: remove one `action = \"{name}\"`"),
            ));
            continue;
        }
        if !has_key {
            errors.push(syn::Error::new(
                action.span(),
                "a bound action is called on one item, by key, and this type has none: add \
                 `base = \"entity\"` with an `id` field, or mark the key field `#[graph(key)]`",
            ));
            continue;
        }
        let function = case::snake(name);
        let function = if syn::parse_str::<syn::Ident>(&function).is_ok() {
            syn::Ident::new(&function, action.span())
        } else {
            syn::Ident::new_raw(&function, action.span())
        };
        actions.push(Action {
            name: name.clone(),
            function,
        });
    }
    actions
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors_of(input: syn::DeriveInput) -> Vec<String> {
        let mut errors = Vec::new();
        if let Some(ast) = Entity::from_input(&input, &mut errors) {
            let _ = check_entity(&ast, &mut errors);
        }
        errors.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_valid_connector_resolves_base_key_and_path() {
        let input: syn::DeriveInput = syn::parse_quote! {
            #[graph(base = "entity", odata_type = "microsoft.graph.x", path = "/xs", action = "sync")]
            struct X { id: Option<String>, name: Option<String> }
        };
        let mut errors = Vec::new();
        let ast = Entity::from_input(&input, &mut errors).unwrap();
        let checked = check_entity(&ast, &mut errors).unwrap();
        assert_eq!(checked.base_type.as_deref(), Some("microsoft.graph.entity"));
        assert_eq!(checked.key, Some(0));
        assert_eq!(checked.path.as_deref(), Some("/xs"));
        assert_eq!(checked.actions[0].function, "sync");
    }

    #[test]
    fn all_mistakes_of_one_input_are_reported_together() {
        let errors = errors_of(syn::parse_quote! {
            #[graph(base = "entity", odata_type = "x", path = "xs", action = "")]
            struct X {
                #[graph(key)] a: String,
                #[graph(key)] b: String,
                #[graph(rename = "a")] c: String,
                #[graph(rename = "@odata.type")] d: String,
            }
        });
        assert_eq!(errors.len(), 6, "{errors:#?}");
    }

    #[test]
    fn base_in_another_namespace_stays_qualified() {
        let input: syn::DeriveInput = syn::parse_quote! {
            #[graph(base = "other.ns.thing", odata_type = "microsoft.graph.x")]
            struct X { #[graph(key)] name: String }
        };
        let mut errors = Vec::new();
        let ast = Entity::from_input(&input, &mut errors).unwrap();
        let checked = check_entity(&ast, &mut errors).unwrap();
        assert_eq!(checked.base_type.as_deref(), Some("other.ns.thing"));
        assert_eq!(checked.key, Some(0));
    }

    #[test]
    fn paths_are_checked() {
        for (path, fragment) in [
            ("xs", "starts at the service root"),
            ("/xs/", "trailing"),
            ("/a//b", "empty segment"),
            ("/xs?$top=1", "cannot contain `?`"),
            ("/xs/{id}", "cannot contain `{`"),
        ] {
            let mut errors = Vec::new();
            assert!(check_path(path, Span::call_site(), &mut errors).is_none());
            assert!(
                errors[0].to_string().contains(fragment),
                "{path}: {}",
                errors[0]
            );
        }
    }
}
