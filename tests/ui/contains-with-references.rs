use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.message")]
struct Message {
    id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users",
        contains(name = "messages", target = Message, references))]
struct User {
    id: Option<String>,
}

fn main() {}
