//! Throughput of the client over loopback, against baselines in the same run:
//!
//! - **paging**: 100,000 connectors read from the local stand-in in pages of 1,000
//!   (`$top=1000`, then each `@odata.nextLink`), through [`graph_entity::client::Client::list`]
//!   (the derived `DeviceManagementExchangeConnector`, `Page`, `Pager`, the retry loop, the
//!   token provider, the concurrency cap and the tracing spans), against plain `reqwest` doing
//!   the same requests (same URLs, same bearer token) and reading each page with
//!   `serde_json::from_slice` into a `#[derive(Deserialize)]` struct with the same fields. Both
//!   read every item; the bench checks that both read 100,000 before anything is timed.
//! - **stand-in**: the stand-in's own requests per second under 8 concurrent clients (each its
//!   own `Client`), each sending 50 `GET`s of an item.
//!
//! `cargo bench -p graph-entity --bench client` ends with a table of items (requests) per
//! second and the ratio of the client to the baseline (above 1: the client is faster), read
//! from criterion's estimates of this run, and the goal judged on this run; it also writes that
//! report to `<target>/criterion/client-report.md`.

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, Throughput};
use graph_entity::client::{Client, StaticToken};
use graph_entity::edm::DateTimeOffset;
use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
use graph_entity::{GraphEntity, Query, ServiceRoot};
use graph_standin::StandIn;
use serde::Deserialize;
use serde_json::{Value, json};

const ITEMS: usize = 100_000;
const PAGE: u32 = 1_000;
const TOKEN: &str = "bench-token";
const CLIENTS: usize = 8;
const GETS_PER_CLIENT: usize = 50;
/// The goal: the client at least as fast as plain reqwest with serde.
const GOAL: f64 = 1.0;

/// The baseline's item: the connector's fields, serde's derive.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct Plain {
    id: Option<String>,
    connector_server_name: Option<String>,
    exchange_alias: Option<String>,
    exchange_connector_type: Option<PlainType>,
    exchange_organization: Option<String>,
    last_sync_date_time: Option<DateTimeOffset>,
    primary_smtp_address: Option<String>,
    server_name: Option<String>,
    status: Option<PlainStatus>,
    version: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
