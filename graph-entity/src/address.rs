//! Typed addresses: every path Graph gives a type, built step by step and checked by the
//! compiler.
//!
//! One Graph type is often reachable by several paths: a `user` at `/users/{user-id}` and at
//! the singleton `/me`; a `message` under `/me/messages`, `/users/{user-id}/messages` and
//! `/users/{user-id}/mailFolders/{mailFolder-id}/messages`. An address here is a value that
//! knows the type it leads to:
//!
//! - [`CollectionPath<T>`]: a collection of `T`: an entity set (`/users`), a contained
//!   collection (`/users/{user-id}/messages`), or a cast of either
//!   (`/directoryObjects/microsoft.graph.user`). It lists, creates, and takes a key:
//!   [`CollectionPath::item`].
//! - [`ItemPath<T>`]: one `T`, by key (or a single-valued contained navigation). It reads,
//!   updates and deletes.
//! - [`SingletonPath<T>`]: a singleton (`/me`, `/deviceManagement`): read and update, no key,
//!   no list, create or delete.
//!
//! Each step is a method, so a wrong step does not compile: an item and a singleton have the
//! contained navigation and the bound operations of their type (and of its base types), and a
//! collection has the operations bound to the collection; a collection has no contained
//! navigation, so a parent key cannot be left out.
//!
//! ```
//! use graph_entity::address::{CollectionPath, SingletonPath};
//! use graph_entity::{AdditionalData, GraphEntity};
//!
//! #[derive(GraphEntity)]
//! #[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users",
//!         contains(name = "messages", target = Message))]
//! pub struct User {
//!     pub id: Option<String>,
//!     pub display_name: Option<String>,
//! }
//!
//! #[derive(GraphEntity)]
//! #[graph(base = "entity", odata_type = "microsoft.graph.message")]
//! pub struct Message {
//!     pub id: Option<String>,
//!     pub subject: Option<String>,
//! }
//!
//! let me: SingletonPath<User> = SingletonPath::root("/me");
//! let get = me.messages().item("m/1").get();
//! assert_eq!(get.to_string(), "GET /me/messages/m%2F1");
//!
//! let users: CollectionPath<User> = User::collection();
//! let list = users.item("u1").messages().list();
//! assert_eq!(list.to_string(), "GET /users/u1/messages");
//! assert_eq!(users.item("u1").messages().item("m1").template(), "/users/{user-id}/messages/{message-id}");
//! ```
//!
//! # Why a tree of typed steps
//!
//! Two designs were weighed. kube's `Api<K>` scopes one client handle to a namespace or to the
//! cluster, and every verb takes the name: one level of scoping, chosen when the handle is made.
//! Graph nests deeper: a message is three keys under a user, and a policy assignment is two
//! under the `deviceManagement` singleton; scoping handles would need one kind of handle per
//! depth. Kiota's request builders (`users.by_id(id).mail_folders.by_id(f).messages`) follow
//! the model's own tree, so every path the CSDL gives a type is a walk from a root, and the
//! compiler checks each step.
//!
//! So addresses here follow Kiota's tree, with kube's separation of concerns: a path builds
//! [`Operation`]s (sans I/O) and never sends them. Unlike Kiota, there is one generic type per
//! kind of step ([`ItemPath<T>`], [`CollectionPath<T>`], [`SingletonPath<T>`]), not one
//! builder class per path: the derive gives each entity type one small struct of its
//! navigation and operations ([`GraphEntity::Paths`], [`GraphEntity::CollectionPaths`]), which
//! the generic steps dereference to. That keeps the generated code linear in the number of
//! types, whether the declaration is generated from the CSDL or written by hand, and a derived
//! type's struct dereferences to its base type's, so inherited navigation and bound operations
//! come for free.
//!
//! Every key is encoded as [`push_segment`](crate::push_segment) does (an integer key as its
//! digits), so no key changes a path's shape; every step
//! also writes a template with its placeholders (`/users/{user-id}/messages`), and the
//! type's own path constants ([`GraphEntity::COLLECTION_PATH`], [`GraphEntity::ITEM_PATH`])
//! stay.

