//! [`Expand`]: one item of `$expand`, a navigation property with options over its target.

use core::fmt::{self, Write as _};
use core::marker::PhantomData;

use crate::request::query::filter::Filter;
use crate::request::query::property::{IntoProperty, Property, Untyped};

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

    pub(super) fn write(&self) -> String {
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
