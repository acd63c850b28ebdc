//! [`ServiceRoot`]: where requests go — the global service, the national clouds, or a root of
//! your own. [`ServiceRoot::build`] places a request under it.

use core::fmt;

use super::error::RequestError;

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
/// use graph_entity::request::{ApiVersion, Cloud, ServiceRoot};
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
    /// use graph_entity::request::ServiceRoot;
    ///
    /// assert_eq!(ServiceRoot::parse("http://127.0.0.1:8080")?.as_str(), "http://127.0.0.1:8080");
    /// assert!(ServiceRoot::parse("graph.microsoft.com/v1.0").is_err()); // not absolute
    /// assert!(ServiceRoot::parse("https://graph.microsoft.com/v1.0?x=1").is_err());
    /// # Ok::<(), graph_entity::request::ServiceRootError>(())
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
    /// [`Query`](crate::Query) write it): nothing is re-encoded, so a character that has no place in a URI is
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

/// Why a service root was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{input}` is not a service root: {reason}; write an absolute URL such as \
     `https://graph.microsoft.com/v1.0`"
)]
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
}
