//! What happens to a grievance after filing: the body accepts, redirects, extends, answers
//! or rejects it; a coordinator escalates it; the citizen withdraws, closes, rates or
//! reopens it; others support it; staff link duplicates. Every step checks the actor's right
//! here (not only in the page), moves the state machine, appends a timeline event (by role,
//! never by name) and queues the citizen's mail, all in one transaction.

use crate::calendar::WorkingCalendar;
use crate::clock::day_of;
use chrono::{Months, NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::actor::{Act, Actor};
use crate::audit::{self, Client};
use crate::db::Db;
use crate::error::DbError;
use crate::error::Error;
use crate::grievances::access::{may_read, place};
use crate::grievances::read::{self, find};
use crate::grievances::routing;
use crate::grievances::support;
use crate::grievances::terms::{
    Capacity, IllegalTransition, Status, ANSWER_WORKING_DAYS, REASON_MIN,
};
use crate::mail::notices::{self, Notice, Recipient};
use crate::mail::Site;
use crate::models::{Body, Grievance};
use crate::permissions::{allowed, Action, Level};
use crate::schema::grievances;
use crate::timeline::NewEvent;

/// Working days a body has to pass on a grievance outside its competence.
pub const REDIRECT_WORKING_DAYS: u32 = 3;
/// How long after an answer the citizen may reopen the grievance.
pub const REOPEN_DAYS: i64 = 30;
/// An extension may take the whole handling to at most this long after filing.
pub const MAX_MONTHS: u32 = 2;
/// The legal answer says what was done or decided: "Will repair" is not one.
pub const ANSWER_MIN: usize = 20;
pub const TEXT_MAX: usize = 4000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Accept,
    Redirect {
        body: String,
        reason: String,
    },
    /// `until` as typed in a date field (YYYY-MM-DD).
    Extend {
        until: String,
        reason: String,
    },
    Answer {
        text: String,
    },
    Reject {
        reason: String,
    },
    Escalate {
        reason: String,
    },
    /// For good: the citizen says why and confirms that it cannot be undone.
    Withdraw {
        reason: String,
        confirmed: bool,
    },
    Close,
    Reopen {
        reason: String,
    },
}

fn check_text(field: &'static str, text: &str, min: usize) -> Result<String, Error> {
    Ok(crate::error::typed_text(field, text, min..=TEXT_MAX)?)
}

/// The role a staff member acts in on this grievance, if any.
fn staff_role(actor: &Actor, g: &Grievance, coordinator_too: bool) -> Option<Capacity> {
    let p = place(g);
    if allowed(&actor.grants, Action::HandleGrievance(p)) {
        Some(Capacity::Official)
    } else if coordinator_too && allowed(&actor.grants, Action::Coordinate(p)) {
        Some(Capacity::Coordinator)
    } else {
        None
    }
}

/// The change a step makes to the grievance row besides its state.
#[derive(Default)]
struct Change {
    due_on: Option<NaiveDate>,
    body: Option<Body>,
    level: Option<Level>,
    answer: Option<String>,
}

/// What a step will do, decided before anything is written.
struct Planned {
    to: Status,
    role: Capacity,
    note: Option<String>,
    notice: Option<Notice>,
    change: Change,
}

impl Planned {
    fn new(to: Status, role: Capacity, note: Option<String>, notice: Option<Notice>) -> Self {
        Planned {
            to,
            role,
            note,
            notice,
            change: Change::default(),
        }
    }
}

/// The day and the working calendar a step is judged by.
struct Clock {
    now: NaiveDateTime,
    calendar: WorkingCalendar,
}

impl Clock {
    fn today(&self) -> NaiveDate {
        day_of(self.now)
    }

    /// A fresh legal deadline from today.
    fn fresh_due(&self) -> NaiveDate {
        self.calendar
            .add_working_days(self.today(), ANSWER_WORKING_DAYS)
    }
}

