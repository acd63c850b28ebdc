//! An async client (feature `client`): sends the requests this crate builds over reqwest with
//! rustls, on tokio.
//!
//! Every request goes through one `tower` stack of layers that each do one thing, as
//! kube-client builds its own: retry, bearer token, tracing, the cap on concurrent requests,
//! transport ([`Client::send`]). A request is built on the one road,
//! [`ServiceRoot::build`]; its body is a [`Body`] that a retry can send again.
//!
//! - **Tokens** come from a [`TokenProvider`]: [`StaticToken`], [`ClientCredentials`] (the
//!   OAuth 2.0 client-credentials flow, cached until shortly before expiry) and, with the
//!   `azure` feature, `AzureCredential` (any `azure_identity` credential). On a `401` the
//!   token is dropped and the request sent once more with a new one.
//! - **Retries** follow a [`RetryPolicy`]: `429`, `503` and `504` after their `Retry-After`
//!   (both forms) or an exponential backoff with jitter, bounded in attempts and total time,
//!   changeable per status. Every page of a listing goes through it, with the same token
//!   handling and the headers the listing carries. A `Retry-After` past the policy's total
//!   time is not waited for: the call returns [`ClientError::Throttled`] at once, with it.
//! - **Pages** come as a [`Stream`] ([`Pages`]), which can be stopped and
//!   resumed from its [`Cursor`].
//! - **Batches** go through `$batch` ([`Client::batch`]); only the items answered `429` or
//!   `503` (and the `424`s behind them) are sent again, within the same bounds.
//! - **A cap on concurrent requests** ([`ClientBuilder::max_concurrent_requests`]).
//! - **Logging**: a `tracing` span per attempt (`graph_request`, target `graph_entity::client`)
//!   with the method, the path (for a URL under the service root; the host only for any other,
//!   such as a pre-authenticated URL), attempt, status and `request-id`. No query string is
//!   ever logged, nor kept in a transport error, nor the token, nor any header: the
//!   `Authorization` header is marked sensitive.
//! - **Errors** are typed ([`ClientError`]): `404`, `412` and `429` each have a variant with
//!   the [`GraphError`](crate::GraphError).
//!
//! ```no_run
//! use graph_entity::client::{Client, StaticToken, TryStreamExt};
//! use graph_entity::{GraphEntity, Query, ServiceRoot};
//! use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
//!
//! # async fn run() -> Result<(), graph_entity::client::ClientError> {
//! let client = Client::builder(ServiceRoot::v1(), StaticToken::new("eyJ0eXAi...")).build()?;
//! let query = Query::<Connector>::typed().select([Connector::ID, Connector::SERVER_NAME]).top(100);
//! let mut pages = client.list::<Connector, _>(&query)?;
//! while let Some(page) = pages.try_next().await? {
//!     for connector in page.value {
//!         println!("{:?}", connector.server_name);
//!     }
//! }
//! match client.get::<Connector, _>("c1", &Query::new()).await {
//!     Err(graph_entity::client::ClientError::NotFound(error)) => println!("gone: {:?}", error.request_id()),
//!     other => println!("{:?}", other.map(|c| c.id)),
//! }
//! # Ok(()) }
//! ```

mod auth;
#[cfg(feature = "azure")]
mod azure;
mod error;
mod retry;
mod stack;
mod tls;

use core::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant, SystemTime};

/// Re-exported: the stream traits to read [`Pages`] with, so that a program needs no
/// dependency of its own.
pub use futures_util::{Stream, StreamExt, TryStreamExt};
use http::{Method, StatusCode};
use serde::de::DeserializeOwned;
use tower::ServiceExt as _;

#[doc(hidden)]
pub use self::auth::read_token_response;
pub use self::auth::{
    AccessToken, ClientCredentials, StaticToken, TokenError, TokenFuture, TokenProvider,
};
#[cfg(feature = "azure")]
pub use self::azure::AzureCredential;
pub use self::error::ClientError;
pub use self::retry::{RetryContext, RetryDecision, RetryPolicy};
pub use self::tls::install_crypto_provider;

use crate::address::Call;
use crate::address::entity::{Addressable, Creatable, GraphEntity};
use crate::address::key::KeyArgument;
use crate::batch::{BatchRequest, BatchResponse};
use crate::request::query::Query;
use crate::request::{Body, Operation, PreAuthenticated, ServiceRoot};
use crate::response::error::RetryAfter;
use crate::response::page::{Cursor, Page, Pager};
use crate::wire::structured::Structured;

