use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.drive", path = "/drives")]
struct Drive {
    id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users",
        navigation(name = "drive", target = Drive, single, creates))]
struct User {
    id: Option<String>,
}

fn main() {}
