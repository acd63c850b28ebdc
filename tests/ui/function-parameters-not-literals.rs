use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(parameters)]
struct ReminderParameters {
    attendees: Option<Vec<String>>,
}

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.user",
    path = "/users",
    function(name = "reminderView", parameters = ReminderParameters, returns = Vec<String>)
)]
struct User {
    id: Option<String>,
}

fn main() {}
