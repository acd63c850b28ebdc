//! Code generation from the checked form. Nothing here reports a user error: every rule was
//! checked in [`valid`](crate::valid).
//!
//! Generated code names everything by absolute path (`::core::...`) or through the runtime
//! crate's `__private` module, sits in a `const _: () = { ... };` block written by
//! [`hidden_const`](shared::hidden_const) (but for the patch type and the property constants, which the user names),
//! and uses `__`-prefixed locals, so that it compiles in modules that
//! shadow `Result`, `Option`, `String` or `serde`, and in `#![no_implicit_prelude]` modules. The
//! shape-independent work is done by generic functions of the runtime crate; what is generated
//! is only what depends on the fields.
//!
//! Every function generated outside a generic impl is `#[inline]`. Like serde's generic impls,
//! it is then compiled to machine code only by the crates that call it, not by a crate that
//! declares thousands of types and calls few of them (`graph-resources`).
//!
//! What only the compiler can check (a field type that is not serde, a base field that is not a
//! Graph type, a base property declared again, parameters that are not serializable, a variant
//! of another hierarchy) is checked by one generated assertion per type, spanned at the user's
//! tokens, through traits with `#[diagnostic::on_unimplemented]`; every other use of those types
//! is written so that it does not repeat the error (auto-ref probes, where clauses, spans that
//! make the compiler's repeated diagnostics identical). None of it runs: the assertions are
//! types, where clauses and constants.

mod entity;
mod enumeration;
mod patch;
mod paths;
mod polymorphic;
mod properties;
mod schema;
mod shared;
#[cfg(test)]
mod test_support;

pub use entity::entity;
pub use enumeration::enumeration;
pub use polymorphic::polymorphic;
