//! Sessions the mediator schedules for a mediation: when, for how long, where (the online
//! room itself, or a place such as the akimat's hall) and the agenda. Everyone in the room
//! is mailed when a session is scheduled or cancelled.
//!
//! Times are entered and shown in Kazakhstan's time (`clock::to_local`) and stored in
//! UTC, like every other timestamp.

use crate::clock::{to_local, to_utc};
use crate::error::Error;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::actor::Act;
use crate::db::Db;
use crate::error::DbError;
use crate::mail::notices::{self, Notice, Recipient};
use crate::mail::Site;
use crate::mediation::room::{self, Room};
use crate::schema::mediation_sessions;

pub const MINUTES: std::ops::RangeInclusive<i32> = 15..=480;
pub const PLACE_MAX: usize = 200;
pub const AGENDA_MAX: usize = 2000;

/// What the mediator asks for.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Local time, as a `datetime-local` input sends it (`2026-12-01T10:30`).
    pub starts: String,
    pub minutes: String,
    pub place: String,
    pub agenda: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id: i64,
    /// Local time.
    pub starts: NaiveDateTime,
    pub minutes: i32,
    /// Empty: in the online room.
    pub place: String,
    pub agenda: String,
    pub cancelled: Option<String>,
}

fn parse_local(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
}

fn check(plan: &Plan, now: NaiveDateTime) -> Result<(NaiveDateTime, i32), Error> {
    let mut errors = Vec::new();
    let mut field = |field, code| errors.push(crate::error::FieldError::new(field, code));
    let starts = match parse_local(&plan.starts).map(to_utc) {
        None => {
            field("starts", "when-invalid");
            None
        }
        Some(t) if t <= now => {
            field("starts", "past");
            None
        }
        Some(t) if t > now + Duration::days(366) => {
            field("starts", "too-far");
            None
        }
        Some(t) => Some(t),
    };
    let minutes = plan.minutes.trim().parse::<i32>().ok();
    if !minutes.is_some_and(|m| MINUTES.contains(&m)) {
        field("minutes", "range");
    }
    if plan.place.trim().chars().count() > PLACE_MAX {
        field("place", "place-too-long");
    }
    match plan.agenda.trim().chars().count() {
        0 => field("agenda", "required"),
        n if n > AGENDA_MAX => field("agenda", "agenda-too-long"),
        _ => {}
    }
    match (starts, minutes) {
        (Some(s), Some(m)) if errors.is_empty() => Ok((s, m)),
        _ => Err(Error::Invalid(errors)),
    }
}

/// Everyone to mail about a session: the author (account or guest), the mediator, the
/// body's officials and the stakeholders.
fn tell_everyone(
    conn: &mut Db,
    room: &Room,
    notice: &Notice,
    site: &Site,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let g = &room.grievance;
    let mut accounts: Vec<i64> = room.stakeholders.clone();
    accounts.extend(room.mediation.mediator_user_id);
    accounts.sort_unstable();
    accounts.dedup();
    let mut told = notices::PARTIES.to_vec();
    told.extend(accounts.into_iter().map(Recipient::User));
    notices::tell(conn, g, &told, notice, site, now)
}

/// The mediator schedules a session; returns its id.
pub fn schedule(
    conn: &mut Db,
    code: &str,
    act: Act,
    plan: &Plan,
    site: &Site,
) -> Result<i64, Error> {
    crate::db::write_transaction(conn, |conn| {
        let room = room::for_mediator(conn, code, act.actor, "starts")?;
        let (starts, minutes) = check(plan, act.now)?;
        let id = diesel::insert_into(mediation_sessions::table)
            .values((
                mediation_sessions::mediation_id.eq(room.mediation.id),
                mediation_sessions::starts_at.eq(starts),
                mediation_sessions::minutes.eq(minutes),
                mediation_sessions::place.eq(plan.place.trim()),
                mediation_sessions::agenda.eq(plan.agenda.trim()),
                mediation_sessions::created_at.eq(act.now),
            ))
            .returning(mediation_sessions::id)
            .get_result(conn)?;
        let notice = Notice::SessionScheduled {
            starts: to_local(starts),
            minutes,
            place: plan.place.trim().to_owned(),
        };
        tell_everyone(conn, &room, &notice, site, act.now)?;
        Ok(id)
    })
}

