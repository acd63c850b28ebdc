//! The list forms of bound operations and contained navigation: [`Action`] (`action = "..."`,
//! `action(...)`, `function(...)`) and [`Contains`] (`contains(...)`), read by the same loop as
//! the attributes themselves.

use darling::ast::MetaNameValueInvalidExpr;
use darling::util::path_to_string;
use darling::{Error, FromMeta, Result};
use proc_macro2::Span;
use syn::spanned::Spanned;

use crate::symbol::{
    ACTION, ADMITS, ALLOWS, BINDING, COLLECTION, CONTAINS, CREATE, CREATES, FUNCTION, LIST, METHOD,
    NAME, NAVIGATION, PARAMETERS, REFERENCES, RETURNS, SINGLE, Symbol, TARGET,
};

use super::read::{Receiver, Setter, flag, item_path, read_items, set, split_items};
use super::values::{
    CapabilityList, Flag, Text, TypeList, TypePath, TypeValue, at_value, string_literal, unquoted,
};

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

/// `contains(name = "messages", target = Message, single)`, or
/// `navigation(name = "members", target = DirectoryObject, references)`.
#[derive(Default)]
struct ContainsList {
    name: Option<Text>,
    target: Option<TypeValue>,
    single: Flag,
    references: Flag,
    creates: Flag,
    binding: Option<Text>,
    admits: Option<TypeList>,
    allows: Option<CapabilityList>,
}

impl Receiver for ContainsList {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] = &[
        (NAME, |list, item| set(&mut list.name, item)),
        (TARGET, |list, item| set(&mut list.target, item)),
        (SINGLE, |list, item| flag(&mut list.single, item)),
        (REFERENCES, |list, item| flag(&mut list.references, item)),
        (CREATES, |list, item| flag(&mut list.creates, item)),
        (BINDING, |list, item| set(&mut list.binding, item)),
        (ADMITS, |list, item| set(&mut list.admits, item)),
        (ALLOWS, |list, item| set(&mut list.allows, item)),
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

/// One navigation property: contained, `contains(name = "messages", target = Message)` (or
/// single-valued, `contains(name = "list", target = List, single)`), or not contained,
/// `navigation(name = "members", target = DirectoryObject, references)`.
pub struct Contains {
    /// The navigation property's JSON name.
    pub name: String,
    /// The entity type it leads to.
    pub target: syn::Type,
    /// `single`: one entity rather than a collection.
    pub single: bool,
    /// Declared with `contains` (the target lives in it) rather than `navigation`.
    pub contained: bool,
    /// `references`: changed through `$ref` (`navigation` only), with the flag's span.
    pub references: Option<Span>,
    /// `creates`: a `POST` to it creates an entity of its target (`navigation` only), with
    /// the flag's span.
    pub creates: Option<Span>,
    /// `binding = "/directoryObjects"`: the entity set its references' URLs are written under.
    pub binding: Option<String>,
    /// `admits(User, Group)`: the only types it may hold; `None` for any type derived from the
    /// target.
    pub admits: Option<Vec<syn::Path>>,
    /// `allows(list, get)`: what a contained step allows, each with its span; `None` for
    /// everything (list, get, create, update by `PATCH`, delete).
    pub allows: Option<Vec<(Symbol, Span)>>,
    /// The span of the name's string literal.
    span: Span,
}

/// Whether `path` is one segment from the service root, as an entity set is
/// (`/directoryObjects`).
fn is_entity_set_path(path: &str) -> bool {
    path.strip_prefix('/').is_some_and(|name| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    })
}

impl Contains {
    /// The span of the name's string literal.
    pub fn span(&self) -> Span {
        self.span
    }
}

impl FromMeta for Contains {
    fn from_meta(item: &syn::Meta) -> Result<Self> {
        navigation_from_meta(item, CONTAINS)
    }

    fn from_invalid_expr(meta: &MetaNameValueInvalidExpr) -> Result<Self> {
        Err(at_value(takes_list(CONTAINS), meta))
    }
}

/// `navigation(name = "members", target = DirectoryObject)`: a [`Contains`] that is not
/// contained.
pub(super) struct Navigates(pub(super) Contains);

impl FromMeta for Navigates {
    fn from_meta(item: &syn::Meta) -> Result<Self> {
        navigation_from_meta(item, NAVIGATION).map(Navigates)
    }

    fn from_invalid_expr(meta: &MetaNameValueInvalidExpr) -> Result<Self> {
        Err(at_value(takes_list(NAVIGATION), meta))
    }
}

/// The example of each navigation keyword, for its messages.
fn example(keyword: Symbol) -> String {
    if keyword == CONTAINS {
        format!("`{CONTAINS}({NAME} = \"messages\", {TARGET} = Message)`")
    } else {
        format!("`{NAVIGATION}({NAME} = \"members\", {TARGET} = DirectoryObject)`")
    }
}

