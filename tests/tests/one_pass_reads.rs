//! One-pass reads of polymorphic items and delta items give the values that the buffered reads
//! they replaced gave: the golden pages, a property test of `@odata.type` at the start, in the
//! middle and at the end of an object, and delta pages with removed items anywhere.
//!
//! The reference is the buffered road itself: an item taken whole as JSON text, its type or its
//! removal found by skimming it, and the item read again. For polymorphic items that is
//! `read_polymorphic_buffered` (the enum's reader before the change, still the road of an item
//! whose `@odata.type` is not first); for delta items, [`buffered_delta_item`] below, the delta
//! reader as it was before the change.

use std::fmt;

use graph_entity::__private::read_polymorphic_buffered;
use graph_entity::page::{DeltaItem, Page};
use graph_entity::serde_json::value::RawValue;
use graph_entity::serde_json::{self, Map, Value};
use graph_entity_tests::mobile_apps::AnyMobileApp;
use graph_resources::graph::{AnyDirectoryObject, User};
use proptest::prelude::*;
use serde::Deserialize;
use serde::de::{DeserializeOwned, MapAccess, Visitor};

// ---------------------------------------------------------------------------------------------
// The reference: the buffered reads as they were
// ---------------------------------------------------------------------------------------------

/// A delta item as the reader before the change read it.
#[derive(Debug, PartialEq)]
enum Buffered<T> {
    Present(T),
    Removed {
        id: Option<String>,
        reason: String,
        raw: String,
    },
}

/// The delta item reader before the change: the item taken whole, probed for its `id` and
/// `@removed` (the last of each, an `id` that is not a string refused), then read again as `T`
/// by `read` when it is not removed.
fn buffered_delta_item<T>(
    raw: &RawValue,
    read: impl Fn(&RawValue) -> Result<T, serde_json::Error>,
) -> Result<Buffered<T>, serde_json::Error> {
    let members: Map<String, Value> = serde_json::from_str(raw.get())?;
    let id = match members.get("id") {
        None => None,
        Some(id) => Option::<String>::deserialize(id)?,
    };
    match members.get("@removed") {
        None => read(raw).map(Buffered::Present),
        Some(removed) => {
            let removed = Map::<String, Value>::deserialize(removed)?;
            let reason = removed
                .get("reason")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            Ok(Buffered::Removed {
                id,
                reason,
                raw: raw.get().to_owned(),
            })
        }
    }
}

/// Whether the one-pass item `item` is the reference `reference`: the same value, or the same
/// removed item (its text, as compact JSON, the one received).
fn same_item<T: PartialEq>(item: &DeltaItem<T>, reference: &Buffered<T>) -> bool {
    match (item, reference) {
        (DeltaItem::Present(item), Buffered::Present(reference)) => item == reference,
        (DeltaItem::Removed(removed), Buffered::Removed { id, reason, raw }) => {
            removed.id == *id
                && removed.reason.as_str() == reason
                && json(removed.raw().get()) == json(raw)
        }
        _ => false,
    }
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("JSON")
}

/// The members of the object `raw`, in order, each value as received.
fn members(raw: &str) -> Vec<(String, Box<RawValue>)> {
    struct Members;
    impl<'de> Visitor<'de> for Members {
        type Value = Vec<(String, Box<RawValue>)>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut members = Vec::new();
            while let Some(entry) = map.next_entry()? {
                members.push(entry);
            }
            Ok(members)
        }
    }
    serde::Deserializer::deserialize_map(&mut serde_json::Deserializer::from_str(raw), Members)
        .expect("an object")
}

/// The compact text of an object of `members`, in their order.
fn object<'a>(members: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let members: Vec<String> = members
        .into_iter()
        .map(|(name, value)| format!("{}:{value}", serde_json::to_string(name).unwrap()))
        .collect();
    format!("{{{}}}", members.join(","))
}

/// `page` with each item rewritten by `item`.
fn rewrite_items(page: &str, item: impl Fn(&str) -> String) -> String {
    let page: Page<Box<RawValue>> = serde_json::from_str(page).unwrap();
    let page = page.map(|raw| RawValue::from_string(item(raw.get())).unwrap());
    serde_json::to_string(&page).unwrap()
}

/// The item `raw` with its `@odata.type` moved to the end.
fn type_last(raw: &str) -> String {
    let members = members(raw);
    let (tags, others): (Vec<_>, Vec<_>) = members
        .iter()
        .map(|(name, value)| (name.as_str(), value.get()))
        .partition(|(name, _)| *name == "@odata.type");
    object(others.into_iter().chain(tags))
}

