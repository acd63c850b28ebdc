//! The client against the stand-in, over loopback: real HTTP (reqwest on tokio to axum/hyper),
//! no mocks.

use std::collections::HashSet;
use std::time::{Duration, Instant, SystemTime};

use graph_entity::batch::{BatchItem, BatchRequest};
use graph_entity::client::{
    Client, ClientCredentials, ClientError, RetryPolicy, StaticToken, TokenProvider, TryStreamExt,
};
use graph_entity::http::{Method, StatusCode};
use graph_entity::query::prop;
use graph_entity::resources::{
    DeviceManagementExchangeConnector as Connector,
    DeviceManagementExchangeConnectorPatch as Patch,
    DeviceManagementExchangeConnectorStatus as Status,
    DeviceManagementExchangeConnectorSyncParameters as SyncParameters,
    DeviceManagementExchangeConnectorSyncType as SyncType,
};
use graph_entity::{GraphEntity, Operation, Query, RetryAfter, ServiceRoot};
use graph_standin::{Call, Failure, Fault, LoggedRequest, StandIn};
use serde_json::{Value, json};

const CONNECTORS: &str = "/deviceManagement/exchangeConnectors";

fn fast_retries() -> RetryPolicy {
    RetryPolicy::default().backoff(Duration::from_millis(10), Duration::from_millis(100))
}

/// `sync`: needs `syncType`, and stamps `lastSyncDateTime` and the sync type it ran.
fn sync(call: Call<'_>) -> Result<Option<Value>, Failure> {
    let kind = match call.parameters.get("syncType").and_then(Value::as_str) {
        Some(kind @ ("fullSync" | "deltaSync")) => kind.to_owned(),
        _ => {
            return Err(Failure::bad_request(
                "syncType must be fullSync or deltaSync",
            ));
        }
    };
    let item = call
        .item
        .ok_or_else(|| Failure::bad_request("sync is bound to a connector"))?;
    item.insert("lastSyncDateTime".into(), json!("2026-01-01T00:00:00Z"));
    item.insert("lastSyncType".into(), json!(kind));
    Ok(None)
}

fn builder() -> graph_standin::Builder {
    StandIn::builder()
        .client("app", "s3cret-value")
        .declare::<Connector>()
        .action("sync", sync)
}

async fn connect(standin: &StandIn, policy: RetryPolicy) -> Client {
    let credentials = ClientCredentials::with_token_url(
        &standin.token_url().expect("auth is on"),
        "app",
        "s3cret-value",
    )
    .expect("token URL");
    Client::builder(
        ServiceRoot::parse(&standin.service_root()).unwrap(),
        credentials,
    )
    .retry(policy)
    .build()
    .unwrap()
}

fn connector(name: &str) -> Connector {
    Connector {
        server_name: Some(name.to_owned()),
        status: Some(Status::Connected),
        ..Connector::default()
    }
}

fn service_requests(log: &[LoggedRequest]) -> Vec<&LoggedRequest> {
    log.iter()
        .filter(|r| !r.target.contains("/oauth2/"))
        .collect()
}

