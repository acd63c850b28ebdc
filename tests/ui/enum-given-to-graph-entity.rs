use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceManagementExchangeConnectorStatus")]
enum Status {
    None,
    Connected,
}

fn main() {}
