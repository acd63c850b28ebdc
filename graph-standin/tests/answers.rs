//! The stand-in's answers that a wrong client could otherwise pass against, over loopback with
//! the project's client (reqwest on tokio to axum/hyper): unimplemented query options are
//! refused with Graph's `400`, `/$count` honours `$filter`, `$top=0` returns nothing, a `POST`
//! under a missing parent is a `404`, errors carry Graph's `innerError.date`, and a `201`
//! carries `@odata.context`.

use graph_entity::client::{Client, StaticToken};
use graph_entity::http::{HeaderMap, Method, StatusCode};
use graph_entity::query::{Order, Query};
use graph_entity::request::Body;
use graph_entity::{Operation, ServiceRoot, item_path};
use graph_standin::StandIn;
use serde_json::{Value, json};

/// A status, the headers and the body (JSON, or a JSON string for a text body).
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Value,
}

impl Answer {
    /// Asserts that this is Graph's error with `status` and `code`, that its message holds
    /// `named`, and that `innerError` carries the response's request ids.
    fn assert_error(&self, status: StatusCode, code: &str, named: &str) {
        assert_eq!(self.status, status, "{}", self.body);
        let error = &self.body["error"];
        assert_eq!(error["code"], code, "{}", self.body);
        let message = error["message"].as_str().expect("a message");
        assert!(message.contains(named), "{message:?} names {named:?}");
        let request_id = self.headers["request-id"].to_str().unwrap();
        assert!(!request_id.is_empty());
        assert_eq!(error["innerError"]["request-id"], request_id);
        assert_eq!(
            error["innerError"]["client-request-id"],
            self.headers["client-request-id"].to_str().unwrap()
        );
    }
}

struct Service {
    standin: StandIn,
    client: Client,
}

impl Service {
    async fn start(builder: graph_standin::Builder) -> Service {
        let standin = builder.start().await.unwrap();
        let client = Client::builder(
            ServiceRoot::parse(&standin.service_root()).unwrap(),
            StaticToken::new("unused"),
        )
        .build()
        .unwrap();
        Service { standin, client }
    }

    /// Sends `method` to `target` (a path under the root, with its query string as written).
    async fn send(&self, method: Method, target: &str, body: Option<Value>) -> Answer {
        let mut operation = Operation::new(method, target.to_owned());
        if let Some(body) = body {
            operation = operation.with_json(&body).unwrap();
        }
        let request = self.client.root().build(operation, &Query::new()).unwrap();
        self.answer(request).await
    }

    async fn answer<B: Into<Body>>(&self, request: graph_entity::http::Request<B>) -> Answer {
        let response = self.client.send(request).await.unwrap();
        let body = serde_json::from_slice(response.body()).unwrap_or_else(|_| {
            Value::String(String::from_utf8_lossy(response.body()).into_owned())
        });
        Answer {
            status: response.status(),
            headers: response.headers().clone(),
            body,
        }
    }

    async fn get(&self, target: &str) -> Answer {
        self.send(Method::GET, target, None).await
    }
}

fn users(n: usize) -> graph_standin::Builder {
    let kinds = ["guest", "member", "guest", "member", "guest"];
    let items = (0..n)
        .map(|i| json!({"id": format!("u{i}"), "displayName": format!("User {i}"), "kind": kinds[i % 5]}))
        .collect();
    StandIn::builder().seed_json("/users", items).unwrap()
}

