use graph_entity::GraphEnum;

#[derive(GraphEnum)]
enum Status<const N: usize> {
    None,
    Connected,
}

fn main() {}
