use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory {
    #[graph(key)]
    id: u32,
    display_name: Option<String>,
}

fn main() {}
