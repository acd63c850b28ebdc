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
//! Each derive is one implementation of the trait `Derive` (its parsed form, its checked form,
//! and the stages between), run by one generic pipeline: parse, check, expand, with every error
//! of one input reported at once. The layout follows serde_derive's `internals`:
//!
//! - `ctxt`: the one error sink, `Ctxt`, which every stage reports to and the pipeline checks
//!   once, so that all errors of one input are reported together.
//! - `symbol` names every keyword of `#[graph(...)]` once; `attr` reads the attributes with
//!   darling's items and error types, through one loop over each attribute's table of keywords
//!   that catches unknown and repeated keys.
//! - `ast` builds the intermediate form, which keeps the user's tokens for spans; JSON names
//!   come from the case conversion of `graph-entity-names`, which the generator shares.
//! - `valid` checks every rule and builds the checked model: for an entity, every field with
//!   its role (`Key`, `Property`, `Base`, `AdditionalData`), each property with its slot and
//!   read-only flag, computed once; `properties` names the typed property constants. Method
//!   names are checked against the reserved names of `graph-entity-names`.
//! - `expand` generates code from the checked model only, one module a derive
//!   (`expand/entity.rs` with `structured` (read and write halves), `type_trait`, `actions`,
//!   `projection` (a `projection_of` struct, checked in `valid/projection.rs`),
//!   and beside it `patch.rs`, `paths.rs`, `properties.rs` and `schema.rs`; `enumeration.rs`;
//!   `polymorphic.rs`), with the wrappers every derive shares (the `const _` block, the serde
//!   impls) written once in `expand/shared.rs`.
//!
//! All but the entry points work on `proc_macro2`, so each stage is unit-tested with
//! `syn::parse_quote!`.

#![deny(clippy::too_many_lines)]

mod ast;
mod attr;
mod ctxt;
mod expand;
mod properties;
mod symbol;
mod valid;

use proc_macro::TokenStream;

use crate::ctxt::Ctxt;

/// Derives `GraphEntity` (or `GraphComplex`), `Serialize` and `Deserialize`. Attributes:
/// [`graph_entity::attributes`](../graph_entity/attributes/index.html#derivegraphentity).
#[proc_macro_derive(GraphEntity, attributes(graph))]
pub fn derive_graph_entity(input: TokenStream) -> TokenStream {
    run::<ast::Entity>(input)
}

/// Derives `Serialize` and `Deserialize` for an enum of a base type's derived types, read by
/// `@odata.type`. Attributes:
/// [`graph_entity::attributes`](../graph_entity/attributes/index.html#derivegraphpolymorphic).
#[proc_macro_derive(GraphPolymorphic, attributes(graph))]
pub fn derive_graph_polymorphic(input: TokenStream) -> TokenStream {
    run::<ast::Polymorphic>(input)
}

/// Derives `GraphEnum`, `Serialize`, `Deserialize`, `Display` and `FromStr`. Attributes:
/// [`graph_entity::attributes`](../graph_entity/attributes/index.html#derivegraphenum).
#[proc_macro_derive(GraphEnum, attributes(graph))]
pub fn derive_graph_enum(input: TokenStream) -> TokenStream {
    run::<ast::Enumeration>(input)
}

/// One derive, as three stages on `proc_macro2` tokens: parse into the form that keeps the
/// user's tokens (`Self`), check it into the form code is generated from, and expand that.
trait Derive: Sized {
    /// The checked form, borrowing the parsed one.
    type Checked<'a>;
    fn parse(input: &syn::DeriveInput, cx: &Ctxt) -> Option<Self>;
    fn check<'a>(&'a self, cx: &Ctxt) -> Option<Self::Checked<'a>>;
    fn expand(checked: &Self::Checked<'_>) -> proc_macro2::TokenStream;
}

/// Implements [`Derive`] for a parsed form from its check and expand functions.
macro_rules! derive {
    ($ast:ty => $checked:ident, $check:path, $expand:path) => {
        impl Derive for $ast {
            type Checked<'a> = valid::$checked<'a>;
            fn parse(input: &syn::DeriveInput, cx: &Ctxt) -> Option<Self> {
                Self::from_input(input, cx)
            }
            fn check<'a>(&'a self, cx: &Ctxt) -> Option<Self::Checked<'a>> {
                $check(self, cx)
            }
            fn expand(checked: &Self::Checked<'_>) -> proc_macro2::TokenStream {
                $expand(checked)
            }
        }
    };
}

derive!(ast::Entity => CheckedEntity, valid::check_entity, expand::entity);
derive!(ast::Enumeration => CheckedEnum, valid::check_enum, expand::enumeration);
derive!(ast::Polymorphic => CheckedPolymorphic, valid::check_polymorphic, expand::polymorphic);

fn run<D: Derive>(input: TokenStream) -> TokenStream {
    let input = match syn::parse::<syn::DeriveInput>(input) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error().into(),
    };
    match pipeline::<D>(&input) {
        Ok(tokens) => tokens.into(),
        Err(errors) => errors
            .into_iter()
            .map(syn::Error::into_compile_error)
            .collect::<proc_macro2::TokenStream>()
            .into(),
    }
}

/// The whole pipeline of one derive on `proc_macro2` tokens: parse, check, expand; every error
/// of the input, or the generated code.
fn pipeline<D: Derive>(
    input: &syn::DeriveInput,
) -> Result<proc_macro2::TokenStream, Vec<syn::Error>> {
    let cx = Ctxt::new();
    let tokens =
        D::parse(input, &cx).and_then(|ast| ast.check(&cx).map(|checked| D::expand(&checked)));
    match (tokens, cx.check()) {
        (Some(tokens), Ok(())) => Ok(tokens),
        (_, Err(errors)) => Err(errors),
        // Every stage that gives up reports why; were one not to, nothing would be generated.
        (None, Ok(())) => Err(Vec::new()),
    }
}
