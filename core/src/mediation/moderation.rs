//! The moderation queue: open reports across every room a person moderates (as the room's
//! mediator, or everywhere as a moderator), oldest first. A report ends when its message is
//! hidden or when a moderator dismisses it with a reason; both go to the room's log.

use crate::error::Error;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::actor::{Act, Actor};
use crate::db::Db;
use crate::error::DbError;
use crate::mediation::room::{self, Keeping};
use crate::models::Grievance;
use crate::schema::{grievances, mediations, room_messages, room_reports};

/// Characters of the reported message shown in the queue.
pub const EXCERPT: usize = 280;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub id: i64,
    pub code: String,
    pub message_id: i64,
    pub author_role: String,
    /// `None` once the message is hidden.
    pub excerpt: Option<String>,
    pub reason: String,
    pub at: NaiveDateTime,
}

pub fn queue(conn: &mut Db, actor: &Actor) -> Result<Vec<Report>, DbError> {
    let Some(user) = actor.account() else {
        return Ok(vec![]);
    };
    type Row = (
        i64,
        String,
        i64,
        String,
        String,
        Option<NaiveDateTime>,
        String,
        NaiveDateTime,
    );
    let rows: Vec<(Row, Grievance, Option<i64>)> = room_reports::table
        .inner_join(
            room_messages::table.inner_join(mediations::table.inner_join(grievances::table)),
        )
        .filter(room_reports::handled_at.is_null())
        .order(room_reports::id)
        .select((
            (
                room_reports::id,
                grievances::tracking_code,
                room_messages::id,
                room_messages::author_role,
                room_messages::body,
                room_messages::hidden_at,
                room_reports::reason,
                room_reports::at,
            ),
            grievances::all_columns,
            mediations::mediator_user_id,
        ))
        .load(conn)?;
    // The same rule as the room's own seat: the assigned mediator, or a moderator whose
    // territory covers the case. Open reports are few; the rule stays in one place.
    Ok(rows
        .into_iter()
        .filter(|(_, g, mediator)| *mediator == Some(user) || room::may_moderate(actor, g))
        .take(200)
        .map(
            |((id, code, message_id, author_role, body, hidden, reason, at), _, _)| Report {
                id,
                code,
                message_id,
                author_role,
                excerpt: hidden
                    .is_none()
                    .then(|| body.chars().take(EXCERPT).collect()),
                reason,
                at,
            },
        )
        .collect())
}

/// A moderator finds nothing wrong with a reported message: the report ends, with a reason
/// in the room's log.
pub fn dismiss(conn: &mut Db, act: Act, report: i64, why: &str) -> Result<String, Error> {
    crate::db::write_transaction(conn, |conn| {
        let (message, code): (i64, String) = room_reports::table
            .inner_join(
                room_messages::table.inner_join(mediations::table.inner_join(grievances::table)),
            )
            .filter(room_reports::id.eq(report))
            .filter(room_reports::handled_at.is_null())
            .select((room_messages::id, grievances::tracking_code))
            .first(conn)
            .optional()?
            .ok_or(Error::NotFound)?;
        let r = room::open(conn, &code)?;
        let role = room::moderator_seat(act.actor, &r)?;
        let why = room::reason(why)?;
        diesel::update(room_reports::table.find(report))
            .set(room_reports::handled_at.eq(act.now))
            .execute(conn)?;
        room::log(
            conn,
            &r,
            role,
            Keeping::Dismiss,
            Some(message),
            &why,
            act.now,
        )?;
        Ok(code)
    })
}
