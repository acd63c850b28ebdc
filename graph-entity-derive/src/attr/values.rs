//! The typed values of keywords: [`Text`] (`key = "..."`), [`Flag`] (`key`), [`CratePath`],
//! [`TypePath`] and [`TypeValue`], each of whose `FromMeta` says what to write when the value has
//! the wrong shape.

use darling::ast::MetaNameValueInvalidExpr;
use darling::util::path_to_string;
use darling::{Error, FromMeta, Result};
use proc_macro2::{Span, TokenTree};
use quote::ToTokens;
use syn::spanned::Spanned;

use crate::symbol::{ALLOWS, CREATE, DELETE, GET, GRAPH, LIST, REPLACE, Symbol, UPDATE};

/// A string value, `key = "..."`, with the span of its literal.
pub struct Text {
    pub(super) value: String,
    pub(super) span: Span,
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
pub(super) struct TypePath(pub(super) syn::Path);

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

/// `admits(User, Group)` in `navigation(...)`: the types a navigation may hold (the CSDL's
/// derived-type constraint), each a path. An empty list admits none, until `Admits` impls
/// under other features add types (as graph-resources does for types of other areas).
pub struct TypeList(pub Vec<syn::Path>);

impl FromMeta for TypeList {
    fn from_list(items: &[darling::ast::NestedMeta]) -> Result<Self> {
        let mut errors = Error::accumulator();
        let mut paths = Vec::new();
        for item in items {
            match item {
                darling::ast::NestedMeta::Meta(syn::Meta::Path(path)) => paths.push(path.clone()),
                other => errors.push(takes_type_list().with_span(other)),
            }
        }
        errors.finish_with(TypeList(paths))
    }

    fn from_meta(item: &syn::Meta) -> Result<Self> {
        match item {
            syn::Meta::List(list) => {
                let items = darling::ast::NestedMeta::parse_meta_list(list.tokens.clone())?;
                Self::from_list(&items).map_err(|error| error.with_span(list))
            }
            other => Err(takes_type_list().with_span(other)),
        }
    }
}

fn takes_type_list() -> Error {
    Error::custom(
        "`admits` lists the entity types the navigation may hold, as paths: write \
         `admits(User, Group)`",
    )
}

/// `allows(list, get)`: what a contained step allows, each keyword with its span.
pub struct CapabilityList(pub Vec<(Symbol, Span)>);

/// The keywords of `allows(...)`, in the order the docs list them.
pub const CAPABILITIES: [Symbol; 6] = [LIST, GET, CREATE, UPDATE, REPLACE, DELETE];

impl FromMeta for CapabilityList {
    fn from_list(items: &[darling::ast::NestedMeta]) -> Result<Self> {
        let mut errors = Error::accumulator();
        let mut found = Vec::new();
        for item in items {
            let keyword = match item {
                darling::ast::NestedMeta::Meta(syn::Meta::Path(path)) => path
                    .get_ident()
                    .and_then(|ident| CAPABILITIES.iter().find(|k| *ident == **k)),
                _ => None,
            };
            match keyword {
                Some(keyword) if found.iter().any(|(k, _)| k == keyword) => errors.push(
                    Error::custom(format!(
                        "`{keyword}` is listed twice in `{ALLOWS}`: remove one"
                    ))
                    .with_span(item),
                ),
                Some(keyword) => found.push((*keyword, item.span())),
                None => errors.push(takes_capability_list().with_span(item)),
            }
        }
        errors.finish_with(CapabilityList(found))
    }

    fn from_meta(item: &syn::Meta) -> Result<Self> {
        match item {
            syn::Meta::List(list) => {
                let items = darling::ast::NestedMeta::parse_meta_list(list.tokens.clone())?;
                Self::from_list(&items).map_err(|error| error.with_span(list))
            }
            other => Err(takes_capability_list().with_span(other)),
        }
    }
}

fn takes_capability_list() -> Error {
    let names: Vec<String> = CAPABILITIES.iter().map(|k| format!("`{k}`")).collect();
    Error::custom(format!(
        "`{ALLOWS}` lists what the contained step allows, among {}: write `{ALLOWS}(list, get)` \
         with those Graph allows there",
        names.join(", ")
    ))
}

/// `projection_of = User`: the projected type, a path (`graph_resources::graph::User`), with
/// the span of the whole value.
pub struct ProjectedType {
    path: syn::Path,
}

impl ProjectedType {
    /// The projected type's path.
    pub fn path(&self) -> &syn::Path {
        &self.path
    }
}

impl FromMeta for ProjectedType {
    fn from_meta(item: &syn::Meta) -> Result<Self> {
        projected_path(type_from_meta(item, takes_projected)?, item.path())
    }

    fn from_invalid_expr(meta: &MetaNameValueInvalidExpr) -> Result<Self> {
        projected_path(type_from_invalid_expr(meta, takes_projected)?, &meta.path)
            .map_err(|error| at_value(error, meta))
    }
}

/// The path of a projected type: a plain path, not `()`, a reference or a generic type.
fn projected_path(ty: syn::Type, key: &syn::Path) -> Result<ProjectedType> {
    match ty {
        syn::Type::Path(path)
            if path.qself.is_none()
                && path
                    .path
                    .segments
                    .iter()
                    .all(|segment| segment.arguments.is_none()) =>
        {
            Ok(ProjectedType { path: path.path })
        }
        other => Err(takes_projected(key).with_span(&other)),
    }
}

fn takes_projected(key: &syn::Path) -> Error {
    let key = path_to_string(key);
    Error::custom(format!(
        "`{key}` takes the Graph type this struct projects: write `{key} = User` (or a path, \
         `{key} = graph_resources::graph::User`)"
    ))
}

/// `returns = Page<User>` or `target = Message`: a type (`()` too).
pub(super) struct TypeValue(pub(super) syn::Type);

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

pub(super) fn string_literal(expr: &syn::Expr) -> Option<&syn::LitStr> {
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
pub(super) fn unquoted(value: &impl ToTokens) -> Option<String> {
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
pub(super) fn at_value(error: Error, meta: &MetaNameValueInvalidExpr) -> Error {
    if meta.value.is_empty() {
        error.with_span(&meta.eq_token)
    } else {
        error.with_span(&meta.value)
    }
}
