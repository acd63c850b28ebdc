//! Requests as data: every operation and every query option becomes an `http::Request` whose
//! method, URL, headers and body are compared exactly, hostile keys and `$filter` values
//! included; and property tests that any value round-trips through the `url` crate.

use graph_entity::http::{self, HeaderMap, Method};
use graph_entity::query::{Expand, Filter, Literal, Order, Query, prop};
use graph_entity::request::Body;
use graph_entity::request::{ApiVersion, Cloud, RequestError, ServiceRoot};
use graph_entity::resources::{
    DeviceManagementExchangeConnector as Connector,
    DeviceManagementExchangeConnectorPatch as ConnectorPatch,
    DeviceManagementExchangeConnectorSyncParameters as SyncParameters,
    DeviceManagementExchangeConnectorSyncType as SyncType,
};
use graph_entity::response::page::Pager;
use graph_entity::{GraphEntity, Operation, url};
use proptest::prelude::*;

/// The parts of a request, as compared: method, URL, headers (in order), body.
fn parts(request: &http::Request<Body>) -> (String, String, Vec<(String, String)>, String) {
    let headers = request
        .headers()
        .iter()
        .map(|(name, value)| (name.as_str().to_owned(), value.to_str().unwrap().to_owned()))
        .collect();
    (
        request.method().to_string(),
        request.uri().to_string(),
        headers,
        String::from_utf8(request.body().as_bytes().unwrap().to_vec()).unwrap(),
    )
}

fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect()
}

/// The request of `operation` under `root` with `query`.
fn request(root: &ServiceRoot, operation: &Operation, query: &Query) -> http::Request<Body> {
    root.build(operation.clone(), query).unwrap()
}

/// `GET` of `path`.
fn get(path: &str) -> Operation {
    Operation::new(Method::GET, path.to_owned())
}

const JSON: (&str, &str) = ("accept", "application/json");
const BODY: (&str, &str) = ("content-type", "application/json");

