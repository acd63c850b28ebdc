//! Whether a SIMD JSON parser reads the derived types faster than serde_json: sonic-rs
//! (`sonic_rs::from_str`) and simd-json (`simd_json::serde::from_slice`), each through its serde
//! `Deserializer`, against `serde_json::from_str`, on the wire bench's collection pages of 10,000
//! connectors (the same generator, `benches/wire.rs`), read as `Page<DeviceManagementExchangeConnector>`.
//!
//! Two readings of each page:
//! - `typed`: the page read into the derived type, what a program does;
//! - `skim`: the same page read into `Page<IgnoredAny>`, every item skipped: the parser's own
//!   cost, with no value built. It bounds what a faster parser could give the typed read.
//!
//! simd-json parses in place, so it is given a fresh copy of the page in each iteration, made
//! outside the timed part (the most favourable case for it: a response body from the client is
//! an immutable `Bytes`, which a program would have to copy).
//!
//! Before anything is timed, each parser's page must equal serde_json's (the bench aborts
//! otherwise). On the page with unknown properties the SIMD parsers fail, and are not timed: the
//! derived types keep unknown properties as serde_json `RawValue`s, a newtype struct with a magic
//! name that only serde_json's `Deserializer` understands (sonic-rs has its own raw types,
//! `LazyValue` and `OwnedLazyValue`, under another name; simd-json has none), so another
//! `Deserializer` gets "invalid type: newtype struct" for it. The same holds for every delta item and polymorphic item, which are buffered
//! as `RawValue`s, and for `Edm.Decimal` and `Edm.Stream` values. The failure is an error, never
//! a silent loss: `tests/simd_parsers.rs` shows both halves.
//!
//! `cargo bench -p graph-entity --features bench-simd-parsers --bench wire_simd` ends with a
//! table of objects/s, MB/s of input and the ratio of each parser to serde_json, and how far the
//! typed read is from 1 GB/s of input (issue 25's moonshot), read from criterion's estimates of
//! this run; it writes that report to `<target>/criterion/wire-simd-report.md`.
//!
//! # Verdict (issue 25, point 5): no SIMD backend
//!
//! Neither parser reads our types faster, so the crate offers none (the feature
//! `bench-simd-parsers` only builds this bench and its test). Measured on a shared 2-CPU machine
//! (x86-64 with AVX2 and AVX-512), release build:
//!
//! Instructions for one typed read of the page without unknowns (callgrind, `Ir` of 3 reads
//! minus 1 read, halved; the command is below):
//!
//! | parser | default target | `-C target-cpu=x86-64-v3` (AVX2) |
//! |---|---:|---:|
//! | serde_json | 104.0 M | 102.1 M |
//! | sonic-rs | 102.0 M (0.98x) | 95.7 M (0.94x) |
//! | simd-json (with its copy of the input) | 96.4 M (0.93x) | 92.4 M (0.91x) |
//! | serde_json, skim (`IgnoredAny`) | 40.1 M | 38.9 M |
//! | sonic-rs, skim | 36.2 M | 33.2 M |
//!
//! Wall clock, best of 5 interleaved runs of 15 typed reads each: serde_json 596 MB/s, sonic-rs
//! 523 MB/s (0.88x), simd-json 437 MB/s (0.73x) at the default target; 591, 533 (0.90x) and 453
//! (0.77x) MB/s with AVX2. Fewer instructions, but no less time: the typed read is not bound by
//! finding tokens. The skim is 38-40% of the typed read's instructions; the other 60% is building
//! the values (eight `String`s per connector and their allocations, `malloc` and `free` being the
//! largest entries of the profile, the timestamps, the enum members), which no parser changes. So
//! even a free tokenizer would read the page at most ~1.6x faster, and the SIMD parsers shave a
//! few percent of the 40% at best.
//!
//! Then `RawValue`: a backend could only read types that keep nothing (no `additional_data`, no
//! `Edm.Decimal`), and no delta round or polymorphic page at all, unless every `RawValue` site
//! (the kept properties, `Page`'s other members, `DeltaItem`, the `Any…` enums) learnt each
//! parser's own raw type. For a few percent at best, and a loss in wall time today, that is not
//! worth a second path through every reader.
//!
//! The moonshot, typed parse at 1 GB/s of input on the varied page: this run's report gives the
//! figure. With serde_json at about 0.6 GB/s (the best runs above) it is ~1.7x away; the skim
//! alone runs at ~2 GB/s, so the way there is building the values more cheaply (fewer
//! allocations: borrowed or small strings), not another parser.
//!
//! The instruction counts: build the bench (`cargo bench -p graph-entity --features
//! bench-simd-parsers --bench wire_simd --no-run` prints the binary), then for each parser and
//! reading run `WIRE_SIMD_REPEAT=<parser>:<reading>:<n> valgrind --tool=callgrind
//! --callgrind-out-file=/dev/null <binary>` with n = 1 and n = 3 (`<parser>` one of `serde_json`,
//! `sonic-rs`, `simd-json`; `<reading>` `typed` or `skim`; the page without unknowns), and halve
//! the difference of the `Collected` counts. The AVX2 column: the same with
//! `RUSTFLAGS="-C target-cpu=x86-64-v3"` (valgrind does not run AVX-512 code, so not `native`).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput};
use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
use graph_entity::response::page::Page;
use serde::de::IgnoredAny;
use serde_json::Value;

