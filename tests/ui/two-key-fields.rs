use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory {
    #[graph(key)]
    id: Option<String>,
    #[graph(key)]
    display_name: Option<String>,
}

fn main() {}
