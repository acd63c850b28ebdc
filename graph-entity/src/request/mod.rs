//! Requests as data, built without I/O: an [`Operation`] (method, target, headers, [`Body`]),
//! a [`ServiceRoot`], [`query`] options, and the one road from an operation under a root with
//! a query to an [`http::Request`], [`ServiceRoot::build`].

mod body;
mod build;
mod error;
pub(crate) mod operation;
pub mod query;
mod service;

pub use body::{Body, BodyContent, BodyStream};
pub use build::PreAuthenticated;
pub(crate) use build::{absolute_uri, build};
pub use error::RequestError;
pub use operation::Operation;
pub use service::{ApiVersion, Cloud, ServiceRoot, ServiceRootError};
