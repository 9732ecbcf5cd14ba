//! Opening a dialogue: a coordinator's opens at once; a certified mediator's waits for a
//! coordinator of the territory to approve it.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::mails::{tell, Word};
use super::{convenes, find_for, Dialogue};
use crate::actor::{Act, Actor};
use crate::clock::day_of;
use crate::db::Db;
use crate::error::{Error, FieldError};
use crate::mail::Site;
use crate::mediation::request::profile;
use crate::permissions::Role;
use crate::schema::{
    bodies, dialogue_bodies, dialogue_grievances, dialogues, grievances, jurisdictions,
};

pub const QUESTION_MIN: usize = 10;
pub const QUESTION_MAX: usize = 300;
pub const BACKGROUND_MAX: usize = 5_000;

/// A dialogue as the opening form gives it.
#[derive(Debug, Clone, Default)]
pub struct Opening {
    pub question: String,
    /// Background in kk, ru and en; at least one.
    pub background: [String; 3],
    /// A KATO code; empty for the whole country.
    pub kato: String,
    pub facilitator_user_id: i64,
    pub opens_on: String,
    pub closes_on: String,
    pub bodies: Vec<String>,
    /// Tracking codes of the grievances it is about.
    pub grievances: Vec<String>,
    pub residents_only: bool,
    pub alert_id: Option<i64>,
}

/// Opens a dialogue; returns its id. Every field is checked, and every error returned at once.
pub fn open(conn: &mut Db, act: Act, o: &Opening, site: &Site) -> Result<i64, Error> {
    let user = act.actor.account().ok_or(Error::Forbidden)?;
    let kato = Some(o.kato.trim()).filter(|k| !k.is_empty());
    let coordinator = convenes(act.actor, kato);
    let mediator = act.actor.grants.iter().any(|g| g.role == Role::Mediator)
        && profile(conn, user)?.is_some_and(|p| p.certified_on(act.today()));
    Error::forbidden_unless(coordinator || mediator)?;
    // A mediator proposes to facilitate it themselves.
    let facilitator = if coordinator {
        o.facilitator_user_id
    } else {
        user
    };
    crate::db::write_transaction(conn, |conn| {
        let checked = check(conn, o, kato, facilitator, act.now)?;
        let id: i64 = diesel::insert_into(dialogues::table)
            .values((
                dialogues::question.eq(o.question.trim()),
                dialogues::background_kk.eq(o.background[0].trim()),
                dialogues::background_ru.eq(o.background[1].trim()),
                dialogues::background_en.eq(o.background[2].trim()),
                dialogues::kato.eq(kato),
                dialogues::facilitator_user_id.eq(facilitator),
                dialogues::opened_by_user_id.eq(user),
                dialogues::approved_by_user_id.eq(coordinator.then_some(user)),
                dialogues::opens_on.eq(checked.opens_on),
                dialogues::closes_on.eq(checked.closes_on),
                dialogues::residents_only.eq(o.residents_only),
                dialogues::alert_id.eq(o.alert_id),
                dialogues::created_at.eq(act.now),
            ))
            .returning(dialogues::id)
            .get_result(conn)?;
        crate::insert_all!(
            conn,
            dialogue_bodies,
            o.bodies.iter().map(|b| {
                (
                    dialogue_bodies::dialogue_id.eq(id),
                    dialogue_bodies::body_code.eq(b),
                )
            })
        )?;
        crate::insert_all!(
            conn,
            dialogue_grievances,
            checked.grievances.into_iter().map(|g| {
                (
                    dialogue_grievances::dialogue_id.eq(id),
                    dialogue_grievances::grievance_id.eq(g),
                )
            })
        )?;
        if !coordinator {
            let d = super::find(conn, id)?;
            tell(conn, &d, Word::Proposed, site, act.now)?;
        }
        Ok(id)
    })
}

/// A coordinator of the territory approves a mediator's dialogue.
pub fn approve(conn: &mut Db, act: Act, id: i64, site: &Site) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let d: Dialogue = find_for(conn, id, act.actor)?;
        Error::forbidden_unless(convenes(act.actor, d.kato.as_deref()))?;
        let approved = diesel::update(dialogues::table.find(id))
            .filter(dialogues::approved_by_user_id.is_null())
            .set(dialogues::approved_by_user_id.eq(act.actor.account()))
            .execute(conn)?;
        if approved > 0 {
            tell(conn, &d, Word::Approved, site, act.now)?;
        }
        Ok(())
    })
}

