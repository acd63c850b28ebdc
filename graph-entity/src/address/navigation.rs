//! Non-contained navigation: steps to entities that live elsewhere and are only related to this
//! one (`/groups/{group-id}/members`, `/me/manager`, `/me/drive`), each with what Graph allows
//! there, as a type.
//!
//! A contained collection ([`CollectionPath`](super::CollectionPath)) owns its entities: they
//! are created, updated and deleted in it. A non-contained navigation does not: a group's
//! `members` are users, groups and devices that live in their own entity sets, and the
//! relationship itself is what changes, through `$ref`. So the steps here read (list, get,
//! casts, `/$count`), and change only what the navigation's [`Allows`] says:
//!
//! - [`ReadOnly`]: nothing (`memberOf`, `transitiveMembers`, `directReports`);
//! - [`ByReference`]: references, `$ref` (`members`, `owners`, `manager`);
//! - [`Creates`]: a `POST` creates an entity of the target (`driveItem.children`).
//!
//! What each navigation of Graph allows comes from the CSDL's Capabilities annotations and,
//! where they are silent, from Graph's documented behaviour; the generated crate carries the
//! table. An operation a step does not allow is a compile error that says what to use instead.
//!
//! The [`address`](crate::address#non-contained-navigation) module shows them at work.

use core::fmt;
use core::marker::PhantomData;
use core::ops::Deref;

use super::call::{Bind, Call};
use super::entity::{Addressable, Creatable, GraphEntity, StreamPath, key_placeholder};
use super::key::KeyArgument;
use super::lineage::IsA;
use super::path::{FromPath, Path};
use crate::request::query::Property;
use crate::response::Reference;
use crate::response::page::Page;
use crate::wire::ser::CreateBody;
use crate::wire::structured::Structured;

mod sealed {
    pub trait Sealed {}
}

/// What a non-contained navigation allows beyond reading: the second parameter of
/// [`NavigationPath`] and [`RelatedPath`]. Implemented by [`ReadOnly`], [`ByReference`],
/// [`Creates`] and [`Referenced`] only.
pub trait Allows: sealed::Sealed {
    /// What one entity of such a collection allows: [`Referenced`] in a collection changed by
    /// `$ref` (its reference can be removed), else [`ReadOnly`].
    type Item: Allows;
}

/// Reading only: Graph changes the navigation when its other side changes (`memberOf`,
/// `transitiveMembers`, `directReports`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ReadOnly;

/// Changed through references, `$ref` (`group.members`, `group.owners`, `user.manager`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ByReference;

/// One entity of a collection changed through `$ref`: its reference can be removed
/// (`DELETE /groups/{group-id}/members/{id}/$ref`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Referenced;

/// A `POST` to the navigation creates an entity of its target (`driveItem.children`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Creates;

impl sealed::Sealed for ReadOnly {}
impl sealed::Sealed for ByReference {}
impl sealed::Sealed for Referenced {}
impl sealed::Sealed for Creates {}

impl Allows for ReadOnly {
    type Item = ReadOnly;
}
impl Allows for ByReference {
    type Item = Referenced;
}
impl Allows for Referenced {
    type Item = ReadOnly;
}
impl Allows for Creates {
    type Item = ReadOnly;
}

/// A navigation through which Graph creates entities ([`Creates`]).
#[diagnostic::on_unimplemented(
    message = "this navigation does not create entities (it is `{Self}`)",
    label = "Graph creates nothing through this navigation",
    note = "to relate an existing entity, add a reference where the navigation takes them: `group.members().refs().add::<User, _>(id)`; to create an entity, post it to its own entity set: `User::collection().create_with(&user)`"
)]
pub trait AllowsCreate: Allows {}
impl AllowsCreate for Creates {}

/// A navigation changed through `$ref` ([`ByReference`]).
#[diagnostic::on_unimplemented(
    message = "this navigation is not changed through `$ref` (it is `{Self}`)",
    label = "Graph takes no reference here",
    note = "a read-only navigation (`memberOf`, `transitiveMembers`, `directReports`) changes when its other side does: add the member on the group, `Group::item(id).members().refs().add::<User, _>(user_id)`"
)]
pub trait AllowsReferences: Allows {}
impl AllowsReferences for ByReference {}