#[test]
fn every_operation_under_every_root() {
    let key = "a/b c'&#+%é";
    // The key's encoding is the path module's (one segment, see `connector_paths.rs`); here,
    // that the request keeps it exactly under every root.
    let item_path = Connector::item_path(key);
    let segment = item_path
        .strip_prefix("/deviceManagement/exchangeConnectors/")
        .unwrap();
    assert!(!segment.contains(['/', '?', '#', ' ']), "{item_path}");
    let connector = Connector {
        server_name: Some("Server Name value".to_owned()),
        ..Connector::default()
    };
    let sync = Connector::sync(
        key,
        &SyncParameters {
            sync_type: SyncType::DeltaSync,
        },
    )
    .unwrap();
    let patch = <Connector as GraphEntity>::Patch::default();
    let roots = [
        (ServiceRoot::v1(), "https://graph.microsoft.com/v1.0"),
        (ServiceRoot::beta(), "https://graph.microsoft.com/beta"),
        (
            ServiceRoot::microsoft(Cloud::UsGovL4, ApiVersion::V1),
            "https://graph.microsoft.us/v1.0",
        ),
        (
            ServiceRoot::microsoft(Cloud::UsGovL5Dod, ApiVersion::Beta),
            "https://dod-graph.microsoft.us/beta",
        ),
        (
            ServiceRoot::microsoft(Cloud::China, ApiVersion::V1),
            "https://microsoftgraph.chinacloudapi.cn/v1.0",
        ),
        (
            ServiceRoot::parse("http://127.0.0.1:8080").unwrap(),
            "http://127.0.0.1:8080",
        ),
        (
            ServiceRoot::parse("https://proxy.example/graph/v1.0/").unwrap(),
            "https://proxy.example/graph/v1.0",
        ),
    ];
    let collection = "/deviceManagement/exchangeConnectors";
    for (root, base) in roots {
        let item = format!("{base}{item_path}");
        let cases = [
            (
                Connector::list(),
                "GET",
                format!("{base}{collection}"),
                None,
            ),
            (
                Connector::create(),
                "POST",
                format!("{base}{collection}"),
                None,
            ),
            (
                connector.create_with().unwrap(),
                "POST",
                format!("{base}{collection}"),
                Some(
                    r##"{"@odata.type":"#microsoft.graph.deviceManagementExchangeConnector","serverName":"Server Name value"}"##,
                ),
            ),
            (Connector::get(key), "GET", item.clone(), None),
            (Connector::update(key), "PATCH", item.clone(), None),
            (
                Connector::update_with(key, &patch).unwrap(),
                "PATCH",
                item.clone(),
                Some("{}"),
            ),
            (Connector::delete(key), "DELETE", item.clone(), None),
            (
                sync.clone(),
                "POST",
                format!("{item}/sync"),
                Some(r#"{"syncType":"deltaSync"}"#),
            ),
        ];
        for (operation, method, url, body) in cases {
            let expected_headers = if body.is_some() {
                headers(&[JSON, BODY])
            } else {
                headers(&[JSON])
            };
            assert_eq!(
                parts(&request(&root, &operation, &Query::new())),
                (
                    method.to_owned(),
                    url.clone(),
                    expected_headers,
                    body.unwrap_or_default().to_owned()
                ),
                "{operation}"
            );
        }
    }
}

#[test]
fn list_with_every_query_option() {
    let query = Query::new()
        .select(["id", "serverName", "status"])
        .expand(
            Expand::new("members")
                .select(["id", "displayName"])
                .top(5)
                .skip(10)
                .count(true),
        )
        .filter(prop("serverName").eq("O'Neil & Sons #1 + 100% Zürich 日本"))
        .filter(prop("status").ne(Literal::enum_member(
            "microsoft.graph.deviceManagementExchangeConnectorStatus",
            "none",
        )))
        .search("serverName:a\"b")
        .order_by("serverName", Order::Descending)
        .order_by("id", Order::Ascending)
        .top(50)
        .skip(100)
        .count(true)
        .skip_token("X'44537074020001'");
    assert!(query.needs_advanced());
    let request = request(&ServiceRoot::beta(), &Connector::list(), &query);
    assert_eq!(
        parts(&request),
        (
            "GET".to_owned(),
            concat!(
                "https://graph.microsoft.com/beta/deviceManagement/exchangeConnectors",
                "?$select=id,serverName,status",
                "&$expand=members($select%3Did,displayName;$top%3D5;$skip%3D10;$count%3Dtrue)",
                "&$filter=serverName%20eq%20%27O%27%27Neil%20%26%20Sons%20%231%20%2B%20100%25%20Z%C3%BCrich%20%E6%97%A5%E6%9C%AC%27",
                "%20and%20status%20ne%20microsoft.graph.deviceManagementExchangeConnectorStatus%27none%27",
                "&$search=%22serverName:a%5C%22b%22",
                "&$orderby=serverName%20desc,id",
                "&$top=50&$skip=100&$count=true",
                "&$skiptoken=X%2744537074020001%27",
            )
            .to_owned(),
            headers(&[("consistencylevel", "eventual"), JSON]),
            String::new(),
        )
    );
    // Read back by the WHATWG parser, each option is exactly the intended value.
    let url = url::Url::parse(&request.uri().to_string()).unwrap();
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(n, v)| (n.into_owned(), v.into_owned()))
        .collect();
    assert_eq!(
        pairs,
        headers(&[
            ("$select", "id,serverName,status"),
            (
                "$expand",
                "members($select=id,displayName;$top=5;$skip=10;$count=true)"
            ),
            (
                "$filter",
                "serverName eq 'O''Neil & Sons #1 + 100% Zürich 日本' and status ne microsoft.graph.deviceManagementExchangeConnectorStatus'none'",
            ),
            ("$search", "\"serverName:a\\\"b\""),
            ("$orderby", "serverName desc,id"),
            ("$top", "50"),
            ("$skip", "100"),
            ("$count", "true"),
            ("$skiptoken", "X'44537074020001'"),
        ])
    );
}