/// Builds a [`Client`].
pub struct ClientBuilder {
    root: ServiceRoot,
    tokens: Arc<dyn TokenProvider>,
    retry: RetryPolicy,
    max_concurrent: usize,
    timeout: Duration,
    http: Option<reqwest::Client>,
}

impl ClientBuilder {
    /// The retry policy (default [`RetryPolicy::default`]).
    #[must_use]
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// At most `n` requests in flight at once through this client and its clones (default
    /// 16; at least 1). A request waiting for its retry holds no place.
    #[must_use]
    pub fn max_concurrent_requests(mut self, n: usize) -> Self {
        self.max_concurrent = n.max(1);
        self
    }

    /// The time limit of one attempt, response body included (default 100 s).
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Sends through `http` (its own settings, such as a proxy) instead of a new
    /// `reqwest::Client`; [`ClientBuilder::timeout`] is then not applied.
    #[must_use]
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// The client.
    ///
    /// # Errors
    /// When the HTTP client cannot be built (no TLS configuration).
    pub fn build(self) -> Result<Client, ClientError> {
        install_crypto_provider();
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .timeout(self.timeout)
                .build()
                .map_err(ClientError::Transport)?,
        };
        let stack = stack::stack(http, self.tokens, self.retry.clone(), self.max_concurrent);
        Ok(Client {
            inner: Arc::new(Inner {
                root: self.root,
                retry: self.retry,
                stack,
            }),
        })
    }
}

struct Inner {
    root: ServiceRoot,
    /// The batch layer asks it too, for the items to send again.
    retry: RetryPolicy,
    /// The layers every request goes through: `stack::stack`.
    stack: stack::Stack,
}

