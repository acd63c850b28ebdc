//! A local Microsoft Graph stand-in: an in-memory OData service on axum/hyper, bound to
//! `127.0.0.1`, for testing programs that talk to Graph without a tenant.
//!
//! - **Resources.** Items are JSON objects, stored by collection path and key, so any
//!   collection path works, at any depth of containment: a path is read as
//!   `collection/item/collection/item...` (after the declared collection paths, which may have
//!   several segments such as `/deviceManagement/exchangeConnectors`). Keys may be written as
//!   a segment (percent-encoded) or in OData's parenthesized form `('key')`, as
//!   [`graph_entity::item_path`] writes them. Declare types with [`Builder::declare`]: a
//!   collection's key property is then the type's [`GraphEntity::KEY_PROPERTY`] (`id`
//!   otherwise).
//! - **Operations.** List (`GET`), create (`POST`, a key made up when the body has none),
//!   get, update (`PATCH`, merged), delete; the actions and functions registered with
//!   [`Builder::action`] and [`Builder::function`], bound to an item or a collection, or
//!   unbound; `POST /$batch` (JSON batching, `dependsOn` and `424` included).
//! - **Query options.** `$select`; `$top` with `@odata.nextLink` paging (an opaque
//!   `$skiptoken`; `$top=0` is an empty page); `$filter` with `eq`, `ne`, `gt`, `ge`, `lt`,
//!   `le`, `and`, `or`, `not` and parentheses, on strings, enum members, numbers, booleans and
//!   `null`; `$count=true` and the `/$count` segment (with `$filter`). Any other `$` option
//!   (`$orderby`, `$skip`, `$expand`, `$search`, `$apply`, a misspelt one...), one the target
//!   does not take (an item takes only `$select`, `/$count` only `$filter`, a create or an
//!   operation none), or one given twice, is refused with Graph's `400`
//!   (`Request_UnsupportedQuery`, naming it) rather than ignored.
//! - **Containment.** A `POST` creates its collection when needed, but under a missing item
//!   (of a collection the stand-in holds or declares, or of a Graph entity set such as
//!   `/users`) it is `404`.
//! - **Responses.** Each item carries `@odata.etag` (`W/"n"`, bumped on every change), and
//!   `@odata.context` (`<root>/$metadata#<path>/$entity`, a listing's without `/$entity`) when
//!   read or created; `If-Match` on update, delete or an action that does not match is `412`.
//!   Errors are Graph-shaped (`{"error": {"code", "message", "innerError": {"date",
//!   "request-id", "client-request-id"}}}`, the date as `2026-12-06T23:04:22`), with
//!   `request-id` and `client-request-id` headers.
//! - **Auth.** With [`Builder::client`] (or [`Builder::static_token`]), every request to the
//!   service needs `Authorization: Bearer` with a token the stand-in issued and that has not
//!   expired; `POST /{tenant}/oauth2/v2.0/token` issues them (the client-credentials grant,
//!   credentials in the form or in HTTP Basic), valid for [`Builder::token_lifetime`].
//! - **Faults.** [`Faults`]: `429` with `Retry-After`, `503`, `504`, delays, truncated bodies
//!   and a repeated `@odata.nextLink` for the next requests, and `429` for chosen items of a
//!   batch.
//! - **Log.** [`StandIn::requests`] lists every request received (batch items included) with
//!   its status.
//! - **On its own.** The binary serves a store seeded from a JSON document
//!   `{"<collection path>": [items...], ...}` ([`Builder::seed_document`]):
//!   `cargo run -p graph-standin -- --port 8080 --seed seed.json`, with `--root /v1.0`,
//!   `--page-size 100`, `--client-id ID --client-secret S`, `--tenant T` and
//!   `--token-lifetime 3600` as options.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let standin = graph_standin::StandIn::builder().start().await?;
//! let url = format!("{}/users", standin.service_root());
//! assert!(url.starts_with("http://127.0.0.1:"));
//! # Ok(()) }
//! ```

mod odata;

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

use axum::body::Body;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, Request, Response, StatusCode};
use base64::Engine as _;
use graph_entity::GraphEntity;
use serde_json::{Map, Value, json};

use crate::odata::{Filter, Segment};

/// What an action or function handler is given.
pub struct Call<'a> {
    /// The action's or function's name.
    pub name: &'a str,
    /// The path segments of the collection it is bound to (of the item's collection, for one
    /// bound to an item); empty when unbound.
    pub collection: &'a [String],
    /// The key of the item it is bound to.
    pub key: Option<&'a str>,
    /// The item it is bound to, to read or change (a change bumps its `@odata.etag`).
    pub item: Option<&'a mut Map<String, Value>>,
    /// The parameters: the JSON body of an action, the parenthesized parameters of a function.
    pub parameters: Map<String, Value>,
}

/// A failure a handler answers with: a status and a Graph error code and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// The HTTP status.
    pub status: u16,
    /// The Graph error code.
    pub code: String,
    /// The message.
    pub message: String,
}

impl Failure {
    /// A failure with `status`, `code` and `message`.
    pub fn new(status: u16, code: impl Into<String>, message: impl Into<String>) -> Self {
        Failure {
            status,
            code: code.into(),
            message: message.into(),
        }
    }

    /// `400 BadRequest`.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Failure::new(400, "BadRequest", message)
    }
}

/// What a handler returns: `Some(value)` is answered `200` with it (an object as it is,
/// anything else as `{"value": ...}`), `None` is answered `204`.
pub type Outcome = Result<Option<Value>, Failure>;

type Handler = Arc<dyn Fn(Call<'_>) -> Outcome + Send + Sync>;

/// One request the stand-in received.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoggedRequest {
    /// The method.
    pub method: String,
    /// The path and query, as received (for a batch item, its `url`).
    pub target: String,
    /// The status answered.
    pub status: u16,
    /// For an item of a `$batch`, its `id`.
    pub batch_item: Option<String>,
    /// The request's headers, names in lowercase, but `Authorization`, which is never kept.
    pub headers: Vec<(String, String)>,
}

/// The headers of `headers` to log: all but `Authorization`.
fn loggable(headers: &HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .filter(|(name, _)| *name != axum::http::header::AUTHORIZATION)
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect()
}

/// A fault for the next request to the service (the token endpoint is never faulted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// `429 Too Many Requests` with this `Retry-After` value (if any), before doing anything.
    Throttle(Option<String>),
    /// `503 Service Unavailable` with this `Retry-After` value (if any).
    Unavailable(Option<String>),
    /// `504 Gateway Timeout`.
    GatewayTimeout,
    /// Wait this long, then answer as usual.
    Delay(Duration),
    /// Answer as usual, but with the body cut in half (still a well-formed HTTP message).
    Truncate,
    /// Answer as usual, but with an `@odata.nextLink` equal to the request's own URL.
    RepeatNextLink,
}

#[derive(Default)]
struct FaultState {
    queue: VecDeque<Fault>,
    every_request_delay: Option<Duration>,
    /// Per batch item id: how many more times to throttle it, and the `Retry-After`.
    batch_items: HashMap<String, (usize, Option<String>)>,
}

/// The fault-injection handle of a running stand-in.
#[derive(Clone)]
pub struct Faults {
    state: Arc<State>,
}

impl Faults {
    /// Queues `fault` for the next request (after those already queued).
    pub fn push(&self, fault: Fault) {
        self.state.lock_faults().queue.push_back(fault);
    }

    /// The next `n` requests get `429` with `Retry-After: {retry_after}` (none when `None`).
    pub fn throttle(&self, n: usize, retry_after: Option<&str>) {
        for _ in 0..n {
            self.push(Fault::Throttle(retry_after.map(str::to_owned)));
        }
    }

