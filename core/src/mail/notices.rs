//! Mails to citizens about their grievance. Each is written to the outbox in the same
//! transaction as the step that causes it, in the recipient's language, unless the citizen
//! turned that kind off. Legal notices (filing, extension, answer, rejection) cannot be
//! turned off: the law requires that the citizen is told.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::Db;
use crate::error::DbResult;
use kenes_i18n::{translate, Arg, Locale};

use crate::mail::{self, MailDraft, Site};
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

/// Writes `notice` about grievance `code` in a locale (`kk`, `ru`, `en`), with links to
/// the grievance's page and its mediation room.
pub fn render(site: &Site, locale: &str, code: &str, notice: &Notice) -> MailDraft {
    let lang = Locale::parse(locale).unwrap_or_default();
    let text = |key: &str| Arg::Str(translate(lang, key, &[]));
    let level = |l: &Level| text(&format!("level-name-{}", l.as_str()));
    let when = |t: &NaiveDateTime| Arg::Str(t.format("%Y-%m-%d %H:%M").to_string());
    let string = |s: &String| Arg::Str(s.clone());
    let mut args: Vec<(&str, Arg)> = vec![
        ("code", code.into()),
        ("link", site.link(&format!("/g/{code}"))),
        ("room", site.link(&format!("/room/{code}"))),
    ];
    let key = match notice {
        Notice::Filed => "mail-filed",
        Notice::Accepted => "mail-accepted",
        Notice::Redirected { to } => {
            args.push(("body", to.name(lang.code()).into()));
            "mail-redirected"
        }
        Notice::Extended { until, reason } => {
            args.push(("until", Arg::Str(until.to_string())));
            args.push(("reason", string(reason)));
            "mail-extended"
        }
        Notice::Answered => "mail-answered",
        Notice::Rejected { reason } => {
            args.push(("reason", string(reason)));
            "mail-rejected"
        }
        Notice::Escalated { to, reason } => {
            args.push(("level", level(to)));
            args.push(("reason", string(reason)));
            "mail-escalated"
        }
        Notice::DeadlineMissed { due, escalated_to } => {
            args.push(("due", Arg::Str(due.to_string())));
            match escalated_to {
                Some(l) => {
                    args.push(("level", level(l)));
                    "mail-missed-escalated"
                }
                None => "mail-missed",
            }
        }
        Notice::Invited { kind } => {
            args.push(("kind", text(&format!("stakeholder-{kind}"))));
            "mail-invited"
        }
        Notice::SessionScheduled {
            starts,
            minutes,
            place,
        } => {
            args.push(("starts", when(starts)));
            args.push(("minutes", Arg::Str(minutes.to_string())));
            let place = if place.is_empty() {
                text("room-session-online")
            } else {
                string(place)
            };
            args.push(("place", place));
            "mail-session-scheduled"
        }
        Notice::SessionCancelled { starts, reason } => {
            args.push(("starts", when(starts)));
            args.push(("reason", string(reason)));
            "mail-session-cancelled"
        }
    };
    MailDraft::render(locale, key, &args)
}

/// Queues `notice` to the user unless they turned its kind off. Returns whether it was queued.
pub fn send(
    conn: &mut Db,
    user_id: i64,
    tracking_code: &str,
    notice: &Notice,
    site: &Site,
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
    mail::enqueue(
        conn,
        &email,
        &render(site, &locale, tracking_code, notice),
        now,
    )?;
    Ok(true)
}

/// Queues `notice` to whoever filed `g`: their account (respecting their choices), or the
/// guest's confirmed address in the language they used.
pub fn to_author(
    conn: &mut Db,
    g: &crate::models::Grievance,
    notice: &Notice,
    site: &Site,
    now: NaiveDateTime,
) -> DbResult<bool> {
    match (g.author_user_id, &g.guest_email) {
        (Some(user), _) => send(conn, user, &g.tracking_code, notice, site, now),
        (None, Some(email)) => {
            let locale = g.guest_locale.as_deref().unwrap_or(&g.lang);
            mail::enqueue(
                conn,
                email,
                &render(site, locale, &g.tracking_code, notice),
                now,
            )?;
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
