//! What server functions need from the server, provided per request as context.

use kenes_core::Pool;
use leptos::prelude::*;

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
}

/// The database pool, for server functions.
pub fn pool() -> Result<Pool, ServerFnError> {
    use_context::<AppState>()
        .map(|s| s.pool)
        .ok_or_else(|| ServerFnError::new("application state missing from context"))
}

/// Runs blocking database work off the async executor and maps errors for the client
/// without leaking their details (they are logged).
pub async fn with_db<F, R>(f: F) -> Result<R, ServerFnError>
where
    F: FnOnce(&mut kenes_core::Db) -> kenes_core::DbResult<R> + Send + 'static,
    R: Send + 'static,
{
    kenes_core::db::interact(&pool()?, f).await.map_err(|e| {
        tracing::error!(error = %e, "database");
        ServerFnError::new("database unavailable")
    })
}
