use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceManagementExchangeConnector",
    path = "/deviceManagement/exchangeConnectors",
    action(parameters = SyncParameters)
)]
struct Connector {
    id: Option<String>,
}

fn main() {}
