//! Whether a SIMD JSON parser reads the derived types faster than serde_json: sonic-rs
//! (`sonic_rs::from_str`) and simd-json (`simd_json::serde::from_slice`), each through its serde
//! `Deserializer`, against `serde_json::from_str`, on the wire bench's collection pages of 10,000
//! connectors (the same generator, `benches/wire.rs`), read as
//! `Page<DeviceManagementExchangeConnector>`.
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
//! `Deserializer` gets "invalid type: newtype struct" for it. The same holds for every delta item
//! and polymorphic item, which are buffered as `RawValue`s, and for `Edm.Decimal` and
//! `Edm.Stream` values. The failure is an error, never a silent loss: `tests/simd_parsers.rs`
//! shows both halves.
//!
//! `cargo bench -p graph-entity --features bench-simd-parsers --bench wire_simd` ends with a
//! table of objects/s, MB/s of input and the ratio of each parser to serde_json, and how far the
//! typed read is from 1 GB/s of input (issue 25's moonshot), read from criterion's estimates of
//! this run; it writes that report to `<target>/criterion/wire-simd-report.md`.
//!
//! # Verdict (issue 25, point 5): no SIMD backend
//!
//! Neither parser reads our types faster, so the crate offers none (the feature
//! `bench-simd-parsers` only builds this bench and its test). Measured on the reading code of
//! f0d4a30 (issue 25's starting point), on a shared 2-CPU x86-64 machine (AVX2 and AVX-512),
//! release builds, the page without unknowns (10,000 connectors, 4.6 MB), sonic-rs 0.5.12,
//! simd-json 0.19.0, serde_json 1.0.154:
//!
//! | parser, reading | instructions, default | same, x86-64-v3 | MB/s, default | same, x86-64-v3 |
//! |---|---:|---:|---:|---:|
//! | serde_json, typed | 103.7 M | 101.9 M | 661 | 666 |
//! | sonic-rs, typed | 101.3 M (0.98x) | 95.2 M (0.93x) | 604 (0.91x) | 596 (0.90x) |
//! | simd-json, typed | 96.0 M (0.93x) | 92.2 M (0.90x) | 351 (0.53x) | 369 (0.55x) |
//! | serde_json, skim | 40.1 M | 38.9 M | 2243 | 2239 |
//! | sonic-rs, skim | 36.2 M (0.90x) | 33.3 M (0.86x) | 1860 (0.83x) | 1889 (0.84x) |
//! | simd-json, skim | 44.3 M (1.10x) | 41.1 M (1.06x) | 648 (0.29x) | 658 (0.29x) |
//!
//! Instructions: one read (callgrind's `Ir` of 3 reads minus that of 1, halved); the ratio is
//! serde_json's count over the parser's, below 1 meaning more work. MB/s of input: the best of
//! 15 rounds, each round running every parser and reading in turn, 10 reads each, so that the
//! load of the busy machine falls on all alike (short criterion runs of this bench were as far
//! apart as 0.85x to 0.96x for sonic-rs, and 0.24x to 0.80x for simd-json, from one run to the
//! next). simd-json's figures count its copy of the input into a kept buffer, and the buffers
//! `simd_json::serde::from_slice` makes for each read; criterion's figures in the report leave
//! the copy out (0.72x to 0.80x typed in the quieter runs). The commands are below.
//!
//! Fewer instructions, but no less time: sonic-rs and simd-json find tokens with fewer
//! instructions, yet their serde `Deserializer`s are slower than serde_json's; simd-json first
//! builds a tape of the whole document and then walks it. And the typed read is not bound by
//! finding tokens: the skim is 39% of its instructions. A profile of the typed read (callgrind,
//! serde_json, default target) puts 32% in scanning strings (`skip_to_escape`, `parse_str`) and
//! 29% in `malloc`, `free` and their helpers (eight `String`s per connector, made and dropped);
//! the rest is the visitor, the timestamps and the enum members. No parser changes the
//! allocations, so even a free tokenizer would read the page at most ~1.6x faster.
//!
//! Then `RawValue`: a backend could only read types that keep nothing (no `additional_data`, no
//! `Edm.Decimal` or `Edm.Stream`), and no delta round or polymorphic page, unless every
//! `RawValue` site (the kept properties, `Page`'s other members, `DeltaItem`, the `Any…` enums)
//! learnt each parser's own raw type. For a few percent of instructions at best, and a loss in
//! wall time today, that is not worth a second path through every reader.
//!
//! The moonshot, typed parse at 1 GB/s of input on the varied page: this run's report gives the
//! figure. At the best rounds above, serde_json reads it at 0.66 GB/s, 1.5x short of 1 GB/s;
//! the skim alone runs at 2.2 GB/s. The way there is building the values more cheaply (fewer
//! allocations: borrowed or inline strings), not another parser.
//!
//! The commands. Build the bench: `cargo bench -p graph-entity --features bench-simd-parsers
//! --bench wire_simd --no-run` prints the binary, `<bench>`. For the x86-64-v3 columns (AVX2),
//! build it again with `RUSTFLAGS="-C target-cpu=x86-64-v3"` and another `CARGO_TARGET_DIR`
//! (valgrind does not run AVX-512 code, so not `native`; sonic-rs uses AVX-512 only with its own
//! feature `avx512`). `WIRE_SIMD_REPEAT=<parser>:<reading>:<n> <bench>`, with `<parser>` one of
//! `serde_json`, `sonic-rs`, `simd-json` and `<reading>` `typed` or `skim`, reads the page
//! without unknowns `n` times and prints MB/s: the rounds ran it with `n` = 10, the two builds'
//! binaries in turn. The instruction counts: the same under `valgrind --tool=callgrind
//! --callgrind-out-file=/dev/null`, with `n` = 1 and `n` = 3, reading the `Collected` line.

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

/// The number of items of a page read typed (or skimmed) by `parser`. simd-json reads from
/// `scratch`, into which each read copies `json` afresh: one buffer for all reads, as a program
/// would keep one, so that the page faults of a new 4.6 MB buffer are not counted in each read.
fn items(parser: &str, json: &str, typed: bool, scratch: &mut Vec<u8>) -> Result<usize, String> {
    scratch.clear();
    if parser == "simd-json" {
        scratch.extend_from_slice(json.as_bytes());
    }
    if typed {
        read::<Page<Connector>>(parser, json, scratch).map(|page| page.value.len())
    } else {
        read::<Page<IgnoredAny>>(parser, json, scratch).map(|page| page.value.len())
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
/// `parser`, says how fast, and exits: for instruction counts under callgrind, and for
/// interleaved runs of the parsers on a busy machine (see the module docs).
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
    let (mut total, mut scratch) = (0, Vec::new());
    let started = std::time::Instant::now();
    for _ in 0..times {
        total += items(parser, black_box(&json), reading == "typed", &mut scratch)
            .unwrap_or_else(|error| panic!("{parser}: {error}"));
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{parser} {reading}: {total} items in {times} reads, {:.1} MB/s of input",
        (json.len() as f64 * f64::from(times)) / seconds / 1e6
    );
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
            items(parser, &input.json, false, &mut Vec::new())
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
