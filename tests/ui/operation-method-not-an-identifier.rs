use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(parameters)]
struct DeltaToken {
    token: String,
}

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.driveItem",
    path = "/drives/d1/items",
    function(name = "delta", returns = ()),
    function(name = "delta", method = "delta-with-token", parameters = DeltaToken, returns = ())
)]
struct DriveItem {
    id: Option<String>,
}

fn main() {}
