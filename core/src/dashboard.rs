//! The numbers of a coordinator's dashboard, for a territory (a KATO prefix; none: the
//! whole country): open, overdue and due-this-week grievances, running mediations, new
//! grievances per week, and open grievances per category.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::db::Db;
use crate::error::DbError;
use crate::grievance::Status;
use crate::schema::grievances;

pub const TREND_WEEKS: usize = 12;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub open: i64,
    pub overdue: i64,
    pub due_this_week: i64,
    pub in_mediation: i64,
    /// New grievances per week, oldest first; the last is the 7 days up to now.
    pub weekly: Vec<i64>,
    /// (category code, open grievances), largest first.
    pub by_category: Vec<(String, i64)>,
}

type Boxed = grievances::BoxedQuery<'static, crate::db::MultiBackend>;

/// The KATO codes under a prefix as a range, which an index serves (SQLite cannot use one
/// for `LIKE 'prefix%'`): codes are digits, so every code under "19" lies between "19"
/// and "19" followed by nines, in any collation.
pub fn kato_range(prefix: &str) -> (String, String) {
    (prefix.to_owned(), format!("{prefix}999999999"))
}

fn scoped(kato: Option<&str>) -> Boxed {
    let q = grievances::table.into_boxed();
    match kato {
        Some(k) if !k.is_empty() => {
            let (from, to) = kato_range(k);
            q.filter(grievances::jurisdiction_kato.between(from, to))
        }
        _ => q,
    }
}

pub fn summary(conn: &mut Db, kato: Option<&str>, now: NaiveDateTime) -> Result<Summary, DbError> {
    let today: NaiveDate = now.date();
    let open = || scoped(kato).filter(grievances::status.eq_any(Status::open_names()));
    let count = |q: Boxed, conn: &mut Db| -> Result<i64, DbError> {
        Ok(q.select(count_star()).first(conn)?)
    };
    let mut s = Summary {
        open: count(open(), conn)?,
        overdue: count(open().filter(grievances::due_on.lt(today)), conn)?,
        due_this_week: count(
            open()
                .filter(grievances::due_on.ge(today))
                .filter(grievances::due_on.lt(today + Duration::days(7))),
            conn,
        )?,
        in_mediation: count(
            scoped(kato).filter(grievances::status.eq(Status::InMediation.as_str())),
            conn,
        )?,
        ..Default::default()
    };
    // One count per week: each is a range on the submission index.
    s.weekly = (0..TREND_WEEKS as i64)
        .rev()
        .map(|back| {
            let end = now - Duration::days(7 * back);
            count(
                scoped(kato)
                    .filter(grievances::submitted_at.gt(end - Duration::days(7)))
                    .filter(grievances::submitted_at.le(end)),
                conn,
            )
        })
        .collect::<Result<_, _>>()?;
    let (from, to) = kato_range(kato.unwrap_or(""));
    s.by_category = grievances::table
        .filter(grievances::status.eq_any(Status::open_names()))
        .filter(grievances::jurisdiction_kato.between(from, to))
        .group_by(grievances::category_code)
        .select((grievances::category_code, count_star()))
        .load(conn)?;
    s.by_category
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(s)
}

/// What the map of regions is shaded by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Measure {
    #[default]
    Open,
    Overdue,
    /// Filed in the last 7 days.
    New,
}

impl Measure {
    pub const ALL: [Measure; 3] = [Measure::Open, Measure::Overdue, Measure::New];

    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Open => "open",
            Measure::Overdue => "overdue",
            Measure::New => "new",
        }
    }

    pub fn parse(s: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

/// Counts of `m` per jurisdiction within `prefix` (empty: the country), grouped by the
/// database; callers fold jurisdictions into larger areas. Grouping by the column keeps
/// the work in the database (a few hundred rows come back, not every grievance).
fn per_jurisdiction(
    conn: &mut Db,
    prefix: &str,
    m: Measure,
    now: NaiveDateTime,
) -> Result<Vec<(String, i64)>, DbError> {
    let states: Vec<&str> = match m {
        Measure::New => Status::ALL.iter().map(|s| s.as_str()).collect(),
        _ => Status::open_names(),
    };
    // Real dates for "no bound": both backends compare them like any other.
    let due_before = match m {
        Measure::Overdue => now.date(),
        _ => NaiveDate::from_ymd_opt(9999, 12, 31).expect("a date"),
    };
    let since = match m {
        Measure::New => now - Duration::days(7),
        _ => NaiveDate::from_ymd_opt(1970, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .expect("a time"),
    };
    let (from, to) = kato_range(prefix);
    Ok(grievances::table
        .filter(grievances::status.eq_any(states))
        .filter(grievances::due_on.lt(due_before))
        .filter(grievances::submitted_at.gt(since))
        .filter(grievances::jurisdiction_kato.between(from, to))
        .group_by(grievances::jurisdiction_kato)
        .select((grievances::jurisdiction_kato, count_star()))
        .load(conn)?)
}

/// Folds per-jurisdiction counts into KATO prefixes of length `digits`, largest first.
fn by_prefix(rows: Vec<(String, i64)>, digits: usize) -> Vec<(String, i64)> {
    let mut per: std::collections::BTreeMap<String, i64> = Default::default();
    for (kato, n) in rows {
        *per.entry(kato[..digits.min(kato.len())].to_owned())
            .or_default() += n;
    }
    let mut out: Vec<(String, i64)> = per.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

/// The measure in every region of the country, for the map.
pub fn regions(
    conn: &mut Db,
    m: Measure,
    now: NaiveDateTime,
) -> Result<Vec<(String, i64)>, DbError> {
    Ok(by_prefix(per_jurisdiction(conn, "", m, now)?, 2))
}

/// Open grievances in each jurisdiction one level below `kato` (regions for the country,
/// districts and cities for a region).
pub fn children(
    conn: &mut Db,
    kato: Option<&str>,
    now: NaiveDateTime,
) -> Result<Vec<(String, i64)>, DbError> {
    let digits = kato.map_or(2, |k| k.len() + 2);
    let rows = per_jurisdiction(conn, kato.unwrap_or(""), Measure::Open, now)?;
    Ok(by_prefix(rows, digits))
}
