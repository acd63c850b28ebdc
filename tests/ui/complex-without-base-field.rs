use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(complex, odata_type = "microsoft.graph.mimeContent")]
struct MimeContent {
    r#type: Option<String>,
}

fn main() {}
