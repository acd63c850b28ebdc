//! Attribute parsing: the `#[graph(...)]` receivers, read with darling.
//!
//! Every keyword the derives understand is named exactly once, here, with the kind of value it
//! takes ([`KEYWORDS`]). Unknown keys (with a "did you mean" suggestion), duplicated keys and
//! malformed values are all reported by darling in one generic place, and [`into_syn_errors`]
//! rewords its errors so that each says what to write instead.

use darling::ast::NestedMeta;
use darling::util::{Flag, SpannedValue};
use darling::{FromAttributes, FromMeta};

/// `#[graph(...)]` on a struct deriving `GraphEntity`.
#[derive(FromAttributes, Default)]
#[darling(attributes(graph))]
pub struct TypeAttrs {
    /// `odata_type = "microsoft.graph.deviceManagementExchangeConnector"`.
    pub odata_type: Option<SpannedValue<String>>,
    /// `base = "entity"`: the OData base type, bare (same namespace) or qualified.
    pub base: Option<SpannedValue<String>>,
    /// `path = "/deviceManagement/exchangeConnectors"`: the collection's address.
    pub path: Option<SpannedValue<String>>,
    /// `action = "sync"` or `action(name = "sync", parameters = SyncParameters)`, repeatable.
    #[darling(multiple, rename = "action")]
    pub actions: Vec<SpannedValue<ActionAttr>>,
    /// `complex`: a type with a `#[graph(base)]` field is a complex type, not an entity.
    pub complex: Flag,
    /// `parameters`: the body of an action (no OData type, no `@odata.type`).
    pub parameters: Flag,
    /// `crate = "::graph_entity"`: where the runtime crate is, for re-exporting crates.
    #[darling(rename = "crate")]
    pub krate: Option<SpannedValue<syn::Path>>,
}

/// One bound action: `action = "sync"`, or with a typed body,
/// `action(name = "sync", parameters = SyncParameters)`.
pub struct ActionAttr {
    pub name: String,
    pub parameters: Option<syn::Path>,
}

#[derive(FromMeta)]
struct ActionList {
    name: String,
    parameters: Option<syn::Path>,
}

impl FromMeta for ActionAttr {
    fn from_string(value: &str) -> darling::Result<Self> {
        Ok(ActionAttr {
            name: value.to_owned(),
            parameters: None,
        })
    }

    fn from_list(items: &[NestedMeta]) -> darling::Result<Self> {
        let list = ActionList::from_list(items)?;
        Ok(ActionAttr {
            name: list.name,
            parameters: list.parameters,
        })
    }
}

/// `#[graph(...)]` on a field of a struct deriving `GraphEntity`.
#[derive(FromAttributes, Default)]
#[darling(attributes(graph))]
pub struct FieldAttrs {
    /// `key`: this field is the entity's key property.
    pub key: Flag,
    /// `rename = "..."`: the JSON name of the property.
    pub rename: Option<SpannedValue<String>>,
    /// `additional_data`: this field keeps everything the struct does not model.
    pub additional_data: Flag,
    /// `read_only`: never in create or update bodies.
    pub read_only: Flag,
    /// `base`: this field holds the base type, whose properties this type inherits.
    pub base: Flag,
}

/// `#[graph(...)]` on an enum deriving `GraphEnum`.
#[derive(FromAttributes, Default)]
#[darling(attributes(graph))]
pub struct EnumAttrs {
    /// `odata_type = "microsoft.graph.deviceManagementExchangeConnectorStatus"` (optional; used in
    /// error messages).
    pub odata_type: Option<SpannedValue<String>>,
    /// `flags`: the CSDL says `IsFlags="true"`; values are sets of members, `Flags<Self>`.
    pub flags: Flag,
    /// `crate = "::graph_entity"`.
    #[darling(rename = "crate")]
    pub krate: Option<SpannedValue<syn::Path>>,
}

