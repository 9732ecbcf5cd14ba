//! Public accountability: how each region and each body handles grievances (those answered,
//! resolved, not resolved, closed or rejected), read from the rollups the database keeps.
//! Aggregates only; a row about fewer than `MIN_CELL` grievances shows no numbers, since small counts
//! can point at a person.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;

use diesel::prelude::*;

use crate::clock::day_of;
use crate::db::Db;
use crate::error::DbError;
use crate::mediation::terms::AgreementStatus;
use crate::mediation::terms::CommitmentState;
use crate::schema::body_tallies;

/// Rows (and ratings) about fewer grievances than this are suppressed.
pub const MIN_CELL: i64 = 5;

/// One row of the accountability table: a region (two-digit KATO code) or a body. Every
/// figure is empty when the row is about fewer than five grievances, and each share or
/// median is empty when fewer than five cases make it. The page, the CSV and the API show
/// it as it is (the public names of the shares end in `_share`).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = AccountabilityRow))]
pub struct Row {
    /// A region's KATO code or a body's code.
    pub key: String,
    pub handled: i64,
    /// Everything below is `None` when the row is suppressed (or has nothing to measure).
    pub suppressed: bool,
    /// Share of answered grievances answered by their deadline.
    #[serde(rename = "on_time_share")]
    pub on_time: Option<f64>,
    /// Median days from filing to the answer.
    pub median_days: Option<f64>,
    /// Share of handled grievances that went to mediation.
    pub mediation_rate: Option<f64>,
    /// Share of mediations that ended resolved.
    #[serde(rename = "mediation_resolved_share")]
    pub mediation_resolved: Option<f64>,
    /// Mean citizen rating (1–5), when at least `MIN_CELL` citizens rated.
    pub rating: Option<f64>,
    /// Median days from filing to acknowledgement (accepted), apart from the answer.
    pub days_to_accept: Option<f64>,
    /// Share of mediated agreements whose commitments, all settled, were all kept.
    #[serde(rename = "agreements_kept_share")]
    pub agreements_kept: Option<f64>,
    /// Answers appealed to the next level (none when the row is suppressed).
    pub appeals: Option<i64>,
    /// Share of those appeals the next level has answered.
    #[serde(rename = "appeals_answered_share")]
    pub appeals_answered: Option<f64>,
}

#[derive(Default)]
struct Acc {
    handled: i64,
    /// Answered grievances per whole days from filing to the answer.
    days: BTreeMap<i64, i64>,
    on_time: i64,
    mediated: i64,
    mediated_resolved: i64,
    rating_sum: i64,
    rating_n: i64,
}

type Tally = (String, String, i32, i64, i64, i64, i64, i64, i64);

impl Acc {
    fn add(&mut self, t: &Tally) {
        let (_, _, days, handled, on_time, mediated, mediated_resolved, rating_sum, rating_n) = *t;
        self.handled += handled;
        if days >= 0 {
            *self.days.entry(i64::from(days)).or_default() += handled;
        }
        self.on_time += on_time;
        self.mediated += mediated;
        self.mediated_resolved += mediated_resolved;
        self.rating_sum += rating_sum;
        self.rating_n += rating_n;
    }

    /// The median of the days histogram: the middle value, or the mean of the middle two.
    fn median_days(&self) -> Option<f64> {
        let n: i64 = self.days.values().sum();
        let nth = |i: i64| {
            let mut seen = 0;
            self.days.iter().find_map(|(&d, &k)| {
                seen += k;
                (seen > i).then_some(d)
            })
        };
        match n {
            0 => None,
            n if n % 2 == 1 => nth(n / 2).map(|d| d as f64),
            n => Some((nth(n / 2 - 1)? + nth(n / 2)?) as f64 / 2.0),
        }
    }
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
    Row {
        key,
        handled: a.handled,
        suppressed: false,
        on_time: share(a.on_time, a.days.values().sum()),
        median_days: a.median_days(),
        mediation_rate: share(a.mediated, a.handled),
        mediation_resolved: share(a.mediated_resolved, a.mediated),
        rating: (a.rating_n >= MIN_CELL).then(|| a.rating_sum as f64 / a.rating_n as f64),
        ..Default::default()
    }
}

/// What the rollups do not hold, gathered per row key from the follow-up tables.
#[derive(Default)]
struct Extra {
    accept_days: Vec<f64>,
    /// Agreements whose commitments are all settled: kept (all done) or not.
    agreements: BTreeMap<i64, bool>,
    /// Agreements with a commitment still pending, left out.
    open_agreements: std::collections::BTreeSet<i64>,
    appeals: i64,
    appeals_answered: i64,
}

impl Extra {
    fn apply(self, row: &mut Row) {
        if row.suppressed {
            return;
        }
        let mut days = self.accept_days;
        row.days_to_accept = (days.len() as i64 >= MIN_CELL)
            .then(|| crate::mediation::registry::median(&mut days))
            .flatten();
        let settled: Vec<bool> = self
            .agreements
            .iter()
            .filter(|(id, _)| !self.open_agreements.contains(id))
            .map(|(_, kept)| *kept)
            .collect();
        row.agreements_kept = (settled.len() as i64 >= MIN_CELL)
            .then(|| {
                share(
                    settled.iter().filter(|k| **k).count() as i64,
                    settled.len() as i64,
                )
            })
            .flatten();
        row.appeals = Some(self.appeals);
        row.appeals_answered = (self.appeals >= MIN_CELL)
            .then(|| share(self.appeals_answered, self.appeals))
            .flatten();
    }
}

