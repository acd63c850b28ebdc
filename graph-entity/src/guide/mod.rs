//! The guide: how to use the crates of this workspace, chapter by chapter, each example a
//! doctest (the README is the front door; this is the manual).
//!
//! - [`declaring`]: your own types with `#[derive(GraphEntity)]`, `GraphEnum` and
//!   `GraphPolymorphic`, PATCH, derived and abstract types, and what is generated (every
//!   attribute is listed in [`attributes`](crate::attributes));
//! - [`wire_format`]: how they read and write OData JSON, and the Edm types;
//! - [`addressing`]: keys in paths, absolute URLs, and the typed address steps;
//! - [`requests`]: requests and responses without I/O: service roots, queries, ETags,
//!   paging, delta and batching;
//! - [`client`]: the async client (feature `client`), and running against a real tenant;
//! - [`generated_types`]: every Graph v1.0 type in `graph-resources`, its areas, and checking
//!   a declaration against the CSDL.
//!
//! The local Graph stand-in that the examples run against has its own crate docs
//! (`graph-standin`: `cargo doc -p graph-standin --open`).
//!
//! The chapters are documentation only: these modules hold no items. Their examples use the
//! shipped resources, so the chapters are written out with the default feature `resources`.

#[cfg_attr(feature = "resources", doc = include_str!("declaring.md"))]
#[cfg_attr(
    not(feature = "resources"),
    doc = "Declaring: see the docs built with the feature `resources`."
)]
pub mod declaring {}

#[cfg_attr(feature = "resources", doc = include_str!("wire_format.md"))]
#[cfg_attr(
    not(feature = "resources"),
    doc = "Wire format: see the docs built with the feature `resources`."
)]
pub mod wire_format {}

#[cfg_attr(feature = "resources", doc = include_str!("addressing.md"))]
#[cfg_attr(
    not(feature = "resources"),
    doc = "Addressing: see the docs built with the feature `resources`."
)]
pub mod addressing {}

#[cfg_attr(feature = "resources", doc = include_str!("requests.md"))]
#[cfg_attr(
    not(feature = "resources"),
    doc = "Requests: see the docs built with the feature `resources`."
)]
pub mod requests {}

#[cfg_attr(feature = "resources", doc = include_str!("client.md"))]
#[cfg_attr(
    not(feature = "resources"),
    doc = "Client: see the docs built with the feature `resources`."
)]
pub mod client {}

#[cfg_attr(feature = "resources", doc = include_str!("generated_types.md"))]
#[cfg_attr(
    not(feature = "resources"),
    doc = "Generated types: see the docs built with the feature `resources`."
)]
pub mod generated_types {}
