//! What generated code reaches, and nothing else uses. Not a public API: it changes without
//! notice. Generated code names everything through `::graph_entity::__private`, so it works in
//! modules that shadow `Result`, `Option`, `String` or `serde`.

pub use http;
pub use serde;
pub use serde_json;
pub use std::string::String;

use crate::wire::lookup::same_bytes;

pub use crate::address::entity::{Addressable, Creatable, GraphEntity};
pub use crate::address::key::{KeyArgument, action_path};
pub use crate::entity::{
    ActionParameters, AddressableVia, AsKey, EntityBase, GraphBase, GraphComplex, IsAdditionalData,
    Keyed,
};
pub use crate::projection::Projection;
pub use crate::projection::check::{
    EdmOf, FieldCheck, KeyProbe, KnownKey, Message, NoEdm, NotProjectable, Projectable, Projected,
    UnknownKey, check_field, concat_edm,
};
pub use crate::request::operation::Operation;
pub use crate::request::query::{InheritsProperties, IntoProperty, Property};
pub use crate::wire::additional::AdditionalData;
pub use crate::wire::de::{
    Shape, deserialize, deserialize_lenient, deserialize_member, read_other,
};
pub use crate::wire::enums::{GraphEnum, UnknownMember};
pub use crate::wire::fields::{
    IsNone, MapReader, OpenField, OptionalReader, PropertyCheck, PropertyValue, ReadOpenOptional,
    ReadPlainOptional, ReadRequired, RequiredReader, SkipOptional, SkipRequired, take_required,
};
pub use crate::wire::flags::GraphFlags;
pub use crate::wire::nullable::Nullable;
pub use crate::wire::polymorphic::{
    BaseView, BaseViewMut, DerivesFrom, NoBase, NoBaseMut, Polymorphic, ReadVariant, SelfView,
    ViewBase, ViewBaseMut, deserialize_polymorphic, kept_odata_type, read_polymorphic_buffered,
};
pub use crate::wire::read::{PropertyKey, PropertyKeySeed, Rest, duplicate_property};
pub use crate::wire::ser::{
    MapWriter, OptionalField, PatchExtraError, PatchExtras, PatchFields, serialize,
    serialize_patch, set_extra,
};
pub use crate::wire::structured::{Structured, WriteMode};

/// The `COLLECTION_PATH` and `ITEM_PATH` of an entity declared without `path`: evaluated only
/// when named, so that naming them is a compile-time error that says what to add.
pub const fn not_addressable(message: &'static str) -> &'static str {
    panic!("{}", message)
}

/// The `COLLECTION_PATH` of a derived entity: its base's, read through a call so that it is
/// evaluated only when named (a base without `path` has none).
pub const fn collection_path_of<T: GraphEntity>() -> &'static str {
    T::COLLECTION_PATH
}

/// The `ITEM_PATH` of a derived entity, like [`collection_path_of`].
pub const fn item_path_of<T: GraphEntity>() -> &'static str {
    T::ITEM_PATH
}

/// `POST {item}/{action}`: the operation of a bound action. Generic, so that the function that
/// calls it names no path constant, and compiles for an entity that may have no path.
#[inline]
pub fn action_operation<'a, T: GraphEntity + AddressableVia<'a>>(
    key: impl crate::address::key::KeyArgument<T::Key>,
    action: &str,
) -> Operation {
    Operation::new(
        http::Method::POST,
        action_path(T::COLLECTION_PATH, key.key(), action),
    )
}

/// `a` followed by `b`, at compile time: the `PROPERTIES` of a derived type.
pub const fn concat<const N: usize>(a: &[&'static str], b: &[&'static str]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut index = 0;
    while index < a.len() {
        out[index] = a[index];
        index += 1;
    }
    while index < N {
        out[index] = b[index - a.len()];
        index += 1;
    }
    out
}