fn redirect(
    conn: &mut Db,
    g: &Grievance,
    from: Status,
    role: Capacity,
    body: &str,
    reason: &str,
    clock: &Clock,
) -> Result<Planned, Error> {
    from.transition(Status::Redirected)?;
    let target = routing::body(conn, body)?
        .filter(|b| b.active && Some(&b.code) != g.body_code.as_ref())
        .ok_or_else(|| Error::invalid("body", "choose"));
    let (reason, target) = Error::both(check_text("reason", reason, REASON_MIN), target)?;
    let arrived = day_of(g.assigned_at.unwrap_or(g.submitted_at));
    if role == Capacity::Official
        && clock.calendar.working_days_between(arrived, clock.today()) > REDIRECT_WORKING_DAYS
    {
        return Err(Error::invalid("body", "redirect-late"));
    }
    let mut planned = Planned::new(
        Status::Redirected,
        role,
        Some(reason),
        Some(Notice::Redirected { to: target.clone() }),
    );
    planned.change.level = Some(target.level_code);
    planned.change.due_on = Some(clock.fresh_due());
    planned.change.body = Some(target);
    Ok(planned)
}

fn extend(
    g: &Grievance,
    from: Status,
    role: Capacity,
    until: &str,
    reason: &str,
) -> Result<Planned, Error> {
    from.transition(Status::Extended)?;
    let reason = check_text("reason", reason, REASON_MIN)?;
    let until: NaiveDate = until
        .trim()
        .parse()
        .map_err(|_| Error::invalid("until", "date"))?;
    let limit = day_of(g.submitted_at) + Months::new(MAX_MONTHS);
    if until <= g.due_on {
        return Err(Error::invalid("until", "not-later"));
    }
    if until > limit {
        return Err(Error::invalid("until", "too-late"));
    }
    let mut planned = Planned::new(
        Status::Extended,
        role,
        Some(reason.clone()),
        Some(Notice::Extended { until, reason }),
    );
    planned.change.due_on = Some(until);
    Ok(planned)
}

fn escalate(
    conn: &mut Db,
    g: &Grievance,
    from: Status,
    actor: &Actor,
    reason: &str,
    clock: &Clock,
) -> Result<Planned, Error> {
    Error::forbidden_unless(allowed(&actor.grants, Action::Coordinate(place(g))))?;
    from.transition(Status::Escalated)?;
    let reason = check_text("reason", reason, REASON_MIN)?;
    let up = place(g)
        .level
        .above()
        .ok_or_else(|| Error::invalid("reason", "top-level"))?;
    let mut planned = Planned::new(
        Status::Escalated,
        Capacity::Coordinator,
        Some(reason.clone()),
        Some(Notice::Escalated { to: up, reason }),
    );
    planned.change.body = routing::route(conn, &g.jurisdiction_kato, &g.category_code, up)?;
    planned.change.level = Some(up);
    planned.change.due_on = Some(clock.fresh_due());
    Ok(planned)
}

fn reopen(g: &Grievance, from: Status, reason: &str, clock: &Clock) -> Result<Planned, Error> {
    from.transition(Status::Reopened)?;
    let reason = check_text("reason", reason, REASON_MIN)?;
    let since = g.answered_at.unwrap_or(g.updated_at);
    if clock.now - since > chrono::Duration::days(REOPEN_DAYS) {
        return Err(Error::invalid("reason", "reopen-late"));
    }
    let mut planned = Planned::new(Status::Reopened, Capacity::Citizen, Some(reason), None);
    planned.change.due_on = Some(clock.fresh_due());
    Ok(planned)
}

