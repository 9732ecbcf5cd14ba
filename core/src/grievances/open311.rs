//! The queries behind the Open311 GeoReport v2 API: public grievances only (a private one
//! does not exist there), never the author. The HTTP shape lives in the server.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::Db;
use crate::error::DbError;
use crate::grievances::read::GrievanceWithNames;
use crate::grievances::terms::{Privacy, Status};
use crate::schema::{categories, grievances, jurisdictions};

/// Requests returned at most, and the window when no dates are given (the specification's
/// defaults).
pub const LIMIT: i64 = 1000;
pub const DEFAULT_DAYS: i64 = 90;

crate::names::string_enum!(
    /// A service request's status, as Open311 knows it: open or closed.
    RequestStatus {
        Open = "open",
        Closed = "closed",
    }
);

/// How Open311 sees a grievance: closed once the body owes nothing more.
pub fn status(g: &crate::models::Grievance) -> RequestStatus {
    if g.status.is_open() {
        RequestStatus::Open
    } else {
        RequestStatus::Closed
    }
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub ids: Vec<String>,
    pub services: Vec<String>,
    pub start: Option<NaiveDateTime>,
    pub end: Option<NaiveDateTime>,
    /// Open, closed or both (none: both).
    pub statuses: Vec<RequestStatus>,
}

pub fn requests(
    conn: &mut Db,
    f: &Filter,
    now: NaiveDateTime,
) -> Result<Vec<GrievanceWithNames>, DbError> {
    let mut q = grievances::table
        .inner_join(categories::table)
        .inner_join(jurisdictions::table)
        .filter(grievances::privacy.ne(Privacy::Private))
        .into_boxed();
    if !f.ids.is_empty() {
        q = q.filter(grievances::tracking_code.eq_any(&f.ids));
    } else {
        // Without ids, a window of dates: by default the last 90 days.
        let end = f.end.unwrap_or(now);
        let start = f.start.unwrap_or(end - Duration::days(DEFAULT_DAYS));
        q = q
            .filter(grievances::submitted_at.ge(start))
            .filter(grievances::submitted_at.le(end));
    }
    if !f.services.is_empty() {
        q = q.filter(grievances::category_code.eq_any(&f.services));
    }
    let open = f.statuses.contains(&RequestStatus::Open);
    let closed = f.statuses.contains(&RequestStatus::Closed);
    if open != closed {
        q = if open {
            q.filter(grievances::status.eq_any(Status::open_names()))
        } else {
            q.filter(grievances::status.ne_all(Status::open_names()))
        };
    }
    Ok(
        q.order((grievances::submitted_at.desc(), grievances::id.desc()))
            .limit(LIMIT)
            .load(conn)?,
    )
}
