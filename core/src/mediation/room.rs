//! The dialogue room of an active mediation. Participants (the citizen who filed, the
//! body's officials, the mediator, moderators) accept the room's rules once, then write
//! threaded messages. Nothing is deleted: the mediator or a moderator hides a message with
//! a reason that everyone sees, and every moderation step goes to a log the participants
//! can read. Locks, mutes, slow mode and a per-participant rate are enforced here.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::actor::{Act, Actor};
use crate::db::Db;
use crate::discussion::{self, Floor, Venue};
use crate::error::{DbError, Error};
use crate::grievances::access::party_of;
use crate::grievances::read;
use crate::grievances::terms::Privacy;
use crate::mediation::request::Mediation;
use crate::mediation::terms::MediationStatus;
use crate::mediation::terms::Seat;
use crate::models::Grievance;
use crate::permissions::{allowed, Action};
use crate::schema::{mediations, room_rules_accepted, room_stakeholders};

pub use crate::discussion::{
    Keeping, LogEntry, Order, CHANNEL, EDIT_MINUTES, MESSAGE_MAX, MUTE_MAX_MINUTES, PER_MINUTE,
};

/// Accounts seated as stakeholders in a mediation's room.
fn stakeholders_present(conn: &mut Db, mediation_id: i64) -> Result<Vec<i64>, DbError> {
    Ok(crate::natively!(conn, |c| room_stakeholders::table
        .filter(room_stakeholders::mediation_id.eq(mediation_id))
        .filter(room_stakeholders::removed_at.is_null())
        .select(room_stakeholders::user_id)
        .load(c)?))
}

/// A room: its grievance and mediation.
pub struct Room {
    pub grievance: Grievance,
    pub mediation: Mediation,
    /// Accounts of the stakeholders the mediator invited (and did not remove).
    pub stakeholders: Vec<i64>,
}

impl Room {
    pub fn venue(&self) -> Venue {
        Venue::Mediation(self.mediation.id)
    }

    /// Refuses anyone but the room's mediator.
    pub fn mediated_by(&self, actor: &Actor) -> Result<(), Error> {
        Error::forbidden_unless(seat(actor, self) == Some(Seat::Mediator))
    }

    /// Refuses a step once the mediation has ended; `field` is where the form shows why.
    pub fn running(&self, field: &'static str) -> Result<(), Error> {
        match self.mediation.status {
            MediationStatus::Active => Ok(()),
            _ => Err(Error::invalid(field, "closed")),
        }
    }
}

/// Opens the room of a grievance's current (or last) mediation that has started.
pub fn open(conn: &mut Db, code: &str) -> Result<Room, Error> {
    let grievance = read::find(conn, code)?;
    let mediation: Mediation = crate::natively!(conn, |c| mediations::table
        .filter(mediations::grievance_id.eq(grievance.id))
        // Not `eq_any`: SQLite would prepare a list of values anew on every run.
        .filter(
            mediations::status
                .eq(MediationStatus::Active)
                .or(mediations::status.eq(MediationStatus::Agreed))
                .or(mediations::status.eq(MediationStatus::NotResolved)),
        )
        .order(mediations::id.desc())
        .first(c)
        .optional()?)
    .ok_or(Error::NotFound)?;
    let stakeholders = stakeholders_present(conn, mediation.id)?;
    Ok(Room {
        grievance,
        mediation,
        stakeholders,
    })
}

/// The room of a step only its mediator takes, and only while the mediation runs; `field`
/// is where the form shows that it has ended.
pub fn for_mediator(
    conn: &mut Db,
    code: &str,
    actor: &Actor,
    field: &'static str,
) -> Result<Room, Error> {
    let room = open(conn, code)?;
    room.mediated_by(actor)?;
    room.running(field)?;
    Ok(room)
}