/// The mediator cancels a session that has not started, with a reason everyone is mailed.
pub fn cancel(
    conn: &mut Db,
    code: &str,
    act: Act,
    id: i64,
    why: &str,
    site: &Site,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let room = room::open(conn, code)?;
        room.mediated_by(act.actor)?;
        let why = room::reason(why)?;
        let starts: NaiveDateTime = mediation_sessions::table
            .find(id)
            .filter(mediation_sessions::mediation_id.eq(room.mediation.id))
            .filter(mediation_sessions::cancelled_at.is_null())
            .select(mediation_sessions::starts_at)
            .first(conn)
            .optional()?
            .ok_or(Error::NotFound)?;
        if starts <= act.now {
            return Err(Error::invalid("reason", "started"));
        }
        diesel::update(mediation_sessions::table.find(id))
            .set((
                mediation_sessions::cancelled_at.eq(act.now),
                mediation_sessions::cancel_reason.eq(&why),
            ))
            .execute(conn)?;
        let notice = Notice::SessionCancelled {
            starts: to_local(starts),
            reason: why,
        };
        tell_everyone(conn, &room, &notice, site, act.now)?;
        Ok(())
    })
}

/// The room's sessions, soonest first.
pub fn list(conn: &mut Db, room: &Room) -> Result<Vec<Session>, DbError> {
    type Row = (i64, NaiveDateTime, i32, String, String, Option<String>);
    let rows: Vec<Row> = crate::natively!(conn, |c| mediation_sessions::table
        .filter(mediation_sessions::mediation_id.eq(room.mediation.id))
        .order((mediation_sessions::starts_at, mediation_sessions::id))
        .select((
            mediation_sessions::id,
            mediation_sessions::starts_at,
            mediation_sessions::minutes,
            mediation_sessions::place,
            mediation_sessions::agenda,
            mediation_sessions::cancel_reason,
        ))
        .load(c)?);
    Ok(rows
        .into_iter()
        .map(|(id, starts, minutes, place, agenda, cancelled)| Session {
            id,
            starts: to_local(starts),
            minutes,
            place,
            agenda,
            cancelled,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn plan(starts: &str, minutes: &str, agenda: &str) -> Plan {
        Plan {
            starts: starts.into(),
            minutes: minutes.into(),
            place: String::new(),
            agenda: agenda.into(),
        }
    }

    #[test]
    fn local_time_is_five_hours_ahead_of_utc() {
        let now = at("2026-11-25 12:00");
        // 10:00 in Astana is 05:00 UTC.
        let (starts, minutes) = check(&plan("2026-12-01T10:00", "60", "Meet"), now).unwrap();
        assert_eq!(starts, at("2026-12-01 05:00"));
        assert_eq!(minutes, 60);
        assert_eq!(to_local(starts), at("2026-12-01 10:00"));
    }

    #[test]
    fn every_bad_field_is_named() {
        let now = at("2026-11-25 12:00");
        let Err(Error::Invalid(errors)) = check(&plan("tomorrow", "5", " "), now) else {
            panic!("accepted a bad plan");
        };
        let codes: Vec<_> = errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            codes,
            [
                ("starts", "when-invalid"),
                ("minutes", "range"),
                ("agenda", "required")
            ]
        );
        // 16:00 local on the same day is 11:00 UTC: already past.
        let Err(Error::Invalid(errors)) = check(&plan("2026-11-25T16:00", "60", "x"), now) else {
            panic!("accepted a past time");
        };
        assert_eq!(errors[0].code, "past");
        let Err(Error::Invalid(errors)) = check(&plan("2028-01-01T10:00", "60", "x"), now) else {
            panic!("accepted a time two years ahead");
        };
        assert_eq!(errors[0].code, "too-far");
    }
}
