//! The traits that derived types implement besides [`GraphEntity`] (whose home is
//! [`address`](crate::address), with the typed steps its functions start): keys, bases,
//! complex types, action parameters.

use crate::address::entity::{Addressable, GraphEntity};
use crate::wire::additional::AdditionalData;
use crate::wire::ser::PatchFields;
use crate::wire::structured::Structured;

/// A [`GraphEntity`] with a key: every entity type but a `#[graph(keyless)]` one (an entity
/// type whose CSDL declares no key, such as `microsoft.graph.security` or `reportRoot`).
///
/// `#[derive(GraphEntity)]` implements it for every entity with a key field, its own or its
/// base's. Only a keyed type has collections: a contained collection
/// (`contains(name = "...", target = T)` without `single`) asserts `T: Keyed`, so that a
/// collection of a keyless type, whose items could not be addressed, is a compile error at the
/// target. A keyless type is reached as a singleton or through `contains(..., single)`.
///
/// ```compile_fail
/// use graph_entity::GraphEntity;
///
/// #[derive(GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.reportRoot", keyless)]
/// struct ReportRoot {}
///
/// #[derive(GraphEntity)]
/// #[graph(
///     odata_type = "microsoft.graph.admin",
///     keyless,
///     contains(name = "reports", target = ReportRoot), // error: `ReportRoot` has no key
/// )]
/// struct Admin {}
/// ```
///
/// Single-valued, the same navigation compiles:
///
/// ```
/// use graph_entity::GraphEntity;
///
/// #[derive(GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.reportRoot", keyless)]
/// struct ReportRoot {}
///
/// #[derive(GraphEntity)]
/// #[graph(
///     odata_type = "microsoft.graph.admin",
///     keyless,
///     singleton = "/admin",
///     contains(name = "reports", target = ReportRoot, single),
/// )]
/// struct Admin {}
///
/// assert_eq!(Admin::singleton().reports().path(), "/admin/reports");
/// assert_eq!(ReportRoot::KEY_PROPERTY, "");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an entity type with a key, so there is no collection of it",
    label = "a contained collection needs a target with a key",
    note = "declare `{Self}` with `#[derive(GraphEntity)]` and a key (`base = \"entity\"` and an `id` field, or a `#[graph(key)]` field); if its CSDL entity type has no key (`#[graph(keyless)]`), the navigation is single-valued: write `contains(name = \"...\", target = {Self}, single)`"
)]
pub trait Keyed: GraphEntity {
    /// [`GraphEntity::KEY_PROPERTY`], never `""`.
    const KEY: &'static str = Self::KEY_PROPERTY;
}

/// [`Addressable`], seen through a lifetime; only generated code names it. A bound
/// `T: AddressableVia<'a>` (of a derived entity's `impl<'a> Addressable`, or of a bound-action
/// function) is not global, so it may be false (the impl or the function then does not apply)
/// where `T: Addressable` would be rejected as a bound that can never hold.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not addressable: it was declared without `path`",
    label = "`{Self}` has no collection path, so it has no item to address",
    note = "add `path = \"/...\"` to the `#[graph(...)]` of `{Self}` (or of the base type it derives from), or do not address it; a `keyless` type has no collection: reach it through its singleton or a parent's `contains(..., single)`"
)]
pub trait AddressableVia<'a> {}

impl<T: Addressable> AddressableVia<'_> for T {}

/// The types that can be the parameters (the JSON body) of a bound action,
/// `action(name = "...", parameters = Type)`: every `serde::Serialize` type, and so every type
/// declared with `#[derive(GraphEntity)]` and `#[graph(parameters)]`.
///
/// It is implemented for all of them, and not to be implemented by hand: the derive asserts it
/// of the parameters type, so that another type is one compile error, at the type in the
/// attribute.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the parameters of an action: it is not serializable",
    label = "not `serde::Serialize`",
    note = "declare `{Self}` with `#[derive(GraphEntity)]` and `#[graph(parameters)]`, or use a type that implements `serde::Serialize`"
)]
pub trait ActionParameters {
    /// Named by generated code, once per action: `<Type as ActionParameters>::ASSERT`.
    #[doc(hidden)]
    const ASSERT: () = ();
}

#[diagnostic::do_not_recommend]
impl<P: serde::Serialize> ActionParameters for P {}

