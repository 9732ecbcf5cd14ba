//! The legal clock's enforcer. A worker runs this periodically: every open grievance whose
//! deadline has passed moves up a level (local → regional → national) with the reason on its
//! timeline, and the citizen is told. At the national level there is nowhere higher to go;
//! the citizen is told once that the deadline was missed. Grievances in mediation are not
//! escalated: the parties agreed to talk, and the room has its own pace.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::calendar::WorkingCalendar;
use crate::clock::day_of;
use crate::db::Db;
use crate::error::DbResult;
use crate::grievances::terms::{Capacity, Status, ANSWER_WORKING_DAYS};
use crate::mail::notices::{self, Notice, Recipient};
use crate::mail::Site;
use crate::models::Grievance;
use crate::permissions::Level;
use crate::schema::grievances;
use crate::timeline::NewEvent;
use crate::{grievances::read, grievances::routing};

/// States in which the body owes an answer and the clock runs.
const CLOCK_RUNS: [Status; 6] = [
    Status::Submitted,
    Status::Accepted,
    Status::Redirected,
    Status::Extended,
    Status::Reopened,
    Status::Escalated,
];

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Sweep {
    pub escalated: usize,
    pub notified: usize,
}

/// Open grievances past their deadline that still have something to do. Grievances already
/// at the top whose citizen was told of this deadline have nothing left: leaving them out
/// keeps each sweep to the work it has, however many such grievances pile up.
fn overdue(conn: &mut Db, today: NaiveDate) -> DbResult<Vec<Grievance>> {
    Ok(grievances::table
        .filter(grievances::due_on.lt(today))
        .filter(grievances::status.eq_any(CLOCK_RUNS.map(Status::as_str)))
        .filter(
            grievances::level_code
                .ne(Level::National)
                .or(grievances::missed_notice_for.is_null())
                .or(grievances::missed_notice_for.ne(grievances::due_on.nullable())),
        )
        .order(grievances::due_on)
        .load(conn)?)
}

/// Escalates every overdue grievance once; safe to run on several nodes at once.
pub fn sweep(conn: &mut Db, now: NaiveDateTime, site: &Site) -> DbResult<Sweep> {
    let calendar = read::working_calendar(conn)?;
    let mut done = Sweep::default();
    for g in overdue(conn, day_of(now))? {
        let level = g.level_code;
        crate::db::write_transaction(conn, |conn| -> DbResult<()> {
            match level.above() {
                None if notify_at_top(conn, &g, now, site)? => done.notified += 1,
                None => {}
                Some(up) if escalate(conn, &g, up, &calendar, now, site)? => done.escalated += 1,
                Some(_) => {}
            }
            Ok(())
        })?;
    }
    Ok(done)
}

/// At the top level nobody is above: the citizen is told once per missed deadline.
fn notify_at_top(conn: &mut Db, g: &Grievance, now: NaiveDateTime, site: &Site) -> DbResult<bool> {
    if g.missed_notice_for == Some(g.due_on) {
        return Ok(false);
    }
    let n = diesel::update(
        grievances::table
            .find(g.id)
            .filter(grievances::due_on.eq(g.due_on))
            .filter(
                grievances::missed_notice_for
                    .is_null()
                    .or(grievances::missed_notice_for.ne(g.due_on)),
            ),
    )
    .set(grievances::missed_notice_for.eq(g.due_on))
    .execute(conn)?;
    if n == 1 {
        missed(conn, g, None, now, site)?;
    }
    Ok(n == 1)
}

/// Moves the grievance one level up with a fresh deadline; false when another node got
/// there first.
fn escalate(
    conn: &mut Db,
    g: &Grievance,
    up: Level,
    calendar: &WorkingCalendar,
    now: NaiveDateTime,
    site: &Site,
) -> DbResult<bool> {
    if !move_up(conn, g, up, calendar, now)? {
        return Ok(false);
    }
    let status = g.status;
    let detail = g.due_on.to_string();
    NewEvent::by(Capacity::System)
        // Already escalated once: the state stays, the level moves on.
        .moved_to((status != Status::Escalated).then_some(Status::Escalated))
        .kind("overdue")
        .detail(detail.as_str())
        .append(conn, g.id, now)?;
    missed(conn, g, Some(up), now, site)?;
    notices::tell_supporters(conn, g, Status::Escalated, site, now)?;
    // The body that answers now hears of it.
    let moved: Grievance = grievances::table.find(g.id).first(conn)?;
    let notice = Notice::InQueue { due: moved.due_on };
    notices::tell(conn, &moved, &[Recipient::Body], &notice, site, now)?;
    Ok(true)
}

/// Hands `g` as it was read to the body of the level `up`, with a fresh legal deadline, in
/// the state Escalated; false when another node moved it first.
pub(crate) fn move_up(
    conn: &mut Db,
    g: &Grievance,
    up: Level,
    calendar: &WorkingCalendar,
    now: NaiveDateTime,
) -> DbResult<bool> {
    let body = routing::route(conn, &g.jurisdiction_kato, &g.category_code, up)?;
    // Guarded by the deadline, level and state it was read with: another node that got
    // there first leaves nothing to do.
    let n = diesel::update(
        grievances::table
            .find(g.id)
            .filter(grievances::due_on.eq(g.due_on))
            .filter(grievances::level_code.eq(&g.level_code))
            .filter(grievances::status.eq(&g.status)),
    )
    .set((
        grievances::status.eq(Status::Escalated),
        grievances::level_code.eq(up),
        grievances::body_code.eq(body.map(|b| b.code).or(g.body_code.clone())),
        grievances::assigned_at.eq(now),
        grievances::due_on.eq(calendar.add_working_days(day_of(now), ANSWER_WORKING_DAYS)),
        grievances::updated_at.eq(now),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

fn missed(
    conn: &mut Db,
    g: &Grievance,
    escalated_to: Option<Level>,
    now: NaiveDateTime,
    site: &Site,
) -> DbResult<()> {
    let notice = Notice::DeadlineMissed {
        due: g.due_on,
        escalated_to,
    };
    notices::to_author(conn, g, &notice, site, now)?;
    Ok(())
}
