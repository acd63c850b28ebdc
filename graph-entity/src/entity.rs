//! The traits that derived types implement.

use crate::additional::AdditionalData;
use crate::address::{CollectionPath, FromPath, ItemPath, Path};
use crate::operation::Operation;
use crate::path::{self, EntityKey, KeyArgument};
use crate::ser::{CreateBody, PatchFields};
use crate::structured::Structured;

/// A Graph entity type: a resource with a key, usually addressable through a collection, or,
/// declared `#[graph(keyless)]`, one whose CSDL declares no key (`microsoft.graph.security`),
/// addressed only as a singleton or through single-valued contained navigation.
///
/// Implement it with `#[derive(GraphEntity)]`; the derive also implements `serde::Serialize` and
/// `serde::Deserialize` in the OData JSON format. The associated constants describe the type as
/// the service's CSDL does, and the associated functions build the [`Operation`] (HTTP method
/// and path) of every CRUD request, without doing any I/O. Those functions exist only for
/// [`Addressable`] types, the ones with a collection path.
///
/// ```
/// # #[cfg(feature = "resources")] {
/// use graph_entity::GraphEntity;
/// use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
///
/// assert_eq!(Connector::ODATA_TYPE, "microsoft.graph.deviceManagementExchangeConnector");
/// assert_eq!(Connector::ITEM_PATH, "/deviceManagement/exchangeConnectors/{id}");
/// let get = Connector::get("a/b c");
/// assert_eq!(get.to_string(), "GET /deviceManagement/exchangeConnectors/a%2Fb%20c");
/// let delete = Connector::delete("..");
/// assert_eq!(delete.to_string(), "DELETE /deviceManagement/exchangeConnectors('..')");
/// # }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a Graph entity type",
    label = "not declared with `#[derive(GraphEntity)]` and a key",
    note = "declare `{Self}` with `#[derive(GraphEntity)]`, with `base = \"entity\"` and an `id` field (or a `#[graph(key)]` field), or with `keyless` if its CSDL entity type has no key"
)]
pub trait GraphEntity: Sized {
    /// The generated patch type: the properties an update changes, and nothing else.
    type Patch: serde::Serialize + Default;
    /// What one entity of this type leads to: its contained navigation and its bound actions
    /// and functions, as methods that [`ItemPath<Self>`] and [`SingletonPath<Self>`]
    /// dereference to. The derive generates `<Name>Paths`; see [`address`](crate::address).
    ///
    /// [`SingletonPath<Self>`]: crate::address::SingletonPath
    type Paths: FromPath;
    /// The type of the key: `str` for a string key (and for a `#[graph(keyless)]` type, which
    /// has none), or the Edm integer of an integer key field (`i32` for `Option<i32>`, `i64`
    /// for `Option<i64>` or `Option<edm::Int64>`). The functions that take a key take a
    /// [`KeyArgument`] of it: `get("c1")`, `item(3)`.
    type Key: EntityKey + ?Sized;
    /// The operations bound to a collection of this type (such as `delta()`), as methods that
    /// [`CollectionPath<Self>`] dereferences to. The derive generates `<Name>CollectionPaths`.
    type CollectionPaths: FromPath;