#[tokio::test]
async fn full_lifecycle() {
    let standin = builder().start().await.unwrap();
    let client = connect(&standin, fast_retries()).await;

    // create
    let mut keys = Vec::new();
    for name in ["mail01", "mail02", "mail03"] {
        let created = client.create(&connector(name)).await.unwrap();
        assert_eq!(created.server_name.as_deref(), Some(name));
        keys.push(created.id.clone().expect("the service gives a key"));
    }
    let key = keys[0].clone();

    // list, paged
    let query = Query::<Connector>::typed().top(2);
    let pages: Vec<_> = client
        .list::<Connector, _>(&query)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        pages.iter().map(|p| p.value.len()).collect::<Vec<_>>(),
        [2, 1]
    );
    let listed: Vec<_> = pages
        .into_iter()
        .flat_map(|p| p.value)
        .filter_map(|c| c.id)
        .collect();
    assert_eq!(listed, keys);

    // get with $select
    let selected: Connector = client
        .get(
            &key,
            &Query::<Connector>::typed().select([Connector::SERVER_NAME]),
        )
        .await
        .unwrap();
    assert_eq!(selected.server_name.as_deref(), Some("mail01"));
    assert_eq!(selected.status, None, "$select left status out");
    let etag = selected
        .additional_data
        .etag()
        .expect("an etag")
        .into_owned();

    // update one field with If-Match
    let patch = Patch::default().exchange_alias(Some("alias01".to_owned()));
    client
        .update::<Connector>(&key, &patch, Some(&etag))
        .await
        .unwrap();
    // the old tag no longer matches
    let stale = client.update::<Connector>(&key, &patch, Some(&etag)).await;
    assert!(
        matches!(stale, Err(ClientError::PreconditionFailed(_))),
        "{stale:?}"
    );

    // sync with deltaSync
    let operation = Connector::sync(
        &key,
        &SyncParameters {
            sync_type: SyncType::DeltaSync,
        },
    )
    .unwrap();
    let response = client.execute(operation, &Query::new()).await.unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let synced: Connector = client.get(&key, &Query::new()).await.unwrap();
    assert_eq!(synced.exchange_alias.as_deref(), Some("alias01"));
    assert!(synced.last_sync_date_time.is_some());
    assert_eq!(
        synced.additional_data.get("lastSyncType").map(|v| v.get()),
        Some("\"deltaSync\"")
    );

    // delete, then get again: 404 as a typed error
    client.delete::<Connector>(&key, None).await.unwrap();
    match client.get::<Connector, _>(&key, &Query::new()).await {
        Err(ClientError::NotFound(error)) => {
            assert_eq!(error.status(), StatusCode::NOT_FOUND);
            assert_eq!(error.code(), Some("Request_ResourceNotFound"));
            assert!(error.request_id().is_some_and(|id| !id.is_empty()));
        }
        other => panic!("expected NotFound, got {other:?}"),
    }
    let log = standin.requests();
    let methods: Vec<_> = service_requests(&log)
        .iter()
        .map(|r| r.method.as_str())
        .collect();
    assert_eq!(
        methods,
        [
            "POST", "POST", "POST", "GET", "GET", "GET", "PATCH", "PATCH", "POST", "GET", "DELETE",
            "GET"
        ]
    );
    assert_eq!(
        log.iter().filter(|r| r.target.contains("/oauth2/")).count(),
        1,
        "the token is cached"
    );
}

#[tokio::test]
async fn two_hundred_fifty_items_in_three_pages_of_top_100() {
    let items = (0..250)
        .map(|i| json!({"id": format!("k{i:03}"), "serverName": format!("s{i}")}))
        .collect();
    let standin = builder()
        .seed_json(CONNECTORS, items)
        .unwrap()
        .start()
        .await
        .unwrap();
    let client = connect(&standin, fast_retries()).await;
    let mut pages = client
        .list::<Connector, _>(&Query::<Connector>::typed().top(100))
        .unwrap();
    let mut sizes = Vec::new();
    let mut ids = Vec::new();
    while let Some(page) = pages.try_next().await.unwrap() {
        sizes.push(page.value.len());
        ids.extend(page.value.into_iter().filter_map(|c| c.id));
    }
    assert_eq!(sizes, [100, 100, 50]);
    assert_eq!(
        ids,
        (0..250).map(|i| format!("k{i:03}")).collect::<Vec<_>>()
    );
    let log = standin.requests();
    let gets: Vec<_> = service_requests(&log)
        .into_iter()
        .map(|r| r.target.clone())
        .collect();
    assert_eq!(gets.len(), 3);
    assert!(gets[0].ends_with("exchangeConnectors?$top=100"), "{gets:?}");
    assert!(
        gets[1].contains("$top=100") && gets[1].contains("$skiptoken="),
        "{gets:?}"
    );
}

