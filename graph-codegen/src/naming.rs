//! Rust names for CSDL names, and the derive's own conversion back to JSON names.
//!
//! [`lower_camel`] is the derive's own rule (both take it from `graph-entity-names`): a field
//! `azure_ad_device_id` is read as `azureAdDeviceId`. The generator converts each CSDL name to
//! snake_case ([`snake_field`]), converts that back with [`lower_camel`], and writes
//! `#[graph(rename = "...")]` only when the two differ (`azureADDeviceId`, `windowsPE`, `fourCC`).

/// Rust's strict and reserved keywords of edition 2024 (all raw-identifier capable but the four
/// in [`NOT_RAW`]).
const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// The derive's rules, from the crate both use: a field `last_sync_date_time` is read as
/// `lastSyncDateTime` ([`lower_camel`]), an operation `syncDevice` is the method `sync_device`
/// ([`derive_snake`]).
pub use graph_entity_names::case::{lower_camel, snake as derive_snake};

/// The words of a camelCase or snake_case name: `azureADDeviceId` → `azure AD Device Id`,
/// `windows10X64` → `windows10 X64`, `fourCC` → `four CC`.
pub fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut words = Vec::new();
    let mut current = String::new();
    for (i, &ch) in chars.iter().enumerate() {
        if !ch.is_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        let boundary = ch.is_uppercase()
            && prev.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_uppercase() && next.is_some_and(char::is_lowercase))
            });
        if boundary && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        current.push(ch);
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// Whether `name` is a keyword that needs `r#` (or, for `self`, `super`, `crate`, a trailing `_`).
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// A valid Rust identifier for `name`: `r#type` for keywords, `self_` for those that cannot be
/// raw, `_` before a leading digit.
pub fn escape_ident(name: String) -> String {
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if is_keyword(&name) {
        format!("r#{name}")
    } else if name.starts_with(|c: char| c.is_ascii_digit()) || name.is_empty() {
        format!("_{name}")
    } else {
        name
    }
}

/// The snake_case field name of a JSON property: `azureADDeviceId` → `azure_ad_device_id`,
/// `type` → `r#type`.
pub fn snake_field(json: &str) -> String {
    let snake = words(json)
        .iter()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join("_");
    escape_ident(snake)
}

/// Whether a field named `field` reads and writes the JSON name `json` without `rename`.
pub fn round_trips(field: &str, json: &str) -> bool {
    lower_camel(field) == json
}

/// The UpperCamelCase name of a type or enum member: `deviceManagementExchangeConnector` →
/// `DeviceManagementExchangeConnector`, `macOSDmgApp` → `MacOSDmgApp`, `windows10_x64` →
/// `Windows10X64`. Case inside a word is kept, so that most names round-trip.
pub fn upper_camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper_next = true;
    for ch in name.chars() {
        if !ch.is_alphanumeric() {
            upper_next = true;
        } else if upper_next {
            out.extend(ch.to_uppercase());
            upper_next = false;
        } else {
            out.push(ch);
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) || out.is_empty() {
        out.insert(0, 'V');
    }
    if is_keyword(&out) {
        out.push('_');
    }
    out
}

/// SCREAMING_SNAKE_CASE of a field name, as the derive names its property constants.
pub fn screaming(field: &str) -> String {
    field.strip_prefix("r#").unwrap_or(field).to_uppercase()
}

/// The module name of a namespace segment: `callRecords` → `call_records`.
pub fn module_name(segment: &str) -> String {
    let snake = words(segment)
        .iter()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join("_");
    escape_ident(snake)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_camel_is_the_derives_rule() {
        assert_eq!(lower_camel("last_sync_date_time"), "lastSyncDateTime");
        assert_eq!(lower_camel("r#type"), "type");
        assert_eq!(lower_camel("ConnectionPending"), "connectionPending");
        assert_eq!(lower_camel("IOS"), "iOS");
        assert_eq!(lower_camel("a__b"), "aB");
        assert_eq!(lower_camel("_hidden"), "_hidden");
        assert_eq!(derive_snake("syncDevice"), "sync_device");
    }

    #[test]
    fn fields_are_snake_case_with_rename_only_when_needed() {
        for (json, field, round_trip) in [
            ("serverName", "server_name", true),
            ("id", "id", true),
            ("azureADDeviceId", "azure_ad_device_id", false),
            ("windowsPE", "windows_pe", false),
            ("fourCC", "four_cc", false),
            ("minimumCpuSpeedInMHz", "minimum_cpu_speed_in_m_hz", true),
            ("version2Name", "version2_name", true),
            ("x509CertificateData", "x509_certificate_data", true),
            ("type", "r#type", true),
            ("self", "self_", true),
            ("ref", "r#ref", true),
            ("gen", "r#gen", true),
            ("ODataType", "o_data_type", false),
            ("iOSVersion", "i_os_version", false),
            ("is24HourClock", "is24_hour_clock", true),
            ("windows10X64", "windows10_x64", true),
            ("value_with_underscore", "value_with_underscore", false),
            ("2fa", "_2fa", false),
        ] {
            let snake = snake_field(json);
            assert_eq!(snake, field, "{json}");
            assert_eq!(round_trips(&snake, json), round_trip, "{json} via {snake}");
        }
    }

    #[test]
    fn type_and_member_names_are_upper_camel_case() {
        assert_eq!(
            upper_camel("deviceManagementExchangeConnector"),
            "DeviceManagementExchangeConnector"
        );
        assert_eq!(upper_camel("macOSDmgApp"), "MacOSDmgApp");
        assert_eq!(upper_camel("windows10_x64"), "Windows10X64");
        assert_eq!(upper_camel("unknownFutureValue"), "UnknownFutureValue");
        assert_eq!(upper_camel("1080p"), "V1080p");
        assert_eq!(upper_camel("self"), "Self_");
        assert_eq!(lower_camel(&upper_camel("iOS")), "iOS");
        assert_eq!(
            lower_camel(&upper_camel("connectionPending")),
            "connectionPending"
        );
        assert_ne!(lower_camel(&upper_camel("windows10_x64")), "windows10_x64");
    }

    #[test]
    fn modules_and_constants() {
        assert_eq!(module_name("callRecords"), "call_records");
        assert_eq!(module_name("security"), "security");
        assert_eq!(module_name("externalConnectors"), "external_connectors");
        assert_eq!(screaming("r#type"), "TYPE");
        assert_eq!(screaming("server_name"), "SERVER_NAME");
    }
}
