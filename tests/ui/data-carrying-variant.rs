use graph_entity::GraphEnum;

#[derive(GraphEnum)]
#[graph(odata_type = "microsoft.graph.deviceManagementExchangeConnectorStatus")]
enum Status {
    None,
    Bad(u8),
    Connected,
}

fn main() {}
