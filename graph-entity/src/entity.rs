//! The traits that derived types implement.

use crate::operation::Operation;
use crate::path;
use crate::ser::CreateBody;
use crate::structured::Structured;

/// A Graph entity type: a resource with a key, usually addressable through a collection.
///
/// Implement it with `#[derive(GraphEntity)]`; the derive also implements `serde::Serialize` and
/// `serde::Deserialize` in the OData JSON format. The associated constants describe the type as
/// the service's CSDL does, and the associated functions build the [`Operation`] (HTTP method
/// and path) of every CRUD request, without doing any I/O.
///
/// ```
/// # #[cfg(feature = "resources")] {
/// use graph_entity::GraphEntity;
/// use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
///
/// assert_eq!(Connector::ODATA_TYPE, "microsoft.graph.deviceManagementExchangeConnector");
/// assert_eq!(Connector::ITEM_PATH, "/deviceManagement/exchangeConnectors/{id}");
/// let get = Connector::get("a/b c");
/// assert_eq!(get.to_string(), "GET /deviceManagement/exchangeConnectors/a%2Fb%20c");
/// let delete = Connector::delete("..");
/// assert_eq!(delete.to_string(), "DELETE /deviceManagement/exchangeConnectors('..')");
/// # }
/// ```
pub trait GraphEntity: Sized {
    /// The generated patch type: the properties an update changes, and nothing else.
    type Patch: serde::Serialize + Default;

    /// The namespace-qualified OData type, without `#`.
    const ODATA_TYPE: &'static str;
    /// The namespace-qualified base type, if the type derives from one.
    const BASE_TYPE: Option<&'static str>;
    /// The JSON name of the key property.
    const KEY_PROPERTY: &'static str;
    /// The collection's path under the service root, e.g. `/deviceManagement/exchangeConnectors`.
    ///
    /// A type declared without `path` is not addressable: naming this constant for it is a
    /// compile-time error that says so.
    const COLLECTION_PATH: &'static str;
    /// The item path template, e.g. `/deviceManagement/exchangeConnectors/{id}`.
    const ITEM_PATH: &'static str;
    /// The JSON names of the declared properties, in declaration order.
    const PROPERTIES: &'static [&'static str];
    /// The names of the bound actions, in declaration order.
    const ACTIONS: &'static [&'static str];

    /// The key of this value, if it has one (a create body has none).
    fn key(&self) -> Option<&str>;

    /// The path of the item with `key`: `{collection}/{key}`, the key percent-encoded as exactly
    /// one path segment, or, for the keys `""`, `"."` and `".."` (which as a segment would be
    /// the collection or a dot-segment), OData's parenthesized form `{collection}('{key}')`. So
    /// no key can change the path's shape: see [`item_path`](crate::item_path).
    fn item_path(key: &str) -> String {
        path::item_path(Self::COLLECTION_PATH, key)
    }

    /// `GET {collection}`: list the items.
    fn list() -> Operation {
        Operation::new(http::Method::GET, Self::COLLECTION_PATH.to_owned())
    }

    /// `POST {collection}`: create an item.
    fn create() -> Operation {
        Operation::new(http::Method::POST, Self::COLLECTION_PATH.to_owned())
    }

    /// `GET {item}`: read one item.
    fn get(key: &str) -> Operation {
        Operation::new(http::Method::GET, Self::item_path(key))
    }

    /// `PATCH {item}`: update one item.
    fn update(key: &str) -> Operation {
        Operation::new(http::Method::PATCH, Self::item_path(key))
    }

    /// `POST {collection}` with this value as the body, less its key, its read-only properties
    /// and its control information (but `@odata.type`).
    ///
    /// # Errors
    /// When the value cannot be serialized.
    fn create_with(&self) -> Result<Operation, serde_json::Error>
    where
        Self: Structured,
    {
        Self::create().with_json(&CreateBody(self))
    }

    /// `PATCH {item}` with `patch` as the body: exactly the properties it changes.
    ///
    /// # Errors
    /// When the patch cannot be serialized.
    fn update_with(key: &str, patch: &Self::Patch) -> Result<Operation, serde_json::Error> {
        Self::update(key).with_json(patch)
    }

    /// `DELETE {item}`: delete one item.
    fn delete(key: &str) -> Operation {
        Operation::new(http::Method::DELETE, Self::item_path(key))
    }
}

/// A Graph complex type: structured data with no key, held by entities.
///
/// Implement it with `#[derive(GraphEntity)]` on a struct with neither a key nor a `path`.
pub trait GraphComplex: Sized {
    /// The namespace-qualified OData type, without `#`.
    const ODATA_TYPE: &'static str;
    /// The namespace-qualified base type, if the type derives from one.
    const BASE_TYPE: Option<&'static str>;
    /// The JSON names of the declared properties, in declaration order.
    const PROPERTIES: &'static [&'static str];
}