    /// The next `n` requests get `503` with `Retry-After: {retry_after}` (none when `None`).
    pub fn unavailable(&self, n: usize, retry_after: Option<&str>) {
        for _ in 0..n {
            self.push(Fault::Unavailable(retry_after.map(str::to_owned)));
        }
    }

    /// Every request waits `delay` before it is answered (`None`: no longer).
    pub fn delay_every_request(&self, delay: Option<Duration>) {
        self.state.lock_faults().every_request_delay = delay;
    }

    /// The items of later batches with these ids get `429`, with `Retry-After` if given, once
    /// each.
    pub fn throttle_batch_items<I: Into<String>>(
        &self,
        ids: impl IntoIterator<Item = I>,
        retry_after: Option<&str>,
    ) {
        self.throttle_batch_items_times(ids, 1, retry_after);
    }

    /// The items of later batches with these ids get `429`, with `Retry-After` if given, the
    /// next `times` times each is sent.
    pub fn throttle_batch_items_times<I: Into<String>>(
        &self,
        ids: impl IntoIterator<Item = I>,
        times: usize,
        retry_after: Option<&str>,
    ) {
        let mut faults = self.state.lock_faults();
        for id in ids {
            faults
                .batch_items
                .insert(id.into(), (times, retry_after.map(str::to_owned)));
        }
    }

    /// Drops every queued fault and the per-request delay.
    pub fn clear(&self) {
        *self.state.lock_faults() = FaultState::default();
    }
}

struct Item {
    value: Map<String, Value>,
    version: u64,
}

struct Collection {
    key_property: String,
    order: Vec<String>,
    items: HashMap<String, Item>,
}

impl Collection {
    fn new(key_property: String) -> Self {
        Collection {
            key_property,
            order: Vec::new(),
            items: HashMap::new(),
        }
    }
}

#[derive(Default)]
struct Store {
    collections: HashMap<Vec<String>, Collection>,
    declared: HashMap<Vec<String>, String>,
}

impl Store {
    fn is_collection(&self, path: &[String]) -> bool {
        !path.is_empty()
            && (self.collections.contains_key(path)
                || self.declared.contains_key(path)
                || self.item_exists(&path[..path.len() - 1]))
    }

    fn item_exists(&self, path: &[String]) -> bool {
        match path.split_last() {
            Some((key, collection)) if !collection.is_empty() => self
                .collections
                .get(collection)
                .is_some_and(|c| c.items.contains_key(key)),
            _ => false,
        }
    }

    fn collection_mut(&mut self, path: &[String]) -> &mut Collection {
        let key_property = self
            .declared
            .get(path)
            .cloned()
            .unwrap_or_else(|| "id".to_owned());
        self.collections
            .entry(path.to_vec())
            .or_insert_with(|| Collection::new(key_property))
    }
}

struct Auth {
    tenant: String,
    clients: Vec<(String, String)>,
    static_tokens: HashSet<String>,
    lifetime: Duration,
}

struct State {
    store: Mutex<Store>,
    auth: Option<Auth>,
    /// Issued tokens and their expiry (`None`: a lifetime beyond what the clock can name).
    tokens: Mutex<HashMap<String, Option<Instant>>>,
    faults: Mutex<FaultState>,
    log: Mutex<Vec<LoggedRequest>>,
    actions: HashMap<String, Handler>,
    functions: HashMap<String, Handler>,
    root_path: String,
    page_size: usize,
    origin: String,
    counter: AtomicU64,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panicking handler must not take the whole stand-in down with a poisoned lock.
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl State {
    fn lock_faults(&self) -> MutexGuard<'_, FaultState> {
        lock(&self.faults)
    }

    fn next_id(&self) -> u64 {
        self.counter.fetch_add(1, Ordering::Relaxed) + 1
    }

    /// A GUID-shaped id, unique in this stand-in.
    fn guid(&self) -> String {
        let n = self.next_id();
        let mixed = n.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        format!(
            "{:08x}-{:04x}-4000-8000-{:012x}",
            (mixed >> 32) as u32,
            n & 0xffff,
            mixed & 0xffff_ffff_ffff
        )
    }
}

/// Builds a [`StandIn`].
pub struct Builder {
    port: u16,
    tenant: String,
    clients: Vec<(String, String)>,
    static_tokens: HashSet<String>,
    lifetime: Duration,
    root_path: String,
    page_size: usize,
    store: Store,
    actions: HashMap<String, Handler>,
    functions: HashMap<String, Handler>,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            port: 0,
            tenant: "standin-tenant".to_owned(),
            clients: Vec::new(),
            static_tokens: HashSet::new(),
            lifetime: Duration::from_secs(3600),
            root_path: "/v1.0".to_owned(),
            page_size: 100,
            store: Store::default(),
            actions: HashMap::new(),
            functions: HashMap::new(),
        }
    }
}

impl Builder {
    /// The port to bind on `127.0.0.1` (default `0`: an ephemeral port).
    #[must_use]
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// The tenant of the token endpoint `/{tenant}/oauth2/v2.0/token` (default
    /// `standin-tenant`).
    #[must_use]
    pub fn tenant(mut self, tenant: impl Into<String>) -> Self {
        self.tenant = tenant.into();
        self
    }

    /// A client the token endpoint accepts; from then on every request needs a token.
    #[must_use]
    pub fn client(mut self, id: impl Into<String>, secret: impl Into<String>) -> Self {
        self.clients.push((id.into(), secret.into()));
        self
    }

    /// A bearer token that is always valid; from then on every request needs a token.
    #[must_use]
    pub fn static_token(mut self, token: impl Into<String>) -> Self {
        self.static_tokens.insert(token.into());
        self
    }

    /// How long an issued token is valid (default one hour); `expires_in` says it in whole
    /// seconds. Any length is taken: one too long for the clock never expires.
    #[must_use]
    pub fn token_lifetime(mut self, lifetime: Duration) -> Self {
        self.lifetime = lifetime;
        self
    }

    /// The path of the service root (default `/v1.0`); `""` for the origin itself.
    #[must_use]
    pub fn root_path(mut self, path: impl Into<String>) -> Self {
        self.root_path = path.into().trim_end_matches('/').to_owned();
        self
    }

    /// The page size of a listing without `$top` (default 100).
    #[must_use]
    pub fn page_size(mut self, size: usize) -> Self {
        self.page_size = size.max(1);
        self
    }

    /// Declares `T`'s collection, at [`GraphEntity::COLLECTION_PATH`], with its key property:
    /// it lists as empty before anything is created in it.
    #[must_use]
    pub fn declare<T: GraphEntity>(mut self) -> Self {
        self.store
            .declared
            .insert(split_path(T::COLLECTION_PATH), T::KEY_PROPERTY.to_owned());
        self
    }

    /// Stores `items` in `T`'s collection (declared, see [`Builder::declare`]).
    ///
    /// # Errors
    /// When an item does not serialize to a JSON object holding its key.
    pub fn seed<T: GraphEntity + serde::Serialize>(
        mut self,
        items: &[T],
    ) -> Result<Self, SeedError> {
        self = self.declare::<T>();
        let values = items
            .iter()
            .map(|item| serde_json::to_value(item).map_err(|e| SeedError(e.to_string())))
            .collect::<Result<Vec<_>, _>>()?;
        self.seed_json(T::COLLECTION_PATH, values)
    }

