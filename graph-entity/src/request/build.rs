//! The one road from an [`Operation`] to an [`http::Request`]: [`ServiceRoot::build`] places
//! an operation under a service root with a [`Query`]. Paths and absolute URLs (next links,
//! pre-authenticated URLs), headers, bodies and `If-Match` tags all go through [`build`], and
//! nothing else in the crate makes a request: batch items and next pages are built by it too.

use http::header::{ACCEPT, CONTENT_TYPE, HeaderMap, HeaderValue, IF_MATCH};

use super::body::Body;
use super::error::RequestError;
use super::operation::{BodyLink, Operation, OperationParts};
use super::query::Query;
use super::query::directory;
use super::service::ServiceRoot;

/// Marks a request to a pre-authenticated URL (Graph's download and upload URLs, which carry
/// their own credentials): the client sends it with no `Authorization` header. Set by
/// [`Operation::pre_authenticated`]; read from the request's extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PreAuthenticated;

impl ServiceRoot {
    /// The request of `operation` (or of a typed [`Call`](crate::Call)) under this root, with
    /// `query`'s options and headers: the one road every request takes (the typed steps'
    /// calls, the CRUD functions' operations, next links, batch items, the client's requests).
    ///
    /// - The URI is the operation's path joined under the root, then `query`'s options; or an
    ///   absolute `https://`/`http://` URL ([`Operation::next_link`],
    ///   [`Operation::pre_authenticated`]) exactly as given, whatever the root (it holds its
    ///   query already, so `query` must be empty).
    /// - The headers are `query`'s (`ConsistencyLevel`), the operation's own
    ///   ([`Operation::with_header`]), `Accept` (`application/json` unless
    ///   [`Operation::with_accept`]), `Content-Type` for a body (`application/json` unless
    ///   [`Operation::with_bytes`] or [`Operation::with_body`]), and `If-Match`
    ///   ([`Operation::if_match`]).
    /// - The body is a [`Body`]: bytes ([`Body::as_bytes`]), or a stream that can be made
    ///   again for a retry.
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
    ///
    /// // A next link is sent exactly as given.
    /// let next = "https://graph.microsoft.com/v1.0/users?$skiptoken=X%2BY";
    /// let request = ServiceRoot::v1().build(Operation::next_link(next), &Query::new())?;
    /// assert_eq!(request.uri(), next);
    /// # Ok::<(), graph_entity::RequestError>(())
    /// ```
    ///
    /// A typed query over a declared type, and its call:
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
    /// let request = ServiceRoot::v1().build(Connector::collection().list(), &query)?;
    /// assert_eq!(request.method(), "GET");
    /// assert_eq!(
    ///     request.uri(),
    ///     "https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors\
    ///      ?$select=id,serverName&$orderby=serverName&$count=true",
    /// );
    /// assert!(request.body().is_empty());
    /// # }
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
        build(Some(self), operation.into(), query)
    }
}

/// The one builder: `operation` placed under `root` with `query`. Without a root (a pager's
/// next page, which knows its absolute URL only), a path is refused.
pub(crate) fn build<Q>(
    root: Option<&ServiceRoot>,
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
        select,
        links,
    } = operation.into_parts();
    // An advanced query on directory objects: the header and `$count=true`, which Graph
    // requires there (see `query::directory`).
    let made_advanced;
    let query = if query.needs_advanced()
        && !query.is_advanced()
        && directory::is_directory_collection(&target)
        // A `/$count` call sends the header itself, and its answer is the count already.
        && !target.ends_with("/$count")
    {
        made_advanced = query.clone().advanced();
        &made_advanced
    } else {
        query
    };
    let uri = target_uri(root, target, query, select)?;
    let (body, content_type) = if links.is_empty() {
        (body, content_type)
    } else {
        (Some(linked_body(root, body, content_type, &links)?), None)
    };
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

