//! Golden tests: Graph response documents written from Microsoft's published examples
//! (`tests/fixtures/responses/`, see its README), read into their types through the sans-IO
//! readers, and written back losslessly where the reader keeps the document.

use std::time::{Duration, UNIX_EPOCH};

use graph_entity::batch::{BatchItem, BatchRequest, BatchResponse};
use graph_entity::http::{self, Method, StatusCode};
use graph_entity::query::{Query, prop};
use graph_entity::request::ServiceRoot;
use graph_entity::response::error::{ResponseError, RetryAfter};
use graph_entity::response::page::{DeltaItem, Page, Pager, PagingError, RemovedReason};
use graph_entity::response::{read_count, read_page};
use graph_entity::serde_json::value::RawValue;
use graph_entity::serde_json::{self, Value};
use graph_entity::{AdditionalData, GraphEntity, Operation};

/// The `user` properties the examples select, the rest kept in `additional_data`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users")]
pub struct User {
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub given_name: Option<String>,
    pub surname: Option<String>,
    pub mail: Option<String>,
    pub business_phones: Option<Vec<String>>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("../fixtures/responses/", $name))
    };
}

fn response(status: u16, headers: &[(&str, &str)], body: &str) -> http::Response<Vec<u8>> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder
        .body(body.as_bytes().to_vec())
        .expect("a valid response")
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("the fixture is JSON")
}

/// The page read with its items kept raw, written back: the same document.
fn assert_lossless(body: &str) {
    let page: Page<Box<RawValue>> = read_page(&response(200, &[], body)).unwrap();
    assert_eq!(serde_json::to_value(&page).unwrap(), json(body));
    let delta: Page<DeltaItem<Value>> = read_page(&response(200, &[], body)).unwrap();
    assert_eq!(serde_json::to_value(&delta).unwrap(), json(body));
}

#[test]
fn a_listing_follows_next_link_exactly_to_the_last_page() {
    let root = ServiceRoot::v1();
    let first = root
        .build(
            Operation::new(Method::GET, User::COLLECTION_PATH.to_owned()),
            &Query::new().top(2),
        )
        .unwrap();
    assert_eq!(first.uri(), "https://graph.microsoft.com/v1.0/users?$top=2");
    let mut pager = Pager::new(&first).unwrap();

    let page_1 = fixture!("users-page-1.json");
    let page: Page<User> = pager.read(&response(200, &[], page_1)).unwrap();
    assert_eq!(
        page.context.as_deref(),
        Some("https://graph.microsoft.com/v1.0/$metadata#users")
    );
    let names: Vec<_> = page
        .value
        .iter()
        .map(|u| u.display_name.as_deref())
        .collect();
    assert_eq!(names, [Some("Conf Room Adams"), Some("MOD Administrator")]);
    assert_eq!(
        page.value[0].key(),
        Some("6ea91a8d-e32e-41a1-b7bd-d2d185eed0e0")
    );
    assert_eq!(
        page.value[1].business_phones.as_deref(),
        Some(&["425-555-0100".to_owned()][..])
    );
    assert!(page.value[0].additional_data.is_null("givenName"));
    // Lossless: the page writes back as the document it was read from.
    assert_lossless(page_1);

    let next = pager.next_request().unwrap();
    let expected_next = json(page_1)["@odata.nextLink"].as_str().unwrap().to_owned();
    assert_eq!(next.uri().to_string(), expected_next);
    assert_eq!(next.method(), Method::GET);
    assert_eq!(next.headers()["accept"], "application/json");

    let page_2 = fixture!("users-page-2.json");
    let last: Page<User> = pager.read(&response(200, &[], page_2)).unwrap();
    assert_eq!(last.value[0].display_name.as_deref(), Some("Adele Vance"));
    assert!(last.is_last());
    assert!(pager.is_done());
    assert_eq!(pager.delta_link(), None);
    assert_lossless(page_2);
}

#[test]
fn a_page_that_repeats_its_next_link_is_an_error() {
    let first = ServiceRoot::v1()
        .build(
            Operation::new(Method::GET, "/users".to_owned()),
            &Query::new().top(2),
        )
        .unwrap();
    let mut pager = Pager::new(&first).unwrap();
    let page_1 = response(200, &[], fixture!("users-page-1.json"));
    pager.read::<User, _>(&page_1).unwrap();
    let error = pager.read::<User, _>(&page_1).unwrap_err();
    assert!(
        matches!(error, ResponseError::Paging(PagingError::RepeatedLink(ref link)) if link.contains("$skiptoken=RFNwdAIA")),
        "{error}"
    );
}