#[tokio::test]
async fn a_repeated_next_link_is_stopped() {
    let items = (0..250).map(|i| json!({"id": format!("k{i}")})).collect();
    let standin = builder()
        .seed_json(CONNECTORS, items)
        .unwrap()
        .start()
        .await
        .unwrap();
    let client = connect(&standin, fast_retries()).await;
    let mut pages = client
        .list::<Connector, _>(&Query::<Connector>::typed().top(100))
        .unwrap();
    assert_eq!(pages.try_next().await.unwrap().unwrap().value.len(), 100);
    // The second page links to itself.
    standin.faults().push(Fault::RepeatNextLink);
    let error = pages
        .try_next()
        .await
        .expect_err("a repeated link is an error");
    assert!(
        matches!(
            error,
            ClientError::Response(graph_entity::error::ResponseError::Paging(
                graph_entity::page::PagingError::RepeatedLink(_)
            ))
        ),
        "{error:?}"
    );
    assert!(
        pages.try_next().await.unwrap().is_none(),
        "the stream ends after the error"
    );
    assert_eq!(service_requests(&standin.requests()).len(), 2);
}

#[tokio::test]
async fn not_found_precondition_failed_and_throttled_are_typed() {
    let standin = builder().start().await.unwrap();
    let policy = fast_retries().max_attempts(3);
    let client = connect(&standin, policy).await;
    let missing = client.get::<Connector, _>("nope", &Query::new()).await;
    assert!(
        matches!(&missing, Err(ClientError::NotFound(_))),
        "{missing:?}"
    );
    assert_eq!(missing.unwrap_err().status(), Some(StatusCode::NOT_FOUND));

    let created = client.create(&connector("m")).await.unwrap();
    let key = created.id.unwrap();
    let wrong = client
        .delete::<Connector>(&key, Some("W/\"999\""))
        .await
        .expect_err("a stale tag");
    assert!(
        matches!(wrong, ClientError::PreconditionFailed(_)),
        "{wrong:?}"
    );
    assert_eq!(
        wrong.graph_error().and_then(|e| e.code()),
        Some("PreconditionFailed")
    );

    // 429 with Retry-After: 1, every time: three attempts, two waits of a second, then the
    // typed error with its Retry-After.
    standin.clear_requests();
    standin.faults().throttle(10, Some("1"));
    let started = Instant::now();
    let throttled = client.get::<Connector, _>(&key, &Query::new()).await;
    let elapsed = started.elapsed();
    standin.faults().clear();
    match &throttled {
        Err(ClientError::Throttled(error)) => {
            assert_eq!(error.status(), StatusCode::TOO_MANY_REQUESTS);
            assert_eq!(
                error.retry_after(),
                Some(RetryAfter::Delay(Duration::from_secs(1)))
            );
        }
        other => panic!("expected Throttled, got {other:?}"),
    }
    assert!(
        elapsed >= Duration::from_secs(2),
        "Retry-After honoured: {elapsed:?}"
    );
    assert!(elapsed < Duration::from_secs(5), "bounded: {elapsed:?}");
    assert_eq!(
        service_requests(&standin.requests()).len(),
        3,
        "max_attempts(3)"
    );

    // Retry-After as an HTTP-date, once: honoured, then the request goes through.
    standin.clear_requests();
    let at = httpdate_in(Duration::from_secs(2));
    standin.faults().throttle(1, Some(&at));
    let started = Instant::now();
    client
        .get::<Connector, _>(&key, &Query::new())
        .await
        .unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );
    let statuses: Vec<_> = service_requests(&standin.requests())
        .iter()
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, [429, 200]);

    // A Retry-After past the total time limit ends the retries at once.
    let client = connect(&standin, fast_retries().max_elapsed(Duration::from_secs(5))).await;
    standin.faults().throttle(1, Some("300"));
    let started = Instant::now();
    let error = client
        .get::<Connector, _>(&key, &Query::new())
        .await
        .unwrap_err();
    assert!(matches!(error, ClientError::Throttled(_)));
    assert!(started.elapsed() < Duration::from_secs(2));

    // No retry on 429, by the user's policy; 503 and 504 are retried.
    let client = connect(
        &standin,
        fast_retries().no_retry_on(StatusCode::TOO_MANY_REQUESTS),
    )
    .await;
    standin.faults().throttle(1, Some("0"));
    assert!(matches!(
        client.get::<Connector, _>(&key, &Query::new()).await,
        Err(ClientError::Throttled(_))
    ));
    standin.faults().unavailable(1, None);
    standin.faults().push(Fault::GatewayTimeout);
    client
        .get::<Connector, _>(&key, &Query::new())
        .await
        .unwrap();
}

