//! [`ServiceRoot`]: where requests go — the global service, the national clouds, or a root of
//! your own — and the building of [`http::Request`]s under it, without doing any I/O.

use core::fmt;

use http::header::{ACCEPT, CONTENT_TYPE, HeaderMap, HeaderValue, IF_MATCH};

pub use crate::operation::RequestError;
use crate::operation::{Operation, OperationParts};
use crate::query::Query;

/// The API version of a Microsoft service root.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ApiVersion {
    /// `v1.0`: the generally available API.
    V1,
    /// `beta`: preview APIs, subject to change.
    Beta,
}

impl ApiVersion {
    /// The path segment: `v1.0` or `beta`.
    pub const fn segment(self) -> &'static str {
        match self {
            ApiVersion::V1 => "v1.0",
            ApiVersion::Beta => "beta",
        }
    }
}

/// A Microsoft Graph deployment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cloud {
    /// The global service, `https://graph.microsoft.com`.
    Global,
    /// US Government L4, `https://graph.microsoft.us`.
    UsGovL4,
    /// US Government L5 (DoD), `https://dod-graph.microsoft.us`.
    UsGovL5Dod,
    /// China, operated by 21Vianet, `https://microsoftgraph.chinacloudapi.cn`.
    China,
}

impl Cloud {
    /// The origin of the deployment's Graph endpoint, without a trailing `/`.
    pub const fn origin(self) -> &'static str {
        match self {
            Cloud::Global => "https://graph.microsoft.com",
            Cloud::UsGovL4 => "https://graph.microsoft.us",
            Cloud::UsGovL5Dod => "https://dod-graph.microsoft.us",
            Cloud::China => "https://microsoftgraph.chinacloudapi.cn",
        }
    }
}

/// The root URL that every request path is joined under, such as
/// `https://graph.microsoft.com/v1.0`.
///
/// The Microsoft deployments come from [`ServiceRoot::microsoft`] (or the shorthands
/// [`ServiceRoot::v1`] and [`ServiceRoot::beta`] for the global service); any other root —
/// a local stand-in such as `http://127.0.0.1:8080`, or a proxy with its own path prefix such
/// as `https://proxy.example/graph/v1.0` — from [`ServiceRoot::parse`], which validates it with
/// the WHATWG URL parser of the [`url`] crate.
///
/// A root holds no trailing `/`; a path joined under it starts with one.
///
/// ```
/// use graph_entity::service::{ApiVersion, Cloud, ServiceRoot};
///
/// assert_eq!(ServiceRoot::v1().as_str(), "https://graph.microsoft.com/v1.0");
/// assert_eq!(
///     ServiceRoot::microsoft(Cloud::China, ApiVersion::Beta).as_str(),
///     "https://microsoftgraph.chinacloudapi.cn/beta",
/// );
/// let proxy = ServiceRoot::parse("https://proxy.example/graph/v1.0/")?;
/// assert_eq!(proxy.join("/users/a%2Fb")?.to_string(), "https://proxy.example/graph/v1.0/users/a%2Fb");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ServiceRoot {
    /// Serialized by the WHATWG parser, without a trailing `/`.
    root: String,
}

impl ServiceRoot {
    /// `https://graph.microsoft.com/v1.0`.
    pub fn v1() -> Self {
        ServiceRoot::microsoft(Cloud::Global, ApiVersion::V1)
    }

    /// `https://graph.microsoft.com/beta`.
    pub fn beta() -> Self {
        ServiceRoot::microsoft(Cloud::Global, ApiVersion::Beta)
    }

    /// The root of `version` on the deployment `cloud`.
    pub fn microsoft(cloud: Cloud, version: ApiVersion) -> Self {
        let mut root = String::with_capacity(cloud.origin().len() + 1 + version.segment().len());
        root.push_str(cloud.origin());
        root.push('/');
        root.push_str(version.segment());
        ServiceRoot { root }
    }

