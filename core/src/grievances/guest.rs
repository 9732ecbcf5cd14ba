//! Filing without an account. The guest fills in the form with their e-mail address; the
//! grievance waits until they confirm the address by a mailed link, and is then filed. They
//! follow it by a secret link (the key is mailed once; only its hash is kept).

use crate::error::{DbError, Error, FieldError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::accounts::{normalize_email, tokens};
use crate::audit::{self, Client};
use crate::db::Db;
use crate::grievances::attachments::{self, Stored};
use crate::grievances::filing::{self, Author, Filing};
use crate::grievances::terms::Privacy;
use crate::mail::{self, MailDraft, Site};
use crate::schema::{grievances, guest_filings, users};
use kenes_i18n::{Arg, Locale};

/// How long the confirmation link works.
pub const CONFIRM_HOURS: i64 = 48;
/// Pending filings per address per hour: a mail bomb through the form gets nowhere.
pub const PER_ADDRESS_PER_HOUR: i64 = 5;

pub enum GuestMail<'a> {
    /// Confirm the address to file the grievance.
    Confirm { token: &'a str },
    /// Filed: the tracking code and the secret link's key.
    Filed { code: &'a str, key: &'a str },
}

impl GuestMail<'_> {
    /// The mail in a locale, with its link.
    pub fn render(&self, site: &Site, locale: Locale) -> MailDraft {
        match self {
            GuestMail::Confirm { token } => MailDraft::render(
                locale,
                "mail-guest-confirm",
                &[("link", site.link(&format!("/file/confirm?token={token}")))],
            ),
            GuestMail::Filed { code, key } => MailDraft::render(
                locale,
                "mail-guest-filed",
                &[
                    ("code", Arg::from(*code)),
                    ("link", site.link(&format!("/g/{code}?key={key}"))),
                ],
            ),
        }
    }
}

/// Checks the filing and the address, keeps the filing pending (with the files the guest
/// added, already stored) and mails the link. A link asked for again keeps the files of the
/// one it replaces when it brings none.
pub fn request(
    conn: &mut Db,
    email: &str,
    locale: Locale,
    input: &Filing,
    files: &[Stored],
    site: &Site,
    now: NaiveDateTime,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let mut errors = Vec::new();
        let email = normalize_email(email);
        match &email {
            None => errors.push(FieldError::new("email", "email")),
            Some(e) => {
                let recent: i64 = guest_filings::table
                    .filter(guest_filings::email.eq(e))
                    .filter(guest_filings::created_at.gt(now - Duration::hours(1)))
                    .count()
                    .get_result(conn)?;
                if recent >= PER_ADDRESS_PER_HOUR {
                    errors.push(FieldError::new("email", "too-many-filings"));
                }
            }
        }
        errors.extend(filing::validate(conn, input)?);
        // A guest has no display name to show.
        if input.privacy == Privacy::Public.as_str() {
            errors.push(FieldError::new("privacy", "choose"));
        }
        let Some(email) = email.filter(|_| errors.is_empty()) else {
            return Err(Error::Invalid(errors));
        };
        let carried = supersede(conn, &input.idempotency_key, now)?;
        let files = if files.is_empty() {
            carried
        } else {
            files.to_vec()
        };
        let token = tokens::new_token();
        let fields = serde_json::to_string(input).expect("strings serialise");
        let attachments =
            (!files.is_empty()).then(|| serde_json::to_string(&files).expect("strings serialise"));
        diesel::insert_into(guest_filings::table)
            .values((
                guest_filings::token_hash.eq(tokens::digest(&token)),
                guest_filings::email.eq(&email),
                guest_filings::locale.eq(locale),
                guest_filings::fields.eq(fields),
                guest_filings::created_at.eq(now),
                guest_filings::expires_at.eq(now + Duration::hours(CONFIRM_HOURS)),
                guest_filings::attachments.eq(attachments),
            ))
            .execute(conn)?;
        mail::enqueue(
            conn,
            &email,
            &GuestMail::Confirm { token: &token }.render(site, locale),
            now,
        )?;
        Ok(())
    })
}

/// A guest who asks for the link again, or corrects a mistyped address, gets a new link;
/// the earlier links of the same form (its idempotency key) stop working, so that one form
/// files one grievance however many links were sent. Returns the files of the latest link
/// it replaced.
fn supersede(conn: &mut Db, key: &str, now: NaiveDateTime) -> Result<Vec<Stored>, crate::DbError> {
    let key = key.trim();
    if key.is_empty() {
        return Ok(vec![]);
    }
    let pending: Vec<(String, String, Option<String>)> = guest_filings::table
        .filter(guest_filings::tracking_code.is_null())
        .filter(guest_filings::expires_at.gt(now))
        .filter(guest_filings::fields.like(format!("%{key}%")))
        .order(guest_filings::created_at)
        .select((
            guest_filings::token_hash,
            guest_filings::fields,
            guest_filings::attachments,
        ))
        .load(conn)?;
    let mut carried = vec![];
    for (token_hash, fields, files) in pending {
        let same_form = serde_json::from_str::<Filing>(&fields)
            .is_ok_and(|earlier| earlier.idempotency_key.trim() == key);
        if same_form {
            diesel::update(guest_filings::table.find(token_hash))
                .set(guest_filings::expires_at.eq(now))
                .execute(conn)?;
            carried = stored_files(files.as_deref());
        }
    }
    Ok(carried)
}

