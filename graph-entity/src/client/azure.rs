//! Tokens from `azure_identity`'s credentials (feature `azure`).

use core::fmt;
use std::sync::Arc;
use std::time::Duration;

use azure_core::credentials::TokenCredential;
use azure_core::time::OffsetDateTime;

use super::auth::{AccessToken, TokenError, TokenFuture, TokenProvider};

/// A [`TokenProvider`] over any `azure_core` [`TokenCredential`]: the credentials of
/// `azure_identity` (`ClientSecretCredential`, `ManagedIdentityCredential`,
/// `DeveloperToolsCredential`, `WorkloadIdentityCredential`, ...), which Azure programs already
/// have. The credential caches its tokens itself; each request asks it for one, for the
/// scopes given (default `https://graph.microsoft.com/.default`).
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// use graph_entity::ServiceRoot;
/// use graph_entity::client::{AzureCredential, Client};
///
/// let credential = azure_identity::ManagedIdentityCredential::new(None)?;
/// let client = Client::builder(ServiceRoot::v1(), AzureCredential::new(credential)).build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone)]
pub struct AzureCredential {
    credential: Arc<dyn TokenCredential>,
    scopes: Vec<String>,
}

impl fmt::Debug for AzureCredential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AzureCredential")
            .field("credential", &self.credential)
            .field("scopes", &self.scopes)
            .finish()
    }
}

impl AzureCredential {
    /// Tokens from `credential` for `https://graph.microsoft.com/.default`.
    pub fn new(credential: Arc<dyn TokenCredential>) -> Self {
        AzureCredential {
            credential,
            scopes: vec!["https://graph.microsoft.com/.default".to_owned()],
        }
    }

    /// Asks for `scopes` instead (a national cloud's Graph has its own, such as
    /// `https://graph.microsoft.us/.default`).
    #[must_use]
    pub fn scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }
}

impl TokenProvider for AzureCredential {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(async move {
            let scopes: Vec<&str> = self.scopes.iter().map(String::as_str).collect();
            let token = self
                .credential
                .get_token(&scopes, None)
                .await
                // The error names the credential and what failed, never the secret.
                .map_err(|error| TokenError::new(format!("azure credential: {error}")))?;
            let left = token.expires_on - OffsetDateTime::now_utc();
            let expires_in = Duration::try_from(left).unwrap_or(Duration::ZERO);
            Ok(AccessToken::new(token.token.secret(), Some(expires_in)))
        })
    }
}
