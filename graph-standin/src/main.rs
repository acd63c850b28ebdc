//! Runs the stand-in on its own: `cargo run -p graph-standin -- --port 8080 --seed seed.json`.
//!
//! Options:
//! - `--port N`: the port on 127.0.0.1 (default: an ephemeral one, printed);
//! - `--seed FILE`: a JSON document `{"<collection path>": [items...], ...}`;
//! - `--root PATH`: the service root's path (default `/v1.0`);
//! - `--page-size N`: the page size without `$top` (default 100);
//! - `--client-id ID --client-secret SECRET`: require tokens, issued by the client-credentials
//!   token endpoint `/{tenant}/oauth2/v2.0/token` for this client;
//! - `--tenant T` (default `standin-tenant`), `--token-lifetime SECONDS` (default 3600).

use std::process::ExitCode;
use std::time::Duration;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("graph-standin: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = pico_args::Arguments::from_env();
    let port: u16 = args.opt_value_from_str("--port")?.unwrap_or(0);
    let seed: Option<String> = args.opt_value_from_str("--seed")?;
    let root: Option<String> = args.opt_value_from_str("--root")?;
    let page_size: Option<usize> = args.opt_value_from_str("--page-size")?;
    let client_id: Option<String> = args.opt_value_from_str("--client-id")?;
    let client_secret: Option<String> = args.opt_value_from_str("--client-secret")?;
    let tenant: Option<String> = args.opt_value_from_str("--tenant")?;
    let lifetime: Option<u64> = args.opt_value_from_str("--token-lifetime")?;
    let rest = args.finish();
    if !rest.is_empty() {
        return Err(format!("unknown arguments: {rest:?}").into());
    }
    let mut builder = graph_standin::StandIn::builder().port(port);
    if let Some(path) = seed {
        let document = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        builder = builder.seed_document(&document)?;
    }
    if let Some(root) = root {
        builder = builder.root_path(root);
    }
    if let Some(size) = page_size {
        builder = builder.page_size(size);
    }
    if let Some(tenant) = tenant {
        builder = builder.tenant(tenant);
    }
    if let Some(seconds) = lifetime {
        builder = builder.token_lifetime(Duration::from_secs(seconds));
    }
    match (client_id, client_secret) {
        (Some(id), Some(secret)) => builder = builder.client(id, secret),
        (None, None) => {}
        _ => return Err("give both --client-id and --client-secret".into()),
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let standin = builder.start().await?;
        println!("graph-standin: service root {}", standin.service_root());
        if let Some(token_url) = standin.token_url() {
            println!("graph-standin: token endpoint {token_url}");
        }
        standin.wait().await;
        Ok(())
    })
}
