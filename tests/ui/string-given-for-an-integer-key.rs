use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.counter", path = "/counters")]
struct Counter {
    #[graph(key)]
    number: Option<i64>,
}

fn main() {
    let _ = Counter::get("3");
}
