//! The types of the namespace `microsoft.graph.identityGovernance`.

// Features that leave a module's types out leave some of these unused.
#[allow(unused_imports)]
use graph_entity::{AdditionalData, Flags, GraphEntity, GraphEnum, GraphPolymorphic, edm};

mod identity_governance_area;
#[allow(unused_imports)] // empty without its features
pub use self::identity_governance_area::*;
mod other;
#[allow(unused_imports)] // empty without its features
pub use self::other::*;
