//! Query options, typed: `$select`, `$expand`, `$filter`, `$search`, `$orderby`, `$top`,
//! `$skip`, `$count` and `$skiptoken`, written into a correctly percent-encoded query string,
//! together with the `ConsistencyLevel` header some of them need.
//!
//! Property names are [`Property<T>`] values: a name of the entity type `T`. Untyped names are
//! `&'static str`, accepted wherever a [`Property<Untyped>`] is (the queries of
//! [`Query::new`]); a query over a declared type (from [`Query::typed`]) takes only the names
//! declared for that type, so a misspelled property does not compile.
//!
//! ```
//! use graph_entity::query::{Expand, Literal, Order, Query, prop};
//!
//! let query = Query::new()
//!     .select(["id", "displayName"])
//!     .filter(prop("displayName").starts_with("Al & Co"))
//!     .filter(prop("accountEnabled").eq(true))
//!     .expand(Expand::new("manager").select(["id"]))
//!     .order_by("displayName", Order::Descending)
//!     .top(5);
//! assert_eq!(
//!     query.to_string(),
//!     "?$select=id,displayName&$expand=manager($select%3Did)\
//!      &$filter=startswith(displayName,%27Al%20%26%20Co%27)%20and%20accountEnabled%20eq%20true\
//!      &$orderby=displayName%20desc&$top=5",
//! );
//! ```
//!
//! # Encoding
//!
//! Option names keep their `$`. Values are percent-encoded so that every reader splits and
//! decodes them back exactly — the `url` crate's `query_pairs`, `form_urlencoded`, and the
//! service: everything but ASCII letters, digits and `-._~!$()*,;:@/` is encoded, so `+` is
//! `%2B` (a bare `+` reads as a space), a space `%20`, `&` `%26`, `=` `%3D`, `#` `%23`, `%`
//! `%25`, `'` `%27` and non-ASCII text as the percent-encoded UTF-8 bytes. Encoding `'` too
//! makes the query string one that the WHATWG URL parser leaves exactly as it is.
//!
//! # `ConsistencyLevel: eventual` and advanced queries
//!
//! `$search` and `$count=true` set the `ConsistencyLevel: eventual` header
//! ([`Query::apply_headers`]). On directory objects (users, groups, applications, devices,
//! ...) Graph runs some queries only as *advanced queries*, which need that header **and**
//! `$count=true`: `$filter` with `ne`, `not` or `endswith`, and `$orderby` together with
//! `$filter`. [`Query::needs_advanced`] tells whether a query uses one of these;
//! [`Query::advanced`] turns advanced queries on (the header and `$count=true`). It is not
//! turned on by itself, because the same operators need no such header on other resources.

use core::fmt::{self, Write as _};
use core::marker::PhantomData;

use http::header::{HeaderMap, HeaderName, HeaderValue};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::edm::DateTimeOffset;
use crate::edm::{Date, Guid};

/// What a query value keeps literal: unreserved characters and the sub-delimiters OData
/// syntax uses, but neither `&`, `=`, `+`, `#`, `%`, `'` nor anything non-ASCII.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'!')
    .remove(b'$')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b',')
    .remove(b';')
    .remove(b':')
    .remove(b'@')
    .remove(b'/');

/// The `ConsistencyLevel` header.
pub const CONSISTENCY_LEVEL: HeaderName = HeaderName::from_static("consistencylevel");

/// The entity type of a query whose property names are free `&'static str` names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Untyped;

/// The JSON name of a property of `T`.
///
/// For [`Untyped`] queries any `&'static str` converts into one. For a declared type, the
/// names come from the type itself: the derive generates one constant per property
/// (`Connector::SERVER_NAME`, see [`attributes`](crate::attributes#property-names)), so a
/// query over that type takes no other name (but those of the types it derives from).
pub struct Property<T: ?Sized = Untyped> {
    name: &'static str,
    owner: PhantomData<fn() -> T>,
}

impl<T: ?Sized> Property<T> {
    /// The property `name` of `T`. Generated code declares these; writing one by hand opts out
    /// of the check that the name exists.
    pub const fn declared(name: &'static str) -> Self {
        Property {
            name,
            owner: PhantomData,
        }
    }

