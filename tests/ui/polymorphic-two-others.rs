use graph_entity::{AdditionalData, GraphEntity, GraphPolymorphic};

#[derive(GraphEntity, Default)]
#[graph(base = "entity", odata_type = "microsoft.graph.mobileApp", path = "/deviceAppManagement/mobileApps")]
struct MobileApp {
    id: Option<String>,
    display_name: Option<String>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

#[derive(GraphPolymorphic)]
enum AnyMobileApp {
    #[graph(other)]
    First(MobileApp),
    #[graph(other)]
    Second(MobileApp),
}

fn main() {}
