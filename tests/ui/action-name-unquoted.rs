use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedDevice",
    path = "/deviceManagement/managedDevices",
    action = retire
)]
struct ManagedDevice {
    id: Option<String>,
}

fn main() {}
