//! Agreements followed through. The mediator's draft carries commitments — which party does
//! what, by when, and how it will be checked. Once both parties accept, each commitment is
//! followed: at its due date the responsible party is asked to report and the citizen to
//! confirm (from their account, or by a mailed link that works once, for that commitment);
//! the other party's word settles it. A commitment of the body that the citizen says was not
//! done — or that nobody reported on within five working days — reopens the grievance as
//! "agreement not kept" and sends it one level up on the legal clock.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::accounts::tokens;
use crate::actor::{Act, Actor};
use crate::calendar::WorkingCalendar;
use crate::clock::day_of;
use crate::db::Db;
use crate::error::{DbResult, Error, FieldError};
use crate::grievances::access::party_of;
use crate::grievances::attachments::{self, Stored};
use crate::grievances::escalation::move_up;
use crate::grievances::read;
use crate::grievances::terms::{Capacity, Status, ANSWER_WORKING_DAYS};
use crate::mail::notices::{self, Notice, Recipient};
use crate::mail::Site;
use crate::mediation::terms::{AgreementStatus, CommitmentState, Kept, Party, FIELDS};
use crate::models::Grievance;
use crate::schema::{agreements, commitment_links, commitments, grievances, mediations};
use crate::timeline::NewEvent;

/// Working days after the due date (or after a report) before silence decides.
pub const GRACE_WORKING_DAYS: u32 = 5;
/// A mailed confirmation link works this long.
pub const LINK_DAYS: i64 = 30;
const WHAT_MAX: usize = 500;
const NOTE_MAX: usize = 4000;

/// A commitment as the mediator typed it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub party: String,
    pub what: String,
    pub due_on: String,
    pub check_how: String,
}

impl Draft {
    fn is_blank(&self) -> bool {
        self.what.trim().is_empty()
            && self.due_on.trim().is_empty()
            && self.check_how.trim().is_empty()
    }
}

/// A commitment checked and ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Valid {
    party: Party,
    what: String,
    due_on: NaiveDate,
    check_how: String,
}

fn line(field: &'static str, value: &str, errors: &mut Vec<FieldError>) -> String {
    let v = value.trim();
    match v.chars().count() {
        0 => errors.push(FieldError::new(field, "required")),
        n if n > WHAT_MAX => errors.push(FieldError::new(field, "line-too-long")),
        _ => {}
    }
    v.to_owned()
}

/// Checks the rows of a draft: blank rows are skipped, every other row needs all four
/// fields and a due date after today.
pub fn validate(rows: &[Draft], today: NaiveDate) -> Result<Vec<Valid>, Error> {
    let mut errors = Vec::new();
    let mut valid = Vec::new();
    for (row, names) in rows.iter().zip(FIELDS.iter()) {
        if row.is_blank() {
            continue;
        }
        let [party_f, what_f, due_f, check_f] = *names;
        let party = Party::parse(&row.party).unwrap_or_else(|| {
            errors.push(FieldError::new(party_f, "choose"));
            Party::Body
        });
        let what = line(what_f, &row.what, &mut errors);
        let check_how = line(check_f, &row.check_how, &mut errors);
        let due_on = match NaiveDate::parse_from_str(row.due_on.trim(), "%Y-%m-%d") {
            Ok(d) if d > today => Some(d),
            Ok(_) => {
                errors.push(FieldError::new(due_f, "future"));
                None
            }
            Err(_) => {
                errors.push(FieldError::new(due_f, "date"));
                None
            }
        };
        if let Some(due_on) = due_on {
            valid.push(Valid {
                party,
                what,
                due_on,
                check_how,
            });
        }
    }
    if errors.is_empty() {
        Ok(valid)
    } else {
        Err(Error::Invalid(errors))
    }
}

