//! Where bearer tokens come from: [`TokenProvider`], with a static token
//! ([`StaticToken`]), the OAuth 2.0 client-credentials flow ([`ClientCredentials`]) and, with
//! the `azure` feature, `azure_identity`'s credentials ([`AzureCredential`](super::AzureCredential)).

use core::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use oauth2::basic::{BasicClient, BasicTokenResponse};
use oauth2::{
    AuthType, ClientId, ClientSecret, EndpointNotSet, EndpointSet, Scope, TokenResponse, TokenUrl,
};

/// A bearer token and when it expires. Its `Debug` output never shows the token.
#[derive(Clone)]
pub struct AccessToken {
    secret: Arc<str>,
    expires_at: Option<Instant>,
}

impl AccessToken {
    /// A token that expires `expires_in` from now (`None`: never, as far as the client knows;
    /// so is a lifetime too long for the clock to name).
    pub fn new(secret: impl Into<String>, expires_in: Option<Duration>) -> Self {
        AccessToken {
            secret: Arc::from(secret.into()),
            expires_at: expires_in.and_then(|lifetime| Instant::now().checked_add(lifetime)),
        }
    }

    /// The token itself, to put in `Authorization: Bearer {secret}`.
    pub fn secret(&self) -> &str {
        &self.secret
    }

    /// When it expires, if known.
    pub fn expires_at(&self) -> Option<Instant> {
        self.expires_at
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("secret", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

impl PartialEq for AccessToken {
    fn eq(&self, other: &Self) -> bool {
        self.secret == other.secret
    }
}

/// Why no token could be had. Its text never holds a secret.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("no access token: {message}")]
pub struct TokenError {
    message: String,
}

impl TokenError {
    /// An error saying `message`.
    pub fn new(message: impl Into<String>) -> Self {
        TokenError {
            message: message.into(),
        }
    }
}

/// The future a [`TokenProvider`] returns.
pub type TokenFuture<'a> =
    Pin<Box<dyn Future<Output = Result<AccessToken, TokenError>> + Send + 'a>>;

/// Gives the client a bearer token for each request.
///
/// The client asks for a token before every attempt of every request, so a provider should
/// cache (as [`ClientCredentials`] does). When the service answers `401`, the client calls
/// [`TokenProvider::invalidate`] with the token it used and tries once more with a new one.
pub trait TokenProvider: Send + Sync {
    /// A token, valid now.
    fn token(&self) -> TokenFuture<'_>;

    /// The service refused `rejected`: do not give it again. Does nothing by default.
    fn invalidate(&self, rejected: &AccessToken) {
        let _ = rejected;
    }
}

/// One bearer token, given for every request.
///
/// ```
/// use graph_entity::client::{StaticToken, TokenProvider};
///
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// let provider = StaticToken::new("eyJ0eXAi...");
/// assert_eq!(provider.token().await.unwrap().secret(), "eyJ0eXAi...");
/// assert!(!format!("{provider:?}").contains("eyJ0"));
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct StaticToken(AccessToken);

impl StaticToken {
    /// A provider that always gives `token`.
    pub fn new(token: impl Into<String>) -> Self {
        StaticToken(AccessToken::new(token, None))
    }
}

impl TokenProvider for StaticToken {
    fn token(&self) -> TokenFuture<'_> {
        let token = self.0.clone();
        Box::pin(async move { Ok(token) })
    }
}

type CredentialsClient =
    BasicClient<EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointSet>;

/// The OAuth 2.0 client-credentials grant (an application's own identity), through the
/// `oauth2` crate, against `{authority}/{tenant}/oauth2/v2.0/token`.
///
/// The client id and secret go in the request body (`client_secret_post`, which the Microsoft
/// identity platform accepts). A token is cached and given again until shortly before it
/// expires: [`ClientCredentials::refresh_before`] (default five minutes, and at most half the
/// token's lifetime, so that a short-lived token is still used). One request at a time fetches
/// a new token; the others wait for it.
///
/// ```no_run
/// use graph_entity::client::ClientCredentials;
///
/// let credentials = ClientCredentials::new(
///     "https://login.microsoftonline.com",
///     "contoso.onmicrosoft.com",
///     "00000000-0000-0000-0000-000000000001",
///     std::env::var("GRAPH_CLIENT_SECRET").unwrap_or_default(),
/// )?
/// .scope("https://graph.microsoft.com/.default");
/// # Ok::<(), graph_entity::client::TokenError>(())
/// ```
pub struct ClientCredentials {
    client: CredentialsClient,
    scope: String,
    refresh_before: Duration,
    http: reqwest::Client,
    cache: tokio::sync::Mutex<Option<(AccessToken, Option<Instant>)>>,
}

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("client_id", self.client.client_id())
            .field("token_url", &self.client.token_uri().as_str())
            .field("scope", &self.scope)
            .finish_non_exhaustive()
    }
}

