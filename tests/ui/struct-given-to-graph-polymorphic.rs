use graph_entity::GraphPolymorphic;

#[derive(GraphPolymorphic)]
struct AnyMobileApp {
    id: Option<String>,
}

fn main() {}
