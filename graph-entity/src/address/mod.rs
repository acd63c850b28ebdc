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
//! A contained step allows every one of these operations unless Graph restricts it (the CSDL's
//! Capabilities annotations): `calendarView` is listed only, and `team/schedule` is replaced
//! with `PUT` ([`ItemPath::replace_with`]) rather than patched. The second parameter of each
//! path says so ([`capabilities`]), and an operation it does not allow does not compile.
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
//! [`Operation`](crate::Operation)s (sans I/O) and never sends them. Unlike Kiota, there is one generic type per
//! kind of step ([`ItemPath<T>`], [`CollectionPath<T>`], [`SingletonPath<T>`]), not one
//! builder class per path: the derive gives each entity type one small struct of its
//! navigation and operations ([`GraphEntity::Paths`], [`GraphEntity::CollectionPaths`]), which
//! the generic steps dereference to. That keeps the generated code linear in the number of
//! types, whether the declaration is generated from the CSDL or written by hand, and a derived
//! type's struct dereferences to its base type's, so inherited navigation and bound operations
//! come for free.
//!
//! # Non-contained navigation
//!
//! A navigation property that does not contain its target (`group.members`, `user.manager`,
//! `user.drive`) leads to entities that live in their own entity sets: its step is a
//! [`NavigationPath`] (a collection) or a [`RelatedPath`] (one entity), which read and change
//! only what Graph allows there ([`ReadOnly`], [`ByReference`] through `$ref`, [`Creates`]).
//!
//! ```
//! use graph_entity::address::{ByReference, NavigationPath, RelatedPath};
//! use graph_entity::{GraphEntity, Query, ServiceRoot};
//!
//! #[derive(GraphEntity)]
//! #[graph(base = "entity", odata_type = "microsoft.graph.directoryObject", path = "/directoryObjects")]
//! pub struct DirectoryObject {
//!     pub id: Option<String>,
//! }
//!
//! #[derive(GraphEntity)]
//! #[graph(odata_type = "microsoft.graph.user", path = "/users",
//!         navigation(name = "manager", target = DirectoryObject, single, references),
//!         navigation(name = "memberOf", target = DirectoryObject))]
//! pub struct User {
//!     #[graph(base)]
//!     pub base: DirectoryObject,
//!     pub display_name: Option<String>,
//! }
//!
//! #[derive(GraphEntity)]
//! #[graph(odata_type = "microsoft.graph.group", path = "/groups",
//!         navigation(name = "members", target = DirectoryObject, references))]
//! pub struct Group {
//!     #[graph(base)]
//!     pub base: DirectoryObject,
//! }
//!
//! let members: NavigationPath<DirectoryObject, ByReference> = Group::item("g1").members();
//! assert_eq!(members.list().to_string(), "GET /groups/g1/members");
//! assert_eq!(members.cast::<User, _>().list().to_string(), "GET /groups/g1/members/microsoft.graph.user");
//! assert_eq!(members.item("u1").remove_ref().to_string(), "DELETE /groups/g1/members/u1/$ref");
//!
//! // The reference is an absolute URL under the root the request is built under.
//! let add = members.refs().add::<User, _>("u1");
//! let request = ServiceRoot::v1().build(add, &Query::new())?;
//! assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/groups/g1/members/$ref");
//! assert_eq!(
//!     request.body().as_bytes(),
//!     Some(&br#"{"@odata.id":"https://graph.microsoft.com/v1.0/users/u1"}"#[..]),
//! );
//!
//! let manager: RelatedPath<DirectoryObject, ByReference> = User::item("u1").manager();
//! assert_eq!(manager.get().to_string(), "GET /users/u1/manager");
//! assert_eq!(manager.remove_ref().to_string(), "DELETE /users/u1/manager/$ref");
//! assert_eq!(User::item("u1").member_of().count().to_string(), "GET /users/u1/memberOf/$count");
//! # Ok::<(), graph_entity::RequestError>(())
//! ```
//!
//! A read-only navigation has no `refs()`:
//!
//! ```compile_fail
//! # use graph_entity::GraphEntity;
//! # #[derive(GraphEntity)]
//! # #[graph(base = "entity", odata_type = "microsoft.graph.directoryObject", path = "/directoryObjects")]
//! # pub struct DirectoryObject { pub id: Option<String> }
//! #[derive(GraphEntity)]
//! #[graph(odata_type = "microsoft.graph.user", path = "/users",
//!         navigation(name = "memberOf", target = DirectoryObject))]
//! pub struct User {
//!     #[graph(base)]
//!     pub base: DirectoryObject,
//! }
//!
//! let _ = User::item("u1").member_of().refs(); // error: `memberOf` is read-only
//! ```
//!
//! Every key is encoded as [`push_segment`](crate::push_segment) does (an integer key as its
//! digits), so no key changes a path's shape; every step
//! also writes a template with its placeholders (`/users/{user-id}/messages`), and the
//! type's own path constants ([`GraphEntity::COLLECTION_PATH`], [`GraphEntity::ITEM_PATH`])
//! stay.

mod call;
pub mod capabilities;
pub(crate) mod entity;
mod function;
pub(crate) mod key;
mod lineage;
mod navigation;
mod path;

pub use call::{Bind, Call, action, function, unbound_action, unbound_function};
pub use capabilities::{
    AllCapabilities, AllowsDelete, AllowsGet, AllowsInsert, AllowsList, AllowsReplace,
    AllowsUpdate, Capabilities,
};
pub use entity::{
    Addressable, CollectionPath, Creatable, GraphEntity, ItemPath, SingletonPath, StreamPath,
    key_placeholder,
};
pub use function::{FunctionArguments, FunctionParameters, ToLiteral, enum_literal};
pub use lineage::IsA;
#[doc(hidden)]
pub use lineage::{Here, Lineage, Member, There};
pub use navigation::{
    Admits, Allows, AllowsCreate, AllowsReferences, AllowsRemoveReference, ByReference, Creates,
    NavigationPath, ReadOnly, Referenced, References, RelatedPath, Unconstrained,
};
pub use path::{DrivePathError, FromPath, Path, PathOnly};

#[cfg(test)]
mod tests {
    use super::path::Path;
    use crate::request::query::Literal;

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
}
