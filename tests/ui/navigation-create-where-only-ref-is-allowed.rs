use graph_entity::GraphEntity;

#[derive(GraphEntity, Default)]
#[graph(base = "entity", odata_type = "microsoft.graph.directoryObject", path = "/directoryObjects")]
struct DirectoryObject {
    id: Option<String>,
}

#[derive(GraphEntity, Default)]
#[graph(odata_type = "microsoft.graph.user", path = "/users")]
struct User {
    #[graph(base)]
    base: DirectoryObject,
}

#[derive(GraphEntity, Default)]
#[graph(base = "entity", odata_type = "microsoft.graph.driveItem", path = "/drives/items",
        navigation(name = "children", target = DriveItem, creates))]
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
    // `children` creates a folder or a file:
    let _ = DriveItem::item("i1").children().create_with(&DriveItem::default());
    // `members` changes only through `$ref`:
    let _ = Group::item("g1").members().create_with(&User::default());
}
