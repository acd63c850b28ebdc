use graph_entity::GraphEntity;

struct Opaque;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory {
    id: Option<String>,
    display_name: Option<String>,
    opaque: Opaque,
}

fn main() {}
