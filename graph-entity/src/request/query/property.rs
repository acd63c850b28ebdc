//! Property names: [`Property<T>`], a name of the entity type `T`, and the traits that decide
//! which names a query over `T` takes.

use core::fmt;
use core::marker::PhantomData;

/// The entity type of a query whose property names are free `&'static str` names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Untyped;

/// The JSON name of a property of `T`.
///
/// For [`Untyped`] queries any `&'static str` converts into one. For a declared type, the
/// names come from the type itself: the derive generates one constant per property
/// (`Connector::SERVER_NAME`, see [`attributes`](crate::attributes#property-names)), so a
/// query over that type takes no other name (but those of the types it derives from).
pub struct Property<T: ?Sized = Untyped> {
    pub(super) name: &'static str,
    owner: PhantomData<fn() -> T>,
}

impl<T: ?Sized> Property<T> {
    /// The property `name` of `T`. Generated code declares these; writing one by hand opts out
    /// of the check that the name exists.
    pub const fn declared(name: &'static str) -> Self {
        Property {
            name,
            owner: PhantomData,
        }
    }

    /// The JSON name.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// This property as one of `U`: `T` itself, or a type derived from `T`. For one array of
    /// the properties of a type and of its bases, as in
    /// `.select([WebApp::APP_URL, MobileApp::DISPLAY_NAME.for_type()])`.
    pub fn for_type<U>(self) -> Property<U>
    where
        Self: IntoProperty<U>,
    {
        self.into_property()
    }
}

impl<T: ?Sized> Clone for Property<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for Property<T> {}

impl<T: ?Sized> PartialEq for Property<T> {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl<T: ?Sized> Eq for Property<T> {}

impl<T: ?Sized> fmt::Debug for Property<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Property").field(&self.name).finish()
    }
}

impl From<&'static str> for Property<Untyped> {
    fn from(name: &'static str) -> Self {
        Property::declared(name)
    }
}

/// What names a property of `T`: a [`Property<T>`]; for a type `T` derived (through
/// `#[graph(base)]` fields) from `B`, a `Property<B>` as well; for [`Untyped`] queries, a
/// `&'static str`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not name a property of `{T}`",
    label = "not a property of `{T}`",
    note = "a query over a declared type takes only the property names declared for that type and for the types it derives from; \
            free `&'static str` names are for untyped queries, `Query::new()`"
)]
pub trait IntoProperty<T: ?Sized> {
    /// The property.
    fn into_property(self) -> Property<T>;
}

impl<T: ?Sized> IntoProperty<T> for Property<T> {
    fn into_property(self) -> Property<T> {
        self
    }
}

impl IntoProperty<Untyped> for &'static str {
    fn into_property(self) -> Property<Untyped> {
        Property::declared(self)
    }
}

/// The types whose properties `Self` has: itself, and, for a type with a `#[graph(base)]`
/// field, every type it derives from. Every type is its own (a blanket impl), and
/// `#[derive(GraphEntity)]` implements the rest; do not implement it by hand.
///
/// Through it a query over a derived type takes its bases' property names as well:
/// a `Query<WebApp>` selects `MobileApp::DISPLAY_NAME` when `WebApp` derives from `MobileApp`.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "the properties of `{A}` are not inherited: `{A}` is neither `{Self}` nor a type `{Self}` derives from",
    label = "a property of `{A}`, not of the query's type or of a type it derives from",
    note = "a query over a derived type takes the property names of that type and of the types it derives from (through `#[graph(base)]` fields), not those of other types"
)]
pub trait InheritsProperties<A: ?Sized> {}

// Every type has its own properties: one blanket impl rather than one generated per type.
impl<T: ?Sized> InheritsProperties<T> for T {}
