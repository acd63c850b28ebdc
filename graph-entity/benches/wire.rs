//! Parse and write throughput of the derived connector against its baselines, all in one run:
//!
//! - (a) the same struct with `#[derive(Serialize, Deserialize)]` and
//!   `#[serde(rename_all = "camelCase")]`: the practical limit for serde-based code;
//! - (b) (a) plus `#[serde(flatten)]` of a map for unknown properties: how serde users keep
//!   unknown data;
//! - (c) `serde_json::Value`: how a client without models reads Graph;
//! - and, for context, (a-typed): (a) with an `@odata.type` field, since (a) drops the
//!   `@odata.type` that ours checks on read and writes back, and so does less work.
//!
//! Inputs: the connector's documented response, and a collection page of 10,000 connectors with
//! realistic values, in two variants: without unknown properties (where (a) is the baseline) and
//! with unknown properties and annotations (where (b) and (c) are).
//!
//! `cargo bench -p graph-entity --bench wire` ends with a table of objects per second and the
//! ratio of ours to each baseline (above 1 means ours is faster), read from criterion's own
//! estimates of this run.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput};
use graph_entity::resources::{
    DeviceManagementExchangeConnector as Ours, DeviceManagementExchangeConnectorStatus,
    DeviceManagementExchangeConnectorType,
};
use graph_entity::time::DateTimeOffset;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The documented response body, verbatim from the seed.
const DOCUMENTED: &str = include_str!("../../tests/fixtures/seed/create-response.json");
/// Objects in the collection page.
const PAGE_SIZE: usize = 10_000;

/// Baseline (a): the same struct, serde's derives.
#[derive(Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Plain {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    connector_server_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exchange_alias: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exchange_connector_type: Option<ConnectorType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exchange_organization: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_sync_date_time: Option<DateTimeOffset>,
    #[serde(skip_serializing_if = "Option::is_none")]
    primary_smtp_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    server_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<String>,
}

/// Baseline (a'): (a) with the `@odata.type` field it drops, so that it reads and writes the
/// same bytes as ours: what (a) costs when it does the same work.
#[derive(Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct PlainTyped {
    #[serde(rename = "@odata.type", skip_serializing_if = "Option::is_none")]
    odata_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    connector_server_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exchange_alias: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exchange_connector_type: Option<ConnectorType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exchange_organization: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_sync_date_time: Option<DateTimeOffset>,
    #[serde(skip_serializing_if = "Option::is_none")]
    primary_smtp_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    server_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<String>,
}

/// Baseline (b): (a) keeping unknown properties in a flattened map.
#[derive(Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Flattened {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    connector_server_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exchange_alias: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exchange_connector_type: Option<ConnectorType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exchange_organization: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_sync_date_time: Option<DateTimeOffset>,
    #[serde(skip_serializing_if = "Option::is_none")]
    primary_smtp_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    server_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<String>,
    #[serde(flatten)]
    unknown: BTreeMap<String, Value>,
}

/// The baselines' enums; `#[serde(other)]` so that the documented placeholder `"String"` parses
/// (and is lost on write: serde's enums cannot keep it).
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
enum ConnectorType {
    OnPremises,
    Hosted,
    ServiceToService,
    Dedicated,
    UnknownFutureValue,
    #[serde(other)]
    Unknown,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
enum Status {
    None,
    ConnectionPending,
    Connected,
    Disconnected,
    UnknownFutureValue,
    #[serde(other)]
    Unknown,
}

/// A deterministic xorshift, so every run reads the same page.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        let index = usize::try_from(self.next() % items.len() as u64).unwrap_or(0);
        items[index]
    }
}

