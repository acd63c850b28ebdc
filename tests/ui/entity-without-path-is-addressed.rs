use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory {
    id: Option<String>,
}

const COLLECTION: &str = DeviceCategory::COLLECTION_PATH;

fn main() {
    let _ = COLLECTION;
}
