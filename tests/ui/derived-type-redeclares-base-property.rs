use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.mobileApp", path = "/deviceAppManagement/mobileApps")]
struct MobileApp {
    id: Option<String>,
    display_name: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.webApp")]
struct WebApp {
    #[graph(base)]
    app: MobileApp,
    app_url: Option<String>,
    display_name: Option<String>,
}

fn main() {}
