use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory {
    id: Option<String>,
    display_name: Option<String>,
    additional_data: graph_entity::AdditionalData,
}

fn main() {}
