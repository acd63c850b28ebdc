use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.identity")]
struct Identity {
    display_name: Option<String>,
}

#[derive(GraphEntity)]
#[graph(complex, odata_type = "microsoft.graph.userIdentity", path = "/userIdentities")]
struct UserIdentity {
    #[graph(base)]
    base: Identity,
    ip_address: Option<String>,
}

fn main() {}
