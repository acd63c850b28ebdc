use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.security", keyless)]
struct Security {
    id: Option<String>,
}

fn main() {}
