//! Keys into item paths: [`EntityKey`] (a string key percent-encoded as one segment, an
//! integer key as its digits) and [`KeyArgument`] (what a function that takes a key accepts).

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Everything but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`) is encoded, so an
/// encoded key holds no `/`, `?`, `#`, `%`, `'`, `\`, space or non-ASCII byte of its own.
///
/// A `.` is never encoded and a `%` always is (as `%25`): so an encoded key never holds `%2E` or
/// `%2e`, and it is a dot-segment (`.` or `..`, as WHATWG parsing and RFC 3986
/// `remove_dot_segments` read it) exactly when the key itself is `.` or `..`.
pub(crate) const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Whether `key`, percent-encoded as one segment, would be empty or a dot-segment: such a
/// segment addresses the collection or its parent, not the item.
fn needs_parentheses(key: &str) -> bool {
    matches!(key, "" | "." | "..")
}

/// Appends the address of the item `key` to `out`, which holds a collection path followed by `/`
/// (`/deviceManagement/exchangeConnectors/`).
///
/// Almost every key is appended as one path segment, percent-encoded: every byte but RFC 3986's
/// unreserved characters (`A-Z a-z 0-9 - . _ ~`) becomes `%XX`, so `a/b` is appended as `a%2Fb`
/// and `100%` as `100%25`. Decoding the segment gives the key back.
///
/// Three keys cannot be one segment: the empty key (`…/exchangeConnectors/` is the collection)
/// and the keys `.` and `..` (dot-segments, which URL parsers remove: WHATWG parsing, that of
/// browsers and of the `url` crate, removes `%2E` and `%2e` too, so no escape helps). For them
/// the `/` that ends `out` is replaced by OData's parenthesized key form, a string literal in
/// parentheses on the collection's last segment: `…/exchangeConnectors('..')`,
/// `…/exchangeConnectors('.')` and `…/exchangeConnectors('')` address the same entities as the
/// key segment would. Inside the quotes the key is percent-encoded as above, each `'` first
/// doubled as OData's string literals require (so a `'` is `%27%27`); the quotes and
/// parentheses themselves are left as they are, which WHATWG parsing and `http::Uri` keep
/// unchanged.
///
/// No key can make `out` end in an empty segment or a dot-segment, or add a `/`, `?` or `#`.
///
/// ```
/// let mut path = String::from("/deviceManagement/exchangeConnectors/");
/// graph_entity::push_segment(&mut path, "a/b");
/// assert_eq!(path, "/deviceManagement/exchangeConnectors/a%2Fb");
///
/// let mut path = String::from("/deviceManagement/exchangeConnectors/");
/// graph_entity::push_segment(&mut path, "..");
/// assert_eq!(path, "/deviceManagement/exchangeConnectors('..')");
/// ```
pub fn push_segment(out: &mut String, key: &str) {
    if needs_parentheses(key) {
        if out.ends_with('/') {
            out.pop();
        }
        push_quoted(out, key);
    } else {
        out.extend(utf8_percent_encode(key, SEGMENT));
    }
}

/// Appends `('{key}')`, the key an OData string literal (each `'` doubled), percent-encoded.
fn push_quoted(out: &mut String, key: &str) {
    out.push_str("('");
    for (index, part) in key.split('\'').enumerate() {
        if index > 0 {
            // `''`, encoded.
            out.push_str("%27%27");
        }
        out.extend(utf8_percent_encode(part, SEGMENT));
    }
    out.push_str("')");
}

/// A type an entity's key can have, and how it is written into a path: a string (`str`), as
/// [`push_segment`] writes it (percent-encoded as one segment), or an Edm integer (`i16`, `i32`
/// or `i64`: `Edm.Int16`, `Edm.Int32`, `Edm.Int64`), as its decimal digits, as OData writes an
/// integer key (`/versions/3`). A key field of an integer type (`Option<i32>`, ...) gives its
/// entity an integer key: [`GraphEntity::Key`](crate::GraphEntity::Key).
pub trait EntityKey {
    /// Appends the address of the item with this key to `out`, which holds a collection path
    /// followed by `/`.
    fn push_key(&self, out: &mut String);
}

impl EntityKey for str {
    #[inline]
    fn push_key(&self, out: &mut String) {
        push_segment(out, self);
    }
}

macro_rules! integer_keys {
    ($($ty:ty),*) => {$(
        impl EntityKey for $ty {
            /// Its decimal digits (and a leading `-`): nothing to encode, never a dot-segment.
            #[inline]
            fn push_key(&self, out: &mut String) {
                use std::fmt::Write as _;
                // Writing into a `String` does not fail.
                let _ = write!(out, "{self}");
            }
        }
    )*};
}

