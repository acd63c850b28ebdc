use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.user",
    path = "/users",
    action = "reprocess",
    function(name = "reprocess", returns = bool)
)]
struct User {
    id: Option<String>,
}

fn main() {}
