//! Early warnings kept: a sweep (background job, or on demand) runs the detectors of
//! `signals` over recent grievances, stores each new finding once (by its dedupe key) with
//! the grievances behind it and its numbers, and mails the coordinators of the right level
//! and place through the outbox. Coordinators acknowledge and close alerts with a note.

use crate::clock::day_of;
use crate::error::Error;
use crate::mediation::terms::CommitmentState;
use crate::mediation::terms::Party;
use crate::oversight::terms::{AlertKind, AlertState};
use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use diesel::dsl::count_star;
use diesel::prelude::*;
use serde_json::{json, Value};

use crate::actor::{Act, Actor};
use crate::db::Db;
use crate::error::DbError;
use crate::grievances::terms::{region_of, Privacy, Status};
use crate::mail::{self, MailDraft, Site};
use crate::models::{Body, Category, Jurisdiction};
use crate::oversight::signals::{self, Finding};
use crate::permissions::{allowed, Action, Level, Place};
use crate::reference;
use crate::schema::{
    alert_grievances, alerts, bodies, categories, grievances, role_grants, supports, users,
};
use kenes_i18n::{translate, Arg, Locale};

/// An alert as stored. Its numbers (`detail`) are read apart, as JSON, into the view.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = alerts)]
pub struct Alert {
    pub id: i64,
    pub kind: AlertKind,
    pub level_code: Level,
    pub kato: String,
    pub category_code: Option<String>,
    pub body_code: Option<String>,
    pub state: AlertState,
    pub note: Option<String>,
    pub created_at: NaiveDateTime,
}

/// An alert as the dashboard and the mail show it: the stored alert, with its place,
/// category and body read, its numbers, and the grievances behind it.
#[derive(Debug, Clone)]
pub struct AlertView {
    pub alert: Alert,
    pub place: Option<Jurisdiction>,
    pub category: Option<Category>,
    pub body: Option<Body>,
    /// The numbers that explain it.
    pub detail: Value,
    /// Tracking codes of the grievances behind it.
    pub codes: Vec<String>,
}

impl AlertView {
    /// Why the alert fired, in words and numbers.
    pub fn explain(&self, locale: Locale) -> String {
        let lang = locale.code();
        // Whole numbers go as numbers, so that a language can agree its words with them
        // (Russian: 3 обращения, 5 обращений).
        let num = |k: &str| match self.detail[k].as_i64() {
            Some(n) => Arg::Num(n),
            None => Arg::Str(self.detail[k].to_string()),
        };
        // Fractions as the reader's language writes them (0,3 in Kazakh and Russian).
        let decimal = |x: f64, places| Arg::Str(kenes_i18n::decimal(locale, x, places));
        let fraction =
            |k: &str, places| decimal(self.detail[k].as_f64().unwrap_or_default(), places);
        let words = |k: &str| Arg::Str(self.detail[k].as_str().unwrap_or_default().to_owned());
        let named = |name: Option<&str>| Arg::Str(name.unwrap_or_default().to_owned());
        let place = match &self.place {
            Some(p) => named(Some(p.name(lang))),
            None => Arg::Str(translate(locale, "alert-country", &[])),
        };
        let category = named(self.category.as_ref().map(|c| c.name(lang)));
        let kind = self.alert.kind;
        let args: Vec<(&str, Arg)> = match kind {
            AlertKind::Spike => {
                let p = self.detail["p"].as_f64().unwrap_or(1.0);
                let least = 0.0001;
                let p = if p < least {
                    Arg::Str(format!("< {}", kenes_i18n::decimal(locale, least, 4)))
                } else {
                    decimal(p, 4)
                };
                vec![
                    ("observed", num("observed")),
                    ("expected", fraction("expected", 1)),
                    ("weeks", num("weeks")),
                    ("p", p),
                    ("category", category),
                    ("place", place),
                ]
            }
            AlertKind::Sensitive => vec![("category", category), ("place", place)],
            AlertKind::Surge => vec![
                ("last", num("last_day")),
                ("before", num("day_before")),
                ("place", place),
            ],
            AlertKind::Overdue => vec![
                ("overdue", num("overdue")),
                ("open", num("open")),
                ("body", named(self.body.as_ref().map(|b| b.name(lang)))),
            ],
            AlertKind::Broken => vec![
                ("count", num("count")),
                ("days", num("days")),
                ("body", named(self.body.as_ref().map(|b| b.name(lang)))),
            ],
            AlertKind::DialogueHidden => vec![
                ("question", words("question")),
                ("hidden", num("hidden")),
                ("new", num("new")),
                ("usual", fraction("usual", 1)),
            ],
            AlertKind::DialogueDrift => vec![
                ("question", words("question")),
                ("apart", fraction("apart", 2)),
                ("last", fraction("last_week", 2)),
            ],
            AlertKind::Cluster | AlertKind::Reopened => vec![
                ("count", num("count")),
                ("days", num("days")),
                ("place", place),
            ],
        };
        translate(locale, &format!("alert-why-{kind}"), &args)
    }

