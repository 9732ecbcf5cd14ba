//! Meilisearch goes away. Kenes starts without it, citizens file, outcomes are published;
//! searching says "unavailable for a moment" meanwhile (the page, and a JSON 503 for the
//! exports). Once Meilisearch is back the index catches up by itself: every published
//! outcome is found, none twice.

use std::time::{Duration, Instant};

use diesel::prelude::*;
use kenes_core::db::interact;
use kenes_core::schema::{outcomes, search_outbox};
use kenes_core::testing::migrated;
use kenes_core::{both_backends, Backend, DbError, Pool};

use crate::harness::{
    client, file, free_port, sign_in, with_citizen, Kenes, Meilisearch, Setup, EMAIL, FILED,
    MEILI_KEY, PASSWORD,
};

const UNAVAILABLE: &str = "Search is unavailable for a moment.";

/// Publishes the demo's outcomes, replacing the earlier demo (the demo seed publishes as a
/// coordinator would: each outcome with its search-outbox row, in one transaction; the
/// replaced ones leave the index the same way); returns how many are published.
async fn publish_demo(pool: &Pool, grievances: usize) -> i64 {
    interact::<_, _, kenes_core::Error>(pool, move |c| {
        kenes_core::seed::demo(c, grievances, true)?;
        Ok(outcomes::table
            .filter(outcomes::status.eq("published"))
            .count()
            .get_result(c)?)
    })
    .await
    .unwrap()
}

/// The outcomes the public export finds (it reads the search engine), or its status.
async fn exported(kenes: &Kenes) -> Result<usize, u16> {
    let res = client()
        .get(format!("{}/outcomes.json", kenes.address))
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    let body: serde_json::Value = res.json().await.unwrap();
    match status {
        200 => Ok(body["outcomes"].as_array().unwrap().len()),
        _ => Err(status),
    }
}

async fn search_page(kenes: &Kenes) -> String {
    client()
        .get(format!("{}/outcomes", kenes.address))
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn waiting_rows(pool: &Pool) -> (i64, i32) {
    interact::<_, _, DbError>(pool, |c| {
        let due = search_outbox::table.filter(search_outbox::done_at.is_null());
        Ok((
            due.count().get_result(c)?,
            due.select(diesel::dsl::max(search_outbox::attempts))
                .first::<Option<i32>>(c)?
                .unwrap_or(0),
        ))
    })
    .await
    .unwrap()
}

async fn index_catches_up_after_the_engine_was_away(backend: Backend) {
    let (database, pool) = migrated(backend).await;
    with_citizen(&pool).await;
    let mut meili = Meilisearch::start();
    let site = tempfile::tempdir().unwrap();
    let setup = Setup::new(&database.url, free_port(), site.path())
        .with("MEILI_URL", &meili.url())
        .with("MEILI_KEY", MEILI_KEY)
        .with("KENES_SEARCH_INTERVAL_SECS", "1");
    let mut kenes = Kenes::start(&setup);
    let before = publish_demo(&pool, 30).await;
    assert!(before > 0, "the demo publishes outcomes");
    wait_until_found(&kenes, before).await;

    // The engine goes away, and Kenes restarts meanwhile: it must start without it.
    meili.down();
    kenes.process.kill();
    let kenes = Kenes::start(&setup);
    let cookies = sign_in(&client(), &kenes.address, EMAIL, PASSWORD)
        .await
        .unwrap();
    let page = file(&kenes, &cookies, false).await;
    assert!(page.contains(FILED), "filing goes on: {page}");
    let after = publish_demo(&pool, 60).await;
    assert!(after > before, "publishing goes on");
    assert!(search_page(&kenes).await.contains(UNAVAILABLE));
    assert_eq!(exported(&kenes).await, Err(503));
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (waiting, attempts) = waiting_rows(&pool).await;
    assert!(waiting > 0, "the new outcomes wait in the outbox");
    assert_eq!(
        attempts, 0,
        "an unreachable engine counts no attempt against them"
    );

    meili.up();
    wait_until_found(&kenes, after).await;
    // The worker marks its rows done after the engine took them, so the last batch may be
    // searchable a moment before its rows are marked.
    wait_until_outbox_empty(&pool).await;
    assert!(!search_page(&kenes).await.contains(UNAVAILABLE));
}

/// Waits (at most 20 s) until no outbox row waits any more.
async fn wait_until_outbox_empty(pool: &Pool) {
    let start = Instant::now();
    loop {
        let (waiting, _) = waiting_rows(pool).await;
        if waiting == 0 {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{waiting} outbox rows still wait"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Waits (at most 20 s) until the export finds exactly `published` outcomes.
async fn wait_until_found(kenes: &Kenes, published: i64) {
    let start = Instant::now();
    loop {
        let found = exported(kenes).await;
        if found == Ok(published as usize) {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the index has {found:?} of {published} published outcomes"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

both_backends! {
    search_down => index_catches_up_after_the_engine_was_away,
}
