//! Mediation of a grievance: mediators and their declared ties, the request, each party's
//! consent, the coordinator's choice of a mediator (ranked; never one with a tie to a
//! party), one objection per party, and the mediator's "no conflict" before the case starts.
//! Voluntary throughout: a party that declines, with a reason, ends the request.

use crate::error::Error;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use std::collections::{HashMap, HashSet};

use crate::actor::{Act, Actor};
use crate::audit::{self, Client};
use crate::db::Db;
use crate::error::DbError;
use crate::grievances::access::party_of;
use crate::grievances::read;
use crate::grievances::terms::{Capacity, Status};
use crate::mail::notices::{self, Notice, Recipient};
use crate::mail::Site;
use crate::mediation::terms::{Decision, MediationStatus, Party};
use crate::models::Grievance;
use crate::permissions::{allowed, Action, Role};
use crate::schema::{
    grievances, mediation_parties, mediations, mediator_profiles, mediator_ties, role_grants, users,
};
use crate::timeline::NewEvent;

pub use crate::mediation::terms::{TieKind, LANGUAGES, SPECIALISATIONS};
use crate::names::Codes;
const TEXT_MIN: usize = 10;
const TEXT_MAX: usize = 2000;

/// The specialisation a grievance's category calls for.
pub fn specialisation_for(category: &str) -> &'static str {
    match category {
        "interethnic" => "ethnomediation",
        "land" => "land",
        "housing" | "utilities" => "housing",
        "labour" => "labour",
        "environment" => "environment",
        _ => "social",
    }
}

fn text(field: &'static str, value: &str) -> Result<String, Error> {
    Ok(crate::error::typed_text(field, value, TEXT_MIN..=TEXT_MAX)?)
}

/// What a mediator says about themselves.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub bio: String,
    pub languages: Vec<String>,
    pub specialisations: Vec<String>,
    pub available: bool,
    /// Kept out of the public registry.
    pub hidden: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Profile {
    pub user_id: i64,
    pub bio: String,
    pub languages: Codes,
    pub specialisations: Codes,
    pub available: bool,
    pub cert_issuer: Option<String>,
    pub cert_number: Option<String>,
    pub cert_valid_until: Option<NaiveDate>,
    pub updated_at: NaiveDateTime,
    pub hidden_from_public: bool,
}

/// A mediator's certificate: who issued it, its number, and the last day it is valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    pub issuer: String,
    pub number: String,
    pub valid_until: NaiveDate,
}

impl Profile {
    pub fn certified_on(&self, day: NaiveDate) -> bool {
        self.cert_number.is_some() && self.cert_valid_until.is_some_and(|d| d >= day)
    }

    /// The certificate on file, if the administrator recorded one.
    pub fn certificate(&self) -> Option<Certificate> {
        Some(Certificate {
            issuer: self.cert_issuer.clone()?,
            number: self.cert_number.clone()?,
            valid_until: self.cert_valid_until?,
        })
    }
}

fn is_mediator(actor: &Actor) -> bool {
    actor.grants.iter().any(|g| g.role == Role::Mediator)
}

pub fn profile(conn: &mut Db, user_id: i64) -> Result<Option<Profile>, DbError> {
    Ok(mediator_profiles::table
        .find(user_id)
        .first(conn)
        .optional()?)
}