/// The key of a row: a region (the first two digits of the KATO code), or a body.
#[derive(Clone, Copy)]
enum Key<'a> {
    Region,
    BodyIn(&'a str),
}

impl Key<'_> {
    fn of(self, kato: &str, body: Option<&str>) -> Option<String> {
        let region = kato.get(..2)?;
        match self {
            Key::Region => Some(region.to_owned()),
            Key::BodyIn(r) if r == region => body.filter(|b| !b.is_empty()).map(str::to_owned),
            Key::BodyIn(_) => None,
        }
    }
}

/// Acknowledgement times, agreements kept and appeals, per row key.
fn extras(conn: &mut Db, key: Key<'_>) -> Result<BTreeMap<String, Extra>, DbError> {
    let mut by: BTreeMap<String, Extra> = BTreeMap::new();
    count_acknowledgements(conn, key, &mut by)?;
    count_agreements(conn, key, &mut by)?;
    count_appeals(conn, key, &mut by)?;
    Ok(by)
}

/// Days from filing to the first acceptance of each grievance.
fn count_acknowledgements(
    conn: &mut Db,
    key: Key<'_>,
    by: &mut BTreeMap<String, Extra>,
) -> Result<(), DbError> {
    use crate::schema::{grievance_events, grievances};
    let accepted: Vec<(i64, String, Option<String>, NaiveDateTime, NaiveDateTime)> =
        grievance_events::table
            .inner_join(grievances::table)
            .filter(grievance_events::status.eq("accepted"))
            .order((grievance_events::grievance_id, grievance_events::at))
            .select((
                grievances::id,
                grievances::jurisdiction_kato,
                grievances::body_code,
                grievances::submitted_at,
                grievance_events::at,
            ))
            .load(conn)?;
    let mut seen = std::collections::HashSet::new();
    for (id, kato, body, submitted, at) in accepted {
        // The first acknowledgement counts; a reopened case accepted again does not.
        if !seen.insert(id) {
            continue;
        }
        if let Some(k) = key.of(&kato, body.as_deref()) {
            let days = (day_of(at) - day_of(submitted)).num_days().max(0) as f64;
            by.entry(k).or_default().accept_days.push(days);
        }
    }
    Ok(())
}

/// Accepted agreements: kept when every commitment is done, open while one is pending.
fn count_agreements(
    conn: &mut Db,
    key: Key<'_>,
    by: &mut BTreeMap<String, Extra>,
) -> Result<(), DbError> {
    use crate::schema::{agreements, commitments, grievances, mediations};
    let promised: Vec<(String, Option<String>, i64, CommitmentState)> = commitments::table
        .inner_join(agreements::table.inner_join(mediations::table.inner_join(grievances::table)))
        .filter(agreements::status.eq(AgreementStatus::Accepted))
        .select((
            grievances::jurisdiction_kato,
            grievances::body_code,
            agreements::id,
            commitments::state,
        ))
        .load(conn)?;
    for (kato, body, agreement, state) in promised {
        if let Some(k) = key.of(&kato, body.as_deref()) {
            let e = by.entry(k).or_default();
            if state == CommitmentState::Pending {
                e.open_agreements.insert(agreement);
            }
            let kept = e.agreements.entry(agreement).or_insert(true);
            *kept &= state == CommitmentState::Done;
        }
    }
    Ok(())
}

/// Appeals against a body, and those it answered afterwards.
fn count_appeals(
    conn: &mut Db,
    key: Key<'_>,
    by: &mut BTreeMap<String, Extra>,
) -> Result<(), DbError> {
    use crate::schema::{appeals, grievances};
    let appealed: Vec<(String, Option<String>, NaiveDateTime, Option<NaiveDateTime>)> =
        appeals::table
            .inner_join(grievances::table)
            .select((
                grievances::jurisdiction_kato,
                appeals::from_body_code,
                appeals::at,
                grievances::answered_at,
            ))
            .load(conn)?;
    for (kato, body, at, answered) in appealed {
        if let Some(k) = key.of(&kato, body.as_deref()) {
            let e = by.entry(k).or_default();
            e.appeals += 1;
            e.appeals_answered += i64::from(answered.is_some_and(|a| a > at));
        }
    }
    Ok(())
}

fn with_extras(mut rows: Vec<Row>, mut extra: BTreeMap<String, Extra>) -> Vec<Row> {
    for row in &mut rows {
        if let Some(e) = extra.remove(&row.key) {
            e.apply(row);
        } else if !row.suppressed {
            Extra::default().apply(row);
        }
    }
    rows
}

