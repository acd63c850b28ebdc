//! [`GraphEntity`], the trait of an entity type, and the typed steps that walk from it:
//! [`ItemPath`], [`SingletonPath`], [`CollectionPath`] and [`StreamPath`], each a path that
//! knows the type it leads to and builds the [`Call`]s of that type. The trait's associated
//! functions (`collection()`, `item(k)`, and the CRUD forms `get(k)`, `list()`, ...) start
//! those walks, so the trait and the steps live together.

use core::fmt;
use core::marker::PhantomData;
use core::ops::Deref;

use super::call::Call;
use super::capabilities::{
    AllCapabilities, AllowsDelete, AllowsGet, AllowsInsert, AllowsList, AllowsReplace, AllowsUpdate,
};
use super::key::{self, EntityKey, KeyArgument};
use super::lineage::IsA;
use super::path::{FromPath, Path};
use crate::request::Operation;
use crate::request::query::Property;
use crate::response::page::Page;
use crate::wire::ser::CreateBody;
use crate::wire::structured::Structured;

/// A Graph entity type: a resource with a key, usually addressable through a collection, or,
/// declared `#[graph(keyless)]`, one whose CSDL declares no key (`microsoft.graph.security`),
/// addressed only as a singleton or through single-valued contained navigation.
///
/// Implement it with `#[derive(GraphEntity)]`; the derive also implements `serde::Serialize` and
/// `serde::Deserialize` in the OData JSON format. The associated constants describe the type as
/// the service's CSDL does, and the associated functions build the [`Operation`] (HTTP method
/// and path) of every CRUD request, without doing any I/O: thin forms of the typed steps
/// (`T::get(k)` is `T::item(k).get()`'s operation). Those functions exist only for
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
    /// a singleton or through single-valued contained navigation. [`Keyed`](crate::Keyed) types have a key.
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
    /// The `$select` that reading this type asks for: empty (what Graph sends by default) for
    /// a declared type; for a [`Projection`](crate::Projection), its properties. The typed
    /// steps that read the type ([`CollectionPath::list`], [`ItemPath::get`],
    /// [`SingletonPath::get`]) send it (see [`Operation::with_select`]). A default, empty, so
    /// that a hand-written implementation need not name it.
    const DEFAULT_SELECT: &'static [&'static str] = &[];

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
        key::item_path(Self::COLLECTION_PATH, key.key())
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
        Self::collection().list().into_operation()
    }

    /// `POST {collection}`: create an item. This is the bare operation, whose body is the
    /// caller's: it exists for abstract types too, whose collections take items of their derived
    /// types. [`Self::create_with`], which writes the body from `self`, needs a [`Creatable`]
    /// type.
    fn create() -> Operation
    where
        Self: Addressable,
    {
        Self::collection().create().into_operation()
    }

    /// `GET {item}`: read one item.
    fn get(key: impl KeyArgument<Self::Key>) -> Operation
    where
        Self: Addressable,
    {
        Self::item(key).get().into_operation()
    }

    /// `PATCH {item}`: update one item.
    fn update(key: impl KeyArgument<Self::Key>) -> Operation
    where
        Self: Addressable,
    {
        Self::item(key).update().into_operation()
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
        Self::item(key).delete().into_operation()
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

/// The placeholder of a type's key in templates: the last segment of its OData type and `-id`,
/// as Graph's documentation writes them (`microsoft.graph.user` → `user-id`).
pub fn key_placeholder<T: GraphEntity>() -> String {
    let name = T::ODATA_TYPE.rsplit('.').next().unwrap_or(T::ODATA_TYPE);
    let mut placeholder = String::with_capacity(name.len() + 3);
    placeholder.push_str(name);
    placeholder.push_str("-id");
    placeholder
}

macro_rules! entity_address {
    ($name:ident, $doc:literal) => {
        #[doc = $doc]
        ///
        /// `C` is what the step allows ([`capabilities`](crate::address::capabilities)):
        /// everything by default, less where Graph restricts a contained step.
        pub struct $name<T: GraphEntity, C = AllCapabilities> {
            paths: T::Paths,
            capabilities: PhantomData<fn() -> C>,
        }

        impl<T: GraphEntity, C> $name<T, C> {
            /// The path, every key percent-encoded.
            pub fn path(&self) -> &str {
                self.paths.path().as_str()
            }

            /// The template, a placeholder for every key (`/users/{user-id}`).
            pub fn template(&self) -> &str {
                self.paths.path().template()
            }

            /// `GET`: read the entity (with the `$select` of a projection,
            /// [`GraphEntity::DEFAULT_SELECT`]).
            pub fn get(&self) -> Call<T>
            where
                C: AllowsGet,
            {
                Call::new(http::Method::GET, self.paths.path()).with_select(T::DEFAULT_SELECT)
            }

            /// `PATCH` without a body; see [`Self::update_with`].
            pub fn update(&self) -> Call<()>
            where
                C: AllowsUpdate,
            {
                Call::new(http::Method::PATCH, self.paths.path())
            }

            /// `PATCH` with `patch` as the body: exactly the properties it changes.
            ///
            /// # Errors
            /// When the patch cannot be serialized.
            pub fn update_with(&self, patch: &T::Patch) -> Result<Call<()>, serde_json::Error>
            where
                C: AllowsUpdate,
            {
                self.update().with_json(patch)
            }

            /// `PUT` without a body, where Graph replaces the entity rather than patching it
            /// (the CSDL's `UpdateMethod`: `team/schedule`); see [`Self::replace_with`].
            pub fn replace(&self) -> Call<()>
            where
                C: AllowsReplace,
            {
                Call::new(http::Method::PUT, self.paths.path())
            }

            /// `PUT` with `value` as the body, less what the server owns (as a create body is
            /// written): the entity as it is to be.
            ///
            /// # Errors
            /// When the value cannot be serialized.
            pub fn replace_with(&self, value: &T) -> Result<Call<()>, serde_json::Error>
            where
                T: Structured,
                C: AllowsReplace,
            {
                self.replace().with_json(&CreateBody(value))
            }

            /// The same entity seen as its derived type `D`: a type-cast segment
            /// (`/directoryObjects/{id}/microsoft.graph.user`), which Graph serves. `D` must
            /// derive from `T` (through `#[graph(base)]` fields, at any depth).
            pub fn cast<D, I>(&self) -> ItemPath<D, C>
            where
                D: GraphEntity + IsA<T, I>,
            {
                ItemPath::from_path(self.paths.path().segment(D::ODATA_TYPE))
            }

            /// The media stream of the property `property` (an `Edm.Stream` property, such as a
            /// `driveItem`'s `content`): `{path}/{property}`.
            pub fn stream<P, I>(&self, property: Property<P>) -> StreamPath
            where
                T: IsA<P, I>,
            {
                StreamPath(self.paths.path().segment(property.name()))
            }

            /// The media stream of a media entity: `{path}/$value`.
            pub fn value(&self) -> StreamPath {
                StreamPath(self.paths.path().segment("$value"))
            }

            /// The step struct: contained navigation and bound operations, which this path also
            /// dereferences to.
            pub fn paths(&self) -> &T::Paths {
                &self.paths
            }
        }

        impl<T: GraphEntity, C> Deref for $name<T, C> {
            type Target = T::Paths;
            fn deref(&self) -> &T::Paths {
                &self.paths
            }
        }

        impl<T: GraphEntity, C> Clone for $name<T, C>
        where
            T::Paths: Clone,
        {
            fn clone(&self) -> Self {
                $name {
                    paths: self.paths.clone(),
                    capabilities: PhantomData,
                }
            }
        }

        impl<T: GraphEntity, C> fmt::Debug for $name<T, C> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_tuple(stringify!($name))
                    .field(&self.paths.path().as_str())
                    .finish()
            }
        }

        impl<T: GraphEntity, C> fmt::Display for $name<T, C> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.path())
            }
        }
    };
}