use core::fmt;
use core::marker::PhantomData;
use core::ops::Deref;
use std::borrow::Cow;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

use crate::entity::{Creatable, GraphEntity};
use crate::operation::Operation;
use crate::page::Page;
use crate::path::{EntityKey, KeyArgument};
use crate::query::{Literal, Property};
use crate::response::Returned;
use crate::ser::CreateBody;
use crate::structured::Structured;

/// A path under the service root and its template: `/users/u1/messages` and
/// `/users/{user-id}/messages`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Path {
    path: Cow<'static, str>,
    template: Cow<'static, str>,
}

impl Path {
    /// A root path, such as an entity set's (`/users`) or a singleton's (`/me`): its own
    /// template. It must start with `/`: the derive checks the paths it is given, and
    /// [`Operation::into_request`] refuses any other.
    pub const fn root(path: &'static str) -> Self {
        Path {
            path: Cow::Borrowed(path),
            template: Cow::Borrowed(path),
        }
    }

    /// The path, every key percent-encoded: `/users/u1/messages`.
    pub fn as_str(&self) -> &str {
        &self.path
    }

    /// The template, a placeholder for every key: `/users/{user-id}/messages`.
    pub fn template(&self) -> &str {
        &self.template
    }

    /// This path and a fixed segment: a navigation property, a cast's type name, `$value`.
    #[must_use]
    pub fn segment(&self, segment: &str) -> Path {
        Path {
            path: Cow::Owned(join(&self.path, segment)),
            template: Cow::Owned(join(&self.template, segment)),
        }
    }

    /// This path and a key, encoded as one segment ([`push_segment`](crate::push_segment), or
    /// an integer's digits); `placeholder` (such as
    /// `user-id`) stands for it in the template.
    #[must_use]
    pub fn key<K: EntityKey + ?Sized>(&self, key: &K, placeholder: &str) -> Path {
        let mut path = String::with_capacity(self.path.len() + 24);
        path.push_str(&self.path);
        path.push('/');
        key.push_key(&mut path);
        let mut template = String::with_capacity(self.template.len() + placeholder.len() + 3);
        template.push_str(&self.template);
        template.push_str("/{");
        template.push_str(placeholder);
        template.push('}');
        Path {
            path: Cow::Owned(path),
            template: Cow::Owned(template),
        }
    }

    /// This path and a function call: `name(p1=literal,p2=literal)`, every literal
    /// percent-encoded (see [`FunctionArguments`]). The template names the parameters:
    /// `name(p1={p1},p2={p2})`.
    #[must_use]
    pub fn function<P: FunctionParameters + ?Sized>(&self, name: &str, parameters: &P) -> Path {
        let mut arguments = FunctionArguments::default();
        parameters.write_arguments(&mut arguments);
        let mut path = join(&self.path, name);
        path.push('(');
        path.push_str(&arguments.encoded);
        path.push(')');
        let mut template = join(&self.template, name);
        template.push('(');
        template.push_str(&arguments.template);
        template.push(')');
        Path {
            path: Cow::Owned(path),
            template: Cow::Owned(template),
        }
    }
}

fn join(path: &str, segment: &str) -> String {
    let mut out = String::with_capacity(path.len() + 1 + segment.len());
    out.push_str(path);
    out.push('/');
    out.push_str(segment);
    out
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path)
    }
}

/// A generated step struct, [`GraphEntity::Paths`] or [`GraphEntity::CollectionPaths`]: built
/// from a path, and giving it back. Implemented by the derive; a derived type's struct holds its
/// base type's, and dereferences to it.
pub trait FromPath {
    /// The struct for `path`.
    fn from_path(path: Path) -> Self;
    /// The path it was built from.
    fn path(&self) -> &Path;
}

