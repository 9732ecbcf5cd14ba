//! The mail worker is killed (SIGKILL, as a crash or an OOM kill would) in the middle of
//! delivering a queue of mails to a real SMTP server, then the server is started again:
//! every mail arrives. SMTP cannot make delivery exactly-once — a kill between the server's
//! "250 accepted" and the database recording it leaves one mail unrecorded — so that mail is
//! sent again, with the same Message-ID, which receivers use to drop the copy. The test
//! shows: nothing lost, no mail delivered twice except that one in flight, and its copy
//! carries the same Message-ID.

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use kenes_core::db::{self, interact};
use kenes_core::mail::{self, MailDraft};
use kenes_core::testing::TestDatabase;
use kenes_core::{both_backends, Backend};

const MAILS: usize = 120;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Kills the child when the test ends, however it ends.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn smtp_sink(port: u16, folder: &Path) -> Guard {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../e2e/smtp_sink.py");
    let child = Command::new("python3")
        .args([script, &port.to_string(), folder.to_str().unwrap()])
        .stdout(Stdio::null())
        .spawn()
        .expect("python3 with aiosmtpd (installed by scripts/bootstrap.sh)");
    wait_for(
        || std::net::TcpStream::connect(("127.0.0.1", port)).is_ok(),
        "SMTP sink",
    );
    Guard(child)
}

fn server(url: &str, smtp_port: u16, site: &Path) -> Guard {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_kenes"))
        .arg("serve")
        .env("DATABASE_URL", url)
        .env("KENES_BIND", format!("127.0.0.1:{port}"))
        .env("KENES_SMTP_URL", format!("smtp://127.0.0.1:{smtp_port}"))
        .env("KENES_SITE_ROOT", site)
        .env("KENES_SEARCH_DIR", site.join("search"))
        .env("KENES_MAIL_LEASE_SECS", "2")
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .spawn()
        .expect("kenes binary");
    Guard(child)
}

fn wait_for(mut ready: impl FnMut() -> bool, what: &str) {
    let start = Instant::now();
    while !ready() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{what} not ready in 60 s"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Received mails by Message-ID, with how often each arrived.
fn received(folder: &Path) -> BTreeMap<String, usize> {
    let mut seen = BTreeMap::new();
    for entry in std::fs::read_dir(folder).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).unwrap();
            let mail: serde_json::Value = serde_json::from_str(&text).unwrap();
            let id = mail["message_id"].as_str().unwrap().to_owned();
            *seen.entry(id).or_insert(0) += 1;
        }
    }
    seen
}

async fn killed_worker_loses_nothing(backend: Backend) {
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
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("pkg")).unwrap();
    let inbox = tempfile::tempdir().unwrap();
    let smtp_port = free_port();
    let _sink = smtp_sink(smtp_port, inbox.path());

    let mut first = server(&database.url, smtp_port, site.path());
    wait_for(
        || received(inbox.path()).len() >= MAILS / 4,
        "first deliveries",
    );
    first.0.kill().unwrap();
    first.0.wait().unwrap();
    let at_kill: usize = received(inbox.path()).values().sum();
    assert!(
        at_kill < MAILS,
        "killed mid-run ({at_kill} of {MAILS} delivered)"
    );

    let _second = server(&database.url, smtp_port, site.path());
    wait_for(|| received(inbox.path()).len() == MAILS, "all deliveries");
    let unsent = interact::<_, _, kenes_core::DbError>(&pool, |c| {
        use diesel::prelude::*;
        use kenes_core::schema::mail_outbox;
        // The last mail may still be on its way to the database after the sink has it.
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

both_backends! {
    killed => killed_worker_loses_nothing,
}
