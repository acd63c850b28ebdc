//! `AzureCredential` over a real `azure_identity::ClientSecretCredential`, whose token requests
//! go to the local stand-in's token endpoint over loopback.
//!
//! `azure_identity` refuses an authority that is not `https`, so the credential is given an
//! `azure_core` transport (its documented extension point) that sends each request, unchanged
//! but for the origin, to the stand-in over plain HTTP with reqwest.

use std::sync::Arc;

use azure_core::http::headers::Headers;
use azure_core::http::request::{Body, Request};
use azure_core::http::{AsyncRawResponse, ClientOptions, HttpClient, StatusCode, Transport};
use azure_identity::{ClientSecretCredential, ClientSecretCredentialOptions};
use graph_entity::client::{AzureCredential, Client, TokenProvider};
use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
use graph_entity::{Query, ServiceRoot};
use graph_standin::StandIn;

const TENANT: &str = "contoso-test-tenant";

/// Sends `azure_core` requests to `origin` instead of their own origin.
#[derive(Debug)]
struct ToLoopback {
    origin: String,
    http: reqwest::Client,
}

#[async_trait::async_trait]
impl HttpClient for ToLoopback {
    async fn execute_request(&self, request: &Request) -> azure_core::Result<AsyncRawResponse> {
        let url = format!("{}{}", self.origin, request.path_and_query());
        let method =
            reqwest::Method::from_bytes(request.method().as_str().as_bytes()).map_err(|e| {
                azure_core::Error::with_message(azure_core::error::ErrorKind::Other, e.to_string())
            })?;
        let mut outgoing = self.http.request(method, url);
        for (name, value) in request.headers().iter() {
            outgoing = outgoing.header(name.as_str(), value.as_str());
        }
        if let Body::Bytes(bytes) = request.body() {
            outgoing = outgoing.body(bytes.to_vec());
        }
        let response = outgoing.send().await.map_err(|e| {
            azure_core::Error::with_message(azure_core::error::ErrorKind::Io, e.to_string())
        })?;
        let status = StatusCode::from(response.status().as_u16());
        let mut headers = Headers::new();
        for (name, value) in response.headers() {
            if let Ok(value) = value.to_str() {
                headers.insert(name.as_str().to_owned(), value.to_owned());
            }
        }
        let body = response.bytes().await.map_err(|e| {
            azure_core::Error::with_message(azure_core::error::ErrorKind::Io, e.to_string())
        })?;
        Ok(AsyncRawResponse::from_bytes(status, headers, body.to_vec()))
    }
}

#[tokio::test]
async fn an_azure_identity_credential_gives_the_client_its_tokens() {
    let standin = StandIn::builder()
        .tenant(TENANT)
        .client("azure-app", "azure-secret-value")
        .declare::<Connector>()
        .start()
        .await
        .unwrap();
    graph_entity::client::install_crypto_provider();
    let transport = ToLoopback {
        origin: standin.origin().to_owned(),
        http: reqwest::Client::new(),
    };
    let options = ClientSecretCredentialOptions {
        client_options: ClientOptions {
            transport: Some(Transport::new(Arc::new(transport))),
            ..ClientOptions::default()
        },
    };
    let credential = ClientSecretCredential::new(
        TENANT,
        "azure-app".to_owned(),
        "azure-secret-value".to_owned().into(),
        Some(options),
    )
    .unwrap();
    let provider = AzureCredential::new(credential);
    let token = provider.token().await.unwrap();
    assert!(
        token.secret().starts_with("standin."),
        "a token the stand-in issued"
    );
    assert!(!format!("{token:?}").contains(token.secret()));

    let client = Client::builder(
        ServiceRoot::parse(&standin.service_root()).unwrap(),
        provider,
    )
    .build()
    .unwrap();
    let created = client
        .create(&Connector {
            server_name: Some("mail01".into()),
            ..Connector::default()
        })
        .await
        .unwrap();
    let read: Connector = client
        .get(created.id.as_deref().unwrap(), &Query::new())
        .await
        .unwrap();
    assert_eq!(read.server_name.as_deref(), Some("mail01"));
    let log = standin.requests();
    let statuses: Vec<_> = log.iter().map(|r| (r.method.as_str(), r.status)).collect();
    // One token (the credential caches it), then the two requests, both authorized.
    assert_eq!(statuses[0], ("POST", 200));
    assert!(
        log[0]
            .target
            .ends_with(&format!("/{TENANT}/oauth2/v2.0/token"))
    );
    assert_eq!(&statuses[1..], [("POST", 201), ("GET", 200)]);
}
