//! The URL property of item paths, as an HTTP client sees them: put on a service root and parsed
//! by the `url` crate (WHATWG URL parsing, that of reqwest and browsers, which removes
//! dot-segments, `%2e` spellings included), a request for the item `key` has exactly the
//! segments of the root and of the collection plus one for the item, that one decodes back to
//! the key, and an action's name comes right after it.
//!
//! Shared by `tests/tests/connector_paths.rs` and the `paths` fuzz target.

use graph_entity::http::Method;
use graph_entity::resources::{
    DeviceManagementExchangeConnector as Connector,
    DeviceManagementExchangeConnectorSyncParameters as SyncParameters,
    DeviceManagementExchangeConnectorSyncType as SyncType,
};
use graph_entity::{GraphEntity, Query, RequestError, ServiceRoot};
use percent_encoding::percent_decode_str;
use url::Url;

/// The service root the checks put paths on.
pub const SERVICE_ROOT: &str = "https://graph.microsoft.com/v1.0";

/// Keys and string arguments that broke URLs in other Graph clients, or could: quotes that end
/// an OData literal early, `/`, dot segments (plain and `%2e`-spelled), `?`, `#`, `%`, spaces,
/// backslash, NUL and non-ASCII. The suites run every address they build through them, beside a
/// proptest over any string.
pub const HOSTILE_STRINGS: &[&str] = &[
    "",
    ".",
    "..",
    "'",
    "''",
    "')",
    "a'),x=('b",
    "/",
    "a/../b",
    "?x=1",
    "#top",
    "%",
    "%27",
    "%2e",
    "%2E%2e",
    "+",
    "&",
    ",",
    "=",
    "()",
    " ",
    "a b",
    "a b/c?d#e",
    "\\",
    "\u{0}",
    "é",
    "😀",
    "🦀",
];

/// Checks that `uri` addresses the item `key` of the collection at `collection` (a path such as
/// `/deviceManagement/exchangeConnectors`) under `service_root`, and then the action `action`
/// if there is one, and nothing else.
///
/// Parsed by [`Url::parse`], `uri` must:
/// - serialize back unchanged (WHATWG parsing neither removes nor re-encodes anything), with
///   the root's scheme, host and port, and no query or fragment;
/// - have as path segments exactly the root's, then the collection's, then one item segment:
///   either a segment of its own, not empty and not a dot-segment, or the collection's last
///   segment `name` written `name('…')`, OData's parenthesized key;
/// - hold in the item segment (between the quotes, for `name('…')`) only RFC 3986 unreserved
///   characters and `%XX` escapes, which percent-decode to the key (for `name('…')`, to the key
///   as an OData string literal, each `'` doubled);
/// - end there, or with one more segment, the action's name.
///
/// # Errors
/// A message saying what is wrong, naming `uri` and `key`.
pub fn check_item_url(
    uri: &str,
    service_root: &str,
    collection: &str,
    key: &str,
    action: Option<&str>,
) -> Result<(), String> {
    let fail = |what: String| Err(format!("{uri:?} for key {key:?}: {what}"));
    let url = match Url::parse(uri) {
        Ok(url) => url,
        Err(error) => return fail(format!("not a URL: {error}")),
    };
    if url.as_str() != uri {
        return fail(format!("WHATWG parsing changes it to {:?}", url.as_str()));
    }
    let root = Url::parse(service_root)
        .map_err(|error| format!("service root {service_root:?} is not a URL: {error}"))?;
    if (url.scheme(), url.host_str(), url.port()) != (root.scheme(), root.host_str(), root.port()) {
        return fail(format!("not on the service root {service_root:?}"));
    }
    if let Some(query) = url.query() {
        return fail(format!("has the query {query:?}"));
    }
    if let Some(fragment) = url.fragment() {
        return fail(format!("has the fragment {fragment:?}"));
    }

    let mut expected_prefix: Vec<&str> = root.path_segments().into_iter().flatten().collect();
    if expected_prefix.last() == Some(&"") {
        // The root's trailing `/`.
        expected_prefix.pop();
    }
    let Some(collection_segments) = collection.strip_prefix('/') else {
        return Err(format!("collection {collection:?} does not start with `/`"));
    };
    let mut collection_segments: Vec<&str> = collection_segments.split('/').collect();
    let Some(collection_name) = collection_segments.pop() else {
        return Err(format!("collection {collection:?} has no segment"));
    };
    expected_prefix.extend(collection_segments);

    let segments: Vec<&str> = url.path_segments().into_iter().flatten().collect();
    let Some(rest) = segments.strip_prefix(expected_prefix.as_slice()) else {
        return fail(format!(
            "segments {segments:?} do not start with {expected_prefix:?}"
        ));
    };
    let rest = match rest {
        [last, item, rest @ ..] if *last == collection_name => {
            if item.is_empty() || is_dot_segment(item) {
                return fail(format!("item segment {item:?} is empty or a dot-segment"));
            }
            let decoded = decode(item).map_err(|what| format!("{uri:?}: {what}"))?;
            if decoded != key {
                return fail(format!("item segment {item:?} decodes to {decoded:?}"));
            }
            rest
        }
        [parenthesized, rest @ ..] => {
            let Some(quoted) = parenthesized
                .strip_prefix(collection_name)
                .and_then(|quoted| quoted.strip_prefix("('"))
                .and_then(|quoted| quoted.strip_suffix("')"))
            else {
                return fail(format!(
                    "segment {parenthesized:?} after {expected_prefix:?} is neither \
                     {collection_name:?} followed by the item nor {collection_name:?}('…')"
                ));
            };
            let literal = decode(quoted).map_err(|what| format!("{uri:?}: {what}"))?;
            let decoded = undouble_quotes(&literal).map_err(|what| format!("{uri:?}: {what}"))?;
            if decoded != key {
                return fail(format!(
                    "parenthesized key {parenthesized:?} decodes to {decoded:?}"
                ));
            }
            rest
        }
        [] => return fail(format!("segments {segments:?} stop before the item")),
    };
    match (rest, action) {
        ([], None) => Ok(()),
        ([name], Some(action)) if *name == action => Ok(()),
        (rest, action) => fail(format!(
            "after the item come {rest:?}, expected {:?}",
            Vec::from_iter(action)
        )),
    }
}