fn ensure_profile(conn: &mut Db, user_id: i64, now: NaiveDateTime) -> Result<(), DbError> {
    if profile(conn, user_id)?.is_none() {
        diesel::insert_into(mediator_profiles::table)
            .values((
                mediator_profiles::user_id.eq(user_id),
                mediator_profiles::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// A mediator edits their public profile.
pub fn save_profile(conn: &mut Db, act: Act, input: &ProfileInput) -> Result<(), Error> {
    Error::forbidden_unless(is_mediator(act.actor))?;
    let bio = crate::error::typed_text("bio", &input.bio, 0..=TEXT_MAX)?;
    let languages = Codes::chosen(&input.languages, &LANGUAGES)
        .ok_or_else(|| Error::invalid("languages", "choose"))?;
    let specs = Codes::chosen(&input.specialisations, &SPECIALISATIONS)
        .ok_or_else(|| Error::invalid("specialisations", "choose"))?;
    crate::db::write_transaction(conn, |conn| {
        ensure_profile(conn, act.actor.user_id, act.now)?;
        diesel::update(mediator_profiles::table.find(act.actor.user_id))
            .set((
                mediator_profiles::bio.eq(&bio),
                mediator_profiles::languages.eq(languages),
                mediator_profiles::specialisations.eq(specs),
                mediator_profiles::available.eq(input.available),
                mediator_profiles::hidden_from_public.eq(input.hidden),
                mediator_profiles::updated_at.eq(act.now),
            ))
            .execute(conn)?;
        Ok(())
    })
}

/// An administrator records a mediator's certification.
pub fn certify(
    conn: &mut Db,
    act: Act,
    mediator: i64,
    issuer: &str,
    number: &str,
    valid_until: &str,
) -> Result<(), Error> {
    Error::forbidden_unless(allowed(&act.actor.grants, Action::ManageRoles))?;
    let (issuer, number) = (issuer.trim(), number.trim());
    if issuer.is_empty() {
        return Err(Error::invalid("issuer", "required"));
    }
    if number.is_empty() {
        return Err(Error::invalid("number", "required"));
    }
    let until: NaiveDate = valid_until
        .trim()
        .parse()
        .map_err(|_| Error::invalid("valid_until", "date"))?;
    crate::db::write_transaction(conn, |conn| {
        ensure_profile(conn, mediator, act.now)?;
        diesel::update(mediator_profiles::table.find(mediator))
            .set((
                mediator_profiles::cert_issuer.eq(issuer),
                mediator_profiles::cert_number.eq(number),
                mediator_profiles::cert_valid_until.eq(until),
                mediator_profiles::updated_at.eq(act.now),
            ))
            .execute(conn)?;
        Ok(())
    })
}

/// A mediator declares a tie: to a body (its code), a place (a KATO prefix) or a person
/// (their e-mail address).
pub fn declare_tie(
    conn: &mut Db,
    act: Act,
    kind: &str,
    value: &str,
    note: &str,
) -> Result<(), Error> {
    Error::forbidden_unless(is_mediator(act.actor))?;
    let kind = TieKind::parse(kind).ok_or_else(|| Error::invalid("kind", "choose"))?;
    let value = value.trim().to_lowercase();
    if value.is_empty() || value.len() > 200 {
        return Err(Error::invalid("value", "required"));
    }
    diesel::insert_into(mediator_ties::table)
        .values((
            mediator_ties::mediator_user_id.eq(act.actor.user_id),
            mediator_ties::kind.eq(kind),
            mediator_ties::value.eq(value),
            mediator_ties::note.eq(note.trim()),
            mediator_ties::declared_at.eq(act.now),
        ))
        .execute(conn)?;
    Ok(())
}

/// A declared tie.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = mediator_ties)]
pub struct Tie {
    pub kind: TieKind,
    pub value: String,
}

pub fn ties(conn: &mut Db, mediator: i64) -> Result<Vec<Tie>, DbError> {
    Ok(mediator_ties::table
        .filter(mediator_ties::mediator_user_id.eq(mediator))
        .order(mediator_ties::id)
        .select(Tie::as_select())
        .load(conn)?)
}

/// The parties of a case as ties could name them.
#[derive(Debug, Clone, Default)]
pub struct Parties {
    pub body: Option<String>,
    pub kato: String,
    pub emails: Vec<String>,
}

/// Whether any declared tie touches a party of the case.
pub fn conflicts(ties: &[Tie], parties: &Parties) -> bool {
    ties.iter().any(|t| match t.kind {
        TieKind::Body => parties.body.as_deref() == Some(t.value.as_str()),
        TieKind::Place => parties.kato.starts_with(&t.value) || t.value.starts_with(&parties.kato),
        TieKind::Person => parties
            .emails
            .iter()
            .any(|e| e.eq_ignore_ascii_case(&t.value)),
    })
}

/// A mediator the coordinator may propose, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub user_id: i64,
    pub name: String,
    pub score: i32,
    pub speaks: bool,
    pub specialised: bool,
    pub load: i64,
}

/// Ranks by specialisation, language and load; drops the unavailable, the uncertified and
/// anyone with a tie to a party.
pub fn rank(
    mut pool: Vec<(Candidate, Profile, Vec<Tie>)>,
    parties: &Parties,
    lang: &str,
    specialisation: &str,
    today: NaiveDate,
) -> Vec<Candidate> {
    pool.retain(|(_, p, ties)| p.available && p.certified_on(today) && !conflicts(ties, parties));
    let mut ranked: Vec<Candidate> = pool
        .into_iter()
        .map(|(mut c, p, _)| {
            c.speaks = p.languages.contains(lang);
            c.specialised = p.specialisations.contains(specialisation);
            c.score = 3 * i32::from(c.specialised) + 2 * i32::from(c.speaks) - c.load as i32;
            c
        })
        .collect();
    ranked.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.load.cmp(&b.load))
            .then(a.user_id.cmp(&b.user_id))
    });
    ranked
}

