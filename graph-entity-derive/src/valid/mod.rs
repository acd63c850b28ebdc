//! Cross-field rules. Turns the parsed [`ast`](crate::ast) into the checked form that
//! [`expand`](crate::expand) generates code from ([`model`]), or into every error the input
//! has: one per mistake, with no follow-on errors.

mod entity;
mod enums;
mod model;
mod names;
mod operations;
mod projection;

#[cfg(test)]
mod tests;

pub use entity::check_entity;
pub use enums::{check_enum, check_polymorphic};
pub use model::{Action, CheckedEntity, CheckedEnum, CheckedPolymorphic, Kind, Property, Role};
