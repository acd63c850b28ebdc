//! JSON batching: up to 20 requests in one `POST /$batch`, and their responses matched back
//! by `id`, without doing any I/O.
//!
//! ```
//! use graph_entity::batch::{BatchItem, BatchRequest, BatchResponse};
//! use graph_entity::http::{Method, Response};
//! use graph_entity::service::ServiceRoot;
//!
//! let root = ServiceRoot::v1();
//! let mut batch = BatchRequest::new();
//! batch.push(BatchItem::new("1", Method::GET, "/me")?)?;
//! batch.push(BatchItem::new("2", Method::DELETE, "/groups/g1")?.depends_on(["1"]))?;
//! let request = batch.to_request(&root)?;
//! assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/$batch");
//! assert_eq!(
//!     std::str::from_utf8(request.body())?,
//!     r#"{"requests":[{"id":"1","method":"GET","url":"/me"},{"id":"2","method":"DELETE","url":"/groups/g1","dependsOn":["1"]}]}"#,
//! );
//!
//! let response = Response::new(r#"{"responses":[
//!     {"id":"2","status":204,"body":null},
//!     {"id":"1","status":200,"headers":{"Content-Type":"application/json"},"body":{"id":"u1"}}]}"#);
//! let responses = BatchResponse::read(&response)?;
//! let matched = responses.match_requests(&batch)?;
//! let me: graph_entity::serde_json::Value = matched[0].1.read_entity()?;
//! assert_eq!(me["id"], "u1");
//! matched[1].1.read_no_content()?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Over 20 requests
//!
//! A batch holds at most [`MAX_BATCH_REQUESTS`] (20) requests, Graph's limit; the 21st is
//! refused with [`BatchError::TooMany`] rather than split into several batches, because a
//! split would break `dependsOn` chains across batches and change what runs in order. Split
//! your requests yourself where it is safe.

use core::fmt;
use std::time::{Duration, SystemTime};

use http::header::{HeaderMap, HeaderName, HeaderValue};
use http::{Method, StatusCode};
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::response;
use crate::response::error::{BodyError, ResponseError, RetryAfter};
use crate::response::page::Page;
use crate::service::{RequestError, ServiceRoot};

/// The most requests one JSON batch may hold.
pub const MAX_BATCH_REQUESTS: usize = 20;

/// Request headers not copied into a batch item by [`BatchItem::from_request`]: they belong
/// to the outer `POST /$batch`.
const OUTER_HEADERS: [&str; 4] = ["accept", "authorization", "host", "content-length"];

/// One request of a batch.
#[derive(Clone, Debug)]
pub struct BatchItem {
    id: String,
    method: Method,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<Box<RawValue>>,
    depends_on: Vec<String>,
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