    /// The JSON name.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// This property as one of `U`: `T` itself, or a type derived from `T`. For one array of
    /// the properties of a type and of its bases, as in
    /// `.select([WebApp::APP_URL, MobileApp::DISPLAY_NAME.for_type()])`.
    pub fn for_type<U>(self) -> Property<U>
    where
        Self: IntoProperty<U>,
    {
        self.into_property()
    }
}

impl<T: ?Sized> Clone for Property<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for Property<T> {}

impl<T: ?Sized> PartialEq for Property<T> {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl<T: ?Sized> Eq for Property<T> {}

impl<T: ?Sized> fmt::Debug for Property<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Property").field(&self.name).finish()
    }
}

impl From<&'static str> for Property<Untyped> {
    fn from(name: &'static str) -> Self {
        Property::declared(name)
    }
}

/// What names a property of `T`: a [`Property<T>`]; for a type `T` derived (through
/// `#[graph(base)]` fields) from `B`, a `Property<B>` as well; for [`Untyped`] queries, a
/// `&'static str`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not name a property of `{T}`",
    label = "not a property of `{T}`",
    note = "a query over a declared type takes only the property names declared for that type and for the types it derives from; \
            free `&'static str` names are for untyped queries, `Query::new()`"
)]
pub trait IntoProperty<T: ?Sized> {
    /// The property.
    fn into_property(self) -> Property<T>;
}

impl<T: ?Sized> IntoProperty<T> for Property<T> {
    fn into_property(self) -> Property<T> {
        self
    }
}

impl IntoProperty<Untyped> for &'static str {
    fn into_property(self) -> Property<Untyped> {
        Property::declared(self)
    }
}

/// The types whose properties `Self` has: itself, and, for a type with a `#[graph(base)]`
/// field, every type it derives from. Every type is its own (a blanket impl), and
/// `#[derive(GraphEntity)]` implements the rest; do not implement it by hand.
///
/// Through it a query over a derived type takes its bases' property names as well:
/// a `Query<WebApp>` selects `MobileApp::DISPLAY_NAME` when `WebApp` derives from `MobileApp`.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "the properties of `{A}` are not inherited: `{A}` is neither `{Self}` nor a type `{Self}` derives from",
    label = "a property of `{A}`, not of the query's type or of a type it derives from",
    note = "a query over a derived type takes the property names of that type and of the types it derives from (through `#[graph(base)]` fields), not those of other types"
)]
pub trait InheritsProperties<A: ?Sized> {}

// Every type has its own properties: one blanket impl rather than one generated per type.
impl<T: ?Sized> InheritsProperties<T> for T {}

/// A sort direction of `$orderby`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Order {
    /// `asc` (the default, written without a suffix).
    #[default]
    Ascending,
    /// `desc`.
    Descending,
}

/// The query options of one request. `T` is the entity type whose property names it takes.
pub struct Query<T = Untyped> {
    select: Vec<&'static str>,
    /// Each item already written (unencoded): `members($select=id;$top=5)`.
    expand: Vec<String>,
    filter: Option<Filter<T>>,
    /// Written with its quotes.
    search: Option<String>,
    order_by: Vec<(&'static str, Order)>,
    top: Option<u32>,
    skip: Option<u32>,
    count: Option<bool>,
    skip_token: Option<String>,
    advanced: bool,
    owner: PhantomData<fn() -> T>,
}

/// `Clone`, `Debug` and `PartialEq` of a query whatever `T` implements.
macro_rules! impl_without_bounds {
    ($ty:ident<$($param:ident),+> { $($field:ident),* }) => {
        impl<$($param),+> Clone for $ty<$($param),+> {
            fn clone(&self) -> Self {
                $ty { $($field: self.$field.clone(),)* owner: PhantomData }
            }
        }

        impl<$($param),+> PartialEq for $ty<$($param),+> {
            fn eq(&self, other: &Self) -> bool {
                true $(&& self.$field == other.$field)*
            }
        }

        impl<$($param),+> fmt::Debug for $ty<$($param),+> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($ty))
                    $(.field(stringify!($field), &self.$field))*
                    .finish()
            }
        }
    };
}

impl_without_bounds!(Query<T> {
    select, expand, filter, search, order_by, top, skip, count, skip_token, advanced
});