    /// A root of your own: an absolute `http` or `https` URL with a host, and neither
    /// credentials, a query nor a fragment. A trailing `/` is dropped; the rest is kept as the
    /// WHATWG URL parser serializes it (so `HTTPS://Proxy.Example:443/x` becomes
    /// `https://proxy.example/x`).
    ///
    /// ```
    /// use graph_entity::service::ServiceRoot;
    ///
    /// assert_eq!(ServiceRoot::parse("http://127.0.0.1:8080")?.as_str(), "http://127.0.0.1:8080");
    /// assert!(ServiceRoot::parse("graph.microsoft.com/v1.0").is_err()); // not absolute
    /// assert!(ServiceRoot::parse("https://graph.microsoft.com/v1.0?x=1").is_err());
    /// # Ok::<(), graph_entity::service::ServiceRootError>(())
    /// ```
    ///
    /// # Errors
    /// When `root` is not such a URL; the error says why.
    pub fn parse(root: &str) -> Result<Self, ServiceRootError> {
        let invalid = |reason: &'static str| ServiceRootError {
            input: root.to_owned(),
            reason: reason.into(),
        };
        let url = url::Url::parse(root).map_err(|error| ServiceRootError {
            input: root.to_owned(),
            reason: error.to_string(),
        })?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(invalid("the scheme must be `http` or `https`"));
        }
        if url.host().is_none() {
            return Err(invalid("a service root needs a host"));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(invalid(
                "a service root must not hold credentials; send them in the `Authorization` header",
            ));
        }
        if url.query().is_some() {
            return Err(invalid("a service root must not have a query (`?...`)"));
        }
        if url.fragment().is_some() {
            return Err(invalid("a service root must not have a fragment (`#...`)"));
        }
        let mut serialized: String = url.into();
        while serialized.ends_with('/') {
            serialized.pop();
        }
        // What the WHATWG parser accepts, `http::Uri` may not (it refuses e.g. `{`): check now
        // so that joining a valid path never fails because of the root.
        if http::Uri::try_from(serialized.as_str()).is_err() {
            return Err(invalid("the root is not a valid HTTP request target"));
        }
        Ok(ServiceRoot { root: serialized })
    }

    /// The root, without a trailing `/`.
    pub fn as_str(&self) -> &str {
        &self.root
    }

    /// The absolute URI of `path_and_query` (such as `/users/a%2Fb?$top=5`) under this root.
    ///
    /// The path is taken as it is, already percent-encoded (as [`crate::item_path`] and
    /// [`Query`] write it): nothing is re-encoded, so a character that has no place in a URI is
    /// an error rather than silently changed.
    ///
    /// # Errors
    /// When `path_and_query` does not start with `/`, or the result is not a valid URI.
    pub fn join(&self, path_and_query: &str) -> Result<http::Uri, RequestError> {
        if !path_and_query.starts_with('/') {
            return Err(RequestError::InvalidTarget {
                target: path_and_query.to_owned(),
            });
        }
        let mut uri = String::with_capacity(self.root.len() + path_and_query.len());
        uri.push_str(&self.root);
        uri.push_str(path_and_query);
        http::Uri::try_from(uri).map_err(|error| RequestError::InvalidUri {
            uri: format!("{}{path_and_query}", self.root),
            reason: error.to_string(),
        })
    }

    /// The part of `uri` under this root (`/users?$top=5` for
    /// `https://graph.microsoft.com/v1.0/users?$top=5`), as a JSON batch item's `url` needs
    /// it; `None` when `uri` is not under this root.
    pub fn relative<'u>(&self, uri: &'u str) -> Option<&'u str> {
        let rest = uri.strip_prefix(self.root.as_str())?;
        if rest.is_empty() {
            Some("/")
        } else if rest.starts_with(['/', '?']) {
            Some(rest)
        } else {
            None
        }
    }

    /// A request `method` of `path` under this root, with `query`'s options and headers,
    /// `Accept: application/json`, and, with a `body`, `Content-Type: application/json`.
    ///
    /// ```
    /// use graph_entity::http::Method;
    /// use graph_entity::query::{Query, prop};
    /// use graph_entity::service::ServiceRoot;
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
    /// When the path is not absolute or the URI is not valid (see [`ServiceRoot::join`]).
    pub fn request<T>(
        &self,
        method: http::Method,
        path: &str,
        query: &Query<T>,
        body: Option<Vec<u8>>,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        if path.contains(['?', '#']) && !query.is_empty() {
            return Err(RequestError::QueryInPath(path.to_owned()));
        }
        let mut target = String::with_capacity(path.len() + 64);
        target.push_str(path);
        query.write_to(&mut target);
        let uri = self.join(&target)?;
        let mut headers = HeaderMap::new();
        query.apply_headers(&mut headers);
        Ok(build(method, uri, headers, body))
    }

    /// The request of `operation` (as the generated functions build it: `Connector::get(key)`,
    /// `Connector::update_with(key, &patch)?`, an action, ...) under this root, with `query`'s
    /// options and headers: the method, URL, `Accept`, `Content-Type` and `ConsistencyLevel` of
    /// [`ServiceRoot::request`], and the operation's `If-Match` tag
    /// ([`Operation::if_match_etag_of`]).
    ///
    /// An operation whose target is an absolute URL ([`Operation::next_link`]) is sent to that
    /// URL exactly, whatever the root; it already holds its query, so `query` must be empty.
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
    /// As [`ServiceRoot::request`]; [`RequestError::QueryInPath`] for an absolute URL with a
    /// non-empty `query`; [`RequestError::InvalidUri`] for an absolute URL that is not valid or
    /// would not be sent as written; [`RequestError::InvalidHeader`] for an `If-Match` tag that
    /// cannot be a header value.
    pub fn operation<T>(
        &self,
        operation: impl Into<Operation>,
        query: &Query<T>,
    ) -> Result<http::Request<Vec<u8>>, RequestError> {
        let operation: Operation = operation.into();
        let OperationParts {
            method,
            target,
            body,
            content_type,
            accept,
            if_match,
        } = operation.into_parts();
        let mut request = if target.starts_with("https://") || target.starts_with("http://") {
            if !query.is_empty() {
                return Err(RequestError::QueryInPath(target));
            }
            let uri = absolute_uri(&target)?;
            if uri.to_string() != target {
                return Err(RequestError::InvalidUri {
                    uri: target,
                    reason: "it would not be sent as written".into(),
                });
            }
            build(method, uri, HeaderMap::new(), body)
        } else {
            self.request(method, &target, query, body)?
        };
        let headers = request.headers_mut();
        if let Some(accept) = accept {
            let accept = HeaderValue::from_str(&accept)
                .map_err(|_| RequestError::InvalidHeader { name: "Accept" })?;
            headers.insert(ACCEPT, accept);
        }
        if let Some(content_type) = content_type {
            let content_type =
                HeaderValue::from_str(&content_type).map_err(|_| RequestError::InvalidHeader {
                    name: "Content-Type",
                })?;
            headers.insert(CONTENT_TYPE, content_type);
        }
        if let Some(etag) = if_match {
            set_if_match(&mut request, &etag)?;
        }
        Ok(request)
    }
}

