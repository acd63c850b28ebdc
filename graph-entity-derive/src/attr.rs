//! Attribute parsing: the `#[graph(...)]` receivers.
//!
//! darling splits each `#[graph(...)]` into its items ([`NestedMeta`]). One generic loop,
//! [`read_items`], looks every item's key up in the receiver's table of keywords (the constants
//! of [`symbol`](crate::symbol)), reports unknown keys (darling's "did you mean", or the list of
//! the keys the attribute takes) and keys given twice, and hands each value to a typed value
//! receiver: [`Text`], [`Flag`], [`Action`], [`CratePath`] or [`TypePath`]. Their `FromMeta`
//! impls say what to write when a value has the wrong shape. Errors are accumulated with
//! darling's [`Accumulator`], each spanned at the user's token, so that every mistake of one
//! input is reported at once.

use darling::ast::{MetaNameValueInvalidExpr, NestedMeta};
use darling::error::Accumulator;
use darling::util::path_to_string;
use darling::{Error, FromMeta, Result};
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::spanned::Spanned;

use crate::symbol::{
    ABSTRACT, ACTION, ADDITIONAL_DATA, ALSO_READS, BASE, COLLECTION, COMPLEX, CONTAINS, CRATE,
    FLAGS, FUNCTION, GRAPH, KEY, KEYLESS, METHOD, NAME, NON_NULLABLE, ODATA_TYPE, OTHER,
    PARAMETERS, PATH, READ_ONLY, RENAME, RETURNS, SINGLE, SINGLETON, Symbol, TARGET,
};

/// Reads the value of one keyword into a receiver.
type Setter<T> = fn(&mut T, &NestedMeta) -> Result<()>;

/// A `#[graph(...)]` receiver: the table of the keywords it takes.
pub trait Receiver: Default + 'static {
    /// Every keyword this attribute takes, with what reads its value.
    const KEYWORDS: &'static [(Symbol, Setter<Self>)];
    /// The keywords that may be given more than once.
    const REPEATABLE: &'static [Symbol] = &[];
}

/// `#[graph(...)]` on a struct deriving `GraphEntity`.
#[derive(Default)]
pub struct TypeAttrs {
    /// `odata_type = "microsoft.graph.deviceManagementExchangeConnector"`.
    pub odata_type: Option<Text>,
    /// `base = "entity"`: the OData base type, bare (same namespace) or qualified.
    pub base: Option<Text>,
    /// `path = "/deviceManagement/exchangeConnectors"`: the collection's address.
    pub path: Option<Text>,
    /// `action = "sync"` or `action(name = "sync", parameters = SyncParameters)`, and
    /// `function(name = "delta", returns = T)`, repeatable, in declaration order.
    pub actions: Vec<Action>,
    /// `contains(name = "messages", target = Message)`, repeatable.
    pub contains: Vec<Contains>,
    /// `singleton = "/me"`.
    pub singleton: Option<Text>,
    /// `complex`: a type with a `#[graph(base)]` field is a complex type, not an entity.
    pub complex: Flag,
    /// `abstract`: the CSDL's `Abstract="true"`; the type has no create body of its own.
    pub abstract_: Flag,
    /// `keyless`: an entity type whose CSDL declares no key, addressed only as a singleton or
    /// through single-valued contained navigation.
    pub keyless: Flag,
    /// `parameters`: the body of an action (no OData type, no `@odata.type`).
    pub parameters: Flag,
    /// `also_reads = "microsoft.graph.agentUser"`, repeatable, in declaration order: other OData
    /// types whose documents this type reads as itself.
    pub also_reads: Vec<Text>,
    /// `crate = "::graph_entity"`: where the runtime crate is, for re-exporting crates.
    pub krate: Option<CratePath>,
}

impl Receiver for TypeAttrs {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] = &[
        (ODATA_TYPE, |attrs, item| set(&mut attrs.odata_type, item)),
        (BASE, |attrs, item| set(&mut attrs.base, item)),
        (PATH, |attrs, item| set(&mut attrs.path, item)),
        (ACTION, |attrs, item| {
            attrs.actions.push(Action::from_nested_meta(item)?);
            Ok(())
        }),
        (FUNCTION, |attrs, item| {
            attrs.actions.push(Function::from_nested_meta(item)?.0);
            Ok(())
        }),
        (CONTAINS, |attrs, item| {
            attrs.contains.push(Contains::from_nested_meta(item)?);
            Ok(())
        }),
        (SINGLETON, |attrs, item| set(&mut attrs.singleton, item)),
        (COMPLEX, |attrs, item| flag(&mut attrs.complex, item)),
        (ABSTRACT, |attrs, item| flag(&mut attrs.abstract_, item)),
        (KEYLESS, |attrs, item| flag(&mut attrs.keyless, item)),
        (PARAMETERS, |attrs, item| flag(&mut attrs.parameters, item)),
        (ALSO_READS, |attrs, item| {
            attrs.also_reads.push(Text::from_nested_meta(item)?);
            Ok(())
        }),
        (CRATE, |attrs, item| set(&mut attrs.krate, item)),
    ];
    const REPEATABLE: &'static [Symbol] = &[ACTION, FUNCTION, CONTAINS, ALSO_READS];
}

