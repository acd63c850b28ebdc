use graph_entity::{AdditionalData, GraphEntity};

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory {
    id: Option<String>,
    #[graph(additional_data, non_nullable)]
    additional_data: AdditionalData,
}

fn main() {}
