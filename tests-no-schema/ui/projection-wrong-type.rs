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
    pub display_name: Option<String>,
    pub business_phones: Option<Vec<String>>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.group", path = "/groups")]
pub struct Group {
    #[graph(base)]
    pub base: DirectoryObject,
    pub display_name: Option<String>,
    pub mail_nickname: Option<String>,
}

// `businessPhones` is a collection of strings, not one.
#[derive(GraphEntity)]
#[graph(projection_of = User)]
pub struct UserRow {
    pub display_name: Option<String>,
    pub business_phones: Option<String>,
}

fn main() {}
