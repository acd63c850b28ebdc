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
    ACTION, ADDITIONAL_DATA, BASE, COMPLEX, CRATE, FLAGS, GRAPH, KEY, NAME, ODATA_TYPE, OTHER,
    PARAMETERS, PATH, READ_ONLY, RENAME, Symbol,
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
    /// `action = "sync"` or `action(name = "sync", parameters = SyncParameters)`, repeatable.
    pub actions: Vec<Action>,
    /// `complex`: a type with a `#[graph(base)]` field is a complex type, not an entity.
    pub complex: Flag,
    /// `parameters`: the body of an action (no OData type, no `@odata.type`).
    pub parameters: Flag,
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
        (COMPLEX, |attrs, item| flag(&mut attrs.complex, item)),
        (PARAMETERS, |attrs, item| flag(&mut attrs.parameters, item)),
        (CRATE, |attrs, item| set(&mut attrs.krate, item)),
    ];
    const REPEATABLE: &'static [Symbol] = &[ACTION];
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
}

impl Receiver for FieldAttrs {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] = &[
        (KEY, |attrs, item| flag(&mut attrs.key, item)),
        (RENAME, |attrs, item| set(&mut attrs.rename, item)),
        (READ_ONLY, |attrs, item| flag(&mut attrs.read_only, item)),
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

/// The list form of an action: `action(name = "sync", parameters = SyncParameters)`.
#[derive(Default)]
struct ActionList {
    name: Option<Text>,
    parameters: Option<TypePath>,
}

impl Receiver for ActionList {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] = &[
        (NAME, |list, item| set(&mut list.name, item)),
        (PARAMETERS, |list, item| set(&mut list.parameters, item)),
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

/// One bound action: `action = "sync"`, or with a typed body,
/// `action(name = "sync", parameters = SyncParameters)`.
pub struct Action {
    /// The OData name of the action.
    pub name: String,
    /// The type of its body.
    pub parameters: Option<syn::Path>,
    /// The span of the name's string literal.
    span: Span,
}

impl Action {
    /// The span of the name's string literal.
    pub fn span(&self) -> Span {
        self.span
    }
}

impl FromMeta for Action {
    fn from_meta(item: &syn::Meta) -> Result<Self> {
        match item {
            syn::Meta::NameValue(meta) => match string_literal(&meta.value) {
                Some(literal) => Ok(Action {
                    name: literal.value(),
                    parameters: None,
                    span: literal.span(),
                }),
                None => Err(takes_action(unquoted(&meta.value)).with_span(&meta.value)),
            },
            syn::Meta::Path(path) => Err(takes_action(None).with_span(path)),
            syn::Meta::List(list) => {
                let mut errors = Error::accumulator();
                let items = split_items(list.tokens.clone(), &mut errors);
                let ActionList { name, parameters } = read_items::<ActionList>(&items, &mut errors);
                // Any item but `parameters` (`name`, or a misspelling of it) has had its say.
                let named = items
                    .iter()
                    .any(|item| item_path(item).is_none_or(|path| path != PARAMETERS));
                if name.is_none() && !named {
                    let parameters = parameters.as_ref().map_or_else(
                        || "SyncParameters".to_owned(),
                        |parameters| path_to_string(&parameters.0),
                    );
                    errors.push(
                        Error::custom(format!(
                            "`{ACTION}(...)` needs the action's name: write \
                             `{ACTION}({NAME} = \"...\", {PARAMETERS} = {parameters})`"
                        ))
                        .with_span(&list.path),
                    );
                }
                let name = errors.finish_with(name)?;
                let name = name.ok_or_else(|| takes_action(None).with_span(&list.path))?;
                Ok(Action {
                    name: name.value,
                    parameters: parameters.map(|parameters| parameters.0),
                    span: name.span,
                })
            }
        }
    }

    fn from_invalid_expr(meta: &MetaNameValueInvalidExpr) -> Result<Self> {
        Err(at_value(takes_action(unquoted(&meta.value)), meta))
    }
}

fn takes_action(written: Option<String>) -> Error {
    let (name, parameters) = match written.filter(|name| syn::parse_str::<syn::Ident>(name).is_ok())
    {
        Some(name) => {
            let mut chars = name.chars();
            let upper: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .collect();
            let parameters = format!("{upper}{}Parameters", chars.as_str());
            (name, parameters)
        }
        None => ("sync".to_owned(), "SyncParameters".to_owned()),
    };
    Error::custom(format!(
        "`{ACTION}` takes a name in quotes or a list: write `{ACTION} = \"{name}\"` or \
         `{ACTION}({NAME} = \"{name}\", {PARAMETERS} = {parameters})`"
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
        let (key, value) = match item {
            syn::Meta::NameValue(meta) => (&meta.path, strip_group(&meta.value)),
            syn::Meta::Path(path) => return Err(takes_type(path).with_span(path)),
            syn::Meta::List(list) => return Err(at_list(takes_type(&list.path), list)),
        };
        let path = match value {
            syn::Expr::Path(path) if path.qself.is_none() && path.attrs.is_empty() => {
                Some(path.path.clone())
            }
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(literal),
                ..
            }) => literal.parse::<syn::Path>().ok(),
            _ => None,
        };
        match path {
            Some(path) => Ok(TypePath(path)),
            None => Err(takes_type(key).with_span(value)),
        }
    }

    fn from_invalid_expr(meta: &MetaNameValueInvalidExpr) -> Result<Self> {
        // A generic type, `Parameters<T>`, is no expression but is a path.
        syn::parse2::<syn::Path>(meta.value.clone())
            .map(TypePath)
            .map_err(|_| at_value(takes_type(&meta.path), meta))
    }
}

fn takes_type(key: &syn::Path) -> Error {
    let key = path_to_string(key);
    Error::custom(format!(
        "`{key}` takes the type of the action's body: write `{key} = SyncParameters`"
    ))
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
