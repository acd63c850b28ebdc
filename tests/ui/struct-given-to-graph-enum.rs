use graph_entity::GraphEnum;

#[derive(GraphEnum)]
#[graph(odata_type = "microsoft.graph.deviceManagementExchangeConnectorStatus")]
struct Status {
    value: String,
}

fn main() {}
