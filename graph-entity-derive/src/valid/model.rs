//! The checked form of each derive's input, which [`expand`](crate::expand) generates code
//! from: what the attributes resolve to, and every field with its role, computed once.

use crate::ast::{Entity, Enumeration, Field, Polymorphic};

/// A `GraphEntity` input that passed every rule: what its attributes resolve to, and every
/// field with its role, computed once here for [`expand`](crate::expand) to generate from.
pub struct CheckedEntity<'a> {
    /// The parsed struct, which keeps the user's tokens (name, visibility, fields) for spans.
    pub ast: &'a Entity,
    pub krate: syn::Path,
    pub kind: Kind,
    /// Namespace-qualified, without `#`; empty for action parameters.
    pub odata_type: String,
    /// Namespace-qualified, without `#`, when given as a string.
    pub base_type: Option<String>,
    pub actions: Vec<Action>,
    /// The contained navigation properties.
    pub navigations: Vec<Navigation>,
    /// `singleton = "/me"`: the address of a singleton of this type.
    pub singleton: Option<String>,
    /// `by_path`: its items are addressed by path too (`root:/a/b:`).
    pub by_path: bool,
    /// `also_reads`: the other namespace-qualified OData types read as this one, in
    /// declaration order.
    pub also_reads: Vec<String>,
    /// Every field of the struct, in declaration order, with its role.
    pub members: Vec<Member<'a>>,
}

/// What a checked struct is.
pub enum Kind {
    /// An entity with its own key field (the member of role [`Role::Key`]), and maybe a path.
    Entity { path: Option<String> },
    /// An entity that inherits its key from its `#[graph(base)]` field, and its collection too
    /// unless it has its own `path` (an entity set of its own, as `user` under
    /// `directoryObject`).
    DerivedEntity { path: Option<String> },
    /// `keyless`: an entity type whose CSDL declares no key (`microsoft.graph.security`,
    /// `reportRoot`): no key field, no collection; addressed only as a singleton or through
    /// single-valued contained navigation.
    Keyless,
    /// A complex type: no key.
    Complex,
    /// The body of an action: no OData type.
    Parameters,
    /// `projection_of = Of`: some properties of the Graph type `Of`, whose OData type, key,
    /// paths and operations it takes.
    Projection { of: syn::Path },
}

/// A field of a checked struct and what it is.
pub struct Member<'a> {
    pub field: &'a Field,
    pub role: Role,
}

/// What a field is to the JSON form of its struct.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The key property of an entity with its own key ([`Kind::Entity`]), in slot `slot`: a
    /// property that create and update bodies leave out.
    Key { slot: usize },
    /// One of the type's own JSON properties, in slot `slot`; `read_only` (from
    /// `#[graph(read_only)]`) leaves it out of create and update bodies.
    Property { slot: usize, read_only: bool },
    /// The `#[graph(base)]` field, which holds the base type's properties.
    Base,
    /// The `#[graph(additional_data)]` field, which keeps what the struct does not model.
    AdditionalData,
}

/// One of the type's own JSON properties: a member of role [`Role::Key`] or
/// [`Role::Property`].
#[derive(Clone, Copy)]
pub struct Property<'a> {
    pub field: &'a Field,
    /// Its position among the type's own properties, in declaration order: its slot
    /// (`__field{slot}`) in the generated `__Slots`, and its place in `PROPERTIES` and the
    /// index `property_index` gives it, after the base type's properties, if any.
    pub slot: usize,
    /// Whether create and update bodies leave it out: `#[graph(read_only)]`, or the key.
    pub read_only: bool,
}

impl<'a> Member<'a> {
    /// The member as a property of the type's own; `None` for `base` and `additional_data`.
    pub fn property(&self) -> Option<Property<'a>> {
        let (slot, read_only) = match self.role {
            Role::Key { slot } => (slot, true),
            Role::Property { slot, read_only } => (slot, read_only),
            Role::Base | Role::AdditionalData => return None,
        };
        Some(Property {
            field: self.field,
            slot,
            read_only,
        })
    }
}

impl<'a> CheckedEntity<'a> {
    /// The type's own JSON properties (not `additional_data`, not `base`), in slot order.
    pub fn properties(&self) -> impl Iterator<Item = Property<'a>> + '_ {
        self.members.iter().filter_map(Member::property)
    }

