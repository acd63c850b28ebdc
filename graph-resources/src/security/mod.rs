//! The types of the namespace `microsoft.graph.security`.

// Features that leave a module's types out leave some of these unused.
#[allow(unused_imports)]
use graph_entity::{AdditionalData, Flags, GraphEntity, GraphEnum, GraphPolymorphic, Page, edm};

mod drives;
#[allow(unused_imports)] // empty without its features
pub use self::drives::*;
mod other;
#[allow(unused_imports)] // empty without its features
pub use self::other::*;
mod security_area;
#[allow(unused_imports)] // empty without its features
pub use self::security_area::*;
