use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementExchangeConnector",
    action = "sync"
)]
struct Connector {
    server_name: Option<String>,
}

fn main() {}