/// A mediator as the administrators' roster lists them: id, name, e-mail, profile.
pub type RosterEntry = (i64, String, String, Option<Profile>);

/// Everyone holding the mediator role, with their profile if they have one: one query,
/// however many mediators the registry lists.
pub fn mediators(conn: &mut Db) -> Result<Vec<RosterEntry>, DbError> {
    let mut rows: Vec<RosterEntry> = role_grants::table
        .inner_join(users::table.left_join(mediator_profiles::table))
        .filter(role_grants::role.eq(Role::Mediator))
        .filter(role_grants::revoked_at.is_null())
        .select((
            users::id,
            users::display_name,
            users::email,
            mediator_profiles::all_columns.nullable(),
        ))
        // By id within a name, so that a mediator's grants stand together.
        .order((users::display_name, users::id))
        .load(conn)?;
    rows.dedup_by_key(|r| r.0);
    Ok(rows)
}

#[derive(Debug, Clone, Queryable)]
pub struct Mediation {
    pub id: i64,
    pub grievance_id: i64,
    pub status: MediationStatus,
    pub requested_by: Capacity,
    pub hope: String,
    pub mediator_user_id: Option<i64>,
    pub mediator_confirmed_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub room_locked: bool,
    pub slow_mode_secs: i32,
    /// The side that asked wants a mediator whose profile is public.
    pub public_mediator: bool,
}

#[derive(Debug, Clone, Queryable)]
pub struct PartyAnswer {
    pub mediation_id: i64,
    pub party: Party,
    pub decision: Option<Decision>,
    pub reason: Option<String>,
    pub objection: Option<String>,
    pub decided_at: Option<NaiveDateTime>,
    pub allow_observers: bool,
}

/// The open (requested or active) mediation of a grievance, with the parties' answers.
pub fn current(
    conn: &mut Db,
    grievance_id: i64,
) -> Result<Option<(Mediation, Vec<PartyAnswer>)>, DbError> {
    let m: Option<Mediation> = mediations::table
        .filter(mediations::grievance_id.eq(grievance_id))
        // Not `eq_any`: SQLite would prepare a list of values anew on every run.
        .filter(
            mediations::status
                .eq(MediationStatus::Requested)
                .or(mediations::status.eq(MediationStatus::Active)),
        )
        .first(conn)
        .optional()?;
    let Some(m) = m else { return Ok(None) };
    let answers = mediation_parties::table
        .filter(mediation_parties::mediation_id.eq(m.id))
        .order(mediation_parties::party)
        .load(conn)?;
    Ok(Some((m, answers)))
}

fn answer(
    conn: &mut Db,
    mediation: i64,
    party: Party,
    decision: Option<Decision>,
    reason: Option<&str>,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let answer = (
        mediation_parties::decision.eq(decision),
        mediation_parties::reason.eq(reason),
        mediation_parties::decided_at.eq(now),
    );
    crate::upsert!(
        conn,
        mediation_parties,
        (mediation_id, party) = (mediation, party),
        answer
    )?;
    Ok(())
}

/// The name a user shows to others.
fn display_name(conn: &mut Db, user: i64) -> Result<String, DbError> {
    Ok(users::table
        .find(user)
        .select(users::display_name)
        .first(conn)?)
}

/// A party or the coordinator asks for mediation, saying what they hope for. A party that
/// asks has consented.
pub fn request(
    conn: &mut Db,
    code: &str,
    act: Act,
    hope: &str,
    client: &Client,
    site: &Site,
) -> Result<i64, Error> {
    let ask = Ask {
        hope,
        public_mediator: false,
    };
    request_as(conn, code, act, &ask, client, site)
}

