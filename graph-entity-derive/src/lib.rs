//! The derives of [graph-entity](https://docs.rs/graph-entity): use them through that crate,
//! which re-exports them next to the traits they implement.
//!
//! - `#[derive(GraphEntity)]`, on a struct with named fields: an entity (`GraphEntity`, with a
//!   patch type `<Name>Patch`) or a complex type (`GraphComplex`), with `Serialize` and
//!   `Deserialize`.
//! - `#[derive(GraphEnum)]`, on an enum of unit variants: `GraphEnum`, `Serialize`,
//!   `Deserialize`, `Display` and `FromStr`.
//! - `#[derive(GraphPolymorphic)]`, on an enum of a base type's derived types: reads each item
//!   as the type its `@odata.type` names.
//!
//! Their `#[graph(...)]` attributes are documented in one place, the module
//! [`graph_entity::attributes`](../graph_entity/attributes/index.html) of the runtime crate.
//!
//! # Stages
//!
//! `symbol` names every keyword of `#[graph(...)]` once; `attr` reads the attributes with
//! darling's items and error types, through one loop over each attribute's table of keywords
//! that catches unknown and repeated keys; `ast` builds the intermediate form that keeps the
//! user's tokens; `valid` checks every rule and reports all errors of one input at once; and
//! `expand` generates code from the checked form only. All but this file work on
//! `proc_macro2`, so each stage is unit-tested with `syn::parse_quote!`.

mod ast;
mod attr;
mod case;
mod expand;
mod properties;
mod symbol;
mod valid;

use proc_macro::TokenStream;

/// Derives `GraphEntity` (or `GraphComplex`), `Serialize` and `Deserialize`. Attributes:
/// [`graph_entity::attributes`](../graph_entity/attributes/index.html#derivegraphentity).
#[proc_macro_derive(GraphEntity, attributes(graph))]
pub fn derive_graph_entity(input: TokenStream) -> TokenStream {
    run(input, derive_entity)
}

/// Derives `Serialize` and `Deserialize` for an enum of a base type's derived types, read by
/// `@odata.type`. Attributes:
/// [`graph_entity::attributes`](../graph_entity/attributes/index.html#derivegraphpolymorphic).
#[proc_macro_derive(GraphPolymorphic, attributes(graph))]
pub fn derive_graph_polymorphic(input: TokenStream) -> TokenStream {
    run(input, derive_polymorphic)
}

/// Derives `GraphEnum`, `Serialize`, `Deserialize`, `Display` and `FromStr`. Attributes:
/// [`graph_entity::attributes`](../graph_entity/attributes/index.html#derivegraphenum).
#[proc_macro_derive(GraphEnum, attributes(graph))]
pub fn derive_graph_enum(input: TokenStream) -> TokenStream {
    run(input, derive_enum)
}

fn run(
    input: TokenStream,
    derive: fn(&syn::DeriveInput) -> Result<proc_macro2::TokenStream, Vec<syn::Error>>,
) -> TokenStream {
    let input = match syn::parse::<syn::DeriveInput>(input) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error().into(),
    };
    match derive(&input) {
        Ok(tokens) => tokens.into(),
        Err(errors) => errors
            .into_iter()
            .map(syn::Error::into_compile_error)
            .collect::<proc_macro2::TokenStream>()
            .into(),
    }
}

/// The whole `GraphEntity` pipeline on `proc_macro2` tokens: parse, check, expand.
fn derive_entity(input: &syn::DeriveInput) -> Result<proc_macro2::TokenStream, Vec<syn::Error>> {
    let mut errors = Vec::new();
    let checked = ast::Entity::from_input(input, &mut errors).and_then(|ast| {
        valid::check_entity(&ast, &mut errors).map(|checked| expand::entity(&checked))
    });
    match checked {
        Some(tokens) if errors.is_empty() => Ok(tokens),
        _ => Err(errors),
    }
}

/// The whole `GraphEnum` pipeline on `proc_macro2` tokens.
fn derive_enum(input: &syn::DeriveInput) -> Result<proc_macro2::TokenStream, Vec<syn::Error>> {
    let mut errors = Vec::new();
    let checked = ast::Enumeration::from_input(input, &mut errors).and_then(|ast| {
        valid::check_enum(&ast, &mut errors).map(|checked| expand::enumeration(&checked))
    });
    match checked {
        Some(tokens) if errors.is_empty() => Ok(tokens),
        _ => Err(errors),
    }
}

/// The whole `GraphPolymorphic` pipeline on `proc_macro2` tokens.
fn derive_polymorphic(
    input: &syn::DeriveInput,
) -> Result<proc_macro2::TokenStream, Vec<syn::Error>> {
    let mut errors = Vec::new();
    let checked = ast::Polymorphic::from_input(input, &mut errors).and_then(|ast| {
        valid::check_polymorphic(&ast, &mut errors).map(|checked| expand::polymorphic(&checked))
    });
    match checked {
        Some(tokens) if errors.is_empty() => Ok(tokens),
        _ => Err(errors),
    }
}