/// The JSON body with each link written as an absolute URL under `root`:
/// `{"@odata.id":"https://graph.microsoft.com/v1.0/users/u1"}`, after the members the body had.
fn linked_body(
    root: Option<&ServiceRoot>,
    body: Option<Body>,
    content_type: Option<String>,
    links: &[BodyLink],
) -> Result<Body, RequestError> {
    let Some(root) = root else {
        return Err(RequestError::Reference(
            "a reference is an absolute URL under the service root: build the request with \
             `ServiceRoot::build`",
        ));
    };
    let mut json = match &body {
        None => b"{}".to_vec(),
        Some(body) => match (body.as_bytes(), content_type) {
            (Some(bytes), None) if bytes.trim_ascii().ends_with(b"}") => {
                bytes.trim_ascii().to_vec()
            }
            _ => {
                return Err(RequestError::Reference(
                    "references are written into a JSON object body, and this body is not one",
                ));
            }
        },
    };
    json.pop();
    let mut empty = json.trim_ascii_end() == b"{";
    for link in links {
        if !empty {
            json.push(b',');
        }
        empty = false;
        // Writing a `&str` into a `Vec` cannot fail.
        let _ = serde_json::to_writer(&mut json, link.name.as_ref());
        json.push(b':');
        if link.many {
            json.push(b'[');
        }
        for (k, path) in link.paths.iter().enumerate() {
            if k > 0 {
                json.push(b',');
            }
            let url = format!("{}{}", root.as_str(), path);
            let _ = serde_json::to_writer(&mut json, &url);
        }
        if link.many {
            json.push(b']');
        }
    }
    json.push(b'}');
    Ok(Body::from(json))
}

/// The URI of `target` under `root` with `query`, exactly as it will be sent.
/// `select` is the operation's own `$select` ([`Operation::with_select`]), written before the
/// query's; like the query, an absolute URL or a path holding a query takes none.
fn target_uri<Q>(
    root: Option<&ServiceRoot>,
    target: String,
    query: &Query<Q>,
    select: &[&str],
) -> Result<http::Uri, RequestError> {
    let absolute = absolute_url(&target);
    let uri = if absolute {
        if !query.is_empty() || !select.is_empty() {
            return Err(RequestError::QueryInPath(target));
        }
        target
    } else if target.starts_with('/') && !target.starts_with("//") {
        if target.contains(['?', '#']) && (!query.is_empty() || !select.is_empty()) {
            return Err(RequestError::QueryInPath(target));
        }
        let Some(root) = root else {
            return Err(RequestError::InvalidUri {
                uri: target,
                reason: "not an absolute `http` or `https` URL".into(),
            });
        };
        let base = root.as_str();
        let mut uri = String::with_capacity(base.len() + target.len() + 64);
        uri.push_str(base);
        uri.push_str(&target);
        query.write_selecting(&mut uri, select);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_carry_accept_and_content_type() {
        let root = ServiceRoot::parse("http://127.0.0.1:8080").unwrap();
        let me = Operation::new(http::Method::GET, "/me".to_owned());
        let get = root.build(me, &Query::new()).unwrap();
        assert_eq!(get.uri(), "http://127.0.0.1:8080/me");
        assert_eq!(get.headers().len(), 1);
        assert_eq!(get.headers()[ACCEPT], "application/json");
        assert!(get.body().is_empty());

        let groups = Operation::new(http::Method::POST, "/groups".to_owned())
            .with_json(&serde_json::json!({}))
            .unwrap();
        let post = root.build(groups, &Query::new()).unwrap();
        assert_eq!(post.method(), http::Method::POST);
        assert_eq!(post.headers()[CONTENT_TYPE], "application/json");
        assert_eq!(post.body().as_bytes(), Some(&b"{}"[..]));

        let query = Query::new().top(1);
        let top = Operation::new(http::Method::GET, "/me?$top=2".to_owned());
        let error = root.build(top, &query).unwrap_err();
        assert!(matches!(error, RequestError::QueryInPath(_)));
    }

    #[test]
    fn without_a_root_only_absolute_urls_are_built_exactly() {
        let link = "https://graph.microsoft.com/v1.0/users?$top=5&$skiptoken=X%274453707%27";
        let mut headers = HeaderMap::new();
        headers.insert("consistencylevel", HeaderValue::from_static("eventual"));
        let next = Operation::next_link(link).with_headers(headers.clone());
        let request = build(None, next, &Query::new()).unwrap();
        assert_eq!(request.uri().to_string(), link);
        assert_eq!(request.headers()["consistencylevel"], "eventual");
        assert_eq!(request.headers()[ACCEPT], "application/json");
        for bad in ["/users", "mailto:x@y", "https://graph.microsoft.com/a b"] {
            let next = Operation::next_link(bad).with_headers(headers.clone());
            assert!(build(None, next, &Query::new()).is_err(), "{bad}");
        }
    }

    #[test]
    fn if_match_refuses_line_breaks() {
        let root = ServiceRoot::v1();
        let delete = Operation::new(http::Method::DELETE, "/groups/g1".to_owned());
        let request = root
            .build(delete.clone().if_match("W/\"1\""), &Query::new())
            .unwrap();
        assert_eq!(request.headers()[IF_MATCH], "W/\"1\"");
        assert_eq!(
            root.build(delete.if_match("a\r\nb"), &Query::new())
                .unwrap_err(),
            RequestError::InvalidHeader { name: "If-Match" }
        );
    }
}