// The wire bench's page generator, reused rather than copied: its `page` and `PAGE_SIZE`. The
// rest of that bench (its own `main` among it) is compiled here but not used.
#[allow(dead_code)]
#[path = "wire.rs"]
mod wire;

/// The parsers compared, serde_json first (the baseline of every ratio).
const PARSERS: &[&str] = &["serde_json", "sonic-rs", "simd-json"];

/// The page as a collection page: the generator's array as `value`, with the control
/// information Graph puts around it.
fn collection_page(with_unknown: bool) -> String {
    format!(
        r#"{{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#deviceManagement/exchangeConnectors","value":{},"@odata.nextLink":"https://graph.microsoft.com/v1.0/deviceManagement/exchangeConnectors?$skiptoken=X%2740%27"}}"#,
        wire::page(with_unknown)
    )
}

/// One page and its name in the report.
struct Input {
    name: &'static str,
    json: String,
}

/// `json` read as `T` by `parser`; simd-json reads from `scratch`, a mutable copy of `json`.
fn read<'a, T: serde::Deserialize<'a>>(
    parser: &str,
    json: &'a str,
    scratch: &'a mut [u8],
) -> Result<T, String> {
    match parser {
        "serde_json" => serde_json::from_str(json).map_err(|error| error.to_string()),
        "sonic-rs" => sonic_rs::from_str(json).map_err(|error| error.to_string()),
        "simd-json" => simd_json::serde::from_slice(scratch).map_err(|error| error.to_string()),
        other => Err(format!("no parser {other}")),
    }
}

/// The number of items of a page read typed (or skimmed) by `parser`.
fn items(parser: &str, json: &str, typed: bool) -> Result<usize, String> {
    let mut scratch = if parser == "simd-json" {
        json.as_bytes().to_vec()
    } else {
        Vec::new()
    };
    if typed {
        read::<Page<Connector>>(parser, json, &mut scratch).map(|page| page.value.len())
    } else {
        read::<Page<IgnoredAny>>(parser, json, &mut scratch).map(|page| page.value.len())
    }
}

/// Which parsers read `input` typed to the same page as serde_json; the others' errors, which
/// must be errors rather than other values (the bench aborts on those).
fn check(input: &Input) -> (Vec<&'static str>, Vec<(&'static str, String)>) {
    let expected: Page<Connector> = serde_json::from_str(&input.json)
        .unwrap_or_else(|error| panic!("serde_json reads {}: {error}", input.name));
    assert_eq!(expected.value.len(), wire::PAGE_SIZE, "{}", input.name);
    let (mut reading, mut failing) = (Vec::new(), Vec::new());
    for &parser in PARSERS {
        let mut scratch = input.json.as_bytes().to_vec();
        match read::<Page<Connector>>(parser, &input.json, &mut scratch) {
            Ok(page) => {
                assert!(
                    page == expected,
                    "{parser} reads {} to other values than serde_json",
                    input.name
                );
                reading.push(parser);
            }
            Err(error) => failing.push((parser, error)),
        }
    }
    (reading, failing)
}

