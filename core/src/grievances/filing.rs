//! Filing a grievance: validation, the tracking code, the legal deadline, the first timeline
//! event and the confirmation mail, all in one transaction. A repeated submit with the same
//! idempotency key (a double tap, a retry after a lost connection) files nothing new.

use chrono::{Datelike, NaiveDateTime};
use diesel::prelude::*;
use kenes_i18n::Locale;

use crate::audit::{self, Client};
use crate::clock::day_of;
use crate::db::Db;
use crate::error::DbError;
use crate::error::{typed_text, Error, FieldError};
use crate::grievances::terms::{
    tracking_code, AppealKind, Capacity, Privacy, Status, ANSWER_WORKING_DAYS,
};
use crate::mail::notices::{self, Notice, Recipient};
use crate::mail::Site;
use crate::models::{Grievance, PlaceKind};
use crate::permissions::Level;
use crate::schema::{categories, grievances, jurisdictions};
use crate::timeline::NewEvent;
use crate::{grievances::read, grievances::routing};

pub const TITLE_MIN: usize = 5;
pub const TITLE_MAX: usize = 200;
pub const BODY_MIN: usize = 10;
/// As Open311 GeoReport v2.
pub const BODY_MAX: usize = 4000;
/// A landmark is a line, not a second description.
pub const LANDMARK_MAX: usize = 200;

#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Filing {
    pub appeal_kind: String,
    pub category: String,
    pub kato: String,
    pub title: String,
    pub body: String,
    pub lang: String,
    pub privacy: String,
    pub idempotency_key: String,
    /// Where the filer says it is (Open311 `lat`/`long`); the web form sends none. Guest
    /// filings stored before points existed read as none.
    #[serde(default)]
    pub point: Option<super::points::Point>,
    /// Where exactly, in the filer's words ("the well behind school 3"); may be empty.
    #[serde(default)]
    pub landmark: String,
}

/// Checks a filing; every problem at once, each by its field.
pub fn validate(conn: &mut Db, input: &Filing) -> Result<Vec<FieldError>, DbError> {
    let mut errors = Vec::new();
    let mut choose = |field| errors.push(FieldError::new(field, "choose"));
    if AppealKind::parse(&input.appeal_kind).is_none() {
        choose("appeal_kind");
    }
    if Locale::from_code(&input.lang).is_none() {
        choose("lang");
    }
    if Privacy::parse(&input.privacy).is_none() {
        choose("privacy");
    }
    let category: i64 = categories::table
        .find(&input.category)
        .count()
        .get_result(conn)?;
    if category == 0 {
        choose("category");
    }
    let place: Option<PlaceKind> = jurisdictions::table
        .find(&input.kato)
        .select(jurisdictions::kind)
        .first(conn)
        .optional()?;
    if !place.is_some_and(PlaceKind::takes_grievances) {
        choose("kato");
    }
    let texts = [
        ("title", &input.title, TITLE_MIN..=TITLE_MAX),
        ("body", &input.body, BODY_MIN..=BODY_MAX),
        ("landmark", &input.landmark, 0..=LANDMARK_MAX),
    ];
    errors.extend(
        texts
            .into_iter()
            .filter_map(|(field, text, chars)| typed_text(field, text, chars).err()),
    );
    Ok(errors)
}

/// Who files: a signed-in citizen, or a guest whose address was confirmed (they follow the
/// grievance by a secret link; only its hash is kept).
#[derive(Debug, Clone)]
pub enum Author {
    User(i64),
    Guest {
        email: String,
        locale: Locale,
        key_hash: String,
    },
}

impl Author {
    /// The account that files, if any (guests have none).
    fn account(&self) -> Option<i64> {
        match self {
            Author::User(id) => Some(*id),
            Author::Guest { .. } => None,
        }
    }
}

/// Files a grievance for a signed-in citizen and returns its tracking code.
pub fn file(
    conn: &mut Db,
    author_id: i64,
    input: &Filing,
    client: &Client,
    site: &Site,
    now: NaiveDateTime,
) -> Result<String, Error> {
    file_as(conn, &Author::User(author_id), input, client, site, now)
}

/// The tracking code of a grievance this user already filed with this form's key: a
/// resubmitted form (a retry after a lost answer) must not file twice.
fn earlier_filing(conn: &mut Db, user: i64, key: &str) -> Result<Option<String>, DbError> {
    Ok(grievances::table
        .filter(grievances::idempotency_key.eq(key))
        .filter(grievances::author_user_id.eq(user))
        .select(grievances::tracking_code)
        .first(conn)
        .optional()?)
}

