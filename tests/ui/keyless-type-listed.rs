use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.security", keyless, singleton = "/security")]
struct Security {
    provider_status: Option<String>,
}

fn main() {
    let _ = Security::list();
}
