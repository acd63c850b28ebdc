// A query over a declared type takes only that type's property names: a free string (here a
// misspelled name) does not compile.
use graph_entity::GraphEntity;
use graph_entity::query::Query;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users")]
pub struct User {
    pub id: Option<String>,
    pub display_name: Option<String>,
}

fn main() {
    let _ = Query::<User>::typed().select([User::DISPLAY_NAME]).select(["dispalyName"]);
}
