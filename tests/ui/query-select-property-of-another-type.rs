// A query over a declared type takes the property names of that type and of its bases, not
// those of an unrelated type.
use graph_entity::GraphEntity;
use graph_entity::query::Query;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users")]
pub struct User {
    pub id: Option<String>,
    pub display_name: Option<String>,
}

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.group", path = "/groups")]
pub struct Group {
    pub id: Option<String>,
    pub mail_nickname: Option<String>,
}

fn main() {
    let _ = Query::<User>::typed().select([Group::MAIL_NICKNAME]);
}