/// `.` or `..`, any dot spelled `%2e` in any case, as WHATWG parsing reads a segment.
fn is_dot_segment(segment: &str) -> bool {
    let dots = segment.to_ascii_lowercase().replace("%2e", ".");
    dots == "." || dots == ".."
}

/// Percent-decodes `segment`, which must hold only unreserved characters and `%XX` escapes,
/// into UTF-8.
fn decode(segment: &str) -> Result<String, String> {
    let bytes = segment.as_bytes();
    for (index, byte) in bytes.iter().enumerate() {
        let escape = *byte == b'%'
            && bytes
                .get(index + 1..index + 3)
                .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit));
        // The two hex digits after a `%` are alphanumeric, so they pass on their own.
        if !(escape || byte.is_ascii_alphanumeric() || b"-._~".contains(byte)) {
            return Err(format!(
                "segment {segment:?} holds {:?}, neither unreserved nor a `%XX` escape",
                char::from(*byte)
            ));
        }
    }
    percent_decode_str(segment)
        .decode_utf8()
        .map(|decoded| decoded.into_owned())
        .map_err(|error| format!("segment {segment:?} does not decode as UTF-8: {error}"))
}

/// The OData string literal `literal` (between its quotes) without its doubled quotes.
fn undouble_quotes(literal: &str) -> Result<String, String> {
    let mut out = String::with_capacity(literal.len());
    let mut chars = literal.chars();
    while let Some(ch) = chars.next() {
        if ch == '\'' && chars.next() != Some('\'') {
            return Err(format!(
                "literal {literal:?} holds a `'` that is not doubled"
            ));
        }
        out.push(ch);
    }
    Ok(out)
}

/// Checks [`check_item_url`] for every request of the Exchange connector's item `key` on
/// [`SERVICE_ROOT`]: `get`, `update`, `delete` and the action `sync`, each with its method.
/// [`ServiceRoot::build`] must send exactly that URL, or, for one longer than `http::Uri` holds,
/// refuse it with [`RequestError::InvalidUri`].
///
/// # Errors
/// A message saying which operation is wrong, and how.
pub fn check_connector_key(key: &str) -> Result<(), String> {
    let sync = Connector::sync(
        key,
        &SyncParameters {
            sync_type: SyncType::FullSync,
        },
    )
    .map_err(|error| format!("sync for key {key:?} does not serialize: {error}"))?;
    let operations = [
        (Connector::get(key), Method::GET, None),
        (Connector::update(key), Method::PATCH, None),
        (Connector::delete(key), Method::DELETE, None),
        (sync, Method::POST, Some("sync")),
    ];
    let root = ServiceRoot::v1();
    debug_assert_eq!(root.as_str(), SERVICE_ROOT);
    for (operation, method, action) in operations {
        let shown = operation.to_string();
        // The URL the path makes on the root, checked even where `http::Uri` cannot hold it.
        let url = format!("{SERVICE_ROOT}{}", operation.path());
        check_item_url(&url, SERVICE_ROOT, Connector::COLLECTION_PATH, key, action)
            .map_err(|error| format!("{shown}: {error}"))?;
        match root.build(operation, &Query::new()) {
            Ok(request) => {
                if *request.method() != method {
                    return Err(format!(
                        "{shown} (key {key:?}) is sent as {}",
                        request.method()
                    ));
                }
                let uri = request.uri().to_string();
                if uri != url {
                    return Err(format!("{shown} (key {key:?}) is sent to {uri:?}"));
                }
            }
            // `http::Uri` holds at most 65,534 bytes: a longer URI is refused, not mangled.
            Err(RequestError::InvalidUri { .. }) if url.len() > HTTP_URI_MAX_LEN => {}
            Err(error) => {
                return Err(format!("{shown} (key {key:?}) makes no request: {error}"));
            }
        }
    }
    Ok(())
}

