//! The wire layer: what generated code needs at run time to read and write a type's OData JSON.
//!
//! The derive generates the shape-dependent half of each type ([`structured`]); these modules
//! are the other half, written once for all types: the struct reader ([`de`]) and writer
//! ([`ser`], with [`json`] for serde_json into a `Vec<u8>`), the pieces they share ([`read`],
//! [`fields`], [`lookup`], [`type_name`], [`replay`]), the values a property can hold
//! ([`additional`], [`nullable`], [`enums`], [`flags`]) and mixed collections ([`polymorphic`]).
//! Nothing here knows of requests or responses.
//!
//! The modules are private; their public items are re-exported at the crate root and, for
//! generated code, in `__private`.

pub(crate) mod additional;
pub(crate) mod de;
pub(crate) mod enums;
pub(crate) mod fields;
pub(crate) mod flags;
pub(crate) mod json;
pub(crate) mod lookup;
pub(crate) mod nullable;
pub(crate) mod polymorphic;
pub(crate) mod read;
pub(crate) mod replay;
pub(crate) mod ser;
pub(crate) mod structured;
pub(crate) mod type_name;