/// The seat an actor has in the room: citizen, official, mediator, stakeholder or
/// moderator.
pub fn seat(actor: &Actor, room: &Room) -> Option<Seat> {
    let account = actor.account()?;
    match party_of(actor, &room.grievance) {
        Some(party) => Some(party.seat()),
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
    let n: i64 = crate::natively!(conn, |c| room_rules_accepted::table
        .find((room.mediation.id, user))
        .count()
        .get_result(c)?);
    Ok(n > 0)
}

pub fn accept_rules(conn: &mut Db, code: &str, act: Act) -> Result<(), Error> {
    let room = open(conn, code)?;
    let user = act
        .actor
        .account()
        .filter(|_| seat(act.actor, &room).is_some())
        .ok_or(Error::Forbidden)?;
    if !rules_accepted(conn, &room, user)? {
        diesel::insert_into(room_rules_accepted::table)
            .values((
                room_rules_accepted::mediation_id.eq(room.mediation.id),
                room_rules_accepted::user_id.eq(user),
                room_rules_accepted::at.eq(act.now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Writes a message (a reply when `parent` is given); returns its id.
pub fn post(
    conn: &mut Db,
    code: &str,
    act: Act,
    parent: Option<i64>,
    body: &str,
    lang: &str,
) -> Result<i64, Error> {
    crate::db::write_transaction(conn, |conn| {
        let room = open(conn, code)?;
        let seat = seat(act.actor, &room).ok_or(Error::Forbidden)?;
        let user = act.actor.account().ok_or(Error::Forbidden)?;
        room.running("body")?;
        if room.mediation.room_locked && !seat.moderates() {
            return Err(Error::invalid("body", "locked"));
        }
        if !rules_accepted(conn, &room, user)? {
            return Err(Error::invalid("body", "rules"));
        }
        let floor = Floor {
            venue: room.venue(),
            user,
            role: seat.as_str(),
            moderates: seat.moderates(),
            slow_mode_secs: room.mediation.slow_mode_secs,
        };
        discussion::post(conn, &floor, parent, body, lang, act.now)
    })
}

/// The author corrects their message within the edit window; it is marked "edited".
pub fn edit(conn: &mut Db, code: &str, act: Act, id: i64, body: &str) -> Result<(), Error> {
    let room = open(conn, code)?;
    discussion::edit(conn, room.venue(), act.actor.account(), id, body, act.now)
}

pub(crate) fn log(
    conn: &mut Db,
    room: &Room,
    role: Seat,
    action: Keeping,
    message: Option<i64>,
    reason: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    discussion::log(
        conn,
        room.venue(),
        role.as_str(),
        action,
        message,
        reason,
        now,
    )
}

pub(crate) fn moderator_seat(actor: &Actor, room: &Room) -> Result<Seat, Error> {
    seat(actor, room)
        .filter(|s| s.moderates())
        .ok_or(Error::Forbidden)
}

pub(crate) use crate::discussion::reason;

/// The mediator or a moderator keeps order (hides, mutes, locks, slows down), with a
/// reason in the public moderation log, in one transaction.
pub fn keep_order(
    conn: &mut Db,
    code: &str,
    act: Act,
    order: Order,
    why: &str,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let room = open(conn, code)?;
        let role = moderator_seat(act.actor, &room)?;
        discussion::keep_order(conn, room.venue(), role.as_str(), order, why, act.now)
    })
}

/// Any participant reports a message to the moderators, with a reason.
pub fn report(conn: &mut Db, code: &str, act: Act, id: i64, why: &str) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let room = open(conn, code)?;
        seat(act.actor, &room).ok_or(Error::Forbidden)?;
        let reporter = act.actor.account().ok_or(Error::Forbidden)?;
        discussion::report(conn, room.venue(), reporter, id, why, act.now)
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
    Ok(discussion::open_reports(conn, room.venue())?)
}

pub use crate::mediation::room_view::MessageView;

/// The room's messages for a reader, oldest first. A citizen is named only on a public
/// grievance.
pub fn messages(
    conn: &mut Db,
    room: &Room,
    reader: Option<i64>,
    now: NaiveDateTime,
) -> Result<Vec<MessageView>, DbError> {
    let citizen_named = room.grievance.privacy == Privacy::Public;
    let named = |role: &str| role != "citizen" || citizen_named;
    discussion::messages(conn, room.venue(), named, reader, now)
}

pub fn moderation_log(conn: &mut Db, room: &Room) -> Result<Vec<LogEntry>, DbError> {
    discussion::moderation_log(conn, room.venue())
}
