//! The attribute reference of the derives: every `#[graph(...)]` attribute of
//! `#[derive(GraphEntity)]`, `#[derive(GraphEnum)]` and `#[derive(GraphPolymorphic)]`.
//!
//! This module holds no code; it is the one place the attributes are documented. What the
//! derives generate is in the [`GraphEntity`](crate::GraphEntity),
//! [`GraphComplex`](crate::GraphComplex) and [`GraphEnum`](crate::GraphEnum) traits and in the
//! README.
//!
//! # `#[derive(GraphEntity)]`
//!
//! On a struct with named fields, no generics. On the struct, `#[graph(...)]`:
//!
//! | attribute | meaning |
//! |---|---|
//! | `odata_type = "microsoft.graph.x"` | required (but for `parameters`): the namespace-qualified OData type, without `#` |
//! | `base = "entity"` | the base type, as a name; a bare name lives in the namespace of `odata_type`. `entity` brings the key property `id`, which the struct must declare. (A base declared in Rust is a `#[graph(base)]` field instead.) |
//! | `path = "/a/b"` | the collection's address under the service root (an entity set, or a collection under a singleton); optional, since not every type is addressable. A derived type without `path` uses its base's; with one, it has an entity set of its own (`user` at `/users`, deriving from `directoryObject`) and is still reachable through the base's set by a cast |
//! | `singleton = "/me"` | the address of a singleton of this type: `fn singleton() -> SingletonPath<Self>` (get, update, navigation and operations; no key, no list, create or delete). A singleton of a type declared elsewhere is `SingletonPath::<User>::root("/me")` |
//! | `contains(name = "messages", target = Message)` | a contained navigation property: the method `messages()` of `<Name>Paths`, giving `CollectionPath<Message>` under each item (and singleton) of this type, at any depth; with `single`, one entity, `ItemPath<Message>`. It allows everything a contained collection does (list, get, create, update by `PATCH`, delete) unless `allows(...)` names what Graph allows there, among `list`, `get`, `create`, `update` (`PATCH`), `replace` (`PUT`, the CSDL's `UpdateMethod`: `replace_with`) and `delete`: `contains(name = "schedule", target = Schedule, single, allows(get, replace))`. Then it generates the marker `<Name><Navigation>Capabilities`, the second parameter of its path, and any other operation is a compile error that says what to use instead (see [`capabilities`](crate::address::capabilities)); repeatable |
//! | `navigation(name = "members", target = DirectoryObject)` | a navigation property that does not contain its target (the CSDL's navigation without `ContainsTarget`): the method `members()` of `<Name>Paths`, giving [`NavigationPath<DirectoryObject>`](crate::address::NavigationPath) (list, `item(k)`, casts, `count()`); with `single`, one entity, [`RelatedPath`](crate::address::RelatedPath) (get, casts, and its target's own steps). What it allows beyond reading is a flag: `references`, changed through `$ref` (`refs().add::<User, _>(k)`, `item(k).remove_ref()`, `set_ref`), or `creates`, a `POST` to it creates an entity (`driveItem.children`); without either it is read-only, and `create` or `refs()` on it is a compile error that says what to use instead. `binding = "/directoryObjects"` names the entity set the CSDL binds it to (`NavigationPropertyBinding`): its references' URLs (`$ref`'s `@odata.id`, `bind`'s `@odata.bind`) are written under it rather than under the related type's own entity set. `admits(User, Group)` (a collection only) lists the only types it may hold, the CSDL's `DerivedTypeConstraint`: its casts, `refs().add` and `bind` take no other type, a compile error naming the type (it generates the marker `<Name><Navigation>Admits`, the third parameter of its [`NavigationPath`](crate::address::NavigationPath), and one [`Admits`](crate::address::Admits) impl per type). See [the addressing module](crate::address#non-contained-navigation). Repeatable |
//! | `by_path` | the type's items are also addressed by path under one another, as OneDrive and SharePoint address drive items: the method `by_path(names)` of `<Name>Paths`, giving `Result<ItemPath<Self>, DrivePathError>` for `{path}:/{name}/{name}` (`/me/drive/root:/a%20b/c.txt`), each name percent-encoded on its own, the closing `:` written when a step follows (`…:/content`); a name that is empty, `.` or `..`, or holds `/`, is an error ([`Path::drive_path`](crate::address::Path::drive_path)). Entity types only |
//! | `action = "sync"` | a bound action without parameters, `POST {item}/sync`: `fn sync(key) -> Operation`, and the method `sync()` of `<Name>Paths`; repeatable |
//! | `action(name = "sync", parameters = T, returns = R, collection)` | a bound action whose body is `T` (a `parameters` struct): `fn sync(key, parameters: &T) -> Result<Operation, _>`, so the request cannot be built without its parameters, and the method `sync(&T)` of `<Name>Paths`, returning `Call<R>` (`R`: what the response reads as, `()` by default). With `collection`, bound to the collection: a method of `<Name>CollectionPaths` only. `parameters`, `returns` and `collection` are each optional |
//! | `function(name = "delta", parameters = T, returns = R, collection)` | (and `method = "..."` in either list: the Rust method's name, see below) a bound function, `GET {path}/delta(...)`, its parameters (a `parameters` struct whose fields are literal types) written in the path as OData literals, percent-encoded: the method `delta(&T)` of `<Name>Paths` (with `collection`, of `<Name>CollectionPaths`), returning `Call<R>`. `returns` is required; `parameters` optional |
//! | `parameters` | the struct is an action's body (no OData type, no key, no `@odata.type` on the wire), or a function's arguments: it implements [`FunctionParameters`](crate::address::FunctionParameters) when every field is a literal type ([`ToLiteral`](crate::address::ToLiteral)) |
//! | `complex` | with a `#[graph(base)]` field: a derived complex type rather than a derived entity |
//! | `abstract` | the CSDL's `Abstract="true"`: the type has no instances of its own, only of its derived types. `GraphEntity::ABSTRACT` (or `GraphComplex::ABSTRACT`) is `true`, and an abstract entity is not [`Creatable`](crate::Creatable): its `create_with` is a compile error at the call that says to create a derived type. A derived type is concrete unless marked `abstract` itself; its `create_with` posts to the base's collection, with its own `@odata.type` in the body. The bare `create()` operation (no body) is kept. Not with `parameters` |
//! | `keyless` | an entity type whose CSDL declares no key (`microsoft.graph.security`, `reportRoot`, `admin`): addressed only as a singleton or through single-valued contained navigation. The struct has no key field, no `base = "entity"` and no `path`; `singleton`, `contains(...)` and bound `action`s and `function`s (not `collection` ones) work as for a keyed entity, as methods of `<Name>Paths`. It implements [`GraphEntity`](crate::GraphEntity) with `KEY_PROPERTY` `""` and `key()` `None`, but not [`Addressable`](crate::Addressable) or [`Keyed`](crate::Keyed): its `create_with` is one compile error, that it has no collection, and a contained collection of it (`contains` without `single`) is a compile error. It is [`Creatable`](crate::Creatable) unless `abstract`: it has a body of its own, only nowhere to post it. Not with a `#[graph(base)]` field or `parameters` |
//! | `also_reads = "microsoft.graph.agentUser"` | another namespace-qualified OData type (without `#`) whose documents this type reads as itself: a derived type that declares no property and no navigation property of its own, so that its values hold nothing this type's fields do not. Such a document keeps its `@odata.type`, written back exactly as read; a document of any other type is still an error. Repeatable, one name each; not the type's own `odata_type`, not twice. See [below](#types-read-as-their-base) |
//! | `projection_of = User` | the struct is a *projection*: some properties of the Graph type `User` (a type path, `graph_resources::graph::User`), checked at compile time, read wherever `User` is, and asked for with `$select`. It takes `User`'s OData type, key, paths and operations, so none of `odata_type`, `base`, `path`, `singleton`, `action`, `function`, `contains`, `complex`, `abstract`, `keyless`, `parameters`, `also_reads`; no `key`, `read_only` or `base` field. See [below](#projections) |
//! | `crate = "path"` | where the runtime crate is, for crates that re-export it (default `::graph_entity`) |
//!
//! On a field, `#[graph(...)]`:
//!
//! | attribute | meaning |
//! |---|---|
//! | `key` | this field is the key property (overrides `id`); a `String` or `Option<String>`, or for an Edm integer key an `i16`, `i32`, `i64` or `edm::Int64` (or an `Option` of one), written into paths as its digits |
//! | `rename = "jsonName"` | the JSON name; by default the lowerCamelCase of the field's name (`r#type` is `type`) |
//! | `read_only` | never in create or update bodies (the key never is either), and no field of the patch type |
//! | `non_nullable` | the CSDL's `Nullable="false"`: the declaration says the property is never `null`, for [`schema`](crate::schema) (the field may still be an `Option`, since `$select` leaves properties out; see [nullability](crate::schema#nullability)) |
//! | `base` | this field holds the base type (a struct deriving `GraphEntity`), whose properties, key, path and additional data this type inherits |
//! | `additional_data` | this [`AdditionalData`](crate::AdditionalData) field keeps everything the struct does not model; a field of that type must carry it |
//!
//! Field types: `Option<T>` (absent or `null` read as `None`; a `null` is remembered and written
//! back), [`Nullable<T>`](crate::Nullable) (absent, `null` and a value kept apart), or any other
//! serde type (required: absence or `null` is an error naming the property). Edm types map to
//! Rust types as listed in [`edm`](crate::edm).
//!
//! Return types (`returns = R`) are what [`Returned`](crate::response::Returned) reads: a
//! declared entity or complex type, `Page<T>`, `Vec<T>`, `String`, `bool`, `i32`, `i64`, `f64`,
//! `Guid`, `Date`, `DateTimeOffset`, `Value<T>` (an enum member), `()`. Method names are the
//! snake_case of the OData names (`mailFolders` → `mail_folders()`, `move` → `r#move()`); a name
//! that a step's own method would hide (`get`, `value`, `list`, ...) is a compile error.
//! `method = "delta_with_token"` inside `action(...)` or `function(...)` names the method
//! instead (a snake_case identifier; a keyword becomes a raw identifier): this is how an
//! overload is declared, since Graph has several functions of one name bound to one type
//! (`driveItem`'s `delta()` and `delta(token)`), and how an operation named like a step's
//! method is declared (`action(name = "delete", method = "delete_action")`). The URL keeps the
//! OData `name`. Two operations, or an operation and a `contains` navigation, with one method
//! are a compile error.
//!
//! ```
//! use graph_entity::GraphEntity;
//!
//! #[derive(GraphEntity)]
//! #[graph(parameters)]
//! struct DeltaToken {
//!     token: Option<String>,
//! }
//!
//! #[derive(GraphEntity)]
//! #[graph(
//!     odata_type = "microsoft.graph.driveItem",
//!     base = "entity",
//!     path = "/drives/root/items",
//!     function(name = "delta", returns = ()),
//!     function(name = "delta", method = "delta_with_token", parameters = DeltaToken, returns = ())
//! )]
//! struct DriveItem {
//!     id: Option<String>,
//! }
//!
//! let item = DriveItem::item("1");
//! assert_eq!(item.delta().to_string(), "GET /drives/root/items/1/delta()");
//! let token = DeltaToken { token: Some("a'b".into()) };
//! assert_eq!(
//!     item.delta_with_token(&token).to_string(),
//!     "GET /drives/root/items/1/delta(token='a%27%27b')"
//! );
//! ```
//! See [`address`](crate::address) for what the paths are.
//!
//! A struct with a key (its own, or its base's), or marked `keyless`, is an entity and implements
//! [`GraphEntity`](crate::GraphEntity), with a patch type `<Name>Patch`; one without is a complex
//! type and implements [`GraphComplex`](crate::GraphComplex). All get `serde::Serialize` and
//! `serde::Deserialize`: write no serde derive.
//!
//! ## Property names
//!
//! Every entity and complex type (but `parameters`) gets one inherent associated constant per
//! declared property, of type [`Property<Self>`](crate::request::query::Property): its field's name in
//! SCREAMING_SNAKE_CASE, holding the JSON name (`server_name` → `SERVER_NAME`, `"serverName"`;
//! with `rename`, the renamed JSON name; `r#type` → `TYPE`). These are what the typed query
//! options of [`Query<Self>`](crate::request::query::Query) take (`$select`, `$orderby`, `$filter`), so a
//! misspelled property does not compile:
//!
//! ```
//! # #[cfg(feature = "resources")] {
//! use graph_entity::query::{Literal, Order, Query, prop};
//! use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
//!
//! let query = Query::<Connector>::typed()
//!     .select([Connector::ID, Connector::SERVER_NAME])
//!     .filter(prop(Connector::STATUS).eq(Literal::enum_value("connected")))
//!     .order_by(Connector::LAST_SYNC_DATE_TIME, Order::Descending);
//! assert_eq!(
//!     query.to_string(),
//!     "?$select=id,serverName&$filter=status%20eq%20%27connected%27&$orderby=lastSyncDateTime%20desc",
//! );
//! # }
//! ```
//!
//! - **No shadowing.** An inherent constant would hide a trait constant of the same name behind
//!   the path `Type::NAME`, so a field whose constant would be `ODATA_TYPE`, `BASE_TYPE`,
//!   `KEY_PROPERTY`, `COLLECTION_PATH`, `ITEM_PATH`, `PROPERTIES`, `ACTIONS`, `ALL_PROPERTIES`
//!   or `ASSERT` gets the suffix `_PROPERTY` (`properties` → `PROPERTIES_PROPERTY`), and
//!   `Type::PROPERTIES` keeps its meaning. Two fields whose constants would share a name
//!   (`max_size` and `maxSize`) are a compile error at the second; an inherent item of your own
//!   with a constant's name is a duplicate definition.
//! - **Derived types.** A query over a derived type takes the property names of its bases too,
//!   at any depth: `Query<WebApp>` selects `MobileApp::DISPLAY_NAME` when `WebApp` has a
//!   `#[graph(base)]` field of type `MobileApp` (or of a type derived from it). In one array,
//!   convert a base's name with [`Property::for_type`](crate::request::query::Property::for_type):
//!   `.select([WebApp::APP_URL, MobileApp::DISPLAY_NAME.for_type()])`.
//!
//! ## Types read as their base
//!
//! An entity checks the `@odata.type` of what it reads: a document of another type is an error
//! (read a derived type's documents as the derived type, or through a
//! [`GraphPolymorphic`](#derivegraphpolymorphic) enum). Graph's CSDL has derived types that add
//! nothing to their base (`agentUser`, derived from `user`): `also_reads` names them, so that
//! the base reads their documents with no enum to match. (Complex types read any derived type
//! as themselves already; `also_reads` changes nothing there.)
//!
//! ```
//! use graph_entity::{AdditionalData, GraphEntity};
//!
//! #[derive(GraphEntity)]
//! #[graph(
//!     odata_type = "microsoft.graph.user",
//!     base = "entity",
//!     also_reads = "microsoft.graph.agentUser"
//! )]
//! struct User {
//!     id: Option<String>,
//!     display_name: Option<String>,
//!     #[graph(additional_data)]
//!     additional_data: AdditionalData,
//! }
//!
//! let agent = r##"{"@odata.type":"#microsoft.graph.agentUser","id":"1","displayName":"Bot"}"##;
//! let user: User = serde_json::from_str(agent)?;
//! assert_eq!(user.display_name.as_deref(), Some("Bot"));
//! assert_eq!(serde_json::to_string(&user)?, agent);
//!
//! let group = r##"{"@odata.type":"#microsoft.graph.group","id":"2"}"##;
//! assert!(serde_json::from_str::<User>(group).is_err());
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! ## Projections
//!
//! A projection is a struct of the properties you want of a Graph type, declared with
//! `projection_of = Type`: its fields are named as any derived struct's (the lowerCamelCase of
//! the field's name, or `rename`), and may have an `additional_data` field.
//!
//! - **Checked at compile time.** Each field must be a property of `Type` or of one of its base
//!   types, by JSON name, and its Rust type must stand for the property's Edm type
//!   ([`EdmType`](crate::schema::EdmType): `Option<T>`, [`Nullable<T>`](crate::Nullable) and
//!   `Box<T>` are `T`'s, `Vec<T>` a collection of `T`'s; a complex property may be read as
//!   its declared type or as a projection of it). A field that is not is one error, at its name,
//!   saying which property or Edm type it should be; every wrong field is reported. A property
//!   whose field in `Type` maps to no Edm type (a serde type of the program's own) is checked by
//!   name only.
//! - **`$select`.** Listing and getting a projection (`CollectionPath::list`,
//!   `ItemPath::get`, the client's `list` and `get`, batch items built from them) send
//!   `$select` of its properties, in declaration order
//!   ([`GraphEntity::DEFAULT_SELECT`](crate::GraphEntity::DEFAULT_SELECT)). Any other call of
//!   `Type`, such as its `delta()` round, becomes one of the projection with
//!   [`Call::project`](crate::Call::project). A query's own `$select` is added after the
//!   projection's (names it has already are written once): a query may ask for more, which the
//!   projection keeps in its `additional_data`, never for less.
//! - **Reading.** A projection reads wherever `Type` does: one item, `Page<P>`,
//!   `Page<DeltaItem<P>>`, batch items. It reads a document of any `@odata.type` (a projection
//!   of `directoryObject` reads users and groups; a type cannot know its derived types), keeping
//!   that type to write back; it writes `Type`'s `@odata.type` otherwise. Unknown properties go
//!   to its `additional_data` field, if it has one.
//! - **Derived types in a base type's collection.**
//!   [`CollectionPath::project`](crate::CollectionPath::project) lists a projection of a type
//!   derived from the collection's through the cast segment
//!   (`/groups/{id}/members/microsoft.graph.user`), so that every item is of its type.
//!
//! ```
//! use graph_entity::{GraphEntity, Page, Query, ServiceRoot};
//!
//! #[derive(GraphEntity)]
//! #[graph(base = "entity", odata_type = "microsoft.graph.directoryObject", path = "/directoryObjects")]
//! pub struct DirectoryObject {
//!     pub id: Option<String>,
//! }
//!
//! #[derive(GraphEntity)]
//! #[graph(odata_type = "microsoft.graph.user", path = "/users")]
//! pub struct User {
//!     #[graph(base)]
//!     pub base: DirectoryObject,
//!     pub display_name: Option<String>,
//!     pub business_phones: Option<Vec<String>>,
//!     pub city: Option<String>,
//! }
//!
//! #[derive(GraphEntity, Debug)]
//! #[graph(projection_of = User)]
//! pub struct UserRow {
//!     pub id: Option<String>, // a property of `directoryObject`, `User`'s base
//!     pub display_name: Option<String>,
//!     pub business_phones: Option<Vec<String>>,
//! }
//!
//! let request = ServiceRoot::v1().build(UserRow::collection().list(), &Query::new().top(5))?;
//! assert_eq!(
//!     request.uri(),
//!     "https://graph.microsoft.com/v1.0/users?$select=id,displayName,businessPhones&$top=5",
//! );
//! let page: Page<UserRow> = serde_json::from_str(
//!     r#"{"value":[{"id":"u1","displayName":"Adele","businessPhones":["1"]}]}"#,
//! )?;
//! assert_eq!(page.value[0].display_name.as_deref(), Some("Adele"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A field that `User` does not have, or of another type, does not compile:
//!
//! ```compile_fail
//! # use graph_entity::GraphEntity;
//! # #[derive(GraphEntity)]
//! # #[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users")]
//! # pub struct User { pub id: Option<String>, pub business_phones: Option<Vec<String>> }
//! #[derive(GraphEntity)]
//! #[graph(projection_of = User)]
//! pub struct UserRow {
//!     pub business_phones: Option<String>, // error: `businessPhones` is `Collection(Edm.String)`
//! }
//! ```
//!
//! # `#[derive(GraphEnum)]`
//!
//! On an enum of unit variants. On the enum, `#[graph(...)]`:
//!
//! | attribute | meaning |
//! |---|---|
//! | `odata_type = "microsoft.graph.x"` | optional: the enum's OData type, named in error messages |
//! | `flags` | the CSDL's `IsFlags="true"`: values are [`Flags<Self>`](crate::Flags), `"a,b"` on the wire |
//!
//! On a variant, `#[graph(rename = "member")]`: the member's name; by default the lowerCamelCase
//! of the variant's name. Implements [`GraphEnum`](crate::GraphEnum), `Serialize`,
//! `Deserialize`, `Display` and `FromStr`.
//!
//! # `#[derive(GraphPolymorphic)]`
//!
//! On an enum with one newtype variant per derived type, and `#[graph(other)]` on the one
//! variant that holds the base type: each item is read as the type its `@odata.type` names, and
//! an item of any other type (or none) as the base, keeping its type and properties. Generates
//! `base()`, `base_mut()`, `odata_type()`, `From` for each variant's type, `Serialize` and
//! `Deserialize`. An item whose first member is `@odata.type`, as Graph writes it, is read in
//! one pass, straight into its variant; an item whose `@odata.type` comes later, or that has
//! none, is first taken whole as JSON text (a copy of the item) and then read.
//!
//! # Mistakes
//!
//! Every misuse is a compile error that points at your tokens and says what to write instead,
//! all of one input at once.
