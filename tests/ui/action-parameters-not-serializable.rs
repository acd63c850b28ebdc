use graph_entity::GraphEntity;

struct SyncParameters;

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceManagementExchangeConnector",
    path = "/deviceManagement/exchangeConnectors",
    action(name = "sync", parameters = SyncParameters)
)]
struct Connector {
    id: Option<String>,
}

fn main() {}
