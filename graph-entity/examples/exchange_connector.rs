//! The main job: the shipped Exchange connector, end to end, declaring nothing new.
//!
//! Prints every operation (method and path, for a sample key), the create body for the seed's
//! example, and the parsed documented response. Then runs the lifecycle over HTTP through
//! `graph_entity::client`: create, list (paged), get with `$select`, update one field with
//! `If-Match`, `sync` with `deltaSync`, delete, and get again (a typed 404), printing each
//! request line and status. Exits non-zero if any round trip differs or any step deviates.
//!
//! Run it with `cargo run -p graph-entity --example exchange_connector`. By default the
//! lifecycle runs against the local Graph stand-in (`graph-standin`), started in-process on
//! 127.0.0.1 with its own client-credentials token endpoint. With `GRAPH_SERVICE_ROOT` (such as
//! `https://graph.microsoft.com/v1.0`), `GRAPH_TENANT_ID`, `GRAPH_CLIENT_ID` and
//! `GRAPH_CLIENT_SECRET` set (and optionally `GRAPH_AUTHORITY`, default
//! `https://login.microsoftonline.com`, and `GRAPH_SCOPE`, default
//! `https://graph.microsoft.com/.default`), the same code runs against that tenant: it creates
//! two Exchange connectors and deletes them again (the app needs
//! `DeviceManagementServiceConfig.ReadWrite.All`).

use std::process::ExitCode;

use graph_entity::GraphEntity;
use graph_entity::resources::{
    DeviceManagementExchangeConnector as Connector,
    DeviceManagementExchangeConnectorSyncParameters as SyncParameters,
    DeviceManagementExchangeConnectorSyncType as SyncType,
};
use serde_json::Value;

/// The seed's documented request and response bodies, verbatim.
const CREATE_REQUEST: &str = include_str!("../../tests/fixtures/seed/create-request.json");
const CREATE_RESPONSE: &str = include_str!("../../tests/fixtures/seed/create-response.json");

/// A sample key with characters that must not change the path's shape.
const SAMPLE_KEY: &str = "98cdc9e4-c9e4-98cd-e4c9-cd98e4c9cd98";
const HOSTILE_KEY: &str = "a/b?c#d %é";

