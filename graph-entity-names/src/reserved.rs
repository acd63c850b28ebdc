//! The method names a generated function or method may not take, because a method of
//! graph-entity's address types, or a function of every entity, would hide it or be hidden by
//! it.
//!
//! The derive reports a declared operation or navigation whose Rust name is one of these; the
//! generator gives such an operation another method name (`get_function`). graph-entity's test
//! `reserved_names` reads its own sources and checks that these lists are exactly the address
//! types' methods, so that a method added there cannot silently hide a generated one.

/// The functions every entity type has (those of the trait `GraphEntity`, and the inherent
/// `singleton()` the derive generates for a type with `singleton = "/..."`). An action bound
/// to one item also gets a function of the type itself, `Type::name(key)`, which may not take
/// these names.
pub const TYPE_FUNCTIONS: &[&str] = &[
    "list",
    "create",
    "get",
    "update",
    "delete",
    "item_path",
    "key",
    "create_with",
    "update_with",
    "collection",
    "item",
    "singleton",
];

/// The methods of `ItemPath`, `SingletonPath` and `RelatedPath`, which would hide a navigation
/// or an operation of the same name on the generated `<Name>Paths` they dereference to. (Their
/// associated functions without `self`, `from_path` and `root`, hide no method.)
pub const ITEM_METHODS: &[&str] = &[
    "path",
    "template",
    "get",
    "update",
    "update_with",
    "replace",
    "replace_with",
    "delete",
    "cast",
    "stream",
    "value",
    "paths",
    "set_ref",
    "remove_ref",
    "bind",
    "bound_to",
];

/// The methods of `CollectionPath`, which would hide an operation bound to the collection on
/// the generated `<Name>CollectionPaths` it dereferences to.
pub const COLLECTION_METHODS: &[&str] = &[
    "path",
    "template",
    "item",
    "list",
    "create",
    "create_with",
    "cast",
    "paths",
    "project",
    "count",
];

/// The associated constants of `GraphEntity`, `GraphComplex`, `GraphBase`, `EntityBase`,
/// `ActionParameters` and `EdmType` that a property's constant must not shadow: a field whose
/// constant would take one of these names gets the suffix `_PROPERTY`
/// ([`crate::case::property_constant`]).
pub const TRAIT_CONSTANTS: &[&str] = &[
    "ODATA_TYPE",
    "BASE_TYPE",
    "KEY_PROPERTY",
    "COLLECTION_PATH",
    "ITEM_PATH",
    "PROPERTIES",
    "ACTIONS",
    "ALL_PROPERTIES",
    "ASSERT",
    "DEFAULT_SELECT",
    "PROPERTY_EDM",
];
