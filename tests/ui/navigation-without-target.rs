use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.group", path = "/groups", navigation(name = "members"))]
struct Group {
    id: Option<String>,
}

fn main() {}