/// The [`GraphEntity::Paths`] and [`GraphEntity::CollectionPaths`] of a root type (one without a
/// base type) that has no contained navigation and no bound operations of its own: just the
/// path. The derive names it through a type alias (`<Name>Paths`), as it names its base's struct
/// for a derived type with nothing of its own, so that such types cost no struct and no impls.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PathOnly {
    path: Path,
}

impl FromPath for PathOnly {
    #[inline]
    fn from_path(path: Path) -> Self {
        PathOnly { path }
    }
    #[inline]
    fn path(&self) -> &Path {
        &self.path
    }
}

impl fmt::Debug for PathOnly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("PathOnly")
            .field(&self.path.as_str())
            .finish()
    }
}

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
        pub struct $name<T: GraphEntity> {
            paths: T::Paths,
        }

        impl<T: GraphEntity> $name<T> {
            /// The path, every key percent-encoded.
            pub fn path(&self) -> &str {
                self.paths.path().as_str()
            }

            /// The template, a placeholder for every key (`/users/{user-id}`).
            pub fn template(&self) -> &str {
                self.paths.path().template()
            }

            /// `GET`: read the entity.
            pub fn get(&self) -> Call<T> {
                Call::new(http::Method::GET, self.paths.path())
            }

            /// `PATCH` without a body; see [`Self::update_with`].
            pub fn update(&self) -> Call<()> {
                Call::new(http::Method::PATCH, self.paths.path())
            }

            /// `PATCH` with `patch` as the body: exactly the properties it changes.
            ///
            /// # Errors
            /// When the patch cannot be serialized.
            pub fn update_with(&self, patch: &T::Patch) -> Result<Call<()>, serde_json::Error> {
                self.update().with_json(patch)
            }

            /// The same entity seen as its derived type `D`: a type-cast segment
            /// (`/directoryObjects/{id}/microsoft.graph.user`), which Graph serves. `D` must
            /// derive from `T` (through `#[graph(base)]` fields, at any depth).
            pub fn cast<D, I>(&self) -> ItemPath<D>
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

        impl<T: GraphEntity> Deref for $name<T> {
            type Target = T::Paths;
            fn deref(&self) -> &T::Paths {
                &self.paths
            }
        }

        impl<T: GraphEntity> Clone for $name<T>
        where
            T::Paths: Clone,
        {
            fn clone(&self) -> Self {
                $name {
                    paths: self.paths.clone(),
                }
            }
        }

        impl<T: GraphEntity> fmt::Debug for $name<T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_tuple(stringify!($name))
                    .field(&self.paths.path().as_str())
                    .finish()
            }
        }

        impl<T: GraphEntity> fmt::Display for $name<T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.path())
            }
        }
    };
}

entity_address!(
    ItemPath,
    "One entity of type `T`, by its key (or a single-valued contained navigation): read, update, \
     delete, its contained navigation and its bound operations. See the [module](self)."
);
entity_address!(
    SingletonPath,
    "A singleton of type `T` (`/me`, `/deviceManagement`): read and update, its contained \
     navigation and its bound operations; no key, no list, no create, no delete. See the \
     [module](self)."
);

impl<T: GraphEntity> ItemPath<T> {
    /// The item at `path`.
    pub fn from_path(path: Path) -> Self {
        ItemPath {
            paths: T::Paths::from_path(path),
        }
    }

    /// `DELETE`: delete the entity.
    pub fn delete(&self) -> Call<()> {
        Call::new(http::Method::DELETE, self.paths.path())
    }
}

impl<T: GraphEntity> SingletonPath<T> {
    /// The singleton at `path` (`/me`), from the service's entity container.
    pub fn root(path: &'static str) -> Self {
        SingletonPath::from_path(Path::root(path))
    }

    /// The singleton at `path`.
    pub fn from_path(path: Path) -> Self {
        SingletonPath {
            paths: T::Paths::from_path(path),
        }
    }
}