    /// Stores JSON `items` (objects, each holding its key) in the collection at `path`.
    ///
    /// # Errors
    /// When an item is not an object or has no string key.
    pub fn seed_json(mut self, path: &str, items: Vec<Value>) -> Result<Self, SeedError> {
        let segments = split_path(path);
        let collection = self.store.collection_mut(&segments);
        for item in items {
            let Value::Object(value) = item else {
                return Err(SeedError(format!("an item of {path} is not an object")));
            };
            let key = match value.get(&collection.key_property) {
                Some(Value::String(key)) => key.clone(),
                _ => {
                    return Err(SeedError(format!(
                        "an item of {path} has no string `{}`",
                        collection.key_property
                    )));
                }
            };
            if collection.items.contains_key(&key) {
                return Err(SeedError(format!(
                    "two items of {path} have the key {key:?}"
                )));
            }
            collection.order.push(key.clone());
            collection.items.insert(key, Item { value, version: 1 });
        }
        Ok(self)
    }

    /// Seeds from a JSON document `{"<collection path>": [items...], ...}`.
    ///
    /// # Errors
    /// When the document is not of that shape (see [`Builder::seed_json`]).
    pub fn seed_document(mut self, document: &str) -> Result<Self, SeedError> {
        let Value::Object(map) =
            serde_json::from_str(document).map_err(|e| SeedError(e.to_string()))?
        else {
            return Err(SeedError(
                "the seed is not an object of collection paths".into(),
            ));
        };
        for (path, items) in map {
            let Value::Array(items) = items else {
                return Err(SeedError(format!("the seed's {path} is not an array")));
            };
            self = self.seed_json(&path, items)?;
        }
        Ok(self)
    }

    /// Registers the action `name` (`POST .../{name}`, bound to an item or a collection, or
    /// unbound at the root).
    #[must_use]
    pub fn action(
        mut self,
        name: impl Into<String>,
        handler: impl Fn(Call<'_>) -> Outcome + Send + Sync + 'static,
    ) -> Self {
        self.actions.insert(name.into(), Arc::new(handler));
        self
    }

    /// Registers the function `name` (`GET .../{name}(p=...)`).
    #[must_use]
    pub fn function(
        mut self,
        name: impl Into<String>,
        handler: impl Fn(Call<'_>) -> Outcome + Send + Sync + 'static,
    ) -> Self {
        self.functions.insert(name.into(), Arc::new(handler));
        self
    }

    /// Binds `127.0.0.1:{port}` and serves on the current tokio runtime until the
    /// [`StandIn`] is dropped.
    ///
    /// # Errors
    /// When the port cannot be bound.
    pub async fn start(self) -> std::io::Result<StandIn> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", self.port)).await?;
        let addr = listener.local_addr()?;
        let auth = (!self.clients.is_empty() || !self.static_tokens.is_empty()).then(|| Auth {
            tenant: self.tenant.clone(),
            clients: self.clients,
            static_tokens: self.static_tokens,
            lifetime: self.lifetime,
        });
        let state = Arc::new(State {
            store: Mutex::new(self.store),
            auth,
            tokens: Mutex::new(HashMap::new()),
            faults: Mutex::new(FaultState::default()),
            log: Mutex::new(Vec::new()),
            actions: self.actions,
            functions: self.functions,
            root_path: self.root_path,
            page_size: self.page_size,
            origin: format!("http://{addr}"),
            counter: AtomicU64::new(0),
            in_flight: AtomicUsize::new(0),
            max_in_flight: AtomicUsize::new(0),
        });
        let router = axum::Router::new().fallback({
            let state = Arc::clone(&state);
            move |request: Request<Body>| {
                let state = Arc::clone(&state);
                async move { serve(state, request).await }
            }
        });
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, router)
                .with_graceful_shutdown(async move {
                    let _ = stopped.await;
                })
                .await;
        });
        Ok(StandIn {
            addr,
            state,
            stop: Some(stop),
            task,
        })
    }
}

/// Why a seed was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeedError(String);

impl std::fmt::Display for SeedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "bad seed: {}", self.0)
    }
}

impl std::error::Error for SeedError {}

/// A running stand-in; it stops when dropped.
pub struct StandIn {
    addr: SocketAddr,
    state: Arc<State>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl StandIn {
    /// A builder with the defaults: no auth, root `/v1.0`, pages of 100.
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:{port}`: the authority of the token endpoint.
    pub fn origin(&self) -> &str {
        &self.state.origin
    }

    /// `http://127.0.0.1:{port}/v1.0`.
    pub fn service_root(&self) -> String {
        format!("{}{}", self.state.origin, self.state.root_path)
    }

    /// `http://127.0.0.1:{port}/{tenant}/oauth2/v2.0/token`, when auth is on.
    pub fn token_url(&self) -> Option<String> {
        self.state
            .auth
            .as_ref()
            .map(|auth| format!("{}/{}/oauth2/v2.0/token", self.state.origin, auth.tenant))
    }

    /// The fault-injection handle.
    pub fn faults(&self) -> Faults {
        Faults {
            state: Arc::clone(&self.state),
        }
    }

    /// Every request received so far, in order (batch items after their batch's own entry
    /// is written, which is last).
    pub fn requests(&self) -> Vec<LoggedRequest> {
        lock(&self.state.log).clone()
    }

    /// Forgets the requests received so far, and the most in flight.
    pub fn clear_requests(&self) {
        lock(&self.state.log).clear();
        self.state.max_in_flight.store(0, Ordering::SeqCst);
    }

    /// The most requests that were being answered at once (since the last
    /// [`StandIn::clear_requests`]).
    pub fn max_in_flight(&self) -> usize {
        self.state.max_in_flight.load(Ordering::SeqCst)
    }

    /// The items of the collection at `path` (as a path string, e.g.
    /// `/deviceManagement/exchangeConnectors`), in creation order, with `@odata.etag`.
    pub fn items(&self, path: &str) -> Vec<Value> {
        let store = lock(&self.state.store);
        store
            .collections
            .get(&split_path(path))
            .map(|collection| {
                collection
                    .order
                    .iter()
                    .filter_map(|key| collection.items.get(key))
                    .map(|item| Value::Object(with_etag(item)))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Runs until the server task ends (it does not end by itself).
    pub async fn wait(mut self) {
        let task = std::mem::replace(&mut self.task, tokio::spawn(async {}));
        let _ = task.await;
    }
}

impl Drop for StandIn {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.task.abort();
    }
}

/// `/a/b` as `["a", "b"]`.
fn split_path(path: &str) -> Vec<String> {
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn with_etag(item: &Item) -> Map<String, Value> {
    let mut value = Map::with_capacity(item.value.len() + 1);
    value.insert(
        "@odata.etag".to_owned(),
        Value::String(format!("W/\"{}\"", item.version)),
    );
    for (name, field) in &item.value {
        value.insert(name.clone(), field.clone());
    }
    value
}

/// An answer: status, extra headers, body.
struct Reply {
    status: StatusCode,
    headers: Vec<(HeaderName, String)>,
    body: Option<Vec<u8>>,
    /// Not JSON (a `$count`).
    text: bool,
}

impl Reply {
    fn json(status: StatusCode, value: &Value) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Some(serde_json::to_vec(value).unwrap_or_default()),
            text: false,
        }
    }

    fn empty(status: StatusCode) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: None,
            text: false,
        }
    }

    fn error(status: StatusCode, code: &str, message: &str, request_id: &RequestIds) -> Reply {
        let date = error_date(time::OffsetDateTime::now_utc());
        Reply::json(
            status,
            &json!({"error": {
                "code": code,
                "message": message,
                "innerError": {
                    "date": date,
                    "request-id": request_id.request,
                    "client-request-id": request_id.client(),
                }
            }}),
        )
    }

    fn failure(failure: &Failure, request_id: &RequestIds) -> Reply {
        let status = StatusCode::from_u16(failure.status).unwrap_or(StatusCode::BAD_REQUEST);
        Reply::error(status, &failure.code, &failure.message, request_id)
    }
}

