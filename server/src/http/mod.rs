//! HTTP concerns around the Leptos app: form limits and decoding, security headers, the reader's language, static assets, pages rendered into one buffer, attachment downloads, sign-in cookies, health checks, and the one mapping from domain errors to responses.

pub mod assets;
pub mod attachments;
pub mod auth;
pub mod errors;
pub mod forms;
pub mod health;
pub mod locale;
pub mod render;
pub mod security;