    /// The mail to a coordinator when the alert is raised.
    pub fn mail(&self, site: &Site, lang: Locale) -> MailDraft {
        let Alert { id, kind, .. } = &self.alert;
        let kind = translate(lang, &format!("alert-kind-{kind}"), &[]);
        let mail =
            |part: &str, args: &[(&str, Arg)]| translate(lang, &format!("mail-alert-{part}"), args);
        MailDraft {
            subject: mail("subject", &[("kind", Arg::Str(kind))]),
            body: mail(
                "body",
                &[
                    ("why", Arg::Str(self.explain(lang))),
                    ("link", site.link(&format!("/dashboard#alert-{id}"))),
                ],
            ),
        }
    }
}

fn week_key(now: NaiveDateTime) -> String {
    let w = day_of(now).iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// Runs every detector over the grievances of the last weeks. The database counts and
/// groups; only the last week's texts (for clusters) come back row by row.
pub fn detect(conn: &mut Db, now: NaiveDateTime) -> Result<Vec<Finding>, DbError> {
    let mut found = spikes(conn, now)?;
    found.extend(sensitive(conn, now)?);
    found.extend(clusters(conn, now)?);
    found.extend(surges(conn, now)?);
    found.extend(overdue_pileups(conn, now)?);
    found.extend(reopened_pileups(conn, now)?);
    found.extend(broken_agreements(conn, now)?);
    found.extend(crate::dialogues::warnings::findings(conn, now)?);
    Ok(found)
}

/// Week `w` (0 = this one): the 7 days ending `7 * w` days before now.
fn week(now: NaiveDateTime, w: usize) -> (NaiveDateTime, NaiveDateTime) {
    let end = now - Duration::days(7 * w as i64);
    (end - Duration::days(7), end)
}

/// Spikes: this week against the 8 before it, per region and category.
fn spikes(conn: &mut Db, now: NaiveDateTime) -> Result<Vec<Finding>, DbError> {
    let weeks = signals::BASELINE_WEEKS + 1;
    let mut counts: BTreeMap<(String, String), Vec<u32>> = BTreeMap::new();
    for w in 0..weeks {
        let (from, to) = week(now, w);
        let rows: Vec<(String, String, i64)> = grievances::table
            .filter(grievances::submitted_at.gt(from))
            .filter(grievances::submitted_at.le(to))
            .group_by((grievances::jurisdiction_kato, grievances::category_code))
            .select((
                grievances::jurisdiction_kato,
                grievances::category_code,
                count_star(),
            ))
            .load(conn)?;
        for (kato, category, n) in rows {
            counts
                .entry((region_of(&kato).to_owned(), category))
                .or_insert_with(|| vec![0; weeks])[w] += n as u32;
        }
    }
    let mut found = Vec::new();
    for ((region, category), c) in &counts {
        let Some(s) = signals::spike(&c[1..], c[0]) else {
            continue;
        };
        let (from, to) = week(now, 0);
        let (first, last) = crate::oversight::dashboard::kato_range(region);
        let ids: Vec<i64> = grievances::table
            .filter(grievances::submitted_at.gt(from))
            .filter(grievances::submitted_at.le(to))
            .filter(grievances::jurisdiction_kato.between(first, last))
            .filter(grievances::category_code.eq(category))
            .order(grievances::id)
            .select(grievances::id)
            .load(conn)?;
        found.push(Finding {
            kind: AlertKind::Spike,
            key: format!("spike:{region}:{category}:{}", week_key(now)),
            level: Level::Regional,
            kato: region.clone(),
            category: Some(category.clone()),
            body: None,
            detail: json!({
                "observed": s.observed,
                "expected": (s.expected * 10.0).round() / 10.0,
                "p": s.p_value,
                "weeks": signals::BASELINE_WEEKS,
            }),
            grievances: ids,
        });
    }
    Ok(found)
}

/// Sensitive categories: every new grievance, at the regional level, at once.
fn sensitive(conn: &mut Db, now: NaiveDateTime) -> Result<Vec<Finding>, DbError> {
    let sensitive: Vec<String> = categories::table
        .filter(categories::sensitive.eq(true))
        .select(categories::code)
        .load(conn)?;
    let touchy: Vec<(i64, String, String)> = grievances::table
        .filter(grievances::submitted_at.ge(now - Duration::days(2)))
        .filter(grievances::submitted_at.le(now))
        .filter(grievances::category_code.eq_any(&sensitive))
        .order(grievances::id)
        .select((
            grievances::id,
            grievances::jurisdiction_kato,
            grievances::category_code,
        ))
        .load(conn)?;
    Ok(touchy
        .into_iter()
        .map(|(id, kato, category)| Finding {
            kind: AlertKind::Sensitive,
            key: format!("sensitive:{id}"),
            level: Level::Regional,
            kato: region_of(&kato).to_owned(),
            category: Some(category),
            body: None,
            detail: json!({}),
            grievances: vec![id],
        })
        .collect())
}

/// Clusters: one place, one thing, within a week.
fn clusters(conn: &mut Db, now: NaiveDateTime) -> Result<Vec<Finding>, DbError> {
    let (from, to) = week(now, 0);
    let texts: Vec<(i64, String, String, String)> = grievances::table
        .filter(grievances::submitted_at.gt(from))
        .filter(grievances::submitted_at.le(to))
        .order(grievances::id)
        .select((
            grievances::id,
            grievances::jurisdiction_kato,
            grievances::title,
            grievances::body,
        ))
        .load(conn)?;
    let mut by_place: BTreeMap<String, Vec<(i64, String)>> = BTreeMap::new();
    for (id, kato, title, body) in texts {
        by_place
            .entry(kato)
            .or_default()
            .push((id, format!("{title} {body}")));
    }
    let mut found = Vec::new();
    for (kato, items) in by_place {
        for group in signals::clusters(&items, signals::CLUSTER_SIMILARITY, signals::CLUSTER_MIN) {
            found.push(Finding {
                kind: AlertKind::Cluster,
                key: format!("cluster:{kato}:{}", group[0]),
                level: Level::Local,
                kato: kato.clone(),
                category: None,
                body: None,
                detail: json!({ "count": group.len(), "days": 7 }),
                grievances: group,
            });
        }
    }
    Ok(found)
}

/// Support surges on public grievances: the last day against the day before.
fn surges(conn: &mut Db, now: NaiveDateTime) -> Result<Vec<Finding>, DbError> {
    let signs: Vec<(i64, NaiveDateTime)> = supports::table
        .filter(supports::at.gt(now - Duration::hours(48)))
        .select((supports::grievance_id, supports::at))
        .load(conn)?;
    let mut days: HashMap<i64, (u32, u32)> = HashMap::new();
    for (g, at) in signs {
        let e = days.entry(g).or_default();
        if now - at <= Duration::hours(24) {
            e.0 += 1;
        } else {
            e.1 += 1;
        }
    }
    let surging: Vec<i64> = days
        .iter()
        .filter(|(_, (last, before))| signals::surge(*last, *before))
        .map(|(g, _)| *g)
        .collect();
    if surging.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(i64, String, Level, String)> = grievances::table
        .filter(grievances::id.eq_any(&surging))
        .filter(grievances::privacy.ne(Privacy::Private))
        .select((
            grievances::id,
            grievances::jurisdiction_kato,
            grievances::level_code,
            grievances::category_code,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, kato, level, category)| {
            let (last, before) = days[&id];
            Finding {
                kind: AlertKind::Surge,
                key: format!("surge:{id}:{}", day_of(now)),
                level,
                kato,
                category: Some(category),
                body: None,
                detail: json!({ "last_day": last, "day_before": before }),
                grievances: vec![id],
            }
        })
        .collect())
}