entity_address!(
    ItemPath,
    "One entity of type `T`, by its key (or a single-valued contained navigation): read, update, \
     delete, its contained navigation and its bound operations. See the [module](crate::address)."
);
entity_address!(
    SingletonPath,
    "A singleton of type `T` (`/me`, `/deviceManagement`): read and update, its contained \
     navigation and its bound operations; no key, no list, no create, no delete. See the \
     [module](crate::address)."
);

impl<T: GraphEntity, C> ItemPath<T, C> {
    /// The item at `path`.
    pub fn from_path(path: Path) -> Self {
        ItemPath {
            paths: T::Paths::from_path(path),
            capabilities: PhantomData,
        }
    }

    /// `DELETE`: delete the entity.
    pub fn delete(&self) -> Call<()>
    where
        C: AllowsDelete,
    {
        Call::new(http::Method::DELETE, self.paths.path())
    }
}

impl<T: GraphEntity> SingletonPath<T> {
    /// The singleton at `path` (`/me`), from the service's entity container.
    pub fn root(path: &'static str) -> Self {
        SingletonPath::from_path(Path::root(path))
    }
}

impl<T: GraphEntity, C> SingletonPath<T, C> {
    /// The singleton at `path`.
    pub fn from_path(path: Path) -> Self {
        SingletonPath {
            paths: T::Paths::from_path(path),
            capabilities: PhantomData,
        }
    }
}

