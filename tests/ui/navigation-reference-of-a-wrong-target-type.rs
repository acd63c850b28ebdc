use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.directoryObject", path = "/directoryObjects")]
struct DirectoryObject {
    id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.user", path = "/users")]
struct User {
    #[graph(base)]
    base: DirectoryObject,
}

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.driveItem", path = "/drives/items")]
struct DriveItem {
    id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.group", path = "/groups",
        navigation(name = "members", target = DirectoryObject, references))]
struct Group {
    #[graph(base)]
    base: DirectoryObject,
}

fn main() {
    let members = Group::item("g1").members();
    let _ = members.refs().add::<User, _>("u1");
    let _ = members.refs().add::<DriveItem, _>("i1");
}
