//! [`BatchItem`]: one request of a batch, as it is written into the batch body.

use http::Method;
use http::header::{HeaderName, HeaderValue};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::value::RawValue;

use crate::batch::error::BatchError;
use crate::request::query::Query;
use crate::request::{Body, Operation, RequestError, ServiceRoot};

/// Request headers not copied into a batch item by [`BatchItem::from_request`]: they belong
/// to the outer `POST /$batch`.
pub(super) const OUTER_HEADERS: [&str; 4] = ["accept", "authorization", "host", "content-length"];

/// One request of a batch.
#[derive(Clone, Debug)]
pub struct BatchItem {
    pub(super) id: String,
    pub(super) method: Method,
    pub(super) url: String,
    pub(super) headers: Vec<(String, String)>,
    pub(super) body: Option<Box<RawValue>>,
    pub(super) depends_on: Vec<String>,
}

impl PartialEq for BatchItem {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.method == other.method
            && self.url == other.url
            && self.headers == other.headers
            && self.body.as_ref().map(|b| b.get()) == other.body.as_ref().map(|b| b.get())
            && self.depends_on == other.depends_on
    }
}

impl BatchItem {
    /// A request `id` (unique in its batch) of `method` to `url`, relative to the service
    /// root and starting with `/` (such as `/users?$top=5`).
    ///
    /// # Errors
    /// When `url` does not start with `/`, or is not a valid request target.
    pub fn new(
        id: impl Into<String>,
        method: Method,
        url: impl Into<String>,
    ) -> Result<Self, BatchError> {
        let url = url.into();
        if !url.starts_with('/') || http::Uri::try_from(url.as_str()).is_err() {
            return Err(BatchError::InvalidUrl(url));
        }
        Ok(BatchItem {
            id: id.into(),
            method,
            url,
            headers: Vec::new(),
            body: None,
            depends_on: Vec::new(),
        })
    }

    /// The item for `request`, built under `root` by [`ServiceRoot::build`]: its method, its
    /// URL relative to `root`, its headers but `Accept`, `Authorization`, `Host` and
    /// `Content-Length`, and its JSON body.
    ///
    /// # Errors
    /// When the request is not under `root`, its body is a stream
    /// ([`BatchError::StreamingBody`]) or not JSON, or a header is not visible ASCII text.
    pub fn from_request(
        id: impl Into<String>,
        request: &http::Request<Body>,
        root: &ServiceRoot,
    ) -> Result<Self, BatchError> {
        let id = id.into();
        let Some(body) = request.body().as_bytes() else {
            return Err(BatchError::StreamingBody { id });
        };
        let uri = request.uri().to_string();
        let url = root
            .relative(&uri)
            .ok_or_else(|| BatchError::NotUnderRoot(uri.clone()))?;
        let mut item = BatchItem::new(id, request.method().clone(), url)?;
        for (name, value) in request.headers() {
            if OUTER_HEADERS.contains(&name.as_str()) {
                continue;
            }
            let value = value.to_str().map_err(|_| BatchError::OpaqueHeader {
                id: item.id.clone(),
                name: name.as_str().to_owned(),
            })?;
            item.headers
                .push((name.as_str().to_owned(), value.to_owned()));
        }
        if !body.is_empty() {
            let raw: Box<RawValue> =
                serde_json::from_slice(body).map_err(|source| BatchError::BodyNotJson {
                    id: item.id.clone(),
                    reason: source.to_string(),
                })?;
            item.body = Some(raw);
        }
        Ok(item)
    }

    /// The item for `operation` (or a typed [`Call`](crate::Call), as a typed path builds it),
    /// from its request on the one road ([`ServiceRoot::build`], as [`BatchItem::from_request`]
    /// reads it): its method, its path, its headers of its own
    /// ([`Operation::with_header`]), its JSON body with `Content-Type: application/json`, and
    /// its `If-Match` tag.
    ///
    /// ```
    /// # #[cfg(feature = "resources")] {
    /// use graph_entity::batch::{BatchItem, BatchRequest};
    /// use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
    /// use graph_entity::GraphEntity;
    ///
    /// let mut batch = BatchRequest::new();
    /// batch.push(BatchItem::from_operation("1", Connector::item("c/1").get())?)?;
    /// batch.push(BatchItem::from_operation("2", Connector::delete("c2").if_match("W/\"1\""))?)?;
    /// assert_eq!(
    ///     String::from_utf8(batch.to_body()?)?,
    ///     r#"{"requests":[{"id":"1","method":"GET","url":"/deviceManagement/exchangeConnectors/c%2F1"},{"id":"2","method":"DELETE","url":"/deviceManagement/exchangeConnectors/c2","headers":{"if-match":"W/\"1\""}}]}"#,
    /// );
    /// # }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// When the operation's target is not a path (an absolute URL: a batch item is relative
    /// to the batch's root), its body is a stream ([`BatchError::StreamingBody`]) or not JSON
    /// (a media stream's bytes cannot go in a JSON batch), a header cannot be one, or its body
    /// refers to entities by URL ([`BatchError::ReferenceNeedsRoot`]: a `$ref` or
    /// `@odata.bind`, whose URLs need the root; see [`BatchItem::from_operation_under`]).
    pub fn from_operation(
        id: impl Into<String>,
        operation: impl Into<Operation>,
    ) -> Result<Self, BatchError> {
        let id = id.into();
        let operation: Operation = operation.into();
        if operation.references().next().is_some() {
            return Err(BatchError::ReferenceNeedsRoot { id });
        }
        // Any root will do: the item keeps the part under it, the operation's path.
        Self::from_operation_under(id, operation, &ServiceRoot::v1())
    }