/// The place in `own` of the first name that `base` also has, or `own.len()`: a derived type
/// may not declare again a property of its base type (its writer would write the name twice).
///
/// Evaluated at compile time for every derived type, `cargo check` included, so it is built to
/// cost little in the const interpreter: one pass over `base`, which compares a name with `own`
/// only when its lookup bucket (a hash of its length, first and last bytes) is one of
/// `own`'s, instead of comparing every pair.
pub const fn redeclared(base: &[&str], own: &[&str]) -> usize {
    let mut buckets = 0_u128;
    let mut index = 0;
    while index < own.len() {
        buckets |= 1 << crate::wire::lookup::bucket(own[index].as_bytes());
        index += 1;
    }
    let mut first = own.len();
    index = 0;
    while index < base.len() {
        let name = base[index].as_bytes();
        if buckets & 1 << crate::wire::lookup::bucket(name) != 0 {
            let mut at = 0;
            while at < first {
                if same_bytes(name, own[at].as_bytes()) {
                    first = at;
                }
                at += 1;
            }
        }
        index += 1;
    }
    first
}

/// The `additional_data` for the struct in a derive chain that declares the field.
#[inline]
pub fn take_additional_data(data: &mut Option<AdditionalData>) -> AdditionalData {
    data.take().unwrap_or_default()
}

// Auto-ref probes. A field of the wrong type is one mistake, and must be one compile error: the
// places below would repeat it, so for a wrong type they fall back to code that compiles, and
// the one real use of the field (reading it, writing it, or building the struct) reports it.
// The fallbacks are unreachable in any program that compiles.

/// Writes one change of a patch type.
pub struct ChangeWriter<'a, F>(pub &'a F);

pub trait WriteChange {
    fn write<M: serde::ser::SerializeMap>(&self, writer: &mut MapWriter<'_, M>, name: &'static str);
}

impl<F: OptionalField> WriteChange for &ChangeWriter<'_, F>
where
    F::Inner: serde::Serialize,
{
    #[inline]
    fn write<M: serde::ser::SerializeMap>(
        &self,
        writer: &mut MapWriter<'_, M>,
        name: &'static str,
    ) {
        writer.change(name, self.0);
    }
}

pub trait SkipChange {
    fn write<M: serde::ser::SerializeMap>(&self, writer: &mut MapWriter<'_, M>, name: &'static str);
}

impl<F> SkipChange for ChangeWriter<'_, F> {
    fn write<M: serde::ser::SerializeMap>(
        &self,
        _writer: &mut MapWriter<'_, M>,
        _name: &'static str,
    ) {
    }
}

/// Writes one property of a struct: [`WriteRequired`] or [`WriteOptional`] for serializable
/// types, [`SkipWrite`] (never called in a program that compiles) for the rest.
pub struct PropertyWriter<'a, F>(pub &'a F);

pub trait WriteRequired {
    fn write_required<M: serde::ser::SerializeMap>(
        &self,
        writer: &mut MapWriter<'_, M>,
        name: &'static str,
    );
}

impl<F: serde::Serialize> WriteRequired for &PropertyWriter<'_, F> {
    #[inline]
    fn write_required<M: serde::ser::SerializeMap>(
        &self,
        writer: &mut MapWriter<'_, M>,
        name: &'static str,
    ) {
        writer.required(name, self.0);
    }
}

pub trait WriteOptional {
    fn write_optional<M: serde::ser::SerializeMap>(
        &self,
        writer: &mut MapWriter<'_, M>,
        name: &'static str,
    );
}

impl<F: OptionalField> WriteOptional for &PropertyWriter<'_, F>
where
    F::Inner: serde::Serialize,
{
    #[inline]
    fn write_optional<M: serde::ser::SerializeMap>(
        &self,
        writer: &mut MapWriter<'_, M>,
        name: &'static str,
    ) {
        writer.optional(name, self.0);
    }
}

