//! [`BatchItemResponse`]: the response to one request of a batch, read like any response.

use core::fmt;

use http::StatusCode;
use http::header::{HeaderMap, HeaderName, HeaderValue};
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::batch::item::Pairs;
use crate::response;
use crate::response::error::{ResponseError, RetryAfter};
use crate::response::page::Page;

/// The response to one request of a batch.
#[derive(Clone, Debug)]
pub struct BatchItemResponse {
    pub(super) id: String,
    pub(super) status: StatusCode,
    pub(super) headers: Vec<(String, String)>,
    /// Whether `headers` was written (an empty object is written back).
    pub(super) has_headers: bool,
    /// As written: `None` when absent, `null` kept as such.
    pub(super) body: Option<Box<RawValue>>,
    /// Members Graph does not write today, kept and written back after the others.
    pub(super) other: Vec<(String, Box<RawValue>)>,
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

pub(super) fn same_members(a: &[(String, Box<RawValue>)], b: &[(String, Box<RawValue>)]) -> bool {
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
pub(super) struct HeaderPairs(pub(super) Vec<(String, String)>);

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
