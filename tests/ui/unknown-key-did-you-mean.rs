use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_typ = "microsoft.graph.deviceCategory")]
struct DeviceCategory {
    id: Option<String>,
    display_name: Option<String>,
}

fn main() {}
