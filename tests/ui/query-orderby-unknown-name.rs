// The property names of a declared type are its generated constants: a misspelled one does
// not compile.
use graph_entity::GraphEntity;
use graph_entity::query::{Order, Query};

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.user", path = "/users")]
pub struct User {
    pub id: Option<String>,
    pub display_name: Option<String>,
}

fn main() {
    let _ = Query::<User>::typed().order_by(User::DISPALY_NAME, Order::Ascending);
}
