//! SIGKILL during 30 concurrent filings — signed-in citizens through the form, guests
//! confirming their address, and an application through Open311 — then a restart, four
//! times over. Every
//! filing the server acknowledged is whole: the grievance, its first timeline event, its
//! mail queued, and its tracking code answering. No half-written filing exists anywhere in
//! the database.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::Utc;
use diesel::prelude::*;
use kenes_core::db::interact;
use kenes_core::grievances::filing::Filing;
use kenes_core::grievances::guest;
use kenes_core::schema::{mail_outbox, users};
use kenes_core::testing::{account, migrated, site};
use kenes_core::{both_backends, Backend, Db, DbError};
use kenes_i18n::Locale;

use crate::harness::{client, free_port, sign_in, wait_for, Kenes, Setup};
use crate::records::stored;

/// Workers per way of filing: 3 × 10 filings in flight at any moment.
const WORKERS: usize = 10;
/// Acknowledged filings to wait for before each kill: the server is busy by then.
const ACKED_BEFORE_KILL: usize = 40;
/// Start, file, kill: each round is one more chance to hit a write between two commits.
const ROUNDS: usize = 4;
const PASSWORD: &str = "a-long-enough-password";

/// A filing the server acknowledged: its tracking code and who must have been mailed.
#[derive(Debug, Clone)]
struct Acked {
    code: String,
    mailed_to: String,
}

type Acks = Arc<Mutex<Vec<Acked>>>;
/// Per guest worker, the (address, confirmation token) pairs it will follow.
type GuestLinks = Vec<Vec<(String, String)>>;

fn input() -> Filing {
    Filing {
        appeal_kind: "complaint".into(),
        category: "utilities".into(),
        kato: "1132".into(),
        title: "Нет воды".into(),
        body: "Во всём квартале нет воды третий день.".into(),
        lang: "ru".into(),
        privacy: "public_anonymous".into(),
        idempotency_key: String::new(),
        point: None,
        landmark: String::new(),
    }
}

fn citizen(w: usize) -> String {
    format!("citizen{w}@example.kz")
}

/// Accounts for the signed-in workers, an API key, and pending guest filings whose
/// confirmation links the guest workers will follow. Returns the key and, per guest
/// worker, its (address, token) pairs.
fn prepare(c: &mut Db) -> Result<(String, GuestLinks), DbError> {
    let now = Utc::now().naive_utc();
    for w in 0..WORKERS {
        account(c, &citizen(w), "Гражданин", "ru", now);
    }
    diesel::update(users::table)
        .set(users::email_verified_at.eq(now))
        .execute(c)?;
    let key = kenes_core::accounts::api_keys::create(c, "Fault app", now)?;
    let mut links = vec![];
    for w in 0..WORKERS {
        let mut own = vec![];
        for i in 0..10 * ROUNDS {
            let email = format!("guest{w}-{i}@example.kz");
            guest::request(c, &email, Locale::Ru, &input(), &[], &site(), now).unwrap();
            let token = confirmation_token(c, &email)?;
            own.push((email, token));
        }
        links.push(own);
    }
    Ok((key, links))
}

/// The token of the confirmation link mailed to `email`.
fn confirmation_token(c: &mut Db, email: &str) -> Result<String, DbError> {
    let body: String = mail_outbox::table
        .filter(mail_outbox::recipient.eq(email))
        .order(mail_outbox::id.desc())
        .select(mail_outbox::body)
        .first(c)?;
    let link = body
        .split("/file/confirm?token=")
        .nth(1)
        .expect("a confirmation link");
    Ok(link
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned())
}

