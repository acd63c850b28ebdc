use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceCategory",
    path = "/deviceManagement/deviceCategories"
)]
struct DeviceCategory {
    #[graph(key, renam = "identifier")]
    identifier: Option<String>,
}

fn main() {}
