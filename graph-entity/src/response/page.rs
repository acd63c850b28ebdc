//! Collection pages ([`Page`]), delta items ([`DeltaItem`]) and paging ([`Pager`]): the
//! public face of the modules that hold them, under the path `graph_entity::page` has always
//! had.

pub use crate::response::collection::Page;
pub use crate::response::delta::{DeltaItem, Removed, RemovedReason};
pub use crate::response::error::PagingError;
pub use crate::response::pager::{Cursor, Pager};
