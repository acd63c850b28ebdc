use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceCompliancePolicy",
    path = "/deviceManagement/deviceCompliancePolicies",
    abstract
)]
struct DeviceCompliancePolicy {
    id: Option<String>,
    display_name: Option<String>,
}

fn main() {
    let policy = DeviceCompliancePolicy {
        id: None,
        display_name: Some("Baseline".to_owned()),
    };
    let _ = policy.create_with();
}
