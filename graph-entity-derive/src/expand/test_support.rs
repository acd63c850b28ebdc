//! What the unit tests of the expanders share: the checked pipeline, and token matching.

use proc_macro2::{TokenStream, TokenTree};

/// The whole checked pipeline of `GraphEntity`, as the derive runs it.
pub fn entity(input: syn::DeriveInput) -> TokenStream {
    derive::<crate::ast::Entity>(input)
}

/// The whole checked pipeline of `GraphEnum`.
pub fn enumeration(input: syn::DeriveInput) -> TokenStream {
    derive::<crate::ast::Enumeration>(input)
}

/// The whole checked pipeline of `GraphPolymorphic`.
pub fn polymorphic(input: syn::DeriveInput) -> TokenStream {
    derive::<crate::ast::Polymorphic>(input)
}

/// The whole checked pipeline of derive `D`; panics with the errors if the input is rejected.
fn derive<D: crate::Derive>(input: syn::DeriveInput) -> TokenStream {
    match crate::pipeline::<D>(&input) {
        Ok(tokens) => tokens,
        Err(errors) => panic!(
            "{:?}",
            errors.iter().map(ToString::to_string).collect::<Vec<_>>()
        ),
    }
}

/// The tokens, flattened (delimiters dropped), as strings.
pub fn flat(tokens: TokenStream) -> Vec<String> {
    let mut out = Vec::new();
    for tree in tokens {
        match tree {
            TokenTree::Group(group) => out.extend(flat(group.stream())),
            other => out.push(other.to_string()),
        }
    }
    out
}

/// Whether `needle` (space-separated tokens) occurs in `tokens`.
pub fn contains(tokens: &[String], needle: &str) -> bool {
    let needle: Vec<String> = flat(needle.parse().expect("needle is tokens"));
    tokens.windows(needle.len()).any(|window| window == needle)
}

pub fn count(tokens: &[String], needle: &str) -> usize {
    let needle: Vec<String> = flat(needle.parse().expect("needle is tokens"));
    tokens
        .windows(needle.len())
        .filter(|window| *window == needle)
        .count()
}

/// Every prelude name the generated code might reach for is named by an absolute path
/// (`::core::option::Option::Some`), and nothing names the prelude itself or a crate other
/// than `core`, `std` and the runtime crate but through `__private`.
pub fn assert_hygienic(tokens: &[String]) {
    const PRELUDE: &[&str] = &[
        "Option", "Some", "None", "Result", "Ok", "Err", "From", "Into", "Default", "Vec",
        "String", "Box", "ToString", "ToOwned", "Clone", "Iterator", "prelude",
    ];
    for (index, token) in tokens.iter().enumerate() {
        // `type Err = ...;` of `FromStr` names an associated type, not the prelude's.
        if PRELUDE.contains(&token.as_str()) && tokens[index - 1] != "type" {
            assert!(
                index >= 2 && tokens[index - 1] == ":" && tokens[index - 2] == ":",
                "bare `{token}` at token {index}: {}",
                tokens[index.saturating_sub(8)..(index + 3).min(tokens.len())].join(" ")
            );
        }
        // `Type::from` resolves only with the prelude's `From` in scope.
        if token == "from" && tokens[index - 1] == ":" {
            assert_eq!(
                tokens[index - 3],
                "From",
                "`from` not through `From` at {index}"
            );
        }
        if ["serde", "serde_json", "http"].contains(&token.as_str()) {
            assert!(
                index >= 3 && tokens[index - 3] == "__private",
                "`{token}` not through `__private` at token {index}"
            );
        }
    }
    assert!(!contains(tokens, ":: std :: prelude"));
    assert!(!contains(tokens, ":: core :: prelude"));
}
