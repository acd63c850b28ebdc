//! The one road from an [`Operation`] to an [`http::Request`]: [`ServiceRoot::build`] places
//! an operation under a service root with a [`Query`]. Paths and absolute URLs (next links,
//! pre-authenticated URLs), headers, bodies and `If-Match` tags all go through
//! [`build`]; the other ways to a request here are thin forms of it.

use http::header::{ACCEPT, CONTENT_TYPE, HeaderMap, HeaderValue, IF_MATCH};

use super::body::Body;
use super::error::RequestError;
use super::operation::{Operation, OperationParts};
use super::service::ServiceRoot;
use crate::request::query::Query;

/// Marks a request to a pre-authenticated URL (Graph's download and upload URLs, which carry
/// their own credentials): the client sends it with no `Authorization` header. Set by
/// [`Operation::pre_authenticated`]; read from the request's extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PreAuthenticated;

/// What a path is joined to.
#[derive(Clone, Copy)]
enum Root<'a> {
    /// A checked service root.
    Service(&'a ServiceRoot),
    /// A root given as text, checked when a path is joined to it.
    Text(&'a str),
    /// None: absolute URLs only.
    None,
}

impl<'a> Root<'a> {
    /// The root to join `target` to, without a trailing `/`.
    fn base(self, target: &str) -> Result<&'a str, RequestError> {
        match self {
            Root::Service(root) => Ok(root.as_str()),
            Root::Text(root) if absolute_url(root) && !root.contains(['?', '#']) => {
                Ok(root.trim_end_matches('/'))
            }
            Root::Text(root) => Err(RequestError::InvalidServiceRoot {
                service_root: root.to_owned(),
            }),
            Root::None => Err(RequestError::InvalidUri {
                uri: target.to_owned(),
                reason: "not an absolute `http` or `https` URL".into(),
            }),
        }
    }
}

impl ServiceRoot {
    /// The request of `operation` under this root, with `query`'s options and headers: the
    /// one road every request takes (the typed steps' [`Call`](crate::Call)s, the CRUD
    /// functions' operations, next links, batch items, the client's requests).
    ///
    /// - The URI is the operation's path joined under the root, then `query`'s options; or an
    ///   absolute `https://`/`http://` URL ([`Operation::next_link`],
    ///   [`Operation::pre_authenticated`]) exactly as given, whatever the root (it holds its
    ///   query already, so `query` must be empty).
    /// - The headers are `query`'s (`ConsistencyLevel`), the operation's own
    ///   ([`Operation::with_header`]), `Accept` (`application/json` unless
    ///   [`Operation::with_accept`]), `Content-Type` for a body (`application/json` unless
    ///   [`Operation::with_bytes`] or [`Operation::with_body`]), and `If-Match`.
    /// - The body is a [`Body`]: bytes, or a stream that can be made again for a retry.
    /// - A pre-authenticated operation's request carries [`PreAuthenticated`].
    ///
    /// ```
    /// use graph_entity::http::Method;
    /// use graph_entity::{Operation, Query, ServiceRoot};
    ///
    /// let query = Query::new().select(["id"]).count(true);
    /// let request = ServiceRoot::v1().build(Operation::new(Method::GET, "/users".into()), &query)?;
    /// assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/users?$select=id&$count=true");
    /// assert_eq!(request.headers()["consistencylevel"], "eventual");
    /// assert_eq!(request.headers()["accept"], "application/json");
    /// # Ok::<(), graph_entity::RequestError>(())
    /// ```
    ///
    /// # Errors
    /// [`RequestError::InvalidTarget`] for a target that is neither a path starting with one
    /// `/` nor an absolute `https://`/`http://` URL, or a URI that would not be sent as written
    /// (a fragment); [`RequestError::QueryInPath`] for a target holding a query when `query`
    /// is not empty; [`RequestError::InvalidUri`] for a URI that is not valid;
    /// [`RequestError::InvalidHeader`] for a header value a header cannot hold.
    pub fn build<Q>(
        &self,
        operation: impl Into<Operation>,
        query: &Query<Q>,
    ) -> Result<http::Request<Body>, RequestError> {
        build(Root::Service(self), operation.into(), query)
    }

