//! Runs the legal clock's sweep (`kenes_core::grievances::escalation`), the follow-up of
//! agreements' commitments (`kenes_core::mediation::commitments`) and the early-warning sweep
//! (`kenes_core::oversight::alerts`) every `interval`, and wakes the mail worker when they queued mails. Safe on several nodes: each step is guarded in the
//! database. Also refreshes the query planner's statistics (`kenes_core::db::optimize`) and forgets
//! rate-limit rows whose budget is whole again.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use kenes_core::db::interact;
use kenes_core::mail::Site;
use kenes_core::{grievances::escalation, Pool};
use tokio::sync::Notify;

pub async fn run(pool: Pool, site: Site, interval: Duration, mail: Arc<Notify>) {
    loop {
        let at = site.clone();
        let swept = interact(&pool, move |c| {
            escalation::sweep(c, Utc::now().naive_utc(), &at)
        })
        .await;
        // Agreements' commitments fall due on the same working-day clock.
        let at = site.clone();
        let followed = interact(&pool, move |c| {
            kenes_core::mediation::commitments::sweep(c, Utc::now().naive_utc(), &at)
        })
        .await;
        match followed {
            Ok(f) if f.asked + f.settled > 0 => {
                tracing::info!(
                    asked = f.asked,
                    settled = f.settled,
                    "commitments followed up"
                );
                mail.notify_one();
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "commitment sweep failed"),
        }
        // Early warnings on the same clock: they read the same recent grievances.
        let at = site.clone();
        let warned = interact(&pool, move |c| {
            kenes_core::oversight::alerts::sweep(c, Utc::now().naive_utc(), &at)
        })
        .await;
        // Dialogues whose bodies let the answer deadline pass go up a level.
        let at = site.clone();
        let raised = interact(&pool, move |c| {
            kenes_core::dialogues::escalation::sweep(c, Utc::now().naive_utc(), &at)
        })
        .await;
        match raised {
            Ok(ids) if !ids.is_empty() => {
                tracing::info!(dialogues = ids.len(), "overdue dialogue answers raised");
                mail.notify_one();
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "dialogue sweep failed"),
        }
        // Fresh statistics keep the dashboard's rollup reads on the right indexes.
        if let Err(e) = interact(&pool, kenes_core::db::optimize).await {
            tracing::warn!(error = %e, "optimize failed");
        }
        // Keys whose budget is whole again need no row.
        let now = Utc::now().naive_utc();
        if let Err(e) = interact(&pool, move |c| kenes_core::limits::forget_spent(c, now)).await {
            tracing::warn!(error = %e, "forgetting spent rate limits failed");
        }
        match warned {
            Ok(raised) if !raised.is_empty() => {
                metrics::counter!("kenes_alerts_raised_total").increment(raised.len() as u64);
                tracing::info!(alerts = raised.len(), "early warnings raised");
                mail.notify_one();
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "early-warning sweep failed"),
        }
        match swept {
            Ok(s) if s.escalated + s.notified > 0 => {
                metrics::counter!("kenes_escalations_total").increment(s.escalated as u64);
                metrics::counter!("kenes_deadline_notices_total").increment(s.notified as u64);
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
