//! `Edm.DateTimeOffset`, which moved to [`edm`](crate::edm) beside the other Edm types.
//!
//! This module re-exports it so that `graph_entity::time::DateTimeOffset` keeps working; new
//! code should name [`graph_entity::edm::DateTimeOffset`](crate::edm::DateTimeOffset).

pub use crate::edm::{DateTimeOffset, ParseDateTimeOffsetError};
