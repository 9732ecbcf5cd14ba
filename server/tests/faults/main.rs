//! The fault suite: the server binary as a real process, on SQLite and on PostgreSQL, under
//! the faults an operator meets — a kill in the middle of filings, a mail server that is
//! down, PostgreSQL restarting under load, a full disk, the search engine away. Every test
//! is bounded in time.
//! The restart and the full disk need root (a private PostgreSQL run as `postgres`, a tmpfs
//! mount), as CI has.
//!
//! `make test` runs it against the release build (`KENES_BIN`); `cargo test --test faults`
//! alone runs it against the debug build. The workspace's plain `cargo test` leaves it out
//! (`test = false`), so that it runs once, on the binary that ships.

mod database_restart;
mod disk_full;
mod harness;
mod killed_filing;
mod mail;
mod records;
mod search_down;
