//! [`Filter`]: a typed `$filter` expression, built from [`Operand`]s (see [`prop`]) and
//! combined with `and`, `or` and `not`.

use core::fmt;
use core::marker::PhantomData;

use crate::request::query::literal::Literal;
use crate::request::query::property::{IntoProperty, Untyped};

/// Operator precedence of a written expression, to parenthesize only where needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Precedence {
    Or,
    And,
    /// A comparison, a function call, `not(...)` or anything parenthesized.
    Atom,
}

/// A boolean `$filter` expression over the properties of `T`.
///
/// Build one from an [`Operand`] (see [`prop`]); combine with [`Filter::and`], [`Filter::or`]
/// and [`Filter::not`]. Parentheses are written where precedence needs them.
///
/// ```
/// use graph_entity::query::{Literal, prop};
/// use graph_entity::query::Filter;
///
/// let filter: Filter = prop("mail").ends_with("@contoso.com")
///     .or(prop("userType").eq(Literal::enum_member("microsoft.graph.userType", "Guest")))
///     .and(prop("accountEnabled").ne(false).not());
/// assert_eq!(
///     filter.as_str(),
///     "(endswith(mail,'@contoso.com') or userType eq microsoft.graph.userType'Guest') and not(accountEnabled ne false)",
/// );
/// assert!(filter.needs_advanced());
/// ```
pub struct Filter<T = Untyped> {
    pub(super) text: String,
    precedence: Precedence,
    pub(super) advanced: bool,
    owner: PhantomData<fn() -> T>,
}

impl<T> Filter<T> {
    fn new(text: String, precedence: Precedence, advanced: bool) -> Self {
        Filter {
            text,
            precedence,
            advanced,
            owner: PhantomData,
        }
    }

    /// A filter written exactly as `expression` (it is still percent-encoded in the query
    /// string). Nothing is checked or escaped: never build one from untrusted text.
    pub fn raw(expression: &str) -> Self {
        let mut text = String::with_capacity(expression.len() + 2);
        text.push('(');
        text.push_str(expression);
        text.push(')');
        Filter::new(text, Precedence::Atom, false)
    }

    /// The expression as written (before percent-encoding).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the expression uses `ne`, `not` or `endswith`, which directory objects accept
    /// only in advanced queries.
    pub fn needs_advanced(&self) -> bool {
        self.advanced
    }

    /// `self and other`.
    #[must_use]
    pub fn and(self, other: Filter<T>) -> Self {
        self.join(" and ", other, Precedence::And)
    }

    /// `self or other`.
    #[must_use]
    pub fn or(self, other: Filter<T>) -> Self {
        self.join(" or ", other, Precedence::Or)
    }

    /// `not(self)`: an advanced query on directory objects.
    #[must_use]
    #[allow(clippy::should_implement_trait)]
    pub fn not(self) -> Self {
        let mut text = String::with_capacity(self.text.len() + 5);
        text.push_str("not(");
        text.push_str(&self.text);
        text.push(')');
        Filter::new(text, Precedence::Atom, true)
    }

    fn join(self, operator: &str, other: Filter<T>, precedence: Precedence) -> Self {
        let mut text = String::with_capacity(self.text.len() + other.text.len() + 9);
        for (index, side) in [&self, &other].into_iter().enumerate() {
            if index == 1 {
                text.push_str(operator);
            }
            if side.precedence < precedence {
                text.push('(');
                text.push_str(&side.text);
                text.push(')');
            } else {
                text.push_str(&side.text);
            }
        }
        Filter::new(text, precedence, self.advanced || other.advanced)
    }
}

impl<T> Clone for Filter<T> {
    fn clone(&self) -> Self {
        Filter::new(self.text.clone(), self.precedence, self.advanced)
    }
}

impl<T> PartialEq for Filter<T> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl<T> fmt::Debug for Filter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Filter").field(&self.text).finish()
    }
}

impl<T> fmt::Display for Filter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// A property (or property path) of `T`, as an operand of a `$filter` expression.
pub fn prop<T>(property: impl IntoProperty<T>) -> Operand<T> {
    Operand::new(property.into_property().name.to_owned())
}

/// A value in a `$filter` expression over `T`: a property, a lambda variable or a
/// [`Literal`].
pub struct Operand<T = Untyped> {
    text: String,
    owner: PhantomData<fn() -> T>,
}

impl<T> Operand<T> {
    fn new(text: String) -> Self {
        Operand {
            text,
            owner: PhantomData,
        }
    }

    /// The operand as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// `self/property`: a property of this complex or navigation property.
    #[must_use]
    pub fn path<U>(mut self, property: impl IntoProperty<U>) -> Self {
        self.text.push('/');
        self.text.push_str(property.into_property().name);
        self
    }

    fn compare(self, operator: &str, other: Operand<T>, advanced: bool) -> Filter<T> {
        let mut text = self.text;
        text.reserve(operator.len() + other.text.len() + 2);
        text.push(' ');
        text.push_str(operator);
        text.push(' ');
        text.push_str(&other.text);
        Filter::new(text, Precedence::Atom, advanced)
    }

    /// `self eq other`.
    pub fn eq(self, other: impl Into<Operand<T>>) -> Filter<T> {
        self.compare("eq", other.into(), false)
    }

