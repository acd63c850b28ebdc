//! Resources declared outside the runtime crate, shared by the cross-crate suites.