pub trait SkipWrite {
    fn write_required<M: serde::ser::SerializeMap>(
        &self,
        writer: &mut MapWriter<'_, M>,
        name: &'static str,
    );
    fn write_optional<M: serde::ser::SerializeMap>(
        &self,
        writer: &mut MapWriter<'_, M>,
        name: &'static str,
    );
}

impl<F> SkipWrite for PropertyWriter<'_, F> {
    fn write_required<M: serde::ser::SerializeMap>(
        &self,
        _writer: &mut MapWriter<'_, M>,
        _name: &'static str,
    ) {
    }
    fn write_optional<M: serde::ser::SerializeMap>(
        &self,
        _writer: &mut MapWriter<'_, M>,
        _name: &'static str,
    ) {
    }
}

/// The body of a bound action with parameters: [`JsonBody`] for serializable parameters,
/// [`NoBody`] (never called in a program that compiles) for the rest, so that parameters of a
/// type that is not serializable are one error, at the type in the attribute.
pub struct ParametersBody<'a, P>(pub &'a P);

pub trait JsonBody {
    /// # Errors
    /// When the parameters cannot be serialized.
    fn body(&self, operation: Operation) -> Result<Operation, serde_json::Error>;
}

impl<P: serde::Serialize> JsonBody for &ParametersBody<'_, P> {
    #[inline]
    fn body(&self, operation: Operation) -> Result<Operation, serde_json::Error> {
        operation.with_json(self.0)
    }
}

pub trait NoBody {
    /// # Errors
    /// Never.
    fn body(&self, operation: Operation) -> Result<Operation, serde_json::Error>;
}

impl<P> NoBody for ParametersBody<'_, P> {
    fn body(&self, operation: Operation) -> Result<Operation, serde_json::Error> {
        Ok(operation)
    }
}

/// Reads the `additional_data` field.
pub struct DataProbe<'a, T>(pub &'a T);

pub trait GetData<'a> {
    fn get(&self) -> &'a AdditionalData;
}

impl<'a, T: IsAdditionalData> GetData<'a> for &DataProbe<'a, T> {
    #[inline]
    fn get(&self) -> &'a AdditionalData {
        self.0.as_additional_data()
    }
}

pub trait NoData<'a> {
    fn get(&self) -> &'a AdditionalData;
}

impl<'a, T> NoData<'a> for DataProbe<'a, T> {
    fn get(&self) -> &'a AdditionalData {
        &NO_ADDITIONAL_DATA
    }
}

/// The empty [`AdditionalData`] of structs that opt out of keeping it.
pub static NO_ADDITIONAL_DATA: AdditionalData = AdditionalData::new();

pub use crate::address::{
    Admits, AllowsDelete, AllowsGet, AllowsInsert, AllowsList, AllowsReplace, AllowsUpdate,
    ByReference, Call, Capabilities, CollectionPath, Creates, DrivePathError, FromPath,
    FunctionArguments, FunctionParameters, ItemPath, Lineage, NavigationPath, Path, PathOnly,
    ReadOnly, RelatedPath, SingletonPath, ToLiteral, enum_literal, function as bound_function,
};
pub use crate::request::query::Literal;
pub use crate::response::{GraphDocument, Returned};

/// `{collection}/{{key}}` as bytes, at compile time: the `ITEM_PATH` of a derived type with an
/// entity set of its own, whose key property is its base's.
pub const fn item_template<const N: usize>(collection: &str, key: &str) -> [u8; N] {
    let mut out = [0u8; N];
    let (collection, key) = (collection.as_bytes(), key.as_bytes());
    let mut at = 0;
    while at < collection.len() {
        out[at] = collection[at];
        at += 1;
    }
    out[at] = b'/';
    out[at + 1] = b'{';
    let mut index = 0;
    while index < key.len() {
        out[at + 2 + index] = key[index];
        index += 1;
    }
    out[N - 1] = b'}';
    out
}

/// `bytes` as text, at compile time (they are always UTF-8: [`item_template`] of two strings).
pub const fn utf8(bytes: &[u8]) -> &str {
    match core::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => panic!("generated paths are UTF-8"),
    }
}

