//! Cross-field rules. Turns the parsed [`ast`](crate::ast) into the checked form that
//! [`expand`](crate::expand) generates code from, or into every error the input has: one per
//! mistake, with no follow-on errors.

use graph_entity_names::case;
use graph_entity_names::reserved::{
    COLLECTION_METHODS as RESERVED_COLLECTION_METHODS, ITEM_METHODS as RESERVED_ITEM_METHODS,
    TYPE_FUNCTIONS as RESERVED_FUNCTIONS,
};
use proc_macro2::Span;
use syn::spanned::Spanned;

use crate::ast::{Entity, Enumeration, Field, Polymorphic};
use crate::attr::CratePath;
use crate::symbol::{self, METHOD, NAME};

/// OData's own namespace for Graph types; `base = "entity"` resolves to `microsoft.graph.entity`.
const ENTITY_BASE: &str = "microsoft.graph.entity";
/// The key property that `microsoft.graph.entity` brings.
const ENTITY_KEY: &str = "id";
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
fn members(
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

/// A contained navigation property of a checked entity.
pub struct Navigation {
    /// The JSON name, the path segment (`messages`).
    pub name: String,
    /// The method of the generated `<Name>Paths` (`messages`).
    pub method: syn::Ident,
    /// The contained entity type.
    pub target: syn::Type,
    /// Single-valued.
    pub single: bool,
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

pub fn check_entity<'a>(
    ast: &'a Entity,
    errors: &mut Vec<syn::Error>,
) -> Option<CheckedEntity<'a>> {
    let before = errors.len();
    no_generics(&ast.generics, "GraphEntity", errors);
    let attrs = &ast.attrs;
    let parameters = attrs.parameters.is_present();

    let odata_type = match (&attrs.odata_type, parameters) {
        (Some(odata_type), false) => qualified_name(odata_type.as_ref(), odata_type.span(), errors)
            .then(|| odata_type.as_ref().clone()),
        (Some(odata_type), true) => {
            errors.push(syn::Error::new(
                odata_type.span(),
                "action parameters have no OData type: remove `odata_type`",
            ));
            None
        }
        (None, true) => Some(String::new()),
        (None, false) => {
            if ast.complete {
                errors.push(syn::Error::new_spanned(
                    &ast.anchor,
                    "missing `odata_type`: write \
                     `#[graph(odata_type = \"microsoft.graph.yourType\")]` on the struct",
                ));
            }
            None
        }
    };

    let base_type = attrs.base.as_ref().and_then(|base| {
        let text = base.as_ref();
        if text.contains('.') {
            qualified_name(text, base.span(), errors).then(|| text.clone())
        } else if simple_identifier(text) {
            let namespace = odata_type
                .as_deref()
                .and_then(|name| name.rsplit_once('.'))
                .map_or("microsoft.graph", |(namespace, _)| namespace);
            Some(format!("{namespace}.{text}"))
        } else {
            errors.push(syn::Error::new(
                base.span(),
                format!(
                    "`{text}` is not an OData type name: write a name such as \
                     `base = \"entity\"` or `base = \"microsoft.graph.entity\"`"
                ),
            ));
            None
        }
    });

    let (additional_data, base_field) = check_fields(ast, errors);
    if let (Some(base_field), Some(base)) = (base_field, &attrs.base) {
        errors.push(syn::Error::new(
            base.span(),
            format!(
                "the base type is the type of field `{}`: remove `base = \"...\"`",
                ast.fields[base_field].member
            ),
        ));
    }
    let keyless = attrs.keyless.is_present();
    let key = if keyless {
        check_keyless(ast, base_type.as_deref(), base_field, errors);
        None
    } else {
        resolve_key(ast, base_type.as_deref(), errors)
    };

    let kind = if parameters {
        for (flag, what) in [
            (attrs.path.as_ref().map(|path| path.span()), "`path`"),
            (attrs.base.as_ref().map(|base| base.span()), "`base`"),
            (
                attrs.complex.is_present().then(|| attrs.complex.span()),
                "`complex`",
            ),
            (
                attrs.abstract_.is_present().then(|| attrs.abstract_.span()),
                "`abstract`",
            ),
            (keyless.then(|| attrs.keyless.span()), "`keyless`"),
            (attrs.actions.first().map(|action| action.span()), "actions"),
            (
                attrs.contains.first().map(|contains| contains.span()),
                "navigation",
            ),
            (
                attrs.singleton.as_ref().map(|singleton| singleton.span()),
                "`singleton`",
            ),
            (key.map(|key| ast.fields[key].json_name_span), "key"),
            (
                attrs.also_reads.first().map(|also| also.span()),
                "`also_reads`",
            ),
        ] {
            if let Some(span) = flag {
                errors.push(syn::Error::new(
                    span,
                    format!("action parameters have no {what}: remove it, or remove `parameters`"),
                ));
            }
        }
        Kind::Parameters
    } else if keyless {
        if let Some(path) = &attrs.path {
            errors.push(syn::Error::new(
                path.span(),
                "a `keyless` type has no key, so no collection to address: remove `path`, and \
                 address it with `singleton = \"/...\"` or a parent's \
                 `contains(name = \"...\", target = ThisType, single)`",
            ));
        }
        if attrs.complex.is_present() && base_field.is_none() {
            errors.push(syn::Error::new(
                attrs.complex.span(),
                "`keyless` marks an entity type without a key, `complex` a derived complex type: \
                 remove one of them",
            ));
        }
        Kind::Keyless
    } else if base_field.is_some() {
        if attrs.complex.is_present() {
            if let Some(path) = &attrs.path {
                errors.push(syn::Error::new(
                    path.span(),
                    "a complex type has no key, so no collection to address: remove `path`",
                ));
            }
            Kind::Complex
        } else {
            Kind::DerivedEntity {
                path: attrs.path.as_ref().and_then(|path| {
                    check_path(PATH_KEYWORD, path.as_ref(), path.span(), errors)
                        .then(|| path.as_ref().clone())
                }),
            }
        }
    } else {
        if attrs.complex.is_present() {
            errors.push(syn::Error::new(
                attrs.complex.span(),
                "`complex` is for derived complex types, with a `#[graph(base)]` field; a type \
                 without a key is a complex type already: remove `complex`",
            ));
        }
        match key {
            Some(_) => Kind::Entity {
                path: attrs.path.as_ref().and_then(|path| {
                    check_path(PATH_KEYWORD, path.as_ref(), path.span(), errors)
                        .then(|| path.as_ref().clone())
                }),
            },
            None => {
                if let (Some(path), true) = (&attrs.path, ast.complete) {
                    errors.push(syn::Error::new(
                        path.span(),
                        "a `path` addresses items by their key, and this type has none: add \
                         `base = \"entity\"` with an `id` field, or mark the key field \
                         `#[graph(key)]`",
                    ));
                }
                Kind::Complex
            }
        }
    };

    let is_entity = matches!(
        kind,
        Kind::Entity { .. } | Kind::DerivedEntity { .. } | Kind::Keyless
    );
    let actions = check_actions(ast, is_entity, keyless, errors);
    let navigations = check_navigations(ast, is_entity, &actions, errors);
    let singleton = attrs.singleton.as_ref().and_then(|singleton| {
        if !is_entity {
            if ast.complete && !matches!(kind, Kind::Parameters) {
                errors.push(syn::Error::new(
                    singleton.span(),
                    "a singleton is an entity, and this type has no key: add \
                     `base = \"entity\"` with an `id` field, or mark the key field \
                     `#[graph(key)]`, or mark the type `keyless` if its CSDL entity type has no \
                     key",
                ));
            }
            return None;
        }
        check_path(
            SINGLETON_KEYWORD,
            singleton.as_ref(),
            singleton.span(),
            errors,
        )
        .then(|| singleton.as_ref().clone())
    });
    let also_reads = if parameters {
        Vec::new()
    } else {
        check_also_reads(&attrs.also_reads, odata_type.as_deref(), errors)
    };
    let krate = crate_path(attrs.krate.as_ref());
    let own_key = if matches!(kind, Kind::Entity { .. }) {
        key
    } else {
        None
    };
    let members = members(ast, base_field, additional_data, own_key);
    if !matches!(kind, Kind::Parameters) {
        crate::properties::check(members.iter().filter_map(Member::property), errors);
    }

    if errors.len() > before {
        return None;
    }
    Some(CheckedEntity {
        ast,
        krate,
        kind,
        odata_type: odata_type?,
        base_type,
        actions,
        navigations,
        singleton,
        also_reads,
        members,
    })
}

