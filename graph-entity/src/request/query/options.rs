//! [`Query`]: the query options of one request, written as a percent-encoded query string, with
//! the `ConsistencyLevel` header some of them need.

use core::fmt::{self, Write as _};
use core::marker::PhantomData;

use http::header::{HeaderMap, HeaderName, HeaderValue};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::request::query::expand::Expand;
use crate::request::query::filter::Filter;
use crate::request::query::property::{IntoProperty, Untyped};

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
    delta_token: Option<String>,
    advanced: bool,
    owner: PhantomData<fn() -> T>,
}

impl_without_bounds!(Query<T> {
    select, expand, filter, search, order_by, top, skip, count, skip_token, delta_token, advanced
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
            delta_token: None,
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
            && self.delta_token.is_none()
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

    /// `$deltatoken`, for a first delta round: `latest` starts the round at the present, with
    /// no items, and answers only the `@odata.deltaLink` (Graph's `$deltatoken=latest`).
    /// Later rounds follow the links Graph answered, which hold their own token.
    #[must_use]
    pub fn delta_token(mut self, token: &str) -> Self {
        self.delta_token = Some(token.to_owned());
        self
    }

    /// Runs this as an advanced query on directory objects: sets
    /// `ConsistencyLevel: eventual` and, unless `$count` was given, `$count=true`.
    #[must_use]
    pub fn advanced(mut self) -> Self {
        self.advanced = true;
        self
    }

    /// Whether [`Query::advanced`] was called.
    pub fn is_advanced(&self) -> bool {
        self.advanced
    }

    /// Whether the query uses what directory objects accept only in advanced queries: `ne`,
    /// `not` or `endswith` in `$filter`, `$orderby` together with `$filter`, `$search`, or
    /// `$count`. See the [module documentation](crate::request::query#consistencylevel-eventual-and-advanced-queries).
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
        self.write_selecting(target, &[]);
    }

    /// [`Query::write_to`], with `first` selected before the query's own `$select` (which
    /// keeps only the names `first` does not have): an operation's own `$select`, a
    /// projection's properties ([`Operation::with_select`](crate::Operation::with_select)).
    pub(crate) fn write_selecting(&self, target: &mut String, first: &[&str]) {
        let mut writer = OptionWriter {
            out: target,
            first: true,
        };
        if !self.select.is_empty() || !first.is_empty() {
            writer.option("$select");
            let own = self.select.iter().filter(|name| !first.contains(name));
            writer.list(first.iter().chain(own).copied());
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
        if let Some(token) = &self.delta_token {
            writer.option("$deltatoken");
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
