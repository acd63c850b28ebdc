//! The query options' tests: encoding, typed names, filters, expands and literals.

use super::*;
use crate::edm::{Date, DateTimeOffset, Guid};
use http::header::HeaderMap;

fn pairs(query: &str) -> Vec<(String, String)> {
    let url = url::Url::parse(&format!("https://graph.microsoft.com/v1.0/users{query}")).unwrap();
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