/// `#[graph(...)]` on a field of a struct deriving `GraphEntity`.
#[derive(Default)]
pub struct FieldAttrs {
    /// `key`: this field is the entity's key property.
    pub key: Flag,
    /// `rename = "..."`: the JSON name of the property.
    pub rename: Option<Text>,
    /// `additional_data`: this field keeps everything the struct does not model.
    pub additional_data: Flag,
    /// `read_only`: never in create or update bodies.
    pub read_only: Flag,
    /// `base`: this field holds the base type, whose properties this type inherits.
    pub base: Flag,
    /// `non_nullable`: the CSDL's `Nullable="false"` (the field may still be an `Option`, since
    /// `$select` leaves properties out).
    pub non_nullable: Flag,
}

impl Receiver for FieldAttrs {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] = &[
        (KEY, |attrs, item| flag(&mut attrs.key, item)),
        (RENAME, |attrs, item| set(&mut attrs.rename, item)),
        (READ_ONLY, |attrs, item| flag(&mut attrs.read_only, item)),
        (NON_NULLABLE, |attrs, item| {
            flag(&mut attrs.non_nullable, item)
        }),
        (BASE, |attrs, item| flag(&mut attrs.base, item)),
        (ADDITIONAL_DATA, |attrs, item| {
            flag(&mut attrs.additional_data, item)
        }),
    ];
}

/// `#[graph(...)]` on an enum deriving `GraphEnum`.
#[derive(Default)]
pub struct EnumAttrs {
    /// `odata_type = "microsoft.graph.deviceManagementExchangeConnectorStatus"` (optional; used in
    /// error messages).
    pub odata_type: Option<Text>,
    /// `flags`: the CSDL says `IsFlags="true"`; values are sets of members, `Flags<Self>`.
    pub flags: Flag,
    /// `crate = "::graph_entity"`.
    pub krate: Option<CratePath>,
}

impl Receiver for EnumAttrs {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] = &[
        (ODATA_TYPE, |attrs, item| set(&mut attrs.odata_type, item)),
        (FLAGS, |attrs, item| flag(&mut attrs.flags, item)),
        (CRATE, |attrs, item| set(&mut attrs.krate, item)),
    ];
}

/// `#[graph(...)]` on a variant of an enum deriving `GraphEnum`.
#[derive(Default)]
pub struct VariantAttrs {
    /// `rename = "..."`: the member name on the wire.
    pub rename: Option<Text>,
}

impl Receiver for VariantAttrs {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] =
        &[(RENAME, |attrs, item| set(&mut attrs.rename, item))];
}

/// `#[graph(...)]` on an enum deriving `GraphPolymorphic`.
#[derive(Default)]
pub struct PolymorphicAttrs {
    /// `crate = "::graph_entity"`.
    pub krate: Option<CratePath>,
}

impl Receiver for PolymorphicAttrs {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] =
        &[(CRATE, |attrs, item| set(&mut attrs.krate, item))];
}

/// `#[graph(...)]` on a variant of an enum deriving `GraphPolymorphic`.
#[derive(Default)]
pub struct PolymorphicVariantAttrs {
    /// `other`: holds the base type, for items of types no variant names.
    pub other: Flag,
}

impl Receiver for PolymorphicVariantAttrs {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] =
        &[(OTHER, |attrs, item| flag(&mut attrs.other, item))];
}

/// The list form of an action or a function:
/// `action(name = "assign", parameters = AssignParameters, returns = T, collection)`.
#[derive(Default)]
struct ActionList {
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

fn set<T: FromMeta>(slot: &mut Option<T>, item: &NestedMeta) -> Result<()> {
    *slot = Some(T::from_nested_meta(item)?);
    Ok(())
}

fn flag(slot: &mut Flag, item: &NestedMeta) -> Result<()> {
    *slot = Flag::from_nested_meta(item)?;
    Ok(())
}

/// Reads one receiver from the `#[graph(...)]` attributes among `attrs`. Its errors, one per
/// mistake, go into `errors`; `None` tells later stages that the attribute was not read, so that
/// they report no follow-on errors about what it would have said.
pub fn parse<T: Receiver>(attrs: &[syn::Attribute], errors: &mut Vec<syn::Error>) -> Option<T> {
    match from_attributes::<T>(attrs) {
        Ok(parsed) => Some(parsed),
        Err(error) => {
            errors.extend(into_syn_errors(error));
            None
        }
    }
}

/// Reads one receiver from the `#[graph(...)]` attributes among `attrs`, with every error.
fn from_attributes<T: Receiver>(attrs: &[syn::Attribute]) -> Result<T> {
    let mut errors = Error::accumulator();
    let mut items = Vec::new();
    for attribute in attrs.iter().filter(|attribute| attribute.path() == GRAPH) {
        match &attribute.meta {
            syn::Meta::List(list) => items.extend(split_items(list.tokens.clone(), &mut errors)),
            other => errors.push(
                Error::custom(format!(
                    "write the keywords in parentheses, `#[{GRAPH}(...)]`; here they are {}",
                    keywords::<T>(false)
                ))
                .with_span(other.path()),
            ),
        }
    }
    let receiver = read_items::<T>(&items, &mut errors);
    errors.finish_with(receiver)
}

/// Splits a keyword list at its commas and reads each item on its own, so that one malformed
/// item hides no other.
fn split_items(tokens: TokenStream, errors: &mut Accumulator) -> Vec<NestedMeta> {
    let mut items = Vec::new();
    let mut item = TokenStream::new();
    for token in tokens {
        match token {
            TokenTree::Punct(comma) if comma.as_char() == ',' => {
                if item.is_empty() {
                    errors.push(Error::custom("an empty item: remove this `,`").with_span(&comma));
                } else {
                    items.extend(errors.handle(parse_item(std::mem::take(&mut item))));
                }
            }
            token => item.extend([token]),
        }
    }
    if !item.is_empty() {
        items.extend(errors.handle(parse_item(item)));
    }
    items
}

/// Reads one item of a keyword list. `key = <anything>` is always read, its value left to the
/// keyword's receiver, which says what to write when it is no value of the right kind.
fn parse_item(tokens: TokenStream) -> Result<NestedMeta> {
    let error = match syn::parse2::<NestedMeta>(tokens.clone()) {
        Ok(item) => return Ok(item),
        Err(error) => error,
    };
    // A keyword that is a Rust keyword (`abstract`), alone: syn reads no path from it.
    if let Ok(word) = syn::Ident::parse_any.parse2(tokens.clone()) {
        return Ok(NestedMeta::Meta(syn::Meta::Path(syn::Path::from(word))));
    }
    let name_value = |input: ParseStream<'_>| {
        Ok(MetaNameValueInvalidExpr {
            path: syn::Path::from(input.call(syn::Ident::parse_any)?),
            eq_token: input.parse()?,
            value: input.parse()?,
            error: Error::from(error.clone()),
        })
    };
    name_value
        .parse2(tokens)
        .map(NestedMeta::NameValueInvalidExpr)
        .map_err(|_| Error::from(error))
}

