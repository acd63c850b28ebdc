//! Which requests reach directory objects, where Graph runs `ne`, `not`, `endswith`, `$search`,
//! `$filter` with `$orderby`, and `$count` only as advanced queries (Microsoft's "advanced query
//! capabilities on Microsoft Entra ID objects"): the request builder makes such a query advanced
//! by itself there, and nowhere else.

/// The entity sets of directory objects: a one-segment path naming one is a directory
/// collection.
const DIRECTORY_SETS: &[&str] = &[
    "administrativeUnits",
    "applications",
    "contacts",
    "devices",
    "directoryObjects",
    "directoryRoles",
    "groups",
    "servicePrincipals",
    "users",
];

/// The navigation properties whose targets are directory objects: a deeper path ending in one
/// (a cast or `$count` after it aside) is a directory collection.
const DIRECTORY_NAVIGATIONS: &[&str] = &[
    "appliesTo",
    "createdObjects",
    "directReports",
    "memberOf",
    "members",
    "ownedDevices",
    "ownedObjects",
    "owners",
    "registeredDevices",
    "registeredOwners",
    "registeredUsers",
    "transitiveMemberOf",
    "transitiveMembers",
    "transitiveReports",
];

/// Whether `path` (under the service root, keys encoded) is a collection of directory objects:
/// `/users`, `/groups/{id}/members`, `/me/memberOf/microsoft.graph.group`, `/users/$count`.
/// An absolute URL (a next link) is not: it holds its query already.
pub(crate) fn is_directory_collection(path: &str) -> bool {
    if !path.starts_with('/') {
        return false;
    }
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let segments: Vec<&str> = path
        .split('/')
        .filter(|segment| !segment.is_empty())
        .collect();
    // A cast (`microsoft.graph.user`) and `$count` narrow the collection before them.
    let end = segments
        .iter()
        .rposition(|segment| !segment.contains('.') && *segment != "$count")
        .map_or(0, |last| last + 1);
    match &segments[..end] {
        [set] => DIRECTORY_SETS.contains(set),
        [_, .., navigation] => DIRECTORY_NAVIGATIONS.contains(navigation),
        [] => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_directory_collection;

    #[test]
    fn directory_collections_and_others() {
        for path in [
            "/users",
            "/groups",
            "/users/$count",
            "/groups/g1/members",
            "/groups/g1/members/microsoft.graph.user",
            "/groups/g1/members/microsoft.graph.user/$count",
            "/me/memberOf",
            "/me/transitiveMemberOf/microsoft.graph.group",
            "/users/u1/directReports",
            "/servicePrincipals",
        ] {
            assert!(is_directory_collection(path), "{path}");
        }
        for path in [
            "/me/messages",
            "/me/contacts",
            "/users/u1",
            "/me/drive/root/children",
            "/deviceManagement/managedDevices",
            "https://graph.microsoft.com/v1.0/users?$skiptoken=x",
            "/",
            "",
        ] {
            assert!(!is_directory_collection(path), "{path}");
        }
    }
}