/// A request's ids, as Graph gives them: `request-id`, generated by the service for every
/// request, and `client-request-id`, the client's own header echoed (the `request-id` where the
/// client sent none, as Graph does).
#[derive(Clone, Debug)]
struct RequestIds {
    request: String,
    client: Option<String>,
}

impl RequestIds {
    /// The `client-request-id` to echo.
    fn client(&self) -> &str {
        self.client.as_deref().unwrap_or(&self.request)
    }
}

/// An error's `innerError.date` as Graph writes it: ISO 8601 in UTC without an offset or a
/// fraction, e.g. `"date": "2021-08-06T12:54:55"` in the `Request_UnsupportedQuery` error quoted
/// in microsoftgraph/microsoft-graph-docs-contrib#3145.
fn error_date(now: time::OffsetDateTime) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    )
}

/// A request, read.
struct Incoming<'a> {
    method: &'a Method,
    raw_path: &'a str,
    raw_query: &'a str,
    headers: &'a HeaderMap,
    body: &'a [u8],
    request_id: &'a RequestIds,
}

async fn serve(state: Arc<State>, request: Request<Body>) -> Response<Body> {
    let now = state.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
    state.max_in_flight.fetch_max(now, Ordering::SeqCst);
    let response = serve_one(&state, request).await;
    state.in_flight.fetch_sub(1, Ordering::SeqCst);
    response
}

async fn serve_one(state: &State, request: Request<Body>) -> Response<Body> {
    let (parts, body) = request.into_parts();
    let request_id = RequestIds {
        request: state.guid(),
        client: parts
            .headers
            .get("client-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
    };
    let target = parts
        .uri
        .path_and_query()
        .map_or_else(|| parts.uri.path().to_owned(), |pq| pq.as_str().to_owned());
    let reply = match axum::body::to_bytes(body, 64 << 20).await {
        Ok(body) => {
            answer(
                state,
                &parts.method,
                &parts.uri,
                &parts.headers,
                &body,
                &request_id,
            )
            .await
        }
        Err(_) => Reply::error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            "the request body could not be read (at most 64 MiB)",
            &request_id,
        ),
    };
    lock(&state.log).push(LoggedRequest {
        method: parts.method.to_string(),
        target,
        status: reply.status.as_u16(),
        batch_item: None,
        headers: loggable(&parts.headers),
    });
    let mut response = Response::builder().status(reply.status);
    if let Some(headers) = response.headers_mut() {
        if let Ok(value) = HeaderValue::from_str(&request_id.request) {
            headers.insert("request-id", value);
        }
        if let Ok(value) = HeaderValue::from_str(request_id.client()) {
            headers.insert("client-request-id", value);
        }
        for (name, value) in &reply.headers {
            if let Ok(value) = HeaderValue::from_str(value) {
                headers.insert(name.clone(), value);
            }
        }
        if reply.body.is_some() {
            let content_type = if reply.text {
                "text/plain"
            } else {
                "application/json; charset=utf-8"
            };
            headers.insert(
                axum::http::header::CONTENT_TYPE,
                HeaderValue::from_static(content_type),
            );
        }
    }
    response
        .body(Body::from(reply.body.unwrap_or_default()))
        .unwrap_or_else(|_| Response::new(Body::empty()))
}

async fn answer(
    state: &State,
    method: &Method,
    uri: &axum::http::Uri,
    headers: &HeaderMap,
    body: &[u8],
    request_id: &RequestIds,
) -> Reply {
    let path = uri.path();
    if let Some(auth) = &state.auth
        && path == format!("/{}/oauth2/v2.0/token", auth.tenant)
    {
        return token(state, auth, method, headers, body);
    }
    let (fault, delay) = {
        let mut faults = state.lock_faults();
        (faults.queue.pop_front(), faults.every_request_delay)
    };
    if let Some(delay) = delay {
        tokio::time::sleep(delay).await;
    }
    let unavailable = |status: StatusCode, code: &str, retry_after: &Option<String>| {
        let mut reply = Reply::error(status, code, "injected by the stand-in", request_id);
        if let Some(after) = retry_after {
            reply
                .headers
                .push((axum::http::header::RETRY_AFTER, after.clone()));
        }
        reply
    };
    match &fault {
        Some(Fault::Throttle(after)) => {
            return unavailable(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests", after);
        }
        Some(Fault::Unavailable(after)) => {
            return unavailable(
                StatusCode::SERVICE_UNAVAILABLE,
                "serviceNotAvailable",
                after,
            );
        }
        Some(Fault::GatewayTimeout) => {
            return unavailable(StatusCode::GATEWAY_TIMEOUT, "gatewayTimeout", &None);
        }
        Some(Fault::Delay(delay)) => tokio::time::sleep(*delay).await,
        _ => {}
    }
    if let Some(auth) = &state.auth
        && !authorized(state, auth, headers)
    {
        {
            let mut reply = Reply::error(
                StatusCode::UNAUTHORIZED,
                "InvalidAuthenticationToken",
                "Access token is empty, invalid or expired.",
                request_id,
            );
            reply.headers.push((
                axum::http::header::WWW_AUTHENTICATE,
                "Bearer realm=\"graph-standin\"".to_owned(),
            ));
            return reply;
        }
    }
    let Some(rest) = path.strip_prefix(state.root_path.as_str()) else {
        return Reply::error(
            StatusCode::NOT_FOUND,
            "Request_ResourceNotFound",
            "not under the service root",
            request_id,
        );
    };
    let incoming = Incoming {
        method,
        raw_path: rest,
        raw_query: uri.query().unwrap_or(""),
        headers,
        body,
        request_id,
    };
    let mut reply = if rest == "/$batch" && method == Method::POST {
        batch(state, &incoming)
    } else {
        dispatch(state, &incoming, fault == Some(Fault::RepeatNextLink))
    };
    if fault == Some(Fault::Truncate)
        && let Some(body) = &mut reply.body
    {
        body.truncate(body.len() / 2);
    }
    reply
}

fn authorized(state: &State, auth: &Auth, headers: &HeaderMap) -> bool {
    let Some(token) = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    auth.static_tokens.contains(token)
        || lock(&state.tokens)
            .get(token)
            .is_some_and(|expiry| expiry.is_none_or(|expiry| Instant::now() < expiry))
}

fn token(state: &State, auth: &Auth, method: &Method, headers: &HeaderMap, body: &[u8]) -> Reply {
    let oauth_error = |status: StatusCode, error: &str, description: &str| {
        Reply::json(
            status,
            &json!({"error": error, "error_description": description}),
        )
    };
    if method != Method::POST {
        return oauth_error(
            StatusCode::METHOD_NOT_ALLOWED,
            "invalid_request",
            "use POST",
        );
    }
    let form: HashMap<String, String> = url::form_urlencoded::parse(body).into_owned().collect();
    if form.get("grant_type").map(String::as_str) != Some("client_credentials") {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            "only client_credentials is supported",
        );
    }
    let basic = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|v| base64::engine::general_purpose::STANDARD.decode(v).ok())
        .and_then(|v| String::from_utf8(v).ok())
        .and_then(|v| {
            let (id, secret) = v.split_once(':')?;
            Some((
                odata::decode(&id.replace('+', " "))?,
                odata::decode(&secret.replace('+', " "))?,
            ))
        });
    let (id, secret) = match (basic, form.get("client_id"), form.get("client_secret")) {
        (Some(pair), _, _) => pair,
        (None, Some(id), Some(secret)) => (id.clone(), secret.clone()),
        _ => {
            return oauth_error(
                StatusCode::UNAUTHORIZED,
                "invalid_client",
                "no client credentials",
            );
        }
    };
    if !auth.clients.iter().any(|(i, s)| *i == id && *s == secret) {
        return oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "unknown client or wrong secret",
        );
    }
    let token = format!(
        "standin.{}.{:016x}",
        state.next_id(),
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos() as u64
            ^ 0x5a5a_1234_dead_beef
    );
    // Checked: the lifetime is any `Duration` (`--token-lifetime 18446744073709551615`).
    let expiry = Instant::now().checked_add(auth.lifetime);
    lock(&state.tokens).insert(token.clone(), expiry);
    let seconds = auth.lifetime.as_secs();
    Reply::json(
        StatusCode::OK,
        &json!({"token_type": "Bearer", "expires_in": seconds, "ext_expires_in": seconds, "access_token": token}),
    )
}