/// What a side asks for when it asks for mediation.
#[derive(Debug, Clone, Copy)]
pub struct Ask<'a> {
    pub hope: &'a str,
    /// Only a mediator whose profile is in the public registry.
    pub public_mediator: bool,
}

/// A side (or a coordinator) asks for mediation, saying what they hope for.
pub fn request_as(
    conn: &mut Db,
    code: &str,
    act: Act,
    ask: &Ask<'_>,
    client: &Client,
    site: &Site,
) -> Result<i64, Error> {
    let hope = ask.hope;
    crate::db::write_transaction(conn, |conn| {
        let g = read::find(conn, code)?;
        let party = party_of(act.actor, &g);
        let coordinator = allowed(
            &act.actor.grants,
            Action::Coordinate(crate::grievances::access::place(&g)),
        );
        let requester = match (party, coordinator) {
            (Some(p), _) => Capacity::from(p),
            (None, true) => Capacity::Coordinator,
            (None, false) => return Err(Error::Forbidden),
        };
        let status = g.status;
        status.transition(Status::InMediation)?;
        if current(conn, g.id)?.is_some() {
            return Err(Error::invalid("hope", "mediation-open"));
        }
        let hope = text("hope", hope)?;
        let id: i64 = diesel::insert_into(mediations::table)
            .values((
                mediations::grievance_id.eq(g.id),
                mediations::status.eq(MediationStatus::Requested),
                mediations::requested_by.eq(requester),
                mediations::hope.eq(&hope),
                mediations::public_mediator.eq(ask.public_mediator),
                mediations::created_at.eq(act.now),
                mediations::updated_at.eq(act.now),
            ))
            .returning(mediations::id)
            .get_result(conn)?;
        for &p in Party::ALL {
            let consent = (party == Some(p)).then_some(Decision::Consent);
            answer(conn, id, p, consent, None, act.now)?;
        }
        NewEvent::by(requester)
            .kind("mediation_requested")
            .noted(hope.as_str())
            .append(conn, g.id, act.now)?;
        // The sides that have not said yes are asked; the coordinators find a mediator.
        let notice = Notice::MediationRequested { hope: hope.clone() };
        let mut told: Vec<Recipient> = Party::ALL
            .iter()
            .filter(|&&side| party != Some(side))
            .map(|&side| side.into())
            .collect();
        if requester != Capacity::Coordinator {
            told.push(Recipient::Coordinators);
        }
        notices::tell(conn, &g, &told, &notice, site, act.now)?;
        audit::record_step(
            conn,
            act,
            "mediation_requested",
            Some(&g.tracking_code),
            client,
        )?;
        Ok(id)
    })
}

fn open_mediation(
    conn: &mut Db,
    code: &str,
) -> Result<(Grievance, Mediation, Vec<PartyAnswer>), Error> {
    let g = read::find(conn, code)?;
    let (m, answers) = current(conn, g.id)?.ok_or(Error::NotFound)?;
    Ok((g, m, answers))
}

/// A party consents, or declines with a reason (which ends the request).
pub fn decide(
    conn: &mut Db,
    code: &str,
    act: Act,
    consent: bool,
    reason: &str,
    site: &Site,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let (g, m, _) = open_mediation(conn, code)?;
        let party = party_of(act.actor, &g).ok_or(Error::Forbidden)?;
        if m.status != MediationStatus::Requested {
            return Err(Error::invalid("reason", "started"));
        }
        let role = Capacity::from(party);
        // The other side, and the centre that waits for both answers.
        let told = [party.other().into(), Recipient::Coordinators];
        if consent {
            answer(conn, m.id, party, Some(Decision::Consent), None, act.now)?;
            NewEvent::by(role)
                .kind("mediation_consented")
                .append(conn, g.id, act.now)?;
            let notice = Notice::MediationAnswered {
                consent: true,
                reason: None,
            };
            notices::tell(conn, &g, &told, &notice, site, act.now)?;
        } else {
            let reason = text("reason", reason)?;
            answer(
                conn,
                m.id,
                party,
                Some(Decision::Decline),
                Some(&reason),
                act.now,
            )?;
            diesel::update(mediations::table.find(m.id))
                .set((
                    mediations::status.eq(MediationStatus::Declined),
                    mediations::updated_at.eq(act.now),
                ))
                .execute(conn)?;
            NewEvent::by(role)
                .kind("mediation_declined")
                .noted(reason.as_str())
                .append(conn, g.id, act.now)?;
            let notice = Notice::MediationAnswered {
                consent: false,
                reason: Some(reason),
            };
            notices::tell(conn, &g, &told, &notice, site, act.now)?;
        }
        Ok(())
    })
}

