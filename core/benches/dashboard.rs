//! The coordinator's dashboard and the public accountability page on a large database
//! (1,000,000 generated grievances by default), on SQLite and on PostgreSQL: the time to
//! compute each page's numbers, p50 and p95 over repeated requests. Not a test:
//! `cargo bench -p kenes-core --bench dashboard [-- COUNT]` (PostgreSQL from
//! `KENES_TEST_POSTGRES_URL`, as the tests use).

use std::time::Instant;

use chrono::Utc;
use diesel::prelude::*;
use kenes_core::actor::Actor;
use kenes_core::db::{self, interact};
use kenes_core::permissions::{Grant, Level, Role};
use kenes_core::testing::{percentile_ms, TestDatabase};
use kenes_core::{
    oversight::accountability, oversight::alerts, oversight::dashboard, reference, seed, Backend,
    Db,
};

/// Computes one page's numbers.
type Page = fn(&mut Db, &Actor);

fn dashboard_page(c: &mut Db, actor: &Actor) {
    let now = Utc::now().naive_utc();
    dashboard::summary(c, Some("19"), now).unwrap();
    dashboard::children(c, Some("19"), now).unwrap();
    dashboard::regions(c, dashboard::Measure::Open, now).unwrap();
    alerts::for_actor(c, actor, false, dashboard::ALERTS_SHOWN + 1).unwrap();
}

fn public_page(c: &mut Db) {
    accountability::by_region(c).unwrap();
}

fn region_page(c: &mut Db) {
    accountability::by_body(c, "19").unwrap();
}

async fn run(backend: Backend, count: usize) {
    let tdb = TestDatabase::new(backend);
    let pool = db::connect(&tdb.url, 2).unwrap();
    let started = Instant::now();
    interact::<_, _, kenes_core::Error>(&pool, move |c| {
        db::run_migrations(c)?;
        reference::load(c)?;
        seed::demo(c, count, true)?;
        // What a running portal does after a bulk load: the server's `db::optimize` on
        // SQLite, autovacuum on PostgreSQL (reclaiming the rollups' superseded row
        // versions too).
        match backend {
            Backend::Sqlite => db::optimize(c)?,
            Backend::Postgres => {
                diesel::sql_query("VACUUM ANALYZE").execute(c)?;
            }
        }
        Ok(())
    })
    .await
    .unwrap();
    println!(
        "{backend:?}: {count} grievances generated in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    let sizes = interact::<_, _, kenes_core::DbError>(&pool, |c| {
        use kenes_core::schema::{
            body_tallies, daily_filings, grievance_tallies, open_due_tallies,
        };
        Ok([
            grievance_tallies::table.count().get_result::<i64>(c)?,
            open_due_tallies::table.count().get_result::<i64>(c)?,
            daily_filings::table.count().get_result::<i64>(c)?,
            body_tallies::table.count().get_result::<i64>(c)?,
        ])
    })
    .await
    .unwrap();
    println!(
        "{backend:?}: rollup rows: {} by place, category and state; {} by place and due date; \
         {} by place and day; {} by body and days",
        sizes[0], sizes[1], sizes[2], sizes[3]
    );
    let actor = Actor::user(
        0,
        vec![Grant::new(Role::Coordinator)
            .level(Level::Regional)
            .kato("19")],
    );
    let pages: [(&str, Page); 7] = [
        ("dashboard (Almaty region)", dashboard_page),
        ("  its summary", |c, _| {
            dashboard::summary(c, Some("19"), Utc::now().naive_utc()).unwrap();
        }),
        ("  its places", |c, _| {
            dashboard::children(c, Some("19"), Utc::now().naive_utc()).unwrap();
        }),
        ("  its map", |c, _| {
            dashboard::regions(c, dashboard::Measure::Open, Utc::now().naive_utc()).unwrap();
        }),
        ("  its alerts", |c, a| {
            alerts::for_actor(c, a, false, dashboard::ALERTS_SHOWN + 1).unwrap();
        }),
        ("accountability, all regions", |c, _| public_page(c)),
        ("accountability, bodies of a region", |c, _| region_page(c)),
    ];
    for (name, page) in pages {
        let actor = actor.clone();
        let times = interact::<_, _, kenes_core::DbError>(&pool, move |c| {
            page(c, &actor); // warm the caches, as a running server would be
            let mut times = Vec::new();
            for _ in 0..30 {
                let t = Instant::now();
                page(c, &actor);
                times.push(t.elapsed());
            }
            Ok(times)
        })
        .await
        .unwrap();
        let mut times = times;
        times.sort();
        println!(
            "{backend:?}: {name}: p50 {:.1} ms, p95 {:.1} ms",
            percentile_ms(&times, 0.5),
            percentile_ms(&times, 0.95)
        );
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let count: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    for backend in [Backend::Sqlite, Backend::Postgres] {
        run(backend, count).await;
    }
}
