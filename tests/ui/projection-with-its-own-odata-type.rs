use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users")]
pub struct User {
    pub id: Option<String>,
}

// A projection takes its name, base and paths from `User`.
#[derive(GraphEntity)]
#[graph(projection_of = User, odata_type = "microsoft.graph.user", path = "/users")]
pub struct UserRow {
    pub id: Option<String>,
}

fn main() {}
