//! PostgreSQL goes down under load for a few seconds and comes back. Kenes reconnects by
//! itself: during the outage every request is answered — a "try again shortly" page or a
//! JSON 503 — within the pool's timeout, never a panic or a hang; afterwards it serves again
//! without a restart, and nothing is half-written.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kenes_core::db::{self, interact};
use kenes_core::DbError;

use crate::harness::{client, free_port, wait_for, Kenes, PrivatePostgres, Setup};
use crate::records::stored;

/// The pool timeout Kenes is given: the longest a request may wait for the database.
const POOL_TIMEOUT_SECS: u64 = 3;
const OUTAGE: Duration = Duration::from_secs(4);

/// One answer the server gave: what was asked, when, how long it took and what came back.
#[derive(Debug, Clone)]
struct Answer {
    what: &'static str,
    at: Instant,
    took: Duration,
    status: u16,
    body: String,
    /// The `x-request-id` the response carried.
    request_id: String,
}

type Answers = Arc<Mutex<Vec<Answer>>>;

/// Asks one thing of the server again and again until told to stop.
async fn keep_asking(
    address: String,
    what: &'static str,
    api_key: String,
    stop: Arc<AtomicBool>,
    answers: Answers,
) {
    let http = client();
    let mut i = 0;
    while !stop.load(Ordering::Relaxed) {
        i += 1;
        let at = Instant::now();
        let request = match what {
            "open311" => http
                .post(format!("{address}/open311/v2/requests.json"))
                .form(&[
                    ("api_key", api_key.as_str()),
                    ("service_code", "utilities"),
                    ("address_id", "1132"),
                    ("email", &format!("resident{i}@example.kz")),
                    ("description", "Во всём квартале нет воды третий день."),
                ]),
            _ => http
                .get(format!("{address}/grievances"))
                .header("Accept-Language", "en"),
        };
        let res = request.send().await.expect("Kenes answers every request");
        let status = res.status().as_u16();
        let request_id = res
            .headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let body = res.text().await.expect("a whole answer");
        answers.lock().unwrap().push(Answer {
            what,
            at,
            took: at.elapsed(),
            status,
            body,
            request_id,
        });
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// An answer that says "the database is away, try again" in the way its client reads.
fn says_try_again(a: &Answer) -> bool {
    match a.what {
        "open311" => a.status == 503 && a.body.contains("try again"),
        _ => a.body.contains("The service is restarting"),
    }
}

fn served(a: &Answer) -> bool {
    match a.what {
        "open311" => a.status == 201,
        _ => {
            a.status == 200
                && a.body.contains("<h1")
                && !says_try_again(a)
                && !a.body.contains("Something went wrong")
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_restarted_under_load() {
    let pg = PrivatePostgres::start();
    let pool = db::connect(&pg.url(), 2).unwrap();
    let api_key = interact::<_, _, DbError>(&pool, |c| {
        db::run_migrations(c)?;
        kenes_core::reference::load(c)?;
        let now = chrono::Utc::now().naive_utc();
        kenes_core::accounts::api_keys::create(c, "Fault app", now)
    })
    .await
    .unwrap();
    let site = tempfile::tempdir().unwrap();
    let setup = Setup::new(&pg.url(), free_port(), site.path())
        .with("KENES_DB_POOL_TIMEOUT_SECS", &POOL_TIMEOUT_SECS.to_string());
    let mut kenes = Kenes::start(&setup);

    let stop = Arc::new(AtomicBool::new(false));
    let answers: Answers = Arc::default();
    let mut askers = vec![];
    for what in ["open311", "open311", "open311", "page", "page"] {
        askers.push(tokio::spawn(keep_asking(
            kenes.address.clone(),
            what,
            api_key.clone(),
            stop.clone(),
            answers.clone(),
        )));
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    pg.down();
    tokio::time::sleep(OUTAGE).await;
    pg.up();
    let back = Instant::now();
    wait_for(
        || {
            let answers = answers.lock().unwrap();
            ["open311", "page"].iter().all(|w| {
                answers
                    .iter()
                    .any(|a| a.what == *w && a.at > back && served(a))
            })
        },
        "filings and pages served again after the restart",
        Duration::from_secs(30),
    );
    stop.store(true, Ordering::Relaxed);
    for asker in askers {
        asker.await.expect("every request answered");
    }

    assert!(
        kenes.process.0.try_wait().unwrap().is_none(),
        "Kenes is still running"
    );
    let answers = answers.lock().unwrap().clone();
    let limit = Duration::from_secs(POOL_TIMEOUT_SECS + 4);
    for a in &answers {
        assert!(a.took < limit, "{} took {:?}", a.what, a.took);
        assert!(
            served(a) || says_try_again(a),
            "{} answered {} with neither its page nor a try-again: {}",
            a.what,
            a.status,
            &a.body[..a.body.len().min(300)]
        );
    }
    for what in ["open311", "page"] {
        assert!(
            answers.iter().any(|a| a.what == what && says_try_again(a)),
            "the outage was felt by {what}"
        );
    }
    // A reader who reports the page quotes the id that leads to its log lines.
    for a in answers
        .iter()
        .filter(|a| a.what == "page" && says_try_again(a))
    {
        assert!(!a.request_id.is_empty(), "a request id on every answer");
        assert!(
            a.body
                .contains(&format!("Reference for support: {}", a.request_id)),
            "the try-again page quotes its request id {}",
            a.request_id
        );
    }
    let filed: Vec<String> = answers
        .iter()
        .filter(|a| a.what == "open311" && a.status == 201)
        .map(|a| {
            let v: serde_json::Value = serde_json::from_str(&a.body).unwrap();
            v[0]["service_request_id"].as_str().unwrap().to_owned()
        })
        .collect();
    let db = interact(&pool, stored).await.unwrap();
    for code in &filed {
        assert!(
            db.grievances.contains_key(code),
            "acknowledged {code} was lost"
        );
    }
    db.assert_nothing_half_written();
}
