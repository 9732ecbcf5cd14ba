//! Runs the legal clock's sweep (`kenes_core::grievances::escalation`), the follow-up of
//! agreements' commitments (`kenes_core::mediation::commitments`), the early-warning sweep
//! (`kenes_core::oversight::alerts`) and the dialogues' answer deadlines
//! (`kenes_core::dialogues::escalation`) every `interval`, and wakes the mail worker when
//! they queued mails. Safe on several nodes: each step is guarded in the database. Also
//! refreshes the query planner's statistics (`kenes_core::db::optimize`) and forgets
//! rate-limit rows whose budget is whole again.

use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDateTime, Utc};
use kenes_core::db::interact;
use kenes_core::error::Error;
use kenes_core::mail::Site;
use kenes_core::{dialogues, grievances, mediation, oversight, Db, Pool};
use tokio::sync::Notify;

pub async fn run(pool: Pool, site: Site, interval: Duration, mail: Arc<Notify>) {
    let clock = Clock { pool, site, mail };
    loop {
        clock.tick().await;
        tokio::time::sleep(interval).await;
    }
}

/// What every sweep needs: the database, the site its mails link to, and the mail worker
/// to wake.
struct Clock {
    pool: Pool,
    site: Site,
    mail: Arc<Notify>,
}

impl Clock {
    /// One round of every sweep; a failed one is logged and the others still run.
    async fn tick(&self) {
        if let Some(s) = self.sweep("deadline", grievances::escalation::sweep).await {
            metrics::counter!("kenes_escalations_total").increment(s.escalated as u64);
            metrics::counter!("kenes_deadline_notices_total").increment(s.notified as u64);
            if self.queued(s.escalated + s.notified) {
                let (escalated, notified) = (s.escalated, s.notified);
                tracing::info!(escalated, notified, "deadlines swept");
            }
        }
        // Agreements' commitments fall due on the same working-day clock.
        if let Some(f) = self
            .sweep("commitment", mediation::commitments::sweep)
            .await
        {
            if self.queued(f.asked + f.settled) {
                let (asked, settled) = (f.asked, f.settled);
                tracing::info!(asked, settled, "commitments followed up");
            }
        }
        // Early warnings on the same clock: they read the same recent grievances.
        if let Some(raised) = self.sweep("early-warning", oversight::alerts::sweep).await {
            metrics::counter!("kenes_alerts_raised_total").increment(raised.len() as u64);
            if self.queued(raised.len()) {
                tracing::info!(alerts = raised.len(), "early warnings raised");
            }
        }
        // Dialogues whose bodies let the answer deadline pass go up a level.
        if let Some(ids) = self.sweep("dialogue", dialogues::escalation::sweep).await {
            if self.queued(ids.len()) {
                tracing::info!(dialogues = ids.len(), "overdue dialogue answers raised");
            }
        }
        // Fresh statistics keep the dashboard's rollup reads on the right indexes.
        if let Err(e) = interact(&self.pool, kenes_core::db::optimize).await {
            tracing::warn!(error = %e, "optimize failed");
        }
        // Keys whose budget is whole again need no row.
        let now = Utc::now().naive_utc();
        if let Err(e) = interact(&self.pool, move |c| {
            kenes_core::limits::forget_spent(c, now)
        })
        .await
        {
            tracing::warn!(error = %e, "forgetting spent rate limits failed");
        }
    }

    /// Wakes the mail worker when a sweep did something (each step queues its mails);
    /// says whether it did.
    fn queued(&self, done: usize) -> bool {
        if done > 0 {
            self.mail.notify_one();
        }
        done > 0
    }

    /// Runs one sweep now; its failure is logged here, once.
    async fn sweep<T, E>(
        &self,
        name: &'static str,
        sweep: fn(&mut Db, NaiveDateTime, &Site) -> Result<T, E>,
    ) -> Option<T>
    where
        T: Send + 'static,
        E: Into<Error> + From<kenes_core::DbError> + Send + 'static,
    {
        let site = self.site.clone();
        let swept = interact(&self.pool, move |c| sweep(c, Utc::now().naive_utc(), &site)).await;
        swept
            .map_err(|e| tracing::warn!(error = %e.into(), sweep = name, "sweep failed"))
            .ok()
    }
}
