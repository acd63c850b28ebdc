use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type)]
struct DeviceCategory {
    id: Option<String>,
}

fn main() {}