    /// The item for `request`, built for `root` (e.g. by [`ServiceRoot::request`]): its
    /// method, its URL relative to `root`, its headers but `Accept`, `Authorization`, `Host`
    /// and `Content-Length`, and its JSON body.
    ///
    /// # Errors
    /// When the request is not under `root`, its body is not JSON, or a header is not
    /// visible ASCII text.
    pub fn from_request<B: AsRef<[u8]>>(
        id: impl Into<String>,
        request: &http::Request<B>,
        root: &ServiceRoot,
    ) -> Result<Self, BatchError> {
        let id = id.into();
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
        let body = request.body().as_ref();
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

    /// The item for `operation` (or a typed [`Call`](crate::Call), as a typed path builds it):
    /// its method, its path, its JSON body with `Content-Type: application/json`, and its
    /// `If-Match` tag.
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
    ///     r#"{"requests":[{"id":"1","method":"GET","url":"/deviceManagement/exchangeConnectors/c%2F1"},{"id":"2","method":"DELETE","url":"/deviceManagement/exchangeConnectors/c2","headers":{"If-Match":"W/\"1\""}}]}"#,
    /// );
    /// # }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// When the operation's target is an absolute URL (a batch item is relative to the batch's
    /// root), or its body is not JSON (a media stream's bytes cannot go in a JSON batch).
    pub fn from_operation(
        id: impl Into<String>,
        operation: impl Into<crate::Operation>,
    ) -> Result<Self, BatchError> {
        let operation: crate::Operation = operation.into();
        let if_match = operation.if_match_tag().map(str::to_owned);
        let json = operation.content_type() == Some("application/json");
        let mut item = BatchItem::new(id, operation.method().clone(), operation.path())?;
        if let Some(etag) = if_match {
            item = item.header("If-Match", &etag)?;
        }
        if let Some(body) = operation.body() {
            if !json {
                return Err(BatchError::BodyNotJson {
                    id: item.id,
                    reason: "a raw (media) body cannot go in a JSON batch".to_owned(),
                });
            }
            let raw: Box<RawValue> =
                serde_json::from_slice(body).map_err(|source| BatchError::BodyNotJson {
                    id: item.id.clone(),
                    reason: source.to_string(),
                })?;
            item = item.json_body(&raw)?;
        }
        Ok(item)
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
struct Pairs<'a>(&'a [(String, String)]);

impl Serialize for Pairs<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// A JSON batch: at most [`MAX_BATCH_REQUESTS`] requests with unique ids, each depending
/// only on requests before it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BatchRequest {
    items: Vec<BatchItem>,
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

    /// `POST {root}/$batch` with this batch as its JSON body.
    ///
    /// # Errors
    /// When the batch is empty.
    pub fn to_request(&self, root: &ServiceRoot) -> Result<http::Request<Vec<u8>>, BatchError> {
        if self.items.is_empty() {
            return Err(BatchError::Empty);
        }
        let body = self.to_body().map_err(|error| BatchError::BodyNotJson {
            id: String::new(),
            reason: error.to_string(),
        })?;
        root.request(
            Method::POST,
            "/$batch",
            &crate::query::Query::new(),
            Some(body),
        )
        .map_err(BatchError::Request)
    }
}

impl Serialize for BatchRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry("requests", &self.items)?;
        map.end()
    }
}

/// The response to one request of a batch.
#[derive(Clone, Debug)]
pub struct BatchItemResponse {
    id: String,
    status: StatusCode,
    headers: Vec<(String, String)>,
    /// Whether `headers` was written (an empty object is written back).
    has_headers: bool,
    /// As written: `None` when absent, `null` kept as such.
    body: Option<Box<RawValue>>,
    /// Members Graph does not write today, kept and written back after the others.
    other: Vec<(String, Box<RawValue>)>,
}

impl PartialEq for BatchItemResponse {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.status == other.status
            && self.headers == other.headers
            && self.has_headers == other.has_headers
            && self.body.as_ref().map(|b| b.get()) == other.body.as_ref().map(|b| b.get())
            && same_members(&self.other, &other.other)
    }
}

fn same_members(a: &[(String, Box<RawValue>)], b: &[(String, Box<RawValue>)]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|((n, x), (m, y))| n == m && x.get() == y.get())
}

impl BatchItemResponse {
    /// The id of the request it answers.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Its status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Its headers, in order, as received.
    pub fn headers(&self) -> &[(String, String)] {
        &self.headers
    }

    /// Its body, as raw JSON (`None` when absent or `null`).
    pub fn body(&self) -> Option<&RawValue> {
        self.body.as_deref().filter(|raw| raw.get() != "null")
    }

