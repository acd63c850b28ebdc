//! Percent-encoding of keys into item paths.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Everything but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`) is encoded, so an
/// encoded key holds no `/`, `?`, `#`, `%`, `'`, `\`, space or non-ASCII byte of its own.
///
/// A `.` is never encoded and a `%` always is (as `%25`): so an encoded key never holds `%2E` or
/// `%2e`, and it is a dot-segment (`.` or `..`, as WHATWG parsing and RFC 3986
/// `remove_dot_segments` read it) exactly when the key itself is `.` or `..`.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
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
pub fn item_path(collection: &str, key: &str) -> String {
    let mut out = String::with_capacity(collection.len() + 5 + key.len() * 3);
    out.push_str(collection);
    out.push('/');
    push_segment(&mut out, key);
    out
}

/// `{item}/{action}`, the item's path as [`item_path`] writes it.
pub fn action_path(collection: &str, key: &str, action: &str) -> String {
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
