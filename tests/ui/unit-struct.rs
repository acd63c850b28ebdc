use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory;

fn main() {}