/// What a path addresses.
enum Target {
    Collection(Vec<String>),
    Item(Vec<String>, String),
    Count(Vec<String>),
    /// A `POST` under an item that does not exist (its key).
    MissingParent(String),
    Operation {
        collection: Vec<String>,
        key: Option<String>,
        name: String,
        parameters: Option<Map<String, Value>>,
    },
}

fn resolve(
    state: &State,
    store: &Store,
    segments: Vec<Segment>,
    method: &Method,
) -> Option<Target> {
    let mut names = Vec::with_capacity(segments.len());
    let mut call = None;
    let count = segments.len();
    for (index, segment) in segments.into_iter().enumerate() {
        match segment {
            Segment::Name(name) => names.push(name),
            Segment::Call(name, parameters) if index + 1 == count => {
                call = Some((name, parameters));
            }
            Segment::Call(..) => return None,
        }
    }
    let bound = |base: Vec<String>| -> Option<(Vec<String>, Option<String>)> {
        if base.is_empty() || store.is_collection(&base) {
            Some((base, None))
        } else if base.len() >= 2 && store.is_collection(&base[..base.len() - 1]) {
            let mut collection = base;
            let key = collection.pop();
            Some((collection, key))
        } else {
            None
        }
    };
    if let Some((name, parameters)) = call {
        let (collection, key) = bound(names)?;
        return Some(Target::Operation {
            collection,
            key,
            name,
            parameters: Some(parameters),
        });
    }
    let last = names.last()?.clone();
    if last == "$count" {
        names.pop();
        return store.is_collection(&names).then_some(Target::Count(names));
    }
    if *method == Method::POST && state.actions.contains_key(&last) {
        names.pop();
        let (collection, key) = bound(names)?;
        return Some(Target::Operation {
            collection,
            key,
            name: last,
            parameters: None,
        });
    }
    if store.is_collection(&names) {
        return Some(Target::Collection(names));
    }
    if names.len() >= 2 && store.is_collection(&names[..names.len() - 1]) {
        let key = names.pop()?;
        return Some(Target::Item(names, key));
    }
    if *method != Method::POST {
        return None;
    }
    // A path nothing addresses yet: a new collection, when something is created in it; but
    // under a collection the stand-in knows, the next segment is a key, and an item that does
    // not exist has no collections to create in (Graph answers 404).
    for known in (1..names.len()).rev() {
        let collection = &names[..known];
        if store.is_collection(collection)
            || (known == 1 && GRAPH_ENTITY_SETS.contains(&&*names[0]))
        {
            return Some(if store.item_exists(&names[..=known]) {
                Target::Collection(names)
            } else {
                Target::MissingParent(names[known].clone())
            });
        }
    }
    Some(Target::Collection(names))
}

/// The entity sets of Graph v1.0 (`<EntitySet Name=...>` in `graph-codegen/csdl/v1.0.xml`):
/// collections at the service root even before anything is stored in them, so that a `POST`
/// to `/users/{missing}/messages` is a 404 on a fresh stand-in, as it is on Graph.
const GRAPH_ENTITY_SETS: &[&str] = &[
    "agreementAcceptances",
    "agreements",
    "applications",
    "applicationTemplates",
    "authenticationMethodConfigurations",
    "certificateBasedAuthConfiguration",
    "chats",
    "connections",
    "contacts",
    "contracts",
    "dataPolicyOperations",
    "devices",
    "directoryObjects",
    "directoryRoles",
    "directoryRoleTemplates",
    "domainDnsRecords",
    "domains",
    "drives",
    "filterOperators",
    "functions",
    "groupLifecyclePolicies",
    "groups",
    "groupSettings",
    "groupSettingTemplates",
    "identityProviders",
    "invitations",
    "oauth2PermissionGrants",
    "organization",
    "permissionGrants",
    "places",
    "schemaExtensions",
    "scopedRoleMemberships",
    "servicePrincipals",
    "shares",
    "sites",
    "subscribedSkus",
    "subscriptions",
    "teams",
    "teamsTemplates",
    "users",
];

/// The system query options the stand-in implements on a listing.
const COLLECTION_OPTIONS: &[&str] = &["$select", "$filter", "$top", "$skiptoken", "$count"];
/// ... on `/$count`.
const COUNT_OPTIONS: &[&str] = &["$filter"];
/// ... on a `GET` of one item.
const ITEM_OPTIONS: &[&str] = &["$select"];

/// Graph's `400` for a `$` option the stand-in does not implement where it was sent (any
/// other, `$orderby`, `$skip`, `$expand`, `$search`, `$apply`, a misspelt `$selct`...), or
/// sent twice: an ignored option would quietly agree with a wrong client (a test of ordering
/// passing on unsorted data). Graph refuses a query option it does not support with `400`
/// and code `Request_UnsupportedQuery` (e.g. `"message": "Sorting not supported for current
/// query."`, microsoftgraph/microsoft-graph-docs-contrib#3145) and names the option as in
/// `The query parameter '$orderBy' is not supported with '$search'.`; a repeated option is
/// OData's `Query option '...' was specified more than once, but it must be specified at most
/// once.`
fn refuse_unimplemented_options(
    query: &[(String, String)],
    implemented: &[&str],
    request_id: &RequestIds,
) -> Option<Reply> {
    for (index, (name, _)) in query.iter().enumerate() {
        if !name.starts_with('$') {
            // A custom query option: OData lets a service ignore those.
            continue;
        }
        if !implemented
            .iter()
            .any(|known| known.eq_ignore_ascii_case(name))
        {
            return Some(Reply::error(
                StatusCode::BAD_REQUEST,
                "Request_UnsupportedQuery",
                &format!("The query parameter '{name}' is not supported by the stand-in."),
                request_id,
            ));
        }
        if query[..index]
            .iter()
            .any(|(earlier, _)| earlier.eq_ignore_ascii_case(name))
        {
            return Some(Reply::error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                &format!(
                    "Query option '{name}' was specified more than once, but it must be \
                     specified at most once."
                ),
                request_id,
            ));
        }
    }
    None
}

/// One request as [`dispatch`] and its handlers read it.
struct Ask<'a> {
    state: &'a State,
    incoming: &'a Incoming<'a>,
    query: Vec<(String, String)>,
    if_match: Option<&'a str>,
}

impl Ask<'_> {
    /// The system query option `name`: OData 4.01 and Graph read the names in any case
    /// (`$orderBy`).
    fn option(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Graph's `404` for `what`.
    fn not_found(&self, what: &str) -> Reply {
        Reply::error(
            StatusCode::NOT_FOUND,
            "Request_ResourceNotFound",
            &format!(
                "Resource '{what}' does not exist or one of its queried reference-property objects are not present."
            ),
            self.incoming.request_id,
        )
    }
}