/// A collection of `T`: an entity set, a contained collection or a cast of one. Lists, creates,
/// takes a key, and has the operations bound to the collection (such as `delta()`). See the
/// [module](self).
pub struct CollectionPath<T: GraphEntity> {
    paths: T::CollectionPaths,
}

impl<T: GraphEntity> CollectionPath<T> {
    /// The entity set at `path` (`/users`), from the service's entity container.
    pub fn root(path: &'static str) -> Self {
        CollectionPath::from_path(Path::root(path))
    }

    /// The collection at `path`.
    pub fn from_path(path: Path) -> Self {
        CollectionPath {
            paths: T::CollectionPaths::from_path(path),
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
    pub fn item(&self, key: impl KeyArgument<T::Key>) -> ItemPath<T> {
        ItemPath::from_path(self.paths.path().key(key.key(), &key_placeholder::<T>()))
    }

    /// `GET`: list the items, a page at a time.
    pub fn list(&self) -> Call<Page<T>> {
        Call::new(http::Method::GET, self.paths.path())
    }

    /// `POST` without a body: see [`Self::create_with`].
    pub fn create(&self) -> Call<T> {
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
    {
        Call::<D>::new(http::Method::POST, self.paths.path()).with_json(&CreateBody(value))
    }

    /// The items of the derived type `D`: a type-cast segment
    /// (`/directoryObjects/microsoft.graph.user`).
    pub fn cast<D, I>(&self) -> CollectionPath<D>
    where
        D: GraphEntity + IsA<T, I>,
    {
        CollectionPath::from_path(self.paths.path().segment(D::ODATA_TYPE))
    }

    /// The step struct: operations bound to the collection, which this path also dereferences
    /// to.
    pub fn paths(&self) -> &T::CollectionPaths {
        &self.paths
    }
}

impl<T: GraphEntity> Deref for CollectionPath<T> {
    type Target = T::CollectionPaths;
    fn deref(&self) -> &T::CollectionPaths {
        &self.paths
    }
}

impl<T: GraphEntity> Clone for CollectionPath<T>
where
    T::CollectionPaths: Clone,
{
    fn clone(&self) -> Self {
        CollectionPath {
            paths: self.paths.clone(),
        }
    }
}

impl<T: GraphEntity> fmt::Debug for CollectionPath<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("CollectionPath")
            .field(&self.paths.path().as_str())
            .finish()
    }
}

impl<T: GraphEntity> fmt::Display for CollectionPath<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.path())
    }
}

/// The media stream of a media entity (`$value`) or of an `Edm.Stream` property (a
/// `driveItem`'s `content`): raw bytes with a content type, not JSON.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StreamPath(Path);

impl StreamPath {
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

/// An [`Operation`] and the type its response reads as: an entity, a [`Page`], a value, or
/// `()` for no content. What every typed path builds; [`Call::read`] reads the response.
pub struct Call<R> {
    operation: Operation,
    returns: PhantomData<fn() -> R>,
}

impl<R> Call<R> {
    fn new(method: http::Method, path: &Path) -> Self {
        Call::from_operation(Operation::new(method, path.as_str().to_owned()))
    }

    /// `operation`, whose response reads as `R`.
    pub fn from_operation(operation: Operation) -> Self {
        Call {
            operation,
            returns: PhantomData,
        }
    }

    /// The operation.
    pub fn operation(&self) -> &Operation {
        &self.operation
    }

    /// The operation, to send or to put in a batch.
    pub fn into_operation(self) -> Operation {
        self.operation
    }

    /// This call with `body`, serialized as JSON.
    ///
    /// # Errors
    /// When `body` cannot be serialized.
    pub fn with_json<B: Serialize + ?Sized>(self, body: &B) -> Result<Self, serde_json::Error> {
        Ok(Call::from_operation(self.operation.with_json(body)?))
    }

    /// This call with a raw body of the media type `content_type`.
    #[must_use]
    pub fn with_bytes(self, content_type: &str, body: Vec<u8>) -> Self {
        Call::from_operation(self.operation.with_bytes(content_type, body))
    }

