use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft..deviceCategory")]
struct DeviceCategory {
    display_name: Option<String>,
}

fn main() {}
