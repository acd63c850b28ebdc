use graph_entity::GraphEntity;

#[derive(GraphEntity, Default)]
#[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users",
        contains(name = "calendarView", target = Event, allows(list)),
        contains(name = "events", target = Event))]
struct User {
    id: Option<String>,
}

#[derive(GraphEntity, Default)]
#[graph(base = "entity", odata_type = "microsoft.graph.event")]
struct Event {
    id: Option<String>,
}

fn main() {
    // `events` creates an event:
    let _ = User::item("u1").events().create_with(&Event::default());
    // `calendarView` is a view, listed only:
    let _ = User::item("u1").calendar_view().create_with(&Event::default());
}