    /// The field of the member of `role` (`Base` or `AdditionalData`, which one field at most
    /// has).
    fn field_of(&self, role: Role) -> Option<&'a Field> {
        self.members
            .iter()
            .find(|member| member.role == role)
            .map(|member| member.field)
    }

    /// The `#[graph(base)]` field.
    pub fn base(&self) -> Option<&'a Field> {
        self.field_of(Role::Base)
    }

    /// The `#[graph(additional_data)]` field.
    pub fn additional_data(&self) -> Option<&'a Field> {
        self.field_of(Role::AdditionalData)
    }

    /// The key field of an entity with its own key.
    pub fn key(&self) -> Option<&'a Field> {
        self.members
            .iter()
            .find(|member| matches!(member.role, Role::Key { .. }))
            .map(|member| member.field)
    }

    /// Whether the type implements `GraphEntity`.
    pub fn is_entity(&self) -> bool {
        matches!(
            self.kind,
            Kind::Entity { .. } | Kind::DerivedEntity { .. } | Kind::Keyless
        )
    }

    /// Whether the type is an entity with a key (its own or its base's): one that has
    /// collections, and implements `Keyed`.
    pub fn is_keyed(&self) -> bool {
        matches!(self.kind, Kind::Entity { .. } | Kind::DerivedEntity { .. })
    }
}

/// Every field with its role: the slots are the positions among the fields that are neither
/// `base` nor `additional_data`; `key` is the key of an entity with its own key.
pub fn members(
    ast: &Entity,
    base: Option<usize>,
    additional_data: Option<usize>,
    key: Option<usize>,
) -> Vec<Member<'_>> {
    let mut slots = 0..;
    ast.fields
        .iter()
        .enumerate()
        .map(|(index, field)| {
            let role = if Some(index) == base {
                Role::Base
            } else if Some(index) == additional_data {
                Role::AdditionalData
            } else {
                let slot = slots.next().unwrap_or_default();
                if Some(index) == key {
                    Role::Key { slot }
                } else {
                    Role::Property {
                        slot,
                        read_only: field.attrs.read_only.is_present(),
                    }
                }
            };
            Member { field, role }
        })
        .collect()
}

/// A bound action or function of a checked entity.
pub struct Action {
    /// The OData name, the last segment of its path (`sync`).
    pub name: String,
    /// The Rust function that builds its request (`sync`), and the method of the generated
    /// `<Name>Paths` (or `<Name>CollectionPaths`).
    pub function: syn::Ident,
    /// The type of its body (an action) or arguments (a function), if it takes parameters.
    pub parameters: Option<syn::Path>,
    /// The type its response reads as: `()` when not given.
    pub returns: syn::Type,
    /// Bound to a collection of the type rather than to one item.
    pub collection: bool,
    /// A function (`GET`, arguments in the path) rather than an action.
    pub is_function: bool,
}

impl Action {
    /// Whether the type itself gets the function `Type::name(key, ...)` that builds its
    /// request (an action bound to one item; the form that predates typed paths).
    pub fn on_type(&self) -> bool {
        !self.collection && !self.is_function
    }
}

/// A navigation property of a checked entity, contained or not.
pub struct Navigation {
    /// The JSON name, the path segment (`messages`).
    pub name: String,
    /// The method of the generated `<Name>Paths` (`messages`).
    pub method: syn::Ident,
    /// The entity type it leads to.
    pub target: syn::Type,
    /// Single-valued.
    pub single: bool,
    /// Contained (`contains`), or a relationship to entities that live elsewhere
    /// (`navigation`), which changes only as `allows` says.
    pub contained: bool,
    /// What a non-contained navigation allows beyond reading.
    pub allows: Allows,
    /// The entity set a non-contained navigation is bound to (`/directoryObjects`), under which
    /// its references' URLs are written; else the target type's own.
    pub binding: Option<String>,
    /// The only types a non-contained navigation may hold (`admits(...)`); `None` for any type
    /// derived from its target.
    pub admits: Option<Vec<syn::Path>>,
    /// What a contained step allows (`allows(...)`), each keyword with its span; `None` for
    /// everything (the runtime's `AllCapabilities`).
    pub capabilities: Option<Vec<(crate::symbol::Symbol, proc_macro2::Span)>>,
}

/// What a non-contained navigation allows beyond reading: the runtime's marker types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Allows {
    /// Nothing: `ReadOnly`.
    Reading,
    /// `$ref`: `ByReference`.
    References,
    /// Creating entities of its target: `Creates`.
    Creating,
}

/// A `GraphEnum` input that passed every rule.
pub struct CheckedEnum<'a> {
    pub ast: &'a Enumeration,
    pub krate: syn::Path,
    pub odata_type: Option<String>,
}

/// A `GraphPolymorphic` input that passed every rule.
pub struct CheckedPolymorphic<'a> {
    pub ast: &'a Polymorphic,
    pub krate: syn::Path,
    /// Index of the `#[graph(other)]` variant.
    pub other: usize,
}
