//! What a declaration says about its Graph type, for a conformance check against the service's
//! CSDL: every property's JSON name, the Edm type its Rust field type maps to, its nullability
//! and whether it is read-only; the type's key, base, abstractness, paths, contained navigation
//! and bound operations with their parameters and return types.
//!
//! `#[derive(GraphEntity)]` implements [`Described`] for every struct (and [`EdmType`] for every
//! entity, complex and enum type), so the same description comes from a hand-written
//! declaration and from a generated one. It implements `Described` with the `schema` feature, a
//! default one: a crate of many types that are never checked (`graph-resources` is one) turns
//! it off and does not type-check a description per type. `EdmType` is implemented with or
//! without it: a [projection](crate::projection)'s compile-time check reads it.
//!
//! ```
//! use graph_entity::schema::{Described, EdmRef};
//! use graph_entity::{AdditionalData, GraphEntity};
//!
//! #[derive(GraphEntity)]
//! #[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory",
//!         path = "/deviceManagement/deviceCategories")]
//! struct DeviceCategory {
//!     #[graph(non_nullable)]
//!     id: Option<String>,
//!     display_name: Option<String>,
//!     #[graph(read_only)]
//!     created: Option<graph_entity::edm::DateTimeOffset>,
//! }
//!
//! let schema = DeviceCategory::schema();
//! assert_eq!(schema.key, Some("id"));
//! assert_eq!(schema.collection_path, Some("/deviceManagement/deviceCategories"));
//! let id = &schema.properties[0];
//! assert_eq!((id.name, id.edm, id.nullable), ("id", Some(EdmRef::single("Edm.String")), false));
//! let created = &schema.properties[2];
//! assert_eq!(created.edm, Some(EdmRef::single("Edm.DateTimeOffset")));
//! assert!(created.read_only && created.nullable);
//! ```
//!
//! # Nullability
//!
//! CSDL says `Nullable="false"` of many properties, yet Graph omits any property a `$select`
//! leaves out, so the declarations keep every property an `Option` (or a
//! [`Nullable`](crate::Nullable)). The nullability a declaration states is therefore separate
//! from its field type: a property is non-nullable when its field is marked
//! `#[graph(non_nullable)]` (the CSDL's `Nullable="false"`) or when its type is required (not
//! an `Option` or a `Nullable`, so `null` cannot be read). A conformance check compares that
//! with the CSDL both ways.

/// An Edm type as a property, parameter or return refers to it: `Edm.String`,
/// `microsoft.graph.identity`, or a collection of either.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EdmRef {
    /// The qualified name: `Edm.String`, `microsoft.graph.identity`.
    pub name: &'static str,
    /// A collection of it (`Collection(Edm.String)`).
    pub collection: bool,
}

impl EdmRef {
    /// One value of `name`.
    pub const fn single(name: &'static str) -> Self {
        EdmRef {
            name,
            collection: false,
        }
    }

    /// A collection of `name`.
    pub const fn collection_of(name: &'static str) -> Self {
        EdmRef {
            name,
            collection: true,
        }
    }
}

/// `Collection(name)` or `name`, as CSDL writes it.
impl core::fmt::Display for EdmRef {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.collection {
            write!(f, "Collection({})", self.name)
        } else {
            f.write_str(self.name)
        }
    }
}

/// The Edm type a Rust type stands for, as a property's, parameter's or return's type. For the
/// primitive types, see the table of [`edm`](crate::edm); `Option`, `Nullable` and `Box` are
/// their content's; `Vec<T>`, [`Flags<E>`](crate::Flags)' collection form aside, is
/// `Collection(T)`; a declared entity, complex or enum type is its `odata_type` (with the
/// `schema` feature, as for [`Described`]).
pub trait EdmType {
    /// The Edm type.
    const EDM: EdmRef;
    /// A structured type's properties' Edm types, in the order of its `PROPERTIES` (its base
    /// type's first); `None` for a property whose Rust type maps to no Edm type. Empty for every
    /// other type. The derive generates it for every entity and complex type (with or without
    /// the `schema` feature), and only the compile-time check of a projection
    /// (`#[graph(projection_of = ...)]`) evaluates it.
    #[doc(hidden)]
    const PROPERTY_EDM: &'static [Option<EdmRef>] = &[];
}

macro_rules! primitive_edm {
    ($($ty:ty => $name:literal),* $(,)?) => {$(
        impl EdmType for $ty {
            const EDM: EdmRef = EdmRef::single($name);
        }
    )*};
}