    /// `Retry-After`, for a throttled item.
    pub fn retry_after(&self) -> Option<RetryAfter> {
        self.headers
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case("retry-after"))
            .and_then(|(_, value)| RetryAfter::parse(value))
    }

    /// This item as an HTTP response of its own: its status, its headers, and its body's
    /// JSON text (empty without one).
    pub fn to_response(&self) -> http::Response<Vec<u8>> {
        let mut headers = HeaderMap::with_capacity(self.headers.len());
        for (name, value) in &self.headers {
            // Checked when read.
            if let (Ok(name), Ok(value)) = (
                HeaderName::try_from(name.as_str()),
                HeaderValue::try_from(value.as_str()),
            ) {
                headers.append(name, value);
            }
        }
        let body = self
            .body()
            .map(|raw| raw.get().as_bytes().to_vec())
            .unwrap_or_default();
        let mut response = http::Response::new(body);
        *response.status_mut() = self.status;
        *response.headers_mut() = headers;
        response
    }

    /// `Ok` for a success; otherwise the typed error — [`ResponseError::Throttled`] (429, 503,
    /// with its `Retry-After`), [`ResponseError::FailedDependency`] (424), ...
    ///
    /// # Errors
    /// As said.
    pub fn check(&self) -> Result<(), ResponseError> {
        response::check_status(&self.to_response())
    }

    /// The item's entity, as [`response::read_entity`] reads it.
    ///
    /// # Errors
    /// As [`response::read_entity`].
    pub fn read_entity<T: DeserializeOwned>(&self) -> Result<T, ResponseError> {
        response::read_entity(&self.to_response())
    }

    /// No content, as [`response::read_no_content`] reads it.
    ///
    /// # Errors
    /// As [`response::read_no_content`].
    pub fn read_no_content(&self) -> Result<(), ResponseError> {
        response::read_no_content(&self.to_response())
    }

    /// An entity or none, as [`response::read_optional`] reads it.
    ///
    /// # Errors
    /// As [`response::read_optional`].
    pub fn read_optional<T: DeserializeOwned>(&self) -> Result<Option<T>, ResponseError> {
        response::read_optional(&self.to_response())
    }

    /// The item read as `R`, the return type of the [`Call`](crate::Call) it answers
    /// ([`Call::read_batch_item`](crate::Call::read_batch_item)): a failure status is the
    /// typed error (429 with its `Retry-After`, 424, ...).
    ///
    /// # Errors
    /// As [`Returned::read`](crate::response::Returned::read).
    pub fn read<R: response::Returned>(&self) -> Result<R, ResponseError> {
        R::read(&self.to_response())
    }

    /// A collection page, as [`response::read_page`] reads it.
    ///
    /// # Errors
    /// As [`response::read_page`].
    pub fn read_page<T: DeserializeOwned>(&self) -> Result<Page<T>, ResponseError> {
        response::read_page(&self.to_response())
    }
}

impl Serialize for BatchItemResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("status", &self.status.as_u16())?;
        if self.has_headers || !self.headers.is_empty() {
            map.serialize_entry("headers", &Pairs(&self.headers))?;
        }
        if let Some(body) = &self.body {
            map.serialize_entry("body", body)?;
        }
        for (name, value) in &self.other {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for BatchItemResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ItemVisitor;

        impl<'de> Visitor<'de> for ItemVisitor {
            type Value = BatchItemResponse;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a batch response item: {\"id\", \"status\", \"headers\", \"body\"}")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut id: Option<String> = None;
                let mut status: Option<u16> = None;
                let mut headers: Option<HeaderPairs> = None;
                let mut body: Option<Option<Box<RawValue>>> = None;
                let mut other = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "id" if id.is_none() => id = Some(map.next_value()?),
                        "status" if status.is_none() => status = Some(map.next_value()?),
                        "headers" if headers.is_none() => headers = Some(map.next_value()?),
                        "body" if body.is_none() => body = Some(map.next_value()?),
                        "id" | "status" | "headers" | "body" => {
                            return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
                        }
                        _ => other.push((key, map.next_value()?)),
                    }
                }
                let id = id.ok_or_else(|| de::Error::missing_field("id"))?;
                let status = status.ok_or_else(|| de::Error::missing_field("status"))?;
                let status = StatusCode::from_u16(status).map_err(|_| {
                    de::Error::invalid_value(
                        de::Unexpected::Unsigned(status.into()),
                        &"an HTTP status, 100 to 999",
                    )
                })?;
                let body = body.map(|raw| raw.unwrap_or_else(|| RawValue::NULL.to_owned()));
                Ok(BatchItemResponse {
                    id,
                    status,
                    has_headers: headers.is_some(),
                    headers: headers.map(|h| h.0).unwrap_or_default(),
                    body,
                    other,
                })
            }
        }

        deserializer.deserialize_map(ItemVisitor)
    }
}

/// A JSON object of header names to string values, each checked to be a valid header.
struct HeaderPairs(Vec<(String, String)>);

