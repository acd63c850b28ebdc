//! The rules of an entity's bound operations (`action`, `function`) and contained navigation
//! (`contains`): valid names, and Rust methods that neither clash with each other nor with the
//! methods of the address types (the reserved names of `graph-entity-names`).

use graph_entity_names::case;
use graph_entity_names::reserved::{
    COLLECTION_METHODS as RESERVED_COLLECTION_METHODS, ITEM_METHODS as RESERVED_ITEM_METHODS,
    TYPE_FUNCTIONS as RESERVED_FUNCTIONS,
};
use proc_macro2::Span;

use crate::ast::Entity;
use crate::attr;
use crate::ctxt::Ctxt;
use crate::symbol::{METHOD, NAME};

use super::model::{Action, Allows, Navigation};
use super::names::{function_ident, simple_identifier, snake_identifier};

/// The checked operations of an entity, in declaration order: each that breaks a rule is
/// reported and left out.
pub fn check_actions(ast: &Entity, is_entity: bool, keyless: bool, cx: &Ctxt) -> Vec<Action> {
    let mut actions: Vec<Action> = Vec::with_capacity(ast.attrs.actions.len());
    for action in &ast.attrs.actions {
        if let Some(checked) = check_action(ast, action, is_entity, keyless, &actions, cx) {
            actions.push(checked);
        }
    }
    actions
}

/// One declared operation, against the rules and the operations declared before it.
fn check_action(
    ast: &Entity,
    action: &attr::Action,
    is_entity: bool,
    keyless: bool,
    earlier: &[Action],
    cx: &Ctxt,
) -> Option<Action> {
    let name = &action.name;
    let span = action.span();
    let keyword = action.keyword();
    let what = if action.is_function {
        "a function"
    } else {
        "an action"
    };
    if name.is_empty() {
        cx.error(
            span,
            format!("{what} needs its name: write `{keyword} = \"sync\"`"),
        );
        return None;
    }
    if !simple_identifier(name) || !name.is_ascii() {
        cx.error(
            span,
            format!(
                "`{name}` is not {what} name: write the bound {keyword}'s OData name, e.g. \
                 `{keyword}(name = \"sync\")`"
            ),
        );
        return None;
    }
    if !is_entity {
        if ast.complete && !ast.attrs.parameters.is_present() {
            cx.error(
                span,
                format!(
                    "a bound {keyword} is called on an entity or a collection of entities, \
                     and this type has no key: add `base = \"entity\"` with an `id` field, \
                     or mark the key field `#[graph(key)]`, or mark the type `keyless` if \
                     its CSDL entity type has no key"
                ),
            );
        }
        return None;
    }
    if keyless && action.collection {
        cx.error(
            span,
            format!(
                "a `keyless` type has no collection to bind {what} to: remove `collection`, \
                 binding `{name}` to the singleton or contained entity"
            ),
        );
        return None;
    }
    let (function_name, span) = method_name(action, cx)?;
    let function = method_ident(action, &function_name, span, cx)?;
    if let Some(earlier) = earlier
        .iter()
        .find(|earlier| earlier.function == function && earlier.collection == action.collection)
    {
        cx.error(span, declared_twice(action, earlier, &function_name));
        return None;
    }
    Some(Action {
        name: name.clone(),
        function,
        parameters: action.parameters.clone(),
        returns: action
            .returns
            .clone()
            .unwrap_or_else(|| syn::parse_quote_spanned!(span=> ())),
        collection: action.collection,
        is_function: action.is_function,
    })
}

/// The Rust method of an operation, with the span its errors go to: `method = "..."` (its
/// errors at its own literal), or the snake_case of its name.
fn method_name(action: &attr::Action, cx: &Ctxt) -> Option<(String, Span)> {
    match &action.method {
        Some((method, method_span)) => {
            let method = method.strip_prefix("r#").unwrap_or(method);
            if !snake_identifier(method) {
                cx.error(
                    *method_span,
                    format!(
                        "`{method}` is not a method name: write a snake_case Rust \
                         identifier, e.g. `{METHOD} = \"{}_with_token\"`",
                        case::snake(&action.name)
                    ),
                );
                return None;
            }
            Some((method.to_owned(), *method_span))
        }
        None => Some((case::snake(&action.name), action.span())),
    }
}

