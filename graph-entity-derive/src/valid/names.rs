//! The rules of the names and addresses an attribute gives: qualified OData type names, paths
//! and singletons, Rust method names; and the `crate = "..."` path.

use proc_macro2::Span;
use syn::spanned::Spanned;

use crate::attr::CratePath;
use crate::ctxt::Ctxt;
use crate::symbol::{self};

/// The path to the runtime crate: `crate = "..."`, or `::graph_entity`.
pub fn crate_path(krate: Option<&CratePath>) -> syn::Path {
    krate.map_or_else(
        || syn::parse_quote!(::graph_entity),
        |krate| krate.path().clone(),
    )
}

/// A derive describes one concrete type: no generic parameters.
pub fn no_generics(generics: &syn::Generics, derive: &str, cx: &Ctxt) {
    if !generics.params.is_empty() {
        cx.error(
            generics.params.span(),
            format!(
                "{derive} describes one concrete Graph type: remove the generic parameters and \
                 name the concrete field types"
            ),
        );
    }
}

/// Checks `namespace.name` (at least one dot, every segment an OData simple identifier).
pub fn qualified_name(text: &str, span: Span, cx: &Ctxt) -> bool {
    let message = if let Some(stripped) = text.strip_prefix('#') {
        format!("write the type name without `#`: `\"{stripped}\"`")
    } else if !text.contains('.') {
        format!(
            "`{text}` has no namespace: write the qualified name, e.g. \
             `\"microsoft.graph.{text}\"`"
        )
    } else if !text.split('.').all(simple_identifier) {
        format!(
            "`{text}` is not a qualified OData type name: write dot-separated identifiers, \
             e.g. `\"microsoft.graph.deviceManagementExchangeConnector\"`"
        )
    } else {
        return true;
    };
    cx.error(span, message);
    false
}

/// An OData `SimpleIdentifier`: a letter or `_`, then letters, digits or `_`.
pub fn simple_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars
        .next()
        .is_some_and(|first| first.is_alphabetic() || first == '_')
        && chars.all(|ch| ch.is_alphanumeric() || ch == '_')
}

/// `path` and `singleton`: what the address is, for messages.
pub const PATH_KEYWORD: (symbol::Symbol, &str) = (symbol::PATH, "a collection");
pub const SINGLETON_KEYWORD: (symbol::Symbol, &str) = (symbol::SINGLETON, "a singleton");

/// Checks `path = "/..."` or `singleton = "/..."`: an absolute path of plain segments.
pub fn check_path(
    (keyword, what): (symbol::Symbol, &str),
    path: &str,
    span: Span,
    cx: &Ctxt,
) -> bool {
    let error = if !path.starts_with('/') {
        format!("`{keyword}` starts at the service root: write `\"/{path}\"`")
    } else if path.len() == 1 || path.ends_with('/') {
        format!(
            "`{keyword}` names {what}, without a trailing `/`: write `\"{}\"`",
            path.trim_end_matches('/')
        )
    } else if path.contains("//") {
        format!("`{keyword}` has an empty segment: write one `/` between segments")
    } else if let Some(bad) = path.chars().find(|ch| !path_char(*ch)) {
        let example = if keyword == symbol::SINGLETON {
            "`\"/me\"`"
        } else {
            "`\"/deviceManagement/exchangeConnectors\"`"
        };
        let contained = if bad == '{' || bad == '}' {
            "; a type contained under another's items is reached from them: declare \
             `contains(name = \"...\", target = ThisType)` on the parent type"
        } else {
            ""
        };
        format!(
            "`{keyword}` cannot contain `{}`: write the address of {what}, such as {example} \
             (keys and queries are added by the generated functions){contained}",
            bad.escape_default()
        )
    } else {
        return true;
    };
    cx.error(span, error);
    false
}

/// RFC 3986 `pchar` without percent-escapes, plus the `/` between segments.
fn path_char(ch: char) -> bool {
    ch.is_ascii_alphanumeric() || "/-._~!$&'()*+,;=:@".contains(ch)
}

/// Whether `name` is a snake_case Rust identifier (`delta_with_token`; keywords allowed, they
/// become raw identifiers).
pub fn snake_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|first| first.is_ascii_lowercase() || first == '_')
        && chars.all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')
        && name != "_"
}

/// The identifier for a function called `name`, raw if it is a keyword; `None` for the words
/// that cannot be raw identifiers (`self`, `Self`, `super`, `crate`, `_`).
pub fn function_ident(name: &str, span: Span) -> Option<syn::Ident> {
    if syn::parse_str::<syn::Ident>(name).is_ok() {
        return Some(syn::Ident::new(name, span));
    }
    let raw = format!("r#{name}");
    if ["r#self", "r#Self", "r#super", "r#crate", "r#_"].contains(&raw.as_str()) {
        return None;
    }
    syn::parse_str::<syn::Ident>(&raw)
        .ok()
        .map(|_| syn::Ident::new_raw(name, span))
}
