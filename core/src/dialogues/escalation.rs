//! A body that lets the answer deadline pass is not let off: the dialogue goes up a level.
//! The coordinators above its territory are mailed (a district's dialogue goes to the
//! region, a region's and the country's to the national level), and its page says so.
//! Safe on several nodes: the report is marked in a guarded update, in the transaction
//! that queues the mails.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{find, place_and_bodies, report, Dialogue};
use crate::clock::day_of;
use crate::db::Db;
use crate::error::Error;
use crate::mail::{self, MailDraft, Site};
use crate::permissions::Level;
use crate::schema::dialogue_reports;

/// The level a dialogue's silence goes up to.
pub fn level_above(d: &Dialogue) -> Level {
    match d.kato.as_deref().map(str::len) {
        Some(n) if n > 2 => Level::Regional,
        _ => Level::National,
    }
}

/// Raises every dialogue whose answer is overdue and not yet raised; returns their ids.
pub fn sweep(conn: &mut Db, now: NaiveDateTime, site: &Site) -> Result<Vec<i64>, Error> {
    let overdue: Vec<i64> = dialogue_reports::table
        .filter(dialogue_reports::answer_due_on.lt(day_of(now)))
        .filter(dialogue_reports::escalated_at.is_null())
        .select(dialogue_reports::dialogue_id)
        .load(conn)?;
    let mut raised = Vec::new();
    for id in overdue {
        if crate::db::write_transaction(conn, |conn| raise(conn, id, now, site))? {
            raised.push(id);
        }
    }
    Ok(raised)
}

/// Raises one dialogue if a body is still silent; false when all answered in time or
/// another node got there first.
fn raise(conn: &mut Db, id: i64, now: NaiveDateTime, site: &Site) -> Result<bool, Error> {
    let d = find(conn, id)?;
    let (_, bodies) = place_and_bodies(conn, &d)?;
    let Some(r) = report::find(conn, id)? else {
        return Ok(false);
    };
    let silent: Vec<_> = bodies
        .iter()
        .filter(|b| !r.answers.iter().any(|(code, _, _)| *code == b.code))
        .collect();
    if silent.is_empty() {
        return Ok(false);
    }
    let marked = diesel::update(
        dialogue_reports::table
            .find(id)
            .filter(dialogue_reports::escalated_at.is_null()),
    )
    .set(dialogue_reports::escalated_at.eq(now))
    .execute(conn)?;
    if marked == 0 {
        return Ok(false);
    }
    let kato = d.kato.clone().unwrap_or_default();
    for (_, email, locale) in crate::oversight::alerts::coordinators(conn, level_above(&d), &kato)?
    {
        let names: Vec<&str> = silent.iter().map(|b| b.name(locale.code())).collect();
        let draft = MailDraft::render(
            locale,
            "mail-dialogue-overdue",
            &[
                ("question", d.question.as_str().into()),
                ("bodies", names.join(", ").into()),
                ("due", r.answer_due_on.to_string().into()),
                ("link", site.link(&format!("/dialogues/{id}"))),
            ],
        );
        mail::enqueue(conn, &email, &draft, now)?;
    }
    Ok(true)
}
