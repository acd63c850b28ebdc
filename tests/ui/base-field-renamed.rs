use graph_entity::{AdditionalData, GraphEntity};

#[derive(GraphEntity, Default)]
#[graph(base = "entity", odata_type = "microsoft.graph.mobileApp", path = "/deviceAppManagement/mobileApps")]
struct MobileApp {
    id: Option<String>,
    display_name: Option<String>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.webApp")]
struct WebApp {
    #[graph(base, rename = "parent")]
    base: MobileApp,
    app_url: Option<String>,
}

fn main() {}