fn main() -> ExitCode {
    let sync = match Connector::sync(
        SAMPLE_KEY,
        &SyncParameters {
            sync_type: SyncType::FullSync,
        },
    ) {
        Ok(sync) => sync,
        Err(error) => {
            println!("the sync body does not serialize: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("{} ({:?})", Connector::ODATA_TYPE, Connector::BASE_TYPE);
    println!("  key property:   {}", Connector::KEY_PROPERTY);
    println!("  collection:     {}", Connector::COLLECTION_PATH);
    println!("  item:           {}", Connector::ITEM_PATH);
    println!("  properties:     {}", Connector::PROPERTIES.join(", "));
    println!();
    println!("Operations for key {SAMPLE_KEY:?}:");
    for (name, operation) in [
        ("list", Connector::list()),
        ("create", Connector::create()),
        ("get", Connector::get(SAMPLE_KEY)),
        ("update", Connector::update(SAMPLE_KEY)),
        ("delete", Connector::delete(SAMPLE_KEY)),
        ("sync", sync),
    ] {
        match operation.body() {
            Some(body) => println!("  {name:<7} {operation}  {}", String::from_utf8_lossy(body)),
            None => println!("  {name:<7} {operation}"),
        }
    }
    println!(
        "  get with key {HOSTILE_KEY:?}: {}",
        Connector::get(HOSTILE_KEY)
    );
    println!();

    let mut failures = 0;
    for (title, document) in [
        ("Create body (the seed's request example)", CREATE_REQUEST),
        ("Documented response", CREATE_RESPONSE),
    ] {
        println!("{title}:");
        match round_trip(document) {
            Ok((connector, written)) => {
                println!("  parsed:  {connector:?}");
                println!("  written: {written}");
                println!("  round trip: equal");
            }
            Err(problem) => {
                failures += 1;
                println!("  round trip FAILED: {problem}");
            }
        }
        println!();
    }
    if failures == 0 {
        println!("All round trips equal.");
    } else {
        println!("{failures} round trip(s) differ.");
    }
    println!();

    let lifecycle = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(lifecycle::run()),
        Err(error) => Err(format!("no tokio runtime: {error}")),
    };
    match lifecycle {
        Ok(()) => println!("Lifecycle over HTTP: every step as expected."),
        Err(problem) => {
            failures += 1;
            println!("Lifecycle over HTTP FAILED: {problem}");
        }
    }
    if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Parses `document` into the connector, writes it back, and compares the two JSON values.
fn round_trip(document: &str) -> Result<(Connector, String), String> {
    let connector: Connector =
        serde_json::from_str(document).map_err(|error| format!("parse: {error}"))?;
    let written =
        serde_json::to_string_pretty(&connector).map_err(|error| format!("serialize: {error}"))?;
    let original: Value = serde_json::from_str(document).map_err(|error| error.to_string())?;
    let again: Value = serde_json::from_str(&written).map_err(|error| error.to_string())?;
    if original == again {
        Ok((connector, written))
    } else {
        Err(format!("wrote {again}, expected {original}"))
    }
}

/// The lifecycle over HTTP, against the local stand-in or (with `GRAPH_SERVICE_ROOT` and the
/// client-credentials variables) a real tenant.
mod lifecycle {
    use std::time::Duration;

    use graph_entity::client::{Client, ClientCredentials, ClientError, TryStreamExt};
    use graph_entity::http::StatusCode;
    use graph_entity::resources::{
        DeviceManagementExchangeConnector as Connector,
        DeviceManagementExchangeConnectorPatch as ConnectorPatch,
        DeviceManagementExchangeConnectorSyncParameters as SyncParameters,
        DeviceManagementExchangeConnectorSyncType as SyncType,
        DeviceManagementExchangeConnectorType as ConnectorType,
    };
    use graph_entity::{GraphEntity, Operation, Page, Query, ServiceRoot};
    use graph_standin::{Call, Failure, StandIn};
    use serde_json::{Value, json};

    const STANDIN_CLIENT: (&str, &str) = ("exchange-connector-example", "local-secret");

    /// Where the lifecycle runs: a real tenant from the environment, or the stand-in.
    struct Target {
        client: Client,
        /// Kept alive for the run.
        _standin: Option<StandIn>,
    }

    fn env(name: &str) -> Result<String, String> {
        std::env::var(name).map_err(|_| format!("GRAPH_SERVICE_ROOT is set, so {name} must be too"))
    }

    async fn target() -> Result<Target, String> {
        if let Ok(root) = std::env::var("GRAPH_SERVICE_ROOT") {
            let root = ServiceRoot::parse(&root).map_err(|e| e.to_string())?;
            let authority = std::env::var("GRAPH_AUTHORITY")
                .unwrap_or_else(|_| "https://login.microsoftonline.com".to_owned());
            let mut credentials = ClientCredentials::new(
                &authority,
                &env("GRAPH_TENANT_ID")?,
                env("GRAPH_CLIENT_ID")?,
                env("GRAPH_CLIENT_SECRET")?,
            )
            .map_err(|e| e.to_string())?;
            if let Ok(scope) = std::env::var("GRAPH_SCOPE") {
                credentials = credentials.scope(scope);
            }
            println!(
                "Lifecycle over HTTP against {root} (GRAPH_SERVICE_ROOT), tokens from {authority}:"
            );
            let client = Client::builder(root, credentials)
                .build()
                .map_err(|e| e.to_string())?;
            return Ok(Target {
                client,
                _standin: None,
            });
        }
        let standin = StandIn::builder()
            .client(STANDIN_CLIENT.0, STANDIN_CLIENT.1)
            .declare::<Connector>()
            .action("sync", sync)
            .start()
            .await
            .map_err(|e| format!("the stand-in did not start: {e}"))?;
        let root = ServiceRoot::parse(&standin.service_root()).map_err(|e| e.to_string())?;
        let token_url = standin
            .token_url()
            .ok_or("the stand-in has no token endpoint")?;
        let credentials =
            ClientCredentials::with_token_url(&token_url, STANDIN_CLIENT.0, STANDIN_CLIENT.1)
                .map_err(|e| e.to_string())?;
        println!("Lifecycle over HTTP against the local Graph stand-in at {root}");
        println!("(tokens: client credentials from {token_url}):");
        let client = Client::builder(root, credentials)
            .timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| e.to_string())?;
        Ok(Target {
            client,
            _standin: Some(standin),
        })
    }

    /// The stand-in's `sync`: `syncType` must be one of the two members, and the connector's
    /// `lastSyncDateTime` is stamped.
    fn sync(call: Call<'_>) -> Result<Option<Value>, Failure> {
        match call.parameters.get("syncType").and_then(Value::as_str) {
            Some("fullSync" | "deltaSync") => {}
            other => {
                return Err(Failure::bad_request(format!(
                    "syncType {other:?} is not a member"
                )));
            }
        }
        let item = call
            .item
            .ok_or_else(|| Failure::bad_request("sync is bound to a connector"))?;
        item.insert("lastSyncDateTime".into(), json!("2026-01-01T00:00:00Z"));
        Ok(None)
    }

    /// Sends `request` through the client, printing its request line and the status.
    async fn exchange(
        client: &Client,
        request: graph_entity::http::Request<graph_entity::request::Body>,
    ) -> Result<graph_entity::http::Response<Vec<u8>>, String> {
        let line = format!("{} {}", request.method(), request.uri());
        let response = client
            .send(request)
            .await
            .map_err(|e| format!("{line}: {e}"))?;
        println!("     {line} -> {}", response.status());
        Ok(response)
    }

    async fn step<Q>(
        client: &Client,
        operation: Operation,
        query: &Query<Q>,
    ) -> Result<graph_entity::http::Response<Vec<u8>>, String> {
        let request = client
            .root()
            .build(operation, query)
            .map_err(|e| e.to_string())?;
        exchange(client, request).await
    }

    fn read<T: serde::de::DeserializeOwned>(
        response: &graph_entity::http::Response<Vec<u8>>,
    ) -> Result<T, ClientError> {
        Ok(graph_entity::response::read_entity(response)?)
    }

    fn expect_status(
        response: &graph_entity::http::Response<Vec<u8>>,
        expected: StatusCode,
    ) -> Result<(), String> {
        if response.status() == expected {
            Ok(())
        } else {
            Err(format!(
                "expected {expected}, got {}: {}",
                response.status(),
                String::from_utf8_lossy(response.body())
            ))
        }
    }

    pub(super) async fn run() -> Result<(), String> {
        let Target { client, _standin } = target().await?;

        println!("  1. create");
        let mut keys = Vec::new();
        for (n, server) in ["mail01.contoso.com", "mail02.contoso.com"]
            .into_iter()
            .enumerate()
        {
            let connector = Connector {
                server_name: Some(server.to_owned()),
                exchange_alias: Some(format!("alias{n}")),
                exchange_connector_type: Some(ConnectorType::Hosted),
                primary_smtp_address: Some(format!("admin{n}@contoso.com")),
                ..Connector::default()
            };
            let operation = connector.create_with().map_err(|e| e.to_string())?;
            let response = step(&client, operation, &Query::new()).await?;
            expect_status(&response, StatusCode::CREATED)?;
            let created: Connector = read(&response).map_err(|e| e.to_string())?;
            if created.server_name.as_deref() != Some(server) {
                return Err(format!(
                    "created {:?}, expected the server name {server}",
                    created.server_name
                ));
            }
            keys.push(created.id.ok_or("the created connector has no id")?);
        }
        let key = keys[0].clone();

        println!("  2. list, paged ($top=1)");
        let mut pages = client
            .list::<Connector, _>(&Query::<Connector>::typed().top(1))
            .map_err(|e| e.to_string())?;
        let mut listed = Vec::new();
        let mut page_count = 0;
        while let Some(link) = pages.cursor().next_link().map(str::to_owned) {
            let page: Option<Page<Connector>> = pages
                .try_next()
                .await
                .map_err(|e| format!("GET {link}: {e}"))?;
            let Some(page) = page else { break };
            println!("     GET {link} -> 200 OK ({} item(s))", page.value.len());
            page_count += 1;
            listed.extend(page.value.into_iter().filter_map(|c| c.id));
        }
        if page_count < 2 || !keys.iter().all(|k| listed.contains(k)) {
            return Err(format!(
                "listed {listed:?} in {page_count} page(s); expected {keys:?} in 2 or more"
            ));
        }

        println!("  3. get with $select");
        let query =
            Query::<Connector>::typed().select([Connector::SERVER_NAME, Connector::EXCHANGE_ALIAS]);
        let response = step(&client, Connector::get(&key), &query).await?;
        expect_status(&response, StatusCode::OK)?;
        let selected: Connector = read(&response).map_err(|e| e.to_string())?;
        if selected.server_name.as_deref() != Some("mail01.contoso.com")
            || selected.primary_smtp_address.is_some()
        {
            return Err(format!("$select gave {selected:?}"));
        }
        let etag = selected.additional_data.etag().map(|tag| tag.into_owned());

        println!("  4. update one field with If-Match");
        let patch = ConnectorPatch::default().exchange_alias(Some("renamed".to_owned()));
        let mut update = Connector::update_with(&key, &patch).map_err(|e| e.to_string())?;
        match &etag {
            Some(tag) => update = update.if_match(tag.clone()),
            None => println!("     (the service gave no @odata.etag: sent without If-Match)"),
        }
        if let Some(tag) = &etag {
            println!("     (If-Match: {tag})");
        }
        let response = step(&client, update, &Query::new()).await?;
        if !response.status().is_success() {
            return Err(format!("the update got {}", response.status()));
        }
        if let Some(tag) = &etag {
            println!("     again with the same, now stale, tag:");
            let stale = Connector::update_with(&key, &patch)
                .map_err(|e| e.to_string())?
                .if_match(tag.clone());
            let response = step(&client, stale, &Query::new()).await?;
            match graph_entity::response::check_status(&response).map_err(ClientError::from) {
                Err(ClientError::PreconditionFailed(_)) => {
                    println!("     ClientError::PreconditionFailed")
                }
                other => {
                    return Err(format!(
                        "a stale If-Match: expected ClientError::PreconditionFailed, got {other:?}"
                    ));
                }
            }
        }
        let response = step(&client, Connector::get(&key), &Query::new()).await?;
        let updated: Connector = read(&response).map_err(|e| e.to_string())?;
        if updated.exchange_alias.as_deref() != Some("renamed")
            || updated.server_name != selected.server_name
        {
            return Err(format!("after the update: {updated:?}"));
        }

        println!("  5. sync with deltaSync");
        let sync = Connector::sync(
            &key,
            &SyncParameters {
                sync_type: SyncType::DeltaSync,
            },
        )
        .map_err(|e| e.to_string())?;
        let response = step(&client, sync, &Query::new()).await?;
        expect_status(&response, StatusCode::NO_CONTENT)?;

        println!("  6. delete");
        for key in &keys {
            let response = step(&client, Connector::delete(key), &Query::new()).await?;
            expect_status(&response, StatusCode::NO_CONTENT)?;
        }

        println!("  7. get again: a typed 404");
        let response = step(&client, Connector::get(&key), &Query::new()).await?;
        match read::<Connector>(&response) {
            Err(ClientError::NotFound(error)) => println!(
                "     ClientError::NotFound: code {:?}, request-id {:?}",
                error.code().unwrap_or_default(),
                error.request_id().unwrap_or_default()
            ),
            other => return Err(format!("expected ClientError::NotFound, got {other:?}")),
        }
        Ok(())
    }
}
