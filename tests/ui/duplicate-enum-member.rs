use graph_entity::GraphEnum;

#[derive(GraphEnum)]
#[graph(odata_type = "microsoft.graph.deviceManagementExchangeConnectorStatus")]
enum Status {
    None,
    Connected,
    #[graph(rename = "connected")]
    Online,
}

fn main() {}
