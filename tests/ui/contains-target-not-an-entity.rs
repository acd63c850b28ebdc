use graph_entity::GraphEntity;

struct Message;

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.user",
    path = "/users",
    contains(name = "messages", target = Message)
)]
struct User {
    id: Option<String>,
}

fn main() {}
