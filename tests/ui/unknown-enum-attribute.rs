use graph_entity::GraphEnum;

#[derive(GraphEnum)]
#[graph(odata_typ = "microsoft.graph.deviceManagementExchangeConnectorStatus")]
enum Status {
    None,
    Connected,
}

fn main() {}