impl<'de> Deserialize<'de> for HeaderPairs {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PairsVisitor;

        impl<'de> Visitor<'de> for PairsVisitor {
            type Value = HeaderPairs;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of header names to string values")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<HeaderPairs, A::Error> {
                let mut pairs = Vec::new();
                while let Some((name, value)) = map.next_entry::<String, String>()? {
                    if HeaderName::try_from(name.as_str()).is_err() {
                        return Err(de::Error::custom(format_args!(
                            "`{name}` is not a header name"
                        )));
                    }
                    if HeaderValue::try_from(value.as_str()).is_err() {
                        return Err(de::Error::custom(format_args!(
                            "the `{name}` header value holds a control character"
                        )));
                    }
                    pairs.push((name, value));
                }
                Ok(HeaderPairs(pairs))
            }
        }

        deserializer.deserialize_map(PairsVisitor)
    }
}

/// The response to a JSON batch: one [`BatchItemResponse`] per request, in any order.
#[derive(Clone, Debug)]
pub struct BatchResponse {
    responses: Vec<BatchItemResponse>,
    /// Members other than `responses`, kept and written back after it.
    other: Vec<(String, Box<RawValue>)>,
}

impl PartialEq for BatchResponse {
    fn eq(&self, other: &Self) -> bool {
        self.responses == other.responses && same_members(&self.other, &other.other)
    }
}

impl BatchResponse {
    /// Reads the response to a `POST /$batch`.
    ///
    /// # Errors
    /// A failure status of the batch itself; a body that is not a batch response.
    pub fn read<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<Self, ResponseError> {
        let batch: BatchResponse =
            response::read_entity(response).map_err(|error| match error {
                ResponseError::Body(BodyError {
                    status,
                    problem,
                    source,
                    ..
                }) => ResponseError::Body(BodyError {
                    status,
                    problem,
                    expected: "a batch response",
                    source,
                }),
                other => other,
            })?;
        Ok(batch)
    }

    /// The responses, in the order received.
    pub fn responses(&self) -> &[BatchItemResponse] {
        &self.responses
    }

    /// The response to the request `id`.
    pub fn get(&self, id: &str) -> Option<&BatchItemResponse> {
        self.responses.iter().find(|response| response.id == id)
    }

