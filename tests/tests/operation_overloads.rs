//! Overloads of a bound function (Graph's `driveItem` has `delta()` and `delta(token)`), each
//! declared with its own Rust method through `method = "..."`, and operations whose snake_case
//! name a method of the address types would hide, declared under another method name: the URL
//! keeps the OData name.

use graph_entity::http::Method;
use graph_entity::response::page::{DeltaItem, Page};
use graph_entity::{Call, GraphEntity, Query, ServiceRoot};
use graph_entity_tests::url_shape;
use proptest::prelude::*;

#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct DeltaToken {
    pub token: String,
}

#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct ActivitiesInterval {
    pub start_date_time: String,
    pub end_date_time: String,
    pub interval: String,
}

#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.driveItem",
    base = "entity",
    path = "/drives/d1/items",
    function(name = "delta", returns = Page<DeltaItem<DriveItem>>),
    function(
        name = "delta",
        method = "delta_with_token",
        parameters = DeltaToken,
        returns = Page<DeltaItem<DriveItem>>
    ),
    function(name = "getActivitiesByInterval", returns = Page<DriveItem>),
    function(
        name = "getActivitiesByInterval",
        method = "get_activities_by_interval_with_start_date_time_end_date_time_interval",
        parameters = ActivitiesInterval,
        returns = Page<DriveItem>
    ),
    action(name = "delete", method = "delete_action"),
    action(name = "create", method = "create_action", collection),
    function(name = "item", method = "r#match", collection, returns = DriveItem)
)]
pub struct DriveItem {
    pub id: Option<String>,
}

/// The method and URL of `call` under v1.0.
fn sent<R>(call: Call<R>) -> (Method, String) {
    let request = ServiceRoot::v1()
        .build(call, &Query::new())
        .expect("request");
    (request.method().clone(), request.uri().to_string())
}

fn v1(path: &str) -> String {
    format!("{}{path}", url_shape::SERVICE_ROOT)
}

#[test]
fn the_overload_without_parameters_keeps_the_plain_method() {
    let call = DriveItem::item("i1").delta();
    assert_eq!(sent(call), (Method::GET, v1("/drives/d1/items/i1/delta()")));
}

#[test]
fn the_overload_with_a_token_is_its_own_method_with_the_same_odata_name() {
    let token = DeltaToken {
        token: "a'b".to_owned(),
    };
    let call = DriveItem::item("i1").delta_with_token(&token);
    assert_eq!(
        sent(call),
        (
            Method::GET,
            v1("/drives/d1/items/i1/delta(token='a%27%27b')")
        )
    );
}

#[test]
fn overloads_with_several_parameters_write_every_one() {
    let item = DriveItem::item("i1");
    assert_eq!(
        sent(item.get_activities_by_interval()),
        (
            Method::GET,
            v1("/drives/d1/items/i1/getActivitiesByInterval()")
        )
    );
    let interval = ActivitiesInterval {
        start_date_time: "2024-01-01".to_owned(),
        end_date_time: "2024-02-01".to_owned(),
        interval: "day".to_owned(),
    };
    assert_eq!(
        sent(
            item.get_activities_by_interval_with_start_date_time_end_date_time_interval(&interval)
        ),
        (
            Method::GET,
            v1("/drives/d1/items/i1/getActivitiesByInterval(\
                startDateTime='2024-01-01',endDateTime='2024-02-01',interval='day')")
        )
    );
}

#[test]
fn operations_named_like_address_methods_keep_their_odata_names() {
    // `ItemPath::delete` is still the entity's DELETE; the action is `delete_action`.
    assert_eq!(
        sent(DriveItem::item("i1").delete()),
        (Method::DELETE, v1("/drives/d1/items/i1"))
    );
    assert_eq!(
        sent(DriveItem::item("i1").delete_action()),
        (Method::POST, v1("/drives/d1/items/i1/delete"))
    );
    assert_eq!(
        sent(DriveItem::collection().create_action()),
        (Method::POST, v1("/drives/d1/items/create"))
    );
    // A keyword as the method: a raw identifier.
    assert_eq!(
        sent(DriveItem::collection().r#match()),
        (Method::GET, v1("/drives/d1/items/item()"))
    );
}

#[test]
fn the_schema_keeps_the_odata_name_of_each_overload() {
    use graph_entity::schema::Described;
    let schema = DriveItem::schema();
    let deltas: Vec<Vec<&str>> = schema
        .operations
        .iter()
        .filter(|op| op.name == "delta")
        .map(|op| op.parameters.iter().map(|p| p.name).collect())
        .collect();
    assert_eq!(deltas, [Vec::<&str>::new(), vec!["token"]]);
    // The OData names, once each however many overloads.
    assert_eq!(
        DriveItem::FUNCTIONS,
        ["delta", "getActivitiesByInterval", "item"]
    );
    assert_eq!(DriveItem::ACTIONS, ["delete", "create"]);
}

fn check_token(token: &str) -> Result<(), String> {
    let call = DriveItem::item("i1").delta_with_token(&DeltaToken {
        token: token.to_owned(),
    });
    let uri = v1(call.operation().path());
    url_shape::check_function_call(
        &uri,
        &["drives", "d1", "items", "i1"],
        "delta",
        "token",
        token,
    )
}

#[test]
fn hostile_tokens_keep_the_url_shape() {
    for token in url_shape::HOSTILE_STRINGS {
        check_token(token).unwrap();
    }
}

proptest! {
    #[test]
    fn any_token_keeps_the_url_shape(token in any::<String>()) {
        prop_assert_eq!(check_token(&token), Ok(()));
    }
}
