//! Account pages, backed by `kenes_core::accounts`: sign-in, registration and the account itself, mail preferences, and administration of roles and responsible bodies.

pub mod account;
pub mod admin;
pub mod admin_bodies;
pub mod mail_preferences;