/// The names of `also_reads`: each a qualified OData type name, not the type's own, and not
/// given twice.
fn check_also_reads(
    also_reads: &[crate::attr::Text],
    odata_type: Option<&str>,
    errors: &mut Vec<syn::Error>,
) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(also_reads.len());
    for also in also_reads {
        let (text, span) = (also.as_ref(), also.span());
        if !qualified_name(text, span, errors) {
            continue;
        }
        if odata_type == Some(text.as_str()) {
            errors.push(syn::Error::new(
                span,
                format!(
                    "`{text}` is this type's own `odata_type`, which it always reads: remove \
                     this `also_reads`"
                ),
            ));
        } else if names.contains(text) {
            errors.push(syn::Error::new(
                span,
                format!("`also_reads = \"{text}\"` is given twice: keep one"),
            ));
        } else {
            names.push(text.clone());
        }
    }
    names
}

pub fn check_enum<'a>(
    ast: &'a Enumeration,
    errors: &mut Vec<syn::Error>,
) -> Option<CheckedEnum<'a>> {
    let before = errors.len();
    no_generics(&ast.generics, "GraphEnum", errors);
    let odata_type = ast.attrs.odata_type.as_ref().and_then(|odata_type| {
        qualified_name(odata_type.as_ref(), odata_type.span(), errors)
            .then(|| odata_type.as_ref().clone())
    });
    if ast.variants.is_empty() && errors.len() == before {
        errors.push(syn::Error::new(
            ast.ident.span(),
            "a GraphEnum needs at least one member: write `enum Name { MemberOne, MemberTwo }`",
        ));
    }
    for (index, variant) in ast.variants.iter().enumerate() {
        if variant.member.is_empty() {
            errors.push(syn::Error::new(
                variant.member_span,
                "a member name cannot be empty: write `#[graph(rename = \"memberName\")]`",
            ));
            continue;
        }
        if ast.attrs.flags.is_present() && variant.member.contains(',') {
            errors.push(syn::Error::new(
                variant.member_span,
                "a flags member name cannot hold `,`, which separates members: rename it",
            ));
        }
        if let Some(first) = ast.variants[..index]
            .iter()
            .find(|earlier| earlier.member == variant.member)
        {
            errors.push(syn::Error::new(
                variant.member_span,
                format!(
                    "`{}` is already the member name of `{}`: give this variant another \
                     `#[graph(rename = \"...\")]`",
                    variant.member, first.ident
                ),
            ));
        }
    }
    let krate = crate_path(ast.attrs.krate.as_ref());
    (errors.len() == before).then_some(CheckedEnum {
        ast,
        krate,
        odata_type,
    })
}

