//! The client's logs, captured: spans with method, path, status and request-id, and no token,
//! secret or `Authorization` header. Alone in its test binary, with a global subscriber, so
//! that no other test's threads share (or race) tracing's callsite interest.

use std::time::Duration;

use graph_entity::client::{Client, ClientCredentials, RetryPolicy, StaticToken, TokenProvider};
use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
use graph_entity::{Query, ServiceRoot};
use graph_standin::StandIn;

#[path = "support/captured.rs"]
mod captured;
use captured::Captured;

#[tokio::test]
async fn no_token_text_in_the_captured_logs() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(captured.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let standin = StandIn::builder()
        .client("app", "s3cret-value")
        .static_token("static-secret-token")
        .declare::<Connector>()
        .start()
        .await
        .unwrap();
    let credentials =
        ClientCredentials::with_token_url(&standin.token_url().unwrap(), "app", "s3cret-value")
            .unwrap();
    let issued = credentials.token().await.unwrap();
    let client = Client::builder(
        ServiceRoot::parse(&standin.service_root()).unwrap(),
        credentials,
    )
    .retry(RetryPolicy::default().backoff(Duration::from_millis(10), Duration::from_millis(100)))
    .build()
    .unwrap();
    let connector = Connector {
        server_name: Some("logged".into()),
        ..Connector::default()
    };
    let created = client.create(&connector).await.unwrap();
    standin.faults().throttle(1, Some("0"));
    let _: Connector = client
        .get(created.id.as_deref().unwrap(), &Query::new())
        .await
        .unwrap();
    let _ = client.get::<Connector, _>("missing", &Query::new()).await;
    let bad = Client::builder(
        ServiceRoot::parse(&standin.service_root()).unwrap(),
        StaticToken::new("static-secret-token-wrong"),
    )
    .build()
    .unwrap();
    let _ = bad.get::<Connector, _>("x", &Query::new()).await;
    let good = Client::builder(
        ServiceRoot::parse(&standin.service_root()).unwrap(),
        StaticToken::new("static-secret-token"),
    )
    .build()
    .unwrap();
    let _: Connector = good
        .get(created.id.as_deref().unwrap(), &Query::new())
        .await
        .unwrap();

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    // The spans are there, with what they should hold...
    assert!(logs.contains("graph_request"), "{logs}");
    assert!(logs.contains("method=GET"), "{logs}");
    assert!(
        logs.contains("path=/v1.0/deviceManagement/exchangeConnectors"),
        "{logs}"
    );
    assert!(
        logs.contains("status=429") && logs.contains("status=404") && logs.contains("status=201"),
        "{logs}"
    );
    assert!(logs.contains("request_id="), "{logs}");
    assert!(logs.contains("retrying"), "{logs}");
    // ...said in the span of the attempt that failed (the retry layer is outside the tracing
    // layer, and still speaks in that span).
    assert!(
        logs.lines()
            .any(|line| line.contains("graph_request{") && line.contains("retrying")),
        "{logs}"
    );
    // ...and no token, secret or Authorization header.
    for secret in [
        issued.secret(),
        "static-secret-token",
        "s3cret-value",
        "Bearer",
        "authorization",
        "Authorization",
    ] {
        assert!(!logs.contains(secret), "{secret:?} appears in the logs");
    }
    assert!(issued.secret().len() > 10);
}
