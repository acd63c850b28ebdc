//! Case conversion between Rust identifiers and Graph's lowerCamelCase names.

/// The JSON name the derive reads a field or enum variant as: `last_sync_date_time` →
/// `lastSyncDateTime`, `r#type` → `type`, `ConnectionPending` → `connectionPending`.
pub fn lower_camel(ident: &str) -> String {
    let ident = ident.strip_prefix("r#").unwrap_or(ident);
    let mut out = String::with_capacity(ident.len());
    let mut upper_next = false;
    for (index, ch) in ident.chars().enumerate() {
        if ch == '_' {
            // A leading underscore keeps its place: `_private` stays distinct from `private`.
            if out.is_empty() && index == 0 {
                out.push('_');
            } else {
                upper_next = !out.is_empty() && !out.ends_with('_');
            }
        } else if out.is_empty() || out == "_" {
            out.extend(ch.to_lowercase());
        } else if upper_next {
            out.extend(ch.to_uppercase());
            upper_next = false;
        } else {
            out.push(ch);
        }
    }
    out
}

/// The Rust method of a bound operation or a navigation property: `syncDevice` →
/// `sync_device`.
pub fn snake(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for ch in name.chars() {
        if ch.is_uppercase() {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            out.extend(ch.to_lowercase());
        } else {
            out.push(ch);
        }
    }
    out
}

/// The name of a field's property constant: `server_name` → `SERVER_NAME`, `r#type` → `TYPE`,
/// `fooBar` → `FOO_BAR`; a name of [`crate::reserved::TRAIT_CONSTANTS`] gets the suffix
/// `_PROPERTY`. The derive declares a type's own; graph-codegen declares a derived type's
/// inherited ones by the same name.
pub fn property_constant(field: &str) -> String {
    let ident = field.strip_prefix("r#").unwrap_or(field);
    let mut out = String::with_capacity(ident.len() + 9);
    let mut previous_lower = false;
    for ch in ident.chars() {
        if ch.is_uppercase() && previous_lower {
            out.push('_');
        }
        previous_lower = ch.is_lowercase() || ch.is_numeric();
        out.extend(ch.to_uppercase());
    }
    if crate::reserved::TRAIT_CONSTANTS.contains(&out.as_str()) {
        out.push_str("_PROPERTY");
    }
    out
}

/// The name of the marker of a navigation's derived-type constraint: `GroupMembersAdmits` for
/// `members` of `Group` (the type's Rust name, then the navigation's with its first letter
/// upper-cased). The derive declares it; graph-codegen writes `Admits` impls for it.
pub fn admits_marker(type_name: &str, navigation: &str) -> String {
    navigation_marker(type_name, navigation, "Admits")
}

/// The marker of what a restricted contained step allows (`contains(..., allows(...))`):
/// `TeamScheduleCapabilities` for `schedule` of `Team`.
pub fn capabilities_marker(type_name: &str, navigation: &str) -> String {
    navigation_marker(type_name, navigation, "Capabilities")
}

/// `{type}{Navigation}{suffix}`: a marker type generated beside `type` for one navigation.
fn navigation_marker(type_name: &str, navigation: &str, suffix: &str) -> String {
    let mut rest = navigation.chars();
    let first: String = rest
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    format!("{type_name}{first}{}{suffix}", rest.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_become_lower_camel_case() {
        assert_eq!(lower_camel("last_sync_date_time"), "lastSyncDateTime");
        assert_eq!(lower_camel("id"), "id");
        assert_eq!(lower_camel("r#type"), "type");
        assert_eq!(lower_camel("r#ref"), "ref");
        assert_eq!(lower_camel("primary_smtp_address"), "primarySmtpAddress");
        assert_eq!(lower_camel("version2_name"), "version2Name");
        assert_eq!(lower_camel("_hidden"), "_hidden");
        assert_eq!(lower_camel("a__b"), "aB");
    }

    #[test]
    fn variants_become_lower_camel_case() {
        assert_eq!(lower_camel("ConnectionPending"), "connectionPending");
        assert_eq!(lower_camel("UnknownFutureValue"), "unknownFutureValue");
        assert_eq!(lower_camel("None"), "none");
        assert_eq!(lower_camel("IOS"), "iOS");
    }

    #[test]
    fn operations_become_snake_case() {
        assert_eq!(snake("sync"), "sync");
        assert_eq!(snake("syncDevice"), "sync_device");
        assert_eq!(snake("resetPasscode"), "reset_passcode");
    }
}
