//! The fault suite: the server binary as a real process, on SQLite and on PostgreSQL, under
//! the faults an operator meets — a kill in the middle of filings, a mail server that is
//! down. Every test is bounded in time.
//!
//! `make test` runs it against the release build (`KENES_BIN`); `cargo test --test faults`
//! alone runs it against the debug build. The workspace's plain `cargo test` leaves it out
//! (`test = false`), so that it runs once, on the binary that ships.

mod database_restart;
mod harness;
mod killed_filing;
mod mail;
mod records;
