use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.deviceManagement", singleton = "/deviceManagement")]
struct DeviceManagement {
    id: Option<String>,
}

fn main() {
    let _ = DeviceManagement::singleton().delete();
}
