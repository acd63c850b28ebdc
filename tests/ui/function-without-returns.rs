use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users", function(name = "delta", collection))]
struct User {
    id: Option<String>,
}

fn main() {}
