use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users", function = "delta")]
struct User {
    id: Option<String>,
}

fn main() {}
