use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(parameters, odata_type = "microsoft.graph.syncParameters")]
struct SyncParameters {
    sync_type: String,
}

fn main() {}