/// The one loop over the items of a keyword list: unknown keys and keys given twice are caught
/// here, for every receiver; each known key's value goes to its setter.
fn read_items<T: Receiver>(items: &[NestedMeta], errors: &mut Accumulator) -> T {
    let mut receiver = T::default();
    let mut seen: Vec<Symbol> = Vec::new();
    for item in items {
        let Some(path) = item_path(item) else {
            errors.push(
                Error::custom(format!(
                    "a value needs its keyword: write `keyword = {}`, where the keyword is {}",
                    item.to_token_stream(),
                    keywords::<T>(true)
                ))
                .with_span(item),
            );
            continue;
        };
        let Some((keyword, setter)) = T::KEYWORDS.iter().find(|(keyword, _)| path == keyword)
        else {
            let names: Vec<&str> = T::KEYWORDS.iter().map(|(name, _)| name.name()).collect();
            errors.push(
                Error::unknown_field_with_alts(&path_to_string(path), &names).with_span(path),
            );
            continue;
        };
        if seen.contains(keyword) && !T::REPEATABLE.contains(keyword) {
            errors.push(
                Error::custom(format!("`{keyword}` is given twice: keep one `{keyword}`"))
                    .with_span(path),
            );
            continue;
        }
        seen.push(*keyword);
        errors.handle(setter(&mut receiver, item));
    }
    receiver
}

/// The key of an item, `None` for a bare literal.
fn item_path(item: &NestedMeta) -> Option<&syn::Path> {
    match item {
        NestedMeta::Meta(meta) => Some(meta.path()),
        NestedMeta::NameValueInvalidExpr(meta) => Some(&meta.path),
        NestedMeta::Lit(_) => None,
    }
}

/// The keywords a receiver takes, for messages: "`a`, `b` and `c`", or with `choice`,
/// "one of `a`, `b` or `c`".
fn keywords<T: Receiver>(choice: bool) -> String {
    let names: Vec<String> = T::KEYWORDS
        .iter()
        .map(|(keyword, _)| format!("`{keyword}`"))
        .collect();
    match (names.split_last(), choice) {
        (Some((last, [])), _) => last.clone(),
        (Some((last, rest)), false) => format!("{} and {last}", rest.join(", ")),
        (Some((last, rest)), true) => format!("one of {} or {last}", rest.join(", ")),
        (None, _) => String::new(),
    }
}

/// Splits a darling error into one `syn::Error` per mistake.
fn into_syn_errors(error: Error) -> Vec<syn::Error> {
    error.flatten().into_iter().map(syn::Error::from).collect()
}

/// A string value, `key = "..."`, with the span of its literal.
pub struct Text {
    value: String,
    span: Span,
}

impl Text {
    /// The string literal's span.
    pub fn span(&self) -> Span {
        self.span
    }
}

impl AsRef<String> for Text {
    fn as_ref(&self) -> &String {
        &self.value
    }
}

impl FromMeta for Text {
    fn from_meta(item: &syn::Meta) -> Result<Self> {
        match item {
            syn::Meta::NameValue(meta) => match string_literal(&meta.value) {
                Some(literal) => Ok(Text {
                    value: literal.value(),
                    span: literal.span(),
                }),
                None => Err(takes_text(&meta.path, unquoted(&meta.value)).with_span(&meta.value)),
            },
            syn::Meta::Path(path) => Err(takes_text(path, None).with_span(path)),
            syn::Meta::List(list) => Err(at_list(takes_text(&list.path, None), list)),
        }
    }

    fn from_invalid_expr(meta: &MetaNameValueInvalidExpr) -> Result<Self> {
        Err(at_value(
            takes_text(&meta.path, unquoted(&meta.value)),
            meta,
        ))
    }
}

fn takes_text(key: &syn::Path, written: Option<String>) -> Error {
    let key = path_to_string(key);
    let text = written.unwrap_or_else(|| "...".to_owned());
    Error::custom(format!(
        "`{key}` takes a string: write `{key} = \"{text}\"`"
    ))
}

/// A keyword without a value, `key`, with the keyword's span when present.
#[derive(Clone, Copy, Default)]
pub struct Flag(Option<Span>);

impl Flag {
    /// Whether the keyword was given.
    pub fn is_present(&self) -> bool {
        self.0.is_some()
    }

    /// The keyword's span, or the call site when absent.
    pub fn span(&self) -> Span {
        self.0.unwrap_or_else(Span::call_site)
    }
}