/// The item `raw` without its `@odata.type`.
fn untyped(raw: &str) -> String {
    let members = members(raw);
    object(
        members
            .iter()
            .map(|(name, value)| (name.as_str(), value.get()))
            .filter(|(name, _)| *name != "@odata.type"),
    )
}

// ---------------------------------------------------------------------------------------------
// Golden pages
// ---------------------------------------------------------------------------------------------

macro_rules! fixture {
    ($path:literal) => {
        include_str!(concat!("../fixtures/", $path))
    };
}

/// Reads the polymorphic page `text` in one pass and by the reference, and checks both give the
/// same page, which writes back the document read.
fn check_polymorphic_page<P>(text: &str) -> Page<P>
where
    P: DeserializeOwned
        + serde::Serialize
        + PartialEq
        + fmt::Debug
        + graph_entity::__private::Polymorphic,
{
    let one_pass: Page<P> = serde_json::from_str(text).unwrap();
    let raw: Page<Box<RawValue>> = serde_json::from_str(text).unwrap();
    let reference =
        raw.map(|item| read_polymorphic_buffered::<P, serde_json::Error>(&item).unwrap());
    assert_eq!(one_pass, reference);
    assert_eq!(serde_json::to_value(&one_pass).unwrap(), json(text));
    one_pass
}

/// Reads the delta page `text` in one pass and by the reference (items read again by `read`),
/// and checks both give the same items, which write back the same JSON; and, for a `T` that
/// writes back what it read (`lossless`), the document read.
fn check_delta_page<T>(
    text: &str,
    read: impl Fn(&RawValue) -> Result<T, serde_json::Error>,
    lossless: bool,
) -> Page<DeltaItem<T>>
where
    T: DeserializeOwned + serde::Serialize + PartialEq + fmt::Debug,
{
    let one_pass: Page<DeltaItem<T>> = serde_json::from_str(text).unwrap();
    let raw: Page<Box<RawValue>> = serde_json::from_str(text).unwrap();
    assert_eq!(one_pass.value.len(), raw.value.len());
    for (item, raw) in one_pass.value.iter().zip(&raw.value) {
        let reference = buffered_delta_item(raw, &read).unwrap();
        assert!(same_item(item, &reference), "{item:?}\n{reference:?}");
        let written = match &reference {
            Buffered::Present(value) => serde_json::to_value(value).unwrap(),
            Buffered::Removed { raw, .. } => json(raw),
        };
        assert_eq!(serde_json::to_value(item).unwrap(), written);
    }
    if lossless {
        assert_eq!(serde_json::to_value(&one_pass).unwrap(), json(text));
    }
    one_pass
}

#[test]
fn the_golden_polymorphic_pages_read_as_before() {
    let apps = fixture!("mobile_apps/page.json");
    let page = check_polymorphic_page::<AnyMobileApp>(apps);
    assert!(
        page.value
            .iter()
            .any(|app| matches!(app, AnyMobileApp::Win32LobApp(_)))
    );
    assert!(
        page.value
            .iter()
            .any(|app| matches!(app, AnyMobileApp::Other(_)))
    );
    // The same items with `@odata.type` last, or without it: the buffered road.
    check_polymorphic_page::<AnyMobileApp>(&rewrite_items(apps, type_last));
    let untyped_page = check_polymorphic_page::<AnyMobileApp>(&rewrite_items(apps, untyped));
    assert!(
        untyped_page
            .value
            .iter()
            .all(|app| matches!(app, AnyMobileApp::Other(_)))
    );

    // A directory round read as `AnyDirectoryObject` (its removed items left out): a user,
    // and a group and an administrative unit, types this build (feature `users`) does not
    // declare, kept in the base.
    let mut present: Page<Box<RawValue>> =
        serde_json::from_str(fixture!("responses/delta-directory-objects.json")).unwrap();
    present
        .value
        .retain(|item| !item.get().contains("@removed"));
    let present = serde_json::to_string(&present).unwrap();
    let page = check_polymorphic_page::<AnyDirectoryObject>(&present);
    assert!(matches!(&page.value[0], AnyDirectoryObject::User(_)));
    assert_eq!(page.value[1].odata_type(), "microsoft.graph.group");
    assert_eq!(
        page.value[2].odata_type(),
        "microsoft.graph.administrativeUnit"
    );
    check_polymorphic_page::<AnyDirectoryObject>(&rewrite_items(&present, type_last));
}

