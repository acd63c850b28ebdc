//! A user's build prints no warning: a new crate depending on graph-entity (feature `client`),
//! with a fresh lock file (so today's newest compatible releases, such as rustls'), checks
//! without a single `warning`. A path dependency, so that graph-entity's own warnings are
//! shown, not capped as a registry dependency's would be. `cargo check` only, in its own target
//! directory under this workspace's target/, which it neither locks nor pollutes.

use std::path::Path;
use std::process::Command;

const MAIN: &str = r#"use graph_entity::client::{Client, StaticToken};
use graph_entity::ServiceRoot;

fn main() {
    graph_entity::client::install_crypto_provider();
    let client = Client::builder(ServiceRoot::v1(), StaticToken::new("t")).build();
    println!("{:?}", client.map(|client| client.root().as_str().to_owned()));
}
"#;

fn cargo(dir: &Path, target: &Path, args: &[&str]) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        // The user's build, not this one's: no flags that would turn warnings into errors
        // (or hide them).
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "cargo {args:?} failed:\n{text}");
    text
}

#[test]
fn a_new_crate_using_the_client_builds_without_warnings() {
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("downstream-check");
    let krate = scratch.join("crate");
    let target = scratch.join("target");
    std::fs::create_dir_all(krate.join("src")).unwrap();
    let graph_entity = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = format!(
        r#"[package]
name = "downstream-check"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
graph-entity = {{ path = {path:?}, features = ["client"] }}

# Not part of any workspace above it.
[workspace]
"#,
        path = graph_entity.display().to_string()
    );
    std::fs::write(krate.join("Cargo.toml"), manifest).unwrap();
    std::fs::write(krate.join("src/main.rs"), MAIN).unwrap();
    // A fresh lock file every time: the newest releases a user would get today.
    let _ = std::fs::remove_file(krate.join("Cargo.lock"));
    cargo(&krate, &target, &["generate-lockfile", "--quiet"]);
    // Cargo replays a path dependency's warnings when it is up to date, so a second run
    // still sees them.
    let output = cargo(&krate, &target, &["check", "--message-format", "short"]);
    assert!(
        output.contains("Finished"),
        "cargo check did not finish:\n{output}"
    );
    let warnings: Vec<&str> = output
        .lines()
        .filter(|line| line.to_lowercase().contains("warning"))
        .collect();
    assert!(
        warnings.is_empty(),
        "a user's build warns:\n{}\n\nfull output:\n{output}",
        warnings.join("\n")
    );
}
