//! Published outcomes: when a grievance is resolved, not resolved or closed, the
//! coordinator of its level may publish an anonymised account of it, if the parties
//! consented. Corrections and withdrawal keep a visible note. Every change also queues the
//! outcome for the search index in the same transaction (`search_outbox`), so an engine
//! that is down catches up and nothing is lost.

pub mod anonymise;

use crate::clock::day_of;
use crate::error::Error;
use crate::mediation::terms::AgreementStatus;
use crate::mediation::terms::MediationStatus;
use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use kenes_i18n::Locale;

use self::anonymise::Flag;
use crate::actor::{Act, Actor};
use crate::db::Db;
use crate::error::DbError;
use crate::error::FieldError;
use crate::grievances::read;
use crate::grievances::terms::{Capacity, Privacy, Status};
use crate::models::Grievance;
use crate::permissions::{allowed, Action};
use crate::schema::{
    agreement_responses, agreements, mediations, outcome_notes, outcomes, search_outbox, users,
};
use crate::timeline::NewEvent;

pub use crate::grievances::terms::OutcomeResult;
pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MIN: usize = 20;
pub const SUMMARY_MAX: usize = 5000;

/// What the coordinator writes (a form's fields; those left out are empty).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct Input {
    pub title: String,
    pub summary: String,
    pub result: String,
    pub lang: String,
}

/// What the coordinator wrote, checked: the text as it is published.
pub(crate) struct Text {
    pub(crate) title: String,
    pub(crate) summary: String,
    pub(crate) result: OutcomeResult,
    pub(crate) lang: Locale,
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = outcomes)]
pub struct Outcome {
    pub id: i64,
    /// The grievance it tells the end of (kind `grievance`).
    pub grievance_id: Option<i64>,
    /// The dialogue whose report it is (kind `dialogue`).
    pub dialogue_id: Option<i64>,
    pub kind: OutcomeKind,
    pub title: String,
    pub summary: String,
    pub result: OutcomeResult,
    pub lang: Locale,
    pub level_code: String,
    pub region_kato: String,
    pub category_code: String,
    pub filed_on: NaiveDate,
    pub closed_on: NaiveDate,
    pub mediated: bool,
    pub status: OutcomeStatus,
    pub published_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Outcome {
    pub fn days(&self) -> i64 {
        (self.closed_on - self.filed_on).num_days()
    }
}

crate::names::string_enum!(
    /// Whether an outcome is on the public record, or was withdrawn from it (with a note).
    OutcomeStatus {
        Published = "published",
        Withdrawn = "withdrawn",
    }
);

crate::names::string_enum!(
    /// What an outcome tells the end of: a grievance, or a public dialogue (its report).
    OutcomeKind {
        Grievance = "grievance",
        Dialogue = "dialogue",
    }
);

crate::names::string_enum!(
    /// How a published outcome changed after it was published; each change keeps a note.
    NoteKind {
        Corrected = "corrected",
        Withdrawn = "withdrawn",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = outcome_notes)]
pub struct Note {
    pub at: NaiveDateTime,
    pub kind: NoteKind,
    pub note: String,
}

/// Why the parties' consent is missing, if it is.
pub fn consent_missing(conn: &mut Db, g: &Grievance) -> Result<Option<&'static str>, DbError> {
    let of_grievance: Vec<i64> = mediations::table
        .filter(mediations::grievance_id.eq(g.id))
        .select(mediations::id)
        .load(conn)?;
    let accepted: Vec<i64> = agreements::table
        .filter(agreements::mediation_id.eq_any(&of_grievance))
        .filter(agreements::status.eq(AgreementStatus::Accepted))
        .select(agreements::id)
        .load(conn)?;
    let answers: Vec<bool> = agreement_responses::table
        .filter(agreement_responses::agreement_id.eq_any(&accepted))
        .select(agreement_responses::publish)
        .load(conn)?;
    if !answers.is_empty() {
        // An agreement both sides accepted: each said whether it may be published.
        return Ok((answers.len() < 2 || answers.contains(&false)).then_some("agreement"));
    }
    // Otherwise the citizen's choice when filing stands: a private grievance stays private.
    Ok((g.privacy == Privacy::Private).then_some("private"))
}

