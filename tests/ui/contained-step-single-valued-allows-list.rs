use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.team", path = "/teams",
        contains(name = "schedule", target = Schedule, single, allows(get, list, create)))]
struct Team {
    id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.schedule")]
struct Schedule {
    id: Option<String>,
}

fn main() {}