pub fn check_polymorphic<'a>(
    ast: &'a Polymorphic,
    errors: &mut Vec<syn::Error>,
) -> Option<CheckedPolymorphic<'a>> {
    let before = errors.len();
    no_generics(&ast.generics, "GraphPolymorphic", errors);
    let others: Vec<(usize, Span)> = ast
        .variants
        .iter()
        .enumerate()
        .filter_map(|(index, variant)| variant.other.map(|span| (index, span)))
        .collect();
    for (_, span) in others.iter().skip(1) {
        errors.push(syn::Error::new(
            *span,
            "`other` is already on another variant: one variant holds the items of types no \
             variant names",
        ));
    }
    let other = others.first().map(|(index, _)| *index);
    if other.is_none() && ast.complete {
        errors.push(syn::Error::new(
            ast.ident.span(),
            "a GraphPolymorphic enum needs a variant for items of types it does not name: add \
             `#[graph(other)] Other(Base)`, holding the base type",
        ));
    }
    let krate = crate_path(ast.attrs.krate.as_ref());
    if errors.len() > before {
        return None;
    }
    Some(CheckedPolymorphic {
        ast,
        krate,
        other: other?,
    })
}

fn crate_path(krate: Option<&CratePath>) -> syn::Path {
    krate.map_or_else(
        || syn::parse_quote!(::graph_entity),
        |krate| krate.path().clone(),
    )
}

fn no_generics(generics: &syn::Generics, derive: &str, errors: &mut Vec<syn::Error>) {
    if !generics.params.is_empty() {
        errors.push(syn::Error::new(
            generics.params.span(),
            format!(
                "{derive} describes one concrete Graph type: remove the generic parameters and \
                 name the concrete field types"
            ),
        ));
    }
}

/// Checks `namespace.name` (at least one dot, every segment an OData simple identifier).
fn qualified_name(text: &str, span: Span, errors: &mut Vec<syn::Error>) -> bool {
    let message = if let Some(stripped) = text.strip_prefix('#') {
        format!("write the type name without `#`: `\"{stripped}\"`")
    } else if !text.contains('.') {
        format!(
            "`{text}` has no namespace: write the qualified name, e.g. \
             `\"microsoft.graph.{text}\"`"
        )
    } else if !text.split('.').all(simple_identifier) {
        format!(
            "`{text}` is not a qualified OData type name: write dot-separated identifiers, \
             e.g. `\"microsoft.graph.deviceManagementExchangeConnector\"`"
        )
    } else {
        return true;
    };
    errors.push(syn::Error::new(span, message));
    false
}

/// An OData `SimpleIdentifier`: a letter or `_`, then letters, digits or `_`.
fn simple_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars
        .next()
        .is_some_and(|first| first.is_alphabetic() || first == '_')
        && chars.all(|ch| ch.is_alphanumeric() || ch == '_')
}

