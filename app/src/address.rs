//! What a page reads from its address, once, as it is drawn: a segment of its path
//! (`/g/{code}`) or a value of its query (`?code=…`). A missing value reads as empty, so a
//! page asked for nothing shows its "not found" or its blank form.

use std::str::FromStr;

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The path segment `name` (`code` in `/g/{code}`); empty when missing.
pub fn path(name: &str) -> String {
    use_params_map()
        .read_untracked()
        .get(name)
        .unwrap_or_default()
}

/// A record's number from the path segment `name`; 0, which no record has, when it is
/// missing or not a number.
pub fn path_id(name: &str) -> i64 {
    path(name).parse().unwrap_or(0)
}

/// The query value `name`; empty when missing.
pub fn query(name: &str) -> String {
    use_query_map()
        .read_untracked()
        .get(name)
        .unwrap_or_default()
}

/// The query value `name` read as a `T`; none when missing or not one.
pub fn query_as<T: FromStr>(name: &str) -> Option<T> {
    query(name).parse().ok()
}
