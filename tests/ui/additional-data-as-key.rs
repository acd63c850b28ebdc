use graph_entity::{AdditionalData, GraphEntity};

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory {
    display_name: Option<String>,
    #[graph(key, additional_data)]
    additional_data: AdditionalData,
}

fn main() {}