fn mediated(conn: &mut Db, g: &Grievance) -> Result<bool, DbError> {
    let n: i64 = mediations::table
        .filter(mediations::grievance_id.eq(g.id))
        .filter(mediations::status.eq_any([
            MediationStatus::Active,
            MediationStatus::Agreed,
            MediationStatus::NotResolved,
        ]))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

fn agreed(conn: &mut Db, g: &Grievance) -> Result<bool, DbError> {
    let n: i64 = mediations::table
        .filter(mediations::grievance_id.eq(g.id))
        .filter(mediations::status.eq(MediationStatus::Agreed))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// The statuses a grievance may be published from.
pub fn finished(g: &Grievance) -> bool {
    [Status::Resolved, Status::NotResolved, Status::Closed].contains(&g.status)
}

/// Whether the actor coordinates this grievance's level (and so publishes its outcome).
pub fn may_publish(actor: &Actor, g: &Grievance) -> bool {
    allowed(
        &actor.grants,
        Action::Coordinate(crate::grievances::access::place(g)),
    )
}

/// Names of the people in the case, to be kept out of the public text.
fn names(conn: &mut Db, g: &Grievance) -> Result<Vec<String>, DbError> {
    let Some(author) = g.author_user_id else {
        return Ok(vec![]);
    };
    let (display, legal): (String, Option<String>) = users::table
        .find(author)
        .select((users::display_name, users::legal_name))
        .first(conn)?;
    Ok([Some(display), legal].into_iter().flatten().collect())
}

fn check(conn: &mut Db, g: &Grievance, input: &Input) -> Result<Text, Error> {
    let mut errors = Vec::new();
    let title = input.title.trim();
    let summary = input.summary.trim();
    match title.chars().count() {
        0 => errors.push(FieldError::new("title", "required")),
        n if n > TITLE_MAX => errors.push(FieldError::new("title", "too-long")),
        _ => {}
    }
    match summary.chars().count() {
        n if n < SUMMARY_MIN => errors.push(FieldError::new("summary", "too-short")),
        n if n > SUMMARY_MAX => errors.push(FieldError::new("summary", "too-long")),
        _ => {}
    }
    let result = OutcomeResult::parse(&input.result).filter(|r| OutcomeResult::CHOSEN.contains(r));
    match result {
        None => errors.push(FieldError::new("result", "choose")),
        Some(OutcomeResult::Agreement) if !agreed(conn, g)? => {
            errors.push(FieldError::new("result", "no-agreement"))
        }
        Some(_) => {}
    }
    let lang = Locale::from_code(&input.lang);
    if lang.is_none() {
        errors.push(FieldError::new("lang", "choose"));
    }
    let (Some(result), Some(lang), true) = (result, lang, errors.is_empty()) else {
        return Err(Error::Invalid(errors));
    };
    let names = names(conn, g)?;
    let personal: Vec<(&'static str, Flag)> = anonymise::flags(title, &names)
        .into_iter()
        .map(|f| ("title", f))
        .chain(
            anonymise::flags(summary, &names)
                .into_iter()
                .map(|f| ("summary", f)),
        )
        .collect();
    if !personal.is_empty() {
        return Err(Error::Personal(personal));
    }
    Ok(Text {
        title: title.to_owned(),
        summary: summary.to_owned(),
        result,
        lang,
    })
}

/// Queues the outcome for the search index.
pub(crate) fn reindex(conn: &mut Db, outcome: i64, now: NaiveDateTime) -> Result<(), DbError> {
    diesel::insert_into(search_outbox::table)
        .values((
            search_outbox::outcome_id.eq(outcome),
            search_outbox::created_at.eq(now),
            search_outbox::next_attempt_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Writes a step of the outcome on its grievance's timeline.
pub(crate) fn event(
    conn: &mut Db,
    g: &Grievance,
    kind: &str,
    note: Option<&str>,
    outcome: i64,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let detail = outcome.to_string();
    NewEvent::by(Capacity::Coordinator)
        .kind(kind)
        .detail(detail.as_str())
        .noted(note)
        .append(conn, g.id, now)
}

/// The day the grievance reached the state it is published from.
fn closed_on(conn: &mut Db, g: &Grievance) -> Result<NaiveDate, DbError> {
    use crate::schema::grievance_events;
    let at: Option<NaiveDateTime> = grievance_events::table
        .filter(grievance_events::grievance_id.eq(g.id))
        .filter(grievance_events::status.eq(&g.status))
        .select(diesel::dsl::max(grievance_events::at))
        .first(conn)?;
    Ok(day_of(at.unwrap_or(g.updated_at)))
}

/// The coordinator publishes the outcome of a finished grievance; returns its id.
pub fn publish(conn: &mut Db, code: &str, act: Act, input: &Input) -> Result<i64, Error> {
    crate::db::write_transaction(conn, |conn| {
        let g = read::find(conn, code)?;
        Error::forbidden_unless(may_publish(act.actor, &g))?;
        if !finished(&g) {
            return Err(Error::invalid("summary", "not-finished"));
        }
        if let Some(why) = consent_missing(conn, &g)? {
            return Err(Error::invalid(
                "summary",
                if why == "private" {
                    "no-consent-private"
                } else {
                    "no-consent"
                },
            ));
        }
        let existing: i64 = outcomes::table
            .filter(outcomes::grievance_id.eq(g.id))
            .count()
            .get_result(conn)?;
        if existing > 0 {
            return Err(Error::invalid("summary", "already"));
        }
        let input = check(conn, &g, input)?;
        let mediated = mediated(conn, &g)?;
        let closed = closed_on(conn, &g)?;
        let id = insert_published(conn, &g, &input, closed, mediated, act.now)?;
        event(conn, &g, "outcome_published", None, id, act.now)?;
        reindex(conn, id, act.now)?;
        Ok(id)
    })
}

/// Writes a grievance's outcome, published at `at`: its text, and what the public record
/// says of the case beside it (level, region, category, when it was filed and closed).
pub(crate) fn insert_published(
    conn: &mut Db,
    g: &Grievance,
    text: &Text,
    closed_on: NaiveDate,
    mediated: bool,
    at: NaiveDateTime,
) -> Result<i64, DbError> {
    Ok(diesel::insert_into(outcomes::table)
        .values((
            outcomes::grievance_id.eq(g.id),
            outcomes::title.eq(&text.title),
            outcomes::summary.eq(&text.summary),
            outcomes::result.eq(&text.result),
            outcomes::lang.eq(&text.lang),
            outcomes::level_code.eq(&g.level_code),
            outcomes::region_kato.eq(crate::grievances::terms::region_of(&g.jurisdiction_kato)),
            outcomes::category_code.eq(&g.category_code),
            outcomes::filed_on.eq(day_of(g.submitted_at)),
            outcomes::closed_on.eq(closed_on),
            outcomes::mediated.eq(mediated),
            outcomes::status.eq(OutcomeStatus::Published),
            outcomes::published_at.eq(at),
            outcomes::updated_at.eq(at),
        ))
        .returning(outcomes::id)
        .get_result(conn)?)
}

fn note_text(note: &str) -> Result<String, Error> {
    Ok(crate::error::typed_text("note", note, 1..=1000)?)
}

fn editable(conn: &mut Db, actor: &Actor, id: i64) -> Result<(Outcome, Grievance), Error> {
    let o: Outcome = outcomes::table
        .find(id)
        .select(Outcome::as_select())
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound)?;
    // A dialogue's report changes with the dialogue, not here.
    let grievance = o.grievance_id.ok_or(Error::NotFound)?;
    let g: Grievance = crate::schema::grievances::table
        .find(grievance)
        .first(conn)?;
    Error::forbidden_unless(may_publish(actor, &g))?;
    if o.status != OutcomeStatus::Published {
        return Err(Error::invalid("note", "withdrawn"));
    }
    Ok((o, g))
}

/// A published outcome changed (`corrected`, `withdrawn`): the note shown with it, the
/// grievance's timeline event and the search index follow.
fn record_change(
    conn: &mut Db,
    g: &Grievance,
    outcome: i64,
    kind: NoteKind,
    note: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(outcome_notes::table)
        .values((
            outcome_notes::outcome_id.eq(outcome),
            outcome_notes::at.eq(now),
            outcome_notes::kind.eq(kind),
            outcome_notes::note.eq(note),
        ))
        .execute(conn)?;
    event(
        conn,
        g,
        &format!("outcome_{kind}"),
        Some(note),
        outcome,
        now,
    )?;
    reindex(conn, outcome, now)
}

/// Corrects a published outcome; the note saying what changed is shown with it.
pub fn correct(conn: &mut Db, id: i64, act: Act, input: &Input, note: &str) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let (_, g) = editable(conn, act.actor, id)?;
        let note = note_text(note)?;
        let input = check(conn, &g, input)?;
        diesel::update(outcomes::table.find(id))
            .set((
                outcomes::title.eq(&input.title),
                outcomes::summary.eq(&input.summary),
                outcomes::result.eq(&input.result),
                outcomes::lang.eq(&input.lang),
                outcomes::updated_at.eq(act.now),
            ))
            .execute(conn)?;
        record_change(conn, &g, id, NoteKind::Corrected, &note, act.now)?;
        Ok(())
    })
}

/// Withdraws a published outcome: its page keeps the title and the note, not the text, and
/// it leaves the search index and the open data.
pub fn withdraw(conn: &mut Db, id: i64, act: Act, note: &str) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let (_, g) = editable(conn, act.actor, id)?;
        let note = note_text(note)?;
        diesel::update(outcomes::table.find(id))
            .set((
                outcomes::status.eq(OutcomeStatus::Withdrawn),
                outcomes::updated_at.eq(act.now),
            ))
            .execute(conn)?;
        record_change(conn, &g, id, NoteKind::Withdrawn, &note, act.now)?;
        Ok(())
    })
}

