use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceCategory",
    path = "/deviceManagement/deviceCategories"
)]
struct DeviceCategory {
    display_name: Option<String>,
}

fn main() {}