impl Query<Untyped> {
    /// No options, with untyped (`&'static str`) property names.
    pub fn new() -> Self {
        Query::typed()
    }
}

impl Default for Query<Untyped> {
    fn default() -> Self {
        Query::new()
    }
}

impl<T> Query<T> {
    /// No options, taking the property names of `T`.
    pub fn typed() -> Self {
        Query {
            select: Vec::new(),
            expand: Vec::new(),
            filter: None,
            search: None,
            order_by: Vec::new(),
            top: None,
            skip: None,
            count: None,
            skip_token: None,
            advanced: false,
            owner: PhantomData,
        }
    }

    /// Whether there are no options at all.
    pub fn is_empty(&self) -> bool {
        self.select.is_empty()
            && self.expand.is_empty()
            && self.filter.is_none()
            && self.search.is_none()
            && self.order_by.is_empty()
            && self.top.is_none()
            && self.skip.is_none()
            && self.count.is_none()
            && self.skip_token.is_none()
            && !self.advanced
    }

    /// `$select`: adds properties to return.
    #[must_use]
    pub fn select<P: IntoProperty<T>>(mut self, properties: impl IntoIterator<Item = P>) -> Self {
        self.select.extend(
            properties
                .into_iter()
                .map(|property| property.into_property().name),
        );
        self
    }

    /// `$expand`: adds a navigation property to expand, with its own nested options.
    #[must_use]
    pub fn expand<U>(mut self, expand: Expand<T, U>) -> Self {
        self.expand.push(expand.write());
        self
    }

    /// `$filter`: adds a clause. Several clauses join with ` and `.
    #[must_use]
    pub fn filter(mut self, clause: Filter<T>) -> Self {
        self.filter = Some(match self.filter.take() {
            Some(previous) => previous.and(clause),
            None => clause,
        });
        self
    }

    /// `$search="term"`: a search term, written in double quotes (a `"` or `\` inside it is
    /// escaped with `\`), such as `displayName:al`. Sets `ConsistencyLevel: eventual`.
    #[must_use]
    pub fn search(mut self, term: &str) -> Self {
        let mut quoted = String::with_capacity(term.len() + 2);
        quoted.push('"');
        for c in term.chars() {
            if matches!(c, '"' | '\\') {
                quoted.push('\\');
            }
            quoted.push(c);
        }
        quoted.push('"');
        self.search = Some(quoted);
        self
    }

    /// `$search=...` exactly as given (still percent-encoded), for combined terms such as
    /// `"displayName:al" OR "mail:al"`. Sets `ConsistencyLevel: eventual`.
    #[must_use]
    pub fn search_raw(mut self, expression: &str) -> Self {
        self.search = Some(expression.to_owned());
        self
    }

    /// `$orderby`: adds a sort key.
    #[must_use]
    pub fn order_by(mut self, property: impl IntoProperty<T>, order: Order) -> Self {
        self.order_by.push((property.into_property().name, order));
        self
    }

    /// `$top`: at most `n` items per page.
    #[must_use]
    pub fn top(mut self, n: u32) -> Self {
        self.top = Some(n);
        self
    }

    /// `$skip`: skips the first `n` items.
    #[must_use]
    pub fn skip(mut self, n: u32) -> Self {
        self.skip = Some(n);
        self
    }

    /// `$count=true|false`: whether to return `@odata.count`. `true` sets
    /// `ConsistencyLevel: eventual`.
    #[must_use]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// `$skiptoken`: an opaque token, as a service returned it.
    #[must_use]
    pub fn skip_token(mut self, token: &str) -> Self {
        self.skip_token = Some(token.to_owned());
        self
    }

    /// Runs this as an advanced query on directory objects: sets
    /// `ConsistencyLevel: eventual` and, unless `$count` was given, `$count=true`.
    #[must_use]
    pub fn advanced(mut self) -> Self {
        self.advanced = true;
        self
    }

    /// Whether the query uses what directory objects accept only in advanced queries: `ne`,
    /// `not` or `endswith` in `$filter`, `$orderby` together with `$filter`, `$search`, or
    /// `$count`. See the [module documentation](self).
    pub fn needs_advanced(&self) -> bool {
        let filter = self.filter.as_ref();
        filter.is_some_and(|filter| filter.advanced)
            || (filter.is_some() && !self.order_by.is_empty())
            || self.search.is_some()
            || self.count.is_some()
    }

