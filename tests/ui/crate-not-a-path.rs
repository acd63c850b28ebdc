use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory", crate = "graph entity")]
struct DeviceCategory {
    display_name: Option<String>,
}

fn main() {}