/// The identifier of an operation's method `function_name`, which must be no reserved name
/// (one that a function of every entity or a method of the address types has) and must be able
/// to name a Rust function.
fn method_ident(
    action: &attr::Action,
    function_name: &str,
    span: Span,
    cx: &Ctxt,
) -> Option<syn::Ident> {
    let (name, keyword) = (&action.name, action.keyword());
    let on_type = !action.collection && !action.is_function;
    let reserved = if action.collection {
        RESERVED_COLLECTION_METHODS
    } else {
        RESERVED_ITEM_METHODS
    };
    let kind = if action.is_function {
        "function"
    } else {
        "action"
    };
    if on_type && RESERVED_FUNCTIONS.contains(&function_name) {
        cx.error(
            span,
            format!(
                "an action's function `{function_name}` would hide `GraphEntity::\
                 {function_name}`: name it otherwise, e.g. \
                 `{keyword}({NAME} = \"{name}\", {METHOD} = \"{function_name}_{kind}\")`"
            ),
        );
        return None;
    }
    if reserved.contains(&function_name) {
        let what = if action.is_function {
            "a function"
        } else {
            "an action"
        };
        let on = if action.collection {
            "CollectionPath"
        } else {
            "ItemPath"
        };
        cx.error(
            span,
            format!(
                "the method `{function_name}` of {what} would be hidden by \
                 `{on}::{function_name}`: name it otherwise, e.g. \
                 `{keyword}({NAME} = \"{name}\", {METHOD} = \"{function_name}_{kind}\")`"
            ),
        );
        return None;
    }
    let function = function_ident(function_name, span);
    if function.is_none() {
        cx.error(
            span,
            format!(
                "`{function_name}` cannot name a Rust function: name it otherwise, e.g. \
                 `{keyword}({NAME} = \"{name}\", {METHOD} = \"{function_name}_{kind}\")`"
            ),
        );
    }
    function
}

/// What to say of an operation whose method an earlier one already has.
fn declared_twice(action: &attr::Action, earlier: &Action, function_name: &str) -> String {
    let (name, keyword) = (&action.name, action.keyword());
    let kind = if action.is_function {
        "function"
    } else {
        "action"
    };
    if earlier.name != *name {
        format!(
            "`{}` and `{name}` would both be the method `{function_name}`: name one \
             of them otherwise, e.g. `{METHOD} = \"{function_name}_{kind}\"`",
            earlier.name
        )
    } else if !action.is_function && !earlier.is_function {
        format!("{keyword} `{name}` is declared twice: remove one of them")
    } else if earlier.is_function == action.is_function {
        format!(
            "{keyword} `{name}` already has the method `{function_name}`: remove one of \
             them, or, for an overload, name its method after its parameters, e.g. \
             `{METHOD} = \"{function_name}_with_token\"`"
        )
    } else {
        format!(
            "`{name}` is declared as both an action and a function: keep the one the \
             CSDL declares"
        )
    }
}

/// The checked contained navigation of an entity, in declaration order: each that breaks a
/// rule (or takes the method of an earlier navigation or operation) is reported and left out.
pub fn check_navigations(
    ast: &Entity,
    is_entity: bool,
    actions: &[Action],
    cx: &Ctxt,
) -> Vec<Navigation> {
    let mut navigations: Vec<Navigation> = Vec::with_capacity(ast.attrs.contains.len());
    for contains in &ast.attrs.contains {
        let name = &contains.name;
        let span = contains.span();
        if !simple_identifier(name) || !name.is_ascii() {
            cx.error(
                span,
                format!(
                    "`{name}` is not a navigation property's name: write its JSON name, e.g. \
                     `contains(name = \"messages\", target = Message)`"
                ),
            );
            continue;
        }
        if !is_entity {
            if ast.complete && !ast.attrs.parameters.is_present() {
                cx.error(
                    span,
                    "only an entity contains others, and this type has no key: add \
                     `base = \"entity\"` with an `id` field, or mark the key field \
                     `#[graph(key)]`, or mark the type `keyless` if its CSDL entity type has no \
                     key",
                );
            }
            continue;
        }
        let method_name = case::snake(name);
        if RESERVED_ITEM_METHODS.contains(&method_name.as_str()) {
            cx.error(
                span,
                format!(
                    "the method `{method_name}` of this navigation would be hidden by \
                     `ItemPath::{method_name}`: this derive cannot declare `{name}`; reach it \
                     with `CollectionPath::from_path(item.paths().path().segment(\"{name}\"))`"
                ),
            );
            continue;
        }
        let Some(method) = function_ident(&method_name, span) else {
            cx.error(
                span,
                format!("`{name}` cannot name a Rust method: this derive cannot declare it"),
            );
            continue;
        };
        let taken = navigations
            .iter()
            .map(|earlier| (&earlier.method, &earlier.name))
            .chain(
                actions
                    .iter()
                    .filter(|action| !action.collection)
                    .map(|action| (&action.function, &action.name)),
            )
            .find(|(earlier, _)| **earlier == method);
        if let Some((_, earlier)) = taken {
            cx.error(
                span,
                format!(
                    "`{earlier}` and `{name}` would both be the method `{method_name}`: \
                     declare only one of them, or name the operation's method otherwise with \
                     `{METHOD} = \"{method_name}_function\"`"
                ),
            );
            continue;
        }
        let allows = if contains.references.is_some() {
            Allows::References
        } else if contains.creates.is_some() {
            Allows::Creating
        } else {
            Allows::Reading
        };
        navigations.push(Navigation {
            name: name.clone(),
            method,
            target: contains.target.clone(),
            single: contains.single,
            contained: contains.contained,
            allows,
            binding: contains.binding.clone(),
            admits: contains.admits.clone(),
            capabilities: contains.allows.clone(),
        });
    }
    navigations
}
