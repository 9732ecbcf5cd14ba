//! Rate limits counted in the database: the budget, the wait it reports, and several nodes
//! (connections) counting one key at once.

use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta, Utc};
use kenes_core::db::interact;
use kenes_core::limits::{forget_spent, hit};
use kenes_core::testing::migrated;
use kenes_core::{both_backends, Backend, DbError, Pool};

async fn hit_at(pool: &Pool, key: &'static str, now: NaiveDateTime) -> Result<(), Duration> {
    interact::<_, _, DbError>(pool, move |c| hit(c, "sign_in_ip", key, 3, now))
        .await
        .expect("counted")
}

async fn budget_is_spent_then_refills(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    let now = Utc::now().naive_utc();
    for _ in 0..3 {
        assert_eq!(hit_at(&pool, "10.0.0.1", now).await, Ok(()));
    }
    let wait = hit_at(&pool, "10.0.0.1", now).await.unwrap_err();
    assert_eq!(
        wait,
        Duration::from_secs(20 * 60),
        "one attempt refills every 20 minutes"
    );
    assert_eq!(hit_at(&pool, "10.0.0.2", now).await, Ok(()), "other keys");
    let other_budget =
        interact::<_, _, DbError>(&pool, move |c| hit(c, "reset_ip", "10.0.0.1", 1, now));
    assert_eq!(other_budget.await.unwrap(), Ok(()), "other budgets");

    let later = now + TimeDelta::minutes(20);
    assert_eq!(hit_at(&pool, "10.0.0.1", later).await, Ok(()));
    assert!(hit_at(&pool, "10.0.0.1", later).await.is_err());

    // An hour on, every budget is whole and its row can go.
    let forgotten = interact(&pool, move |c| forget_spent(c, now + TimeDelta::hours(2)));
    assert_eq!(forgotten.await.unwrap(), 3);
    assert_eq!(hit_at(&pool, "10.0.0.1", later).await, Ok(()));
}

/// Two pools are two nodes: 40 attempts at once on one key let exactly the budget through.
async fn nodes_count_together(backend: Backend) {
    let (db, first) = migrated(backend).await;
    let nodes = [
        first,
        kenes_core::db::connect(&db.url, 4).expect("second node"),
    ];
    let now = Utc::now().naive_utc();
    let attempts = (0..40).map(|i| {
        let pool = nodes[i % 2].clone();
        tokio::spawn(async move {
            interact::<_, _, DbError>(&pool, move |c| {
                hit(c, "mail_address", "a@example.kz", 5, now)
            })
            .await
            .expect("counted")
        })
    });
    let mut allowed = 0;
    for attempt in attempts.collect::<Vec<_>>() {
        allowed += usize::from(attempt.await.unwrap().is_ok());
    }
    assert_eq!(allowed, 5);
}

both_backends! {
    budget => budget_is_spent_then_refills,
    nodes => nodes_count_together,
}
