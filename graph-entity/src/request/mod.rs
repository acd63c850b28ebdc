//! Requests as data, built without I/O: the [`Body`] a request carries.

mod body;

pub use body::{Body, BodyContent, BodyStream};
