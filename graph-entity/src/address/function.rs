//! Function parameters in a path: [`FunctionParameters`], written as OData literals
//! ([`ToLiteral`]) into [`FunctionArguments`], every literal percent-encoded.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::request::query::Literal;

/// The parameters of a function, written into its call's parentheses as OData literals:
/// `name(p1='text',p2=42)`.
///
/// `#[derive(GraphEntity)]` implements it for a `#[graph(parameters)]` struct whose fields are
/// all literal types (strings, numbers, `bool`, GUIDs, dates, `DateTimeOffset`, enum members,
/// and `Option`s of them, `None` written as `null`): see [`ToLiteral`]. `()` is the empty list.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the parameters of a function",
    label = "not `FunctionParameters`",
    note = "declare `{Self}` with `#[derive(GraphEntity)]` and `#[graph(parameters)]`, with fields of literal types (strings, numbers, `bool`, GUIDs, dates, enum members, `Option`s of them)"
)]
pub trait FunctionParameters {
    /// Named by generated code, once per function: `<Type as FunctionParameters>::ASSERT`.
    #[doc(hidden)]
    const ASSERT: () = ();

    /// Writes each parameter, in order.
    fn write_arguments(&self, arguments: &mut FunctionArguments);
}

impl FunctionParameters for () {
    fn write_arguments(&self, _: &mut FunctionArguments) {}
}

impl<const N: usize> FunctionParameters for [(&str, Literal); N] {
    fn write_arguments(&self, arguments: &mut FunctionArguments) {
        for (name, value) in self {
            arguments.push(name, value);
        }
    }
}

impl FunctionParameters for [(&str, Literal)] {
    fn write_arguments(&self, arguments: &mut FunctionArguments) {
        for (name, value) in self {
            arguments.push(name, value);
        }
    }
}

/// Everything but RFC 3986's unreserved characters: what a literal's text is encoded with.
const LITERAL: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The arguments of a function call, as they are written: `p1='a%2Fb',p2=42`.
///
/// Each literal is percent-encoded so that no value changes the URL's shape: every byte but
/// RFC 3986's unreserved characters becomes `%XX` (so `/`, `?`, `#`, `%`, `&`, `+`, `,`, `(`,
/// `)`, `=`, spaces and non-ASCII text are all encoded), except the quotes that open and close
/// a string or enum literal, which are written as they are. A `'` inside a string is doubled
/// (by [`Literal::string`]) and then encoded, `%27%27`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FunctionArguments {
    pub(super) encoded: String,
    pub(super) template: String,
}

impl FunctionArguments {
    /// Appends `name=literal`.
    pub fn push(&mut self, name: &str, literal: &Literal) {
        if !self.encoded.is_empty() {
            self.encoded.push(',');
            self.template.push(',');
        }
        self.encoded.extend(utf8_percent_encode(name, LITERAL));
        self.encoded.push('=');
        push_literal(&mut self.encoded, literal.as_str());
        self.template.push_str(name);
        self.template.push_str("={");
        self.template.push_str(name);
        self.template.push('}');
    }

    /// Appends `name=value`, the value converted by [`ToLiteral`].
    pub fn push_value<V: ToLiteral + ?Sized>(&mut self, name: &str, value: &V) {
        self.push(name, &value.to_literal());
    }

    /// The arguments as written in the path.
    pub fn as_str(&self) -> &str {
        &self.encoded
    }
}

/// Writes a literal, percent-encoded but for the quotes of a quoted literal (`'...'` or
/// `namespace.type'...'`), whose inner quotes are doubled and so encoded.
fn push_literal(out: &mut String, text: &str) {
    match (text.find('\''), text.ends_with('\'')) {
        (Some(open), true) if open + 1 < text.len() => {
            out.extend(utf8_percent_encode(&text[..open], LITERAL));
            out.push('\'');
            out.extend(utf8_percent_encode(
                &text[open + 1..text.len() - 1],
                LITERAL,
            ));
            out.push('\'');
        }
        _ => out.extend(utf8_percent_encode(text, LITERAL)),
    }
}

/// The types a function parameter can have, written as OData literals: see
/// [`Literal`]'s table. Enum members are written namespace-qualified when the enum has an
/// `odata_type` (`microsoft.graph.importance'high'`), bare (`'high'`) otherwise.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a function parameter: it has no OData literal form",
    label = "not a string, number, `bool`, GUID, date, `DateTimeOffset`, enum member or an `Option` of one",
    note = "a function's parameters are written in its URL as literals; give complex or collection values to an action instead"
)]
pub trait ToLiteral {
    /// The literal.
    fn to_literal(&self) -> Literal;
}

macro_rules! to_literal_by_value {
    ($($ty:ty),*) => {$(
        impl ToLiteral for $ty {
            fn to_literal(&self) -> Literal {
                Literal::from(*self)
            }
        }
    )*};
}

to_literal_by_value!(
    bool,
    i8,
    i16,
    i32,
    i64,
    u8,
    u16,
    u32,
    u64,
    f64,
    crate::edm::Guid,
    crate::edm::Date,
    crate::edm::DateTimeOffset
);

impl ToLiteral for str {
    fn to_literal(&self) -> Literal {
        Literal::string(self)
    }
}

impl ToLiteral for String {
    fn to_literal(&self) -> Literal {
        Literal::string(self)
    }
}

impl ToLiteral for Literal {
    fn to_literal(&self) -> Literal {
        self.clone()
    }
}

impl<T: ToLiteral + ?Sized> ToLiteral for &T {
    fn to_literal(&self) -> Literal {
        (**self).to_literal()
    }
}

impl<T: ToLiteral> ToLiteral for Option<T> {
    fn to_literal(&self) -> Literal {
        self.as_ref()
            .map_or_else(Literal::null, ToLiteral::to_literal)
    }
}

/// The enum member `member` of `E`, namespace-qualified if `E` has an `odata_type`.
pub fn enum_literal<E: crate::wire::enums::GraphEnum>(member: &E) -> Literal {
    match E::ODATA_TYPE {
        Some(enum_type) => Literal::enum_member(enum_type, member.as_str()),
        None => Literal::enum_value(member.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_quote_literal_is_encoded_whole() {
        let mut out = String::new();
        push_literal(&mut out, "'");
        assert_eq!(out, "%27");
    }
}
