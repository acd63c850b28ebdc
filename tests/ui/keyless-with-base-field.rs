use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.identityGovernance.workflowBase", keyless)]
struct WorkflowBase {
    display_name: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.identityGovernance.workflow", keyless)]
struct Workflow {
    #[graph(base)]
    base: WorkflowBase,
    version: Option<i32>,
}

fn main() {}