/// The files a pending filing lists (none when it lists none, or what it lists is unreadable).
fn stored_files(json: Option<&str>) -> Vec<Stored> {
    json.and_then(|j| serde_json::from_str(j).ok())
        .unwrap_or_default()
}

/// A pending filing as `confirm` reads it: email, locale, fields, expiry, the code once
/// filed, and the stored files.
type PendingRow = (
    String,
    Locale,
    String,
    NaiveDateTime,
    Option<String>,
    Option<String>,
);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirmed {
    /// Filed now; the secret link's key (also mailed).
    Filed { code: String, key: String },
    /// The link was used before (a second click): the code, without the key.
    AlreadyFiled { code: String },
}

/// Files the grievance behind a confirmation link.
pub fn confirm(
    conn: &mut Db,
    token: &str,
    client: &Client,
    site: &Site,
    now: NaiveDateTime,
) -> Result<Confirmed, Error> {
    crate::db::write_transaction(conn, |conn| {
        let row: Option<PendingRow> = guest_filings::table
            .find(tokens::digest(token.trim()))
            .select((
                guest_filings::email,
                guest_filings::locale,
                guest_filings::fields,
                guest_filings::expires_at,
                guest_filings::tracking_code,
                guest_filings::attachments,
            ))
            .first(conn)
            .optional()?;
        let Some((email, locale, fields, expires_at, filed, files)) = row else {
            return Err(Error::TokenInvalid);
        };
        if let Some(code) = filed {
            return Ok(Confirmed::AlreadyFiled { code });
        }
        if expires_at <= now {
            return Err(Error::TokenInvalid);
        }
        let input: Filing = serde_json::from_str(&fields).map_err(|_| Error::TokenInvalid)?;
        let (code, key) = file_for(conn, &email, locale, &input, client, site, now)?;
        // The address is proven now: if an account has it, the grievance is that account's.
        adopt(conn, &email, client, now)?;
        let files = stored_files(files.as_deref());
        if !files.is_empty() {
            let grievance = crate::grievances::read::find(conn, &code)?;
            attachments::record(conn, grievance.id, &files, now)?;
        }
        diesel::update(guest_filings::table.find(tokens::digest(token.trim())))
            .set(guest_filings::tracking_code.eq(&code))
            .execute(conn)?;
        Ok(Confirmed::Filed { code, key })
    })
}

/// The grievances filed without an account from `email`, once an account with that address
/// has confirmed it: they become the account's own ("My grievances", its steps signed in),
/// and their secret links still work. Only a proven address adopts: an address an
/// application vouched for (Open311) is not proof that the account's holder filed.
/// Returns how many were adopted.
pub fn adopt(
    conn: &mut Db,
    email: &str,
    client: &Client,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    let Some(email) = normalize_email(email) else {
        return Ok(0);
    };
    let owner: Option<i64> = users::table
        .filter(users::email.eq(&email))
        .filter(users::email_verified_at.is_not_null())
        .select(users::id)
        .first(conn)
        .optional()?;
    let Some(owner) = owner else {
        return Ok(0);
    };
    let n = diesel::update(
        grievances::table
            .filter(grievances::guest_email.eq(&email))
            .filter(grievances::author_user_id.is_null()),
    )
    .set(grievances::author_user_id.eq(owner))
    .execute(conn)?;
    if n > 0 {
        let subject = n.to_string();
        audit::record(
            conn,
            Some(owner),
            "guest_grievances_adopted",
            Some(&subject),
            client,
            now,
        )?;
    }
    Ok(n)
}

/// Confirms an account's address (the mailed link) and adopts the grievances filed from it
/// without an account, in one step. Returns how many were adopted.
pub fn verify_email(
    conn: &mut Db,
    token: &str,
    client: &Client,
    now: NaiveDateTime,
) -> Result<usize, Error> {
    crate::db::write_transaction(conn, |conn| {
        let user_id = crate::accounts::verify_email(conn, token, client, now)?;
        let email: String = users::table
            .find(user_id)
            .select(users::email)
            .first(conn)?;
        Ok(adopt(conn, &email, client, now)?)
    })
}

/// Files for someone without an account whose address is vouched for (confirmed by the
/// guest, or given by an application with an API key), and mails them the secret link to
/// follow it. Returns the tracking code and the key of that link.
///
/// The grievance and the mail with its key commit together: the link is the guest's only
/// way back to their case, so a filing whose key was not queued is not acknowledged.
pub fn file_for(
    conn: &mut Db,
    email: &str,
    locale: Locale,
    input: &Filing,
    client: &Client,
    site: &Site,
    now: NaiveDateTime,
) -> Result<(String, String), Error> {
    let key = tokens::new_token();
    let author = Author::Guest {
        email: email.to_owned(),
        locale,
        key_hash: tokens::digest(&key),
    };
    crate::db::write_transaction(conn, |conn| {
        let code = filing::file_as(conn, &author, input, client, site, now)?;
        let mail = GuestMail::Filed {
            code: &code,
            key: &key,
        }
        .render(site, locale);
        mail::enqueue(conn, email, &mail, now)?;
        Ok((code, key))
    })
}