/// The longest URI `http::Uri` accepts.
const HTTP_URI_MAX_LEN: usize = u16::MAX as usize - 1;

/// Checks the typed paths of `key` as an HTTP client sees them, as [`check_item_url`] does for
/// one level: the messages of a mail folder of a user, `key` being both the user's and the
/// folder's key (`/users/{key}/mailFolders/{key}/messages`), and the function call
/// `/users/u1/findActivities(query='{key}',…)`. Parsed by the `url` crate, each URL must
/// serialize back unchanged, without query or fragment; each key must be one segment (or
/// OData's parenthesized form) that decodes back to it; the function call must be one segment
/// whose string argument holds only unreserved characters and `%XX` escapes, between its two
/// quotes, and decodes to the key with each `'` doubled.
///
/// # Errors
/// A message saying what is wrong.
pub fn check_typed_paths(key: &str) -> Result<(), String> {
    use crate::directory::{FindActivitiesParameters, Importance, User};
    use graph_entity::GraphEntity;

    let messages = User::item(key).mail_folders().item(key).messages();
    let uri = format!("{SERVICE_ROOT}{}", messages.path());
    let fail = |what: String| Err(format!("{uri:?} for key {key:?}: {what}"));
    let url = Url::parse(&uri).map_err(|error| format!("{uri:?}: not a URL: {error}"))?;
    if url.as_str() != uri || url.query().is_some() || url.fragment().is_some() {
        return fail(format!("WHATWG parsing gives {:?}", url.as_str()));
    }
    let segments: Vec<&str> = url.path_segments().into_iter().flatten().collect();
    let Some(mut rest) = segments.strip_prefix(&["v1.0"][..]) else {
        return fail(format!("segments {segments:?}"));
    };
    for collection in ["users", "mailFolders"] {
        rest = match rest {
            [name, item, tail @ ..] if *name == collection => {
                if item.is_empty() || is_dot_segment(item) || decode(item)? != key {
                    return fail(format!("item segment {item:?} of {collection}"));
                }
                tail
            }
            [parenthesized, tail @ ..] => {
                let quoted = parenthesized
                    .strip_prefix(collection)
                    .and_then(|quoted| quoted.strip_prefix("('"))
                    .and_then(|quoted| quoted.strip_suffix("')"))
                    .ok_or_else(|| format!("{uri:?}: segment {parenthesized:?}"))?;
                if undouble_quotes(&decode(quoted)?)? != key {
                    return fail(format!("parenthesized key {parenthesized:?}"));
                }
                tail
            }
            [] => return fail(format!("segments {segments:?} stop early")),
        };
    }
    if rest != ["messages"] {
        return fail(format!("after the keys come {rest:?}"));
    }

    let parameters = FindActivitiesParameters {
        query: key.to_owned(),
        importance: Importance::Low,
        correlation_id: "00000000-0000-0000-0000-000000000001"
            .parse()
            .map_err(|error| format!("{error}"))?,
        on: "2024-01-01".parse().map_err(|error| format!("{error}"))?,
        since: None,
    };
    let call = User::item("u1").find_activities(&parameters);
    let uri = format!("{SERVICE_ROOT}{}", call.operation().path());
    let url = Url::parse(&uri).map_err(|error| format!("{uri:?}: not a URL: {error}"))?;
    if url.as_str() != uri || url.query().is_some() || url.fragment().is_some() {
        return Err(format!("{uri:?}: WHATWG parsing gives {:?}", url.as_str()));
    }
    let segments: Vec<&str> = url.path_segments().into_iter().flatten().collect();
    let ["v1.0", "users", "u1", call] = segments.as_slice() else {
        return Err(format!("{uri:?}: segments {segments:?}"));
    };
    let quoted = call
        .strip_prefix("findActivities(query='")
        .and_then(|rest| rest.split_once("',importance="))
        .map(|(quoted, _)| quoted)
        .ok_or_else(|| format!("{uri:?}: call {call:?}"))?;
    if quoted.is_empty() {
        return if key.is_empty() {
            Ok(())
        } else {
            Err(format!("{uri:?}: empty argument for {key:?}"))
        };
    }
    let decoded = decode(quoted).map_err(|what| format!("{uri:?}: {what}"))?;
    if decoded != key.replace('\'', "''") {
        return Err(format!("{uri:?}: the argument decodes to {decoded:?}"));
    }
    Ok(())
}