/// Checks a step against the grievance, the actor and the law, and decides what it does.
fn plan(
    conn: &mut Db,
    g: &Grievance,
    from: Status,
    actor: &Actor,
    step: &Step,
    clock: &Clock,
) -> Result<Planned, Error> {
    let staff = |redirecting| staff_role(actor, g, redirecting).ok_or(Error::Forbidden);
    let is_author = actor.is_author(g);
    Ok(match step {
        Step::Accept => Planned::new(
            Status::Accepted,
            staff(false)?,
            None,
            Some(Notice::Accepted),
        ),
        Step::Redirect { body, reason } => {
            redirect(conn, g, from, staff(true)?, body, reason, clock)?
        }
        Step::Extend { until, reason } => extend(g, from, staff(false)?, until, reason)?,
        Step::Answer { text } => {
            let role = staff(false)?;
            from.transition(Status::Answered)?;
            let answer = check_answer(text)?;
            let notice = Notice::Answered {
                answer: answer.clone(),
            };
            let mut planned = Planned::new(Status::Answered, role, None, Some(notice));
            planned.change.answer = Some(answer);
            planned
        }
        Step::Reject { reason } => {
            let role = staff(false)?;
            from.transition(Status::Rejected)?;
            let reason = check_text("reason", reason, REASON_MIN)?;
            let notice = Some(Notice::Rejected {
                reason: reason.clone(),
            });
            Planned::new(Status::Rejected, role, Some(reason), notice)
        }
        Step::Escalate { reason } => escalate(conn, g, from, actor, reason, clock)?,
        Step::Withdraw { .. } | Step::Close | Step::Reopen { .. } if !is_author => {
            return Err(Error::Forbidden)
        }
        Step::Withdraw { reason, confirmed } => {
            from.transition(Status::Withdrawn)?;
            let reason = check_text("reason", reason, REASON_MIN)?;
            if !confirmed {
                return Err(Error::invalid("confirm", "withdraw-unconfirmed"));
            }
            Planned::new(Status::Withdrawn, Capacity::Citizen, Some(reason), None)
        }
        Step::Close => Planned::new(Status::Closed, Capacity::Citizen, None, None),
        Step::Reopen { reason } => reopen(g, from, reason, clock)?,
    })
}

/// The answer as it will be sent, if it is long enough to be one.
pub fn check_answer(text: &str) -> Result<String, Error> {
    let answer = check_text("answer", text, 1)?;
    if answer.chars().count() < ANSWER_MIN {
        return Err(Error::invalid("answer", "answer-too-short"));
    }
    Ok(answer)
}

/// What the citizen will receive if `actor` sends `text` as the answer to grievance
/// `code`: nothing is written. Staff read it before sending.
pub fn preview_answer(
    conn: &mut Db,
    code: &str,
    actor: &Actor,
    text: &str,
) -> Result<String, Error> {
    // The same checks as the step itself, in the same order.
    let g = find(conn, code)?;
    staff_role(actor, &g, false).ok_or(Error::Forbidden)?;
    g.status.transition(Status::Answered)?;
    check_answer(text)
}

/// The steps this viewer may take on the grievance in its current state, as the page's
/// forms name them. Pages ask here; they do not re-derive the rules.
pub fn steps(
    g: &Grievance,
    actor: Option<&Actor>,
    supported: bool,
    attached: i64,
) -> Vec<&'static str> {
    let Some(a) = actor else { return vec![] };
    let status = g.status;
    let can = |s: Status| status.next().contains(&s);
    let place = place(g);
    let official = allowed(&a.grants, Action::HandleGrievance(place));
    let coordinator = allowed(&a.grants, Action::Coordinate(place));
    let author = a.is_author(g);
    let mut ops = Vec::new();
    let mut add = |op, ok: bool| {
        if ok {
            ops.push(op)
        }
    };
    add("accept", official && can(Status::Accepted));
    add("answer", official && can(Status::Answered));
    add("extend", official && can(Status::Extended));
    add(
        "redirect",
        (official || coordinator) && can(Status::Redirected),
    );
    add("reject", official && can(Status::Rejected));
    add(
        "escalate",
        coordinator && can(Status::Escalated) && place.level.above().is_some(),
    );
    add(
        "link",
        (official || coordinator) && g.duplicate_of.is_none(),
    );
    add("withdraw", author && can(Status::Withdrawn));
    add("close", author && can(Status::Closed));
    add("rate", author && g.answered_at.is_some());
    add("reopen", author && can(Status::Reopened));
    add(
        "attach",
        author
            && crate::grievances::attachments::takes_attachments(status)
            && attached < crate::grievances::attachments::MAX_PER_GRIEVANCE,
    );
    // Support is the public's voice: not offered to the staff who handle or coordinate it.
    add(
        "support",
        a.account().is_some()
            && !author
            && !official
            && !coordinator
            && !supported
            && crate::grievances::support::supportable(g),
    );
    add("unsupport", a.account().is_some() && supported);
    add("hide", crate::grievances::visibility::may_hide(a, g));
    // A moderator of its territory hides it rather than reports it.
    add(
        "report",
        crate::grievances::reports::may_report(a, g)
            && !crate::grievances::reports::moderates(a, g),
    );
    ops
}

