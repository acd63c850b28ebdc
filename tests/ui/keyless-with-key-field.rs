use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.security", keyless)]
struct Security {
    #[graph(key)]
    name: Option<String>,
}

fn main() {}
