//! One dialogue: finding and listing it, who may see it, who takes part and under which label,
//! its place and the bodies that must answer.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::terms::{ParticipantKind, Phase};
use crate::actor::{Act, Actor};
use crate::db::Db;
use crate::error::{DbError, Error};
use crate::models::{Body, Jurisdiction};
use crate::permissions::{allowed, Action, Role};
use crate::schema::{bodies, dialogue_bodies, dialogue_participants, dialogues, jurisdictions};

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = dialogues)]
pub struct Dialogue {
    pub id: i64,
    pub question: String,
    pub background_kk: String,
    pub background_ru: String,
    pub background_en: String,
    pub kato: Option<String>,
    pub facilitator_user_id: i64,
    pub opened_by_user_id: i64,
    pub approved_by_user_id: Option<i64>,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub residents_only: bool,
    pub alert_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub revision: i64,
    /// Only the facilitator and moderators write in the discussion while it is locked.
    pub room_locked: bool,
    /// Seconds a participant waits between two messages of the discussion (0: none).
    pub slow_mode_secs: i32,
}

impl Dialogue {
    pub fn phase(&self, today: NaiveDate) -> Phase {
        match self.approved_by_user_id {
            None => Phase::Proposed,
            Some(_) if today < self.opens_on => Phase::Upcoming,
            Some(_) if today <= self.closes_on => Phase::Open,
            Some(_) => Phase::Closed,
        }
    }

    /// The background in the reader's language, else in whichever language it was written.
    pub fn background(&self, lang: &str) -> &str {
        let all = [
            ("kk", &self.background_kk),
            ("ru", &self.background_ru),
            ("en", &self.background_en),
        ];
        all.iter()
            .find(|(l, text)| *l == lang && !text.is_empty())
            .or_else(|| all.iter().find(|(_, text)| !text.is_empty()))
            .map_or("", |(_, text)| text.as_str())
    }

    pub fn facilitated_by(&self, actor: &Actor) -> bool {
        actor.account() == Some(self.facilitator_user_id)
    }

    /// Readers see a dialogue once a coordinator approved it; before that, only those who
    /// opened, facilitate or may approve it.
    pub fn visible_to(&self, actor: &Actor) -> bool {
        self.approved_by_user_id.is_some()
            || self.facilitated_by(actor)
            || actor.account() == Some(self.opened_by_user_id)
            || convenes(actor, self.kato.as_deref())
    }
}

/// A coordinator of any level whose territory covers `kato` (`None`: the whole country).
pub fn convenes(actor: &Actor, kato: Option<&str>) -> bool {
    allowed(&actor.grants, Action::Convene(kato))
}

pub fn find(conn: &mut Db, id: i64) -> Result<Dialogue, Error> {
    dialogues::table
        .find(id)
        .select(Dialogue::as_select())
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound)
}

/// A dialogue this actor may see, or `NotFound`, as if it did not exist.
pub fn find_for(conn: &mut Db, id: i64, actor: &Actor) -> Result<Dialogue, Error> {
    let d = find(conn, id)?;
    if d.visible_to(actor) {
        Ok(d)
    } else {
        Err(Error::NotFound)
    }
}

/// Approved dialogues, newest first, with the proposals this actor may see or approve.
pub fn list(conn: &mut Db, actor: &Actor) -> Result<Vec<Dialogue>, DbError> {
    let all: Vec<Dialogue> = dialogues::table
        .order(dialogues::id.desc())
        .select(Dialogue::as_select())
        .load(conn)?;
    Ok(all.into_iter().filter(|d| d.visible_to(actor)).collect())
}

/// How the actor takes part, if they do.
pub fn participation(
    conn: &mut Db,
    d: &Dialogue,
    actor: &Actor,
) -> Result<Option<ParticipantKind>, DbError> {
    let Some(user) = actor.account() else {
        return Ok(None);
    };
    Ok(dialogue_participants::table
        .find((d.id, user))
        .select(dialogue_participants::kind)
        .first::<ParticipantKind>(conn)
        .optional()?)
}

