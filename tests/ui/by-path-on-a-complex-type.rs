use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.itemReference", by_path)]
struct ItemReference {
    path: Option<String>,
}

fn main() {}
