//! The Kenes server: configuration, wiring and HTTP concerns around the Leptos app.
//!
//! - `http/`: what every request passes through (forms, security headers, language, errors);
//! - `api/`: REST, Open311 and open data;
//! - `live/`: the rooms' live stream;
//! - `workers/`: mail, escalation and search indexing in the background;
//! - `routes`: the route tables, `startup`: wiring, `configuration`, `telemetry` (logs) and
//!   `monitoring` (Prometheus metrics on the operator's own address).

pub mod api;
pub mod configuration;
pub mod http;
pub mod live;
pub mod monitoring;
pub mod routes;
pub mod startup;
pub mod telemetry;
pub mod workers;
