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

pub use enums::{check_enum, check_polymorphic};
pub use model::{
    Action, Allows, CheckedEntity, CheckedEnum, CheckedPolymorphic, Kind, Navigation, Property,
    Role,
};

use crate::ast::Entity;
use crate::ctxt::Ctxt;

/// The rules of a `GraphEntity` struct: a projection's (`projection_of`), or those of a type
/// that declares itself. `None` when any failed.
pub fn check_entity<'a>(ast: &'a Entity, cx: &Ctxt) -> Option<CheckedEntity<'a>> {
    match &ast.attrs.projection_of {
        Some(of) => projection::check_projection(ast, of, cx),
        None => entity::check_declared(ast, cx),
    }
}
