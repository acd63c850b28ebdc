use graph_entity::GraphEntity;

#[derive(GraphEntity, Default)]
#[graph(base = "entity", odata_type = "microsoft.graph.team", path = "/teams",
        contains(name = "schedule", target = Schedule, single, allows(get, replace)))]
struct Team {
    id: Option<String>,
}

#[derive(GraphEntity, Default)]
#[graph(base = "entity", odata_type = "microsoft.graph.schedule")]
struct Schedule {
    id: Option<String>,
    enabled: Option<bool>,
}

fn main() {
    // `schedule` is replaced with PUT:
    let _ = Team::item("t1").schedule().replace_with(&Schedule::default());
    // and takes no PATCH:
    let _ = Team::item("t1").schedule().update_with(&Default::default());
}