/// Stores the commitments of a new draft agreement (inside the draft's transaction).
pub(crate) fn insert(
    conn: &mut Db,
    agreement: i64,
    body: Option<&str>,
    rows: &[Valid],
) -> DbResult<()> {
    crate::insert_all!(
        conn,
        commitments,
        rows.iter().map(|c| {
            (
                commitments::agreement_id.eq(agreement),
                commitments::party.eq(c.party),
                commitments::body_code.eq(body),
                commitments::what.eq(&c.what),
                commitments::due_on.eq(c.due_on),
                commitments::check_how.eq(&c.check_how),
            )
        })
    )?;
    Ok(())
}

/// A commitment as the pages show it.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Commitment {
    pub id: i64,
    pub agreement_id: i64,
    pub party: Party,
    pub body_code: Option<String>,
    pub what: String,
    pub due_on: NaiveDate,
    pub check_how: String,
    pub state: CommitmentState,
    pub report: Option<Kept>,
    pub report_note: Option<String>,
    pub reported_at: Option<NaiveDateTime>,
    pub confirmation: Option<Kept>,
    pub confirm_note: Option<String>,
    pub confirmed_at: Option<NaiveDateTime>,
    pub asked_at: Option<NaiveDateTime>,
    pub lapsed_at: Option<NaiveDateTime>,
}

impl Commitment {
    /// The party that confirms what the responsible party reports.
    pub fn confirmer(&self) -> Party {
        self.party.other()
    }

    pub fn is_pending(&self) -> bool {
        self.state == CommitmentState::Pending
    }

    /// `party` may say what became of it: it is theirs, and still open and unreported.
    pub fn may_report(&self, party: Party) -> bool {
        self.is_pending() && self.report.is_none() && self.party == party
    }

    /// `party` may confirm (and so settle) it: the other side, while it is open.
    pub fn may_confirm(&self, party: Party) -> bool {
        self.is_pending() && party == self.confirmer()
    }
}

/// The commitments of an agreement, in the order drafted.
pub fn of_agreement(conn: &mut Db, agreement: i64) -> DbResult<Vec<Commitment>> {
    Ok(commitments::table
        .filter(commitments::agreement_id.eq(agreement))
        .order(commitments::id)
        .load(conn)?)
}

/// The commitments of the grievance's accepted agreement, if it has one.
pub fn of_grievance(conn: &mut Db, grievance: i64) -> DbResult<Vec<Commitment>> {
    Ok(commitments::table
        .inner_join(agreements::table.inner_join(mediations::table))
        .filter(mediations::grievance_id.eq(grievance))
        .filter(agreements::status.eq(AgreementStatus::Accepted))
        .order(commitments::id)
        .select(commitments::all_columns)
        .load(conn)?)
}

/// Its number within the agreement (1, 2, …): how the timeline and mails name it.
fn number(conn: &mut Db, c: &Commitment) -> DbResult<i64> {
    Ok(commitments::table
        .filter(commitments::agreement_id.eq(c.agreement_id))
        .filter(commitments::id.le(c.id))
        .count()
        .get_result(conn)?)
}

/// A commitment of `g`'s accepted agreement, or not found.
fn find(conn: &mut Db, g: &Grievance, id: i64) -> Result<Commitment, Error> {
    of_grievance(conn, g.id)?
        .into_iter()
        .find(|c| c.id == id)
        .ok_or(Error::NotFound)
}

/// A party's word as checked: what they say became of the commitment, and their note.
struct Said {
    kept: Kept,
    note: Option<String>,
}

impl Word<'_> {
    fn checked(&self) -> Result<Said, Error> {
        let kept = Kept::parse(self.kept).ok_or_else(|| Error::invalid("kept", "choose"))?;
        let note = crate::error::typed_text("note", self.note, 0..=NOTE_MAX)?;
        let note = Some(note).filter(|n| !n.is_empty());
        Ok(Said { kept, note })
    }
}

/// Whose word it is: the responsible party's report, or the other party's confirmation.
#[derive(Debug, Clone, Copy)]
enum Stage {
    Report,
    Confirmation,
}

