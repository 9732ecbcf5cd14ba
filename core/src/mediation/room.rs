//! The dialogue room of an active mediation. Participants (the citizen who filed, the
//! body's officials, the mediator, moderators) accept the room's rules once, then write
//! threaded messages. Nothing is deleted: the mediator or a moderator hides a message with
//! a reason that everyone sees, and every moderation step goes to a log the participants
//! can read. Locks, mutes, slow mode and a per-participant rate are enforced here.

use crate::error::Error;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::actor::Actor;
use crate::db::Db;
use crate::error::DbError;
use crate::grievances::handling;
use crate::grievances::terms::Privacy;
use crate::mediation::request::{self, Mediation};
use crate::mediation::terms::Seat;
use crate::models::Grievance;
use crate::permissions::{allowed, Action};
use crate::schema::{
    mediations, room_messages, room_moderation_log, room_mutes, room_reports, room_rules_accepted,
    room_stakeholders, users,
};

pub const MESSAGE_MAX: usize = 4000;
pub const EDIT_MINUTES: i64 = 10;
/// Messages per participant per minute.
pub const PER_MINUTE: i64 = 10;
pub const MUTE_MAX_MINUTES: i64 = 24 * 60;
/// The PostgreSQL channel on which rooms announce changes to every node.
pub const CHANNEL: &str = "kenes_rooms";

/// Tells every node (PostgreSQL NOTIFY; a no-op on SQLite, which has one node) that a room
/// changed. The payload is the mediation id.
pub fn announce(conn: &mut Db, mediation_id: i64) -> Result<(), DbError> {
    if conn.backend() == crate::Backend::Postgres {
        diesel::sql_query(format!("SELECT pg_notify('{CHANNEL}', '{mediation_id}')"))
            .execute(conn)?;
    }
    Ok(())
}

/// Accounts seated as stakeholders in a mediation's room.
fn stakeholders_present(conn: &mut Db, mediation_id: i64) -> Result<Vec<i64>, DbError> {
    Ok(room_stakeholders::table
        .filter(room_stakeholders::mediation_id.eq(mediation_id))
        .filter(room_stakeholders::removed_at.is_null())
        .select(room_stakeholders::user_id)
        .load(conn)?)
}

/// A room: its grievance and mediation.
pub struct Room {
    pub grievance: Grievance,
    pub mediation: Mediation,
    /// Accounts of the stakeholders the mediator invited (and did not remove).
    pub stakeholders: Vec<i64>,
}

/// Opens the room of a grievance's current (or last) mediation that has started.
pub fn open(conn: &mut Db, code: &str) -> Result<Room, Error> {
    let grievance = handling::find(conn, code)?;
    let mediation: Mediation = mediations::table
        .filter(mediations::grievance_id.eq(grievance.id))
        .filter(mediations::status.eq_any(["active", "agreed", "not_resolved"]))
        .order(mediations::id.desc())
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound)?;
    let stakeholders = stakeholders_present(conn, mediation.id)?;
    Ok(Room {
        grievance,
        mediation,
        stakeholders,
    })
}

/// The seat an actor has in the room: citizen, official, mediator, stakeholder or
/// moderator.
pub fn seat(actor: &Actor, room: &Room) -> Option<Seat> {
    let account = actor.account()?;
    match request::party_of(actor, &room.grievance) {
        Some("citizen") => Some(Seat::Citizen),
        Some(_) => Some(Seat::Official),
        None if room.mediation.mediator_user_id == Some(account) => Some(Seat::Mediator),
        None if room.stakeholders.contains(&account) => Some(Seat::Stakeholder),
        None if may_moderate(actor, &room.grievance) => Some(Seat::Moderator),
        None => None,
    }
}

/// Moderators moderate the rooms of cases in their territory; a mediator only the room of
/// their own mediation (their seat there is "mediator").
pub fn may_moderate(actor: &Actor, g: &Grievance) -> bool {
    allowed(
        &actor.grants,
        Action::Moderate(crate::grievances::access::place(g)),
    )
}

