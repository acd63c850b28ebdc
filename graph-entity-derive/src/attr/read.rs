//! The one loop that reads a `#[graph(...)]` attribute into a receiver: splits it into items,
//! looks each key up in the receiver's table of keywords, reports unknown keys and keys given
//! twice, and hands each value to the keyword's setter.

use darling::ast::{MetaNameValueInvalidExpr, NestedMeta};
use darling::error::Accumulator;
use darling::util::path_to_string;
use darling::{Error, FromMeta, Result};
use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};

use crate::ctxt::Ctxt;
use crate::symbol::{GRAPH, Symbol};

use super::values::Flag;

/// Reads the value of one keyword into a receiver.
pub(super) type Setter<T> = fn(&mut T, &NestedMeta) -> Result<()>;

/// A `#[graph(...)]` receiver: the table of the keywords it takes.
pub trait Receiver: Default + 'static {
    /// Every keyword this attribute takes, with what reads its value.
    const KEYWORDS: &'static [(Symbol, Setter<Self>)];
    /// The keywords that may be given more than once.
    const REPEATABLE: &'static [Symbol] = &[];
}

/// Reads the value of a keyword that takes one into its slot.
pub(super) fn set<T: FromMeta>(slot: &mut Option<T>, item: &NestedMeta) -> Result<()> {
    *slot = Some(T::from_nested_meta(item)?);
    Ok(())
}

/// Reads a flag keyword into its slot.
pub(super) fn flag(slot: &mut Flag, item: &NestedMeta) -> Result<()> {
    *slot = Flag::from_nested_meta(item)?;
    Ok(())
}

/// Reads one receiver from the `#[graph(...)]` attributes among `attrs`. Its errors, one per
/// mistake, go into `errors`; `None` tells later stages that the attribute was not read, so that
/// they report no follow-on errors about what it would have said.
pub fn parse<T: Receiver>(attrs: &[syn::Attribute], cx: &Ctxt) -> Option<T> {
    match from_attributes::<T>(attrs) {
        Ok(parsed) => Some(parsed),
        Err(error) => {
            for error in into_syn_errors(error) {
                cx.syn_error(error);
            }
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
pub(super) fn split_items(tokens: TokenStream, errors: &mut Accumulator) -> Vec<NestedMeta> {
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
pub(super) fn read_items<T: Receiver>(items: &[NestedMeta], errors: &mut Accumulator) -> T {
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
pub(super) fn item_path(item: &NestedMeta) -> Option<&syn::Path> {
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
