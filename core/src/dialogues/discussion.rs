//! The discussion beside a dialogue's statements: threaded and moderated by the rooms'
//! machinery (`crate::discussion`). Anyone who may read the dialogue reads it; participants
//! write while the dialogue is open, each under their label (citizen, aksakal, official, …),
//! never their name. The facilitator and the territory's moderators keep order: they hide,
//! mute, lock and slow the discussion, each step with a reason in the public log.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{find_for, participation, statements, Dialogue, ParticipantKind, Phase};
use crate::actor::Actor;
use crate::db::Db;
use crate::discussion::{self, Floor, LogEntry, Venue};
use crate::error::{DbError, Error};
use crate::mediation::room_view::MessageView;
use crate::schema::dialogues;

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
    actor: &Actor,
    dialogue: i64,
    parent: Option<i64>,
    body: &str,
    lang: &str,
    now: NaiveDateTime,
) -> Result<i64, Error> {
    crate::db::write_transaction(conn, |conn| {
        let d = find_for(conn, dialogue, actor)?;
        let user = actor.account().ok_or(Error::Forbidden)?;
        let role = role(conn, &d, actor)?.ok_or(Error::Forbidden)?;
        let moderates = statements::may_moderate(&d, actor);
        if d.phase(now.date()) != Phase::Open {
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
        discussion::post(conn, &floor, parent, body, lang, now)
    })
}

/// The author corrects their message within the edit window.
pub fn edit(
    conn: &mut Db,
    actor: &Actor,
    dialogue: i64,
    message: i64,
    body: &str,
    now: NaiveDateTime,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let d = find_for(conn, dialogue, actor)?;
        discussion::edit(conn, venue(&d), actor.account(), message, body, now)
    })
}

/// A participant (or anyone keeping order) reports a message, with a reason.
pub fn report(
    conn: &mut Db,
    actor: &Actor,
    dialogue: i64,
    message: i64,
    why: &str,
    now: NaiveDateTime,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let d = find_for(conn, dialogue, actor)?;
        role(conn, &d, actor)?.ok_or(Error::Forbidden)?;
        let reporter = actor.account().ok_or(Error::Forbidden)?;
        discussion::report(conn, venue(&d), reporter, message, why, now)
    })
}

/// A step keeping order, in one transaction with its line in the public log: `act` takes
/// it and names it for the log, with the message it concerns.
fn keep_order(
    conn: &mut Db,
    actor: &Actor,
    dialogue: i64,
    why: &str,
    now: NaiveDateTime,
    act: impl FnOnce(&mut Db, &Dialogue, &str) -> Result<(&'static str, Option<i64>), Error>,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let d = find_for(conn, dialogue, actor)?;
        if !statements::may_moderate(&d, actor) {
            return Err(Error::Forbidden);
        }
        let role = if d.facilitated_by(actor) {
            "facilitator"
        } else {
            "moderator"
        };
        let why = discussion::reason(why)?;
        let (action, message) = act(conn, &d, &why)?;
        Ok(discussion::log(
            conn,
            venue(&d),
            role,
            action,
            message,
            &why,
            now,
        )?)
    })
}

/// Hides a message; everyone sees why.
pub fn hide(
    conn: &mut Db,
    actor: &Actor,
    dialogue: i64,
    message: i64,
    why: &str,
    now: NaiveDateTime,
) -> Result<(), Error> {
    keep_order(conn, actor, dialogue, why, now, |conn, d, why| {
        discussion::hide(conn, venue(d), message, why, now)?;
        Ok(("hide", Some(message)))
    })
}

/// Silences the author of a message in this discussion for `minutes`.
pub fn mute(
    conn: &mut Db,
    actor: &Actor,
    dialogue: i64,
    message: i64,
    minutes: i64,
    why: &str,
    now: NaiveDateTime,
) -> Result<(), Error> {
    keep_order(conn, actor, dialogue, why, now, |conn, d, _| {
        discussion::mute(conn, venue(d), message, minutes, now)?;
        Ok(("mute", Some(message)))
    })
}

/// Locks or reopens the discussion.
pub fn set_locked(
    conn: &mut Db,
    actor: &Actor,
    dialogue: i64,
    locked: bool,
    why: &str,
    now: NaiveDateTime,
) -> Result<(), Error> {
    keep_order(conn, actor, dialogue, why, now, |conn, d, _| {
        diesel::update(dialogues::table.find(d.id))
            .set(dialogues::room_locked.eq(locked))
            .execute(conn)?;
        Ok((if locked { "lock" } else { "unlock" }, None))
    })
}

/// Sets slow mode: a participant may write once per `seconds` (0 turns it off).
pub fn set_slow_mode(
    conn: &mut Db,
    actor: &Actor,
    dialogue: i64,
    seconds: i32,
    why: &str,
    now: NaiveDateTime,
) -> Result<(), Error> {
    keep_order(conn, actor, dialogue, why, now, |conn, d, _| {
        let seconds = discussion::slow_mode(seconds)?;
        diesel::update(dialogues::table.find(d.id))
            .set(dialogues::slow_mode_secs.eq(seconds))
            .execute(conn)?;
        Ok(("slow_mode", None))
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
