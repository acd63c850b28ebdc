//! Nothing but a home for `tests/compile_fail.rs`: the derives' compile errors checked against
//! graph-entity without its default features (so without `schema`), as `graph-resources` and
//! any `default-features = false` user compile them. The `graph-entity-tests` crate depends on
//! graph-entity with its defaults, and cargo features only add, so these cases need a crate of
//! their own.
