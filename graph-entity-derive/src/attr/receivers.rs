//! The receivers of the `#[graph(...)]` attributes, one per place an attribute goes (struct,
//! field, enum, variant), each with its table of keywords.

use darling::FromMeta;

use crate::symbol::{
    ABSTRACT, ACTION, ADDITIONAL_DATA, ALSO_READS, BASE, BY_PATH, COMPLEX, CONTAINS, CRATE, FLAGS,
    FUNCTION, KEY, KEYLESS, NAVIGATION, NON_NULLABLE, ODATA_TYPE, OTHER, PARAMETERS, PATH,
    PROJECTION_OF, READ_ONLY, RENAME, SINGLETON, Symbol,
};

use super::operations::{Action, Contains, Function, Navigates};
use super::read::{Receiver, Setter, flag, set};
use super::values::{CratePath, Flag, ProjectedType, Text};

/// `#[graph(...)]` on a struct deriving `GraphEntity`.
#[derive(Default)]
pub struct TypeAttrs {
    /// `odata_type = "microsoft.graph.deviceManagementExchangeConnector"`.
    pub odata_type: Option<Text>,
    /// `base = "entity"`: the OData base type, bare (same namespace) or qualified.
    pub base: Option<Text>,
    /// `path = "/deviceManagement/exchangeConnectors"`: the collection's address.
    pub path: Option<Text>,
    /// `action = "sync"` or `action(name = "sync", parameters = SyncParameters)`, and
    /// `function(name = "delta", returns = T)`, repeatable, in declaration order.
    pub actions: Vec<Action>,
    /// `contains(name = "messages", target = Message)` and
    /// `navigation(name = "members", target = DirectoryObject)`, repeatable, in their order.
    pub contains: Vec<Contains>,
    /// `singleton = "/me"`.
    pub singleton: Option<Text>,
    /// `complex`: a type with a `#[graph(base)]` field is a complex type, not an entity.
    pub complex: Flag,
    /// `abstract`: the CSDL's `Abstract="true"`; the type has no create body of its own.
    pub abstract_: Flag,
    /// `by_path`: its items are addressed by path too (drive items).
    pub by_path: Flag,
    /// `keyless`: an entity type whose CSDL declares no key, addressed only as a singleton or
    /// through single-valued contained navigation.
    pub keyless: Flag,
    /// `parameters`: the body of an action (no OData type, no `@odata.type`).
    pub parameters: Flag,
    /// `also_reads = "microsoft.graph.agentUser"`, repeatable, in declaration order: other OData
    /// types whose documents this type reads as itself.
    pub also_reads: Vec<Text>,
    /// `projection_of = User`: the struct is a projection of that Graph type.
    pub projection_of: Option<ProjectedType>,
    /// `crate = "::graph_entity"`: where the runtime crate is, for re-exporting crates.
    pub krate: Option<CratePath>,
}

impl Receiver for TypeAttrs {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] = &[
        (ODATA_TYPE, |attrs, item| set(&mut attrs.odata_type, item)),
        (BASE, |attrs, item| set(&mut attrs.base, item)),
        (PATH, |attrs, item| set(&mut attrs.path, item)),
        (ACTION, |attrs, item| {
            attrs.actions.push(Action::from_nested_meta(item)?);
            Ok(())
        }),
        (FUNCTION, |attrs, item| {
            attrs.actions.push(Function::from_nested_meta(item)?.0);
            Ok(())
        }),
        (CONTAINS, |attrs, item| {
            attrs.contains.push(Contains::from_nested_meta(item)?);
            Ok(())
        }),
        (NAVIGATION, |attrs, item| {
            attrs.contains.push(Navigates::from_nested_meta(item)?.0);
            Ok(())
        }),
        (SINGLETON, |attrs, item| set(&mut attrs.singleton, item)),
        (COMPLEX, |attrs, item| flag(&mut attrs.complex, item)),
        (ABSTRACT, |attrs, item| flag(&mut attrs.abstract_, item)),
        (KEYLESS, |attrs, item| flag(&mut attrs.keyless, item)),
        (BY_PATH, |attrs, item| flag(&mut attrs.by_path, item)),
        (PARAMETERS, |attrs, item| flag(&mut attrs.parameters, item)),
        (ALSO_READS, |attrs, item| {
            attrs.also_reads.push(Text::from_nested_meta(item)?);
            Ok(())
        }),
        (PROJECTION_OF, |attrs, item| {
            set(&mut attrs.projection_of, item)
        }),
        (CRATE, |attrs, item| set(&mut attrs.krate, item)),
    ];
    const REPEATABLE: &'static [Symbol] = &[ACTION, FUNCTION, CONTAINS, NAVIGATION, ALSO_READS];
}