    /// Each request of `request` with its response, in the request's order.
    ///
    /// # Errors
    /// When a request has no response, or a response answers no request, or two answer the
    /// same one.
    pub fn match_requests<'a>(
        &'a self,
        request: &'a BatchRequest,
    ) -> Result<Vec<(&'a BatchItem, &'a BatchItemResponse)>, BatchError> {
        for (index, response) in self.responses.iter().enumerate() {
            if !request.items.iter().any(|item| item.id == response.id) {
                return Err(BatchError::UnknownResponse(response.id.clone()));
            }
            if self.responses[..index]
                .iter()
                .any(|earlier| earlier.id == response.id)
            {
                return Err(BatchError::DuplicateResponse(response.id.clone()));
            }
        }
        request
            .items
            .iter()
            .map(|item| {
                self.get(&item.id)
                    .map(|response| (item, response))
                    .ok_or_else(|| BatchError::MissingResponse(item.id.clone()))
            })
            .collect()
    }

    /// Takes in the responses to a retried batch (a [`RetryPlan`]'s): each replaces the
    /// response with the same id, or is added when there was none, so that `self` answers the
    /// whole original batch with the latest response of each request.
    ///
    /// ```
    /// use graph_entity::batch::BatchResponse;
    /// use graph_entity::http::StatusCode;
    ///
    /// let read = |text: &str| graph_entity::serde_json::from_str::<BatchResponse>(text).unwrap();
    /// let mut first = read(r#"{"responses":[{"id":"1","status":200,"body":{}},{"id":"2","status":429}]}"#);
    /// first.merge(read(r#"{"responses":[{"id":"2","status":204}]}"#));
    /// assert_eq!(first.get("2").unwrap().status(), StatusCode::NO_CONTENT);
    /// assert_eq!(first.get("1").unwrap().status(), StatusCode::OK);
    /// assert_eq!(first.responses().len(), 2);
    /// ```
    pub fn merge(&mut self, retried: BatchResponse) {
        for response in retried.responses {
            match self.responses.iter_mut().find(|r| r.id == response.id) {
                Some(slot) => *slot = response,
                None => self.responses.push(response),
            }
        }
    }

    /// What to send again: the requests answered `429` or `503`, and those answered `424`
    /// whose failed dependencies are all sent again too (a `424` behind a `404` is not), in
    /// their original order, with `dependsOn` kept among them; and how long to wait first
    /// (the longest `Retry-After` from `now` of the items sent again, a `424`'s too, zero when
    /// none was given). `None` when there is nothing to retry.
    pub fn retry(&self, request: &BatchRequest, now: SystemTime) -> Option<RetryPlan> {
        let status_of = |id: &str| self.get(id).map(BatchItemResponse::status);
        let mut retried: Vec<&str> = self
            .responses
            .iter()
            .filter(|response| matches!(response.status.as_u16(), 429 | 503))
            .map(|response| response.id.as_str())
            .collect();
        // Dependencies come earlier, so one pass in request order settles each 424.
        for item in &request.items {
            let failed_dependency = status_of(&item.id) == Some(StatusCode::FAILED_DEPENDENCY);
            let retriable = item.depends_on.iter().all(|dependency| {
                retried.contains(&dependency.as_str())
                    || status_of(dependency).is_some_and(|status| status.is_success())
            });
            if failed_dependency && retriable {
                retried.push(&item.id);
            }
        }
        if retried.is_empty() {
            return None;
        }
        // No item is sent again sooner than its own answer asked (the fuzz target found a
        // `424` with a `Retry-After` that an earlier version did not wait for).
        let wait = retried
            .iter()
            .filter_map(|id| self.get(id)?.retry_after())
            .map(|after| after.delay_from(now))
            .max()
            .unwrap_or(Duration::ZERO);
        let items = request
            .items
            .iter()
            .filter(|item| retried.contains(&item.id.as_str()))
            .map(|item| {
                let mut item = item.clone();
                item.depends_on
                    .retain(|dependency| retried.contains(&dependency.as_str()));
                item
            })
            .collect();
        Some(RetryPlan {
            batch: BatchRequest { items },
            wait,
        })
    }
}

impl Serialize for BatchResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("responses", &ResponsesSeq(&self.responses))?;
        for (name, value) in &self.other {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

struct ResponsesSeq<'a>(&'a [BatchItemResponse]);

impl Serialize for ResponsesSeq<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for response in self.0 {
            seq.serialize_element(response)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for BatchResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct BatchVisitor;

        impl<'de> Visitor<'de> for BatchVisitor {
            type Value = BatchResponse;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a batch response: {\"responses\": [...]}")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<BatchResponse, A::Error> {
                let mut responses = None;
                let mut other = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "responses" if responses.is_none() => {
                            responses = Some(map.next_value_seed(ResponsesSeed)?);
                        }
                        "responses" => return Err(de::Error::duplicate_field("responses")),
                        _ => other.push((key, map.next_value()?)),
                    }
                }
                responses
                    .map(|responses| BatchResponse { responses, other })
                    .ok_or_else(|| de::Error::missing_field("responses"))
            }
        }

        deserializer.deserialize_map(BatchVisitor)
    }
}

struct ResponsesSeed;

impl<'de> de::DeserializeSeed<'de> for ResponsesSeed {
    type Value = Vec<BatchItemResponse>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ResponsesSeed {
    type Value = Vec<BatchItemResponse>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of batch response items")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut responses =
            Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX_BATCH_REQUESTS));
        while let Some(response) = seq.next_element::<BatchItemResponse>()? {
            if responses
                .iter()
                .any(|earlier: &BatchItemResponse| earlier.id == response.id)
            {
                return Err(de::Error::custom(format_args!(
                    "two responses answer the request `{}`",
                    response.id
                )));
            }
            responses.push(response);
        }
        Ok(responses)
    }
}