#[test]
fn filter_literals_of_every_kind() {
    let guid: graph_entity::edm::Guid = "0e8b1b35-0c4e-4e4c-9c5b-4f0b1e2d3c4a".parse().unwrap();
    let at: graph_entity::edm::DateTimeOffset = "2024-05-01T12:00:00Z".parse().unwrap();
    let cases: Vec<(Filter, &str)> = vec![
        (
            prop("id").eq(guid),
            "id eq 0e8b1b35-0c4e-4e4c-9c5b-4f0b1e2d3c4a",
        ),
        (
            prop("lastSyncDateTime").ge(at),
            "lastSyncDateTime ge 2024-05-01T12:00:00Z",
        ),
        (
            prop("importance").eq(Literal::enum_value("high")),
            "importance eq 'high'",
        ),
        (prop("count").lt(-5), "count lt -5"),
        (prop("ratio").gt(0.25), "ratio gt 0.25"),
        (prop("enabled").eq(false), "enabled eq false"),
        (prop("manager").eq(Literal::null()), "manager eq null"),
        (prop("name").eq("it's"), "name eq 'it''s'"),
        (prop("id").is_in(["a", "b'c"]), "id in ('a','b''c')"),
        (
            prop("memberOf").any("g", |g| g.prop("displayName").contains("Sales & Marketing")),
            "memberOf/any(g:contains(g/displayName,'Sales & Marketing'))",
        ),
        (
            prop("proxyAddresses").all("p", |p| p.itself().starts_with("smtp:")),
            "proxyAddresses/all(p:startswith(p,'smtp:'))",
        ),
        (
            prop("mail")
                .ends_with("@contoso.com")
                .not()
                .or(prop("a").eq(1))
                .and(prop("b").eq(2)),
            "(not(endswith(mail,'@contoso.com')) or a eq 1) and b eq 2",
        ),
    ];
    for (filter, expected) in cases {
        assert_eq!(filter.as_str(), expected);
        // On `/users`, `not` and `endswith` make an advanced query: `$count=true` follows.
        let advanced = filter.needs_advanced();
        let query = Query::new().filter(filter);
        let request = ServiceRoot::v1().build(get("/users"), &query).unwrap();
        let url = url::Url::parse(&request.uri().to_string()).unwrap();
        let mut pairs: Vec<(std::borrow::Cow<'_, str>, std::borrow::Cow<'_, str>)> =
            vec![("$filter".into(), expected.into())];
        if advanced {
            pairs.push(("$count".into(), "true".into()));
        }
        assert_eq!(url.query_pairs().collect::<Vec<_>>(), pairs);
        assert_eq!(
            url.as_str(),
            request.uri().to_string(),
            "the WHATWG parser changes nothing"
        );
    }
}

#[test]
fn updates_and_deletes_carry_if_match_from_the_etag() {
    let connector: Connector = graph_entity::serde_json::from_str(
        r#"{"@odata.etag":"W/\"JzEtRGV2aWNlTWFuYWdlbWVudCc=\"","id":"c1","serverName":"s"}"#,
    )
    .unwrap();
    let etag = connector.additional_data.etag().unwrap();
    let delete = request(
        &ServiceRoot::v1(),
        &Connector::delete("c1").if_match(&*etag),
        &Query::new(),
    );
    assert_eq!(
        parts(&delete),
        (
            "DELETE".to_owned(),
            "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors/c1".to_owned(),
            headers(&[JSON, ("if-match", "W/\"JzEtRGV2aWNlTWFuYWdlbWVudCc=\"")]),
            String::new(),
        )
    );
}

