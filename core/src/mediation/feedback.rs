//! The parties' feedback on their mediator. When a mediation ends (with an agreement or
//! without), each party answers four questions — was the mediator neutral, was I heard,
//! were the steps clear, would I use mediation again — from 1 to 5, with a comment only
//! coordinators read. Answers are kept by party, never by person, and shown only in
//! aggregate, from [`MIN_ANSWERS`] up: fewer could point at someone.

use diesel::prelude::*;

use crate::actor::{Act, Actor};
use crate::db::Db;
use crate::error::{DbError, Error, FieldError};
use crate::grievances::access::party_of;
use crate::grievances::access::place;
use crate::grievances::read;
use crate::mediation::terms::MediationStatus;
use crate::models::Grievance;
use crate::permissions::{allowed, Action};
use crate::schema::{grievances, mediation_feedback, mediations};

/// Fewer answers than this are not shown, not even as an average.
pub const MIN_ANSWERS: i64 = 5;
const COMMENT_MAX: usize = 2000;

/// One party's answers, as posted: each mark 1 to 5.
#[derive(Debug, Clone, Default)]
pub struct Answers {
    pub neutral: i32,
    pub heard: i32,
    pub clear: i32,
    pub again: i32,
    pub comment: String,
}

/// The last mediation of `g` that ended, if any.
fn ended(conn: &mut Db, g: &Grievance) -> Result<Option<i64>, DbError> {
    Ok(mediations::table
        .filter(mediations::grievance_id.eq(g.id))
        .filter(mediations::status.eq_any([MediationStatus::Agreed, MediationStatus::NotResolved]))
        .order(mediations::id.desc())
        .select(mediations::id)
        .first(conn)
        .optional()?)
}

/// The ended mediation the actor's party may still give feedback on.
pub fn due(conn: &mut Db, g: &Grievance, actor: &Actor) -> Result<Option<i64>, DbError> {
    let Some(party) = party_of(actor, g) else {
        return Ok(None);
    };
    let Some(mediation) = ended(conn, g)? else {
        return Ok(None);
    };
    let given: i64 = mediation_feedback::table
        .find((mediation, party))
        .count()
        .get_result(conn)?;
    Ok((given == 0).then_some(mediation))
}

fn marks(a: &Answers) -> Result<(), Error> {
    let errors: Vec<FieldError> = [
        ("q_neutral", a.neutral),
        ("q_heard", a.heard),
        ("q_clear", a.clear),
        ("q_again", a.again),
    ]
    .into_iter()
    .filter(|(_, mark)| !(1..=5).contains(mark))
    .map(|(field, _)| FieldError::new(field, "choose"))
    .chain(
        (a.comment.trim().chars().count() > COMMENT_MAX)
            .then_some(FieldError::new("comment", "too-long")),
    )
    .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(errors))
    }
}

/// A party gives its feedback on the mediation of `code` that ended; once per party.
pub fn give(conn: &mut Db, code: &str, act: Act, answers: &Answers) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let g = read::find(conn, code)?;
        let party = party_of(act.actor, &g).ok_or(Error::Forbidden)?;
        let mediation = due(conn, &g, act.actor)?
            .ok_or_else(|| Error::invalid("q_neutral", "feedback-given"))?;
        marks(answers)?;
        let comment = Some(answers.comment.trim()).filter(|c| !c.is_empty());
        diesel::insert_into(mediation_feedback::table)
            .values((
                mediation_feedback::mediation_id.eq(mediation),
                mediation_feedback::party.eq(party),
                mediation_feedback::neutral.eq(answers.neutral),
                mediation_feedback::heard.eq(answers.heard),
                mediation_feedback::clear.eq(answers.clear),
                mediation_feedback::again.eq(answers.again),
                mediation_feedback::comment.eq(comment),
                mediation_feedback::at.eq(act.now),
            ))
            .execute(conn)?;
        Ok(())
    })
}

/// Average marks over a mediator's answers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Aggregate {
    pub answers: i64,
    pub neutral: f64,
    pub heard: f64,
    pub clear: f64,
    pub again: f64,
}

/// What may be shown of a mediator's feedback.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Summary {
    /// Fewer than [`MIN_ANSWERS`]: nothing but that.
    TooFew,
    Shown(Aggregate),
}

/// The feedback on a mediator's cases, in aggregate, or "too few" below [`MIN_ANSWERS`].
pub fn summary(conn: &mut Db, mediator: i64) -> Result<Summary, DbError> {
    let rows: Vec<(i32, i32, i32, i32)> = mediation_feedback::table
        .inner_join(mediations::table)
        .filter(mediations::mediator_user_id.eq(mediator))
        .select((
            mediation_feedback::neutral,
            mediation_feedback::heard,
            mediation_feedback::clear,
            mediation_feedback::again,
        ))
        .load(conn)?;
    Ok(summarise(&rows))
}

/// Averages the marks (neutral, heard, clear, again) of each answer, from
/// [`MIN_ANSWERS`] answers up.
fn summarise(rows: &[(i32, i32, i32, i32)]) -> Summary {
    let n = rows.len() as i64;
    if n < MIN_ANSWERS {
        return Summary::TooFew;
    }
    let mean = |pick: fn(&(i32, i32, i32, i32)) -> i32| {
        rows.iter().map(|r| pick(r) as f64).sum::<f64>() / n as f64
    };
    Summary::Shown(Aggregate {
        answers: n,
        neutral: mean(|r| r.0),
        heard: mean(|r| r.1),
        clear: mean(|r| r.2),
        again: mean(|r| r.3),
    })
}

/// The comments on a mediator's cases that this coordinator may read (cases in their
/// territory), newest first, without saying whose they are.
pub fn comments(conn: &mut Db, actor: &Actor, mediator: i64) -> Result<Vec<String>, DbError> {
    let rows: Vec<(Grievance, Option<String>)> = mediation_feedback::table
        .inner_join(mediations::table.inner_join(grievances::table))
        .filter(mediations::mediator_user_id.eq(mediator))
        .filter(mediation_feedback::comment.is_not_null())
        .order(mediation_feedback::at.desc())
        .select((grievances::all_columns, mediation_feedback::comment))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter(|(g, _)| allowed(&actor.grants, Action::Coordinate(place(g))))
        .filter_map(|(_, c)| c)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_shows_below_five_answers() {
        let four = [(5, 4, 3, 2); 4];
        assert_eq!(summarise(&four), Summary::TooFew);
        let five = [
            (5, 4, 3, 2),
            (5, 4, 3, 2),
            (5, 4, 3, 2),
            (5, 4, 3, 2),
            (1, 2, 3, 4),
        ];
        assert_eq!(
            summarise(&five),
            Summary::Shown(Aggregate {
                answers: 5,
                neutral: 4.2,
                heard: 3.6,
                clear: 3.0,
                again: 2.4,
            })
        );
    }
}