/// A bound action without parameters: `POST {path}/{name}`, no body.
#[inline]
pub fn bound_action_without_body<R>(path: &Path, name: &str) -> Call<R> {
    Call::from_operation(Operation::new(
        http::Method::POST,
        path.segment(name).as_str().to_owned(),
    ))
}

/// A bound action with parameters, through [`ParametersBody`]: one error for parameters that
/// are not serializable, the assertion's.
#[inline]
pub fn bound_action_with_body<R>(
    path: &Path,
    name: &str,
    body: impl FnOnce(Operation) -> Result<Operation, serde_json::Error>,
) -> Result<Call<R>, serde_json::Error> {
    let operation = Operation::new(http::Method::POST, path.segment(name).as_str().to_owned());
    body(operation).map(Call::from_operation)
}

/// The arguments of a bound function: [`WriteArguments`] for [`FunctionParameters`],
/// [`NoArguments`] (never called in a program that compiles) for the rest, so that parameters
/// of another type are one error, at the type in the attribute.
pub struct FunctionArgumentsProbe<'a, P>(pub &'a P);

pub trait WriteArguments {
    fn call<R>(&self, path: &Path, name: &str) -> Call<R>;
}

impl<P: FunctionParameters> WriteArguments for &FunctionArgumentsProbe<'_, P> {
    #[inline]
    fn call<R>(&self, path: &Path, name: &str) -> Call<R> {
        crate::address::function(path, name, self.0)
    }
}

pub trait NoArguments {
    fn call<R>(&self, path: &Path, name: &str) -> Call<R>;
}

impl<P> NoArguments for FunctionArgumentsProbe<'_, P> {
    fn call<R>(&self, path: &Path, name: &str) -> Call<R> {
        crate::address::function(path, name, &())
    }
}

/// Keeps what a declaration says about itself (`Described`, `EdmType`) when the `schema` feature
/// is on, and drops it otherwise: a crate of many types that never checks them against a CSDL
/// does not type-check a description per type. A macro, because the derive cannot see the
/// runtime crate's features.
#[cfg(feature = "schema")]
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_entity_schema {
    ($($tokens:tt)*) => { $($tokens)* };
}

/// See the `schema` feature's twin above: without the feature, the description is dropped.
#[cfg(not(feature = "schema"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_entity_schema {
    ($($tokens:tt)*) => {};
}

pub use crate::__graph_entity_schema as schema_items;

pub use crate::schema::{
    Described, EdmProbe, EdmRef, EdmType, KnownEdm, KnownParameters, NavigationSchema,
    OperationSchema, ParametersProbe, PropertySchema, TypeKind, TypeSchema, UnknownEdm,
    UnknownParameters, edm_of, edm_probe_of_slot, returned,
};

#[cfg(test)]
mod tests {
    use super::redeclared;

    #[test]
    fn redeclared_finds_the_first_own_name_the_base_has_as_a_scan_would() {
        let base = [
            "id",
            "displayName",
            "description",
            "createdDateTime",
            "size",
            "name",
            "",
        ];
        let cases: [&[&str]; 7] = [
            &[],
            &["appUrl", "useManagedBrowser"],
            &["appUrl", "displayName"],
            &["size", "displayName"],
            // Same length, first and last bytes as a base name (so the same bucket), not equal.
            &["dabplayName", "nbme"],
            &["name", "id"],
            &["x", ""],
        ];
        for own in cases {
            let scan = own
                .iter()
                .position(|name| base.contains(name))
                .unwrap_or(own.len());
            assert_eq!(redeclared(&base, own), scan, "{own:?}");
        }
        assert_eq!(redeclared(&[], &["id"]), 1);
        // Evaluated where the derive evaluates it: in a constant.
        const FOUND: usize = redeclared(&["id", "displayName"], &["mail", "displayName"]);
        assert_eq!(FOUND, 1);
    }
}