#[test]
fn the_golden_delta_pages_read_as_before() {
    let as_value = |raw: &RawValue| serde_json::from_str::<Value>(raw.get());
    let as_user = |raw: &RawValue| serde_json::from_str::<User>(raw.get());
    let as_directory_object =
        |raw: &RawValue| read_polymorphic_buffered::<AnyDirectoryObject, serde_json::Error>(raw);
    for text in [
        fixture!("responses/delta-users-1.json"),
        fixture!("responses/delta-users-2.json"),
        fixture!("responses/delta-users-3.json"),
        fixture!("responses/delta-groups-1.json"),
        fixture!("responses/delta-directory-objects.json"),
    ] {
        check_delta_page(text, as_value, true);
        check_delta_page(text, as_directory_object, true);
        check_delta_page(&rewrite_items(text, type_last), as_directory_object, true);
    }
    for text in [
        fixture!("responses/delta-users-1.json"),
        fixture!("responses/delta-users-2.json"),
        fixture!("responses/delta-users-3.json"),
    ] {
        // `User` writes its `@odata.type` whether or not the item had one.
        check_delta_page(text, as_user, false);
    }
    let round = check_delta_page(
        fixture!("responses/delta-directory-objects.json"),
        as_directory_object,
        true,
    );
    let removed: Vec<_> = round
        .value
        .iter()
        .filter_map(|item| match item {
            DeltaItem::Removed(removed) => Some((removed.id.as_deref(), removed.reason.as_str())),
            DeltaItem::Present(_) => None,
        })
        .collect();
    assert_eq!(
        removed,
        [
            (Some("c0dc6f6d-6b6a-4e3d-b8d7-8e4b7e5c1f42"), "changed"),
            (Some("45b7d2e7-b882-4a80-ba97-10b7a63b8fa4"), "deleted"),
        ]
    );
}

#[test]
fn a_removed_item_keeps_its_members_in_order_without_white_space() {
    let text = r##"{"value":[ {"@odata.type" : "#microsoft.graph.user", "id":"u1",
        "@removed": {"reason": "deleted"}, "x": [1, 2]} ]}"##;
    let page: Page<DeltaItem<Value>> = serde_json::from_str(text).unwrap();
    match &page.value[..] {
        [DeltaItem::Removed(removed)] => assert_eq!(
            removed.raw().get(),
            r##"{"@odata.type":"#microsoft.graph.user","id":"u1","@removed":{"reason": "deleted"},"x":[1, 2]}"##
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn removed_after_a_property_is_an_error_that_says_where_it_belongs() {
    let text = r#"{"value":[{"displayName":"A","id":"u1","@removed":{"reason":"deleted"}}]}"#;
    let error = serde_json::from_str::<Page<DeltaItem<Value>>>(text)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("item 0 of `value`: `@removed` comes after the item's properties"),
        "{error}"
    );
    // Before a property, after the annotations and `id`, in any order: removed.
    for text in [
        r#"{"value":[{"@removed":{"reason":"deleted"},"displayName":"A","id":"u1"}]}"#,
        r#"{"value":[{"id":"u1","@odata.etag":"e","@removed":{"reason":"deleted"},"displayName":"A"}]}"#,
    ] {
        let page: Page<DeltaItem<Value>> = serde_json::from_str(text).unwrap();
        assert!(
            matches!(&page.value[0], DeltaItem::Removed(removed) if removed.id.as_deref() == Some("u1")),
            "{text}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------------------------

/// A property of a mobile app: declared by `mobileApp` or one of its derived types (mostly of
/// its type, now and then not), unknown, or an annotation.
fn app_member() -> impl Strategy<Value = (String, Value)> {
    let text = "[ -~]{0,10}";
    prop_oneof![
        text.prop_map(|v| ("displayName".to_owned(), Value::from(v))),
        prop::option::of(text).prop_map(|v| ("description".to_owned(), Value::from(v))),
        any::<bool>().prop_map(|v| ("isFeatured".to_owned(), Value::from(v))),
        text.prop_map(|v| ("publisher".to_owned(), Value::from(v))),
        text.prop_map(|v| ("appUrl".to_owned(), Value::from(v))),
        any::<bool>().prop_map(|v| ("useManagedBrowser".to_owned(), Value::from(v))),
        text.prop_map(|v| ("bundleId".to_owned(), Value::from(v))),
        text.prop_map(|v| ("packageId".to_owned(), Value::from(v))),
        any::<i64>().prop_map(|v| ("size".to_owned(), Value::from(v))),
        text.prop_map(|v| ("@odata.etag".to_owned(), Value::from(v))),
        ("x[a-z]{1,5}", scalar()).prop_map(|(name, v)| (name, v)),
        ("@x\\.[a-z]{1,5}", scalar()).prop_map(|(name, v)| (name, v)),
        // A declared property of the wrong type: both roads refuse the item.
        Just(("isFeatured".to_owned(), Value::from("yes"))),
    ]
}

/// A JSON scalar, or a small array of them (no floats: their text would not survive a `Value`).
fn scalar() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        "[ -~]{0,6}".prop_map(Value::from),
    ];
    prop_oneof![
        3 => leaf.clone(),
        1 => prop::collection::vec(leaf, 0..3).prop_map(Value::Array),
    ]
}

/// An `@odata.type`: of each variant, of the base, in other spellings, of a type the enum does
/// not declare (read as the base), or not a string.
fn app_type() -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => prop::sample::select(vec![
            "#microsoft.graph.webApp",
            "#microsoft.graph.win32LobApp",
            "#microsoft.graph.iosStoreApp",
            "#microsoft.graph.androidStoreApp",
            "#microsoft.graph.mobileApp",
            "microsoft.graph.webApp",
            "#graph.iosStoreApp",
            "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.androidStoreApp",
            "#microsoft.graph.macOSDmgApp",
            "#microsoft.graph.mobileLobApp",
        ])
        .prop_map(Value::from),
        1 => Just(Value::from(5)),
    ]
}