/// Checks every field's own attributes and the JSON names across fields; returns the indices
/// of the `additional_data` and `base` fields.
fn check_fields(ast: &Entity, errors: &mut Vec<syn::Error>) -> (Option<usize>, Option<usize>) {
    let mut additional_data: Option<usize> = None;
    let mut base: Option<usize> = None;
    for (index, field) in ast.fields.iter().enumerate() {
        let attrs = &field.attrs;
        let special = [
            (
                attrs.additional_data.is_present(),
                Role::AdditionalData,
                symbol::ADDITIONAL_DATA,
                attrs.additional_data.span(),
            ),
            (
                attrs.base.is_present(),
                Role::Base,
                symbol::BASE,
                attrs.base.span(),
            ),
        ];
        if let Some((_, role, role_name, flag_span)) =
            special.into_iter().find(|(present, ..)| *present)
        {
            let slot = if role == Role::Base {
                &mut base
            } else {
                &mut additional_data
            };
            match slot {
                Some(first) => errors.push(syn::Error::new(
                    flag_span,
                    format!(
                        "`{role_name}` is already on field `{}`: remove this `{role_name}`",
                        ast.fields[*first].member
                    ),
                )),
                None => *slot = Some(index),
            }
            for (present, span, what) in [
                (attrs.key.is_present(), attrs.key.span(), "`key`"),
                (
                    attrs.read_only.is_present(),
                    attrs.read_only.span(),
                    "`read_only`",
                ),
                (
                    attrs.non_nullable.is_present(),
                    attrs.non_nullable.span(),
                    "`non_nullable`",
                ),
                (
                    attrs.rename.is_some(),
                    attrs.rename.as_ref().map_or(flag_span, |r| r.span()),
                    "`rename`",
                ),
                (
                    attrs.base.is_present() && role != Role::Base,
                    attrs.base.span(),
                    "`base`",
                ),
            ] {
                if present {
                    errors.push(syn::Error::new(
                        span,
                        format!(
                            "the `{role_name}` field is not a JSON property of its own: remove \
                             {what}"
                        ),
                    ));
                }
            }
            continue;
        }
        if field.names_additional_data() {
            errors.push(syn::Error::new_spanned(
                &field.ty,
                "a field of type `AdditionalData` keeps what the struct does not model: mark it \
                 `#[graph(additional_data)]`",
            ));
            continue;
        }
        let name = &field.json_name;
        if name.is_empty() {
            errors.push(syn::Error::new(
                field.json_name_span,
                "a JSON property name cannot be empty: write `rename = \"propertyName\"`",
            ));
            continue;
        }
        if name.contains('@') {
            errors.push(syn::Error::new(
                field.json_name_span,
                format!(
                    "`{name}` is control information or an annotation (`@odata.type` is written \
                     by the derive): name the field after a property, and keep annotations in an \
                     `#[graph(additional_data)]` field"
                ),
            ));
            continue;
        }
        let earlier = ast.fields[..index].iter().find(|earlier| {
            !earlier.attrs.additional_data.is_present()
                && !earlier.attrs.base.is_present()
                && earlier.json_name == *name
        });
        if let Some(earlier) = earlier {
            errors.push(syn::Error::new(
                field.json_name_span,
                format!(
                    "`{name}` is already the JSON name of field `{}`: give one of them another \
                     `#[graph(rename = \"...\")]`",
                    earlier.member
                ),
            ));
        }
    }
    (additional_data, base)
}

fn is_property(field: &Field) -> bool {
    !field.attrs.additional_data.is_present() && !field.attrs.base.is_present()
}

fn resolve_key(
    ast: &Entity,
    base_type: Option<&str>,
    errors: &mut Vec<syn::Error>,
) -> Option<usize> {
    let mut explicit: Option<usize> = None;
    for (index, field) in ast.fields.iter().enumerate() {
        if !field.attrs.key.is_present() || !is_property(field) {
            continue;
        }
        match explicit {
            Some(first) => errors.push(syn::Error::new(
                field.attrs.key.span(),
                format!(
                    "`key` is already on field `{}`: an entity has one key property, remove \
                     this `key`",
                    ast.fields[first].member
                ),
            )),
            None => explicit = Some(index),
        }
    }
    if explicit.is_some() {
        return explicit;
    }
    let base = base_type?;
    let id = ast
        .fields
        .iter()
        .position(|field| is_property(field) && field.json_name == ENTITY_KEY);
    if id.is_none() && base == ENTITY_BASE && ast.complete {
        let span = ast.attrs.base.as_ref().map(|base| base.span());
        let message = "`base = \"entity\"` brings the key property `id`: declare the field \
                       `pub id: Option<String>`";
        errors.push(match span {
            Some(span) => syn::Error::new(span, message),
            None => syn::Error::new_spanned(&ast.anchor, message),
        });
    }
    id
}

/// The rules of a `keyless` type: no key field, no `base = "entity"` (which brings the key
/// `id`), no `#[graph(base)]` field (a derived type has its base's key).
fn check_keyless(
    ast: &Entity,
    base_type: Option<&str>,
    base_field: Option<usize>,
    errors: &mut Vec<syn::Error>,
) {
    for field in ast
        .fields
        .iter()
        .filter(|field| field.attrs.key.is_present())
    {
        if is_property(field) {
            errors.push(syn::Error::new(
                field.attrs.key.span(),
                "a `keyless` type has no key property: remove `key`, or remove `keyless` from \
                 the struct",
            ));
        }
    }
    if let (Some(ENTITY_BASE), Some(base)) = (base_type, &ast.attrs.base) {
        errors.push(syn::Error::new(
            base.span(),
            "`base = \"entity\"` brings the key property `id`, and a `keyless` type has no \
             key: remove `base = \"entity\"`, or remove `keyless` from the struct",
        ));
    }
    if let Some(base_field) = base_field {
        errors.push(syn::Error::new(
            ast.fields[base_field].attrs.base.span(),
            "`keyless` is for a root entity type: a derived type has its base's key (or lack of \
             one); remove `keyless` from the struct, or remove `base` from this field",
        ));
    }
}

