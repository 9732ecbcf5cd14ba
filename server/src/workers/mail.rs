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

    fn send(&self, message: &Message) -> Result<(), String> {
        match self {
            Mailer::File(t) => t.send(message).map(|_| ()).map_err(|e| e.to_string()),
            Mailer::Smtp(t) => t.send(message).map(|_| ()).map_err(|e| e.to_string()),
        }
    }
}

fn build(from: &str, mail: &DueMail) -> Result<Message, String> {
    Message::builder()
        .from(from.parse().map_err(|e| format!("sender: {e}"))?)
        .to(mail
            .recipient
            .parse()
            .map_err(|e| format!("recipient: {e}"))?)
        // Stable per outbox row: a receiver can drop the duplicate of a retried delivery.
        .message_id(Some(format!("<outbox-{}@kenes>", mail.id)))
        .subject(mail.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body.clone())
        .map_err(|e| e.to_string())
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
        for m in mails {
            let mailer = mailer.clone();
            let from = from.clone();
            let (m, outcome) = tokio::task::spawn_blocking(move || {
                let outcome = build(&from, &m).and_then(|msg| mailer.send(&msg));
                (m, outcome)
            })
            .await
            .expect("mail delivery task");
            let id = m.id;
            let recorded = interact(&pool, move |c| {
                let now = Utc::now().naive_utc();
                match &outcome {
                    Ok(()) => mail::mark_sent(c, m.id, now),
                    Err(e) => {
                        tracing::warn!(mail = m.id, attempt = m.attempts + 1, error = %e, "mail delivery failed");
                        mail::mark_failed(c, &m, e, now)
                    }
                }
            })
            .await;
            if let Err(e) = recorded {
                tracing::error!(mail = id, error = %e, "cannot record mail outcome");
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
