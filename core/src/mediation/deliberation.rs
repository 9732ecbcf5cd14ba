//! Deliberation in a room (after Fisher & Ury: interests, not positions). The mediator pins
//! a summary of each party's interests; any participant tables a proposal; participants
//! mark proposals agree / disagree / pass with an optional reason; the mediator drafts an
//! agreement, and each party accepts or rejects it, saying whether the outcome may be
//! published. Accepted by both, it resolves the grievance; a mediation may also end without
//! one, and the grievance goes on.

use crate::dialogues::votes::Vote;
use crate::error::Error;
use crate::mediation::terms::{AgreementStatus, MediationStatus, Party, Seat};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::actor::{Act, Actor};
use crate::audit::{self, Client};
use crate::db::Db;
use crate::error::DbError;
use crate::grievances::terms::{Capacity, IllegalTransition, Status};
use crate::mail::notices::{self, Notice, Recipient};
use crate::mail::Site;
use crate::mediation::commitments;
use crate::mediation::room::{self, Room};
use crate::schema::{
    agreement_responses, agreements, grievances, mediations, proposal_votes, room_interests,
    room_proposals,
};
use crate::timeline::NewEvent;

const TEXT_MAX: usize = 4000;

fn text(field: &'static str, value: &str) -> Result<String, Error> {
    Ok(crate::error::typed_text(field, value, 1..=TEXT_MAX)?)
}

/// The party (citizen or body) an actor answers for in this room.
fn party(actor: &Actor, room: &Room) -> Result<Party, Error> {
    room::seat(actor, room)
        .and_then(Seat::party)
        .ok_or(Error::Forbidden)
}

pub fn pin_interests(
    conn: &mut Db,
    code: &str,
    act: Act,
    of: &str,
    summary: &str,
) -> Result<(), Error> {
    let room = room::for_mediator(conn, code, act.actor, "text")?;
    let party = Party::parse(of).ok_or_else(|| Error::invalid("party", "choose"))?;
    let summary = text("summary", summary)?;
    crate::db::write_transaction(conn, |conn| {
        let pinned = (
            room_interests::summary.eq(&summary),
            room_interests::pinned_at.eq(act.now),
        );
        let room_id = room.mediation.id;
        crate::upsert!(
            conn,
            room_interests,
            (mediation_id, party) = (room_id, party),
            pinned
        )?;
        Ok(())
    })
}

/// Pinned interests: (party, summary).
pub fn interests(conn: &mut Db, room: &Room) -> Result<Vec<(Party, String)>, DbError> {
    Ok(crate::natively!(conn, |c| room_interests::table
        .filter(room_interests::mediation_id.eq(room.mediation.id))
        .order(room_interests::party)
        .select((room_interests::party, room_interests::summary))
        .load(c)?))
}

pub fn table_proposal(conn: &mut Db, code: &str, act: Act, proposal: &str) -> Result<i64, Error> {
    let room = room::open(conn, code)?;
    let seat = room::seat(act.actor, &room).ok_or(Error::Forbidden)?;
    room.running("text")?;
    let proposal = text("text", proposal)?;
    Ok(diesel::insert_into(room_proposals::table)
        .values((
            room_proposals::mediation_id.eq(room.mediation.id),
            room_proposals::author_user_id.eq(act.actor.account()),
            room_proposals::author_role.eq(seat),
            room_proposals::text.eq(proposal),
            room_proposals::created_at.eq(act.now),
        ))
        .returning(room_proposals::id)
        .get_result(conn)?)
}

/// A participant marks a proposal; marking again replaces their mark.
pub fn vote(
    conn: &mut Db,
    code: &str,
    act: Act,
    proposal: i64,
    mark: &str,
    reason: &str,
) -> Result<(), Error> {
    let room = room::open(conn, code)?;
    room::seat(act.actor, &room).ok_or(Error::Forbidden)?;
    room.running("text")?;
    let user = act.actor.account().ok_or(Error::Forbidden)?;
    let mark = Vote::parse(mark).ok_or_else(|| Error::invalid("vote", "choose"))?;
    let exists: i64 = room_proposals::table
        .find(proposal)
        .filter(room_proposals::mediation_id.eq(room.mediation.id))
        .count()
        .get_result(conn)?;
    if exists == 0 {
        return Err(Error::NotFound);
    }
    let reason = Some(reason.trim())
        .filter(|r| !r.is_empty())
        .map(|r| r.chars().take(500).collect::<String>());
    crate::db::write_transaction(conn, |conn| {
        // A new mark replaces the voter's earlier one.
        let vote = (
            proposal_votes::vote.eq(mark.as_str()),
            proposal_votes::reason.eq(&reason),
            proposal_votes::at.eq(act.now),
        );
        crate::upsert!(
            conn,
            proposal_votes,
            (proposal_id, user_id) = (proposal, user),
            vote
        )?;
        Ok(())
    })
}