/// `path` and `singleton`: what the address is, for messages.
const PATH_KEYWORD: (symbol::Symbol, &str) = (symbol::PATH, "a collection");
const SINGLETON_KEYWORD: (symbol::Symbol, &str) = (symbol::SINGLETON, "a singleton");

fn check_path(
    (keyword, what): (symbol::Symbol, &str),
    path: &str,
    span: Span,
    errors: &mut Vec<syn::Error>,
) -> bool {
    let error = if !path.starts_with('/') {
        format!("`{keyword}` starts at the service root: write `\"/{path}\"`")
    } else if path.len() == 1 || path.ends_with('/') {
        format!(
            "`{keyword}` names {what}, without a trailing `/`: write `\"{}\"`",
            path.trim_end_matches('/')
        )
    } else if path.contains("//") {
        format!("`{keyword}` has an empty segment: write one `/` between segments")
    } else if let Some(bad) = path.chars().find(|ch| !path_char(*ch)) {
        let example = if keyword == symbol::SINGLETON {
            "`\"/me\"`"
        } else {
            "`\"/deviceManagement/exchangeConnectors\"`"
        };
        let contained = if bad == '{' || bad == '}' {
            "; a type contained under another's items is reached from them: declare \
             `contains(name = \"...\", target = ThisType)` on the parent type"
        } else {
            ""
        };
        format!(
            "`{keyword}` cannot contain `{}`: write the address of {what}, such as {example} \
             (keys and queries are added by the generated functions){contained}",
            bad.escape_default()
        )
    } else {
        return true;
    };
    errors.push(syn::Error::new(span, error));
    false
}

/// RFC 3986 `pchar` without percent-escapes, plus the `/` between segments.
fn path_char(ch: char) -> bool {
    ch.is_ascii_alphanumeric() || "/-._~!$&'()*+,;=:@".contains(ch)
}

fn check_actions(
    ast: &Entity,
    is_entity: bool,
    keyless: bool,
    errors: &mut Vec<syn::Error>,
) -> Vec<Action> {
    let mut actions: Vec<Action> = Vec::with_capacity(ast.attrs.actions.len());
    for action in &ast.attrs.actions {
        let name = &action.name;
        let span = action.span();
        let keyword = action.keyword();
        let what = if action.is_function {
            "a function"
        } else {
            "an action"
        };
        if name.is_empty() {
            errors.push(syn::Error::new(
                span,
                format!("{what} needs its name: write `{keyword} = \"sync\"`"),
            ));
            continue;
        }
        if !simple_identifier(name) || !name.is_ascii() {
            errors.push(syn::Error::new(
                span,
                format!(
                    "`{name}` is not {what} name: write the bound {keyword}'s OData name, e.g. \
                     `{keyword}(name = \"sync\")`"
                ),
            ));
            continue;
        }
        if !is_entity {
            if ast.complete && !ast.attrs.parameters.is_present() {
                errors.push(syn::Error::new(
                    span,
                    format!(
                        "a bound {keyword} is called on an entity or a collection of entities, \
                         and this type has no key: add `base = \"entity\"` with an `id` field, \
                         or mark the key field `#[graph(key)]`, or mark the type `keyless` if \
                         its CSDL entity type has no key"
                    ),
                ));
            }
            continue;
        }
        if keyless && action.collection {
            errors.push(syn::Error::new(
                span,
                format!(
                    "a `keyless` type has no collection to bind {what} to: remove `collection`, \
                     binding `{name}` to the singleton or contained entity"
                ),
            ));
            continue;
        }
        // `method = "..."` names the Rust method; its errors are at its own literal.
        let (function_name, span) = match &action.method {
            Some((method, method_span)) => {
                let method = method.strip_prefix("r#").unwrap_or(method);
                if !snake_identifier(method) {
                    errors.push(syn::Error::new(
                        *method_span,
                        format!(
                            "`{method}` is not a method name: write a snake_case Rust \
                             identifier, e.g. `{METHOD} = \"{}_with_token\"`",
                            case::snake(name)
                        ),
                    ));
                    continue;
                }
                (method.to_owned(), *method_span)
            }
            None => (case::snake(name), span),
        };
        let on_type = !action.collection && !action.is_function;
        let reserved = if action.collection {
            RESERVED_COLLECTION_METHODS
        } else {
            RESERVED_ITEM_METHODS
        };
        let kind = if action.is_function {
            "function"
        } else {
            "action"
        };
        if on_type && RESERVED_FUNCTIONS.contains(&function_name.as_str()) {
            errors.push(syn::Error::new(
                span,
                format!(
                    "an action's function `{function_name}` would hide `GraphEntity::\
                     {function_name}`: name it otherwise, e.g. \
                     `{keyword}({NAME} = \"{name}\", {METHOD} = \"{function_name}_{kind}\")`"
                ),
            ));
            continue;
        }
        if reserved.contains(&function_name.as_str()) {
            let on = if action.collection {
                "CollectionPath"
            } else {
                "ItemPath"
            };
            errors.push(syn::Error::new(
                span,
                format!(
                    "the method `{function_name}` of {what} would be hidden by \
                     `{on}::{function_name}`: name it otherwise, e.g. \
                     `{keyword}({NAME} = \"{name}\", {METHOD} = \"{function_name}_{kind}\")`"
                ),
            ));
            continue;
        }
        let Some(function) = function_ident(&function_name, span) else {
            errors.push(syn::Error::new(
                span,
                format!(
                    "`{function_name}` cannot name a Rust function: name it otherwise, e.g. \
                     `{keyword}({NAME} = \"{name}\", {METHOD} = \"{function_name}_{kind}\")`"
                ),
            ));
            continue;
        };
        if let Some(earlier) = actions
            .iter()
            .find(|earlier| earlier.function == function && earlier.collection == action.collection)
        {
            let message = if earlier.name != *name {
                format!(
                    "`{}` and `{name}` would both be the method `{function_name}`: name one \
                     of them otherwise, e.g. `{METHOD} = \"{function_name}_{kind}\"`",
                    earlier.name
                )
            } else if !action.is_function && !earlier.is_function {
                format!("{keyword} `{name}` is declared twice: remove one of them")
            } else if earlier.is_function == action.is_function {
                format!(
                    "{keyword} `{name}` already has the method `{function_name}`: remove one of \
                     them, or, for an overload, name its method after its parameters, e.g. \
                     `{METHOD} = \"{function_name}_with_token\"`"
                )
            } else {
                format!(
                    "`{name}` is declared as both an action and a function: keep the one the \
                     CSDL declares"
                )
            };
            errors.push(syn::Error::new(span, message));
            continue;
        }
        actions.push(Action {
            name: name.clone(),
            function,
            parameters: action.parameters.clone(),
            returns: action
                .returns
                .clone()
                .unwrap_or_else(|| syn::parse_quote_spanned!(span=> ())),
            collection: action.collection,
            is_function: action.is_function,
        });
    }
    actions
}

