use graph_entity::GraphEntity;

pub struct NotGraph;

#[derive(GraphEntity)]
#[graph(projection_of = NotGraph)]
pub struct Row {
    pub id: Option<String>,
    pub name: Option<String>,
}

fn main() {}