/// Checks that `uri`, a bound function's call on the service root, is the path segments
/// `before` and then the one segment `function(parameter='…')`, whose quoted argument holds only
/// unreserved characters and `%XX` escapes and decodes to `value` with each `'` doubled; parsed
/// by [`Url::parse`], `uri` must serialize back unchanged, without query or fragment.
///
/// # Errors
/// A message saying what is wrong, naming `uri` and `value`.
pub fn check_function_call(
    uri: &str,
    before: &[&str],
    function: &str,
    parameter: &str,
    value: &str,
) -> Result<(), String> {
    let fail = |what: String| Err(format!("{uri:?} for {value:?}: {what}"));
    let url = Url::parse(uri).map_err(|error| format!("{uri:?}: not a URL: {error}"))?;
    if url.as_str() != uri || url.query().is_some() || url.fragment().is_some() {
        return fail(format!("WHATWG parsing gives {:?}", url.as_str()));
    }
    let segments: Vec<&str> = url.path_segments().into_iter().flatten().collect();
    let Some(["v1.0", rest @ ..]) = Some(segments.as_slice()) else {
        return fail(format!("segments {segments:?}"));
    };
    let Some((call, keys)) = rest.split_last() else {
        return fail(format!("segments {segments:?}"));
    };
    if keys != before {
        return fail(format!("segments {keys:?} before the call"));
    }
    let Some(quoted) = call
        .strip_prefix(function)
        .and_then(|rest| rest.strip_prefix('('))
        .and_then(|rest| rest.strip_prefix(parameter))
        .and_then(|rest| rest.strip_prefix("='"))
        .and_then(|rest| rest.strip_suffix("')"))
    else {
        return fail(format!("call segment {call:?}"));
    };
    if !quoted
        .chars()
        .all(|ch| ch.is_ascii_alphanumeric() || "-._~%".contains(ch))
    {
        return fail(format!("argument {quoted:?} holds a reserved character"));
    }
    if undouble_quotes(&decode(quoted)?)? != value {
        return fail(format!("argument {quoted:?} decodes to another value"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLLECTION: &str = "/deviceManagement/exchangeConnectors";

    fn check(uri: &str, key: &str, action: Option<&str>) -> Result<(), String> {
        check_item_url(uri, SERVICE_ROOT, COLLECTION, key, action)
    }

    #[test]
    fn the_right_shapes_pass() {
        let base = "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors";
        for (suffix, key) in [
            ("/c1", "c1"),
            ("/a%2Fb%20c", "a/b c"),
            ("/%252e", "%2e"),
            ("('..')", ".."),
            ("('')", ""),
            ("('%27%27')", "'"),
        ] {
            check(&format!("{base}{suffix}"), key, None).unwrap();
            check(&format!("{base}{suffix}/sync"), key, Some("sync")).unwrap();
        }
    }

    #[test]
    fn escapes_and_wrong_shapes_fail() {
        let base = "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors";
        for (uri, key, action) in [
            // Today's dot and empty keys: the parser removes the segment or it is the collection.
            (format!("{base}/%2E%2E"), "..", None),
            (format!("{base}/%2E%2E/sync"), "..", Some("sync")),
            (format!("{base}/%2E"), ".", None),
            (format!("{base}/"), "", None),
            (format!("{base}//sync"), "", Some("sync")),
            // Not the key, or not only the key.
            (format!("{base}/c2"), "c1", None),
            (format!("{base}/a/b"), "a/b", None),
            (format!("{base}/a?b"), "a?b", None),
            (format!("{base}/a%zz"), "a%zz", None),
            (format!("{base}/a;b"), "a;b", None),
            (format!("{base}('''')"), "'", None),
            (format!("{base}(''')"), "'", None),
            (format!("{base}/c1/sync/x"), "c1", Some("sync")),
            (format!("{base}/c1"), "c1", Some("sync")),
            (format!("{base}/c1/sync"), "c1", None),
            (
                "https://evil.example/v1.0/deviceManagement/exchangeConnectors/c1".to_owned(),
                "c1",
                None,
            ),
            (format!("{base}Other/c1"), "c1", None),
        ] {
            assert!(
                check(&uri, key, action).is_err(),
                "{uri} {key:?} {action:?}"
            );
        }
    }
}
