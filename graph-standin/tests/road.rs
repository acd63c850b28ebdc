//! What the one road carries, over loopback to the stand-in with the real client: a streaming
//! body made anew for a retry, and a pre-authenticated URL sent without a token.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use graph_entity::bytes::Bytes;
use graph_entity::client::{
    AccessToken, Client, RetryPolicy, StaticToken, TokenFuture, TokenProvider,
};
use graph_entity::http::{Method, StatusCode};
use graph_entity::request::Body;
use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
use graph_entity::{GraphEntity, Operation, Query, ServiceRoot};
use graph_standin::StandIn;

const TOKEN: &str = "road-token";

/// A static token, counting how often it is asked for.
struct Counted {
    token: StaticToken,
    asked: Arc<AtomicUsize>,
}

impl TokenProvider for Counted {
    fn token(&self) -> TokenFuture<'_> {
        self.asked.fetch_add(1, Ordering::SeqCst);
        self.token.token()
    }

    fn invalidate(&self, rejected: &AccessToken) {
        self.token.invalidate(rejected);
    }
}

async fn start() -> (StandIn, Client, Arc<AtomicUsize>) {
    let standin = StandIn::builder()
        .static_token(TOKEN)
        .declare::<Connector>()
        .start()
        .await
        .unwrap();
    let asked = Arc::new(AtomicUsize::new(0));
    let tokens = Counted {
        token: StaticToken::new(TOKEN),
        asked: Arc::clone(&asked),
    };
    let client = Client::builder(ServiceRoot::parse(&standin.service_root()).unwrap(), tokens)
        .retry(RetryPolicy::default().backoff(Duration::from_millis(10), Duration::from_millis(50)))
        .build()
        .unwrap();
    (standin, client, asked)
}

#[tokio::test]
async fn a_streaming_body_is_made_again_for_the_retry() {
    let (standin, client, _) = start().await;
    let json: &'static [u8] = br##"{"@odata.type":"#microsoft.graph.deviceManagementExchangeConnector","serverName":"streamed01"}"##;
    let made = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&made);
    // Two chunks, so that the body is sent as a stream, not one buffer.
    let body = Body::stream(Some(json.len() as u64), move || {
        counter.fetch_add(1, Ordering::SeqCst);
        let (head, tail) = json.split_at(20);
        Box::pin(futures_util::stream::iter([
            Ok::<_, std::io::Error>(Bytes::from_static(head)),
            Ok(Bytes::from_static(tail)),
        ]))
    });
    let create = Connector::create().with_body("application/json", body);
    standin.faults().throttle(1, Some("0"));
    let created: Connector = client.call(create, &Query::new()).await.unwrap();
    assert_eq!(created.server_name.as_deref(), Some("streamed01"));
    // The first attempt was throttled; the second sent the whole body again.
    assert_eq!(made.load(Ordering::SeqCst), 2);
    let statuses: Vec<u16> = standin
        .requests()
        .iter()
        .filter(|r| r.method == "POST")
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, [429, 201]);
    let length = standin.requests()[1]
        .headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .map(|(_, value)| value.clone());
    assert_eq!(length, Some(json.len().to_string()));
}

#[tokio::test]
async fn a_pre_authenticated_url_is_sent_without_a_token() {
    let (standin, client, asked) = start().await;
    let url = format!("{}{}", standin.service_root(), Connector::COLLECTION_PATH);
    // The stand-in wants a token on every request: the pre-authenticated one, sent without,
    // is refused, and the client neither asked for a token nor tried a new one on the `401`.
    let pre = client
        .root()
        .build(
            Operation::pre_authenticated(Method::GET, &url),
            &Query::new(),
        )
        .unwrap();
    let response = client.send(pre).await.unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(asked.load(Ordering::SeqCst), 0);
    assert_eq!(standin.requests().len(), 1);
    // The same URL as a next link goes with the client's token.
    let next = client
        .root()
        .build(Operation::next_link(&url), &Query::new())
        .unwrap();
    let response = client.send(next).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(asked.load(Ordering::SeqCst), 1);
}
