//! Numbers from a peer that no clock can add (a huge `Retry-After`, a huge `expires_in`, a
//! huge token lifetime) give a typed error or a working token, never a panic; and a
//! `ClientError`'s `Debug` shows the body as text. The real client over loopback against the
//! stand-in (and its binary).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, UNIX_EPOCH};

use graph_entity::batch::{BatchItem, BatchRequest};
use graph_entity::client::{
    Client, ClientCredentials, ClientError, RetryPolicy, StaticToken, TokenProvider,
};
use graph_entity::http::StatusCode;
use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
use graph_entity::{GraphEntity, Query, RetryAfter, ServiceRoot};
use graph_standin::StandIn;

/// `u64::MAX` seconds and the most nanoseconds: exactly `Duration::MAX`.
const HUGE: &str = "18446744073709551615.999999999";

/// Far enough not to wait for anything: a test that waited would time out, not pass.
const AT_ONCE: Duration = Duration::from_secs(5);

fn open_client(standin: &StandIn) -> Client {
    Client::builder(
        ServiceRoot::parse(&standin.service_root()).unwrap(),
        StaticToken::new("unused"),
    )
    .build()
    .unwrap()
}

fn connector(name: &str) -> Connector {
    Connector {
        server_name: Some(name.to_owned()),
        ..Connector::default()
    }
}

#[tokio::test]
async fn a_huge_retry_after_is_a_throttled_error_at_once_with_its_value() {
    let standin = StandIn::builder()
        .declare::<Connector>()
        .start()
        .await
        .unwrap();
    let client = open_client(&standin);
    let created = client.create(&connector("c")).await.unwrap();
    let key = created.id.unwrap();

    for (fault, expected) in [
        (HUGE, RetryAfter::Delay(Duration::MAX)),
        (
            "Fri, 31 Dec 9999 23:59:59 GMT",
            RetryAfter::At(UNIX_EPOCH + Duration::from_secs(253_402_300_799)),
        ),
    ] {
        for status in [
            StatusCode::TOO_MANY_REQUESTS,
            StatusCode::SERVICE_UNAVAILABLE,
        ] {
            standin.clear_requests();
            if status == StatusCode::TOO_MANY_REQUESTS {
                standin.faults().throttle(1, Some(fault));
            } else {
                standin.faults().unavailable(1, Some(fault));
            }
            let started = Instant::now();
            let result = client.get::<Connector, _>(&key, &Query::new()).await;
            assert!(started.elapsed() < AT_ONCE, "{fault}: waited");
            let Err(ClientError::Throttled(error)) = &result else {
                panic!("{fault} ({status}): {result:?}");
            };
            assert_eq!(error.status(), status);
            assert_eq!(error.retry_after(), Some(expected), "{fault}");
            assert_eq!(result.unwrap_err().retry_after(), Some(expected));
            // One attempt: a wait beyond the policy's total time is not retried at all.
            assert_eq!(standin.requests().len(), 1, "{fault}");
        }
    }
    // The client still works after it.
    let read: Connector = client.get(&key, &Query::new()).await.unwrap();
    assert_eq!(read.server_name.as_deref(), Some("c"));
}

