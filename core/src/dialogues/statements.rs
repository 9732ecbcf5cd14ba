//! Statements: short, one idea each. The facilitator seeds the first ones; participants add
//! theirs while the dialogue is open. A statement that looks personal (an address, a phone
//! number, an identity number) or carries a link is held until the facilitator or a moderator
//! of the territory shows or hides it, with a reason in the public log.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use kenes_i18n::Locale;

use super::{find_for, participation, Dialogue, Phase};
use crate::actor::{Act, Actor};
use crate::db::Db;
use crate::error::{DbError, Error};
use crate::names::string_enum;
use crate::permissions::{allowed, Action, Level, Place};
use crate::schema::dialogue_statements;

pub const STATEMENT_MAX: usize = 280;
pub const STATEMENT_MIN: usize = 5;

string_enum!(
    StatementState {
        Shown = "shown",
        Held = "held",
        Hidden = "hidden",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = dialogue_statements)]
pub struct Statement {
    pub id: i64,
    pub dialogue_id: i64,
    pub author_user_id: Option<i64>,
    pub body: String,
    pub lang: Locale,
    pub seed: bool,
    pub state: StatementState,
    pub hidden_reason: Option<String>,
    pub created_at: NaiveDateTime,
}

/// The facilitator's seed statements, shown at once; allowed before the dialogue opens.
pub fn seed(conn: &mut Db, act: Act, dialogue: i64, body: &str, lang: &str) -> Result<i64, Error> {
    crate::db::write_transaction(conn, |conn| {
        let d = find_for(conn, dialogue, act.actor)?;
        Error::forbidden_unless(d.facilitated_by(act.actor))?;
        if d.phase(act.today()) == Phase::Closed {
            return Err(Error::invalid("body", "closed"));
        }
        insert(conn, &d, act.actor, body, lang, true, act.now).map(|(id, _)| id)
    })
}

/// A participant's statement while the dialogue is open: shown, or held when the rules flag it.
pub fn write(
    conn: &mut Db,
    act: Act,
    dialogue: i64,
    body: &str,
    lang: &str,
) -> Result<(i64, StatementState), Error> {
    crate::db::write_transaction(conn, |conn| {
        let d = find_for(conn, dialogue, act.actor)?;
        Error::forbidden_unless(participation(conn, &d, act.actor)?.is_some())?;
        if d.phase(act.today()) != Phase::Open {
            return Err(Error::invalid("body", "closed"));
        }
        insert(conn, &d, act.actor, body, lang, false, act.now)
    })
}

fn insert(
    conn: &mut Db,
    d: &Dialogue,
    actor: &Actor,
    body: &str,
    lang: &str,
    seed: bool,
    now: NaiveDateTime,
) -> Result<(i64, StatementState), Error> {
    let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
    match body.chars().count() {
        n if n < STATEMENT_MIN => return Err(Error::invalid("body", "too-short")),
        n if n > STATEMENT_MAX => return Err(Error::invalid("body", "too-long")),
        _ => {}
    }
    if Locale::from_code(lang).is_none() {
        return Err(Error::invalid("lang", "unknown"));
    }
    let state = if seed || !flagged(&body) {
        StatementState::Shown
    } else {
        StatementState::Held
    };
    let id = diesel::insert_into(dialogue_statements::table)
        .values((
            dialogue_statements::dialogue_id.eq(d.id),
            dialogue_statements::author_user_id.eq(actor.account()),
            dialogue_statements::body.eq(&body),
            dialogue_statements::lang.eq(lang),
            dialogue_statements::seed.eq(seed),
            dialogue_statements::state.eq(state),
            dialogue_statements::created_at.eq(now),
        ))
        .returning(dialogue_statements::id)
        .get_result(conn)?;
    super::touch(conn, d.id)?;
    Ok((id, state))
}

/// What the rules hold for a look first: personal data, or a link.
fn flagged(body: &str) -> bool {
    let lower = body.to_lowercase();
    !crate::outcomes::anonymise::flags(body, &[]).is_empty()
        || ["http://", "https://", "www."]
            .iter()
            .any(|l| lower.contains(l))
}

/// The facilitator, or a moderator of the territory.
pub fn may_moderate(d: &Dialogue, actor: &Actor) -> bool {
    let territory = Place {
        body: "",
        level: Level::National,
        kato: d.kato.as_deref().unwrap_or(""),
    };
    d.facilitated_by(actor) || allowed(&actor.grants, Action::Moderate(territory))
}

/// A statement and its dialogue, if this actor may see the dialogue.
pub fn with_dialogue(
    conn: &mut Db,
    statement: i64,
    actor: &Actor,
) -> Result<(Statement, Dialogue), Error> {
    let s: Statement = dialogue_statements::table
        .find(statement)
        .select(Statement::as_select())
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound)?;
    let d = find_for(conn, s.dialogue_id, actor)?;
    Ok((s, d))
}

/// Shows a held statement, or hides one (with a reason everyone reads).
pub fn moderate(
    conn: &mut Db,
    actor: &Actor,
    statement: i64,
    show: bool,
    reason: &str,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let (_, d) = with_dialogue(conn, statement, actor)?;
        Error::forbidden_unless(may_moderate(&d, actor))?;
        let reason = crate::mediation::room::reason(reason)?;
        let (state, why) = if show {
            (StatementState::Shown, None)
        } else {
            (StatementState::Hidden, Some(reason))
        };
        diesel::update(dialogue_statements::table.find(statement))
            .set((
                dialogue_statements::state.eq(state),
                dialogue_statements::hidden_reason.eq(why),
            ))
            .execute(conn)?;
        super::touch(conn, d.id)?;
        Ok(())
    })
}

/// The dialogue's statements in one state, oldest first.
pub fn in_state(
    conn: &mut Db,
    dialogue: i64,
    state: StatementState,
) -> Result<Vec<Statement>, DbError> {
    Ok(dialogue_statements::table
        .filter(dialogue_statements::dialogue_id.eq(dialogue))
        .filter(dialogue_statements::state.eq(state))
        .order(dialogue_statements::id)
        .select(Statement::as_select())
        .load(conn)?)
}
