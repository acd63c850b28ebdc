use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.security", keyless, path = "/security")]
struct Security {
    provider_status: Option<String>,
}

fn main() {}