impl ClientCredentials {
    /// The grant for `client_id` with `client_secret` in `tenant` (a tenant id or domain)
    /// of `authority` (`https://login.microsoftonline.com`, a national cloud's, or a local
    /// stand-in's origin). The scope is `https://graph.microsoft.com/.default` until changed.
    ///
    /// # Errors
    /// When the token URL is not a valid URL.
    pub fn new(
        authority: &str,
        tenant: &str,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Result<Self, TokenError> {
        let url = format!(
            "{}/{}/oauth2/v2.0/token",
            authority.trim_end_matches('/'),
            tenant
        );
        ClientCredentials::with_token_url(&url, client_id, client_secret)
    }

    /// The grant against the token endpoint `token_url` itself.
    ///
    /// # Errors
    /// When `token_url` is not a valid URL.
    pub fn with_token_url(
        token_url: &str,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Result<Self, TokenError> {
        let token_url = TokenUrl::new(token_url.to_owned())
            .map_err(|error| TokenError::new(format!("bad token URL {token_url:?}: {error}")))?;
        let client = BasicClient::new(ClientId::new(client_id.into()))
            .set_client_secret(ClientSecret::new(client_secret.into()))
            .set_auth_type(AuthType::RequestBody)
            .set_token_uri(token_url);
        super::tls::install_crypto_provider();
        // No redirects: a token request must not be sent on to another host.
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|error| TokenError::new(format!("cannot build an HTTP client: {error}")))?;
        Ok(ClientCredentials {
            client,
            scope: "https://graph.microsoft.com/.default".to_owned(),
            refresh_before: Duration::from_secs(300),
            http,
            cache: tokio::sync::Mutex::new(None),
        })
    }

    /// The scope to ask for (default `https://graph.microsoft.com/.default`; a national
    /// cloud's Graph has its own, such as `https://graph.microsoft.us/.default`).
    #[must_use]
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = scope.into();
        self
    }

    /// How long before its expiry a cached token is replaced (default five minutes; at most
    /// half the token's lifetime is used).
    #[must_use]
    pub fn refresh_before(mut self, margin: Duration) -> Self {
        self.refresh_before = margin;
        self
    }

    async fn fetch(&self) -> Result<(AccessToken, Option<Instant>), TokenError> {
        let http = self.http.clone();
        let send = move |request: oauth2::HttpRequest| {
            let http = http.clone();
            async move {
                let request = reqwest::Request::try_from(request)?;
                let response = http.execute(request).await?;
                let status = response.status();
                let headers = response.headers().clone();
                let body = response.bytes().await?.to_vec();
                let mut out = http::Response::new(body);
                *out.status_mut() = status;
                *out.headers_mut() = headers;
                Ok::<_, reqwest::Error>(out)
            }
        };
        let requested = Instant::now();
        let response = self
            .client
            .exchange_client_credentials()
            .add_scope(Scope::new(self.scope.clone()))
            .request_async(&send)
            .await
            .map_err(|error| TokenError::new(describe(&error)))?;
        let (token, refresh_at) = cached_token(&response, requested, self.refresh_before);
        tracing::debug!(
            target: "graph_entity::client",
            expires_in = ?response.expires_in(),
            "fetched an access token (client credentials)"
        );
        Ok((token, refresh_at))
    }
}