fn dispatch(state: &State, incoming: &Incoming<'_>, repeat_next_link: bool) -> Reply {
    let request_id = incoming.request_id;
    let segments =
        match odata::segments(incoming.raw_path, |name| state.functions.contains_key(name)) {
            Ok(segments) => segments,
            Err(problem) => {
                return Reply::error(StatusCode::BAD_REQUEST, "BadRequest", &problem, request_id);
            }
        };
    let cx = Ask {
        state,
        incoming,
        query: url::form_urlencoded::parse(incoming.raw_query.as_bytes())
            .into_owned()
            .collect(),
        if_match: incoming
            .headers
            .get(axum::http::header::IF_MATCH)
            .and_then(|v| v.to_str().ok()),
    };
    let mut store = lock(&state.store);
    let Some(target) = resolve(state, &store, segments, incoming.method) else {
        return cx.not_found(incoming.raw_path);
    };
    let implemented: &[&str] = match (&target, incoming.method) {
        (Target::Collection(_), &Method::GET) => COLLECTION_OPTIONS,
        (Target::Count(_), &Method::GET) => COUNT_OPTIONS,
        (Target::Item(..), &Method::GET) => ITEM_OPTIONS,
        _ => &[],
    };
    if let Some(refusal) = refuse_unimplemented_options(&cx.query, implemented, request_id) {
        return refusal;
    }
    let method = incoming.method.clone();
    match (target, method) {
        (Target::MissingParent(key), _) => cx.not_found(&key),
        (Target::Collection(path), Method::GET) => list(&cx, &store, &path, repeat_next_link),
        (Target::Count(path), Method::GET) => count(&cx, &store, &path),
        (Target::Collection(path), Method::POST) => create(&cx, &mut store, &path),
        (Target::Item(path, key), method @ (Method::GET | Method::PATCH | Method::DELETE)) => {
            item(&cx, &mut store, path, key, &method)
        }
        (
            Target::Operation {
                collection,
                key,
                name,
                parameters,
            },
            method,
        ) => operation(
            &cx,
            &mut store,
            &collection,
            key.as_deref(),
            &name,
            parameters,
            &method,
        ),
        (_, method) => Reply::error(
            StatusCode::METHOD_NOT_ALLOWED,
            "BadRequest",
            &format!("{method} is not allowed on {}", incoming.raw_path),
            request_id,
        ),
    }
}

/// `GET` of the collection at `path`: a page, with `$filter`, `$top`, `$skiptoken`, `$select`
/// and `$count`.
fn list(cx: &Ask<'_>, store: &Store, path: &[String], repeat_next_link: bool) -> Reply {
    let (state, incoming, request_id) = (cx.state, cx.incoming, cx.incoming.request_id);
    let filter = match cx.option("$filter").map(Filter::parse).transpose() {
        Ok(filter) => filter,
        Err(problem) => {
            return Reply::error(StatusCode::BAD_REQUEST, "BadRequest", &problem, request_id);
        }
    };
    let top = match cx.option("$top").map(str::parse::<usize>).transpose() {
        Ok(top) => top,
        Err(_) => {
            return Reply::error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                "$top is not a number",
                request_id,
            );
        }
    };
    let skip = match cx.option("$skiptoken") {
        None => 0,
        Some(token) => match token
            .strip_prefix("standin-")
            .and_then(|n| n.parse::<usize>().ok())
        {
            Some(skip) => skip,
            None => {
                return Reply::error(
                    StatusCode::BAD_REQUEST,
                    "BadRequest",
                    "the $skiptoken is not one the stand-in gave",
                    request_id,
                );
            }
        },
    };
    let select = cx.option("$select").map(|s| {
        s.split(',')
            .map(str::trim)
            .map(str::to_owned)
            .collect::<Vec<_>>()
    });
    let count = match cx.option("$count") {
        None => false,
        Some(value) if value.eq_ignore_ascii_case("true") => true,
        Some(value) if value.eq_ignore_ascii_case("false") => false,
        Some(_) => {
            return Reply::error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                "$count is true or false",
                request_id,
            );
        }
    };
    // `$top=0` asks for no items: an empty page, and no next link (a page of none would
    // never get further).
    let page_size = top.unwrap_or(state.page_size);
    let collection = store.collections.get(path);
    let key_property = collection.map_or("id", |c| c.key_property.as_str());
    let (total, end, page) = match (collection, &filter) {
        (None, _) => (0, 0, Vec::new()),
        // Without a filter, a page is a slice of the order: no pass over the rest.
        (Some(c), None) => {
            let total = c.order.len();
            let end = (skip + page_size).min(total);
            let page = c.order[skip.min(total)..end]
                .iter()
                .filter_map(|key| c.items.get(key))
                .map(|item| Value::Object(project(item, select.as_deref(), key_property)))
                .collect();
            (total, end, page)
        }
        (Some(c), Some(filter)) => {
            let mut matched: Vec<&Item> = c
                .order
                .iter()
                .filter_map(|key| c.items.get(key))
                .filter(|item| filter.matches(&item.value))
                .collect();
            let total = matched.len();
            let end = (skip + page_size).min(total);
            let page = matched
                .drain(skip.min(total)..end)
                .map(|item| Value::Object(project(item, select.as_deref(), key_property)))
                .collect();
            (total, end, page)
        }
    };
    let mut document = Map::new();
    document.insert(
        "@odata.context".into(),
        Value::String(context_url(state, path, false)),
    );
    if count {
        document.insert("@odata.count".into(), Value::from(total));
    }
    document.insert("value".into(), Value::Array(page));
    let own_url = format!("{}{}{}", state.origin, state.root_path, incoming.raw_path);
    if repeat_next_link {
        let link = if incoming.raw_query.is_empty() {
            own_url
        } else {
            format!("{own_url}?{}", incoming.raw_query)
        };
        document.insert("@odata.nextLink".into(), Value::String(link));
    } else if end < total && page_size > 0 {
        let mut link = own_url;
        let mut separator = '?';
        for pair in incoming.raw_query.split('&').filter(|p| !p.is_empty()) {
            let name = pair.split_once('=').map_or(pair, |(name, _)| name);
            if odata::decode(name).is_some_and(|n| n.eq_ignore_ascii_case("$skiptoken")) {
                continue;
            }
            link.push(separator);
            link.push_str(pair);
            separator = '&';
        }
        link.push(separator);
        link.push_str(&format!("$skiptoken=standin-{end}"));
        document.insert("@odata.nextLink".into(), Value::String(link));
    }
    Reply::json(StatusCode::OK, &Value::Object(document))
}

/// `GET` of the collection at `path`'s `/$count`, with `$filter`.
fn count(cx: &Ask<'_>, store: &Store, path: &[String]) -> Reply {
    let request_id = cx.incoming.request_id;
    let filter = match cx.option("$filter").map(Filter::parse).transpose() {
        Ok(filter) => filter,
        Err(problem) => {
            return Reply::error(StatusCode::BAD_REQUEST, "BadRequest", &problem, request_id);
        }
    };
    let total = store.collections.get(path).map_or(0, |c| match &filter {
        None => c.items.len(),
        Some(filter) => c
            .items
            .values()
            .filter(|item| filter.matches(&item.value))
            .count(),
    });
    Reply {
        status: StatusCode::OK,
        headers: Vec::new(),
        body: Some(total.to_string().into_bytes()),
        text: true,
    }
}