fn httpdate_in(delay: Duration) -> String {
    // An HTTP-date has whole seconds: round up so that the wait is at least `delay - 1 s`.
    let at = SystemTime::now() + delay;
    let secs = at.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs() + 1;
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(secs);
    graph_entity::http::HeaderValue::from_str(&format_http_date(at))
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned()
}

fn format_http_date(at: SystemTime) -> String {
    // The stand-in's dependency writes it; the client reads it with graph_entity::RetryAfter.
    let text = RetryAfter::At(at);
    match text {
        RetryAfter::At(at) => httpdate::fmt_http_date(at),
        RetryAfter::Delay(_) => unreachable!(),
    }
}

#[tokio::test]
async fn a_token_expiring_after_two_seconds_is_refreshed_mid_listing() {
    let items = (0..10).map(|i| json!({"id": format!("k{i}")})).collect();
    let standin = builder()
        .token_lifetime(Duration::from_secs(2))
        .seed_json(CONNECTORS, items)
        .unwrap()
        .start()
        .await
        .unwrap();
    let client = connect(&standin, fast_retries()).await;
    standin
        .faults()
        .delay_every_request(Some(Duration::from_millis(700)));
    let started = Instant::now();
    let items = client
        .list::<Connector, _>(&Query::<Connector>::typed().top(2))
        .unwrap()
        .items()
        .await
        .unwrap();
    assert!(
        started.elapsed() > Duration::from_secs(3),
        "the listing outlives a token"
    );
    assert_eq!(items.len(), 10);
    let log = standin.requests();
    let tokens = log.iter().filter(|r| r.target.contains("/oauth2/")).count();
    assert!(tokens >= 2, "the token was refreshed: {log:?}");
    assert!(
        log.iter().all(|r| r.status == 200),
        "no request went out with an expired token: {log:?}"
    );
}

#[tokio::test]
async fn a_bad_token_gets_401_once_retried_with_a_new_one() {
    let standin = builder().start().await.unwrap();
    let client = Client::builder(
        ServiceRoot::parse(&standin.service_root()).unwrap(),
        StaticToken::new("not-a-token"),
    )
    .build()
    .unwrap();
    let error = client
        .get::<Connector, _>("x", &Query::new())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::UNAUTHORIZED));
    assert_eq!(
        error.graph_error().and_then(|e| e.code()),
        Some("InvalidAuthenticationToken")
    );
    assert_eq!(standin.requests().len(), 2);
    let wrong_secret =
        ClientCredentials::with_token_url(&standin.token_url().unwrap(), "app", "Wr0ngSecretXYZ")
            .unwrap();
    let error = wrong_secret.token().await.unwrap_err();
    assert!(error.to_string().contains("invalid_client"), "{error}");
    assert!(
        !error.to_string().contains("Wr0ngSecretXYZ"),
        "no secret in the error: {error}"
    );
}

