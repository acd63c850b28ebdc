//! The compile-time benchmark's inputs (`scripts/resources-bench`), which the binary writes and
//! the library does not need: the generated crate's serde twin ([`twin`], `--serde-twin`) and
//! a downstream program of every type ([`downstream`], `--downstream-program`).

pub mod downstream;
pub mod twin;