/// `POST` to the collection at `path`: a new item.
fn create(cx: &Ask<'_>, store: &mut Store, path: &[String]) -> Reply {
    let (state, incoming, request_id) = (cx.state, cx.incoming, cx.incoming.request_id);
    let mut value = match serde_json::from_slice::<Value>(incoming.body) {
        Ok(Value::Object(map)) => map,
        _ => {
            return Reply::error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                "the body is not a JSON object",
                request_id,
            );
        }
    };
    value.retain(|name, _| !name.starts_with("@odata.") || name == "@odata.type");
    let collection = store.collection_mut(path);
    let key = match value.get(&collection.key_property) {
        Some(Value::String(key)) => key.clone(),
        Some(Value::Null) | None => {
            let key = state.guid();
            value.insert(collection.key_property.clone(), Value::String(key.clone()));
            key
        }
        Some(_) => {
            return Reply::error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                "the key is not a string",
                request_id,
            );
        }
    };
    if collection.items.contains_key(&key) {
        return Reply::error(
            StatusCode::CONFLICT,
            "Request_MultipleObjectsWithSameKeyValue",
            &format!("an item with the key {key:?} exists"),
            request_id,
        );
    }
    let item = Item { value, version: 1 };
    // The answer gets the control information; the stored item stays as it was sent.
    let mut created = with_etag(&item);
    created.insert(
        "@odata.context".into(),
        Value::String(context_url(state, path, true)),
    );
    collection.order.push(key.clone());
    collection.items.insert(key.clone(), item);
    let mut reply = Reply::json(StatusCode::CREATED, &Value::Object(created));
    let mut location = format!("{}{}/{}", state.origin, state.root_path, path.join("/"));
    location.push('/');
    graph_entity::push_segment(&mut location, &key);
    reply.headers.push((axum::http::header::LOCATION, location));
    reply
}

/// `GET`, `PATCH` or `DELETE` of the item `key` of the collection at `path`.
fn item(cx: &Ask<'_>, store: &mut Store, path: Vec<String>, key: String, method: &Method) -> Reply {
    let (state, incoming, request_id) = (cx.state, cx.incoming, cx.incoming.request_id);
    let Some(collection) = store.collections.get_mut(&path) else {
        return cx.not_found(&key);
    };
    let key_property = collection.key_property.clone();
    let Some(item) = collection.items.get_mut(&key) else {
        return cx.not_found(&key);
    };
    if *method != Method::GET
        && let Some(reply) = check_if_match(cx.if_match, item, request_id)
    {
        return reply;
    }
    match *method {
        Method::GET => {
            let select = cx.option("$select").map(|s| {
                s.split(',')
                    .map(str::trim)
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            });
            let mut value = project(item, select.as_deref(), &key_property);
            value.insert(
                "@odata.context".into(),
                Value::String(context_url(state, &path, true)),
            );
            Reply::json(StatusCode::OK, &Value::Object(value))
        }
        Method::PATCH => {
            let patch = match serde_json::from_slice::<Value>(incoming.body) {
                Ok(Value::Object(map)) => map,
                _ => {
                    return Reply::error(
                        StatusCode::BAD_REQUEST,
                        "BadRequest",
                        "the body is not a JSON object",
                        request_id,
                    );
                }
            };
            for (name, value) in patch {
                if name == key_property && value != item.value[&key_property] {
                    return Reply::error(
                        StatusCode::BAD_REQUEST,
                        "BadRequest",
                        "the key cannot be changed",
                        request_id,
                    );
                }
                if name.starts_with("@odata.") && name != "@odata.type" {
                    continue;
                }
                item.value.insert(name, value);
            }
            item.version += 1;
            Reply::empty(StatusCode::NO_CONTENT)
        }
        _ => {
            collection.items.remove(&key);
            collection.order.retain(|k| *k != key);
            let mut item_path = path.clone();
            item_path.push(key);
            store.collections.retain(|p, _| !p.starts_with(&item_path));
            Reply::empty(StatusCode::NO_CONTENT)
        }
    }
}

/// A registered action (`POST`) or function (`GET`) `name`, bound to the item `key` of
/// `collection`, to the collection, or unbound.
fn operation(
    cx: &Ask<'_>,
    store: &mut Store,
    collection: &[String],
    key: Option<&str>,
    name: &str,
    parameters: Option<Map<String, Value>>,
    method: &Method,
) -> Reply {
    let (state, incoming, request_id) = (cx.state, cx.incoming, cx.incoming.request_id);
    let (handler, parameters) = match parameters {
        Some(parameters) if *method == Method::GET => match state.functions.get(name) {
            Some(handler) => (handler, parameters),
            None => return cx.not_found(name),
        },
        None if *method == Method::POST => {
            let parameters = match serde_json::from_slice::<Value>(incoming.body) {
                Ok(Value::Object(map)) => map,
                Err(_) if incoming.body.iter().all(u8::is_ascii_whitespace) => Map::new(),
                _ => {
                    return Reply::error(
                        StatusCode::BAD_REQUEST,
                        "BadRequest",
                        "the action's body is not a JSON object",
                        request_id,
                    );
                }
            };
            match state.actions.get(name) {
                Some(handler) => (handler, parameters),
                None => return cx.not_found(name),
            }
        }
        _ => {
            return Reply::error(
                StatusCode::METHOD_NOT_ALLOWED,
                "BadRequest",
                "actions are POSTed, functions are read with GET",
                request_id,
            );
        }
    };
    let outcome = match key {
        Some(key) => {
            let Some(item) = store
                .collections
                .get_mut(collection)
                .and_then(|c| c.items.get_mut(key))
            else {
                return cx.not_found(key);
            };
            if let Some(reply) = check_if_match(cx.if_match, item, request_id) {
                return reply;
            }
            let before = item.value.clone();
            let outcome = handler(Call {
                name,
                collection,
                key: Some(key),
                item: Some(&mut item.value),
                parameters,
            });
            if item.value != before {
                item.version += 1;
            }
            outcome
        }
        None => handler(Call {
            name,
            collection,
            key: None,
            item: None,
            parameters,
        }),
    };
    match outcome {
        Ok(Some(Value::Object(map))) => Reply::json(StatusCode::OK, &Value::Object(map)),
        Ok(Some(value)) => Reply::json(StatusCode::OK, &json!({ "value": value })),
        Ok(None) => Reply::empty(StatusCode::NO_CONTENT),
        Err(failure) => Reply::failure(&failure, request_id),
    }
}

/// The `@odata.context` of the collection at `path` (`<root>/$metadata#<path>`) or, with
/// `entity`, of one of its items (`.../$entity`), as Graph writes them, e.g.
/// `https://graph.microsoft.com/v1.0/$metadata#users/$entity`; each segment is written as
/// [`graph_entity::push_segment`] writes it, so that the context is a valid URL whatever the
/// keys hold.
fn context_url(state: &State, path: &[String], entity: bool) -> String {
    let mut url = format!("{}{}/$metadata#", state.origin, state.root_path);
    for (index, segment) in path.iter().enumerate() {
        if index > 0 {
            url.push('/');
        }
        graph_entity::push_segment(&mut url, segment);
    }
    if entity {
        url.push_str("/$entity");
    }
    url
}

/// `None` when `If-Match` is absent, `*`, or the item's tag; a `412` otherwise.
fn check_if_match(if_match: Option<&str>, item: &Item, request_id: &RequestIds) -> Option<Reply> {
    let tag = if_match?;
    let current = format!("W/\"{}\"", item.version);
    let strong = format!("\"{}\"", item.version);
    if tag
        .split(',')
        .map(str::trim)
        .any(|t| t == "*" || t == current || t == strong)
    {
        None
    } else {
        Some(Reply::error(
            StatusCode::PRECONDITION_FAILED,
            "PreconditionFailed",
            &format!("The If-Match tag {tag} does not match the current {current}."),
            request_id,
        ))
    }
}

/// The item with `@odata.etag`, only the `select`ed properties (and the key and annotations)
/// when given.
fn project(item: &Item, select: Option<&[String]>, key_property: &str) -> Map<String, Value> {
    let mut value = with_etag(item);
    if let Some(select) = select {
        value.retain(|name, _| {
            name.starts_with('@') || name == key_property || select.iter().any(|s| s == name)
        });
    }
    value
}