/// An entity whose reference can be removed: one of a collection changed by `$ref`
/// ([`Referenced`]), or a single-valued navigation changed by `$ref` ([`ByReference`]).
#[diagnostic::on_unimplemented(
    message = "this entity's reference cannot be removed here (it is `{Self}`)",
    label = "Graph takes no `$ref` delete here",
    note = "remove the relationship where Graph keeps it: `Group::item(id).members().item(member_id).remove_ref()`"
)]
pub trait AllowsRemoveReference: Allows {}
impl AllowsRemoveReference for ByReference {}
impl AllowsRemoveReference for Referenced {}

/// The types a collection-valued navigation may hold: the third parameter of
/// [`NavigationPath`]. [`Unconstrained`] admits every type derived from the target; a
/// navigation declared with `admits(User, Group)` (the CSDL's `DerivedTypeConstraint`) gets a
/// generated marker (`GroupMembersAdmits`) that admits those only. Its casts, `$ref` and
/// `@odata.bind` take an admitted type and no other.
#[diagnostic::on_unimplemented(
    message = "this navigation does not hold `{D}`: the CSDL's derived-type constraint admits only the types `{Self}` lists",
    label = "`{D}` is not among the types this navigation holds",
    note = "the navigation's `admits(...)` lists the types it holds, and the docs of `{Self}` repeat them: use one of those, or a navigation that holds `{D}`"
)]
pub trait Admits<D> {}

/// Every type derived from a navigation's target: the default third parameter of
/// [`NavigationPath`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Unconstrained;

impl<D> Admits<D> for Unconstrained {}

/// The `@odata.id` of the entity `key` of `D`: `{service root}{entity set}/{key}`, the root
/// filled in when the request is built. The entity set is the navigation's binding (the CSDL's
/// `NavigationPropertyBinding`: `/directoryObjects` for `group.members`) where it has one, else
/// `D`'s own.
fn reference_to<D: Addressable>(
    binding: Option<&'static str>,
    key: impl KeyArgument<D::Key>,
) -> String {
    Path::root(binding.unwrap_or(D::COLLECTION_PATH))
        .key(key.key(), &key_placeholder::<D>())
        .as_str()
        .to_owned()
}

/// The navigation property a path ends in: its last segment (a navigation's name is a plain
/// identifier, never encoded).
fn navigation_name(path: &Path) -> &str {
    path.as_str().rsplit('/').next().unwrap_or_default()
}

impl<T: GraphEntity> Call<T> {
    /// This create call's body with `{navigation}@odata.bind`, the navigation chosen among the
    /// steps of `T`: `.bind(|group| group.owners().bind::<User, _>([id]))` relates the new group
    /// to its owners in the one request (see [`NavigationPath::bind`]). Only a navigation
    /// changed through references offers `bind`, and only entities of its target type are
    /// taken.
    ///
    #[must_use]
    pub fn bind(self, navigation: impl FnOnce(&T::Paths) -> Bind) -> Self {
        // The steps only name the navigation: any path will do for the entity being written.
        let steps = <T::Paths as FromPath>::from_path(Path::root("/"));
        self.with_bind(navigation(&steps))
    }
}

/// A collection-valued navigation that does not contain its entities
/// (`/groups/{group-id}/members`): list, one entity by key, casts and `/$count`; references or
/// creation where `A` allows them. See the [module](crate::address#non-contained-navigation).
pub struct NavigationPath<T, A = ReadOnly, C = Unconstrained> {
    path: Path,
    binding: Option<&'static str>,
    marker: Markers<T, A, C>,
}

/// The type parameters of a [`NavigationPath`], held as `fn() -> _`: covariant, `Send` and
/// `Sync` whatever they are.
type Markers<T, A, C> = PhantomData<fn() -> (T, A, C)>;

impl<T: GraphEntity, A: Allows, C> NavigationPath<T, A, C> {
    /// The navigation at `path`.
    pub fn from_path(path: Path) -> Self {
        NavigationPath {
            path,
            binding: None,
            marker: PhantomData,
        }
    }

    /// This navigation bound to the entity set `entity_set` (`/directoryObjects`), the CSDL's
    /// `NavigationPropertyBinding`: its references' URLs (`$ref`, `@odata.bind`) are written
    /// under it rather than under the related type's own entity set. Generated steps set it.
    #[must_use]
    pub fn bound_to(mut self, entity_set: &'static str) -> Self {
        self.binding = Some(entity_set);
        self
    }

