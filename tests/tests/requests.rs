//! `ServiceRoot::build`, the one road: paths are joined to the service root, absolute URLs
//! (such as an `@odata.nextLink`) are sent exactly as given, and anything else is refused.

use std::error::Error as _;

use graph_entity::http::{Method, Request};
use graph_entity::request::Body;
use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
use graph_entity::{GraphEntity, Operation, Query, RequestError, ServiceRoot};

const ROOT: &str = "https://graph.microsoft.com/v1.0";

/// `operation` built on the road under `root`, without query options.
fn build(operation: Operation, root: &str) -> Result<Request<Body>, RequestError> {
    ServiceRoot::parse(root)
        .unwrap()
        .build(operation, &Query::new())
}

#[test]
fn a_next_link_is_sent_exactly_as_given() {
    for next in [
        "https://graph.microsoft.com/v1.0/users?$skiptoken=X%2BY",
        "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors?$top=2&$skiptoken=a%2Fb%3D%3D",
        "https://graph.microsoft.com/beta/users/delta()?$deltatoken=Zm9v%2B%2F",
        "http://localhost:8080/v1.0/users?$skip=2",
    ] {
        for operation in [
            Operation::new(Method::GET, next.to_owned()),
            Operation::next_link(next),
        ] {
            assert!(operation.is_absolute(), "{next}");
            assert_eq!(operation.path(), next);
            // Whatever the root: an absolute URL is not joined to it.
            for root in [
                ROOT,
                "https://graph.microsoft.com/beta/",
                "http://127.0.0.1:1",
            ] {
                let request = build(operation.clone(), root).unwrap();
                assert_eq!(request.method(), Method::GET);
                assert_eq!(request.uri().to_string(), next, "root {root}");
                assert_eq!(request.headers()["accept"], "application/json");
            }
        }
    }
}

#[test]
fn an_absolute_url_keeps_its_method_and_body() {
    let url = "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors/c1/sync";
    let operation = Operation::new(Method::POST, url.to_owned())
        .with_json(&serde_json::json!({"syncType": "fullSync"}))
        .unwrap();
    let request = build(operation, ROOT).unwrap();
    assert_eq!(request.method(), Method::POST);
    assert_eq!(request.uri(), url);
    assert_eq!(request.headers()["content-type"], "application/json");
    assert_eq!(
        request.body().as_bytes(),
        Some(&br#"{"syncType":"fullSync"}"#[..])
    );
}

#[test]
fn paths_are_joined_to_the_root_with_or_without_its_trailing_slash() {
    let expected = "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors/c1";
    for root in [
        "https://graph.microsoft.com/v1.0",
        "https://graph.microsoft.com/v1.0/",
        "https://graph.microsoft.com/v1.0//",
    ] {
        let get = Connector::get("c1");
        assert!(!get.is_absolute());
        let request = build(get, root).unwrap();
        assert_eq!(request.uri(), expected, "root {root}");
    }
    let list = Operation::new(Method::GET, "/users".to_owned());
    assert_eq!(
        build(list, "http://localhost:8080/").unwrap().uri(),
        "http://localhost:8080/users"
    );
}

#[test]
fn a_target_neither_a_path_nor_an_absolute_url_is_refused() {
    for target in [
        "users",
        "",
        "//evil.example/x",
        "//",
        "https:/graph.microsoft.com/v1.0/users",
        "https:graph.microsoft.com",
        "ftp://graph.microsoft.com/v1.0/users",
        // `http::Uri` would lowercase the scheme: not sent as given, so refused.
        "HTTPS://graph.microsoft.com/v1.0/users",
        "javascript:alert(1)",
        "graph.microsoft.com/v1.0/users",
        "?$top=1",
        "#x",
        "\\users",
        " /users",
    ] {
        let operation = Operation::new(Method::GET, target.to_owned());
        assert!(!operation.is_absolute(), "{target:?}");
        match build(operation, ROOT) {
            Err(RequestError::InvalidTarget { target: refused }) => assert_eq!(refused, target),
            other => panic!("{target:?} gave {other:?}"),
        }
    }
    // `http::Uri` would not send these as written: refused, not altered.
    for (target, uri) in [
        ("https://graph.microsoft.com", "https://graph.microsoft.com"),
        (
            "https://graph.microsoft.com/v1.0/users#top",
            "https://graph.microsoft.com/v1.0/users#top",
        ),
        ("/users#top", "https://graph.microsoft.com/v1.0/users#top"),
    ] {
        match build(Operation::new(Method::GET, target.to_owned()), ROOT) {
            Err(RequestError::InvalidTarget { target: refused }) => assert_eq!(refused, uri),
            other => panic!("{target:?} gave {other:?}"),
        }
    }
    let error = build(Operation::new(Method::GET, "users".to_owned()), ROOT).unwrap_err();
    let message = error.to_string();
    assert!(message.contains("\"users\""), "{message}");
    assert!(message.contains("starting with one `/`"), "{message}");
    assert!(error.source().is_none());
}

#[test]
fn a_path_needs_an_http_service_root() {
    // A path is joined only to a `ServiceRoot`, which refuses anything but an `http` or
    // `https` URL without query or fragment.
    for root in [
        "",
        "graph.microsoft.com/v1.0",
        "/v1.0",
        "ftp://graph.microsoft.com/v1.0",
        "https://graph.microsoft.com/v1.0?x=1",
        "https://graph.microsoft.com/v1.0#x",
    ] {
        let error = ServiceRoot::parse(root).unwrap_err();
        assert_eq!(error.input(), root);
    }
}

#[test]
fn an_invalid_uri_is_an_invalid_uri_error() {
    for operation in [
        Operation::next_link("https://graph.microsoft.com/v1.0/users?$filter=a b"),
        Operation::next_link("https://"),
        Operation::new(Method::GET, "/users\n".to_owned()),
    ] {
        let shown = operation.to_string();
        let error = build(operation, ROOT).unwrap_err();
        assert!(
            matches!(error, RequestError::InvalidUri { .. }),
            "{shown}: {error:?}"
        );
        assert!(
            error.to_string().contains("is not a valid request URI: "),
            "{error}"
        );
    }
}