/// What [`BatchResponse::retry`] says to send again, and when.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPlan {
    /// The requests to send again.
    pub batch: BatchRequest,
    /// How long to wait before sending them.
    pub wait: Duration,
}

/// Why a batch could not be built or matched.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BatchError {
    /// The batch already holds the most requests it may.
    TooMany {
        /// [`MAX_BATCH_REQUESTS`].
        limit: usize,
    },
    /// A batch needs at least one request.
    Empty,
    /// Two requests with the same id.
    DuplicateId(String),
    /// A request depends on an id no earlier request has.
    UnknownDependency {
        /// The request's id.
        id: String,
        /// The id it depends on.
        depends_on: String,
    },
    /// A URL that does not start with `/` or is not a valid request target.
    InvalidUrl(String),
    /// A request that is not under the batch's service root.
    NotUnderRoot(String),
    /// A request body that is not JSON.
    BodyNotJson {
        /// The request's id.
        id: String,
        /// The parser's reason.
        reason: String,
    },
    /// A header that is not visible ASCII text.
    OpaqueHeader {
        /// The request's id.
        id: String,
        /// The header's name.
        name: String,
    },
    /// The `POST /$batch` request could not be built.
    Request(RequestError),
    /// A request without a response.
    MissingResponse(String),
    /// A response to an id the batch does not have.
    UnknownResponse(String),
    /// Two responses to the same id.
    DuplicateResponse(String),
}

impl fmt::Display for BatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BatchError::TooMany { limit } => write!(
                f,
                "a JSON batch holds at most {limit} requests; send the rest in another batch"
            ),
            BatchError::Empty => f.write_str("a JSON batch needs at least one request"),
            BatchError::DuplicateId(id) => {
                write!(f, "two requests of the batch have the id `{id}`")
            }
            BatchError::UnknownDependency { id, depends_on } => write!(
                f,
                "request `{id}` depends on `{depends_on}`, which no earlier request of the batch is"
            ),
            BatchError::InvalidUrl(url) => write!(
                f,
                "`{url}` is not a batch request URL; write a path under the service root, starting with `/`"
            ),
            BatchError::NotUnderRoot(uri) => {
                write!(f, "`{uri}` is not under the batch's service root")
            }
            BatchError::BodyNotJson { id, reason } => {
                write!(f, "the body of request `{id}` is not JSON: {reason}")
            }
            BatchError::OpaqueHeader { id, name } => write!(
                f,
                "the `{name}` header of request `{id}` is not a valid header of visible ASCII text"
            ),
            BatchError::Request(error) => error.fmt(f),
            BatchError::MissingResponse(id) => {
                write!(f, "the batch response has no response to `{id}`")
            }
            BatchError::UnknownResponse(id) => {
                write!(
                    f,
                    "the batch response answers `{id}`, which the batch does not have"
                )
            }
            BatchError::DuplicateResponse(id) => {
                write!(f, "the batch response answers `{id}` twice")
            }
        }
    }
}

impl std::error::Error for BatchError {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    fn get(id: &str) -> BatchItem {
        BatchItem::new(id, Method::GET, format!("/users/{id}")).unwrap()
    }

    #[test]
    fn at_most_twenty_unique_ids_in_order() {
        let mut batch = BatchRequest::new();
        for id in 1..=20 {
            batch.push(get(&id.to_string())).unwrap();
        }
        assert_eq!(
            batch.push(get("21")),
            Err(BatchError::TooMany { limit: 20 })
        );
        assert_eq!(batch.len(), 20);

        let mut batch = BatchRequest::new();
        batch.push(get("a")).unwrap();
        assert_eq!(
            batch.push(get("a")),
            Err(BatchError::DuplicateId("a".into()))
        );
        assert_eq!(
            batch.push(get("b").depends_on(["c"])),
            Err(BatchError::UnknownDependency {
                id: "b".into(),
                depends_on: "c".into()
            })
        );
        assert_eq!(
            BatchRequest::new()
                .to_request(&ServiceRoot::v1())
                .unwrap_err(),
            BatchError::Empty
        );
        assert!(matches!(
            BatchItem::new("x", Method::GET, "users"),
            Err(BatchError::InvalidUrl(_))
        ));
        assert!(matches!(
            BatchItem::new("x", Method::GET, "/a b"),
            Err(BatchError::InvalidUrl(_))
        ));
    }

