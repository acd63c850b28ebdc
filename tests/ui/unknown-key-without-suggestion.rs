use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory {
    id: Option<String>,
    #[graph(optional)]
    display_name: Option<String>,
}

fn main() {}
