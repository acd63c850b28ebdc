use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.mobileApp")]
struct MobileApp {
    id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.webApp")]
struct WebApp {
    #[graph(base)]
    app: MobileApp,
    app_url: Option<String>,
}

fn main() {
    let _ = WebApp::list();
}
