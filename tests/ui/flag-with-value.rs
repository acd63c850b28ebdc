use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory {
    #[graph(key = true)]
    id: Option<String>,
}

fn main() {}
