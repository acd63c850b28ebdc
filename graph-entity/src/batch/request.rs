//! [`BatchRequest`]: the requests of one `POST /$batch`, checked as they are added.

use http::Method;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::batch::error::BatchError;
use crate::batch::item::BatchItem;
use crate::request::Operation;

/// The most requests one JSON batch may hold.
pub const MAX_BATCH_REQUESTS: usize = 20;

/// A JSON batch: at most [`MAX_BATCH_REQUESTS`] requests with unique ids, each depending
/// only on requests before it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BatchRequest {
    pub(super) items: Vec<BatchItem>,
}

impl BatchRequest {
    /// An empty batch.
    pub fn new() -> Self {
        BatchRequest::default()
    }

    /// Adds `item`.
    ///
    /// # Errors
    /// When the batch is full ([`BatchError::TooMany`]), the id is taken, or the item
    /// depends on an id that no earlier item has.
    pub fn push(&mut self, item: BatchItem) -> Result<(), BatchError> {
        if self.items.len() >= MAX_BATCH_REQUESTS {
            return Err(BatchError::TooMany {
                limit: MAX_BATCH_REQUESTS,
            });
        }
        if self.items.iter().any(|held| held.id == item.id) {
            return Err(BatchError::DuplicateId(item.id));
        }
        if let Some(missing) = item
            .depends_on
            .iter()
            .find(|id| !self.items.iter().any(|held| &held.id == *id))
        {
            return Err(BatchError::UnknownDependency {
                id: item.id.clone(),
                depends_on: missing.clone(),
            });
        }
        self.items.push(item);
        Ok(())
    }

    /// The requests, in order.
    pub fn items(&self) -> &[BatchItem] {
        &self.items
    }

    /// How many requests the batch holds.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the batch is empty.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The JSON body: `{"requests":[...]}`.
    ///
    /// # Errors
    /// When a body cannot be written (it cannot: bodies are held as JSON already).
    pub fn to_body(&self) -> Result<Vec<u8>, serde_json::Error> {
        serde_json::to_vec(self)
    }

    /// `POST /$batch` with this batch as its JSON body, to build under a root with
    /// [`ServiceRoot::build`](crate::ServiceRoot::build) like any operation.
    ///
    /// # Errors
    /// When the batch is empty.
    pub fn to_operation(&self) -> Result<Operation, BatchError> {
        if self.items.is_empty() {
            return Err(BatchError::Empty);
        }
        let body = self.to_body().map_err(|error| BatchError::BodyNotJson {
            id: String::new(),
            reason: error.to_string(),
        })?;
        Ok(Operation::new(Method::POST, "/$batch".to_owned())
            .with_body("application/json", crate::request::Body::from(body)))
    }
}

impl Serialize for BatchRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry("requests", &self.items)?;
        map.end()
    }
}