/// The tracking code on a page that acknowledges a filing.
fn code_on(page: &str) -> Option<String> {
    let rest = page.split(r#"<p class="code big">"#).nth(1)?;
    Some(rest[..rest.find('<')?].to_owned())
}

/// Signs in and files through the form until the server goes away.
async fn signed_in_worker(address: String, w: usize, acks: Acks) {
    let http = client();
    let Ok(cookies) = sign_in(&http, &address, &citizen(w), PASSWORD).await else {
        return;
    };
    let filing = input();
    for i in 0.. {
        // Unique across rounds: a repeated key would only find the earlier filing.
        let nanos = std::time::UNIX_EPOCH.elapsed().unwrap().as_nanos();
        let key = format!("fault-{w}-{i}-{nanos}");
        let form = [
            ("idempotency_key", key.as_str()),
            ("appeal_kind", &filing.appeal_kind),
            ("category", &filing.category),
            ("kato", &filing.kato),
            ("title", &filing.title),
            ("body", &filing.body),
            ("lang", &filing.lang),
            ("privacy", &filing.privacy),
        ];
        let sent = http
            .post(format!("{address}/file"))
            .header("Origin", &address)
            .header("Cookie", &cookies)
            .form(&form)
            .send()
            .await;
        let Ok(page) = (match sent {
            Ok(res) => res.text().await,
            Err(e) => Err(e),
        }) else {
            return;
        };
        if let Some(code) = code_on(&page) {
            acks.lock().unwrap().push(Acked {
                code,
                mailed_to: citizen(w),
            });
        }
    }
}

/// Confirms pending guest filings by their links until the server goes away.
async fn guest_worker(address: String, links: Vec<(String, String)>, acks: Acks) {
    let http = client();
    for (email, token) in links {
        let sent = http
            .post(format!("{address}/file/confirm"))
            .header("Origin", &address)
            .form(&[("token", token.as_str())])
            .send()
            .await;
        let Ok(page) = (match sent {
            Ok(res) => res.text().await,
            Err(e) => Err(e),
        }) else {
            return;
        };
        if let Some(code) = code_on(&page) {
            acks.lock().unwrap().push(Acked {
                code,
                mailed_to: email,
            });
        }
    }
}

/// Files through Open311 until the server goes away.
async fn open311_worker(address: String, w: usize, key: String, acks: Acks) {
    let http = client();
    for i in 0.. {
        let email = format!("resident{w}-{i}@example.kz");
        let sent = http
            .post(format!("{address}/open311/v2/requests.json"))
            .form(&[
                ("api_key", key.as_str()),
                ("service_code", "utilities"),
                ("address_id", "1132"),
                ("email", email.as_str()),
                ("description", "Во всём квартале нет воды третий день."),
            ])
            .send()
            .await;
        let Ok(res) = sent else { return };
        if res.status() != reqwest::StatusCode::CREATED {
            continue;
        }
        let Ok(body) = res.json::<serde_json::Value>().await else {
            return;
        };
        let code = body[0]["service_request_id"].as_str().unwrap().to_owned();
        acks.lock().unwrap().push(Acked {
            code,
            mailed_to: email,
        });
    }
}

async fn killed_while_filing(backend: Backend) {
    let (database, pool) = migrated(backend).await;
    let (key, links) = interact(&pool, prepare).await.unwrap();
    let site = tempfile::tempdir().unwrap();
    // No SMTP server: mails stay queued, where the checks can see them.
    let setup = Setup::new(&database.url, free_port(), site.path())
        .with("KENES_RATE_SIGN_IN_PER_HOUR", "1000");
    let acks: Acks = Arc::default();
    for round in 0..ROUNDS {
        let mut kenes = Kenes::start(&setup);
        let before = acks.lock().unwrap().len();
        let mut workers = vec![];
        for (w, own) in links.iter().enumerate() {
            let a = kenes.address.clone();
            let own = own.chunks(own.len() / ROUNDS).nth(round).unwrap().to_vec();
            workers.push(tokio::spawn(signed_in_worker(a.clone(), w, acks.clone())));
            workers.push(tokio::spawn(guest_worker(a.clone(), own, acks.clone())));
            workers.push(tokio::spawn(open311_worker(
                a,
                w,
                key.clone(),
                acks.clone(),
            )));
        }
        wait_for(
            || acks.lock().unwrap().len() >= before + ACKED_BEFORE_KILL,
            "filings acknowledged before the kill",
            Duration::from_secs(120),
        );
        kenes.process.kill();
        for w in workers {
            w.await.expect("a worker ends when the server is gone");
        }
    }
    let acked = acks.lock().unwrap().clone();
    let kinds: BTreeSet<&str> = acked
        .iter()
        .map(|a| {
            a.mailed_to
                .split(|c: char| c.is_ascii_digit())
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(
        kinds,
        BTreeSet::from(["citizen", "guest", "resident"]),
        "all three ways of filing were acknowledged before the kill"
    );

    let kenes = Kenes::start(&setup);
    let db = interact(&pool, stored).await.unwrap();
    for a in &acked {
        let id = db.grievances.get(&a.code);
        assert!(id.is_some(), "acknowledged {} was lost", a.code);
        assert!(
            db.with_events.contains(id.unwrap()),
            "{} has no event",
            a.code
        );
        assert!(
            db.mailed(&a.mailed_to, &a.code),
            "{} was not mailed to {}",
            a.code,
            a.mailed_to
        );
    }
    db.assert_nothing_half_written();
    let http = client();
    for a in &acked {
        let page = http
            .get(format!("{}/track?code={}", kenes.address, a.code))
            .header("Accept-Language", "en")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            !page.contains("No grievance has this tracking code"),
            "{} does not answer on /track",
            a.code
        );
    }
}

both_backends! {
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    killed_while_filing => killed_while_filing,
}