primitive_edm!(
    String => "Edm.String",
    bool => "Edm.Boolean",
    u8 => "Edm.Byte",
    i8 => "Edm.SByte",
    i16 => "Edm.Int16",
    i32 => "Edm.Int32",
    i64 => "Edm.Int64",
    f32 => "Edm.Single",
    f64 => "Edm.Double",
    crate::edm::Int64 => "Edm.Int64",
    crate::edm::Double => "Edm.Double",
    crate::edm::Decimal => "Edm.Decimal",
    crate::edm::Guid => "Edm.Guid",
    crate::edm::Binary => "Edm.Binary",
    crate::edm::Date => "Edm.Date",
    crate::edm::TimeOfDay => "Edm.TimeOfDay",
    crate::edm::Duration => "Edm.Duration",
    crate::edm::DateTimeOffset => "Edm.DateTimeOffset",
    crate::edm::Stream => "Edm.Stream",
    serde_json::Value => "Edm.Untyped",
);

impl<T: EdmType> EdmType for Option<T> {
    const EDM: EdmRef = T::EDM;
}

impl<T: EdmType> EdmType for crate::wire::nullable::Nullable<T> {
    const EDM: EdmRef = T::EDM;
}

impl<T: EdmType> EdmType for Box<T> {
    const EDM: EdmRef = T::EDM;
}

impl<T: EdmType> EdmType for Vec<T> {
    const EDM: EdmRef = EdmRef::collection_of(T::EDM.name);
}

/// The navigation collections of generated types.
impl<T: EdmType> EdmType for thin_vec::ThinVec<T> {
    const EDM: EdmRef = EdmRef::collection_of(T::EDM.name);
}

/// A flags enum's value is one value of the enum type (`"a,b"`).
impl<E: EdmType + crate::wire::flags::GraphFlags> EdmType for crate::wire::flags::Flags<E> {
    const EDM: EdmRef = E::EDM;
}

/// A page of `T`: `Collection(T)`, as a return type.
impl<T: EdmType> EdmType for crate::response::page::Page<T> {
    const EDM: EdmRef = EdmRef::collection_of(T::EDM.name);
}

/// A delta item of `T`: `T`, as a return type's element.
impl<T: EdmType> EdmType for crate::response::page::DeltaItem<T> {
    const EDM: EdmRef = T::EDM;
}

/// A media stream return (`Returns Edm.Stream`): `Edm.Stream`.
impl EdmType for crate::response::Media {
    const EDM: EdmRef = EdmRef::single("Edm.Stream");
}

/// A primitive return read from `value`: `T`.
impl<T: EdmType> EdmType for crate::response::Value<T> {
    const EDM: EdmRef = T::EDM;
}

/// What a declared type is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    /// An entity type: it has a key.
    Entity,
    /// A complex type.
    Complex,
    /// The parameters of an action or a function: no Graph type of its own.
    Parameters,
}

/// One declared property (or parameter).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PropertySchema {
    /// The JSON name.
    pub name: &'static str,
    /// The Edm type its field type maps to; `None` for a field type that maps to none (a
    /// serde type of the program's own).
    pub edm: Option<EdmRef>,
    /// Whether the declaration allows `null`: see the [module](self#nullability).
    pub nullable: bool,
    /// `#[graph(read_only)]` (the key is read-only too).
    pub read_only: bool,
}

/// One navigation property: `contains(...)` or `navigation(...)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NavigationSchema {
    /// The JSON name.
    pub name: &'static str,
    /// The target's Edm type: the entity type, a collection of it unless `single`.
    pub target: EdmRef,
    /// Contained (`contains(...)`, `ContainsTarget="true"`), or a relationship to entities that
    /// live elsewhere (`navigation(...)`).
    pub contained: bool,
}

/// One bound action or function.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct OperationSchema {
    /// The OData name.
    pub name: &'static str,
    /// A function (a `GET`) rather than an action.
    pub is_function: bool,
    /// Bound to a collection of the type rather than to one entity.
    pub collection: bool,
    /// The parameters, but the binding parameter, in order.
    pub parameters: Vec<PropertySchema>,
    /// What it returns; `None` for nothing (`()`) or for a type that maps to no Edm type.
    pub returns: Option<EdmRef>,
}

