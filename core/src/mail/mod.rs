//! The mail outbox. A mail is written in the same transaction as the change that causes it;
//! a worker delivers it later with retries, so a mail server that is down loses nothing.
//! `notices` holds the mails about a grievance; this module keeps the outbox itself and
//! what every mail shares: the site its links point to and the rendering of a text from
//! the translations. Each feature renders its own mails where it queues them.

pub mod notices;

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use kenes_i18n::{translate, Arg, Locale};

use crate::db::Db;
use crate::error::DbResult;
use crate::schema::mail_outbox;

/// A mail's text, already in the recipient's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailDraft {
    pub subject: String,
    pub body: String,
}

impl MailDraft {
    /// The subject and body messages `{key}-subject` and `{key}-body`, in `locale`.
    pub fn render(locale: Locale, key: &str, args: &[(&str, Arg)]) -> Self {
        MailDraft {
            subject: translate(locale, &format!("{key}-subject"), args),
            body: translate(locale, &format!("{key}-body"), args),
        }
    }
}

/// The portal's public address, which every link in a mail starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    base: String,
}

impl Site {
    pub fn new(public_url: &str) -> Self {
        Site {
            base: public_url.trim_end_matches('/').to_owned(),
        }
    }

    /// The address without a trailing slash: `base() + "/g/…"` is a page.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// Whether the site is served over TLS (so cookies may be marked secure).
    pub fn is_https(&self) -> bool {
        self.base.starts_with("https://")
    }

    /// The absolute address of `path` (which starts with `/`), as a mail argument.
    pub fn link(&self, path: &str) -> Arg {
        Arg::Str(format!("{}{path}", self.base))
    }
}

#[derive(Debug, Clone, Queryable)]
pub struct DueMail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i32,
}

/// How long a worker may hold a claimed mail before another may take it over (a worker
/// that died mid-delivery holds it no longer than this).
pub const LEASE: Duration = Duration::minutes(5);

pub fn enqueue(
    conn: &mut Db,
    recipient: &str,
    draft: &MailDraft,
    now: NaiveDateTime,
) -> DbResult<()> {
    diesel::insert_into(mail_outbox::table)
        .values((
            mail_outbox::recipient.eq(recipient),
            mail_outbox::subject.eq(&draft.subject),
            mail_outbox::body.eq(&draft.body),
            mail_outbox::created_at.eq(now),
            mail_outbox::next_attempt_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Claims up to `limit` due mails for this worker for `lease`. The conditional update makes
/// a claim exclusive even with several workers on several nodes.
pub fn claim_due(
    conn: &mut Db,
    now: NaiveDateTime,
    limit: i64,
    lease: Duration,
) -> DbResult<Vec<DueMail>> {
    let free = mail_outbox::locked_until
        .is_null()
        .or(mail_outbox::locked_until.lt(now));
    let candidates: Vec<i64> = mail_outbox::table
        .filter(mail_outbox::sent_at.is_null())
        .filter(mail_outbox::next_attempt_at.le(now))
        .filter(free)
        .order(mail_outbox::id)
        .limit(limit)
        .select(mail_outbox::id)
        .load(conn)?;
    if candidates.is_empty() {
        return Ok(Vec::new());
    }
    // One transaction for the batch: one commit (and one fsync on SQLite) instead of one
    // per mail.
    crate::db::write_transaction(conn, |conn| claim(conn, candidates, now, lease))
}

fn claim(
    conn: &mut Db,
    candidates: Vec<i64>,
    now: NaiveDateTime,
    lease: Duration,
) -> DbResult<Vec<DueMail>> {
    let mut claimed = Vec::new();
    for id in candidates {
        let free = mail_outbox::locked_until
            .is_null()
            .or(mail_outbox::locked_until.lt(now));
        let won = diesel::update(
            mail_outbox::table
                .find(id)
                .filter(free)
                .filter(mail_outbox::sent_at.is_null()),
        )
        .set(mail_outbox::locked_until.eq(now + lease))
        .execute(conn)?;
        if won == 1 {
            claimed.push(
                mail_outbox::table
                    .find(id)
                    .select((
                        mail_outbox::id,
                        mail_outbox::recipient,
                        mail_outbox::subject,
                        mail_outbox::body,
                        mail_outbox::attempts,
                    ))
                    .first(conn)?,
            );
        }
    }
    Ok(claimed)
}

pub fn mark_sent(conn: &mut Db, id: i64, now: NaiveDateTime) -> DbResult<()> {
    diesel::update(mail_outbox::table.find(id))
        .set((
            mail_outbox::sent_at.eq(now),
            mail_outbox::locked_until.eq(None::<NaiveDateTime>),
            mail_outbox::attempts.eq(mail_outbox::attempts + 1),
        ))
        .execute(conn)?;
    Ok(())
}

/// Exponential backoff: 30 s, 1 min, 2 min, … capped at 6 hours.
pub fn backoff(attempts: i32) -> Duration {
    let exp = attempts.clamp(1, 20) - 1;
    Duration::seconds(30 * 2_i64.pow(exp as u32)).min(Duration::hours(6))
}

/// Puts claimed mails back in the queue as they were, without counting an attempt: the
/// mail server was out of reach, which says nothing about these mails.
pub fn release(conn: &mut Db, ids: &[i64], error: &str) -> DbResult<()> {
    diesel::update(mail_outbox::table.filter(mail_outbox::id.eq_any(ids)))
        .set((
            mail_outbox::locked_until.eq(None::<NaiveDateTime>),
            mail_outbox::last_error.eq(error),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn mark_failed(conn: &mut Db, mail: &DueMail, error: &str, now: NaiveDateTime) -> DbResult<()> {
    let attempts = mail.attempts + 1;
    diesel::update(mail_outbox::table.find(mail.id))
        .set((
            mail_outbox::attempts.eq(attempts),
            mail_outbox::next_attempt_at.eq(now + backoff(attempts)),
            mail_outbox::locked_until.eq(None::<NaiveDateTime>),
            mail_outbox::last_error.eq(error),
        ))
        .execute(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::backoff;
    use chrono::Duration;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(1), Duration::seconds(30));
        assert_eq!(backoff(2), Duration::seconds(60));
        assert_eq!(backoff(5), Duration::seconds(480));
        assert_eq!(backoff(30), Duration::hours(6));
    }
}
