use graph_entity::GraphEntity;

struct Report;

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.user",
    path = "/users",
    function(name = "getReport", returns = Report)
)]
struct User {
    id: Option<String>,
}

fn main() {}