/// A `contains(...)` or `navigation(...)` list, `keyword` saying which.
fn navigation_from_meta(item: &syn::Meta, keyword: Symbol) -> Result<Contains> {
    let syn::Meta::List(list) = item else {
        return Err(takes_list(keyword).with_span(item));
    };
    let mut errors = Error::accumulator();
    let items = split_items(list.tokens.clone(), &mut errors);
    let ContainsList {
        name,
        target,
        single,
        references,
        creates,
        binding,
        admits,
        allows,
    } = read_items::<ContainsList>(&items, &mut errors);
    let misplaced_admits = (keyword == CONTAINS || single.is_present()) && admits.is_some();
    if let Some(path) = items
        .iter()
        .filter_map(item_path)
        .find(|path| misplaced_admits && *path == ADMITS)
    {
        let why = if keyword == CONTAINS {
            "the types of a contained collection are those created in it"
        } else {
            "it constrains a collection-valued navigation, and a single-valued one holds \
             what its `target` says"
        };
        errors.push(at_span(
            path.span(),
            format!("`{keyword}(...)` takes no `{ADMITS}` here: {why}; remove it"),
        ));
    }
    let contained = keyword == CONTAINS;
    check_allows(
        &items,
        contained,
        single.is_present(),
        allows.as_ref(),
        &mut errors,
    );
    if let Some(binding) = &binding {
        if contained {
            errors.push(at_span(
                binding.span,
                format!(
                    "`{CONTAINS}(...)` takes no `{BINDING}`: a contained entity's URL is its own \
                     path; declare a relationship to entities that live elsewhere with {}",
                    example(NAVIGATION)
                ),
            ));
        } else if !is_entity_set_path(&binding.value) {
            errors.push(at_span(
                binding.span,
                format!(
                    "`{BINDING}` is the entity set the navigation is bound to, one segment from \
                     the service root: write `{BINDING} = \"/directoryObjects\"`"
                ),
            ));
        }
    }
    for (flag, symbol, why) in [
        (
            &references,
            REFERENCES,
            "a contained entity is created and deleted where it lives, not referenced",
        ),
        (
            &creates,
            CREATES,
            "a contained collection creates its entities already",
        ),
    ] {
        if contained && flag.is_present() {
            errors.push(at_span(
                flag.span(),
                format!(
                    "`{CONTAINS}(...)` takes no `{symbol}`: {why}; declare a relationship \
                         to entities that live elsewhere with {}",
                    example(NAVIGATION)
                ),
            ));
        }
    }
    if !contained && creates.is_present() && single.is_present() {
        errors.push(at_span(
            creates.span(),
            format!("a single-valued navigation creates nothing: remove `{CREATES}` or `{SINGLE}`"),
        ));
    }
    if !contained && creates.is_present() && references.is_present() {
        errors.push(at_span(
            creates.span(),
            format!(
                "a navigation is changed either through `$ref` (`{REFERENCES}`) or by \
                     creating its entities (`{CREATES}`): keep the one Graph documents for it"
            ),
        ));
    }
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
                "`{keyword}(...)` needs `{missing}`: write {}",
                example(keyword)
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
            contained,
            references: references.is_present().then(|| references.span()),
            creates: creates.is_present().then(|| creates.span()),
            binding: binding.map(|binding| binding.value),
            admits: admits.map(|admits| admits.0),
            allows: allows.filter(|_| contained).map(|allows| allows.0),
            span: name.span,
        }),
        _ => Err(takes_list(keyword).with_span(&list.path)),
    }
}

/// `allows(...)`: on a contained step only, and, on a single-valued one, without the
/// collection's operations (`list`, `create`).
fn check_allows(
    items: &[darling::ast::NestedMeta],
    contained: bool,
    single: bool,
    allows: Option<&CapabilityList>,
    errors: &mut darling::error::Accumulator,
) {
    if let Some(path) = items
        .iter()
        .filter_map(item_path)
        .find(|path| !contained && *path == ALLOWS)
    {
        errors.push(at_span(
            path.span(),
            format!(
                "`{NAVIGATION}(...)` takes no `{ALLOWS}`: what a relationship allows is \
                 `{REFERENCES}` (changed through `$ref`), `{CREATES}`, or neither (read-only); \
                 `{ALLOWS}` restricts a contained step, {}",
                example(CONTAINS)
            ),
        ));
    }
    if let Some(allows) = allows.filter(|_| contained && single) {
        for (keyword, span) in &allows.0 {
            if *keyword == LIST || *keyword == CREATE {
                errors.push(at_span(
                    *span,
                    format!(
                        "a single-valued step has no collection to {}: remove `{keyword}`, or \
                         `{SINGLE}` if the step is a collection",
                        if *keyword == LIST {
                            "list"
                        } else {
                            "create in"
                        }
                    ),
                ));
            }
        }
    }
}

/// An error at `span` (a flag's keyword).
fn at_span(span: Span, message: String) -> Error {
    Error::from(syn::Error::new(span, message))
}

fn takes_list(keyword: Symbol) -> Error {
    Error::custom(format!(
        "`{keyword}` takes a list: write {}",
        example(keyword)
    ))
}