impl Stage {
    /// The party whose word this stage is.
    fn party(self, c: &Commitment) -> Party {
        match self {
            Stage::Report => c.party,
            Stage::Confirmation => c.confirmer(),
        }
    }
}

/// Stores `said` on `c` as the `stage`'s word, with its timeline event; returns the
/// commitment's number within the agreement.
fn write_word(
    conn: &mut Db,
    g: &Grievance,
    c: &Commitment,
    stage: Stage,
    said: &Said,
    now: NaiveDateTime,
) -> DbResult<i64> {
    // The two stages write their own three columns, which diesel types apart: one
    // statement, spelled once, for either set.
    macro_rules! store {
        ($kept:ident, $note:ident, $at:ident) => {
            diesel::update(commitments::table.find(c.id))
                .set((
                    commitments::$kept.eq(said.kept),
                    commitments::$note.eq(&said.note),
                    commitments::$at.eq(now),
                ))
                .execute(conn)?
        };
    }
    let kind = match stage {
        Stage::Report => {
            store!(report, report_note, reported_at);
            "commitment_reported"
        }
        Stage::Confirmation => {
            store!(confirmation, confirm_note, confirmed_at);
            "commitment_confirmed"
        }
    };
    let n = number(conn, c)?;
    event(conn, g, stage.party(c).into(), kind, n, said.kept, now)?;
    Ok(n)
}

/// What a party says became of a commitment: done, partly or not done, a note, and (with
/// a report) files already stored as its evidence.
#[derive(Debug, Clone, Copy, Default)]
pub struct Word<'a> {
    pub kept: &'a str,
    pub note: &'a str,
    pub evidence: &'a [Stored],
}

/// The grievance and its commitment `id`, when the actor speaks for the party whose word
/// `stage` is.
fn speaking(
    conn: &mut Db,
    code: &str,
    actor: &Actor,
    id: i64,
    stage: Stage,
) -> Result<(Grievance, Commitment), Error> {
    let g = read::find(conn, code)?;
    let c = find(conn, &g, id)?;
    Error::forbidden_unless(party_of(actor, &g) == Some(stage.party(&c)))?;
    Ok((g, c))
}

/// The responsible party says what became of its commitment.
pub fn report(
    conn: &mut Db,
    code: &str,
    act: Act,
    id: i64,
    word: Word<'_>,
    site: &Site,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let (g, c) = speaking(conn, code, act.actor, id, Stage::Report)?;
        let said = word.checked()?;
        if !c.is_pending() || c.report.is_some() {
            return Err(Error::invalid("kept", "settled"));
        }
        let n = write_word(conn, &g, &c, Stage::Report, &said, act.now)?;
        attachments::record_for(conn, g.id, Some(c.id), word.evidence, act.now)?;
        // A body that says it did not keep its word has broken the agreement itself.
        if said.kept == Kept::NotDone {
            return settle(conn, &g, &c, n, said.kept, site, act.now);
        }
        let notice = Notice::CommitmentReported {
            number: n,
            what: c.what.clone(),
            said: said.kept.as_str().to_owned(),
        };
        let other = Recipient::from(c.party.other());
        notices::tell(conn, &g, &[other], &notice, site, act.now)?;
        Ok(())
    })
}

/// The other party (the citizen, for the body's commitments) says what became of it; their
/// word settles the commitment.
pub fn confirm(
    conn: &mut Db,
    code: &str,
    act: Act,
    id: i64,
    word: Word<'_>,
    site: &Site,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let (g, c) = speaking(conn, code, act.actor, id, Stage::Confirmation)?;
        confirm_checked(conn, &g, &c, word, site, act.now)
    })
}

fn confirm_checked(
    conn: &mut Db,
    g: &Grievance,
    c: &Commitment,
    word: Word<'_>,
    site: &Site,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let said = word.checked()?;
    if !c.is_pending() {
        return Err(Error::invalid("kept", "settled"));
    }
    let n = write_word(conn, g, c, Stage::Confirmation, &said, now)?;
    settle(conn, g, c, n, said.kept, site, now)
}