    /// Whether the request needs `ConsistencyLevel: eventual`: with `$search`, `$count=true`
    /// or [`Query::advanced`].
    pub fn consistency_eventual(&self) -> bool {
        self.advanced || self.search.is_some() || self.count == Some(true)
    }

    /// Adds the headers this query needs (`ConsistencyLevel: eventual`) to `headers`.
    pub fn apply_headers(&self, headers: &mut HeaderMap) {
        if self.consistency_eventual() {
            headers.insert(CONSISTENCY_LEVEL, HeaderValue::from_static("eventual"));
        }
    }

    /// Appends the query string, from its `?`, to `target`; nothing when there are no options.
    pub fn write_to(&self, target: &mut String) {
        let mut writer = OptionWriter {
            out: target,
            first: true,
        };
        if !self.select.is_empty() {
            writer.option("$select");
            writer.list(self.select.iter().copied());
        }
        if !self.expand.is_empty() {
            writer.option("$expand");
            writer.list(self.expand.iter().map(String::as_str));
        }
        if let Some(filter) = &self.filter {
            writer.option("$filter");
            writer.value(&filter.text);
        }
        if let Some(search) = &self.search {
            writer.option("$search");
            writer.value(search);
        }
        if !self.order_by.is_empty() {
            writer.option("$orderby");
            for (index, (name, order)) in self.order_by.iter().enumerate() {
                if index > 0 {
                    writer.out.push(',');
                }
                writer.value(name);
                if *order == Order::Descending {
                    writer.out.push_str("%20desc");
                }
            }
        }
        if let Some(top) = self.top {
            writer.option("$top");
            let _ = write!(writer.out, "{top}");
        }
        if let Some(skip) = self.skip {
            writer.option("$skip");
            let _ = write!(writer.out, "{skip}");
        }
        let count = self.count.or(self.advanced.then_some(true));
        if let Some(count) = count {
            writer.option("$count");
            writer.out.push_str(if count { "true" } else { "false" });
        }
        if let Some(token) = &self.skip_token {
            writer.option("$skiptoken");
            writer.value(token);
        }
    }

    /// The query string, from its `?`; empty when there are no options.
    pub fn to_query_string(&self) -> String {
        let mut out = String::new();
        self.write_to(&mut out);
        out
    }
}

impl<T> fmt::Display for Query<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_query_string())
    }
}

struct OptionWriter<'a> {
    out: &'a mut String,
    first: bool,
}

impl OptionWriter<'_> {
    fn option(&mut self, name: &str) {
        self.out.push(if self.first { '?' } else { '&' });
        self.first = false;
        self.out.push_str(name);
        self.out.push('=');
    }

    fn value(&mut self, value: &str) {
        let _ = write!(self.out, "{}", utf8_percent_encode(value, QUERY_VALUE));
    }

    fn list<'v>(&mut self, values: impl Iterator<Item = &'v str>) {
        for (index, value) in values.enumerate() {
            if index > 0 {
                self.out.push(',');
            }
            self.value(value);
        }
    }
}

/// One item of `$expand`: a navigation property of `T`, with options over its target type `U`:
/// `members($select=id,displayName;$top=5)`.
///
/// ```
/// use graph_entity::query::{Expand, Query};
///
/// let query = Query::new().expand(Expand::new("members").select(["id", "displayName"]).top(5));
/// assert_eq!(query.to_string(), "?$expand=members($select%3Did,displayName;$top%3D5)");
/// ```
pub struct Expand<T = Untyped, U = Untyped> {
    navigation: &'static str,
    select: Vec<&'static str>,
    filter: Option<Filter<U>>,
    top: Option<u32>,
    skip: Option<u32>,
    count: Option<bool>,
    owner: PhantomData<fn() -> T>,
}

impl_without_bounds!(Expand<T, U> { navigation, select, filter, top, skip, count });

impl Expand<Untyped, Untyped> {
    /// Expands the navigation property `navigation`, with untyped names.
    pub fn new(navigation: &'static str) -> Self {
        Expand::of(Property::declared(navigation))
    }
}

