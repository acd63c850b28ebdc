use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory", action = "sync")]
struct DeviceCategory {
    id: Option<String>,
}

fn main() {
    let _ = DeviceCategory::sync("c1");
}