/// The row to insert: routed to the lowest level with a body that covers the place and
/// category, due after the legal number of working days.
fn new_row(
    conn: &mut Db,
    author: &Author,
    input: &Filing,
    code: &str,
    now: NaiveDateTime,
) -> Result<Grievance, DbError> {
    let calendar = read::working_calendar(conn)?;
    let routed = routing::route(conn, &input.kato, &input.category, Level::Local)?;
    let user = author.account();
    let key = input.idempotency_key.trim();
    let (guest_email, guest_locale, guest_key_hash) = match author {
        Author::User(_) => (None, None, None),
        Author::Guest {
            email,
            locale,
            key_hash,
        } => (Some(email.clone()), Some(*locale), Some(key_hash.clone())),
    };
    Ok(Grievance {
        // Given by the database: `id` is skipped on insertion.
        id: 0,
        answer: None,
        duplicate_of: None,
        missed_notice_for: None,
        mediated: false,
        tracking_code: code.to_owned(),
        // Checked by `validate`, like the privacy below.
        appeal_kind: AppealKind::parse(&input.appeal_kind).unwrap_or(AppealKind::Complaint),
        category_code: input.category.clone(),
        jurisdiction_kato: input.kato.clone(),
        level_code: routed.as_ref().map_or(Level::Local, |b| b.level_code),
        title: input.title.trim().into(),
        body: input.body.trim().into(),
        // Checked by `validate`.
        lang: Locale::from_code(&input.lang).unwrap_or_default(),
        // Checked by `validate`; were it not, the choice that protects the author most.
        privacy: Privacy::parse(&input.privacy).unwrap_or(Privacy::Private),
        status: Status::Submitted,
        submitted_at: now,
        due_on: calendar.add_working_days(day_of(now), ANSWER_WORKING_DAYS),
        updated_at: now,
        is_demo: false,
        author_user_id: user,
        idempotency_key: Some(key.to_owned()).filter(|k| !k.is_empty() && user.is_some()),
        body_code: routed.map(|b| b.code),
        assigned_at: Some(now),
        answered_at: None,
        rating: None,
        guest_email,
        guest_locale,
        guest_key_hash,
        latitude: input.point.map(|p| p.lat),
        longitude: input.point.map(|p| p.long),
        landmark: Some(input.landmark.trim().to_owned()).filter(|l| !l.is_empty()),
    })
}

/// Files a grievance and returns its tracking code: validation, routing, the deadline, the
/// first timeline event and the author's mail in one transaction. For a guest the caller
/// sends the mail (it carries the secret link).
pub fn file_as(
    conn: &mut Db,
    author: &Author,
    input: &Filing,
    client: &Client,
    site: &Site,
    now: NaiveDateTime,
) -> Result<String, Error> {
    let key = input.idempotency_key.trim();
    let user = author.account();
    crate::db::write_transaction(conn, |conn| {
        if let (Some(user), false) = (user, key.is_empty()) {
            if let Some(code) = earlier_filing(conn, user, key)? {
                return Ok(code);
            }
        }
        let errors = validate(conn, input)?;
        if !errors.is_empty() {
            return Err(Error::Invalid(errors));
        }
        let code = tracking_code(&mut rand::rng(), now.year());
        let row = new_row(conn, author, input, &code, now)?;
        let id: i64 = diesel::insert_into(grievances::table)
            .values(&row)
            .returning(grievances::id)
            .get_result(conn)?;
        NewEvent::by(Capacity::Citizen)
            .moved_to(Status::Submitted)
            .append(conn, id, now)?;
        let g = crate::grievances::read::find(conn, &code)?;
        if let Some(user) = user {
            notices::send(conn, user, (&g).into(), &Notice::Filed, site, now)?;
            crate::grievances::drafts::delete(conn, user)?;
        }
        let in_queue = Notice::InQueue { due: g.due_on };
        notices::tell(conn, &g, &[Recipient::Body], &in_queue, site, now)?;
        audit::record(conn, user, "grievance_filed", Some(&code), client, now)?;
        Ok(code)
    })
}

/// The citizen's own grievances with their category and place, newest first.
pub fn mine(conn: &mut Db, author_id: i64) -> Result<Vec<read::GrievanceWithNames>, DbError> {
    Ok(grievances::table
        .inner_join(categories::table)
        .inner_join(jurisdictions::table)
        .filter(grievances::author_user_id.eq(author_id))
        .order((grievances::submitted_at.desc(), grievances::id.desc()))
        .load(conn)?)
}
