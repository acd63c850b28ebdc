//! The derives of [graph-entity](https://docs.rs/graph-entity): use them through that crate,
//! which re-exports them next to the traits they implement.
//!
//! # `#[derive(GraphEntity)]`
//!
//! On a struct with named fields. Attributes on the struct, in `#[graph(...)]`:
//!
//! | attribute | meaning |
//! |---|---|
//! | `odata_type = "microsoft.graph.x"` | required (but for `parameters`): the namespace-qualified OData type, without `#` |
//! | `base = "entity"` | the base type by name; a bare name is in the namespace of `odata_type`. `entity` brings the key property `id`, which the struct must declare |
//! | `path = "/a/b"` | the collection's address under the service root; omit it for types that are not addressable |
//! | `action = "sync"` | a bound action, `POST {item}/sync`; repeatable; generates `fn sync(key: &str) -> Operation` |
//! | `action(name = "sync", parameters = T)` | a bound action with a typed body: `fn sync(key: &str, parameters: &T) -> Result<Operation, _>` |
//! | `parameters` | the struct is the body of an action: no OData type, no key |
//! | `complex` | with a `#[graph(base)]` field: a derived complex type, not an entity |
//! | `crate = "path"` | where the runtime crate is, if not at `::graph_entity` |
//!
//! On fields:
//!
//! | attribute | meaning |
//! |---|---|
//! | `key` | this field is the key property (overrides `id`); `String` or `Option<String>` |
//! | `rename = "jsonName"` | the JSON name; by default the lowerCamelCase of the field's name (`r#type` is `type`) |
//! | `read_only` | never in create or update bodies, and no field of the patch type |
//! | `base` | the field holds the base type, whose properties, key and path this type inherits |
//! | `additional_data` | this `AdditionalData` field keeps everything the struct does not model; a field of that type must carry it |
//!
//! A struct with a key (its own, or its base's) is an entity and implements `GraphEntity`, and
//! gets a patch type `<Name>Patch`; one without is a complex type and implements
//! `GraphComplex`. All get `serde::Serialize` and `serde::Deserialize`.
//!
//! # `#[derive(GraphEnum)]`
//!
//! On an enum of unit variants. Members are the lowerCamelCase of the variants' names;
//! `#[graph(rename = "...")]` on a variant overrides it, `#[graph(odata_type = "...")]` on the
//! enum names its OData type, `#[graph(flags)]` marks an `IsFlags` enum (values are
//! `Flags<Self>`). Implements `GraphEnum`, `Serialize`, `Deserialize`, `Display` and `FromStr`.
//!
//! # `#[derive(GraphPolymorphic)]`
//!
//! On an enum with one newtype variant per derived type and a `#[graph(other)]` variant holding
//! the base type: reads each item as the type its `@odata.type` names, and any other as the
//! base, keeping its type and properties. Generates `base()`, `base_mut()`, `odata_type()`,
//! `From` for each variant, `Serialize` and `Deserialize`.
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
mod symbol;
mod valid;

use proc_macro::TokenStream;

/// Derives `GraphEntity` (or `GraphComplex`), `Serialize` and `Deserialize`; see the crate docs.
#[proc_macro_derive(GraphEntity, attributes(graph))]
pub fn derive_graph_entity(input: TokenStream) -> TokenStream {
    run(input, derive_entity)
}

/// Derives `Serialize` and `Deserialize` for an enum of a base type's derived types, read by
/// `@odata.type`; see the crate docs.
#[proc_macro_derive(GraphPolymorphic, attributes(graph))]
pub fn derive_graph_polymorphic(input: TokenStream) -> TokenStream {
    run(input, derive_polymorphic)
}

/// Derives `GraphEnum`, `Serialize`, `Deserialize`, `Display` and `FromStr`; see the crate docs.
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
