//! The compile-time check of a projection's fields, run by the constants the derive generates:
//! each field's JSON name among the projected type's properties, with the same Edm type. Apart
//! from [`Projection`](super::Projection), which the addresses name, so that the check may
//! name the entity traits without an import circle.

use core::marker::PhantomData;

use crate::entity::GraphBase;
use crate::schema::{EdmRef, EdmType};
use crate::wire::lookup::same_bytes;
use crate::wire::structured::Structured;

/// The types a projection may project: every type declared with `#[derive(GraphEntity)]` (but
/// action parameters and projections), through [`GraphBase`]. Named by generated code only.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be projected: it is not an entity or complex type declared with `#[derive(GraphEntity)]`",
    label = "not a Graph type",
    note = "`projection_of` takes a type declared with `#[derive(GraphEntity)]` (a generated one, such as `graph_resources::graph::User`, or your own), not action parameters or another projection"
)]
pub trait Projectable: Structured + EdmType {
    /// Named by generated code once per projection, so that a type that is none is one error.
    const ASSERT: () = ();
}

#[diagnostic::do_not_recommend]
impl<T: GraphBase> Projectable for T {}

/// The Edm type of `T`, in a constant: `Some` when `T` implements [`EdmType`], else `None`
/// (through [`NoEdm`], which must be in scope). Named by generated code only.
#[doc(hidden)]
pub struct EdmOf<T: ?Sized>(PhantomData<fn() -> T>);

impl<T: EdmType + ?Sized> EdmOf<T> {
    /// `T`'s Edm type: an inherent constant, which wins over [`NoEdm`]'s when `T: EdmType`.
    pub const EDM: Option<EdmRef> = Some(T::EDM);
}

/// The fallback of [`EdmOf`] for a type that maps to no Edm type.
#[doc(hidden)]
pub trait NoEdm {
    /// No Edm type.
    const EDM: Option<EdmRef> = None;
}

impl<T: ?Sized> NoEdm for EdmOf<T> {}

/// The properties of a projected type `T` and their Edm types, in a constant: `None` when `T`
/// is no [`Projectable`] type (through [`NotProjectable`]), so that the checks of the fields
/// pass and the one error is the projection's assertion of `T: Projectable`.
#[doc(hidden)]
pub struct Projected<T: ?Sized>(PhantomData<fn() -> T>);

/// The names of a type's properties and their Edm types, in the same order.
#[doc(hidden)]
pub type PropertyTable = (&'static [&'static str], &'static [Option<EdmRef>]);

impl<T: Projectable> Projected<T> {
    /// `T`'s properties (its bases' first) and their Edm types.
    pub const TABLE: Option<PropertyTable> =
        Some((<T as Structured>::PROPERTIES, <T as EdmType>::PROPERTY_EDM));
}

/// The fallback of [`Projected`] for a type that cannot be projected.
#[doc(hidden)]
pub trait NotProjectable {
    /// No table: nothing to check the fields against.
    const TABLE: Option<PropertyTable> = None;
}

impl<T: ?Sized> NotProjectable for Projected<T> {}

/// What the compile-time check of one field of a projection found.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldCheck {
    /// A property of the projected type, of the same Edm type (or one that the projected type's
    /// field does not map to an Edm type, so that there is nothing to compare).
    Fine,
    /// No property of the projected type has the field's JSON name.
    Missing,
    /// The property's Edm type (`Some`) is not the field's.
    Mismatch(Option<EdmRef>),
}

/// Checks the field `name`, whose type maps to `edm`, against the property table of the
/// projected type (`None`: no table, nothing to check). A name listed twice (which the derive
/// rejects) is checked at its later place, as reading finds it.
#[doc(hidden)]
pub const fn check_field(
    table: Option<PropertyTable>,
    name: &str,
    edm: Option<EdmRef>,
) -> FieldCheck {
    let Some((names, edms)) = table else {
        return FieldCheck::Fine;
    };
    let mut index = names.len();
    while index > 0 {
        index -= 1;
        if same_bytes(names[index].as_bytes(), name.as_bytes()) {
            let expected = if index < edms.len() {
                edms[index]
            } else {
                None
            };
            return match expected {
                Some(expected) if !same_edm(Some(expected), edm) => {
                    FieldCheck::Mismatch(Some(expected))
                }
                _ => FieldCheck::Fine,
            };
        }
    }
    FieldCheck::Missing
}

/// `a == b`, at compile time.
const fn same_edm(a: Option<EdmRef>, b: Option<EdmRef>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a.collection == b.collection && same_bytes(a.name.as_bytes(), b.name.as_bytes())
        }
        (None, None) => true,
        _ => false,
    }
}

/// `a` followed by `b`, at compile time: the `PROPERTY_EDM` of a derived type.
#[doc(hidden)]
pub const fn concat_edm<const N: usize>(
    a: &[Option<EdmRef>],
    b: &[Option<EdmRef>],
) -> [Option<EdmRef>; N] {
    let mut out = [None; N];
    let mut index = 0;
    while index < a.len() && index < N {
        out[index] = a[index];
        index += 1;
    }
    while index < N && index - a.len() < b.len() {
        out[index] = b[index - a.len()];
        index += 1;
    }
    out
}

/// The longest message of a field's type check; longer ones are cut (at a character).
const MESSAGE_CAPACITY: usize = 640;

