//! The whole server on a random port, against a fresh SQLite file or PostgreSQL database.

mod accounts;
mod commitments;
mod dialogues;
mod early_warning;
mod filing;
mod handling;
mod helpers;
mod matrix;
mod mediation;
mod open311;
mod outcomes;
mod pages;
mod platform;
mod security;
mod visibility;
