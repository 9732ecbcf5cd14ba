//! Kenes domain and persistence, shared by the web app's server functions and the server
//! binary. Nothing here knows about HTTP. Without the `db` feature only the domain
//! vocabulary is built (for the browser): `permissions`, `grievances::terms`,
//! `mediation::terms` and `mediation::room_view`.
//!
//! One folder per feature, mirrored by `app/src/pages/<feature>/`:
//! - `grievances/`: filing, guests, drafts, attachments, handling, routing, escalation, lists;
//! - `mediation/`: requests and matching, rooms, deliberation, moderation, meetings;
//! - `outcomes/`: the published record and its anonymisation check;
//! - `dialogues/`: public dialogues, their statements, votes and opinion map;
//! - `oversight/`: signals, alerts, the dashboard, accountability;
//! - `accounts/`: people, sign-in, roles, API keys, personal data;
//! - `mail/`: the outbox and the notices written into it.
//!
//! The kernel beside them: `names` (closed sets of names stored as text), `db`, `schema`, `models`, `error`, `actor` (who acts; `Act`, who takes a step and when),
//! `timeline` (every grievance's events), `permissions`, `audit`, `limits` (attempts counted across nodes),
//! `calendar`, `reference`
//! and the demo `seed`.

pub mod dialogues;
pub mod grievances;
pub mod mediation;
mod names;
pub mod oversight;
pub mod permissions;

#[cfg(feature = "db")]
pub mod accounts;
#[cfg(feature = "db")]
pub mod actor;
#[cfg(feature = "db")]
pub mod audit;
#[cfg(feature = "db")]
pub mod calendar;
#[cfg(feature = "db")]
pub mod db;
#[cfg(feature = "db")]
pub mod discussion;
#[cfg(feature = "db")]
pub mod error;
#[cfg(feature = "db")]
pub mod limits;
#[cfg(feature = "db")]
pub mod mail;
#[cfg(feature = "db")]
pub mod models;
#[cfg(feature = "db")]
pub mod outcomes;
#[cfg(feature = "db")]
pub mod reference;
#[cfg(feature = "db")]
pub mod schema;
#[cfg(feature = "db")]
pub mod seed;
#[cfg(feature = "testing")]
pub mod testing;
#[cfg(feature = "db")]
pub mod timeline;

#[cfg(feature = "db")]
pub use db::{Backend, Db, Pool};
#[cfg(feature = "db")]
pub use error::{DbError, DbResult, Error};