/// What a mailed link opens.
#[derive(Debug, Clone)]
pub struct Linked {
    pub grievance: Grievance,
    pub commitment: Commitment,
    /// Its number within the agreement.
    pub number: usize,
}

/// What a mailed link opens, while the link still works.
pub fn by_link(conn: &mut Db, token: &str, now: NaiveDateTime) -> Result<Linked, Error> {
    let (commitment, expires_at, used_at): (i64, NaiveDateTime, Option<NaiveDateTime>) =
        commitment_links::table
            .find(tokens::digest(token))
            .select((
                commitment_links::commitment_id,
                commitment_links::expires_at,
                commitment_links::used_at,
            ))
            .first(conn)
            .optional()?
            .ok_or(Error::TokenInvalid)?;
    if used_at.is_some() || expires_at <= now {
        return Err(Error::TokenInvalid);
    }
    let c: Commitment = commitments::table.find(commitment).first(conn)?;
    Ok(Linked {
        grievance: grievance_of(conn, &c)?,
        number: number(conn, &c)? as usize,
        commitment: c,
    })
}

/// The citizen confirms by the mailed link, which is then spent. `commitment` is the one the
/// page showed: a link never answers for another.
pub fn confirm_by_link(
    conn: &mut Db,
    token: &str,
    commitment: i64,
    reader: Option<i64>,
    word: Word<'_>,
    site: &Site,
    now: NaiveDateTime,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let Linked {
            grievance: g,
            commitment: c,
            ..
        } = by_link(conn, token, now)?;
        // Signed in as someone else, the link is not theirs to use.
        Error::forbidden_unless(
            c.id == commitment && reader.is_none_or(|r| Some(r) == g.author_user_id),
        )?;
        let spent = diesel::update(
            commitment_links::table
                .find(tokens::digest(token))
                .filter(commitment_links::used_at.is_null()),
        )
        .set(commitment_links::used_at.eq(now))
        .execute(conn)?;
        if spent != 1 {
            return Err(Error::TokenInvalid);
        }
        confirm_checked(conn, &g, &c, word, site, now)
    })
}

/// The commitment takes the state the confirming word (or silence) gave it; a body's
/// commitment not done breaks the agreement.
fn settle(
    conn: &mut Db,
    g: &Grievance,
    c: &Commitment,
    n: i64,
    state: Kept,
    site: &Site,
    now: NaiveDateTime,
) -> Result<(), Error> {
    diesel::update(
        commitments::table
            .find(c.id)
            .filter(commitments::state.eq(CommitmentState::Pending)),
    )
    .set(commitments::state.eq(CommitmentState::from(state)))
    .execute(conn)?;
    if state == Kept::NotDone && c.party == Party::Body {
        break_agreement(conn, g, c, n, site, now)?;
    }
    Ok(())
}

fn event(
    conn: &mut Db,
    g: &Grievance,
    role: Capacity,
    kind: &str,
    n: i64,
    said: Kept,
    now: NaiveDateTime,
) -> DbResult<()> {
    let detail = format!("{n}:{}", said.as_str());
    NewEvent::by(role)
        .kind(kind)
        .detail(detail.as_str())
        .append(conn, g.id, now)
}

