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

fn open_states() -> Vec<&'static str> {
    Status::ALL
        .iter()
        .filter(|s| s.is_open())
        .map(|s| s.as_str())
        .collect()
}

type Boxed = grievances::BoxedQuery<'static, crate::db::MultiBackend>;

fn scoped(kato: Option<&str>) -> Boxed {
    let q = grievances::table.into_boxed();
    match kato {
        Some(k) if !k.is_empty() => q.filter(grievances::jurisdiction_kato.like(format!("{k}%"))),
        _ => q,
    }
}

pub fn summary(conn: &mut Db, kato: Option<&str>, now: NaiveDateTime) -> Result<Summary, DbError> {
    let today: NaiveDate = now.date();
    let open = || scoped(kato).filter(grievances::status.eq_any(open_states()));
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
    let since = now - Duration::days(7 * TREND_WEEKS as i64);
    let times: Vec<NaiveDateTime> = scoped(kato)
        .filter(grievances::submitted_at.gt(since))
        .filter(grievances::submitted_at.le(now))
        .select(grievances::submitted_at)
        .load(conn)?;
    s.weekly = vec![0; TREND_WEEKS];
    for t in times {
        let back = ((now - t).num_days() / 7) as usize;
        if back < TREND_WEEKS {
            s.weekly[TREND_WEEKS - 1 - back] += 1;
        }
    }
    // Counted here: diesel cannot group a boxed query.
    let mut per: std::collections::BTreeMap<String, i64> = Default::default();
    for c in open()
        .select(grievances::category_code)
        .load::<String>(conn)?
    {
        *per.entry(c).or_default() += 1;
    }
    s.by_category = per.into_iter().collect();
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

fn measured(kato: Option<&str>, m: Measure, now: NaiveDateTime) -> Boxed {
    let q = scoped(kato);
    match m {
        Measure::Open => q.filter(grievances::status.eq_any(open_states())),
        Measure::Overdue => q
            .filter(grievances::status.eq_any(open_states()))
            .filter(grievances::due_on.lt(now.date())),
        Measure::New => q.filter(grievances::submitted_at.gt(now - Duration::days(7))),
    }
}

/// Counts by the KATO prefix of length `digits` (2: regions; 4: districts), largest first.
fn by_prefix(conn: &mut Db, q: Boxed, digits: usize) -> Result<Vec<(String, i64)>, DbError> {
    let mut per: std::collections::BTreeMap<String, i64> = Default::default();
    for kato in q
        .select(grievances::jurisdiction_kato)
        .load::<String>(conn)?
    {
        *per.entry(kato[..digits.min(kato.len())].to_owned())
            .or_default() += 1;
    }
    let mut out: Vec<(String, i64)> = per.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(out)
}

/// The measure in every region of the country, for the map.
pub fn regions(
    conn: &mut Db,
    m: Measure,
    now: NaiveDateTime,
) -> Result<Vec<(String, i64)>, DbError> {
    by_prefix(conn, measured(None, m, now), 2)
}

/// Open grievances in each jurisdiction one level below `kato` (regions for the country,
/// districts and cities for a region).
pub fn children(
    conn: &mut Db,
    kato: Option<&str>,
    now: NaiveDateTime,
) -> Result<Vec<(String, i64)>, DbError> {
    let digits = kato.map_or(2, |k| k.len() + 2);
    by_prefix(conn, measured(kato, Measure::Open, now), digits)
}
