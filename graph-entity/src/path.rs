//! Percent-encoding of keys into path segments.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Everything but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`) is encoded, so an
/// encoded key holds no `/`, `?`, `#`, `%`, space or non-ASCII byte of its own.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Appends `key` to `out` as one path segment.
pub fn push_segment(out: &mut String, key: &str) {
    if !key.is_empty() && key.bytes().all(|byte| byte == b'.') {
        // `.` and `..` are dot-segments that resolvers remove: spell every dot as `%2E`.
        for _ in 0..key.len() {
            out.push_str("%2E");
        }
        return;
    }
    out.extend(utf8_percent_encode(key, SEGMENT));
}

/// `{collection}/{key}`, the key encoded as one segment.
pub fn item_path(collection: &str, key: &str) -> String {
    let mut out = String::with_capacity(collection.len() + 1 + key.len() * 3);
    out.push_str(collection);
    out.push('/');
    push_segment(&mut out, key);
    out
}

/// `{collection}/{key}/{action}`.
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
    fn hostile_keys_stay_one_segment() {
        let cases = [
            ("abc", "/c/abc"),
            ("a/b", "/c/a%2Fb"),
            ("a?b#c", "/c/a%3Fb%23c"),
            ("100%", "/c/100%25"),
            ("a b", "/c/a%20b"),
            ("é", "/c/%C3%A9"),
            ("..", "/c/%2E%2E"),
            (".", "/c/%2E"),
            ("a.b", "/c/a.b"),
            ("'quoted'", "/c/%27quoted%27"),
            ("", "/c/"),
        ];
        for (key, expected) in cases {
            assert_eq!(item_path("/c", key), expected, "key {key:?}");
        }
    }
}