fn ids(page: &Value) -> Vec<&str> {
    page["value"]
        .as_array()
        .expect("a page")
        .iter()
        .map(|item| item["id"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn unimplemented_query_options_are_refused_with_graphs_400() {
    let service = Service::start(users(3)).await;
    // In reverse order of creation, so that an ignored `$orderby` could not pass by chance.
    for (query, option) in [
        ("$orderby=displayName%20desc", "$orderby"),
        ("$orderBy=displayName", "$orderBy"),
        ("$skip=1", "$skip"),
        ("$expand=manager", "$expand"),
        ("$search=%22displayName:User%22", "$search"),
        ("$apply=groupby((kind))", "$apply"),
        ("$compute=length(displayName)%20as%20n", "$compute"),
        ("$format=json", "$format"),
        ("$levels=2", "$levels"),
        ("$selct=id", "$selct"),
        ("%24index=1", "$index"),
        ("$top=2&$orderby=id", "$orderby"),
    ] {
        service.get(&format!("/users?{query}")).await.assert_error(
            StatusCode::BAD_REQUEST,
            "Request_UnsupportedQuery",
            option,
        );
    }

    // As the client's typed options write them.
    for query in [
        Query::new().order_by("displayName", Order::Ascending),
        Query::new().skip(1),
        Query::new().search("displayName:User"),
    ] {
        let users = Operation::new(Method::GET, "/users".to_owned());
        let request = service.client.root().build(users, &query).unwrap();
        let answer = service.answer(request).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
        assert_eq!(answer.body["error"]["code"], "Request_UnsupportedQuery");
    }

    // Where an option is implemented matters: on one item only `$select`, on `/$count` only
    // `$filter`, nothing on a create.
    for (method, target, option) in [
        (Method::GET, "/users/u1?$top=1", "$top"),
        (Method::GET, "/users/u1?$expand=manager", "$expand"),
        (Method::GET, "/users/$count?$top=1", "$top"),
        (Method::GET, "/users/$count?$search=x", "$search"),
        (Method::POST, "/users?$select=id", "$select"),
    ] {
        service
            .send(method, target, Some(json!({"id": "new"})))
            .await
            .assert_error(StatusCode::BAD_REQUEST, "Request_UnsupportedQuery", option);
    }
    assert_eq!(service.standin.items("/users").len(), 3, "nothing created");

    // An option given twice is refused too, whatever the case of its name.
    service.get("/users?$top=1&$TOP=2").await.assert_error(
        StatusCode::BAD_REQUEST,
        "BadRequest",
        "specified more than once",
    );
    service.get("/users?$count=yes").await.assert_error(
        StatusCode::BAD_REQUEST,
        "BadRequest",
        "$count",
    );

    // What the stand-in implements still answers, names in any case; a custom (`$`-less)
    // option is left alone, as OData allows.
    let page = service
        .get(
            "/users?$SELECT=displayName&$Filter=kind%20eq%20%27guest%27&$top=5&$count=true&trace=1",
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(ids(&page.body), ["u0", "u2"]);
    assert_eq!(page.body["@odata.count"], 2);
    assert!(page.body["value"][0].get("kind").is_none(), "{}", page.body);
    let item = service.get("/users/u1?$select=kind").await;
    assert_eq!(item.status, StatusCode::OK);
    assert_eq!(item.body["kind"], "member");
    assert!(item.body.get("displayName").is_none());

    // A batch item is refused alike, and the others of the batch still answer.
    let batch = service
        .send(
            Method::POST,
            "/$batch",
            Some(json!({"requests": [
                {"id": "1", "method": "GET", "url": "/users?$orderby=displayName"},
                {"id": "2", "method": "GET", "url": "/users?$top=1"},
            ]})),
        )
        .await;
    assert_eq!(batch.status, StatusCode::OK);
    let responses = batch.body["responses"].as_array().unwrap();
    assert_eq!(responses[0]["status"], 400);
    assert_eq!(
        responses[0]["body"]["error"]["code"],
        "Request_UnsupportedQuery"
    );
    assert!(
        responses[0]["body"]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("$orderby")
    );
    assert_eq!(responses[1]["status"], 200);
    assert_eq!(ids(&responses[1]["body"]), ["u0"]);
}

#[tokio::test]
async fn the_count_segment_counts_only_the_matching_items() {
    let service = Service::start(users(5)).await;
    let count = |answer: Answer| {
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        assert_eq!(answer.headers["content-type"], "text/plain");
        answer.body
    };
    assert_eq!(count(service.get("/users/$count").await), json!(5));
    assert_eq!(
        count(
            service
                .get("/users/$count?$filter=kind%20eq%20%27guest%27")
                .await
        ),
        json!(3)
    );
    assert_eq!(
        count(
            service
                .get("/users/$count?$filter=kind%20eq%20%27guest%27%20and%20id%20ne%20%27u0%27")
                .await
        ),
        json!(2)
    );
    assert_eq!(
        count(
            service
                .get("/users/$count?$filter=kind%20eq%20%27none%27")
                .await
        ),
        json!(0)
    );
    // The listing's `@odata.count` agrees with the segment.
    let page = service
        .get("/users?$filter=kind%20eq%20%27guest%27&$count=true&$top=1")
        .await;
    assert_eq!(page.body["@odata.count"], 3);
    service
        .get("/users/$count?$filter=startswith(kind,'g')")
        .await
        .assert_error(StatusCode::BAD_REQUEST, "BadRequest", "startswith");
}

#[tokio::test]
async fn top_zero_returns_no_items_and_a_next_link_only_while_items_remain() {
    let service = Service::start(users(3)).await;
    let none = service.get("/users?$top=0").await;
    assert_eq!(none.status, StatusCode::OK, "{}", none.body);
    assert_eq!(none.body["value"], json!([]));
    // A page of none would never get further: no next link.
    assert!(none.body.get("@odata.nextLink").is_none(), "{}", none.body);
    let counted = service.get("/users?$top=0&$count=true").await;
    assert_eq!(counted.body["value"], json!([]));
    assert_eq!(counted.body["@odata.count"], 3);

    let first = service.get("/users?$top=2").await;
    assert_eq!(ids(&first.body), ["u0", "u1"]);
    let next = first.body["@odata.nextLink"]
        .as_str()
        .expect("one item remains");
    let rest = service
        .answer(
            graph_entity::http::Request::get(next)
                .body(Vec::new())
                .unwrap(),
        )
        .await;
    assert_eq!(ids(&rest.body), ["u2"]);
    assert!(rest.body.get("@odata.nextLink").is_none(), "{}", rest.body);
    let all = service.get("/users?$top=3").await;
    assert_eq!(ids(&all.body), ["u0", "u1", "u2"]);
    assert!(all.body.get("@odata.nextLink").is_none(), "{}", all.body);
}

#[tokio::test]
async fn a_post_under_a_missing_parent_is_404() {
    // On a fresh stand-in: `/users` is a Graph entity set, so `missing` is one of its keys.
    let service = Service::start(StandIn::builder()).await;
    let message = json!({"subject": "hi"});
    service
        .send(
            Method::POST,
            "/users/missing/messages",
            Some(message.clone()),
        )
        .await
        .assert_error(
            StatusCode::NOT_FOUND,
            "Request_ResourceNotFound",
            "'missing'",
        );
    assert!(service.standin.items("/users/missing/messages").is_empty());

    // A top-level collection is still created by a POST, and a POST under an existing parent
    // still works, at any depth.
    let user = service
        .send(Method::POST, "/users", Some(json!({"id": "u1"})))
        .await;
    assert_eq!(user.status, StatusCode::CREATED, "{}", user.body);
    let created = service
        .send(Method::POST, "/users/u1/messages", Some(message.clone()))
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let folder = service
        .send(
            Method::POST,
            &format!("{}/mailFolders", item_path("/users", "u1")),
            Some(json!({"id": "in box"})),
        )
        .await;
    assert_eq!(folder.status, StatusCode::CREATED, "{}", folder.body);
    let nested = service
        .send(
            Method::POST,
            &format!("{}/messages", item_path("/users/u1/mailFolders", "in box")),
            Some(message.clone()),
        )
        .await;
    assert_eq!(nested.status, StatusCode::CREATED, "{}", nested.body);
    // An undeclared collection under a singleton, as before.
    let connector = service
        .send(
            Method::POST,
            "/deviceManagement/exchangeConnectors",
            Some(json!({"serverName": "a"})),
        )
        .await;
    assert_eq!(connector.status, StatusCode::CREATED, "{}", connector.body);

    // Missing parents at any depth, and in a collection only created by a POST.
    for (target, missing) in [
        ("/users/u2/messages", "'u2'"),
        ("/users/u1/mailFolders/outbox/messages", "'outbox'"),
        (
            "/users/u1/mailFolders/outbox/messages/m1/attachments",
            "'outbox'",
        ),
        ("/deviceManagement/exchangeConnectors/nope/notes", "'nope'"),
    ] {
        service
            .send(Method::POST, target, Some(message.clone()))
            .await
            .assert_error(StatusCode::NOT_FOUND, "Request_ResourceNotFound", missing);
    }
    assert!(service.standin.items("/users/u2/messages").is_empty());
    assert_eq!(service.standin.items("/users").len(), 1);
}

#[tokio::test]
async fn an_errors_date_is_iso_8601_without_offset() {
    use time::format_description::well_known::Iso8601;

    let service = Service::start(users(1)).await;
    let before = time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .unwrap();
    let request = graph_entity::http::Request::get(format!(
        "{}/users/nobody",
        service.standin.service_root()
    ))
    .header("client-request-id", "my-request-7")
    .body(Vec::new())
    .unwrap();
    let missing = service.answer(request).await;
    let after = time::OffsetDateTime::now_utc();
    missing.assert_error(StatusCode::NOT_FOUND, "Request_ResourceNotFound", "nobody");
    // The client's own request id is echoed, in the headers and in the body; the request id is
    // the stand-in's own, new for every request, as Graph's is.
    assert_eq!(missing.headers["client-request-id"], "my-request-7");
    assert_eq!(
        missing.body["error"]["innerError"]["client-request-id"],
        "my-request-7"
    );
    let request_id = missing.headers["request-id"]
        .to_str()
        .expect("a request id");
    assert_ne!(request_id, "my-request-7");
    assert_eq!(
        missing.body["error"]["innerError"]["request-id"],
        request_id
    );
    let again = service
        .answer(
            graph_entity::http::Request::get(format!(
                "{}/users/nobody",
                service.standin.service_root()
            ))
            .header("client-request-id", "my-request-7")
            .body(Vec::new())
            .unwrap(),
        )
        .await;
    assert_ne!(
        again.headers["request-id"], request_id,
        "a new id per request"
    );
    // Without a client-request-id, Graph echoes its request id as the client's.
    let bare = service
        .answer(
            graph_entity::http::Request::get(format!(
                "{}/users/nobody",
                service.standin.service_root()
            ))
            .body(Vec::new())
            .unwrap(),
        )
        .await;
    assert_eq!(
        bare.headers["client-request-id"],
        bare.headers["request-id"]
    );
    let date = missing.body["error"]["innerError"]["date"]
        .as_str()
        .expect("a date");
    // `2026-12-06T23:04:22`: no offset, no fraction, no weekday.
    assert_eq!(date.len(), 19, "{date}");
    assert!(
        date.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            10 => b == b'T',
            13 | 16 => b == b':',
            _ => b.is_ascii_digit(),
        }),
        "{date}"
    );
    let at = time::PrimitiveDateTime::parse(date, &Iso8601::DEFAULT)
        .expect("ISO 8601")
        .assume_utc();
    assert!(before <= at && at <= after, "{before} <= {at} <= {after}");
}

#[tokio::test]
async fn a_201_carries_odata_context_and_the_store_does_not() {
    let service = Service::start(StandIn::builder()).await;
    let root = service.standin.service_root();
    let created = service
        .send(
            Method::POST,
            "/users",
            Some(json!({"id": "u1", "displayName": "Ada", "@odata.context": "forged"})),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    assert_eq!(
        created.body,
        json!({
            "@odata.context": format!("{root}/$metadata#users/$entity"),
            "@odata.etag": "W/\"1\"",
            "id": "u1",
            "displayName": "Ada",
        })
    );
    // What was stored is what was sent (less the control information), nothing added.
    assert_eq!(
        service.standin.items("/users"),
        [json!({"@odata.etag": "W/\"1\"", "id": "u1", "displayName": "Ada"})]
    );

    // A GET of the item answers the same context; a listing the collection's.
    let item = service.get("/users/u1").await;
    assert_eq!(item.body, created.body);
    let list = service.get("/users").await;
    assert_eq!(
        list.body["@odata.context"],
        format!("{root}/$metadata#users")
    );
    assert!(list.body["value"][0].get("@odata.context").is_none());

    // Contained: the context follows the path, its keys written as in a URL.
    let message = service
        .send(
            Method::POST,
            "/users/u1/messages",
            Some(json!({"id": "m 1"})),
        )
        .await;
    assert_eq!(message.status, StatusCode::CREATED, "{}", message.body);
    assert_eq!(
        message.body["@odata.context"],
        format!("{root}/$metadata#users/u1/messages/$entity")
    );
    assert_eq!(
        service
            .get(&item_path("/users/u1/messages", "m 1"))
            .await
            .body["@odata.context"],
        message.body["@odata.context"]
    );
    assert_eq!(
        service.get("/users/u1/messages").await.body["@odata.context"],
        format!("{root}/$metadata#users/u1/messages")
    );
    assert_eq!(
        service.standin.items("/users/u1/messages"),
        [json!({"@odata.etag": "W/\"1\"", "id": "m 1"})]
    );
}

/// A batch's item responses spell their headers as Graph does (`Content-Type`, which
/// Microsoft's JavaScript client reads an item's body under), and an item URL that repeats the
/// version gets Graph's 400 rather than a 404.
#[tokio::test]
async fn batch_items_are_framed_as_graph_frames_them() {
    let service = Service::start(users(2)).await;
    let batch = service
        .send(
            Method::POST,
            "/$batch",
            Some(json!({"requests": [
                {"id": "1", "method": "GET", "url": "/users?$top=1"},
                {"id": "2", "method": "GET", "url": "/v1.0/users"},
                {"id": "3", "method": "GET", "url": "beta/users/u0"},
            ]})),
        )
        .await;
    assert_eq!(batch.status, StatusCode::OK, "{}", batch.body);
    let responses = batch.body["responses"].as_array().expect("responses");
    assert_eq!(responses[0]["status"], 200);
    let headers = responses[0]["headers"].as_object().expect("headers");
    assert!(
        headers["Content-Type"]
            .as_str()
            .is_some_and(|v| v.starts_with("application/json")),
        "{headers:?}"
    );
    assert!(!headers.contains_key("content-type"), "{headers:?}");
    for (response, segment) in [(&responses[1], "v1.0"), (&responses[2], "beta")] {
        assert_eq!(response["status"], 400, "{response}");
        assert_eq!(response["body"]["error"]["code"], "BadRequest");
        assert_eq!(
            response["body"]["error"]["message"],
            format!("Resource not found for the segment '{segment}'.")
        );
        assert!(
            response["headers"]["Content-Type"].is_string(),
            "{response}"
        );
    }
}