    /// [`ServiceRoot::build`], with the body as bytes.
    ///
    /// ```
    /// # #[cfg(feature = "resources")] {
    /// use graph_entity::query::{Order, Query};
    /// use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
    /// use graph_entity::{GraphEntity, ServiceRoot};
    ///
    /// let query = Query::<Connector>::typed()
    ///     .select([Connector::ID, Connector::SERVER_NAME])
    ///     .order_by(Connector::SERVER_NAME, Order::Ascending)
    ///     .count(true);
    /// let request = ServiceRoot::v1().operation(Connector::list(), &query)?;
    /// assert_eq!(request.method(), "GET");
    /// assert_eq!(
    ///     request.uri(),
    ///     "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors\
    ///      ?$select=id,serverName&$orderby=serverName&$count=true",
    /// );
    /// assert_eq!(request.headers()["consistencylevel"], "eventual");
    /// # }
    /// # Ok::<(), graph_entity::RequestError>(())
    /// ```
    ///
    /// # Errors
    /// As [`ServiceRoot::build`]; [`RequestError::StreamingBody`] for a streaming body.
    pub fn operation<Q>(
        &self,
        operation: impl Into<Operation>,
        query: &Query<Q>,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        into_bytes(self.build(operation, query)?)
    }

    /// A request `method` of `path` under this root, with `query`'s options and headers, and
    /// `body` as JSON: [`ServiceRoot::build`] of `Operation::new(method, path)`.
    ///
    /// ```
    /// use graph_entity::http::Method;
    /// use graph_entity::query::{Query, prop};
    /// use graph_entity::request::ServiceRoot;
    ///
    /// let query = Query::new().select(["id", "displayName"]).filter(prop("displayName").eq("O'Neil & Sons"));
    /// let request = ServiceRoot::v1().request(Method::GET, "/users", &query, None)?;
    /// assert_eq!(
    ///     request.uri().to_string(),
    ///     "https://graph.microsoft.com/v1.0/users?$select=id,displayName&$filter=displayName%20eq%20%27O%27%27Neil%20%26%20Sons%27",
    /// );
    /// assert_eq!(request.headers()["accept"], "application/json");
    /// # Ok::<(), graph_entity::RequestError>(())
    /// ```
    ///
    /// # Errors
    /// As [`ServiceRoot::build`].
    pub fn request<Q>(
        &self,
        method: http::Method,
        path: &str,
        query: &Query<Q>,
        body: Option<Vec<u8>>,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        let operation = Operation::new(method, path.to_owned()).with_json_bytes(body);
        self.operation(operation, query)
    }
}

impl Operation {
    /// The request of this operation under `root`: [`ServiceRoot::operation`].
    ///
    /// # Errors
    /// See [`ServiceRoot::build`].
    pub fn into_graph_request<Q>(
        self,
        root: &ServiceRoot,
        query: &Query<Q>,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        root.operation(self, query)
    }

    /// The request of this operation under a root given as text (such as
    /// `https://graph.microsoft.com/v1.0`, with or without a trailing `/`), without query
    /// options: [`ServiceRoot::build`]'s road, the root checked only when a path is joined to
    /// it. An absolute URL is sent byte for byte, whatever `service_root` is; nothing checks
    /// its host: pass only URLs the service gave.
    ///
    /// ```
    /// use graph_entity::{Operation, RequestError};
    /// use graph_entity::http::Method;
    ///
    /// let next = "https://graph.microsoft.com/v1.0/users?$skiptoken=X%2BY";
    /// let request = Operation::next_link(next).into_request("https://graph.microsoft.com/v1.0")?;
    /// assert_eq!(request.uri(), next);
    ///
    /// let relative = Operation::new(Method::GET, "users".to_owned());
    /// assert!(matches!(
    ///     relative.into_request("https://graph.microsoft.com/v1.0"),
    ///     Err(RequestError::InvalidTarget { .. }),
    /// ));
    /// # Ok::<(), RequestError>(())
    /// ```
    ///
    /// # Errors
    /// As [`ServiceRoot::build`]; [`RequestError::InvalidServiceRoot`] when a path is to be
    /// joined to a `service_root` that is not an `https://` or `http://` URL without query or
    /// fragment.
    pub fn into_request(self, service_root: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
        into_bytes(build(Root::Text(service_root), self, &Query::new())?)
    }
}

