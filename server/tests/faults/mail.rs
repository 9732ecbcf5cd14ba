//! Mail survives its faults. The mail worker is killed (SIGKILL, as a crash or an OOM kill
//! would) in the middle of delivering a queue of mails to a real SMTP server, then the server
//! is started again: every mail arrives. SMTP cannot make delivery exactly-once — a kill between the server's
//! "250 accepted" and the database recording it leaves one mail unrecorded — so that mail is
//! sent again, with the same Message-ID, which receivers use to drop the copy. The test
//! shows: nothing lost, no mail delivered twice except that one in flight, and its copy
//! carries the same Message-ID.
//!
//! The mail server is also down for a while: mails queued meanwhile go out once it is back,
//! within seconds, each once.

use std::time::Duration;

use kenes_core::db::{self, interact};
use kenes_core::mail::{self, MailDraft};
use kenes_core::testing::TestDatabase;
use kenes_core::{both_backends, Backend, Pool};

use crate::harness::{free_port, received, smtp_sink, wait_for, Kenes, Setup};

const MAILS: usize = 120;

/// Every outbox row is marked sent (the last may reach the database after the sink has it).
async fn assert_all_marked_sent(pool: &Pool) {
    let unsent = interact::<_, _, kenes_core::DbError>(pool, |c| {
        use diesel::prelude::*;
        use kenes_core::schema::mail_outbox;
        for _ in 0..200 {
            let n: i64 = mail_outbox::table
                .filter(mail_outbox::sent_at.is_null())
                .count()
                .get_result(c)?;
            if n == 0 {
                return Ok(0);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(-1)
    })
    .await
    .unwrap();
    assert_eq!(unsent, 0, "every outbox row is marked sent");
}

/// A database with `MAILS` mails queued.
async fn queued(backend: Backend) -> (TestDatabase, Pool) {
    let database = TestDatabase::new(backend);
    let pool = db::connect(&database.url, 2).unwrap();
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        db::run_migrations(c)?;
        kenes_core::reference::load(c)?;
        let now = chrono::Utc::now().naive_utc();
        for i in 0..MAILS {
            let draft = MailDraft {
                subject: format!("Mail {i}"),
                body: format!("Body of mail {i}"),
            };
            mail::enqueue(c, &format!("citizen{i}@example.kz"), &draft, now)?;
        }
        Ok(())
    })
    .await
    .unwrap();
    (database, pool)
}

async fn killed_worker_loses_nothing(backend: Backend) {
    let (database, pool) = queued(backend).await;
    let site = tempfile::tempdir().unwrap();
    let inbox = tempfile::tempdir().unwrap();
    let smtp_port = free_port();
    let _sink = smtp_sink(smtp_port, inbox.path());

    let setup = Setup::new(&database.url, smtp_port, site.path());
    let mut first = Kenes::start(&setup);
    wait_for(
        || received(inbox.path()).len() >= MAILS / 4,
        "first deliveries",
        Duration::from_secs(60),
    );
    first.process.kill();
    let at_kill: usize = received(inbox.path()).values().sum();
    assert!(
        at_kill < MAILS,
        "killed mid-run ({at_kill} of {MAILS} delivered)"
    );

    let _second = Kenes::start(&setup);
    wait_for(
        || received(inbox.path()).len() == MAILS,
        "all deliveries",
        Duration::from_secs(60),
    );
    assert_all_marked_sent(&pool).await;
    // Give a wrongly repeated delivery the time to show up.
    std::thread::sleep(Duration::from_secs(3));
    let seen = received(inbox.path());
    assert_eq!(seen.len(), MAILS, "every mail arrived");
    let expected: Vec<String> = (1..=MAILS).map(|i| format!("<outbox-{i}@kenes>")).collect();
    let mut ids: Vec<&String> = seen.keys().collect();
    ids.sort_by_key(|id| {
        id.trim_start_matches("<outbox-")
            .trim_end_matches("@kenes>")
            .parse::<usize>()
            .unwrap_or(0)
    });
    assert_eq!(
        ids,
        expected.iter().collect::<Vec<_>>(),
        "each outbox row once, by its id"
    );
    let repeated: Vec<(&String, &usize)> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        repeated.len() <= 1 && repeated.iter().all(|(_, n)| **n == 2),
        "only the one mail in flight at the kill may arrive twice: {repeated:?}"
    );
}

/// The mail server is down while mails are queued and for a while after; once it is up,
/// every mail goes out within seconds (not after each mail's own backoff), once.
async fn mail_server_down_then_up(backend: Backend) {
    let (database, pool) = queued(backend).await;
    let site = tempfile::tempdir().unwrap();
    let inbox = tempfile::tempdir().unwrap();
    let smtp_port = free_port();
    let _kenes = Kenes::start(&Setup::new(&database.url, smtp_port, site.path()));
    // Long enough for the worker to try, fail and try again.
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert!(received(inbox.path()).is_empty());
    let _sink = smtp_sink(smtp_port, inbox.path());
    wait_for(
        || received(inbox.path()).len() == MAILS,
        "every mail once the mail server is back",
        Duration::from_secs(20),
    );
    assert_all_marked_sent(&pool).await;
    let seen = received(inbox.path());
    assert!(seen.values().all(|n| *n == 1), "each mail once: {seen:?}");
}

both_backends! {
    killed => killed_worker_loses_nothing,
    smtp_down => mail_server_down_then_up,
}
