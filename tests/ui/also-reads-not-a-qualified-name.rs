use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.user",
    base = "entity",
    also_reads = "agentUser"
)]
struct User {
    id: Option<String>,
}

fn main() {}
