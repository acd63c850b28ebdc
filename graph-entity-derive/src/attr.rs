//! Attribute parsing: the `#[graph(...)]` receivers, read with darling.
//!
//! Every keyword the derives understand is named exactly once, here. Unknown keys (with a
//! "did you mean" suggestion), duplicated keys and malformed values are all reported by darling
//! in one generic place, and [`into_syn_errors`] turns its errors into `syn::Error`s that say what
//! to write instead.

use darling::FromAttributes;
use darling::util::{Flag, SpannedValue};

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
    /// `action = "sync"`, repeatable: the bound actions of the entity.
    #[darling(multiple, rename = "action")]
    pub actions: Vec<SpannedValue<String>>,
    /// `crate = "::graph_entity"`: where the runtime crate is, for re-exporting crates.
    #[darling(rename = "crate")]
    pub krate: Option<SpannedValue<syn::Path>>,
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
}

/// `#[graph(...)]` on an enum deriving `GraphEnum`.
#[derive(FromAttributes, Default)]
#[darling(attributes(graph))]
pub struct EnumAttrs {
    /// `odata_type = "microsoft.graph.deviceManagementExchangeConnectorStatus"` (optional; used in
    /// error messages).
    pub odata_type: Option<SpannedValue<String>>,
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

/// Parses one receiver, pushing its errors into `errors` and falling back to the receiver's
/// default so that later stages can still report their own, independent mistakes.
pub fn parse<T: FromAttributes + Default>(
    attrs: &[syn::Attribute],
    errors: &mut Vec<syn::Error>,
) -> T {
    match T::from_attributes(attrs) {
        Ok(parsed) => parsed,
        Err(error) => {
            errors.extend(into_syn_errors(error));
            T::default()
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
            let single = syn::Error::from(single);
            let span = single.span();
            let message = single.to_string();
            let message = match message.strip_prefix("Duplicate field `") {
                Some(rest) => {
                    let key = rest.trim_end_matches('`');
                    format!("`{key}` is given twice: keep one `{key} = ...`")
                }
                None => message,
            };
            syn::Error::new(span, message)
        })
        .collect()
}