/// Mediators who serve the grievance's place, ranked for it. A handful of queries, however
/// many mediators there are.
pub fn candidates(conn: &mut Db, code: &str, today: NaiveDate) -> Result<Vec<Candidate>, Error> {
    let g = read::find(conn, code)?;
    let parties = parties_of(conn, &g)?;
    let public_only = current(conn, g.id)?.is_some_and(|(m, _)| m.public_mediator);
    let serving = serving(conn, &g.jurisdiction_kato)?;
    let roster: Vec<(i64, String, Profile)> = mediators(conn)?
        .into_iter()
        .filter(|(user_id, ..)| serving.contains(user_id))
        .filter_map(|(user_id, name, _, profile)| Some((user_id, name, profile?)))
        // Asked for a public one: a mediator who keeps out of the registry is not proposed.
        .filter(|(_, _, p)| !(public_only && p.hidden_from_public))
        .collect();
    let ids: Vec<i64> = roster.iter().map(|(user_id, ..)| *user_id).collect();
    let loads = active_loads(conn, &ids)?;
    let mut ties = ties_of(conn, &ids)?;
    let pool = roster
        .into_iter()
        .map(|(user_id, name, p)| {
            let c = Candidate {
                user_id,
                name,
                score: 0,
                speaks: false,
                specialised: false,
                load: loads.get(&user_id).copied().unwrap_or(0),
            };
            (c, p, ties.remove(&user_id).unwrap_or_default())
        })
        .collect();
    Ok(rank(
        pool,
        &parties,
        g.lang.code(),
        specialisation_for(&g.category_code),
        today,
    ))
}

/// The mediators one of whose grants covers the place (a grant without a place covers all).
fn serving(conn: &mut Db, kato: &str) -> Result<HashSet<i64>, DbError> {
    Ok(crate::accounts::roles::holders(conn, Role::Mediator)?
        .into_iter()
        .filter(|(_, grant)| grant.kato.as_deref().is_none_or(|k| kato.starts_with(k)))
        .map(|(user_id, _)| user_id)
        .collect())
}

/// How many active mediations each of the mediators runs.
fn active_loads(conn: &mut Db, mediators: &[i64]) -> Result<HashMap<i64, i64>, DbError> {
    let counts: Vec<(Option<i64>, i64)> = mediations::table
        .filter(mediations::mediator_user_id.eq_any(mediators))
        .filter(mediations::status.eq(MediationStatus::Active))
        .group_by(mediations::mediator_user_id)
        .select((mediations::mediator_user_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(counts
        .into_iter()
        .filter_map(|(user_id, n)| Some((user_id?, n)))
        .collect())
}

/// The declared ties of each of the mediators.
fn ties_of(conn: &mut Db, mediators: &[i64]) -> Result<HashMap<i64, Vec<Tie>>, DbError> {
    let rows: Vec<(i64, Tie)> = mediator_ties::table
        .filter(mediator_ties::mediator_user_id.eq_any(mediators))
        .order(mediator_ties::id)
        .select((mediator_ties::mediator_user_id, Tie::as_select()))
        .load(conn)?;
    let mut ties: HashMap<i64, Vec<Tie>> = HashMap::new();
    for (user_id, tie) in rows {
        ties.entry(user_id).or_default().push(tie);
    }
    Ok(ties)
}

fn parties_of(conn: &mut Db, g: &Grievance) -> Result<Parties, DbError> {
    let mut emails: Vec<String> = g.guest_email.iter().cloned().collect();
    if let Some(author) = g.author_user_id {
        emails.extend(
            users::table
                .find(author)
                .select(users::email)
                .first::<String>(conn)
                .optional()?,
        );
    }
    Ok(Parties {
        body: g.body_code.clone(),
        kato: g.jurisdiction_kato.clone(),
        emails,
    })
}

/// The coordinator proposes a mediator from the ranked candidates.
pub fn propose(
    conn: &mut Db,
    code: &str,
    act: Act,
    mediator: i64,
    site: &Site,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let (g, m, _) = open_mediation(conn, code)?;
        let place = crate::grievances::access::place(&g);
        Error::forbidden_unless(allowed(&act.actor.grants, Action::Coordinate(place)))?;
        if m.status != MediationStatus::Requested {
            return Err(Error::invalid("mediator", "started"));
        }
        let Some(chosen) = candidates(conn, code, act.today())?
            .into_iter()
            .find(|c| c.user_id == mediator)
        else {
            return Err(Error::invalid("mediator", "choose"));
        };
        diesel::update(mediations::table.find(m.id))
            .set((
                mediations::mediator_user_id.eq(mediator),
                mediations::mediator_confirmed_at.eq(None::<NaiveDateTime>),
                mediations::updated_at.eq(act.now),
            ))
            .execute(conn)?;
        NewEvent::by(Capacity::Coordinator)
            .kind("mediator_proposed")
            .append(conn, g.id, act.now)?;
        let asked = [Recipient::User(mediator)];
        notices::tell(conn, &g, &asked, &Notice::MediatorAsked, site, act.now)?;
        let proposed = Notice::MediatorProposed {
            mediator: chosen.name,
        };
        notices::tell(conn, &g, notices::PARTIES, &proposed, site, act.now)?;
        Ok(())
    })
}

