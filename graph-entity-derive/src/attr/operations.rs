//! The list forms of bound operations and contained navigation: [`Action`] (`action = "..."`,
//! `action(...)`, `function(...)`) and [`Contains`] (`contains(...)`), read by the same loop as
//! the attributes themselves.

use darling::ast::MetaNameValueInvalidExpr;
use darling::util::path_to_string;
use darling::{Error, FromMeta, Result};
use proc_macro2::Span;

use crate::symbol::{
    ACTION, COLLECTION, CONTAINS, FUNCTION, METHOD, NAME, PARAMETERS, RETURNS, SINGLE, Symbol,
    TARGET,
};

use super::read::{Receiver, Setter, flag, item_path, read_items, set, split_items};
use super::values::{Flag, Text, TypePath, TypeValue, at_value, string_literal, unquoted};

/// The list form of an action or a function:
/// `action(name = "assign", parameters = AssignParameters, returns = T, collection)`.
#[derive(Default)]
pub(super) struct ActionList {
    name: Option<Text>,
    method: Option<Text>,
    parameters: Option<TypePath>,
    returns: Option<TypeValue>,
    collection: Flag,
}

impl Receiver for ActionList {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] = &[
        (NAME, |list, item| set(&mut list.name, item)),
        (METHOD, |list, item| set(&mut list.method, item)),
        (PARAMETERS, |list, item| set(&mut list.parameters, item)),
        (RETURNS, |list, item| set(&mut list.returns, item)),
        (COLLECTION, |list, item| flag(&mut list.collection, item)),
    ];
}

/// `contains(name = "messages", target = Message, single)`.
#[derive(Default)]
struct ContainsList {
    name: Option<Text>,
    target: Option<TypeValue>,
    single: Flag,
}

impl Receiver for ContainsList {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] = &[
        (NAME, |list, item| set(&mut list.name, item)),
        (TARGET, |list, item| set(&mut list.target, item)),
        (SINGLE, |list, item| flag(&mut list.single, item)),
    ];
}

/// One bound action or function: `action = "sync"`, or the list form,
/// `action(name = "assign", parameters = AssignParameters, returns = T, collection)`, or
/// `function(name = "delta", returns = T, collection)`.
pub struct Action {
    /// The OData name of the action.
    pub name: String,
    /// `method = "delta_with_token"`: the Rust method, with the span of its string literal;
    /// `None` for the snake_case of `name`.
    pub method: Option<(String, Span)>,
    /// The type of its body (an action) or of its arguments (a function).
    pub parameters: Option<syn::Path>,
    /// The type its response reads as; `()` when not given.
    pub returns: Option<syn::Type>,
    /// `collection`: bound to a collection of the type rather than to one item.
    pub collection: bool,
    /// Whether it is a function (a `GET` with its arguments in the path) rather than an action.
    pub is_function: bool,
    /// The span of the name's string literal.
    span: Span,
}

impl Action {
    /// The span of the name's string literal.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The keyword that declared it: `action` or `function`.
    pub fn keyword(&self) -> Symbol {
        if self.is_function { FUNCTION } else { ACTION }
    }
}

impl FromMeta for Action {
    fn from_meta(item: &syn::Meta) -> Result<Self> {
        operation_from_meta(item, ACTION)
    }

    fn from_invalid_expr(meta: &MetaNameValueInvalidExpr) -> Result<Self> {
        Err(at_value(
            takes_operation(ACTION, unquoted(&meta.value)),
            meta,
        ))
    }
}

/// `function(name = "delta", returns = T)`: an [`Action`] that is a function.
pub(super) struct Function(pub(super) Action);

impl FromMeta for Function {
    fn from_meta(item: &syn::Meta) -> Result<Self> {
        operation_from_meta(item, FUNCTION).map(Function)
    }

    fn from_invalid_expr(meta: &MetaNameValueInvalidExpr) -> Result<Self> {
        Err(at_value(
            takes_operation(FUNCTION, unquoted(&meta.value)),
            meta,
        ))
    }
}

