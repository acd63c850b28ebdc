use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceCategory",
    path = /deviceManagement/deviceCategories
)]
struct DeviceCategory {
    id: Option<String>,
}

fn main() {}