impl FromMeta for Flag {
    fn from_meta(item: &syn::Meta) -> Result<Self> {
        match item {
            syn::Meta::Path(path) => Ok(Flag(Some(path.span()))),
            syn::Meta::NameValue(meta) => Err(takes_no_value(&meta.path).with_span(&meta.value)),
            syn::Meta::List(list) => Err(at_list(takes_no_value(&list.path), list)),
        }
    }

    fn from_invalid_expr(meta: &MetaNameValueInvalidExpr) -> Result<Self> {
        Err(at_value(takes_no_value(&meta.path), meta))
    }
}

fn takes_no_value(key: &syn::Path) -> Error {
    let key = path_to_string(key);
    Error::custom(format!(
        "`{key}` is a flag and takes no value: write `#[{GRAPH}({key})]`"
    ))
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
struct Function(Action);

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

/// `crate = "::graph_entity"`: a path in quotes (a bare path is also read).
pub struct CratePath {
    path: syn::Path,
}

impl CratePath {
    /// The path to the runtime crate.
    pub fn path(&self) -> &syn::Path {
        &self.path
    }
}

impl FromMeta for CratePath {
    fn from_meta(item: &syn::Meta) -> Result<Self> {
        let (key, value) = match item {
            syn::Meta::NameValue(meta) => (&meta.path, strip_group(&meta.value)),
            syn::Meta::Path(path) => return Err(takes_crate_path(path).with_span(path)),
            syn::Meta::List(list) => return Err(at_list(takes_crate_path(&list.path), list)),
        };
        let path = match value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(literal),
                ..
            }) => literal.parse::<syn::Path>().ok(),
            syn::Expr::Path(path) if path.qself.is_none() && path.attrs.is_empty() => {
                Some(path.path.clone())
            }
            _ => None,
        };
        match path {
            Some(path) => Ok(CratePath { path }),
            None => Err(takes_crate_path(key).with_span(value)),
        }
    }

    fn from_invalid_expr(meta: &MetaNameValueInvalidExpr) -> Result<Self> {
        Err(at_value(takes_crate_path(&meta.path), meta))
    }
}

fn takes_crate_path(key: &syn::Path) -> Error {
    let key = path_to_string(key);
    Error::custom(format!(
        "`{key}` takes a path in quotes: write `{key} = \"::graph_entity\"`"
    ))
}

/// `parameters = SyncParameters` in `action(...)`: the type of the action's body, a path.
struct TypePath(syn::Path);

impl FromMeta for TypePath {
    fn from_meta(item: &syn::Meta) -> Result<Self> {
        type_path(type_from_meta(item, takes_type)?, item.path())
    }

    fn from_invalid_expr(meta: &MetaNameValueInvalidExpr) -> Result<Self> {
        type_path(type_from_invalid_expr(meta, takes_type)?, &meta.path)
            .map_err(|error| at_value(error, meta))
    }
}

/// The path of a type that is one (`SyncParameters`, `Parameters<T>`), not `()` or `&T`.
fn type_path(ty: syn::Type, key: &syn::Path) -> Result<TypePath> {
    match ty {
        syn::Type::Path(path) if path.qself.is_none() => Ok(TypePath(path.path)),
        other => Err(takes_type(key).with_span(&other)),
    }
}

fn takes_type(key: &syn::Path) -> Error {
    let key = path_to_string(key);
    Error::custom(format!(
        "`{key}` takes the type of the action's body: write `{key} = SyncParameters`"
    ))
}

/// `returns = Page<User>` or `target = Message`: a type (`()` too).
struct TypeValue(syn::Type);

impl FromMeta for TypeValue {
    fn from_meta(item: &syn::Meta) -> Result<Self> {
        type_from_meta(item, takes_type_value).map(TypeValue)
    }

    fn from_invalid_expr(meta: &MetaNameValueInvalidExpr) -> Result<Self> {
        type_from_invalid_expr(meta, takes_type_value).map(TypeValue)
    }
}

fn takes_type_value(key: &syn::Path) -> Error {
    let key = path_to_string(key);
    Error::custom(format!("`{key}` takes a type: write `{key} = Message`"))
}

/// A type given as `key = Type` or `key = "Type"`; `expected` says what to write otherwise.
fn type_from_meta(item: &syn::Meta, expected: fn(&syn::Path) -> Error) -> Result<syn::Type> {
    let (key, value) = match item {
        syn::Meta::NameValue(meta) => (&meta.path, strip_group(&meta.value)),
        syn::Meta::Path(path) => return Err(expected(path).with_span(path)),
        syn::Meta::List(list) => return Err(at_list(expected(&list.path), list)),
    };
    let ty = match value {
        syn::Expr::Path(path) if path.qself.is_none() && path.attrs.is_empty() => {
            syn::parse2::<syn::Type>(path.path.to_token_stream()).ok()
        }
        syn::Expr::Tuple(tuple) if tuple.elems.is_empty() => {
            syn::parse2::<syn::Type>(tuple.to_token_stream()).ok()
        }
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(literal),
            ..
        }) => literal.parse::<syn::Type>().ok(),
        _ => None,
    };
    ty.ok_or_else(|| expected(key).with_span(value))
}

/// A type that is no expression (a generic one, `Page<User>`), read from its tokens.
fn type_from_invalid_expr(
    meta: &MetaNameValueInvalidExpr,
    expected: fn(&syn::Path) -> Error,
) -> Result<syn::Type> {
    syn::parse2::<syn::Type>(meta.value.clone()).map_err(|_| at_value(expected(&meta.path), meta))
}