fn operation_from_meta(item: &syn::Meta, keyword: Symbol) -> Result<Action> {
    let is_function = keyword == FUNCTION;
    match item {
        syn::Meta::NameValue(meta) => match string_literal(&meta.value) {
            // A function returns something: only its list form says what.
            Some(literal) if !is_function => Ok(Action {
                name: literal.value(),
                method: None,
                parameters: None,
                returns: None,
                collection: false,
                is_function,
                span: literal.span(),
            }),
            Some(literal) => {
                Err(takes_operation(keyword, Some(literal.value())).with_span(literal))
            }
            None => Err(takes_operation(keyword, unquoted(&meta.value)).with_span(&meta.value)),
        },
        syn::Meta::Path(path) => Err(takes_operation(keyword, None).with_span(path)),
        syn::Meta::List(list) => {
            let mut errors = Error::accumulator();
            let items = split_items(list.tokens.clone(), &mut errors);
            let ActionList {
                name,
                method,
                parameters,
                returns,
                collection,
            } = read_items::<ActionList>(&items, &mut errors);
            // Any item but the typed ones (`name`, or a misspelling of it) has had its say.
            let named = items.iter().any(|item| {
                item_path(item).is_none_or(|path| {
                    path != PARAMETERS && path != RETURNS && path != COLLECTION && path != METHOD
                })
            });
            if name.is_none() && !named {
                errors.push(
                    Error::custom(format!(
                        "`{keyword}(...)` needs the {keyword}'s name: write {}",
                        operation_example(
                            keyword,
                            "...",
                            Some(parameters.as_ref().map_or_else(
                                || "SyncParameters".to_owned(),
                                |parameters| path_to_string(&parameters.0)
                            ))
                        )
                    ))
                    .with_span(&list.path),
                );
            }
            if is_function && returns.is_none() && name.is_some() {
                errors.push(
                    Error::custom(format!(
                        "a function returns a value: add `{RETURNS} = T`, the type its response \
                         reads as (an entity type, `Page<T>`, `String`, ...)"
                    ))
                    .with_span(&list.path),
                );
            }
            let name = errors.finish_with(name)?;
            let name = name.ok_or_else(|| takes_operation(keyword, None).with_span(&list.path))?;
            Ok(Action {
                name: name.value,
                method: method.map(|method| (method.value, method.span)),
                parameters: parameters.map(|parameters| parameters.0),
                returns: returns.map(|returns| returns.0),
                collection: collection.is_present(),
                is_function,
                span: name.span,
            })
        }
    }
}

/// What to write for an operation named `name`, as in a message.
fn operation_example(keyword: Symbol, name: &str, parameters: Option<String>) -> String {
    let parameters = parameters.unwrap_or_else(|| {
        let mut chars = name.chars();
        let upper: String = chars
            .next()
            .into_iter()
            .flat_map(char::to_uppercase)
            .collect();
        format!("{upper}{}Parameters", chars.as_str())
    });
    if keyword == FUNCTION {
        format!("`{FUNCTION}({NAME} = \"{name}\", {PARAMETERS} = {parameters}, {RETURNS} = T)`")
    } else {
        format!("`{ACTION}({NAME} = \"{name}\", {PARAMETERS} = {parameters})`")
    }
}

fn takes_operation(keyword: Symbol, written: Option<String>) -> Error {
    let name = written
        .filter(|name| syn::parse_str::<syn::Ident>(name).is_ok())
        .unwrap_or_else(|| "sync".to_owned());
    if keyword == FUNCTION {
        Error::custom(format!(
            "`{FUNCTION}` takes a list: write `{FUNCTION}({NAME} = \"{name}\", {RETURNS} = T)`, \
             or {}",
            operation_example(keyword, &name, None)
        ))
    } else {
        Error::custom(format!(
            "`{ACTION}` takes a name in quotes or a list: write `{ACTION} = \"{name}\"` or {}",
            operation_example(keyword, &name, None)
        ))
    }
}

/// One contained navigation property: `contains(name = "messages", target = Message)`, or
/// single-valued, `contains(name = "root", target = DriveItem, single)`.
pub struct Contains {
    /// The navigation property's JSON name.
    pub name: String,
    /// The contained entity type.
    pub target: syn::Type,
    /// `single`: one entity rather than a collection.
    pub single: bool,
    /// The span of the name's string literal.
    span: Span,
}

impl Contains {
    /// The span of the name's string literal.
    pub fn span(&self) -> Span {
        self.span
    }
}

impl FromMeta for Contains {
    fn from_meta(item: &syn::Meta) -> Result<Self> {
        let syn::Meta::List(list) = item else {
            return Err(takes_contains().with_span(item));
        };
        let mut errors = Error::accumulator();
        let items = split_items(list.tokens.clone(), &mut errors);
        let ContainsList {
            name,
            target,
            single,
        } = read_items::<ContainsList>(&items, &mut errors);
        // A key that was given but not read has had its say: no follow-on error.
        let given = |keyword: Symbol| {
            items
                .iter()
                .any(|item| item_path(item).is_some_and(|path| path == keyword))
        };
        let missing = [(name.is_none(), NAME), (target.is_none(), TARGET)]
            .into_iter()
            .find(|(absent, keyword)| *absent && !given(*keyword))
            .map(|(_, keyword)| keyword);
        if let Some(missing) = missing {
            errors.push(
                Error::custom(format!(
                    "`{CONTAINS}(...)` needs `{missing}`: write \
                     `{CONTAINS}({NAME} = \"messages\", {TARGET} = Message)`"
                ))
                .with_span(&list.path),
            );
        }
        errors.finish()?;
        match (name, target) {
            (Some(name), Some(target)) => Ok(Contains {
                name: name.value,
                target: target.0,
                single: single.is_present(),
                span: name.span,
            }),
            _ => Err(takes_contains().with_span(&list.path)),
        }
    }

    fn from_invalid_expr(meta: &MetaNameValueInvalidExpr) -> Result<Self> {
        Err(at_value(takes_contains(), meta))
    }
}

fn takes_contains() -> Error {
    Error::custom(format!(
        "`{CONTAINS}` takes a list: write `{CONTAINS}({NAME} = \"messages\", {TARGET} = Message)`"
    ))
}