/// Times `typed` (or skim) reads of `input` by each of `parsers`.
fn bench_reads(c: &mut Criterion, input: &Input, reading: &str, parsers: &[&str]) {
    let typed = reading == "typed";
    let mut group = c.benchmark_group(format!("simd/{reading}/{}", input.name));
    group.throughput(Throughput::Bytes(input.json.len() as u64));
    let json = input.json.as_str();
    for &parser in parsers {
        group.bench_function(BenchmarkId::from_parameter(parser), |b| {
            if parser == "simd-json" {
                b.iter_batched_ref(
                    || json.as_bytes().to_vec(),
                    |scratch| {
                        if typed {
                            read::<Page<Connector>>(parser, json, scratch).map(|p| p.value.len())
                        } else {
                            read::<Page<IgnoredAny>>(parser, json, scratch).map(|p| p.value.len())
                        }
                    },
                    BatchSize::LargeInput,
                );
            } else {
                let mut none = [];
                if typed {
                    b.iter(|| {
                        read::<Page<Connector>>(parser, black_box(json), &mut none)
                            .map(|p| p.value.len())
                    });
                } else {
                    b.iter(|| {
                        read::<Page<IgnoredAny>>(parser, black_box(json), &mut none)
                            .map(|p| p.value.len())
                    });
                }
            }
        });
    }
    group.finish();
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

/// What was timed for one input: which readings, by which parsers; and who failed to read it.
struct Timed<'a> {
    input: &'a Input,
    readings: Vec<(&'static str, Vec<&'static str>)>,
    failing: Vec<(&'static str, String)>,
}

/// The markdown report of this run.
fn report(root: &Path, timed: &[Timed<'_>]) -> String {
    use std::fmt::Write as _;
    let mut out = String::from(
        "| input | reading | parser | objects/s | MB/s of input | parser / serde_json |\n\
         |---|---|---|---:|---:|---:|\n",
    );
    let mut typed_serde_json = None;
    for Timed {
        input,
        readings,
        failing,
    } in timed
    {
        for (reading, parsers) in readings {
            let group = format!("simd/{reading}/{}", input.name);
            let estimate = |parser: &str| {
                mean_ns(root, &group, parser)
                    .unwrap_or_else(|| panic!("no estimate for {group}/{parser} in this run"))
            };
            let baseline = estimate("serde_json");
            for &parser in parsers {
                let ns = estimate(parser);
                let seconds = ns / 1e9;
                let megabytes_per_second = input.json.len() as f64 / seconds / 1e6;
                let _ = writeln!(
                    out,
                    "| {} | {reading} | {parser} | {:.0} | {megabytes_per_second:.1} | {:.3}x |",
                    input.name,
                    wire::PAGE_SIZE as f64 / seconds,
                    baseline / ns,
                );
                if *reading == "typed" && parser == "serde_json" && input.name == VARIED {
                    typed_serde_json = Some(megabytes_per_second);
                }
            }
        }
        for (parser, error) in failing {
            let error = error.lines().next().unwrap_or_default().replace('|', "\\|");
            let _ = writeln!(
                out,
                "| {} | typed | {parser} | fails: {error} | | |",
                input.name
            );
        }
    }
    if let Some(megabytes_per_second) = typed_serde_json {
        let _ = writeln!(
            out,
            "\nThe moonshot, typed parse at 1 GB/s of input on the varied page ({VARIED}): \
             {megabytes_per_second:.1} MB/s with serde_json, {:.2}x short of it.",
            1000.0 / megabytes_per_second
        );
    }
    out
}

/// The varied page: known properties only, realistic values (the wire bench's
/// `page-without-unknown`).
const VARIED: &str = "page-without-unknown";

/// `WIRE_SIMD_REPEAT=<parser>:<reading>:<n>`: reads the page without unknowns `n` times with
/// `parser` and exits, for instruction counts under callgrind (see the module docs).
fn repeat(spec: &str) {
    let mut parts = spec.split(':');
    let (Some(parser), Some(reading), Some(Ok(times))) = (
        parts.next(),
        parts.next(),
        parts.next().map(str::parse::<u32>),
    ) else {
        panic!("WIRE_SIMD_REPEAT is <parser>:<typed|skim>:<n>, not {spec}");
    };
    let json = collection_page(false);
    let mut total = 0;
    for _ in 0..times {
        total += items(parser, black_box(&json), reading == "typed")
            .unwrap_or_else(|error| panic!("{parser}: {error}"));
    }
    println!("{parser} {reading}: {total} items in {times} reads");
}

fn main() {
    if let Some(spec) = std::env::var_os("WIRE_SIMD_REPEAT") {
        repeat(&spec.to_string_lossy());
        return;
    }
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

    let inputs = [
        Input {
            name: VARIED,
            json: collection_page(false),
        },
        Input {
            name: "page-with-unknown",
            json: collection_page(true),
        },
    ];
    let mut timed = Vec::new();
    for input in &inputs {
        let (reading, failing) = check(input);
        let mut readings = vec![("typed", reading.clone())];
        for &parser in &reading {
            items(parser, &input.json, false)
                .unwrap_or_else(|error| panic!("{parser} skims {}: {error}", input.name));
        }
        bench_reads(&mut criterion, input, "typed", &reading);
        // The skim only where the typed read is timed for more than serde_json alone.
        if reading.len() > 1 {
            bench_reads(&mut criterion, input, "skim", &reading);
            readings.push(("skim", reading));
        }
        timed.push(Timed {
            input,
            readings,
            failing,
        });
    }
    criterion.final_summary();
    let report = report(&root, &timed);
    println!("\n{report}");
    let path = root.join("wire-simd-report.md");
    if let Err(error) = std::fs::write(&path, &report) {
        panic!("cannot write {}: {error}", path.display());
    }
}
