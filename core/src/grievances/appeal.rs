//! The citizen's appeal after an answer (the CPGRAMS model): whoever rates an answer 1 or 2
//! of 5 may, in the same step and within 30 days of the answer, ask for review one level
//! up, saying why. The next level gets the legal 15 working days; the body that answered
//! sees the appeal. One appeal per answer, and none from the national level. Reopening
//! (the same body looks again) stays as it is.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::actor::Act;
use crate::db::Db;
use crate::error::{DbError, Error};
use crate::grievances::escalation::move_up;
use crate::grievances::handling::record_rating;
use crate::grievances::read;
use crate::grievances::terms::{Capacity, Status};
use crate::mail::notices::{self, Notice, Recipient};
use crate::mail::Site;
use crate::models::Grievance;
use crate::permissions::Level;
use crate::schema::{appeals, grievances};
use crate::timeline::NewEvent;

/// Days after the answer in which it may be appealed.
pub const APPEAL_DAYS: i64 = 30;
/// Ratings low enough to appeal.
const POOR: std::ops::RangeInclusive<i32> = 1..=2;
use crate::grievances::terms::REASON_MIN;
const REASON_MAX: usize = 4000;

/// Why an appeal of `g`'s answer is not open now, as a field error code; `None` when it is.
fn closed_because(
    conn: &mut Db,
    g: &Grievance,
    now: NaiveDateTime,
) -> Result<Option<&'static str>, DbError> {
    let Some(answered) = g.answered_at else {
        return Ok(Some("not-answered"));
    };
    if g.status != Status::Answered {
        return Ok(Some("appeal-state"));
    }
    if now - answered > Duration::days(APPEAL_DAYS) {
        return Ok(Some("appeal-late"));
    }
    if Some(g.level_code).and_then(Level::above).is_none() {
        return Ok(Some("top-level"));
    }
    let earlier: i64 = appeals::table
        .filter(appeals::grievance_id.eq(g.id))
        .filter(appeals::answer_at.eq(answered))
        .count()
        .get_result(conn)?;
    Ok((earlier > 0).then_some("appeal-once"))
}

/// Whether the author could appeal the answer now (the rating form offers it).
pub fn open(conn: &mut Db, g: &Grievance, now: NaiveDateTime) -> Result<bool, DbError> {
    Ok(closed_because(conn, g, now)?.is_none())
}

/// The author rates the answer and asks for review one level up, in one step.
pub fn rate_and_appeal(
    conn: &mut Db,
    code: &str,
    act: Act,
    stars: i32,
    reason: &str,
    site: &Site,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let g = read::find(conn, code)?;
        Error::forbidden_unless(act.actor.is_author(&g))?;
        if let Some(why) = closed_because(conn, &g, act.now)? {
            return Err(Error::invalid("appeal", why));
        }
        if !POOR.contains(&stars) {
            return Err(Error::invalid("appeal", "appeal-rating"));
        }
        let reason = reason.trim();
        match reason.chars().count() {
            n if n < REASON_MIN => return Err(Error::invalid("appeal_reason", "too-short")),
            n if n > REASON_MAX => return Err(Error::invalid("appeal_reason", "too-long")),
            _ => {}
        }
        record_rating(conn, &g, act.actor, stars, act.now)?;
        lodge(conn, &g, stars, reason, site, act.now)
    })
}

/// Records the appeal and hands the grievance to the next level with a fresh deadline; the
/// body that answered hears of it, and so does the one that answers now.
fn lodge(
    conn: &mut Db,
    g: &Grievance,
    stars: i32,
    reason: &str,
    site: &Site,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let level = g.level_code;
    let up = level
        .above()
        .ok_or_else(|| Error::invalid("appeal", "top-level"))?;
    let answered = g
        .answered_at
        .ok_or_else(|| Error::invalid("appeal", "not-answered"))?;
    g.status.transition(Status::Escalated)?;
    let calendar = read::working_calendar(conn)?;
    if !move_up(conn, g, up, &calendar, now)? {
        return Err(crate::grievances::terms::IllegalTransition {
            from: g.status,
            to: Status::Escalated,
        }
        .into());
    }
    diesel::insert_into(appeals::table)
        .values((
            appeals::grievance_id.eq(g.id),
            appeals::answer_at.eq(answered),
            appeals::from_body_code.eq(&g.body_code),
            appeals::from_level.eq(level),
            appeals::to_level.eq(up),
            appeals::rating.eq(stars),
            appeals::reason.eq(reason),
            appeals::at.eq(now),
        ))
        .execute(conn)?;
    NewEvent::by(Capacity::Citizen)
        .moved_to(Status::Escalated)
        .kind("appealed")
        .detail(up.as_str())
        .noted(reason)
        .append(conn, g.id, now)?;
    let moved: Grievance = grievances::table.find(g.id).first(conn)?;
    let appealed = Notice::Appealed {
        to: up,
        reason: reason.to_owned(),
    };
    notices::tell(conn, g, &[Recipient::Body], &appealed, site, now)?;
    notices::tell_supporters(conn, g, Status::Escalated, site, now)?;
    let queued = Notice::InQueue { due: moved.due_on };
    notices::tell(conn, &moved, &[Recipient::Body], &queued, site, now)?;
    Ok(())
}
