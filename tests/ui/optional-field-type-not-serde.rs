use graph_entity::GraphEntity;

struct Opaque;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory {
    id: Option<String>,
    opaque: Option<Opaque>,
}

fn main() {}
