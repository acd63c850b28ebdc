//! [`IsA`]: `Self` is a type or derives from it, checked by the compiler through each derived
//! type's [`Lineage`], so that a cast, a navigation or an operation applies only where it may.

use core::marker::PhantomData;

/// `Self` is `P` or derives from it (through `#[graph(base)]` fields, at any depth); `I` is
/// inferred and only tells the compiler where `P` is in `Self`'s lineage. Implemented through
/// [`Lineage`] for every derived type: do not implement it by hand.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not `{P}` and does not derive from it",
    label = "this needs a `{P}` or a type derived from it",
    note = "a cast, a navigation or an operation of `{P}` applies to `{P}` and to the types with a `#[graph(base)]` field of type `{P}` (at any depth)"
)]
pub trait IsA<P, I> {}

impl<T: Lineage, P, I> IsA<P, I> for T where T::Ancestors: Member<P, I> {}

/// A type and its base types, nearest first, as a list `(Self, (Base, (BaseOfBase, ())))`.
/// Implemented by the derive.
#[doc(hidden)]
pub trait Lineage {
    type Ancestors;
}

/// The first element of a lineage list. Named by [`IsA`] only.
#[doc(hidden)]
pub enum Here {}
/// A later element of a lineage list. Named by [`IsA`] only.
#[doc(hidden)]
pub struct There<I>(PhantomData<I>);

/// `P` is in the list `Self` at `I`.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "this type is not `{P}` and does not derive from it",
    label = "a cast, a navigation or an operation of `{P}` needs `{P}` or a type derived from it",
    note = "a type derives from `{P}` when it has a `#[graph(base)]` field of type `{P}` (or of a type derived from it)"
)]
pub trait Member<P, I> {}

impl<P, Tail> Member<P, Here> for (P, Tail) {}
impl<P, Head, Tail: Member<P, I>, I> Member<P, There<I>> for (Head, Tail) {}