    /// The path, every key percent-encoded.
    pub fn path(&self) -> &str {
        self.path.as_str()
    }

    /// The template, a placeholder for every key (`/groups/{group-id}/members`).
    pub fn template(&self) -> &str {
        self.path.template()
    }

    /// `GET`: list the related entities, a page at a time (with the `$select` of a projection,
    /// [`GraphEntity::DEFAULT_SELECT`]). A collection of a base type holds derived types: read
    /// the page as a `GraphPolymorphic` enum (`Page<AnyDirectoryObject>`) to keep each one's
    /// own properties, or [`cast`](Self::cast) to one type.
    pub fn list(&self) -> Call<Page<T>> {
        Call::new(http::Method::GET, &self.path).with_select(T::DEFAULT_SELECT)
    }

    /// The related entity `key`, encoded as one segment ([`push_segment`](crate::push_segment)).
    pub fn item(&self, key: impl KeyArgument<T::Key>) -> RelatedPath<T, A::Item> {
        RelatedPath {
            binding: self.binding,
            ..RelatedPath::from_path(self.path.key(key.key(), &key_placeholder::<T>()))
        }
    }

    /// Only the related entities of the derived type `D`: a cast segment
    /// (`/groups/{group-id}/members/microsoft.graph.user`), read only: Graph changes the
    /// references of the navigation itself, not of a cast of it.
    pub fn cast<D, I>(&self) -> NavigationPath<D, ReadOnly>
    where
        D: GraphEntity + IsA<T, I>,
        C: Admits<D>,
    {
        NavigationPath::from_path(self.path.segment(D::ODATA_TYPE))
    }

    /// `GET {path}/$count`: how many related entities there are, read from Graph's `text/plain`
    /// answer. Sends `ConsistencyLevel: eventual`, which Graph requires for it on directory
    /// objects.
    pub fn count(&self) -> Call<u64> {
        Call::count(&self.path)
    }

    /// `POST` without a body, where the navigation creates entities ([`Creates`]); see
    /// [`Self::create_with`].
    pub fn create(&self) -> Call<T>
    where
        A: AllowsCreate,
    {
        Call::new(http::Method::POST, &self.path)
    }

    /// `POST` with `value` as the body, less what the server owns, where the navigation creates
    /// entities ([`Creates`]): `POST /me/drive/root/children` creates a folder or a file.
    ///
    /// # Errors
    /// When the value cannot be serialized.
    pub fn create_with<D, I>(&self, value: &D) -> Result<Call<D>, serde_json::Error>
    where
        A: AllowsCreate,
        D: Structured + Creatable + IsA<T, I>,
    {
        Call::<D>::new(http::Method::POST, &self.path).with_json(&CreateBody(value))
    }

    /// `{navigation}@odata.bind` with the entities `keys` of `D`, for a create or update body
    /// ([`Call::bind`], [`Call::with_bind`]): relates them as the entity is written, where the
    /// navigation is changed through references ([`ByReference`]). `D` must be a `T`, as for
    /// [`References::add`]; each URL is absolute, under the root the request is built under.
    ///
    /// ```
    /// # use graph_entity::{GraphEntity, ServiceRoot, Query};
    /// # #[derive(GraphEntity, Default)]
    /// # #[graph(base = "entity", odata_type = "microsoft.graph.directoryObject", path = "/directoryObjects")]
    /// # pub struct DirectoryObject { pub id: Option<String> }
    /// # #[derive(GraphEntity, Default)]
    /// # #[graph(odata_type = "microsoft.graph.user", path = "/users")]
    /// # pub struct User { #[graph(base)] pub base: DirectoryObject }
    /// #[derive(GraphEntity, Default)]
    /// #[graph(odata_type = "microsoft.graph.group", path = "/groups",
    ///         navigation(name = "owners", target = DirectoryObject, references))]
    /// pub struct Group {
    ///     #[graph(base)]
    ///     pub base: DirectoryObject,
    ///     pub display_name: Option<String>,
    /// }
    ///
    /// let group = Group { display_name: Some("Ops".into()), ..Group::default() };
    /// let create = Group::collection()
    ///     .create_with(&group)?
    ///     .bind(|group| group.owners().bind::<User, _>(["u1"]));
    /// let request = ServiceRoot::v1().build(create, &Query::new())?;
    /// assert_eq!(
    ///     std::str::from_utf8(request.body().as_bytes().unwrap())?,
    ///     r##"{"@odata.type":"#microsoft.graph.group","displayName":"Ops","owners@odata.bind":["https://graph.microsoft.com/v1.0/users/u1"]}"##
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn bind<D, I>(&self, keys: impl IntoIterator<Item: KeyArgument<D::Key>>) -> Bind
    where
        A: AllowsReferences,
        D: Addressable + IsA<T, I>,
        C: Admits<D>,
    {
        Bind::new(
            navigation_name(&self.path),
            keys.into_iter()
                .map(|key| reference_to::<D>(self.binding, key))
                .collect(),
            true,
        )
    }