/// A signed-in person joins the dialogue while it is open. Where the facilitator limited it to
/// the territory's residents, they must declare it as theirs.
pub fn join(conn: &mut Db, id: i64, act: Act, declares_resident: bool) -> Result<(), Error> {
    let user = act.actor.account().ok_or(Error::Forbidden)?;
    crate::db::write_transaction(conn, |conn| {
        let d = find_for(conn, id, act.actor)?;
        if d.phase(act.today()) != Phase::Open {
            return Err(Error::invalid("dialogue", "not-open"));
        }
        if d.residents_only && !declares_resident {
            return Err(Error::invalid("resident", "required"));
        }
        // An official takes part as one, visibly.
        let kind = if act.actor.grants.iter().any(|g| g.role == Role::Official) {
            ParticipantKind::Official
        } else {
            ParticipantKind::Citizen
        };
        if participation(conn, &d, act.actor)?.is_none() {
            diesel::insert_into(dialogue_participants::table)
                .values((
                    dialogue_participants::dialogue_id.eq(d.id),
                    dialogue_participants::user_id.eq(user),
                    dialogue_participants::kind.eq(kind),
                    dialogue_participants::joined_at.eq(act.now),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// The facilitator gives a participant a stakeholder's label (aksakal, association, …), or
/// takes it back (citizen), naming them by the address they signed up with. The label shows
/// beside their statements and in the count of who takes part; their name never does.
pub fn label(conn: &mut Db, actor: &Actor, id: i64, email: &str, kind: &str) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let d = find_for(conn, id, actor)?;
        Error::forbidden_unless(d.facilitated_by(actor))?;
        let kind =
            ParticipantKind::parse(kind).ok_or(Error::invalid("label_kind", "choose-kind"))?;
        let not_taking_part = || Error::invalid("label_email", "not-participant");
        let (user, _) = crate::accounts::by_email(conn, email)?.ok_or_else(not_taking_part)?;
        let labelled = diesel::update(dialogue_participants::table.find((d.id, user)))
            .set(dialogue_participants::kind.eq(kind))
            .execute(conn)?;
        if labelled == 0 {
            return Err(not_taking_part());
        }
        Ok(())
    })
}

/// The stakeholders of a dialogue by account: whose statements show a label.
pub fn stakeholders(
    conn: &mut Db,
    id: i64,
) -> Result<std::collections::HashMap<i64, ParticipantKind>, DbError> {
    Ok(dialogue_participants::table
        .filter(dialogue_participants::dialogue_id.eq(id))
        .filter(dialogue_participants::kind.ne(ParticipantKind::Citizen))
        .select((dialogue_participants::user_id, dialogue_participants::kind))
        .load(conn)?
        .into_iter()
        .collect())
}

/// Marks the dialogue's opinion map stale: a vote, or a statement shown or hidden.
pub(crate) fn touch(conn: &mut Db, id: i64) -> Result<(), DbError> {
    diesel::update(dialogues::table.find(id))
        .set(dialogues::revision.eq(dialogues::revision + 1))
        .execute(conn)?;
    Ok(())
}

/// Who takes part, by kind: (kind, number). Citizens are counted, never named.
pub fn participants_by_kind(
    conn: &mut Db,
    id: i64,
) -> Result<Vec<(ParticipantKind, i64)>, DbError> {
    Ok(dialogue_participants::table
        .filter(dialogue_participants::dialogue_id.eq(id))
        .group_by(dialogue_participants::kind)
        .select((dialogue_participants::kind, diesel::dsl::count_star()))
        .order(dialogue_participants::kind)
        .load(conn)?)
}

/// The visible dialogues with their territories (`None`: the whole country), the places
/// read in one query.
pub fn list_with_places(
    conn: &mut Db,
    actor: &Actor,
) -> Result<Vec<(Dialogue, Option<Jurisdiction>)>, DbError> {
    let all = list(conn, actor)?;
    let places =
        crate::reference::places_by_kato(conn, all.iter().filter_map(|d| d.kato.as_deref()))?;
    Ok(all
        .into_iter()
        .map(|d| {
            let place = d.kato.as_ref().and_then(|k| places.get(k).cloned());
            (d, place)
        })
        .collect())
}

/// The dialogue's territory (`None` for the whole country) and the bodies that must answer.
pub fn place_and_bodies(
    conn: &mut Db,
    d: &Dialogue,
) -> Result<(Option<Jurisdiction>, Vec<Body>), DbError> {
    let place = match &d.kato {
        Some(kato) => jurisdictions::table
            .find(kato)
            .first::<Jurisdiction>(conn)
            .optional()?,
        None => None,
    };
    let bodies = bodies::table
        .inner_join(dialogue_bodies::table)
        .filter(dialogue_bodies::dialogue_id.eq(d.id))
        .select(bodies::all_columns)
        .order(bodies::code)
        .load::<Body>(conn)?;
    Ok((place, bodies))
}
