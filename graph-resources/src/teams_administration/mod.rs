//! The types of the namespace `microsoft.graph.teamsAdministration`.

// Features that leave a module's types out leave some of these unused.
#[allow(unused_imports)]
use graph_entity::{AdditionalData, GraphEntity, GraphEnum, Page, edm};

mod admin;
#[allow(unused_imports)] // empty without its features
pub use self::admin::*;
mod other;
#[allow(unused_imports)] // empty without its features
pub use self::other::*;
