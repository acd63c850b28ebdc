//! `cargo run -p graph-codegen -- [CSDL [OUT]]`: generates the crate of declarations of a CSDL
//! document into the directory `OUT` (its `Cargo.toml`, `src/` and `tests/`). With no argument,
//! the repository's v1.0 CSDL (`graph-codegen/csdl/v1.0.xml`) into the workspace's
//! `graph-resources/`.
//! `--serde-twin` writes the same declarations with serde derives instead (the baseline of the
//! compile-time benchmark, `scripts/resources-bench`, and of the users delta and polymorphic
//! pages, `scripts/users-bench`).
//! `--downstream-program [--serde-twin] CSDL OUT` writes the benchmark's downstream program
//! (`bench::downstream`) into `OUT`, a directory beside `graph-entity/` and the crate
//! it calls (`graph-resources/`, or with `--serde-twin` `graph-resources-serde/`).

#![deny(clippy::too_many_lines)]

mod bench;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--downstream-program`: the compile-time benchmark's program of every type.
    let downstream = args.first().is_some_and(|a| a == "--downstream-program");
    if downstream {
        args.remove(0);
    }
    // `--serde-twin`: the same declarations with serde derives, for the compile-time benchmark.
    let twin = args.first().is_some_and(|a| a == "--serde-twin");
    if twin {
        args.remove(0);
    }
    if downstream {
        return match args.as_slice() {
            [csdl, out] => downstream_program(csdl, out, twin),
            _ => {
                eprintln!("usage: graph-codegen --downstream-program [--serde-twin] CSDL OUT");
                ExitCode::from(2)
            }
        };
    }
    // `--sizes <CSDL>`: per area, the types compiled and the bytes of their declarations (TSV).
    if args.first().is_some_and(|a| a == "--sizes") && args.len() <= 2 {
        let csdl = args.get(1).map_or(graph_codegen::V1_CSDL, String::as_str);
        let sizes = std::fs::read_to_string(csdl)
            .map_err(|e| e.to_string())
            .and_then(|xml| graph_codegen::Document::parse(&xml).map_err(|e| e.to_string()));
        return match sizes {
            Ok(doc) => {
                for (area, types, bytes) in graph_codegen::area_sizes(&doc) {
                    println!("{area}\t{types}\t{bytes}");
                }
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("graph-codegen: {csdl}: {error}");
                ExitCode::FAILURE
            }
        };
    }
    let (csdl, out) = match args.as_slice() {
        [] => (graph_codegen::V1_CSDL, graph_codegen::GRAPH_RESOURCES_DIR),
        [csdl] => (csdl.as_str(), graph_codegen::GRAPH_RESOURCES_DIR),
        [csdl, out] => (csdl.as_str(), out.as_str()),
        _ => {
            eprintln!(
                "usage: graph-codegen [--serde-twin] [CSDL [OUT]] | graph-codegen --sizes [CSDL] | \
                 graph-codegen --downstream-program [--serde-twin] CSDL OUT\n\
                 (CSDL defaults to the repository's graph-codegen/csdl/v1.0.xml, OUT to the \
                 workspace's graph-resources/)"
            );
            return ExitCode::from(2);
        }
    };
    let start = Instant::now();
    let xml = match std::fs::read_to_string(csdl) {
        Ok(xml) => xml,
        Err(error) => {
            eprintln!("graph-codegen: cannot read {csdl}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let files = match graph_codegen::generate_named(&xml, &source_name(csdl)) {
        Ok(files) => files,
        Err(error) => {
            eprintln!("graph-codegen: {csdl}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let files = if twin {
        bench::twin::serde_twin(&files)
    } else {
        files
    };
    let generated = start.elapsed();
    if let Err(error) = graph_codegen::write(&files, &PathBuf::from(out)) {
        eprintln!("graph-codegen: cannot write {out}: {error}");
        return ExitCode::FAILURE;
    }
    let bytes: usize = files.values().map(String::len).sum();
    eprintln!(
        "graph-codegen: {} files ({} KiB before rustfmt) in {out}: generated in {:.2} s, written and formatted in {:.2} s",
        files.len(),
        bytes / 1024,
        generated.as_secs_f64(),
        start.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}

/// `--downstream-program`: writes the program of every type of `csdl`'s crate into `out`.
fn downstream_program(csdl: &str, out: &str, twin: bool) -> ExitCode {
    let doc = std::fs::read_to_string(csdl)
        .map_err(|e| e.to_string())
        .and_then(|xml| graph_codegen::Document::parse(&xml).map_err(|e| e.to_string()));
    let doc = match doc {
        Ok(doc) => doc,
        Err(error) => {
            eprintln!("graph-codegen: {csdl}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let files = bench::downstream::downstream_program(&doc, twin);
    if let Err(error) = graph_codegen::write(&files, &PathBuf::from(out)) {
        eprintln!("graph-codegen: cannot write {out}: {error}");
        return ExitCode::FAILURE;
    }
    eprintln!(
        "graph-codegen: {} in {out}",
        bench::downstream::package_name(twin)
    );
    ExitCode::SUCCESS
}

/// How the generated files' `@generated` headers name the CSDL at `path`: relative to the
/// workspace when it is inside (`graph-codegen/csdl/v1.0.xml`, however it was given), else its
/// file name, so that the output does not depend on where the command ran.
fn source_name(path: &str) -> String {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let inside = std::fs::canonicalize(path).ok().and_then(|file| {
        let root = std::fs::canonicalize(workspace).ok()?;
        file.strip_prefix(root).ok().map(Path::to_path_buf)
    });
    let name = inside.or_else(|| Path::new(path).file_name().map(PathBuf::from));
    name.map_or_else(
        || path.to_owned(),
        |name| name.to_string_lossy().replace('\\', "/"),
    )
}
