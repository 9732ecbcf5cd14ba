//! Recomputes the opinion maps of dialogues whose votes changed
//! (`kenes_core::dialogues::map::refresh_stale`) every `interval`, off the request path:
//! a vote never waits for a map. Several nodes (and a page) may compute one at once; when
//! two keep theirs in the same moment, the second write is dropped (it is no fresher).

use std::time::Duration;

use chrono::Utc;
use kenes_core::db::interact;
use kenes_core::Pool;

/// Maps recomputed per round, so that one round stays short.
const PER_ROUND: i64 = 20;

pub async fn run(pool: Pool, interval: Duration) {
    loop {
        let refreshed = interact(&pool, |c| {
            kenes_core::dialogues::map::refresh_stale(c, PER_ROUND, Utc::now().naive_utc())
        })
        .await;
        match refreshed {
            Ok(0) => {}
            Ok(n) => tracing::debug!(maps = n, "opinion maps recomputed"),
            Err(e) => tracing::warn!(error = %e, "recomputing opinion maps failed"),
        }
        tokio::time::sleep(interval).await;
    }
}
