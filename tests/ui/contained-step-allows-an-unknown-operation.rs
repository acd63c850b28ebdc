use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users",
        contains(name = "calendarView", target = Event, allows(list, read)))]
struct User {
    id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.event")]
struct Event {
    id: Option<String>,
}

fn main() {}
