//! The names that `#[derive(GraphEntity)]` (graph-entity-derive) and the generator of
//! graph-resources (graph-codegen) must agree on, in one place, as serde_derive and serde's
//! other derives share `serde_derive_internals`.
//!
//! - [`case`]: how a Rust field or variant name becomes a JSON name (`lower_camel`), and how an
//!   operation's or navigation's OData name becomes a Rust method (`snake`). The generator
//!   writes `#[graph(rename = "...")]` exactly when the derive's rule would read a field under
//!   another name, so the two must use the same rule.
//! - [`reserved`]: the names a generated method may not take, because a method or function of
//!   graph-entity's address types (or of `GraphEntity`) would hide it. The derive rejects them;
//!   the generator renames operations away from them. graph-entity's tests check the lists
//!   against the address types' real methods.

#![deny(missing_docs)]

pub mod case;
pub mod reserved;
