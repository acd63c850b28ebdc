use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.edge", keyless)]
struct Edge {}

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.admin",
    keyless,
    singleton = "/admin",
    contains(name = "edge", target = Edge)
)]
struct Admin {}

fn main() {}
