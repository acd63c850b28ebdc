//! The derives' compile errors: one case per rule in `ui/`, each with its exact diagnostics.
//!
//! Regenerate the snapshots with
//! `TRYBUILD=overwrite cargo test -p graph-entity-tests --test compile_fail`, then read every
//! `.stderr`: each error must point at the offending tokens and say what to write instead.

#[test]
fn compile_fail() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}
