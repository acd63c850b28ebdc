//! TLS set-up for the client's HTTP connections: rustls' process-wide crypto provider.

/// Installs rustls' process-wide crypto provider, unless one is installed already: the one
/// its crate features name, ring (which this crate enables).
///
/// reqwest is built here without a provider of its own (to keep aws-lc and its C build out),
/// so a `reqwest::Client` needs one installed first.
/// [`ClientBuilder::build`](crate::client::ClientBuilder::build) and
/// [`ClientCredentials`](crate::client::ClientCredentials) call this; call it yourself before
/// building a `reqwest::Client` of your own (for
/// [`ClientBuilder::http_client`](crate::client::ClientBuilder::http_client)), or install
/// another provider first. A program whose rustls also has the `aws-lc-rs` feature must
/// install one itself, before: rustls
/// cannot choose between two.
pub fn install_crypto_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // A config builder without a provider installs the one the crate features name, as
        // the process default: ring, without naming `rustls::crypto::ring::default_provider`
        // (deprecated since rustls 0.23.48, which warns in every user's build).
        drop(rustls::ClientConfig::builder());
    }
}