/// `#[graph(...)]` on a variant of an enum deriving `GraphEnum`.
#[derive(FromAttributes, Default)]
#[darling(attributes(graph))]
pub struct VariantAttrs {
    /// `rename = "..."`: the member name on the wire.
    pub rename: Option<SpannedValue<String>>,
}

/// `#[graph(...)]` on an enum deriving `GraphPolymorphic`.
#[derive(FromAttributes, Default)]
#[darling(attributes(graph))]
pub struct PolymorphicAttrs {
    /// `crate = "::graph_entity"`.
    #[darling(rename = "crate")]
    pub krate: Option<SpannedValue<syn::Path>>,
}

/// `#[graph(...)]` on a variant of an enum deriving `GraphPolymorphic`.
#[derive(FromAttributes, Default)]
#[darling(attributes(graph))]
pub struct PolymorphicVariantAttrs {
    /// `other`: holds the base type, for items of types no variant names.
    pub other: Flag,
}

/// What a keyword takes, for error messages.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Takes {
    Flag,
    Text,
    Path,
    Action,
}

/// Every keyword of every `#[graph(...)]` receiver, with the value it takes.
const KEYWORDS: &[(&str, Takes)] = &[
    ("odata_type", Takes::Text),
    ("base", Takes::Text),
    ("path", Takes::Text),
    ("action", Takes::Action),
    ("complex", Takes::Flag),
    ("parameters", Takes::Flag),
    ("crate", Takes::Path),
    ("key", Takes::Flag),
    ("rename", Takes::Text),
    ("additional_data", Takes::Flag),
    ("read_only", Takes::Flag),
    ("flags", Takes::Flag),
    ("other", Takes::Flag),
    ("name", Takes::Text),
];

/// Parses one receiver. Its errors go into `errors`; `None` tells later stages that the
/// attribute was not read, so that they report no follow-on errors about what it would have
/// said.
pub fn parse<T: FromAttributes>(
    attrs: &[syn::Attribute],
    errors: &mut Vec<syn::Error>,
) -> Option<T> {
    match T::from_attributes(attrs) {
        Ok(parsed) => Some(parsed),
        Err(error) => {
            errors.extend(into_syn_errors(error));
            None
        }
    }
}

/// Splits a darling error into one `syn::Error` per mistake, rewording the messages that do not
/// yet say what to write instead.
pub fn into_syn_errors(error: darling::Error) -> Vec<syn::Error> {
    error
        .flatten()
        .into_iter()
        .map(|single| {
            // darling's Display ends with " at <key>" when it knows the key.
            let full = single.to_string();
            let single = syn::Error::from(single);
            let key = full.rsplit_once(" at ").map(|(_, key)| key.to_owned());
            let message = reword(&single.to_string(), key.as_deref());
            syn::Error::new(single.span(), message)
        })
        .collect()
}

fn reword(message: &str, key: Option<&str>) -> String {
    if let Some(rest) = message.strip_prefix("Duplicate field `") {
        let key = rest.trim_end_matches('`');
        return format!("`{key}` is given twice: keep one `{key}`");
    }
    let takes = key.and_then(|key| {
        KEYWORDS
            .iter()
            .find(|(name, _)| *name == key)
            .map(|(_, takes)| *takes)
    });
    let malformed = message.starts_with("Unexpected")
        || message.starts_with("Unknown value")
        || message.starts_with("Unknown literal value");
    match (key, takes) {
        (Some(key), Some(Takes::Flag)) if malformed => {
            format!("`{key}` is a flag and takes no value: write `#[graph({key})]`")
        }
        (Some(key), Some(Takes::Text)) if malformed => {
            format!("`{key}` takes a string: write `{key} = \"...\"`")
        }
        (Some(key), Some(Takes::Path)) if malformed => {
            format!("`{key}` takes a path in quotes: write `{key} = \"::graph_entity\"`")
        }
        (Some(key), Some(Takes::Action)) if malformed => format!(
            "`{key}` takes a name or a list: write `{key} = \"sync\"` or \
             `{key}(name = \"sync\", parameters = SyncParameters)`"
        ),
        _ => message.to_owned(),
    }
}