fn check_navigations(
    ast: &Entity,
    is_entity: bool,
    actions: &[Action],
    errors: &mut Vec<syn::Error>,
) -> Vec<Navigation> {
    let mut navigations: Vec<Navigation> = Vec::with_capacity(ast.attrs.contains.len());
    for contains in &ast.attrs.contains {
        let name = &contains.name;
        let span = contains.span();
        if !simple_identifier(name) || !name.is_ascii() {
            errors.push(syn::Error::new(
                span,
                format!(
                    "`{name}` is not a navigation property's name: write its JSON name, e.g. \
                     `contains(name = \"messages\", target = Message)`"
                ),
            ));
            continue;
        }
        if !is_entity {
            if ast.complete && !ast.attrs.parameters.is_present() {
                errors.push(syn::Error::new(
                    span,
                    "only an entity contains others, and this type has no key: add \
                     `base = \"entity\"` with an `id` field, or mark the key field \
                     `#[graph(key)]`, or mark the type `keyless` if its CSDL entity type has no \
                     key",
                ));
            }
            continue;
        }
        let method_name = case::snake(name);
        if RESERVED_ITEM_METHODS.contains(&method_name.as_str()) {
            errors.push(syn::Error::new(
                span,
                format!(
                    "the method `{method_name}` of this navigation would be hidden by \
                     `ItemPath::{method_name}`: this derive cannot declare `{name}`; reach it \
                     with `CollectionPath::from_path(item.paths().path().segment(\"{name}\"))`"
                ),
            ));
            continue;
        }
        let Some(method) = function_ident(&method_name, span) else {
            errors.push(syn::Error::new(
                span,
                format!("`{name}` cannot name a Rust method: this derive cannot declare it"),
            ));
            continue;
        };
        let taken = navigations
            .iter()
            .map(|earlier| (&earlier.method, &earlier.name))
            .chain(
                actions
                    .iter()
                    .filter(|action| !action.collection)
                    .map(|action| (&action.function, &action.name)),
            )
            .find(|(earlier, _)| **earlier == method);
        if let Some((_, earlier)) = taken {
            errors.push(syn::Error::new(
                span,
                format!(
                    "`{earlier}` and `{name}` would both be the method `{method_name}`: \
                     declare only one of them, or name the operation's method otherwise with \
                     `{METHOD} = \"{method_name}_function\"`"
                ),
            ));
            continue;
        }
        navigations.push(Navigation {
            name: name.clone(),
            method,
            target: contains.target.clone(),
            single: contains.single,
        });
    }
    navigations
}

/// Whether `name` is a snake_case Rust identifier (`delta_with_token`; keywords allowed, they
/// become raw identifiers).
fn snake_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|first| first.is_ascii_lowercase() || first == '_')
        && chars.all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')
        && name != "_"
}