impl<T, U> Expand<T, U> {
    /// Expands the navigation property `navigation` of `T`, whose targets are `U`s.
    pub fn of(navigation: Property<T>) -> Self {
        Expand {
            navigation: navigation.name,
            select: Vec::new(),
            filter: None,
            top: None,
            skip: None,
            count: None,
            owner: PhantomData,
        }
    }

    /// Nested `$select`.
    #[must_use]
    pub fn select<P: IntoProperty<U>>(mut self, properties: impl IntoIterator<Item = P>) -> Self {
        self.select.extend(
            properties
                .into_iter()
                .map(|property| property.into_property().name),
        );
        self
    }

    /// Nested `$filter`; several clauses join with ` and `.
    #[must_use]
    pub fn filter(mut self, clause: Filter<U>) -> Self {
        self.filter = Some(match self.filter.take() {
            Some(previous) => previous.and(clause),
            None => clause,
        });
        self
    }

    /// Nested `$top`.
    #[must_use]
    pub fn top(mut self, n: u32) -> Self {
        self.top = Some(n);
        self
    }

    /// Nested `$skip`.
    #[must_use]
    pub fn skip(mut self, n: u32) -> Self {
        self.skip = Some(n);
        self
    }

    /// Nested `$count`.
    #[must_use]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    fn write(&self) -> String {
        let mut out = String::from(self.navigation);
        let mut first = true;
        let mut open = |out: &mut String, name: &str| {
            out.push(if first { '(' } else { ';' });
            first = false;
            out.push_str(name);
            out.push('=');
        };
        if !self.select.is_empty() {
            open(&mut out, "$select");
            out.push_str(&self.select.join(","));
        }
        if let Some(filter) = &self.filter {
            open(&mut out, "$filter");
            out.push_str(&filter.text);
        }
        if let Some(top) = self.top {
            open(&mut out, "$top");
            let _ = write!(out, "{top}");
        }
        if let Some(skip) = self.skip {
            open(&mut out, "$skip");
            let _ = write!(out, "{skip}");
        }
        if let Some(count) = self.count {
            open(&mut out, "$count");
            out.push_str(if count { "true" } else { "false" });
        }
        if !first {
            out.push(')');
        }
        out
    }
}

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
    text: String,
    precedence: Precedence,
    advanced: bool,
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
    text: String,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(query: &str) -> Vec<(String, String)> {
        let url =
            url::Url::parse(&format!("https://graph.microsoft.com/v1.0/users{query}")).unwrap();
        url.query_pairs()
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect()
    }

    #[test]
    fn string_literals_double_quotes() {
        assert_eq!(Literal::string("O'Neil").as_str(), "'O''Neil'");
        assert_eq!(Literal::string("''").as_str(), "''''''");
        assert_eq!(Literal::string("").as_str(), "''");
        assert_eq!(Literal::from("a'b'c").as_str(), "'a''b''c'");
    }

    #[test]
    fn typed_literals() {
        let guid: Guid = "0E8B1B35-0C4E-4E4C-9C5B-4F0B1E2D3C4A".parse().unwrap();
        assert_eq!(
            Literal::from(guid).as_str(),
            "0E8B1B35-0C4E-4E4C-9C5B-4F0B1E2D3C4A"
        );
        let at: DateTimeOffset = "2024-05-01T12:00:00.5+02:00".parse().unwrap();
        assert_eq!(Literal::from(at).as_str(), "2024-05-01T12:00:00.5+02:00");
        let date: Date = "2024-02-29".parse().unwrap();
        assert_eq!(Literal::from(date).as_str(), "2024-02-29");
        assert_eq!(Literal::from(-7_i64).as_str(), "-7");
        assert_eq!(Literal::from(u64::MAX).as_str(), "18446744073709551615");
        assert_eq!(Literal::from(1.5).as_str(), "1.5");
        assert_eq!(Literal::from(1.0).as_str(), "1.0");
        assert_eq!(Literal::from(1e300).as_str(), "1e300");
        assert_eq!(Literal::from(f64::NAN).as_str(), "NaN");
        assert_eq!(Literal::from(f64::NEG_INFINITY).as_str(), "-INF");
        assert_eq!(Literal::from(false).as_str(), "false");
        assert_eq!(Literal::from(None::<&str>).as_str(), "null");
        assert_eq!(Literal::from(Some("x")).as_str(), "'x'");
        assert_eq!(
            Literal::enum_member("microsoft.graph.importance", "high").as_str(),
            "microsoft.graph.importance'high'"
        );
        assert_eq!(Literal::enum_value("high").as_str(), "'high'");
    }

    #[test]
    fn comparisons_and_functions() {
        let cases: [(Filter, &str); 10] = [
            (prop("a").eq(1), "a eq 1"),
            (prop("a").ne(Literal::null()), "a ne null"),
            (prop("a").gt(1), "a gt 1"),
            (prop("a").ge(1), "a ge 1"),
            (prop("a").lt(1), "a lt 1"),
            (prop("a").le(prop("b")), "a le b"),
            (prop("a").starts_with("x"), "startswith(a,'x')"),
            (prop("a").ends_with("x"), "endswith(a,'x')"),
            (prop("a").contains("x"), "contains(a,'x')"),
            (prop("a").is_in(["x", "y'z"]), "a in ('x','y''z')"),
        ];
        for (filter, expected) in cases {
            assert_eq!(filter.as_str(), expected);
        }
        let nested: Filter = prop("address").path("city").eq("Zürich");
        assert_eq!(nested.as_str(), "address/city eq 'Zürich'");
    }

    #[test]
    fn precedence_is_parenthesized() {
        let a = || prop::<Untyped>("a").eq(1);
        let b = || prop::<Untyped>("b").eq(2);
        let c = || prop::<Untyped>("c").eq(3);
        assert_eq!(a().and(b()).or(c()).as_str(), "a eq 1 and b eq 2 or c eq 3");
        assert_eq!(
            a().or(b()).and(c()).as_str(),
            "(a eq 1 or b eq 2) and c eq 3"
        );
        assert_eq!(
            c().and(a().or(b())).as_str(),
            "c eq 3 and (a eq 1 or b eq 2)"
        );
        assert_eq!(a().or(b()).not().as_str(), "not(a eq 1 or b eq 2)");
        assert_eq!(
            Filter::<Untyped>::raw("x eq 1 or y eq 2").and(a()).as_str(),
            "(x eq 1 or y eq 2) and a eq 1"
        );
    }

    #[test]
    fn lambdas() {
        let any: Filter = prop("members").any("m", |m| m.prop("displayName").starts_with("A"));
        assert_eq!(any.as_str(), "members/any(m:startswith(m/displayName,'A'))");
        let all: Filter = prop("emails").all("e", |e| e.itself().ends_with("@x.com"));
        assert_eq!(all.as_str(), "emails/all(e:endswith(e,'@x.com'))");
        assert!(all.needs_advanced());
        assert_eq!(
            prop::<Untyped>("members").any_member().as_str(),
            "members/any()"
        );
    }

    #[test]
    fn several_clauses_join_with_and() {
        let query = Query::new()
            .filter(prop("a").eq(1))
            .filter(prop("b").eq(2).or(prop("c").eq(3)));
        assert_eq!(
            pairs(&query.to_string()),
            [("$filter".into(), "a eq 1 and (b eq 2 or c eq 3)".into())]
        );
    }

    #[test]
    fn every_option_in_order() {
        let query = Query::new()
            .select(["id", "displayName"])
            .expand(
                Expand::new("members")
                    .select(["id", "displayName"])
                    .filter(prop("accountEnabled").eq(true))
                    .top(5)
                    .skip(1)
                    .count(true),
            )
            .expand(Expand::new("owners"))
            .filter(prop("displayName").eq("a+b"))
            .search("displayName:al")
            .order_by("displayName", Order::Ascending)
            .order_by("id", Order::Descending)
            .top(10)
            .skip(20)
            .count(true)
            .skip_token("X'44537074'");
        let written = query.to_string();
        assert_eq!(
            written,
            "?$select=id,displayName\
             &$expand=members($select%3Did,displayName;$filter%3DaccountEnabled%20eq%20true;$top%3D5;$skip%3D1;$count%3Dtrue),owners\
             &$filter=displayName%20eq%20%27a%2Bb%27\
             &$search=%22displayName:al%22\
             &$orderby=displayName,id%20desc&$top=10&$skip=20&$count=true\
             &$skiptoken=X%2744537074%27"
        );
        let expected: Vec<(String, String)> = [
            ("$select", "id,displayName"),
            (
                "$expand",
                "members($select=id,displayName;$filter=accountEnabled eq true;$top=5;$skip=1;$count=true),owners",
            ),
            ("$filter", "displayName eq 'a+b'"),
            ("$search", "\"displayName:al\""),
            ("$orderby", "displayName,id desc"),
            ("$top", "10"),
            ("$skip", "20"),
            ("$count", "true"),
            ("$skiptoken", "X'44537074'"),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .collect();
        assert_eq!(pairs(&written), expected);
        // The WHATWG parser keeps the string exactly.
        let url = format!("https://graph.microsoft.com/v1.0/users{written}");
        assert_eq!(url::Url::parse(&url).unwrap().as_str(), url);
        assert!(http::Uri::try_from(url).is_ok());
    }

    #[test]
    fn hostile_values_round_trip() {
        let hostile = "O'Neil & Sons #1 + 100% = ünïcödé 日本 \"q\" <x> {y} |\\^` \u{7f}\t";
        let query = Query::new()
            .filter(prop("displayName").eq(hostile))
            .skip_token(hostile)
            .search(hostile);
        let written = query.to_string();
        let expected_filter = format!("displayName eq '{}'", hostile.replace('\'', "''"));
        let expected_search = format!("\"{}\"", hostile.replace('\\', "\\\\").replace('"', "\\\""));
        assert_eq!(
            pairs(&written),
            [
                ("$filter".to_owned(), expected_filter),
                ("$search".to_owned(), expected_search),
                ("$skiptoken".to_owned(), hostile.to_owned()),
            ]
        );
        assert!(written.is_ascii());
        assert!(http::Uri::try_from(format!("https://h/p{written}")).is_ok());
    }

    #[test]
    fn consistency_level_and_advanced_queries() {
        let mut headers = HeaderMap::new();
        Query::new().top(1).apply_headers(&mut headers);
        assert!(headers.is_empty());

        for query in [
            Query::new().search("a"),
            Query::new().count(true),
            Query::new().advanced(),
        ] {
            let mut headers = HeaderMap::new();
            query.apply_headers(&mut headers);
            assert_eq!(headers[&CONSISTENCY_LEVEL], "eventual", "{query}");
        }
        let mut headers = HeaderMap::new();
        Query::new().count(false).apply_headers(&mut headers);
        assert!(headers.is_empty());

        assert_eq!(Query::new().advanced().to_string(), "?$count=true");
        assert_eq!(
            Query::new().count(false).advanced().to_string(),
            "?$count=false"
        );

        assert!(!Query::new().filter(prop("a").eq(1)).needs_advanced());
        assert!(Query::new().filter(prop("a").ne(1)).needs_advanced());
        assert!(Query::new().filter(prop("a").eq(1).not()).needs_advanced());
        assert!(
            Query::new()
                .filter(prop("a").ends_with("x"))
                .needs_advanced()
        );
        assert!(
            !Query::new()
                .order_by("a", Order::Ascending)
                .needs_advanced()
        );
        assert!(
            Query::new()
                .filter(prop("a").eq(1))
                .order_by("a", Order::Ascending)
                .needs_advanced()
        );
        assert!(Query::new().search("x").needs_advanced());
    }

    #[test]
    fn typed_names() {
        struct User; // neither Clone, Debug nor PartialEq
        const DISPLAY_NAME: Property<User> = Property::declared("displayName");
        let query = Query::<User>::typed()
            .select([DISPLAY_NAME])
            .filter(prop(DISPLAY_NAME).eq("x"))
            .order_by(DISPLAY_NAME, Order::Descending);
        assert_eq!(
            query.to_string(),
            "?$select=displayName&$filter=displayName%20eq%20%27x%27&$orderby=displayName%20desc"
        );
        assert_eq!(format!("{DISPLAY_NAME:?}"), "Property(\"displayName\")");
        assert_eq!(query.clone(), query);
        assert!(format!("{query:?}").starts_with("Query { select: [\"displayName\"]"));
        assert!(Query::new().is_empty());
        assert_eq!(Query::new().to_string(), "");
    }
}
