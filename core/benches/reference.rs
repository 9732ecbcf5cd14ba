//! Loading the reference data (mediation levels, the KATO list of places, categories and
//! holidays) into a fresh database, as a first start and every test database do: p50 and
//! p95 over repeated loads, on SQLite and on PostgreSQL. Not a test:
//! `cargo bench -p kenes-core --bench reference [-- ROUNDS]` (PostgreSQL from
//! `KENES_TEST_POSTGRES_URL`, as the tests use).

use std::time::{Duration, Instant};

use kenes_core::db::{self, interact};
use kenes_core::testing::{percentile_ms, TestDatabase};
use kenes_core::{reference, Backend};

/// One load into a freshly migrated database, timed alone.
async fn load_once(backend: Backend) -> (Duration, usize) {
    let tdb = TestDatabase::new(backend);
    let pool = db::connect(&tdb.url, 1).unwrap();
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        db::run_migrations(c)?;
        let t = Instant::now();
        let loaded = reference::load(c)?;
        Ok((t.elapsed(), loaded.jurisdictions))
    })
    .await
    .unwrap()
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let rounds: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10);
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let mut times = Vec::new();
        let mut places = 0;
        for _ in 0..rounds {
            let (t, n) = load_once(backend).await;
            times.push(t);
            places = n;
        }
        times.sort();
        println!(
            "{backend:?}: reference data ({places} places) loaded in p50 {:.0} ms, p95 {:.0} ms",
            percentile_ms(&times, 0.5),
            percentile_ms(&times, 0.95)
        );
    }
}