impl fmt::Display for ServiceRoot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.root)
    }
}

impl core::str::FromStr for ServiceRoot {
    type Err = ServiceRootError;

    fn from_str(root: &str) -> Result<Self, Self::Err> {
        ServiceRoot::parse(root)
    }
}

/// A request to an absolute URL taken exactly as given — an `@odata.nextLink` or
/// `@odata.deltaLink` — with `headers` (such as `ConsistencyLevel` and `Prefer`) and
/// `Accept: application/json`.
///
/// The URL is not re-encoded: one that is not a valid absolute URI is an error.
///
/// # Errors
/// When `url` is not an absolute `http`/`https` URI.
pub fn request_to_url(
    method: http::Method,
    url: &str,
    headers: &HeaderMap,
    body: Option<Vec<u8>>,
) -> Result<http::Request<Vec<u8>>, RequestError> {
    let uri = absolute_uri(url)?;
    Ok(build(method, uri, headers.clone(), body))
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

fn build(
    method: http::Method,
    uri: http::Uri,
    mut headers: HeaderMap,
    body: Option<Vec<u8>>,
) -> http::Request<Vec<u8>> {
    headers
        .entry(ACCEPT)
        .or_insert(HeaderValue::from_static("application/json"));
    if body.is_some() {
        headers
            .entry(CONTENT_TYPE)
            .or_insert(HeaderValue::from_static("application/json"));
    }
    let mut request = http::Request::new(body.unwrap_or_default());
    *request.method_mut() = method;
    *request.uri_mut() = uri;
    *request.headers_mut() = headers;
    request
}

/// Sets `If-Match: {etag}` on `request`, so that an update or a delete applies only to the
/// version read (Graph answers `412 Precondition Failed` otherwise). Take the tag from the
/// entity's `@odata.etag` ([`crate::AdditionalData::etag`]).
///
/// ```
/// use graph_entity::http::Method;
/// use graph_entity::query::Query;
/// use graph_entity::service::{ServiceRoot, set_if_match};
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
    let value = HeaderValue::from_str(etag)
        .map_err(|_| RequestError::InvalidHeader { name: "If-Match" })?;
    request.headers_mut().insert(IF_MATCH, value);
    Ok(())
}

