//! Kenes domain and persistence, shared by the web app's server functions and the server
//! binary. Nothing here knows about HTTP. Without the `db` feature only the domain
//! vocabulary is built (for the browser).

pub mod grievance;
pub mod mediation_terms;
pub mod permissions;
pub mod room_view;

#[cfg(feature = "db")]
pub mod accountability;
#[cfg(feature = "db")]
pub mod accounts;
#[cfg(feature = "db")]
pub mod alerts;
#[cfg(feature = "db")]
pub mod anonymise;
#[cfg(feature = "db")]
pub mod api_keys;
#[cfg(feature = "db")]
pub mod attachments;
#[cfg(feature = "db")]
pub mod audit;
#[cfg(feature = "db")]
pub mod calendar;
#[cfg(feature = "db")]
pub mod dashboard;
#[cfg(feature = "db")]
pub mod db;
#[cfg(feature = "db")]
pub mod deliberation;
#[cfg(feature = "db")]
pub mod drafts;
#[cfg(feature = "db")]
pub mod error;
#[cfg(feature = "db")]
pub mod escalation;
#[cfg(feature = "db")]
pub mod filing;
#[cfg(feature = "db")]
pub mod guest;
#[cfg(feature = "db")]
pub mod handling;
#[cfg(feature = "db")]
pub mod mail;
#[cfg(feature = "db")]
pub mod mediation;
#[cfg(feature = "db")]
pub mod models;
#[cfg(feature = "db")]
pub mod moderation;
#[cfg(feature = "db")]
pub mod notices;
#[cfg(feature = "db")]
pub mod open311;
#[cfg(feature = "db")]
pub mod outcomes;
#[cfg(feature = "db")]
pub mod queue;
#[cfg(feature = "db")]
pub mod reference;
#[cfg(feature = "db")]
pub mod roles;
#[cfg(feature = "db")]
pub mod room;
#[cfg(feature = "db")]
pub mod routing;
#[cfg(feature = "db")]
pub mod schema;
#[cfg(feature = "db")]
pub mod seed;
#[cfg(feature = "db")]
pub mod sessions;
#[cfg(feature = "db")]
pub mod signals;
#[cfg(feature = "db")]
pub mod stakeholders;
#[cfg(feature = "db")]
pub mod stats;
#[cfg(feature = "testing")]
pub mod testing;

#[cfg(feature = "db")]
pub use db::{Backend, Db, Pool};
#[cfg(feature = "db")]
pub use error::{DbError, DbResult};
