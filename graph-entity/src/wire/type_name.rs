//! The spellings of an `@odata.type` value, and the type each one names.
//!
//! OData JSON Format 4.01 §4.5.3 lets a document name a structured type in several ways, all of
//! which this crate reads as the same type:
//!
//! | spelling | example |
//! |---|---|
//! | `#` and the namespace-qualified name (what Graph writes) | `#microsoft.graph.user` |
//! | the qualified name without `#` (OData 4.0 style) | `microsoft.graph.user` |
//! | `#` and the alias-qualified name | `#graph.user` |
//! | an absolute URI whose fragment is either name | `https://graph.microsoft.com/v1.0/$metadata#graph.user` |
//!
//! Aliases are those of Graph's CSDL, [`NAMESPACE_ALIASES`]: a document names only the alias,
//! and this crate does not read the service's `$metadata`.

use std::borrow::Cow;

/// The annotation every Graph object may carry to name its type.
pub const ODATA_TYPE_KEY: &str = "@odata.type";

/// Graph's namespace aliases: the `Alias` attribute of every `<Schema>` of the v1.0 CSDL that has
/// one (`v1.0-cleanMetadata.xml`, msgraph-metadata commit f54f11b), as `(alias, namespace)`.
/// The other namespaces (`microsoft.graph.callRecords`, `microsoft.graph.termStore`, ...) have no
/// alias. An alias is one identifier, without dots.
pub(crate) const NAMESPACE_ALIASES: &[(&str, &str)] = &[
    ("graph", "microsoft.graph"),
    (
        "customDataProvidedResourcePayloads",
        "microsoft.graph.customDataProvidedResourcePayloads",
    ),
    (
        "entraRecoveryServices",
        "microsoft.graph.entraRecoveryServices",
    ),
    ("self", "microsoft.graph.security"),
    ("teamsAdministration", "microsoft.graph.teamsAdministration"),
];

/// The namespace-qualified name of the type the `@odata.type` value `tag` names, in any of the
/// spellings of the module docs. A value that is none of them comes back as it is, less a
/// leading `#`: it then names no declared type. Allocates only for an alias-qualified name.
pub(crate) fn qualified_name(tag: &str) -> Cow<'_, str> {
    let name = fragment(tag);
    if let Some((alias, simple)) = name.split_once('.')
        && !simple.contains('.')
        && let Some((_, namespace)) = NAMESPACE_ALIASES.iter().find(|(known, _)| *known == alias)
    {
        return Cow::Owned(format!("{namespace}.{simple}"));
    }
    Cow::Borrowed(name)
}

/// [`qualified_name`] of a value that may own its text.
pub(crate) fn qualified_name_of(tag: Cow<'_, str>) -> Cow<'_, str> {
    match tag {
        Cow::Borrowed(tag) => qualified_name(tag),
        Cow::Owned(tag) => Cow::Owned(qualified_name(&tag).into_owned()),
    }
}

/// The type name in `tag`: after `#` when `#` starts it or follows an absolute URI (the
/// metadata document's), else all of it.
fn fragment(tag: &str) -> &str {
    match tag.split_once('#') {
        Some((uri, name)) if uri.is_empty() || is_absolute_uri(uri) => name,
        _ => tag,
    }
}

/// Whether `text` starts as an absolute URI does (RFC 3986 §4.3): a scheme (a letter, then
/// letters, digits, `+`, `-` or `.`) and `:`.
fn is_absolute_uri(text: &str) -> bool {
    let Some((scheme, _)) = text.split_once(':') else {
        return false;
    };
    let mut bytes = scheme.bytes();
    bytes.next().is_some_and(|byte| byte.is_ascii_alphabetic())
        && bytes.all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'-' | b'.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONNECTOR: &str = "microsoft.graph.deviceManagementExchangeConnector";

    #[test]
    fn every_spelling_names_the_namespace_qualified_type() {
        for tag in [
            "#microsoft.graph.deviceManagementExchangeConnector",
            "microsoft.graph.deviceManagementExchangeConnector",
            "#graph.deviceManagementExchangeConnector",
            "graph.deviceManagementExchangeConnector",
            "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.deviceManagementExchangeConnector",
            "https://graph.microsoft.com/v1.0/$metadata#graph.deviceManagementExchangeConnector",
            "urn:example:metadata#graph.deviceManagementExchangeConnector",
        ] {
            assert_eq!(qualified_name(tag), CONNECTOR, "{tag}");
            assert_eq!(
                qualified_name_of(Cow::Owned(tag.to_owned())),
                CONNECTOR,
                "{tag}"
            );
        }
    }

    #[test]
    fn the_common_spellings_do_not_allocate() {
        for tag in [
            "#microsoft.graph.deviceManagementExchangeConnector",
            "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.deviceManagementExchangeConnector",
        ] {
            assert!(
                matches!(qualified_name(tag), Cow::Borrowed(CONNECTOR)),
                "{tag}"
            );
        }
    }

    #[test]
    fn every_alias_of_the_csdl_resolves() {
        assert_eq!(
            qualified_name("#self.alert"),
            "microsoft.graph.security.alert"
        );
        assert_eq!(
            qualified_name("#teamsAdministration.teamsAdminRoot"),
            "microsoft.graph.teamsAdministration.teamsAdminRoot"
        );
        assert_eq!(
            qualified_name("#entraRecoveryServices.x"),
            "microsoft.graph.entraRecoveryServices.x"
        );
        assert_eq!(
            qualified_name("#customDataProvidedResourcePayloads.x"),
            "microsoft.graph.customDataProvidedResourcePayloads.x"
        );
        // A namespace without an alias is spelled in full.
        assert_eq!(
            qualified_name("#microsoft.graph.callRecords.callRecord"),
            "microsoft.graph.callRecords.callRecord"
        );
    }

    #[test]
    fn other_values_name_no_known_type() {
        for (tag, name) in [
            // An unknown alias, and an alias followed by more than one segment.
            ("#callRecords.callRecord", "callRecords.callRecord"),
            ("#graph.a.b", "graph.a.b"),
            // Not an absolute URI before `#`.
            ("$metadata#graph.user", "$metadata#graph.user"),
            ("1http://x#graph.user", "1http://x#graph.user"),
            ("a/b:c#graph.user", "a/b:c#graph.user"),
            ("#", ""),
            ("", ""),
        ] {
            assert_eq!(qualified_name(tag), name, "{tag}");
        }
    }
}
