use graph_entity::{Flags, GraphEnum};

#[derive(GraphEnum, Clone, Copy, PartialEq)]
enum Channel {
    Email,
    Sms,
}

fn main() {
    let _ = Flags::<Channel>::parse("email");
}