    /// This call with `Accept: {accept}` rather than `application/json`.
    #[must_use]
    pub fn with_accept(self, accept: &str) -> Self {
        Call::from_operation(self.operation.with_accept(accept))
    }

    /// This call with `If-Match: {etag}` (see [`Operation::if_match`]).
    #[must_use]
    pub fn if_match(self, etag: impl Into<String>) -> Self {
        Call::from_operation(self.operation.if_match(etag))
    }

    /// This call with `If-Match` set to the `@odata.etag` that `data` holds (see
    /// [`Operation::if_match_etag_of`]).
    #[must_use]
    pub fn if_match_etag_of(self, data: &crate::AdditionalData) -> Self {
        Call::from_operation(self.operation.if_match_etag_of(data))
    }
}

impl<R: Returned> Call<R> {
    /// Reads `response` as this call's return: a failure status is always an error.
    ///
    /// # Errors
    /// See [`Returned`].
    pub fn read<B: AsRef<[u8]>>(
        &self,
        response: &http::Response<B>,
    ) -> Result<R, crate::ResponseError> {
        R::read(response)
    }
}

impl<R: Returned> Call<R> {
    /// Reads the response to this call inside a batch: see
    /// [`BatchItemResponse::read`](crate::batch::BatchItemResponse::read).
    ///
    /// # Errors
    /// See [`Returned`].
    pub fn read_batch_item(
        &self,
        item: &crate::batch::BatchItemResponse,
    ) -> Result<R, crate::ResponseError> {
        item.read()
    }
}

impl<R> Clone for Call<R> {
    fn clone(&self) -> Self {
        Call::from_operation(self.operation.clone())
    }
}

impl<R> PartialEq for Call<R> {
    fn eq(&self, other: &Self) -> bool {
        self.operation == other.operation
    }
}

impl<R> fmt::Debug for Call<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Call").field(&self.operation).finish()
    }
}

/// `GET /users/u1`.
impl<R> fmt::Display for Call<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.operation, f)
    }
}

impl<R> From<Call<R>> for Operation {
    fn from(call: Call<R>) -> Operation {
        call.operation
    }
}

/// A bound action on `path`: `POST {path}/{name}` with `parameters` as its JSON body (`None`:
/// no body). Generated step structs call it.
///
/// # Errors
/// When the parameters cannot be serialized.
pub fn action<R, P: Serialize + ?Sized>(
    path: &Path,
    name: &str,
    parameters: Option<&P>,
) -> Result<Call<R>, serde_json::Error> {
    let call = Call::new(http::Method::POST, &path.segment(name));
    match parameters {
        Some(parameters) => call.with_json(parameters),
        None => Ok(call),
    }
}

/// A bound function on `path`: `GET {path}/{name}(p=literal,...)`. Generated step structs call
/// it.
pub fn function<R, P: FunctionParameters + ?Sized>(
    path: &Path,
    name: &str,
    parameters: &P,
) -> Call<R> {
    Call::new(http::Method::GET, &path.function(name, parameters))
}

/// An unbound action, imported by the service's entity container: `POST /{name}` with
/// `parameters` as its body.
///
/// ```
/// use graph_entity::address::unbound_action;
///
/// let call = unbound_action::<(), ()>("sendNotification", None)?;
/// assert_eq!(call.to_string(), "POST /sendNotification");
/// # Ok::<(), graph_entity::serde_json::Error>(())
/// ```
///
/// # Errors
/// When the parameters cannot be serialized.
pub fn unbound_action<R, P: Serialize + ?Sized>(
    name: &str,
    parameters: Option<&P>,
) -> Result<Call<R>, serde_json::Error> {
    action(&Path::root(""), name, parameters)
}

