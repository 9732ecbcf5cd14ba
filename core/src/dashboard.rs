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
