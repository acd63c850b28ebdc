//! The types of the namespace `microsoft.graph.externalConnectors`.

// Features that leave a module's types out leave some of these unused.
#[allow(unused_imports)]
use graph_entity::{AdditionalData, GraphEntity, GraphEnum, GraphPolymorphic, edm, serde_json};

mod connections;
#[allow(unused_imports)] // empty without its features
pub use self::connections::*;
mod external;
#[allow(unused_imports)] // empty without its features
pub use self::external::*;
mod other;
#[allow(unused_imports)] // empty without its features
pub use self::other::*;
