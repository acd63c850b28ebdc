//! The one road to a request: every kind of call — CRUD, action, function, media stream,
//! absolute next link, next page, pre-authenticated URL, batch item — is built by
//! `ServiceRoot::build`, and each request is compared exactly: method, URL, every header,
//! body.

use graph_entity::batch::{BatchError, BatchItem, BatchRequest};
use graph_entity::http::header::{HeaderName, HeaderValue};
use graph_entity::http::{Method, Request};
use graph_entity::request::{Body, PreAuthenticated};
use graph_entity::response::page::Pager;
use graph_entity::{GraphEntity, Operation, Query, RequestError, ServiceRoot};
use graph_entity_tests::directory::*;
use graph_entity_tests::drive_items::DriveItem;

const ROOT: &str = "https://graph.microsoft.com/v1.0";

/// Method, URL, headers (sorted `name: value`) and body as text (`<stream>` for a stream).
fn shape(request: &Request<Body>) -> (Method, String, Vec<String>, String) {
    let mut headers: Vec<String> = request
        .headers()
        .iter()
        .map(|(name, value)| format!("{name}: {}", value.to_str().unwrap()))
        .collect();
    headers.sort();
    let body = match request.body().as_bytes() {
        Some(bytes) => String::from_utf8(bytes.to_vec()).unwrap(),
        None => "<stream>".to_owned(),
    };
    (
        request.method().clone(),
        request.uri().to_string(),
        headers,
        body,
    )
}

fn built(operation: impl Into<Operation>) -> (Method, String, Vec<String>, String) {
    let request = ServiceRoot::v1().build(operation, &Query::new()).unwrap();
    shape(&request)
}

fn expect(
    method: Method,
    url: &str,
    headers: &[&str],
    body: &str,
) -> (Method, String, Vec<String>, String) {
    let mut headers: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
    headers.sort();
    (method, url.to_owned(), headers, body.to_owned())
}

const JSON: &str = "accept: application/json";
const JSON_BODY: &str = "content-type: application/json";

