//! Every keyword of `#[graph(...)]`, named once, in the way of serde_derive's `symbol.rs`.
//!
//! The receivers in [`attr`](crate::attr) list which of these each attribute takes; unknown-key
//! suggestions, duplicate-key errors and the messages that say what to write all name keywords
//! through these constants.

use std::fmt;

/// One keyword of `#[graph(...)]`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Symbol(&'static str);

/// The attribute itself: `#[graph(...)]`.
pub const GRAPH: Symbol = Symbol("graph");

/// Struct: `odata_type = "microsoft.graph.x"`; enum: the same, optional.
pub const ODATA_TYPE: Symbol = Symbol("odata_type");
/// Struct: `base = "entity"`; field: `base`, the field holding the base type.
pub const BASE: Symbol = Symbol("base");
/// Struct: `path = "/a/b"`, the collection's address.
pub const PATH: Symbol = Symbol("path");
/// Struct: `action = "sync"` or `action(name = "sync", parameters = T)`, repeatable.
pub const ACTION: Symbol = Symbol("action");
/// Struct: `function(name = "delta", returns = T)`, a bound function, repeatable.
pub const FUNCTION: Symbol = Symbol("function");
/// Struct: `contains(name = "messages", target = Message)`, contained navigation, repeatable.
pub const CONTAINS: Symbol = Symbol("contains");
/// Struct: `navigation(name = "members", target = DirectoryObject)`, non-contained
/// navigation, repeatable.
pub const NAVIGATION: Symbol = Symbol("navigation");
/// In `navigation(...)`: `references`, changed through `$ref`.
pub const REFERENCES: Symbol = Symbol("references");
/// In `navigation(...)`: `creates`, a `POST` to it creates an entity of its target.
pub const CREATES: Symbol = Symbol("creates");
/// In `navigation(...)`: `binding = "/directoryObjects"`, the entity set the CSDL binds it to
/// (`NavigationPropertyBinding`), under which its references' URLs are written.
pub const BINDING: Symbol = Symbol("binding");
/// In `navigation(...)`: `admits(User, Group)`, the only types it may hold (the CSDL's
/// `DerivedTypeConstraint`): its casts, `$ref` and `@odata.bind` take no other.
pub const ADMITS: Symbol = Symbol("admits");
/// `contains(..., allows(list, get))`: what a contained step allows, where Graph restricts it.
pub const ALLOWS: Symbol = Symbol("allows");
/// In `allows(...)`: the collection is listed (`list`, `/$count`).
pub const LIST: Symbol = Symbol("list");
/// In `allows(...)`: the entity is read (`get`).
pub const GET: Symbol = Symbol("get");
/// In `allows(...)`: the collection creates entities (`create`, `create_with`).
pub const CREATE: Symbol = Symbol("create");
/// In `allows(...)`: the entity is updated with `PATCH` (`update`, `update_with`).
pub const UPDATE: Symbol = Symbol("update");
/// In `allows(...)`: the entity is replaced with `PUT` (`replace`, `replace_with`).
pub const REPLACE: Symbol = Symbol("replace");
/// In `allows(...)`: the entity is deleted (`delete`).
pub const DELETE: Symbol = Symbol("delete");
/// Struct: `by_path`, its items are addressed by path under one another as well as by key
/// (`root:/Documents/report.xlsx:`), as OneDrive and SharePoint address drive items.
pub const BY_PATH: Symbol = Symbol("by_path");
/// Struct: `singleton = "/me"`, the address of a singleton of this type.
pub const SINGLETON: Symbol = Symbol("singleton");
/// In `action(...)` and `function(...)`: `returns = T`, the type the response reads as.
pub const RETURNS: Symbol = Symbol("returns");
/// In `action(...)` and `function(...)`: `collection`, bound to a collection of the type.
pub const COLLECTION: Symbol = Symbol("collection");
/// In `contains(...)` and `navigation(...)`: `target = T`, the type it leads to.
pub const TARGET: Symbol = Symbol("target");
/// In `contains(...)` and `navigation(...)`: `single`, a single-valued navigation property.
pub const SINGLE: Symbol = Symbol("single");
/// Struct: `abstract`, a type with no instances of its own (CSDL `Abstract="true"`): no create
/// body; create one of its derived types.
pub const ABSTRACT: Symbol = Symbol("abstract");
/// Struct: `keyless`, an entity type whose CSDL declares no key: addressed only as a singleton or
/// through single-valued contained navigation.
pub const KEYLESS: Symbol = Symbol("keyless");
/// Struct: `complex`, a derived complex type.
pub const COMPLEX: Symbol = Symbol("complex");
/// Struct: `parameters`, the body of an action; in `action(...)`: `parameters = T`, its type.
pub const PARAMETERS: Symbol = Symbol("parameters");
/// Struct: `also_reads = "microsoft.graph.agentUser"`, another OData type (a derived type that
/// declares nothing of its own) whose documents the type reads as itself, repeatable.
pub const ALSO_READS: Symbol = Symbol("also_reads");
/// Struct: `projection_of = User`, a projection: some properties of the Graph type `User`, read
/// wherever `User` is, asked for with `$select`.
pub const PROJECTION_OF: Symbol = Symbol("projection_of");
/// Struct and enums: `crate = "::graph_entity"`.
pub const CRATE: Symbol = Symbol("crate");
/// In `action(...)`: `name = "sync"`.
pub const NAME: Symbol = Symbol("name");
/// In `action(...)` and `function(...)`: `method = "delta_with_token"`, the Rust method that
/// builds its request when the snake_case of its name is taken (an overload).
pub const METHOD: Symbol = Symbol("method");

/// Field: `key`.
pub const KEY: Symbol = Symbol("key");
/// Field and `GraphEnum` variant: `rename = "..."`.
pub const RENAME: Symbol = Symbol("rename");
/// Field: `additional_data`.
pub const ADDITIONAL_DATA: Symbol = Symbol("additional_data");
/// Field: `read_only`.
pub const READ_ONLY: Symbol = Symbol("read_only");
/// Field: `non_nullable`, the CSDL's `Nullable="false"`.
pub const NON_NULLABLE: Symbol = Symbol("non_nullable");

/// `GraphEnum`: `flags`.
pub const FLAGS: Symbol = Symbol("flags");
/// `GraphPolymorphic` variant: `other`.
pub const OTHER: Symbol = Symbol("other");

impl Symbol {
    /// The keyword as written.
    pub const fn name(self) -> &'static str {
        self.0
    }
}

/// Also gives `syn::Ident == Symbol`, through `proc_macro2`'s `PartialEq<impl AsRef<str>>`.
impl AsRef<str> for Symbol {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.0)
    }
}

impl PartialEq<Symbol> for syn::Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl PartialEq<Symbol> for &syn::Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}
