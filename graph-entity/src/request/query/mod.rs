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
//! `$filter`, and `$search`. [`Query::needs_advanced`] tells whether a query uses one of these.
//! The request builder makes such a query advanced by itself (the header, and `$count=true`
//! unless `$count` was given) where the request reaches a collection of directory objects
//! (`/users`, `/groups/{id}/members`, `/me/memberOf/microsoft.graph.group`, a `/$count`
//! segment), and nowhere else: the same operators need no such header on other resources
//! (`/me/messages`). [`Query::advanced`] turns it on anywhere.

// Before the modules that use it: `Clone`, `Debug` and `PartialEq` without bounds on `T`.
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

pub(crate) mod directory;
mod expand;
mod filter;
mod literal;
mod options;
mod property;
#[cfg(test)]
mod tests;

pub use self::expand::Expand;
pub use self::filter::{Filter, Operand, Var, prop};
pub use self::literal::Literal;
pub use self::options::{CONSISTENCY_LEVEL, Order, Query};
pub use self::property::{InheritsProperties, IntoProperty, Property, Untyped};
