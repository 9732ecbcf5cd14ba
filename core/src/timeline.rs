//! A grievance's timeline (`grievance_events`): every step of every feature (filing,
//! handling, mediation, outcomes) is appended here, in the same transaction as the step, and
//! read back for the page, the tracking page, feeds and the API.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::actor::Actor;
use crate::db::Db;
use crate::error::DbError;
use crate::grievances::terms::{Capacity, Status};
use crate::models::Grievance;
use crate::schema::grievance_events;

/// A timeline event, built from the role that took the step:
/// `NewEvent::by(Capacity::Mediator).moved_to(to).noted(note).append(conn, g.id, now)`.
/// `kind` names a step that is not a plain change of state; `detail` carries its data;
/// `note` is the human reason.
#[derive(Debug, Clone, Copy)]
pub struct NewEvent<'a> {
    status: Option<Status>,
    actor_role: Capacity,
    note: Option<&'a str>,
    kind: Option<&'a str>,
    detail: Option<&'a str>,
}

impl<'a> NewEvent<'a> {
    /// A step taken in `actor_role` (the timeline never names a person).
    pub fn by(actor_role: Capacity) -> Self {
        Self {
            status: None,
            actor_role,
            note: None,
            kind: None,
            detail: None,
        }
    }

    /// The grievance moved to `status` (`None`: the step left its state as it was).
    pub fn moved_to(self, status: impl Into<Option<Status>>) -> Self {
        Self {
            status: status.into(),
            ..self
        }
    }

    pub fn kind(self, kind: impl Into<Option<&'a str>>) -> Self {
        Self {
            kind: kind.into(),
            ..self
        }
    }

    pub fn detail(self, detail: impl Into<Option<&'a str>>) -> Self {
        Self {
            detail: detail.into(),
            ..self
        }
    }

    pub fn noted(self, note: impl Into<Option<&'a str>>) -> Self {
        Self {
            note: note.into(),
            ..self
        }
    }

    /// Appends the event to the grievance's timeline, in the caller's transaction.
    pub fn append(
        &self,
        conn: &mut Db,
        grievance_id: i64,
        now: NaiveDateTime,
    ) -> Result<(), DbError> {
        diesel::insert_into(grievance_events::table)
            .values((
                grievance_events::grievance_id.eq(grievance_id),
                grievance_events::at.eq(now),
                grievance_events::status.eq(self.status.map(Status::as_str)),
                grievance_events::actor_role.eq(self.actor_role),
                grievance_events::note.eq(self.note),
                grievance_events::kind.eq(self.kind),
                grievance_events::detail.eq(self.detail),
            ))
            .execute(conn)?;
        Ok(())
    }
}

/// One step on a grievance's public timeline: when, what, by which role (never by whom).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = grievance_events)]
pub struct Event {
    pub at: NaiveDateTime,
    pub status: Option<Status>,
    pub actor_role: Capacity,
    pub note: Option<String>,
    pub kind: Option<String>,
    pub detail: Option<String>,
}

/// The timeline as a reader may see it: the notes (reasons, hopes, objections) are the
/// grievance's text, so they follow its privacy, on every page, feed and API alike.
pub fn timeline_for(
    conn: &mut Db,
    g: &Grievance,
    viewer: Option<&Actor>,
) -> Result<Vec<Event>, DbError> {
    let notes_visible = crate::grievances::access::text_visible(g, viewer);
    let mut events = timeline(conn, g.id)?;
    if !notes_visible {
        for e in &mut events {
            e.note = None;
        }
    }
    Ok(events)
}

/// The whole record, notes included, for the domain itself; readers get [`timeline_for`].
pub fn timeline(conn: &mut Db, grievance_id: i64) -> Result<Vec<Event>, DbError> {
    Ok(grievance_events::table
        .filter(grievance_events::grievance_id.eq(grievance_id))
        .order((grievance_events::at, grievance_events::id))
        .select(Event::as_select())
        .load(conn)?)
}
