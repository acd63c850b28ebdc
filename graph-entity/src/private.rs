//! What generated code reaches, and nothing else uses. Not a public API: it changes without
//! notice. Generated code names everything through `::graph_entity::__private`, so it works in
//! modules that shadow `Result`, `Option`, `String` or `serde`.

pub use http;
pub use serde;

pub use crate::additional::AdditionalData;
pub use crate::de::{
    IsNone, OpenField, OptionalReader, PropertyKey, PropertyKeySeed, ReadOpenOptional,
    ReadPlainOptional, Rest, deserialize_member, duplicate_property, read_other, read_required,
    take_required,
};
pub use crate::entity::{GraphComplex, GraphEntity};
pub use crate::enums::{GraphEnum, UnknownMember};
pub use crate::operation::Operation;
pub use crate::path::action_path;
pub use crate::ser::{write_head, write_optional, write_required, write_tail};

/// Fields that can be an entity's key.
#[diagnostic::on_unimplemented(
    message = "the key field must be a `String` or an `Option<String>`, not `{Self}`",
    label = "declare this key field as `Option<String>`"
)]
pub trait AsKey {
    fn as_key(&self) -> Option<&str>;
}

impl AsKey for String {
    #[inline]
    fn as_key(&self) -> Option<&str> {
        Some(self)
    }
}

impl AsKey for Option<String> {
    #[inline]
    fn as_key(&self) -> Option<&str> {
        self.as_deref()
    }
}

/// Fields that hold what a struct does not model.
#[diagnostic::on_unimplemented(
    message = "the `additional_data` field must be a `graph_entity::AdditionalData`, not `{Self}`",
    label = "declare this field as `graph_entity::AdditionalData`"
)]
pub trait IsAdditionalData {
    fn as_additional_data(&self) -> &AdditionalData;
    fn from_additional_data(data: AdditionalData) -> Self;
}

impl IsAdditionalData for AdditionalData {
    #[inline]
    fn as_additional_data(&self) -> &AdditionalData {
        self
    }
    #[inline]
    fn from_additional_data(data: AdditionalData) -> Self {
        data
    }
}

/// The empty [`AdditionalData`] of structs that opt out of keeping it.
pub static NO_ADDITIONAL_DATA: AdditionalData = AdditionalData::new();
