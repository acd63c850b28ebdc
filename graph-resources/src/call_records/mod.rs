//! The types of the namespace `microsoft.graph.callRecords`.

// Features that leave a module's types out leave some of these unused.
#[allow(unused_imports)]
use graph_entity::{AdditionalData, GraphEntity, GraphEnum, GraphPolymorphic, edm};

mod communications;
#[allow(unused_imports)] // empty without its features
pub use self::communications::*;
mod shared;
#[allow(unused_imports)] // empty without its features
pub use self::shared::*;
mod other;
#[allow(unused_imports)] // empty without its features
pub use self::other::*;
