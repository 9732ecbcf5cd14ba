//! Early warnings from public dialogues, for the coordinators of their territory (the
//! dashboard's alerts, `oversight::alerts`, keep and mail them):
//! - statements held or hidden, and discussion messages reported or hidden, this week far
//!   more than is usual across dialogues;
//! - groups drifting apart: how far apart they vote (`signals::apart`) is recorded once a
//!   week, and a rise since last week to a wide gap raises an alert.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDateTime};
use diesel::dsl::count_star;
use diesel::prelude::*;
use serde_json::json;

use super::statements::StatementState;
use super::{map, Dialogue, Phase};
use crate::clock::day_of;
use crate::db::Db;
use crate::error::DbError;
use crate::oversight::signals;
use crate::oversight::signals::Finding;
use crate::oversight::terms::AlertKind;
use crate::permissions::Level;
use crate::schema::{dialogue_drift, dialogue_statements, dialogues, room_messages, room_reports};

/// Weeks of statements across dialogues that tell the usual share held or hidden.
const USUAL_WEEKS: i64 = 8;

pub fn findings(conn: &mut Db, now: NaiveDateTime) -> Result<Vec<Finding>, DbError> {
    let mut found = hidden_surges(conn, now)?;
    found.extend(drifts(conn, now)?);
    Ok(found)
}