/// The expression inside the invisible groups that `macro_rules!` may wrap it in.
fn strip_group(expr: &syn::Expr) -> &syn::Expr {
    match expr {
        syn::Expr::Group(group) => strip_group(&group.expr),
        other => other,
    }
}

fn string_literal(expr: &syn::Expr) -> Option<&syn::LitStr> {
    match strip_group(expr) {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(literal),
            ..
        }) => Some(literal),
        _ => None,
    }
}

/// What the user wrote without quotes (`retire`, `microsoft.graph.x`, `/a/b`, `3`), as the text
/// to put in quotes; `None` when it is no such plain run of words and punctuation.
fn unquoted(value: &impl ToTokens) -> Option<String> {
    let mut text = String::new();
    let mut after_word = false;
    for token in value.to_token_stream() {
        let word = match &token {
            TokenTree::Ident(_) => true,
            TokenTree::Literal(literal) => {
                let literal = literal.to_string();
                if literal.contains(['"', '\'', '\\']) {
                    return None;
                }
                true
            }
            TokenTree::Punct(_) => false,
            TokenTree::Group(_) => return None,
        };
        if word && after_word {
            text.push(' ');
        }
        text.push_str(&token.to_string());
        after_word = word;
    }
    (!text.is_empty()).then_some(text)
}

/// Points an error at a list's contents, `key(...)`, or at its key when it is empty.
fn at_list(error: Error, list: &syn::MetaList) -> Error {
    if list.tokens.is_empty() {
        error.with_span(&list.path)
    } else {
        error.with_span(&list.tokens)
    }
}