/// A compile-time error message, built from pieces at compile time: the message of a field
/// whose type is not its property's Edm type names both types, which only constant evaluation
/// knows.
#[doc(hidden)]
pub struct Message {
    bytes: [u8; MESSAGE_CAPACITY],
    len: usize,
}

impl Message {
    /// `before`, the property's Edm type `expected`, `middle`, the field's `found`, `after`.
    pub const fn mismatch(
        before: &str,
        expected: Option<EdmRef>,
        middle: &str,
        found: Option<EdmRef>,
        after: &str,
    ) -> Self {
        let mut message = Message {
            bytes: [0; MESSAGE_CAPACITY],
            len: 0,
        };
        message.push(before);
        message.push_edm(expected);
        message.push(middle);
        message.push_edm(found);
        message.push(after);
        message
    }

    const fn push_edm(&mut self, edm: Option<EdmRef>) {
        match edm {
            Some(EdmRef {
                name,
                collection: true,
            }) => {
                self.push("`Collection(");
                self.push(name);
                self.push(")`");
            }
            Some(EdmRef {
                name,
                collection: false,
            }) => {
                self.push("`");
                self.push(name);
                self.push("`");
            }
            None => self.push("no Edm type"),
        }
    }

    const fn push(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut at = 0;
        // Whole characters only, so that the message stays UTF-8.
        while at < bytes.len() {
            let width = match bytes[at] {
                0..0x80 => 1,
                0xC0..0xE0 => 2,
                0xE0..0xF0 => 3,
                _ => 4,
            };
            if self.len + width > MESSAGE_CAPACITY || at + width > bytes.len() {
                return;
            }
            let mut byte = 0;
            while byte < width {
                self.bytes[self.len] = bytes[at + byte];
                self.len += 1;
                byte += 1;
            }
            at += width;
        }
    }

    /// The message.
    pub const fn as_str(&self) -> &str {
        let (text, _) = self.bytes.split_at(self.len);
        match core::str::from_utf8(text) {
            Ok(text) => text,
            Err(_) => "the field's type is not its property's Edm type",
        }
    }
}

/// The key of a projection, from the field that holds the projected type's key property:
/// through an auto-ref probe, so that a field of another type (which cannot be the key) is no
/// error but no key. Named by generated code only.
#[doc(hidden)]
pub struct KeyProbe<'a, K: ?Sized, F>(pub &'a F, pub PhantomData<fn() -> &'a K>);

/// The probe of a field that holds a key of type `K` (`String`, `Option<String>`, an integer).
#[doc(hidden)]
pub trait KnownKey<'a, K: ?Sized> {
    fn projected_key(&self) -> Option<&'a K>;
}

impl<'a, K: ?Sized, F: crate::entity::AsKey<K>> KnownKey<'a, K> for &KeyProbe<'a, K, F> {
    #[inline]
    fn projected_key(&self) -> Option<&'a K> {
        self.0.as_key()
    }
}

/// The probe of a field that cannot hold the key.
#[doc(hidden)]
pub trait UnknownKey<'a, K: ?Sized> {
    fn projected_key(&self) -> Option<&'a K>;
}

impl<'a, K: ?Sized, F> UnknownKey<'a, K> for KeyProbe<'a, K, F> {
    #[inline]
    fn projected_key(&self) -> Option<&'a K> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: &[&str] = &["id", "displayName", "businessPhones"];
    const EDMS: &[Option<EdmRef>] = &[
        Some(EdmRef::single("Edm.String")),
        Some(EdmRef::single("Edm.String")),
        Some(EdmRef::collection_of("Edm.String")),
    ];

    #[test]
    fn a_field_is_checked_by_name_and_edm_type() {
        let table = Some((NAMES, EDMS));
        let string = Some(EdmRef::single("Edm.String"));
        assert_eq!(check_field(table, "displayName", string), FieldCheck::Fine);
        assert_eq!(check_field(table, "mail", string), FieldCheck::Missing);
        assert_eq!(
            check_field(table, "businessPhones", string),
            FieldCheck::Mismatch(Some(EdmRef::collection_of("Edm.String")))
        );
        assert_eq!(
            check_field(table, "id", None),
            FieldCheck::Mismatch(Some(EdmRef::single("Edm.String")))
        );
        // Nothing to check against: no table, or a property without an Edm type.
        assert_eq!(check_field(None, "mail", string), FieldCheck::Fine);
        let unknown = Some((NAMES, &[None, None, None][..]));
        assert_eq!(check_field(unknown, "id", None), FieldCheck::Fine);
    }

    #[test]
    fn the_mismatch_message_names_both_types_and_stays_utf8_when_cut() {
        let message = Message::mismatch(
            "is ",
            Some(EdmRef::collection_of("Edm.String")),
            ", not ",
            None,
            ".",
        );
        assert_eq!(
            message.as_str(),
            "is `Collection(Edm.String)`, not no Edm type."
        );
        let long = "é".repeat(MESSAGE_CAPACITY);
        let cut = Message::mismatch(&long, None, "", None, "");
        assert!(cut.as_str().len() <= MESSAGE_CAPACITY);
        assert!(cut.as_str().chars().all(|c| c == 'é'));
    }

    #[test]
    fn derived_tables_concatenate() {
        let all: [Option<EdmRef>; 3] = concat_edm(&EDMS[..1], &EDMS[1..]);
        assert_eq!(&all[..], EDMS);
    }
}