/// A request to an absolute URL taken exactly as given — an `@odata.nextLink` or
/// `@odata.deltaLink` — with `headers` (such as `ConsistencyLevel` and `Prefer`) and
/// `Accept: application/json`: [`ServiceRoot::build`]'s road, without a root.
///
/// # Errors
/// When `url` is not an absolute `http`/`https` URI sent as written.
pub fn request_to_url(
    method: http::Method,
    url: &str,
    headers: &HeaderMap,
    body: Option<Vec<u8>>,
) -> Result<http::Request<Vec<u8>>, RequestError> {
    let operation = Operation::new(method, url.to_owned())
        .with_headers(headers.clone())
        .with_json_bytes(body);
    into_bytes(build(Root::None, operation, &Query::new())?)
}

/// Sets `If-Match: {etag}` on `request`, so that an update or a delete applies only to the
/// version read (Graph answers `412 Precondition Failed` otherwise). Take the tag from the
/// entity's `@odata.etag` ([`crate::AdditionalData::etag`]), or give it to the operation:
/// [`Operation::if_match`].
///
/// ```
/// use graph_entity::http::Method;
/// use graph_entity::query::Query;
/// use graph_entity::request::{ServiceRoot, set_if_match};
///
/// let mut request = ServiceRoot::v1().request(Method::DELETE, "/groups/g1", &Query::new(), None)?;
/// set_if_match(&mut request, r#"W/"JzEtQ2F0"""#)?;
/// assert_eq!(request.headers()["if-match"], r#"W/"JzEtQ2F0"""#);
/// # Ok::<(), graph_entity::RequestError>(())
/// ```
///
/// # Errors
/// When `etag` cannot be a header value (it holds a control character or a line break).
pub fn set_if_match<B>(request: &mut http::Request<B>, etag: &str) -> Result<(), RequestError> {
    let value = header_value(etag, "If-Match")?;
    request.headers_mut().insert(IF_MATCH, value);
    Ok(())
}

/// The one builder: `operation` placed under `root` with `query`.
fn build<Q>(
    root: Root<'_>,
    operation: Operation,
    query: &Query<Q>,
) -> Result<http::Request<Body>, RequestError> {
    let OperationParts {
        method,
        target,
        body,
        content_type,
        accept,
        if_match,
        headers: own_headers,
        pre_authenticated,
    } = operation.into_parts();
    let uri = target_uri(root, target, query)?;
    let mut headers = HeaderMap::new();
    query.apply_headers(&mut headers);
    headers.extend(own_headers);
    match accept {
        Some(accept) => {
            headers.insert(ACCEPT, header_value(&accept, "Accept")?);
        }
        None => {
            headers
                .entry(ACCEPT)
                .or_insert(HeaderValue::from_static("application/json"));
        }
    }
    match (&body, content_type) {
        (_, Some(content_type)) => {
            headers.insert(CONTENT_TYPE, header_value(&content_type, "Content-Type")?);
        }
        (Some(_), None) => {
            headers
                .entry(CONTENT_TYPE)
                .or_insert(HeaderValue::from_static("application/json"));
        }
        (None, None) => {}
    }
    if let Some(etag) = if_match {
        headers.insert(IF_MATCH, header_value(&etag, "If-Match")?);
    }
    let mut request = http::Request::new(body.unwrap_or_default());
    *request.method_mut() = method;
    *request.uri_mut() = uri;
    *request.headers_mut() = headers;
    if pre_authenticated {
        request.extensions_mut().insert(PreAuthenticated);
    }
    Ok(request)
}

/// The URI of `target` under `root` with `query`, exactly as it will be sent.
fn target_uri<Q>(
    root: Root<'_>,
    target: String,
    query: &Query<Q>,
) -> Result<http::Uri, RequestError> {
    let absolute = absolute_url(&target);
    let uri = if absolute {
        if !query.is_empty() {
            return Err(RequestError::QueryInPath(target));
        }
        target
    } else if target.starts_with('/') && !target.starts_with("//") {
        if target.contains(['?', '#']) && !query.is_empty() {
            return Err(RequestError::QueryInPath(target));
        }
        let base = root.base(&target)?;
        let mut uri = String::with_capacity(base.len() + target.len() + 64);
        uri.push_str(base);
        uri.push_str(&target);
        query.write_to(&mut uri);
        uri
    } else {
        return Err(RequestError::InvalidTarget { target });
    };
    let parsed = if absolute {
        absolute_uri(&uri)?
    } else {
        http::Uri::try_from(uri.as_str()).map_err(|error| RequestError::InvalidUri {
            uri: uri.clone(),
            reason: error.to_string(),
        })?
    };
    if parsed.to_string() != uri {
        // `http::Uri` drops a fragment and writes an empty path as `/`: what is sent would
        // not be what was given.
        return Err(RequestError::InvalidTarget { target: uri });
    }
    Ok(parsed)
}

