//! Closing a dialogue: from its closing date the facilitator publishes a report — who took
//! part, the common ground and what set the groups apart (as the map showed then), and
//! recommendations to the bodies, one point a line. Each body answers publicly, point by
//! point, within 15 working days.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::mails::{tell, Word};
use super::{find_for, map, participants_by_kind, Dialogue};
use crate::actor::{Act, Actor};
use crate::db::Db;
use crate::error::{DbError, Error};
use crate::mail::Site;
use crate::permissions::{allowed, Action, Level, Place};
use crate::schema::{dialogue_answers, dialogue_bodies, dialogue_reports};

/// Working days the bodies have to answer.
pub const ANSWER_DAYS: u32 = 15;
pub const MAX_POINTS: usize = 10;
pub const POINT_MIN: usize = 10;
pub const POINT_MAX: usize = 1_000;

/// What the map showed when the report was published, in words.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Findings {
    /// (participant kind, number).
    pub taking_part: Vec<(String, i64)>,
    pub common_ground: Vec<String>,
    /// Per group: its size and the statements that set it apart (text, agrees).
    pub groups: Vec<(usize, Vec<(String, bool)>)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub recommendations: Vec<String>,
    pub findings: Findings,
    pub published_at: NaiveDateTime,
    pub answer_due_on: NaiveDate,
    /// (body code, one answer a recommendation, when).
    pub answers: Vec<(String, Vec<String>, NaiveDateTime)>,
    /// When the deadline passed with a body silent and the dialogue went up a level.
    pub escalated_at: Option<NaiveDateTime>,
}

/// The recommendations, one a line; blank lines are skipped.
fn points(text: &str, field: &'static str) -> Result<Vec<String>, Error> {
    let points: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    if points.is_empty() {
        return Err(Error::invalid(field, "required"));
    }
    if points.len() > MAX_POINTS {
        return Err(Error::invalid(field, "too-many"));
    }
    for p in &points {
        match p.chars().count() {
            n if n < POINT_MIN => return Err(Error::invalid(field, "too-short")),
            n if n > POINT_MAX => return Err(Error::invalid(field, "too-long")),
            _ => {}
        }
    }
    Ok(points)
}

/// The facilitator publishes the report, once, from the closing date.
pub fn publish(
    conn: &mut Db,
    act: Act,
    id: i64,
    recommendations: &str,
    site: &Site,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let d = find_for(conn, id, act.actor)?;
        Error::forbidden_unless(d.facilitated_by(act.actor))?;
        if d.approved_by_user_id.is_none() || act.today() < d.closes_on {
            return Err(Error::invalid("recommendations", "not-closed"));
        }
        if find(conn, id)?.is_some() {
            return Err(Error::invalid("recommendations", "already"));
        }
        let recommendations = points(recommendations, "recommendations")?;
        let findings = findings(conn, &d, act.now)?;
        let calendar = crate::grievances::read::working_calendar(conn)?;
        diesel::insert_into(dialogue_reports::table)
            .values((
                dialogue_reports::dialogue_id.eq(id),
                dialogue_reports::recommendations.eq(recommendations.join("\n")),
                dialogue_reports::findings.eq(serde_json::to_string(&findings).unwrap_or_default()),
                dialogue_reports::published_by_user_id.eq(act.actor.user_id),
                dialogue_reports::published_at.eq(act.now),
                dialogue_reports::answer_due_on
                    .eq(calendar.add_working_days(act.today(), ANSWER_DAYS)),
            ))
            .execute(conn)?;
        super::record::record(conn, &d, act.now)?;
        tell(conn, &d, Word::Reported, site, act.now)?;
        Ok(())
    })
}

fn findings(conn: &mut Db, d: &Dialogue, now: NaiveDateTime) -> Result<Findings, DbError> {
    let (shown, m) = map::current(conn, d, now)?;
    let text = |i: usize| shown.get(i).cloned().flatten().map(|s| s.body);
    Ok(Findings {
        taking_part: participants_by_kind(conn, d.id)?
            .into_iter()
            .map(|(k, n)| (k.as_str().to_owned(), n))
            .collect(),
        common_ground: m.common_ground.iter().filter_map(|&s| text(s)).collect(),
        groups: m
            .groups
            .iter()
            .map(|g| {
                let apart = g
                    .distinctive
                    .iter()
                    .filter_map(|(s, stance)| Some((text(*s)?, *stance == map::Stance::Agrees)))
                    .collect();
                (g.size, apart)
            })
            .collect(),
    })
}