#[tokio::test]
async fn a_batch_of_20_resends_only_the_5_throttled_items() {
    let standin = builder().start().await.unwrap();
    let client = connect(&standin, fast_retries()).await;
    let root = client.root().clone();
    let mut batch = BatchRequest::new();
    for i in 0..20 {
        let request = root
            .build(
                connector(&format!("b{i}")).create_with().unwrap(),
                &Query::new(),
            )
            .unwrap();
        batch
            .push(BatchItem::from_request(i.to_string(), &request, &root).unwrap())
            .unwrap();
    }
    let throttled = ["2", "5", "11", "17", "19"];
    standin.faults().throttle_batch_items(throttled, Some("1"));
    let started = Instant::now();
    let response = client.batch(&batch).await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "Retry-After of the items honoured"
    );
    for i in 0..20 {
        assert_eq!(
            response.get(&i.to_string()).unwrap().status(),
            StatusCode::CREATED,
            "item {i}"
        );
    }
    let log = standin.requests();
    let items: Vec<_> = log.iter().filter_map(|r| r.batch_item.as_deref()).collect();
    assert_eq!(items.len(), 25);
    assert_eq!(&items[20..], throttled);
    let batches = log.iter().filter(|r| r.target.ends_with("/$batch")).count();
    assert_eq!(batches, 2);
    assert_eq!(standin.items(CONNECTORS).len(), 20, "each created once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn eight_tasks_create_100_each_none_lost_none_duplicated() {
    let standin = builder().start().await.unwrap();
    let client = Client::builder(
        ServiceRoot::parse(&standin.service_root()).unwrap(),
        ClientCredentials::with_token_url(&standin.token_url().unwrap(), "app", "s3cret-value")
            .unwrap(),
    )
    .retry(fast_retries())
    .max_concurrent_requests(4)
    .build()
    .unwrap();
    // Some throttling on the way, retried.
    standin.faults().throttle(6, Some("0"));
    let tasks: Vec<_> = (0..8)
        .map(|task| {
            let client = client.clone();
            tokio::spawn(async move {
                let mut ids = Vec::new();
                for i in 0..100 {
                    let created = client.create(&connector(&format!("t{task}-{i}"))).await?;
                    ids.push(created.id.unwrap_or_default());
                }
                Ok::<_, ClientError>(ids)
            })
        })
        .collect();
    let mut ids = HashSet::new();
    for task in tasks {
        for id in task.await.unwrap().unwrap() {
            assert!(ids.insert(id), "a duplicate key");
        }
    }
    assert_eq!(ids.len(), 800);
    let listed = client
        .list::<Connector, _>(&Query::<Connector>::typed().top(300))
        .unwrap()
        .items()
        .await
        .unwrap();
    let names: HashSet<_> = listed
        .iter()
        .filter_map(|c| c.server_name.clone())
        .collect();
    assert_eq!(listed.len(), 800);
    assert_eq!(names.len(), 800, "none lost, none twice");
    for task in 0..8 {
        for i in 0..100 {
            assert!(names.contains(&format!("t{task}-{i}")));
        }
    }
}