    /// The references of the navigation, `{path}/$ref`, where it is changed through them
    /// ([`ByReference`]).
    pub fn refs(&self) -> References<T, C>
    where
        A: AllowsReferences,
    {
        References {
            path: self.path.segment("$ref"),
            binding: self.binding,
            marker: PhantomData,
        }
    }
}

impl<T, A, C> Clone for NavigationPath<T, A, C> {
    fn clone(&self) -> Self {
        NavigationPath {
            path: self.path.clone(),
            binding: self.binding,
            marker: PhantomData,
        }
    }
}

impl<T, A, C> fmt::Debug for NavigationPath<T, A, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("NavigationPath")
            .field(&self.path.as_str())
            .finish()
    }
}

impl<T, A, C> fmt::Display for NavigationPath<T, A, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.path.as_str())
    }
}

/// The references of a collection-valued navigation changed through `$ref`
/// (`/groups/{group-id}/members/$ref`): list, add; remove one with
/// `members().item(key).remove_ref()`.
pub struct References<T, C = Unconstrained> {
    path: Path,
    binding: Option<&'static str>,
    marker: PhantomData<fn() -> (T, C)>,
}

impl<T: GraphEntity, C> References<T, C> {
    /// The path (`…/members/$ref`).
    pub fn path(&self) -> &str {
        self.path.as_str()
    }

    /// The template (`/groups/{group-id}/members/$ref`).
    pub fn template(&self) -> &str {
        self.path.template()
    }

    /// `GET {path}/$ref`: a page of the related entities' `@odata.id`s.
    pub fn list(&self) -> Call<Page<Reference>> {
        Call::new(http::Method::GET, &self.path)
    }

    /// `POST {path}/$ref` with `{"@odata.id": "{root}{D's entity set}/{key}"}`: relates the
    /// entity `key` of `D`, which must be a `T` (a user or a group can be added to `members`
    /// of directory objects; a drive item cannot). The URL is absolute, under the root the
    /// request is built under, and the key is encoded as in a path.
    pub fn add<D, I>(&self, key: impl KeyArgument<D::Key>) -> Call<()>
    where
        D: Addressable + IsA<T, I>,
        C: Admits<D>,
    {
        let operation = Call::<()>::new(http::Method::POST, &self.path)
            .into_operation()
            .with_reference(reference_to::<D>(self.binding, key));
        Call::from_operation(operation)
    }
}

impl<T, C> Clone for References<T, C> {
    fn clone(&self) -> Self {
        References {
            path: self.path.clone(),
            binding: self.binding,
            marker: PhantomData,
        }
    }
}

impl<T, C> fmt::Debug for References<T, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("References")
            .field(&self.path.as_str())
            .finish()
    }
}

/// One related entity: a single-valued navigation that does not contain it (`/me/manager`,
/// `/me/drive`), or one entity of a [`NavigationPath`]. Reads it, leads on to its own steps
/// (it dereferences to `T::Paths`: `me.drive().root().children()`), and changes the reference
/// where `A` allows it. See the [module](crate::address#non-contained-navigation).
pub struct RelatedPath<T: GraphEntity, A = ReadOnly> {
    paths: T::Paths,
    binding: Option<&'static str>,
    marker: PhantomData<fn() -> A>,
}