/// The identifier for a function called `name`, raw if it is a keyword; `None` for the words
/// that cannot be raw identifiers (`self`, `Self`, `super`, `crate`, `_`).
fn function_ident(name: &str, span: Span) -> Option<syn::Ident> {
    if syn::parse_str::<syn::Ident>(name).is_ok() {
        return Some(syn::Ident::new(name, span));
    }
    let raw = format!("r#{name}");
    if ["r#self", "r#Self", "r#super", "r#crate", "r#_"].contains(&raw.as_str()) {
        return None;
    }
    syn::parse_str::<syn::Ident>(&raw)
        .ok()
        .map(|_| syn::Ident::new_raw(name, span))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors_of(input: syn::DeriveInput) -> Vec<String> {
        let mut errors = Vec::new();
        if let Some(ast) = Entity::from_input(&input, &mut errors) {
            let _ = check_entity(&ast, &mut errors);
        }
        errors.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_valid_connector_resolves_base_key_and_path() {
        let input: syn::DeriveInput = syn::parse_quote! {
            #[graph(base = "entity", odata_type = "microsoft.graph.x", path = "/xs", action = "sync")]
            struct X { id: Option<String>, name: Option<String> }
        };
        let mut errors = Vec::new();
        let ast = Entity::from_input(&input, &mut errors).unwrap();
        let checked = check_entity(&ast, &mut errors).unwrap();
        assert_eq!(checked.base_type.as_deref(), Some("microsoft.graph.entity"));
        assert!(matches!(checked.kind, Kind::Entity { path: Some(ref path) } if path == "/xs"));
        assert_eq!(checked.members[0].role, Role::Key { slot: 0 });
        assert_eq!(
            checked.members[1].role,
            Role::Property {
                slot: 1,
                read_only: false
            }
        );
        assert_eq!(checked.actions[0].function, "sync");
    }

    #[test]
    fn all_mistakes_of_one_input_are_reported_together() {
        let errors = errors_of(syn::parse_quote! {
            #[graph(base = "entity", odata_type = "x", path = "xs", action = "")]
            struct X {
                #[graph(key)] a: String,
                #[graph(key)] b: String,
                #[graph(rename = "a")] c: String,
                #[graph(rename = "@odata.type")] d: String,
            }
        });
        assert_eq!(errors.len(), 6, "{errors:#?}");
    }

    #[test]
    fn abstract_is_read_as_a_flag_and_action_parameters_are_never_abstract() {
        assert!(
            errors_of(syn::parse_quote! {
                #[graph(base = "entity", odata_type = "microsoft.graph.x", path = "/xs", abstract)]
                struct X { id: Option<String> }
            })
            .is_empty()
        );
        let errors = errors_of(syn::parse_quote! {
            #[graph(parameters, abstract)]
            struct P { reason: Option<String> }
        });
        assert_eq!(
            errors,
            ["action parameters have no `abstract`: remove it, or remove `parameters`"]
        );
    }

    #[test]
    fn also_reads_names_other_qualified_types_once_each() {
        let input: syn::DeriveInput = syn::parse_quote! {
            #[graph(
                base = "entity",
                odata_type = "microsoft.graph.user",
                also_reads = "microsoft.graph.agentUser",
                also_reads = "microsoft.graph.botUser"
            )]
            struct User { id: Option<String> }
        };
        let mut errors = Vec::new();
        let ast = Entity::from_input(&input, &mut errors).unwrap();
        let checked = check_entity(&ast, &mut errors).unwrap();
        assert_eq!(
            checked.also_reads,
            ["microsoft.graph.agentUser", "microsoft.graph.botUser"]
        );

        let errors = errors_of(syn::parse_quote! {
            #[graph(
                base = "entity",
                odata_type = "microsoft.graph.user",
                also_reads = "agentUser",
                also_reads = "#microsoft.graph.agentUser",
                also_reads = "microsoft.graph.user",
                also_reads = "microsoft.graph.a-b",
                also_reads = "microsoft.graph.botUser",
                also_reads = "microsoft.graph.botUser"
            )]
            struct User { id: Option<String> }
        });
        assert_eq!(
            errors,
            [
                "`agentUser` has no namespace: write the qualified name, e.g. \
                 `\"microsoft.graph.agentUser\"`",
                "write the type name without `#`: `\"microsoft.graph.agentUser\"`",
                "`microsoft.graph.user` is this type's own `odata_type`, which it always reads: \
                 remove this `also_reads`",
                "`microsoft.graph.a-b` is not a qualified OData type name: write dot-separated \
                 identifiers, e.g. `\"microsoft.graph.deviceManagementExchangeConnector\"`",
                "`also_reads = \"microsoft.graph.botUser\"` is given twice: keep one",
            ]
        );

        let errors = errors_of(syn::parse_quote! {
            #[graph(parameters, also_reads = "microsoft.graph.agentUser")]
            struct P { reason: Option<String> }
        });
        assert_eq!(
            errors,
            ["action parameters have no `also_reads`: remove it, or remove `parameters`"]
        );
    }

    #[test]
    fn an_unread_attribute_causes_no_follow_on_errors() {
        let errors = errors_of(syn::parse_quote! {
            #[graph(odata_typ = "microsoft.graph.x", path = "/xs")]
            struct X { #[graph(key, renam = "k")] id: String }
        });
        assert_eq!(errors.len(), 2, "{errors:#?}");
    }

    #[test]
    fn an_additional_data_field_without_its_attribute_is_one_error() {
        for ty in [
            quote::quote!(AdditionalData),
            quote::quote!(graph_entity::AdditionalData),
            quote::quote!(::graph_entity::AdditionalData),
        ] {
            let errors = errors_of(syn::parse_quote! {
                #[graph(base = "entity", odata_type = "microsoft.graph.x")]
                struct X { id: Option<String>, extra: #ty }
            });
            assert_eq!(
                errors,
                [
                    "a field of type `AdditionalData` keeps what the struct does not model: mark \
                  it `#[graph(additional_data)]`"
                ],
                "{ty}"
            );
        }
        let errors = errors_of(syn::parse_quote! {
            #[graph(base = "entity", odata_type = "microsoft.graph.x")]
            struct X {
                id: Option<String>,
                #[graph(additional_data)]
                extra: graph_entity::AdditionalData,
                data: Option<AdditionalData>,
            }
        });
        assert!(errors.is_empty(), "{errors:#?}");
    }

    #[test]
    fn a_keyless_entity_has_no_key_member() {
        let input: syn::DeriveInput = syn::parse_quote! {
            #[graph(
                odata_type = "microsoft.graph.security",
                keyless,
                singleton = "/security",
                contains(name = "alerts_v2", target = Alert),
                action = "runHuntingQuery",
            )]
            struct Security { id: Option<String> }
        };
        let mut errors = Vec::new();
        let ast = Entity::from_input(&input, &mut errors).unwrap();
        let checked = check_entity(&ast, &mut errors).unwrap();
        assert!(errors.is_empty());
        assert!(matches!(checked.kind, Kind::Keyless));
        assert!(checked.is_entity() && !checked.is_keyed());
        // A field named `id` is an ordinary property of a keyless type.
        assert_eq!(
            checked.members[0].role,
            Role::Property {
                slot: 0,
                read_only: false
            }
        );
        assert!(checked.key().is_none());
        assert_eq!(checked.singleton.as_deref(), Some("/security"));
        assert_eq!(checked.navigations[0].name, "alerts_v2");
        assert_eq!(checked.actions[0].function, "run_hunting_query");
    }

    #[test]
    fn every_keyless_mistake_is_reported_together() {
        let errors = errors_of(syn::parse_quote! {
            #[graph(
                base = "entity",
                odata_type = "microsoft.graph.security",
                keyless,
                path = "/security",
                function(name = "delta", returns = (), collection),
            )]
            struct Security {
                #[graph(key)] id: Option<String>,
            }
        });
        assert_eq!(errors.len(), 4, "{errors:#?}");
        for (error, fragment) in errors.iter().zip([
            "has no key property: remove `key`",
            "`base = \"entity\"` brings the key property `id`",
            "no collection to address: remove `path`",
            "no collection to bind a function to: remove `collection`",
        ]) {
            assert!(error.contains(fragment), "{error}");
        }
    }

    #[test]
    fn base_in_another_namespace_stays_qualified() {
        let input: syn::DeriveInput = syn::parse_quote! {
            #[graph(base = "other.ns.thing", odata_type = "microsoft.graph.x")]
            struct X { #[graph(key)] name: String }
        };
        let mut errors = Vec::new();
        let ast = Entity::from_input(&input, &mut errors).unwrap();
        let checked = check_entity(&ast, &mut errors).unwrap();
        assert_eq!(checked.base_type.as_deref(), Some("other.ns.thing"));
        assert!(matches!(checked.kind, Kind::Entity { path: None }));
        assert_eq!(checked.members[0].role, Role::Key { slot: 0 });
    }

    #[test]
    fn actions_that_cannot_be_functions_are_errors_not_panics() {
        for name in ["self", "Self", "super", "crate", "_", "delete", "get"] {
            let input: syn::DeriveInput = syn::parse_quote! {
                #[graph(base = "entity", odata_type = "microsoft.graph.x", action = #name)]
                struct X { id: Option<String> }
            };
            let mut errors = Vec::new();
            let ast = Entity::from_input(&input, &mut errors).unwrap();
            assert!(check_entity(&ast, &mut errors).is_none(), "{name}");
            assert_eq!(errors.len(), 1, "{name}");
        }
        assert_eq!(
            function_ident("type", Span::call_site())
                .unwrap()
                .to_string(),
            "r#type"
        );
    }

    #[test]
    fn paths_are_checked() {
        for (path, fragment) in [
            ("xs", "starts at the service root"),
            ("/xs/", "trailing"),
            ("/a//b", "empty segment"),
            ("/xs?$top=1", "cannot contain `?`"),
            ("/xs/{id}", "cannot contain `{`"),
        ] {
            let mut errors = Vec::new();
            assert!(!check_path(
                PATH_KEYWORD,
                path,
                Span::call_site(),
                &mut errors
            ));
            assert!(
                errors[0].to_string().contains(fragment),
                "{path}: {}",
                errors[0]
            );
        }
    }
}