#[test]
fn a_delta_round_with_removed_items_then_the_next_round() {
    let root = ServiceRoot::v1();
    let query = Query::new().select(["displayName", "givenName", "surname"]);
    let first = root
        .build(
            Operation::new(Method::GET, "/users/delta".to_owned()),
            &query,
        )
        .unwrap();
    assert_eq!(
        first.uri(),
        "https://graph.microsoft.com/v1.0/users/delta?$select=displayName,givenName,surname"
    );
    let mut pager = Pager::new(&first).unwrap();

    let round_1 = fixture!("delta-users-1.json");
    let page: Page<DeltaItem<User>> = pager.read(&response(200, &[], round_1)).unwrap();
    assert_eq!(page.value.len(), 2);
    assert!(
        page.value
            .iter()
            .all(|item| matches!(item, DeltaItem::Present(_)))
    );
    assert_eq!(pager.delta_link(), None);
    assert_eq!(pager.next_link(), json(round_1)["@odata.nextLink"].as_str());

    let round_2 = fixture!("delta-users-2.json");
    let page: Page<DeltaItem<User>> = pager.read(&response(200, &[], round_2)).unwrap();
    match &page.value[..] {
        [DeltaItem::Present(user), DeltaItem::Removed(removed)] => {
            assert_eq!(user.display_name.as_deref(), Some("Testing 3"));
            assert_eq!(
                removed.id.as_deref(),
                Some("c0dc6f6d-6b6a-4e3d-b8d7-8e4b7e5c1f42")
            );
            assert_eq!(removed.reason, RemovedReason::Changed);
        }
        other => panic!("{other:?}"),
    }
    assert_lossless(round_2);
    assert!(pager.is_done(), "the round ends at the delta link");
    let delta_link = pager.delta_link().unwrap().to_owned();
    assert_eq!(
        Some(delta_link.as_str()),
        json(round_2)["@odata.deltaLink"].as_str()
    );

    // Saved, and the next round started from the delta link, exactly.
    let saved = serde_json::to_string(&pager.cursor()).unwrap();
    let cursor = serde_json::from_str(&saved).unwrap();
    let resumed = Pager::resume(cursor).unwrap();
    let mut next_round = Pager::from_link(resumed.delta_link().unwrap(), first.headers()).unwrap();
    assert_eq!(
        next_round.next_request().unwrap().uri().to_string(),
        delta_link
    );

    let round_3 = fixture!("delta-users-3.json");
    let page: Page<DeltaItem<User>> = next_round.read(&response(200, &[], round_3)).unwrap();
    assert!(matches!(&page.value[1], DeltaItem::Removed(r) if r.reason == RemovedReason::Deleted));
    assert_lossless(round_3);
    assert_ne!(next_round.delta_link(), Some(delta_link.as_str()));

    // An expired token: the typed "resync required" error, and the pager stays put.
    let mut expired = Pager::from_link(&delta_link, first.headers()).unwrap();
    let error = expired
        .read::<DeltaItem<User>, _>(&response(410, &[], fixture!("delta-expired.json")))
        .unwrap_err();
    match &error {
        ResponseError::ResyncRequired(graph) => {
            assert_eq!(graph.status(), StatusCode::GONE);
            assert_eq!(graph.code(), Some("SyncStateNotFound"));
            assert_eq!(
                graph.request_id(),
                Some("0b5c7a1e-3f7d-4e52-9a1b-6c2d8e4f0a37")
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(expired.next_link(), Some(delta_link.as_str()));
}

#[test]
fn count_with_consistency_level() {
    let query = Query::new()
        .count(true)
        .search("displayName:room")
        .select(["displayName", "mail"]);
    let request = ServiceRoot::v1()
        .build(Operation::new(Method::GET, "/users".to_owned()), &query)
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/v1.0/users?$select=displayName,mail&$search=%22displayName:room%22&$count=true"
    );
    assert_eq!(request.headers()["consistencylevel"], "eventual");

    let body = fixture!("users-count.json");
    let page: Page<User> = read_page(&response(200, &[], body)).unwrap();
    assert_eq!(page.count, Some(7));
    assert_eq!(page.value.len(), 7);
    assert_lossless(body);

    // The `/$count` segment answers in plain text.
    let count = read_count(&response(200, &[("content-type", "text/plain")], "893")).unwrap();
    assert_eq!(count, 893);
}

#[test]
fn a_400_with_inner_error() {
    for (file, code, message, request_id, client_request_id, date) in [
        (
            fixture!("error-400-inner-error.json"),
            "Request_UnsupportedQuery",
            "Sorting not supported for current query.",
            "b6a8d5e3-3bd9-4a2b-9f08-6f5d2b1b6e8a",
            "b6a8d5e3-3bd9-4a2b-9f08-6f5d2b1b6e8a",
            "2023-07-14T10:10:51",
        ),
        (
            fixture!("error-400-segment.json"),
            "BadRequest",
            "Resource not found for the segment 'mef'.",
            "1a0ffbc0-086f-4e8f-93f9-bf99881c65f6",
            "225aed2b-cf4a-d456-b313-16ab196c2364",
            "2021-07-02T01:40:19",
        ),
    ] {
        let error = read_page::<User, _>(&response(400, &[], file)).unwrap_err();
        let ResponseError::Graph(graph) = &error else {
            panic!("{error:?}");
        };
        assert_eq!(graph.status(), StatusCode::BAD_REQUEST);
        assert_eq!(graph.code(), Some(code));
        assert_eq!(graph.message(), Some(message));
        assert!(graph.details().is_empty());
        let inner = graph.inner_error().unwrap();
        assert_eq!(inner.request_id(), Some(request_id));
        assert_eq!(inner.client_request_id(), Some(client_request_id));
        assert_eq!(inner.date(), Some(date));
        assert!(inner.other().is_empty());
        assert_eq!(graph.raw(), file.as_bytes());
        assert_eq!(graph.retry_after(), None);
        assert!(error.to_string().contains(code), "{error}");
    }
}

#[test]
fn a_throttled_429() {
    let body = fixture!("throttled-429.json");
    for (header, expected) in [
        ("10", RetryAfter::Delay(Duration::from_secs(10))),
        (
            "Wed, 21 Oct 2015 07:28:00 GMT",
            RetryAfter::At(UNIX_EPOCH + Duration::from_secs(1_445_412_480)),
        ),
    ] {
        let throttled = response(
            429,
            &[
                ("retry-after", header),
                ("content-type", "application/json"),
            ],
            body,
        );
        let error = read_page::<User, _>(&throttled).unwrap_err();
        let ResponseError::Throttled(graph) = &error else {
            panic!("{error:?}");
        };
        assert_eq!(graph.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(graph.retry_after(), Some(expected));
        assert_eq!(error.retry_after(), Some(expected));
        assert_eq!(graph.code(), Some("TooManyRequests"));
        assert_eq!(graph.message(), Some("Please retry again later."));
        let inner = graph.inner_error().unwrap();
        assert_eq!(
            inner.request_id(),
            Some("94fb3b52-452a-4535-a601-69e0a90e3aa2")
        );
        assert_eq!(inner.date(), Some("2020-08-18T12:51:51"));
        // The inner error's other keys are kept.
        assert_eq!(inner.other()["code"], "429");
        assert_eq!(inner.other()["message"], "Please retry after");
        assert_eq!(inner.other()["status"], "429");
    }
}

#[test]
fn a_batch_mixing_200_204_404_424_and_429() {
    let root = ServiceRoot::v1();
    let mut batch = BatchRequest::new();
    let get_user = root
        .build(
            Operation::new(
                Method::GET,
                User::item_path("87d349ed-44d7-43e1-9a83-5f2406dee5bd"),
            ),
            &Query::new(),
        )
        .unwrap();
    batch
        .push(BatchItem::from_request("1", &get_user, &root).unwrap())
        .unwrap();
    batch
        .push(
            BatchItem::new(
                "2",
                Method::DELETE,
                "/groups/5e1e7d4a-8c2b-4f3d-9a6e-1b0c2d3e4f50",
            )
            .unwrap(),
        )
        .unwrap();
    batch
        .push(
            BatchItem::new(
                "3",
                Method::GET,
                "/users/0b5c7a1e-3f7d-4e52-9a1b-6c2d8e4f0a37",
            )
            .unwrap(),
        )
        .unwrap();
    let search = Query::new().filter(prop("displayName").starts_with("Adele"));
    let list = root
        .build(Operation::new(Method::GET, "/users".to_owned()), &search)
        .unwrap();
    batch
        .push(BatchItem::from_request("4", &list, &root).unwrap())
        .unwrap();
    batch
        .push(
            BatchItem::new(
                "5",
                Method::PATCH,
                "/users/87d349ed-44d7-43e1-9a83-5f2406dee5bd",
            )
            .unwrap()
            .json_body(&serde_json::json!({"jobTitle": "Store Manager"}))
            .unwrap()
            .depends_on(["4"]),
        )
        .unwrap();
    let request = root
        .build(batch.to_operation().unwrap(), &Query::new())
        .unwrap();
    assert_eq!(request.method(), Method::POST);
    assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/$batch");
    assert_eq!(request.headers()["content-type"], "application/json");
    assert_eq!(
        std::str::from_utf8(request.body().as_bytes().unwrap()).unwrap(),
        concat!(
            r#"{"requests":["#,
            r#"{"id":"1","method":"GET","url":"/users/87d349ed-44d7-43e1-9a83-5f2406dee5bd"},"#,
            r#"{"id":"2","method":"DELETE","url":"/groups/5e1e7d4a-8c2b-4f3d-9a6e-1b0c2d3e4f50"},"#,
            r#"{"id":"3","method":"GET","url":"/users/0b5c7a1e-3f7d-4e52-9a1b-6c2d8e4f0a37"},"#,
            r#"{"id":"4","method":"GET","url":"/users?$filter=startswith(displayName,%27Adele%27)"},"#,
            r#"{"id":"5","method":"PATCH","url":"/users/87d349ed-44d7-43e1-9a83-5f2406dee5bd","dependsOn":["4"],"#,
            r#""headers":{"Content-Type":"application/json"},"body":{"jobTitle":"Store Manager"}}]}"#,
        )
    );

    let body = fixture!("batch-response.json");
    let responses = BatchResponse::read(&response(200, &[], body)).unwrap();
    assert_eq!(serde_json::to_value(&responses).unwrap(), json(body));
    let matched = responses.match_requests(&batch).unwrap();
    let statuses: Vec<_> = matched
        .iter()
        .map(|(item, r)| (item.id(), r.status().as_u16()))
        .collect();
    assert_eq!(
        statuses,
        [("1", 200), ("2", 204), ("3", 404), ("4", 429), ("5", 424)]
    );

    let user: User = matched[0].1.read_entity().unwrap();
    assert_eq!(user.display_name.as_deref(), Some("Adele Vance"));
    assert_eq!(
        user.additional_data.odata_context().as_deref(),
        Some("https://graph.microsoft.com/v1.0/$metadata#users/$entity")
    );
    matched[1].1.read_no_content().unwrap();
    match matched[2].1.read_entity::<User>() {
        Err(ResponseError::Graph(graph)) => {
            assert_eq!(graph.status(), StatusCode::NOT_FOUND);
            assert_eq!(graph.code(), Some("Request_ResourceNotFound"));
            assert_eq!(
                graph.request_id(),
                Some("3f0b6a52-1c7d-4d3e-8f5a-2e9b7c1d4a60")
            );
        }
        other => panic!("{other:?}"),
    }
    match matched[3].1.read_page::<User>() {
        Err(ResponseError::Throttled(graph)) => {
            assert_eq!(
                graph.retry_after(),
                Some(RetryAfter::Delay(Duration::from_secs(10)))
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        matched[4].1.check(),
        Err(ResponseError::FailedDependency(_))
    ));

    // Retry just the throttled request and the one that failed behind it.
    let plan = responses.retry(&batch, UNIX_EPOCH).unwrap();
    assert_eq!(plan.wait, Duration::from_secs(10));
    let ids: Vec<_> = plan.batch.items().iter().map(|item| item.id()).collect();
    assert_eq!(ids, ["4", "5"]);
    assert_eq!(plan.batch.items()[1].dependencies(), ["4"]);
}

#[test]
fn pages_never_default_a_bad_item() {
    let body = r#"{"value":[{"id":"a"},{"id":"b","displayName":42},{"id":"c"}]}"#;
    match read_page::<User, _>(&response(200, &[], body)) {
        Err(ResponseError::Item(error)) => {
            assert_eq!(error.index, 1);
            assert!(error.to_string().contains("item 1"), "{error}");
        }
        other => panic!("{other:?}"),
    }
    // Truncated or not JSON: a clear body error, never an empty page.
    let page_1 = fixture!("users-page-1.json");
    for cut in [1, page_1.len() / 3, page_1.len() / 2, page_1.len() - 2] {
        let error = read_page::<User, _>(&response(200, &[], &page_1[..cut])).unwrap_err();
        assert!(matches!(error, ResponseError::Body(_)), "{cut}: {error}");
        assert!(error.to_string().contains("truncated"), "{cut}: {error}");
    }
    let error =
        read_page::<User, _>(&response(200, &[], "<html>502 Bad Gateway</html>")).unwrap_err();
    assert!(error.to_string().contains("not JSON"), "{error}");
}
