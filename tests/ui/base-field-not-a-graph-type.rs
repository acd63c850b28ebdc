use graph_entity::GraphEntity;

struct NotGraph;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.webApp")]
struct WebApp {
    #[graph(base)]
    base: NotGraph,
    app_url: Option<String>,
}

fn main() {}
