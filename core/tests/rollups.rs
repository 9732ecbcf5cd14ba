//! The dashboard and the accountability page read rollups that triggers keep (migrations
//! 000018 and 000037; days are Kazakhstan's). On a real SQLite file and a real PostgreSQL server, after demo data, a storm of
//! arbitrary changes (states, deadlines, answers, ratings, bodies, privacy, mediations,
//! deletions) and a reseed, their numbers (and the home page's and the public list's
//! counts) must equal those counted from the grievances themselves.

use std::collections::{BTreeMap, HashSet};

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use kenes_core::clock::day_of;
use kenes_core::db::interact;
use kenes_core::grievances::queue::{self, Filter};
use kenes_core::grievances::read::{self, PortalCounts};
use kenes_core::grievances::terms::{region_of, Status};
use kenes_core::models::Grievance;
use kenes_core::oversight::accountability::{self, Row, MIN_CELL};
use kenes_core::oversight::dashboard::{self, Measure, Summary, TREND_WEEKS};
use kenes_core::schema::{grievances, mediations};
use kenes_core::testing::migrated;
use kenes_core::{both_backends, reference, seed, Backend, Db};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// Everything counted the slow way, from every grievance.
struct Truth {
    all: Vec<Grievance>,
    mediated: HashSet<i64>,
    now: NaiveDateTime,
}

impl Truth {
    fn load(c: &mut Db) -> Truth {
        Truth {
            all: grievances::table.load(c).unwrap(),
            mediated: mediations::table
                .filter(mediations::status.eq_any(["active", "agreed", "not_resolved"]))
                .select(mediations::grievance_id)
                .load::<i64>(c)
                .unwrap()
                .into_iter()
                .collect(),
            now: Utc::now().naive_utc(),
        }
    }

    fn status(g: &Grievance) -> Status {
        g.status
    }

    fn summary(&self, kato: &str) -> Summary {
        let today = day_of(self.now);
        let here: Vec<&Grievance> = self
            .all
            .iter()
            .filter(|g| g.jurisdiction_kato.starts_with(kato))
            .collect();
        let open: Vec<&&Grievance> = here.iter().filter(|g| Self::status(g).is_open()).collect();
        let mut by_category: BTreeMap<String, i64> = BTreeMap::new();
        for g in &open {
            *by_category.entry(g.category_code.clone()).or_default() += 1;
        }
        let mut by_category: Vec<(String, i64)> = by_category.into_iter().collect();
        by_category.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let mut weekly = vec![0; TREND_WEEKS];
        for g in &here {
            let back = (today - day_of(g.submitted_at)).num_days();
            if (0..7 * TREND_WEEKS as i64).contains(&back) {
                weekly[TREND_WEEKS - 1 - (back / 7) as usize] += 1;
            }
        }
        Summary {
            open: open.len() as i64,
            overdue: open.iter().filter(|g| g.due_on < today).count() as i64,
            due_this_week: open
                .iter()
                .filter(|g| g.due_on >= today && g.due_on < today + Duration::days(7))
                .count() as i64,
            in_mediation: here
                .iter()
                .filter(|g| Self::status(g) == Status::InMediation)
                .count() as i64,
            weekly,
            by_category,
        }
    }

    fn places(&self, kato: &str, digits: usize, m: Measure) -> Vec<(String, i64)> {
        let today = day_of(self.now);
        let mut per: BTreeMap<String, i64> = BTreeMap::new();
        for g in self
            .all
            .iter()
            .filter(|g| g.jurisdiction_kato.starts_with(kato))
        {
            let open = Self::status(g).is_open();
            let counts = match m {
                Measure::Open => open,
                Measure::Overdue => open && g.due_on < today,
                Measure::New => (0..7).contains(&(today - day_of(g.submitted_at)).num_days()),
            };
            if counts {
                *per.entry(
                    g.jurisdiction_kato[..digits.min(g.jurisdiction_kato.len())].to_owned(),
                )
                .or_default() += 1;
            }
        }
        let mut out: Vec<(String, i64)> = per.into_iter().collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out
    }