    #[test]
    fn items_from_requests() {
        let root = ServiceRoot::v1();
        let query = crate::query::Query::new().count(true);
        let mut request = root
            .request(
                Method::PATCH,
                "/groups/g%2F1",
                &query,
                Some(br#"{"displayName":"x"}"#.to_vec()),
            )
            .unwrap();
        request
            .headers_mut()
            .insert("authorization", HeaderValue::from_static("Bearer t"));
        crate::service::set_if_match(&mut request, "W/\"1\"").unwrap();
        let item = BatchItem::from_request("1", &request, &root).unwrap();
        let mut batch = BatchRequest::new();
        batch.push(item).unwrap();
        let outer = batch.to_request(&root).unwrap();
        assert_eq!(outer.method(), Method::POST);
        assert_eq!(outer.uri(), "https://graph.microsoft.com/v1.0/$batch");
        assert_eq!(outer.headers()["content-type"], "application/json");
        assert_eq!(outer.headers()["accept"], "application/json");
        assert_eq!(
            String::from_utf8(outer.body().clone()).unwrap(),
            r#"{"requests":[{"id":"1","method":"PATCH","url":"/groups/g%2F1?$count=true","headers":{"consistencylevel":"eventual","content-type":"application/json","if-match":"W/\"1\""},"body":{"displayName":"x"}}]}"#
        );

        let elsewhere = root
            .request(Method::GET, "/me", &crate::query::Query::new(), None)
            .unwrap();
        let beta = ServiceRoot::beta();
        assert!(matches!(
            BatchItem::from_request("1", &elsewhere, &beta),
            Err(BatchError::NotUnderRoot(_))
        ));
        let not_json = root
            .request(
                Method::POST,
                "/me",
                &crate::query::Query::new(),
                Some(b"x=1".to_vec()),
            )
            .unwrap();
        assert!(matches!(
            BatchItem::from_request("1", &not_json, &root),
            Err(BatchError::BodyNotJson { .. })
        ));

        let with_body = get("2").json_body(&[1, 2]).unwrap();
        assert_eq!(
            serde_json::to_string(&with_body).unwrap(),
            r#"{"id":"2","method":"GET","url":"/users/2","headers":{"Content-Type":"application/json"},"body":[1,2]}"#
        );
        assert!(get("3").header("bad name", "x").is_err());
        assert!(get("3").header("x-a", "a\nb").is_err());
    }

    #[test]
    fn a_retried_424_with_a_retry_after_is_waited_for() {
        let mut batch = BatchRequest::new();
        batch.push(get("1")).unwrap();
        batch.push(get("2").depends_on(["1"])).unwrap();
        let body = r#"{"responses":[
            {"id":"1","status":429,"headers":{"Retry-After":"5"},"body":null},
            {"id":"2","status":424,"headers":{"Retry-After":"30"},"body":null}]}"#;
        let responses = BatchResponse::read(&http::Response::new(body)).unwrap();
        let plan = responses.retry(&batch, UNIX_EPOCH).unwrap();
        assert_eq!(plan.wait, Duration::from_secs(30));
        let ids: Vec<_> = plan.batch.items().iter().map(BatchItem::id).collect();
        assert_eq!(ids, ["1", "2"]);
    }

    #[test]
    fn responses_match_by_id_and_retry_what_was_throttled() {
        let mut batch = BatchRequest::new();
        for item in [
            get("1"),
            get("2"),
            get("3").depends_on(["2"]),
            get("4"),
            get("5").depends_on(["4"]),
            get("6").depends_on(["1", "2"]),
        ] {
            batch.push(item).unwrap();
        }
        let body = r#"{"responses":[
            {"id":"6","status":424,"body":{"error":{"code":"FailedDependency","message":"x"}}},
            {"id":"1","status":200,"body":{"id":"1"}},
            {"id":"2","status":429,"headers":{"Retry-After":"10"},"body":{"error":{"code":"TooManyRequests","message":"x"}}},
            {"id":"3","status":424,"body":{"error":{"code":"FailedDependency","message":"x"}}},
            {"id":"4","status":404,"body":{"error":{"code":"Request_ResourceNotFound","message":"x"}}},
            {"id":"5","status":424,"body":null}]}"#;
        let responses = BatchResponse::read(&http::Response::new(body)).unwrap();
        let matched = responses.match_requests(&batch).unwrap();
        let ids: Vec<_> = matched
            .iter()
            .map(|(item, response)| (item.id(), response.id()))
            .collect();
        assert_eq!(
            ids,
            [
                ("1", "1"),
                ("2", "2"),
                ("3", "3"),
                ("4", "4"),
                ("5", "5"),
                ("6", "6")
            ]
        );
        assert!(matches!(
            matched[1].1.check(),
            Err(ResponseError::Throttled(_))
        ));
        assert_eq!(
            matched[1].1.retry_after(),
            Some(RetryAfter::Delay(Duration::from_secs(10)))
        );
        assert!(matches!(
            matched[2].1.check(),
            Err(ResponseError::FailedDependency(_))
        ));
        assert!(
            matches!(matched[3].1.read_no_content(), Err(ResponseError::Graph(e)) if e.status() == 404)
        );

        let plan = responses.retry(&batch, UNIX_EPOCH).unwrap();
        assert_eq!(plan.wait, Duration::from_secs(10));
        assert_eq!(
            serde_json::to_string(&plan.batch).unwrap(),
            r#"{"requests":[{"id":"2","method":"GET","url":"/users/2"},{"id":"3","method":"GET","url":"/users/3","dependsOn":["2"]},{"id":"6","method":"GET","url":"/users/6","dependsOn":["2"]}]}"#
        );

        let mut short = batch.clone();
        short.items.pop();
        assert_eq!(
            responses.match_requests(&short),
            Err(BatchError::UnknownResponse("6".into()))
        );
        let mut long = batch.clone();
        long.push(get("7")).unwrap();
        assert_eq!(
            responses.match_requests(&long),
            Err(BatchError::MissingResponse("7".into()))
        );
    }

    #[test]
    fn bad_batch_responses_are_errors() {
        let cases = [
            "",
            "{}",
            r#"{"responses":{}}"#,
            r#"{"responses":[{"id":"1"}]}"#,
            r#"{"responses":[{"status":200}]}"#,
            r#"{"responses":[{"id":"1","status":1000}]}"#,
            r#"{"responses":[{"id":"1","status":200,"headers":{"a b":"x"}}]}"#,
            r#"{"responses":[{"id":"1","status":200,"headers":{"x":1}}]}"#,
            r#"{"responses":[{"id":"1","status":200},{"id":"1","status":200}]}"#,
            r#"{"responses":[{"id":"1","status":200,"body":{}"#,
            r#"{"responses":[{"id":"1","status":200,"body":null,"body":1}]}"#,
        ];
        for body in cases {
            let error = BatchResponse::read(&http::Response::new(body)).unwrap_err();
            assert!(matches!(error, ResponseError::Body(_)), "{body}: {error}");
            assert!(error.to_string().contains("batch response"), "{error}");
        }
        let mut failed = http::Response::new(
            r#"{"error":{"code":"BadRequest","message":"Invalid batch payload format."}}"#,
        );
        *failed.status_mut() = StatusCode::BAD_REQUEST;
        assert!(matches!(
            BatchResponse::read(&failed),
            Err(ResponseError::Graph(_))
        ));
    }

    #[test]
    fn batch_responses_write_back() {
        let body = r#"{"responses":[{"id":"1","status":200,"headers":{"Content-Type":"application/json"},"body":{"a":1.10},"x":[1]},{"id":"2","status":204,"body":null},{"id":"3","status":302,"headers":{"Location":"https://x"}}],"@odata.nextLink":"https://n"}"#;
        let responses = BatchResponse::read(&http::Response::new(body)).unwrap();
        assert_eq!(serde_json::to_string(&responses).unwrap(), body);
    }
}