/// What a declaration says about its type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TypeSchema {
    /// The qualified OData type (`""` for parameters).
    pub name: &'static str,
    /// Entity, complex type or parameters.
    pub kind: TypeKind,
    /// The qualified base type, if any.
    pub base: Option<&'static str>,
    /// `#[graph(abstract)]`.
    pub is_abstract: bool,
    /// The key property's JSON name (an entity's own key; a derived entity's is its base's).
    pub key: Option<&'static str>,
    /// The properties the struct itself declares, in order (a derived type's base's are in its
    /// base's schema).
    pub properties: Vec<PropertySchema>,
    /// `path`: the entity set (or collection) the type's items live in.
    pub collection_path: Option<&'static str>,
    /// `singleton`: the singleton of this type.
    pub singleton: Option<&'static str>,
    /// The contained navigation properties.
    pub navigations: Vec<NavigationSchema>,
    /// The bound actions and functions, in declaration order.
    pub operations: Vec<OperationSchema>,
}

/// A type that describes itself: implemented by `#[derive(GraphEntity)]` for every struct, when
/// graph-entity's `schema` feature (on by default) is on.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not describe itself",
    label = "no `Described` implementation",
    note = "`#[derive(GraphEntity)]` implements `Described` only with graph-entity's `schema` \
            feature (a default feature): add `features = [\"schema\"]` to the graph-entity \
            dependency of the crate that checks declarations"
)]
pub trait Described {
    /// The description.
    fn schema() -> TypeSchema;
}

/// What an enum type says: implemented by `#[derive(GraphEnum)]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EnumSchema {
    /// The qualified OData type, if declared.
    pub name: Option<&'static str>,
    /// The members, in order.
    pub members: &'static [&'static str],
    /// `#[graph(flags)]`.
    pub flags: bool,
}

/// The [`EnumSchema`] of `E`.
pub fn enum_schema<E: crate::wire::enums::GraphEnum>() -> EnumSchema {
    EnumSchema {
        name: E::ODATA_TYPE,
        members: E::MEMBERS,
        flags: E::FLAGS,
    }
}

// The Edm type of a field type, if it has one: an auto-ref probe, so that a field of a type that
// maps to none (a serde type of the program's own) compiles and describes itself as `None`.

/// Probes the [`EdmType`] of `T`. Named by generated code only.
#[doc(hidden)]
pub struct EdmProbe<T: ?Sized>(pub core::marker::PhantomData<fn() -> T>);

/// The probe of the Edm type of a field, from its read slot (`Option<T>`).
#[doc(hidden)]
#[inline]
pub fn edm_probe_of_slot<T>(_slot: &Option<T>) -> EdmProbe<T> {
    EdmProbe(core::marker::PhantomData)
}

/// The Edm type of a field type the derive knows maps to one (a std or Edm scalar).
#[doc(hidden)]
#[inline]
pub const fn edm_of<T: EdmType + ?Sized>() -> Option<EdmRef> {
    Some(T::EDM)
}

#[doc(hidden)]
pub trait KnownEdm {
    fn edm(&self) -> Option<EdmRef>;
}

impl<T: EdmType + ?Sized> KnownEdm for &EdmProbe<T> {
    #[inline]
    fn edm(&self) -> Option<EdmRef> {
        Some(T::EDM)
    }
}

#[doc(hidden)]
pub trait UnknownEdm {
    fn edm(&self) -> Option<EdmRef>;
}

impl<T: ?Sized> UnknownEdm for EdmProbe<T> {
    #[inline]
    fn edm(&self) -> Option<EdmRef> {
        None
    }
}

/// The return type `()`: no Edm type.
impl EdmType for () {
    const EDM: EdmRef = EdmRef::single("");
}

/// The return of an operation: `None` for `()` or a type that maps to no Edm type.
#[doc(hidden)]
pub fn returned(edm: Option<EdmRef>) -> Option<EdmRef> {
    edm.filter(|edm| !edm.name.is_empty())
}

/// Probes the parameters of an operation: a [`Described`] `parameters` struct's properties,
/// none for any other type. Named by generated code only.
#[doc(hidden)]
pub struct ParametersProbe<T: ?Sized>(pub core::marker::PhantomData<fn() -> T>);

#[doc(hidden)]
pub trait KnownParameters {
    fn parameters(&self) -> Vec<PropertySchema>;
}

impl<T: Described + ?Sized> KnownParameters for &ParametersProbe<T> {
    fn parameters(&self) -> Vec<PropertySchema> {
        T::schema().properties
    }
}

#[doc(hidden)]
pub trait UnknownParameters {
    fn parameters(&self) -> Vec<PropertySchema>;
}

impl<T: ?Sized> UnknownParameters for ParametersProbe<T> {
    fn parameters(&self) -> Vec<PropertySchema> {
        Vec::new()
    }
}
