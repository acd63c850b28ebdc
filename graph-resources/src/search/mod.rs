//! The types of the namespace `microsoft.graph.search`.

// Features that leave a module's types out leave some of these unused.
#[allow(unused_imports)]
use graph_entity::{AdditionalData, GraphEntity, GraphEnum, GraphPolymorphic, edm};

mod other;
#[allow(unused_imports)] // empty without its features
pub use self::other::*;
mod search_area;
#[allow(unused_imports)] // empty without its features
pub use self::search_area::*;
