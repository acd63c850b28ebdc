use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory {
    id: Option<String>,
    #[graph("displayName")]
    name: Option<String>,
}

fn main() {}