enum PlainType {
    OnPremises,
    Hosted,
    ServiceToService,
    Dedicated,
    #[serde(other)]
    Unknown,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
enum PlainStatus {
    None,
    ConnectionPending,
    Connected,
    Disconnected,
    #[serde(other)]
    Unknown,
}

#[derive(Deserialize)]
struct PlainPage {
    value: Vec<Plain>,
    #[serde(rename = "@odata.nextLink")]
    next_link: Option<String>,
}

fn items() -> Vec<Value> {
    let types = ["onPremises", "hosted", "serviceToService", "dedicated"];
    let statuses = ["none", "connectionPending", "connected", "disconnected"];
    (0..ITEMS)
        .map(|i| {
            json!({
                "@odata.type": "#microsoft.graph.deviceManagementExchangeConnector",
                "id": format!("{:08x}-c9e4-98cd-e4c9-{:012x}", i, i * 7919),
                "lastSyncDateTime": format!("2024-{:02}-{:02}T{:02}:{:02}:{:02}.{}Z", i % 12 + 1, i % 28 + 1, i % 24, i % 60, (i * 7) % 60, i % 1000),
                "status": statuses[i % 4],
                "primarySmtpAddress": format!("admin{i}@contoso.com"),
                "serverName": format!("mail{i:05}.contoso.com"),
                "connectorServerName": format!("connector-{i}"),
                "exchangeConnectorType": types[i % 4],
                "version": format!("15.{}.{}", i % 3, i % 1000),
                "exchangeAlias": if i % 5 == 0 { Value::Null } else { json!(format!("alias \"{i}\" é")) },
                "exchangeOrganization": "Contoso Ltd.",
            })
        })
        .collect()
}

async fn through_client(client: &Client) -> usize {
    let query = Query::<Connector>::typed().top(PAGE);
    let mut pages = client.list::<Connector, _>(&query).expect("first request");
    let mut read = 0;
    while let Some(page) = futures_util::TryStreamExt::try_next(&mut pages)
        .await
        .expect("a page")
    {
        read += page.value.len();
        black_box(page);
    }
    read
}

async fn through_reqwest(http: &reqwest::Client, first: &str) -> usize {
    let mut next = Some(first.to_owned());
    let mut read = 0;
    while let Some(url) = next {
        let response = http
            .get(&url)
            .header("accept", "application/json")
            .bearer_auth(TOKEN)
            .send()
            .await
            .expect("a response");
        assert!(response.status().is_success());
        let bytes = response.bytes().await.expect("a body");
        let page: PlainPage = serde_json::from_slice(&bytes).expect("a page");
        read += page.value.len();
        next = page.next_link;
        black_box(page.value);
    }
    read
}

async fn eight_clients(clients: &[Client], keys: &[String]) {
    let tasks: Vec<_> = clients
        .iter()
        .enumerate()
        .map(|(n, client)| {
            let client = client.clone();
            let keys: Vec<String> = keys
                .iter()
                .skip(n * GETS_PER_CLIENT)
                .take(GETS_PER_CLIENT)
                .cloned()
                .collect();
            tokio::spawn(async move {
                for key in keys {
                    let item: Connector = client.get(&key, &Query::new()).await.expect("an item");
                    black_box(item);
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("a client task");
    }
}

fn mean_ns(root: &Path, group: &str, id: &str) -> f64 {
    let path = root.join(group).join(id).join("new").join("estimates.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let estimates: Value = serde_json::from_str(&text).expect("criterion's estimates");
    estimates["mean"]["point_estimate"]
        .as_f64()
        .expect("a mean estimate")
}

fn main() {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"),
        PathBuf::from,
    );
    let root = target.join("criterion");
    let mut criterion = Criterion::default()
        .output_directory(&root)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(15))
        .configure_from_args();

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    let items = items();
    let keys: Vec<String> = items
        .iter()
        .take(CLIENTS * GETS_PER_CLIENT)
        .map(|item| item["id"].as_str().unwrap_or_default().to_owned())
        .collect();
    let standin = runtime.block_on(async {
        StandIn::builder()
            .static_token(TOKEN)
            .seed_json(Connector::COLLECTION_PATH, items)
            .expect("a seed")
            .start()
            .await
            .expect("the stand-in starts")
    });
    let root_url = standin.service_root();
    let service_root = ServiceRoot::parse(&root_url).expect("a root");
    let client = runtime.block_on(async {
        Client::builder(service_root.clone(), StaticToken::new(TOKEN))
            .build()
            .expect("a client")
    });
    graph_entity::client::install_crypto_provider();
    let http = reqwest::Client::new();
    let first = format!("{root_url}{}?$top={PAGE}", Connector::COLLECTION_PATH);
    assert_eq!(runtime.block_on(through_client(&client)), ITEMS);
    assert_eq!(runtime.block_on(through_reqwest(&http, &first)), ITEMS);
    let clients: Vec<Client> = (0..CLIENTS)
        .map(|_| {
            runtime.block_on(async {
                Client::builder(service_root.clone(), StaticToken::new(TOKEN))
                    .build()
                    .expect("a client")
            })
        })
        .collect();

    let mut group = criterion.benchmark_group("client-paging-100k");
    group.throughput(Throughput::Elements(ITEMS as u64));
    group.bench_function("client", |b| {
        b.iter(|| runtime.block_on(through_client(&client)));
    });
    group.bench_function("reqwest-serde", |b| {
        b.iter(|| runtime.block_on(through_reqwest(&http, &first)));
    });
    group.finish();

    let mut group = criterion.benchmark_group("standin-8-clients");
    group.throughput(Throughput::Elements((CLIENTS * GETS_PER_CLIENT) as u64));
    group.bench_function("get", |b| {
        b.iter(|| runtime.block_on(eight_clients(&clients, &keys)));
    });
    group.finish();
    criterion.final_summary();

    let ours = mean_ns(&root, "client-paging-100k", "client");
    let baseline = mean_ns(&root, "client-paging-100k", "reqwest-serde");
    let standin_ns = mean_ns(&root, "standin-8-clients", "get");
    let per_second = |ns: f64, n: usize| n as f64 / (ns / 1e9);
    let ratio = baseline / ours;
    let mut report = String::new();
    let _ = writeln!(
        report,
        "Paging {ITEMS} connectors in pages of {PAGE} from the stand-in over loopback:\n"
    );
    report.push_str("| variant | items per second | client / baseline |\n|---|---:|---:|\n");
    let _ = writeln!(
        report,
        "| client (`Client::list`, derived type) | {:.0} | {ratio:.3}x |",
        per_second(ours, ITEMS)
    );
    let _ = writeln!(
        report,
        "| baseline (plain reqwest, serde-derived struct) | {:.0} | 1.000x |",
        per_second(baseline, ITEMS)
    );
    let verdict = if ratio >= GOAL { "met" } else { "missed" };
    let _ = writeln!(
        report,
        "\nGoal: client ≥ {GOAL:.1}x of the baseline: {ratio:.3}x, {verdict}.\n"
    );
    let _ = writeln!(
        report,
        "The stand-in under {CLIENTS} concurrent clients ({GETS_PER_CLIENT} `GET`s of an item \
         each): {:.0} requests per second.",
        per_second(standin_ns, CLIENTS * GETS_PER_CLIENT)
    );
    println!("\n{report}");
    let path = root.join("client-report.md");
    if let Err(error) = std::fs::write(&path, &report) {
        panic!("cannot write {}: {error}", path.display());
    }
    drop(standin);
}
