//! The types of the namespace `microsoft.graph.entraRecoveryServices`.

// Features that leave a module's types out leave some of these unused.
#[allow(unused_imports)]
use graph_entity::{AdditionalData, GraphEntity, GraphEnum, GraphPolymorphic, Page, edm};

mod directory;
#[allow(unused_imports)] // empty without its features
pub use self::directory::*;
mod other;
#[allow(unused_imports)] // empty without its features
pub use self::other::*;