/// Why a service root was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceRootError {
    input: String,
    reason: String,
}

impl ServiceRootError {
    /// The refused input.
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for ServiceRootError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a service root: {}; write an absolute URL such as `https://graph.microsoft.com/v1.0`",
            self.input, self.reason
        )
    }
}

impl std::error::Error for ServiceRootError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn microsoft_roots() {
        let cases = [
            (
                Cloud::Global,
                ApiVersion::V1,
                "https://graph.microsoft.com/v1.0",
            ),
            (
                Cloud::Global,
                ApiVersion::Beta,
                "https://graph.microsoft.com/beta",
            ),
            (
                Cloud::UsGovL4,
                ApiVersion::V1,
                "https://graph.microsoft.us/v1.0",
            ),
            (
                Cloud::UsGovL5Dod,
                ApiVersion::V1,
                "https://dod-graph.microsoft.us/v1.0",
            ),
            (
                Cloud::China,
                ApiVersion::Beta,
                "https://microsoftgraph.chinacloudapi.cn/beta",
            ),
        ];
        for (cloud, version, expected) in cases {
            let root = ServiceRoot::microsoft(cloud, version);
            assert_eq!(root.as_str(), expected);
            // Each is what the parser itself makes of it.
            assert_eq!(ServiceRoot::parse(expected).unwrap(), root);
        }
        assert_eq!(
            ServiceRoot::v1(),
            ServiceRoot::microsoft(Cloud::Global, ApiVersion::V1)
        );
        assert_eq!(
            ServiceRoot::beta().to_string(),
            "https://graph.microsoft.com/beta"
        );
    }

    #[test]
    fn custom_roots_are_normalized() {
        let cases = [
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
            ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
            (
                "HTTPS://Proxy.Example:443/graph/v1.0/",
                "https://proxy.example/graph/v1.0",
            ),
            (
                "https://proxy.example/graph/./x/../v1.0",
                "https://proxy.example/graph/v1.0",
            ),
            ("http://[::1]:3000/v1.0", "http://[::1]:3000/v1.0"),
        ];
        for (input, expected) in cases {
            assert_eq!(
                ServiceRoot::parse(input).unwrap().as_str(),
                expected,
                "{input}"
            );
        }
    }

    #[test]
    fn bad_roots_say_why() {
        let cases = [
            ("", "relative URL without a base"),
            ("graph.microsoft.com", "relative URL"),
            ("ftp://graph.microsoft.com", "`http` or `https`"),
            ("https://user:pw@graph.microsoft.com", "credentials"),
            ("https://graph.microsoft.com/v1.0?$top=1", "query"),
            ("https://graph.microsoft.com/v1.0#x", "fragment"),
            ("https://", "empty host"),
        ];
        for (input, needle) in cases {
            let error = ServiceRoot::parse(input).unwrap_err();
            assert_eq!(error.input(), input);
            let message = error.to_string();
            assert!(message.contains(needle), "{input}: {message}");
        }
    }

    #[test]
    fn join_and_relative() {
        let root = ServiceRoot::parse("https://proxy.example/graph/v1.0").unwrap();
        let uri = root.join("/users/a%2Fb?$top=5").unwrap();
        assert_eq!(
            uri.to_string(),
            "https://proxy.example/graph/v1.0/users/a%2Fb?$top=5"
        );
        assert_eq!(root.relative(&uri.to_string()), Some("/users/a%2Fb?$top=5"));
        assert_eq!(root.relative("https://proxy.example/graph/v1.0"), Some("/"));
        assert_eq!(
            root.relative("https://proxy.example/graph/v1.0x/users"),
            None
        );
        assert_eq!(
            root.relative("https://graph.microsoft.com/v1.0/users"),
            None
        );
        assert!(matches!(
            root.join("users"),
            Err(RequestError::InvalidTarget { .. })
        ));
        let error = root.join("/users?$filter=a eq 'b'").unwrap_err();
        assert!(matches!(error, RequestError::InvalidUri { .. }), "{error}");
    }

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
