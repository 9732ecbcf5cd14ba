//! A dialogue in the public record: once its report is published, it stands among the
//! published outcomes (kind `dialogue`), where journalists search, follow the feeds and
//! export it with the outcomes of grievances. Its text is the report and the answers given
//! so far; it is written again with every answer, in the transaction of that answer, with
//! its search-outbox row.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use kenes_i18n::{translate, Arg, Locale};

use super::report::{self, Report};
use super::{place_and_bodies, Dialogue};
use crate::db::Db;
use crate::error::DbError;
use crate::models::Body;
use crate::outcomes::{OutcomeKind, OutcomeResult, OutcomeStatus};
use crate::schema::{dialogue_grievances, grievances, outcomes, users};

/// The region facet's value for a dialogue of the whole country.
pub const WHOLE_COUNTRY: &str = "kz";

/// Writes (or rewrites) the dialogue's entry in the public record and queues it for the
/// search index.
pub(super) fn record(conn: &mut Db, d: &Dialogue, now: NaiveDateTime) -> Result<(), DbError> {
    let Some(report) = report::find(conn, d.id)? else {
        return Ok(());
    };
    let (_, bodies) = place_and_bodies(conn, d)?;
    let lang: String = users::table
        .find(d.facilitator_user_id)
        .select(users::locale)
        .first(conn)?;
    let locale = Locale::parse(&lang).unwrap_or_default();
    let answered = !bodies.is_empty() && report.answers.len() >= bodies.len();
    let summary = summary(locale, &report, &bodies);
    let result = if answered {
        OutcomeResult::Answered
    } else {
        OutcomeResult::AwaitingAnswer
    };
    let existing: Option<i64> = outcomes::table
        .filter(outcomes::dialogue_id.eq(d.id))
        .select(outcomes::id)
        .first(conn)
        .optional()?;
    let id = match existing {
        Some(id) => {
            diesel::update(outcomes::table.find(id))
                .set((
                    outcomes::summary.eq(&summary),
                    outcomes::result.eq(result),
                    outcomes::updated_at.eq(now),
                ))
                .execute(conn)?;
            id
        }
        None => diesel::insert_into(outcomes::table)
            .values((
                outcomes::kind.eq(OutcomeKind::Dialogue),
                outcomes::dialogue_id.eq(d.id),
                outcomes::title.eq(&d.question),
                outcomes::summary.eq(&summary),
                outcomes::result.eq(result),
                outcomes::lang.eq(locale),
                outcomes::level_code.eq(level(&bodies)),
                outcomes::region_kato.eq(region(d)),
                outcomes::category_code.eq(category(conn, d)?),
                outcomes::filed_on.eq(d.opens_on),
                outcomes::closed_on.eq(d.closes_on),
                outcomes::mediated.eq(false),
                outcomes::status.eq(OutcomeStatus::Published),
                outcomes::published_at.eq(now),
                outcomes::updated_at.eq(now),
            ))
            .returning(outcomes::id)
            .get_result(conn)?,
    };
    crate::outcomes::reindex(conn, id, now)
}

/// The level of the bodies that must answer (the highest, if they differ).
fn level(bodies: &[Body]) -> &'static str {
    let has = |l: &str| bodies.iter().any(|b| b.level_code == l);
    if has("national") {
        "national"
    } else if has("regional") {
        "regional"
    } else {
        "local"
    }
}

fn region(d: &Dialogue) -> String {
    d.kato
        .as_deref()
        .map_or(WHOLE_COUNTRY, crate::grievances::terms::region_of)
        .to_owned()
}

/// The category of the first grievance it is about; "other" when it is about none.
fn category(conn: &mut Db, d: &Dialogue) -> Result<String, DbError> {
    let about: Vec<i64> = dialogue_grievances::table
        .filter(dialogue_grievances::dialogue_id.eq(d.id))
        .select(dialogue_grievances::grievance_id)
        .load(conn)?;
    Ok(grievances::table
        .filter(grievances::id.eq_any(about))
        .order(grievances::id)
        .select(grievances::category_code)
        .first(conn)
        .optional()?
        .unwrap_or_else(|| "other".to_owned()))
}

/// The report in words, in the facilitator's language: who took part, the common ground,
/// the recommendations, and each body's answer point by point.
fn summary(locale: Locale, r: &Report, bodies: &[Body]) -> String {
    let t = |key: &str| translate(locale, key, &[]);
    let mut out = vec![format!("{}:", t("dialogue-taking-part"))];
    for (kind, n) in &r.findings.taking_part {
        out.push(format!("– {}: {n}", t(&format!("dialogue-kind-{kind}"))));
    }
    out.push(format!("\n{}:", t("dialogue-common-ground")));
    if r.findings.common_ground.is_empty() {
        out.push(format!("– {}", t("dialogue-common-ground-none")));
    }
    out.extend(r.findings.common_ground.iter().map(|s| format!("– {s}")));
    out.push(format!("\n{}:", t("dialogue-recommendations")));
    out.extend(numbered(&r.recommendations));
    for (code, points, _) in &r.answers {
        let name = bodies
            .iter()
            .find(|b| &b.code == code)
            .map_or(code.as_str(), |b| b.name(locale.code()));
        let title = translate(locale, "dialogue-answer-of", &[("body", Arg::from(name))]);
        out.push(format!("\n{title}:"));
        out.extend(numbered(points));
    }
    out.join("\n")
}

fn numbered(points: &[String]) -> impl Iterator<Item = String> + '_ {
    points
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{}. {p}", i + 1))
}