fn batch(state: &State, incoming: &Incoming<'_>) -> Reply {
    let request_id = incoming.request_id;
    let requests = match serde_json::from_slice::<Value>(incoming.body) {
        Ok(Value::Object(mut map)) => match map.remove("requests") {
            Some(Value::Array(requests)) => requests,
            _ => {
                return Reply::error(
                    StatusCode::BAD_REQUEST,
                    "BadRequest",
                    "a batch needs `requests`",
                    request_id,
                );
            }
        },
        _ => {
            return Reply::error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                "the batch body is not a JSON object",
                request_id,
            );
        }
    };
    if requests.len() > 20 {
        return Reply::error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            "a batch holds at most 20 requests",
            request_id,
        );
    }
    let mut statuses: HashMap<String, u16> = HashMap::new();
    let mut responses = Vec::with_capacity(requests.len());
    for request in &requests {
        let field = |name: &str| request.get(name).and_then(Value::as_str);
        let (Some(id), Some(method), Some(url)) = (field("id"), field("method"), field("url"))
        else {
            return Reply::error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                "every batch request needs a string `id`, `method` and `url`",
                request_id,
            );
        };
        let id = id.to_owned();
        let item_request_id = RequestIds {
            request: state.guid(),
            client: None,
        };
        let depends_failed = request
            .get("dependsOn")
            .and_then(Value::as_array)
            .is_some_and(|deps| {
                deps.iter().any(|dep| {
                    dep.as_str()
                        .and_then(|dep| statuses.get(dep))
                        .is_none_or(|status| !(200..300).contains(status))
                })
            });
        let mut headers = HeaderMap::new();
        if let Some(Value::Object(map)) = request.get("headers") {
            for (name, value) in map {
                if let (Ok(name), Some(Ok(value))) = (
                    HeaderName::try_from(name.as_str()),
                    value.as_str().map(HeaderValue::from_str),
                ) {
                    headers.insert(name, value);
                }
            }
        }
        let reply = batch_item_reply(
            state,
            request,
            &id,
            (method, url),
            &headers,
            &item_request_id,
            depends_failed,
        );
        statuses.insert(id.clone(), reply.status.as_u16());
        lock(&state.log).push(LoggedRequest {
            method: method.to_owned(),
            target: url.to_owned(),
            status: reply.status.as_u16(),
            batch_item: Some(id.clone()),
            headers: loggable(&headers),
        });
        responses.push(batch_item_response(id, item_request_id, &reply));
    }
    Reply::json(StatusCode::OK, &json!({ "responses": responses }))
}

/// The reply to one request of a batch: `424` when one it depends on failed, an injected
/// `429`, or its own answer.
fn batch_item_reply(
    state: &State,
    request: &Value,
    id: &str,
    (method, url): (&str, &str),
    headers: &HeaderMap,
    item_request_id: &RequestIds,
    depends_failed: bool,
) -> Reply {
    let throttled = {
        let mut faults = state.lock_faults();
        match faults.batch_items.get_mut(id) {
            Some((times, after)) if *times > 0 => {
                *times -= 1;
                Some(after.clone())
            }
            _ => None,
        }
    };
    if depends_failed {
        Reply::error(
            StatusCode::FAILED_DEPENDENCY,
            "FailedDependency",
            "a request this one depends on failed",
            item_request_id,
        )
    } else if let Some(after) = throttled {
        let mut reply = Reply::error(
            StatusCode::TOO_MANY_REQUESTS,
            "TooManyRequests",
            "injected by the stand-in",
            item_request_id,
        );
        if let Some(after) = after {
            reply.headers.push((axum::http::header::RETRY_AFTER, after));
        }
        reply
    } else {
        let body = request
            .get("body")
            .map(|body| serde_json::to_vec(body).unwrap_or_default())
            .unwrap_or_default();
        let url = if url.starts_with('/') {
            url.to_owned()
        } else {
            format!("/{url}")
        };
        let (raw_path, raw_query) = url.split_once('?').unwrap_or((&url, ""));
        // An item's URL is relative to the batch's own root: one that repeats the version
        // (`/v1.0/users`, as some SDKs write it) names a segment Graph does not have, and Graph
        // answers 400 (msgraph-sdk-javascript#1178).
        let first = raw_path
            .trim_start_matches('/')
            .split('/')
            .next()
            .unwrap_or("");
        if first == "v1.0" || first == "beta" {
            return Reply::error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                &format!("Resource not found for the segment '{first}'."),
                item_request_id,
            );
        }
        match Method::from_bytes(method.as_bytes()) {
            Ok(method) => dispatch(
                state,
                &Incoming {
                    method: &method,
                    raw_path,
                    raw_query,
                    headers,
                    body: &body,
                    request_id: item_request_id,
                },
                false,
            ),
            Err(_) => Reply::error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                "unknown method",
                item_request_id,
            ),
        }
    }
}

/// One response of a batch's `responses`, as Graph writes it.
fn batch_item_response(id: String, item_request_id: RequestIds, reply: &Reply) -> Value {
    let mut headers = Map::new();
    headers.insert("request-id".into(), Value::String(item_request_id.request));
    for (name, value) in &reply.headers {
        headers.insert(
            batch_header_name(name.as_str()),
            Value::String(value.clone()),
        );
    }
    let mut response = Map::new();
    response.insert("id".into(), Value::String(id));
    response.insert("status".into(), Value::from(reply.status.as_u16()));
    if let Some(body) = &reply.body {
        headers.insert(
            "Content-Type".into(),
            Value::String(
                if reply.text {
                    "text/plain"
                } else {
                    "application/json"
                }
                .into(),
            ),
        );
        let body = if reply.text {
            Value::String(String::from_utf8_lossy(body).into_owned())
        } else {
            serde_json::from_slice(body).unwrap_or(Value::Null)
        };
        response.insert("body".into(), body);
    }
    response.insert("headers".into(), Value::Object(headers));
    Value::Object(response)
}

/// A header's name in a batch item's `headers` as Graph spells it (`Content-Type`,
/// `Location`, `Retry-After`, `OData-Version`): the JSON object is case-sensitive to its readers
/// (Microsoft's JavaScript client parses an item's body only under `Content-Type`). Graph's own
/// ids stay lower case (`request-id`, `client-request-id`).
fn batch_header_name(name: &str) -> String {
    match name {
        "request-id" | "client-request-id" => name.to_owned(),
        "odata-version" => "OData-Version".to_owned(),
        "etag" => "ETag".to_owned(),
        _ => name
            .split('-')
            .map(|word| {
                let mut chars = word.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_ascii_uppercase().to_string() + chars.as_str()
                })
            })
            .collect::<Vec<_>>()
            .join("-"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn batch_headers_are_spelled_as_graph_spells_them() {
        for (sent, written) in [
            ("content-type", "Content-Type"),
            ("location", "Location"),
            ("retry-after", "Retry-After"),
            ("odata-version", "OData-Version"),
            ("request-id", "request-id"),
            ("etag", "ETag"),
            ("cache-control", "Cache-Control"),
        ] {
            assert_eq!(super::batch_header_name(sent), written);
        }
    }

    /// [`super::GRAPH_ENTITY_SETS`] is the v1.0 CSDL's list, so that a refresh of the CSDL that
    /// changes the entity sets shows here.
    #[test]
    fn the_entity_sets_are_the_csdls() {
        let csdl = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../graph-codegen/csdl/v1.0.xml"
        ))
        .expect("the repository's v1.0 CSDL");
        let mut in_csdl: Vec<&str> = csdl
            .split("<EntitySet Name=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        let mut listed = super::GRAPH_ENTITY_SETS.to_vec();
        in_csdl.sort_unstable();
        listed.sort_unstable();
        assert_eq!(listed, in_csdl);
    }
}