#[tokio::test]
async fn containment_keys_filters_and_counts_in_the_standin() {
    let standin = StandIn::builder()
        .function("countBy", |call: Call<'_>| {
            let status = call
                .parameters
                .get("status")
                .cloned()
                .unwrap_or(Value::Null);
            Ok(Some(json!({"status": status, "key": call.key})))
        })
        .start()
        .await
        .unwrap();
    let client = Client::builder(
        ServiceRoot::parse(&standin.service_root()).unwrap(),
        StaticToken::new("unused"),
    )
    .build()
    .unwrap();
    let root = client.root().clone();
    let send = |method: Method, path: &str, body: Option<Value>| {
        let mut operation = Operation::new(method, path.to_owned());
        if let Some(body) = body {
            operation = operation.with_json(&body).unwrap();
        }
        let request = root.build(operation, &Query::new()).unwrap();
        let client = client.clone();
        async move { client.send(request).await.unwrap() }
    };
    // Any collection path, at any depth, keys as segments or in parentheses.
    let user = send(
        Method::POST,
        "/users",
        Some(json!({"id": "a/b..", "displayName": "A"})),
    )
    .await;
    assert_eq!(user.status(), StatusCode::CREATED);
    for (i, kind) in ["guest", "member", "guest"].iter().enumerate() {
        let path = format!("{}/messages", graph_entity::item_path("/users", "a/b.."));
        let response = send(
            Method::POST,
            &path,
            Some(json!({"id": format!("m{i}"), "kind": kind, "size": i * 10})),
        )
        .await;
        assert_eq!(
            response.status(),
            StatusCode::CREATED,
            "{}",
            String::from_utf8_lossy(response.body())
        );
    }
    let dotted = send(
        Method::POST,
        "/users",
        Some(json!({"id": "..", "displayName": "dots"})),
    )
    .await;
    assert_eq!(dotted.status(), StatusCode::CREATED);
    let read = send(Method::GET, &graph_entity::item_path("/users", ".."), None).await;
    assert_eq!(
        serde_json::from_slice::<Value>(read.body()).unwrap()["displayName"],
        "dots"
    );

    let messages = format!("{}/messages", graph_entity::item_path("/users", "a/b.."));
    let query = Query::new()
        .filter(prop("kind").eq("guest").and(prop("size").ne(0)))
        .count(true);
    let list = Operation::new(Method::GET, messages.clone());
    let request = root.build(list, &query).unwrap();
    let page: graph_entity::Page<Value> =
        graph_entity::response::read_page(&client.send(request).await.unwrap()).unwrap();
    assert_eq!(page.count, Some(1));
    assert_eq!(page.value[0]["id"], "m2");

    let count = send(Method::GET, &format!("{messages}/$count"), None).await;
    assert_eq!(count.body(), b"3");
    let function = send(
        Method::GET,
        &format!("{messages}/m1/countBy(status='x''y')"),
        None,
    )
    .await;
    assert_eq!(
        serde_json::from_slice::<Value>(function.body()).unwrap(),
        json!({"status": "x'y", "key": "m1"})
    );

    // Deleting the user deletes what it contains.
    assert_eq!(
        send(
            Method::DELETE,
            &graph_entity::item_path("/users", "a/b.."),
            None
        )
        .await
        .status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        send(Method::GET, &format!("{messages}/m1"), None)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // A truncated body is a clear error, not a default.
    let x = send(Method::POST, CONNECTORS, Some(json!({"id": "x"}))).await;
    assert_eq!(x.status(), StatusCode::CREATED);
    standin.faults().push(Fault::Truncate);
    let truncated = client
        .get::<Connector, _>("x", &Query::new())
        .await
        .unwrap_err();
    assert!(
        matches!(
            truncated,
            ClientError::Response(graph_entity::error::ResponseError::Body(_))
        ),
        "{truncated:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cap_on_concurrent_requests_holds() {
    let items = (0..12).map(|i| json!({"id": format!("k{i}")})).collect();
    let standin = builder()
        .seed_json(CONNECTORS, items)
        .unwrap()
        .start()
        .await
        .unwrap();
    for cap in [1, 3] {
        let client = Client::builder(
            ServiceRoot::parse(&standin.service_root()).unwrap(),
            ClientCredentials::with_token_url(&standin.token_url().unwrap(), "app", "s3cret-value")
                .unwrap(),
        )
        .max_concurrent_requests(cap)
        .build()
        .unwrap();
        // Fetch the token first: the token endpoint is not behind the cap.
        let _: Connector = client.get("k0", &Query::new()).await.unwrap();
        standin.clear_requests();
        standin
            .faults()
            .delay_every_request(Some(Duration::from_millis(100)));
        let tasks: Vec<_> = (0..12)
            .map(|i| {
                let client = client.clone();
                tokio::spawn(async move {
                    client
                        .get::<Connector, _>(&format!("k{i}"), &Query::new())
                        .await
                })
            })
            .collect();
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        standin.faults().delay_every_request(None);
        assert_eq!(
            standin.max_in_flight(),
            cap,
            "at most {cap} in flight, and the cap is reached"
        );
    }
}

#[tokio::test]
async fn a_throttled_page_is_sent_again_with_the_listings_headers() {
    let items = (0..250)
        .map(|i| json!({"id": format!("k{i:03}")}))
        .collect();
    let standin = builder()
        .seed_json(CONNECTORS, items)
        .unwrap()
        .start()
        .await
        .unwrap();
    let client = connect(&standin, fast_retries()).await;
    // `$count` makes the listing carry `ConsistencyLevel: eventual` on every page.
    let query = Query::<Connector>::typed().top(100).count(true);
    let mut pages = client.list::<Connector, _>(&query).unwrap();
    let first = pages.try_next().await.unwrap().unwrap();
    assert_eq!(first.count, Some(250));
    standin.faults().throttle(2, Some("0"));
    let mut ids: Vec<_> = first.value.into_iter().filter_map(|c| c.id).collect();
    while let Some(page) = pages.try_next().await.unwrap() {
        ids.extend(page.value.into_iter().filter_map(|c| c.id));
    }
    assert_eq!(ids.len(), 250);
    let log = standin.requests();
    let gets = service_requests(&log);
    let statuses: Vec<_> = gets.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [200, 429, 429, 200, 200]);
    assert_eq!(
        gets[1].target, gets[3].target,
        "the same next link, sent again"
    );
    for request in &gets {
        let header = |name: &str| {
            request
                .headers
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(header("consistencylevel"), Some("eventual"), "{request:?}");
        assert_eq!(header("accept"), Some("application/json"));
        assert_eq!(header("authorization"), None, "the stand-in never logs it");
    }
}

#[tokio::test]
async fn typed_seeds_and_bad_seeds() {
    let seeded = [connector("a"), connector("b")];
    assert!(
        StandIn::builder().seed(&seeded).is_err(),
        "items without keys are refused"
    );
    let keyed: Vec<_> = ["k1", "k2"]
        .iter()
        .map(|key| Connector {
            id: Some((*key).to_owned()),
            ..connector(key)
        })
        .collect();
    let standin = StandIn::builder()
        .seed(&keyed)
        .unwrap()
        .start()
        .await
        .unwrap();
    let client = Client::builder(
        ServiceRoot::parse(&standin.service_root()).unwrap(),
        StaticToken::new("unused"),
    )
    .build()
    .unwrap();
    let read: Connector = client.get("k2", &Query::new()).await.unwrap();
    assert_eq!(read.server_name.as_deref(), Some("k2"));
    assert!(StandIn::builder().seed_document("[]").is_err());
    assert!(
        StandIn::builder()
            .seed_document(r#"{"/x": [{"id": "1"}, {"id": "1"}]}"#)
            .is_err()
    );
}

#[tokio::test]
async fn batch_item_retries_are_bounded() {
    let standin = builder().start().await.unwrap();
    let client = connect(&standin, fast_retries().max_attempts(3)).await;
    let root = client.root().clone();
    let mut batch = BatchRequest::new();
    for i in 0..4 {
        let request = root
            .build(
                connector(&format!("b{i}")).create_with().unwrap(),
                &Query::new(),
            )
            .unwrap();
        batch
            .push(BatchItem::from_request(i.to_string(), &request, &root).unwrap())
            .unwrap();
    }
    // Item 1 is throttled every time; item 3 twice, so it goes through on the third send.
    standin
        .faults()
        .throttle_batch_items_times(["1"], 100, Some("0"));
    standin.faults().throttle_batch_items_times(["3"], 2, None);
    let response = client.batch(&batch).await.unwrap();
    let status = |id: &str| response.get(id).unwrap().status();
    assert_eq!(status("0"), StatusCode::CREATED);
    assert_eq!(
        status("1"),
        StatusCode::TOO_MANY_REQUESTS,
        "given up after the attempts"
    );
    assert_eq!(status("2"), StatusCode::CREATED);
    assert_eq!(status("3"), StatusCode::CREATED);
    let log = standin.requests();
    let sent: Vec<_> = log.iter().filter_map(|r| r.batch_item.as_deref()).collect();
    assert_eq!(
        sent,
        ["0", "1", "2", "3", "1", "3", "1", "3"],
        "three sends in all"
    );
}

/// Typed paths at depth over HTTP: a user's mail folder's messages, a function bound to the
/// user, and a typed 404.
mod typed {
    use graph_entity::{AdditionalData, GraphEntity};

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "entity",
        odata_type = "microsoft.graph.user",
        path = "/users",
        contains(name = "mailFolders", target = MailFolder),
        function(name = "countMessages", parameters = CountParameters, returns = i64)
    )]
    pub struct User {
        pub id: Option<String>,
        pub display_name: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(parameters)]
    pub struct CountParameters {
        pub folder: String,
    }

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "entity",
        odata_type = "microsoft.graph.mailFolder",
        contains(name = "messages", target = Message)
    )]
    pub struct MailFolder {
        pub id: Option<String>,
        pub display_name: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(base = "entity", odata_type = "microsoft.graph.message")]
    pub struct Message {
        pub id: Option<String>,
        pub subject: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }
}