#[test]
fn crud_through_the_typed_steps_and_the_thin_crud_forms() {
    let query = Query::<User>::typed()
        .select([User::DISPLAY_NAME])
        .top(5)
        .count(true);
    let list = ServiceRoot::v1()
        .build(User::collection().list(), &query)
        .unwrap();
    assert_eq!(
        shape(&list),
        expect(
            Method::GET,
            &format!("{ROOT}/users?$select=displayName&$top=5&$count=true"),
            &[JSON, "consistencylevel: eventual"],
            ""
        )
    );
    // The CRUD forms of `GraphEntity` are the same operations as the typed steps'.
    assert_eq!(User::list(), User::collection().list().into_operation());
    assert_eq!(User::get("u/1"), User::item("u/1").get().into_operation());
    assert_eq!(
        User::delete("u1"),
        User::item("u1").delete().into_operation()
    );

    assert_eq!(
        built(User::item("u/1").get()),
        expect(Method::GET, &format!("{ROOT}/users/u%2F1"), &[JSON], "")
    );
    let user = User {
        display_name: Some("Ada".to_owned()),
        ..User::default()
    };
    assert_eq!(
        built(User::collection().create_with(&user).unwrap()),
        expect(
            Method::POST,
            &format!("{ROOT}/users"),
            &[JSON, JSON_BODY],
            r##"{"@odata.type":"#microsoft.graph.user","displayName":"Ada"}"##
        )
    );
    let patch = UserPatch {
        display_name: Some("Grace".to_owned()).into(),
        ..UserPatch::default()
    };
    let update = User::item("u1")
        .update_with(&patch)
        .unwrap()
        .if_match(r#"W/"2""#);
    assert_eq!(
        built(update),
        expect(
            Method::PATCH,
            &format!("{ROOT}/users/u1"),
            &[JSON, JSON_BODY, r#"if-match: W/"2""#],
            r##"{"@odata.type":"#microsoft.graph.user","displayName":"Grace"}"##
        )
    );
    assert_eq!(
        built(User::item("u1").delete().if_match(r#"W/"3""#)),
        expect(
            Method::DELETE,
            &format!("{ROOT}/users/u1"),
            &[JSON, r#"if-match: W/"3""#],
            ""
        )
    );
}

#[test]
fn actions_and_functions() {
    let moved = User::item("u1")
        .messages()
        .item("m1")
        .r#move(&MoveParameters {
            destination_id: Some("deleteditems".to_owned()),
        })
        .unwrap();
    assert_eq!(
        built(moved),
        expect(
            Method::POST,
            &format!("{ROOT}/users/u1/messages/m1/move"),
            &[JSON, JSON_BODY],
            r#"{"DestinationId":"deleteditems"}"#
        )
    );
    // An action without parameters has no body, and so no `Content-Type`.
    let retire = User::item("u1").managed_devices().item("d1").retire();
    assert_eq!(
        built(retire),
        expect(
            Method::POST,
            &format!("{ROOT}/users/u1/managedDevices/d1/retire"),
            &[JSON],
            ""
        )
    );
    assert_eq!(
        built(User::collection().delta()),
        expect(Method::GET, &format!("{ROOT}/users/delta()"), &[JSON], "")
    );
}

#[test]
fn media_streams_as_bytes_and_as_a_replayable_stream() {
    let item = User::item("u1").drive().items().item("i1");
    assert_eq!(
        built(item.stream(DriveItem::CONTENT).get()),
        expect(
            Method::GET,
            &format!("{ROOT}/users/u1/drive/items/i1/content"),
            &["accept: */*"],
            ""
        )
    );
    let put = item
        .stream(DriveItem::CONTENT)
        .put::<DriveItem>("text/plain", b"hello".to_vec());
    assert_eq!(
        built(put),
        expect(
            Method::PUT,
            &format!("{ROOT}/users/u1/drive/items/i1/content"),
            &[JSON, "content-type: text/plain"],
            "hello"
        )
    );
    // A stream goes through the same road (a JSON batch refuses it: see below).
    let body = Body::stream(Some(5), || {
        Box::pin(futures_util::stream::iter([Ok::<_, std::io::Error>(
            graph_entity::bytes::Bytes::from_static(b"hello"),
        )]))
    });
    let streamed = Operation::new(Method::PUT, "/users/u1/drive/items/i1/content".to_owned())
        .with_body("text/plain", body);
    assert_eq!(
        built(streamed.clone()),
        expect(
            Method::PUT,
            &format!("{ROOT}/users/u1/drive/items/i1/content"),
            &[JSON, "content-type: text/plain"],
            "<stream>"
        )
    );
}

#[test]
fn absolute_links_and_pre_authenticated_urls() {
    let link = "https://graph.microsoft.com/v1.0/users?$skiptoken=X%2BY%27";
    let next = Operation::next_link(link).with_header(
        HeaderName::from_static("consistencylevel"),
        HeaderValue::from_static("eventual"),
    );
    // Under any root, the link is sent exactly, with the headers the listing carries.
    let proxy = ServiceRoot::parse("https://proxy.example/graph/v1.0").unwrap();
    let request = proxy.build(next.clone(), &Query::new()).unwrap();
    assert_eq!(
        shape(&request),
        expect(Method::GET, link, &[JSON, "consistencylevel: eventual"], "")
    );
    assert!(request.extensions().get::<PreAuthenticated>().is_none());
    assert_eq!(
        proxy.build(next, &Query::new().top(1)).err(),
        Some(RequestError::QueryInPath(link.to_owned()))
    );
    assert!(matches!(
        proxy.build(Operation::next_link(format!("{link}#x")), &Query::new()),
        Err(RequestError::InvalidTarget { .. })
    ));

    let upload = "https://contoso-my.sharepoint.com/personal/u/_api/up?tempauth=a.b";
    let put = Operation::pre_authenticated(Method::PUT, upload)
        .with_bytes("application/octet-stream", b"12345".to_vec())
        .with_header(
            HeaderName::from_static("content-range"),
            HeaderValue::from_static("bytes 0-4/5"),
        );
    assert!(put.is_pre_authenticated());
    let request = ServiceRoot::v1().build(put, &Query::new()).unwrap();
    assert_eq!(
        shape(&request),
        expect(
            Method::PUT,
            upload,
            &[
                JSON,
                "content-range: bytes 0-4/5",
                "content-type: application/octet-stream"
            ],
            "12345"
        )
    );
    assert_eq!(
        request.extensions().get::<PreAuthenticated>(),
        Some(&PreAuthenticated)
    );
}

#[test]
fn batch_items_are_built_on_the_road() {
    let root = ServiceRoot::v1();
    let prefer = (
        HeaderName::from_static("prefer"),
        HeaderValue::from_static("outlook.body-content-type=\"text\""),
    );
    let delete = User::item("u/1").delete().if_match(r#"W/"1""#);
    let update = User::item("u1")
        .update_with(&UserPatch {
            display_name: Some("Grace".to_owned()).into(),
            ..UserPatch::default()
        })
        .unwrap()
        .into_operation()
        .with_header(prefer.0.clone(), prefer.1.clone());
    // The item of an operation is the item of its request on the road, its own headers
    // included: method, path, headers but `Accept`, JSON body.
    for (id, operation) in [("1", delete.into_operation()), ("2", update)] {
        let request = root.build(operation.clone(), &Query::new()).unwrap();
        let from_request = BatchItem::from_request(id, &request, &root).unwrap();
        let from_operation = BatchItem::from_operation(id, operation).unwrap();
        assert_eq!(from_operation, from_request, "item {id}");
    }
    let mut batch = BatchRequest::new();
    let delete = User::item("u/1").delete().if_match(r#"W/"1""#);
    batch
        .push(BatchItem::from_operation("1", delete).unwrap())
        .unwrap();
    let message = User::item("u1")
        .messages()
        .item("m1")
        .get()
        .into_operation()
        .with_header(prefer.0, prefer.1);
    batch
        .push(BatchItem::from_operation("2", message).unwrap())
        .unwrap();
    let query = Query::<User>::typed().select([User::DISPLAY_NAME]);
    let request = root.build(User::collection().list(), &query).unwrap();
    batch
        .push(BatchItem::from_request("3", &request, &root).unwrap())
        .unwrap();
    // The `POST /$batch` itself is an operation on the road.
    let outer = root
        .build(batch.to_operation().unwrap(), &Query::new())
        .unwrap();
    assert_eq!(
        shape(&outer),
        expect(
            Method::POST,
            &format!("{ROOT}/$batch"),
            &[JSON, JSON_BODY],
            concat!(
                r#"{"requests":["#,
                r#"{"id":"1","method":"DELETE","url":"/users/u%2F1","headers":{"if-match":"W/\"1\""}},"#,
                r#"{"id":"2","method":"GET","url":"/users/u1/messages/m1","headers":{"prefer":"outlook.body-content-type=\"text\""}},"#,
                r#"{"id":"3","method":"GET","url":"/users?$select=displayName"}]}"#,
            )
        )
    );
}

#[test]
fn a_batch_item_refuses_a_stream_an_absolute_url_and_a_media_body() {
    let body = Body::stream(Some(2), || {
        Box::pin(futures_util::stream::iter([Ok::<_, std::io::Error>(
            graph_entity::bytes::Bytes::from_static(b"{}"),
        )]))
    });
    // Even one that says it is JSON: a stream cannot be written into the batch's body.
    let streamed =
        Operation::new(Method::POST, "/users".to_owned()).with_body("application/json", body);
    assert_eq!(
        BatchItem::from_operation("s", streamed.clone()),
        Err(BatchError::StreamingBody { id: "s".to_owned() })
    );
    let root = ServiceRoot::v1();
    let request = root.build(streamed, &Query::new()).unwrap();
    assert_eq!(
        BatchItem::from_request("s", &request, &root),
        Err(BatchError::StreamingBody { id: "s".to_owned() })
    );
    let link = "https://graph.microsoft.com/v1.0/users?$skiptoken=X";
    assert_eq!(
        BatchItem::from_operation("n", Operation::next_link(link)),
        Err(BatchError::InvalidUrl(link.to_owned()))
    );
    let put = User::item("u1")
        .drive()
        .items()
        .item("i1")
        .stream(DriveItem::CONTENT)
        .put::<DriveItem>("text/plain", b"{}".to_vec());
    assert!(matches!(
        BatchItem::from_operation("m", put),
        Err(BatchError::BodyNotJson { .. })
    ));
}

#[test]
fn a_next_page_is_built_on_the_road_with_the_listing_headers() {
    let query = Query::<User>::typed()
        .select([User::DISPLAY_NAME])
        .count(true);
    let list = User::collection().list().into_operation().with_header(
        HeaderName::from_static("prefer"),
        HeaderValue::from_static("odata.maxpagesize=2"),
    );
    let first = ServiceRoot::v1().build(list, &query).unwrap();
    let mut pager = Pager::new(&first).unwrap();
    let link = format!("{ROOT}/users?$select=displayName&$count=true&$skiptoken=X%2BY%27");
    let page = format!(r#"{{"value":[],"@odata.nextLink":"{link}"}}"#);
    pager
        .read::<User, _>(&graph_entity::http::Response::new(page))
        .unwrap();
    let next = pager.next_request().unwrap();
    // The carried headers (`ConsistencyLevel`, `Prefer`, `Accept`), and nothing else.
    let carried = [
        JSON,
        "consistencylevel: eventual",
        "prefer: odata.maxpagesize=2",
    ];
    assert_eq!(shape(&next), expect(Method::GET, &link, &carried, ""));
    // Exactly what the road builds of the next link with those headers, under any root.
    let on_the_road = Operation::next_link(&link)
        .with_header(
            HeaderName::from_static("consistencylevel"),
            HeaderValue::from_static("eventual"),
        )
        .with_header(
            HeaderName::from_static("prefer"),
            HeaderValue::from_static("odata.maxpagesize=2"),
        );
    let proxy = ServiceRoot::parse("https://proxy.example/graph/v1.0").unwrap();
    assert_eq!(
        shape(&next),
        shape(&proxy.build(on_the_road, &Query::new()).unwrap())
    );
    // A cursor resumed later builds the same request.
    let resumed = Pager::resume(pager.cursor()).unwrap();
    assert_eq!(shape(&resumed.next_request().unwrap()), shape(&next));
}
