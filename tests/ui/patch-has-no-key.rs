use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories")]
struct DeviceCategory {
    id: Option<String>,
    display_name: Option<String>,
}

fn main() {
    let patch = DeviceCategoryPatch::default();
    let _ = patch.id;
}