    /// `self ne other`: an advanced query on directory objects.
    pub fn ne(self, other: impl Into<Operand<T>>) -> Filter<T> {
        self.compare("ne", other.into(), true)
    }

    /// `self gt other`.
    pub fn gt(self, other: impl Into<Operand<T>>) -> Filter<T> {
        self.compare("gt", other.into(), false)
    }

    /// `self ge other`.
    pub fn ge(self, other: impl Into<Operand<T>>) -> Filter<T> {
        self.compare("ge", other.into(), false)
    }

    /// `self lt other`.
    pub fn lt(self, other: impl Into<Operand<T>>) -> Filter<T> {
        self.compare("lt", other.into(), false)
    }

    /// `self le other`.
    pub fn le(self, other: impl Into<Operand<T>>) -> Filter<T> {
        self.compare("le", other.into(), false)
    }

    fn call(name: &str, first: Operand<T>, second: Operand<T>, advanced: bool) -> Filter<T> {
        let mut text = String::with_capacity(name.len() + first.text.len() + second.text.len() + 3);
        text.push_str(name);
        text.push('(');
        text.push_str(&first.text);
        text.push(',');
        text.push_str(&second.text);
        text.push(')');
        Filter::new(text, Precedence::Atom, advanced)
    }

    /// `startswith(self,prefix)`.
    pub fn starts_with(self, prefix: impl Into<Operand<T>>) -> Filter<T> {
        Operand::call("startswith", self, prefix.into(), false)
    }

    /// `endswith(self,suffix)`: an advanced query on directory objects.
    pub fn ends_with(self, suffix: impl Into<Operand<T>>) -> Filter<T> {
        Operand::call("endswith", self, suffix.into(), true)
    }

    /// `contains(self,part)`.
    pub fn contains(self, part: impl Into<Operand<T>>) -> Filter<T> {
        Operand::call("contains", self, part.into(), false)
    }

    /// `self in (v1,v2,...)`.
    pub fn is_in<L: Into<Literal>>(self, values: impl IntoIterator<Item = L>) -> Filter<T> {
        let mut text = self.text;
        text.push_str(" in (");
        for (index, value) in values.into_iter().enumerate() {
            if index > 0 {
                text.push(',');
            }
            text.push_str(&value.into().text);
        }
        text.push(')');
        Filter::new(text, Precedence::Atom, false)
    }

    /// `self/any(var:body)`: whether any member of this collection satisfies `body`, which
    /// names the member through its [`Var`].
    ///
    /// ```
    /// use graph_entity::query::{Filter, prop};
    ///
    /// let filter: Filter = prop("assignedLicenses").any("l", |l| l.prop("skuId").eq(
    ///     "184efa21-98c3-4e5d-95ab-d07053a96e67".parse::<graph_entity::edm::Guid>().unwrap(),
    /// ));
    /// assert_eq!(filter.as_str(), "assignedLicenses/any(l:l/skuId eq 184efa21-98c3-4e5d-95ab-d07053a96e67)");
    /// ```
    pub fn any(self, var: &'static str, body: impl FnOnce(Var<T>) -> Filter<T>) -> Filter<T> {
        self.lambda("any", var, body)
    }

    /// `self/all(var:body)`: whether every member of this collection satisfies `body`.
    pub fn all(self, var: &'static str, body: impl FnOnce(Var<T>) -> Filter<T>) -> Filter<T> {
        self.lambda("all", var, body)
    }

    /// `self/any()`: whether the collection has any member.
    pub fn any_member(self) -> Filter<T> {
        let mut text = self.text;
        text.push_str("/any()");
        Filter::new(text, Precedence::Atom, false)
    }

    fn lambda(
        self,
        operator: &str,
        var: &'static str,
        body: impl FnOnce(Var<T>) -> Filter<T>,
    ) -> Filter<T> {
        let body = body(Var {
            name: var,
            owner: PhantomData,
        });
        let mut text = self.text;
        text.reserve(operator.len() + var.len() + body.text.len() + 4);
        text.push('/');
        text.push_str(operator);
        text.push('(');
        text.push_str(var);
        text.push(':');
        text.push_str(&body.text);
        text.push(')');
        Filter::new(text, Precedence::Atom, body.advanced)
    }
}

impl<T> Clone for Operand<T> {
    fn clone(&self) -> Self {
        Operand::new(self.text.clone())
    }
}

impl<T> fmt::Debug for Operand<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Operand").field(&self.text).finish()
    }
}

impl<T, L: Into<Literal>> From<L> for Operand<T> {
    fn from(literal: L) -> Self {
        Operand::new(literal.into().text)
    }
}

/// The variable of an `any`/`all` lambda, standing for one member of the collection.
pub struct Var<T = Untyped> {
    name: &'static str,
    owner: PhantomData<fn() -> T>,
}

impl<T> Var<T> {
    /// The member itself, for a collection of primitive values: `e` in `any(e:e eq 'x')`.
    pub fn itself(&self) -> Operand<T> {
        Operand::new(self.name.to_owned())
    }

    /// A property of the member: `m/displayName`.
    pub fn prop<U>(&self, property: impl IntoProperty<U>) -> Operand<T> {
        Operand::new(self.name.to_owned()).path(property)
    }
}
