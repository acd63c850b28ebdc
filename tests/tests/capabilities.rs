//! What a contained step allows (`contains(..., allows(...))`): a restricted step offers the
//! listed operations only, `replace` writes `PUT` with the whole entity, and a step declared
//! without `allows` keeps everything (list, get, create, `PATCH`, delete).

use graph_entity::GraphEntity;
use graph_entity::address::{AllowsGet, AllowsList, AllowsReplace, Capabilities};
use graph_entity::http::Method;
use graph_entity::serde_json::json;
use graph_entity_tests::sent::sent;

#[derive(GraphEntity, Default)]
#[graph(base = "entity", odata_type = "microsoft.graph.team", path = "/teams",
        contains(name = "schedule", target = Schedule, single, allows(get, replace)),
        contains(name = "channels", target = Channel))]
pub struct Team {
    pub id: Option<String>,
}

#[derive(GraphEntity, Default)]
#[graph(base = "entity", odata_type = "microsoft.graph.schedule",
        contains(name = "shifts", target = Shift))]
pub struct Schedule {
    pub id: Option<String>,
    pub enabled: Option<bool>,
    pub time_zone: Option<String>,
    #[graph(read_only)]
    pub provision_status: Option<String>,
}

#[derive(GraphEntity, Default)]
#[graph(base = "entity", odata_type = "microsoft.graph.shift")]
pub struct Shift {
    pub id: Option<String>,
}

#[derive(GraphEntity, Default)]
#[graph(base = "entity", odata_type = "microsoft.graph.channel")]
pub struct Channel {
    pub id: Option<String>,
    pub display_name: Option<String>,
}

#[derive(GraphEntity, Default)]
#[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users",
        contains(name = "calendarView", target = Event, allows(list)),
        contains(name = "events", target = Event))]
pub struct User {
    pub id: Option<String>,
}

#[derive(GraphEntity, Default)]
#[graph(base = "entity", odata_type = "microsoft.graph.event")]
pub struct Event {
    pub id: Option<String>,
    pub subject: Option<String>,
}

const ROOT: &str = "https://graph.microsoft.com/v1.0";

#[test]
fn a_step_updated_by_put_replaces_the_whole_entity() {
    let schedule = Schedule {
        enabled: Some(true),
        time_zone: Some("America/Chicago".to_owned()),
        provision_status: Some("Completed".to_owned()),
        ..Schedule::default()
    };
    let call = Team::item("t/1")
        .schedule()
        .replace_with(&schedule)
        .expect("body");
    assert_eq!(
        sent(call),
        (
            Method::PUT,
            format!("{ROOT}/teams/t%2F1/schedule"),
            // Written as a create body is: its type, and not what the server owns.
            Some(json!({
                "@odata.type": "#microsoft.graph.schedule",
                "enabled": true,
                "timeZone": "America/Chicago"
            }))
        )
    );
    let get = Team::item("t1").schedule().get();
    assert_eq!(sent(get).0, Method::GET);
    // Its contained steps keep theirs.
    let shifts = Team::item("t1").schedule().shifts().create();
    assert_eq!(
        sent(shifts),
        (
            Method::POST,
            format!("{ROOT}/teams/t1/schedule/shifts"),
            None
        )
    );
}

#[test]
fn a_listed_only_step_lists_and_counts() {
    let view = User::item("u1").calendar_view();
    assert_eq!(
        sent(view.list()),
        (Method::GET, format!("{ROOT}/users/u1/calendarView"), None)
    );
    assert_eq!(
        sent(view.count()).1,
        format!("{ROOT}/users/u1/calendarView/$count")
    );
}

#[test]
fn an_unrestricted_step_keeps_every_operation() {
    let events = User::item("u1").events();
    let event = Event {
        subject: Some("Review".to_owned()),
        ..Event::default()
    };
    assert_eq!(
        sent(events.create_with(&event).expect("body")).0,
        Method::POST
    );
    let item = events.item("e1");
    assert_eq!(sent(item.get()).0, Method::GET);
    assert_eq!(sent(item.update()).0, Method::PATCH);
    assert_eq!(sent(item.delete()).0, Method::DELETE);
    let channels = Team::item("t1").channels();
    assert_eq!(sent(channels.item("c1").delete()).0, Method::DELETE);
}

/// The generated markers implement what `allows(...)` lists, and nothing else.
#[test]
fn markers_implement_what_is_listed() {
    fn capabilities<C: Capabilities>() {}
    fn gets<C: AllowsGet>() {}
    fn replaces<C: AllowsReplace>() {}
    fn lists<C: AllowsList>() {}
    capabilities::<TeamScheduleCapabilities>();
    gets::<TeamScheduleCapabilities>();
    replaces::<TeamScheduleCapabilities>();
    lists::<UserCalendarViewCapabilities>();
    // What the marker does not list, it does not implement: the trybuild cases
    // `contained-step-*` show each refused with its message.
}
