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
//! `clock` (Kazakhstan's time and days), `calendar` (holidays and working days), `reference`
//! and the demo `seed`.

pub mod clock;
pub mod dialogues;
pub mod grievances;
pub mod mediation;
pub mod names;
pub mod oversight;
pub mod permissions;

// `db` stands apart: its exported macros (`upsert!`, `natively!`) cannot be defined
// inside another macro's expansion.
#[cfg(feature = "db")]
pub mod db;

// The kernel and the features that touch the database; the browser builds without.
cfg_if::cfg_if! {
    if #[cfg(feature = "db")] {
        pub mod accounts;
        pub mod actor;
        pub mod audit;
        pub mod calendar;
        pub mod discussion;
        pub mod error;
        pub mod limits;
        pub mod mail;
        pub mod models;
        pub mod outcomes;
        pub mod reference;
        pub mod schema;
        pub mod seed;
        pub mod timeline;

        pub use db::{Backend, Db, Pool};
        pub use error::{DbError, DbResult, Error};
    }
}

#[cfg(feature = "testing")]
pub mod testing;
