use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceCategory",
    path = "/deviceManagement/deviceCategories/{id}"
)]
struct DeviceCategory {
    id: Option<String>,
}

fn main() {}