/// The token of a token endpoint's answer, and when to replace it: `refresh_before` its
/// expiry, at most half its lifetime. A lifetime the clock cannot add (the endpoint's
/// `expires_in` is any `u64`) reads as no known expiry: saturated, never overflowed.
fn cached_token(
    response: &BasicTokenResponse,
    requested: Instant,
    refresh_before: Duration,
) -> (AccessToken, Option<Instant>) {
    let lifetime = response
        .expires_in()
        .filter(|lifetime| requested.checked_add(*lifetime).is_some());
    let token = AccessToken {
        secret: Arc::from(response.access_token().secret().as_str()),
        expires_at: lifetime.and_then(|lifetime| requested.checked_add(lifetime)),
    };
    // Within the lifetime, so that it adds whenever the lifetime does.
    let refresh_at = lifetime.and_then(|lifetime| {
        let margin = refresh_before.min(lifetime / 2);
        requested.checked_add(lifetime - margin)
    });
    (token, refresh_at)
}

/// Reads `response` as a token endpoint's answer to the client-credentials grant, as
/// [`ClientCredentials`] does (oauth2's checks and parsing, then the lifetime), without I/O:
/// the token and when it would be replaced. For the fuzz target; not a stable API.
///
/// # Errors
/// As a token request: a refusal, or an answer that is not a token response.
#[doc(hidden)]
pub fn read_token_response(
    response: http::Response<Vec<u8>>,
    refresh_before: Duration,
) -> Result<(AccessToken, Option<Instant>), TokenError> {
    use futures_util::FutureExt as _;

    let token_url = TokenUrl::new("https://login.invalid/tenant/oauth2/v2.0/token".to_owned())
        .map_err(|error| TokenError::new(error.to_string()))?;
    let client = BasicClient::new(ClientId::new("fuzz".to_owned()))
        .set_client_secret(ClientSecret::new("fuzz".to_owned()))
        .set_auth_type(AuthType::RequestBody)
        .set_token_uri(token_url);
    let answer = std::sync::Mutex::new(Some(response));
    let send = |_request: oauth2::HttpRequest| {
        let response = answer
            .lock()
            .ok()
            .and_then(|mut answer| answer.take())
            .ok_or_else(|| std::io::Error::other("asked twice"));
        std::future::ready(response)
    };
    let requested = Instant::now();
    let response = client
        .exchange_client_credentials()
        .request_async(&send)
        .now_or_never()
        .ok_or_else(|| TokenError::new("the exchange did not finish at once"))?
        .map_err(|error| TokenError::new(describe(&error)))?;
    Ok(cached_token(&response, requested, refresh_before))
}

/// The error of a token request, without anything secret: the OAuth error code and
/// description, or the transport problem.
fn describe<E: std::error::Error + 'static>(
    error: &oauth2::RequestTokenError<E, oauth2::basic::BasicErrorResponse>,
) -> String {
    match error {
        oauth2::RequestTokenError::ServerResponse(response) => {
            let mut text = format!("the token endpoint refused: {}", response.error());
            if let Some(description) = response.error_description() {
                text.push_str(": ");
                text.push_str(description);
            }
            text
        }
        oauth2::RequestTokenError::Request(error) => {
            format!("the token request failed: {error}")
        }
        oauth2::RequestTokenError::Parse(error, _) => {
            format!("the token response is not one: {error}")
        }
        oauth2::RequestTokenError::Other(error) => format!("the token request failed: {error}"),
    }
}

impl TokenProvider for ClientCredentials {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(async move {
            let mut cache = self.cache.lock().await;
            if let Some((token, refresh_at)) = &*cache
                && refresh_at.is_none_or(|at| Instant::now() < at)
            {
                return Ok(token.clone());
            }
            let fresh = self.fetch().await?;
            let token = fresh.0.clone();
            *cache = Some(fresh);
            Ok(token)
        })
    }

    fn invalidate(&self, rejected: &AccessToken) {
        if let Ok(mut cache) = self.cache.try_lock()
            && cache.as_ref().is_some_and(|(token, _)| token == rejected)
        {
            *cache = None;
        }
    }
}