    /// The namespace-qualified OData type, without `#`.
    const ODATA_TYPE: &'static str;
    /// The namespace-qualified base type, if the type derives from one.
    const BASE_TYPE: Option<&'static str>;
    /// The JSON name of the key property; `""` for a `#[graph(keyless)]` type, an entity type
    /// whose CSDL declares no key (`microsoft.graph.security`, `reportRoot`), addressed only as
    /// a singleton or through single-valued contained navigation. [`Keyed`] types have a key.
    const KEY_PROPERTY: &'static str;
    /// The collection's path under the service root, e.g. `/deviceManagement/exchangeConnectors`.
    ///
    /// Only [`Addressable`] types have one: for a type declared without `path`, naming this
    /// constant is a compile-time error (of constant evaluation) that says so.
    const COLLECTION_PATH: &'static str;
    /// The item path template, e.g. `/deviceManagement/exchangeConnectors/{id}`; like
    /// [`Self::COLLECTION_PATH`], only [`Addressable`] types have one.
    const ITEM_PATH: &'static str;
    /// The JSON names of the declared properties, in declaration order.
    const PROPERTIES: &'static [&'static str];
    /// The names of the bound actions, in declaration order, once each; a default, empty, so
    /// that a hand-written implementation need not name it.
    const ACTIONS: &'static [&'static str] = &[];
    /// The names of the bound functions, in declaration order, once each (overloads share
    /// one); a default, empty, so that a
    /// hand-written implementation need not name it.
    const FUNCTIONS: &'static [&'static str] = &[];
    /// Whether the type is abstract (`#[graph(abstract)]`, the CSDL's `Abstract="true"`): it has
    /// no instances of its own, only of its derived types, and so no create body; it is not
    /// [`Creatable`]. A default, `false`, so that a hand-written implementation need not name
    /// it.
    const ABSTRACT: bool = false;

    /// The key of this value, if it has one (a create body has none); always `None` for a
    /// `#[graph(keyless)]` type, which has no key property.
    fn key(&self) -> Option<&Self::Key>;

    /// The path of the item with `key`: `{collection}/{key}`, the key percent-encoded as exactly
    /// one path segment, or, for the keys `""`, `"."` and `".."` (which as a segment would be
    /// the collection or a dot-segment), OData's parenthesized form `{collection}('{key}')`. So
    /// no key can change the path's shape: see [`item_path`](crate::item_path). An integer key
    /// is written as its digits (`{collection}/3`).
    fn item_path(key: impl KeyArgument<Self::Key>) -> String
    where
        Self: Addressable,
    {
        path::item_path(Self::COLLECTION_PATH, key.key())
    }

    /// The collection at [`Self::COLLECTION_PATH`], as a typed path: its items, their
    /// contained navigation and bound operations (see [`address`](crate::address)).
    ///
    /// ```
    /// # #[cfg(feature = "resources")] {
    /// use graph_entity::GraphEntity;
    /// use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
    ///
    /// let get = Connector::collection().item("c1").get();
    /// assert_eq!(get.to_string(), "GET /deviceManagement/exchangeConnectors/c1");
    /// # }
    /// ```
    fn collection() -> CollectionPath<Self>
    where
        Self: Addressable,
    {
        CollectionPath::from_path(Path::root(Self::COLLECTION_PATH))
    }

    /// The item `key` of [`Self::collection`], as a typed path.
    fn item(key: impl KeyArgument<Self::Key>) -> ItemPath<Self>
    where
        Self: Addressable,
    {
        Self::collection().item(key)
    }

    /// `GET {collection}`: list the items.
    fn list() -> Operation
    where
        Self: Addressable,
    {
        Operation::new(http::Method::GET, Self::COLLECTION_PATH.to_owned())
    }

    /// `POST {collection}`: create an item. This is the bare operation, whose body is the
    /// caller's: it exists for abstract types too, whose collections take items of their derived
    /// types. [`Self::create_with`], which writes the body from `self`, needs a [`Creatable`]
    /// type.
    fn create() -> Operation
    where
        Self: Addressable,
    {
        Operation::new(http::Method::POST, Self::COLLECTION_PATH.to_owned())
    }

    /// `GET {item}`: read one item.
    fn get(key: impl KeyArgument<Self::Key>) -> Operation
    where
        Self: Addressable,
    {
        Operation::new(http::Method::GET, Self::item_path(key))
    }

    /// `PATCH {item}`: update one item.
    fn update(key: impl KeyArgument<Self::Key>) -> Operation
    where
        Self: Addressable,
    {
        Operation::new(http::Method::PATCH, Self::item_path(key))
    }

    /// `POST {collection}` with this value as the body, less what the server owns: its key, its
    /// `#[graph(read_only)]` properties, control information (`@odata.etag`, `@odata.context`,
    /// ...; but `@odata.type`, which is kept), instance annotations (`@microsoft.graph.tips`)
    /// and property annotations (`name@odata.type`). So a value that was read can be sent back
    /// as a create body as it is. Unknown plain properties kept in `additional_data` are sent:
    /// they may be properties of a newer schema, or of an open type; remove them from
    /// `additional_data` to leave them out. See [`CreateBody`](crate::CreateBody).
    ///
    /// Only a [`Creatable`] type has a create body: for an abstract type
    /// (`#[graph(abstract)]`) this is a compile error at the call; create one of its derived
    /// types, whose body names its own `@odata.type` and which is posted to the base's
    /// collection.
    ///
    /// # Errors
    /// When the value cannot be serialized.
    fn create_with(&self) -> Result<Operation, serde_json::Error>
    where
        Self: Structured + Addressable + Creatable,
    {
        Self::create().with_json(&CreateBody(self))
    }

    /// `PATCH {item}` with `patch` as the body: exactly the properties it changes.
    ///
    /// # Errors
    /// When the patch cannot be serialized.
    fn update_with(
        key: impl KeyArgument<Self::Key>,
        patch: &Self::Patch,
    ) -> Result<Operation, serde_json::Error>
    where
        Self: Addressable,
    {
        Self::update(key).with_json(patch)
    }

    /// `DELETE {item}`: delete one item.
    fn delete(key: impl KeyArgument<Self::Key>) -> Operation
    where
        Self: Addressable,
    {
        Operation::new(http::Method::DELETE, Self::item_path(key))
    }
}

