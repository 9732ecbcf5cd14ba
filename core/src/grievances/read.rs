//! Read models for the public pages.

use diesel::prelude::*;

use crate::calendar::WorkingCalendar;
use crate::db::Db;
use crate::error::{DbResult, Error};
use crate::grievances::terms::{Privacy, Status};
use crate::models::{Category, Grievance, Jurisdiction};
use crate::schema::{categories, grievance_tallies, grievances, holidays, jurisdictions};

/// The grievance with this tracking code.
pub fn find(conn: &mut Db, code: &str) -> Result<Grievance, Error> {
    crate::natively!(conn, |c| grievances::table
        .filter(grievances::tracking_code.eq(code))
        .first(c)
        .optional()?)
    .ok_or(Error::NotFound)
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PortalCounts {
    pub total: i64,
    pub open: i64,
    pub in_mediation: i64,
    pub resolved: i64,
}

/// Read from the rollups the database keeps (migration 000018), not by counting grievances.
pub fn portal_counts(conn: &mut Db) -> DbResult<PortalCounts> {
    let by_status: Vec<(String, i64)> = grievance_tallies::table
        .group_by(grievance_tallies::status)
        .select((
            grievance_tallies::status,
            crate::oversight::dashboard::sum_of("n"),
        ))
        .load(conn)?;
    let mut counts = PortalCounts::default();
    for (status, n) in by_status {
        counts.total += n;
        match Status::parse(&status) {
            Some(Status::InMediation) => {
                counts.in_mediation += n;
                counts.open += n;
            }
            Some(Status::Resolved) => counts.resolved += n,
            Some(s) if s.is_open() => counts.open += n,
            _ => {}
        }
    }
    Ok(counts)
}

/// A grievance with the names a page shows for it.
pub type GrievanceWithNames = (Grievance, Category, Jurisdiction);

/// Looks a grievance up by its (canonical) tracking code.
pub fn by_tracking_code(conn: &mut Db, code: &str) -> DbResult<Option<GrievanceWithNames>> {
    use diesel::OptionalExtension;
    Ok(grievances::table
        .inner_join(categories::table)
        .inner_join(jurisdictions::table)
        .filter(grievances::tracking_code.eq(code))
        .first::<GrievanceWithNames>(conn)
        .optional()?)
}

/// The working calendar as administrators keep it in the database.
pub fn working_calendar(conn: &mut Db) -> DbResult<WorkingCalendar> {
    Ok(WorkingCalendar::new(
        holidays::table.select(holidays::day).load(conn)?,
    ))
}

/// The newest grievances anyone may read (private ones never appear), with their
/// category and place.
pub fn recent_public_with_names(conn: &mut Db, limit: i64) -> DbResult<Vec<GrievanceWithNames>> {
    let ids: Vec<i64> = grievances::table
        .filter(grievances::privacy.ne(Privacy::Private))
        .order((grievances::submitted_at.desc(), grievances::id.desc()))
        .limit(limit)
        .select(grievances::id)
        .load(conn)?;
    with_names(conn, ids, false)
}

/// The grievances `ids` with their category and place, soonest deadline first or newest
/// first. The ids come first from a query on grievances alone: joined, SQLite may start
/// from the small tables and sort the whole big one.
pub(crate) fn with_names(
    conn: &mut Db,
    ids: Vec<i64>,
    order_by_due: bool,
) -> DbResult<Vec<GrievanceWithNames>> {
    let q = grievances::table
        .inner_join(categories::table)
        .inner_join(jurisdictions::table)
        .filter(grievances::id.eq_any(ids));
    Ok(if order_by_due {
        q.order((grievances::due_on, grievances::id)).load(conn)?
    } else {
        q.order((grievances::submitted_at.desc(), grievances::id.desc()))
            .load(conn)?
    })
}