/// Sends requests to a Graph service root; cheap to clone (clones share the token cache and
/// the cap on concurrent requests).
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("root", &self.inner.root.as_str())
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A builder for a client of `root` with tokens from `tokens`.
    pub fn builder(root: ServiceRoot, tokens: impl TokenProvider + 'static) -> ClientBuilder {
        ClientBuilder {
            root,
            tokens: Arc::new(tokens),
            retry: RetryPolicy::default(),
            max_concurrent: 16,
            timeout: Duration::from_secs(100),
            http: None,
        }
    }

    /// The service root.
    pub fn root(&self) -> &ServiceRoot {
        &self.inner.root
    }

    /// Sends `request` through the client's layers, outermost first: retry, bearer token,
    /// tracing, the cap on concurrent requests, transport (a `tower` stack, as kube-client
    /// builds one), and returns the last response whatever
    /// its status (read it with [`crate::response`]'s readers). Its body is a [`Body`]: bytes,
    /// or a stream made anew for each attempt.
    ///
    /// # Errors
    /// When no token can be had, or no response came after the allowed retries.
    pub async fn send<B: Into<Body>>(
        &self,
        request: http::Request<B>,
    ) -> Result<http::Response<Vec<u8>>, ClientError> {
        let mut request = request.map(Into::into);
        let pre_authenticated = request.extensions().get::<PreAuthenticated>().is_some();
        let target = stack::Target::new(request.uri(), &self.inner.root, pre_authenticated)?;
        request.extensions_mut().insert(target);
        request.extensions_mut().insert(stack::Attempt::first());
        self.inner.stack.clone().oneshot(request).await
    }

    /// Sends `operation` with `query` and returns the response if its status is a success.
    ///
    /// # Errors
    /// A failure status as a typed error, and as [`Client::send`].
    pub async fn execute<Q>(
        &self,
        operation: impl Into<Operation>,
        query: &Query<Q>,
    ) -> Result<http::Response<Vec<u8>>, ClientError> {
        let response = self.send(self.inner.root.build(operation, query)?).await?;
        crate::response::check_status(&response)?;
        Ok(response)
    }

    /// Sends a call with `query` and reads the response as the call's return type `R` (an
    /// entity, a page, a value, a media stream, or `()` for no content): a typed call as a
    /// typed path builds it (`User::item("u1").mail_folders().item(f).messages().list()`, an
    /// action or a function: see [`address`](crate::address)), or an [`Operation`] whose
    /// return `R` says.
    ///
    /// # Errors
    /// A failure status as a typed error ([`ClientError::NotFound`], ...); a body that does not
    /// read as an `R`; as [`Client::send`].
    pub async fn call<R: crate::response::Returned, Q>(
        &self,
        call: impl Into<Call<R>>,
        query: &Query<Q>,
    ) -> Result<R, ClientError> {
        let call = call.into();
        Ok(R::read(
            &self.send(self.inner.root.build(call, query)?).await?,
        )?)
    }

    /// `GET` of the item `key` of `T`'s collection, with `query` (such as a `$select`).
    ///
    /// # Errors
    /// [`ClientError::NotFound`] when there is no such item; as [`Client::call`].
    pub async fn get<T, Q>(
        &self,
        key: impl KeyArgument<T::Key>,
        query: &Query<Q>,
    ) -> Result<T, ClientError>
    where
        T: GraphEntity + Addressable + DeserializeOwned,
    {
        self.entity(T::get(key), query).await
    }

    /// `POST` of `entity` (its create body: [`GraphEntity::create_with`]) to its collection;
    /// returns the entity created, as the service answered.
    ///
    /// # Errors
    /// As [`Client::call`].
    pub async fn create<T>(&self, entity: &T) -> Result<T, ClientError>
    where
        T: GraphEntity + Structured + Addressable + Creatable + DeserializeOwned,
    {
        self.entity(entity.create_with()?, &Query::new()).await
    }

    /// `PATCH` of the item `key` with `patch`, only if its `@odata.etag` is `if_match` when
    /// given.
    ///
    /// # Errors
    /// [`ClientError::PreconditionFailed`] when the tag does not match; as
    /// [`Client::execute`].
    pub async fn update<T>(
        &self,
        key: impl KeyArgument<T::Key>,
        patch: &T::Patch,
        if_match: Option<&str>,
    ) -> Result<(), ClientError>
    where
        T: GraphEntity + Addressable,
    {
        let update = with_tag(T::update_with(key, patch)?, if_match);
        self.execute(update, &Query::new()).await.map(drop)
    }

    /// `DELETE` of the item `key`, only if its `@odata.etag` is `if_match` when given.
    ///
    /// # Errors
    /// As [`Client::update`].
    pub async fn delete<T>(
        &self,
        key: impl KeyArgument<T::Key>,
        if_match: Option<&str>,
    ) -> Result<(), ClientError>
    where
        T: GraphEntity + Addressable,
    {
        let delete = with_tag(T::delete(key), if_match);
        self.execute(delete, &Query::new()).await.map(drop)
    }

    /// The pages of `T`'s collection with `query` (`$top` sets the page size).
    ///
    /// # Errors
    /// When the first request cannot be built.
    pub fn list<T, Q>(&self, query: &Query<Q>) -> Result<Pages<T>, ClientError>
    where
        T: GraphEntity + Addressable + DeserializeOwned,
    {
        self.pages(T::list(), query)
    }

    /// The pages of the listing (or delta round) that `call` with `query` starts: a typed
    /// listing call (a [`CollectionPath::list`](crate::CollectionPath::list), or a function
    /// returning a collection, such as `delta()`), or an [`Operation`].
    ///
    /// # Errors
    /// When the first request cannot be built.
    pub fn pages<T: DeserializeOwned, Q>(
        &self,
        call: impl Into<Call<Page<T>>>,
        query: &Query<Q>,
    ) -> Result<Pages<T>, ClientError> {
        let first = self.inner.root.build(call.into(), query)?;
        Ok(Pages::new(self.clone(), Pager::new(&first)?))
    }

    /// Sends `operation` and reads the response as one entity.
    async fn entity<T: DeserializeOwned, Q>(
        &self,
        operation: Operation,
        query: &Query<Q>,
    ) -> Result<T, ClientError> {
        let response = self.send(self.inner.root.build(operation, query)?).await?;
        Ok(crate::response::read_entity(&response)?)
    }

    /// The pages of a listing resumed from a saved [`Cursor`] ([`Pages::cursor`]), or of the
    /// next delta round from a pager made with [`Pager::from_link`].
    pub fn resume<T: DeserializeOwned>(&self, pager: Pager) -> Pages<T> {
        Pages::new(self.clone(), pager)
    }

    /// Sends `batch` to `$batch`. The items answered `429` or `503`, and the `424`s behind
    /// them, are sent again in a smaller batch after the longest `Retry-After` (or the
    /// backoff), within the policy's bounds (a policy that does not retry `429` does not
    /// retry items either; a `Retry-After` past the policy's total time ends the retries at
    /// once); the response holds the last answer to each item.
    ///
    /// # Errors
    /// When the batch cannot be built, the `$batch` request itself fails, or its response
    /// does not match the requests. Items that fail are not errors: read each with
    /// [`BatchResponse::get`].
    pub async fn batch(&self, batch: &BatchRequest) -> Result<BatchResponse, ClientError> {
        let started = Instant::now();
        let mut merged = self.send_batch(batch).await?;
        let mut pending = merged.retry(batch, SystemTime::now());
        let mut round = 1;
        while let Some(plan) = pending {
            let retry_after = (!plan.wait.is_zero()).then_some(RetryAfter::Delay(plan.wait));
            let decision = self.inner.retry.evaluate(
                &Method::POST,
                Some(StatusCode::TOO_MANY_REQUESTS),
                retry_after,
                round,
                started.elapsed(),
            );
            let RetryDecision::RetryAfter(wait) = decision else {
                break;
            };
            tracing::info!(
                target: "graph_entity::client",
                items = plan.batch.len(),
                wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                "retrying batch items"
            );
            tokio::time::sleep(wait).await;
            let again = self.send_batch(&plan.batch).await?;
            pending = again.retry(&plan.batch, SystemTime::now());
            merged.merge(again);
            round += 1;
        }
        merged.match_requests(batch)?;
        Ok(merged)
    }

    async fn send_batch(&self, batch: &BatchRequest) -> Result<BatchResponse, ClientError> {
        let request = self
            .inner
            .root
            .build(batch.to_operation()?, &Query::new())?;
        let response = self.send(request).await?;
        let read = BatchResponse::read(&response)?;
        read.match_requests(batch)?;
        Ok(read)
    }
}

