use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "deviceManagementExchangeConnector",
    path = "deviceManagement/exchangeConnectors"
)]
struct Connector {
    id: Option<String>,
    server_name: Option<String>,
    #[graph(rename = "serverName")]
    host: Option<String>,
}

fn main() {}
