//! Drive items by path (`/drives/{id}/root:/a/b:/content`), through the `url` crate: each name
//! is percent-encoded on its own and comes back decoded and in order, the names sit between
//! `root:` and the closing `:` (written only where a step follows), and no name, however
//! hostile, escapes that part or adds a segment, a query or a fragment. A name that is empty,
//! `.` or `..`, or that holds `/`, is refused.

use graph_entity::address::DrivePathError;
use graph_entity::{GraphEntity, Query, ServiceRoot};
use graph_entity_tests::drive_items::{Drive, DriveItem};
use graph_entity_tests::url_shape::HOSTILE_STRINGS;
use percent_encoding::percent_decode_str;
use proptest::prelude::*;
use url::Url;

/// Whether the rule admits `name` as one name of a path.
fn admitted(name: &str) -> bool {
    !matches!(name, "" | "." | "..") && !name.contains('/')
}

/// The content of the item at `names` under drive `d1`'s root, as sent, checked: segments
/// `drives`, `d1`, `root:`, one per name (the last closed by `:`), `content`.
fn check_content_url(names: &[&str]) -> Result<(), String> {
    let call = Drive::item("d1")
        .root()
        .by_path(names)
        .map_err(|error| error.to_string())?
        .stream(DriveItem::CONTENT)
        .get();
    let request = ServiceRoot::v1()
        .build(call, &Query::new())
        .map_err(|error| error.to_string())?;
    let sent = request.uri().to_string();
    let url = Url::parse(&sent).map_err(|error| format!("{sent}: {error}"))?;
    if url.as_str() != sent || url.query().is_some() || url.fragment().is_some() {
        return Err(format!(
            "{sent} does not parse back as itself, without query"
        ));
    }
    let segments: Vec<&str> = url
        .path_segments()
        .map(Iterator::collect)
        .unwrap_or_default();
    let expected_len = 5 + names.len();
    if segments.len() != expected_len {
        return Err(format!(
            "{sent}: {} segments, not {expected_len}",
            segments.len()
        ));
    }
    if segments[..4] != ["v1.0", "drives", "d1", "root:"] || segments[expected_len - 1] != "content"
    {
        return Err(format!(
            "{sent}: not under drives/d1/root: or not ending in content"
        ));
    }
    for (at, name) in names.iter().enumerate() {
        let mut segment = segments[4 + at];
        if at + 1 == names.len() {
            segment = segment
                .strip_suffix(':')
                .ok_or_else(|| format!("{sent}: the last name is not closed by `:`"))?;
        }
        if segment.contains(':') || segment.is_empty() {
            return Err(format!(
                "{sent}: name {at} holds a `:` of its own or is empty"
            ));
        }
        let decoded = percent_decode_str(segment)
            .decode_utf8()
            .map_err(|error| format!("{sent}: {error}"))?;
        if decoded != *name {
            return Err(format!(
                "{sent}: name {at} decodes to {decoded:?}, not {name:?}"
            ));
        }
    }
    Ok(())
}

#[test]
fn the_documented_shapes() {
    let me_like = Drive::item("d1").root();
    let item = me_like.by_path(["Documents", "report.xlsx"]).unwrap();
    assert_eq!(item.path(), "/drives/d1/root:/Documents/report.xlsx");
    assert_eq!(
        item.get().to_string(),
        "GET /drives/d1/root:/Documents/report.xlsx"
    );
    assert_eq!(
        me_like
            .by_path(["a", "b"])
            .unwrap()
            .children()
            .list()
            .to_string(),
        "GET /drives/d1/root:/a/b:/children"
    );
    let upload = Drive::item("d1")
        .items()
        .item("parent-id")
        .by_path(["file name.txt"])
        .unwrap()
        .stream(DriveItem::CONTENT)
        .put::<DriveItem>("text/plain", b"hello".to_vec());
    assert_eq!(
        upload.to_string(),
        "PUT /drives/d1/items/parent-id:/file%20name.txt:/content"
    );
    assert_eq!(
        me_like
            .by_path(["a b", "c.txt"])
            .unwrap()
            .stream(DriveItem::CONTENT)
            .template(),
        "/drives/{drive-id}/root:/{item-path}:/content"
    );
}

#[test]
fn names_that_are_no_names_are_refused() {
    for bad in [&["a", ""][..], &["."], &[".."], &["a/b"], &["/"], &[]] {
        let refused: Result<_, DrivePathError> = Drive::item("d1").root().by_path(bad);
        assert!(refused.is_err(), "{bad:?} is refused");
    }
    let error = Drive::item("d1").root().by_path(["ok", ".."]).unwrap_err();
    assert_eq!(error.name(), "..");
    assert!(error.to_string().contains("parent"), "{error}");
}

#[test]
fn hostile_names_stay_inside_the_path() {
    let admitted_names: Vec<&str> = HOSTILE_STRINGS
        .iter()
        .copied()
        .filter(|n| admitted(n))
        .collect();
    assert!(admitted_names.len() > 15);
    for name in &admitted_names {
        check_content_url(&[name]).unwrap();
        check_content_url(&["folder", name, "x"]).unwrap();
    }
    for pair in admitted_names.windows(2) {
        check_content_url(pair).unwrap();
    }
}

proptest! {
    #[test]
    fn any_admitted_names_stay_inside_the_path(names in proptest::collection::vec(any::<String>(), 1..4)) {
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        if names.iter().all(|name| admitted(name)) {
            prop_assert!(check_content_url(&names).is_ok(), "{:?}", check_content_url(&names));
        } else {
            prop_assert!(Drive::item("d1").root().by_path(&names).is_err());
        }
    }
}
