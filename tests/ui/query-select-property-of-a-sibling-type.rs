// A query over a derived type takes the property names of that type and of its bases, not
// those of another type derived from the same base.
use graph_entity::GraphEntity;
use graph_entity::query::Query;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.mobileApp", path = "/apps")]
pub struct MobileApp {
    pub id: Option<String>,
    pub display_name: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.webApp")]
pub struct WebApp {
    #[graph(base)]
    pub base: MobileApp,
    pub app_url: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.iosStoreApp")]
pub struct IosStoreApp {
    #[graph(base)]
    pub base: MobileApp,
    pub bundle_id: Option<String>,
}

fn main() {
    let _ = Query::<WebApp>::typed()
        .select([WebApp::APP_URL])
        .select([MobileApp::DISPLAY_NAME])
        .select([IosStoreApp::BUNDLE_ID]);
}