/// `operation`, with `If-Match: {tag}` when a tag is given.
fn with_tag(operation: Operation, tag: Option<&str>) -> Operation {
    match tag {
        Some(tag) => operation.if_match(tag),
        None => operation,
    }
}

type InFlight = Pin<Box<dyn Future<Output = Result<http::Response<Vec<u8>>, ClientError>> + Send>>;

/// The pages of a listing, as a [`Stream`]: each page is one request through the client (its
/// token handling, retries and cap), to the previous page's `@odata.nextLink` with the
/// headers the listing carries. A repeated next link ends the stream with an error, and so
/// does any other error; the [`Pages::cursor`] then still points at the page that failed, to
/// resume from later ([`Client::resume`]).
///
/// Read it with [`TryStreamExt::try_next`] (or [`StreamExt::next`]), or
/// [`Pages::items`].
pub struct Pages<T> {
    client: Client,
    pager: Pager,
    in_flight: Option<InFlight>,
    finished: bool,
    _type: PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("next_link", &self.pager.next_link())
            .field("finished", &self.finished)
            .finish_non_exhaustive()
    }
}

impl<T: DeserializeOwned> Pages<T> {
    fn new(client: Client, pager: Pager) -> Self {
        Pages {
            client,
            pager,
            in_flight: None,
            finished: false,
            _type: PhantomData,
        }
    }

    /// Where the listing is: the next page's link and the links seen, to save and resume.
    pub fn cursor(&self) -> Cursor {
        self.pager.cursor()
    }

    /// The `@odata.deltaLink` that ended a delta round, once it has.
    pub fn delta_link(&self) -> Option<&str> {
        self.pager.delta_link()
    }

    /// Every item of every page, in order.
    ///
    /// # Errors
    /// The first error of a page.
    pub async fn items(mut self) -> Result<Vec<T>, ClientError> {
        let mut items = Vec::new();
        while let Some(page) = futures_util::StreamExt::next(&mut self).await {
            items.extend(page?.value);
        }
        Ok(items)
    }
}

impl<T: DeserializeOwned> Stream for Pages<T> {
    type Item = Result<Page<T>, ClientError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.finished {
            return Poll::Ready(None);
        }
        let in_flight = match &mut this.in_flight {
            Some(in_flight) => in_flight,
            None => {
                let Some(request) = this.pager.next_request() else {
                    this.finished = true;
                    return Poll::Ready(None);
                };
                let client = this.client.clone();
                this.in_flight
                    .insert(Box::pin(async move { client.send(request).await }))
            }
        };
        let Poll::Ready(response) = in_flight.as_mut().poll(cx) else {
            return Poll::Pending;
        };
        this.in_flight = None;
        let page = response.and_then(|response| Ok(this.pager.read::<T, _>(&response)?));
        if page.is_err() {
            this.finished = true;
        }
        Poll::Ready(Some(page))
    }
}