/// Open grievances per body that fell due before `due_before`.
fn open_per_body(conn: &mut Db, due_before: NaiveDate) -> Result<Vec<(String, i64)>, DbError> {
    Ok(grievances::table
        .filter(grievances::status.eq_any(Status::open_names()))
        .filter(grievances::body_code.is_not_null())
        .filter(grievances::due_on.lt(due_before))
        .group_by(grievances::body_code)
        .select((grievances::body_code.assume_not_null(), count_star()))
        .load::<(String, i64)>(conn)?)
}

/// Overdue grievances piling up at a body.
fn overdue_pileups(conn: &mut Db, now: NaiveDateTime) -> Result<Vec<Finding>, DbError> {
    let today = day_of(now);
    let late: BTreeMap<String, i64> = open_per_body(conn, today)?.into_iter().collect();
    let all_open = open_per_body(conn, NaiveDate::from_ymd_opt(9999, 12, 31).expect("a date"))?;
    let mut found = Vec::new();
    for (body, open) in all_open {
        let overdue_n = late.get(&body).copied().unwrap_or(0);
        if !signals::overdue_pileup(overdue_n as u32, open as u32) {
            continue;
        }
        let overdue: Vec<i64> = grievances::table
            .filter(grievances::status.eq_any(Status::open_names()))
            .filter(grievances::body_code.eq(&body))
            .filter(grievances::due_on.lt(today))
            .order(grievances::id)
            .limit(50)
            .select(grievances::id)
            .load(conn)?;
        let detail = json!({ "overdue": overdue_n, "open": open });
        found.extend(body_finding(
            conn,
            AlertKind::Overdue,
            &body,
            now,
            detail,
            overdue,
        )?);
    }
    Ok(found)
}