/// Where `@odata.type` goes among an object's members.
#[derive(Clone, Copy, Debug)]
enum At {
    Start,
    Middle,
    End,
    Nowhere,
}

/// An object's members, each name once, in any order, with `@odata.type` `at` its place.
fn app_object() -> impl Strategy<Value = (Vec<(String, Value)>, At)> {
    (
        prop::collection::vec(app_member(), 0..8),
        "[a-f0-9]{1,8}",
        app_type(),
        prop::sample::select(vec![At::Start, At::Middle, At::End, At::Nowhere]),
    )
        .prop_flat_map(|(members, id, tag, at)| {
            let mut unique: Vec<(String, Value)> = vec![("id".to_owned(), Value::from(id))];
            for (name, value) in members {
                if unique.iter().all(|(known, _)| *known != name) {
                    unique.push((name, value));
                }
            }
            (Just(unique).prop_shuffle(), Just(tag), Just(at))
        })
        .prop_map(|(mut members, tag, at)| {
            let place = match at {
                At::Start => Some(0),
                At::Middle => Some(members.len() / 2),
                At::End => Some(members.len()),
                At::Nowhere => None,
            };
            if let Some(place) = place {
                members.insert(place, ("@odata.type".to_owned(), tag));
            }
            (members, at)
        })
}

/// The compact text of an object of `members`, in their order.
fn text_of(members: &[(String, Value)]) -> String {
    let values: Vec<String> = members
        .iter()
        .map(|(_, value)| serde_json::to_string(value).unwrap())
        .collect();
    object(
        members
            .iter()
            .zip(&values)
            .map(|((name, _), value)| (name.as_str(), value.as_str())),
    )
}

