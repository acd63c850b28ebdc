use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceCategory",
    path = "/deviceManagement/deviceCategories",
    path = "/deviceManagement/categories"
)]
struct DeviceCategory {
    id: Option<String>,
    display_name: Option<String>,
}

fn main() {}
