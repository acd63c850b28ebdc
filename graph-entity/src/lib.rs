//! Typed Microsoft Graph (OData v4) resources from one annotated struct.
//!
//! `#[derive(GraphEntity)]` turns a struct into a Graph resource: its OData JSON serialization
//! (`serde::Serialize` and `serde::Deserialize`, lossless and allocation-lean), its key, and the
//! paths and HTTP methods of its CRUD operations and bound actions. `#[derive(GraphEnum)]` does
//! the same for enum types, and `#[derive(GraphPolymorphic)]` reads collections that mix a base
//! type's derived types. Every `#[graph(...)]` attribute is listed in [`attributes`].
//!
//! ```
//! use graph_entity::{AdditionalData, GraphEntity, GraphEnum};
//!
//! #[derive(GraphEntity, Debug, Default)]
//! #[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory",
//!         path = "/deviceManagement/deviceCategories")]
//! pub struct DeviceCategory {
//!     pub id: Option<String>,
//!     pub display_name: Option<String>,
//!     pub description: Option<String>,
//!     #[graph(additional_data)]
//!     pub additional_data: AdditionalData,
//! }
//!
//! let category: DeviceCategory = serde_json::from_str(
//!     r##"{"@odata.type": "#microsoft.graph.deviceCategory", "id": "c1", "displayName": "Kiosk"}"##,
//! )?;
//! assert_eq!(category.key(), Some("c1"));
//! assert_eq!(DeviceCategory::update("c1").to_string(), "PATCH /deviceManagement/deviceCategories/c1");
//! assert_eq!(
//!     serde_json::to_string(&category)?,
//!     r##"{"@odata.type":"#microsoft.graph.deviceCategory","id":"c1","displayName":"Kiosk"}"##,
//! );
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Cargo features
//!
//! - `resources` (default): [`resources`], the Graph resources that ship with the crate (the
//!   Exchange connector, `DeviceManagementExchangeConnector`). Without it
//!   (`default-features = false`), the crate compiles only the types a program declares.
//! - `schema` (default): every derived type implements `schema::Described`: what its
//!   declaration says about its Graph type, for a conformance check against a CSDL.
//!   A crate of many types that are checked otherwise turns it off: `graph-resources` does,
//!   and its own tests turn it on. (`schema::EdmType` is implemented with or without it, and
//!   the compile-time checks, that a derived type does not declare again a property of its base
//!   type and that a [`projection`]'s fields are properties of its projected type,
//!   run with or without it.)
//! - `client`: the module `client`, an async client (reqwest with rustls, on tokio) with token
//!   providers, retries, pages as a stream, batches and a cap on concurrent requests.
//! - `azure` (implies `client`): `client::AzureCredential`, tokens from any `azure_identity`
//!   credential (`azure_core`'s `TokenCredential`).
//!
//! # Enum members added later
//!
//! Graph adds enum members over time. A member the enum does not know fails nothing when the
//! property's field is an `Option` or a [`Nullable`] of the enum, of a `Vec` of it or of
//! [`Flags`] of it: the field reads as `None` (or `Nullable::Absent`), and the raw value is
//! kept in the struct's `additional_data` (if it has one) and written back unchanged. A
//! required field (the enum itself, not in an `Option`) has no way to hold it: reading the
//! object fails with an error naming the property and the member ([`UnknownMember`]). Declare
//! enum properties as `Option` unless such a response must be refused.

// Generated code names this crate `::graph_entity`, also inside the crate itself.
extern crate self as graph_entity;

mod entity;
mod wire;

pub mod address;
pub mod attributes;
pub mod batch;
#[cfg(feature = "client")]
pub mod client;
pub mod edm;
pub mod guide;
pub mod projection;
pub mod request;
#[cfg(feature = "resources")]
pub mod resources;
pub mod response;
pub mod schema;

/// Response errors and pages, under their paths from before they moved into [`response`].
pub use response::{error, page};

pub use address::entity::{Addressable, Creatable, GraphEntity};
pub use address::key::{EntityKey, KeyArgument, item_path, push_segment};
pub use address::{Call, CollectionPath, ItemPath, SingletonPath};
pub use entity::{ActionParameters, EntityBase, GraphBase, GraphComplex, Keyed};
#[doc(hidden)]
pub use entity::{AddressableVia, AsKey, IsAdditionalData};
pub use projection::Projection;
pub use request::{Operation, RequestError};
pub use wire::additional::{AdditionalData, MediaAnnotations};
pub use wire::enums::{GraphEnum, UnknownMember};
#[doc(hidden)]
pub use wire::fields::PropertyCheck;
pub use wire::fields::PropertyValue;
pub use wire::flags::{Flags, GraphFlags};
pub use wire::nullable::Nullable;
pub use wire::polymorphic::DerivesFrom;
pub use wire::ser::{CreateBody, PatchExtraError, PatchExtras};

pub use batch::{BatchItem, BatchRequest, BatchResponse};
pub use request::query::{Expand, Filter, Literal, Order, Property, Query};
pub use request::{ApiVersion, Cloud, ServiceRoot};
pub use response::error::{GraphError, ResponseError, RetryAfter};
pub use response::page::{Cursor, DeltaItem, Page, Pager};

/// The service roots and the building of requests under them: the former path of what is now
/// in [`request`].
pub use request as service;
/// Query options: [`request::query`], under its former path.
pub use request::query;

/// The derives, under the names of the traits they implement: `use graph_entity::GraphEntity;`
/// brings both the trait and the derive.
pub use graph_entity_derive::{GraphEntity, GraphEnum, GraphPolymorphic};

/// Re-exported: the bytes of a [`request::Body`].
pub use bytes;
/// Re-exported for the request types of [`ServiceRoot::build`].
pub use http;
/// Re-exported so that a program needs no dependency of its own to write its types.
pub use serde;
/// Re-exported so that a program needs no dependency of its own to read and write JSON.
pub use serde_json;
/// Re-exported: the vector of the navigation collections of generated types (one pointer wide,
/// so `Option<ThinVec<T>>` is 8 bytes where `Option<Vec<T>>` is 24), and its `thin_vec!`
/// macro, so that a program needs no dependency of its own to build them. A `ThinVec` derefs
/// to a slice and converts from a `Vec` (`vec.into()`).
pub use thin_vec::{ThinVec, thin_vec};
/// Re-exported: the WHATWG URL parser that [`request::ServiceRoot`] validates roots with.
pub use url;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

// The README's examples run as doctests (some use the shipped resources).
#[cfg(all(doctest, feature = "resources"))]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