    /// [`BatchItem::from_operation`] under `root`, the root the batch is sent to: the URLs of
    /// the entities the body refers to (a `$ref`'s `@odata.id`, a create body's
    /// `members@odata.bind`) are written under it, so that they are right in a national cloud
    /// and against a stand-in too.
    ///
    /// # Errors
    /// As [`BatchItem::from_operation`], but for references, which this one writes.
    pub fn from_operation_under(
        id: impl Into<String>,
        operation: impl Into<Operation>,
        root: &ServiceRoot,
    ) -> Result<Self, BatchError> {
        let id = id.into();
        let operation: Operation = operation.into();
        if operation.is_absolute() {
            return Err(BatchError::InvalidUrl(operation.path().to_owned()));
        }
        match operation.body_content() {
            Some(body) if body.as_bytes().is_none() => {
                return Err(BatchError::StreamingBody { id });
            }
            Some(_) if operation.content_type() != Some("application/json") => {
                return Err(BatchError::BodyNotJson {
                    id,
                    reason: "a raw (media) body cannot go in a JSON batch".to_owned(),
                });
            }
            _ => {}
        }
        let path = operation.path().to_owned();
        let request = root
            .build(operation, &Query::new())
            .map_err(|error| match error {
                RequestError::InvalidHeader { .. } => BatchError::Request(error),
                _ => BatchError::InvalidUrl(path),
            })?;
        BatchItem::from_request(id, &request, root)
    }

    /// Adds a header.
    ///
    /// # Errors
    /// When `name` or `value` cannot be a header.
    pub fn header(mut self, name: &str, value: &str) -> Result<Self, BatchError> {
        let valid = HeaderName::try_from(name).is_ok() && HeaderValue::try_from(value).is_ok();
        if !valid {
            return Err(BatchError::OpaqueHeader {
                id: self.id,
                name: name.to_owned(),
            });
        }
        self.headers.push((name.to_owned(), value.to_owned()));
        Ok(self)
    }

    /// Sets `body`, serialized as JSON, with `Content-Type: application/json` (which Graph
    /// requires of an item with a body).
    ///
    /// # Errors
    /// When `body` cannot be serialized.
    pub fn json_body<T: Serialize + ?Sized>(mut self, body: &T) -> Result<Self, BatchError> {
        let raw =
            serde_json::value::to_raw_value(body).map_err(|source| BatchError::BodyNotJson {
                id: self.id.clone(),
                reason: source.to_string(),
            })?;
        self.body = Some(raw);
        if !self
            .headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("content-type"))
        {
            self.headers
                .push(("Content-Type".into(), "application/json".into()));
        }
        Ok(self)
    }

    /// Runs this request only after the requests `ids`, and only if they succeed (otherwise
    /// it is answered `424 Failed Dependency`).
    #[must_use]
    pub fn depends_on<I: Into<String>>(mut self, ids: impl IntoIterator<Item = I>) -> Self {
        self.depends_on.extend(ids.into_iter().map(Into::into));
        self
    }

    /// The id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The URL, relative to the service root.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The ids this request depends on.
    pub fn dependencies(&self) -> &[String] {
        &self.depends_on
    }
}

impl Serialize for BatchItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("method", self.method.as_str())?;
        map.serialize_entry("url", &self.url)?;
        if !self.depends_on.is_empty() {
            map.serialize_entry("dependsOn", &self.depends_on)?;
        }
        if !self.headers.is_empty() {
            map.serialize_entry("headers", &Pairs(&self.headers))?;
        }
        if let Some(body) = &self.body {
            map.serialize_entry("body", body)?;
        }
        map.end()
    }
}

/// Name-value pairs written as a JSON object, in order.
pub(super) struct Pairs<'a>(pub(super) &'a [(String, String)]);

impl Serialize for Pairs<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}