/// `#[graph(...)]` on a field of a struct deriving `GraphEntity`.
#[derive(Default)]
pub struct FieldAttrs {
    /// `key`: this field is the entity's key property.
    pub key: Flag,
    /// `rename = "..."`: the JSON name of the property.
    pub rename: Option<Text>,
    /// `additional_data`: this field keeps everything the struct does not model.
    pub additional_data: Flag,
    /// `read_only`: never in create or update bodies.
    pub read_only: Flag,
    /// `base`: this field holds the base type, whose properties this type inherits.
    pub base: Flag,
    /// `non_nullable`: the CSDL's `Nullable="false"` (the field may still be an `Option`, since
    /// `$select` leaves properties out).
    pub non_nullable: Flag,
}

impl Receiver for FieldAttrs {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] = &[
        (KEY, |attrs, item| flag(&mut attrs.key, item)),
        (RENAME, |attrs, item| set(&mut attrs.rename, item)),
        (READ_ONLY, |attrs, item| flag(&mut attrs.read_only, item)),
        (NON_NULLABLE, |attrs, item| {
            flag(&mut attrs.non_nullable, item)
        }),
        (BASE, |attrs, item| flag(&mut attrs.base, item)),
        (ADDITIONAL_DATA, |attrs, item| {
            flag(&mut attrs.additional_data, item)
        }),
    ];
}

/// `#[graph(...)]` on an enum deriving `GraphEnum`.
#[derive(Default)]
pub struct EnumAttrs {
    /// `odata_type = "microsoft.graph.deviceManagementExchangeConnectorStatus"` (optional; used in
    /// error messages).
    pub odata_type: Option<Text>,
    /// `flags`: the CSDL says `IsFlags="true"`; values are sets of members, `Flags<Self>`.
    pub flags: Flag,
    /// `crate = "::graph_entity"`.
    pub krate: Option<CratePath>,
}

impl Receiver for EnumAttrs {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] = &[
        (ODATA_TYPE, |attrs, item| set(&mut attrs.odata_type, item)),
        (FLAGS, |attrs, item| flag(&mut attrs.flags, item)),
        (CRATE, |attrs, item| set(&mut attrs.krate, item)),
    ];
}

/// `#[graph(...)]` on a variant of an enum deriving `GraphEnum`.
#[derive(Default)]
pub struct VariantAttrs {
    /// `rename = "..."`: the member name on the wire.
    pub rename: Option<Text>,
}

impl Receiver for VariantAttrs {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] =
        &[(RENAME, |attrs, item| set(&mut attrs.rename, item))];
}

/// `#[graph(...)]` on an enum deriving `GraphPolymorphic`.
#[derive(Default)]
pub struct PolymorphicAttrs {
    /// `crate = "::graph_entity"`.
    pub krate: Option<CratePath>,
}

impl Receiver for PolymorphicAttrs {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] =
        &[(CRATE, |attrs, item| set(&mut attrs.krate, item))];
}

/// `#[graph(...)]` on a variant of an enum deriving `GraphPolymorphic`.
#[derive(Default)]
pub struct PolymorphicVariantAttrs {
    /// `other`: holds the base type, for items of types no variant names.
    pub other: Flag,
}

impl Receiver for PolymorphicVariantAttrs {
    const KEYWORDS: &'static [(Symbol, Setter<Self>)] =
        &[(OTHER, |attrs, item| flag(&mut attrs.other, item))];
}