    fn accountability(&self, key: impl Fn(&Grievance) -> Option<String>) -> Vec<Row> {
        let handled = [
            Status::Answered,
            Status::Resolved,
            Status::NotResolved,
            Status::Closed,
            Status::Rejected,
        ];
        let mut by: BTreeMap<String, Vec<&Grievance>> = BTreeMap::new();
        for g in self
            .all
            .iter()
            .filter(|g| handled.contains(&Self::status(g)))
        {
            if let Some(k) = key(g) {
                by.entry(k).or_default().push(g);
            }
        }
        let share = |part: usize, whole: usize| (whole > 0).then(|| part as f64 / whole as f64);
        by.into_iter()
            .map(|(key, gs)| {
                if (gs.len() as i64) < MIN_CELL {
                    return Row {
                        key,
                        handled: gs.len() as i64,
                        suppressed: true,
                        ..Default::default()
                    };
                }
                let answered: Vec<(i64, bool)> = gs
                    .iter()
                    .filter_map(|g| {
                        let at = g.answered_at?;
                        let days = (day_of(at) - day_of(g.submitted_at)).num_days().max(0);
                        Some((days, day_of(at) <= g.due_on))
                    })
                    .collect();
                let mut days: Vec<i64> = answered.iter().map(|a| a.0).collect();
                days.sort_unstable();
                let n = days.len();
                let mediated: Vec<&&Grievance> = gs
                    .iter()
                    .filter(|g| self.mediated.contains(&g.id))
                    .collect();
                let ratings: Vec<i32> = gs.iter().filter_map(|g| g.rating).collect();
                Row {
                    key,
                    handled: gs.len() as i64,
                    suppressed: false,
                    on_time: share(answered.iter().filter(|a| a.1).count(), n),
                    median_days: match n {
                        0 => None,
                        n if n % 2 == 1 => Some(days[n / 2] as f64),
                        n => Some((days[n / 2 - 1] + days[n / 2]) as f64 / 2.0),
                    },
                    mediation_rate: share(mediated.len(), gs.len()),
                    mediation_resolved: share(
                        mediated
                            .iter()
                            .filter(|g| Self::status(g) == Status::Resolved)
                            .count(),
                        mediated.len(),
                    ),
                    rating: (ratings.len() as i64 >= MIN_CELL).then(|| {
                        ratings.iter().map(|&r| f64::from(r)).sum::<f64>() / ratings.len() as f64
                    }),
                    ..Default::default()
                }
            })
            .collect()
    }
}

/// The rows' figures that come from the rollups (acknowledgement, agreements kept and
/// appeals are read from their own tables, and checked in `handling` and `mediation`).
fn rollup_part(rows: Vec<Row>) -> Vec<Row> {
    rows.into_iter()
        .map(|r| Row {
            days_to_accept: None,
            agreements_kept: None,
            appeals: None,
            appeals_answered: None,
            ..r
        })
        .collect()
}

/// Compares every page's numbers with the truth, for the country and for each region that
/// has grievances.
fn check(c: &mut Db, when: &str) {
    let truth = Truth::load(c);
    let now = truth.now;
    let regions: Vec<String> = truth
        .places("", 2, Measure::Open)
        .into_iter()
        .map(|(r, _)| r)
        .collect();
    assert!(regions.len() > 3, "{when}: the demo spreads over regions");
    for kato in std::iter::once("").chain(regions.iter().map(String::as_str)) {
        let scope = (!kato.is_empty()).then_some(kato);
        assert_eq!(
            dashboard::summary(c, scope, now).unwrap(),
            truth.summary(kato),
            "{when}: summary of {kato:?}"
        );
        let digits = if kato.is_empty() { 2 } else { kato.len() + 2 };
        assert_eq!(
            dashboard::children(c, scope, now).unwrap(),
            truth.places(kato, digits, Measure::Open),
            "{when}: places in {kato:?}"
        );
        if !kato.is_empty() {
            assert_eq!(
                rollup_part(accountability::by_body(c, kato).unwrap()),
                truth.accountability(|g| {
                    (region_of(&g.jurisdiction_kato) == kato)
                        .then(|| g.body_code.clone())
                        .flatten()
                }),
                "{when}: bodies of {kato}"
            );
        }
    }
    for m in Measure::ALL {
        assert_eq!(
            dashboard::regions(c, m, now).unwrap(),
            truth.places("", 2, m),
            "{when}: map by {m:?}"
        );
    }
    let counts = read::portal_counts(c).unwrap();
    let status = |g: &Grievance| g.status;
    assert_eq!(
        counts,
        PortalCounts {
            total: truth.all.len() as i64,
            open: truth.all.iter().filter(|g| status(g).is_open()).count() as i64,
            in_mediation: truth
                .all
                .iter()
                .filter(|g| status(g) == Status::InMediation)
                .count() as i64,
            resolved: truth
                .all
                .iter()
                .filter(|g| status(g) == Status::Resolved)
                .count() as i64,
        },
        "{when}: the home page's counts"
    );
    for (status, category, kato) in [
        ("", "", ""),
        ("submitted", "", ""),
        ("", "utilities", ""),
        ("", "", regions[0].as_str()),
        ("resolved", "roads", regions[1].as_str()),
    ] {
        let filter = Filter {
            status: status.into(),
            category: category.into(),
            kato: kato.into(),
            page: 1,
        };
        let expected = truth
            .all
            .iter()
            .filter(|g| g.privacy != "private")
            .filter(|g| status.is_empty() || g.status == status)
            .filter(|g| category.is_empty() || g.category_code == category)
            .filter(|g| g.jurisdiction_kato.starts_with(kato))
            .count() as i64;
        assert_eq!(
            queue::public_list(c, &filter).unwrap().1,
            expected,
            "{when}: public grievances matching {filter:?}"
        );
    }
    let by_region = accountability::by_region(c).unwrap();
    assert!(
        by_region
            .iter()
            .any(|r| !r.suppressed && r.median_days.is_some()),
        "{when}: some region has numbers to compare: {by_region:?}"
    );
    assert_eq!(
        rollup_part(by_region),
        truth.accountability(|g| Some(region_of(&g.jurisdiction_kato).to_owned())),
        "{when}: regions"
    );
}

