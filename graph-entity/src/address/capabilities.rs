//! What a contained step allows: the second parameter of [`CollectionPath`], [`ItemPath`] and
//! [`SingletonPath`], from the CSDL's Capabilities annotations (`ReadRestrictions`,
//! `InsertRestrictions`, `UpdateRestrictions` with its `UpdateMethod`, `DeleteRestrictions`).
//!
//! A contained collection owns its entities, and OData's default is that it lists, reads by
//! key, creates, updates (`PATCH`) and deletes them: [`AllCapabilities`]. Where Graph restricts a
//! step, the derive's `contains(..., allows(...))` names what it allows, and generates a marker
//! (`<Type><Navigation>Capabilities`) that implements those traits only:
//!
//! - `list`: [`AllowsList`] (`list`, `/$count`);
//! - `get`: [`AllowsGet`] (`get` of an item, or of a single-valued step);
//! - `create`: [`AllowsInsert`] (`create`, `create_with`);
//! - `update`: [`AllowsUpdate`] (`PATCH`: `update`, `update_with`);
//! - `replace`: [`AllowsReplace`] (`PUT`: `replace`, `replace_with`), where the CSDL's
//!   `UpdateMethod` is `PUT` (`team/schedule`);
//! - `delete`: [`AllowsDelete`].
//!
//! So `user.calendar_view().create_with(&event)` does not compile (`calendarView` is a view:
//! create the event in `events`), and `team.schedule().update_with(&patch)` says to use
//! `replace_with`. The generated crate's `NAVIGATION.md` lists every restricted step, and a test
//! holds it to the annotations.
//!
//! [`CollectionPath`]: super::CollectionPath
//! [`ItemPath`]: super::ItemPath
//! [`SingletonPath`]: super::SingletonPath

/// What a contained step allows: implemented by [`AllCapabilities`] and by the markers the
/// derive generates for `contains(..., allows(...))`.
pub trait Capabilities {}

/// Everything OData allows a contained step by default: list, get, create, update by `PATCH`
/// and delete. The default second parameter of the address types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AllCapabilities;

impl Capabilities for AllCapabilities {}

/// A step whose collection can be listed (`GET`, `/$count`).
#[diagnostic::on_unimplemented(
    message = "this step cannot be listed (its capabilities are `{Self}`)",
    label = "Graph does not list this collection",
    note = "the docs of `{Self}` list what the step allows; read its items by key, or list a cast of it (`/places/microsoft.graph.room`)"
)]
pub trait AllowsList: Capabilities {}

/// A step whose entity can be read (`GET` of an item, or of a single-valued step).
#[diagnostic::on_unimplemented(
    message = "this step's entity cannot be read here (its capabilities are `{Self}`)",
    label = "Graph answers no `GET` here",
    note = "the docs of `{Self}` list what the step allows; list the collection instead, or read what the step contains"
)]
pub trait AllowsGet: Capabilities {}

/// A step whose collection creates entities (`POST`).
#[diagnostic::on_unimplemented(
    message = "this step does not create entities (its capabilities are `{Self}`)",
    label = "Graph creates nothing here",
    note = "the docs of `{Self}` list what the step allows; create the entity in the collection that holds it (an event in `events`, not in the `calendarView` that shows it)"
)]
pub trait AllowsInsert: Capabilities {}

/// A step whose entity is updated with `PATCH`.
#[diagnostic::on_unimplemented(
    message = "this step's entity is not updated with `PATCH` (its capabilities are `{Self}`)",
    label = "Graph takes no `PATCH` here",
    note = "the docs of `{Self}` list what the step allows: where Graph replaces the entity with `PUT` (`team/schedule`), call `replace_with(&value)`; else it is read-only here"
)]
pub trait AllowsUpdate: Capabilities {}

/// A step whose entity is replaced with `PUT` (the CSDL's `UpdateMethod`: `team/schedule`).
#[diagnostic::on_unimplemented(
    message = "this step's entity is not replaced with `PUT` (its capabilities are `{Self}`)",
    label = "Graph takes no `PUT` here",
    note = "update it with `PATCH`: `update_with(&patch)`, where the docs of `{Self}` allow it"
)]
pub trait AllowsReplace: Capabilities {}

/// A step whose entity can be deleted.
#[diagnostic::on_unimplemented(
    message = "this step's entity cannot be deleted here (its capabilities are `{Self}`)",
    label = "Graph answers no `DELETE` here",
    note = "the docs of `{Self}` list what the step allows; delete the entity where it lives"
)]
pub trait AllowsDelete: Capabilities {}

impl AllowsList for AllCapabilities {}
impl AllowsGet for AllCapabilities {}
impl AllowsInsert for AllCapabilities {}
impl AllowsUpdate for AllCapabilities {}
impl AllowsDelete for AllCapabilities {}
