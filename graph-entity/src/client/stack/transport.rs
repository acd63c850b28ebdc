//! The transport layer: one exchange over reqwest, the response read whole. Its errors keep
//! no query string, nor any URL outside the service root.

use std::task::{Context, Poll};

use http::Method;
use http::header::{CONTENT_LENGTH, HeaderValue};
use tower::Service;

use super::shared::{Request, Response, ResponseFuture, Target};
use crate::client::error::ClientError;
use crate::request::BodyContent;

/// Sends through a `reqwest::Client`.
#[derive(Clone)]
pub(crate) struct Transport {
    http: reqwest::Client,
}

impl Transport {
    pub(crate) fn new(http: reqwest::Client) -> Self {
        Transport { http }
    }
}

impl Service<Request> for Transport {
    type Response = Response;
    type Error = ClientError;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), ClientError>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let http = self.http.clone();
        Box::pin(async move {
            let (parts, body) = request.into_parts();
            let Some(target) = parts.extensions.get::<Target>().cloned() else {
                return Err(ClientError::Request(
                    crate::request::RequestError::InvalidUri {
                        uri: parts.uri.to_string(),
                        reason: "the request has no checked target".into(),
                    },
                ));
            };
            let mut outgoing = reqwest::Request::new(parts.method.clone(), target.url);
            *outgoing.headers_mut() = parts.headers;
            if !body.is_empty() || parts.method == Method::POST {
                *outgoing.body_mut() = Some(match body.content() {
                    BodyContent::Bytes(bytes) => reqwest::Body::from(bytes),
                    BodyContent::Stream(stream) => {
                        // A stream's length, when known, is sent rather than chunks (an upload
                        // session's ranges need it).
                        if let Some(length) = body.content_length() {
                            outgoing
                                .headers_mut()
                                .entry(CONTENT_LENGTH)
                                .or_insert(HeaderValue::from(length));
                        }
                        reqwest::Body::wrap_stream(stream)
                    }
                });
            }
            exchange(&http, outgoing)
                .await
                .map_err(|error| ClientError::Transport(redact(error, target.under_root)))
        })
    }
}

async fn exchange(
    http: &reqwest::Client,
    request: reqwest::Request,
) -> Result<Response, reqwest::Error> {
    let response = http.execute(request).await?;
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.bytes().await?;
    let mut out = http::Response::new(Vec::<u8>::from(bytes));
    *out.status_mut() = status;
    *out.headers_mut() = headers;
    Ok(out)
}

/// `error` without what must not be logged or kept: the query string of its URL, and for a
/// URL outside the service root, the URL itself (its path may be a credential).
fn redact(mut error: reqwest::Error, under_root: bool) -> reqwest::Error {
    if !under_root {
        return error.without_url();
    }
    if let Some(url) = error.url_mut() {
        url.set_query(None);
        url.set_fragment(None);
    }
    error
}
