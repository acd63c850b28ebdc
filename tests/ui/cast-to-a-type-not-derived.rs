use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users")]
struct User {
    id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.group", path = "/groups")]
struct Group {
    id: Option<String>,
}

fn main() {
    let _ = User::item("u1").cast::<Group, _>();
}
