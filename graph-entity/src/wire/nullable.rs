//! [`Nullable`]: a property's three states on the wire.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A property that can be absent, `null`, or a value, on read and on write.
///
/// As a field type it tells the three apart where `Option` folds absence and `null` together
/// (an `Option` field remembers an explicit `null` in the entity's
/// [`AdditionalData`](crate::AdditionalData) instead). In a generated patch type it is a change:
/// [`Nullable::Absent`] leaves the property unchanged, [`Nullable::Null`] sets it to `null`.
///
/// ```
/// use graph_entity::{AdditionalData, GraphEntity, Nullable};
///
/// #[derive(GraphEntity, Debug)]
/// #[graph(odata_type = "microsoft.graph.note")]
/// struct Note {
///     text: Nullable<String>,
///     author: Nullable<String>,
///     tag: Nullable<String>,
/// }
///
/// let note: Note = serde_json::from_str(r#"{"text": "hi", "author": null}"#)?;
/// assert_eq!(note.text, Nullable::Value("hi".to_owned()));
/// assert_eq!(note.author, Nullable::Null);
/// assert_eq!(note.tag, Nullable::Absent);
/// assert_eq!(serde_json::to_string(&note)?, r#"{"text":"hi","author":null}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nullable<T> {
    /// Not in the document; in a patch, unchanged.
    #[default]
    Absent,
    /// `null`.
    Null,
    /// A value.
    Value(T),
}

impl<T> Nullable<T> {
    /// Whether the property is absent.
    pub const fn is_absent(&self) -> bool {
        matches!(self, Nullable::Absent)
    }

    /// Whether the property is `null`.
    pub const fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }

    /// The value, if there is one.
    pub const fn value(&self) -> Option<&T> {
        match self {
            Nullable::Value(value) => Some(value),
            _ => None,
        }
    }

    /// The value, if there is one; `null` and absence both give `None`.
    pub fn into_option(self) -> Option<T> {
        match self {
            Nullable::Value(value) => Some(value),
            _ => None,
        }
    }

    /// `Some(value)` is a value, `None` is `null`: what `From<Option<T>>` does, by a name
    /// (the derive's patch setters call it).
    ///
    /// ```
    /// use graph_entity::Nullable;
    /// assert_eq!(Nullable::from_option(Some(3)), Nullable::Value(3));
    /// assert_eq!(Nullable::<i32>::from_option(None), Nullable::Null);
    /// ```
    #[inline]
    pub fn from_option(value: Option<T>) -> Self {
        match value {
            Some(value) => Nullable::Value(value),
            None => Nullable::Null,
        }
    }

    /// Maps the value, keeping absence and `null`.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Nullable<U> {
        match self {
            Nullable::Absent => Nullable::Absent,
            Nullable::Null => Nullable::Null,
            Nullable::Value(value) => Nullable::Value(f(value)),
        }
    }
}

/// `Some(value)` is a value, `None` is `null`.
impl<T> From<Option<T>> for Nullable<T> {
    fn from(value: Option<T>) -> Self {
        Nullable::from_option(value)
    }
}

/// Writes `null` for [`Nullable::Null`] and [`Nullable::Absent`]; inside a struct, the derives
/// leave absent properties out instead.
impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Value(value) => serializer.serialize_some(value),
            Nullable::Null | Nullable::Absent => serializer.serialize_none(),
        }
    }
}

/// Reads `null` as [`Nullable::Null`]; absence (inside a struct) is [`Nullable::Absent`].
impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Nullable::from)
    }
}