#[tokio::test]
async fn a_huge_retry_after_on_a_batch_item_ends_the_retries_at_once() {
    let standin = StandIn::builder()
        .declare::<Connector>()
        .start()
        .await
        .unwrap();
    let client = Client::builder(
        ServiceRoot::parse(&standin.service_root()).unwrap(),
        StaticToken::new("unused"),
    )
    .retry(RetryPolicy::default().backoff(Duration::from_millis(10), Duration::from_millis(50)))
    .build()
    .unwrap();
    let root = client.root().clone();
    let mut batch = BatchRequest::new();
    for i in 0..3 {
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
    standin.faults().throttle_batch_items(["1"], Some(HUGE));
    let started = Instant::now();
    let response = client.batch(&batch).await.unwrap();
    assert!(started.elapsed() < AT_ONCE, "waited for the item");
    let throttled = response.get("1").unwrap();
    assert_eq!(throttled.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        throttled.retry_after(),
        Some(RetryAfter::Delay(Duration::MAX))
    );
    assert_eq!(
        throttled.check().unwrap_err().retry_after(),
        Some(RetryAfter::Delay(Duration::MAX))
    );
    for ok in ["0", "2"] {
        assert_eq!(response.get(ok).unwrap().status(), StatusCode::CREATED);
    }
    // The plan itself says the longest wait, saturated.
    let plan = response
        .retry(&batch, std::time::SystemTime::now())
        .unwrap();
    assert_eq!(plan.wait, Duration::MAX);
    assert_eq!(plan.batch.len(), 1);
}

/// A stand-in that issues tokens of `lifetime`, and a client of it with client credentials.
async fn with_lifetime(lifetime: Duration) -> (StandIn, Client, Option<Instant>) {
    let standin = StandIn::builder()
        .client("app", "s3cret-value")
        .token_lifetime(lifetime)
        .declare::<Connector>()
        .start()
        .await
        .unwrap();
    let token_url = standin.token_url().unwrap();
    let credentials = ClientCredentials::with_token_url(&token_url, "app", "s3cret-value").unwrap();
    let token = credentials.token().await.unwrap();
    let client = Client::builder(
        ServiceRoot::parse(&standin.service_root()).unwrap(),
        credentials,
    )
    .build()
    .unwrap();
    (standin, client, token.expires_at())
}

#[tokio::test]
async fn a_huge_expires_in_gives_a_token_that_does_not_expire() {
    for lifetime in [Duration::from_secs(u64::MAX), Duration::MAX] {
        // The stand-in answers `"expires_in": 18446744073709551615`.
        let (standin, client, expires_at) = with_lifetime(lifetime).await;
        assert_eq!(expires_at, None, "no instant is that far");
        let created = client.create(&connector("t")).await.unwrap();
        let read: Connector = client
            .get(created.id.as_deref().unwrap(), &Query::new())
            .await
            .unwrap();
        assert_eq!(read.server_name.as_deref(), Some("t"));
        let token_requests = standin
            .requests()
            .iter()
            .filter(|r| r.target.ends_with("/oauth2/v2.0/token"))
            .count();
        assert_eq!(token_requests, 1, "the token is cached, not fetched again");
    }
    // An ordinary lifetime still expires.
    let (_standin, _client, expires_at) = with_lifetime(Duration::from_secs(3600)).await;
    let left = expires_at.unwrap() - Instant::now();
    assert!(left > Duration::from_secs(3500) && left <= Duration::from_secs(3600));
}

#[tokio::test]
async fn the_binary_takes_a_huge_token_lifetime() {
    let dir = std::env::temp_dir().join(format!("graph-standin-lifetime-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let seed = dir.join("seed.json");
    std::fs::write(
        &seed,
        r#"{"/deviceManagement/exchangeConnectors": [{"id": "c1", "serverName": "mail01"}]}"#,
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_graph-standin"))
        .args([
            "--port",
            "0",
            "--client-id",
            "app",
            "--client-secret",
            "s3cret",
        ])
        .args(["--token-lifetime", "18446744073709551615", "--seed"])
        .arg(&seed)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut line = |prefix: &str| {
        let line = lines.next().unwrap().unwrap();
        line.strip_prefix(prefix)
            .unwrap_or_else(|| panic!("unexpected line {line:?}"))
            .to_owned()
    };
    let root = line("graph-standin: service root ");
    let token_url = line("graph-standin: token endpoint ");
    let outcome = async {
        let credentials = ClientCredentials::with_token_url(&token_url, "app", "s3cret")?;
        let token = credentials.token().await?;
        let client = Client::builder(ServiceRoot::parse(&root).unwrap(), credentials).build()?;
        let listed = client.list::<Connector, _>(&Query::new())?.items().await?;
        Ok::<_, ClientError>((token.expires_at(), listed.len()))
    }
    .await;
    child.kill().unwrap();
    child.wait().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(outcome.unwrap(), (None, 1));
}

#[tokio::test]
async fn a_client_errors_debug_shows_the_body_as_text() {
    let standin = StandIn::builder()
        .declare::<Connector>()
        .start()
        .await
        .unwrap();
    let client = open_client(&standin);
    let error = client
        .get::<Connector, _>("missing", &Query::new())
        .await
        .unwrap_err();
    assert!(matches!(error, ClientError::NotFound(_)), "{error:?}");
    let code = error
        .graph_error()
        .and_then(|e| e.code())
        .unwrap()
        .to_owned();
    let debug = format!("{error:?}");
    // The raw body as text: its JSON, quoted.
    assert!(
        debug.contains(&format!(r#"raw: "{{\"error\":{{\"code\":\"{code}\""#)),
        "{debug}"
    );
    // Not as bytes: `{"` would be `123, 34`.
    assert!(!debug.contains("123, 34"), "{debug}");
}
