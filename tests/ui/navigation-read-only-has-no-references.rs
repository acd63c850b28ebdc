use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.directoryObject", path = "/directoryObjects")]
struct DirectoryObject {
    id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.user", path = "/users",
        navigation(name = "memberOf", target = DirectoryObject))]
struct User {
    #[graph(base)]
    base: DirectoryObject,
}

fn main() {
    let _ = User::item("u1").member_of().refs();
}