/// This week's finding of `kind` about the body `code`: its coordinators are those of the
/// body's level over its place. None for a body no longer listed.
fn body_finding(
    conn: &mut Db,
    kind: AlertKind,
    code: &str,
    now: NaiveDateTime,
    detail: serde_json::Value,
    grievances: Vec<i64>,
) -> Result<Option<Finding>, DbError> {
    let Some(b) = bodies::table.find(code).first::<Body>(conn).optional()? else {
        return Ok(None);
    };
    Ok(Some(Finding {
        kind,
        key: format!("{kind}:{code}:{}", week_key(now)),
        level: b.level_code,
        kato: b.jurisdiction_kato.unwrap_or_default(),
        category: None,
        body: Some(b.code),
        detail,
        grievances,
    }))
}

/// Reopened grievances piling up in a region.
fn reopened_pileups(conn: &mut Db, now: NaiveDateTime) -> Result<Vec<Finding>, DbError> {
    let reopened: Vec<(i64, String)> = grievances::table
        .filter(grievances::status.eq(Status::Reopened))
        .filter(grievances::updated_at.gt(now - Duration::days(14)))
        .select((grievances::id, grievances::jurisdiction_kato))
        .load(conn)?;
    let mut per_region: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    for (id, kato) in reopened {
        per_region
            .entry(region_of(&kato).to_owned())
            .or_default()
            .push(id);
    }
    Ok(per_region
        .into_iter()
        .filter(|(_, ids)| signals::reopened_pileup(ids.len() as u32))
        .map(|(region, ids)| Finding {
            kind: AlertKind::Reopened,
            key: format!("reopened:{region}:{}", week_key(now)),
            level: Level::Regional,
            kato: region,
            category: None,
            body: None,
            detail: json!({ "count": ids.len(), "days": 14 }),
            grievances: ids,
        })
        .collect())
}

