use graph_entity::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    None = 0,
    Connected,
}

fn main() {}
