//! The opinion map of a dialogue, from its shown statements and their votes
//! (`kenes_opinion` does the grouping). Participants appear only as row numbers here and
//! never leave this module: the map holds groups and counts.

use std::collections::HashMap;

use diesel::prelude::*;

use super::statements::{in_state, Statement, StatementState};
use super::votes::vote_of;
use crate::db::Db;
use crate::error::DbError;
use crate::schema::{dialogue_statements, dialogue_votes};

pub use kenes_opinion::{Group, Map, Stance, Tally};

/// The shown statements, in order, and the map whose statement indices refer to them.
pub fn compute(conn: &mut Db, dialogue: i64) -> Result<(Vec<Statement>, Map), DbError> {
    let shown = in_state(conn, dialogue, StatementState::Shown)?;
    let index: HashMap<i64, usize> = shown.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let votes: Vec<(i64, i64, i32)> = dialogue_votes::table
        .inner_join(dialogue_statements::table)
        .filter(dialogue_statements::dialogue_id.eq(dialogue))
        .filter(dialogue_statements::state.eq(StatementState::Shown))
        .select((
            dialogue_votes::user_id,
            dialogue_votes::statement_id,
            dialogue_votes::vote,
        ))
        .load(conn)?;
    let mut rows: HashMap<i64, usize> = HashMap::new();
    let ballots: Vec<kenes_opinion::Ballot> = votes
        .into_iter()
        .filter_map(|(user, statement, vote)| {
            let next_row = rows.len();
            let participant = *rows.entry(user).or_insert(next_row);
            Some(kenes_opinion::Ballot {
                participant,
                statement: *index.get(&statement)?,
                vote: vote_of(vote),
            })
        })
        .collect();
    let map = kenes_opinion::map(shown.len(), &ballots);
    Ok((shown, map))
}
