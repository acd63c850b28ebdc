use graph_entity::resources::DeviceManagementExchangeConnector;

fn main() {
    // sync's syncType is required: the request cannot be built without its parameters.
    let _ = DeviceManagementExchangeConnector::sync("c1");
}
