//! Public accountability: how each region and each body handles grievances. Aggregates
//! only; a row about fewer than `MIN_CELL` grievances shows no numbers, since small counts
//! can point at a person.

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::Db;
use crate::error::DbError;
use crate::grievance::Status;
use crate::schema::{grievances, mediations};

/// Rows (and ratings) about fewer grievances than this are suppressed.
pub const MIN_CELL: i64 = 5;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    /// A region's KATO code or a body's code.
    pub key: String,
    pub handled: i64,
    /// Everything below is `None` when the row is suppressed (or has nothing to measure).
    pub suppressed: bool,
    /// Share of answered grievances answered by their deadline.
    pub on_time: Option<f64>,
    /// Median days from filing to the answer.
    pub median_days: Option<f64>,
    /// Share of handled grievances that went to mediation.
    pub mediation_rate: Option<f64>,
    /// Share of mediations that ended resolved.
    pub mediation_resolved: Option<f64>,
    /// Mean citizen rating (1–5), when at least `MIN_CELL` citizens rated.
    pub rating: Option<f64>,
}

/// The states in which a body has done its part.
fn handled_states() -> [&'static str; 5] {
    [
        Status::Answered.as_str(),
        Status::Resolved.as_str(),
        Status::NotResolved.as_str(),
        Status::Closed.as_str(),
        Status::Rejected.as_str(),
    ]
}

type Fact = (
    i64,
    String,
    Option<String>,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
    chrono::NaiveDate,
    Option<i32>,
);

#[derive(Default)]
struct Acc {
    handled: i64,
    answered: Vec<(i64, bool)>,
    mediated: i64,
    mediated_resolved: i64,
    ratings: Vec<i32>,
}

fn share(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

fn finish(key: String, a: Acc) -> Row {
    if a.handled < MIN_CELL {
        return Row {
            key,
            handled: a.handled,
            suppressed: true,
            ..Default::default()
        };
    }
    let mut days: Vec<i64> = a.answered.iter().map(|(d, _)| *d).collect();
    days.sort_unstable();
    let median = match days.len() {
        0 => None,
        n if n % 2 == 1 => Some(days[n / 2] as f64),
        n => Some((days[n / 2 - 1] + days[n / 2]) as f64 / 2.0),
    };
    let on_time = a.answered.iter().filter(|(_, ok)| *ok).count() as i64;
    Row {
        key,
        handled: a.handled,
        suppressed: false,
        on_time: share(on_time, a.answered.len() as i64),
        median_days: median,
        mediation_rate: share(a.mediated, a.handled),
        mediation_resolved: share(a.mediated_resolved, a.mediated),
        rating: (a.ratings.len() as i64 >= MIN_CELL)
            .then(|| a.ratings.iter().map(|&r| f64::from(r)).sum::<f64>() / a.ratings.len() as f64),
    }
}

fn facts(conn: &mut Db, region: Option<&str>) -> Result<Vec<Fact>, DbError> {
    let mut q = grievances::table
        .filter(grievances::status.eq_any(handled_states()))
        .select((
            grievances::id,
            grievances::jurisdiction_kato,
            grievances::body_code,
            grievances::status,
            grievances::submitted_at,
            grievances::answered_at,
            grievances::due_on,
            grievances::rating,
        ))
        .into_boxed();
    if let Some(r) = region {
        let (from, to) = crate::dashboard::kato_range(r);
        q = q.filter(grievances::jurisdiction_kato.between(from, to));
    }
    Ok(q.load(conn)?)
}

fn tally(
    conn: &mut Db,
    rows: Vec<Fact>,
    key: impl Fn(&Fact) -> Option<String>,
) -> Result<Vec<Row>, DbError> {
    let mediated: HashSet<i64> = mediations::table
        .filter(mediations::status.eq_any(["active", "agreed", "not_resolved"]))
        .select(mediations::grievance_id)
        .load::<i64>(conn)?
        .into_iter()
        .collect();
    let mut by: BTreeMap<String, Acc> = BTreeMap::new();
    for f in &rows {
        let Some(k) = key(f) else { continue };
        let a = by.entry(k).or_default();
        a.handled += 1;
        if let Some(at) = f.5 {
            a.answered.push(((at - f.4).num_days(), at.date() <= f.6));
        }
        if mediated.contains(&f.0) {
            a.mediated += 1;
            if f.3 == Status::Resolved.as_str() {
                a.mediated_resolved += 1;
            }
        }
        if let Some(r) = f.7 {
            a.ratings.push(r);
        }
    }
    Ok(by.into_iter().map(|(k, a)| finish(k, a)).collect())
}

/// One row per region.
pub fn by_region(conn: &mut Db) -> Result<Vec<Row>, DbError> {
    let rows = facts(conn, None)?;
    tally(conn, rows, |f| {
        Some(crate::grievance::region_of(&f.1).to_owned())
    })
}

/// One row per body handling grievances from the region.
pub fn by_body(conn: &mut Db, region: &str) -> Result<Vec<Row>, DbError> {
    let rows = facts(conn, Some(region))?;
    tally(conn, rows, |f| f.2.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_rows_are_suppressed_and_medians_are_medians() {
        let few = Acc {
            handled: 4,
            answered: vec![(1, true); 4],
            ..Default::default()
        };
        let row = finish("x".into(), few);
        assert!(row.suppressed && row.on_time.is_none() && row.median_days.is_none());
        let many = Acc {
            handled: 6,
            answered: vec![(2, true), (10, false), (4, true), (6, true)],
            mediated: 2,
            mediated_resolved: 1,
            ratings: vec![5, 4, 3, 4],
        };
        let row = finish("y".into(), many);
        assert_eq!(row.median_days, Some(5.0));
        assert_eq!(row.on_time, Some(0.75));
        assert_eq!(row.mediation_rate, Some(2.0 / 6.0));
        assert_eq!(row.mediation_resolved, Some(0.5));
        assert_eq!(row.rating, None, "four ratings are too few to show");
    }
}
