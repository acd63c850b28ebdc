//! What a navigation allows, for every one of them. A non-contained one allows reading, and
//! beyond it what the CSDL's Capabilities annotations say where they speak
//! (`NavigationRestrictions/Referenceable`, `InsertRestrictions/Insertable`), and
//! Graph's documented behaviour where they are silent, from [`DOCUMENTED`]. A navigation that
//! neither names is read-only: a gap is never filled by allowing everything.
//!
//! A contained step ([`contained`]) allows everything a contained collection does, OData's
//! default, less what its Capabilities annotations (or its target type's) restrict:
//! `ReadRestrictions`, `InsertRestrictions`, `UpdateRestrictions` (whose `UpdateMethod` may be
//! `PUT`, as on `team/schedule`) and `DeleteRestrictions`.

use crate::csdl::{NavigationProperty, Restrictions};

/// What a navigation allows beyond reading (the runtime's `ReadOnly`, `ByReference`,
/// `Creates`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Allowed {
    /// List, get, casts and `/$count` only.
    Reading,
    /// Changed through `$ref`.
    References,
    /// A `POST` to it creates an entity of its target.
    Creating,
}

impl Allowed {
    /// The flag of the derive's `navigation(...)`, if any.
    pub fn flag(self) -> Option<&'static str> {
        match self {
            Allowed::Reading => None,
            Allowed::References => Some("references"),
            Allowed::Creating => Some("creates"),
        }
    }

    /// As the table names it.
    pub fn name(self) -> &'static str {
        match self {
            Allowed::Reading => "read-only",
            Allowed::References => "$ref",
            Allowed::Creating => "creates",
        }
    }
}

/// Graph's documented behaviour where the annotations are silent: (qualified type, navigation,
/// what it allows, where Graph documents it). Each entry is held to the annotations by a test:
/// none may contradict one.
pub const DOCUMENTED: &[(&str, &str, Allowed, &str)] = &[
    (
        "microsoft.graph.group",
        "owners",
        Allowed::References,
        "group: Add owners (POST /groups/{id}/owners/$ref), Remove owner (DELETE …/owners/{id}/$ref)",
    ),
    (
        "microsoft.graph.group",
        "members",
        Allowed::References,
        "group: Add members (POST /groups/{id}/members/$ref), Remove member (DELETE …/members/{id}/$ref)",
    ),
    (
        "microsoft.graph.user",
        "manager",
        Allowed::References,
        "user: Assign manager (PUT /users/{id}/manager/$ref), Remove manager (DELETE …/manager/$ref)",
    ),
    (
        "microsoft.graph.application",
        "owners",
        Allowed::References,
        "application: Add owner (POST /applications/{id}/owners/$ref), Remove owner",
    ),
    (
        "microsoft.graph.servicePrincipal",
        "owners",
        Allowed::References,
        "servicePrincipal: Add owner (POST /servicePrincipals/{id}/owners/$ref), Remove owner",
    ),
    (
        "microsoft.graph.device",
        "registeredOwners",
        Allowed::References,
        "device: Add registered owner (POST /devices/{id}/registeredOwners/$ref)",
    ),
    (
        "microsoft.graph.device",
        "registeredUsers",
        Allowed::References,
        "device: Add registered user (POST /devices/{id}/registeredUsers/$ref)",
    ),
    (
        "microsoft.graph.driveItem",
        "children",
        Allowed::Creating,
        "driveItem: Create a folder (POST /drives/{id}/items/{parent-id}/children), and upload by it",
    ),
];

/// What the navigation `nav` of the type `qualified` allows: its annotation where it has one,
/// else the documented entry, else reading only.
pub fn allowed(qualified: &str, nav: &NavigationProperty) -> Allowed {
    if nav.referenceable == Some(true) {
        return Allowed::References;
    }
    // A single-valued navigation has no collection to create in.
    if nav.restrictions.insertable == Some(true) && nav.ty.collection {
        return Allowed::Creating;
    }
    DOCUMENTED
        .iter()
        .find(|(ty, name, _, _)| *ty == qualified && *name == nav.name)
        .map_or(Allowed::Reading, |(_, _, allowed, _)| *allowed)
}