/// A proposal with its counts and the reader's own mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalView {
    pub id: i64,
    pub author_role: Seat,
    pub text: String,
    pub agree: i64,
    pub disagree: i64,
    pub pass: i64,
    pub mine: Option<String>,
    /// Reasons given, by mark.
    pub reasons: Vec<(String, String)>,
}

pub fn proposals(
    conn: &mut Db,
    room: &Room,
    reader: Option<i64>,
) -> Result<Vec<ProposalView>, DbError> {
    let rows: Vec<(i64, Seat, String)> = crate::natively!(conn, |c| room_proposals::table
        .filter(room_proposals::mediation_id.eq(room.mediation.id))
        .order(room_proposals::id)
        .select((
            room_proposals::id,
            room_proposals::author_role,
            room_proposals::text,
        ))
        .load(c)?);
    let mut out = Vec::with_capacity(rows.len());
    for (id, author_role, text) in rows {
        let votes: Vec<(i64, String, Option<String>)> = proposal_votes::table
            .filter(proposal_votes::proposal_id.eq(id))
            .select((
                proposal_votes::user_id,
                proposal_votes::vote,
                proposal_votes::reason,
            ))
            .load(conn)?;
        let count = |m: Vote| votes.iter().filter(|v| v.1 == m.as_str()).count() as i64;
        out.push(ProposalView {
            id,
            author_role,
            text,
            agree: count(Vote::Agree),
            disagree: count(Vote::Disagree),
            pass: count(Vote::Pass),
            mine: votes
                .iter()
                .find(|v| Some(v.0) == reader)
                .map(|v| v.1.clone()),
            reasons: votes
                .iter()
                .filter_map(|v| Some((v.1.clone(), v.2.clone()?)))
                .collect(),
        });
    }
    Ok(out)
}

/// The mediator drafts an agreement with its commitments; a newer draft replaces one still
/// awaiting answers.
pub fn draft_agreement(
    conn: &mut Db,
    code: &str,
    act: Act,
    draft: &str,
    promised: &[commitments::Draft],
    site: &Site,
) -> Result<i64, Error> {
    let room = room::for_mediator(conn, code, act.actor, "text")?;
    let draft = text("agreement", draft);
    let promised = commitments::validate(promised, act.today());
    let (draft, promised) = match (draft, promised) {
        (Ok(d), Ok(p)) => (d, p),
        (Err(Error::Invalid(mut a)), Err(Error::Invalid(b))) => {
            a.extend(b);
            return Err(Error::Invalid(a));
        }
        (Err(e), _) | (_, Err(e)) => return Err(e),
    };
    crate::db::write_transaction(conn, |conn| {
        diesel::update(
            agreements::table
                .filter(agreements::mediation_id.eq(room.mediation.id))
                .filter(agreements::status.eq(AgreementStatus::Proposed)),
        )
        .set(agreements::status.eq(AgreementStatus::Rejected))
        .execute(conn)?;
        let id = diesel::insert_into(agreements::table)
            .values((
                agreements::mediation_id.eq(room.mediation.id),
                agreements::text.eq(draft),
                agreements::status.eq(AgreementStatus::Proposed),
                agreements::drafted_at.eq(act.now),
            ))
            .returning(agreements::id)
            .get_result(conn)?;
        commitments::insert(conn, id, room.grievance.body_code.as_deref(), &promised)?;
        let notice = Notice::AgreementDrafted;
        notices::tell(
            conn,
            &room.grievance,
            notices::PARTIES,
            &notice,
            site,
            act.now,
        )?;
        Ok(id)
    })
}

/// The agreement a room is discussing (or the accepted one), with the parties' answers so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementView {
    pub id: i64,
    pub text: String,
    pub status: AgreementStatus,
    /// (party, accepted, agreed to publish).
    pub answers: Vec<(Party, bool, bool)>,
}

impl AgreementView {
    /// The proposed agreement still waits for `party`'s answer.
    pub fn awaits_answer(&self, party: Party) -> bool {
        self.status == AgreementStatus::Proposed && !self.answers.iter().any(|a| a.0 == party)
    }
}

pub fn agreement(conn: &mut Db, room: &Room) -> Result<Option<AgreementView>, DbError> {
    let row: Option<(i64, String, AgreementStatus)> = crate::natively!(conn, |c| agreements::table
        .filter(agreements::mediation_id.eq(room.mediation.id))
        .filter(agreements::status.ne(AgreementStatus::Rejected))
        .order(agreements::id.desc())
        .select((agreements::id, agreements::text, agreements::status))
        .first(c)
        .optional()?);
    let Some((id, text, status)) = row else {
        return Ok(None);
    };
    let answers = agreement_responses::table
        .filter(agreement_responses::agreement_id.eq(id))
        .order(agreement_responses::party)
        .select((
            agreement_responses::party,
            agreement_responses::accepted,
            agreement_responses::publish,
        ))
        .load(conn)?;
    Ok(Some(AgreementView {
        id,
        text,
        status,
        answers,
    }))
}

