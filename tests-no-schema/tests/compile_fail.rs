//! The derives' compile errors that must hold without graph-entity's `schema` feature: one case
//! per rule in `ui/`, each with its exact diagnostics.
//!
//! Regenerate the snapshots with
//! `TRYBUILD=overwrite cargo test -p graph-entity-tests-no-schema --test compile_fail`, then
//! read every `.stderr`: each error must point at the offending tokens and say what to write
//! instead.

#[test]
fn compile_fail() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}