fn week_key(at: NaiveDateTime) -> String {
    let w = day_of(at).iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// The coordinators a dialogue's warning goes to: those of its territory's level.
fn scope(d: &Dialogue) -> (Level, String) {
    let kato = d.kato.clone().unwrap_or_default();
    let level = match kato.len() {
        0 => Level::National,
        1 | 2 => Level::Regional,
        _ => Level::Local,
    };
    (level, kato)
}

fn finding(
    d: &Dialogue,
    kind: AlertKind,
    now: NaiveDateTime,
    detail: serde_json::Value,
) -> Finding {
    let (level, kato) = scope(d);
    Finding {
        kind,
        key: format!("{kind}:{}:{}", d.id, week_key(now)),
        level,
        kato,
        category: None,
        body: None,
        detail,
        grievances: Vec::new(),
    }
}

/// (all, held or hidden) statements and messages per dialogue written in `from..to`.
fn statement_counts(
    conn: &mut Db,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> Result<BTreeMap<i64, (u32, u32)>, DbError> {
    let rows: Vec<(i64, StatementState, i64)> = dialogue_statements::table
        .filter(dialogue_statements::created_at.gt(from))
        .filter(dialogue_statements::created_at.le(to))
        .group_by((dialogue_statements::dialogue_id, dialogue_statements::state))
        .select((
            dialogue_statements::dialogue_id,
            dialogue_statements::state,
            count_star(),
        ))
        .load(conn)?;
    let mut counts: BTreeMap<i64, (u32, u32)> = BTreeMap::new();
    for (dialogue, state, n) in rows {
        let entry = counts.entry(dialogue).or_default();
        entry.0 += n as u32;
        if state != StatementState::Shown {
            entry.1 += n as u32;
        }
    }
    for (dialogue, (n, flagged)) in message_counts(conn, from, to)? {
        let entry = counts.entry(dialogue).or_default();
        entry.0 += n;
        entry.1 += flagged;
    }
    Ok(counts)
}

/// (all, reported or hidden) messages per dialogue discussion written in `from..to`.
fn message_counts(
    conn: &mut Db,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> Result<BTreeMap<i64, (u32, u32)>, DbError> {
    let rows: Vec<(Option<i64>, i64, Option<NaiveDateTime>)> = room_messages::table
        .filter(room_messages::dialogue_id.is_not_null())
        .filter(room_messages::created_at.gt(from))
        .filter(room_messages::created_at.le(to))
        .select((
            room_messages::dialogue_id,
            room_messages::id,
            room_messages::hidden_at,
        ))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|(_, id, _)| *id).collect();
    let reported: std::collections::HashSet<i64> = room_reports::table
        .filter(room_reports::message_id.eq_any(&ids))
        .select(room_reports::message_id)
        .load(conn)?
        .into_iter()
        .collect();
    let mut counts: BTreeMap<i64, (u32, u32)> = BTreeMap::new();
    for (dialogue, id, hidden) in rows {
        let entry = counts.entry(dialogue.unwrap_or_default()).or_default();
        entry.0 += 1;
        if hidden.is_some() || reported.contains(&id) {
            entry.1 += 1;
        }
    }
    Ok(counts)
}

/// Dialogues whose statements and messages this week were held or hidden far more than usual.
fn hidden_surges(conn: &mut Db, now: NaiveDateTime) -> Result<Vec<Finding>, DbError> {
    let week_ago = now - Duration::days(7);
    let this_week = statement_counts(conn, week_ago, now)?;
    let before = statement_counts(conn, week_ago - Duration::days(7 * USUAL_WEEKS), week_ago)?;
    let (all, hidden) = before
        .values()
        .fold((0u32, 0u32), |(a, h), (n, x)| (a + n, h + x));
    let usual = f64::from(hidden) / f64::from(all.max(1));
    let mut found = Vec::new();
    for (id, (new, held)) in this_week {
        let Some(p) = signals::hidden_surge(new, held, usual) else {
            continue;
        };
        // Counted from its statements and messages just now: it exists.
        let d: Dialogue = dialogues::table
            .find(id)
            .select(Dialogue::as_select())
            .first(conn)?;
        found.push(finding(
            &d,
            AlertKind::DialogueHidden,
            now,
            json!({ "dialogue": id, "question": d.question, "hidden": held, "new": new,
                    "usual": (usual * 1000.0).round() / 10.0, "p": p }),
        ));
    }
    Ok(found)
}

/// Open dialogues whose groups moved far apart since last week. This week's gap is kept
/// (the latest reading of the week wins) for next week's comparison.
fn drifts(conn: &mut Db, now: NaiveDateTime) -> Result<Vec<Finding>, DbError> {
    let open: Vec<Dialogue> = dialogues::table
        .filter(dialogues::approved_by_user_id.is_not_null())
        .filter(dialogues::opens_on.le(day_of(now)))
        .filter(dialogues::closes_on.ge(day_of(now)))
        .select(Dialogue::as_select())
        .load(conn)?;
    let mut found = Vec::new();
    for d in open
        .into_iter()
        .filter(|d| d.phase(day_of(now)) == Phase::Open)
    {
        let (_, m) = map::current(conn, &d, now)?;
        if m.groups.len() < 2 {
            continue;
        }
        let agree: Vec<Vec<f64>> = m
            .groups
            .iter()
            .map(|g| g.tallies.iter().map(|t| t.shares().0).collect())
            .collect();
        let apart = signals::apart(&agree);
        record(conn, d.id, &week_key(now), apart)?;
        let last: Option<f64> = dialogue_drift::table
            .find((d.id, week_key(now - Duration::days(7))))
            .select(dialogue_drift::apart)
            .first(conn)
            .optional()?;
        if let Some(last) = last.filter(|&last| signals::drift(last, apart)) {
            let round = |x: f64| (x * 100.0).round() / 100.0;
            found.push(finding(
                &d,
                AlertKind::DialogueDrift,
                now,
                json!({ "dialogue": d.id, "question": d.question,
                        "apart": round(apart), "last_week": round(last) }),
            ));
        }
    }
    Ok(found)
}

fn record(conn: &mut Db, dialogue: i64, week: &str, apart: f64) -> Result<(), DbError> {
    let measured = dialogue_drift::apart.eq(apart);
    crate::upsert!(
        conn,
        dialogue_drift,
        (dialogue_id, week) = (dialogue, week),
        measured
    )?;
    Ok(())
}
