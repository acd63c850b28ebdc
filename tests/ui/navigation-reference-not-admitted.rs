// `admits(...)` (the CSDL's derived-type constraint) narrows what a navigation holds: a
// directory role is a directory object, but not one a group's members may be.
use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(base = "entity", odata_type = "microsoft.graph.directoryObject", path = "/directoryObjects")]
pub struct DirectoryObject {
    pub id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.user", path = "/users")]
pub struct User {
    #[graph(base)]
    pub base: DirectoryObject,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryRole", path = "/directoryRoles")]
pub struct DirectoryRole {
    #[graph(base)]
    pub base: DirectoryObject,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.group", path = "/groups",
        navigation(name = "members", target = DirectoryObject, references, admits(User, Group)))]
pub struct Group {
    #[graph(base)]
    pub base: DirectoryObject,
}

fn main() {
    let members = Group::item("g1").members();
    let _ = members.refs().add::<User, _>("u1");
    let _ = members.refs().add::<DirectoryRole, _>("r1");
}
