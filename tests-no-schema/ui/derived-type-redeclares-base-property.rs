use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.directoryObject", path = "/directoryObjects")]
struct DirectoryObject {
    id: Option<String>,
    display_name: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.group")]
struct Group {
    #[graph(base)]
    base: DirectoryObject,
    mail: Option<String>,
    display_name: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.team")]
struct Team {
    #[graph(base)]
    group: Group,
    #[graph(rename = "id")]
    team_id: Option<String>,
}

fn main() {}
