//! Readers report a public grievance whose text breaks the rules (insults, someone else's
//! personal data). The moderators of its territory find the reports in their queue: they take
//! the grievance out of public view (`visibility::hide`, which settles its reports) or dismiss
//! them. A report names its reader to nobody.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::actor::{Act, Actor};
use crate::audit::{self, Client};
use crate::db::Db;
use crate::error::{DbError, Error};
use crate::grievances::access::place;
use crate::grievances::read::find;
use crate::grievances::terms::{Privacy, REASON_MIN};
use crate::mail::notices::{self, Notice, Recipient};
use crate::mail::Site;
use crate::models::Grievance;
use crate::permissions::{allowed, Action};
use crate::schema::{grievance_reports, grievances};

const REASON_MAX: usize = 1000;

/// Whether this reader may report `g`: signed in, not its author, and it is public.
pub fn may_report(actor: &Actor, g: &Grievance) -> bool {
    actor.account().is_some() && !actor.is_author(g) && g.privacy != Privacy::Private
}

/// A reader reports the public grievance `code`, saying what is wrong with it; once. The
/// moderators of its territory hear of its first open report.
pub fn report(conn: &mut Db, code: &str, act: Act, reason: &str, site: &Site) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let g = find(conn, code)?;
        let user = act.actor.account().ok_or(Error::Forbidden)?;
        Error::forbidden_unless(may_report(act.actor, &g))?;
        let reason = crate::error::typed_text("report_reason", reason, REASON_MIN..=REASON_MAX)?;
        let before: i64 = grievance_reports::table
            .filter(grievance_reports::grievance_id.eq(g.id))
            .filter(grievance_reports::reporter_user_id.eq(user))
            .count()
            .get_result(conn)?;
        if before > 0 {
            return Err(Error::invalid("report_reason", "reported"));
        }
        let open: i64 = grievance_reports::table
            .filter(grievance_reports::grievance_id.eq(g.id))
            .filter(grievance_reports::resolved_at.is_null())
            .count()
            .get_result(conn)?;
        diesel::insert_into(grievance_reports::table)
            .values((
                grievance_reports::grievance_id.eq(g.id),
                grievance_reports::reporter_user_id.eq(user),
                grievance_reports::reason.eq(&reason),
                grievance_reports::at.eq(act.now),
            ))
            .execute(conn)?;
        if open == 0 {
            let to = [Recipient::Moderators];
            notices::tell(conn, &g, &to, &Notice::Reported, site, act.now)?;
        }
        Ok(())
    })
}

/// A reported grievance as a moderator sees it in the queue: its words and every open
/// report's reason, oldest first. Never who reported it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reported {
    pub code: String,
    pub title: String,
    /// (when, why).
    pub reports: Vec<(NaiveDateTime, String)>,
}

/// The open reports on grievances this moderator may hide, the longest waiting first.
pub fn queue(conn: &mut Db, actor: &Actor) -> Result<Vec<Reported>, DbError> {
    let rows: Vec<(Grievance, NaiveDateTime, String)> = grievance_reports::table
        .inner_join(grievances::table)
        .filter(grievance_reports::resolved_at.is_null())
        .filter(grievances::privacy.ne(Privacy::Private))
        .order((grievance_reports::at, grievance_reports::grievance_id))
        .select((
            grievances::all_columns,
            grievance_reports::at,
            grievance_reports::reason,
        ))
        .load(conn)?;
    let mut queue: Vec<Reported> = Vec::new();
    for (g, at, reason) in rows {
        if !moderates(actor, &g) {
            continue;
        }
        match queue.iter_mut().find(|r| r.code == g.tracking_code) {
            Some(r) => r.reports.push((at, reason)),
            None => queue.push(Reported {
                code: g.tracking_code,
                title: g.title,
                reports: vec![(at, reason)],
            }),
        }
    }
    Ok(queue)
}

/// The open reports on `g`, oldest first, for a moderator of its territory: (when, why).
pub fn open_on(
    conn: &mut Db,
    g: &Grievance,
    actor: &Actor,
) -> Result<Vec<(NaiveDateTime, String)>, DbError> {
    if !moderates(actor, g) {
        return Ok(vec![]);
    }
    Ok(grievance_reports::table
        .filter(grievance_reports::grievance_id.eq(g.id))
        .filter(grievance_reports::resolved_at.is_null())
        .order(grievance_reports::at)
        .select((grievance_reports::at, grievance_reports::reason))
        .load(conn)?)
}

/// A moderator finds nothing against the rules in `code`: its open reports are dismissed.
pub fn dismiss(conn: &mut Db, code: &str, act: Act, client: &Client) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let g = find(conn, code)?;
        Error::forbidden_unless(moderates(act.actor, &g))?;
        if settle(conn, &g, "dismissed", act.now)? == 0 {
            return Err(Error::invalid("report", "settled"));
        }
        audit::record_step(
            conn,
            act,
            "grievance_reports_dismissed",
            Some(&g.tracking_code),
            client,
        )?;
        Ok(())
    })
}

/// Settles the open reports on `g` as `how` (hidden, dismissed); returns how many.
pub(crate) fn settle(
    conn: &mut Db,
    g: &Grievance,
    how: &str,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    Ok(diesel::update(
        grievance_reports::table
            .filter(grievance_reports::grievance_id.eq(g.id))
            .filter(grievance_reports::resolved_at.is_null()),
    )
    .set((
        grievance_reports::resolved_at.eq(now),
        grievance_reports::resolution.eq(how),
    ))
    .execute(conn)?)
}

/// Whether this actor moderates the territory of `g`.
pub(crate) fn moderates(actor: &Actor, g: &Grievance) -> bool {
    actor.account().is_some() && allowed(&actor.grants, Action::Moderate(place(g)))
}
