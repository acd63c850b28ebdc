// `binding` names the entity set a navigation is bound to, one segment from the service root.
use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.directoryObject", path = "/directoryObjects")]
pub struct DirectoryObject {
    pub id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.group",
    path = "/groups",
    navigation(name = "members", target = DirectoryObject, references, binding = "directoryObjects/x")
)]
pub struct Group {
    pub id: Option<String>,
}

fn main() {}