pub fn find(conn: &mut Db, id: i64) -> Result<Option<Outcome>, DbError> {
    Ok(outcomes::table
        .find(id)
        .select(Outcome::as_select())
        .first(conn)
        .optional()?)
}

pub fn of_grievance(conn: &mut Db, grievance_id: i64) -> Result<Option<Outcome>, DbError> {
    Ok(outcomes::table
        .filter(outcomes::grievance_id.eq(grievance_id))
        .select(Outcome::as_select())
        .first(conn)
        .optional()?)
}

pub fn notes(conn: &mut Db, id: i64) -> Result<Vec<Note>, DbError> {
    Ok(outcome_notes::table
        .filter(outcome_notes::outcome_id.eq(id))
        .order(outcome_notes::id)
        .select(Note::as_select())
        .load(conn)?)
}

/// Which published outcomes to list (feeds, rebuilding the index).
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub region: Option<String>,
    pub category: Option<String>,
}

/// Published outcomes, most recently published first.
pub fn published(
    conn: &mut Db,
    which: &Listing,
    limit: i64,
    offset: i64,
) -> Result<Vec<Outcome>, DbError> {
    let mut q = outcomes::table
        .filter(outcomes::status.eq(OutcomeStatus::Published))
        .select(Outcome::as_select())
        .into_boxed();
    if let Some(region) = &which.region {
        q = q.filter(outcomes::region_kato.eq(region));
    }
    if let Some(category) = &which.category {
        q = q.filter(outcomes::category_code.eq(category));
    }
    Ok(
        q.order((outcomes::published_at.desc(), outcomes::id.desc()))
            .limit(limit)
            .offset(offset)
            .load(conn)?,
    )
}

