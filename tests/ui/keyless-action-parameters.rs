use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(parameters, keyless)]
struct RunHuntingQueryParameters {
    query: Option<String>,
}

fn main() {}
