//! Keeps the search index in step with the published outcomes. The database is the record:
//! every change to an outcome leaves a row in `search_outbox` in its own transaction, and
//! this worker brings the engine up to date from those rows. While the engine cannot be
//! reached the rows stay due and are tried on every round, so the index catches up as soon
//! as it is back; rows the engine refuses wait longer each time. `rebuild` empties the
//! index and fills it again from the database (`kenes reindex`).

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use kenes_core::db::interact;
use kenes_core::outcomes::{self, Outcome, OutcomeStatus};
use kenes_core::Pool;
use kenes_search::embedded::Embedded;
use kenes_search::meili::Meili;
use kenes_search::{OutcomeDoc, SearchEngine, SearchError};
use tokio::sync::Notify;

use crate::configuration::Settings;

/// Meilisearch when configured, else the embedded index under `search_dir`.
pub async fn engine(settings: &Settings) -> anyhow::Result<Arc<dyn SearchEngine>> {
    Ok(open(settings).await?.0)
}

/// The engine, and whether it starts empty (an embedded index made afresh: none was there,
/// or an older Kenes left one of another schema) and must be filled from the database.
pub async fn open(settings: &Settings) -> anyhow::Result<(Arc<dyn SearchEngine>, bool)> {
    Ok(match &settings.meili_url {
        Some(url) => (
            Arc::new(Meili::connect(url, settings.meili_key.as_deref()).await?),
            false,
        ),
        None => {
            let embedded = Embedded::open(&settings.search_dir)?;
            let created = embedded.created();
            (Arc::new(embedded), created)
        }
    })
}

/// Fills an index that started empty, in the background: searches find what is already in
/// it meanwhile.
pub async fn fill(pool: Pool, engine: Arc<dyn SearchEngine>) {
    match rebuild(&pool, engine.as_ref()).await {
        Ok(n) => tracing::info!(outcomes = n, "search index filled from the database"),
        Err(e) => tracing::error!(error = %e, "search index not filled; run `kenes reindex`"),
    }
}

pub fn doc(o: &Outcome) -> OutcomeDoc {
    OutcomeDoc {
        id: o.id,
        title: o.title.clone(),
        summary: o.summary.clone(),
        lang: o.lang.code().to_owned(),
        region: o.region_kato.clone(),
        level: o.level_code.clone(),
        category: o.category_code.clone(),
        result: o.result.to_string(),
        mediated: o.mediated,
        filed: o.filed_on,
        closed: o.closed_on,
        kind: o.kind.to_string(),
    }
}

const BATCH: i64 = 500;

/// Brings the index up to date with one batch of the outbox; returns how many rows it
/// handled (0 when nothing was due).
pub async fn sync_once(pool: &Pool, engine: &dyn SearchEngine) -> anyhow::Result<usize> {
    let now = Utc::now().naive_utc();
    let (rows, current, gone) = interact::<_, _, kenes_core::DbError>(pool, move |c| {
        let due = outcomes::index_due(c, now, BATCH)?;
        let mut current = Vec::new();
        let mut gone = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for &(_, id) in &due {
            if !seen.insert(id) {
                continue;
            }
            match outcomes::find(c, id)? {
                Some(o) if o.status == OutcomeStatus::Published => current.push(doc(&o)),
                _ => gone.push(id),
            }
        }
        Ok((
            due.into_iter().map(|(row, _)| row).collect::<Vec<_>>(),
            current,
            gone,
        ))
    })
    .await?;
    if rows.is_empty() {
        return Ok(0);
    }
    let pushed = async {
        if !current.is_empty() {
            engine.upsert(current).await?;
        }
        if !gone.is_empty() {
            engine.delete(gone).await?;
        }
        Ok::<_, kenes_search::SearchError>(())
    }
    .await;
    let handled = rows.len();
    let now = Utc::now().naive_utc();
    match pushed {
        Ok(()) => interact(pool, move |c| outcomes::index_done(c, &rows, now)).await?,
        // The rows stay due: the next round (a publication, or `interval`) tries again, and
        // the index catches up as soon as the engine is back.
        Err(e @ SearchError::Unreachable(_)) => {
            let error = e.to_string();
            interact(pool, move |c| outcomes::index_unreachable(c, &rows, &error)).await?;
            return Err(e.into());
        }
        Err(e) => {
            let error = e.to_string();
            interact(pool, move |c| outcomes::index_failed(c, &rows, &error, now)).await?;
            return Err(e.into());
        }
    }
    Ok(handled)
}

/// Runs until the process ends: after every wake-up (a publication) or `interval`.
pub async fn run(pool: Pool, engine: Arc<dyn SearchEngine>, wake: Arc<Notify>, interval: Duration) {
    loop {
        loop {
            match sync_once(&pool, engine.as_ref()).await {
                Ok(n) if n as i64 == BATCH => continue,
                Ok(0) => break,
                Ok(n) => {
                    tracing::info!(outcomes = n, engine = engine.name(), "search index updated");
                    break;
                }
                Err(e) => {
                    tracing::warn!(error = %e, "search index update failed; will retry");
                    break;
                }
            }
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(interval) => {}
        }
    }
}

/// Empties the index and adds every published outcome again; returns how many.
pub async fn rebuild(pool: &Pool, engine: &dyn SearchEngine) -> anyhow::Result<usize> {
    engine.clear().await?;
    let started = Utc::now().naive_utc();
    let mut offset = 0;
    loop {
        let page = interact(pool, move |c| {
            outcomes::published(c, &Default::default(), 1000, offset)
        })
        .await?;
        if page.is_empty() {
            break;
        }
        offset += page.len() as i64;
        engine.upsert(page.iter().map(doc).collect()).await?;
    }
    // What was queued before the rebuild began is now in the index.
    interact(pool, move |c| {
        let due = outcomes::index_due(c, started, i64::MAX)?;
        let rows: Vec<i64> = due.into_iter().map(|(row, _)| row).collect();
        outcomes::index_done(c, &rows, started)
    })
    .await?;
    Ok(offset as usize)
}
