use std::collections::HashMap;

use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory {
    id: Option<String>,
    display_name: Option<String>,
    #[graph(additional_data)]
    additional_data: HashMap<String, String>,
}

fn main() {}
