use graph_entity::{AdditionalData, GraphEntity};

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.mobileApp", path = "/deviceAppManagement/mobileApps")]
struct MobileApp {
    id: Option<String>,
    display_name: Option<String>,
    #[graph(read_only)]
    created_date_time: Option<String>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

fn main() {
    let _ = MobileAppPatch::default().created_date_time(None);
}