/// A body that broke agreements reached in mediation more than once lately: grievances
/// where a commitment of its own was settled "not done".
fn broken_agreements(conn: &mut Db, now: NaiveDateTime) -> Result<Vec<Finding>, DbError> {
    use crate::schema::{agreements, commitments, mediations};
    let since = now - Duration::days(signals::BROKEN_DAYS);
    let broken: Vec<(String, i64)> = commitments::table
        .inner_join(agreements::table.inner_join(mediations::table))
        .filter(commitments::party.eq(Party::Body))
        .filter(commitments::state.eq(CommitmentState::NotDone))
        .filter(
            commitments::confirmed_at
                .gt(since)
                .or(commitments::lapsed_at.gt(since))
                .or(commitments::reported_at.gt(since)),
        )
        .filter(commitments::body_code.is_not_null())
        .select((
            commitments::body_code.assume_not_null(),
            mediations::grievance_id,
        ))
        .distinct()
        .load(conn)?;
    let mut per_body: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    for (body, grievance) in broken {
        per_body.entry(body).or_default().push(grievance);
    }
    let mut found = Vec::new();
    for (body, ids) in per_body {
        if !signals::broken_agreements(ids.len() as u32) {
            continue;
        }
        let detail = json!({ "count": ids.len(), "days": signals::BROKEN_DAYS });
        found.extend(body_finding(
            conn,
            AlertKind::Broken,
            &body,
            now,
            detail,
            ids,
        )?);
    }
    Ok(found)
}

/// Coordinators of `level` whose territory covers `kato`: (user id, e-mail, locale).
pub(crate) fn coordinators(
    conn: &mut Db,
    level: Level,
    kato: &str,
) -> Result<Vec<(i64, String, Locale)>, DbError> {
    let rows: Vec<(i64, Option<String>, String, Locale)> = role_grants::table
        .inner_join(users::table)
        .filter(role_grants::role.eq("coordinator"))
        .filter(role_grants::level_code.eq(level))
        .filter(role_grants::revoked_at.is_null())
        .select((
            users::id,
            role_grants::jurisdiction_kato,
            users::email,
            users::locale,
        ))
        .load(conn)?;
    let mut out: Vec<(i64, String, Locale)> = rows
        .into_iter()
        .filter(|(_, scope, _, _)| scope.as_deref().is_none_or(|s| kato.starts_with(s)))
        .map(|(id, _, email, locale)| (id, email, locale))
        .collect();
    // One row per coordinator, however many of their grants cover the place.
    out.sort_by_key(|(id, ..)| *id);
    out.dedup_by_key(|(id, ..)| *id);
    Ok(out)
}

