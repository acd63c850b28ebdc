use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph = "microsoft.graph.deviceCategory"]
struct DeviceCategory {
    display_name: Option<String>,
}

fn main() {}
