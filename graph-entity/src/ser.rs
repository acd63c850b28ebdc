//! Run-time support for the generated `Serialize` impls.

use serde::Serialize;
use serde::ser::SerializeMap;

use crate::additional::AdditionalData;
use crate::de::ODATA_TYPE_KEY;

/// Writes `@odata.type` and then the kept control information and instance annotations, as OData
/// puts control information before the properties.
///
/// # Errors
/// When the serializer fails.
#[inline]
pub fn write_head<M: SerializeMap>(
    map: &mut M,
    type_tag: &'static str,
    rest: &AdditionalData,
) -> Result<(), M::Error> {
    map.serialize_entry(ODATA_TYPE_KEY, type_tag)?;
    for (name, raw) in rest.entries() {
        if name.starts_with('@') {
            map.serialize_entry(name.as_ref(), raw.as_ref())?;
        }
    }
    Ok(())
}

/// Writes an `Option` field: its value, or when it is `None` the entry the document had for it
/// (an explicit `null`, or an enum member the enum does not know), or nothing.
///
/// # Errors
/// When the serializer fails.
#[inline]
pub fn write_optional<M: SerializeMap, T: Serialize>(
    map: &mut M,
    name: &'static str,
    value: &Option<T>,
    rest: &AdditionalData,
) -> Result<(), M::Error> {
    match value {
        Some(value) => map.serialize_entry(name, value),
        None if rest.is_empty() => Ok(()),
        None => match rest.declared(name) {
            Some(raw) => map.serialize_entry(name, raw),
            None => Ok(()),
        },
    }
}

/// Writes a non-`Option` field.
///
/// # Errors
/// When the serializer fails.
#[inline]
pub fn write_required<M: SerializeMap, T: Serialize + ?Sized>(
    map: &mut M,
    name: &'static str,
    value: &T,
) -> Result<(), M::Error> {
    map.serialize_entry(name, value)
}

/// Writes the kept properties the struct does not declare, in document order.
///
/// # Errors
/// When the serializer fails.
#[inline]
pub fn write_tail<M: SerializeMap>(
    map: &mut M,
    rest: &AdditionalData,
    declared: &[&str],
) -> Result<(), M::Error> {
    for (name, raw) in rest.entries() {
        if !name.starts_with('@') && !declared.contains(&name.as_ref()) {
            map.serialize_entry(name.as_ref(), raw.as_ref())?;
        }
    }
    Ok(())
}
