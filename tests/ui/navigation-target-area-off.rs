// `me.drive()` with graph-resources built for `users` alone: `drive` is a step of `user`, but its
// target, `drive`, is in an area whose feature is off. The error names the feature to enable.
use graph_entity::GraphEntity;
use graph_resources::graph::User;

fn main() {
    let _drive = User::item("u1").drive();
}
