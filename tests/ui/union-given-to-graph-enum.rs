use graph_entity::GraphEnum;

#[derive(GraphEnum)]
union Status {
    code: u32,
}

fn main() {}
