use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceManagementExchangeConnector",
    path = "/deviceManagement/exchangeConnectors",
    action(name = "sync", parameters = 1)
)]
struct Connector {
    id: Option<String>,
}

fn main() {}