/// The rollup rows (migration 000018) of one region, or of all.
fn tallies(conn: &mut Db, region: Option<&str>) -> Result<Vec<Tally>, DbError> {
    let mut q = body_tallies::table
        .filter(body_tallies::handled.ne(0))
        .select((
            body_tallies::region,
            body_tallies::body_code,
            body_tallies::days,
            body_tallies::handled,
            body_tallies::on_time,
            body_tallies::mediated,
            body_tallies::mediated_resolved,
            body_tallies::rating_sum,
            body_tallies::rating_n,
        ))
        .into_boxed();
    if let Some(r) = region {
        q = q.filter(body_tallies::region.eq(r.to_owned()));
    }
    Ok(q.load(conn)?)
}

fn fold(rows: Vec<Tally>, key: impl Fn(&Tally) -> Option<String>) -> Vec<Row> {
    let mut by: BTreeMap<String, Acc> = BTreeMap::new();
    for t in &rows {
        if let Some(k) = key(t) {
            by.entry(k).or_default().add(t);
        }
    }
    by.into_iter().map(|(k, a)| finish(k, a)).collect()
}

/// One row per region.
pub fn by_region(conn: &mut Db) -> Result<Vec<Row>, DbError> {
    let rows = fold(tallies(conn, None)?, |t| Some(t.0.clone()));
    Ok(with_extras(rows, extras(conn, Key::Region)?))
}

/// One row per body handling grievances from the region.
pub fn by_body(conn: &mut Db, region: &str) -> Result<Vec<Row>, DbError> {
    let rows = fold(tallies(conn, Some(region))?, |t| {
        (!t.1.is_empty()).then(|| t.1.clone())
    });
    Ok(with_extras(rows, extras(conn, Key::BodyIn(region))?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_rows_are_suppressed_and_medians_are_medians() {
        let tally = |days: i32, handled: i64, on_time: i64| {
            (
                String::new(),
                String::new(),
                days,
                handled,
                on_time,
                0,
                0,
                0,
                0,
            )
        };
        let mut few = Acc::default();
        few.add(&tally(1, 4, 4));
        let row = finish("x".into(), few);
        assert!(row.suppressed && row.on_time.is_none() && row.median_days.is_none());
        let mut many = Acc::default();
        for t in [
            tally(2, 1, 1),
            tally(10, 1, 0),
            tally(4, 1, 1),
            tally(6, 1, 1),
            tally(-1, 2, 0),
        ] {
            many.add(&t);
        }
        many.add(&(String::new(), String::new(), -1, 0, 0, 2, 1, 16, 4));
        let row = finish("y".into(), many);
        assert_eq!(row.median_days, Some(5.0));
        assert_eq!(row.on_time, Some(0.75));
        assert_eq!(row.mediation_rate, Some(2.0 / 6.0));
        assert_eq!(row.mediation_resolved, Some(0.5));
        assert_eq!(row.rating, None, "four ratings are too few to show");
    }

    #[test]
    fn agreements_count_once_all_their_commitments_are_settled() {
        let shown = || Row {
            handled: 9,
            ..Default::default()
        };
        let mut e = Extra::default();
        // Five settled agreements, four kept; a sixth still has a pending commitment.
        for (id, kept) in [
            (1, true),
            (2, true),
            (3, false),
            (4, true),
            (5, true),
            (6, true),
        ] {
            e.agreements.insert(id, kept);
        }
        e.open_agreements.insert(6);
        e.appeals = 5;
        e.appeals_answered = 2;
        e.accept_days = vec![1.0, 2.0, 9.0, 3.0, 4.0];
        let mut row = shown();
        e.apply(&mut row);
        assert_eq!(row.agreements_kept, Some(0.8));
        assert_eq!((row.appeals, row.appeals_answered), (Some(5), Some(0.4)));
        assert_eq!(row.days_to_accept, Some(3.0));
        // Four of each are too few to show; a suppressed row shows nothing at all.
        let mut few = Extra {
            appeals: 4,
            accept_days: vec![1.0; 4],
            ..Default::default()
        };
        few.agreements
            .extend([(1, true), (2, true), (3, true), (4, true)]);
        let mut row = shown();
        few.apply(&mut row);
        assert_eq!(
            (
                row.agreements_kept,
                row.appeals,
                row.appeals_answered,
                row.days_to_accept
            ),
            (None, Some(4), None, None)
        );
        let mut hidden = Row {
            suppressed: true,
            ..shown()
        };
        Extra {
            appeals: 7,
            ..Default::default()
        }
        .apply(&mut hidden);
        assert_eq!(hidden.appeals, None);
    }

    #[test]
    fn medians_count_every_grievance_of_a_day() {
        let mut a = Acc::default();
        a.add(&(String::new(), String::new(), 3, 5, 0, 0, 0, 0, 0));
        a.add(&(String::new(), String::new(), 9, 4, 0, 0, 0, 0, 0));
        assert_eq!(a.median_days(), Some(3.0), "5 of 9 took 3 days");
        a.add(&(String::new(), String::new(), 9, 1, 0, 0, 0, 0, 0));
        assert_eq!(a.median_days(), Some(6.0), "5 and 5: the mean of 3 and 9");
    }
}
