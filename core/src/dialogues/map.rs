//! The opinion map of a dialogue, from its shown statements and their votes
//! (`kenes_opinion` does the grouping). Participants appear only as row numbers here and
//! never leave this module: the map holds groups and counts.
//!
//! Maps are kept in `dialogue_maps` for the dialogue's revision. A page reads the kept map;
//! a small dialogue's stale map is recomputed at once, a large one's by the worker
//! (`refresh_stale`), so that neither a vote nor a page waits for a large computation.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::statements::{in_state, Statement, StatementState};
use super::votes::vote_of;
use super::Dialogue;
use crate::db::Db;
use crate::error::DbError;
use crate::schema::{dialogue_maps, dialogue_statements, dialogue_votes, dialogues};

pub use kenes_opinion::{Group, Map, Stance, Tally};

/// A stale map of at most this many votes is recomputed while the page waits (a few
/// milliseconds); a larger one is left to the worker and shown as it was meanwhile.
pub const INLINE_VOTES: i64 = 20_000;

/// The shown statements, in order, and the map whose statement indices refer to them.
pub fn compute(conn: &mut Db, dialogue: i64) -> Result<(Vec<Statement>, Map), DbError> {
    let (shown, map, _) = computed(conn, dialogue)?;
    Ok((shown, map))
}

/// Also returns the number of votes counted.
fn computed(conn: &mut Db, dialogue: i64) -> Result<(Vec<Statement>, Map, i64), DbError> {
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
    let counted = votes.len() as i64;
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
    Ok((shown, map, counted))
}

/// A map with the statements its indices refer to (`None`: hidden since).
type Read = (Vec<Option<Statement>>, Map);

/// The last map a server read for each dialogue of its database, with its revision. A
/// revision's shown statements and map never change (a vote, or a statement shown or
/// hidden, makes a new revision), so a page at the same revision takes them from here
/// instead of reading and parsing them again: that was a fifth of the dialogue page's time.
#[derive(Default)]
pub struct LastRead(std::sync::Mutex<HashMap<i64, (i64, Read)>>);

impl LastRead {
    /// `current`, from here when this revision was read before.
    pub fn current(
        &self,
        conn: &mut Db,
        d: &Dialogue,
        now: NaiveDateTime,
    ) -> Result<Read, DbError> {
        let hit = self.0.lock().ok().and_then(|last| {
            let (revision, read) = last.get(&d.id)?;
            (*revision == d.revision).then(|| read.clone())
        });
        if let Some(read) = hit {
            return Ok(read);
        }
        let (read, revision) = read_at(conn, d, now)?;
        if revision == d.revision {
            if let Ok(mut last) = self.0.lock() {
                last.insert(d.id, (revision, read.clone()));
            }
        }
        Ok(read)
    }
}

/// The map for a page: the kept one when it is current (or when the dialogue is too large
/// to recompute now), else computed and kept. The statements are those the map's indices
/// refer to, `None` where one has been hidden since.
pub fn current(conn: &mut Db, d: &Dialogue, now: NaiveDateTime) -> Result<Read, DbError> {
    Ok(read_at(conn, d, now)?.0)
}

/// `current`, with the revision the map is of.
fn read_at(conn: &mut Db, d: &Dialogue, now: NaiveDateTime) -> Result<(Read, i64), DbError> {
    let kept: Option<(i64, i64, String, String)> = dialogue_maps::table
        .find(d.id)
        .select((
            dialogue_maps::revision,
            dialogue_maps::votes,
            dialogue_maps::statement_ids,
            dialogue_maps::map,
        ))
        .first(conn)
        .optional()?;
    if let Some((revision, votes, ids, map)) = kept {
        if revision == d.revision || votes > INLINE_VOTES {
            let ids: Vec<i64> = serde_json::from_str(&ids).unwrap_or_default();
            let map: Map = serde_json::from_str(&map).unwrap_or_default();
            return Ok(((statements_by_id(conn, d.id, &ids)?, map), revision));
        }
    }
    let (shown, map) = refresh(conn, d.id, d.revision, now)?;
    Ok(((shown.into_iter().map(Some).collect(), map), d.revision))
}

/// Computes and keeps the map of a dialogue at `revision`.
fn refresh(
    conn: &mut Db,
    dialogue: i64,
    revision: i64,
    now: NaiveDateTime,
) -> Result<(Vec<Statement>, Map), DbError> {
    let (shown, map, votes) = computed(conn, dialogue)?;
    let ids: Vec<i64> = shown.iter().map(|s| s.id).collect();
    let row = (
        dialogue_maps::dialogue_id.eq(dialogue),
        dialogue_maps::revision.eq(revision),
        dialogue_maps::votes.eq(votes),
        dialogue_maps::statement_ids.eq(serde_json::to_string(&ids).unwrap_or_default()),
        dialogue_maps::map.eq(serde_json::to_string(&map).unwrap_or_default()),
        dialogue_maps::computed_at.eq(now),
    );
    let kept = crate::db::write_transaction(conn, |conn| {
        diesel::delete(dialogue_maps::table.find(dialogue)).execute(conn)?;
        diesel::insert_into(dialogue_maps::table)
            .values(row)
            .execute(conn)
    });
    match kept {
        // A page and the worker computed it at once, and the other one kept its map first
        // (PostgreSQL): this one is no fresher, and the reader still gets it.
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => {}
        other => {
            other?;
        }
    }
    Ok((shown, map))
}

/// Recomputes up to `limit` stale maps; returns how many.
pub fn refresh_stale(conn: &mut Db, limit: i64, now: NaiveDateTime) -> Result<usize, DbError> {
    let stale: Vec<(i64, i64)> = dialogues::table
        .left_join(dialogue_maps::table)
        .filter(
            dialogue_maps::revision
                .is_null()
                .or(dialogue_maps::revision.ne(dialogues::revision)),
        )
        .select((dialogues::id, dialogues::revision))
        .limit(limit)
        .load::<(i64, i64)>(conn)?;
    for (id, revision) in &stale {
        refresh(conn, *id, *revision, now)?;
    }
    Ok(stale.len())
}

fn statements_by_id(
    conn: &mut Db,
    dialogue: i64,
    ids: &[i64],
) -> Result<Vec<Option<Statement>>, DbError> {
    let shown: HashMap<i64, Statement> = in_state(conn, dialogue, StatementState::Shown)?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    Ok(ids.iter().map(|id| shown.get(id).cloned()).collect())
}

/// One shown statement as open data: its words and its votes, of everyone and of each group
/// (in the map's order, A first). No author, no voter.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct OpenRow {
    pub statement: i64,
    pub text: String,
    pub lang: String,
    pub votes: Tally,
    pub groups: Vec<Tally>,
}

/// The statements and their votes of a dialogue the public may read; `None` otherwise.
pub fn open_data(
    conn: &mut Db,
    id: i64,
    now: NaiveDateTime,
) -> Result<Option<Vec<OpenRow>>, DbError> {
    let d = match super::find_for(conn, id, &crate::actor::Actor::default()) {
        Ok(d) => d,
        Err(crate::error::Error::Db(e)) => return Err(e),
        Err(_) => return Ok(None),
    };
    let (shown, m) = current(conn, &d, now)?;
    Ok(Some(
        shown
            .into_iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let s = s?;
                Some(OpenRow {
                    statement: s.id,
                    text: s.body,
                    lang: s.lang.code().to_owned(),
                    votes: m.tallies[i],
                    groups: m.groups.iter().map(|g| g.tallies[i]).collect(),
                })
            })
            .collect(),
    ))
}