/// A page of `PAGE_SIZE` realistic connectors, as a JSON array.
fn page(with_unknown: bool) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let types = [
        DeviceManagementExchangeConnectorType::OnPremises,
        DeviceManagementExchangeConnectorType::Hosted,
        DeviceManagementExchangeConnectorType::ServiceToService,
        DeviceManagementExchangeConnectorType::Dedicated,
    ]
    .map(|member| graph_entity::GraphEnum::as_str(&member));
    let statuses = [
        DeviceManagementExchangeConnectorStatus::None,
        DeviceManagementExchangeConnectorStatus::ConnectionPending,
        DeviceManagementExchangeConnectorStatus::Connected,
        DeviceManagementExchangeConnectorStatus::Disconnected,
    ]
    .map(|member| graph_entity::GraphEnum::as_str(&member));
    let hosts = [
        "mail01",
        "exch-eu-west-2",
        "ex2019.contoso.local",
        "hybrid-gw",
    ];
    let mut items = Vec::with_capacity(PAGE_SIZE);
    for index in 0..PAGE_SIZE {
        let id = format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            rng.next() as u32,
            rng.next() as u16,
            rng.next() as u16,
            rng.next() as u16,
            rng.next() & 0xFFFF_FFFF_FFFF
        );
        let host = rng.pick(&hosts);
        let mut item = serde_json::json!({
            "@odata.type": "#microsoft.graph.deviceManagementExchangeConnector",
            "id": id,
            "connectorServerName": format!("{host}-connector-{index}"),
            "exchangeAlias": format!("alias{index}"),
            "exchangeConnectorType": rng.pick(&types),
            "exchangeOrganization": "Contoso Ltd.",
            "lastSyncDateTime": format!(
                "2024-{:02}-{:02}T{:02}:{:02}:{:02}.{:07}Z",
                1 + rng.next() % 12,
                1 + rng.next() % 28,
                rng.next() % 24,
                rng.next() % 60,
                rng.next() % 60,
                rng.next() % 10_000_000
            ),
            "primarySmtpAddress": format!("exchange{index}@contoso.com"),
            "serverName": format!("{host}.contoso.com"),
            "status": rng.pick(&statuses),
            "version": format!("15.2.{}.{}", rng.next() % 2000, rng.next() % 100),
        });
        if let (true, Value::Object(map)) = (with_unknown, &mut item) {
            map.insert(
                "@odata.etag".into(),
                format!("W/\"{}\"", rng.next() % 1000).into(),
            );
            map.insert("serverName@odata.type".into(), "#String".into());
            map.insert("healthScore".into(), serde_json::json!(rng.next() % 100));
            map.insert(
                "syncSettings".into(),
                serde_json::json!({"window": "PT15M", "batch": 500, "regions": ["eu", "us"]}),
            );
        }
        items.push(item);
    }
    serde_json::to_string(&items).unwrap_or_default()
}

/// One input: its JSON and how many objects it holds.
struct Input {
    name: &'static str,
    json: String,
    objects: u64,
}

fn bench_parse_and_write(c: &mut Criterion, input: &Input, baselines: &[&str]) {
    let mut parse = c.benchmark_group(format!("parse/{}", input.name));
    parse.throughput(Throughput::Elements(input.objects));
    let json = input.json.as_str();
    let many = input.objects > 1;
    parse.bench_function(BenchmarkId::from_parameter("ours"), |b| {
        if many {
            b.iter(|| serde_json::from_str::<Vec<Ours>>(black_box(json)).map(|v| v.len()));
        } else {
            b.iter(|| serde_json::from_str::<Ours>(black_box(json)).is_ok());
        }
    });
    for baseline in baselines {
        parse.bench_function(BenchmarkId::from_parameter(baseline), |b| match *baseline {
            "a" if many => {
                b.iter(|| serde_json::from_str::<Vec<Plain>>(black_box(json)).map(|v| v.len()))
            }
            "a" => b.iter(|| serde_json::from_str::<Plain>(black_box(json)).is_ok()),
            "a-typed" if many => {
                b.iter(|| serde_json::from_str::<Vec<PlainTyped>>(black_box(json)).map(|v| v.len()))
            }
            "a-typed" => b.iter(|| serde_json::from_str::<PlainTyped>(black_box(json)).is_ok()),
            "b" if many => {
                b.iter(|| serde_json::from_str::<Vec<Flattened>>(black_box(json)).map(|v| v.len()))
            }
            "b" => b.iter(|| serde_json::from_str::<Flattened>(black_box(json)).is_ok()),
            _ => b.iter(|| serde_json::from_str::<Value>(black_box(json)).is_ok()),
        });
    }
    parse.finish();

    let mut write = c.benchmark_group(format!("write/{}", input.name));
    write.throughput(Throughput::Elements(input.objects));
    let ours: Vec<Ours> = parse_all(json);
    write.bench_function(BenchmarkId::from_parameter("ours"), |b| {
        b.iter(|| serde_json::to_vec(black_box(&ours)).map(|v| v.len()))
    });
    for baseline in baselines {
        match *baseline {
            "a" => {
                let values: Vec<Plain> = parse_all(json);
                write.bench_function(BenchmarkId::from_parameter("a"), |b| {
                    b.iter(|| serde_json::to_vec(black_box(&values)).map(|v| v.len()))
                });
            }
            "a-typed" => {
                let values: Vec<PlainTyped> = parse_all(json);
                write.bench_function(BenchmarkId::from_parameter("a-typed"), |b| {
                    b.iter(|| serde_json::to_vec(black_box(&values)).map(|v| v.len()))
                });
            }
            "b" => {
                let values: Vec<Flattened> = parse_all(json);
                write.bench_function(BenchmarkId::from_parameter("b"), |b| {
                    b.iter(|| serde_json::to_vec(black_box(&values)).map(|v| v.len()))
                });
            }
            _ => {
                let values: Vec<Value> = parse_all(json);
                write.bench_function(BenchmarkId::from_parameter("c"), |b| {
                    b.iter(|| serde_json::to_vec(black_box(&values)).map(|v| v.len()))
                });
            }
        }
    }
    write.finish();
}

