use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory")]
union DeviceCategory {
    id: u32,
    version: u64,
}

fn main() {}