/// Runs the detectors and keeps what is new: returns the alerts it raised.
pub fn sweep(conn: &mut Db, now: NaiveDateTime, site: &Site) -> Result<Vec<i64>, DbError> {
    let findings = detect(conn, now)?;
    let mut raised = Vec::new();
    for f in findings {
        let id = crate::db::write_transaction(conn, |conn| {
            let known: i64 = alerts::table
                .filter(alerts::dedupe_key.eq(&f.key))
                .count()
                .get_result(conn)?;
            if known > 0 {
                return Ok(None);
            }
            let id: i64 = diesel::insert_into(alerts::table)
                .values((
                    alerts::kind.eq(f.kind),
                    alerts::dedupe_key.eq(&f.key),
                    alerts::level_code.eq(f.level),
                    alerts::kato.eq(&f.kato),
                    alerts::category_code.eq(&f.category),
                    alerts::body_code.eq(&f.body),
                    alerts::detail.eq(f.detail.to_string()),
                    alerts::state.eq(AlertState::New),
                    alerts::created_at.eq(now),
                    alerts::updated_at.eq(now),
                ))
                .returning(alerts::id)
                .get_result(conn)?;
            crate::insert_all!(
                conn,
                alert_grievances,
                f.grievances.iter().map(|g| {
                    (
                        alert_grievances::alert_id.eq(id),
                        alert_grievances::grievance_id.eq(g),
                    )
                })
            )?;
            let view = view(conn, id)?.ok_or(diesel::result::Error::NotFound)?;
            for (_, email, locale) in coordinators(conn, f.level, &f.kato)? {
                mail::enqueue(conn, &email, &view.mail(site, locale), now)?;
            }
            Ok::<_, DbError>(Some(id))
        })?;
        raised.extend(id);
    }
    Ok(raised)
}

/// A stored alert with its numbers (JSON), as the views are read from.
type Stored = (Alert, String);

/// The alerts' views, with a handful of queries however many there are (a dashboard shows
/// up to a hundred).
fn load_views(conn: &mut Db, rows: Vec<Stored>) -> Result<Vec<AlertView>, DbError> {
    let ids: Vec<i64> = rows.iter().map(|(a, _)| a.id).collect();
    let mut codes: HashMap<i64, Vec<String>> = HashMap::new();
    for (alert, code) in alert_grievances::table
        .inner_join(grievances::table)
        .filter(alert_grievances::alert_id.eq_any(&ids))
        .order((alert_grievances::alert_id, grievances::id))
        .select((alert_grievances::alert_id, grievances::tracking_code))
        .load::<(i64, String)>(conn)?
    {
        codes.entry(alert).or_default().push(code);
    }
    let alerts = || rows.iter().map(|(a, _)| a);
    let places = reference::places_by_kato(conn, alerts().map(|a| a.kato.as_str()))?;
    let kinds =
        reference::categories_by_code(conn, alerts().filter_map(|a| a.category_code.as_deref()))?;
    let responsible =
        reference::bodies_by_code(conn, alerts().filter_map(|a| a.body_code.as_deref()))?;
    Ok(rows
        .into_iter()
        .map(|(alert, detail)| AlertView {
            place: places.get(&alert.kato).cloned(),
            category: alert
                .category_code
                .as_ref()
                .and_then(|c| kinds.get(c).cloned()),
            body: alert
                .body_code
                .as_ref()
                .and_then(|b| responsible.get(b).cloned()),
            detail: serde_json::from_str(&detail).unwrap_or(Value::Null),
            codes: codes.remove(&alert.id).unwrap_or_default(),
            alert,
        })
        .collect())
}

pub fn view(conn: &mut Db, id: i64) -> Result<Option<AlertView>, DbError> {
    let row: Option<Stored> = alerts::table
        .find(id)
        .select((Alert::as_select(), alerts::detail))
        .first(conn)
        .optional()?;
    Ok(match row {
        Some(r) => load_views(conn, vec![r])?.pop(),
        None => None,
    })
}

fn oversees(actor: &Actor, level: Level, kato: &str) -> bool {
    allowed(
        &actor.grants,
        Action::Oversee(Place {
            body: "",
            level,
            kato,
        }),
    )
}