/// An unbound function, imported by the service's entity container: `GET /{name}(...)`.
///
/// ```
/// use graph_entity::address::{unbound_function, FunctionArguments, FunctionParameters};
/// use graph_entity::query::Literal;
///
/// struct Period<'a>(&'a str);
/// impl FunctionParameters for Period<'_> {
///     fn write_arguments(&self, arguments: &mut FunctionArguments) {
///         arguments.push("period", &Literal::string(self.0));
///     }
/// }
/// let call = unbound_function::<Vec<u8>, _>("getReport", &Period("D7"));
/// assert_eq!(call.to_string(), "GET /getReport(period='D7')");
/// ```
pub fn unbound_function<R, P: FunctionParameters + ?Sized>(name: &str, parameters: &P) -> Call<R> {
    function(&Path::root(""), name, parameters)
}

/// The parameters of a function, written into its call's parentheses as OData literals:
/// `name(p1='text',p2=42)`.
///
/// `#[derive(GraphEntity)]` implements it for a `#[graph(parameters)]` struct whose fields are
/// all literal types (strings, numbers, `bool`, GUIDs, dates, `DateTimeOffset`, enum members,
/// and `Option`s of them, `None` written as `null`): see [`ToLiteral`]. `()` is the empty list.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the parameters of a function",
    label = "not `FunctionParameters`",
    note = "declare `{Self}` with `#[derive(GraphEntity)]` and `#[graph(parameters)]`, with fields of literal types (strings, numbers, `bool`, GUIDs, dates, enum members, `Option`s of them)"
)]
pub trait FunctionParameters {
    /// Named by generated code, once per function: `<Type as FunctionParameters>::ASSERT`.
    #[doc(hidden)]
    const ASSERT: () = ();

    /// Writes each parameter, in order.
    fn write_arguments(&self, arguments: &mut FunctionArguments);
}

impl FunctionParameters for () {
    fn write_arguments(&self, _: &mut FunctionArguments) {}
}

impl<const N: usize> FunctionParameters for [(&str, Literal); N] {
    fn write_arguments(&self, arguments: &mut FunctionArguments) {
        for (name, value) in self {
            arguments.push(name, value);
        }
    }
}

impl FunctionParameters for [(&str, Literal)] {
    fn write_arguments(&self, arguments: &mut FunctionArguments) {
        for (name, value) in self {
            arguments.push(name, value);
        }
    }
}

/// Everything but RFC 3986's unreserved characters: what a literal's text is encoded with.
const LITERAL: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The arguments of a function call, as they are written: `p1='a%2Fb',p2=42`.
///
/// Each literal is percent-encoded so that no value changes the URL's shape: every byte but
/// RFC 3986's unreserved characters becomes `%XX` (so `/`, `?`, `#`, `%`, `&`, `+`, `,`, `(`,
/// `)`, `=`, spaces and non-ASCII text are all encoded), except the quotes that open and close
/// a string or enum literal, which are written as they are. A `'` inside a string is doubled
/// (by [`Literal::string`]) and then encoded, `%27%27`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FunctionArguments {
    encoded: String,
    template: String,
}

impl FunctionArguments {
    /// Appends `name=literal`.
    pub fn push(&mut self, name: &str, literal: &Literal) {
        if !self.encoded.is_empty() {
            self.encoded.push(',');
            self.template.push(',');
        }
        self.encoded.extend(utf8_percent_encode(name, LITERAL));
        self.encoded.push('=');
        push_literal(&mut self.encoded, literal.as_str());
        self.template.push_str(name);
        self.template.push_str("={");
        self.template.push_str(name);
        self.template.push('}');
    }

    /// Appends `name=value`, the value converted by [`ToLiteral`].
    pub fn push_value<V: ToLiteral + ?Sized>(&mut self, name: &str, value: &V) {
        self.push(name, &value.to_literal());
    }

    /// The arguments as written in the path.
    pub fn as_str(&self) -> &str {
        &self.encoded
    }
}

