use graph_entity::GraphEntity;

struct NotGraph;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.win32LobAppRegistryRule", complex)]
struct RegistryRule {
    #[graph(base)]
    rule: NotGraph,
    key_path: Option<String>,
}

fn main() {}
