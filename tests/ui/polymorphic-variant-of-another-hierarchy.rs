use graph_entity::{AdditionalData, GraphEntity, GraphPolymorphic};

#[derive(GraphEntity, Default)]
#[graph(base = "entity", odata_type = "microsoft.graph.mobileApp", path = "/deviceAppManagement/mobileApps")]
struct MobileApp {
    id: Option<String>,
    display_name: Option<String>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory")]
struct DeviceCategory {
    id: Option<String>,
}

#[derive(GraphPolymorphic)]
enum AnyMobileApp {
    Category(DeviceCategory),
    #[graph(other)]
    Other(MobileApp),
}

fn main() {}