/// Points an error at a value that is no expression, or at its `=` when it is empty.
fn at_value(error: Error, meta: &MetaNameValueInvalidExpr) -> Error {
    if meta.value.is_empty() {
        error.with_span(&meta.eq_token)
    } else {
        error.with_span(&meta.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `T` from the attributes; the parsed receiver, or every error message in order.
    fn read<T: Receiver>(attrs: &[syn::Attribute]) -> std::result::Result<T, Vec<String>> {
        let mut errors = Vec::new();
        let parsed = parse::<T>(attrs, &mut errors);
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        match parsed {
            Some(parsed) if messages.is_empty() => Ok(parsed),
            Some(_) => panic!("a receiver was returned with errors: {messages:?}"),
            None if messages.is_empty() => panic!("no receiver and no error"),
            None => Err(messages),
        }
    }

    fn errors<T: Receiver>(attrs: &[syn::Attribute]) -> Vec<String> {
        match read::<T>(attrs) {
            Ok(_) => panic!("expected errors"),
            Err(errors) => errors,
        }
    }

    /// The one error of a struct attribute.
    fn type_error(attrs: &[syn::Attribute]) -> String {
        let errors = errors::<TypeAttrs>(attrs);
        assert_eq!(errors.len(), 1, "{errors:#?}");
        errors.into_iter().next().unwrap_or_default()
    }

    /// The one error of a field attribute.
    fn field_error(attrs: &[syn::Attribute]) -> String {
        let errors = errors::<FieldAttrs>(attrs);
        assert_eq!(errors.len(), 1, "{errors:#?}");
        errors.into_iter().next().unwrap_or_default()
    }

    #[test]
    fn every_struct_keyword_is_read() {
        let attrs: Vec<syn::Attribute> = syn::parse_quote! {
            /// A connector.
            #[serde(rename = "ignored")]
            #[graph(odata_type = "microsoft.graph.x", base = "entity", path = "/xs")]
            #[graph(action = "sync", action(name = "assign", parameters = a::AssignParameters))]
            #[graph(complex, parameters, crate = "::reexport::graph_entity")]
            #[graph(also_reads = "microsoft.graph.y", also_reads = "microsoft.graph.z")]
        };
        let attrs = read::<TypeAttrs>(&attrs).unwrap();
        let also_reads: Vec<&String> = attrs.also_reads.iter().map(AsRef::as_ref).collect();
        assert_eq!(also_reads, ["microsoft.graph.y", "microsoft.graph.z"]);
        assert_eq!(attrs.odata_type.unwrap().as_ref(), "microsoft.graph.x");
        assert_eq!(attrs.base.unwrap().as_ref(), "entity");
        assert_eq!(attrs.path.unwrap().as_ref(), "/xs");
        assert_eq!(attrs.actions.len(), 2);
        assert_eq!(attrs.actions[0].name, "sync");
        assert!(attrs.actions[0].parameters.is_none());
        assert_eq!(attrs.actions[1].name, "assign");
        let parameters = attrs.actions[1].parameters.as_ref().unwrap();
        assert_eq!(path_to_string(parameters), "a::AssignParameters");
        assert!(attrs.complex.is_present() && attrs.parameters.is_present());
        let krate = attrs.krate.unwrap();
        assert_eq!(
            krate.path().to_token_stream().to_string(),
            ":: reexport :: graph_entity"
        );
    }

    #[test]
    fn absent_keywords_are_absent() {
        let attrs: Vec<syn::Attribute> = syn::parse_quote!(#[graph()] #[doc = "x"]);
        let attrs = read::<TypeAttrs>(&attrs).unwrap();
        assert!(attrs.odata_type.is_none() && attrs.base.is_none() && attrs.path.is_none());
        assert!(attrs.actions.is_empty() && attrs.krate.is_none() && attrs.also_reads.is_empty());
        assert!(!attrs.complex.is_present() && !attrs.parameters.is_present());
        let field = read::<FieldAttrs>(&[]).unwrap();
        assert!(!field.key.is_present() && field.rename.is_none());
    }

    #[test]
    fn every_field_variant_and_enum_keyword_is_read() {
        let field = read::<FieldAttrs>(&[
            syn::parse_quote!(#[graph(key, rename = "displayName", read_only)]),
            syn::parse_quote!(#[graph(base, additional_data)]),
        ])
        .unwrap();
        assert!(field.key.is_present() && field.read_only.is_present());
        assert!(field.base.is_present() && field.additional_data.is_present());
        assert_eq!(field.rename.unwrap().as_ref(), "displayName");

        let enumeration = read::<EnumAttrs>(&[syn::parse_quote!(
            #[graph(odata_type = "microsoft.graph.e", flags, crate = graph)]
        )])
        .unwrap();
        assert!(enumeration.flags.is_present());
        assert_eq!(
            enumeration.odata_type.unwrap().as_ref(),
            "microsoft.graph.e"
        );
        assert_eq!(path_to_string(enumeration.krate.unwrap().path()), "graph");

        let variant = read::<VariantAttrs>(&[syn::parse_quote!(#[graph(rename = "m")])]).unwrap();
        assert_eq!(variant.rename.unwrap().as_ref(), "m");
        let other = read::<PolymorphicVariantAttrs>(&[syn::parse_quote!(#[graph(other)])]).unwrap();
        assert!(other.other.is_present());
        let polymorphic =
            read::<PolymorphicAttrs>(&[syn::parse_quote!(#[graph(crate = "g")])]).unwrap();
        assert!(polymorphic.krate.is_some());
    }

    #[test]
    fn two_mistakes_in_one_attribute_are_two_errors() {
        let errors = errors::<FieldAttrs>(&[syn::parse_quote!(
            #[graph(key = true, renam = "x", rename = "y")]
        )]);
        assert_eq!(
            errors,
            [
                "`key` is a flag and takes no value: write `#[graph(key)]`",
                "Unknown field: `renam`. Did you mean `rename`?",
            ]
        );
    }

    #[test]
    fn every_mistake_of_every_attribute_is_reported_in_order() {
        let errors = errors::<TypeAttrs>(&[
            syn::parse_quote!(#[graph(odata_type = 3, complex = "yes")]),
            syn::parse_quote!(#[graph(pth = "/xs", action = sync, odata_type = "x")]),
        ]);
        assert_eq!(errors.len(), 5, "{errors:#?}");
        assert_eq!(
            errors[0],
            "`odata_type` takes a string: write `odata_type = \"3\"`"
        );
        assert_eq!(
            errors[1],
            "`complex` is a flag and takes no value: write `#[graph(complex)]`"
        );
        assert_eq!(errors[2], "Unknown field: `pth`. Did you mean `path`?");
        assert!(
            errors[3].starts_with("`action` takes a name in quotes"),
            "{}",
            errors[3]
        );
        assert_eq!(
            errors[4],
            "`odata_type` is given twice: keep one `odata_type`"
        );
    }

    #[test]
    fn a_key_given_twice_is_caught_across_attributes() {
        let error = type_error(&[
            syn::parse_quote!(#[graph(base = "entity")]),
            syn::parse_quote!(#[graph(base = "other")]),
        ]);
        assert_eq!(error, "`base` is given twice: keep one `base`");
        let error = field_error(&[syn::parse_quote!(#[graph(key, key)])]);
        assert_eq!(error, "`key` is given twice: keep one `key`");
    }

    #[test]
    fn actions_may_repeat() {
        let attrs = read::<TypeAttrs>(&[syn::parse_quote!(
            #[graph(action = "sync", action = "retire", action = "sync")]
        )])
        .unwrap();
        let names: Vec<&str> = attrs.actions.iter().map(|a| a.name.as_str()).collect();
        // The same name twice is a rule of `valid`, with its own message.
        assert_eq!(names, ["sync", "retire", "sync"]);
    }

    #[test]
    fn unknown_keys_get_a_suggestion_or_the_list_of_keys() {
        let error = type_error(&[syn::parse_quote!(#[graph(odata_typ = "x")])]);
        assert_eq!(
            error,
            "Unknown field: `odata_typ`. Did you mean `odata_type`?"
        );
        let error = field_error(&[syn::parse_quote!(#[graph(nullable)])]);
        assert_eq!(
            error,
            "Unknown field: `nullable`. Did you mean `non_nullable`?"
        );
        let error = field_error(&[syn::parse_quote!(#[graph(optional)])]);
        assert_eq!(
            error,
            "Unknown field: `optional`. Available values: `additional_data`, `base`, `key`, \
             `non_nullable`, `read_only`, `rename`"
        );
        // A keyword of another receiver is unknown here.
        let errors = errors::<VariantAttrs>(&[syn::parse_quote!(#[graph(key)])]);
        assert_eq!(errors, ["Unknown field: `key`. Available values: `rename`"]);
        let error = field_error(&[syn::parse_quote!(#[graph(serde::rename = "x")])]);
        assert!(
            error.starts_with("Unknown field: `serde::rename`"),
            "{error}"
        );
    }

    #[test]
    fn a_flag_with_a_value_says_to_write_the_bare_flag() {
        for attr in [
            syn::parse_quote!(#[graph(read_only = true)]),
            syn::parse_quote!(#[graph(read_only = "yes")]),
            syn::parse_quote!(#[graph(read_only(true))]),
            syn::parse_quote!(#[graph(read_only = /x)]),
            syn::parse_quote!(#[graph(read_only = )]),
        ] {
            assert_eq!(
                field_error(&[attr]),
                "`read_only` is a flag and takes no value: write `#[graph(read_only)]`"
            );
        }
        let errors = errors::<PolymorphicVariantAttrs>(&[syn::parse_quote!(#[graph(other = 1)])]);
        assert_eq!(
            errors,
            ["`other` is a flag and takes no value: write `#[graph(other)]`"]
        );
    }

    #[test]
    fn a_text_keyword_of_another_kind_says_what_to_write() {
        for (attr, written) in [
            (syn::parse_quote!(#[graph(rename = fooBar)]), "fooBar"),
            (syn::parse_quote!(#[graph(rename = 3)]), "3"),
            (syn::parse_quote!(#[graph(rename = true)]), "true"),
            (syn::parse_quote!(#[graph(rename = foo bar)]), "foo bar"),
            (syn::parse_quote!(#[graph(rename = foo-bar)]), "foo-bar"),
            (syn::parse_quote!(#[graph(rename = 'x')]), "..."),
            (syn::parse_quote!(#[graph(rename = [a])]), "..."),
            (syn::parse_quote!(#[graph(rename = )]), "..."),
            (syn::parse_quote!(#[graph(rename)]), "..."),
            (syn::parse_quote!(#[graph(rename("x"))]), "..."),
        ] {
            assert_eq!(
                field_error(&[attr]),
                format!("`rename` takes a string: write `rename = \"{written}\"`")
            );
        }
        for (attr, message) in [
            (
                syn::parse_quote!(#[graph(odata_type = microsoft.graph.x)]),
                "`odata_type` takes a string: write `odata_type = \"microsoft.graph.x\"`",
            ),
            (
                syn::parse_quote!(#[graph(path = /a/b)]),
                "`path` takes a string: write `path = \"/a/b\"`",
            ),
            (
                syn::parse_quote!(#[graph(base = entity)]),
                "`base` takes a string: write `base = \"entity\"`",
            ),
            (
                syn::parse_quote!(#[graph(also_reads = microsoft.graph.agentUser)]),
                "`also_reads` takes a string: write `also_reads = \"microsoft.graph.agentUser\"`",
            ),
        ] {
            assert_eq!(type_error(&[attr]), message);
        }
    }

    #[test]
    fn an_unquoted_action_says_to_quote_it_or_list_it() {
        assert_eq!(
            type_error(&[syn::parse_quote!(#[graph(action = retire)])]),
            "`action` takes a name in quotes or a list: write `action = \"retire\"` or \
             `action(name = \"retire\", parameters = RetireParameters)`"
        );
        for attr in [
            syn::parse_quote!(#[graph(action)]),
            syn::parse_quote!(#[graph(action = 3.5)]),
            syn::parse_quote!(#[graph(action = a.b)]),
            syn::parse_quote!(#[graph(action = /sync)]),
        ] {
            assert_eq!(
                type_error(&[attr]),
                "`action` takes a name in quotes or a list: write `action = \"sync\"` or \
                 `action(name = \"sync\", parameters = SyncParameters)`"
            );
        }
    }

    #[test]
    fn the_list_form_of_an_action_is_read_by_the_same_loop() {
        let error = type_error(&[syn::parse_quote!(#[graph(action(parameters = P))])]);
        assert_eq!(
            error,
            "`action(...)` needs the action's name: write \
             `action(name = \"...\", parameters = P)`"
        );
        let error = type_error(&[syn::parse_quote!(#[graph(action())])]);
        assert!(error.contains("parameters = SyncParameters"), "{error}");
        // A misspelt or malformed name is one error, not also a missing name.
        let error = type_error(&[syn::parse_quote!(#[graph(action(nam = "sync"))])]);
        assert_eq!(error, "Unknown field: `nam`. Did you mean `name`?");
        let error = type_error(&[syn::parse_quote!(#[graph(action(name = sync))])]);
        assert_eq!(error, "`name` takes a string: write `name = \"sync\"`");
        let error = type_error(&[syn::parse_quote!(#[graph(action(name = "a", name = "b"))])]);
        assert_eq!(error, "`name` is given twice: keep one `name`");
        let errors = errors::<TypeAttrs>(&[syn::parse_quote!(
            #[graph(action(name = 1, parameters = 2))]
        )]);
        assert_eq!(errors.len(), 2, "{errors:#?}");
        assert_eq!(
            errors[1],
            "`parameters` takes the type of the action's body: write \
             `parameters = SyncParameters`"
        );
    }

    #[test]
    fn action_parameters_are_type_paths() {
        let attrs = read::<TypeAttrs>(&[syn::parse_quote!(
            #[graph(
                action(name = "a", parameters = Generic<u8>),
                action(name = "b", parameters = "quoted::Parameters"),
            )]
        )])
        .unwrap();
        let paths: Vec<String> = attrs
            .actions
            .iter()
            .map(|action| action.parameters.to_token_stream().to_string())
            .collect();
        assert_eq!(paths, ["Generic < u8 >", "quoted :: Parameters"]);
        for attr in [
            syn::parse_quote!(#[graph(action(name = "a", parameters))]),
            syn::parse_quote!(#[graph(action(name = "a", parameters = "not a path"))]),
            syn::parse_quote!(#[graph(action(name = "a", parameters = <T as X>::Y))]),
        ] {
            assert!(type_error(&[attr]).starts_with("`parameters` takes the type"));
        }
    }

    #[test]
    fn crate_takes_a_path_in_quotes() {
        for attr in [
            syn::parse_quote!(#[graph(crate = "graph entity")]),
            syn::parse_quote!(#[graph(crate = 3)]),
            syn::parse_quote!(#[graph(crate)]),
            syn::parse_quote!(#[graph(crate = /x)]),
        ] {
            assert_eq!(
                type_error(&[attr]),
                "`crate` takes a path in quotes: write `crate = \"::graph_entity\"`"
            );
        }
    }

    #[test]
    fn a_graph_attribute_is_a_list_of_keywords() {
        let expected = "write the keywords in parentheses, `#[graph(...)]`; here they are \
                        `key`, `rename`, `read_only`, `non_nullable`, `base` and \
                        `additional_data`";
        assert_eq!(field_error(&[syn::parse_quote!(#[graph])]), expected);
        assert_eq!(field_error(&[syn::parse_quote!(#[graph = "x"])]), expected);
        assert_eq!(
            field_error(&[syn::parse_quote!(#[graph("displayName")])]),
            "a value needs its keyword: write `keyword = \"displayName\"`, where the keyword \
             is one of `key`, `rename`, `read_only`, `non_nullable`, `base` or `additional_data`"
        );
        assert_eq!(
            errors::<VariantAttrs>(&[syn::parse_quote!(#[graph("m")])]),
            ["a value needs its keyword: write `keyword = \"m\"`, where the keyword is `rename`"]
        );
        // Tokens darling cannot split into items are one error, and the other attributes are
        // still read.
        let errors = errors::<FieldAttrs>(&[
            syn::parse_quote!(#[graph(= "x")]),
            syn::parse_quote!(#[graph(key = 1)]),
        ]);
        assert_eq!(errors.len(), 2, "{errors:#?}");
        assert_eq!(errors[0], "expected identifier or literal");
        assert_eq!(
            field_error(&[syn::parse_quote!(#[graph(key,, read_only)])]),
            "an empty item: remove this `,`"
        );
        // A trailing comma is no empty item.
        assert!(read::<FieldAttrs>(&[syn::parse_quote!(#[graph(key, read_only,)])]).is_ok());
    }

    #[test]
    fn a_malformed_item_hides_no_other() {
        let errors = errors::<TypeAttrs>(&[syn::parse_quote!(
            #[graph(path = a b c, action(name = x y, parameters = P), complex = x y)]
        )]);
        assert_eq!(
            errors,
            [
                "`path` takes a string: write `path = \"a b c\"`",
                "`name` takes a string: write `name = \"x y\"`",
                "`complex` is a flag and takes no value: write `#[graph(complex)]`",
            ]
        );
    }

    #[test]
    fn every_receiver_names_each_keyword_once() {
        fn names<T: Receiver>() -> Vec<&'static str> {
            T::KEYWORDS
                .iter()
                .map(|(keyword, _)| keyword.name())
                .collect()
        }
        for names in [
            names::<TypeAttrs>(),
            names::<FieldAttrs>(),
            names::<EnumAttrs>(),
            names::<VariantAttrs>(),
            names::<PolymorphicAttrs>(),
            names::<PolymorphicVariantAttrs>(),
            names::<ActionList>(),
        ] {
            let mut unique = names.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), names.len(), "{names:?}");
        }
    }

    #[test]
    fn functions_navigation_and_singletons_are_read_in_declaration_order() {
        let attrs = read::<TypeAttrs>(&[syn::parse_quote!(#[graph(
            singleton = "/me",
            contains(name = "messages", target = Message),
            contains(name = "root", target = a::DriveItem, single),
            function(name = "delta", collection, returns = Page<DeltaItem<User>>),
            action(name = "clean", returns = ()),
            function(name = "f", parameters = P, returns = "Vec<String>")
        )])])
        .unwrap_or_else(|errors| panic!("{errors:?}"));
        assert_eq!(
            attrs.singleton.as_ref().map(|text| text.as_ref().as_str()),
            Some("/me")
        );
        let contains: Vec<(&str, bool, String)> = attrs
            .contains
            .iter()
            .map(|c| {
                (
                    c.name.as_str(),
                    c.single,
                    c.target.to_token_stream().to_string(),
                )
            })
            .collect();
        assert_eq!(
            contains,
            [
                ("messages", false, "Message".to_owned()),
                ("root", true, "a :: DriveItem".to_owned())
            ]
        );
        let operations: Vec<(&str, bool, bool, String)> = attrs
            .actions
            .iter()
            .map(|a| {
                let returns = a
                    .returns
                    .as_ref()
                    .map(|ty| ty.to_token_stream().to_string());
                (
                    a.name.as_str(),
                    a.is_function,
                    a.collection,
                    returns.unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            operations,
            [
                (
                    "delta",
                    true,
                    true,
                    "Page < DeltaItem < User > >".to_owned()
                ),
                ("clean", false, false, "()".to_owned()),
                ("f", true, false, "Vec < String >".to_owned()),
            ]
        );
    }

    #[test]
    fn a_function_needs_its_list_and_its_return_type() {
        assert!(
            type_error(&[syn::parse_quote!(#[graph(function = "delta")])])
                .starts_with("`function` takes a list")
        );
        assert!(
            type_error(&[syn::parse_quote!(#[graph(function(name = "delta"))])])
                .starts_with("a function returns a value: add `returns = T`")
        );
        assert_eq!(
            type_error(&[syn::parse_quote!(#[graph(contains(name = "m", target = 3))])]),
            "`target` takes a type: write `target = Message`"
        );
        assert_eq!(
            type_error(&[syn::parse_quote!(#[graph(contains(name = "m", target = M, singel))])]),
            "Unknown field: `singel`. Did you mean `single`?"
        );
    }
}