/// Why `nav` of `qualified` allows what [`allowed`] says, for the table.
pub fn source(qualified: &str, nav: &NavigationProperty) -> String {
    if nav.referenceable == Some(true) {
        return "annotation: `NavigationRestrictions/Referenceable`".to_owned();
    }
    if nav.restrictions.insertable == Some(true) && nav.ty.collection {
        return "annotation: `InsertRestrictions/Insertable`".to_owned();
    }
    match DOCUMENTED
        .iter()
        .find(|(ty, name, _, _)| *ty == qualified && *name == nav.name)
    {
        Some((_, _, _, why)) => format!("documented: {why}"),
        None => "no annotation, not documented: read-only".to_owned(),
    }
}

/// What a contained step allows, as the derive's `allows(...)` lists it. OData's default,
/// where the CSDL is silent, is everything a contained step does (list, get, create, update
/// by `PATCH`, delete): its Capabilities annotations take away, and `UpdateMethod` chooses
/// `PUT`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Capabilities {
    pub list: bool,
    pub get: bool,
    pub create: bool,
    pub update: bool,
    pub replace: bool,
    pub delete: bool,
}

impl Capabilities {
    /// The keywords of `allows(...)`, in the derive's order.
    pub fn keywords(self) -> Vec<&'static str> {
        [
            (self.list, "list"),
            (self.get, "get"),
            (self.create, "create"),
            (self.update, "update"),
            (self.replace, "replace"),
            (self.delete, "delete"),
        ]
        .into_iter()
        .filter_map(|(on, keyword)| on.then_some(keyword))
        .collect()
    }
}

/// What the contained step with `restrictions` (its own annotations over its target type's)
/// allows: `None` for everything (no `allows(...)`), else the list. A single-valued step has no
/// collection, so neither lists nor creates.
pub fn contained(single: bool, restrictions: &Restrictions) -> Option<Capabilities> {
    let r = restrictions;
    let (update, replace) = match (r.updatable, &r.update_methods) {
        (Some(false), _) => (false, false),
        (_, Some(methods)) => (
            methods.iter().any(|m| m == "PATCH"),
            methods.iter().any(|m| m == "PUT"),
        ),
        (_, None) => (true, false),
    };
    let capabilities = Capabilities {
        list: !single && r.readable != Some(false),
        get: if single {
            r.readable != Some(false)
        } else {
            r.readable_by_key != Some(false)
        },
        create: !single && r.insertable != Some(false),
        update,
        replace,
        delete: r.deletable != Some(false),
    };
    let everything = Capabilities {
        list: !single,
        get: true,
        create: !single,
        update: true,
        replace: false,
        delete: true,
    };
    (capabilities != everything).then_some(capabilities)
}

/// The restricting terms of `restrictions`, as the table cites them
/// (`UpdateMethod: PUT`, `Deletable: false`); empty when the CSDL is silent.
pub fn terms(restrictions: &Restrictions) -> Vec<String> {
    let r = restrictions;
    let mut terms = Vec::new();
    for (value, name) in [
        (r.readable, "Readable"),
        (r.readable_by_key, "ReadByKeyRestrictions/Readable"),
        (r.insertable, "Insertable"),
        (r.updatable, "Updatable"),
    ] {
        if let Some(value) = value {
            terms.push(format!("`{name}: {value}`"));
        }
    }
    if let Some(methods) = &r.update_methods {
        terms.push(format!("`UpdateMethod: {}`", methods.join(" ")));
    }
    if let Some(value) = r.deletable {
        terms.push(format!("`Deletable: {value}`"));
    }
    terms
}
