//! The discussion beside a dialogue's statements: threaded and moderated by the rooms'
//! machinery (`crate::discussion`). Anyone who may read the dialogue reads it; participants
//! write while the dialogue is open, each under their label (citizen, aksakal, official, …),
//! never their name. The facilitator and the territory's moderators keep order: they hide,
//! mute, lock and slow the discussion, each step with a reason in the public log.

use chrono::NaiveDateTime;

use super::{find_for, participation, statements, Dialogue, ParticipantKind, Phase};
use crate::actor::{Act, Actor};
use crate::db::Db;
use crate::discussion::{self, Floor, LogEntry, Order, Venue};
use crate::error::{DbError, Error};
use crate::mediation::room_view::MessageView;

pub fn venue(d: &Dialogue) -> Venue {
    Venue::Dialogue(d.id)
}

/// How the actor shows in the discussion: the facilitator, a moderator, or a participant's
/// label; `None` when they may not write.
pub fn role(conn: &mut Db, d: &Dialogue, actor: &Actor) -> Result<Option<&'static str>, DbError> {
    Ok(role_as(d, actor, participation(conn, d, actor)?))
}

/// `role`, for a reader whose participation (if any) is already known.
pub fn role_as(
    d: &Dialogue,
    actor: &Actor,
    taking_part: Option<ParticipantKind>,
) -> Option<&'static str> {
    if d.facilitated_by(actor) {
        return Some("facilitator");
    }
    if let Some(kind) = taking_part {
        return Some(kind.as_str());
    }
    statements::may_moderate(d, actor).then_some("moderator")
}

/// Writes a message (a reply when `parent` is given) while the dialogue is open.
pub fn post(
    conn: &mut Db,
    act: Act,
    dialogue: i64,
    parent: Option<i64>,
    body: &str,
    lang: &str,
) -> Result<i64, Error> {
    crate::db::write_transaction(conn, |conn| {
        let d = find_for(conn, dialogue, act.actor)?;
        let user = act.actor.account().ok_or(Error::Forbidden)?;
        let role = role(conn, &d, act.actor)?.ok_or(Error::Forbidden)?;
        let moderates = statements::may_moderate(&d, act.actor);
        if d.phase(act.today()) != Phase::Open {
            return Err(Error::invalid("body", "not-open"));
        }
        if d.room_locked && !moderates {
            return Err(Error::invalid("body", "locked"));
        }
        let floor = Floor {
            venue: venue(&d),
            user,
            role,
            moderates,
            slow_mode_secs: d.slow_mode_secs,
        };
        discussion::post(conn, &floor, parent, body, lang, act.now)
    })
}

/// The author corrects their message within the edit window.
pub fn edit(conn: &mut Db, act: Act, dialogue: i64, message: i64, body: &str) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let d = find_for(conn, dialogue, act.actor)?;
        discussion::edit(conn, venue(&d), act.actor.account(), message, body, act.now)
    })
}

/// A participant (or anyone keeping order) reports a message, with a reason.
pub fn report(
    conn: &mut Db,
    act: Act,
    dialogue: i64,
    message: i64,
    why: &str,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let d = find_for(conn, dialogue, act.actor)?;
        role(conn, &d, act.actor)?.ok_or(Error::Forbidden)?;
        let reporter = act.actor.account().ok_or(Error::Forbidden)?;
        discussion::report(conn, venue(&d), reporter, message, why, act.now)
    })
}

/// The facilitator or a moderator keeps order (hides, mutes, locks, slows down), with a
/// reason in the public log, in one transaction.
pub fn keep_order(
    conn: &mut Db,
    act: Act,
    dialogue: i64,
    order: Order,
    why: &str,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let d = find_for(conn, dialogue, act.actor)?;
        Error::forbidden_unless(statements::may_moderate(&d, act.actor))?;
        let role = match d.facilitated_by(act.actor) {
            true => "facilitator",
            false => "moderator",
        };
        discussion::keep_order(conn, venue(&d), role, order, why, act.now)
    })
}

/// The thread for a reader, oldest first. Only the facilitator is named: everyone else
/// shows under their label.
pub fn messages(
    conn: &mut Db,
    d: &Dialogue,
    reader: Option<i64>,
    now: NaiveDateTime,
) -> Result<Vec<MessageView>, DbError> {
    discussion::messages(conn, venue(d), |role| role == "facilitator", reader, now)
}

/// The open reports, for those keeping order: (message id, reason).
pub fn open_reports(
    conn: &mut Db,
    d: &Dialogue,
    actor: &Actor,
) -> Result<Vec<(i64, String)>, DbError> {
    if !statements::may_moderate(d, actor) {
        return Ok(vec![]);
    }
    discussion::open_reports(conn, venue(d))
}

pub fn moderation_log(conn: &mut Db, d: &Dialogue) -> Result<Vec<LogEntry>, DbError> {
    discussion::moderation_log(conn, venue(d))
}