/// The bodies of the dialogue this actor answers for (as one of their officials).
pub fn answering_for(conn: &mut Db, d: &Dialogue, actor: &Actor) -> Result<Vec<String>, DbError> {
    let bodies: Vec<String> = dialogue_bodies::table
        .filter(dialogue_bodies::dialogue_id.eq(d.id))
        .select(dialogue_bodies::body_code)
        .order(dialogue_bodies::body_code)
        .load(conn)?;
    Ok(bodies
        .into_iter()
        .filter(|body| {
            let place = Place {
                body,
                level: Level::Local,
                kato: d.kato.as_deref().unwrap_or(""),
            };
            allowed(&actor.grants, Action::HandleGrievance(place))
        })
        .collect())
}

/// An official answers the report for their body, one answer a recommendation, once.
pub fn answer(
    conn: &mut Db,
    act: Act,
    id: i64,
    body: &str,
    answers: &[String],
    site: &Site,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let d = find_for(conn, id, act.actor)?;
        let answering = answering_for(conn, &d, act.actor)?;
        Error::forbidden_unless(answering.iter().any(|b| b == body))?;
        let report = find(conn, id)?.ok_or(Error::invalid("answer", "no-report"))?;
        if report.answers.iter().any(|(b, _, _)| b == body) {
            return Err(Error::invalid("answer", "already"));
        }
        let given: Vec<String> = answers.iter().map(|a| a.trim().to_owned()).collect();
        if given.len() != report.recommendations.len()
            || given.iter().any(|a| a.chars().count() < POINT_MIN)
        {
            return Err(Error::invalid("answer", "every-point"));
        }
        if given.iter().any(|a| a.chars().count() > POINT_MAX) {
            return Err(Error::invalid("answer", "too-long"));
        }
        diesel::insert_into(dialogue_answers::table)
            .values((
                dialogue_answers::dialogue_id.eq(id),
                dialogue_answers::body_code.eq(body),
                dialogue_answers::points.eq(serde_json::to_string(&given).unwrap_or_default()),
                dialogue_answers::answered_by_user_id.eq(act.actor.user_id),
                dialogue_answers::answered_at.eq(act.now),
            ))
            .execute(conn)?;
        super::record::record(conn, &d, act.now)?;
        tell(conn, &d, Word::Answered { body }, site, act.now)?;
        Ok(())
    })
}

/// The published report and the answers given so far.
pub fn find(conn: &mut Db, id: i64) -> Result<Option<Report>, DbError> {
    type Row = (
        String,
        String,
        NaiveDateTime,
        NaiveDate,
        Option<NaiveDateTime>,
    );
    let row: Option<Row> = dialogue_reports::table
        .find(id)
        .select((
            dialogue_reports::recommendations,
            dialogue_reports::findings,
            dialogue_reports::published_at,
            dialogue_reports::answer_due_on,
            dialogue_reports::escalated_at,
        ))
        .first(conn)
        .optional()?;
    let Some((recommendations, findings, published_at, answer_due_on, escalated_at)) = row else {
        return Ok(None);
    };
    let answers: Vec<(String, String, NaiveDateTime)> = dialogue_answers::table
        .filter(dialogue_answers::dialogue_id.eq(id))
        .order(dialogue_answers::body_code)
        .select((
            dialogue_answers::body_code,
            dialogue_answers::points,
            dialogue_answers::answered_at,
        ))
        .load(conn)?;
    Ok(Some(Report {
        recommendations: recommendations.lines().map(str::to_owned).collect(),
        findings: serde_json::from_str(&findings).unwrap_or_default(),
        published_at,
        answer_due_on,
        escalated_at,
        answers: answers
            .into_iter()
            .map(|(body, points, at)| (body, serde_json::from_str(&points).unwrap_or_default(), at))
            .collect(),
    }))
}