impl<T: GraphEntity, A: Allows> RelatedPath<T, A> {
    /// The related entity at `path`.
    pub fn from_path(path: Path) -> Self {
        RelatedPath {
            paths: T::Paths::from_path(path),
            binding: None,
            marker: PhantomData,
        }
    }

    /// This navigation bound to the entity set `entity_set` (`/directoryObjects`), the CSDL's
    /// `NavigationPropertyBinding`: its reference's URL (`$ref`, `@odata.bind`) is written
    /// under it rather than under the related type's own entity set. Generated steps set it.
    #[must_use]
    pub fn bound_to(mut self, entity_set: &'static str) -> Self {
        self.binding = Some(entity_set);
        self
    }

    /// The path, every key percent-encoded.
    pub fn path(&self) -> &str {
        self.paths.path().as_str()
    }

    /// The template, a placeholder for every key (`/users/{user-id}/manager`).
    pub fn template(&self) -> &str {
        self.paths.path().template()
    }

    /// `GET`: read the related entity (with the `$select` of a projection).
    pub fn get(&self) -> Call<T> {
        Call::new(http::Method::GET, self.paths.path()).with_select(T::DEFAULT_SELECT)
    }

    /// The related entity seen as its derived type `D`: a cast segment
    /// (`/users/{user-id}/manager/microsoft.graph.user`).
    pub fn cast<D, I>(&self) -> RelatedPath<D, A>
    where
        D: GraphEntity + IsA<T, I>,
    {
        RelatedPath::from_path(self.paths.path().segment(D::ODATA_TYPE))
    }

    /// The media stream of the property `property` (a `driveItem`'s `content`):
    /// `{path}/{property}`.
    pub fn stream<P, I>(&self, property: Property<P>) -> StreamPath
    where
        T: IsA<P, I>,
    {
        StreamPath::from_path(self.paths.path().segment(property.name()))
    }

    /// `PUT {path}/$ref` with `{"@odata.id": "{root}{D's entity set}/{key}"}`: sets a
    /// single-valued navigation changed through `$ref` (`PUT /users/{user-id}/manager/$ref`).
    pub fn set_ref<D, I>(&self, key: impl KeyArgument<D::Key>) -> Call<()>
    where
        A: AllowsReferences,
        D: Addressable + IsA<T, I>,
    {
        let operation = Call::<()>::new(http::Method::PUT, &self.paths.path().segment("$ref"))
            .into_operation()
            .with_reference(reference_to::<D>(self.binding, key));
        Call::from_operation(operation)
    }

    /// `{navigation}@odata.bind` with the entity `key` of `D`, for a create or update body
    /// ([`Call::bind`], [`Call::with_bind`]): sets a single-valued navigation changed through
    /// references as the entity is written. `D` must be a `T`.
    pub fn bind<D, I>(&self, key: impl KeyArgument<D::Key>) -> Bind
    where
        A: AllowsReferences,
        D: Addressable + IsA<T, I>,
    {
        Bind::new(
            navigation_name(self.paths.path()),
            vec![reference_to::<D>(self.binding, key)],
            false,
        )
    }

    /// `DELETE {path}/$ref`: removes the reference, not the entity
    /// (`DELETE /groups/{group-id}/members/{id}/$ref`, `DELETE /users/{user-id}/manager/$ref`).
    pub fn remove_ref(&self) -> Call<()>
    where
        A: AllowsRemoveReference,
    {
        Call::new(http::Method::DELETE, &self.paths.path().segment("$ref"))
    }

    /// The step struct of `T`, which this path also dereferences to.
    pub fn paths(&self) -> &T::Paths {
        &self.paths
    }
}

impl<T: GraphEntity, A> Deref for RelatedPath<T, A> {
    type Target = T::Paths;
    fn deref(&self) -> &T::Paths {
        &self.paths
    }
}

impl<T: GraphEntity, A> Clone for RelatedPath<T, A>
where
    T::Paths: Clone,
{
    fn clone(&self) -> Self {
        RelatedPath {
            paths: self.paths.clone(),
            binding: self.binding,
            marker: PhantomData,
        }
    }
}

impl<T: GraphEntity, A> fmt::Debug for RelatedPath<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("RelatedPath")
            .field(&self.paths.path().as_str())
            .finish()
    }
}

impl<T: GraphEntity, A> fmt::Display for RelatedPath<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.paths.path().as_str())
    }
}