/// Every outcome id, for rebuilding the index.
pub fn all_ids(conn: &mut Db) -> Result<Vec<i64>, DbError> {
    Ok(outcomes::table
        .select(outcomes::id)
        .order(outcomes::id)
        .load(conn)?)
}

/// Index work that is due: (outbox row, outcome id), oldest first.
pub fn index_due(
    conn: &mut Db,
    now: NaiveDateTime,
    limit: i64,
) -> Result<Vec<(i64, i64)>, DbError> {
    Ok(search_outbox::table
        .filter(search_outbox::done_at.is_null())
        .filter(search_outbox::next_attempt_at.le(now))
        .order(search_outbox::id)
        .limit(limit)
        .select((search_outbox::id, search_outbox::outcome_id))
        .load(conn)?)
}

pub fn index_done(conn: &mut Db, rows: &[i64], now: NaiveDateTime) -> Result<(), DbError> {
    // In slices: SQLite takes at most 32,766 parameters, and a rebuild marks every row.
    for slice in rows.chunks(10_000) {
        diesel::update(search_outbox::table.filter(search_outbox::id.eq_any(slice)))
            .set(search_outbox::done_at.eq(now))
            .execute(conn)?;
    }
    Ok(())
}

/// The engine could not be reached: the rows stay due, with the reason noted. No attempt
/// is counted, as nothing was wrong with them.
pub fn index_unreachable(conn: &mut Db, rows: &[i64], error: &str) -> Result<(), DbError> {
    for slice in rows.chunks(10_000) {
        diesel::update(search_outbox::table.filter(search_outbox::id.eq_any(slice)))
            .set(search_outbox::last_error.eq(error))
            .execute(conn)?;
    }
    Ok(())
}

/// The engine refused the rows: try again later, waiting longer each time (up to an hour).
pub fn index_failed(
    conn: &mut Db,
    rows: &[i64],
    error: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    for &row in rows {
        let attempts: i32 = search_outbox::table
            .find(row)
            .select(search_outbox::attempts)
            .first(conn)?;
        let wait = Duration::seconds((5i64 << attempts.min(10)).min(3600));
        diesel::update(search_outbox::table.find(row))
            .set((
                search_outbox::attempts.eq(attempts + 1),
                search_outbox::next_attempt_at.eq(now + wait),
                search_outbox::last_error.eq(error),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The commitments of a published outcome's agreement, as the public may read them: a
/// commitment whose words look personal (a name of the case, an address, a number) keeps
/// its state and date but not its words.
pub fn public_commitments(
    conn: &mut Db,
    o: &Outcome,
) -> Result<Vec<crate::mediation::commitments::Commitment>, DbError> {
    let Some(grievance) = o.grievance_id else {
        return Ok(Vec::new());
    };
    let g: Grievance = crate::schema::grievances::table
        .find(grievance)
        .first(conn)?;
    let names = names(conn, &g)?;
    let mut list = crate::mediation::commitments::of_grievance(conn, g.id)?;
    for c in &mut list {
        if !anonymise::flags(&c.what, &names).is_empty()
            || !anonymise::flags(&c.check_how, &names).is_empty()
        {
            c.what = "—".into();
            c.check_how = "—".into();
        }
        c.report_note = None;
        c.confirm_note = None;
    }
    Ok(list)
}
