//! Delivers the mail outbox: claims due mails, sends them through lettre (SMTP, or files
//! under `data/mail` by default) and records the outcome, retrying with backoff.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::web;
use chrono::Utc;
use kenes_app::state::AppState;
use kenes_core::db::interact;
use kenes_core::mail::{self, DueMail};
use kenes_core::Pool;
use lettre::message::header::ContentType;
use lettre::{FileTransport, Message, SmtpTransport, Transport};
use tokio::sync::Notify;

pub enum Mailer {
    File(FileTransport),
    Smtp(Box<SmtpTransport>),
}

impl Mailer {
    pub fn new(smtp_url: Option<&str>, mail_dir: PathBuf) -> anyhow::Result<Self> {
        Ok(match smtp_url {
            Some(url) => Mailer::Smtp(Box::new(
                SmtpTransport::from_url(url)?
                    .timeout(Some(Duration::from_secs(20)))
                    .build(),
            )),
            None => {
                std::fs::create_dir_all(&mail_dir)?;
                Mailer::File(FileTransport::new(mail_dir))
            }
        })
    }

    fn send(&self, message: &Message) -> Result<(), Failure> {
        match self {
            // A mail folder that cannot be written (a full disk) is no fault of the mail.
            Mailer::File(t) => t
                .send(message)
                .map(|_| ())
                .map_err(|e| Failure::Unreachable(e.to_string())),
            Mailer::Smtp(t) => t.send(message).map(|_| ()).map_err(|e| {
                // No SMTP answer at all (refused, reset, timed out), or "421 closing": the
                // server is down, not this mail's recipient.
                let down = (e.status().is_none() && !e.is_client())
                    || e.status().is_some_and(|code| code.to_string() == "421");
                if down {
                    Failure::Unreachable(e.to_string())
                } else {
                    Failure::Refused(e.to_string())
                }
            }),
        }
    }
}

/// Why a mail was not delivered.
enum Failure {
    /// The mail server is out of reach. The mail goes back to the queue as it was, and the
    /// worker waits a little before it tries again, so that mails flow as soon as the server
    /// is back instead of each one waiting out its own backoff.
    Unreachable(String),
    /// This mail was refused or cannot be built: it waits longer after each attempt.
    Refused(String),
}

/// The worker's pause while the mail server is out of reach: 1 s, doubling up to 30 s.
fn pause_after(outages: u32) -> Duration {
    Duration::from_secs(1 << outages.min(5)).min(Duration::from_secs(30))
}

fn build(from: &str, mail: &DueMail) -> Result<Message, Failure> {
    Message::builder()
        .from(
            from.parse()
                .map_err(|e| Failure::Refused(format!("sender: {e}")))?,
        )
        .to(mail
            .recipient
            .parse()
            .map_err(|e| Failure::Refused(format!("recipient: {e}")))?)
        // Stable per outbox row: a receiver can drop the duplicate of a retried delivery.
        .message_id(Some(format!("<outbox-{}@kenes>", mail.id)))
        .subject(mail.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body.clone())
        .map_err(|e| Failure::Refused(e.to_string()))
}

/// Any write may queue mail in its transaction (a filing, a step, an invitation, an alert),
/// so every POST, whichever page, API or form it reaches, wakes the worker once it has
/// been answered. Pages need not remember to.
pub async fn wake_after_posts(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let wake = (req.method() == Method::POST)
        .then(|| req.app_data::<web::Data<AppState>>())
        .flatten()
        .map(|state| state.mail_notify.clone());
    let res = next.call(req).await?;
    if let Some(notify) = wake {
        notify.notify_one();
    }
    Ok(res)
}

/// Runs until the process ends. `notify` wakes it as soon as a mail is queued.
pub async fn run(
    pool: Pool,
    mailer: Arc<Mailer>,
    from: String,
    notify: Arc<Notify>,
    lease: chrono::Duration,
    poll: Duration,
) {
    let mut outages = 0;
    loop {
        let claimed = interact(&pool, move |c| {
            mail::claim_due(c, Utc::now().naive_utc(), 20, lease)
        })
        .await;
        let mails = match claimed {
            Ok(mails) => mails,
            Err(e) => {
                tracing::warn!(error = %e, "mail outbox unavailable");
                Vec::new()
            }
        };
        let idle = mails.is_empty();
        match deliver(&pool, &mailer, &from, mails).await {
            Delivered::All => outages = 0,
            Delivered::ServerDown => {
                tokio::time::sleep(pause_after(outages)).await;
                outages += 1;
                continue;
            }
        }
        if idle {
            tokio::select! {
                _ = notify.notified() => {}
                _ = tokio::time::sleep(poll) => {}
            }
        }
    }
}

enum Delivered {
    /// Every mail of the batch was sent or recorded as refused.
    All,
    /// The mail server went out of reach; the rest of the batch is back in the queue.
    ServerDown,
}

/// Sends a claimed batch one by one and records each outcome.
async fn deliver(pool: &Pool, mailer: &Arc<Mailer>, from: &str, mails: Vec<DueMail>) -> Delivered {
    let mut left: Vec<i64> = mails.iter().map(|m| m.id).collect();
    for m in mails {
        let mailer = mailer.clone();
        let from = from.to_owned();
        let (m, outcome) = tokio::task::spawn_blocking(move || {
            let outcome = build(&from, &m).and_then(|msg| mailer.send(&msg));
            (m, outcome)
        })
        .await
        .expect("mail delivery task");
        let id = m.id;
        let down = matches!(outcome, Err(Failure::Unreachable(_)));
        let unsent = if down { left.clone() } else { vec![id] };
        left.retain(|other| *other != id);
        let recorded = interact(pool, move |c| {
            let now = Utc::now().naive_utc();
            match &outcome {
                Ok(()) => mail::mark_sent(c, m.id, now),
                Err(Failure::Unreachable(e)) => {
                    tracing::warn!(error = %e, "mail server unreachable");
                    mail::release(c, &unsent, e)
                }
                Err(Failure::Refused(e)) => {
                    tracing::warn!(mail = m.id, attempt = m.attempts + 1, error = %e, "mail delivery failed");
                    mail::mark_failed(c, &m, e, now)
                }
            }
        })
        .await;
        if let Err(e) = recorded {
            tracing::error!(mail = id, error = %e, "cannot record mail outcome");
        }
        if down {
            return Delivered::ServerDown;
        }
    }
    Delivered::All
}
