//! What server-side page code needs from the server, provided per request as context.

use std::sync::Arc;

use kenes_core::accounts::jwt::JwtKeys;
use kenes_core::audit::Client;
use kenes_core::Pool;
use leptos::prelude::*;

use crate::rate_limit::RateLimits;

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub jwt: Arc<JwtKeys>,
    /// Seals secrets kept at rest (TOTP seeds) under the server's secret.
    pub sealer: Arc<kenes_core::accounts::sealed::Sealer>,
    /// The address users see, for links in mails.
    pub site: kenes_core::mail::Site,
    /// Where attachments are stored.
    pub attachment_dir: std::path::PathBuf,
    /// Wakes the mail worker when a flow queued a mail.
    pub mail_notify: Arc<tokio::sync::Notify>,
    pub limits: Arc<RateLimits>,
    /// Wakes the watchers of a room when it changes.
    pub rooms: Arc<crate::live::RoomHub>,
    /// Published outcomes, searchable.
    pub search: Arc<dyn kenes_search::SearchEngine>,
    /// Wakes the search indexer when an outcome changed.
    pub index_notify: Arc<tokio::sync::Notify>,
    /// Opinion maps as last read, by dialogue and revision.
    pub maps: Arc<kenes_core::dialogues::map::LastRead>,
}

/// The server's state. `startup` provides it to every render, so its absence is a wiring
/// mistake (any test that renders a page finds it), not a condition a page could answer.
pub fn app_state() -> AppState {
    expect_context::<AppState>()
}

/// Runs blocking database work off the async executor and maps errors for the client
/// without leaking their details (they are logged).
pub async fn with_db<F, R>(f: F) -> Result<R, ServerFnError>
where
    F: FnOnce(&mut kenes_core::Db) -> kenes_core::DbResult<R> + Send + 'static,
    R: Send + 'static,
{
    kenes_core::db::interact(&app_state().pool, f)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "database");
            ServerFnError::new("database unavailable")
        })
}

/// The client's address and browser, for sessions, rate limits and the audit log.
pub fn client() -> Client {
    match use_context::<leptos_actix::Request>() {
        Some(req) => client_of(&req),
        None => Client::default(),
    }
}

/// The client of a request handled outside the Leptos app (APIs).
pub fn client_of(req: &actix_web::HttpRequest) -> Client {
    Client {
        ip: req.peer_addr().map(|a| a.ip().to_string()),
        user_agent: req
            .headers()
            .get(actix_web::http::header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|s| s.chars().take(200).collect()),
    }
}
