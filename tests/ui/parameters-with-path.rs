use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(parameters, path = "/sync")]
struct SyncParameters {
    sync_type: String,
}

fn main() {}