/// Whether both parties let the public follow this room (read only).
pub fn observers_allowed(conn: &mut Db, room: &Room) -> Result<bool, DbError> {
    let allowing: i64 = crate::schema::mediation_parties::table
        .filter(crate::schema::mediation_parties::mediation_id.eq(room.mediation.id))
        .filter(crate::schema::mediation_parties::allow_observers.eq(true))
        .count()
        .get_result(conn)?;
    Ok(allowing == 2)
}

/// How a reader is in the room: their seat, or "observer" (read only) when both parties
/// allow observers; `None` keeps the room closed to them.
pub fn reader_seat(
    conn: &mut Db,
    actor: Option<&Actor>,
    room: &Room,
) -> Result<Option<Seat>, DbError> {
    if let Some(seat) = actor.and_then(|a| seat(a, room)) {
        return Ok(Some(seat));
    }
    Ok(observers_allowed(conn, room)?.then_some(Seat::Observer))
}

pub fn rules_accepted(conn: &mut Db, room: &Room, user: i64) -> Result<bool, DbError> {
    let n: i64 = room_rules_accepted::table
        .find((room.mediation.id, user))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

pub fn accept_rules(
    conn: &mut Db,
    code: &str,
    actor: &Actor,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let room = open(conn, code)?;
    let user = actor
        .account()
        .filter(|_| seat(actor, &room).is_some())
        .ok_or(Error::Forbidden)?;
    if !rules_accepted(conn, &room, user)? {
        diesel::insert_into(room_rules_accepted::table)
            .values((
                room_rules_accepted::mediation_id.eq(room.mediation.id),
                room_rules_accepted::user_id.eq(user),
                room_rules_accepted::at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

fn muted_until(
    conn: &mut Db,
    room: &Room,
    user: i64,
    now: NaiveDateTime,
) -> Result<Option<NaiveDateTime>, DbError> {
    Ok(room_mutes::table
        .find((room.mediation.id, user))
        .select(room_mutes::until)
        .first::<NaiveDateTime>(conn)
        .optional()?
        .filter(|until| *until > now))
}

fn check_body(body: &str) -> Result<String, Error> {
    let body = body.trim();
    match body.chars().count() {
        0 => Err(Error::invalid("body", "required")),
        n if n > MESSAGE_MAX => Err(Error::invalid("body", "too-long")),
        _ => Ok(body.to_owned()),
    }
}

/// Writes a message (a reply when `parent` is given); returns its id.
pub fn post(
    conn: &mut Db,
    code: &str,
    actor: &Actor,
    parent: Option<i64>,
    body: &str,
    lang: &str,
    now: NaiveDateTime,
) -> Result<i64, Error> {
    crate::db::write_transaction(conn, |conn| {
        let room = open(conn, code)?;
        let seat = seat(actor, &room).ok_or(Error::Forbidden)?;
        let user = actor.account().ok_or(Error::Forbidden)?;
        if room.mediation.status != "active" {
            return Err(Error::invalid("body", "closed"));
        }
        if room.mediation.room_locked && !seat.moderates() {
            return Err(Error::invalid("body", "locked"));
        }
        if !rules_accepted(conn, &room, user)? {
            return Err(Error::invalid("body", "rules"));
        }
        if muted_until(conn, &room, user, now)?.is_some() {
            return Err(Error::invalid("body", "muted"));
        }
        let body = check_body(body)?;
        if !matches!(lang, "kk" | "ru" | "en") {
            return Err(Error::invalid("lang", "choose"));
        }
        if let Some(p) = parent {
            let n: i64 = room_messages::table
                .find(p)
                .filter(room_messages::mediation_id.eq(room.mediation.id))
                .count()
                .get_result(conn)?;
            if n == 0 {
                return Err(Error::invalid("body", "parent"));
            }
        }
        let recent: Vec<NaiveDateTime> = room_messages::table
            .filter(room_messages::author_user_id.eq(user))
            .filter(room_messages::created_at.gt(now - Duration::minutes(1)))
            .select(room_messages::created_at)
            .load(conn)?;
        if recent.len() as i64 >= PER_MINUTE {
            return Err(Error::invalid("body", "too-fast"));
        }
        let slow = Duration::seconds(room.mediation.slow_mode_secs.into());
        if !seat.moderates() && slow > Duration::zero() {
            let last: Option<NaiveDateTime> = room_messages::table
                .filter(room_messages::author_user_id.eq(user))
                .filter(room_messages::mediation_id.eq(room.mediation.id))
                .select(diesel::dsl::max(room_messages::created_at))
                .first(conn)?;
            if last.is_some_and(|t| now - t < slow) {
                return Err(Error::invalid("body", "slow-mode"));
            }
        }
        Ok(diesel::insert_into(room_messages::table)
            .values((
                room_messages::mediation_id.eq(room.mediation.id),
                room_messages::parent_id.eq(parent),
                room_messages::author_user_id.eq(user),
                room_messages::author_role.eq(seat),
                room_messages::lang.eq(lang),
                room_messages::body.eq(&body),
                room_messages::created_at.eq(now),
            ))
            .returning(room_messages::id)
            .get_result(conn)?)
    })
}

#[derive(Debug, Clone, Queryable)]
struct Row {
    id: i64,
    mediation_id: i64,
    parent_id: Option<i64>,
    author_user_id: Option<i64>,
    author_role: String,
    lang: String,
    body: String,
    created_at: NaiveDateTime,
    edited_at: Option<NaiveDateTime>,
    hidden_reason: Option<String>,
    hidden_at: Option<NaiveDateTime>,
}

fn message(conn: &mut Db, room: &Room, id: i64) -> Result<Row, Error> {
    room_messages::table
        .find(id)
        .filter(room_messages::mediation_id.eq(room.mediation.id))
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound)
}

/// The author corrects their message within the edit window; it is marked "edited".
pub fn edit(
    conn: &mut Db,
    code: &str,
    actor: &Actor,
    id: i64,
    body: &str,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let room = open(conn, code)?;
    let m = message(conn, &room, id)?;
    if m.author_user_id.is_none() || m.author_user_id != actor.account() {
        return Err(Error::Forbidden);
    }
    if m.hidden_at.is_some() || !within_edit_window(m.created_at, now) {
        return Err(Error::invalid("body", "edit-late"));
    }
    let body = check_body(body)?;
    diesel::update(room_messages::table.find(id))
        .set((
            room_messages::body.eq(body),
            room_messages::edited_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

fn within_edit_window(written: NaiveDateTime, now: NaiveDateTime) -> bool {
    now - written <= Duration::minutes(EDIT_MINUTES)
}

pub(crate) fn log(
    conn: &mut Db,
    room: &Room,
    role: Seat,
    action: &str,
    message: Option<i64>,
    reason: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(room_moderation_log::table)
        .values((
            room_moderation_log::mediation_id.eq(room.mediation.id),
            room_moderation_log::at.eq(now),
            room_moderation_log::actor_role.eq(role),
            room_moderation_log::action.eq(action),
            room_moderation_log::message_id.eq(message),
            room_moderation_log::reason.eq(reason),
        ))
        .execute(conn)?;
    Ok(())
}

pub(crate) fn moderator_seat(actor: &Actor, room: &Room) -> Result<Seat, Error> {
    seat(actor, room)
        .filter(|s| s.moderates())
        .ok_or(Error::Forbidden)
}

pub(crate) fn reason(text: &str) -> Result<String, Error> {
    let r = text.trim();
    match r.chars().count() {
        0 => Err(Error::invalid("reason", "required")),
        n if n > 500 => Err(Error::invalid("reason", "too-long")),
        _ => Ok(r.to_owned()),
    }
}

/// A moderator's step on the room, in one transaction with its line in the public
/// moderation log: `act` takes the step with the checked reason and names it for the log,
/// with the message it concerns.
fn moderate(
    conn: &mut Db,
    code: &str,
    actor: &Actor,
    why: &str,
    now: NaiveDateTime,
    act: impl FnOnce(&mut Db, &Room, &str) -> Result<(&'static str, Option<i64>), Error>,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let room = open(conn, code)?;
        let role = moderator_seat(actor, &room)?;
        let why = reason(why)?;
        let (action, message) = act(conn, &room, &why)?;
        Ok(log(conn, &room, role, action, message, &why, now)?)
    })
}

/// The mediator or a moderator hides a message; everyone sees why.
pub fn hide(
    conn: &mut Db,
    code: &str,
    actor: &Actor,
    id: i64,
    why: &str,
    now: NaiveDateTime,
) -> Result<(), Error> {
    moderate(conn, code, actor, why, now, |conn, room, why| {
        let m = message(conn, room, id)?;
        if m.hidden_at.is_some() {
            return Err(Error::invalid("reason", "already-hidden"));
        }
        diesel::update(room_messages::table.find(id))
            .set((
                room_messages::hidden_reason.eq(why),
                room_messages::hidden_at.eq(now),
            ))
            .execute(conn)?;
        diesel::update(room_reports::table.filter(room_reports::message_id.eq(id)))
            .set(room_reports::handled_at.eq(now))
            .execute(conn)?;
        Ok(("hide", Some(id)))
    })
}

/// Any participant reports a message to the moderators, with a reason.
pub fn report(
    conn: &mut Db,
    code: &str,
    actor: &Actor,
    id: i64,
    why: &str,
    now: NaiveDateTime,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let room = open(conn, code)?;
        seat(actor, &room).ok_or(Error::Forbidden)?;
        let why = reason(why)?;
        message(conn, &room, id)?;
        // One report a reader: a second tap (a reload, a double click) adds nothing.
        let already: i64 = room_reports::table
            .filter(room_reports::message_id.eq(id))
            .filter(room_reports::reporter_user_id.eq(actor.account()))
            .count()
            .get_result(conn)?;
        if already == 0 {
            diesel::insert_into(room_reports::table)
                .values((
                    room_reports::message_id.eq(id),
                    room_reports::reporter_user_id.eq(actor.account()),
                    room_reports::reason.eq(why),
                    room_reports::at.eq(now),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// Open reports of the room, for its mediator and moderators: (message id, reason).
pub fn open_reports(conn: &mut Db, code: &str, actor: &Actor) -> Result<Vec<(i64, String)>, Error> {
    let room = open(conn, code)?;
    reports_in(conn, &room, actor)
}

/// The open reports of a room already read, for its moderators.
pub fn reports_in(conn: &mut Db, room: &Room, actor: &Actor) -> Result<Vec<(i64, String)>, Error> {
    moderator_seat(actor, room)?;
    Ok(room_reports::table
        .inner_join(room_messages::table)
        .filter(room_messages::mediation_id.eq(room.mediation.id))
        .filter(room_reports::handled_at.is_null())
        .order(room_reports::id)
        .select((room_reports::message_id, room_reports::reason))
        .load(conn)?)
}

/// Silences the author of a message for `minutes`.
pub fn mute(
    conn: &mut Db,
    code: &str,
    actor: &Actor,
    id: i64,
    minutes: i64,
    why: &str,
    now: NaiveDateTime,
) -> Result<(), Error> {
    moderate(conn, code, actor, why, now, |conn, room, _| {
        if !(1..=MUTE_MAX_MINUTES).contains(&minutes) {
            return Err(Error::invalid("minutes", "range"));
        }
        let user = message(conn, room, id)?
            .author_user_id
            .ok_or(Error::NotFound)?;
        let until = now + Duration::minutes(minutes);
        diesel::delete(room_mutes::table.find((room.mediation.id, user))).execute(conn)?;
        diesel::insert_into(room_mutes::table)
            .values((
                room_mutes::mediation_id.eq(room.mediation.id),
                room_mutes::user_id.eq(user),
                room_mutes::until.eq(until),
            ))
            .execute(conn)?;
        Ok(("mute", Some(id)))
    })
}

/// Locks or reopens the room (only the mediator and moderators write while it is locked).
pub fn set_locked(
    conn: &mut Db,
    code: &str,
    actor: &Actor,
    locked: bool,
    why: &str,
    now: NaiveDateTime,
) -> Result<(), Error> {
    moderate(conn, code, actor, why, now, |conn, room, _| {
        diesel::update(mediations::table.find(room.mediation.id))
            .set(mediations::room_locked.eq(locked))
            .execute(conn)?;
        Ok((if locked { "lock" } else { "unlock" }, None))
    })
}

/// Sets slow mode: a participant may write once per `seconds` (0 turns it off).
pub fn set_slow_mode(
    conn: &mut Db,
    code: &str,
    actor: &Actor,
    seconds: i32,
    why: &str,
    now: NaiveDateTime,
) -> Result<(), Error> {
    moderate(conn, code, actor, why, now, |conn, room, _| {
        if !(0..=3600).contains(&seconds) {
            return Err(Error::invalid("seconds", "range"));
        }
        diesel::update(mediations::table.find(room.mediation.id))
            .set(mediations::slow_mode_secs.eq(seconds))
            .execute(conn)?;
        Ok(("slow_mode", None))
    })
}

pub use crate::mediation::room_view::MessageView;

/// The room's messages for a reader, oldest first.
pub fn messages(
    conn: &mut Db,
    room: &Room,
    reader: Option<i64>,
    now: NaiveDateTime,
) -> Result<Vec<MessageView>, DbError> {
    let rows: Vec<Row> = room_messages::table
        .filter(room_messages::mediation_id.eq(room.mediation.id))
        .order(room_messages::id)
        .load(conn)?;
    let citizen_named = room.grievance.privacy == Privacy::Public;
    let named = |r: &Row| r.author_role != "citizen" || citizen_named;
    // Every author's name in one query: watchers re-read the room on each change.
    let authors: Vec<i64> = rows
        .iter()
        .filter(|r| named(r))
        .filter_map(|r| r.author_user_id)
        .collect();
    let names: std::collections::HashMap<i64, String> = users::table
        .filter(users::id.eq_any(authors))
        .select((users::id, users::display_name))
        .load(conn)?
        .into_iter()
        .collect();
    let reported: std::collections::HashSet<i64> = match reader {
        Some(reader) => room_reports::table
            .inner_join(room_messages::table)
            .filter(room_messages::mediation_id.eq(room.mediation.id))
            .filter(room_reports::reporter_user_id.eq(reader))
            .select(room_reports::message_id)
            .load(conn)?
            .into_iter()
            .collect(),
        None => Default::default(),
    };
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let mine = reader.is_some() && r.author_user_id == reader;
        debug_assert_eq!(r.mediation_id, room.mediation.id);
        let author_name = r
            .author_user_id
            .filter(|_| named(&r))
            .and_then(|id| names.get(&id).cloned());
        out.push(MessageView {
            id: r.id,
            parent_id: r.parent_id,
            author_role: r.author_role,
            author_name,
            mine,
            reported: reported.contains(&r.id),
            editable: mine && r.hidden_at.is_none() && within_edit_window(r.created_at, now),
            lang: r.lang,
            body: r.hidden_at.is_none().then_some(r.body),
            hidden_reason: r.hidden_reason,
            at: r.created_at.format("%Y-%m-%d %H:%M").to_string(),
            edited: r.edited_at.is_some(),
        });
    }
    Ok(out)
}

/// The moderation log: (when, role, action, message id, reason).
pub type LogEntry = (NaiveDateTime, String, String, Option<i64>, String);

pub fn moderation_log(conn: &mut Db, room: &Room) -> Result<Vec<LogEntry>, DbError> {
    Ok(room_moderation_log::table
        .filter(room_moderation_log::mediation_id.eq(room.mediation.id))
        .order(room_moderation_log::id)
        .select((
            room_moderation_log::at,
            room_moderation_log::actor_role,
            room_moderation_log::action,
            room_moderation_log::message_id,
            room_moderation_log::reason,
        ))
        .load(conn)?)
}
