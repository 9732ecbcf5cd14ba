//! Oversight pages, backed by `kenes_core::oversight`: the coordinators' dashboard and the public accountability ranking.

pub mod accountability;
pub mod dashboard;
