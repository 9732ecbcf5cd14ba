//! Runs the legal clock's sweep (`kenes_core::escalation`) every `interval` and wakes the
//! mail worker when it queued mails. Safe on several nodes: each step is guarded in the
//! database.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use kenes_core::db::interact;
use kenes_core::{escalation, Pool};
use tokio::sync::Notify;

pub async fn run(pool: Pool, public_url: String, interval: Duration, mail: Arc<Notify>) {
    loop {
        let url = public_url.clone();
        let swept = interact(&pool, move |c| {
            let compose = move |l: &str, code: &str, n: &kenes_core::notices::Notice| {
                kenes_app::mails::compose_notice(&url, l, code, n)
            };
            escalation::sweep(c, Utc::now().naive_utc(), &compose)
        })
        .await;
        match swept {
            Ok(s) if s.escalated + s.notified > 0 => {
                tracing::info!(
                    escalated = s.escalated,
                    notified = s.notified,
                    "deadlines swept"
                );
                mail.notify_one();
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "deadline sweep failed"),
        }
        tokio::time::sleep(interval).await;
    }
}