/// The agreement was not kept: the grievance reopens and goes one level up with a fresh
/// legal deadline (at the national level it reopens there). The mediator, the coordinators,
/// the citizen and the body answering now are told. A grievance already reopened by an
/// earlier broken commitment only records this one.
fn break_agreement(
    conn: &mut Db,
    g: &Grievance,
    c: &Commitment,
    n: i64,
    site: &Site,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let g: Grievance = grievances::table.find(g.id).first(conn)?;
    let detail = n.to_string();
    let not_kept = NewEvent::by(Capacity::System)
        .kind("agreement_not_kept")
        .detail(detail.as_str());
    if !matches!(g.status, Status::Resolved | Status::Closed) {
        return Ok(not_kept.append(conn, g.id, now)?);
    }
    g.status.transition(Status::Reopened)?;
    let calendar = read::working_calendar(conn)?;
    diesel::update(
        grievances::table
            .find(g.id)
            .filter(grievances::status.eq(g.status)),
    )
    .set((
        grievances::status.eq(Status::Reopened),
        grievances::due_on.eq(calendar.add_working_days(day_of(now), ANSWER_WORKING_DAYS)),
        grievances::updated_at.eq(now),
    ))
    .execute(conn)?;
    not_kept
        .moved_to(Status::Reopened)
        .append(conn, g.id, now)?;
    let reopened: Grievance = grievances::table.find(g.id).first(conn)?;
    let level = reopened.level_code;
    let up = level.above();
    if let Some(up) = up {
        if move_up(conn, &reopened, up, &calendar, now)? {
            not_kept
                .moved_to(Status::Escalated)
                .append(conn, g.id, now)?;
        }
    }
    let moved: Grievance = grievances::table.find(g.id).first(conn)?;
    let mediator: Option<i64> = mediations::table
        .inner_join(agreements::table)
        .filter(agreements::id.eq(c.agreement_id))
        .select(mediations::mediator_user_id)
        .first::<Option<i64>>(conn)?;
    let notice = Notice::AgreementNotKept {
        number: n,
        what: c.what.clone(),
        escalated_to: up,
    };
    let mut told = vec![Recipient::Author, Recipient::Body, Recipient::Coordinators];
    told.extend(mediator.map(Recipient::User));
    notices::tell(conn, &moved, &told, &notice, site, now)?;
    notices::tell_supporters(conn, &moved, moved.status, site, now)?;
    // The body that broke its word hears of it too, when the case has left it.
    if moved.body_code != reopened.body_code {
        notices::tell(conn, &reopened, &[Recipient::Body], &notice, site, now)?;
    }
    Ok(())
}

/// What one sweep did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FollowUp {
    /// Commitments whose parties were asked to report and confirm.
    pub asked: usize,
    /// Settled by silence: nobody reported, or the report stood unanswered.
    pub settled: usize,
}

/// Run periodically: asks about commitments that fell due, and settles those left in
/// silence past the grace. Safe to run on several nodes at once (every step is guarded).
pub fn sweep(conn: &mut Db, now: NaiveDateTime, site: &Site) -> Result<FollowUp, Error> {
    let calendar = read::working_calendar(conn)?;
    let mut done = FollowUp::default();
    let due: Vec<Commitment> = commitments::table
        .filter(commitments::state.eq(CommitmentState::Pending))
        .filter(commitments::due_on.le(day_of(now)))
        .order(commitments::id)
        .load(conn)?;
    for c in due {
        crate::db::write_transaction(conn, |conn| -> Result<(), Error> {
            if c.asked_at.is_none() && ask(conn, &c, site, now)? {
                done.asked += 1;
            }
            if let Some(state) = silence(&c, &calendar, day_of(now)) {
                if lapse(conn, &c, state, site, now)? {
                    done.settled += 1;
                }
            }
            Ok(())
        })?;
    }
    Ok(done)
}

/// What silence decides once the grace has passed: nobody reported (not done), or the
/// report went unanswered (it stands).
fn silence(c: &Commitment, calendar: &WorkingCalendar, today: NaiveDate) -> Option<Kept> {
    match (c.report, c.reported_at) {
        (None, _) if calendar.add_working_days(c.due_on, GRACE_WORKING_DAYS) < today => {
            Some(Kept::NotDone)
        }
        (Some(said), Some(at))
            if calendar.add_working_days(day_of(at).max(c.due_on), GRACE_WORKING_DAYS) < today =>
        {
            Some(said)
        }
        _ => None,
    }
}