/// A party lets the public follow the room (read only), or stops letting it; observers
/// are admitted only while both parties allow them.
pub fn allow_observers(conn: &mut Db, code: &str, actor: &Actor, allow: bool) -> Result<(), Error> {
    let (g, m, _) = open_mediation(conn, code)?;
    let party = party_of(actor, &g).ok_or(Error::Forbidden)?;
    diesel::update(mediation_parties::table.find((m.id, party)))
        .set(mediation_parties::allow_observers.eq(allow))
        .execute(conn)?;
    Ok(())
}

/// A party objects to the proposed mediator, once, with a reason: the coordinator proposes
/// another.
pub fn object(conn: &mut Db, code: &str, act: Act, reason: &str) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let (g, m, answers) = open_mediation(conn, code)?;
        let party = party_of(act.actor, &g).ok_or(Error::Forbidden)?;
        if m.mediator_user_id.is_none() || m.status != MediationStatus::Requested {
            return Err(Error::invalid("objection", "no-mediator"));
        }
        if answers
            .iter()
            .any(|a| a.party == party && a.objection.is_some())
        {
            return Err(Error::invalid("objection", "once"));
        }
        let reason = text("objection", reason)?;
        diesel::update(mediation_parties::table.find((m.id, party)))
            .set(mediation_parties::objection.eq(&reason))
            .execute(conn)?;
        diesel::update(mediations::table.find(m.id))
            .set((
                mediations::mediator_user_id.eq(None::<i64>),
                mediations::updated_at.eq(act.now),
            ))
            .execute(conn)?;
        NewEvent::by(party.into())
            .kind("mediator_objected")
            .noted(reason.as_str())
            .append(conn, g.id, act.now)?;
        Ok(())
    })
}