/// Up to `days` back, to the minute: any hour of the day, so that a UTC day and a day in
/// Kazakhstan (UTC+5) differ for some of them.
fn minutes(rng: &mut StdRng, days: i64) -> Duration {
    Duration::minutes(rng.random_range(0..days * 24 * 60))
}

/// Changes grievances and mediations the way no single code path does, straight in the
/// database: whatever writes, the triggers must follow.
fn storm(c: &mut Db, rng: &mut StdRng) {
    let ids: Vec<i64> = grievances::table.select(grievances::id).load(c).unwrap();
    let places: Vec<String> = grievances::table
        .select(grievances::jurisdiction_kato)
        .distinct()
        .load(c)
        .unwrap();
    let now = Utc::now().naive_utc();
    for &id in &ids {
        if !rng.random_bool(0.3) {
            continue;
        }
        let status = Status::ALL[rng.random_range(0..Status::ALL.len())].as_str();
        let target = grievances::table.find(id);
        match rng.random_range(0..7) {
            0 => diesel::update(target)
                .set(grievances::status.eq(status))
                .execute(c),
            1 => diesel::update(target)
                .set((
                    grievances::status.eq(status),
                    grievances::answered_at.eq(now - minutes(rng, 40)),
                    grievances::rating.eq(rng.random_range(1..=5)),
                ))
                .execute(c),
            2 => diesel::update(target)
                .set(grievances::due_on.eq(day_of(now) + Duration::days(rng.random_range(-20..20))))
                .execute(c),
            3 => diesel::update(target)
                .set((
                    grievances::jurisdiction_kato.eq(&places[rng.random_range(0..places.len())]),
                    grievances::body_code.eq(None::<String>),
                ))
                .execute(c),
            4 => diesel::update(target)
                .set(grievances::submitted_at.eq(now - minutes(rng, 90)))
                .execute(c),
            5 => diesel::update(target)
                .set((
                    grievances::rating.eq(None::<i32>),
                    grievances::title.eq("changed"),
                ))
                .execute(c),
            _ => diesel::update(target)
                .set(
                    grievances::privacy
                        .eq(["private", "public", "public_anonymous"][rng.random_range(0..3)]),
                )
                .execute(c),
        }
        .unwrap();
    }
    let mediations: Vec<(i64, i64)> = mediations::table
        .select((mediations::id, mediations::grievance_id))
        .load(c)
        .unwrap();
    assert!(!mediations.is_empty(), "the demo mediates");
    for (id, _) in &mediations {
        if rng.random_bool(0.5) {
            continue;
        }
        let status =
            ["requested", "active", "agreed", "not_resolved", "declined"][rng.random_range(0..5)];
        diesel::update(mediations::table.find(id))
            .set(mediations::status.eq(status))
            .execute(c)
            .unwrap();
    }
    // A second mediation for some grievances, some of them gone again.
    for (_, grievance) in mediations.iter().take(6) {
        let id: i64 = diesel::insert_into(mediations::table)
            .values((
                mediations::grievance_id.eq(grievance),
                mediations::status.eq("active"),
                mediations::requested_by.eq("citizen"),
                mediations::hope.eq("again"),
                mediations::created_at.eq(now),
                mediations::updated_at.eq(now),
                mediations::room_locked.eq(false),
                mediations::slow_mode_secs.eq(0),
            ))
            .returning(mediations::id)
            .get_result(c)
            .unwrap();
        if rng.random_bool(0.5) {
            diesel::delete(mediations::table.find(id))
                .execute(c)
                .unwrap();
        }
    }
}

/// SQLite's planner statistics keep row counts and no value samples: a statement planned
/// on a sample is prepared again at every execution (`db::optimize`).
fn statistics_keep_counts_not_samples(c: &mut Db) -> Result<(), kenes_core::DbError> {
    kenes_core::db::optimize(c)?;
    if c.backend() != Backend::Sqlite {
        return Ok(());
    }
    #[derive(QueryableByName)]
    struct Rows {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let rows = |c: &mut Db, table: &str| -> Result<i64, kenes_core::DbError> {
        let q = format!("SELECT count(*) AS n FROM {table}");
        Ok(diesel::sql_query(q).get_result::<Rows>(c)?.n)
    };
    assert!(rows(c, "sqlite_stat1")? > 0, "the row counts are kept");
    assert_eq!(rows(c, "sqlite_stat4")?, 0, "no value samples");
    Ok(())
}

async fn rollups_follow_every_change(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::Error>(&pool, |c| {
        reference::load(c)?;
        seed::demo(c, 2000, true)?;
        check(c, "after the demo data");
        statistics_keep_counts_not_samples(c)?;
        check(c, "after the planner's statistics");
        let mut rng = StdRng::seed_from_u64(2026);
        for round in 0..3 {
            storm(c, &mut rng);
            check(c, &format!("after storm {round}"));
        }
        seed::demo(c, 150, true)?;
        check(c, "after a reseed");
        Ok(())
    })
    .await
    .unwrap();
}

both_backends!(rollups_follow_every_change => rollups_follow_every_change);