#[test]
fn next_links_are_requested_exactly_with_the_listing_headers() {
    let query = Query::new()
        .filter(prop("displayName").ends_with("x"))
        .advanced();
    let first = ServiceRoot::v1().build(get("/users"), &query).unwrap();
    let mut pager = Pager::new(&first).unwrap();
    let mut prefer = HeaderMap::new();
    prefer.insert("prefer", "odata.maxpagesize=5".parse().unwrap());
    let link = "https://graph.microsoft.com/v1.0/users?$filter=endswith(displayName,'x')&$count=true&$skiptoken=m~AQAnOzEyM2U4%2B%2F%3D";
    let body = format!(r#"{{"value":[],"@odata.nextLink":"{link}"}}"#);
    pager
        .read::<graph_entity::serde_json::Value, _>(&http::Response::new(body))
        .unwrap();
    assert_eq!(
        parts(&pager.next_request().unwrap()),
        (
            "GET".to_owned(),
            link.to_owned(),
            headers(&[("consistencylevel", "eventual"), JSON]),
            String::new(),
        )
    );
    let with_prefer = Pager::from_link(link, &prefer).unwrap();
    assert_eq!(
        parts(&with_prefer.next_request().unwrap()).2,
        headers(&[("prefer", "odata.maxpagesize=5"), JSON])
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any text in a `$filter` string literal, `$search` and `$skiptoken` reads back exactly
    /// through `url::Url::parse` + `query_pairs()`, and the URL is valid for `http` and left
    /// unchanged by the WHATWG parser.
    #[test]
    fn any_value_round_trips_through_the_url_crate(
        text in "(\\PC|[ '&#+%=?/\\\\\"<>{}|^`\u{0}-\u{1f}\u{7f}])*",
        token in "\\PC*",
        key in "\\PC{0,12}",
    ) {
        let query = Query::new()
            .filter(prop("displayName").eq(text.as_str()))
            .filter(prop("mail").starts_with(text.as_str()))
            .search(&text)
            .skip_token(&token);
        let path = Connector::item_path(&key);
        let request = ServiceRoot::v1().build(get(&path), &query).unwrap();
        let uri = request.uri().to_string();
        prop_assert!(uri.is_ascii());
        let url = url::Url::parse(&uri).unwrap();
        prop_assert_eq!(url.as_str(), uri.as_str());
        let quoted = text.replace('\'', "''");
        let searched = text.replace('\\', "\\\\").replace('"', "\\\"");
        let expected = vec![
            ("$filter".to_owned(), format!("displayName eq '{quoted}' and startswith(mail,'{quoted}')")),
            ("$search".to_owned(), format!("\"{searched}\"")),
            ("$skiptoken".to_owned(), token.clone()),
        ];
        let pairs: Vec<(String, String)> = url.query_pairs().map(|(n, v)| (n.into_owned(), v.into_owned())).collect();
        prop_assert_eq!(pairs, expected);
        // The query leaves the item's path as the paths suite checks it: the collection's
        // segments and one item segment that decodes back to the key (`('…')` for "", ".", "..").
        let root = "https://graph.microsoft.com/v1.0";
        let path_only = format!("{root}{path}");
        prop_assert_eq!(
            graph_entity_tests::url_shape::check_item_url(&path_only, root, Connector::COLLECTION_PATH, &key, None),
            Ok(())
        );
        let path_url = url::Url::parse(&path_only).unwrap();
        prop_assert_eq!(url.path(), path_url.path());
    }

    /// Custom roots: whatever parses is a valid request target, and joining a path never
    /// panics.
    #[test]
    fn roots_parse_or_refuse(root in "\\PC{0,40}", path in "/[a-z0-9/%]{0,20}") {
        if let Ok(parsed) = ServiceRoot::parse(&root) {
            prop_assert!(!parsed.as_str().ends_with('/'));
            let joined = parsed.join(&path);
            if let Ok(uri) = joined {
                let uri = uri.to_string();
                prop_assert_eq!(parsed.relative(&uri), Some(if path.is_empty() { "/" } else { path.as_str() }));
            }
        }
    }
}

/// Keys that could change a path's shape, and the item segment each must become: one
/// percent-encoded segment, or, for `""`, `.` and `..`, the parenthesized form on the
/// collection's last segment.
const HOSTILE_KEYS: [(&str, &str); 8] = [
    ("c1", "/c1"),
    ("a/b c'&#+%é", "/a%2Fb%20c%27%26%23%2B%25%C3%A9"),
    ("?$top=1", "/%3F%24top%3D1"),
    ("'", "/%27"),
    ("%2e%2E", "/%252e%252E"),
    ("", "('')"),
    (".", "('.')"),
    ("..", "('..')"),
];

const CONNECTORS: &str = "/deviceManagement/exchangeConnectors";

#[test]
fn every_connector_operation_through_service_root_operation() {
    let roots = [
        (ServiceRoot::v1(), "https://graph.microsoft.com/v1.0"),
        (
            ServiceRoot::microsoft(Cloud::UsGovL5Dod, ApiVersion::Beta),
            "https://dod-graph.microsoft.us/beta",
        ),
        (
            ServiceRoot::parse("https://proxy.example/graph/v1.0/").unwrap(),
            "https://proxy.example/graph/v1.0",
        ),
    ];
    let connector = Connector {
        server_name: Some("O'Neil & Sons".to_owned()),
        ..Connector::default()
    };
    let patch = ConnectorPatch::default().exchange_alias(Some("alias #1".to_owned()));
    let parameters = SyncParameters {
        sync_type: SyncType::FullSync,
    };
    let etag = r#"W/"JzEtRGV2aWNlTWFuYWdlbWVudCc=""#;
    for (root, base) in &roots {
        let collection = format!("{base}{CONNECTORS}");
        let cases = [
            (Connector::list(), "GET", collection.clone(), vec![JSON], ""),
            (
                Connector::create(),
                "POST",
                collection.clone(),
                vec![JSON],
                "",
            ),
            (
                connector.create_with().unwrap(),
                "POST",
                collection.clone(),
                vec![JSON, BODY],
                r##"{"@odata.type":"#microsoft.graph.deviceManagementExchangeConnector","serverName":"O'Neil & Sons"}"##,
            ),
        ];
        for (operation, method, url, headers_, body) in cases {
            let shown = operation.to_string();
            assert_eq!(
                parts(&root.build(operation, &Query::new()).unwrap()),
                (method.to_owned(), url, headers(&headers_), body.to_owned()),
                "{shown}"
            );
        }
        for (key, segment) in HOSTILE_KEYS {
            let item = format!("{base}{CONNECTORS}{segment}");
            graph_entity_tests::url_shape::check_item_url(&item, base, CONNECTORS, key, None)
                .unwrap();
            let cases = [
                (Connector::get(key), "GET", item.clone(), vec![JSON], ""),
                (
                    Connector::update(key).if_match(etag),
                    "PATCH",
                    item.clone(),
                    vec![JSON, ("if-match", etag)],
                    "",
                ),
                (
                    Connector::update_with(key, &patch).unwrap().if_match(etag),
                    "PATCH",
                    item.clone(),
                    vec![JSON, BODY, ("if-match", etag)],
                    r##"{"exchangeAlias":"alias #1"}"##,
                ),
                (
                    Connector::delete(key).if_match(etag),
                    "DELETE",
                    item.clone(),
                    vec![JSON, ("if-match", etag)],
                    "",
                ),
                (
                    Connector::delete(key),
                    "DELETE",
                    item.clone(),
                    vec![JSON],
                    "",
                ),
                (
                    Connector::sync(key, &parameters).unwrap(),
                    "POST",
                    format!("{item}/sync"),
                    vec![JSON, BODY],
                    r#"{"syncType":"fullSync"}"#,
                ),
            ];
            for (operation, method, url, headers_, body) in cases {
                let shown = operation.to_string();
                let expected = (method.to_owned(), url, headers(&headers_), body.to_owned());
                assert_eq!(
                    parts(&root.build(operation, &Query::new()).unwrap()),
                    expected,
                    "{shown}"
                );
            }
        }
    }
}

#[test]
fn operations_take_typed_queries_and_their_headers() {
    let root = ServiceRoot::v1();
    let list = Query::<Connector>::typed()
        .select([Connector::ID, Connector::SERVER_NAME])
        .filter(prop(Connector::SERVER_NAME).starts_with("a+b & c#d 100% é'"))
        .order_by(Connector::LAST_SYNC_DATE_TIME, Order::Descending)
        .count(true)
        .top(5);
    assert_eq!(
        parts(&root.build(Connector::list(), &list).unwrap()),
        (
            "GET".to_owned(),
            "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors\
             ?$select=id,serverName\
             &$filter=startswith(serverName,%27a%2Bb%20%26%20c%23d%20100%25%20%C3%A9%27%27%27)\
             &$orderby=lastSyncDateTime%20desc&$top=5&$count=true"
                .to_owned(),
            headers(&[("consistencylevel", "eventual"), JSON]),
            String::new(),
        )
    );
    let search = Query::<Connector>::typed().search("exchange");
    assert_eq!(
        parts(&root.build(Connector::list(), &search).unwrap()),
        (
            "GET".to_owned(),
            "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors\
             ?$search=%22exchange%22"
                .to_owned(),
            headers(&[("consistencylevel", "eventual"), JSON]),
            String::new(),
        )
    );
    let get = Query::<Connector>::typed().select([Connector::STATUS, Connector::VERSION]);
    let key = "a/b c'&#+%é";
    let read: Connector = graph_entity::serde_json::from_str(
        r#"{"@odata.etag":"W/\"JzEtRGV2aWNlTWFuYWdlbWVudCc=\"","id":"a/b c'&#+%é"}"#,
    )
    .unwrap();
    assert_eq!(
        parts(&root.build(Connector::get(key), &get).unwrap()),
        (
            "GET".to_owned(),
            "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors\
             /a%2Fb%20c%27%26%23%2B%25%C3%A9?$select=status,version"
                .to_owned(),
            headers(&[JSON]),
            String::new(),
        )
    );
    // `If-Match` comes from the entity as read, and only when it has an `@odata.etag`.
    let delete = Connector::delete(read.key().unwrap()).if_match_etag_of(&read.additional_data);
    assert_eq!(
        parts(&root.build(delete, &Query::new()).unwrap()),
        (
            "DELETE".to_owned(),
            "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors\
             /a%2Fb%20c%27%26%23%2B%25%C3%A9"
                .to_owned(),
            headers(&[JSON, ("if-match", r#"W/"JzEtRGV2aWNlTWFuYWdlbWVudCc=""#)]),
            String::new(),
        )
    );
    let without_etag =
        Connector::delete("c1").if_match_etag_of(&Connector::default().additional_data);
    assert_eq!(without_etag.if_match_tag(), None);
    assert!(
        !root
            .build(without_etag, &Query::new())
            .unwrap()
            .headers()
            .contains_key("if-match")
    );
}

#[test]
fn operations_to_absolute_links_and_refused_ones() {
    let root = ServiceRoot::parse("https://proxy.example/graph/v1.0").unwrap();
    let link =
        "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors?$skiptoken=X%2BY%27";
    // A next link is sent exactly, whatever the root.
    assert_eq!(
        parts(
            &root
                .build(Operation::next_link(link), &Query::new())
                .unwrap()
        ),
        (
            "GET".to_owned(),
            link.to_owned(),
            headers(&[JSON]),
            String::new()
        )
    );
    assert_eq!(
        root.build(Operation::next_link(link), &Query::new().top(5))
            .err(),
        Some(RequestError::QueryInPath(link.to_owned()))
    );
    // A fragment would be dropped: refused.
    assert!(matches!(
        root.build(
            Operation::next_link("https://graph.microsoft.com/v1.0/users#x"),
            &Query::new()
        ),
        Err(RequestError::InvalidTarget { .. })
    ));
    assert_eq!(
        root.build(
            Operation::new(Method::GET, "users".to_owned()),
            &Query::new()
        )
        .err(),
        Some(RequestError::InvalidTarget {
            target: "users".to_owned()
        })
    );
    assert_eq!(
        root.build(
            Connector::delete("c1").if_match("W/\"1\"\r\nX: y"),
            &Query::new()
        )
        .err(),
        Some(RequestError::InvalidHeader { name: "If-Match" })
    );
    // `If-Match` under the global root too.
    let request = ServiceRoot::v1()
        .build(Connector::delete("c1").if_match("W/\"1\""), &Query::new())
        .unwrap();
    assert_eq!(
        parts(&request),
        (
            "DELETE".to_owned(),
            "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors/c1".to_owned(),
            headers(&[JSON, ("if-match", "W/\"1\"")]),
            String::new(),
        )
    );
    assert!(
        ServiceRoot::v1()
            .build(Connector::delete("c1").if_match("a\nb"), &Query::new())
            .is_err()
    );
}