/// `url` as an absolute `http`/`https` [`http::Uri`], exactly as given.
pub(crate) fn absolute_uri(url: &str) -> Result<http::Uri, RequestError> {
    let uri = http::Uri::try_from(url).map_err(|error| RequestError::InvalidUri {
        uri: url.to_owned(),
        reason: error.to_string(),
    })?;
    let http_scheme = matches!(uri.scheme_str(), Some("http" | "https"));
    if !http_scheme || uri.authority().is_none() {
        return Err(RequestError::InvalidUri {
            uri: url.to_owned(),
            reason: "not an absolute `http` or `https` URL".into(),
        });
    }
    Ok(uri)
}

/// Whether `target` starts with `https://` or `http://`. Only the lowercase scheme, as the
/// service writes it: `http::Uri` would lowercase any other, and the URL is sent as given.
pub(crate) fn absolute_url(target: &str) -> bool {
    target.starts_with("https://") || target.starts_with("http://")
}

fn header_value(value: &str, name: &'static str) -> Result<HeaderValue, RequestError> {
    HeaderValue::from_str(value).map_err(|_| RequestError::InvalidHeader { name })
}

/// `request` with its body as bytes.
fn into_bytes(request: http::Request<Body>) -> Result<http::Request<Vec<u8>>, RequestError> {
    let (parts, body) = request.into_parts();
    let bytes = body.into_bytes().map_err(|_| RequestError::StreamingBody)?;
    Ok(http::Request::from_parts(parts, Vec::from(bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_carry_accept_and_content_type() {
        let root = ServiceRoot::parse("http://127.0.0.1:8080").unwrap();
        let get = root
            .request(http::Method::GET, "/me", &Query::new(), None)
            .unwrap();
        assert_eq!(get.uri(), "http://127.0.0.1:8080/me");
        assert_eq!(get.headers().len(), 1);
        assert_eq!(get.headers()[ACCEPT], "application/json");
        assert!(get.body().is_empty());

        let post = root
            .request(
                http::Method::POST,
                "/groups",
                &Query::new(),
                Some(b"{}".to_vec()),
            )
            .unwrap();
        assert_eq!(post.method(), http::Method::POST);
        assert_eq!(post.headers()[CONTENT_TYPE], "application/json");
        assert_eq!(post.body(), b"{}");

        let query = Query::new().top(1);
        let error = root
            .request(http::Method::GET, "/me?$top=2", &query, None)
            .unwrap_err();
        assert!(matches!(error, RequestError::QueryInPath(_)));
    }

    #[test]
    fn absolute_urls_are_kept_exactly() {
        let link = "https://graph.microsoft.com/v1.0/users?$top=5&$skiptoken=X%274453707%27";
        let mut headers = HeaderMap::new();
        headers.insert("consistencylevel", HeaderValue::from_static("eventual"));
        let request = request_to_url(http::Method::GET, link, &headers, None).unwrap();
        assert_eq!(request.uri().to_string(), link);
        assert_eq!(request.headers()["consistencylevel"], "eventual");
        for bad in ["/users", "mailto:x@y", "https://graph.microsoft.com/a b"] {
            assert!(
                request_to_url(http::Method::GET, bad, &headers, None).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn if_match_refuses_line_breaks() {
        let mut request = http::Request::new(());
        set_if_match(&mut request, "W/\"1\"").unwrap();
        assert_eq!(request.headers()[IF_MATCH], "W/\"1\"");
        assert_eq!(
            set_if_match(&mut request, "a\r\nb"),
            Err(RequestError::InvalidHeader { name: "If-Match" })
        );
    }
}
