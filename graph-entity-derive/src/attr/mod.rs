//! Attribute parsing: the `#[graph(...)]` receivers.
//!
//! darling splits each `#[graph(...)]` into its items (`NestedMeta`). One generic loop,
//! [`read_items`](read::read_items), looks every item's key up in the receiver's table of
//! keywords (the constants of [`symbol`](crate::symbol)), reports unknown keys (darling's "did
//! you mean", or the list of the keys the attribute takes) and keys given twice, and hands each
//! value to a typed value receiver ([`values`]: `Text`, `Flag`, `CratePath`, `TypePath`; and
//! [`operations`]: `Action`, `Contains`). Their `FromMeta` impls say what to write when a value
//! has the wrong shape. Errors are accumulated with darling's `Accumulator`, each spanned at the
//! user's token, and then reported to the [`Ctxt`](crate::ctxt::Ctxt), so that every mistake of
//! one input is reported at once.
//!
//! [`receivers`] holds one receiver per place an attribute goes.

mod operations;
mod read;
mod receivers;
mod values;

#[cfg(test)]
mod tests;

pub use operations::Action;
pub use read::parse;
pub use receivers::{
    EnumAttrs, FieldAttrs, PolymorphicAttrs, PolymorphicVariantAttrs, TypeAttrs, VariantAttrs,
};
pub use values::{CratePath, Flag, ProjectedType, Text};
