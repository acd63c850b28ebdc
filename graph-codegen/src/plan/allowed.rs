//! What a non-contained navigation allows beyond reading, for every one of them: the CSDL's
//! Capabilities annotations where they speak (`NavigationRestrictions/Referenceable`), and
//! Graph's documented behaviour where they are silent, from [`DOCUMENTED`]. A navigation that
//! neither names is read-only: a gap is never filled by allowing everything.

use crate::csdl::NavigationProperty;

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
    match DOCUMENTED
        .iter()
        .find(|(ty, name, _, _)| *ty == qualified && *name == nav.name)
    {
        Some((_, _, _, why)) => format!("documented: {why}"),
        None => "no annotation, not documented: read-only".to_owned(),
    }
}
