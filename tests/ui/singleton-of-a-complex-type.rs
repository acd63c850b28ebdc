use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.identity", singleton = "/identity")]
struct Identity {
    display_name: Option<String>,
}

fn main() {}
