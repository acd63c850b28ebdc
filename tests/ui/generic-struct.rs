use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory<T> {
    id: Option<String>,
    display_name: Option<T>,
}

fn main() {}