/// Parses `json` (one object or an array of them) into a vector.
fn parse_all<T: serde::de::DeserializeOwned>(json: &str) -> Vec<T> {
    if json.trim_start().starts_with('[') {
        serde_json::from_str(json).unwrap_or_default()
    } else {
        serde_json::from_str(json)
            .map(|one| vec![one])
            .unwrap_or_default()
    }
}

/// Criterion's mean estimate, in nanoseconds per iteration, of one benchmark of this run.
fn mean_ns(root: &Path, group: &str, function: &str) -> Option<f64> {
    let path = root
        .join(group.replace('/', "_"))
        .join(function)
        .join("new")
        .join("estimates.json");
    let estimates: Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    estimates["mean"]["point_estimate"].as_f64()
}

fn report(root: &Path, inputs: &[(&Input, &[&str])]) {
    println!();
    println!(
        "| input | op | ours (objects/s) | baseline | baseline (objects/s) | ours / baseline |"
    );
    println!("|---|---|---:|---|---:|---:|");
    for (input, baselines) in inputs {
        for op in ["parse", "write"] {
            let group = format!("{op}/{}", input.name);
            let Some(ours) = mean_ns(root, &group, "ours") else {
                continue;
            };
            let per_second = |ns: f64| input.objects as f64 / (ns / 1e9);
            for baseline in *baselines {
                let Some(theirs) = mean_ns(root, &group, baseline) else {
                    continue;
                };
                println!(
                    "| {} | {op} | {:.0} | ({baseline}) | {:.0} | {:.2}x |",
                    input.name,
                    per_second(ours),
                    per_second(theirs),
                    theirs / ours
                );
            }
        }
    }
}

fn main() {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"),
        PathBuf::from,
    );
    let root = target.join("criterion");
    let mut criterion = Criterion::default()
        .output_directory(&root)
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .configure_from_args();

    let documented = Input {
        name: "documented-response",
        json: DOCUMENTED.to_owned(),
        objects: 1,
    };
    let known = Input {
        name: "page-without-unknown",
        json: page(false),
        objects: PAGE_SIZE as u64,
    };
    let unknown = Input {
        name: "page-with-unknown",
        json: page(true),
        objects: PAGE_SIZE as u64,
    };
    let all_baselines: &[&str] = &["a", "b", "c"];
    let plain: &[&str] = &["a", "a-typed"];
    let keeping: &[&str] = &["b", "c"];
    bench_parse_and_write(&mut criterion, &documented, all_baselines);
    bench_parse_and_write(&mut criterion, &known, plain);
    bench_parse_and_write(&mut criterion, &unknown, keeping);
    criterion.final_summary();
    report(
        &root,
        &[
            (&documented, all_baselines),
            (&known, plain),
            (&unknown, keeping),
        ],
    );
}
