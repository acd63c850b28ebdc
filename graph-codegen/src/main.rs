//! `cargo run -p graph-codegen -- <CSDL> <OUT>`: generates the crate of declarations of a CSDL
//! document into the directory `OUT` (its `Cargo.toml`, `src/` and `tests/`).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [csdl, out] = args.as_slice() else {
        eprintln!("usage: graph-codegen <CSDL> <OUT>");
        return ExitCode::from(2);
    };
    let start = Instant::now();
    let xml = match std::fs::read_to_string(csdl) {
        Ok(xml) => xml,
        Err(error) => {
            eprintln!("graph-codegen: cannot read {csdl}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let files = match graph_codegen::generate(&xml) {
        Ok(files) => files,
        Err(error) => {
            eprintln!("graph-codegen: {csdl}: {error}");
            return ExitCode::FAILURE;
        }
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