/// A [`GraphEntity`] with a collection path: the types whose items the CRUD functions of
/// [`GraphEntity`] (`get`, `list`, `create`, `update`, `delete`, `item_path`, `create_with`,
/// `update_with`) and the generated bound-action functions address.
///
/// `#[derive(GraphEntity)]` implements it for an entity declared with `path = "/..."`, and for a
/// derived entity (one with a `#[graph(base)]` field) exactly when its base type is addressable.
/// Calling one of those functions on any other entity is a compile error at the call, which
/// `cargo check` reports. Do not implement it by hand.
///
/// ```
/// use graph_entity::{Addressable, GraphEntity};
/// use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
///
/// // A string key: `Key = str` (an integer key would be `Key = i32`, or `i64`, ...).
/// fn delete_all<T: Addressable + GraphEntity<Key = str>>(keys: &[&str]) -> Vec<String> {
///     keys.iter().map(|key| T::delete(key).to_string()).collect()
/// }
/// assert_eq!(
///     delete_all::<Connector>(&["c1"]),
///     ["DELETE /deviceManagement/exchangeConnectors/c1"],
/// );
/// ```
///
/// An entity without `path` (here, one held only inside other resources) has no such functions:
///
/// ```compile_fail
/// use graph_entity::GraphEntity;
///
/// #[derive(GraphEntity)]
/// #[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory")]
/// struct DeviceCategory {
///     id: Option<String>,
/// }
///
/// let _ = DeviceCategory::get("c1"); // error: `DeviceCategory` is not addressable
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not addressable: it was declared without `path`",
    label = "`{Self}` has no collection path, so it has no item to address",
    note = "add `path = \"/...\"` to the `#[graph(...)]` of `{Self}` (or of the base type it derives from), or do not address it; a `keyless` type has no collection: reach it through its singleton or a parent's `contains(..., single)`"
)]
pub trait Addressable: GraphEntity {}

/// A [`GraphEntity`] that has a create body of its own: every entity type but an abstract one.
///
/// `#[derive(GraphEntity)]` implements it for every entity not declared `#[graph(abstract)]`
/// (the CSDL's `Abstract="true"`). A derived type of an abstract base is concrete, and so
/// `Creatable`, unless it is marked `abstract` itself. [`GraphEntity::create_with`] needs it, so
/// that creating an abstract type is a compile error at the call. A hand-written entity
/// implements it to be created with `create_with`.
///
/// ```compile_fail
/// use graph_entity::GraphEntity;
///
/// #[derive(GraphEntity)]
/// #[graph(
///     base = "entity",
///     odata_type = "microsoft.graph.deviceCompliancePolicy",
///     path = "/deviceManagement/deviceCompliancePolicies",
///     abstract
/// )]
/// struct DeviceCompliancePolicy {
///     id: Option<String>,
///     display_name: Option<String>,
/// }
///
/// let policy = DeviceCompliancePolicy { id: None, display_name: None };
/// let _ = policy.create_with(); // error: `DeviceCompliancePolicy` is abstract
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is abstract: create one of its derived types",
    label = "`{Self}` is declared `#[graph(abstract)]`, so it has no create body of its own",
    note = "build a value of a derived type (one with a `#[graph(base)]` field of type `{Self}`) and call `create_with` on it: it is posted to the same collection, with its own `@odata.type`"
)]
pub trait Creatable: GraphEntity {}

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
pub trait GraphBase: Structured {
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
