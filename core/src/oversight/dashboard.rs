//! The numbers of a coordinator's dashboard, for a territory (a KATO prefix; none: the
//! whole country): open, overdue and due-this-week grievances, running mediations, new
//! grievances per week, and open grievances per category.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::clock::day_of;
use crate::db::Db;
use crate::error::DbError;
use crate::grievances::terms::Status;
use crate::schema::{daily_filings, grievance_tallies, open_due_tallies};

pub const TREND_WEEKS: usize = 12;

/// Early warnings the dashboard shows at first, newest first; the rest are a link away.
pub const ALERTS_SHOWN: usize = 20;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub open: i64,
    pub overdue: i64,
    pub due_this_week: i64,
    pub in_mediation: i64,
    /// New grievances per week, oldest first; the last is today and the 6 days before.
    pub weekly: Vec<i64>,
    /// (category code, open grievances), largest first.
    pub by_category: Vec<(String, i64)>,
}

/// The KATO codes under a prefix as a range, which an index serves (SQLite cannot use one
/// for `LIKE 'prefix%'`): codes are digits, so every code under "19" lies between "19"
/// and "19" followed by nines, in any collation.
pub fn kato_range(prefix: &str) -> (String, String) {
    (prefix.to_owned(), format!("{prefix}999999999"))
}

/// `SUM(column)` of a tally as a BIGINT on both backends (diesel's `sum` of a BigInt is a
/// Numeric), 0 over no rows.
pub(crate) fn sum_of(
    column: &'static str,
) -> diesel::expression::SqlLiteral<diesel::sql_types::BigInt> {
    diesel::dsl::sql(&format!("CAST(COALESCE(SUM({column}), 0) AS BIGINT)"))
}

fn sum_n() -> diesel::expression::SqlLiteral<diesel::sql_types::BigInt> {
    sum_of("n")
}

/// The dashboard reads the rollups the database keeps (migration 000018), not the
/// grievances: a territory is a few thousand rows however many grievances it has.
pub fn summary(conn: &mut Db, kato: Option<&str>, now: NaiveDateTime) -> Result<Summary, DbError> {
    let today: NaiveDate = day_of(now);
    let (from, to) = kato_range(kato.unwrap_or(""));
    let open_states = Status::open_names();
    let tallies: Vec<(String, String, i64)> = grievance_tallies::table
        .filter(grievance_tallies::jurisdiction_kato.between(&from, &to))
        .filter(grievance_tallies::n.ne(0))
        .select((
            grievance_tallies::category_code,
            grievance_tallies::status,
            grievance_tallies::n,
        ))
        .load(conn)?;
    let mut s = Summary::default();
    let mut by_category: BTreeMap<String, i64> = BTreeMap::new();
    for (category, status, n) in tallies {
        if open_states.contains(&status.as_str()) {
            s.open += n;
            *by_category.entry(category).or_default() += n;
        }
        if status == Status::InMediation.as_str() {
            s.in_mediation += n;
        }
    }
    s.by_category = by_category.into_iter().filter(|(_, n)| *n > 0).collect();
    s.by_category
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));

    let due = |conn: &mut Db, after: NaiveDate, before: NaiveDate| -> Result<i64, DbError> {
        Ok(open_due_tallies::table
            .filter(open_due_tallies::jurisdiction_kato.between(&from, &to))
            .filter(open_due_tallies::due_on.ge(after))
            .filter(open_due_tallies::due_on.lt(before))
            .select(sum_n())
            .first(conn)?)
    };
    s.overdue = due(conn, epoch(), today)?;
    s.due_this_week = due(conn, today, today + Duration::days(7))?;

    // Week `back` (0 = this one) is the 7 days ending `7 * back` days before today.
    let weeks = TREND_WEEKS as i64;
    let days: Vec<(NaiveDate, i64)> = daily_filings::table
        .filter(daily_filings::jurisdiction_kato.between(&from, &to))
        .filter(daily_filings::day.gt(today - Duration::days(7 * weeks)))
        .filter(daily_filings::day.le(today))
        .select((daily_filings::day, daily_filings::n))
        .load(conn)?;
    s.weekly = vec![0; TREND_WEEKS];
    for (day, n) in days {
        let back = (today - day).num_days() / 7;
        s.weekly[(weeks - 1 - back) as usize] += n;
    }
    Ok(s)
}

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).expect("a date")
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

/// Counts of `m` per jurisdiction within `prefix` (empty: the country), summed by the
/// database; callers fold jurisdictions into larger areas.
fn per_jurisdiction(
    conn: &mut Db,
    prefix: &str,
    m: Measure,
    now: NaiveDateTime,
) -> Result<Vec<(String, i64)>, DbError> {
    let (from, to) = kato_range(prefix);
    let today = day_of(now);
    Ok(match m {
        Measure::Open => grievance_tallies::table
            .filter(grievance_tallies::status.eq_any(Status::open_names()))
            .filter(grievance_tallies::jurisdiction_kato.between(from, to))
            .group_by(grievance_tallies::jurisdiction_kato)
            .select((grievance_tallies::jurisdiction_kato, sum_n()))
            .load(conn)?,
        Measure::Overdue => open_due_tallies::table
            .filter(open_due_tallies::due_on.lt(today))
            .filter(open_due_tallies::jurisdiction_kato.between(from, to))
            .group_by(open_due_tallies::jurisdiction_kato)
            .select((open_due_tallies::jurisdiction_kato, sum_n()))
            .load(conn)?,
        Measure::New => daily_filings::table
            .filter(daily_filings::day.gt(today - Duration::days(7)))
            .filter(daily_filings::day.le(today))
            .filter(daily_filings::jurisdiction_kato.between(from, to))
            .group_by(daily_filings::jurisdiction_kato)
            .select((daily_filings::jurisdiction_kato, sum_n()))
            .load(conn)?,
    })
}

/// Folds per-jurisdiction counts into KATO prefixes of length `digits`, largest first.
fn by_prefix(rows: Vec<(String, i64)>, digits: usize) -> Vec<(String, i64)> {
    let mut per: BTreeMap<String, i64> = BTreeMap::new();
    for (kato, n) in rows {
        *per.entry(kato[..digits.min(kato.len())].to_owned())
            .or_default() += n;
    }
    // Tallies stay behind at zero when their last grievance moves on.
    let mut out: Vec<(String, i64)> = per.into_iter().filter(|(_, n)| *n > 0).collect();
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