/// A delta item: a mobile app present, or one removed, `@removed` among its annotations and
/// `id` (in any order), perhaps followed by properties.
fn delta_item() -> impl Strategy<Value = String> {
    let reason = prop_oneof![
        Just(Some(Value::from("changed"))),
        Just(Some(Value::from("deleted"))),
        "[a-z]{0,6}".prop_map(|r| Some(Value::from(r))),
        Just(Some(Value::from(3))),
        Just(None),
    ];
    let removed = (
        prop::option::of(app_type()),
        prop::option::of("[a-f0-9]{1,8}"),
        prop::option::of("[ -~]{0,6}"),
        reason,
        prop::collection::vec(app_member(), 0..3),
    )
        .prop_flat_map(|(tag, id, etag, reason, after)| {
            let mut before: Vec<(String, Value)> = Vec::new();
            if let Some(tag) = tag {
                before.push(("@odata.type".to_owned(), tag));
            }
            if let Some(id) = id {
                before.push(("id".to_owned(), Value::from(id)));
            }
            if let Some(etag) = etag {
                before.push(("@odata.etag".to_owned(), Value::from(etag)));
            }
            let mut removed = Map::new();
            if let Some(reason) = reason {
                removed.insert("reason".to_owned(), reason);
            }
            before.push(("@removed".to_owned(), Value::Object(removed)));
            // Properties after `@removed`, none of them named as one before it.
            let after: Vec<(String, Value)> = after
                .into_iter()
                .filter(|(name, _)| !name.starts_with('@') && name != "id")
                .collect();
            (Just(before).prop_shuffle(), Just(after))
        })
        .prop_map(|(mut before, after)| {
            let mut seen: Vec<String> = before.iter().map(|(name, _)| name.clone()).collect();
            for (name, value) in after {
                if !seen.contains(&name) {
                    seen.push(name.clone());
                    before.push((name, value));
                }
            }
            text_of(&before)
        });
    prop_oneof![
        3 => app_object().prop_map(|(members, _)| text_of(&members)),
        1 => removed,
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// `@odata.type` at the start (one pass), in the middle or at the end (taken whole), or
    /// absent (the base): the one-pass read and the buffered read agree, and what reads writes
    /// back the object it read.
    #[test]
    fn odata_type_anywhere_reads_as_the_buffered_read((members, at) in app_object()) {
        let text = text_of(&members);
        let one_pass = serde_json::from_str::<AnyMobileApp>(&text);
        let raw = RawValue::from_string(text.clone()).unwrap();
        let reference = read_polymorphic_buffered::<AnyMobileApp, serde_json::Error>(&raw);
        match (one_pass, reference) {
            (Ok(one_pass), Ok(reference)) => {
                prop_assert_eq!(&one_pass, &reference, "{:?}: {}", at, text);
                let written = serde_json::to_value(&one_pass).unwrap();
                prop_assert_eq!(&written, &serde_json::to_value(&reference).unwrap());
                prop_assert_eq!(written, json(&text), "{:?}: {}", at, text);
            }
            (Err(_), Err(_)) => {}
            (one_pass, reference) => prop_assert!(
                false,
                "{at:?}: {text}\none pass: {one_pass:?}\nbuffered: {reference:?}"
            ),
        }
    }

    /// A delta page with removed items anywhere in it, and in each removed item `@removed`
    /// anywhere among its annotations and `id`: the one-pass read and the buffered read agree,
    /// item for item, read as `Value` and as `AnyMobileApp`; a removed item's text is the one
    /// received.
    #[test]
    fn delta_pages_read_as_the_buffered_read(items in prop::collection::vec(delta_item(), 0..6)) {
        let text = format!(
            r#"{{"value":[{}],"@odata.deltaLink":"https://graph.microsoft.com/v1.0/x/delta?$deltatoken=t"}}"#,
            items.join(",")
        );
        let raw: Page<Box<RawValue>> = serde_json::from_str(&text).unwrap();
        check_delta(&text, &raw, |raw| serde_json::from_str::<Value>(raw.get()))?;
        check_delta(&text, &raw, |raw| {
            read_polymorphic_buffered::<AnyMobileApp, serde_json::Error>(raw)
        })?;
    }
}

/// The delta page `text` (its items `raw`) read in one pass as `T` agrees with the reference.
fn check_delta<T: DeserializeOwned + PartialEq + fmt::Debug + serde::Serialize>(
    text: &str,
    raw: &Page<Box<RawValue>>,
    read: impl Fn(&RawValue) -> Result<T, serde_json::Error>,
) -> Result<(), TestCaseError> {
    let one_pass = serde_json::from_str::<Page<DeltaItem<T>>>(text);
    let reference: Result<Vec<Buffered<T>>, _> = raw
        .value
        .iter()
        .map(|item| buffered_delta_item(item, &read))
        .collect();
    match (one_pass, reference) {
        (Ok(one_pass), Ok(reference)) => {
            prop_assert_eq!(one_pass.value.len(), reference.len());
            for ((item, reference), raw) in one_pass.value.iter().zip(&reference).zip(&raw.value) {
                prop_assert!(same_item(item, reference), "{:?}\n{:?}", item, reference);
                if let DeltaItem::Removed(removed) = item {
                    prop_assert_eq!(removed.raw().get(), raw.get());
                }
            }
            prop_assert_eq!(serde_json::to_value(&one_pass).unwrap(), json(text));
        }
        (Err(_), Err(_)) => {}
        (one_pass, reference) => prop_assert!(
            false,
            "{text}\none pass: {one_pass:?}\nbuffered: {reference:?}"
        ),
    }
    Ok(())
}

#[test]
fn delta_items_kept_raw_read_as_before() {
    // A present item kept as `RawValue` is the item's members, each value as received.
    let text = fixture!("responses/delta-directory-objects.json");
    let page: Page<DeltaItem<Box<RawValue>>> = serde_json::from_str(text).unwrap();
    let raw: Page<Box<RawValue>> = serde_json::from_str(text).unwrap();
    for (item, raw) in page.value.iter().zip(&raw.value) {
        let read = match item {
            DeltaItem::Present(item) => item.get(),
            DeltaItem::Removed(removed) => removed.raw().get(),
        };
        assert_eq!(json(read), json(raw.get()));
    }
    assert!(matches!(&page.value[0], DeltaItem::Present(_)));
    assert!(matches!(&page.value[2], DeltaItem::Removed(_)));
}
