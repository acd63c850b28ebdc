use graph_entity::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    None,
    #[graph(rename = "")]
    Connected,
}

fn main() {}
