//! Lists of grievances: a body's queue and a coordination centre's queue for staff (soonest
//! deadline first, so overdue ones lead), and the public list anyone may browse.

use diesel::prelude::*;

use crate::db::Db;
use crate::error::DbResult;
use crate::grievances::read::{with_names, GrievanceWithNames};
use crate::grievances::terms::{Privacy, Status};
use crate::mediation::terms::MediationStatus;
use crate::models::Grievance;
use crate::permissions::{Grant, Role};
use crate::schema::{grievance_tallies, grievances, mediations};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// A state; empty means every open state (staff) or every state (public).
    pub status: String,
    pub category: String,
    /// A KATO prefix (a region's code selects everything in the region).
    pub kato: String,
    /// 1-based.
    pub page: i64,
}

pub const PAGE_SIZE: i64 = 20;

impl Filter {
    /// The rows before the asked page (a page below 1 is the first).
    fn skipped(&self) -> i64 {
        (self.page.max(1) - 1) * PAGE_SIZE
    }
}

type Boxed<'a> = grievances::BoxedQuery<'a, crate::db::MultiBackend>;

fn filtered(f: &Filter, open_by_default: bool) -> Boxed<'static> {
    let mut q = grievances::table.into_boxed();
    match Status::parse(&f.status) {
        Some(s) => q = q.filter(grievances::status.eq(s)),
        None if open_by_default => {
            q = q.filter(grievances::status.eq_any(Status::open_names()));
        }
        None => {}
    }
    if !f.category.is_empty() {
        q = q.filter(grievances::category_code.eq(f.category.clone()));
    }
    if !f.kato.is_empty() && f.kato.bytes().all(|b| b.is_ascii_digit()) {
        q = q.filter(grievances::jurisdiction_kato.like(format!("{}%", f.kato)));
    }
    q
}

/// Restricts a query to what a user's staff roles cover: their bodies' grievances, the
/// ones at their centres' level and place, and the cases they mediate (`cases`). `None`
/// when they have no such role.
fn scoped(mut q: Boxed<'static>, grants: &[Grant], cases: &[i64]) -> Option<Boxed<'static>> {
    let bodies: Vec<String> = grants
        .iter()
        .filter(|g| g.role == Role::Official)
        .filter_map(|g| g.body.clone())
        .collect();
    let centres: Vec<(String, Option<String>)> = grants
        .iter()
        .filter(|g| g.role == Role::Coordinator)
        .filter_map(|g| Some((g.level?.as_str().to_owned(), g.kato.clone())))
        .collect();
    let mediates = grants.iter().any(|g| g.role == Role::Mediator);
    if bodies.is_empty() && centres.is_empty() && !mediates {
        return None;
    }
    let mut cond: Box<
        dyn BoxableExpression<
            grievances::table,
            crate::db::MultiBackend,
            SqlType = diesel::sql_types::Bool,
        >,
    > = Box::new(
        grievances::body_code
            .eq_any(bodies)
            .assume_not_null()
            .or(grievances::id.eq_any(cases.to_vec())),
    );
    for (level, kato) in centres {
        let at_level = grievances::level_code.eq(level);
        cond = match kato {
            Some(k) => {
                Box::new(cond.or(at_level.and(grievances::jurisdiction_kato.like(format!("{k}%")))))
            }
            None => Box::new(cond.or(at_level)),
        };
    }
    q = q.filter(cond);
    Some(q)
}

/// The grievances whose mediation the user is asked to take or runs.
fn mediated_by(conn: &mut Db, user_id: i64) -> DbResult<Vec<i64>> {
    Ok(mediations::table
        .filter(mediations::mediator_user_id.eq(user_id))
        .filter(mediations::status.eq_any([MediationStatus::Requested, MediationStatus::Active]))
        .select(mediations::grievance_id)
        .load(conn)?)
}

/// The staff member's queue (their bodies, centres and mediations), soonest deadline first, with the
/// total count. `None` when they have no role that gives a queue.
pub fn staff_queue(
    conn: &mut Db,
    user_id: i64,
    grants: &[Grant],
    f: &Filter,
) -> DbResult<Option<(Vec<GrievanceWithNames>, i64)>> {
    let cases = mediated_by(conn, user_id)?;
    let Some(q) = scoped(filtered(f, true), grants, &cases) else {
        return Ok(None);
    };
    let Some(count_q) = scoped(filtered(f, true), grants, &cases) else {
        return Ok(None);
    };
    let total: i64 = count_q.count().get_result(conn)?;
    let ids: Vec<i64> = q
        .order((grievances::due_on, grievances::id))
        .offset(f.skipped())
        .limit(PAGE_SIZE)
        .select(grievances::id)
        .load(conn)?;
    Ok(Some((with_names(conn, ids, true)?, total)))
}

/// How many public grievances match, from the rollups the database keeps (migration
/// 000018): counting them would read most of the table.
fn public_total(conn: &mut Db, f: &Filter) -> DbResult<i64> {
    let mut q = grievance_tallies::table
        .select(crate::oversight::dashboard::sum_of("n_public"))
        .into_boxed();
    if let Some(s) = Status::parse(&f.status) {
        q = q.filter(grievance_tallies::status.eq(s));
    }
    if !f.category.is_empty() {
        q = q.filter(grievance_tallies::category_code.eq(f.category.clone()));
    }
    if !f.kato.is_empty() && f.kato.bytes().all(|b| b.is_ascii_digit()) {
        let (from, to) = crate::oversight::dashboard::kato_range(&f.kato);
        q = q.filter(grievance_tallies::jurisdiction_kato.between(from, to));
    }
    Ok(q.first(conn)?)
}

/// The public grievances (private ones never) the filter selects.
fn public(f: &Filter) -> Boxed<'static> {
    filtered(f, false).filter(grievances::privacy.ne(Privacy::Private))
}

