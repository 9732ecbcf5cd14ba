//! Votes: agree, disagree or pass, one per participant and statement. A changed vote
//! replaces the earlier one. Statements come one at a time, the least voted first, so that
//! new statements are seen. Nobody reads another person's votes.

use std::collections::HashMap;

use diesel::prelude::*;

use super::statements::{Statement, StatementState};
use super::{participation, Phase};
use crate::actor::Act;
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

/// A participant votes on a shown statement of an open dialogue, or changes their vote.
pub fn cast(conn: &mut Db, act: Act, statement: i64, vote: Vote) -> Result<(), Error> {
    let user = act.actor.account().ok_or(Error::Forbidden)?;
    crate::db::write_transaction(conn, |conn| {
        let (s, d) = super::statements::with_dialogue(conn, statement, act.actor)?;
        if s.state != StatementState::Shown {
            return Err(Error::NotFound);
        }
        Error::forbidden_unless(participation(conn, &d, act.actor)?.is_some())?;
        if d.phase(act.today()) != Phase::Open {
            return Err(Error::invalid("vote", "closed"));
        }
        // A new vote replaces the voter's earlier one.
        let cast = (
            dialogue_votes::vote.eq(vote_value(vote)),
            dialogue_votes::at.eq(act.now),
        );
        crate::upsert!(
            conn,
            dialogue_votes,
            (statement_id, user_id) = (statement, user),
            cast
        )?;
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

/// The next statement for this participant: of those the map counted, the least voted one
/// they have not voted on, then the oldest. It reads the kept map's tallies rather than
/// counting every vote of the dialogue again.
pub fn next(
    conn: &mut Db,
    d: &super::Dialogue,
    user: i64,
    now: chrono::NaiveDateTime,
) -> Result<Option<Statement>, DbError> {
    let (shown, m) = super::map::current(conn, d, now)?;
    let voted = mine(conn, d.id, user)?;
    Ok(next_of(&shown, &m.tallies, &voted).cloned())
}

/// The same choice from a map already read with the participant's own votes.
pub fn next_of<'a>(
    shown: &'a [Option<Statement>],
    tallies: &[super::map::Tally],
    voted: &HashMap<i64, Vote>,
) -> Option<&'a Statement> {
    shown
        .iter()
        .zip(tallies)
        .filter_map(|(s, t)| Some((s.as_ref()?, t)))
        .filter(|(s, _)| !voted.contains_key(&s.id))
        .min_by_key(|(s, t)| (t.seen(), s.id))
        .map(|(s, _)| s)
}
