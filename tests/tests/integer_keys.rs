//! Integer keys (OData `Edm.Int16`, `Edm.Int32`, `Edm.Int64`): a key field of `Option<i32>`,
//! `Option<i64>` or `Option<edm::Int64>` gives the entity an integer key, written unquoted as
//! its decimal digits (`/versions/3`); the functions and address steps that take a key take
//! the integer. `workflow/versions` into `workflowVersion` (key `versionNumber`, an `Edm.Int32`)
//! is the v1.0 shape.

use graph_entity::edm::Int64;
use graph_entity::http::Method;
use graph_entity::serde_json::{self, json};
use graph_entity::{GraphEntity, Query, ServiceRoot};
use graph_entity_tests::url_shape::{SERVICE_ROOT, check_item_url};
use percent_encoding::percent_decode_str;
use proptest::prelude::*;
use url::Url;

/// A lifecycle workflow (a string key), which contains its versions.
#[derive(GraphEntity, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.identityGovernance.workflow",
    path = "/identityGovernance/lifecycleWorkflows/workflows",
    contains(name = "versions", target = WorkflowVersion)
)]
struct Workflow {
    id: Option<String>,
    display_name: Option<String>,
}

/// A version of a workflow: its key `versionNumber` is an `Edm.Int32`.
#[derive(GraphEntity, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identityGovernance.workflowVersion")]
struct WorkflowVersion {
    #[graph(key)]
    version_number: Option<i32>,
    display_name: Option<String>,
}

/// An entity set of `i64` keys, with a bound action.
#[derive(GraphEntity, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.counter",
    path = "/counters",
    action = "reset"
)]
struct Counter {
    #[graph(key)]
    number: Option<i64>,
}

/// An `Edm.Int64` key held as `edm::Int64` (read from a number or a string), as graph-resources
/// declares them.
#[derive(GraphEntity, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.ticket", path = "/tickets")]
struct Ticket {
    #[graph(key)]
    ticket_number: Option<Int64>,
}

/// The request of `operation` under v1.0: method and URL.
fn sent(call: graph_entity::Call<impl Sized>) -> (Method, String) {
    let request = ServiceRoot::v1()
        .build(call, &Query::new())
        .expect("request");
    (request.method().clone(), request.uri().to_string())
}

#[test]
fn a_version_is_addressed_by_its_number_under_its_workflow() {
    let version = Workflow::item("w/1").versions().item(3);
    assert_eq!(
        version.path(),
        "/identityGovernance/lifecycleWorkflows/workflows/w%2F1/versions/3"
    );
    assert_eq!(
        version.template(),
        "/identityGovernance/lifecycleWorkflows/workflows/{workflow-id}/versions/{workflowVersion-id}"
    );
    assert_eq!(
        sent(version.get()),
        (
            Method::GET,
            "https://graph.microsoft.com/v1.0/identityGovernance/lifecycleWorkflows/workflows/w%2F1/versions/3"
                .to_owned()
        )
    );
    // A reference to the integer is a key too, and a negative one keeps its sign.
    let numbers = [-12];
    let number: &i32 = &numbers[0];
    assert!(
        Workflow::item("w")
            .versions()
            .item(number)
            .path()
            .ends_with("/versions/-12")
    );
}

#[test]
fn crud_and_actions_of_an_integer_keyed_set_write_the_digits() {
    assert_eq!(Counter::ITEM_PATH, "/counters/{number}");
    assert_eq!(Counter::get(7).to_string(), "GET /counters/7");
    assert_eq!(Counter::update(-7).to_string(), "PATCH /counters/-7");
    assert_eq!(
        Counter::delete(i64::MIN).to_string(),
        "DELETE /counters/-9223372036854775808"
    );
    assert_eq!(Counter::reset(0).to_string(), "POST /counters/0/reset");
    assert_eq!(
        Counter::item_path(i64::MAX),
        "/counters/9223372036854775807"
    );
    assert_eq!(Ticket::get(42).to_string(), "GET /tickets/42");
    assert_eq!(graph_entity::item_path("/c", &-5_i16), "/c/-5");
}

#[test]
fn a_read_value_gives_its_integer_key() {
    let version: WorkflowVersion =
        serde_json::from_value(json!({ "versionNumber": 3, "displayName": "v3" })).unwrap();
    assert_eq!(version.key(), Some(&3));
    assert_eq!(WorkflowVersion::KEY_PROPERTY, "versionNumber");
    assert_eq!(WorkflowVersion::default().key(), None);
    // `edm::Int64` reads a number or a string; the key is the integer either way.
    for document in [
        json!({ "ticketNumber": 12 }),
        json!({ "ticketNumber": "12" }),
    ] {
        let ticket: Ticket = serde_json::from_value(document).unwrap();
        assert_eq!(ticket.key(), Some(&12));
        let key = *ticket.key().unwrap();
        assert_eq!(Ticket::get(key).to_string(), "GET /tickets/12");
    }
}

proptest! {
    /// No integer key changes the shape of a URL as the url crate parses it: one segment, its
    /// decimal digits, under any string key of the parent.
    #[test]
    fn no_integer_key_changes_the_url_shape(workflow in any::<String>(), version in any::<i32>()) {
        let path = Workflow::item(&workflow).versions().item(version);
        let uri = format!("https://graph.microsoft.com/v1.0{}", path.path());
        let url = Url::parse(&uri).map_err(|error| TestCaseError::fail(error.to_string()))?;
        prop_assert_eq!(url.as_str(), uri.as_str());
        let segments: Vec<String> = url
            .path_segments()
            .unwrap()
            .map(|segment| percent_decode_str(segment).decode_utf8_lossy().into_owned())
            .collect();
        let (last, parent) = segments.split_last().unwrap();
        prop_assert_eq!(last.parse::<i32>(), Ok(version));
        prop_assert_eq!(parent.last().map(String::as_str), Some("versions"));
        let workflows = if matches!(workflow.as_str(), "" | "." | "..") {
            vec![format!("workflows('{workflow}')")]
        } else {
            vec!["workflows".to_owned(), workflow.clone()]
        };
        let mut expected = vec!["v1.0".to_owned(), "identityGovernance".to_owned(), "lifecycleWorkflows".to_owned()];
        expected.extend(workflows);
        expected.push("versions".to_owned());
        prop_assert_eq!(parent, &expected[..]);
    }

    /// Every operation of an `i64`-keyed set is its item's URL, as the string checker of the
    /// connector's keys reads it, with the digits as the key.
    #[test]
    fn every_operation_of_an_integer_keyed_set_has_the_item_url_shape(key in any::<i64>()) {
        let digits = key.to_string();
        for (operation, action) in [
            (Counter::get(key), None),
            (Counter::update(key), None),
            (Counter::delete(key), None),
            (Counter::reset(key), Some("reset")),
        ] {
            let url = format!("{SERVICE_ROOT}{}", operation.path());
            prop_assert_eq!(
                check_item_url(&url, SERVICE_ROOT, Counter::COLLECTION_PATH, &digits, action),
                Ok(())
            );
        }
    }
}