/// A collection of `T`: an entity set, a contained collection or a cast of one. Lists, creates,
/// takes a key, and has the operations bound to the collection (such as `delta()`). See the
/// [module](crate::address).
///
/// `C` is what the step allows ([`capabilities`](crate::address::capabilities)): everything by
/// default, less where Graph restricts a contained collection (`calendarView` is listed only).
pub struct CollectionPath<T: GraphEntity, C = AllCapabilities> {
    paths: T::CollectionPaths,
    capabilities: PhantomData<fn() -> C>,
}

impl<T: GraphEntity> CollectionPath<T> {
    /// The entity set at `path` (`/users`), from the service's entity container.
    pub fn root(path: &'static str) -> Self {
        CollectionPath::from_path(Path::root(path))
    }
}

impl<T: GraphEntity, C> CollectionPath<T, C> {
    /// The collection at `path`.
    pub fn from_path(path: Path) -> Self {
        CollectionPath {
            paths: T::CollectionPaths::from_path(path),
            capabilities: PhantomData,
        }
    }

    /// The path, every key percent-encoded.
    pub fn path(&self) -> &str {
        self.paths.path().as_str()
    }

    /// The template, a placeholder for every key (`/users/{user-id}/messages`).
    pub fn template(&self) -> &str {
        self.paths.path().template()
    }

    /// The item `key` of this collection, the key encoded as one segment
    /// ([`push_segment`](crate::push_segment)), an integer key as its digits: `T::Key`'s
    /// [`EntityKey`].
    pub fn item(&self, key: impl KeyArgument<T::Key>) -> ItemPath<T, C> {
        ItemPath::from_path(self.paths.path().key(key.key(), &key_placeholder::<T>()))
    }

    /// `GET`: list the items, a page at a time (with the `$select` of a projection,
    /// [`GraphEntity::DEFAULT_SELECT`]).
    pub fn list(&self) -> Call<Page<T>>
    where
        C: AllowsList,
    {
        Call::new(http::Method::GET, self.paths.path()).with_select(T::DEFAULT_SELECT)
    }

    /// `GET {path}/$count`: how many items there are (`/users/$count`), read from Graph's
    /// `text/plain` answer. Sends `ConsistencyLevel: eventual`, which Graph requires for it on
    /// directory objects.
    pub fn count(&self) -> Call<u64>
    where
        C: AllowsList,
    {
        Call::count(self.paths.path())
    }

    /// `POST` without a body: see [`Self::create_with`].
    pub fn create(&self) -> Call<T>
    where
        C: AllowsInsert,
    {
        Call::new(http::Method::POST, self.paths.path())
    }

    /// `POST` with `value` as the body, less what the server owns (see
    /// [`GraphEntity::create_with`]). `value` may be of a type derived from `T`: its
    /// `@odata.type` is written, as creating in a base type's collection needs. An abstract type
    /// has no create body: that does not compile.
    ///
    /// # Errors
    /// When the value cannot be serialized.
    pub fn create_with<D, I>(&self, value: &D) -> Result<Call<D>, serde_json::Error>
    where
        D: Structured + Creatable + IsA<T, I>,
        C: AllowsInsert,
    {
        Call::<D>::new(http::Method::POST, self.paths.path()).with_json(&CreateBody(value))
    }