integer_keys!(i16, i32, i64);

/// What a function that takes a key of type `K` accepts: for a string key, `&str`, `&String`
/// or `String`; for an integer key, the integer; and a reference to any of them. So
/// `item("c1")` and `item(3)` both read as written, and a string is no integer key (nor the
/// reverse).
pub trait KeyArgument<K: ?Sized> {
    /// The key.
    fn key(&self) -> &K;
}

impl KeyArgument<str> for str {
    #[inline]
    fn key(&self) -> &str {
        self
    }
}

impl KeyArgument<str> for String {
    #[inline]
    fn key(&self) -> &str {
        self
    }
}

impl<K: ?Sized, A: KeyArgument<K> + ?Sized> KeyArgument<K> for &A {
    #[inline]
    fn key(&self) -> &K {
        (**self).key()
    }
}

macro_rules! integer_arguments {
    ($($ty:ty),*) => {$(
        impl KeyArgument<$ty> for $ty {
            #[inline]
            fn key(&self) -> &$ty {
                self
            }
        }
    )*};
}

integer_arguments!(i16, i32, i64);

/// `{collection}/{key}`: the path of the item `key` of the collection at `collection` (a path
/// such as `/deviceManagement/exchangeConnectors`, without a trailing `/`).
///
/// The key is percent-encoded as one segment, except the keys `""`, `"."` and `".."`, which are
/// written in OData's parenthesized form `{collection}('{key}')`: see [`push_segment`]. So no
/// key can address anything but its item.
///
/// ```
/// use graph_entity::item_path;
///
/// let collection = "/deviceManagement/exchangeConnectors";
/// assert_eq!(item_path(collection, "a/b c"), "/deviceManagement/exchangeConnectors/a%2Fb%20c");
/// assert_eq!(item_path(collection, ".."), "/deviceManagement/exchangeConnectors('..')");
/// assert_eq!(item_path(collection, ""), "/deviceManagement/exchangeConnectors('')");
/// ```
///
/// An integer key is written as its digits: `item_path(collection, &3)` is
/// `/deviceManagement/exchangeConnectors/3`.
pub fn item_path<K: EntityKey + ?Sized>(collection: &str, key: &K) -> String {
    let mut out = String::with_capacity(collection.len() + 24);
    out.push_str(collection);
    out.push('/');
    key.push_key(&mut out);
    out
}

/// `{item}/{action}`, the item's path as [`item_path`] writes it.
pub fn action_path<K: EntityKey + ?Sized>(collection: &str, key: &K, action: &str) -> String {
    let mut out = item_path(collection, key);
    out.push('/');
    out.push_str(action);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_one_segment_or_parenthesized() {
        let cases = [
            ("abc", "/c/abc"),
            ("a/b", "/c/a%2Fb"),
            ("a?b#c", "/c/a%3Fb%23c"),
            ("100%", "/c/100%25"),
            ("a b", "/c/a%20b"),
            ("é", "/c/%C3%A9"),
            ("a.b", "/c/a.b"),
            ("...", "/c/..."),
            ("'quoted'", "/c/%27quoted%27"),
            ("a\\b", "/c/a%5Cb"),
            // A `%` is always encoded: no key spells `%2E` in its segment.
            ("%2e", "/c/%252e"),
            ("%2E%2e", "/c/%252E%252e"),
            (".%2e", "/c/.%252e"),
            ("%2E.", "/c/%252E."),
            // Empty and dot-segment keys: the parenthesized form.
            ("", "/c('')"),
            (".", "/c('.')"),
            ("..", "/c('..')"),
        ];
        for (key, expected) in cases {
            assert_eq!(item_path("/c", key), expected, "key {key:?}");
            assert_eq!(
                action_path("/c", key, "sync"),
                format!("{expected}/sync"),
                "key {key:?}"
            );
        }
    }

    #[test]
    fn push_segment_appends_one_segment() {
        let mut out = String::new();
        push_segment(&mut out, "a/b");
        assert_eq!(out, "a%2Fb");
    }

    #[test]
    fn quoted_keys_double_their_quotes() {
        for (key, expected) in [
            ("", "('')"),
            ("..", "('..')"),
            ("'", "('%27%27')"),
            ("a'b''", "('a%27%27b%27%27%27%27')"),
            ("a/b", "('a%2Fb')"),
        ] {
            let mut out = String::new();
            push_quoted(&mut out, key);
            assert_eq!(out, expected, "key {key:?}");
        }
    }
}
