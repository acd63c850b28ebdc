//! [`Literal`]: a value in a `$filter` expression, written as OData's URL conventions write it.

use core::fmt;

use crate::edm::{Date, DateTimeOffset, Guid};

/// A literal of a `$filter` expression, written as OData's URL conventions write it.
///
/// | Rust value | Written |
/// |---|---|
/// | `&str`, `String` | `'O''Neil'`: in single quotes, a `'` doubled |
/// | [`Guid`] | `01234567-89ab-cdef-0123-456789abcdef`, bare |
/// | [`DateTimeOffset`] | `2024-05-01T12:00:00Z`, bare |
/// | [`Date`] | `2024-05-01`, bare |
/// | integers | `42`, `-7` |
/// | `f64` | `1.5`, `1e300`, `NaN`, `INF`, `-INF` |
/// | `bool` | `true`, `false` |
/// | [`Literal::null`] | `null` |
/// | [`Literal::enum_member`] | `microsoft.graph.importance'high'` |
/// | [`Literal::enum_value`] | `'high'` |
///
/// Enum members have two forms. The namespace-qualified `microsoft.graph.importance'high'`
/// is OData 4.0's, understood everywhere. Graph also accepts the bare string form `'high'`
/// (OData 4.01) on the properties it documents with it (e.g. `importance eq 'high'` on
/// messages); use [`Literal::enum_value`] there.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Literal {
    pub(super) text: String,
}

impl Literal {
    /// `null`.
    pub fn null() -> Self {
        Literal {
            text: "null".to_owned(),
        }
    }

    /// A string: `'value'`, with each `'` doubled.
    pub fn string(value: &str) -> Self {
        let mut text = String::with_capacity(value.len() + 2);
        text.push('\'');
        for (index, part) in value.split('\'').enumerate() {
            if index > 0 {
                text.push_str("''");
            }
            text.push_str(part);
        }
        text.push('\'');
        Literal { text }
    }

    /// An enum member, namespace-qualified: `microsoft.graph.importance'high'`. `enum_type`
    /// is the qualified type name without `#`.
    pub fn enum_member(enum_type: &str, member: &str) -> Self {
        let quoted = Literal::string(member).text;
        let mut text = String::with_capacity(enum_type.len() + quoted.len());
        text.push_str(enum_type);
        text.push_str(&quoted);
        Literal { text }
    }

    /// An enum member in the bare string form Graph accepts: `'high'`.
    pub fn enum_value(member: &str) -> Self {
        Literal::string(member)
    }

    /// The literal as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    fn display(value: impl fmt::Display) -> Self {
        Literal {
            text: value.to_string(),
        }
    }
}

impl From<&str> for Literal {
    fn from(value: &str) -> Self {
        Literal::string(value)
    }
}

impl From<&String> for Literal {
    fn from(value: &String) -> Self {
        Literal::string(value)
    }
}

impl From<String> for Literal {
    fn from(value: String) -> Self {
        Literal::string(&value)
    }
}

impl From<bool> for Literal {
    fn from(value: bool) -> Self {
        Literal {
            text: if value { "true" } else { "false" }.to_owned(),
        }
    }
}

macro_rules! integer_literals {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Literal {
            fn from(value: $ty) -> Self {
                Literal::display(value)
            }
        }
    )*};
}

integer_literals!(i8, i16, i32, i64, u8, u16, u32, u64);

impl From<f64> for Literal {
    fn from(value: f64) -> Self {
        if value.is_nan() {
            Literal::display("NaN")
        } else if value.is_infinite() {
            Literal::display(if value > 0.0 { "INF" } else { "-INF" })
        } else {
            // `Debug` writes the shortest round-tripping form, always with `.` or `e`.
            Literal::display(format_args!("{value:?}"))
        }
    }
}

impl From<Guid> for Literal {
    fn from(value: Guid) -> Self {
        Literal::display(value)
    }
}

impl From<DateTimeOffset> for Literal {
    fn from(value: DateTimeOffset) -> Self {
        Literal::display(value)
    }
}

impl From<Date> for Literal {
    fn from(value: Date) -> Self {
        Literal::display(value)
    }
}

impl<L: Into<Literal>> From<Option<L>> for Literal {
    fn from(value: Option<L>) -> Self {
        value.map_or_else(Literal::null, Into::into)
    }
}
