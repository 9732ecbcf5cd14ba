//! The Kenes server: configuration, wiring and HTTP concerns around the Leptos app.

pub mod api;
pub mod assets;
pub mod attachments;
pub mod auth;
pub mod configuration;
pub mod errors;
pub mod escalation_worker;
pub mod forms;
pub mod health;
pub mod locale;
pub mod mail_worker;
pub mod open311;
pub mod open311_xml;
pub mod open_data;
pub mod room_events;
pub mod room_relay;
pub mod routes;
pub mod search_index;
pub mod security;
pub mod startup;
pub mod telemetry;
