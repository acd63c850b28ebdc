use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory {
    id: Option<String>,
    #[graph(non_nullable = true)]
    display_name: Option<String>,
}

fn main() {}
