use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.directoryObject", path = "/directoryObjects")]
struct DirectoryObject {
    id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.group", path = "/groups",
        navigation(name = "memberOf", target = DirectoryObject, allows(list)))]
struct Group {
    #[graph(base)]
    base: DirectoryObject,
}

fn main() {}