/// The proposed mediator confirms they have no conflict of interest; with both parties'
/// consent the mediation starts and the grievance is in mediation.
pub fn confirm(
    conn: &mut Db,
    code: &str,
    act: Act,
    no_conflict: bool,
    client: &Client,
    site: &Site,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let (g, m, answers) = open_mediation(conn, code)?;
        Error::forbidden_unless(
            m.mediator_user_id == Some(act.actor.user_id) && act.actor.account().is_some(),
        )?;
        if !no_conflict {
            return Err(Error::invalid("no_conflict", "required"));
        }
        let consented = Party::ALL.iter().all(|p| {
            answers
                .iter()
                .any(|a| a.party == *p && a.decision == Some(Decision::Consent))
        });
        if !consented {
            return Err(Error::invalid("no_conflict", "consent-missing"));
        }
        let from = g.status;
        from.transition(Status::InMediation)?;
        let moved = diesel::update(
            grievances::table
                .find(g.id)
                .filter(grievances::status.eq(&g.status)),
        )
        .set((
            grievances::status.eq(Status::InMediation),
            grievances::updated_at.eq(act.now),
        ))
        .execute(conn)?;
        if moved != 1 {
            return Err(crate::grievances::terms::IllegalTransition {
                from,
                to: Status::InMediation,
            }
            .into());
        }
        diesel::update(mediations::table.find(m.id))
            .set((
                mediations::status.eq(MediationStatus::Active),
                mediations::mediator_confirmed_at.eq(act.now),
                mediations::updated_at.eq(act.now),
            ))
            .execute(conn)?;
        NewEvent::by(Capacity::Mediator)
            .moved_to(Status::InMediation)
            .append(conn, g.id, act.now)?;
        audit::record_step(
            conn,
            act,
            "mediation_started",
            Some(&g.tracking_code),
            client,
        )?;
        let started = Notice::MediationStarted {
            mediator: display_name(conn, act.actor.user_id)?,
        };
        notices::tell(conn, &g, notices::PARTIES, &started, site, act.now)?;
        notices::tell_supporters(conn, &g, Status::InMediation, site, act.now)?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(names: &str, list: &[&str]) -> Codes {
        let names: Vec<String> = names.split(',').map(str::to_owned).collect();
        Codes::chosen(&names, list).unwrap()
    }

    fn profile(
        langs: &str,
        specs: &str,
        cert_until: Option<NaiveDate>,
        available: bool,
    ) -> Profile {
        Profile {
            user_id: 0,
            bio: String::new(),
            languages: codes(langs, &LANGUAGES),
            specialisations: codes(specs, &SPECIALISATIONS),
            available,
            cert_issuer: Some("Ministry of Justice".into()),
            cert_number: cert_until.map(|_| "M-1".into()),
            cert_valid_until: cert_until,
            updated_at: NaiveDate::from_ymd_opt(2026, 1, 1)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap(),
            hidden_from_public: false,
        }
    }

    fn candidate(id: i64, load: i64) -> Candidate {
        Candidate {
            user_id: id,
            name: format!("m{id}"),
            score: 0,
            speaks: false,
            specialised: false,
            load,
        }
    }

    #[test]
    fn ranking_prefers_specialists_who_speak_the_language_and_drops_conflicts() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let valid = Some(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        let expired = Some(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
        let parties = Parties {
            body: Some("akimat-1132".into()),
            kato: "1132".into(),
            emails: vec!["citizen@example.kz".into()],
        };
        let tie = |kind: &str, value: &str| {
            vec![Tie {
                kind: TieKind::parse(kind).unwrap(),
                value: value.into(),
            }]
        };
        // One candidate a line: their load, profile and ties.
        #[rustfmt::skip]
        let pool = vec![
            (candidate(1, 0), profile("ru", "social", valid, true), vec![]),
            (candidate(2, 0), profile("kk,ru", "ethnomediation", valid, true), vec![]),
            (candidate(3, 2), profile("kk", "ethnomediation", valid, true), vec![]),
            (candidate(4, 0), profile("kk", "ethnomediation", expired, true), vec![]),
            (candidate(5, 0), profile("kk", "ethnomediation", valid, false), vec![]),
            (candidate(6, 0), profile("kk", "ethnomediation", valid, true), tie("body", "akimat-1132")),
            (candidate(7, 0), profile("kk", "ethnomediation", valid, true), tie("place", "11")),
            (candidate(8, 0), profile("kk", "ethnomediation", valid, true), tie("person", "Citizen@Example.kz")),
            (candidate(9, 0), profile("kk", "ethnomediation", valid, true), tie("place", "15")),
        ];
        let ranked = rank(pool, &parties, "kk", "ethnomediation", today);
        let ids: Vec<i64> = ranked.iter().map(|c| c.user_id).collect();
        // 2 and 9: specialised and speak kk (score 5); 3 too but carries two cases (3);
        // 1 neither (0). Expired, unavailable and tied mediators are never proposed.
        assert_eq!(ids, [2, 9, 3, 1]);
        assert_eq!(ranked[0].score, 5);
        assert_eq!(ranked[2].score, 3);
    }

    #[test]
    fn categories_call_for_specialisations() {
        assert_eq!(specialisation_for("interethnic"), "ethnomediation");
        assert_eq!(specialisation_for("land"), "land");
        assert_eq!(specialisation_for("healthcare"), "social");
        for c in [
            "interethnic",
            "land",
            "housing",
            "utilities",
            "labour",
            "environment",
            "other",
        ] {
            assert!(SPECIALISATIONS.contains(&specialisation_for(c)));
        }
    }
}