/// Carries out a step; returns the new state.
pub fn act(
    conn: &mut Db,
    code: &str,
    act: Act,
    step: &Step,
    client: &Client,
    site: &Site,
) -> Result<Status, Error> {
    crate::db::write_transaction(conn, |conn| {
        let g = find(conn, code)?;
        let from = g.status;
        let today = act.today();
        let clock = Clock {
            now: act.now,
            calendar: read::working_calendar(conn)?,
        };
        let Planned {
            to,
            role,
            note,
            notice,
            change,
        } = plan(conn, &g, from, act.actor, step, &clock)?;
        from.transition(to)?;
        move_to(conn, &g, from, to, &change, act.now)?;
        // Whether the legal deadline was kept stays on the record, whatever comes later.
        let late = to == Status::Answered && today > g.due_on;
        NewEvent::by(role)
            .moved_to(to)
            .kind(late.then_some("answered_late"))
            .detail(change.body.as_ref().map(|b| b.code.as_str()))
            .noted(note.as_deref())
            .append(conn, g.id, act.now)?;
        if let Some(notice) = notice {
            notices::to_author(conn, &g, &notice, site, act.now)?;
        }
        notices::tell_supporters(conn, &g, to, site, act.now)?;
        if change.body.is_some() || change.level.is_some() {
            // Redirected or escalated: the officials of the body that act.now answers hear of it.
            let moved = find(conn, code)?;
            let notice = Notice::InQueue { due: moved.due_on };
            notices::tell(conn, &moved, &[Recipient::Body], &notice, site, act.now)?;
        }
        let action = format!("grievance_{}", to.as_str());
        audit::record_step(conn, act, &action, Some(&g.tracking_code), client)?;
        Ok(to)
    })
}

/// Writes the new state, guarded by the old one so that two officials acting at once
/// cannot both move the same grievance.
fn move_to(
    conn: &mut Db,
    g: &Grievance,
    from: Status,
    to: Status,
    change: &Change,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let target = grievances::table
        .find(g.id)
        .filter(grievances::status.eq(from));
    let moved_body = change.body.is_some() || change.level.is_some();
    let n = diesel::update(target)
        .set((
            grievances::status.eq(to),
            grievances::updated_at.eq(now),
            grievances::due_on.eq(change.due_on.unwrap_or(g.due_on)),
            grievances::body_code.eq(change
                .body
                .as_ref()
                .map(|b| b.code.clone())
                .or_else(|| g.body_code.clone())),
            grievances::level_code.eq(change.level.unwrap_or(g.level_code)),
            grievances::assigned_at.eq(if moved_body { Some(now) } else { g.assigned_at }),
            grievances::answer.eq(change.answer.as_ref().or(g.answer.as_ref())),
            grievances::answered_at.eq(if change.answer.is_some() {
                Some(now)
            } else {
                g.answered_at
            }),
        ))
        .execute(conn)?;
    if n == 1 {
        Ok(())
    } else {
        // Someone else moved it first; the caller sees the state it is really in.
        Err(IllegalTransition { from, to }.into())
    }
}