#[tokio::test]
async fn typed_paths_at_depth_run_against_the_standin() {
    use typed::{CountParameters, MailFolder, Message, User};

    let standin = StandIn::builder()
        .function("countMessages", |call: Call<'_>| {
            // The parameter arrives as the literal's value, the quotes and doubling undone.
            let folder = call
                .parameters
                .get("folder")
                .cloned()
                .unwrap_or(Value::Null);
            Ok(Some(json!(if folder == json!("in/box 'x'") {
                2
            } else {
                0
            })))
        })
        .start()
        .await
        .unwrap();
    let client = Client::builder(
        ServiceRoot::parse(&standin.service_root()).unwrap(),
        StaticToken::new("unused"),
    )
    .build()
    .unwrap();
    let none = Query::new();

    // Hostile keys of the test's choosing, posted with the key in the body (a create body
    // from a value has none: the service gives one, as for the messages below).
    let post = |path: &str, body: Value| {
        graph_entity::Operation::new(Method::POST, path.to_owned())
            .with_json(&body)
            .unwrap()
    };
    let user: User = client
        .call(
            graph_entity::Call::from_operation(post(
                User::collection().path(),
                json!({"id": "a/b", "displayName": "Ada"}),
            )),
            &none,
        )
        .await
        .unwrap();
    assert_eq!(user.display_name.as_deref(), Some("Ada"));
    let folders = User::item("a/b").mail_folders();
    let folder: MailFolder = client
        .call(
            graph_entity::Call::from_operation(post(
                folders.path(),
                json!({"id": "in/box 'x'", "displayName": "Inbox"}),
            )),
            &none,
        )
        .await
        .unwrap();
    assert_eq!(folder.id.as_deref(), Some("in/box 'x'"));
    let messages = folders.item("in/box 'x'").messages();
    let mut keys = Vec::new();
    for subject in ["one", "two"] {
        let message = Message {
            subject: Some(subject.into()),
            ..Message::default()
        };
        let created = client
            .call(messages.create_with(&message).unwrap(), &none)
            .await
            .unwrap();
        assert_eq!(created.subject.as_deref(), Some(subject));
        keys.push(created.id.expect("the service gives a key"));
    }
    let listed: Vec<Message> = client
        .pages(messages.list(), &Query::new().top(1))
        .unwrap()
        .items()
        .await
        .unwrap();
    let subjects: Vec<_> = listed.iter().filter_map(|m| m.subject.as_deref()).collect();
    assert_eq!(subjects, ["one", "two"]);

    let one = client
        .call(messages.item(&keys[0]).get(), &none)
        .await
        .unwrap();
    assert_eq!(one.subject.as_deref(), Some("one"));
    let count = client
        .call(
            User::item("a/b").count_messages(&CountParameters {
                folder: "in/box 'x'".into(),
            }),
            &none,
        )
        .await
        .unwrap();
    assert_eq!(count, 2);

    client
        .call(messages.item(&keys[0]).delete(), &none)
        .await
        .unwrap();
    match client.call(messages.item(&keys[0]).get(), &none).await {
        Err(ClientError::NotFound(error)) => assert_eq!(error.status(), StatusCode::NOT_FOUND),
        other => panic!("expected a typed 404, got {other:?}"),
    }
}
