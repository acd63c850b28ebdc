//! No query string in the client's logs, at any level: pre-authenticated URLs carry their
//! credentials there (`tempauth=`, Outlook's `authtoken=`), or in the path on another host.
//! A URL under the service root is logged by its path, any other by its host; a transport
//! error loses its URL's query too. Alone in its test binary, with a global subscriber at
//! TRACE, so that no other test's threads share (or race) tracing's callsite interest.

use std::time::Duration;

use graph_entity::client::{Client, ClientError, RetryPolicy, StaticToken};
use graph_entity::http::StatusCode;
use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
use graph_entity::{Operation, Query, ServiceRoot};
use graph_standin::StandIn;

#[path = "support/captured.rs"]
mod captured;
use captured::Captured;

/// A loopback port nothing listens on (bound, then closed).
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

async fn get(client: &Client, url: &str) -> Result<StatusCode, ClientError> {
    let request = client
        .root()
        .build(Operation::next_link(url), &Query::new())
        .unwrap();
    client.send(request).await.map(|response| response.status())
}

#[tokio::test]
async fn no_query_string_in_any_log_line() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(captured.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let standin = StandIn::builder()
        .declare::<Connector>()
        .start()
        .await
        .unwrap();
    let root = standin.service_root();
    let fast = RetryPolicy::default()
        .max_attempts(2)
        .backoff(Duration::from_millis(5), Duration::from_millis(10));
    let client = Client::builder(ServiceRoot::parse(&root).unwrap(), StaticToken::new("t"))
        .retry(fast.clone())
        .build()
        .unwrap();

    // Under the service root, with a secret in the query: answered, and retried once after a
    // 429, so that the retry is logged too.
    standin.faults().throttle(1, Some("0"));
    let under_root =
        format!("{root}/deviceManagement/exchangeConnectors?tempauth=SECRET-UNDER-ROOT&$top=1");
    assert_eq!(get(&client, &under_root).await.unwrap(), StatusCode::OK);

    // Another host (`localhost` is not the root's `127.0.0.1`), with secrets in the path and
    // the query, as a personal OneDrive upload URL or an Outlook attachment link has them.
    let port = root
        .strip_prefix("http://127.0.0.1:")
        .and_then(|rest| rest.split('/').next())
        .unwrap();
    let other_host =
        format!("http://localhost:{port}/up/SECRET-IN-PATH/content?authtoken=SECRET-OTHER-HOST");
    assert!(get(&client, &other_host).await.is_ok());

    // Transport errors: connection refused, on another host's closed port and under a root
    // whose port is closed.
    let refused = format!(
        "http://127.0.0.1:{}/drive/SECRET-REFUSED-PATH?tempauth=SECRET-REFUSED",
        closed_port()
    );
    let error = get(&client, &refused).await.unwrap_err();
    assert!(matches!(error, ClientError::Transport(_)), "{error:?}");
    for shown in [format!("{error}"), format!("{error:?}")] {
        assert!(!shown.contains("SECRET"), "{shown}");
    }
    let closed_root = format!("http://127.0.0.1:{}/v1.0", closed_port());
    let offline = Client::builder(
        ServiceRoot::parse(&closed_root).unwrap(),
        StaticToken::new("t"),
    )
    .retry(fast)
    .build()
    .unwrap();
    let error = get(
        &offline,
        &format!("{closed_root}/users?tempauth=SECRET-CLOSED-ROOT"),
    )
    .await
    .unwrap_err();
    for shown in [format!("{error}"), format!("{error:?}")] {
        assert!(!shown.contains("SECRET"), "{shown}");
        // Under the root, the error still names the URL, without its query.
        assert!(shown.contains("/v1.0/users"), "{shown}");
    }
    // A listing's pages too (the next link carries its $skiptoken in the query).
    let _ = client
        .list::<Connector, _>(&Query::new())
        .unwrap()
        .items()
        .await
        .unwrap();

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    // What should be there is there...
    assert!(
        logs.contains("path=/v1.0/deviceManagement/exchangeConnectors"),
        "{logs}"
    );
    assert!(logs.contains("path=/v1.0/users"), "{logs}");
    assert!(logs.contains("host=localhost "), "{logs}");
    assert!(logs.contains("host=127.0.0.1 "), "{logs}");
    assert!(logs.contains("no response"), "{logs}");
    assert!(logs.contains("retrying"), "{logs}");
    // ...and no query string or path secret on any line, at any level.
    for line in logs.lines() {
        for needle in ["SECRET", "tempauth", "authtoken", "$top", "skiptoken"] {
            assert!(
                !line.contains(needle),
                "{needle:?} in the log line {line:?}"
            );
        }
    }
}
