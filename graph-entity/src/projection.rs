//! Projections: a struct of some properties of a Graph type, declared with
//! `#[derive(GraphEntity)]` and `#[graph(projection_of = Type)]`, which reads wherever `Type`
//! does and whose requests ask Graph for its properties only (`$select`).
//!
//! The derive checks at compile time that each field is a property of the projected type (its
//! own or one of its base types'), by JSON name, and that the field's Rust type stands for the
//! property's Edm type ([`EdmType`](crate::schema::EdmType): `Option`, [`Nullable`](crate::Nullable) and `Box` are their
//! content's, `Vec<T>` is a collection of `T`'s). See
//! [`attributes`](crate::attributes#projections) and the
//! [guide](crate::guide::declaring#projections).

use crate::response::page::{DeltaItem, Page};
use crate::wire::structured::Structured;

pub(crate) mod check;

/// A projection: a struct declared `#[graph(projection_of = Of)]`, which holds some properties
/// of `Of` and reads wherever `Of` does. Implemented by the derive; do not implement it by hand.
///
/// Its [`GraphEntity`](crate::GraphEntity) items are `Of`'s (name, key, paths, operations), but
/// for `PROPERTIES`, its own; the listing and the reading of one item
/// ([`CollectionPath::list`](crate::CollectionPath::list),
/// [`ItemPath::get`](crate::ItemPath::get)) send `$select` of [`Projection::SELECT`], and
/// [`Call::project`](crate::Call::project) turns any other call of `Of` (a delta round) into one
/// of the projection.
pub trait Projection: Structured {
    /// The projected type.
    type Of;
    /// The `$select` of its requests: its properties' JSON names, in declaration order.
    const SELECT: &'static [&'static str] = <Self as Structured>::PROPERTIES;
}

/// What a call that returns `Self`, of the type `T`, returns once read as `T`'s projection `P`
/// ([`Call::project`](crate::Call::project)): `P` for `T`, `Page<P>` for `Page<T>`,
/// `Page<DeltaItem<P>>` for a delta round's `Page<DeltaItem<T>>`.
pub trait ProjectedReturn<T, P> {
    /// The return, with `P` for `T`.
    type Output;
}

impl<T, P> ProjectedReturn<T, P> for T {
    type Output = P;
}

impl<T, P> ProjectedReturn<T, P> for Page<T> {
    type Output = Page<P>;
}

impl<T, P> ProjectedReturn<T, P> for Page<DeltaItem<T>> {
    type Output = Page<DeltaItem<P>>;
}
