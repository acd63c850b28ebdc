use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceCompliancePolicy",
    path = "/deviceManagement/deviceCompliancePolicies",
    abstract = true
)]
struct DeviceCompliancePolicy {
    id: Option<String>,
}

fn main() {}
