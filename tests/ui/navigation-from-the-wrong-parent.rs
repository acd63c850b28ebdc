use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.message")]
struct Message {
    id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users", contains(name = "messages", target = Message))]
struct User {
    id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.group", path = "/groups")]
struct Group {
    id: Option<String>,
}

fn main() {
    let _ = Group::item("g1").messages();
}
