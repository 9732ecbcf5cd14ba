//! Kenes domain and persistence, shared by the web app's server functions and the server
//! binary. Nothing here knows about HTTP.

pub mod calendar;
pub mod db;
pub mod error;
pub mod grievance;
pub mod models;
pub mod reference;
pub mod schema;
pub mod seed;
pub mod stats;

pub use db::{Backend, Db, Pool};
pub use error::{DbError, DbResult};

#[cfg(feature = "testing")]
pub mod testing;