/// The newest alerts (at most `limit`, and never more than 100) the actor oversees (their
/// level and below, in their territory); closed ones only when asked.
pub fn for_actor(
    conn: &mut Db,
    actor: &Actor,
    with_closed: bool,
    limit: usize,
) -> Result<Vec<AlertView>, DbError> {
    let mut q = alerts::table
        .select((Alert::as_select(), alerts::detail))
        .into_boxed();
    if !with_closed {
        q = q.filter(alerts::state.ne(AlertState::Closed));
    }
    let rows: Vec<Stored> = q.order(alerts::id.desc()).limit(500).load(conn)?;
    let mine: Vec<Stored> = rows
        .into_iter()
        .filter(|(a, _)| oversees(actor, a.level_code, &a.kato))
        .take(limit.min(100))
        .collect();
    load_views(conn, mine)
}

/// Acknowledges or closes an alert, with a note.
pub fn set_state(
    conn: &mut Db,
    id: i64,
    act: Act,
    state: AlertState,
    note: &str,
) -> Result<(), Error> {
    let (level, kato, current): (Level, String, AlertState) = alerts::table
        .find(id)
        .select((alerts::level_code, alerts::kato, alerts::state))
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound)?;
    if !oversees(act.actor, level, &kato) {
        return Err(Error::NotFound);
    }
    if !current.next().contains(&state) {
        return Err(Error::invalid("state", "alert-state"));
    }
    let note = crate::error::typed_text("note", note, 1..=1000)?;
    diesel::update(alerts::table.find(id))
        .filter(alerts::state.eq(current))
        .set((
            alerts::state.eq(state),
            alerts::note.eq(note),
            alerts::updated_at.eq(act.now),
        ))
        .execute(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cluster(count: i64) -> AlertView {
        alert(
            AlertKind::Cluster,
            serde_json::json!({ "count": count, "days": 7 }),
        )
    }

    fn alert(kind: AlertKind, detail: serde_json::Value) -> AlertView {
        AlertView {
            alert: Alert {
                id: 1,
                kind,
                level_code: Level::Local,
                kato: "1132".into(),
                category_code: None,
                body_code: None,
                state: AlertState::New,
                note: None,
                created_at: NaiveDateTime::default(),
            },
            place: None,
            category: None,
            body: None,
            detail,
            codes: vec![],
        }
    }

    #[test]
    fn fractions_are_written_as_the_reader_writes_them() {
        let detail = serde_json::json!({ "observed": 6, "expected": 0.3, "weeks": 8, "p": 0.0123 });
        let spike = alert(AlertKind::Spike, detail);
        let ru = spike.explain(Locale::Ru);
        assert!(
            ru.contains(" при 0,3 в неделю ") && ru.ends_with(": 0,0123."),
            "{ru}"
        );
        let en = spike.explain(Locale::En);
        assert!(en.contains("0.3") && en.contains("0.0123"), "{en}");
        let detail = serde_json::json!({ "observed": 9, "expected": 0.1, "weeks": 8, "p": 1e-9 });
        let unlikely = alert(AlertKind::Spike, detail).explain(Locale::Kk);
        assert!(unlikely.contains("< 0,0001"), "{unlikely}");
    }

    #[test]
    fn counts_agree_with_their_words() {
        let why = |n| cluster(n).explain(Locale::Ru);
        assert!(why(3).starts_with("3 обращения "), "{}", why(3));
        assert!(why(5).starts_with("5 обращений "), "{}", why(5));
        assert!(why(21).starts_with("21 обращение "), "{}", why(21));
        // Place names stand alone: Russian would decline them ("из Казахстана").
        assert!(
            why(3).ends_with(" за 7 дней; территория: Казахстан."),
            "{}",
            why(3)
        );
        let en = cluster(3).explain(Locale::En);
        assert!(
            en.starts_with("3 grievances ") && en.ends_with("within 7 days."),
            "{en}"
        );
    }
}