/// Writes a literal, percent-encoded but for the quotes of a quoted literal (`'...'` or
/// `namespace.type'...'`), whose inner quotes are doubled and so encoded.
fn push_literal(out: &mut String, text: &str) {
    match (text.find('\''), text.ends_with('\'')) {
        (Some(open), true) if open + 1 < text.len() => {
            out.extend(utf8_percent_encode(&text[..open], LITERAL));
            out.push('\'');
            out.extend(utf8_percent_encode(
                &text[open + 1..text.len() - 1],
                LITERAL,
            ));
            out.push('\'');
        }
        _ => out.extend(utf8_percent_encode(text, LITERAL)),
    }
}

/// The types a function parameter can have, written as OData literals: see
/// [`Literal`]'s table. Enum members are written namespace-qualified when the enum has an
/// `odata_type` (`microsoft.graph.importance'high'`), bare (`'high'`) otherwise.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a function parameter: it has no OData literal form",
    label = "not a string, number, `bool`, GUID, date, `DateTimeOffset`, enum member or an `Option` of one",
    note = "a function's parameters are written in its URL as literals; give complex or collection values to an action instead"
)]
pub trait ToLiteral {
    /// The literal.
    fn to_literal(&self) -> Literal;
}

macro_rules! to_literal_by_value {
    ($($ty:ty),*) => {$(
        impl ToLiteral for $ty {
            fn to_literal(&self) -> Literal {
                Literal::from(*self)
            }
        }
    )*};
}

to_literal_by_value!(
    bool,
    i8,
    i16,
    i32,
    i64,
    u8,
    u16,
    u32,
    u64,
    f64,
    crate::edm::Guid,
    crate::edm::Date,
    crate::edm::DateTimeOffset
);

impl ToLiteral for str {
    fn to_literal(&self) -> Literal {
        Literal::string(self)
    }
}

impl ToLiteral for String {
    fn to_literal(&self) -> Literal {
        Literal::string(self)
    }
}

impl ToLiteral for Literal {
    fn to_literal(&self) -> Literal {
        self.clone()
    }
}

impl<T: ToLiteral + ?Sized> ToLiteral for &T {
    fn to_literal(&self) -> Literal {
        (**self).to_literal()
    }
}

impl<T: ToLiteral> ToLiteral for Option<T> {
    fn to_literal(&self) -> Literal {
        self.as_ref()
            .map_or_else(Literal::null, ToLiteral::to_literal)
    }
}

/// The enum member `member` of `E`, namespace-qualified if `E` has an `odata_type`.
pub fn enum_literal<E: crate::GraphEnum>(member: &E) -> Literal {
    match E::ODATA_TYPE {
        Some(enum_type) => Literal::enum_member(enum_type, member.as_str()),
        None => Literal::enum_value(member.as_str()),
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_templates_grow_together() {
        let path = Path::root("/users")
            .key("a/b", "user-id")
            .segment("messages");
        assert_eq!(path.as_str(), "/users/a%2Fb/messages");
        assert_eq!(path.template(), "/users/{user-id}/messages");
        let dots = Path::root("/users").key("..", "user-id");
        assert_eq!(dots.as_str(), "/users('..')");
    }

    #[test]
    fn function_literals_are_encoded_but_their_quotes() {
        let parameters = [
            ("s", Literal::string("it's a/b?c#d&e+f%g é")),
            ("e", Literal::enum_member("microsoft.graph.color", "red")),
            ("n", Literal::from(-1.5f64)),
            ("z", Literal::null()),
        ];
        let path = Path::root("/x").function("f", &parameters);
        assert_eq!(
            path.as_str(),
            "/x/f(s='it%27%27s%20a%2Fb%3Fc%23d%26e%2Bf%25g%20%C3%A9',\
             e=microsoft.graph.color'red',n=-1.5,z=null)"
        );
        assert_eq!(path.template(), "/x/f(s={s},e={e},n={n},z={z})");
        assert_eq!(
            Path::root("/users").function("delta", &()).as_str(),
            "/users/delta()"
        );
    }

    #[test]
    fn a_lone_quote_literal_is_encoded_whole() {
        let mut out = String::new();
        push_literal(&mut out, "'");
        assert_eq!(out, "%27");
    }
}