/// Public grievances (private ones never), newest first, with the total count.
pub fn public_list(conn: &mut Db, f: &Filter) -> DbResult<(Vec<GrievanceWithNames>, i64)> {
    let total = public_total(conn, f)?;
    let ids: Vec<i64> = public(f)
        .order((grievances::submitted_at.desc(), grievances::id.desc()))
        .offset(f.skipped())
        .limit(PAGE_SIZE)
        .select(grievances::id)
        .load(conn)?;
    Ok((with_names(conn, ids, false)?, total))
}

/// The newest open grievances of a kind in a district or city that are not linked as
/// duplicates: where the same problem, reported again, is looked for. The newest of them
/// are enough to find those that still matter.
fn same_problem(kato: &str, category: &str) -> Boxed<'static> {
    const CANDIDATES: i64 = 50;
    grievances::table
        .into_boxed()
        .filter(grievances::jurisdiction_kato.eq(kato.to_owned()))
        .filter(grievances::category_code.eq(category.to_owned()))
        .filter(grievances::status.eq_any(Status::open_names()))
        .filter(grievances::duplicate_of.is_null())
        .order((grievances::submitted_at.desc(), grievances::id.desc()))
        .limit(CANDIDATES)
}

/// The grievances an official or coordinator handling `g` might link it to as a duplicate:
/// open ones of its kind and place filed before it, that they may read, newest first.
pub fn possible_originals(
    conn: &mut Db,
    g: &Grievance,
    grants: &[Grant],
) -> DbResult<Vec<Grievance>> {
    let found: Vec<Grievance> = same_problem(&g.jurisdiction_kato, &g.category_code)
        .filter(grievances::submitted_at.le(g.submitted_at))
        .filter(grievances::id.ne(g.id))
        .load(conn)?;
    Ok(found
        .into_iter()
        .filter(|o| crate::grievances::access::may_read(grants, o))
        .take(ALIKE_MAX)
        .collect())
}

/// How many reported grievances the filing form shows as possibly the same problem.
pub const ALIKE_MAX: usize = 5;

/// A grievance with its names and how many citizens support it.
pub type Supported = (GrievanceWithNames, i64);

/// The open public grievances about the same kind of problem in the same district or city,
/// most supported first, then newest: a citizen about to file sees whether it is already
/// reported and can support it instead. Linked duplicates are left out; their original
/// stands for them.
pub fn alike(conn: &mut Db, kato: &str, category: &str) -> DbResult<Vec<Supported>> {
    let ids: Vec<i64> = same_problem(kato, category)
        .filter(grievances::privacy.ne(Privacy::Private))
        .select(grievances::id)
        .load(conn)?;
    let list = with_names(conn, ids, false)?;
    let mut found = with_support(conn, list)?;
    // A stable sort keeps the newest first among equally supported ones.
    found.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    found.truncate(ALIKE_MAX);
    Ok(found)
}

/// The grievances with their support counts.
fn with_support(conn: &mut Db, list: Vec<GrievanceWithNames>) -> DbResult<Vec<Supported>> {
    let counts = crate::grievances::support::support_counts(conn, list.iter().map(|g| &g.0))?;
    Ok(list
        .into_iter()
        .map(|g| {
            let n = counts.get(&g.0.id).copied().unwrap_or(0);
            (g, n)
        })
        .collect())
}

/// The newest public grievances the filter selects (every state when it names none), at
/// most `limit`, with their support counts: the public list as open data and as a feed.
pub fn public_newest(conn: &mut Db, f: &Filter, limit: i64) -> DbResult<Vec<Supported>> {
    let ids: Vec<i64> = public(f)
        .order((grievances::submitted_at.desc(), grievances::id.desc()))
        .limit(limit)
        .select(grievances::id)
        .load(conn)?;
    let list = with_names(conn, ids, false)?;
    with_support(conn, list)
}