/// Asks the responsible party to report and the citizen to confirm (by a link made for
/// them); false when another node asked first.
fn ask(conn: &mut Db, c: &Commitment, site: &Site, now: NaiveDateTime) -> Result<bool, Error> {
    let n = diesel::update(
        commitments::table
            .find(c.id)
            .filter(commitments::asked_at.is_null()),
    )
    .set(commitments::asked_at.eq(now))
    .execute(conn)?;
    if n != 1 {
        return Ok(false);
    }
    let g = grievance_of(conn, c)?;
    let number = number(conn, c)?;
    let report = Notice::CommitmentDue {
        number,
        what: c.what.clone(),
        due: c.due_on,
    };
    notices::tell(conn, &g, &[c.party.into()], &report, site, now)?;
    if c.party == Party::Body {
        let token = tokens::new_token();
        diesel::insert_into(commitment_links::table)
            .values((
                commitment_links::digest.eq(tokens::digest(&token)),
                commitment_links::commitment_id.eq(c.id),
                commitment_links::expires_at.eq(now + Duration::days(LINK_DAYS)),
            ))
            .execute(conn)?;
        let confirm = Notice::ConfirmCommitment {
            number,
            what: c.what.clone(),
            due: c.due_on,
            token,
        };
        notices::to_author(conn, &g, &confirm, site, now)?;
    }
    Ok(true)
}

/// Settles a commitment left in silence; false when it was settled meanwhile.
fn lapse(
    conn: &mut Db,
    c: &Commitment,
    state: Kept,
    site: &Site,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    let n = diesel::update(
        commitments::table
            .find(c.id)
            .filter(commitments::state.eq(CommitmentState::Pending)),
    )
    .set(commitments::lapsed_at.eq(now))
    .execute(conn)?;
    if n != 1 {
        return Ok(false);
    }
    let g = grievance_of(conn, c)?;
    let number = number(conn, c)?;
    event(
        conn,
        &g,
        Capacity::System,
        "commitment_lapsed",
        number,
        state,
        now,
    )?;
    settle(conn, &g, c, number, state, site, now)?;
    Ok(true)
}

fn grievance_of(conn: &mut Db, c: &Commitment) -> DbResult<Grievance> {
    Ok(grievances::table
        .inner_join(mediations::table.inner_join(agreements::table))
        .filter(agreements::id.eq(c.agreement_id))
        .select(grievances::all_columns)
        .first(conn)?)
}

/// A commitment past its due date and still pending, for the coordinators' dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Late {
    pub code: String,
    pub party: Party,
    pub what: String,
    pub due_on: NaiveDate,
}

/// Pending commitments past their due date in a territory (a KATO prefix; all without),
/// the longest overdue first.
pub fn late(
    conn: &mut Db,
    kato: Option<&str>,
    today: NaiveDate,
    limit: i64,
) -> DbResult<Vec<Late>> {
    let mut q = commitments::table
        .inner_join(agreements::table.inner_join(mediations::table.inner_join(grievances::table)))
        .filter(agreements::status.eq(AgreementStatus::Accepted))
        .filter(commitments::state.eq(CommitmentState::Pending))
        .filter(commitments::due_on.lt(today))
        .into_boxed();
    if let Some(k) = kato {
        let (from, to) = crate::oversight::dashboard::kato_range(k);
        q = q
            .filter(grievances::jurisdiction_kato.ge(from))
            .filter(grievances::jurisdiction_kato.le(to));
    }
    Ok(q.order((commitments::due_on, commitments::id))
        .limit(limit)
        .select((
            grievances::tracking_code,
            commitments::party,
            commitments::what,
            commitments::due_on,
        ))
        .load(conn)?)
}

/// How many files back the reports on a commitment already.
pub fn evidence_count(conn: &mut Db, commitment: i64) -> DbResult<i64> {
    use crate::schema::attachments;
    Ok(attachments::table
        .filter(attachments::commitment_id.eq(commitment))
        .count()
        .get_result(conn)?)
}