fn finish(
    conn: &mut Db,
    room: &Room,
    to: Status,
    status: MediationStatus,
    note: Option<&str>,
    site: &Site,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let g = &room.grievance;
    let from = g.status;
    from.transition(to)?;
    let moved = diesel::update(
        grievances::table
            .find(g.id)
            .filter(grievances::status.eq(&g.status)),
    )
    .set((grievances::status.eq(to), grievances::updated_at.eq(now)))
    .execute(conn)?;
    if moved != 1 {
        return Err(IllegalTransition { from, to }.into());
    }
    diesel::update(mediations::table.find(room.mediation.id))
        .set((
            mediations::status.eq(status),
            mediations::updated_at.eq(now),
        ))
        .execute(conn)?;
    NewEvent::by(Capacity::Mediator)
        .moved_to(to)
        .noted(note)
        .append(conn, g.id, now)?;
    notices::tell_supporters(conn, g, to, site, now)?;
    Ok(())
}

/// A party's answer to an agreement.
#[derive(Debug, Clone, Default)]
pub struct Answer {
    pub accept: bool,
    /// The outcome may be published (anonymised) for everyone to read.
    pub publish: bool,
    /// Required when rejecting.
    pub reason: String,
}

/// Whether the actor is a party who may answer the room's agreement: checked before the
/// answer's own fields, so that nobody else learns more than "forbidden".
pub fn may_respond(conn: &mut Db, code: &str, actor: &Actor) -> Result<(), Error> {
    let room = room::open(conn, code)?;
    party(actor, &room).map(|_| ())
}

/// A party accepts or rejects the agreement and says whether the outcome may be published.
/// Accepted by both parties, the grievance is resolved.
pub fn respond(
    conn: &mut Db,
    code: &str,
    act: Act,
    answer: &Answer,
    client: &Client,
    site: &Site,
) -> Result<bool, Error> {
    let (accept, publish, reason) = (answer.accept, answer.publish, answer.reason.as_str());
    crate::db::write_transaction(conn, |conn| {
        let room = room::open(conn, code)?;
        let party = party(act.actor, &room)?;
        room.running("text")?;
        let id = match agreement(conn, &room)? {
            Some(a) if a.status == AgreementStatus::Proposed => a.id,
            _ => return Err(Error::invalid("agreement", "none")),
        };
        let reason = Some(reason.trim()).filter(|r| !r.is_empty());
        if !accept && reason.is_none() {
            return Err(Error::invalid("reason", "required"));
        }
        let response = (
            agreement_responses::accepted.eq(accept),
            agreement_responses::publish.eq(publish),
            agreement_responses::reason.eq(reason),
            agreement_responses::at.eq(act.now),
        );
        crate::upsert!(
            conn,
            agreement_responses,
            (agreement_id, party) = (id, party),
            response
        )?;
        if !accept {
            diesel::update(agreements::table.find(id))
                .set(agreements::status.eq(AgreementStatus::Rejected))
                .execute(conn)?;
            return Ok(false);
        }
        let accepted: i64 = agreement_responses::table
            .filter(agreement_responses::agreement_id.eq(id))
            .filter(agreement_responses::accepted.eq(true))
            .count()
            .get_result(conn)?;
        if accepted < 2 {
            return Ok(false);
        }
        diesel::update(agreements::table.find(id))
            .set(agreements::status.eq(AgreementStatus::Accepted))
            .execute(conn)?;
        finish(
            conn,
            &room,
            Status::Resolved,
            MediationStatus::Agreed,
            None,
            site,
            act.now,
        )?;
        audit::record_step(
            conn,
            act,
            "agreement_accepted",
            Some(&room.grievance.tracking_code),
            client,
        )?;
        let mut told = notices::PARTIES.to_vec();
        told.extend(room.mediation.mediator_user_id.map(Recipient::User));
        let notice = Notice::AgreementAccepted;
        notices::tell(conn, &room.grievance, &told, &notice, site, act.now)?;
        Ok(true)
    })
}

/// The mediator ends the mediation without an agreement; the grievance goes on.
pub fn end_without_agreement(
    conn: &mut Db,
    code: &str,
    act: Act,
    reason: &str,
    site: &Site,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let room = room::for_mediator(conn, code, act.actor, "text")?;
        let reason = text("reason", reason)?;
        finish(
            conn,
            &room,
            Status::NotResolved,
            MediationStatus::NotResolved,
            Some(&reason),
            site,
            act.now,
        )
    })
}
