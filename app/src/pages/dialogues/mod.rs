//! Public dialogues, backed by `kenes_core::dialogues`: the list, the opening form, and a
//! dialogue's page with its statements, votes and opinion map.

pub mod dialogue;
pub mod list;
pub mod open;
pub mod opinion_map;
