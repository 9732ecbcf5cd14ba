//! Mails to citizens about their grievance. Each is written to the outbox in the same
//! transaction as the step that causes it, in the recipient's language, unless the citizen
//! turned that kind off. Legal notices (filing, extension, answer, rejection) cannot be
//! turned off: the law requires that the citizen is told.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::Db;
use crate::error::DbResult;
use crate::mail::{self, MailDraft};
use crate::models::Body;
use crate::permissions::Level;
use crate::schema::{mail_optouts, users};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Filed,
    Accepted,
    Redirected {
        to: Body,
    },
    Extended {
        until: NaiveDate,
        reason: String,
    },
    Answered,
    Rejected {
        reason: String,
    },
    Escalated {
        to: Level,
        reason: String,
    },
    DeadlineMissed {
        due: NaiveDate,
        escalated_to: Option<Level>,
    },
    /// To a stakeholder the mediator invited into the room.
    Invited {
        kind: String,
    },
    /// To everyone in the room; times are local (UTC+5).
    SessionScheduled {
        starts: NaiveDateTime,
        minutes: i32,
        place: String,
    },
    SessionCancelled {
        starts: NaiveDateTime,
        reason: String,
    },
}

/// Kinds a citizen may turn off.
pub const OPTIONAL: &[&str] = &["accepted", "redirected", "escalated", "deadline_missed"];

impl Notice {
    pub fn kind(&self) -> &'static str {
        match self {
            Notice::Filed => "filed",
            Notice::Accepted => "accepted",
            Notice::Redirected { .. } => "redirected",
            Notice::Extended { .. } => "extended",
            Notice::Answered => "answered",
            Notice::Rejected { .. } => "rejected",
            Notice::Escalated { .. } => "escalated",
            Notice::DeadlineMissed { .. } => "deadline_missed",
            Notice::Invited { .. } => "invited",
            Notice::SessionScheduled { .. } => "session_scheduled",
            Notice::SessionCancelled { .. } => "session_cancelled",
        }
    }
}

/// Writes a notice in a locale (`kk`, `ru`, `en`) for a tracking code. The web app supplies
/// it, since the texts live with the interface's translations.
pub type Compose<'a> = &'a (dyn Fn(&str, &str, &Notice) -> MailDraft + Sync);

/// Queues `notice` to the user unless they turned its kind off. Returns whether it was queued.
pub fn send(
    conn: &mut Db,
    user_id: i64,
    tracking_code: &str,
    notice: &Notice,
    compose: Compose,
    now: NaiveDateTime,
) -> DbResult<bool> {
    let kind = notice.kind();
    if OPTIONAL.contains(&kind) {
        let off: i64 = mail_optouts::table
            .filter(mail_optouts::user_id.eq(user_id))
            .filter(mail_optouts::kind.eq(kind))
            .count()
            .get_result(conn)?;
        if off > 0 {
            return Ok(false);
        }
    }
    let Some((email, locale)) = users::table
        .find(user_id)
        .select((users::email, users::locale))
        .first::<(String, String)>(conn)
        .optional()?
    else {
        return Ok(false);
    };
    mail::enqueue(conn, &email, &compose(&locale, tracking_code, notice), now)?;
    Ok(true)
}

/// Queues `notice` to whoever filed `g`: their account (respecting their choices), or the
/// guest's confirmed address in the language they used.
pub fn to_author(
    conn: &mut Db,
    g: &crate::models::Grievance,
    notice: &Notice,
    compose: Compose,
    now: NaiveDateTime,
) -> DbResult<bool> {
    match (g.author_user_id, &g.guest_email) {
        (Some(user), _) => send(conn, user, &g.tracking_code, notice, compose, now),
        (None, Some(email)) => {
            let locale = g.guest_locale.as_deref().unwrap_or(&g.lang);
            mail::enqueue(conn, email, &compose(locale, &g.tracking_code, notice), now)?;
            Ok(true)
        }
        (None, None) => Ok(false),
    }
}

/// The optional kinds this user turned off.
pub fn optouts(conn: &mut Db, user_id: i64) -> DbResult<Vec<String>> {
    Ok(mail_optouts::table
        .filter(mail_optouts::user_id.eq(user_id))
        .select(mail_optouts::kind)
        .order(mail_optouts::kind)
        .load(conn)?)
}

/// Replaces the user's choices: `wanted` lists the optional kinds they still want.
pub fn set_wanted(conn: &mut Db, user_id: i64, wanted: &[String]) -> DbResult<()> {
    crate::db::write_transaction(conn, |conn| {
        diesel::delete(mail_optouts::table.filter(mail_optouts::user_id.eq(user_id)))
            .execute(conn)?;
        for kind in OPTIONAL.iter().filter(|k| !wanted.iter().any(|w| w == *k)) {
            diesel::insert_into(mail_optouts::table)
                .values((
                    mail_optouts::user_id.eq(user_id),
                    mail_optouts::kind.eq(*kind),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}
