use graph_entity::{AdditionalData, GraphEntity};

// A keyless entity type has no collection: creating one is one error, that it is not
// addressable (with a note on how keyless types are reached), not also that it is abstract.
#[derive(GraphEntity, Default)]
#[graph(odata_type = "microsoft.graph.reportRoot", keyless, singleton = "/reports")]
struct ReportRoot {
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

fn main() {
    let _ = ReportRoot::default().create_with();
}
