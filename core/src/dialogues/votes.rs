//! Votes: agree, disagree or pass, one per participant and statement. A changed vote
//! replaces the earlier one. Statements come one at a time, the least voted first, so that
//! new statements are seen. Nobody reads another person's votes.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::statements::{Statement, StatementState};
use super::{participation, Phase};
use crate::actor::Actor;
use crate::db::Db;
use crate::error::{DbError, Error};
use crate::schema::{dialogue_statements, dialogue_votes};

pub use kenes_opinion::Vote;

pub fn vote_value(v: Vote) -> i32 {
    match v {
        Vote::Agree => 1,
        Vote::Disagree => -1,
        Vote::Pass => 0,
    }
}

pub fn vote_of(value: i32) -> Vote {
    match value {
        1 => Vote::Agree,
        -1 => Vote::Disagree,
        _ => Vote::Pass,
    }
}

/// Reads a posted vote: `agree`, `disagree` or `pass`.
pub fn parse_vote(s: &str) -> Option<Vote> {
    match s {
        "agree" => Some(Vote::Agree),
        "disagree" => Some(Vote::Disagree),
        "pass" => Some(Vote::Pass),
        _ => None,
    }
}

/// A participant votes on a shown statement of an open dialogue, or changes their vote.
pub fn cast(
    conn: &mut Db,
    actor: &Actor,
    statement: i64,
    vote: Vote,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let user = actor.account().ok_or(Error::Forbidden)?;
    crate::db::write_transaction(conn, |conn| {
        let (s, d) = super::statements::with_dialogue(conn, statement, actor)?;
        if s.state != StatementState::Shown {
            return Err(Error::NotFound);
        }
        if participation(conn, &d, actor)?.is_none() {
            return Err(Error::Forbidden);
        }
        if d.phase(now.date()) != Phase::Open {
            return Err(Error::invalid("vote", "closed"));
        }
        diesel::delete(dialogue_votes::table.find((statement, user))).execute(conn)?;
        diesel::insert_into(dialogue_votes::table)
            .values((
                dialogue_votes::statement_id.eq(statement),
                dialogue_votes::user_id.eq(user),
                dialogue_votes::vote.eq(vote_value(vote)),
                dialogue_votes::at.eq(now),
            ))
            .execute(conn)?;
        super::touch(conn, d.id)?;
        Ok(())
    })
}

/// The reader's own votes in a dialogue, by statement.
pub fn mine(conn: &mut Db, dialogue: i64, user: i64) -> Result<HashMap<i64, Vote>, DbError> {
    let rows: Vec<(i64, i32)> = dialogue_votes::table
        .inner_join(dialogue_statements::table)
        .filter(dialogue_statements::dialogue_id.eq(dialogue))
        .filter(dialogue_votes::user_id.eq(user))
        .select((dialogue_votes::statement_id, dialogue_votes::vote))
        .load(conn)?;
    Ok(rows.into_iter().map(|(s, v)| (s, vote_of(v))).collect())
}

/// The next shown statement this participant has not voted on: the least voted first, then
/// the oldest.
pub fn next(conn: &mut Db, dialogue: i64, user: i64) -> Result<Option<Statement>, DbError> {
    let voted = mine(conn, dialogue, user)?;
    let counts: HashMap<i64, i64> = dialogue_votes::table
        .inner_join(dialogue_statements::table)
        .filter(dialogue_statements::dialogue_id.eq(dialogue))
        .group_by(dialogue_votes::statement_id)
        .select((dialogue_votes::statement_id, diesel::dsl::count_star()))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    let shown = super::statements::in_state(conn, dialogue, StatementState::Shown)?;
    Ok(shown
        .into_iter()
        .filter(|s| !voted.contains_key(&s.id))
        .min_by_key(|s| (counts.get(&s.id).copied().unwrap_or(0), s.id)))
}
