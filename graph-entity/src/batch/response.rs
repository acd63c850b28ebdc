//! [`BatchResponse`]: the response to a batch, matched back to its requests, and what to
//! send again ([`RetryPlan`]).

use core::fmt;
use std::time::{Duration, SystemTime};

use http::StatusCode;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::batch::error::BatchError;
use crate::batch::item::BatchItem;
use crate::batch::item_response::{BatchItemResponse, same_members};
use crate::batch::request::{BatchRequest, MAX_BATCH_REQUESTS};
use crate::response;
use crate::response::error::{BodyError, ResponseError};

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