/// The citizen rates the answer, 1 (bad) to 5 (good); they may change their mind.
pub fn rate(conn: &mut Db, code: &str, act: Act, stars: i32) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let g = find(conn, code)?;
        record_rating(conn, &g, act.actor, stars, act.now)
    })
}

/// The author's rating of the answer, on the timeline (inside the caller's transaction).
pub(crate) fn record_rating(
    conn: &mut Db,
    g: &Grievance,
    actor: &Actor,
    stars: i32,
    now: NaiveDateTime,
) -> Result<(), Error> {
    Error::forbidden_unless(actor.is_author(g))?;
    if g.answered_at.is_none() {
        return Err(Error::invalid("rating", "not-answered"));
    }
    if !(1..=5).contains(&stars) {
        return Err(Error::invalid("rating", "choose"));
    }
    diesel::update(grievances::table.find(g.id))
        .set(grievances::rating.eq(stars))
        .execute(conn)?;
    NewEvent::by(Capacity::Citizen)
        .kind("rated")
        .detail(stars.to_string().as_str())
        .append(conn, g.id, now)?;
    Ok(())
}

/// Staff mark `code` as a duplicate of `of`: it then shares the original's support count,
/// and both timelines say so. Duplicates of the duplicate move along.
pub fn link_duplicate(
    conn: &mut Db,
    code: &str,
    of: &str,
    act: Act,
    client: &Client,
    site: &Site,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let dup = find(conn, code)?;
        let role = staff_role(act.actor, &dup, true).ok_or(Error::Forbidden)?;
        let original = match crate::grievances::terms::parse_tracking_code(of) {
            Some(c) => find(conn, &c).map_err(|_| Error::invalid("of", "unknown"))?,
            None => return Err(Error::invalid("of", "unknown")),
        };
        // Linking changes the original's timeline and support count too: only staff who may
        // read both may link. To others the original does not exist.
        if !may_read(&act.actor.grants, &original) {
            return Err(Error::invalid("of", "unknown"));
        }
        let root_id = support::root(&original);
        if root_id != original.id {
            let root_row: Grievance = grievances::table.find(root_id).first(conn)?;
            if !may_read(&act.actor.grants, &root_row) {
                return Err(Error::invalid("of", "unknown"));
            }
        }
        if root_id == dup.id || dup.duplicate_of.is_some() {
            return Err(Error::invalid("of", "same"));
        }
        let root_code: String = grievances::table
            .find(root_id)
            .select(grievances::tracking_code)
            .first(conn)?;
        diesel::update(grievances::table.filter(grievances::duplicate_of.eq(dup.id)))
            .set(grievances::duplicate_of.eq(root_id))
            .execute(conn)?;
        diesel::update(grievances::table.find(dup.id))
            .set((
                grievances::duplicate_of.eq(root_id),
                grievances::updated_at.eq(act.now),
            ))
            .execute(conn)?;
        for (id, kind, detail) in [
            (dup.id, "duplicate_of", root_code.as_str()),
            (root_id, "duplicate_linked", dup.tracking_code.as_str()),
        ] {
            NewEvent::by(role)
                .kind(kind)
                .detail(detail)
                .append(conn, id, act.now)?;
        }
        let linked = Notice::Linked {
            original: root_code,
        };
        notices::to_author(conn, &dup, &linked, site, act.now)?;
        audit::record_step(
            conn,
            act,
            "grievance_duplicate",
            Some(&dup.tracking_code),
            client,
        )?;
        Ok(())
    })
}

/// The author's display name; the caller has checked `author_visible`.
pub fn author_name(conn: &mut Db, g: &Grievance) -> Result<Option<String>, DbError> {
    match g.author_user_id {
        Some(id) => crate::accounts::display_name(conn, id),
        None => Ok(None),
    }
}

pub fn tracking_code_of(conn: &mut Db, id: i64) -> Result<String, DbError> {
    Ok(grievances::table
        .find(id)
        .select(grievances::tracking_code)
        .first(conn)?)
}
