// A query over a declared type takes only that type's property names: a free string (here a
// misspelled name) does not compile.
use graph_entity::query::{Property, Query};

pub struct User;

impl User {
    pub const DISPLAY_NAME: Property<User> = Property::declared("displayName");
}

fn main() {
    let _ = Query::<User>::typed().select([User::DISPLAY_NAME]).select(["dispalyName"]);
}
