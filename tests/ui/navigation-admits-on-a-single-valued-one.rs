// `admits(...)` constrains a collection-valued navigation.
use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.directoryObject", path = "/directoryObjects")]
pub struct DirectoryObject {
    pub id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.user", path = "/users",
        navigation(name = "manager", target = DirectoryObject, single, references, admits(User)))]
pub struct User {
    #[graph(base)]
    pub base: DirectoryObject,
}

fn main() {}
