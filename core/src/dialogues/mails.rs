//! The mails a dialogue sends, each in the recipient's language and queued in the
//! transaction of the step that causes it: a mediator's proposal to the coordinators who may
//! approve it, the approval to the facilitator, the report to the bodies' officials and the
//! participants, and each answer to the facilitator and the participants.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use kenes_i18n::{Arg, Locale};

use super::Dialogue;
use crate::accounts::roles;
use crate::db::Db;
use crate::error::DbResult;
use crate::mail::{self, MailDraft, Site};
use crate::permissions::{allowed, Action, Role};
use crate::schema::{dialogue_bodies, dialogue_participants, users};

/// What happened to the dialogue.
pub(super) enum Word<'a> {
    /// A mediator proposed it; a coordinator of the territory must approve it.
    Proposed,
    Approved,
    Reported,
    /// This body answered the report.
    Answered {
        body: &'a str,
    },
}

impl Word<'_> {
    fn key(&self) -> &'static str {
        match self {
            Word::Proposed => "mail-dialogue-proposed",
            Word::Approved => "mail-dialogue-approved",
            Word::Reported => "mail-dialogue-reported",
            Word::Answered { .. } => "mail-dialogue-answered",
        }
    }
}

/// Queues the mails of `word` about `d`.
pub(super) fn tell(
    conn: &mut Db,
    d: &Dialogue,
    word: Word<'_>,
    site: &Site,
    now: NaiveDateTime,
) -> DbResult<()> {
    let mut to = match word {
        Word::Proposed => conveners(conn, d)?,
        Word::Approved => vec![d.facilitator_user_id],
        Word::Reported => [officials(conn, d)?, participants(conn, d)?].concat(),
        Word::Answered { .. } => [vec![d.facilitator_user_id], participants(conn, d)?].concat(),
    };
    to.sort_unstable();
    to.dedup();
    let addresses: Vec<(String, Locale)> = users::table
        .filter(users::id.eq_any(&to))
        .filter(users::email.ne(""))
        // The demo's people have addresses nobody reads.
        .filter(users::is_demo.eq(false))
        .select((users::email, users::locale))
        .load(conn)?;
    let body = match &word {
        Word::Answered { body } => crate::schema::bodies::table
            .find(*body)
            .first::<crate::models::Body>(conn)
            .optional()?,
        _ => None,
    };
    for (email, locale) in addresses {
        let mut args: Vec<(&str, Arg)> = vec![
            ("question", d.question.as_str().into()),
            ("link", site.link(&format!("/dialogues/{}", d.id))),
        ];
        if let Some(b) = &body {
            args.push(("body", b.name(locale.code()).into()));
        }
        let draft = MailDraft::render(locale, word.key(), &args);
        mail::enqueue(conn, &email, &draft, now)?;
    }
    Ok(())
}

/// Coordinators whose territory covers the dialogue's: those who may approve it.
fn conveners(conn: &mut Db, d: &Dialogue) -> DbResult<Vec<i64>> {
    Ok(roles::holders(conn, Role::Coordinator)?
        .into_iter()
        .filter(|(_, grant)| {
            allowed(
                std::slice::from_ref(grant),
                Action::Convene(d.kato.as_deref()),
            )
        })
        .map(|(user, _)| user)
        .collect())
}

/// The officials of the bodies that must answer.
fn officials(conn: &mut Db, d: &Dialogue) -> DbResult<Vec<i64>> {
    let bodies: Vec<String> = dialogue_bodies::table
        .filter(dialogue_bodies::dialogue_id.eq(d.id))
        .select(dialogue_bodies::body_code)
        .load(conn)?;
    Ok(roles::holders(conn, Role::Official)?
        .into_iter()
        .filter(|(_, grant)| grant.body.as_ref().is_some_and(|b| bodies.contains(b)))
        .map(|(user, _)| user)
        .collect())
}

fn participants(conn: &mut Db, d: &Dialogue) -> DbResult<Vec<i64>> {
    Ok(dialogue_participants::table
        .filter(dialogue_participants::dialogue_id.eq(d.id))
        .select(dialogue_participants::user_id)
        .load(conn)?)
}
