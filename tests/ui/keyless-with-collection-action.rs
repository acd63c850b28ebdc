use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.reportRoot",
    keyless,
    singleton = "/reports",
    function(name = "getTeamsUserActivityCounts", returns = String, collection)
)]
struct ReportRoot {}

fn main() {}