    /// The items of the derived type `D`: a type-cast segment
    /// (`/directoryObjects/microsoft.graph.user`).
    pub fn cast<D, I>(&self) -> CollectionPath<D, C>
    where
        D: GraphEntity + IsA<T, I>,
    {
        CollectionPath::from_path(self.paths.path().segment(D::ODATA_TYPE))
    }

    /// The items as the projection `P` (`#[graph(projection_of = ...)]`) of `T` or of a type
    /// derived from `T`: this collection, or, for a projection of a derived type, its
    /// type-cast segment (`/groups/{id}/members/microsoft.graph.user`), so that every item is
    /// of the projected type. Its [`list`](Self::list) sends the projection's `$select`.
    ///
    /// ```
    /// use graph_entity::{CollectionPath, GraphEntity};
    ///
    /// #[derive(GraphEntity)]
    /// #[graph(base = "entity", odata_type = "microsoft.graph.directoryObject", path = "/directoryObjects")]
    /// pub struct DirectoryObject {
    ///     pub id: Option<String>,
    /// }
    ///
    /// #[derive(GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.user", path = "/users")]
    /// pub struct User {
    ///     #[graph(base)]
    ///     pub base: DirectoryObject,
    ///     pub display_name: Option<String>,
    /// }
    ///
    /// #[derive(GraphEntity)]
    /// #[graph(projection_of = User)]
    /// pub struct UserName {
    ///     pub display_name: Option<String>,
    /// }
    ///
    /// let members = DirectoryObject::collection(); // any collection of directory objects
    /// assert_eq!(
    ///     members.project::<UserName, _>().list().to_string(),
    ///     "GET /directoryObjects/microsoft.graph.user",
    /// );
    /// assert_eq!(members.project::<UserName, _>().list().operation().select(), ["displayName"]);
    /// ```
    pub fn project<P, I>(&self) -> CollectionPath<P, C>
    where
        P: crate::Projection + GraphEntity + IsA<T, I>,
    {
        let path = self.paths.path();
        if <P as GraphEntity>::ODATA_TYPE == T::ODATA_TYPE {
            CollectionPath::from_path(path.clone())
        } else {
            CollectionPath::from_path(path.segment(<P as GraphEntity>::ODATA_TYPE))
        }
    }

    /// The step struct: operations bound to the collection, which this path also dereferences
    /// to.
    pub fn paths(&self) -> &T::CollectionPaths {
        &self.paths
    }
}

impl<T: GraphEntity, C> Deref for CollectionPath<T, C> {
    type Target = T::CollectionPaths;
    fn deref(&self) -> &T::CollectionPaths {
        &self.paths
    }
}

impl<T: GraphEntity, C> Clone for CollectionPath<T, C>
where
    T::CollectionPaths: Clone,
{
    fn clone(&self) -> Self {
        CollectionPath {
            paths: self.paths.clone(),
            capabilities: PhantomData,
        }
    }
}

impl<T: GraphEntity, C> fmt::Debug for CollectionPath<T, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("CollectionPath")
            .field(&self.paths.path().as_str())
            .finish()
    }
}

impl<T: GraphEntity, C> fmt::Display for CollectionPath<T, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.path())
    }
}

/// The media stream of a media entity (`$value`) or of an `Edm.Stream` property (a
/// `driveItem`'s `content`): raw bytes with a content type, not JSON.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StreamPath(Path);

impl StreamPath {
    /// The stream at `path`.
    pub(crate) fn from_path(path: Path) -> Self {
        StreamPath(path)
    }

    /// The path.
    pub fn path(&self) -> &str {
        self.0.as_str()
    }

    /// The template.
    pub fn template(&self) -> &str {
        self.0.template()
    }

    /// `GET` the bytes, with `Accept: */*`.
    pub fn get(&self) -> Call<crate::response::Media> {
        Call::new(http::Method::GET, &self.0).with_accept("*/*")
    }

    /// `PUT` the bytes `content`, of the media type `content_type` (`text/plain`,
    /// `image/png`): the body is sent as it is. The response is the media entity's metadata
    /// (for `driveItem` content, the `driveItem`): read it as `R`.
    pub fn put<R>(&self, content_type: &str, content: Vec<u8>) -> Call<R> {
        Call::new(http::Method::PUT, &self.0).with_bytes(content_type, content)
    }
}