/// The types that can be the `#[graph(base)]` field of a derived complex type: the types
/// declared with `#[derive(GraphEntity)]` (but `parameters`), which implements it. Do not
/// implement it by hand.
///
/// Every item the derive generates for a derived type is bounded by `Base: GraphBase` (or
/// [`EntityBase`], for a derived entity, under a binder so that the compiler does not report the
/// bound itself), and a constant names the base's `ALL_PROPERTIES`, so that a base field of
/// another type is one compile error, at the field's type.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a base type: it is not declared with `#[derive(GraphEntity)]`",
    label = "not a Graph type",
    note = "declare `{Self}` with `#[derive(GraphEntity)]`, or remove `#[graph(base)]` from this field"
)]
pub trait GraphBase: Structured + crate::schema::EdmType {
    /// [`Structured::PROPERTIES`], named by generated code where no bound can be assumed.
    #[doc(hidden)]
    const ALL_PROPERTIES: &'static [&'static str] = <Self as Structured>::PROPERTIES;
}

/// The types that can be the `#[graph(base)]` field of a derived entity: the entity types
/// declared with `#[derive(GraphEntity)]`, which implements it. Do not implement it by hand;
/// see [`GraphBase`].
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the base of an entity: it is not an entity type declared with `#[derive(GraphEntity)]`",
    label = "not a Graph entity type",
    note = "declare `{Self}` with `#[derive(GraphEntity)]` and a key, or, if this type is a complex type, add `complex` to its `#[graph(...)]`"
)]
pub trait EntityBase: GraphBase + GraphEntity<Patch: PatchFields> {
    /// [`Structured::PROPERTIES`], named by generated code where no bound can be assumed.
    #[doc(hidden)]
    const ALL_PROPERTIES: &'static [&'static str] = <Self as Structured>::PROPERTIES;
}

/// A Graph complex type: structured data with no key, held by entities.
///
/// Implement it with `#[derive(GraphEntity)]` on a struct with neither a key nor a `path`.
pub trait GraphComplex: Sized {
    /// The namespace-qualified OData type, without `#`.
    const ODATA_TYPE: &'static str;
    /// The namespace-qualified base type, if the type derives from one.
    const BASE_TYPE: Option<&'static str>;
    /// The JSON names of the declared properties, in declaration order.
    const PROPERTIES: &'static [&'static str];
    /// Whether the type is abstract (`#[graph(abstract)]`, the CSDL's `Abstract="true"`); a
    /// default, `false`, so that a hand-written implementation need not name it.
    const ABSTRACT: bool = false;
}

/// The types a key field can have: `String`, an Edm integer (`i16`, `i32`, `i64`,
/// [`edm::Int64`](crate::edm::Int64)) and their `Option`s; `K` is the entity's
/// [`GraphEntity::Key`], which the derive reads from the field type's spelling (`str` but for
/// an integer). Named by generated code only.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "the key field must be a `String`, an `i16`, `i32` or `i64` (or an `Option` of one), not `{Self}`",
    label = "declare this key field as `Option<String>` (or `Option<i32>` for an `Edm.Int32` key)"
)]
pub trait AsKey<K: ?Sized> {
    fn as_key(&self) -> Option<&K>;
}

impl AsKey<str> for String {
    #[inline]
    fn as_key(&self) -> Option<&str> {
        Some(self)
    }
}

impl AsKey<str> for Option<String> {
    #[inline]
    fn as_key(&self) -> Option<&str> {
        self.as_deref()
    }
}

macro_rules! integer_key_fields {
    ($($ty:ty),*) => {$(
        impl AsKey<$ty> for $ty {
            #[inline]
            fn as_key(&self) -> Option<&$ty> {
                Some(self)
            }
        }

        impl AsKey<$ty> for Option<$ty> {
            #[inline]
            fn as_key(&self) -> Option<&$ty> {
                self.as_ref()
            }
        }
    )*};
}

integer_key_fields!(i16, i32, i64);

impl AsKey<i64> for crate::edm::Int64 {
    #[inline]
    fn as_key(&self) -> Option<&i64> {
        Some(&self.0)
    }
}

impl AsKey<i64> for Option<crate::edm::Int64> {
    #[inline]
    fn as_key(&self) -> Option<&i64> {
        self.as_ref().map(|value| &value.0)
    }
}

/// The type of the `additional_data` field: [`AdditionalData`]. Named by generated code only.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "the `additional_data` field must be a `graph_entity::AdditionalData`, not `{Self}`",
    label = "declare this field as `graph_entity::AdditionalData`"
)]
pub trait IsAdditionalData {
    fn as_additional_data(&self) -> &AdditionalData;
    fn from_additional_data(data: AdditionalData) -> Self;
}

impl IsAdditionalData for AdditionalData {
    #[inline]
    fn as_additional_data(&self) -> &AdditionalData {
        self
    }
    #[inline]
    fn from_additional_data(data: AdditionalData) -> Self {
        data
    }
}