struct Checked {
    opens_on: NaiveDate,
    closes_on: NaiveDate,
    grievances: Vec<i64>,
}

fn check(
    conn: &mut Db,
    o: &Opening,
    kato: Option<&str>,
    facilitator: i64,
    now: NaiveDateTime,
) -> Result<Checked, Error> {
    let mut errors = vec![];
    let mut refuse = |field, code| errors.push(FieldError::new(field, code));
    let question = o.question.trim().chars().count();
    if question < QUESTION_MIN {
        refuse("question", "too-short");
    } else if question > QUESTION_MAX {
        refuse("question", "too-long");
    }
    if o.background.iter().all(|b| b.trim().is_empty()) {
        refuse("background", "required");
    } else if o
        .background
        .iter()
        .any(|b| b.chars().count() > BACKGROUND_MAX)
    {
        refuse("background", "too-long");
    }
    if let Some(kato) = kato {
        let known: i64 = jurisdictions::table
            .filter(jurisdictions::kato.eq(kato))
            .count()
            .get_result(conn)?;
        if known == 0 {
            refuse("kato", "unknown");
        }
    }
    if !profile(conn, facilitator)?.is_some_and(|p| p.certified_on(day_of(now))) {
        refuse("facilitator", "not-certified");
    }
    let day = |s: &str| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
    let (opens_on, closes_on) = (day(&o.opens_on), day(&o.closes_on));
    match (opens_on, closes_on) {
        (None, _) => refuse("opens_on", "date"),
        (_, None) => refuse("closes_on", "date"),
        (Some(a), Some(b)) if b < a => refuse("closes_on", "before-opening"),
        (_, Some(b)) if b < day_of(now) => refuse("closes_on", "past"),
        _ => {}
    }
    if o.bodies.is_empty() {
        refuse("bodies", "required");
    }
    let mut distinct = o.bodies.clone();
    distinct.sort();
    distinct.dedup();
    if distinct.len() != o.bodies.len() {
        refuse("bodies", "twice");
    }
    let known_bodies: i64 = bodies::table
        .filter(bodies::code.eq_any(&o.bodies))
        .count()
        .get_result(conn)?;
    if known_bodies as usize != o.bodies.len() {
        refuse("bodies", "unknown");
    }
    let found: Vec<i64> = grievances::table
        .filter(grievances::tracking_code.eq_any(&o.grievances))
        .select(grievances::id)
        .load(conn)?;
    if found.len() != o.grievances.len() {
        refuse("grievances", "unknown");
    }
    match (errors.is_empty(), opens_on, closes_on) {
        (true, Some(opens_on), Some(closes_on)) => Ok(Checked {
            opens_on,
            closes_on,
            grievances: found,
        }),
        _ => Err(Error::Invalid(errors)),
    }
}

/// What the opening form offers: the territories, the certified mediators who may
/// facilitate (user id, name) and the bodies.
pub struct Choices {
    pub places: Vec<crate::models::Jurisdiction>,
    pub facilitators: Vec<(i64, String)>,
    pub bodies: Vec<crate::models::Body>,
}

pub fn choices(conn: &mut Db, today: NaiveDate) -> Result<Choices, crate::error::DbError> {
    let facilitators = crate::mediation::registry::list(conn, &Default::default(), today)?
        .into_iter()
        .filter(|m| m.certified)
        .map(|m| (m.user_id, m.name))
        .collect();
    Ok(Choices {
        places: jurisdictions::table.order(jurisdictions::kato).load(conn)?,
        facilitators,
        bodies: bodies::table.order(bodies::code).load(conn)?,
    })
}

/// An opening pre-filled from an early-warning alert the actor may act on: its territory,
/// its body and its grievances.
pub fn from_alert(
    conn: &mut Db,
    actor: &Actor,
    alert: i64,
) -> Result<Option<Opening>, crate::error::DbError> {
    let Some(a) = crate::oversight::alerts::view(conn, alert)? else {
        return Ok(None);
    };
    let kato = a.place.as_ref().map(|p| p.kato.clone());
    if !convenes(actor, kato.as_deref()) {
        return Ok(None);
    }
    Ok(Some(Opening {
        kato: kato.unwrap_or_default(),
        bodies: a.body.map(|b| vec![b.code]).unwrap_or_default(),
        grievances: a.codes,
        alert_id: Some(a.alert.id),
        ..Default::default()
    }))
}
