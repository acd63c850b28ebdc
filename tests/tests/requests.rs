//! `Operation::into_request`: paths are joined to the service root, absolute URLs (such as an
//! `@odata.nextLink`) are sent exactly as given, and anything else is refused.

use std::error::Error as _;

use graph_entity::http::Method;
use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
use graph_entity::{GraphEntity, Operation, RequestError};

const ROOT: &str = "https://graph.microsoft.com/v1.0";

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
            for root in [ROOT, "https://graph.microsoft.com/beta/", "not a root"] {
                let request = operation.clone().into_request(root).unwrap();
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
    let request = operation.into_request(ROOT).unwrap();
    assert_eq!(request.method(), Method::POST);
    assert_eq!(request.uri(), url);
    assert_eq!(request.headers()["content-type"], "application/json");
    assert_eq!(request.body(), br#"{"syncType":"fullSync"}"#);
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
        let request = get.into_request(root).unwrap();
        assert_eq!(request.uri(), expected, "root {root}");
    }
    let list = Operation::new(Method::GET, "/users".to_owned());
    assert_eq!(
        list.into_request("http://localhost:8080/").unwrap().uri(),
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
        match operation.into_request(ROOT) {
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
        match Operation::new(Method::GET, target.to_owned()).into_request(ROOT) {
            Err(RequestError::InvalidTarget { target: refused }) => assert_eq!(refused, uri),
            other => panic!("{target:?} gave {other:?}"),
        }
    }
    let error = Operation::new(Method::GET, "users".to_owned())
        .into_request(ROOT)
        .unwrap_err();
    let message = error.to_string();
    assert!(message.contains("\"users\""), "{message}");
    assert!(message.contains("starting with one `/`"), "{message}");
    assert!(error.source().is_none());
}

#[test]
fn a_path_needs_an_http_service_root() {
    for root in [
        "",
        "graph.microsoft.com/v1.0",
        "/v1.0",
        "ftp://graph.microsoft.com/v1.0",
        "https://graph.microsoft.com/v1.0?x=1",
        "https://graph.microsoft.com/v1.0#x",
    ] {
        match Connector::get("c1").into_request(root) {
            Err(RequestError::InvalidServiceRoot { service_root }) => {
                assert_eq!(service_root, root);
            }
            other => panic!("{root:?} gave {other:?}"),
        }
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
        let error = operation.into_request(ROOT).unwrap_err();
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
